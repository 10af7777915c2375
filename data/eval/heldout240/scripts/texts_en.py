"""English texts of heldout240, written for this project in one sitting. Invented or generic facts."""

EN = {
"h240en01": {"outlet": "Lugg Wire (Leominster)", "published": "2026-01-22", "text": """Will ministers stop new chicken sheds on the Wye before spring?

HEREFORD, Jan 22 (Lugg Wire) - The government will decide by the end of February whether to impose a moratorium on new intensive poultry units across the River Wye catchment, Environment Secretary Emma Reynolds told MPs on Wednesday.

Herefordshire Council's planning committee votes next Tuesday on a 180,000-bird unit near Leominster, the first large application since the council paused approvals in March 2025.

Rachel Bowen, the council's cabinet member for environment, said the committee was likely to refuse it "unless the applicant can prove nutrient neutrality".

Across the border, Welsh Deputy First Minister Huw Irranca-Davies said Cardiff would not act alone, but would match any English moratorium in Powys within weeks.

Wales elects a new Senedd on May 7, and Plaid Cymru has promised to ban new units in the upper Wye if it leads the next government.

Campaign group River Action will ask the High Court in early March to review the Environment Agency's phosphate permits, its lawyer said.

Read more: Herefordshire hop growers count the cost of a wet harvest

Prime Minister Keir Starmer will chair the Council of the Nations and Regions in Cardiff next month, and river pollution is expected to be on the agenda, two officials said.

Reynolds will visit Hay-on-Wye on Friday to meet farmers and anglers, her department said.

Poultry firms could shift future expansion to Shropshire if a moratorium is imposed, according to a person familiar with industry talks.

The catchment holds more than 20 million birds, and manure spread on fields has been blamed for algal blooms that turned stretches of the river green in recent summers.

Analysts say a moratorium is unlikely to take effect before July, because it would need a consultation of at least 12 weeks. "Ministers are trying to buy time before May," said Owen Pritchard, a rural policy researcher at Harper Adams University.
"""},

"h240en02": {"outlet": "Brda Wire (Bydgoszcz)", "published": "2026-06-16", "text": """Bydgoszcz explosives maker to sign U.S. TNT deal as Warsaw targets Chinese suppliers

BYDGOSZCZ, June 16 (Brda Wire) - State-owned Nitro-Chem will sign a five-year contract to supply TNT to the U.S. Army in Bydgoszcz on Thursday, its chief executive, Marek Zielonka, said on Monday.

Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz will attend the signing, the defence ministry said, and U.S. Army Secretary Dan Driscoll is expected to travel to Poland for it.

The plant, part of the PGZ group, produced about 10,000 tonnes of TNT last year, most of it for NATO allies and Ukraine.

A second production line, financed with a loan under the EU's SAFE defence instrument, should start in the first quarter of 2027, Zielonka said.

Territorial Defence Forces will guard the site from July 1, the ministry said.

Read more: Torun council approves tram line to the Jar district

Foreign Minister Radoslaw Sikorski said Poland would propose EU sanctions on Chinese suppliers of nitrocellulose to Russian munitions plants when EU foreign ministers meet in Brussels on June 23. Beijing has denied supplying Russia's military industry.

Demand is unlikely to fall soon. Diplomats say a ceasefire in Ukraine could be discussed at the NATO summit in Ankara on July 7-8, but few expect the guns to fall silent this year.

Local opposition is growing. A residents' group in the Osowa Gora district plans a protest outside city hall on Saturday, and Bydgoszcz Mayor Rafal Bruski has said he will not approve new storage depots inside the city limits.

Analysts say Nitro-Chem could double its output by 2028 if the SAFE money arrives on time. "Europe has rediscovered that wars are fought with chemistry," said Agnieszka Wrona, a defence economist at a Warsaw think tank.
"""},

"h240en03": {"outlet": "Motala Wire (Norrkoping)", "published": "2025-11-27", "text": """Sweden weighs bringing fighters back to Bravalla

NORRKOPING, Nov 27 (Motala Wire) - Sweden's government will decide next Thursday whether to reactivate the former Bravalla air base north of Norrkoping as a dispersed wartime airfield for Gripen fighters, Defence Minister Pal Jonson said on Wednesday.

The F 13 wing at Bravalla was disbanded in 1974, and much of the old runway area is now used by logistics warehouses and a festival site.

Jonson said a positive decision was "very likely" and that engineering work could begin as early as April.

The Riksdag's defence committee will question the Air Force chief, Major General Jonas Wikman, on the plan tomorrow, the committee's secretariat said.

Norrkoping's municipal council is due to vote in January on a land-lease agreement with the Swedish Fortifications Agency, council chair Eva Lindholm said. Logistics firms renting hangars on the site have not said whether they will challenge the lease in court.

Read more: Linkoping hospital staff end overtime ban after pay deal

Finland and Sweden are expected to sign an agreement on the shared use of air bases in Helsinki in mid-December, two officials said.

A NATO team from Allied Air Command in Ramstein will inspect the site in the second week of January, the Swedish Armed Forces said in a statement.

The opposition Social Democrats back the plan. Their defence spokeswoman, Maria Ekstrom, said a Social Democratic government "would not reverse" the decision after the September 13 election.

The Green Party said it would demand a full environmental review if the government goes ahead, citing the Bravikens bay wetlands next to the runway.

Analysts say the cost could exceed 3 billion crowns before 2030. "The Gripen was built to fly from roads and small fields, so the question here is money, not doctrine," said Henrik Sjoberg, a defence analyst at a Stockholm think tank. "Every krona spent at Bravalla is a krona not spent on ammunition."
"""},

"h240en04": {"outlet": "Nasijarvi Wire (Tampere)", "published": "2026-10-14", "text": """Can Pirkanmaa's health region balance its books without closing wards?

TAMPERE, Oct 14 (Nasijarvi Wire) - Finland's Ministry of Finance will open a formal evaluation procedure for the Pirkanmaa wellbeing services county next week, after the region's projected deficit for this year widened to 142 million euros, the ministry said in a statement on Tuesday.

The county posted a loss of 98 million euros last year and has missed the legal deadline to cover its accumulated deficits.

Its regional council votes on Monday on closing the night-time emergency departments in Valkeakoski and Mantta-Vilppula, county director Harri Lehtimaki said.

Lehtimaki, who has led the county since its creation in 2023, will step down before the end of the year, two council members said. He has not commented.

Finance Minister Riikka Purra said on Tuesday that the government "will not provide extra money" to individual counties.

Social Affairs and Health Minister Kaisa Juuso will meet county leaders in Tampere on Friday, her ministry said. The nurses' union Tehy plans a demonstration outside Tampere University Hospital on Saturday, its regional chair said.

Read more: Tampere tram extension to Lentava opens to passengers

The county is also expected to sign a ten-year outsourcing deal for four health centres with private provider Mehilainen by the end of November, according to a person familiar with the talks.

Some ministry officials have floated a merger with neighbouring Kanta-Hame, which could take effect in 2029 at the earliest.

Health funding is set to be a central issue in the parliamentary election on April 18, 2027. The opposition Social Democrats said they would restore funding for regional hospitals if they return to government.

Analysts say the county could need an emergency state loan before the summer of 2027. "Without one, the cuts will go deeper than anything voters in Pirkanmaa have seen," said Sanna Virtanen, a health economist at Tampere University.
"""},

"h240en05": {"outlet": "Boknafjord Wire (Stavanger)", "published": "2027-02-15", "text": """Norway sends Home Guard to Karsto after drones circle gas plant

STAVANGER, Feb 15 (Boknafjord Wire) - Norway will deploy Home Guard soldiers to protect the Karsto gas processing plant from Wednesday, after drones were seen over the site on three nights last week, Defence Minister Tore O. Sandvik said on Sunday.

Gassco, which operates the plant, said exports to Germany and Britain had not been affected and would not be reduced.

The Police Security Service (PST) has opened an investigation and could name a suspect vessel within ten days, a person familiar with the inquiry said.

Foreign Minister Espen Barth Eide said Norway would tighten its port ban on Russian vessels and add research ships to the list "before the end of March". Moscow has denied any involvement.

The Storting's foreign affairs and defence committee will hold a closed hearing on Thursday.

Read more: Equinor restores Johan Sverdrup output after winter outage

British Defence Secretary John Healey is expected in Stavanger next month for talks at NATO's Joint Warfare Centre, the British embassy said. Norway and Germany are likely to sign a pipeline-protection agreement in Berlin in late March.

NATO defence ministers will discuss the security of North Sea infrastructure when they meet in Brussels next week, diplomats said.

Karsto processes gas from more than 30 fields and sends it by pipeline to Emden in Germany. It was guarded by the Home Guard for several weeks after the Nord Stream pipelines were blown up in September 2022.

Analysts say more incidents are likely before the summer, and the Home Guard may have to stay at Karsto for months. "Karsto is the heart of Europe's gas supply. Whoever flew those drones wanted us to know they can reach it," said Ingvild Tveit, a security researcher at the University of Stavanger. "The answer cannot only be soldiers at the fence; the fjord and the airspace above it need watching too."
"""},
}
