"""English texts of heldout192, written for this project. Invented or generic facts."""

EN = {
"h192en01": {"outlet": "Hooiberg Wire (Oranjestad)", "published": "2026-06-10", "text": """Will Aruba and Venezuela reconnect before the high season?

ORANJESTAD, June 10 (Hooiberg Wire) - Aruban and Venezuelan officials will meet in Willemstad, Curacao, on Monday to discuss restoring direct flights and a cargo ferry link suspended since 2024, Prime Minister Mike Eman's office said on Tuesday.

Caracas cut air links with Aruba, Curacao and Bonaire in March 2024 after a row over detained Venezuelan fishing crews, and small traders have since routed goods through the Dominican Republic.

Eman told reporters he expected the first flights between Oranjestad and Las Piedras, in Venezuela's Falcon state, to resume "as early as August". He said Aruba "will not allow its territory to be used for any military operation" against its neighbour.

The Dutch defence ministry said a second navy patrol vessel would arrive in Aruban waters within 30 days, as U.S. warships continue counter-narcotics operations in the southern Caribbean. The Netherlands, which handles the island's defence and foreign affairs, is likely to send a junior minister to the Willemstad talks as an observer, a Dutch official said.

Venezuelan Foreign Minister Yvan Gil is expected to visit Aruba in July, his first trip to the island, two diplomats said. A ferry agreement could be signed during that visit, one of them added.

Read more: Aruba's tourist arrivals hit a first-quarter record

Any resumption of fuel trade would need a licence from the U.S. Treasury's Office of Foreign Assets Control (OFAC), which has not said whether it would grant one, according to a person familiar with the talks.

The Staten, Aruba's parliament, will hold a closed session on the talks on Thursday, the parliament's secretariat said.

Analysts say bilateral trade could reach $60 million a year by 2028 if the ferry restarts. "Aruba needs its nearest market back, but nobody here wants to be caught between Washington and Caracas," said Ramon Croes, an economist at the University of Aruba.
"""},

"h192en02": {"outlet": "Manicouagan Wire (Quebec City)", "published": "2026-02-18", "text": """Churchill Falls: can Quebec hold the line while Newfoundland reviews the deal?

QUEBEC CITY, Feb 18 (Manicouagan Wire) - Negotiators for Hydro-Quebec and Newfoundland and Labrador Hydro will resume talks on the Churchill Falls agreements in St. John's next Tuesday, Hydro-Quebec spokeswoman Julie Mercier said on Wednesday.

The two utilities signed a memorandum of understanding in December 2024 to replace the 1969 contract, which expires in 2041, and had aimed to finalise definitive agreements by April this year.

Quebec Economy and Energy Minister Christine Frechette said on Tuesday that Quebec "will not reopen" the financial terms of the memorandum. "We negotiated in good faith, and the numbers are the numbers," she said.

In St. John's, Premier Tony Wakeham has ordered an independent review of the memorandum. The review panel is expected to deliver its report by the end of April, officials in his office said. Wakeham said on Monday that a provincial referendum on the deal would not be held before September.

Read more: Hydro-Quebec posts record export revenue despite low reservoirs

Ottawa is expected to announce a federal loan guarantee for the new Gull Island generating station within weeks, according to two people familiar with the file. Prime Minister Mark Carney could visit Labrador in March, a federal official said.

The Innu Nation, whose traditional territory includes the Gull Island site, may go to court if its consent is not sought, its spokesman, Paul Nui, said.

Hydro-Quebec's chief negotiator, Martine Lavallee, will step down at the end of March, the utility said in a statement.

Quebec holds a general election on October 5. The Parti Quebecois, which leads in most polls, has said it would review the deal if elected.

Analysts say the timetable is likely to slip into 2027. "Nobody in St. John's wants to sign before the review and the vote," said Annie Gauthier-Roy, a political scientist at Laval University.
"""},

"h192en03": {"outlet": "Gennargentu Wire (Cagliari)", "published": "2027-05-12", "text": """Sardinia and Rome square off over military ranges as NATO drill nears

CAGLIARI, May 12 (Gennargentu Wire) - More than 4,000 troops from nine NATO countries will take part in exercise "Nuraghe Shield" at the Capo Teulada range from May 24 to June 4, the Italian defence ministry said on Tuesday.

The drill comes as the agreement governing military easements on the island, which covers about 35,000 hectares of land and sea, expires on June 30.

Regional President Alessandra Todde said the region would not sign a renewal unless the Teulada range was reduced by a third and its coastline reopened to fishermen. "Sardinia has paid enough," she told the regional council.

The joint civil-military committee, known by its Italian acronym COMIPA, will meet in Cagliari on Monday to discuss the renewal, a regional official said. Defence Minister Guido Crosetto is expected to visit the island in June, his office said, adding that no meeting with Todde had been confirmed.

Last year, the ministry paid 9 million euros in compensation to fishermen kept out of the range's waters.

Read more: Sardinia's tourist bookings recover after a slow spring

The anti-base movement A Foras said it would march to the Teulada gates on Sunday. Police are likely to close the coastal road near the range during the protest, according to local officials.

Italian media reported that Rome could offer to close the smaller Capo Frasca range by 2030 in exchange for extending Teulada's lease.

Sardinia hosts about 60 percent of Italy's military easements, a share that regional governments of every colour have tried to cut since the 1980s.

Analysts say the dispute may not be settled before the national election expected in the autumn. "Neither side wants to look weak before the vote, so the easiest option is another short extension," said Marco Pisanu, a political scientist at the University of Cagliari.
"""},

"h192en04": {"outlet": "Tagum Wire (Davao City)", "published": "2025-11-04", "text": """Japan set to bankroll Mindanao Railway's first leg after China exit

DAVAO CITY, Nov 4 (Tagum Wire) - The Philippines and Japan will sign a loan agreement for the first 100-km segment of the Mindanao Railway, from Tagum to Digos, in Tokyo on November 20, Transportation Secretary Vince Dizon said on Monday.

Manila dropped Chinese financing for the project in 2023 after talks on the loan terms stalled.

Dizon said civil works were expected to start in the first quarter of 2026 and that the first trains would run "by the end of 2027". The government "will not cut the number of stations" to save money, he added.

The Investment Coordination Committee (ICC) of the Department of Economy, Planning and Development is likely to approve the revised cost of 81 billion pesos on Thursday, two officials said. JICA President Akihiko Tanaka is expected to visit Davao next week to inspect the route.

President Ferdinand Marcos Jr. could attend the signing in Tokyo, a presidential palace source said.

Read more: Davao port cargo volumes rise for a third straight quarter

A later phase would run west towards Cotabato City, through areas where two rival commands of the Moro Islamic Liberation Front (MILF) agreed a 30-day truce last week after clashes that displaced about 2,000 families. The truce, brokered by the government-MILF ceasefire committee, is expected to be extended when it expires on November 28, the committee said.

The army's 10th Infantry Division will deploy two battalions to secure survey teams along the route from December, its spokesman, Major Rodel Santos, said.

Analysts say right-of-way disputes could delay the line by up to two years. "Land is the real test, not money. Every kilometre crosses someone's farm," said Jericho Villanueva, a transport economist at Ateneo de Davao University.
"""},

"h192en05": {"outlet": "Snaefell Wire (Douglas)", "published": "2026-01-20", "text": """Isle of Man presses London on assisted dying law as Royal Assent stalls

DOUGLAS, Jan 20 (Snaefell Wire) - Chief Minister Alfred Cannan will meet Justice Secretary David Lammy in London on Thursday to press for a decision on Royal Assent for the Isle of Man's Assisted Dying Bill, the Cabinet Office in Douglas said on Monday.

Tynwald, the island's parliament, gave the bill its final approval in March 2025, but it cannot become law until the Privy Council grants assent on the advice of the UK Ministry of Justice (MoJ).

The MoJ is expected to complete its review by the end of February, a government source in Douglas said. An MoJ spokesperson said the department does not comment on the timing of assent for Crown Dependency legislation.

Dr Alex Allinson, the member of the House of Keys (MHK) who sponsored the bill, said the law could come into force "as early as 2027" if assent is granted this spring.

The House of Keys will debate an emergency motion on the delay next week, Speaker Juan Watterson said.

Read more: Isle of Man Steam Packet confirms new winter timetable

The campaign group Living Well Mann said it would write to the King to urge him to withhold assent. One minister who opposes the bill may resign if assent is granted, two MHKs said.

The island holds a general election in September, and several candidates have said they would seek to repeal the law.

The issue is likely to be raised at the British-Irish Council summit in Jersey in June, an official said.

Analysts say London is unlikely to refuse assent, but could seek amendments. "London knows a refusal would be a constitutional earthquake for the Crown Dependencies," said Fiona Kermode, a lecturer in public law at University College Isle of Man.
"""},
}
