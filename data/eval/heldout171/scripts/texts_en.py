"""English texts of heldout171, written for this project on 2026-12-05. Invented or generic facts."""

EN = {
"h171en01": {"outlet": "Kadiogo Wire (Ouagadougou)", "published": "2026-07-07", "text": """Will Donsin finally open? Burkina Faso sets a September date for its new airport

OUAGADOUGOU, July 7 (Kadiogo Wire) - Burkina Faso's new international airport at Donsin, north-east of the capital, will open to commercial flights on September 15, Transport Minister Roland Somda said on Monday.

The opening has slipped three times since December 2024 because the radar was not ready.

Somda said Air Burkina and Air Cote d'Ivoire would operate the first flights and that the old airport would close to passenger traffic within 48 hours of the transfer. He said the state "will not sell" the land of the old airport to private developers.

The armed forces general staff said in a statement that an air-defence unit would be deployed around Donsin from August 1.

Captain Ibrahim Traore, the transitional president, is expected to inaugurate the terminal, a presidency source said, possibly alongside his Malian and Nigerien counterparts, Assimi Goita and Abdourahamane Tiani.

Finance Minister Aboubakar Nacanabo said a $45 million loan from the Saudi Fund for Development for the access road is likely to be signed in Riyadh next week.

Read more: Burkina Faso raises fuel prices again

ASECNA, the regional air navigation agency, will run calibration flights in mid-August, the agency said.

Turkish Airlines could move its Istanbul flights to Donsin as early as November, an airline official said, while Air France, which suspended its Ouagadougou service in August 2023, has not decided whether to return.

The leaders of the Alliance of Sahel States (AES) are due to hold their next summit in Ouagadougou in December, officials have said. Elections, under the transition charter extended in May 2024, are not expected before 2029.

Analysts say passenger numbers are unlikely to return to their 2021 level before 2028. "An airport does not fill itself when the roads around it are unsafe," said Issa Sawadogo, a transport economist at Joseph Ki-Zerbo University.
"""},

"h171en02": {"outlet": "Cibao Wire (Monte Cristi)", "published": "2025-09-16", "text": """Dominican Republic to sign Manzanillo power contract as blackouts hit the north-west

MONTE CRISTI, Sept 16 (Cibao Wire) - The Dominican government will sign a contract on Friday with a consortium led by Spanish firm Energia Atlantica to build two 400-megawatt gas-fired power plants at Manzanillo Bay, Energy and Mines Minister Joel Santos said on Monday.

Santos said the first unit should start producing in the second half of 2027 and the second "by the end of 2028 at the latest". He will brief the Senate energy committee on the contract on Wednesday, the Senate's press office said.

The Senate is expected to vote on it before the end of October, two senators from the ruling Modern Revolutionary Party (PRM) said.

The main opposition party, Fuerza del Pueblo, said it would ask the Constitutional Court to annul the tender, saying two bidders were excluded. Its leader, former president Leonel Fernandez, called the process "rushed".

President Luis Abinader is likely to travel to Monte Cristi for the signing, a presidency source said.

Read more: Dominican central bank cuts rates

Scheduled power cuts of up to eight hours a day will continue in the north-west at least until the end of October, the state transmission company ETED said in a statement. The head of the northern distributor Edenorte resigned on Friday after protests in Mao.

The electricity superintendency could fine Edenorte if outages exceed the published schedule, an official at the regulator said.

A liquefied natural gas supply agreement with a U.S. supplier could be finalised next month, according to a person familiar with the talks. The defence ministry said 300 soldiers would guard the plant site from October 1.

Analysts say electricity tariffs are likely to rise in 2026. "The plants fix the supply problem in two years; they do nothing for the losses in the grid today," said Marisol Tavarez, an energy economist in Santo Domingo.
"""},

"h171en03": {"outlet": "Drenica Wire (Mitrovica)", "published": "2027-01-26", "text": """Will the north pay for its power? Kosovo to bill Serb-majority municipalities from March

MITROVICA, Jan 26 (Drenica Wire) - Kosovo's electricity distributor KEDS will start sending bills to households in the four Serb-majority northern municipalities from March 1, the Energy Regulatory Office (ERO) said on Monday.

Economy Minister Artane Rizvanolli said no household would be disconnected before June and that families who register by the end of February would have their old debts written off.

Serbia's Office for Kosovo and Metohija said Belgrade "will not recognise" the bills. Its director, Petar Petkovic, told Serbian state television that ElektroSever, the Serbian-registered supplier, remained "the only legitimate company" in the north.

Serb List, the main party of Kosovo Serbs, could call on residents not to register, its leader Zlatan Elek said, adding that the party would decide at a meeting in Zvecan on Saturday.

The EU's special representative for the dialogue, Peter Sorensen, will host chief negotiators from Belgrade and Pristina in Brussels next week, the European External Action Service said.

Read more: Kosovo's 2027 budget passes

KFOR said it would step up patrols around substations in Zvecan and Zubin Potok from Thursday.

EU diplomats said the bloc could lift the last of its measures against Kosovo as early as March if the billing starts without incidents. The measures were imposed in June 2023 after clashes in Zvecan.

The issue is also likely to come up at the EU-Western Balkans summit in June, a Kosovo government official said.

Kosovo's transmission operator KOSTT has not said whether it will seek compensation from Serbia's EPS for electricity consumed in the north.

Analysts say collection rates in the north are unlikely to exceed 40 percent in the first year. "People will pay when they see the lights stay on and nobody comes to arrest them," said Lirie Kabashi, a researcher at a Pristina energy think tank.
"""},

"h171en04": {"outlet": "Baoule Wire (Bougouni)", "published": "2026-04-22", "text": """Mali's first Bougouni lithium heads for Abidjan under army escort

BOUGOUNI, April 22 (Baoule Wire) - The first 20,000 tonnes of lithium concentrate from the Bougouni mine in southern Mali will leave for the Ivorian port of Abidjan next week, Mines Minister Amadou Keita said on Tuesday.

Keita signed the export permit last Thursday after months of talks with the mine's operator, London-listed Kodal Minerals, over the state's share of the project. Under the agreement, the state and local investors hold 35 percent of the Malian operating company, in line with the 2023 mining code.

The army will escort the trucks as far as the Ivorian border at Zegoua, the armed forces said in a statement, after fighters linked to JNIM attacked a fuel convoy near Kolondieba in March.

Ivorian Transport Minister Amadou Kone is expected in Bamako in mid-May to sign a corridor agreement that would cut border waiting times, two officials said.

A Kodal spokesman said the company aimed to ship about 120,000 tonnes in its first full year, depending on road conditions during the rainy season.

Read more: Mali's gold output falls for a second year as artisanal sites close

In the Bougouni area, a truce between traditional dozo hunters and Fulani herders, agreed in February after clashes that killed 11 people, expires at the end of May. Local elders are expected to extend it by six months, a regional official said.

The ministry has not decided whether to renew the permits of two Chinese-owned processing sites near Goulamina, and could suspend them over unpaid taxes, a ministry official said.

Transitional President Assimi Goita will visit the mine on May 10, his office said.

Analysts say lithium revenue could reach $150 million in 2027 if prices recover. "Mali has proved it can get a permit signed; it has not yet proved it can keep a road open," said Mariam Tangara, an economist in Bamako.
"""},

"h171en05": {"outlet": "Naparima Wire (San Fernando)", "published": "2027-10-12", "text": """Can Pointe-a-Pierre refine again? Trinidad's cabinet to pick a refinery bidder

SAN FERNANDO, Trinidad, Oct 12 (Naparima Wire) - Trinidad and Tobago's cabinet will choose on Thursday between two bidders to lease and restart the Pointe-a-Pierre refinery, shut since November 2018, Energy Minister Roodal Moonilal said on Monday.

The government expects to sign the lease before the end of November, and the first crude could be processed in the second half of 2028, Moonilal said. He said the state "will not sell" the refinery, only lease it for 25 years.

The decision was first due in July and has slipped twice. Moonilal is due to meet union leaders before the cabinet decision, and a delegation from one of the bidders, an Indian-led consortium, will tour the refinery on Wednesday, the ministry said.

The Oilfields Workers' Trade Union (OWTU) said it would not accept any deal that did not rehire former refinery workers first. Its president general, Ancel Roget, said the union would picket the energy ministry on Friday.

Opposition Leader Pennelope Beckles said the opposition would table a motion in the House of Representatives next week calling for the bids to be published.

The chairman of state-owned Heritage Petroleum, Anil Seecharan, is expected to step down after the decision, according to a person close to the board.

Read more: Trinidad and Tobago's central bank holds its repo rate

Prime Minister Kamla Persad-Bissessar is expected to present the project to CARICOM heads of government at their meeting in February, her office said.

Any crude bought from Venezuela could expose the refinery to U.S. sanctions, analysts say, and the local government elections expected in March are likely to turn partly on the project. "Whoever wins the lease inherits a rusting plant and a very long list of promises," said Celeste Baptiste-Ramdin, an energy economist at the University of the West Indies.
"""},
}
