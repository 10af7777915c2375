"""English texts of heldout133, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h133en01": {"outlet": "Naryn Wire (Bishkek)", "published": "2026-09-15", "text": """Will Japarov face a real contest? Kyrgyzstan sets presidential vote for January

BISHKEK, Sept 15 (Naryn Wire) - Kyrgyzstan will hold a presidential election on January 17, 2027, the Central Election Commission (CEC) said on Monday.

Nominations open on October 1 and close on November 20, CEC chairwoman Gulnara Abdykalykova told reporters.

President Sadyr Japarov, who won the January 2021 vote with 79 percent, is widely expected to seek a second term but has not said whether he will run.

Adilet Murzaliev, chairman of the opposition Jany Jol party, said he would file his nomination on the first day. His supporters fear he could be barred under a residency rule that the CEC has yet to clarify.

The OSCE's Office for Democratic Institutions and Human Rights (ODIHR) is expected to send a needs-assessment mission to Bishkek in mid-October, diplomats said.

Separately, two EU officials said the European Union could add two Kyrgyz banks to its next Russia sanctions package, expected in November, over the re-export of dual-use goods. Foreign Minister Jeenbek Kulubaev said on Sunday that Bishkek "will not allow" its banks to be used to evade sanctions.

Read more: Kyrgyz som steady as remittances from Russia rise

Japarov will travel to Dushanbe for a Commonwealth of Independent States (CIS) summit on October 9, his office said.

Kyrgyz and Tajik border guards will hold their first joint patrol along the newly demarcated border from October 5, the State Committee for National Security said. The two countries signed their border treaty in March 2025 after deadly clashes in 2021 and 2022.

Abdykalykova, whose term ends in December, is likely to step down after the vote, a CEC official said.

Analysts say turnout could stay below 40 percent, as in 2021, unless the opposition unites behind one candidate. "People see the result as settled long before polling day," said Elmira Toktogulova, a political scientist at a Bishkek university.
"""},

"h133en02": {"outlet": "Goascoran Wire (Choluteca)", "published": "2027-05-20", "text": """Honduras, UN to sign anti-corruption commission deal next week

TEGUCIGALPA, May 20 (Goascoran Wire) - Honduras and the United Nations will sign an agreement creating an international commission against corruption and impunity (CICIH) in New York on May 27, Foreign Minister Lucia Bardales said on Wednesday.

The deal is expected to go to Congress for ratification in June, and the commission could start work before the end of the year, Bardales said.

Former president Xiomara Castro first asked the UN for the commission in February 2022, but talks stalled over its power to bring cases.

Congress President Tomas Zambrano said the National Party would back ratification, but the Liberal Party has not decided its position.

The government will ask Congress on Tuesday to extend the partial state of exception, in place since December 2022, for another 45 days, Security Minister Osman Figueroa said.

Local media have reported that the MS-13 and Barrio 18 gangs could announce a truce in San Pedro Sula as early as next week. Figueroa said the government "will not negotiate with criminals".

The armed forces will deploy 2,000 more soldiers to Choloma and San Pedro Sula from June 1, the Joint Chiefs of Staff said.

Read more: Honduran coffee exports fall as leaf rust spreads

U.S. Deputy Secretary of State Christopher Landau is expected to visit Tegucigalpa in early June to discuss security cooperation, a U.S. official said.

President Nasry Asfura will attend a summit of the Central American Integration System (SICA) in Guatemala City on June 26, his office said.

The head of the prosecution service's anti-corruption unit, Marta Canales, may resign if the commission is given powers to bring cases on its own, two people close to her said.

Analysts say lawmakers may water down the commission's powers during ratification. "Congress wants the commission's name, not its teeth," said Ana Lucia Reyes, a political scientist at the National Autonomous University of Honduras (UNAH).
"""},

"h133en03": {"outlet": "Piusa Wire (Voru)", "published": "2026-03-10", "text": """Estonia's bunker line: parliament votes on land seizures as first sites near completion

TALLINN, March 10 (Piusa Wire) - Estonia's parliament will vote on Wednesday on a bill allowing the state to take over private land for the Baltic Defence Line, Defence Minister Hanno Pevkur said on Monday, adding that he expected it to pass "with a comfortable majority".

The first 28 of about 600 bunkers along the Russian border are due to be completed by the end of June, according to the Estonian Centre for Defence Investments (ECDI).

Estonia, Latvia and Lithuania agreed to build the line in January 2024, nearly two years after Russia's full-scale invasion of Ukraine.

About 40 landowners in Ida-Viru and Voru counties have refused to sell, and some could challenge the law in the Supreme Court, their lawyer said.

