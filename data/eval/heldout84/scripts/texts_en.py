"""English texts of heldout84, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h84en01": {"outlet": "Costanera Wire (Buenos Aires)", "published": "2026-07-08", "text": """Can Argentina and Britain talk about the Falklands without talking about sovereignty?

BUENOS AIRES, July 8 (Costanera Wire) - Argentine Foreign Minister Pablo Quirno will travel to London next week for talks with British Foreign Secretary Yvette Cooper, the first formal meeting on South Atlantic issues since 2016, the foreign ministry said on Tuesday.

The talks are expected to focus on a second weekly flight to the Falkland Islands from Sao Paulo with a stop in Cordoba, two diplomats familiar with the preparations said. An agreement on sharing fisheries data could also be signed, one of them said.

President Javier Milei said in a radio interview on Monday that Argentina "will never give up" its claim to the islands but that "flights and fish are not sovereignty."

The Falkland Islands Legislative Assembly will debate the flight proposal on Thursday, July 16, the assembly said in a notice. Assembly member Hannah McLeod said islanders would not accept "any agenda item that mentions sovereignty."

Cooper is likely to raise the case of a Spanish-flagged trawler with a British crew detained near Puerto Madryn in May, a UK official said.

Read more: Argentina's inflation slows to 1.6% in June

Quirno is also due at the Mercosur summit in Asuncion on July 23-24, where Milei is expected to press partners to let Argentina negotiate its own trade deal with the United States.

The Argentine Navy will join the UNITAS exercise with U.S. and Brazilian ships in the second half of September, the defence ministry said.

The opposition Union por la Patria bloc may summon Quirno to the Chamber of Deputies after the trip. Analysts say the talks are unlikely to produce a flight deal before next year. "Both sides want a photo, not a treaty," said Julieta Arroyo, a political scientist at Torcuato Di Tella University. She said Milei could use any agreement in his campaign for the October 2027 presidential election.
"""},

"h84en02": {"outlet": "Purari Wire (Port Moresby)", "published": "2025-11-16", "text": """PNG and Papua LNG partners to sign fiscal deal as investment decision nears

PORT MORESBY, Nov 16 (Purari Wire) - Papua New Guinea and the partners in the Papua LNG project will sign a fiscal stability agreement in Port Moresby on Thursday, Petroleum Minister Kila Haoda said on Saturday, clearing one of the last hurdles before a final investment decision.

TotalEnergies, which leads the project with ExxonMobil and Santos, is expected to take that decision in the first quarter of 2026, Haoda said. The French company's chief executive, Patrick Pouyanne, will attend the signing, a company spokeswoman said.

Prime Minister James Marape told parliament last week that the government "will not reopen" the gas agreement signed in 2022.

Opposition MP Samuel Toliman said his bloc could challenge the stability clause in the Supreme Court once it is tabled. Parliament is expected to vote on enabling amendments to the Oil and Gas Act before it rises on December 5, officials said.

Read more: Kina slips as central bank keeps its crawl rate unchanged

In Hela province, a truce between two clans fighting near the Hides gas conditioning plant, agreed on November 2, is likely to be extended to the end of January, provincial police commander Joseph Tondop said. About 200 PNG Defence Force soldiers will be deployed to the Kikori area from December 1 to guard the planned pipeline corridor, the defence ministry said.

Australian Foreign Minister Penny Wong is due in Port Moresby next week for talks with Marape on putting the Pukpuk defence treaty into practice. Marape will then travel to Port Vila for the Melanesian Spearhead Group leaders' summit in early December.

Analysts say a delayed decision cannot be ruled out if oil prices keep falling. Grace Kumul, an economist at the University of Papua New Guinea, said Haoda could step down next year to contest the 2027 general election in his home province.
"""},

"h84en03": {"outlet": "Le Pouce Wire (Port Louis)", "published": "2027-05-05", "text": """Mauritius pension-age bill heads for vote as unions call general strike

PORT LOUIS, May 5 (Le Pouce Wire) - Mauritius' National Assembly will vote next Tuesday on a bill raising the age for the basic retirement pension from 60 to 65 over five years, Labour Minister Kavi Ramsaran said on Tuesday. The ruling Alliance du Changement, which holds 62 of the 70 elected seats, is expected to pass it comfortably, he said.

"We will not withdraw a reform that keeps pensions payable for our children," Prime Minister Navin Ramgoolam told reporters on Monday.

The Confederation of Public Sector Workers called a general strike for Monday, May 10, unless the government delays the vote, its president Jocelyn Perrine said. Opposition leader Kevin Lesperance said his Militant Socialist Movement (MSM) would boycott the vote.

