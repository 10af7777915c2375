"""English texts of heldout223, written for this project in one sitting. Invented or generic facts."""

EN = {
"h223en01": {"outlet": "Biferno Wire (Campobasso)", "published": "2026-05-28", "text": """Will Termoli get anything back after the gigafactory? Rome weighs Molise's share

TERMOLI, Italy, May 28 (Biferno Wire) - Industry Minister Adolfo Urso will chair a meeting in Rome on June 4 with Stellantis, its battery venture ACC, trade unions and the Molise regional government on the future of the Termoli site, his ministry said on Wednesday.

ACC, which Stellantis owns with Mercedes-Benz and TotalEnergies, formally dropped plans for a battery gigafactory at Termoli last month, four years after the project was announced with public support.

Urso told reporters the 370 million euros earmarked for the plant would be redirected to other industrial projects in Molise. "The government will not send this money back to Brussels," he said.

Molise regional president Francesco Roberti said the region would ask for at least half of the funds to go to Termoli's port and the Campobasso-Termoli rail line. A programme agreement for the port could be signed as early as July, Roberti's office said.

Stellantis is expected to present a new plan for the Termoli engine plant, which employs about 1,800 people, before the end of July, two union officials said. The FIOM-CGIL metalworkers' union has called an eight-hour strike at the plant for Friday.

Read more: Italy's industrial output falls for a third month in April

Any change to the recovery plan needs the European Commission's approval, and a decision is unlikely before September, an EU official said.

Prime Minister Giorgia Meloni may visit Termoli in June, regional officials said, though her office has not confirmed the trip.

Analysts say the government could use the money to shore up support in the south, where unemployment remains well above the national average. Italy's next general election is due in 2027.

"Molise is small, but the symbolism of a lost gigafactory is large," said Paola Di Iorio, an economist at the University of Molise.
"""},

"h223en02": {"outlet": "Ommeland Wire (Groningen)", "published": "2027-01-12", "text": """Can The Hague keep Groningen's gas in the ground as the Russian ban nears?

GRONINGEN, Jan 12 (Ommeland Wire) - Dutch lawmakers will debate on Thursday a motion to keep eleven Groningen production sites on standby as an emergency reserve, and a vote is set for Tuesday, January 19, said Jildert Veenstra, the Farmer-Citizen Movement (BBB) lawmaker who filed it.

The Groningen field was closed by law in April 2024 after decades of drilling-induced earthquakes damaged thousands of homes in the province.

Climate and Green Growth Minister Sanne Kuipers said on Monday the field "will not reopen under any scenario this winter".

Pressure has grown ahead of the EU's full ban on Russian gas imports, which takes effect on January 1, 2028. Gasunie expects storage to fall below 30 percent by the end of February, the grid operator said.

The Royal Netherlands Navy will step up patrols around North Sea gas platforms from next week, the defence ministry said.

Norway's Equinor is likely to sign a deal for extra winter volumes in Oslo in late February, two people familiar with the talks said.

In Groningen, anger over slow compensation has not faded. State Secretary for Groningen Recovery Gerrit Bosma is expected to resign before the provincial elections on March 17 if the compensation deadline slips again, coalition sources said.

Groningen's King's Commissioner, Rene Paas, will travel to Brussels next month to ask for EU funds for home reinforcement, his office said. NAM, the Shell-ExxonMobil joint venture that ran the field, has said it could seal the last wells by the end of 2028.

Analysts say a cold February could still force the cabinet to revisit the closure. "Every politician here knows what reopening would cost at the ballot box," said Marieke Hoekstra, an energy researcher in Groningen.
"""},

"h223en03": {"outlet": "Cimarron Wire (Oklahoma City)", "published": "2026-03-20", "text": """Will Oklahoma's tribal tobacco fight outlast Stitt?

OKLAHOMA CITY, March 20 (Cimarron Wire) - The Oklahoma Senate will vote next Tuesday on a bill extending the state's tobacco and motor-fuel tax compacts with 16 tribal nations for two more years, Senate President Pro Tempore Lonnie Paxton said on Thursday, after the vote slipped twice since February.

Governor Kevin Stitt has said he will veto the bill. House Speaker Kyle Hilbert said lawmakers were likely to override a veto before the session ends on May 29.

Lawmakers overrode Stitt's veto of a one-year extension last May, and the governor's challenge to that override is still before the Oklahoma Supreme Court. The court is expected to rule in early April, lawyers involved in the case said.

About 40 percent of the state's land lies within reservations reaffirmed by the U.S. Supreme Court's 2020 McGirt ruling.

Cherokee Nation Principal Chief Chuck Hoskin Jr. said the tribe "will not sign any compact that hands the state jurisdiction over tribal retailers."

The Oklahoma Tax Commission could suspend tax-sharing payments to tribes without a compact from July 1, the governor's office said in a statement.

Read more: Oklahoma revenue collections dip for a second month

U.S. Interior Department officials will meet tribal leaders in Tulsa next month to discuss the dispute, a department official said.

The fight has spilled into the race to succeed Stitt, who is term-limited. The Republican primary for governor is on June 16. Attorney General Gentner Drummond, a candidate, has said he would sign an extension if elected.

Analysts say the dispute is unlikely to be settled before a new governor takes office in January 2027. "Neither side has a reason to blink while the clock runs out on this administration," said Megan Redcorn, a political scientist at a Tulsa university.
"""},

"h223en04": {"outlet": "Karangahake Wire (Waihi)", "published": "2025-12-09", "text": """Waihi waits on fast-track verdict for new gold mine

WAIHI, New Zealand, Dec 9 (Karangahake Wire) - An expert panel will release its decision on the Waihi North gold project on December 18, New Zealand's Environmental Protection Authority said on Monday, the first mining decision under the Fast-track Approvals Act.

Parliament passed the act in December 2024, letting ministers refer projects to panels that can override local planning rules.

Resources Minister Shane Jones said he expected the panel to approve the mine and that the government would not intervene in its decision. Jones will travel to Perth next week to pitch New Zealand's minerals strategy to Australian investors, his office said.

Ohinemuri Gold, the Australian-owned operator of the existing Waihi mine, aims to start underground works at Wharekirauponga as early as March, the company said.

Hauraki iwi leader Marama Tuhoe said the iwi would seek a judicial review in the High Court within 20 working days of any approval. A hikoi from Waihi to Parliament in Wellington is planned for February, she said. The Waitangi Tribunal could hold an urgent hearing on the iwi's claim, lawyers for the iwi said.

The mine has become an issue ahead of next year's general election, which Prime Minister Christopher Luxon has said will be held on November 7. Green Party co-leader Chloe Swarbrick said a Green-backed government would repeal the act. Labour leader Chris Hipkins has not said whether a Labour-led government would revisit approvals already granted.

Read more: New Zealand dairy prices slip at latest auction

Analysts say legal challenges could push the mine's first gold back to 2028. "Fast-track speeds up the consent, not the courtroom," said Tom Whitaker, a resources law lecturer at the University of Waikato.
"""},

"h223en05": {"outlet": "Losari Wire (Makassar)", "published": "2026-08-17", "text": """Indonesia readies first rice exports from Makassar as surplus swells

MAKASSAR, Indonesia, Aug 17 (Losari Wire) - Indonesia will ship its first 50,000 tonnes of export rice to Malaysia from Makassar's Soekarno-Hatta port on August 27, Agriculture Minister Andi Amran Sulaiman said on Sunday. Indonesia aims to export up to 1 million tonnes this year, he said.

Indonesia halted rice imports in January 2025 after two bumper harvests filled state warehouses. South Sulawesi, the country's fourth-largest rice producer, harvested a record 5.8 million tonnes of unhusked rice last year.

The contract with Malaysia's Padiberas Nasional (Bernas) is expected to be signed in Kuala Lumpur this week, two officials at the state food agency Bulog said. The trade ministry will issue export permits within 10 days, it said in a statement.

Bulog will not export rice from its strategic reserve, which stands at about 4 million tonnes, its chief said.

Sulaiman said 10,000 tonnes would be sent to Gaza through Egypt's El Arish port in October. The second phase of the Gaza ceasefire is expected to begin in September, diplomats in Jakarta said.

Philippine Agriculture Secretary Francisco Tiu Laurel may visit Makassar in September to discuss purchases, a Philippine official said. President Prabowo Subianto will offer rice to the regional emergency reserve at the ASEAN summit in Manila in November, the foreign ministry said.

The army will deploy 3,000 soldiers to help farmers in Bone and Wajo regencies with planting from October, an army spokesman said.

South Sulawesi Governor Andi Sudirman Sulaiman said the province would halt shipments if local prices rose above 14,000 rupiah a kilogram. Lawmakers on the House of Representatives' Commission IV will question Bulog's chief on Wednesday over storage losses, its deputy chair Rahmat Saleh said.

Economists say exports could stall if El Nino cuts next year's main harvest.
"""},
}
