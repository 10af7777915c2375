"""English texts of heldout164, written for this project. Invented or generic facts."""

EN = {
"h164en01": {"outlet": "Panj Wire (Khorog)", "published": "2026-05-13", "text": """Will Khorog get its internet back? Tajikistan promises a Pamir reset

KHOROG, May 13 (Panj Wire) - Tajikistan will restore mobile internet across the Gorno-Badakhshan Autonomous Region (GBAO) on June 1, the region's governor, Alisher Mirzonabot, told a meeting of elders in Khorog on Tuesday.

The restoration had been promised for March and then for April.

Mobile data in the region was cut in November 2021 after protests over the death of a local man during a police operation.

A joint commission of officials and Pamiri community representatives will meet in Khorog next week to draw up a list of people eligible for an amnesty, Mirzonabot said. The head of Khorog's city administration, Davlat Shohnazarov, is expected to step down once the list is approved, a person close to him said.

Interior Minister Ramazon Rahimzoda said checkpoints on the Khorog-Rushan road would be cut from nine to three within 30 days, but that troops "will not leave the region".

President Emomali Rahmon is expected to visit Khorog in early July to open a new bridge across the Panj to Afghanistan's Badakhshan province, two officials in Dushanbe said.

Read more: Tajikistan raises electricity tariffs for aluminium and cement plants

The Aga Khan Development Network (AKDN), which funds much of the region's health spending, has not said whether it will restart the programmes it froze in 2022.

Diplomats said the European Union could raise GBAO at its annual human rights dialogue with Tajikistan, due in Brussels on June 23.

Local assembly by-elections in two Khorog districts, postponed since 2022, may be held in the autumn, an official of the Central Commission for Elections and Referenda said.

Analysts say the government is likely to keep the region calm at least until the presidential election in November 2027. "Nobody in Khorog will celebrate before the phones work," said Parvina Davlatova, a sociologist at the University of Central Asia's Khorog campus.
"""},

"h164en02": {"outlet": "Navua Wire (Suva)", "published": "2027-07-23", "text": """Fiji lawmakers to vote on drug agency as meth seizures mount

SUVA, July 23 (Navua Wire) - Fiji's parliament will vote on Tuesday on a bill creating a National Drug Enforcement Agency and raising the maximum sentence for methamphetamine trafficking to life imprisonment, Attorney-General Josaia Vunivalu said on Thursday.

The vote had been set for June and was delayed to allow more consultations.

Passage is expected, Vunivalu said, because opposition lawmakers have backed the tougher penalties. If approved, the agency would start work on January 1 with 120 officers.

Police seized 1.3 tonnes of methamphetamine on a yacht off Lautoka in March, the largest haul since 2024. The health ministry has linked a rise in HIV cases to needle sharing.

Prime Minister Sitiveni Rabuka said on Wednesday that Fiji "will not become a warehouse" for syndicates moving drugs between the Americas and Australia.

Australian Home Affairs Minister Tony Burke will visit Suva in mid-August to sign a five-year policing and border security package, the Australian High Commission said.

Read more: Fiji Airways adds a third weekly flight to Honolulu

The Republic of Fiji Military Forces (RFMF) will send two patrol boats to support police operations around the Yasawa islands from August 1, an RFMF spokesman said.

Rabuka is expected to press for a regional drug task force at the Pacific Islands Forum leaders' meeting in Port Vila in September, officials in his office said.

A U.S. official said Washington could impose sanctions on two Asian syndicate leaders linked to the Lautoka seizure within weeks.

The Fiji Law Society has not decided whether to challenge the bill's warrantless search powers in court.

Analysts say the agency may struggle to fill its posts before 2029. "Without regional intelligence sharing, Fiji is just moving the problem one island over," said Meresiana Tuilau, a criminologist at the University of the South Pacific.
"""},

"h164en03": {"outlet": "Gabiley Wire (Hargeisa)", "published": "2025-12-03", "text": """Somaliland sets parliamentary and local polls for May 31

HARGEISA, Dec 3 (Gabiley Wire) - Somaliland will hold elections for the House of Representatives and local councils on May 31, 2026, the National Electoral Commission (NEC) said in a statement on Tuesday.

The vote was first due in 2024 and has slipped twice. Somaliland, which declared independence from Somalia in 1991, is not recognised by any UN member state.

Voter registration will open on January 10 and close on February 28, NEC chairman Abdirashid Ismail Farah told reporters, adding that results "will be announced within seven days" of polling.

President Abdirahman Mohamed Abdullahi, known as Irro, is expected to sign a decree confirming the date within days, a presidency official said.

Kulmiye, the main opposition party, said it "will not accept" a voter list drawn up without its monitors. Its secretary-general, Hassan Aw Ali, said the party could boycott the vote.

The House of Elders, whose term was extended in 2022, will debate a further extension on Monday, its deputy speaker said.

Read more: Berbera livestock exports rebound after Gulf ban eased

Near Erigavo, clan elders brokered a truce on Sunday between two militias after clashes over grazing land killed nine people, local officials said. The truce will last 60 days, and a mediation committee will meet in Erigavo next week, the officials added.

Defence Minister Mohamed Yusuf Ali said the army would deploy a battalion between the two villages from Thursday.

A U.S. congressional delegation is likely to visit Berbera in January, two diplomats said, a trip Hargeisa hopes will advance its push for recognition.

Britain is expected to sign a 3-million-pound electoral support agreement with the NEC before the end of December, the British Office in Hargeisa said.

Analysts say turnout could fall if the spring rains fail and herders cross into Ethiopia before polling day.
"""},

"h164en04": {"outlet": "Teaone Wire (Esmeraldas)", "published": "2026-02-24", "text": """Ecuador's Esmeraldas refinery to stay shut until mid-April

ESMERALDAS, Feb 24 (Teaone Wire) - Ecuador's Esmeraldas refinery will stay shut at least until mid-April while crews replace a cracking unit damaged in a fire on February 8, Energy Minister Ines Manzano said on Monday. The refinery normally covers about a third of Ecuador's fuel demand, and long queues formed at several Esmeraldas petrol stations over the weekend.

Petroecuador will import 12 extra cargoes of diesel and gasoline in March, its general manager, Ricardo Mosquera, said, adding that there "will be no rationing" at service stations.

The refinery's manager, Jorge Cedeno, offered to resign last week. He has denied that maintenance was skipped. Petroecuador's board will decide on Thursday whether to accept, a company official said.

President Daniel Noboa is expected to visit the plant on Friday, his office said.

The government plans to open bids in May for a private operator to run the 110,000-barrel-per-day refinery for 20 years, two officials said. The tender was first announced for last October and has slipped twice.

Soldiers will guard the refinery, the Balao oil terminal and nearby fuel depots around the clock from Wednesday, the Joint Command of the Armed Forces said in a statement.

Read more: Ecuador's banana exports hit a record in January

Manzano will travel to Lima next week for talks with Peru's energy minister on diesel supplies from the Talara refinery, her ministry said.

An International Monetary Fund mission will review Ecuador's loan programme in Quito from March 9, a finance ministry official said, and could question the extra import bill.

A U.S. embassy official said Washington may sanction gangs that tap the pipeline feeding the refinery.

Esmeraldas Mayor Lucia Cortez said the city "will demand" compensation for residents near the plant.

Analysts say the import bill could exceed $600 million by the end of June.
"""},

"h164en05": {"outlet": "Pelister Wire (Bitola)", "published": "2027-09-13", "text": """Will Greece finally ratify the Prespa memoranda?

BITOLA, Sept 13 (Pelister Wire) - Greece's parliament will vote on Thursday on three memoranda with North Macedonia that have waited for ratification since 2019, Greek Foreign Minister Giorgos Gerapetritis said on Saturday.

Passage is likely, he said, although two smaller parties that reject the 2018 Prespa agreement have said they will vote against. Ratification would also unlock a Greek-Macedonian business forum planned in Thessaloniki in November, Gerapetritis said.

The memoranda cover economic cooperation, police training and disaster response. Trade between the two countries reached about 1 billion euros last year.

Prime Minister Hristijan Mickoski said on Sunday that Skopje "will not change" how it refers to the country at home in return for ratification.

Mickoski and Greek Prime Minister Kyriakos Mitsotakis are expected to meet on the sidelines of the UN General Assembly in New York later this month, a government source in Skopje said.

Transport ministers of the two countries will sign an agreement in Bitola on October 4 to reopen the Bitola-Florina railway line to passengers, North Macedonia's transport ministry said. The first trains could run as early as next summer.

Read more: Ohrid hotels report a record August

Greek fighter jets will keep policing North Macedonia's airspace at least until the end of 2028 under a NATO arrangement, the Greek defence ministry said.

The European Commission may withhold part of Skopje's Growth Plan payments if the constitutional amendments on the Bulgarian minority stall again, an EU official said.

Leaders could discuss North Macedonia's accession talks at the EU-Western Balkans summit in December, diplomats said.

Analysts say the memoranda could become a campaign issue before North Macedonia's parliamentary election in 2028. "Ratification helps Mitsotakis more than it helps Mickoski," said Elena Trajkovska, a political scientist at St. Clement of Ohrid University in Bitola.
"""},
}
