"""English texts of heldout242, written for this project in one sitting. Invented or generic facts."""

EN = {
"h242en01": {"outlet": "Swale Wire (Northallerton)", "published": "2027-03-16", "text": """Can Reform take North Yorkshire? Farage targets county hall as May vote nears

NORTHALLERTON, March 16 (Swale Wire) - Reform UK leader Nigel Farage will hold a rally in Harrogate on Saturday to launch his party's campaign for the North Yorkshire Council election on May 6, party officials said.

Nominations close on April 8, the council's returning officer said in a notice on Monday.

The Conservatives have run the unitary council since it replaced the county and seven district councils in 2023, but lost four councillors to defections last year.

Council leader Derek Armitage said on Monday the Conservatives "will not do deals with anyone" after polling day and predicted that his party would keep its majority.

Two more Conservative councillors are likely to defect to Reform within days, a person familiar with the talks said.

Conservative leader Kemi Badenoch is expected to campaign in Scarborough and Whitby next week, her office said. The Liberal Democrats, who hope to gain seats in Harrogate and Knaresborough, could hold the balance of power, said Helen Crabtree, the party's group leader.

Read more: York and North Yorkshire mayor sets out bus franchising timetable

The council approved a 4.99% council tax rise in February. Reform has promised to freeze council tax in 2028 if it wins control.

Local Government Secretary Steve Reed is due to rule by the end of April on the combined authority's request for an integrated funding settlement, the Ministry of Housing, Communities and Local Government said.

The full council meets on Wednesday to debate a motion on rural bus cuts.

Separately, the Ministry of Defence will confirm in early April whether two more units will move to Catterick Garrison, an MoD spokesperson said.

Analysts say turnout may stay below 35%, as in 2022. "Rural voters are angry about bus cuts and potholes, not about Brussels," said Tom Heywood, a politics lecturer at the University of York.
"""},

"h242en02": {"outlet": "Suprasl Wire (Bialystok)", "published": "2026-01-20", "text": """Poland set to extend asylum freeze on Belarus border as Brussels sends Brunner

BIALYSTOK, Jan 20 (Suprasl Wire) - Poland's Sejm will vote on Thursday on extending the suspension of asylum applications at the Belarus border for another 60 days, Interior Minister Marcin Kierwinski said on Monday, adding that the measure "will stay as long as Minsk uses migrants as a weapon".

The suspension, first imposed in March 2025, has been renewed five times.

The motion is expected to pass comfortably with votes from the ruling coalition and the opposition Law and Justice party, two coalition officials said.

President Karol Nawrocki is likely to sign the extension by January 26, when the current period expires, his chief of staff told reporters.

Border Guard figures show 1,900 attempted crossings in December, down from 4,300 a year earlier.

EU migration commissioner Magnus Brunner will visit the Kuznica crossing next week, the European Commission said. Commission officials say Brussels is unlikely to challenge the suspension, but the Court of Justice of the European Union could rule on a similar Finnish law in the spring.

Poland's human rights ombudsman may ask the Constitutional Tribunal to review the law, his office said.

Read more: Lithuania extends state of emergency along Belarus frontier

The army will keep about 5,000 soldiers in Operation Safe Podlasie at least until the end of June, the General Command of the Armed Forces said.

Interior ministers of Poland, Lithuania, Latvia and Finland are due to meet in Vilnius in mid-February to coordinate border rules, a Lithuanian interior ministry official said.

Warsaw will also push for new EU sanctions on Belarusian travel agencies and visa brokers at the Foreign Affairs Council on February 23, diplomats said.

Belarus's foreign ministry denied any role on Tuesday and said Minsk "will not accept lectures from Warsaw".

Analysts say crossing attempts could rise again in April, when the weather warms and the Bug river falls.
"""},

"h242en03": {"outlet": "Ronneby Wire (Karlskrona)", "published": "2026-04-30", "text": """Will German warships make Karlskrona home? Berlin and Stockholm to sign basing deal

KARLSKRONA, April 30 (Ronneby Wire) - Sweden and Germany will sign an agreement on May 12 allowing German navy corvettes to operate from the Karlskrona naval base on a rotational basis, Defence Minister Pal Jonson said on Wednesday.

German Defence Minister Boris Pistorius is expected to attend the signing, which has slipped twice since January over port fees, Jonson said.

Sweden joined NATO in March 2024.

The first two German K130 corvettes are due to arrive in early June, before the BALTOPS exercise, the Swedish Armed Forces said in a statement. Up to 250 German sailors could be stationed in Blekinge by the end of the year, a person familiar with the negotiations said.

The Riksdag's defence committee will hold a closed hearing on the agreement next Tuesday, its chairman, Peter Sandell, said. The Left Party, which opposes foreign bases, has not decided whether to call a vote on the deal, said its defence spokeswoman Ingrid Wallin.

Russia's embassy in Stockholm said Moscow would take "necessary measures" if German forces were stationed permanently in Sweden.

Read more: Saab's Karlskrona yard warns of further A26 delays

Opposition leader Magdalena Andersson said a Social Democratic government would keep the agreement if her party wins the September 13 election.

Jonson and Pistorius are also expected to discuss joint submarine maintenance at the Saab Kockums yard during the visit.

Prime Minister Ulf Kristersson will raise Baltic Sea security at the NATO summit in Ankara on July 7-8, his office said.

Region Blekinge hopes the deal will bring 300 jobs to the county by 2028, said its chairwoman, Eva Strand.

Analysts say the deal may pave the way for a permanent German presence, but not before 2028. "Berlin wants a foothold without the political cost of a base," said Lars Ekdahl, a naval analyst at a Stockholm think tank.
"""},

"h242en04": {"outlet": "Sognefjord Wire (Bergen)", "published": "2027-02-15", "text": """Norway and Germany to seal CO2 shipping pact as Northern Lights expands

BERGEN, Feb 15 (Sognefjord Wire) - Norway and Germany will sign an agreement on cross-border transport of captured carbon dioxide in Bergen on Thursday, clearing the way for German cement and chemical plants to store CO2 under the seabed off Vestland, Energy Minister Terje Aasland said on Sunday.

German Economy Minister Katherina Reiche will attend the signing, and the two ministers are expected to visit the Northern Lights receiving terminal at Oygarden the same day, the energy ministry said.

Northern Lights, a joint venture of Equinor, Shell and TotalEnergies, injected its first CO2 in August 2025.

The partners are expected to take a final investment decision on a second phase, raising capacity to 5 million tonnes a year, before the end of March, two people familiar with the plans said. Aasland said the state "will not cover cost overruns" on the expansion.

The Storting's energy committee will hear Equinor chief executive Anders Opedal on Tuesday, the committee's secretariat said.

The EFTA Surveillance Authority could take up to six months to approve state support, a ministry official said.

Read more: Vestland ferry operators seek electric-fleet subsidy

Environmental groups may challenge the expansion in the Oslo District Court, said Silje Nordvik, a lawyer for Friends of the Earth Norway.

Denmark is expected to sign a similar agreement with Norway in the first half of the year, Danish officials say.

In Vestland, county mayor Kari Hjelmeland will step down on April 1 to chair the Bergen port authority, her office said. The county council, which backs the storage project, faces voters in local elections on September 13.

Analysts say EU carbon prices above 90 euros a tonne may make storage profitable without subsidies from 2031. "The question is no longer whether the CO2 comes, but who pays for the ships," said Henrik Aarvik, an energy economist in Bergen.
"""},

"h242en05": {"outlet": "Moldovita Wire (Suceava)", "published": "2025-11-06", "text": """Will Kyiv reopen Romanian schools in Bukovina before Brussels decides?

SUCEAVA, Nov 6 (Moldovita Wire) - Romanian and Ukrainian officials will meet in Suceava on November 17-18 for the first session in four years of their joint commission on national minorities, Romania's foreign ministry said on Wednesday, as Bucharest presses Kyiv to restore Romanian-language teaching in the Chernivtsi region.

Foreign Minister Oana Toiu said Romania "will not block" Ukraine's EU accession talks but wants concrete steps on minority schooling.

About 115,000 ethnic Romanians live in the Chernivtsi region, where a 2017 education law cut teaching in minority languages in secondary schools.

Ukraine's deputy education minister is expected to lead Kyiv's delegation, the Ukrainian embassy in Bucharest said. A protocol allowing 12 Chernivtsi schools to return to Romanian-language teaching could be signed at the session, two diplomats said.

Ukrainian Prime Minister Yulia Svyrydenko is due in Bucharest in early December for talks with Prime Minister Ilie Bolojan, a Romanian government spokesman said.

EU leaders meet in Brussels on December 18-19. Hungary may again block the opening of the first cluster of Ukraine's accession talks there, diplomats said.

Read more: Siret crossing to add truck lanes before winter

At the border, Romania will open a second truck terminal at the Siret-Porubne crossing on December 1 to ease queues, the Border Police said.

Ruslan Zaparaniuk, head of the Chernivtsi regional military administration, said no Romanian-language school would be closed before the end of the school year in June.

Toiu said Romania would back the EU's next sanctions package against Russia, which is expected before the end of the year.

Analysts say a ceasefire in Ukraine is unlikely this winter, and Kyiv may delay concessions to minorities until it is closer to EU membership. "Bucharest has learned from Budapest that pressure works, but it does not want to look like Budapest," said Mihaela Ursu, a political scientist in Iasi.
"""},
}
