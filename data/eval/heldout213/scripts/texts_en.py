"""English texts of heldout213, written for this project in one sitting. Invented or generic facts."""

EN = {
"h213en01": {"outlet": "Oldehove Wire (Leeuwarden)", "published": "2027-01-26", "text": """Will gas under the Wadden decide Friesland's vote?

LEEUWARDEN, Jan 26 (Oldehove Wire) - Friesland's provincial minister for energy, Sietske Bouma, will step down on Friday in protest after the Dutch cabinet refused to withdraw a permit for gas drilling near Ternaard, her Frisian National Party (FNP) said on Monday.

The cabinet confirmed the permit last Thursday, despite objections from the province and from Wadden Sea conservation groups. The Council of State, the country's highest administrative court, is due to rule on appeals against it on February 24, a court spokesman said.

Bouma said the province "will not cooperate" with the drilling company on road access or water permits. The provincial government said it has not decided whether to appoint a successor before the election.

The row comes seven weeks before provincial elections on March 17, the first since the Farmer-Citizen Movement (BBB) won 15 of the 43 seats in the Frisian council in 2023. The new councils will elect the Senate on May 31.

BBB leader Caroline van der Plas is expected to campaign in Harlingen on Saturday, party officials said. Climate and Green Growth Minister Joost van Dalen plans to visit Ternaard next month to meet residents, his ministry said in a statement.

Read more: Dutch dairy farmers begin buyout talks under new nitrogen scheme

Environment ministers from the Netherlands, Germany and Denmark will meet in Esbjerg in early March for the trilateral Wadden Sea conference, a Dutch official said. Berlin could raise the Ternaard drilling at the meeting, diplomats said, since Germany has opposed new gas production anywhere in the shared Wadden Sea.

Analysts say the FNP could double its four seats if voters punish the national parties over the permit. "Gas has become a question of who decides for Friesland, The Hague or Leeuwarden," said Marieke de Boer, a political scientist at the University of Groningen.
"""},

"h213en02": {"outlet": "Mar Piccolo Wire (Taranto)", "published": "2026-05-14", "text": """Italy to sign ex-Ilva sale next week as Taranto unions threaten strike

TARANTO, May 14 (Mar Piccolo Wire) - Italy will sign the sale of the former Ilva steelworks in Taranto to Indian group Suvarna Steel next Wednesday, Enterprise Minister Adolfo Urso said on Wednesday, ending a two-year search for a buyer. The signing was first planned for March.

The plant, which employs about 10,000 people, has been under special administration since February 2024, when the state took control from ArcelorMittal.

Suvarna is expected to restart blast furnace number 1 by the end of the year, Urso said. About 3,000 workers will remain on furlough at least until the end of September, the labour ministry said.

Union leaders will meet Urso in Rome tomorrow. UILM leader Rocco Palombella said the three metalworkers' unions would strike for 24 hours on May 22 unless the contract guaranteed every job.

Puglia's regional president, Antonio Decaro, said the region "will not accept" coal-fired furnaces in Taranto after 2030.

The European Commission is expected to approve a 1 billion euro bridging loan for the plant before the end of June, two EU officials said. A Taranto court is due to hear prosecutors' request to extend the seizure of the plant's hot area on June 3, and it could order new limits on output, lawyers for the administration said.

Read more: Italy's industrial output falls for third month as energy costs bite

Suvarna's chairman, Ravi Suvarna, is likely to meet Prime Minister Giorgia Meloni at Palazzo Chigi on the day of the signing, according to a person familiar with the plans.

Analysts say the buyer may seek to cut output to 4 million tonnes in 2027, a year in which Italy is due to hold a general election. "Every government has promised to save Taranto. This one has to deliver before voters judge it," said Chiara Lotti, an economist at a Bari research institute.
"""},

"h213en03": {"outlet": "Ria Formosa Wire (Faro)", "published": "2025-11-17", "text": """Portugal and Spain aim to settle Guadiana water row at Huelva summit

FARO, Nov 17 (Ria Formosa Wire) - Portugal and Spain are expected to sign an agreement allowing the Algarve to draw water from the Guadiana river at Pomarao when Prime Ministers Luis Montenegro and Pedro Sanchez meet at the Iberian summit in Huelva on December 11, Environment Minister Maria da Graca Carvalho said on Sunday.

The deal would let Portugal pump up to 30 million cubic metres a year to the Odeleite reservoir, about a tenth of the region's needs, she said. Lisbon will ask the European Commission to co-finance the pipeline, a decision not expected before the spring, the minister added.

Spain's ecological transition ministry said on Monday that Madrid "will not accept" any abstraction that lowers minimum flows in the lower Guadiana during drought years.

The Commission for the Application and Development of the Albufeira Convention (CADC), which manages shared rivers under the 1998 treaty, will meet in Lisbon next week to finalise the text, a Portuguese official said. Montenegro is also likely to raise the timetable for the Lisbon-Madrid high-speed line at the summit, the official added.

Read more: Algarve hotel bookings hold up despite water restrictions

The Algarve's reservoirs are at 21 percent of capacity. The government could declare a water emergency in the region as early as next month, two people familiar with the discussions said.

Aguas do Algarve, the state-owned utility, expects to award the contract for the Albufeira desalination plant by the end of January, its chairman said. The environment agency APA must issue its opinion on the Pomarao pipeline within 30 days, the agency said.

Faro's new mayor, Helena Mestre, elected in the October 12 local elections, said the region "cannot wait another summer".

Analysts say Madrid may ask for Portuguese concessions on Tagus flows in return, which Lisbon has resisted since the 2022 drought.
"""},

"h213en04": {"outlet": "Onega Wire (Petrozavodsk)", "published": "2027-04-21", "text": """Karelia sets September vote as Moscow builds up army on Finnish border

PETROZAVODSK, April 21 (Onega Wire) - Karelia's legislative assembly will formally call the election for head of the republic on Thursday, with voting set for September 19, assembly speaker Anatoly Rybakov said on Tuesday.

Artur Parfenchikov, who has led the northwestern region on the Finnish border since 2017, has not said whether he will seek a third term. Two sources close to the Kremlin's domestic policy team said he was likely to step down before the summer to make way for an acting head.

Kremlin spokesman Dmitry Peskov said on Tuesday that "the election will take place on time" and declined to comment on Parfenchikov's future.

Yabloko's regional leader, Nikolai Kuzmin, said the party would try to register a candidate but was unlikely to clear the municipal filter, which requires signatures from local deputies.

The vote comes as Russia expands its military presence in the region. The headquarters of a new army corps in Petrozavodsk will be fully staffed by the end of the year, Russia's defence ministry said last month.

Finland's border guard said the eastern crossings, closed since December 2023, would stay shut at least until the end of the year. Finnish President Alexander Stubb will visit the border town of Lieksa on Monday, his office said.

Read more: Russia's birch plywood exporters turn to Turkey and India

EU governments are expected to adopt a new sanctions package in June that would ban remaining imports of Russian birch plywood, a key Karelian export, EU diplomats said. Karelia's government will ask Moscow for 5 billion roubles in support for timber firms, it said in a statement.

Analysts say turnout could fall below the 2022 level of 35 percent.
"""},

"h213en05": {"outlet": "Daya Estuary Wire (Bhubaneswar)", "published": "2025-12-12", "text": """Odisha weighs Maoist truce offer as March deadline nears

BHUBANESWAR, Dec 12 (Daya Estuary Wire) - The Odisha state committee of the banned Communist Party of India (Maoist) will observe a unilateral ceasefire from Monday until January 15 and is ready for talks with the state government, it said in a letter released on Wednesday.

Chief Minister Mohan Charan Majhi said on Thursday that security forces "will not suspend" operations in the Kandhamal and Malkangiri forests. Security forces killed 12 suspected Maoists in Kandhamal last month, police said.

Union Home Minister Amit Shah is expected to chair a review meeting with the chief ministers of Odisha, Chhattisgarh and Jharkhand in Raipur next week, two officials said. The federal government aims to end the insurgency by March 31, 2026.

About 40 cadres could surrender in Malkangiri before Christmas, a senior police officer said, asking not to be named.

Read more: Odisha assembly passes bill on tribal land transfers

The Defence Research and Development Organisation (DRDO) will test-fire a missile from Abdul Kalam Island off the state's coast between December 17 and 19, according to a notice to airmen issued by the defence ministry.

Separately, Majhi and Chhattisgarh Chief Minister Vishnu Deo Sai will meet Jal Shakti Minister C.R. Patil in New Delhi in mid-January to try to settle their dispute over the Mahanadi river out of court, Majhi's office said. The Mahanadi Water Disputes Tribunal's current term ends in April.

The opposition Biju Janata Dal will hold a protest in Bhubaneswar on Monday against the handling of the Mahanadi talks, party spokesman Subrat Behera said.

Analysts say the truce may collapse within weeks unless New Delhi responds. "The Maoists are weaker than at any time in two decades and need a pause more than the state does," said Ananya Mishra, a security analyst in Bhubaneswar.
"""},
}
