"""English texts of heldout220, written for this project in one sitting. Invented or generic facts."""

EN = {
"h220en01": {"outlet": "Siverskyi Donets Wire (Kramatorsk)", "published": "2026-05-20", "text": """Will monitors come to Donbas? Kyiv and Moscow to discuss a ceasefire mission in Geneva

KRAMATORSK, May 20 (Siverskyi Donets Wire) - Ukrainian and Russian military delegations will meet in Geneva on Tuesday to discuss an international mission to monitor the ceasefire line in Donbas, Ukraine's foreign ministry said on Tuesday.

The talks follow a 30-day ceasefire along the Donetsk front that took effect on May 1. The truce expires at the end of May, and Foreign Minister Andrii Sybiha said Kyiv would ask in Geneva for the truce to be extended by at least 60 days.

Kremlin spokesman Dmitry Peskov said on Monday that Moscow "will not accept" troops from NATO countries in any monitoring mission. The OSCE could supply up to 400 civilian monitors instead, according to two diplomats in Vienna.

Ukraine's General Staff said it would pull heavy artillery back 15 km from the line within seven days if Russian forces did the same.

Read more: Ukraine's grain exports rise as Black Sea corridor holds

The evacuation order for Kramatorsk and Sloviansk will stay in force at least until the end of June, the head of the Donetsk regional military administration, Vadym Filashkin, told reporters.

U.S. envoy Steve Witkoff is likely to travel to Moscow next week, a person familiar with the plans said.

EU leaders are expected to discuss funding for the mission at their summit in Brussels on June 25-26, an EU official said. Two EU diplomats said foreign ministers may delay a new package of sanctions against Russia at their June 22 meeting in Luxembourg while the truce holds.

Analysts say a lasting truce could open the way for elections in Ukraine as early as 2027. "Both armies are using the pause to rearm, and the truce may not survive the summer," said Olena Marchuk, a security analyst at a Kyiv think tank.
"""},

"h220en02": {"outlet": "Westerschelde Wire (Middelburg)", "published": "2025-09-17", "text": """Borssele's new reactors: will The Hague pick its builders before the election?

MIDDELBURG, Sept 17 (Westerschelde Wire) - The Dutch cabinet will decide on Friday whether to narrow the tender for two new nuclear reactors at Borssele to two bidders, Climate and Green Growth Minister Sophie Hermans said on Tuesday.

Westinghouse, EDF and Korea Hydro & Nuclear Power (KHNP) submitted technical feasibility studies in June. The project's timetable has slipped twice since 2024, and the ministry has said the first unit is not expected to supply power before 2037.

Hermans will brief parliament's climate committee tomorrow. The caretaker cabinet aims to send a state aid notification to the European Commission before the October 29 general election, two officials said.

Zeeland's provincial council votes on October 8 on a motion demanding a regional compensation fund, according to the council agenda. Provincial executive member Dirk Zuidweg said he would resign if the fund is rejected.

Read more: Port of Vlissingen expands its offshore wind terminal

EDF chief executive Bernard Fontana is expected in The Hague next week to sign a supply-chain memorandum with Dutch engineering firms, a person familiar with the plans said. South Korea's trade minister may visit the Netherlands in mid-October to promote KHNP's bid, Korean media reported.

Frans Timmermans, leader of the GroenLinks-PvdA alliance, said on Monday his party would "not scrap" the project but would cap its public cost.

The existing Borssele plant, the country's only nuclear power station, has run since 1973 and is due to close in 2033 unless its operating life is extended.

Analysts say the tender could slip into 2026 if coalition talks after the election drag on. "Every delay adds a billion euros to the bill, and the region has waited long enough," said Marieke van Dongen, an energy economist at a Rotterdam university.
"""},

"h220en03": {"outlet": "Sawtooth Wire (Boise)", "published": "2026-03-12", "text": """Idaho's public land for sale? Senate panel sets vote on housing bill

BOISE, March 12 (Sawtooth Wire) - The U.S. Senate Energy and Natural Resources Committee will vote next Wednesday on a bill that would allow the sale of up to 500,000 acres of federal land in Idaho, Nevada and Utah for housing, committee chairman Mike Lee said on Tuesday.

A similar provision was stripped from the budget bill last June after objections from western Republicans.

Idaho Governor Brad Little said the state "will not accept" any sale that closes access to hunting and fishing grounds. Senator Jim Risch is expected to vote against the bill if it reaches the floor, an aide said.

The Idaho House will debate a memorial opposing the sales on Monday, according to the House calendar, and hunters and anglers plan a rally at the Capitol in Boise on Saturday, the Idaho Wildlife Federation said.

Read more: Chipmaker expansion lifts Boise housing demand

Interior Secretary Doug Burgum will visit Boise next month for talks with Little, the Interior Department said. The Air Force is expected to expand the Saylor Creek training range by the end of the year, a step that would take 20,000 acres off the sale list, a Pentagon official said.

Karen Holloway, deputy director of the Idaho Department of Lands, announced she would step down at the end of April.

About 62 percent of Idaho's land is federally owned, most of it managed by the Forest Service and the Bureau of Land Management.

Analysts say the bill is unlikely to reach the Senate floor before the August recess. It could become an issue in Idaho's May 19 Republican primary, said Jenna Whitfield, a political scientist at Boise State University. "Nobody in Idaho wins a primary by selling the backcountry," she said.
"""},

"h220en04": {"outlet": "Gran Sasso Wire (L'Aquila)", "published": "2026-02-17", "text": """Italy's justice referendum: Nordio takes the Yes campaign to Abruzzo

L'AQUILA, Feb 17 (Gran Sasso Wire) - Justice Minister Carlo Nordio will hold a rally in L'Aquila on Saturday to back the constitutional reform separating the careers of judges and prosecutors, his ministry said, five weeks before Italians vote on it in a referendum on March 22-23.

Parliament approved the reform in its fourth and final reading in October. Because it did not win a two-thirds majority, opponents were able to demand a popular vote, and no turnout quorum applies.

Abruzzo's regional president Marco Marsilio is expected to join Nordio on stage, regional officials said.

The National Association of Magistrates (ANM) will hold a one-day strike on March 5, its president Cesare Parodi said on Monday.

Prime Minister Giorgia Meloni said on Sunday she would not resign if the reform is rejected.

Democratic Party leader Elly Schlein will campaign for the No side in Pescara and Teramo next week, the party said.

Read more: Abruzzo approves reconstruction funds for quake-hit villages

European Justice Commissioner Michael McGrath is due in Rome on March 10 for talks on the Commission's rule-of-law report, the Commission said. The president of L'Aquila's court of appeal, Giovanni Ferretti, is expected to step down in April, two judicial sources said.

The reform would create two separate councils to govern judges and prosecutors and a new disciplinary court, changes that magistrates say would expose prosecutors to political pressure.

Results are expected on the evening of March 23, the interior ministry said. Analysts say turnout in the south could fall below 40 percent. "The Yes side leads in most polls, but a low turnout makes anything possible," said Lucia Ranieri, a political scientist at the University of Teramo.
"""},

"h220en05": {"outlet": "Walney Wire (Barrow-in-Furness)", "published": "2027-04-16", "text": """Barrow waits for its AUKUS contract as Marles heads to Cumbria

BARROW-IN-FURNESS, April 16 (Walney Wire) - Britain will sign a 9 billion pound contract with BAE Systems for the first SSN-AUKUS attack submarines at the Barrow shipyard on April 27, Defence Secretary John Healey said on Thursday.

Australian Defence Minister Richard Marles is expected to attend the signing, officials in Canberra said. He will hold talks with Healey in London on the eve of the signing, the Ministry of Defence said.

BAE Systems announced 1,200 new jobs at the yard in January. A second contract, for the reactor cores built by Rolls-Royce in Derby, is expected later this year.

Healey said there would be no delay to the Dreadnought programme, which will replace the Vanguard-class boats carrying Britain's nuclear deterrent.

Westmorland and Furness Council votes on Monday on a 200 million pound housing plan for shipyard workers, the council said. Campaigners from the Campaign for Nuclear Disarmament (CND) plan to protest outside the yard on the day of the signing.

Read more: Cumbria's coastal railway reopens after storm repairs

The Royal Navy's HMS Agamemnon will begin sea trials in the Irish Sea in late June, the navy said. Prime Minister Keir Starmer is expected to showcase the deal at the NATO summit in July, two government sources said.

The contract comes weeks before council elections on May 6, in which analysts say Reform UK is likely to win control of Cumberland Council. Analysts also say the first SSN-AUKUS boat is unlikely to be handed over before 2040.

Barrow's yard employs about 14,000 people, and the town has struggled with housing shortages and poor road links as the workforce has grown.
"""},
}
