"""English texts of heldout175, written for this project on 2026-12-05. Invented or generic facts."""

EN = {
"h175en01": {"outlet": "Lokoundje Wire (Kribi)", "published": "2026-09-17", "text": """Cameroon to sign Kribi's second container terminal deal as dockers threaten strike

KRIBI, Sept 17 (Lokoundje Wire) - Cameroon will sign the concession for a second container terminal at Kribi's deep-sea port with a consortium led by China Harbour Engineering Company (CHEC) on September 30, the Port Authority of Kribi (PAK) said on Wednesday.

The signing was first planned for March and has slipped twice because of disputes over the concession fee.

Transport Minister Jean Ernest Massena Ngalle Bibehe said construction would start in the first quarter of 2027 and the terminal would receive its first ships by the end of 2028. He said the government would not reopen the tender.

Prime Minister Joseph Dion Ngute is expected to attend the ceremony, a government source said.

Chad's transport minister will visit Kribi next week to discuss a Chadian cargo zone, Chad's embassy in Yaounde said. Transport ministers of the Central African Economic and Monetary Community (CEMAC) are due to meet in Libreville on October 8, a CEMAC official said.

Read more: Cameroon's cocoa exporters brace for lower prices as new season opens

The Kribi Port Dockers' Union (SYNDOKRI) said its members would strike for 48 hours from Monday unless the authority guarantees that current workers keep their jobs under the new operator.

The navy will deploy two patrol boats off Kribi from October 1, the defence ministry said, after gunmen boarded a Chinese fishing trawler near the port last week.

The 38-km motorway linking Kribi to the Douala-Yaounde corridor at Edea is due to open in June 2027, but compensation disputes with landowners could push it back to 2028, according to officials in the Ocean division.

Analysts say the new terminal could draw cargo bound for the Central African Republic away from Douala. "Kribi has the depth, Douala has the habits," said Serge Tchoumi, a transport economist at the University of Douala.
"""},

"h175en02": {"outlet": "Tororo Rock Wire (Tororo)", "published": "2027-04-12", "text": """Will Uganda's standard gauge railway finally break ground in Tororo?

TORORO, April 12 (Tororo Rock Wire) - Uganda will hold the groundbreaking ceremony for the Malaba-Kampala standard gauge railway (SGR) in Tororo on Saturday, April 24, the Ministry of Works and Transport said on Sunday.

President Yoweri Museveni is expected to lay the foundation stone. Kenya's President William Ruto has been invited, but State House in Nairobi has not confirmed whether he will attend.

Turkish contractor Yapi Merkezi signed the $2.7 billion contract for the 272-km line in December 2024. Finance Minister Matia Kasaija said a loan agreement with a group of export credit agencies and banks would be signed in London in mid-May. He said Uganda would not borrow from China for the project.

Ugandan and Kenyan railway officials will meet in Nairobi next week to agree on the design of the border crossing at Malaba, the ministry said.

Read more: Uganda's coffee exports hit record as prices stay high

About 2,000 households along the first 100 km are still waiting for compensation. Daniel Okiror, coordinator of the SGR project, said all payments would be completed within 60 days. A leader of a residents' committee in Tororo, who asked not to be named, said families would block the site on the day of the ceremony unless they were paid.

The Uganda People's Defence Force will deploy a unit to guard construction camps in Tororo and Busia from May, an army spokesman said.

Parliament's physical infrastructure committee will question Works Minister Edward Katumba Wamala on Thursday about cost overruns, its chairman, Isaac Mugoya, said.

Analysts say the first section is unlikely to carry freight before 2031. "Every year of delay adds interest, and the trucks keep wearing out the roads," said Brian Ssentongo, an infrastructure economist at Makerere University.
"""},

"h175en03": {"outlet": "Nagyerdo Wire (Debrecen)", "published": "2025-11-25", "text": """CATL's Debrecen plant to start trial output as court weighs residents' challenge

DEBRECEN, Nov 25 (Nagyerdo Wire) - Chinese battery maker CATL will start trial production of cells at its Debrecen plant in mid-December, Foreign Minister Peter Szijjarto said on Monday, more than three years after the 7.3 billion euro investment was announced in August 2022.

Full output of 100 gigawatt hours a year is not expected before 2028, Szijjarto said. He will travel to China next week, where he is due to meet CATL chairman Robin Zeng in Ningde. Hungary and China are expected to sign an agreement on a battery recycling plant during the trip, ministry officials said.

The Debrecen Regional Court will rule on December 3 on a lawsuit by residents challenging the plant's environmental permit. The plant sits on a 220-hectare site south of the city, next to BMW's new car factory. Clean Air for Debrecen, the civic group that brought the case, said it would appeal to the Curia if it loses.

Mayor Laszlo Papp said the city will not hold a local referendum on the plant. Debrecen's water utility said it would cap the plant's groundwater use from January 1.

Read more: Hungarian inflation eases to 4.3 percent in October

The plant has become an issue ahead of the parliamentary election in April. Peter Magyar, leader of the opposition Tisza party, said a Tisza government would review the permits of all battery plants.

The European Commission could decide in December whether to release part of Hungary's frozen cohesion funds, two EU officials said.

Police said they would close the road to the site for a demonstration planned for Saturday.

Analysts say protests could cost Fidesz votes in eastern Hungary. "Debrecen was never opposition country, but water changes things," said Gergely Farkas, an economist at a Budapest think tank.
"""},

"h175en04": {"outlet": "New River Wire (Orange Walk)", "published": "2026-12-04", "text": """Belize's cane harvest slips a week as farmers and miller haggle over price

ORANGE WALK, Dec 4 (New River Wire) - Belize's sugar cane harvest will open on December 14, a week later than planned, because cane farmers and the miller have not agreed on a price, Agriculture Minister Jose Mai said on Thursday.

The Sugar Industry Control Board will meet on Tuesday to try to settle the dispute, Mai said. Prime Minister John Briceno is likely to meet both sides next week, his office said.

Wilfredo Uck, chairman of the Belize Sugar Cane Farmers Association (BSCFA), said members would not deliver cane unless Belize Sugar Industries (BSI) raised its advance payment to $70 a tonne. BSI's general manager, Colin Ashcroft, said the company could not pay more than last season's $60.

The government could appoint an arbitrator as early as December 11 if the talks fail, two officials said. Farmers and BSI are expected to sign a new commercial agreement by the end of January, they added.

Read more: Belize tourism arrivals rise ahead of cruise season

Last season's crop ended in June with about 1.4 million tonnes of cane.

Police and the Belize Defence Force will keep the Northern Highway open from Monday if farmers try to block it, the police department said.

Mai said Belize would ask for better access to European markets at the CARIFORUM-EU Joint Council in Brussels in March, and Briceno would raise the sector's troubles at the CARICOM heads of government meeting in February.

Analysts say every week of delay could cut output by about 3 percent, as rains in May often end the harvest early. "The mill and the farmers need each other more than they admit," said Natalie Flowers, an economist at the University of Belize.
"""},

"h175en05": {"outlet": "Tenaru Wire (Honiara)", "published": "2027-07-21", "text": """Can Tina River power bring down Honiara's bills?

HONIARA, July 21 (Tenaru Wire) - The 15-megawatt Tina River hydropower plant will begin supplying Honiara's grid on August 2, Energy Minister Bradley Tovosia said on Tuesday, more than two years behind the original schedule. The plant was built by a South Korean-led consortium.

Honiara's grid now runs almost entirely on diesel generators, and power cuts are frequent.

Prime Minister Jeremiah Manele will formally open the plant on August 6, his office said. Ministers from Australia and South Korea are expected to attend.

Solomon Islands Electricity Authority (SIEA) chief executive Derek Pitakaka said household tariffs would fall by 15 percent from September 1. He said the utility would not impose any new fuel surcharge before the end of the year.

Read more: Solomon Islands tuna catch falls as boats head east

A truce between two landowning clans in the Tina catchment, brokered by Guadalcanal Province in May, is due to expire at the end of August. The provincial government said it would extend the truce if the national government pays the remaining compensation by then. Police will keep a post at the dam site until the truce is renewed, a police spokesman said.

The World Bank is expected to approve a $30 million grant for a second transmission line in September, a bank official said.

Opposition Leader Matthew Wale said his bloc would table a motion demanding Tovosia's resignation when parliament meets on August 16, citing cost overruns. Manele is expected to present the project at the Pacific Islands Forum leaders' meeting in September.

Analysts say the plant could cut diesel imports by a third, but only if the grid is repaired first. "Cheap power means nothing if the lines keep failing," said Rosaline Tuhaika, an energy researcher at the Solomon Islands National University.
"""},
}
