"""English texts of heldout161, written for this project in one sitting. Invented or generic facts."""

EN = {
"h161en01": {"outlet": "Sheger Wire (Addis Ababa)", "published": "2026-01-12", "text": """Will Ethiopia's bondholders sign off before the AU summit?

ADDIS ABABA, Jan 12 (Sheger Wire) - Holders of Ethiopia's $1 billion Eurobond will vote by January 30 on the restructuring terms agreed in principle last month, Finance Minister Ahmed Shide said on Sunday, more than two years after the country missed a coupon payment in December 2023.

The talks slipped twice last year over the size of the haircut.

Shide told reporters that the government "will not improve the offer" and that new bonds would be issued in early March if holders of at least two-thirds of the notes accept.

The ad hoc committee of bondholders is expected to recommend a yes vote, its spokesman, Graham Pellow, said, adding that "a few funds may still hold out."

The Official Creditor Committee, co-chaired by China and France, will meet in Paris next week and is likely to approve a memorandum on bilateral terms, two people familiar with the talks said. China's Export-Import Bank could sign its own deal before the end of March, one of them added.

An International Monetary Fund (IMF) team arrives in Addis Ababa on Wednesday for the programme's fourth review, the Fund said in a statement.

Read more: Ethiopian Airlines adds three African routes

Prime Minister Abiy Ahmed will host the African Union summit on February 14-15. The National Election Board of Ethiopia (NEBE) has scheduled the general election for June, and campaigning starts within weeks.

The defence ministry said the army would continue operations against Fano militias in Amhara "until the region is secure." Diplomats said a truce with Fano could be announced before the vote, though Addis Ababa has not confirmed any contacts.

Analysts say the birr could weaken further in the first half of the year if the deal drags on. "Investors want to see the budget match the promises," said Yonas Tekalign, an economist at an Addis Ababa research institute.
"""},

"h161en02": {"outlet": "Dong Nai Wire (Bien Hoa)", "published": "2026-05-21", "text": """Long Thanh airport set for June 30 opening after two delays

BIEN HOA, May 21 (Dong Nai Wire) - Vietnam's new Long Thanh International Airport will receive its first commercial flights on June 30, Construction Minister Tran Hong Minh said on Wednesday, after the opening slipped twice from a December target.

The National Assembly approved the project in June 2015.

The Civil Aviation Authority of Vietnam (CAAV) will issue the aerodrome certificate within 10 days, and calibration flights will continue until mid-June, the authority said.

Deputy Prime Minister Tran Hong Ha will chair a meeting of the state steering committee for key transport projects in Dong Nai on Monday, his office said.

"There will be no further delay," Airports Corporation of Vietnam (ACV) said in a statement.

Vietnam Airlines is expected to move most of its international flights from Tan Son Nhat to Long Thanh in September, while foreign carriers have until the end of the year to decide, a company official said.

Read more: Ho Chi Minh City metro tender reopens

The National Assembly will debate the airport's second phase at its session in October, and a South Korean consortium led by Incheon International Airport Corporation may bid for the operating contract, according to two officials at the construction ministry.

South Korean President Lee Jae-myung is expected to visit Hanoi in the second half of August, diplomats said, and the airport deal could be on the agenda.

ACV's chairman could step down after the State Audit Office finishes its review of cost overruns, sources familiar with the matter said.

The Ben Luc-Long Thanh expressway is not due to be finished before 2027.

Analysts say congestion at Tan Son Nhat could ease only in 2027. "Without a rail link, passengers will face a long drive," said Do Minh Khoa, an aviation analyst in Ho Chi Minh City.
"""},

"h161en03": {"outlet": "Arpa Wire (Jermuk)", "published": "2026-03-17", "text": """Can Amulsar finally pour gold before Armenia votes?

JERMUK, March 17 (Arpa Wire) - Armenia's government will decide on Thursday whether to take a 15 percent stake in the Amulsar gold mine, Economy Minister Gevorg Papoyan said on Monday, a step that developer Lydian Armenia says would unlock the last $150 million of financing.

Construction at the site in Vayots Dzor province stopped in 2018, when activists blocked the access roads over fears for the springs that feed Jermuk's spa.

Papoyan said the state "will not pay cash" for the stake, which would be covered by future royalties.

The European Bank for Reconstruction and Development (EBRD) is expected to vote on a loan in late April, a bank official said. Lydian Armenia's general director, Hayk Melkonyan, said the first gold could be poured in the second half of 2027 if financing closes by June.

Environment Minister Hakob Simidyan said a new water-monitoring plan would be published within 30 days.

Activists plan a march in Jermuk on Saturday. The opposition Armenia Alliance said it would demand Simidyan's resignation if the cabinet approves the deal.

Read more: Yerevan metro extension tender draws three Chinese bidders

Armenia holds a parliamentary election on June 7, and Prime Minister Nikol Pashinyan's Civil Contract party has not said whether the mine will feature in its campaign.

Russia's consumer watchdog could extend its ban on Jermuk mineral water to other Armenian brands, two Armenian exporters said.

The EU Mission in Armenia (EUMA) will resume patrols near Jermuk next week to monitor the ceasefire with Azerbaijan, the mission said. EU Enlargement Commissioner Marta Kos is expected in Yerevan in April, EU officials said.

Analysts say the deal could cost Civil Contract votes in Vayots Dzor. "Jermuk's hotels and the mine want the same water," said Lilit Voskanyan, a political scientist at Yerevan State University.
"""},

"h161en04": {"outlet": "Vilcanota Wire (Cusco)", "published": "2025-12-05", "text": """Peru revives southern gas pipeline tender as election nears

CUSCO, Dec 5 (Vilcanota Wire) - Peru's investment agency ProInversion will open bids for the Southern Integrated Gas System pipeline on January 15 and award the contract by the end of June, its executive director, Patricia Huaman, said on Thursday, nearly a decade after the original project collapsed.

The first consortium's concession was cancelled in January 2017 after the Odebrecht bribery scandal.

Energy and Mines Minister Ruben Salcedo said the state "will not put public money" into construction. Congress is expected to vote next Thursday on a bill guaranteeing part of the pipeline's revenue.

An ICSID tribunal is likely to rule in the first quarter on a $1.2 billion claim brought by Odebrecht, now Novonor, over the cancelled concession, a government lawyer said.

Interim President Jose Jeri will visit Quillabamba on Saturday to meet regional leaders, his office said.

Read more: Peru's central bank holds rate, sees inflation near target

The Cusco regional government has called a 48-hour strike from Wednesday to demand that the gas reach homes in the south first. Governor Wilbert Condori said the strike could be extended if Lima ignores the demand.

The Joint Command of the Armed Forces said troops would escort survey crews through the VRAEM valley from January.

Peru holds its general election on April 12. Rafael Lopez Aliaga, a leading candidate, has said he would review the tender if elected, while Keiko Fujimori has backed it.

Salcedo could resign as early as next week if the bill fails, two lawmakers said.

Analysts say the tender may draw few bidders before the election. "Nobody wants to sign a 30-year contract with a government that leaves in July," said Carmen Rojas Paredes, an energy consultant in Lima.
"""},

"h161en05": {"outlet": "Gurvansaikhan Wire (Dalanzadgad)", "published": "2027-05-24", "text": """Mongolia's parliament to vote on Tavan Tolgoi listing as election nears

DALANZADGAD, May 24 (Gurvansaikhan Wire) - Mongolia's State Great Khural will vote on Thursday on amendments allowing state coal miner Erdenes Tavan Tolgoi (ETT) to list up to 10 percent of its shares in Ulaanbaatar and Hong Kong, parliament's economic standing committee said on Sunday.

The listing has been promised for years by successive governments and was postponed in March after a dispute over the valuation.

Prime Minister Gombojav Zandanshatar said the state "will not sell more than 10 percent" and that the offering is expected in mid-July if the Financial Regulatory Commission (FRC) approves the prospectus. The FRC is due to rule within 14 days of the vote, a commission official said.

ETT's chief executive, Enkhtuvshin Baatarsuren, could step down after the listing, two people close to the company said.

Zandanshatar will travel to Beijing in early June, where he is expected to sign a five-year coal supply agreement with Chinalco, his office said. He could also attend the Shanghai Cooperation Organisation (SCO) summit in Bishkek in July, diplomats said.

Read more: Oyu Tolgoi underground output beats forecast in first quarter

The annual Khaan Quest multinational exercise will run from June 14 to 28 at the Five Hills training area, the defence ministry said, with troops from about 20 countries.

Mongolia has asked Washington for an exemption from U.S. sanctions on Russian oil companies, which supply most of its fuel. A U.S. decision on the request is expected next month, a finance ministry official said.

The country elects a president on June 9. Analysts say the listing may slip again if Thursday's vote is close. "Investors remember every promise since 2012," said Oyunchimeg Dorj, an economist at an Ulaanbaatar think tank.
"""},
}
