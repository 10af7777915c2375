"""English texts of heldout13, written for this project on 2026-11-30 (original wording; invented or generic facts)."""

EN = {
"h13en01": {
    "outlet": "Fouta Djallon Wire (Conakry)",
    "published": "2025-09-08",
    "text": """Guinea heads to constitutional referendum as opposition calls for boycott

CONAKRY, Sept 8 (Fouta Djallon Wire) - Guineans will vote on Sunday, September 21, on a new constitution that would lengthen the presidential term to seven years and allow junta leader Mamadi Doumbouya to stand for president, the Ministry of Territorial Administration and Decentralisation said on Monday.

Campaigning, which opened on August 31, will end on Friday, September 19, the ministry added. Minister Ibrahima Kalil Condé told reporters that provisional results would be announced by September 24 and that the Supreme Court was expected to validate the final tally before the end of October.

The main opposition coalition, the Forces Vives de Guinée, has urged supporters to stay at home. The movement will hold "dead-city days" on the eve of the vote, its spokesman, Mamadou Saliou Sylla, said.

The Union of Democratic Forces of Guinea (UFDG), whose leader Cellou Dalein Diallo lives in exile, was suspended for 90 days last month along with two other parties.

Doumbouya, who seized power in September 2021, has not said whether he will run in the presidential election that the government expects to hold in December.

Read more: Guinea's bauxite exports hit a record in the second quarter

An ECOWAS pre-electoral mission will arrive in Conakry on Wednesday, a spokesperson for the bloc's commission said, although Guinea remains suspended from the organisation's decision-making bodies. A person familiar with the mission's plans said a full observer team of around 40 people could follow if security conditions allow.

Authorities may also restrict mobile internet on polling day, two telecoms executives said, citing instructions from the Posts and Telecommunications Regulatory Authority.

Kadiatou Sow, a political scientist at Gamal Abdel Nasser University of Conakry, said turnout was likely to fall below the level of the 2020 constitutional referendum.

Prime Minister Amadou Oury Bah said last week that the transition would end with a handover to an elected president before the end of the first quarter of 2026.
"""},

"h13en02": {
    "outlet": "Isthmus Ledger (Panama City)",
    "published": "2025-11-18",
    "text": """Panama ports sale stalls as court weighs Hutchison concession

PANAMA CITY, Nov 18 (Isthmus Ledger) - Panama's Supreme Court could rule on a challenge to the concession held by Panama Ports Company before the end of the year, two court officials said on Tuesday, a decision that would shape CK Hutchison's planned sale of its two canal ports.

The Hong Kong conglomerate agreed in March to sell its stakes in 43 ports, including Balboa and Cristóbal at either end of the canal, to a consortium led by BlackRock and Mediterranean Shipping Company (MSC) for $22.8 billion.

China's market regulator has said it will review the deal, and people familiar with the talks say the parties are now discussing a role for state shipping group COSCO, which could take a minority stake in the consortium. Signing of a final agreement is not expected before January, one of the people said. CK Hutchison's board is due to meet on December 4 to review the negotiations.

Panama's comptroller general, Anel Flores, whose office audited the concession earlier this year, told lawmakers last week that the company owed the state "at least $1.2 billion" in unpaid fees.

President José Raúl Mulino said at his weekly news conference last Thursday that his government would not renegotiate the concession "under pressure from any foreign power" and would respect the court's ruling.

The Panama Maritime Authority (AMP) will present its own report on the ports' compliance to the National Assembly's infrastructure committee next week, its administrator, Luis Roquebert, said.

Most analysts expect the court to declare the 2021 extension of the contract unconstitutional, which would force a new tender within months.

The U.S. Embassy said a delegation led by Deputy Secretary of State Christopher Landau would visit Panama in mid-December to discuss port security and migration.

Balboa and Cristóbal handle roughly 40% of the container traffic that passes through Panama's Pacific and Atlantic terminals. Panama Ports Company has operated them since 1997 and employs about 3,000 people.
"""},

"h13en03": {
    "outlet": "Bight of Benin Wire (Cotonou)",
    "published": "2026-03-10",
    "text": """Benin's Wadagni faces token opposition in April presidential vote

COTONOU, March 10 (Bight of Benin Wire) - Beninese voters will elect a successor to President Patrice Talon on Sunday, April 12, in a race that former finance minister Romuald Wadagni is widely expected to win after the main opposition party was kept off the ballot.

The Constitutional Court last week confirmed only two candidates: Wadagni, backed by the ruling Progressive Union for Renewal and the Republican Bloc, and Paul Hounkpè of the Cowry Forces for an Emerging Benin (FCBE).

The Democrats, the party of former president Thomas Boni Yayi, failed to collect enough sponsorships from lawmakers and mayors and will not take part, the court said.

The Autonomous National Electoral Commission (CENA) said it would finish distributing voter cards within ten days, and that the official campaign would run from March 27 to April 10. If no candidate wins an outright majority, a runoff would be held on May 10, although CENA president Sacca Lafia said on Monday that a second round was "highly unlikely".

Talon, who has ruled out any attempt to stay on, is due to hand over power on May 23.

In legislative elections on January 11, the two ruling parties won every seat after the Democrats failed to reach the 20% threshold in each constituency.

Security will weigh on the vote in the north, where militants linked to JNIM killed 54 soldiers in April 2025. The army will deploy additional troops to the Alibori and Atacora departments before polling day, the defence ministry said in a statement on Monday.

A West African diplomat in Cotonou said ECOWAS was likely to send a short-term observer mission of about 100 people, and that the African Union could announce its own mission by the end of the month.

Analysts say turnout, which fell to 37% in the January vote, could drop further. "The real contest is for 2031," said Gilles Agossou, a researcher at the University of Abomey-Calavi.
"""},

"h13en04": {
    "outlet": "Limpopo Ledger (Harare)",
    "published": "2026-02-17",
    "text": """Zimbabwe to publish term-extension bill; referendum fight looms

HARARE, Feb 17 (Limpopo Ledger) - Zimbabwe's justice minister, Ziyambi Ziyambi, will gazette a constitutional amendment bill next week that would extend President Emmerson Mnangagwa's term from 2028 to 2030, the Ministry of Justice, Legal and Parliamentary Affairs said on Tuesday.

Gazetting starts a 90-day period before the bill can be tabled in parliament, where the ruling ZANU-PF holds a two-thirds majority in both chambers. Under the current constitution, the next general election is due in 2028.

The ruling party's annual conference in Mutare resolved in October that Mnangagwa should remain in office until 2030. Mnangagwa, 83, has repeatedly said he will step down when his second term ends, and he has not publicly endorsed the amendment.

Constitutional lawyers say section 328 of the constitution requires a national referendum for any term-limit change that benefits an incumbent. Ziyambi told state broadcaster ZBC that no referendum would be needed "because the amendment changes the length of the term, not the number of terms".

The bill will be challenged in the Constitutional Court "the day it is gazetted", opposition leader Jameson Timba said.

The Zimbabwe National Liberation War Veterans Association could stage protests in Harare, two security officials said, though a march called for March 31 last year fizzled out.

Parliament's justice portfolio committee will hold public hearings in all ten provinces in the second half of March, its chairperson, Tendai Marowa, said. ZANU-PF chief whip Pupurai Togarepi said he expected a vote in the National Assembly by the end of June.

Regional diplomats said the issue may come up at the SADC summit in August, though member states rarely criticise one another in public.

Tsitsi Mhlanga, a governance analyst at a Harare think tank, called the gazetting "the point of no return" and said a referendum, if one is held, would probably not take place before 2027.
"""},

"h13en05": {
    "outlet": "Neris Wire (Vilnius)",
    "published": "2025-11-12",
    "text": """Lithuania to reopen Belarus border crossings as stranded trucks remain

VILNIUS, Nov 12 (Neris Wire) - Lithuania will reopen its two remaining border crossings with Belarus on November 20, Prime Minister Inga Ruginienė said on Wednesday, ending a closure imposed after smuggling balloons forced repeated shutdowns of Vilnius airport. The government could close the border again if the balloon incursions resume, she added.

The Medininkai and Šalčininkai checkpoints were closed on October 27. The State Border Committee of Belarus said the roughly 1,000 Lithuanian trucks held in Belarus would stay in guarded parking lots "until the Lithuanian side takes responsibility for its provocation".

Linava, the Lithuanian National Road Carriers' Association, said its members were losing about 3 million euros a week and that it expected only some of the trucks to be released by the end of the month.

Interior Minister Vladislav Kondratovič said the government "will not negotiate with the Lukashenko regime" over the trucks and would not pay compensation to carriers. His Latvian and Polish counterparts will join him for talks in Vilnius on Monday on a joint response to hybrid attacks.

EU foreign ministers are due to discuss a Lithuanian proposal to add Belarusian entities linked to the balloon flights to the bloc's sanctions list when they meet in Brussels on Thursday, November 20. An EU diplomat said a formal decision was unlikely before December.

Lithuania's armed forces will keep extra units along the border at least until the end of the year, the chief of defence, General Raimundas Vaikšnoras, said.

Belarusian President Alexander Lukashenko said last week the trucks could be confiscated "if nobody claims them".

Some analysts say Minsk could resume the balloon flights once the border reopens. "The trucks are hostages, and the balloons are the lever," said Vaida Jurkūnaitė, a researcher at a Vilnius think tank.

Vilnius airport will introduce a new drone and balloon detection system on December 1, the state company Lithuanian Airports said.
"""},
}
