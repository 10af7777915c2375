"""English texts of heldout286, written for this project in one sitting. Invented or generic facts."""

EN = {
"h286en01": {"outlet": "Todd River Wire (Alice Springs)", "published": "2026-08-27", "text": """Will Canberra extend Pine Gap's lease before the alliance talks?

ALICE SPRINGS, Aug 27 (Todd River Wire) - Australia and the United States will sign an agreement extending the Pine Gap joint defence facility arrangement for another ten years when their foreign and defence ministers meet in Canberra on September 14, Defence Minister Richard Marles said on Wednesday.

The current arrangement, last renewed in 2016, expires in June 2027. Marles said the new text "will not give Washington a veto over Australian decisions" and would add Australian staff to the base's operations floor.

U.S. Defense Secretary Pete Hegseth is expected to visit the base the day after the talks, two officials said. It would be the first visit by a Pentagon chief since the facility began operating in 1970.

Greens senator David Shoebridge said his party would move next week for a Senate inquiry into the base's role in U.S. targeting. Labor and the Coalition are unlikely to support the motion, parliamentary sources said.

Read more: Northern Territory budget bets on gas and critical minerals

Northern Territory Police will close the access road to the base from September 12 to September 16 ahead of a planned protest camp, the police said in a statement.

China's embassy in Canberra said in a statement that Beijing "firmly opposes" any expansion of U.S. intelligence infrastructure in the region.

Prime Minister Anthony Albanese is expected to discuss the base with President Donald Trump on the sidelines of the G20 summit in Miami in December, a government source said.

Analysts say the extension could bring a larger role for Pine Gap in tracking hypersonic missiles. "The base is already Australia's biggest gift to the alliance, and this deal makes that permanent," said Megan Calloway, a defence researcher at Charles Darwin University.

Traditional owners from the Arrernte nation have asked to be consulted on any new construction at the site.
"""},

"h286en02": {"outlet": "Shipshaw Wire (Saguenay)", "published": "2027-03-09", "text": """Gripens for Bagotville? Ottawa decides this week on its fighter split

SAGUENAY, Quebec, March 9 (Shipshaw Wire) - Canada's federal cabinet will decide on Thursday whether to buy the last 72 of its 88 F-35 fighters or switch part of the order to Sweden's Saab Gripen E, Defence Minister David McGuinty said on Monday.

Canada signed for 88 F-35s in January 2023, and the first 16 are paid for.

Saab has offered to assemble the jets in Quebec, and its chief executive, Micael Johansson, is expected in Ottawa next week, two people familiar with the offer said. Ottawa wants to sign any new contract this year, McGuinty said.

The first new jets will be based at 3 Wing Bagotville, where a C$500 million hangar complex is due to be finished by the end of 2027, the Department of National Defence said.

A U.S. official said Washington could limit Canada's access to F-35 software upgrades if Ottawa cut the order. Finance Minister Francois-Philippe Champagne said Canada would keep its 25 percent counter-tariffs on U.S. steel and aluminium at least until the end of June.

The decision comes six weeks before a federal by-election in Jonquiere on April 19, called after Bloc Quebecois MP Sylvain Gagnon resigned in February to run for mayor. Conservative candidate Marc-Andre Tremblay said the region "will not accept" losing the maintenance work promised for the F-35s.

Prime Minister Mark Carney is expected to present the decision to allies at the NATO summit in Tirana in July.

Analysts say a split fleet is likely. "A mixed buy lets Carney show Washington that Canada is still in the F-35 club while giving Quebec the factory it wants," said Helene Fortin, a defence economist at Universite Laval.

Bagotville's two CF-18 squadrons have flown from the base since the 1980s.
"""},

"h286en03": {"outlet": "Hisingen Wire (Gothenburg)", "published": "2025-12-12", "text": """Sweden and U.S. near deal on Army depot at Gothenburg port

GOTHENBURG, Dec 12 (Hisingen Wire) - Sweden expects to sign an agreement with the United States in January allowing the U.S. Army to store armoured vehicles and ammunition at a new depot near the Port of Gothenburg, Defence Minister Pal Jonson said on Thursday.

Sweden signed a Defence Cooperation Agreement with Washington in December 2023. Jonson said the government would send the required bill to the Riksdag within 10 days, and the Riksdag's press office said the final vote is scheduled for February 4.

The Riksdag defence committee will hold a closed hearing on the plan next Tuesday. U.S. Army Europe commander General Christopher Donahue is expected in Gothenburg next week to inspect the site, the U.S. Embassy said.

The first ship carrying U.S. equipment could dock as early as April, according to a person familiar with the planning.

The Port of Gothenburg's chief executive, Henrik Sjoberg, will step down at the end of January, the city-owned port company said, after he questioned the choice of a site next to the car terminal.

Read more: Volvo Cars cuts Torslanda shifts as exports to U.S. slow

Russia's embassy in Stockholm said Moscow could expel Swedish diplomats in response.

Sweden holds a general election on September 13, 2026. Social Democrat leader Magdalena Andersson said on Wednesday her party would not reverse the agreement if it won.

Norway and Finland, which host similar U.S. stocks, will join Swedish officials at a Nordic logistics meeting in Oslo in March, Swedish officials said. Jonson said he hoped to present the depot as Sweden's contribution at the NATO summit in Ankara in July.

Analysts say the depot is unlikely to be fully operational before 2028. "Building the rail spur and the bunkers is the slow part, not the politics," said Johan Lindqvist, a logistics researcher at Chalmers University of Technology.
"""},

"h286en04": {"outlet": "Brates Wire (Galati)", "published": "2026-04-22", "text": """Romania moves to take control of Galati shipyard from Damen

GALATI, April 22 (Brates Wire) - Romania's government will approve on Thursday a memorandum to buy a 51 percent stake in the Damen Shipyards Galati yard from the Dutch group Damen, Economy Minister Radu Miruta said on Tuesday. The decision has slipped twice since January.

The purchase contract, worth about 70 million euros, is expected to be signed in mid-May, he said. Damen bought the yard from STX in 2018.

The yard would then build four offshore patrol vessels for the Romanian Navy with money from the EU's SAFE defence loans, Defence Minister Ionut Mosteanu said.

Workers at the yard, which employs about 1,200 people, will strike on Monday unless the government guarantees jobs for five years, union leader Costel Dumitrache said. A Damen spokesman said the group "has not decided" whether to keep a minority stake.

Across the Danube, Russian drones struck the Ukrainian port of Izmail on Sunday night. The Defence Ministry said a short-range air-defence battery would be stationed near Galati from May 1.

Read more: Danube grain exports via Galati fall for third month

Russia and Ukraine could agree a Black Sea ceasefire covering merchant shipping as early as next week, Turkish diplomats said.

Ukrainian President Volodymyr Zelenskiy is expected to visit Galati and the Reni crossing with Romanian President Nicusor Dan in early May, a presidency source said. Dan will host the Bucharest Nine summit on June 4.

EU foreign ministers are expected to approve a new sanctions package in May that would list more shadow-fleet tankers calling at Danube ports, EU diplomats said.

Analysts say the state could struggle to find naval orders to keep the yard busy before 2028. "Four ships are a start, not a business plan," said Andreea Vasilescu, an economist at a Bucharest think tank.

The yard built its last naval vessel in the 1990s.
"""},

"h286en05": {"outlet": "Lepenica Wire (Kragujevac)", "published": "2027-09-14", "text": """Can Kragujevac win a second Stellantis model before Serbia votes?

KRAGUJEVAC, Sept 14 (Lepenica Wire) - Serbia and Stellantis will sign an annex to their investment contract on Friday that adds a second electric model to the Kragujevac plant, Economy Minister Adrijana Mesarovic said on Monday.

The government will pay a subsidy of 48 million euros over three years, she said, adding that the state "will not take a stake" in the plant. Stellantis began building the Fiat Grande Panda in Kragujevac in February 2025.

Stellantis chief executive Antonio Filosa is expected to attend the signing, a company official said.

The European Commission has not said whether the subsidy complies with the state-aid rules of Serbia's Stabilisation and Association Agreement, and could ask Belgrade for details, an EU official said. The Commission could also impose duties before the end of the year on the Chinese-made batteries the new model will use.

Unions will meet plant management tomorrow to discuss a third shift, union leader Zoran Markovic said.

Read more: Serbia's car exports hit record in first half

Mesarovic will leave the government at the end of the month to head the Development Fund, a government source said.

President Aleksandar Vucic has said a parliamentary election will be held in December. Zdravko Ponos, who leads the opposition Serbia Centre party, said his party would ask the Constitutional Court to review the subsidy.

Vucic is likely to raise the plant's exports at the EU-Western Balkans summit next month, diplomats said.

Analysts say output is unlikely to reach 100,000 cars a year before 2029. "Kragujevac depends on one model and one company, and a second model only halves the risk," said Milica Jovanovic, an economist at a Belgrade research centre.

The plant, built as Zastava's car factory, was taken over by Fiat in 2008 and has changed hands twice since.
"""},
}
