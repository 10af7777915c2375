"""English texts of heldout149, written for this project. Invented or generic facts."""

EN = {
"h149en01": {"outlet": "Montjuic Wire (Barcelona)", "published": "2025-09-16", "text": """Spain's cabinet to approve Catalan tax deal as Junts weighs its seven votes

BARCELONA, Sept 16 (Montjuic Wire) - Spain's cabinet will approve on Tuesday, September 23, a draft law allowing Catalonia to collect all of its own income tax from 2027, Finance Minister Maria Jesus Montero said on Monday.

The deal was agreed in the bilateral commission between the central government and the Generalitat in July, after months of talks.

"There will be no exception for Catalonia on solidarity with poorer regions," Montero told reporters.

The bill needs the seven votes of Junts in Congress. Its secretary-general, Jordi Turull, said the party had not decided how to vote and would not back the text unless it gave Catalonia the power to set tax rates.

The opposition Popular Party (PP) will take the law to the Constitutional Court if it passes, its leader Alberto Nunez Feijoo said.

Montero and Catalan economy minister Alicia Romero are due to meet in Madrid next week to agree a timetable for transferring staff to the Catalan tax agency, two officials said. Regional president Salvador Illa will address the Catalan parliament on the deal on October 2, his office said.

Read more: Spain's jobless rate falls to its lowest level since 2008

Prime Minister Pedro Sanchez is expected to visit Barcelona in mid-October, according to a person familiar with his schedule. The heads of the 17 regions will discuss the financing model at a Conference of Presidents in the first week of December, the government said.

Montero, who leads the Socialists in Andalusia, is expected to step down from the cabinet before the Andalusian regional election, due by June 2026, party officials said.

Analysts say Sanchez could call an early general election as early as March 2026 if he fails to pass a budget. "Without Junts, this legislature is living on borrowed time," said Marta Roig, a political scientist at a Barcelona university.
"""},

"h149en02": {"outlet": "Sliema Wire (Valletta)", "published": "2026-04-22", "text": """Can Malta keep selling residency after the court buried its golden passports?

VALLETTA, April 22 (Sliema Wire) - Malta's parliament will vote on Monday on a bill replacing the citizenship-by-investment scheme struck down by the EU Court of Justice in April 2025, Home Affairs Minister Byron Camilleri said on Tuesday.

The bill is expected to pass with the votes of the governing Labour Party, which holds 44 of the 79 seats. Under the new law, citizenship would be granted only for exceptional services to the country.

Opposition leader Alex Borg said the Nationalist Party would vote against the bill, calling it "a rebranded sale of passports".

The European Commission will assess the law before deciding whether to close its infringement case against Malta, a Commission spokesperson said, adding that a decision was unlikely before September.

EU Justice Commissioner Michael McGrath is due to visit Valletta in mid-May for talks with Prime Minister Robert Abela on the rule of law, his office said.

The chief executive of the Community Malta Agency, which ran the scheme, will step down at the end of May, the agency said.

Read more: Malta's tourist arrivals hit a March record

The residency programme, which remains open, will raise its minimum property investment to 500,000 euros from July, two government officials said. The Malta Chamber of Commerce said it would publish its position on the bill on Thursday.

Analysts say the residency programme could lose up to a third of its applicants this year as buyers turn to Greece and Portugal.

Malta must hold its next general election by June 2027. Abela told a party meeting on Sunday he did not rule out an early vote in the autumn, saying the economy was strong enough to face voters.

"The court ruling closed a chapter, but the government wants to keep the money coming," said Daniel Azzopardi, a lecturer in European law in Msida.
"""},

"h149en03": {"outlet": "Moanda Wire (Franceville)", "published": "2026-10-06", "text": """Gabon sets out manganese export ban as Eramet weighs a new plant

FRANCEVILLE, Oct 6 (Moanda Wire) - Gabon will stop all exports of raw manganese ore from January 1, 2029, Mines Minister Hilaire Mboumba said on Monday, confirming a plan first announced by President Brice Clotaire Oligui Nguema in May 2025.

The implementing decree will be published before the end of the year, Mboumba said. "There will be no exemption for small operators," he added.

Gabon is the world's second-largest manganese producer, and most of its ore leaves through the port of Owendo.

Comilog, the Eramet subsidiary that mines the Moanda deposit, is expected to decide on a second ore-processing plant in Moanda by the end of March, two people familiar with the matter said.

Eramet's chief executive, Paulo Castellari, will travel to Libreville next week to sign an amendment to Comilog's mining convention with the government, the French group said. Comilog's managing director, Aristide Ondo, will step down at the end of October, the company added.

An International Monetary Fund (IMF) mission will arrive in Libreville on October 19 for talks on a new lending programme, the finance ministry said.

The army will deploy troops along the Trans-Gabon railway from next week after two sabotage attempts in September, the defence ministry said.

Read more: Gabon's oil output rises on new offshore wells

Oligui Nguema will chair a meeting of mining investors in Libreville on November 12, the presidency said.

Chinese buyers, who take most of Gabon's ore, may turn to South Africa for supplies, a trade ministry official said.

Analysts say the ban could cut Gabon's export earnings by up to 15 percent in 2029 if the new plants are not ready. "Libreville is betting that buyers will come to the smelters rather than go elsewhere," said Nadege Mouele, an economist at a Libreville research centre.
"""},

"h149en04": {"outlet": "Kianggeh Wire (Bandar Seri Begawan)", "published": "2027-01-19", "text": """Will Hengyi's second refinery phase clear its last hurdle in Brunei?

BANDAR SERI BEGAWAN, Jan 19 (Kianggeh Wire) - Brunei and China's Hengyi Industries are expected to sign the financing agreement for the second phase of the Pulau Muara Besar refinery in late February, Second Minister of Finance and Economy Amin Liew Abdullah said on Monday.

The complex's first phase began operating in November 2019. Amin Liew said Brunei "will not provide further sovereign guarantees" for the project, and that the cabinet would submit a revised debt framework to the Legislative Council within 30 days.

Hengyi's chairman, Qiu Jianlin, will meet Amin Liew in Bandar Seri Begawan on Thursday, a company spokesman said.

Sultan Hassanal Bolkiah will travel to Kuala Lumpur on February 8 for the annual leaders' consultation with Malaysian Prime Minister Anwar Ibrahim, the Prime Minister's Office said. Officials expect the two sides to sign a memorandum on cross-border power trading during the visit.

The Royal Brunei Navy will join a Malaysian-led maritime exercise off Sabah in the second week of March, the defence ministry said.

Read more: Brunei's LNG exports fall for a third year

The Sultan is also expected to attend the ASEAN summit in Singapore in May.

Washington may add Hengyi's Brunei unit to its list of companies sanctioned for buying Iranian crude, a Western diplomat said. Beijing has said it opposes such measures. A Chinese commerce ministry delegation is due in Brunei next month, diplomats said.

Brunei, whose oil and gas output has been falling for a decade, has relied on the refinery to lift growth and exports.

Analysts say the second phase is unlikely to start production before 2031. "The money is easier to promise than to find," said Hajah Rosmawati Yusof, an economist at a Bandar Seri Begawan think tank, pointing to high interest rates and weak refining margins in Asia.
"""},

"h149en05": {"outlet": "Scarborough Wire (Scarborough)", "published": "2027-06-08", "text": """Tobago autonomy bill heads to the Senate as truce holds in Port of Spain

SCARBOROUGH, Tobago, June 8 (Scarborough Wire) - Trinidad and Tobago's Senate will debate the Tobago self-government bill on Friday, June 18, after the House of Representatives passed it last week with the required three-quarters majority, Tobago Affairs Minister Marlene Duncan said on Monday.

Opposition senators have not said whether they will support the bill.

Chief Secretary Farley Augustine said the law would take effect before the next Tobago House of Assembly (THA) election, due in January 2029. He said the THA "will not accept" any amendment that removes its powers over land.

Prime Minister Kamla Persad-Bissessar will travel to Tobago on Saturday to sign a revenue-sharing memorandum with the THA, her office said.

The Tobago Island Executive is expected to present its first autonomous budget in early October.

Read more: Trinidad's central bank keeps repo rate at 3.5%

In Port of Spain, a truce between two gangs in Laventille, brokered by church leaders last month, is expected to hold at least until the end of July, the Trinidad and Tobago Police Service said.

A U.S. Navy destroyer will hold joint training with the Trinidad and Tobago Coast Guard next week, the U.S. Embassy said.

U.S. sanctions on Venezuela could again block the Dragon gas project, a senior energy official said, adding that Washington had given no sign of a new licence.

Tobago's economy relies heavily on tourism and on transfers from the central government, which cover most of the island's spending.

Analysts say the Senate vote could slip to July if independent senators demand changes. "Tobago has waited for this law for forty years, and a few more weeks will not change the mood," said Kendra Forde, a lecturer in public policy at the University of the West Indies.
"""},
}
