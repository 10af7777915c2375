"""English texts of heldout154, written for this project. Invented or generic facts."""

EN = {
"h154en01": {"outlet": "Yaque Wire (Santo Domingo)", "published": "2025-12-17", "text": """Will Santo Domingo keep U.S. planes at San Isidro? Senate to vote on extension

SANTO DOMINGO, Dec 17 (Yaque Wire) - The Dominican Senate will vote on Monday on extending a temporary arrangement that lets U.S. military aircraft refuel and fly counter-narcotics missions from San Isidro air base and Las Americas airport, Senate President Ricardo de los Santos said on Tuesday.

President Luis Abinader authorised the arrangement in late November for an initial 60 days.

Passage is expected because Abinader's Modern Revolutionary Party (PRM) holds 24 of the 32 Senate seats, de los Santos said. Analysts say the Senate may still cap the extension at 90 days.

Former president Leonel Fernandez, whose People's Force party opposes the deal, said on Monday the country "will not become a launch pad for anybody's war".

Defence Minister Carlos Antonio Fernandez Onofre said U.S. crews would leave both bases on the day the arrangement expires and that no American troops would be based in the country permanently.

Venezuela suspended commercial flights to the Dominican Republic after its disputed election in July 2024.

Caracas could bar Dominican cargo ships from its ports, two diplomats said.

Foreign Minister Roberto Alvarez will travel to Washington next week for talks on the extension, the foreign ministry said. Alvarez said he hoped to sign a broader security memorandum with Washington by the end of February.

U.S. Defense Secretary Pete Hegseth is likely to visit San Isidro next month, according to a person familiar with the planning.

Read more: Dominican central bank holds rate as remittances climb

The U.S. Southern Command is expected to begin joint maritime patrols with the Dominican navy south of Saona Island in early January, officials said.

Abinader will attend the SICA summit in Panama City on January 16, his office said.

The Central Electoral Board (JCE) is due to publish the calendar for the 2028 general election before the end of March.
"""},

"h154en02": {"outlet": "Hummingbird Wire (Belmopan)", "published": "2026-05-26", "text": """Sheinbaum to visit Belmopan as Belize eyes a rail link to the Tren Maya

BELMOPAN, May 26 (Hummingbird Wire) - Mexican President Claudia Sheinbaum will make a one-day visit to Belmopan on June 9, her first trip to Central America since taking office, Belize's Ministry of Foreign Affairs said on Monday.

Prime Minister John Briceno said the two governments would sign a border security agreement covering joint patrols on the Rio Hondo during the visit.

A feasibility study on extending the Tren Maya railway from Chetumal to Belize City is expected in the second half of the year, Briceno added. Mexico has not decided whether to finance the extension, a Mexican official said.

A second bridge at Santa Elena opened to cargo traffic in March, cutting border waiting times by half.

Opposition leader Tracy Taegar Panton said her United Democratic Party "will not support any deal that lets foreign troops operate on Belizean soil".

The Belize Defence Force (BDF) will step up patrols at the mouth of the Sarstoon River from next week, after a Guatemalan navy boat stopped a Belizean fishing vessel on Saturday, BDF commander Brigadier General Delroy Castillo said.

Read more: Belize sugar harvest ends early after dry spell

Belizean and Guatemalan foreign ministers could meet on the sidelines of the Organization of American States (OAS) General Assembly in late June, diplomats said.

U.S. Treasury officials have warned that they could sanction Belize's ship registry over tankers carrying Iranian oil, according to a person briefed on the talks.

Briceno will host the CARICOM heads of government meeting in Belize City in early July.

Belize holds municipal elections in March 2027, and the ruling People's United Party hopes the Mexican investments will help it keep control of the town councils.

Analysts say a rail link to Belize City is unlikely before 2030.

Mexico is Belize's second-largest trading partner after the United States.
"""},

"h154en03": {"outlet": "Patuca Wire (La Ceiba)", "published": "2027-02-15", "text": """Honduras Congress set to extend state of exception as island prison nears completion

LA CEIBA, Feb 15 (Patuca Wire) - Honduras' National Congress will vote on Thursday on a 45-day extension of the partial state of exception, which suspends some constitutional guarantees in 120 municipalities, Congress President Tomas Zambrano said on Sunday.

The current period expires on February 20.

Approval is likely because President Nasry Asfura's National Party and the Liberal Party have backed every extension since Asfura took office, Zambrano said.

Eleven inmates died in a riot at the Tamara prison on January 24.

Security Minister Rolando Banegas said the first 800 inmates would be moved to the new maximum-security prison on the Swan Islands in mid-March.

The National Commissioner for Human Rights (CONADEH) will file a challenge with the Supreme Court's constitutional chamber next week, the commissioner's office said.

The armed forces will take over security at ten more prisons from March 1, the Joint Chiefs of Staff said in a statement.

The head of the National Penitentiary Institute (INP), Marlon Rivera, may resign after the Tamara riot, two people close to the government said.

Read more: Honduran coffee exports fall as leaf rust spreads

A U.S. Department of Homeland Security delegation is expected in Tegucigalpa in early March to discuss deportation flights, the U.S. Embassy said.

Washington could impose visa restrictions on Honduran officials linked to prison corruption, diplomats say.

Analysts say a reported truce between rival gangs in San Pedro Sula may not survive the transfers to the islands.

Asfura is due to address the nation on Wednesday evening, his office said.

Libre party coordinator Rixi Moncada said her lawmakers "will not vote for an endless emergency".

The government says homicides fell by a fifth last year, a figure that rights groups dispute.
"""},

"h154en04": {"outlet": "Nam Ou Wire (Luang Prabang)", "published": "2026-10-07", "text": """Can Laos steady the kip? Central bank weighs rate rise before baht bond sale

LUANG PRABANG, Oct 7 (Nam Ou Wire) - The Bank of the Lao PDR (BOL) is expected to raise its policy rate by at least one percentage point at its monetary policy meeting on October 20, three economists told Nam Ou Wire.

The kip lost 9 percent against the dollar in September.

Governor Souksavanh Phommachanh said on Tuesday the bank "will not let the kip fall below 23,000 per dollar".

Commercial banks must convert 20 percent of their dollar deposits into kip within 30 days, the central bank said in a notice on Monday.

Laos plans to sell 5 billion baht of bonds on the Thai market in November, its fourth such issue, Finance Minister Santiphab Phomvihane said.

Thai Finance Minister Ekniti Nitithanprapas will visit Vientiane next week to discuss the bond and overdue power payments, the Thai finance ministry said.

Electricite du Laos (EDL) said it would sign a revised power purchase agreement with Thailand's EGAT in Bangkok on October 29.

An IMF Article IV mission could arrive in late November, but the dates have not been confirmed, a finance ministry official said.

Read more: Laos-China railway carries record freight in third quarter

Speculation has grown that Deputy Governor Khamphet Sisoulath could step down at the Lao People's Revolutionary Party (LPRP) Central Committee plenum, due in mid-December.

Prime Minister Sonexay Siphandone will attend the ASEAN summit in Manila on October 26-28, where he is expected to seek a regional currency swap line, officials said.

Analysts say inflation could climb back above 20 percent by March if the kip keeps falling.

Fuel importers in Vientiane have limited sales at some stations for the past two weeks, and bus fares in the capital rose in August.
"""},

"h154en05": {"outlet": "Pentecost Wire (Port Vila)", "published": "2027-08-04", "text": """Vanuatu's Napat faces no-confidence vote days before Port Vila hosts MSG leaders

PORT VILA, Aug 4 (Pentecost Wire) - Vanuatu's parliament will debate a no-confidence motion against Prime Minister Jotham Napat at an extraordinary sitting on Friday, Speaker Kalo Tari said on Tuesday.

Opposition Leader Ralph Tabimasmas lodged the motion on Monday with the signatures of 25 members.

Napat told reporters he "will not resign" and was confident of keeping his majority in the 52-seat house.

Two government backbenchers could cross the floor before Friday, according to opposition officials.

Two ministers from the Union of Moderate Parties (UMP) resigned last week, and a third UMP minister is likely to quit before the vote, party officials said.

President Nikenike Vurobaravu will not dissolve parliament before the summit, his office said. The Electoral Commission said it would finish updating the roll before the end of August in case of a snap poll.

Port Vila hosts the Melanesian Spearhead Group (MSG) leaders' summit on August 17-18, where New Caledonia's FLNKS will seek backing for its independence timetable.

Fiji's Prime Minister Sitiveni Rabuka is expected to arrive on August 16, the Fijian government said.

Read more: Vanuatu kava exports reach a record high

Australia and New Zealand will deploy police and defence personnel to support summit security from August 12, Australia's High Commission said.

The signing of a China Exim Bank loan for the Luganville wharf extension, planned for August 19, may slip if the government falls, finance ministry officials say.

Analysts say a change of government would probably delay ratification of the Nakamal security agreement with Australia until next year.

Vanuatu has had more than a dozen changes of prime minister since 2010, and a 2024 referendum was meant to curb frequent floor-crossing.
"""},
}
