"""English texts of heldout60, written for this project in one sitting. Invented or generic facts."""

EN = {
"h60en01": {"outlet": "Buriganga Wire", "published": "2026-05-12", "text": """Bangladesh, India to open Ganges treaty talks as December expiry nears

DHAKA, May 12 (Buriganga Wire) - Bangladesh and India will hold the first formal round of talks on renewing the Ganges Water Treaty in New Delhi on May 25-26, Bangladesh's Ministry of Water Resources said on Monday.

The 30-year treaty, signed in December 1996, expires on December 12.

Water Resources Minister Rezaul Karim Chowdhury will lead the delegation and is expected to meet India's Jal Shakti Minister C.R. Patil on the sidelines, his office said.

Dhaka wants a guaranteed minimum flow at the Farakka barrage during the dry season and "will not sign a new treaty without a guarantee clause," Chowdhury told reporters on Sunday.

Indian officials have been more cautious. A new agreement is unlikely before the treaty lapses, and a short extension could be agreed instead, two officials familiar with the talks said. Analysts say the West Bengal government, which must be consulted, may resist any larger share for Bangladesh.

Read more: Bangladesh Bank keeps policy rate unchanged, cites sticky food prices

Separately, Prime Minister Tarique Rahman is scheduled to visit Beijing in the second half of June, where a financing agreement for the Teesta River restoration project is expected to be signed, the foreign ministry said. India has long viewed Chinese involvement on the Teesta with suspicion.

The Joint Rivers Commission, whose ministers last met in August 2022, will hold its 39th meeting in Dhaka before the end of the year, the water ministry added.

Jamaat-e-Islami, the main opposition party, will hold a rally in Dhaka on Friday to demand "a fair share" of the Ganges and could organise a long march towards Farakka in June, party secretary general Mia Golam Parwar said.

Indian External Affairs Minister S. Jaishankar could visit Dhaka in July, in what would be his first trip since the Bangladesh Nationalist Party took office in February, diplomats in Dhaka said.
"""},

"h60en02": {"outlet": "Ngong Hills Wire", "published": "2026-11-04", "text": """Kenya's IEBC sets January voter drive as opposition weighs single candidate

NAIROBI, Nov 4 (Ngong Hills Wire) - Kenya's electoral commission will open a 30-day mass voter registration drive on January 18, chairperson Erastus Ethekon said on Tuesday, as it seeks up to 6 million new voters before the August 10, 2027 general election.

The Independent Electoral and Boundaries Commission also expects to finish reviewing constituency boundaries by the end of March, Ethekon said, though he warned the review "may slip" if parliament delays its funding.

The Treasury has released only 9 billion shillings of the 17 billion the commission requested for the 2026/27 financial year, the IEBC said in a statement.

By-elections in three constituencies will be held on November 27, Ethekon said.

The united opposition will announce its joint presidential candidate by the end of February, Wiper Democratic Movement leader Kalonzo Musyoka told a rally in Machakos on Sunday.

Musyoka and former Deputy President Rigathi Gachagua are seen as the front-runners, but a dispute over the running-mate slot could push the announcement into March, two opposition officials said, speaking on condition of anonymity.

Gachagua, who was impeached and removed from office in October 2024, "will be on the ballot," his Democracy for Citizens Party said, dismissing suggestions that a pending court case could bar him.

Read more: Kenya shilling steady as tea and remittance inflows rise

President William Ruto, who is seeking a second term, is expected to launch his campaign manifesto in Nakuru in early December, State House spokesman Hussein Mohamed said. Ruto is due in Arusha on November 29 for the East African Community summit.

The European Union will send an exploratory mission in the first quarter of next year to decide whether to deploy election observers, an EU official in Nairobi said.

Washington could impose visa restrictions on anyone found to be undermining the electoral process, a U.S. State Department spokesperson said last week.
"""},

"h60en03": {"outlet": "Binondo Wire", "published": "2025-07-08", "text": """Philippine Senate to resume Sara Duterte trial after new Congress opens

MANILA, July 8 (Binondo Wire) - The Philippine Senate, sitting as an impeachment court, will resume the trial of Vice President Sara Duterte after the 20th Congress opens on July 28, Senate President Francis Escudero said on Monday.

The House of Representatives impeached Duterte in February on charges including the misuse of confidential funds and an alleged threat against President Ferdinand Marcos Jr.

Escudero said senators elected in May would take their oath as judges on the first session day, and that pre-trial hearings "could start as early as the second week of August."

Duterte's lawyers have asked the Supreme Court to stop the proceedings, and the court may rule on the petition before the end of July, court spokesperson Camille Ting said.

Senate Minority Leader Aquilino Pimentel III said a vote on the verdict was unlikely before October. A conviction requires the votes of 16 of the 24 senators.

Duterte, who denies the charges, said on Sunday she "will not resign" and would attend the trial if required.

Read more: Peso firms as central bank signals room for another cut

House prosecutor Gerville Luistro said the prosecution would ask the court to subpoena Duterte's bank records once the trial resumes.

Marcos will deliver his State of the Nation Address when Congress opens and is not expected to mention the impeachment, Palace Press Officer Claire Castro said.

Before that, Marcos will make an official visit to Washington from July 20 to 22 for talks with President Donald Trump on trade and security, the Department of Foreign Affairs said.

In The Hague, the International Criminal Court is scheduled to hold a confirmation of charges hearing for former President Rodrigo Duterte, the vice president's father, on September 23.

Senators allied with the Duterte family argue that the articles lapsed with the outgoing Congress.
"""},

"h60en04": {"outlet": "Zambezi Ledger", "published": "2027-09-21", "text": """Zambia, Tanzania set October date for TAZARA handover to Chinese operator

LUSAKA, Sept 21 (Zambezi Ledger) - Zambia and Tanzania will hand over operation of the Tanzania-Zambia Railway to China Civil Engineering Construction Corporation (CCECC) on October 24 under a 30-year, $1.4 billion concession, Zambian Transport and Logistics Minister Frank Tayali said on Monday.

The three governments signed a memorandum of understanding on reviving the 1,860-km line in Beijing in September 2024.

The handover ceremony will be held in Kapiri Mposhi and is expected to be attended by President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan, Tayali said. Chinese Premier Li Qiang could also attend, a diplomat in Lusaka said.

Tayali said no TAZARA worker "will lose their job" because of the concession. The Railway Workers Union of Zambia, however, will strike from October 1 unless the 1,200 employees are paid their arrears before the handover, its general secretary Joseph Chileshe said.

Tanzania's parliament is expected to ratify the concession agreement during its session starting on November 4 in Dodoma, Tanzania's Ministry of Transport said.

Read more: Copper output hits record as Kansanshi expansion ramps up

The Zambia Army and the Tanzania People's Defence Force will hold a joint exercise along the rail corridor in the second half of November, the Zambian defence ministry said.

TAZARA managing director Bruno Ching'andu will step down after the handover, the authority said in a statement.

Analysts say the first rebuilt section, between Kapiri Mposhi and Mpika, is unlikely to be finished before 2029.

The opposition Patriotic Front could challenge the concession in the Constitutional Court, its secretary general Raphael Nakacinda said, arguing that parliament should have debated it first.

The line, built with Chinese loans in the 1970s to give Zambia's copper an outlet that avoided white-ruled southern Africa, now carries less than a tenth of its design capacity.
"""},

"h60en05": {"outlet": "Struma Wire", "published": "2026-09-15", "text": """Bulgaria sets November 8 presidential vote as parties hunt for candidates

SOFIA, Sept 15 (Struma Wire) - Bulgarians will elect a new president on November 8, with a run-off a week later if no candidate wins more than half of the vote, under a resolution adopted by the National Assembly on Monday.

Candidate registration will run from September 24 to October 8, the Central Election Commission said.

GERB leader Boyko Borissov said on Saturday his party would name its candidate "by the end of the month." The reformist bloc We Continue the Change-Democratic Bulgaria could back an independent, two bloc officials said.

Vazrazhdane leader Kostadin Kostadinov is widely expected to run. A run-off is almost certain, according to a poll by the Rila Research Institute published on Sunday, which put no candidate above 30%.

The minority government faces a no-confidence vote on Thursday, tabled by Vazrazhdane over price rises since Bulgaria adopted the euro on January 1. It is expected to survive, officials in the ruling coalition said.

Read more: Bulgarian bond yields ease after rating outlook upgrade

The finance ministry will submit the 2027 draft budget to parliament by October 31, the ministry said, adding that it would keep the deficit below 3% of GDP.

NATO Secretary General Mark Rutte will visit Sofia on October 2 for talks with Defence Minister Atanas Zapryanov, the defence ministry said. Bulgaria will also host a NATO exercise at the Novo Selo range in the second half of October, the ministry added.

The prime minister is due in Brussels for the European Council on October 22-23, where leaders will discuss the next long-term EU budget.

The presidency carries limited executive power, but the head of state appoints caretaker cabinets when parliament fails to form a government, a role that has made the post pivotal during Bulgaria's run of snap elections since 2021.
"""},
}
