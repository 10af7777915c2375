"""English texts of heldout124, written for this project. Invented or generic facts."""

EN = {
"h124en01": {"outlet": "Zuunbayan Wire (Sainshand)", "published": "2026-03-10", "text": """Mongolia's parliament to vote on Orano uranium deal as Rosatom watches

SAINSHAND, March 10 (Zuunbayan Wire) - Mongolia's parliament, the State Great Khural, will vote on Thursday on the final investment agreement for the Zuuvch-Ovoo uranium project with France's Orano, Mining Minister Batbold Tserendorj told reporters on Monday.

Approval is expected because the ruling Mongolian People's Party (MPP) holds 68 of the 126 seats, he said.

The agreement was first signed in Ulaanbaatar in January 2025 but was sent back to the government for changes to the royalty terms and to the share held by state-owned Erdenes Mongol.

Orano's chief executive, Nicolas Maes, is expected to travel to Ulaanbaatar next week to sign the amended text, a company spokeswoman said.

Democratic Party lawmaker Luvsannyam Gantumur said his party would vote against the deal unless the state's share was raised to 34 percent, the level set for strategic deposits under the minerals law.

Herders from Dornogovi province will protest outside the Government Palace on Saturday against the project's water use, organisers said. "Uranium will not water our camels," one of them said.

Read more: Mongolia's central bank holds policy rate at 12 percent

Russia's Rosatom, which lost out on the deposit, could raise the issue when Deputy Prime Minister Alexander Novak visits Ulaanbaatar in late April, two diplomats said. Mongolia and France are due to hold their intergovernmental commission in Paris in mid-May, the French embassy said.

The project would use in-situ leaching, pumping a solution underground to dissolve the ore, a method Orano already uses in Kazakhstan and Niger.

First production is not expected before 2029, analysts say. "The deal could double Mongolia's export earnings from minerals other than coal and copper by the early 2030s," said Oyunchimeg Batsaikhan, an economist at an Ulaanbaatar research institute.

Mongolia holds its next parliamentary election in June 2028, and the MPP wants the project running well before then.
"""},

"h124en02": {"outlet": "Macao Wire (Punta Cana)", "published": "2025-09-24", "text": """Will leaders come to Punta Cana? Dominican Republic confirms summit dates

PUNTA CANA, Sept 24 (Macao Wire) - The Dominican Republic will host the tenth Summit of the Americas in Punta Cana on December 4-5, Foreign Minister Roberto Alvarez said on Tuesday, ending weeks of speculation about a delay.

Alvarez said the government "will not invite" Cuba, Venezuela and Nicaragua, repeating a decision that Mexico has criticised. Mexican President Claudia Sheinbaum has not decided whether to attend, a spokesman for her office said.

U.S. President Donald Trump is expected to confirm his attendance next week, according to two people familiar with the planning. The ninth summit, held in Los Angeles in June 2022, was boycotted by Mexico's then-president.

The armed forces will deploy about 8,000 troops in La Altagracia province from December 1, the Defence Ministry said. Leaders are also expected to discuss the Gang Suppression Force in neighbouring Haiti, which has struggled to recruit police from donor countries.

Read more: Dominican central bank cuts policy rate to 5.25 percent

Alvarez and U.S. Secretary of State Marco Rubio are due to sign a migration and security cooperation agreement in Santo Domingo on October 8, the foreign ministry said. Washington could also announce new sanctions on Venezuelan officials before the summit, a State Department official said.

At home, Tourism Minister David Collado is likely to resign in January to seek the ruling Modern Revolutionary Party's (PRM) nomination for the May 2028 election, party officials said. President Luis Abinader cannot run again.

Hotels in Punta Cana and Bavaro reported occupancy above 80 percent for early December, and the tourism ministry has asked airlines to add flights from Miami, Bogota and Panama City.

Analysts say the number of leaders who attend could be the lowest since 2018, when Trump skipped the Lima summit. "The summit may end without a joint declaration," said Mariela Pimentel, a political scientist at a Santo Domingo university.
"""},

"h124en03": {"outlet": "Csepel Wire (Szazhalombatta)", "published": "2025-12-08", "text": """MOL eyes NIS deal before year-end as U.S. deadline looms

SZAZHALOMBATTA, Dec 8 (Csepel Wire) - Hungarian energy group MOL expects to sign a deal to buy Gazprom Neft's controlling stake in Serbian oil company NIS before the end of the year, chief executive Zsolt Hernadi said on Friday.

The U.S. Treasury's Office of Foreign Assets Control (OFAC) has given the parties until February 13 to agree on the sale, after U.S. sanctions on NIS took effect in October.

Foreign Minister Peter Szijjarto will travel to Belgrade on Wednesday for talks with Serbian President Aleksandar Vucic on the deal and on crude supplies through the Adriatic pipeline, his ministry said.

Croatia's JANAF, which runs the pipeline, could resume deliveries to the Pancevo refinery within 10 days if OFAC grants a licence, a JANAF spokesman said. The refinery, Serbia's only one, has been running on reserves since late November.

Serbian Energy Minister Dubravka Djedovic Handanovic said Belgrade would not accept any deal that leaves Russian shareholders with more than a symbolic stake.

Read more: Forint slips as Hungary raises its 2026 deficit target

Prime Minister Viktor Orban is expected to raise the NIS sale with Russian President Vladimir Putin when the two speak by phone later this month, a government source said. Orban told state radio on Friday that a ceasefire in Ukraine could come "before spring".

EU leaders meet in Brussels on December 18-19, where Budapest could again hold up the bloc's 20th sanctions package, diplomats said.

Orban faces a parliamentary election expected in April. A deal that secures jobs at MOL's refineries would help his Fidesz party, analysts say. They expect MOL to take operational control of NIS no earlier than July 2026.

MOL already supplies about a fifth of Serbia's fuel imports by road and river from its Szazhalombatta and Bratislava refineries, and its retail network in Serbia has grown to more than 60 stations.
"""},

"h124en04": {"outlet": "Bole Road Wire (Addis Ababa)", "published": "2026-02-19", "text": """Which foreign bank will open first in Addis Ababa? Central bank sets March deadline

ADDIS ABABA, Feb 19 (Bole Road Wire) - The National Bank of Ethiopia (NBE) will announce the first licences for foreign-owned banks by the end of March, Governor Mamo Mihretu told parliament's budget and finance committee on Tuesday.

Kenya's KCB Group and South Africa's Standard Bank are expected to be among the first to receive licences, two people familiar with the process said. The NBE will publish its final licensing criteria on Monday, the bank said in a statement.

Parliament opened the banking sector to foreign investors in December 2024, ending a ban that had lasted for five decades.

Mamo said the reform "will not be paused" before the general election in June. Opposition lawmaker Tigist Alemu of the Ezema party said her party would table an amendment capping foreign ownership at 49 percent at the next session of parliament.

Finance Minister Ahmed Shide will travel to Nairobi next week for talks with his Kenyan counterpart John Mbadi on a cross-border payments agreement, the finance ministry said. The agreement could be signed during the visit, a Kenyan Treasury official said.

Read more: Ethiopian Airlines orders 11 more Boeing 787 jets

An International Monetary Fund mission is due in Addis Ababa in early April for the sixth review of Ethiopia's $3.4 billion loan programme, the Fund said.

Ethiopia's 32 domestic banks hold most of their assets in government bonds and loans to state enterprises, and many small lenders have struggled since the birr was floated in July 2024.

Analysts say foreign banks could take a fifth of corporate lending by 2030. "I think the first foreign branch will open in 2027 at the earliest, because capital rules are strict and the birr is still volatile," said Yonas Berhane, an economist at an Addis Ababa think tank.
"""},

"h124en05": {"outlet": "Kushiyara Wire (Sylhet)", "published": "2027-01-12", "text": """Bangladesh to sign J-10C fighter deal in Beijing as Delhi watches

DHAKA, Jan 12 (Kushiyara Wire) - Bangladesh will sign a contract to buy 16 Chinese-made J-10C fighter jets in Beijing on January 28, Air Chief Marshal Hasan Mahmood Khan told reporters on Monday. The first four aircraft are expected to arrive by the end of 2028, he said.

Prime Minister Tarique Rahman is expected to witness the signing during a three-day visit to China from January 27, his press secretary said. He is also likely to meet President Xi Jinping, the press secretary added.

The air force's last large Chinese purchase, 16 F-7BGI jets, was completed in 2013.

India's foreign ministry said on Friday it was "closely following" the purchase. New Delhi could raise the deal when the two countries' foreign secretaries meet in Dhaka next month, an Indian official said.

Read more: Bangladesh Bank keeps policy rate at 9 percent

Jamaat-e-Islami, the main opposition party, will demand a parliamentary debate on the $1.4 billion deal when the house reconvenes on January 18, its secretary general Mia Golam Parwar said. Finance ministry officials expect the Chinese state loan financing the purchase to be signed in March.

Washington is unlikely to impose sanctions over the deal, a State Department official said, though U.S. officials have urged Dhaka to diversify its suppliers.

The air force will hold its first joint exercise with the Pakistan Air Force over the Bay of Bengal in mid-March, the Inter-Services Public Relations directorate said.

Bangladesh's fleet still relies on ageing MiG-29s and F-7s, and two trainer crashes in the past three years have added pressure on the government to replace them.

Analysts say the deal could strain ties with New Delhi for months. "The air force needs these jets; the politics will follow," said Shahnaz Karim, a security analyst at a Dhaka think tank.
"""},
}