Junior Finance Minister Anil Gopee could resign before the vote, two government sources said. Gopee, who chairs the party's youth wing, has not commented.

Analysts said the reform could help Mauritius avoid a downgrade when Moody's reviews its Baa3 rating on May 21.

Read more: Sugar cane harvest starts early in the north

Ramgoolam will travel to New Delhi in the second half of June for talks with Prime Minister Narendra Modi, his office said, and an agreement on the civilian use of the Agalega airstrip is likely to be signed during the visit.

The National Coast Guard and the Indian Navy will hold a joint patrol exercise in the exclusive economic zone later this month, the police said.

Ramgoolam is also expected at the Southern African Development Community (SADC) summit in mid-August, where members are set to discuss a regional pension portability protocol.

Village council elections will be held on Sunday, November 7, the Electoral Commissioner's Office said last week, in what analysts see as the first electoral test of the reform.
"""},

"h84en04": {"outlet": "Mazowe Wire (Bindura)", "published": "2026-02-24", "text": """Zimbabwe to hand first title deeds to resettled farmers as banks weigh collateral

HARARE, Feb 24 (Mazowe Wire) - Zimbabwe will hand the first 5,000 title deeds to farmers resettled under land reform at a ceremony in Bindura on Friday, Lands Minister Anxious Masuka said on Monday, more than two decades after the farms were seized.

President Emmerson Mnangagwa is expected to travel to Bindura to preside, his spokesman George Charamba said.

Masuka said the cabinet would approve the Land Tenure Bill next week. "There will be no reversal of land reform, and no farm will go back to its former owner," he said.

The Bankers Association of Zimbabwe said its members were likely to accept the deeds as collateral from April, but only for farms with clear survey records.

The Commercial Farmers' Union, which represents mostly white former owners, could challenge the bill in the Constitutional Court if it does not honour the 2020 compensation agreement, its president Lovemore Chirisa said. The head of the Zimbabwe Land Commission, who has clashed with Masuka over survey fees, could step down before the ceremony, two officials said.

Parliament's lands committee will hold public hearings in all ten provinces from March 9, the clerk of parliament said.

Read more: ZiG steady as central bank keeps policy rate at 35%

A World Bank team is due in Harare in mid-March to assess support for a digital land registry, the finance ministry said. EU ambassadors could recommend easing the bloc's arms embargo when it comes up for renewal next February, two diplomats said.

Mnangagwa will attend an extraordinary SADC summit on eastern Congo in Lusaka on March 14. The Zimbabwe National Army will take part in a SADC standby force exercise in Botswana in late April, the defence ministry said.

The opposition Citizens Coalition for Change said it would field candidates in the Harare by-elections on March 28.
"""},

"h84en05": {"outlet": "Brava Wire (Praia)", "published": "2025-09-17", "text": """Cabo Verde to rebid inter-island ferry concession after months of cancelled sailings

PRAIA, Sept 17 (Brava Wire) - Cabo Verde will launch an international tender for a new inter-island ferry concession by the end of October, Maritime Economy Minister Jorge Tavares said on Tuesday, after months of cancelled sailings between Santiago, Fogo and Brava.

The current operator, CV Interilhas, will keep running the routes until a new contract takes effect, expected in the second quarter of 2027, he said. Its majority shareholder, Portugal's ETE Group, is unlikely to bid again, two people familiar with the group's plans said.

The National Assembly will debate an opposition motion on the ferry crisis next Wednesday. The PAICV's parliamentary leader, Rosa Semedo, said the party would demand Tavares's resignation if sailings to Brava were not restored within 15 days.

The maritime workers' union SIMETRAM threatened a 48-hour strike from October 1 over unpaid allowances. "The crews have not been paid since June," its secretary-general Adilson Fortes said.

Read more: Cabo Verde tourist arrivals hit a record in August

Prime Minister Ulisses Correia e Silva will travel to Lisbon in early October for talks with Portuguese Prime Minister Luis Montenegro, his office said. An agreement on Portuguese financing for two new vessels could be signed during the visit, a government source said.

A Portuguese Navy patrol vessel will join the Cabo Verde Coast Guard for fisheries patrols around Sal and Boa Vista in the second half of October, the defence ministry said.

Correia e Silva is also expected at the ECOWAS summit in Abuja in December, where leaders are likely to discuss a regional maritime transport fund.

Analysts say the tender could slip into 2026 because of the legislative elections due next April. "No operator will sign a ten-year deal with a government that may not be there in six months," said Carla Lima, an economist at the University of Cabo Verde.
"""},
}
