"""English texts of heldout146, written for this project. Invented or generic facts."""

EN = {
"h146en01": {"outlet": "Ribeira Wire (Porto)", "published": "2026-02-10", "text": """Who will fly TAP? Lisbon to pick an airline partner by the end of March

PORTO, Feb 10 (Ribeira Wire) - Portugal's government will choose a buyer for a 44.9% stake in TAP Air Portugal before the end of March, Infrastructure Minister Miguel Pinto Luz told parliament on Tuesday, after binding bids from Air France-KLM, Lufthansa and IAG arrived last week.

The Parpublica holding company will present its evaluation of the three offers to the Council of Ministers on Thursday, Pinto Luz said.

Lufthansa is seen as the front-runner, according to two people familiar with the process.

Prime Minister Luis Montenegro said in January that the state "will not give up control" of the airline's Lisbon hub.

The Civil Aviation Pilots' Union (SPAC) plans to meet the three bidders next week, its president, Helder Castanheira, said. The cabin crew union SNPVAC could call a strike over Easter if the buyer refuses to guarantee existing contracts, a union official said.

Read more: Portugal's budget surplus narrows in fourth quarter

TAP chief executive Luis Rodrigues is expected to step down once the sale closes, which the finance ministry expects in the third quarter, a source close to the board said.

The European Commission must clear the deal, and its competition review could take up to 90 days, analysts say. Pinto Luz will travel to Brussels on February 24 to brief Competition Commissioner Teresa Ribera, his ministry said.

Chega leader Andre Ventura said his party would table a motion to halt the sale. The motion is unlikely to pass, as the Socialists have backed the process since the previous government launched it in 2023.

The airline returned to profit in 2022 after a state rescue worth 3.2 billion euros, approved by Brussels in 2021, and it now carries more than 16 million passengers a year. Unions say jobs cut during the rescue have not been restored.
"""},

"h146en02": {"outlet": "Onilahy Wire (Toliara)", "published": "2026-09-22", "text": """Will Toliara's mineral sands project finally break ground?

TOLIARA, Sept 22 (Onilahy Wire) - Madagascar's transitional government will sign a revised investment agreement for the Toliara mineral sands project with U.S.-based Energy Fuels on October 8, Mines Minister Hery Andriamanana said on Monday.

The agreement would lift the 2019 suspension of the project and set a royalty of 5% on ilmenite and monazite exports, he said. Andriamanana will present the text to the Council of Ministers on Wednesday, he added.

Energy Fuels expects to take a final investment decision in the first half of 2027, a company spokesperson said, with first production unlikely before 2029.

Residents of Ranobe and neighbouring villages have staged weekly protests since July. The Collective for the Defence of the Lands of Toliara (CDTT) said it would file a complaint with the High Constitutional Court within 15 days.

Colonel Michael Randrianirina, who heads the transition, is expected to visit Toliara on Friday to meet traditional leaders, his office said.

The army has deployed about 300 soldiers around the project site since last week, a regional gendarmerie official said, and they will remain there "until calm returns".

Read more: Madagascar cuts vanilla export floor price for the new season

Opposition lawmaker Fanja Rakotobe said the agreement should wait until an elected parliament sits after the legislative elections expected in the second half of 2027.

The International Monetary Fund, whose mission arrives in Antananarivo next week for the second review of Madagascar's credit facility, has urged transparency in mining contracts, a Fund spokesperson said.

Analysts say the royalty could be renegotiated after the 2027 elections. "Investors want a signature from a government that will still be there in three years," said Tahina Rasoanaivo, an economist at a Toliara research institute.

The deposit lies about 45 kilometres north of Toliara and holds one of the largest untapped reserves of ilmenite in the world.
"""},

"h146en03": {"outlet": "Mahebourg Wire (Mahebourg)", "published": "2027-03-16", "text": """Agalega: what will the new India deal mean for the islanders?

MAHEBOURG, March 16 (Mahebourg Wire) - Mauritius and India will sign an agreement on the joint operation of the Agalega airstrip and jetty during Prime Minister Navinchandra Ramgoolam's visit to New Delhi from April 6 to April 8, the Prime Minister's Office said on Monday.

Ramgoolam is expected to hold talks with Indian Prime Minister Narendra Modi on April 7, the office said.

India built the 3,000-metre airstrip and the jetty under a 2015 memorandum, and the facilities were inaugurated in February 2024.

Foreign Minister Dhananjay Ramful said the agreement "will not create a military base", adding that Mauritian coast guard officers would command all operations on the island.

The opposition Militant Socialist Movement (MSM) will table a private notice question in the National Assembly next Tuesday, demanding that the text be published before the signing, its leader, former prime minister Pravind Jugnauth, said.

Rezistans Agalega, the islanders' association, said it would send a delegation to Port Louis within 10 days to demand guarantees on fishing rights.

Read more: Bank of Mauritius holds key rate at 4.5%

The Indian navy's survey ship INS Sarvekshak is due to dock at Agalega in mid-April to chart the new berth, a diplomat in Port Louis said.

The Indian Ocean Commission summit, to be held in Saint-Denis, Réunion, in late May, could discuss maritime security around the outer islands, officials said.

Analysts say the agreement may draw criticism from the African Union, which backed Mauritius over the Chagos Islands, but it is unlikely to affect the Chagos treaty with Britain.

"Port Louis has to show that sovereignty over Agalega is not a formula on paper," said Kavita Doorgakant, a lecturer in political science at the University of Mauritius.

About 300 people live on Agalega, 1,100 kilometres north of the main island, and depend on copra, fishing and a single supply ship.
"""},

"h146en04": {"outlet": "Mombacho Wire (Granada)", "published": "2026-07-07", "text": """Will Nicaragua's 2027 vote have any rivals? Electoral council to set the calendar

GRANADA, July 7 (Mombacho Wire) - Nicaragua's Supreme Electoral Council (CSE) will publish the calendar for the November 2027 general election on July 20, its president, Brenda Rocha, said on Monday, adding that party registration would close in mid-October.

Under the constitutional reform adopted in January 2025, co-presidents Daniel Ortega and Rosario Murillo share executive power, and the presidential term was extended to six years.

Ortega, 80, is widely expected to head the Sandinista ticket again with Murillo, though a senior official of the Sandinista National Liberation Front (FSLN) said the party has not decided on its candidates and would choose them at a congress in September.

The U.S. Treasury could add more officials of the electoral council to its sanctions list before the end of the year, a State Department official said, while the European Union is due to review its Nicaragua sanctions in October.

Foreign Minister Valdrack Jaentschke said on Saturday that Managua "will not accept observers from any country that sanctions Nicaraguans".

Read more: Nicaragua's remittances hit a record in the first half

Opposition groups in exile, including the Unamos party, plan to hold a meeting in San Jose, Costa Rica, next month to agree on a joint boycott strategy, one of their organisers said.

Murillo will travel to Moscow in late July for talks with Russian President Vladimir Putin, the presidency said in a statement.

The National Assembly is expected to approve on Thursday a decree allowing Russian military personnel to train in Nicaragua in the second half of the year. Such decrees have drawn protests from Washington.

Analysts say the government could release a group of political prisoners before the end of the year to ease U.S. pressure. "Every release has been a bargaining chip, never a change of course," said Ernesto Saballos, a Nicaraguan political scientist based in Costa Rica.
"""},

"h146en05": {"outlet": "Baucau Wire (Baucau)", "published": "2025-10-14", "text": """Can Dili help keep the peace on the Thai-Cambodian border?

BAUCAU, Oct 14 (Baucau Wire) - Timor-Leste will send eight army officers to join the ASEAN observer team monitoring the ceasefire between Thailand and Cambodia, Defence Minister Donaciano Gomes said on Monday, days before the country becomes the bloc's 11th member.

The officers will leave Dili on October 20 and serve on the border for at least three months, he said.

Prime Minister Xanana Gusmao is due to sign the accession declaration at the ASEAN summit in Kuala Lumpur, which runs from October 26 to 28, the foreign ministry said.

The ceasefire, agreed in Malaysia in late July after five days of border fighting, has largely held, although both sides have accused each other of violations.

Thailand and Cambodia are expected to sign an expanded peace declaration on the sidelines of the summit, in the presence of U.S. President Donald Trump, two diplomats said.

President Jose Ramos-Horta said on Saturday that Timor-Leste "will not take sides" in the border dispute and would offer Dili as a venue for further talks.

Read more: Petroleum Fund withdrawals to exceed sustainable income again

Foreign Minister Bendito Freitas is expected to travel to Phnom Penh and Bangkok in early November to present the offer, a ministry official said.

Parliament will debate the 2026 state budget, which includes $4 million for ASEAN obligations, from November 10, the Speaker's office said. Opposition Fretilin leader Mari Alkatiri said his party could vote against the budget if withdrawals from the Petroleum Fund exceed $1 billion.

Analysts say the mission will give Timorese officers valuable experience, but the small force could struggle to sustain deployments abroad beyond 2026. "Dili has goodwill in both capitals, but goodwill does not pay for helicopters," said Lucia Soares, a researcher at a Dili policy institute.

The Timor-Leste Defence Force (F-FDTL) has about 2,200 personnel.
"""},
}
