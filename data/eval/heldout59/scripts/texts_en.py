"""English texts of heldout59, written for this project in one sitting. Invented or generic facts."""

EN = {
"h59en01": {"outlet": "Msasani Wire (Dar es Salaam)", "published": "2026-01-15", "text": """Tanzania's election violence inquiry to open public hearings on Monday

DAR ES SALAAM, Jan 15 (Msasani Wire) - A presidential commission investigating the violence that followed Tanzania's October 29 election will open public hearings in Dar es Salaam on Monday, its chairman, former Chief Justice Mohamed Chande Othman, said on Wednesday.

"We will hear victims' families, police commanders and party officials, and we will hand our report to the President by the end of March," Othman told reporters.

President Samia Suluhu Hassan was declared the winner on November 1 with nearly 98 percent of the vote, in an election from which the main opposition party, Chadema, was barred. Rights groups say hundreds of people were killed when security forces broke up protests.

Chadema's deputy chairman, John Heche, said the party would boycott the hearings unless its leader Tundu Lissu, on trial for treason since April, is released.

Read more: Tanzania shilling steadies as tourism receipts rise

Hassan is expected to attend an extraordinary SADC summit in Gaborone on January 30, where the bloc's observer report on the vote will be discussed, officials in Dodoma said.

The European Parliament could vote on a resolution calling for targeted sanctions against Tanzanian police commanders at its plenary session in Strasbourg in the second week of February, two EU diplomats said. Washington said in December it was reviewing its relationship with Dodoma.

The Tanzania People's Defence Force said in a statement that troops would remain deployed in parts of Dar es Salaam and Arusha until the end of January.

A cabinet reshuffle is widely expected before parliament reconvenes on February 3.

ACT-Wazalendo leader Dorothy Semu said her party may join a national dialogue proposed by Hassan, which the presidency says will open in Dodoma in mid-February.

"The commission's findings are unlikely to lead to the prosecution of senior officers," said Aikande Mollel, a political scientist at the University of Dar es Salaam.
"""},

"h59en02": {"outlet": "Mitad del Mundo Wire (Quito)", "published": "2025-11-19", "text": """Noboa to send security bills to Assembly after referendum defeat

QUITO, Nov 19 (Mitad del Mundo Wire) - Ecuadorean President Daniel Noboa will send a package of security bills to the National Assembly next week, his office said on Tuesday, after voters rejected his proposals for a constituent assembly and for foreign military bases.

In Sunday's referendum, the "No" side won all four questions, with about 61 percent voting against a new constitution, the National Electoral Council (CNE) said on Monday. CNE president Diana Atamaint said the council expected to proclaim the official results by November 28, once challenges are resolved.

"The people have spoken and we respect that," Noboa said in a televised address on Monday night, adding that his government would not give up its cooperation with the United States against drug trafficking.

Foreign Minister Gabriela Sommerfeld is expected to travel to Washington in the first week of December to discuss an agreement allowing temporary visits by U.S. forces without a permanent base, two officials said. The agreement could be signed before the end of the year, one of them said.

Read more: Ecuador's oil output recovers after pipeline repairs

Luisa Gonzalez, leader of the opposition Citizen Revolution movement, said her bloc would file an impeachment motion against Interior Minister John Reimberg before Christmas. Speculation is mounting in Quito that Reimberg could resign before the end of the month.

The government extended a state of emergency in seven provinces on Monday, and the army will keep patrolling the port of Guayaquil through January, the defence ministry said.

Analysts say the defeat may weaken Noboa's hand in talks with the International Monetary Fund, whose staff are due in Quito in early December for a review of Ecuador's $5 billion loan programme.

National Assembly President Niels Olsen said lawmakers would begin debating the first of the security bills on December 9.
"""},

"h59en03": {"outlet": "Maloti Wire (Maseru)", "published": "2025-07-11", "text": """Lesotho declares jobs disaster as textile factories brace for U.S. tariffs

MASERU, July 11 (Maloti Wire) - Lesotho declared a two-year national state of disaster over unemployment on Thursday, as textile factories that sell almost all their output to the United States prepare for steep new tariffs, Prime Minister Sam Matekane's office said.

The declaration must be approved by parliament within 14 days, and the National Assembly is scheduled to debate it on Tuesday.

Trade Minister Mokhethi Shelile will travel to Washington next week to seek a lower rate before the new U.S. tariffs take effect on August 1, his ministry said. He is expected to meet U.S. Trade Representative Jamieson Greer, officials said. Shelile held talks with U.S. trade officials in Washington in May.

In April, Washington announced a 50 percent tariff on goods from Lesotho, one of the highest rates imposed on any country, before pausing it.

Read more: Lesotho Highlands Water Project's second phase faces new delay

The Lesotho Textile Exporters Association said at least 10,000 jobs could be lost by the end of the year if the higher rate is applied.

The African Growth and Opportunity Act, which gives Lesotho's garments duty-free access to the U.S. market, expires on September 30, and Congress is unlikely to renew it before then, analysts say.

Thabo Ramakhula, secretary-general of the Independent Democratic Union of Lesotho, said union leaders would meet Matekane on Monday to demand a wage-support fund for laid-off workers.

Finance Minister Retselisitsoe Matlanyane said a World Bank mission was due in Maseru in mid-August to discuss emergency support.

South African President Cyril Ramaphosa is due in Maseru on July 22 for a one-day working visit, South Africa's Department of International Relations and Cooperation said. Matekane is also expected to raise the tariffs at the SADC summit in Madagascar on August 17.
"""},

"h59en04": {"outlet": "Lielupe Wire (Riga)", "published": "2025-11-06", "text": """Latvian coalition strained as Saeima weighs president's veto on Istanbul Convention exit

RIGA, Nov 6 (Lielupe Wire) - Latvia's parliament will vote next Thursday on whether to shelve a law taking the country out of the Istanbul Convention until after next year's general election, parliamentary officials said. President Edgars Rinkevics sent the law back to the Saeima on Monday, asking lawmakers to reconsider it.

If the motion passes, the withdrawal would be left to the next Saeima, which will be elected on October 3, 2026.

The Saeima voted 56-32 on October 30 to leave the Council of Europe treaty on violence against women, with the Union of Greens and Farmers (ZZS), a member of Prime Minister Evika Silina's coalition, siding with the opposition.

Silina said on Wednesday she would not seek a confidence vote over the dispute. "The government has work to finish, starting with the budget," she told reporters.

Latvia signed the convention in 2016 and ratified it in November 2023 after years of debate. Supporters of withdrawal say it promotes "gender ideology", a claim rejected by the government and by women's rights groups, who protested outside the Saeima last week. A second rally is planned in Riga on Saturday, organisers said.

Read more: Latvia's inflation eases to 3.9% in October

ZZS parliamentary group leader Harijs Rokpelnis said his party was likely to vote against shelving the law. The Progressives, the third coalition partner, could leave the government if ZZS helps keep the withdrawal alive, party chairman Andris Suvajevs said.

The opposition National Alliance plans to table a no-confidence motion against Silina before she attends the December 18-19 European Council in Brussels, its co-chairman Raivis Dzintars said.

Council of Europe Secretary General Alain Berset will visit Riga on November 20 for talks with Rinkevics, the Strasbourg-based organisation said on Wednesday.
"""},

"h59en05": {"outlet": "Benoue Wire (Garoua)", "published": "2025-10-21", "text": """Cameroon court to hear election petitions as Tchiroma supporters rally in Garoua

GAROUA, Oct 21 (Benoue Wire) - Cameroon's Constitutional Council will begin hearing petitions against the October 12 presidential election on Wednesday and must proclaim the final results by October 27, the council's president, Clement Atangana, said on Monday.

Opposition candidate Issa Tchiroma Bakary, who declared himself the winner last week, said he would not file a petition because the council "is not independent". He called on supporters to observe "ville morte" general strikes from Thursday.

President Paul Biya, 92, who is seeking an eighth term, is widely expected to be declared the winner. Biya, in power since 1982, won 71 percent of the vote in 2018.

At least four people were killed on Sunday in clashes between protesters and police in Garoua and Dschang, the Northern Human Rights Observatory said.

Territorial Administration Minister Paul Atanga Nji said security forces would remain deployed in Garoua, Maroua and Douala until the results are proclaimed.

Read more: Cameroon's cocoa arrivals rise 8% in first month of season

Sources close to the presidency said Biya could be sworn in as early as November 6, in a ceremony before parliament in Yaounde.

Washington could impose visa restrictions on Cameroonian officials responsible for the violence, a State Department spokesperson said.

The African Union said its Commission chairperson, Mahmoud Ali Youssouf, could send an envoy to Yaounde if the violence continued.

The EU delegation in Yaounde said European Union foreign ministers would discuss Cameroon when they meet in Brussels on November 20.

Chadian President Mahamat Idriss Deby is expected in Yaounde next week for talks with Biya on security along their shared border, his office in N'Djamena said.

"Whatever the council decides, Biya is likely to offer a national dialogue to the opposition in the first quarter of 2026," said Marthe Ngo Bissou, a political scientist at the University of Ngaoundere.
"""},
}