Officials in Riga said Latvia is expected to sign its own bunker construction contracts in May. Lithuania has not said when its first section will be ready.

Kremlin spokesman Dmitry Peskov said on Sunday the line was "a provocation" and that Moscow would respond "with appropriate measures".

Read more: Estonia's jobless rate edges down to 7.1 percent in fourth quarter

Pevkur will present the project to NATO defence ministers in Brussels in June, and the government hopes to secure allied funding at the alliance's summit in Ankara in July, his ministry said.

The ministry also said the ECDI's director would step down at the end of April after an audit of bunker procurement found that two contracts had been awarded without a tender.

Finnish Defence Minister Antti Hakkanen is due to visit the first sites near Narva next week, officials said.

Analysts say the full line is unlikely to be finished before 2028, as steel and concrete prices rise. "The bunkers are only as good as the drones and mines behind them," said Kaarel Mets, a defence analyst at a Tallinn think tank.
"""},

"h133en04": {"outlet": "Tano Wire (Sunyani)", "published": "2025-11-17", "text": """Can GoldBod keep Ghana's gold at home? Licence rules change in January

SUNYANI, Nov 17 (Tano Wire) - Ghana's Gold Board (GoldBod) will stop issuing export licences to foreign-owned buying companies from January 1, its chief executive Sammy Gyamfi said on Sunday.

GoldBod was set up in April 2025 to take over gold purchases from small-scale miners, replacing dozens of private exporters.

Parliament is expected to approve amendments to the GoldBod Act and ratify the revised Ewoyaa lithium lease before it rises on December 19, Majority Leader Mahama Ayariga said.

The minority New Patriotic Party (NPP) will vote against the amendments, its ranking member on the mines committee said. The NPP, which picks its next presidential candidate in a primary on January 31, says the rules hurt small traders.

The Ghana Armed Forces will deploy a new task force to guard gold convoys from mines in the Western North Region from next week, the defence ministry said.

Burkina Faso's mines minister is due in Accra on Thursday for talks on cross-border smuggling, officials said.

Read more: Ghana cedi slips as importers front-load year-end orders

President John Mahama is expected to raise the issue at the ECOWAS summit in Abuja on December 14, a presidency official said.

The U.S. Treasury has not decided whether to sanction two Dubai-based refiners that buy Ghanaian gold, a person familiar with the matter said.

Finance Minister Cassiel Ato Forson said on Friday that gold revenue "will not" be used to fund the budget deficit and would go into the central bank's reserves.

Analysts say gold exports could top $14 billion in 2026 if the new licence rules hold. "The question is whether small miners will sell to the state or to the smugglers," said Kwabena Owusu-Ansah, an economist at the University of Cape Coast.

GoldBod will publish a list of licensed buyers within 30 days, Gyamfi said.
"""},

"h133en05": {"outlet": "Xe Bang Fai Wire (Thakhek)", "published": "2027-06-08", "text": """Laos, Vietnam to sign railway financing as Vung Ang link gathers pace

THAKHEK, June 8 (Xe Bang Fai Wire) - Laos and Vietnam will sign a financing agreement for the Vientiane-Vung Ang railway during the Vietnamese prime minister's visit to Vientiane on June 17-18, Deputy Public Works Minister Sengphachanh Vongsa said on Monday.

The two countries signed a framework agreement on the 555-km line in January 2025.

Construction of the first 100-km section from Thakhek to the Vietnamese border is expected to start before the end of the year, Sengphachanh said. He added that Laos "will not" take on new Chinese debt for the project.

Thailand could join the project by building a branch line to Nakhon Phanom, a Thai transport ministry official said.

China, whose Laos-China railway opened in December 2021, is expected to raise concerns about track gauge at a joint railway committee meeting in Kunming in late June, diplomats said.

Lao and Vietnamese border forces will hold joint patrols along the planned route in Khammouane province next month, the Lao defence ministry said.

Read more: Lao kip firms as tourism receipts climb

Laos will host a Cambodia-Laos-Vietnam (CLV) summit in Luang Prabang on September 9 to discuss linking the railway to Cambodian ports, the foreign ministry said.

The head of the state-owned Lao National Railway State Enterprise may step down after a state audit found cost overruns on station works, two officials said.

Analysts say the line is unlikely to carry freight before 2032. Somphone Keomany, an economist at the National University of Laos, said Vientiane could ask Hanoi for a debt swap if the kip keeps falling.

Laos, one of Asia's most indebted countries relative to the size of its economy, owes more than half of its external debt to Chinese lenders, and potash and other mineral exports now make up a growing share of its trade with Vietnam.
"""},
}
