"""English texts of heldout184, written for this project in one sitting. Invented or generic facts."""

EN = {
"h184en01": {"outlet": "Boyne Wire (Drogheda)", "published": "2026-11-17", "text": """Will Dublin drop its Strasbourg case over the Troubles legacy law?

DROGHEDA, Nov 17 (Boyne Wire) - Irish and British ministers will meet in London on Thursday at the British-Irish Intergovernmental Conference (BIIC) to review the UK's new legacy bill, the Department of Foreign Affairs said in a statement on Monday.

Foreign Minister Helen McEntee, who will co-chair the meeting with Northern Ireland Secretary Hilary Benn, said Ireland would not withdraw its inter-state case at the European Court of Human Rights until the new law had passed both houses at Westminster.

The bill, which would restore inquests halted in May 2024, is expected to clear the House of Lords before the end of January, a British government source said.

Dublin filed the case in January 2024. Every party in Northern Ireland opposed the 2023 act and its conditional immunity scheme.

The Strasbourg court has scheduled a hearing for March 16, after postponing it twice since June. Two officials said Dublin has not decided whether to ask for a further postponement before Christmas.

Read more: Irish budget surplus narrows

Taoiseach Micheal Martin is likely to raise the issue with Prime Minister Keir Starmer at the British-Irish Council summit in Jersey on December 4, an official in his department said.

Orla Keaveney, who chairs the Border Families Group, said the group could seek a judicial review in Dublin if the case was dropped before the hearing.

Northern Ireland's First Minister Michelle O'Neill will travel to Strasbourg next week to meet Council of Europe officials, her office said.

The Democratic Unionist Party (DUP) opposes parts of the bill. Its leader, Gavin Robinson, said the DUP would vote against it when the bill returns to the Commons next month.

Analysts say the dispute could become a campaign issue in the Northern Ireland Assembly election due in May 2027. "The families trust neither government," said Declan Tormey, a politics lecturer at Queen's University Belfast.
"""},

"h184en02": {"outlet": "Beca Wire (Boticas)", "published": "2027-03-09", "text": """Barroso lithium: can Portugal start digging before the summer?

BOTICAS, March 9 (Beca Wire) - The Portuguese Environment Agency (APA) will rule on the final environmental licence for the Barroso lithium mine by March 31, Environment and Energy Minister Maria da Graca Carvalho said on Monday, after the decision slipped twice since November.

Savannah Resources, the British company behind the project, said in a statement it expected to start construction as early as June if the licence was granted.

The European Commission listed Barroso as a strategic project under the Critical Raw Materials Act in March 2025. The open-pit mine would be western Europe's largest lithium operation.

Boticas will hold a local referendum on the mine on May 16, Mayor Sandra Morais said. The council would ask the government to suspend the licence if voters rejected the project, she added.

A residents' association in Covas do Barroso has filed for an injunction at the administrative court in Mirandela, which could rule within 30 days, a lawyer for the association said. Its spokeswoman, Aida Fernandes, said residents planned to march on Lisbon next week.

Economy Minister Manuel Castro Almeida told reporters the state "will not take a stake" in the mine.

Read more: Portugal's jobless rate falls to a two-year low

European Commissioner Stephane Sejourne is expected to visit the site in mid-April, two EU officials said. An offtake agreement with a German carmaker could be signed at the Hannover trade fair in late April, according to people familiar with the talks.

Carvalho will also appear before parliament's environment committee on Wednesday.

Local farmers fear the mine will drain the springs that feed their pastures.

Analysts say the mine is unlikely to ship concentrate before 2029, even if the licence is granted this month. "Every delay makes financing harder," said Rita Sampaio, a mining economist at the University of Tras-os-Montes and Alto Douro.
"""},

"h184en03": {"outlet": "Ounasvaara Wire (Rovaniemi)", "published": "2026-01-27", "text": """Will Swedish troops settle in Lapland before the NATO summit?

ROVANIEMI, Jan 27 (Ounasvaara Wire) - The first Swedish officers of NATO's Forward Land Forces (FLF) in Finland will arrive in Rovaniemi next week to set up the force's headquarters, Defence Minister Antti Hakkanen said on Monday.

Finland and Sweden will sign a host-nation support agreement for the force in Stockholm on February 12, he said.

NATO leaders endorsed the plan at their summit in The Hague in June 2025. Finland provides bases in Rovaniemi and Sodankyla.

Swedish Defence Minister Pal Jonson is expected to visit the Jaeger Brigade in Sodankyla in mid-February, a Finnish defence official said.

Chief of Defence General Janne Jaakkola said a Swedish-led battalion of about 800 soldiers was likely to be fully operational before the end of the year. Hakkanen said the force "will not be a permanent base", but rotations would continue as long as needed.

The Defence Forces said in a statement that Swedish and Finnish units would hold their first joint winter exercise near Sodankyla from March 2 to March 13.

Read more: Finnair adds winter flights to Kittila

Kremlin spokesman Dmitry Peskov said on Friday that Russia would respond with "countermeasures" to any NATO build-up near its border. President Alexander Stubb said on Sunday he did not expect a ceasefire in Ukraine before the summer.

NATO leaders will review the force at their summit in Ankara on July 7-8.

Rovaniemi's city council is expected to approve a barracks land lease on February 9, Mayor Hannu Kyro said. Two officials said Norway could send a company to the force, but Oslo has not decided.

Finland closed its land border with Russia in late 2023.

Analysts say Moscow could step up airspace violations along the border in the coming weeks. "Moscow will test the new headquarters," said Saara Niemela, a security researcher at the University of Lapland.
"""},

"h184en04": {"outlet": "Byfjord Wire (Bergen)", "published": "2025-12-03", "text": """Norway set to sign British frigate deal as Healey heads to Bergen

BERGEN, Dec 3 (Byfjord Wire) - Norway will sign a contract for five Type 26 frigates with Britain's BAE Systems at the Haakonsvern naval base on December 11, Defence Minister Tore O. Sandvik said on Tuesday, after the signing slipped twice since October over work-share terms.

British Defence Secretary John Healey will attend the ceremony and is expected to hold talks with Sandvik on joint anti-submarine patrols in the North Atlantic, the Ministry of Defence in London said.

Norway chose the British design over rival bids from France, Germany and the United States in August.

The first frigate is due to be delivered in 2030, Sandvik said. He said the deal "will not require a new vote" in the Storting because the funds were approved in June.

The opposition Progress Party has called for a hearing in the Storting's foreign affairs and defence committee, which could take place next week, a party spokesman said.

The director of the Norwegian Defence Materiel Agency (NDMA), Kjetil Brattli, will step down after the signing, the agency said.

Read more: Norway's krone weakens as oil prices slide

Oslo is also expected to add 30 shadow-fleet tankers to its Russia sanctions list next week, in line with the European Union's latest package, a foreign ministry official said.

The Royal Norwegian Navy will send the frigate HNoMS Thor Heyerdahl to join a British-led task group in the Norwegian Sea in February, the navy said. Healey could also visit the Andoya space centre during the trip, a British official said.

Norway's navy has operated four frigates since one sank after a collision with a tanker in 2018.

Analysts say the final price could exceed 100 billion crowns. "The ships are the easy part; finding crews will be harder," said Ingrid Solheim, a naval analyst at a Bergen think tank.
"""},

"h184en05": {"outlet": "Waitemata Wire (Auckland)", "published": "2026-07-14", "text": """Will New Zealand join AUKUS's second pillar before the election?

AUCKLAND, July 14 (Waitemata Wire) - New Zealand's cabinet will decide on Monday whether to open formal talks on joining the second pillar of the AUKUS security pact, Foreign Minister Winston Peters said on Sunday. Peters said New Zealand "will not change" its nuclear-free policy under any arrangement.

Pillar two covers advanced technologies such as hypersonics, quantum computing and artificial intelligence, not nuclear-powered submarines.

Defence Minister Judith Collins is likely to travel to Canberra next week to brief Australian Defence Minister Richard Marles, her office said.

Labour leader Chris Hipkins said a Labour government would pull out of any talks if it won the November 7 election.

China's ambassador, Wang Xiaolong, warned last week that joining could harm trade ties. China buys about a quarter of New Zealand's exports, mostly dairy and logs.

Read more: Fonterra lifts milk price forecast on firmer dairy auctions

Separately, Wellington will add 25 individuals and entities to its Russia sanctions register from Friday, the Ministry of Foreign Affairs and Trade (MFAT) said.

The frigate HMNZS Te Mana will join Australian and U.S. ships in a Coral Sea exercise in late August, the Defence Force said.

AUKUS defence ministers are due to meet in Washington in September, and New Zealand could be invited as an observer, two officials said.

Green co-leader Chloe Swarbrick said the party would seek an urgent debate in Parliament this week.

Prime Minister Christopher Luxon has not said which way he leans, and his National Party's coalition partners are split: ACT backs closer ties with Washington, while New Zealand First has been more cautious.

Analysts say a final agreement is unlikely before the election. "Wellington wants the benefits without the label," said Rangi Parata, a security researcher at Victoria University of Wellington.
"""},
}
