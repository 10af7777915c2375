"""English texts of heldout201, written for this project in one sitting. Invented or generic facts."""

EN = {
"h201en01": {"outlet": "Fannie Bay Wire (Darwin)", "published": "2026-06-09", "text": """Will Canberra buy back the Port of Darwin before Beijing hits back?

DARWIN, June 9 (Fannie Bay Wire) - The Australian government will make a final offer to buy the Port of Darwin from China's Landbridge Group by the end of June, Treasurer Jim Chalmers said on Monday.

The Northern Territory leased the port to Landbridge for 99 years in 2015, a deal that has troubled Washington and successive Australian governments since.

Landbridge has not decided whether to accept a sale, a company spokeswoman said, adding that the group expected "fair market value" for an asset it has upgraded. If talks fail, Canberra could use its foreign investment powers to force a sale, two officials familiar with the plan said.

Northern Territory Chief Minister Lia Finocchiaro said her government would sign a transfer agreement with Canberra within 30 days of any deal and "will not seek" compensation for the lease.

China's embassy in Canberra warned on Sunday that a forced sale would hurt investor confidence. Analysts say Beijing could respond with new curbs on Australian barley or wine.

Read more: Territory budget forecasts wider deficit as gas royalties fall

About 2,500 U.S. Marines are due to arrive in Darwin in early July for this year's rotation, the Defence Department said.

Landbridge's Australian chief executive is expected to step down once a sale is completed, according to a person briefed on the talks.

Chinese Ambassador Xiao Qian will travel to Darwin next week to meet Finocchiaro, the territory government said.

Prime Minister Anthony Albanese will attend the G20 summit in Miami in December, where he is likely to meet Chinese Premier Li Qiang, a government source said.

Analysts say a deal is unlikely before 2027. "Beijing will want to show that a forced sale has a price, and Canberra will want it done well before the next election," said Meredith Coombes, a China policy researcher at Charles Darwin University.
"""},

"h201en02": {"outlet": "Sisal Wire (Merida)", "published": "2027-03-17", "text": """U.S. strike off Yucatan: can Mexico make Washington ask first?

MERIDA, March 17 (Sisal Wire) - Mexico's Navy will deploy three patrol vessels to waters north of Progreso from Friday, after a U.S. military strike on a speedboat killed four people about 120 nautical miles off the Yucatan coast on Saturday, the Navy Ministry said in a statement on Tuesday.

President Claudia Sheinbaum said on Monday that Mexico "will not accept" military action by any foreign government in its exclusive economic zone, and that her government would send a diplomatic note to Washington within 48 hours.

U.S. Northern Command said the boat was carrying fuel stolen from Pemex pipelines for a cartel network and that such operations "will continue".

The Security Implementation Group is due to meet in Mexico City next week, a foreign ministry official said. Mexico is expected to ask for a protocol requiring advance notice of any U.S. action near its waters, the official added.

The U.S. Treasury could also sanction three Progreso-based fishing companies accused of moving stolen fuel, according to two people familiar with the matter.

Read more: Maya Train freight service to reach Progreso port by year-end

Yucatan Governor Joaquin Diaz Mena said he would travel to Mexico City on Thursday to meet Security Secretary Omar Garcia Harfuch.

Senators of the opposition National Action Party (PAN) will question Garcia Harfuch at a committee hearing on Tuesday, and the party would demand his resignation if he cannot say what Mexico knew in advance, PAN Senator Lilia Borges said.

U.S. Secretary of State Marco Rubio is likely to visit Mexico City in mid-April, diplomats said.

The strike has become an issue ahead of the June 6 midterm elections, in which Morena is expected to keep its majority in the lower house, analysts say. "Sheinbaum needs to look firm without picking a fight she cannot win," said Hector Pacheco Uc, a security analyst in Merida.
"""},

"h201en03": {"outlet": "Chebucto Wire (Halifax)", "published": "2025-11-27", "text": """Will Nova Scotia's offshore wind find buyers south of the border?

HALIFAX, Nov 27 (Chebucto Wire) - The Canada-Nova Scotia Offshore Energy Regulator will open the province's first call for offshore wind bids on Monday, covering five blocks off Sable Island, the regulator said in a statement on Wednesday.

Bids close on March 31, and the winners are expected to be named in June, it said.

Premier Tim Houston said the province "will not wait for Washington" and would sign a memorandum with Ottawa on a 1.5-gigawatt export cable to New England before the end of the year.

Federal Energy Minister Tim Hodgson is expected to visit Halifax next week to announce transmission funding, two federal officials said.

The cable would carry power to Massachusetts, but U.S. President Donald Trump's administration has frozen new offshore wind permits and may also refuse a permit for the border crossing, analysts say.

Massachusetts Governor Maura Healey has said her state could sign a power purchase agreement with Nova Scotia as early as next spring. Houston and other Atlantic premiers are due to discuss the project with New England governors at their annual conference in Boston on June 14-15.

Read more: Halifax port volumes rise as shippers avoid U.S. tariffs

The Assembly of Nova Scotia Mi'kmaw Chiefs wants a 25 percent stake in every project and could challenge the call in court if consultations are not extended, its co-chair, Chief Marlene Francis, said.

The province's offshore wind commissioner, Graham Ferris, will step down when his term ends on December 31, the premier's office said.

Houston's Progressive Conservatives also face a byelection in Cape Breton Centre-Whitney Pier on December 9, where the New Democrats are likely to hold the seat, party officials said.

Analysts say the first turbines are unlikely to turn before 2031. "The wires and the buyers are the hard part," said Priya Mahabir, an energy economist at Dalhousie University.
"""},

"h201en04": {"outlet": "Lansdowne Wire (Sukkur)", "published": "2026-10-05", "text": """Can the Council of Common Interests settle Sindh's canal dispute?

SUKKUR, Oct 5 (Lansdowne Wire) - Pakistan's Council of Common Interests (CCI) will meet in Islamabad on October 14 to decide on Punjab's proposed Cholistan canals, Sindh Chief Minister Murad Ali Shah said on Sunday, after weeks of protests along the Indus.

Shah said Sindh "will not accept" any new canal until telemetry measuring flows at every barrage is installed.

The federal government froze work on the canals in April 2025 after the Pakistan Peoples Party (PPP), which governs Sindh, threatened to leave the ruling coalition.

PPP chairman Bilawal Bhutto Zardari told a rally in Larkana on Saturday that his party would withdraw its support for Prime Minister Shehbaz Sharif's government if the council approved the project.

Sharif is expected to chair the meeting, and Punjab Chief Minister Maryam Nawaz may join by video link, officials in Islamabad said.

The Indus River System Authority (IRSA) will issue its water availability estimate for the rabi season by October 10, its spokesman said. Sindh's representative on the authority has threatened to resign if it certifies surplus water for the canals, a provincial official said.

Read more: Karachi port handles record container traffic as Gwadar lags

Lawyers and nationalist groups plan to block the national highway near Sukkur for three days from Thursday, a spokesman for the Sindh High Court Bar Association said.

Sindh Irrigation Minister Aijaz Solangi said the provincial assembly would vote on Thursday on a resolution asking Islamabad to scrap the project, and that Sindh could take the dispute to the Supreme Court if the CCI fails to decide.

A by-election for the Sindh Assembly seat PS-29 in Khairpur on October 25 will be the first electoral test of the dispute, and the PPP is likely to win, analysts say.

"Both sides need a way out before the wheat sowing starts," said Sanam Memon, a water policy researcher in Hyderabad.
"""},

"h201en05": {"outlet": "Rinjani Wire (Mataram)", "published": "2027-05-19", "text": """Can a Lombok meeting slow the boats to Australia?

MATARAM, May 19 (Rinjani Wire) - Ministers from more than 40 countries will meet in Mandalika, on Lombok's south coast, on Friday for the Bali Process ministerial conference, co-chaired by Indonesian Foreign Minister Sugiono and Australian Foreign Minister Penny Wong, Indonesia's foreign ministry said on Tuesday. The meeting has been postponed twice since last November.

The conference is expected to adopt a declaration on faster returns of people refused protection, two diplomats involved in the drafting said.

At the meeting, Australia will announce targeted sanctions on six people-smuggling networks operating from eastern Indonesia, Home Affairs Minister Tony Burke said on Monday. Burke will also tour a fishing village in East Lombok tomorrow.

Sugiono said Indonesia had not decided whether to join the sanctions, adding that Jakarta "will not extradite its own citizens" to Australia.

Read more: Lombok's new airport terminal opens to international flights

The Indonesian Navy will deploy four more patrol ships to the Lombok Strait from June 1 under an Australian-funded programme, the navy said in a statement.

Myanmar's deputy foreign minister is expected to attend and could brief ministers on a China-brokered ceasefire between the military and the Arakan Army in Rakhine, which expires at the end of May, diplomats said. The truce could be extended for six months, one of them said.

West Nusa Tenggara Governor Lalu Muhamad Iqbal said the province would open a coast guard training centre in East Lombok in August.

The ministers' conclusions will be presented to ASEAN leaders at their summit in October.

Analysts say departures from Lombok could rise again after the monsoon ends in October. "The boats stop when the money stops, not when ministers meet," said Dewi Anggraini, a migration researcher at Mataram University.
"""},
}
