"""English texts of heldout38, written for this project in one sitting. Invented or generic facts."""

EN = {
"h38en01": {"outlet": "Ruvubu Wire", "published": "2027-01-14", "text": """Burundi's ruling party set to back Ndayishimiye for a second term

GITEGA, Jan 14 (Ruvubu Wire) - Burundi's ruling CNDD-FDD will hold an extraordinary congress in Gitega on Saturday that is expected to endorse President Evariste Ndayishimiye as its candidate in the May presidential election, party secretary-general Reverien Ndikuriyo said on Wednesday.

The Independent National Electoral Commission (CENI) has set the vote for May 20, with candidate filing open from February 15 to February 26, its chairman, Prosper Ntahorwamiye, told reporters.

Ndayishimiye, a former army general, took office in June 2020 after the sudden death of Pierre Nkurunziza. The 2018 constitution allows two consecutive seven-year terms.

The opposition remains divided. Agathon Rwasa, who was ousted as leader of the National Congress for Freedom (CNL) in 2024, could run as an independent, two people close to him said, adding that a decision was not expected before the end of January.

Read more: Burundi coffee exports rebound after two lean seasons

An International Monetary Fund team will arrive in Bujumbura next week to resume talks on a new Extended Credit Facility, the finance ministry said. The previous programme went off track in 2024 amid severe fuel shortages and a widening gap between the official and parallel exchange rates.

Analysts say the central bank could move to unify the two rates before the vote, though Governor Edouard Normand Bigendako said last week there would be "no sudden devaluation".

Ndayishimiye will travel to Dar es Salaam on January 28 to sign a financing agreement for the Uvinza-Musongati railway with Tanzanian President Samia Suluhu Hassan, his office said.

Defence Minister Alain Tribert Mutabazi said the last Burundian troops deployed in eastern Congo's South Kivu province would return home by the end of March.

The European Union may send an election observation mission, an EU official in Bujumbura said, adding that a decision would be taken in February after an exploratory visit.
"""},

"h38en02": {"outlet": "Macal Wire", "published": "2026-08-25", "text": """Belize to table draft republican constitution on Friday

BELMOPAN, Aug 25 (Macal Wire) - Belize's government will table the draft of a new constitution in the House of Representatives on Friday, Prime Minister John Briceno said on Monday.

The People's Constitution Commission, set up in 2022, handed its final report to Governor-General Froyla Tzalam in June after three years of public hearings. The draft would replace the British monarch with a president chosen by the National Assembly.

Briceno said he hoped a national referendum could be held on November 18, but that the date would depend on "how fast the House moves". Analysts expect him to announce the date formally in his Independence Day address on September 21.

His People's United Party won 26 of the 31 seats in the March 2025 general election. The opposition United Democratic Party (UDP) will vote against the draft unless the president is directly elected, its leader Tracy Taegar Panton said.

Read more: Belize tourist arrivals hit a record in July

Briceno is due to travel to Taipei next week for talks with President Lai Ching-te, his office said. Belize is one of a dozen countries that still recognise Taiwan, and Foreign Minister Francis Fonseca told lawmakers on Thursday that Belize "will not change" its recognition.

The Belize Defence Force will hold a joint exercise with British troops in the Chiquibul forest in mid-September, the defence ministry said.

CARICOM leaders will meet in Georgetown in early October for a special session on food security, the CARICOM Secretariat said.

Cane farmers could halt deliveries to the Tower Hill mill when the crop season opens in December unless the government brokers a new price deal with the mill's owner, the Belize Sugar Cane Farmers Association said.

Housing Minister Dorian Cal could resign before the end of September over a land-allocation dispute, two ruling party officials said.
"""},

"h38en03": {"outlet": "Saronic Wire", "published": "2026-10-13", "text": """Mitsotakis rules out snap election as Tsipras readies new party

ATHENS, Oct 13 (Saronic Wire) - Greek Prime Minister Kyriakos Mitsotakis ruled out an early election on Monday, saying the next general election would be held in the first half of 2027 "as the constitution foresees".

Most analysts expect the vote in May, shortly before parliament's four-year term ends. New Democracy won 158 of the 300 seats in the June 2023 election but has trailed its 2023 score in every poll since last year.

Former prime minister Alexis Tsipras is expected to launch his new party at a rally in Thessaloniki on November 7, two people involved in the preparations said. An Agora Metrics poll published on Sunday found such a party could finish second, ahead of the socialist PASOK.

PASOK leader Nikos Androulakis said his party would not join a coalition with New Democracy "under any circumstances".

Read more: Greek tourism revenue tops 2025 record

Parliament will vote on Thursday to ratify leases allowing Chevron and HELLENiQ ENERGY to explore for gas in four offshore blocks south of Crete, the energy ministry said. Libya's eastern-based authorities have objected to the blocks, and Ankara could also protest, diplomats said.

Foreign Minister George Gerapetritis said the High-Level Cooperation Council with Turkey, postponed twice this year, could meet in Athens in December.

The frigate Psara will return to the Red Sea in late November to join the European Union's Aspides naval mission, the defence ministry said.

Deputy Rural Development Minister Petros Vlachogiannis could resign within days after being named in a European Public Prosecutor's Office inquiry into farm subsidy fraud, government officials said.

Mitsotakis will attend the European Council in Brussels on October 22-23, where migration from Libya is expected to top his agenda, his office said.
"""},

"h38en04": {"outlet": "Fanga'uta Wire", "published": "2025-11-27", "text": """Tonga's new parliament to choose prime minister as nobles hold the balance

NUKU'ALOFA, Nov 27 (Fanga'uta Wire) - Tonga's newly elected Legislative Assembly will meet on Monday to elect a prime minister, the Legislative Assembly's office said in a statement, a week after a general election in which independent candidates won most of the 17 people's seats.

Caretaker Prime Minister Aisake Eke is expected to win the backing of at least 14 of the 26 elected members, two of his supporters said. Lord Fakafanua, the outgoing speaker, could still draw enough votes from the nine noble representatives and a handful of independents to defeat him.

"The nobles have always had the last word," said Mele Taufa, a political scientist at the University of the South Pacific's campus in Nuku'alofa. She said the new prime minister was likely to make Canberra his first overseas trip.

King Tupou VI will open the new parliament's first session on December 15, the Palace Office said.

Read more: Tonga squash exports to Japan rise for a third year

The next government faces a heavy debt load. Tonga owes about 120 million US dollars to the Export-Import Bank of China, and finance ministry officials said a delegation would travel to Beijing in January for talks with the bank on a further deferral of repayments. A deal could be reached by the end of March, one of them said.

Australian Defence Minister Richard Marles is due in Nuku'alofa next week to discuss the Pacific Policing Initiative and a new patrol boat, the Australian High Commission said. Officials in both countries say a bilateral security agreement is expected to be signed in the first half of 2026.

Three losing candidates have filed election petitions, and the Supreme Court could order by-elections in one or two constituencies, lawyers for the petitioners said.
"""},

"h38en05": {"outlet": "Chari Wire", "published": "2025-09-08", "text": """Chad appeals court to hear Masra case as lawmakers ready term-limit vote

N'DJAMENA, Sept 8 (Chari Wire) - Chad's Court of Appeal will hear opposition leader Succes Masra's appeal against his 20-year prison sentence on Tuesday, September 16, his lawyer Lucien Ngarmadji said on Sunday.

Masra, a former prime minister who leads the Transformers party, was convicted on August 9 of inciting violence over clashes in the southern village of Mandakao in May in which 42 people were killed. He denies the charges, and his supporters have staged sporadic protests in the capital since his arrest in May.

Lawmakers are expected to approve a constitutional amendment extending the presidential term to seven years and removing the two-term limit at a joint session of both chambers in late September, parliamentary sources said. The Transformers' vice-president, Sosthene Ndolembai, said the party's deputies would walk out of the session.

Government spokesman Gassim Cherif Mahamat said on Saturday the government "will not interfere" with the court.

Read more: Chad's cotton output forecast to rise 8% this season

In the east, the army said on Friday it had sent 1,500 extra troops to the border with Sudan after gunmen crossed near Adre, and that another 500 would be deployed within 48 hours.

Hungary's Defence Minister Kristof Szalay-Bobrovniczky is expected in N'Djamena next week to finalise the deployment of about 200 Hungarian soldiers, diplomats said. The first contingent could arrive in October.

Chad and Savannah Energy will resume talks in Paris next week on compensation for oil assets nationalised in 2023, the oil ministry said.

President Mahamat Idriss Deby is scheduled to address the UN General Assembly in New York on September 24.

The European Parliament may debate an urgency resolution on Masra's case at its October plenary in Strasbourg, an EU official said.
"""},
}
