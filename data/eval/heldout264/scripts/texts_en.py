"""English texts of heldout264, written for this project in one sitting. Invented or generic facts."""

EN = {
"h264en01": {"outlet": "Breffni Wire (Cavan)", "published": "2026-02-10", "text": """Will Cavan-Monaghan hand Sinn Fein another seat? By-election set for March 26

CAVAN, Feb 10 (Breffni Wire) - Voters in Cavan-Monaghan will elect a new member of the Dail on March 26, Government Chief Whip Mary Butler said on Tuesday after the writ for the by-election was moved.

The seat has been vacant since independent TD Declan Reilly resigned in early January to become chief executive of a cross-border trade body.

Nominations close at noon on March 5, the returning officer said in a statement.

Fianna Fail will choose its candidate at a convention in Ballyconnell on Sunday, party officials said, where Cavan county councillor Aoife Brennan is expected to win the nomination. Brennan has said she would resign her council seat if elected.

Sinn Fein leader Mary Lou McDonald said on Monday her party "will not stand aside" for a unity candidate and would name its own candidate within 10 days.

Fine Gael has not decided whether to contest the seat, and its constituency executive meets tomorrow to settle the question, a Fine Gael spokesman said.

Read more: Border counties see rise in cross-border commuting, survey finds

Taoiseach Micheal Martin is due to campaign in Cootehill and Bailieborough next week, his office said. Martin will also host the British-Irish Council summit at a hotel near Ballyconnell in mid-June, with UK Prime Minister Keir Starmer expected to attend, officials said.

The Electoral Commission said it would publish a review of the constituency's boundaries before the end of the year, ahead of the next general election.

Reilly won the last of the constituency's five seats in November 2024 by fewer than 300 votes.

Analysts say Sinn Fein could take the seat if transfers from smaller parties break its way, which would cut the government's working majority to four.
"""},

"h264en02": {"outlet": "Mauao Wire (Tauranga)", "published": "2026-05-18", "text": """New Zealand and India set date to sign trade deal; kiwifruit growers wait for tariff cut

TAURANGA, May 18 (Mauao Wire) - New Zealand and India will sign their free trade agreement in New Delhi on June 9, Trade Minister Todd McClay told growers in Tauranga on Monday, after the signing slipped twice since February.

Prime Minister Christopher Luxon is expected to lead a delegation of about 100 executives to India for the signing and for talks with Prime Minister Narendra Modi, his office said.

Under the deal, India would cut its 33 percent tariff on New Zealand kiwifruit to zero over six years, McClay said. Dairy was left out of the final text.

New Zealand First leader Winston Peters, who is also foreign minister, said on Sunday his party would not vote for the enabling legislation unless India offered more access for dairy.

Parliament's foreign affairs, defence and trade committee will hold hearings on the treaty in July, two officials said.

Zespri, the kiwifruit marketer, said it hoped the first tariff cut could apply before the end of the year.

Read more: Port of Tauranga volumes rise on log and fruit exports

India's Commerce Minister Piyush Goyal may visit Tauranga in late August to see the port's kiwifruit terminal, Indian diplomats said, although the trip has not been confirmed.

On the security side, the frigate HMNZS Te Kaha will take part in the Malabar naval exercise with India, the United States, Japan and Australia in November, the New Zealand Defence Force said.

The Port of Tauranga handles about 40 percent of New Zealand's exports by value and nearly all of its kiwifruit.

Analysts say ratification may slip until after the November 7 general election if NZ First holds out. "Luxon needs Labour's votes or Peters' blessing, and neither comes cheap," said Hemi Walker, a trade economist at the University of Waikato's Tauranga campus.
"""},

"h264en03": {"outlet": "Suvalkija Wire (Marijampole)", "published": "2025-11-05", "text": """Lithuania to tighten checks on used cars bound for Central Asia

MARIJAMPOLE, Nov 5 (Suvalkija Wire) - Lithuania will require exporters of used cars to Central Asia to prove who the final buyer is from December 1, Finance Minister Kristupas Vaitiekunas said on Wednesday, as the government tries to stop vehicles from Marijampole's car market from ending up in Russia.

Customs officers found in October that nearly 400 cars declared for Kyrgyzstan and Kazakhstan had crossed into Russia within weeks, the Customs Department said.

The Seimas is expected to vote on the enabling amendments on Thursday, two lawmakers said. The Marijampole car dealers' association said its members would challenge the rules in court.

Lithuania will push to add Kyrgyz and Kazakh car traders to the European Union's 20th sanctions package, Foreign Minister Kestutis Budrys said, adding that EU ambassadors could discuss a first draft as early as next week. Diplomats expect the package to be approved before EU leaders meet in Brussels on December 18-19.

The EU's sanctions envoy, David O'Sullivan, is due to visit Bishkek and Astana later this month, diplomats said.

Kyrgyzstan's foreign ministry said it would send a delegation to Vilnius within 14 days to discuss the checks.

Read more: Lithuania's parliament approves 2026 budget with record defence spending

Prime Minister Inga Ruginiene told reporters the government "will not ban" car exports to Central Asia outright. Ruginiene, who travels to Kyiv next week, said a ceasefire in Ukraine was unlikely before next year and that sanctions must stay until one holds.

Marijampole hosts the largest used-car market in the Baltic states, and about a third of its sales go to buyers outside the EU.

"Smugglers may simply move their paperwork to Latvian or Polish ports," said Laura Kazlauskaite, an analyst at a Vilnius think tank. Analysts say the checks could cut the town's car exports by a quarter next year.
"""},

"h264en04": {"outlet": "Kvaloya Wire (Hammerfest)", "published": "2027-03-16", "text": """Will reindeer herders stop the power line to Melkoya? Court rules April 8

HAMMERFEST, March 16 (Kvaloya Wire) - Norway's Halogaland Court of Appeal will rule on April 8 on a challenge by Sami reindeer herders to the power line meant to electrify the Hammerfest LNG plant on Melkoya, the court said on Tuesday.

Equinor aims to start drawing grid power at the plant by the end of 2028, the company said, replacing the gas turbines that make it one of Norway's largest single sources of carbon emissions.

Energy Minister Terje Aasland said on Monday the government "will not revoke" the plant's licence whatever the court decides. He will meet the herders' representatives in Alta on Friday, his ministry said.

Grid operator Statnett is expected to resume work on the Skaidi-Hammerfest line within 30 days of a favourable ruling, a company official said. Equinor and Statnett are also due to sign a revised grid connection agreement before the end of May, according to two people familiar with the talks.

Silje Karine Muotka, president of the Sami Parliament, said the herders could take the case to the Supreme Court if they lose.

The Coast Guard will keep a vessel off Melkoya at least until the end of April after two drones were seen over the plant last week, the Norwegian Joint Headquarters said. Russia's embassy in Oslo denied any link to the drones.

EU Energy Commissioner Dan Jorgensen will visit Hammerfest in early May to discuss long-term LNG supplies, the European Commission's representation in Oslo said.

The plant, Europe's only large LNG export facility, ships gas from the Snohvit field in the Barents Sea.

Analysts say Equinor may delay the electrification by a year if the ruling goes against it, and that the turbines could then run until 2030. "Everyone wants the emissions cut, nobody wants the pylons," said Ole Martin Haugland, an energy analyst in Tromso.
"""},

"h264en05": {"outlet": "Meewasin Wire (Saskatoon)", "published": "2026-09-28", "text": """Canada and India to sign uranium supply deal in Saskatoon as trade talks resume

SASKATOON, Sept 28 (Meewasin Wire) - Cameco and India's Department of Atomic Energy will sign a 10-year uranium supply contract in Saskatoon on Thursday, Saskatchewan Premier Scott Moe said on Monday, the largest such deal since Ottawa and New Delhi restored full diplomatic ties.

Jitendra Singh, the Indian minister in charge of atomic energy, is expected to attend the signing, Indian officials said. Cameco chief executive Tim Gitzel said first deliveries would start in 2027.

Trade Minister Maninder Sidhu said the fourth round of talks on a Comprehensive Economic Partnership Agreement would open in Ottawa on October 19 and last five days. Sidhu added that Canada would not drop its demand for lower Indian tariffs on lentils and peas.

Prime Minister Mark Carney could travel to New Delhi in January to sign the agreement, a senior government source said. Carney and Prime Minister Narendra Modi are expected to meet on the sidelines of the G20 summit in Miami in December.

Foreign Minister Anita Anand will host India's External Affairs Minister Subrahmanyam Jaishankar in Ottawa next month, her office said.

The two governments agreed last week to restart their security dialogue, suspended in 2023, and national security advisers will meet in New Delhi before the end of the year, officials said.

Read more: Saskatchewan potash exports to India hit record in second quarter

India may lift the extra duties it imposed on Canadian pulses in 2023 before the harvest ends, two Indian officials said, though no decision has been taken.

Saskatchewan produces all of Canada's uranium, and India's reactors currently buy most of their fuel from Kazakhstan and Russia.

Analysts say the trade agreement is unlikely to be ratified before 2028. "Uranium is the easy part; agriculture and visas will decide the pace," said Meera Deshpande, a trade economist at the University of Saskatchewan.
"""},
}
