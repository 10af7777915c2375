"""English texts of heldout168, written for this project in one sitting. Invented or generic facts."""

EN = {
"h168en01": {"outlet": "Spitzkoppe Wire (Arandis)", "published": "2026-08-26", "text": """Can Namibia's green iron reach Hamburg before the rains? First cargo set for October

ARANDIS, Aug 26 (Spitzkoppe Wire) - Tsaobis Green Iron will ship its first 2,000 tonnes of hydrogen-reduced iron from Walvis Bay to Hamburg in mid-October, chief executive Pieter Swanepoel said on Tuesday.

The plant's electrolysers started producing hydrogen in June, two years after construction began in the Namib desert east of Arandis.

German Economy Minister Katherina Reiche is expected to visit the plant on September 9, two officials said, and she and Industries, Mines and Energy Minister Natangue Ithete are due to sign a declaration on a second financing tranche during the trip.

Green hydrogen commissioner James Mnyupe said the government would not extend the company's tax holiday beyond 2030.

The National Assembly will vote next week on the Synthetic Fuels and Green Hydrogen Bill, which sets royalties and local-ownership rules for the sector.

NamWater, the state water utility, said it had not decided whether to renew the plant's supply contract from the Erongo desalination plant before it expires at the end of December.

Read more: Namibia's uranium exports rise for a third quarter

The Mineworkers Union of Namibia will picket the plant gates on Friday unless management agrees to talks on contract workers, its Erongo organiser, Joseph Hamutenya, said.

President Netumbo Nandi-Ndaitwah will open the plant's second production line in early December, the presidency said in a statement.

Ndapewa Shikongo, an energy researcher at the University of Namibia, said the first cargo was likely to be delayed by congestion at the Walvis Bay bulk terminal. "The port was not built for this," she said.

Erongo's coastal towns have grown quickly since uranium mining expanded in the 2000s, and housing remains scarce.

Analysts say the second phase, which would triple output, could slip to 2028 if European steelmakers do not sign long-term offtake contracts.
"""},

"h168en02": {"outlet": "Talysh Wire (Lankaran)", "published": "2025-09-30", "text": """Azerbaijan and Iran to open Aras bridge on October 15 as Nakhchivan route takes shape

LANKARAN, Sept 30 (Talysh Wire) - Azerbaijan and Iran will open the new road bridge over the Aras river at Aghband to freight traffic on October 15, Deputy Prime Minister Shahin Mustafayev said on Monday.

The opening was first planned for March and slipped twice because of delays on the Iranian approach road.

Mustafayev said the Azerbaijan-Iran intergovernmental commission would meet in Tehran next week to set transit tariffs for trucks heading to Nakhchivan.

Iranian Roads Minister Farzaneh Sadegh is expected to attend the opening ceremony, the Iranian embassy in Baku said. President Ilham Aliyev may also attend, a source in the presidential administration said.

The rail section through Iran to Nakhchivan could be finished by the end of 2027, said Elnur Gasimov, a spokesman for Azerbaijan Railways (ADY). He added that ADY "will not raise" transit fees for Central Asian cargo this year.

The Aras route is one of two planned land links between mainland Azerbaijan and its Nakhchivan exclave.

Read more: SOCAR raises Sangachal terminal throughput

Western diplomats said Washington could sanction firms that use the Iranian section if talks on Tehran's nuclear programme stay frozen.

Iran's Revolutionary Guards will hold ground exercises near the Aras on Thursday and Friday, the Tasnim news agency reported, the first such drills near the border since 2022.

Kazakhstan's transport minister is due in Baku on Friday for talks on Caspian ferry capacity, and a Russian delegation is likely to visit in mid-October to discuss the North-South corridor, officials said.

Analysts say the bridge could cut the trip from Baku to Nakhchivan to about ten hours, but traffic may remain thin until Tehran drops a fuel surcharge on foreign trucks.

"Every route Baku opens is also a message to Yerevan and Moscow," said Zaur Mammadli, a transport economist at ADA University.
"""},

"h168en03": {"outlet": "Suchiate Wire (Tecun Uman)", "published": "2027-04-07", "text": """Will Mexico open its southern job market to Guatemalans? Talks resume in Tapachula

TECUN UMAN, April 7 (Suchiate Wire) - Guatemala and Mexico will hold a binational migration meeting in Tapachula on April 15, Foreign Minister Carlos Ramiro Martinez said on Tuesday, the first since talks were suspended in November over a shooting at a border checkpoint.

Mexico is expected to propose extending its regional visitor card to seasonal workers from Huehuetenango and Quiche, two officials said. The two sides could sign a labour mobility agreement before the end of May, diplomats said.

Martinez said Guatemala "will not accept" deportees of other nationalities from Mexico or the United States.

The defence ministry said the army would deploy 1,200 soldiers along the Suchiate river crossings from Monday.

A U.S. delegation led by Homeland Security officials is due in Guatemala City at the end of April, the U.S. embassy said.

President Bernardo Arevalo may also raise the issue with Mexican President Claudia Sheinbaum by phone this week, a spokesman for the presidency said.

Read more: Guatemala's remittances hit a monthly record in March

Flights returning Guatemalans held in detention centres in Tapachula could resume next week, according to a migration official.

Congress's migration committee will question Martinez on Thursday about the checkpoint shooting, in which two Guatemalan farmworkers were wounded.

Thousands of Guatemalans cross the river each day on rafts to work in Chiapas coffee farms and markets, most of them without papers.

"Workers have crossed this river for a century; the paperwork has never kept up," said Julia Tzoc, a migration researcher at Rafael Landivar University.

Analysts say a full agreement is unlikely before the first round of Guatemala's presidential election in June, as neither government wants a fight over migration during the campaign.
"""},

"h168en04": {"outlet": "Bukit Cina Wire (Melaka)", "published": "2026-10-13", "text": """Melaka heads to the polls: can the unity pact hold in the state where it began?

MELAKA, Oct 13 (Bukit Cina Wire) - Melaka's state assembly was dissolved on Monday with the consent of Governor Mohd Ali Rustam, the chief minister's office said, setting up the state's second snap election in five years.

Election Commission chairman Ramlan Harun said the commission would meet on Thursday to fix nomination and polling dates. Polling must be held within 60 days of the dissolution, and party officials expect it in late November.

Chief Minister Ab Rauf Yusoh said UMNO and Pakatan Harapan were likely to announce a seat-sharing deal next week.

Prime Minister Anwar Ibrahim is expected to visit Melaka on Saturday to launch the coalition's campaign, aides said.

Perikatan Nasional will contest all 28 seats, its Melaka chief, Mohd Yazid Kassim, said.

The last state election, in November 2021, followed the collapse of the state government after four assemblymen withdrew their support.

Read more: Malaysia's ringgit firms as exports beat forecasts

State local government councillor Kamal Rais said he would resign from the state executive council by Friday to lead the campaign in his seat.

The DAP has not decided whether to contest its eight seats under the Pakatan Harapan logo.

Police said they would deploy 8,000 personnel across the state on polling day.

Two UMNO assemblymen who quit the party last week could stand as independents, a party official said.

Melaka, a state of about one million people, has been run by Barisan Nasional since 2021.

Analysts say a low turnout could favour Perikatan Nasional, especially in rural Malay-majority seats. "The unity pact was born here as an idea; it may be tested here first," said Farid Hashim, a political scientist at Universiti Teknikal Malaysia Melaka.
"""},

"h168en05": {"outlet": "Nyamirambo Wire (Kigali)", "published": "2027-10-19", "text": """Kigali to host AfCFTA summit as Africa's trade pact turns ten

KIGALI, Oct 19 (Nyamirambo Wire) - Rwanda will host an extraordinary African Union summit on the African Continental Free Trade Area (AfCFTA) in Kigali on November 4-5, Trade and Industry Minister Prudence Sebahizi said on Monday.

Leaders are expected to adopt the annexes to the protocol on digital trade, AU officials said.

AfCFTA Secretary-General Wamkele Mene will arrive in Kigali on Thursday and will chair a meeting of the Council of Ministers on October 29-30 to prepare the summit, the AfCFTA Secretariat said.

The agreement was signed in Kigali in March 2018 and entered into force the following year.

President Paul Kagame is expected to open the summit, a government source said. It is not clear whether Congolese President Felix Tshisekedi will attend.

Diplomats said leaders could discuss the stalled ceasefire in eastern Congo on the sidelines of the summit.

Foreign Minister Olivier Nduhungirehe said Rwanda "has no objection" to a Congolese delegation at any level.

Read more: Rwanda's coffee exports rise on higher prices

The Private Sector Federation expects to sign about 40 export contracts at a business forum on November 3, its chairman, Jean-Bosco Habimana, said.

Rwanda National Police said it would deploy extra officers around the Kigali Convention Centre from November 3 to 5.

Intra-African trade still accounts for less than a fifth of the continent's exports, and most goods still cross borders by road.

Claudine Uwera, a trade economist in Kigali, said a deal on rules of origin for cars was unlikely before 2028. "Every country wants the factory, nobody wants the import," she said.

Analysts say the summit could also approve a dispute settlement roster that has been delayed since 2024, but funding for the Secretariat may remain short.
"""},
}
