"""English texts of heldout177, written for this project in one sitting. Invented or generic facts."""

EN = {
"h177en01": {"outlet": "Bailundo Wire (Huambo)", "published": "2026-10-07", "text": """Will Angola finally elect its mayors? Parliament to vote on the last local-poll law

HUAMBO, Oct 7 (Bailundo Wire) - Angola's National Assembly will vote next Tuesday on the last law needed to hold the country's first municipal elections, Assembly President Carolina Cerqueira said on Tuesday.

The law on the gradual transfer of powers to municipalities is expected to pass with the votes of the ruling MPLA.

Angola has never held local elections. Lawmakers approved the municipal finance law in July.

Manuel Pereira da Silva, chairman of the National Electoral Commission (CNE), said the commission expects to hold the vote in the second half of 2027 and would update the voters' roll from January 15 to March 31.

President Joao Lourenco has said the elections should start in a limited number of municipalities. Adalberto Costa Junior, leader of the main opposition party UNITA, said on Monday it "will not accept" a partial vote and would boycott the polls unless all 326 municipalities take part.

In the enclave of Cabinda, a 60-day ceasefire agreed in August with a faction of the Front for the Liberation of the Enclave of Cabinda (FLEC) expires on October 25. Catholic mediators hope to extend it before then, a church official said.

The defence ministry said the army would keep two battalions in Cabinda's interior at least until the end of the year. Lourenco is likely to visit the enclave next month, a presidency source said.

Read more: Angola's diamond sales rise as Catoca returns to full output

Territorial Administration Minister Dionisio da Fonseca will meet 21 provincial governors in Huambo on Friday. The finance ministry aims to transfer 5 percent of tax revenue to municipalities from 2028, a ministry official said.

Analysts say the MPLA could lose Luanda and Benguela if every municipality votes at once. "The party remembers the 2022 results in the capital," said Esperanca Kassoma, a political scientist at Agostinho Neto University.
"""},

"h177en02": {"outlet": "Ezulwini Wire (Manzini)", "published": "2027-03-25", "text": """Lai to visit Eswatini next month as Beijing warns Taiwan's last African ally

MANZINI, March 25 (Ezulwini Wire) - Taiwan's President Lai Ching-te will pay a three-day state visit to Eswatini from April 12, Foreign Minister Pholile Shakantu said on Wednesday, in his first trip to Africa since taking office in May 2024.

Lai will hold talks with King Mswati III at Lozitha Palace on April 13, and the two governments are expected to sign agreements on a textile park in Matsapha and on rural electrification during the visit, Shakantu said.

Taiwan will also hand over two helicopters to the Umbutfo Eswatini Defence Force (UEDF) during the trip, a Taiwanese official said. An advance team from Taipei is due in Mbabane next week. Whether Lai will address parliament has not been decided.

Burkina Faso cut ties with Taipei in May 2018, leaving Eswatini as Taiwan's only diplomatic ally in Africa.

China's foreign ministry said on Tuesday it "firmly opposes" any official exchanges with Taiwan and urged Mbabane to "stand on the right side of history". Analysts say Beijing could respond with sanctions on Taiwanese companies that invest in the Matsapha park.

Read more: Eswatini sugar exports to the EU fall for a second year

Prime Minister Russell Mmiso Dlamini said he expects Taiwanese investment of about $60 million over the next three years. The cabinet will discuss the visit's budget on Monday, his office said.

The banned People's United Democratic Movement (PUDEMO) said it would hold protests in Manzini during the visit. Police said they would not allow marches near the palace.

Sibusiso Nhlengethwa, a lecturer in political science at the University of Eswatini, said the king "needs Taiwan's money more than ever" as revenue from the Southern African Customs Union (SACU) falls. He expects Mswati to raise Taiwan's case at the SADC summit in August.

Eswatini has recognised Taipei since 1968.
"""},

"h177en03": {"outlet": "Karlin Wire (Prague)", "published": "2026-05-11", "text": """Czech cabinet to approve CEZ buyout plan as investors threaten court action

PRAGUE, May 11 (Karlin Wire) - The Czech cabinet will on Wednesday approve a plan to buy out minority shareholders in power utility CEZ, Finance Minister Alena Schillerova said on Sunday.

Prime Minister Andrej Babis promised during last year's October election campaign to bring CEZ fully under state control.

The ministry aims to launch the offer by the end of September, Schillerova said.

CEZ chief executive Daniel Benes will step down at the annual general meeting on June 23, two people familiar with the matter said.

A group of minority investors led by Brno fund manager Tomas Vanek said it would challenge any squeeze-out price in court. "We will not sell at a discount to a government that promised to pay fairly," Vanek said.

The European Commission could open a state-aid investigation if the state also takes over CEZ's distribution arm, an EU official said.

The opposition Civic Democratic Party (ODS) has called the plan "nationalisation by stealth". President Petr Pavel has not said whether he will sign the amendment to the energy act, his spokeswoman said.

Read more: Czech inflation eases to 2.1 percent in April

Industry Minister Karel Havlicek will travel to Seoul next week for talks with Korea Hydro & Nuclear Power (KHNP) on the schedule for two new units at Dukovany, his ministry said. First concrete is not expected before 2029.

Babis is expected to meet Slovak Prime Minister Robert Fico in Bratislava on May 29. Parliament's budget committee will hold a hearing on the buyout's financing on Thursday.

Analysts say the buyout could cost more than 250 billion crowns and may push the public deficit above 3 percent of GDP in 2027. "Markets will want to see the bill before they believe the promise," said Ondrej Kratky, an energy analyst at a Prague brokerage.
"""},

"h177en04": {"outlet": "Oistins Wire (Bridgetown)", "published": "2025-10-28", "text": """Will Mottley go to the polls early? Barbados parties prepare for a 2026 vote

BRIDGETOWN, Oct 28 (Oistins Wire) - Prime Minister Mia Mottley will not call a general election before presenting the budget in March, she told a Barbados Labour Party (BLP) branch meeting on Sunday, damping talk of a snap vote before Christmas.

The BLP won all 30 seats in the House of Assembly in January 2022, and the next election must be held by the end of May 2027.

The Electoral and Boundaries Commission (EBC) will publish a revised register of electors by November 30, the commission said in a statement.

Ronnie Yearwood, president of the Democratic Labour Party (DLP), said he expects the vote in the first half of 2026 and that the party would name its last candidates next month.

Separately, Washington could extend visa restrictions on Caribbean officials linked to Cuba's overseas medical programme to Barbadian officials, two diplomats said. Foreign Minister Kerrie Symmonds will raise the issue with U.S. officials in Washington next week.

Health Minister Jerome Walcott said on Monday that the contracts of about 100 Cuban nurses, which expire in December, would not be renewed in their current form. Cuba's embassy in Bridgetown said on Monday the programme "saves lives" and rejected U.S. claims of forced labour.

Read more: Barbados cruise arrivals rise ahead of the winter season

CARICOM heads of government are expected to discuss the U.S. measures at their intersessional meeting in February, a CARICOM Secretariat official said. An IMF staff team will visit Bridgetown in mid-November for the annual Article IV review, the finance ministry said.

Analysts say Mottley could still call the vote as early as April if the budget is well received. "She likes to choose her moment, and the opposition knows it," said Kareem Gittens, a political scientist at the University of the West Indies' Cave Hill campus.
"""},

"h177en05": {"outlet": "Erakor Wire (Port Vila)", "published": "2027-09-03", "text": """Port Vila's runway to reopen to jets, but will the airlines come back?

PORT VILA, Sept 3 (Erakor Wire) - Resurfacing of the runway at Bauerfield International Airport will be finished by the end of October, allowing wide-body jets to land again, Airports Vanuatu Limited (AVL) said on Thursday. The work, first promised for June, has slipped twice.

Foreign carriers suspended flights to Port Vila in March after cracks reappeared on the runway, cutting tourist arrivals by almost half.

Air New Zealand expects to resume its Auckland service in early December, a company spokeswoman said. Qantas has not decided whether to return.

Prime Minister Jotham Napat will travel to Canberra next week for talks with Prime Minister Anthony Albanese on funding for a new terminal, his office said. The two governments are expected to sign a A$40 million grant during the trip, officials said.

The World Bank's board is due to approve an additional $25 million loan for the airport on September 23.

AVL's chief executive, Morris Kaltapau, will step down at the end of September, the company's board said, after lawmakers accused him of delaying repairs.

Read more: Vanuatu kava exports reach a record in the first half

Australian Defence Force (ADF) engineers will repair the taxiway at Pekoa airport on Espiritu Santo from October, the Australian High Commission said. China's embassy said a Chinese contractor would finish Pekoa's new terminal "in the coming months".

Parliament's second ordinary session opens on Monday, September 13, and opposition MPs plan to question the infrastructure minister over the delays.

A relaunched national carrier could start regional flights as early as January, the tourism ministry said.

Analysts say arrivals are unlikely to return to 2019 levels before 2029. "Tour operators have lost two seasons, and some will not survive a third," said Rachel Kalorib, a tourism researcher at the University of the South Pacific's Emalus campus.
"""},
}
