"""English texts of heldout167, written for this project in one sitting. Invented or generic facts."""

EN = {
"h167en01": {"outlet": "Ruvuma Wire (Mtwara)", "published": "2026-06-16", "text": """Will Mtwara's empty berths finally find an operator? Tanzania set to sign port concession

MTWARA, June 16 (Ruvuma Wire) - Tanzania will sign a 25-year concession for the new berths at Mtwara port with Abu Dhabi's AD Ports Group in Dodoma on June 25, the Tanzania Ports Authority (TPA) said in a statement on Monday.

The signing was first planned for February but slipped twice as the two sides argued over revenue sharing.

TPA Director General Plasduce Mbossa said the operator would invest $270 million over the first five years and "will not cut a single Tanzanian job" at the port.

The Mtwara berths, built with a government loan and opened in 2022, mostly handle cashew exports and run well below capacity.

Parliament's infrastructure committee is expected to review the agreement next week, committee chairman Selemani Kaduma said.

Amani Mollel, deputy secretary-general of the opposition CHADEMA party, said it would file a High Court challenge as early as next week unless the government publishes the full text. In 2023, a deal giving DP World several berths at Dar es Salaam port drew protests and court cases.

President Samia Suluhu Hassan is likely to attend the signing, a State House official said.

Read more: Tanzania's central bank holds policy rate as inflation eases

Malawi's transport minister is expected in Mtwara in mid-July to discuss using the port for fuel imports, the Malawian High Commission in Dar es Salaam said.

The concession may also come up at the East African Community heads of state summit in Arusha in late November, diplomats said.

Cargo handling under the new operator is due to start within 90 days of the signing, Mbossa said.

Analysts say traffic could double by 2030 if the southern railway to Mbamba Bay is financed. "The port is only as good as the line behind it," said Neema Kisanga, a logistics economist in Dar es Salaam.
"""},

"h167en02": {"outlet": "Ketmen-Tobo Wire (Toktogul)", "published": "2025-10-23", "text": """Kyrgyzstan to ration power from November as Toktogul reservoir runs low

TOKTOGUL, Oct 23 (Ketmen-Tobo Wire) - Kyrgyzstan will start rolling power cuts of up to four hours a day from November 1, Energy Minister Taalaibek Ibraev said on Wednesday, after the Toktogul reservoir fell to its lowest autumn level in a decade.

The reservoir held 11.2 billion cubic metres this week, against 14 billion a year ago, he said.

Bishkek and Osh will be spared at least until mid-December, Ibraev added.

The government is expected to sign a contract to import up to 1.5 billion kilowatt-hours from Kazakhstan's grid operator KEGOC next week, two officials said. Russia could supply more through the same line, but talks have not started, one of the officials said.

Kyrgyz and Uzbek energy ministers meet in Tashkent on Monday to trade next summer's water releases for winter electricity, Uzbekistan's energy ministry said.

Cabinet Chairman Adylbek Kasymaliev will travel to Beijing on November 10 to sign the financing agreement for the Kazarman hydropower cascade on the Naryn river, the cabinet's press office said. The first of its four plants is not expected to produce power before 2030.

President Sadyr Japarov declared a state of emergency in the energy sector in August 2022.

Read more: Kyrgyz som steady as remittances rise

The cuts have become a campaign issue ahead of the November 30 parliamentary election. Nurlan Asanaliev, who leads an opposition list in Osh, said his bloc would demand Ibraev's resignation if the cuts reach the capital.

The World Bank is likely to approve a $60 million loan to repair two Toktogul turbines before the end of the year, a bank official in Bishkek said.

Analysts say the cuts could last until March if the winter is colder than average. "Every dry year shows how thin the margin is," said Aizada Temirova, an energy researcher at the American University of Central Asia.
"""},

"h167en03": {"outlet": "Merendon Wire (San Pedro Sula)", "published": "2026-05-11", "text": """Honduras votes on police overhaul: will the military step back from the streets?

SAN PEDRO SULA, May 11 (Merendon Wire) - Honduras' National Congress will vote on Thursday on a reform of the police organic law that would create an independent inspector general's office and re-vet about 3,000 officers, Congress President Tomas Zambrano said on Sunday.

Passage is likely, Zambrano said, because President Nasry Asfura's National Party and the Liberal Party together hold more than two-thirds of the 128 seats.

Security Minister Ramiro Paz Banegas said the vetting would begin in July and that "no commander will be exempt."

Under the reform, the Military Police of Public Order (PMOP) would hand urban patrols back to the National Police by the end of the year. Asfura's government has promised the handover since taking office in January.

The state of exception, first declared in December 2022, expires on June 5. The government has not decided whether to seek another extension, a presidency source said.

Police intelligence says the MS-13 and Barrio 18 gangs have kept an informal truce in San Pedro Sula since April, but two senior officers said it could break down once the vetting begins.

Read more: Honduran coffee exports climb on higher prices

A U.S. delegation led by the State Department's top counter-narcotics official is expected in Tegucigalpa next week to discuss funding for the inspector general's office, the U.S. Embassy said.

Asfura will raise regional police cooperation at the SICA summit in Panama City in late June, his office said.

Libre, now the main opposition party, will vote against the bill, its bench leader Marlon Cruz said, calling it "a purge of inconvenient officers."

Honduras recorded about 25 homicides per 100,000 people last year, still one of the highest rates in the region.

Analysts say vetting 3,000 officers could take two years and may be challenged in the Supreme Court's constitutional chamber by those dismissed.
"""},

"h167en04": {"outlet": "Kreenholm Wire (Narva)", "published": "2027-02-10", "text": """Estonia moves to keep Narva's oil-shale units as a grid reserve

NARVA, Feb 10 (Kreenholm Wire) - Estonia's grid operator Elering will open a tender on Monday for up to 1,000 megawatts of strategic reserve capacity, a step that would keep Eesti Energia's oldest oil-shale units in Narva on standby, Elering chief executive Kalle Kilk said on Tuesday.

Bids close on March 31 and the winners will be announced by mid-April, he said.

The reserve is needed because Estonia left the Russian-controlled BRELL grid and synchronised with continental Europe in February 2025.

Energy Minister Andres Sutt said the reserve "will not be paid from the state budget" but through network fees.

Eesti Energia has not decided whether to bid with all four units, a company spokeswoman said.

The Defence Forces will station an air-defence unit near the Auvere power plant from March, the defence ministry said, after two drone sightings over Narva last month.

Estonia and Finland are expected to sign a memorandum on a third subsea power link, Estlink 3, when Finland's economic affairs minister visits Tallinn in the second week of March, two officials said.

Read more: Estonian inflation slows to 3.1% in January

Foreign Minister Margus Tsahkna said Estonia would push for an EU ban on Russian electricity reaching the Baltic market through third countries in the next sanctions package.

Estonians elect a new Riigikogu on March 7. Narva deputy mayor Tatjana Kivisild said the city would ask the next government for a 50-million-euro transition fund if the units close before 2030.

Oil shale still employs about 4,000 people in Ida-Viru county.

The European Commission could open a state-aid inquiry into the reserve scheme within weeks, an EU official said.

Analysts say the tender may attract only one bidder, which could push the cost higher. "Security of supply is now a defence question," said Mihkel Paas, an energy analyst at a Tartu think tank.
"""},

"h167en05": {"outlet": "Kgale Wire (Gaborone)", "published": "2027-09-17", "text": """Can Dubai revive Botswana's diamond sales? State seller takes its auction abroad

GABORONE, Sept 17 (Kgale Wire) - State-owned Okavango Diamond Company (ODC) will hold its first auction outside Botswana in Dubai from October 4 to October 8, the Ministry of Minerals and Energy said in a statement on Thursday.

ODC's last Gaborone sale, in July, raised about $95 million, a third less than a year earlier.

Minerals Minister Bogolo Kenewendo said ODC would sell at least 30 percent of Debswana's output from next year, as agreed with De Beers in 2023, and that Botswana "will not sell below the floor price" set by its valuation unit.

Debswana's Jwaneng and Orapa mines will remain shut until the end of November, extending a production pause that began in August, a Debswana spokesman said.

ODC's managing director, Kabelo Sebina, is expected to step down by the end of the month, two people familiar with the matter said. The board may name an acting head at its meeting on Wednesday, one of them said.

Read more: Botswana pula weakens as diamond revenue falls

President Duma Boko will travel to New Delhi in mid-October for talks with Prime Minister Narendra Modi on rough diamond supplies, his office said.

The European Union is expected to decide in December whether to tighten its ban on Russian diamonds cut in third countries, EU diplomats said.

Angola's state diamond firm Endiama and ODC could sign a joint marketing agreement before the end of the year, an Angolan official said.

Diamonds still earn about 70 percent of Botswana's export income, and the government has cut spending twice this year.

The Bank of Botswana will announce its next rate decision on October 28.

Analysts say rough prices could fall another 10 percent by Christmas if Chinese demand stays weak. "Selling in Dubai brings buyers closer, not prices higher," said Lesego Motsumi, a mining economist at the University of Botswana.
"""},
}
