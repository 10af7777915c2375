"""English texts of heldout266, written for this project in one sitting. Invented or generic facts."""

EN = {
"h266en01": {"outlet": "Slieve Bloom Wire (Portlaoise)", "published": "2026-09-14", "text": """Will Laois bogs fall silent? Cabinet weighs a wider turf sales ban

PORTLAOISE, Sept 14 (Slieve Bloom Wire) - Ireland's cabinet will decide on Tuesday whether to extend the ban on selling sod turf to small-scale sellers from January 1, Climate Minister Darragh O'Brien said on Sunday, a plan that has angered bog owners across County Laois.

The government banned turf sales through shops, newspapers and online platforms in October 2022.

O'Brien said the new rules "will not stop anyone cutting turf for their own hearth" and would be signed before the end of October if ministers approve them.

Independent Ireland will table a Dail motion next week calling for the plan to be dropped, its leader Michael Collins said. Sinn Fein will vote for the motion, a Sinn Fein spokesperson said.

Minister of State Declan Fogarty, a Laois TD, could resign if the ban goes ahead, two people close to him said. Fogarty has not commented publicly since the draft was leaked last month.

The Midlands Turf Cutters' Alliance said it would seek a judicial review in the High Court as early as next month.

Taoiseach Micheal Martin will meet farming organisations in Portlaoise on Friday, his office said. A draft memo circulated to ministers suggests the government could offer a once-off payment of up to 1,500 euros to bog owners who stop selling.

About 4,000 households in Laois and Offaly still burn turf as their main fuel, according to census figures.

The European Commission is expected to publish its review of Ireland's air quality plan in mid-November, an EU official said.

Analysts say the motion is unlikely to pass because the coalition holds a comfortable majority. "Turf is a symbol here, not just a fuel," said Aoife Dempsey, a lecturer in rural sociology at Maynooth University.
"""},

"h266en02": {"outlet": "Kai Iwi Wire (Whanganui)", "published": "2026-03-24", "text": """Can Whanganui's port win its rescue loan before the election?

WHANGANUI, March 24 (Kai Iwi Wire) - Regional Development Minister Shane Jones will announce a decision on a NZ$28 million Regional Infrastructure Fund loan for the Whanganui port revitalisation in the city on Friday, his office said on Tuesday.

The port's main wharves were closed to larger vessels in 2019 after engineers found them unsafe. The port handled coastal cargo for more than a century before the river trade declined.

Whanganui District Council will vote on April 2 on guaranteeing the loan, Mayor Andrew Tripe said. Jones told local radio that dredging of the river mouth could start as early as June.

Rawiri Tautahi, chair of the iwi-owned Whanganui River Enterprises, said the iwi would not support dredging unless a river health plan was agreed first.

Finance Minister Nicola Willis said on Monday the government would fund no port projects outside the regional fund this year.

Read more: Dairy prices slip at latest global auction

KiwiRail and port officials will meet next week on reopening the rail spur to the wharves, KiwiRail said. Prime Minister Christopher Luxon is expected to visit Whanganui in mid-April, National Party officials said. A coastal shipping operator could add Whanganui to its route by the end of the year, a person familiar with the talks said.

New Zealand holds a general election on November 7. Labour's Whanganui candidate, Sarah Kemp, said a Labour government would review the loan terms if elected.

Analysts say the loan is likely to be approved before the election, but the repayment terms may prove tough for ratepayers. "Everyone wants a port; few want to pay for it," said Tom Hargreaves, an economist at a Palmerston North consultancy.
"""},

"h266en03": {"outlet": "Majori Wire (Jurmala)", "published": "2027-02-09", "text": """Latvia moves to seize sanctioned Russians' seaside villas

JURMALA, Feb 9 (Majori Wire) - Latvia's parliament will hold a final vote on Thursday on a law allowing the state to confiscate property owned by people under EU sanctions, Saeima Speaker Daiga Mierina said, a step that would hit dozens of villas in this resort town.

The State Revenue Service froze 47 properties in Jurmala in 2022 and 2023 after the EU listed their owners over Russia's war in Ukraine.

Interior Minister Rihards Kozlovskis said the government would send the first 12 confiscation cases to court within 30 days. Latvia "will not pay a cent of compensation" to the owners, he added.

Russia's embassy in Riga said Moscow would respond with "mirror measures" against Latvian property in Russia.

Lawyers for two owners said they would challenge the law at the Constitutional Court. President Edgars Rinkevics has not said whether he will promulgate it.

Jurmala's mayor, Ivars Liepins, said the proceeds could help fund the town's coastal defences.

Read more: Baltic states agree joint purchase of air-defence missiles

The Office of Citizenship and Migration Affairs said it could revoke the residence permits of about 300 Russian property owners by the end of June.

Ukrainian Foreign Minister Andrii Sybiha is due to visit Riga next week, the Latvian foreign ministry said. The two countries are expected to sign an agreement on sending confiscation proceeds to Ukraine's reconstruction during the visit, officials said.

EU foreign ministers are expected to discuss using frozen assets for Ukraine at their meeting in Brussels on February 23, diplomats said, and Prime Minister Evika Silina will raise the Latvian law at the European Council on March 18-19, her office said.

Analysts say a court ruling on the law is unlikely before 2028.
"""},

"h266en04": {"outlet": "Czarna Hancza Wire (Suwalki)", "published": "2025-10-20", "text": """Poland and Lithuania to sign Suwalki Gap defence plan as drills loom

SUWALKI, Oct 20 (Czarna Hancza Wire) - Poland's Defence Minister Wladyslaw Kosiniak-Kamysz will host his Lithuanian counterpart in Suwalki on Thursday to sign a joint plan for defending the Suwalki Gap, the Polish defence ministry said on Monday.

The 65-km strip of farmland between Belarus and Russia's Kaliningrad exclave is NATO's only land link to the Baltic states, and Western planners have long seen it as a likely first target in any Russian attack.

Kosiniak-Kamysz said Poland would station a new mechanised brigade in the Suwalki area by the end of 2026. About 3,000 Polish, Lithuanian and U.S. troops will take part in the "Iron Gap" exercise from November 3 to 14, the ministry said.

Lithuanian Vice Minister of Defence Tomas Jakstas said Vilnius "will never accept" proposals for a demilitarised zone along the border.

Belarus and Russia could respond with unannounced drills near the gap, a senior Polish military officer said.

Read more: Poland's Sejm approves record defence budget for 2026

NATO Secretary General Mark Rutte is expected to visit the border area in mid-November, two diplomats said. The two countries are likely to agree on joint air-defence purchases before the end of the year, according to officials in Warsaw.

The plan is expected to be presented to NATO leaders at their summit in Ankara in July. Presidents Karol Nawrocki and Gitanas Nauseda will meet in Vilnius in early December.

Suwalki's mayor, Marek Zaleski, said he hoped the brigade would bring new housing and jobs to a town of 70,000 people.

Analysts say a ceasefire in Ukraine could free Russian units for redeployment to Kaliningrad, and that the Rail Baltica line through the gap is not expected before 2030.
"""},

"h266en05": {"outlet": "Pentland Wire (Wick)", "published": "2026-01-27", "text": """Will Wick's air link survive until the Holyrood election?

WICK, Jan 27 (Pentland Wire) - Scottish ministers will decide by the end of February whether to fund a public service obligation for flights between Wick John O'Groats Airport and Aberdeen, Transport Secretary Fiona Hyslop said on Monday.

The airport has had no scheduled service since October, when its only operator went into administration. Since then the airport has handled only charter and emergency flights, in a county that lies about 280 miles by road from Edinburgh.

Hyslop said the government "will not let Caithness be cut off". Highland Council will vote on Thursday on contributing 1.5 million pounds over three years, its convener said.

Councillor Morag Gunn, who represents Wick and East Caithness, said she would step down as vice-chair of the council's economy committee if the funding was rejected.

Highlands and Islands Airports Ltd (HIAL) said it would open a tender within 14 days of a positive decision, and flights could resume as early as May.

Loganair and HIAL officials will meet in Inverness next week, two people familiar with the talks said. A Scotland Office spokesman said the UK government could contribute through its regional growth fund.

First Minister John Swinney is expected to visit Thurso next month, SNP officials said, weeks before the Scottish Parliament election on May 7. Scottish Labour's candidate for Caithness, Sutherland and Ross, Euan Mackay, said a Labour government would guarantee the route for five years.

NRS Dounreay, which runs the decommissioning site, said it would keep charter flights for its staff until the end of March.

Analysts say few airlines are likely to bid, because the route lost money even with subsidy in previous years.
"""},
}
