"""English texts of heldout224, written for this project in one sitting. Invented or generic facts."""

EN = {
"h224en01": {"outlet": "Steinhuder Wire (Hanover)", "published": "2026-01-26", "text": """Will Lower Saxony veto Volkswagen's Emden cuts? State keeps its options open

HANOVER, Jan 26 (Steinhuder Wire) - Volkswagen's supervisory board will vote on Friday on a plan to end car production at the Emden plant by 2029, and Lower Saxony, which holds 20 percent of the voting rights, has not decided whether to block it, Premier Olaf Lies said on Sunday.

Lies, a Social Democrat who succeeded Stephan Weil in May 2025, said the state "will not accept compulsory layoffs at any Lower Saxony site."

The IG Metall union said it would hold a rally at the Emden plant tomorrow and could call warning strikes from February 9 if talks with management fail.

Economy Minister Grant Hendrik Lange is expected to travel to Wolfsburg next week for talks with chief executive Oliver Blume, a ministry spokeswoman said.

One labour representative on the board, Emden works council chief Jens Harms, could step down before the vote in protest, two people familiar with the matter said.

Read more: Lower Saxony passes 2026 budget with record investment in ports

In Berlin, the federal cabinet is likely to approve a new purchase subsidy for electric cars for low- and middle-income households in mid-February, two government officials said. Lies will raise the Emden case with Chancellor Friedrich Merz when the state premiers meet in Berlin on March 5, his office said.

The European Parliament votes on the Commission's revised CO2 rules for carmakers in late April.

The Christian Democratic opposition leader in the state parliament, Sebastian Lechner, said the Emden decision "could become the main issue" of the state election due in autumn 2027.

Analysts say the board is likely to approve a diluted plan that keeps some component production in Emden. "Nobody in Hanover wants to be seen closing a Volkswagen plant a year before voters go to the polls," said Katrin Vosshage, an automotive analyst at a Hamburg bank.
"""},

"h224en02": {"outlet": "Pfander Wire (Bregenz)", "published": "2027-04-21", "text": """Austria's parliament to ratify Rhine flood treaty as Swiss vote slips

BREGENZ, April 21 (Pfander Wire) - Austria's National Council will vote on Thursday on ratifying the Rhesi treaty with Switzerland, which funds a 1 billion euro overhaul of flood defences along the Alpine Rhine, Vorarlberg Governor Markus Wallner said on Tuesday.

Passage is expected with the votes of the three governing parties, the People's Party, the Social Democrats and NEOS, Wallner said, adding that the Freedom Party "has not said how it will vote."

The treaty was signed in St. Gallen in November 2025 after more than a decade of planning.

In Bern, the Council of States is not expected to take up the treaty before its summer session in June, a Swiss foreign ministry official said. Voters in St. Gallen will decide on the canton's share of the costs in a referendum on September 26.

Read more: Vorarlberg hospital budget talks stall over federal funds

Swiss Federal Councillor Albert Rosti will visit Bregenz next week to inspect the planned works near Lustenau, his department said. The joint Austrian-Swiss Rhine commission is due to meet in Lustenau on May 12.

The Austrian Armed Forces will send 150 engineers to reinforce dams near Hohenems from May 3 for six weeks, the defence ministry said.

Farmers in the Swiss Rhine valley could challenge the land purchases in court, the St. Gallen farmers' association said. Liechtenstein, which is not a party to the treaty, "will not pay for works downstream of its border," its government said.

The project's Austrian director, Martin Kogler, will step down at the end of June, the state government said.

The heads of government of the International Lake Constance Conference are expected to back the project when they meet in Lindau in late June, a Vorarlberg government spokesman said.

Analysts say delays in Bern could push the start of the main works beyond 2028.
"""},

"h224en03": {"outlet": "Kentucky River Wire (Frankfort)", "published": "2025-11-05", "text": """Can Beshear talk Brussels out of a bourbon tariff? Governor heads to Europe

FRANKFORT, Ky., Nov 5 (Kentucky River Wire) - Governor Andy Beshear will lead a delegation of Kentucky distillers to Brussels next week to urge the European Union to make its pause on retaliatory tariffs on American whiskey permanent, his office said on Tuesday.

The EU suspended a planned 50 percent duty on bourbon in August for six months under its framework trade deal with Washington. The suspension expires on February 7, and the European Commission has not decided whether to extend it, an EU official said.

Beshear is expected to meet Trade Commissioner Maros Sefcovic on November 12, the official said.

Kentucky exported about $300 million of whiskey to the EU last year, roughly a third of its spirits exports. Laura Whitfield, president of the Kentucky Distillers' Association, said the industry "will not support any deal that trades bourbon for other sectors."

Read more: Louisville port traffic hits record as barge rates fall

U.S. Trade Representative Jamieson Greer warned last week that Washington could raise tariffs on European wines and spirits if Brussels reinstates its duties.

State lawmakers on the Interim Joint Committee on Economic Development will hear from distillers on Thursday. U.S. Representative Andy Barr, a candidate in the May 19 Republican Senate primary to succeed Mitch McConnell, said he would introduce a bill next month to fund export promotion for small distilleries.

The state's economic development secretary is expected to step down in December, two administration officials said.

Beshear, a Democrat who leaves office in December 2027, has not said whether he will run for president in 2028.

Economists say a return of the EU duties could cost Kentucky about 1,500 jobs in 2026. "Distillers have barrels ageing for years. They cannot redirect them to another market overnight," said Martin Ruddle, a trade economist in Lexington.
"""},

"h224en04": {"outlet": "Kerio Wire (Lodwar)", "published": "2026-07-14", "text": """Will Turkana's oil finally flow? MPs to vote on Lokichar field plan

LODWAR, Kenya, July 14 (Kerio Wire) - Kenya's National Assembly will vote on Thursday on the revised field development plan for the South Lokichar oil blocks, Energy and Petroleum Cabinet Secretary Opiyo Wandayi said on Monday.

Gulf Energy, which bought the project from Tullow Oil in 2025, expects a final investment decision before the end of the year, its chief executive said.

Turkana Governor Jeremiah Lomorukai said the county would go to court if the plan did not guarantee its 20 percent share of oil revenue. "We will not be spectators on our own land," he told a rally in Lodwar.

Elders of the Turkana and Ethiopia's Dassanech communities signed a ceasefire in Todenyang on Saturday after cattle raids killed 11 people in June. The truce will be reviewed at a cross-border peace meeting in Omorate, Ethiopia, on July 28.

Interior Cabinet Secretary Kipchumba Murkomen said 200 more police reservists would deploy along the border within 14 days.

Read more: Kenya shilling steady as central bank holds rate

President William Ruto is expected to visit Lodwar in early August to open the Lokichar-Lodwar road, two county officials said. Turkana County Assembly Speaker Joseph Ekiru said he would step down next month to run for governor in the August 2027 general election.

Gulf Energy could bring in a partner from the Gulf region, two people familiar with the talks said.

Analysts say exports through a pipeline to Lamu are unlikely before 2029, and the first crude may instead travel by truck. "The numbers work only if oil prices hold and the road is finished," said Faith Chepkoech, an energy researcher in Nairobi. The field was discovered in 2012, and a trial trucking scheme ran for two years before it was halted in 2020.
"""},

"h224en05": {"outlet": "Uraricoera Wire (Boa Vista)", "published": "2026-09-28", "text": """Brazil extends Yanomami mining crackdown as Roraima heads to the polls

BOA VISTA, Sept 28 (Uraricoera Wire) - Brazil will keep troops and federal police in the Yanomami Indigenous Territory until at least the end of March to stop illegal gold miners from returning, Defence Minister Jose Mucio said on Sunday.

The operation began in January 2023, when the federal government declared a health emergency in the territory, which straddles Roraima and Amazonas states.

The Federal Police said it would destroy about 40 more clandestine airstrips within 30 days. Roraima's state government said it would ask the Supreme Federal Court next week to suspend a ban on small aircraft flights near the territory.

Yanomami leader Davi Kopenawa said his people "will not accept any new mining law" and urged Congress to shelve a bill legalising mining on Indigenous lands.

Brazilians vote in the first round of the general election on Sunday, and analysts say mining could become a decisive issue in Roraima's Senate race.

Read more: Boa Vista power prices to rise as thermal plants burn more diesel

Funai president Joenia Wapichana will visit the Surucucu base on Thursday, the agency said. The head of the Yanomami health district is expected to step down next month, two health ministry officials said.

Brazilian and Venezuelan officials will meet in Pacaraima on October 15 to coordinate controls on gold smuggling across the border, a foreign ministry official said. Brazil and Guyana are also expected to sign a border cooperation agreement against illegal mining in Georgetown in November, the official added.

The National Mining Agency will suspend the licences of three gold dealers in Boa Vista from October 1, it said in a statement.

Miners in Boa Vista say many of the men expelled in 2023 have moved to Venezuela and Guyana, where controls are looser.
"""},
}
