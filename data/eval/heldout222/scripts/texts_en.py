"""English texts of heldout222, written for this project in one sitting. Invented or generic facts."""

EN = {
"h222en01": {"outlet": "Oji River Wire (Enugu)", "published": "2026-09-21", "text": """Can Enugu talks end the south-east's Monday lockdowns?

ENUGU, Sept 21 (Oji River Wire) - Federal officials, the five south-east governors and Igbo leaders will meet in Enugu on Thursday for talks on ending the weekly sit-at-home orders that have shut markets across the region since 2021, the Office of the National Security Adviser said on Sunday.

National Security Adviser Nuhu Ribadu will lead the federal delegation, the office said.

Emma Powerful, spokesman of the Indigenous People of Biafra (IPOB), said its armed wing, the Eastern Security Network (ESN), would halt attacks on security forces for the duration of the talks. Abuja banned the group as a terrorist organisation in 2017.

Its leader, Nnamdi Kanu, has been in detention since his sentencing by a Federal High Court in Abuja in November 2025. The Court of Appeal is due to hear his appeal on October 14, a lawyer for Kanu said.

Information Minister Mohammed Idris said on Saturday the federal government "will not negotiate" Kanu's release outside the courts.

Ohanaeze Ndigbo, the main Igbo socio-cultural group, will present a memo demanding Kanu's release at the talks, its spokesman, Okechukwu Nwafor, said.

Anambra Governor Charles Soludo said markets in Onitsha and Nnewi would open on Mondays from October 5, with extra police patrols.

Read more: Nigeria's central bank holds rate, cites easing food prices

The army said in a statement its Operation UDO KA would continue across the region at least until the end of the year.

President Bola Tinubu could visit Owerri and Enugu in early October, two presidency officials said.

Nigeria holds presidential and National Assembly elections on February 20, 2027, and the main parties are courting south-eastern voters.

Analysts say a political deal on Kanu is unlikely before the elections. "No one in Abuja wants to be seen freeing Kanu before the vote," said Adaeze Okafor, a security analyst at the University of Nigeria, Nsukka.
"""},

"h222en02": {"outlet": "Ksani Wire (Gori)", "published": "2027-03-02", "text": """Georgia rejects South Ossetia's April "presidential election" as Moscow pledges observers

GORI, March 2 (Ksani Wire) - The de facto authorities in Georgia's breakaway South Ossetia region will hold a "presidential election" on April 11, the region's self-styled election commission said on Monday, five years after Alan Gagloev won the post in a May 2022 run-off.

Gagloev is expected to seek a second term, Russian media reported.

Tbilisi "will not recognise" the vote or its result, Georgia's foreign ministry said in a statement on Monday, calling it a breach of the country's territorial integrity.

Russian foreign ministry spokeswoman Maria Zakharova said Moscow would send observers to the vote. Russia and the de facto authorities are due to sign a customs agreement in Moscow on March 15, the state news agency TASS reported.

EU diplomats said the bloc could add the election's organisers to its sanctions list, though Hungary has blocked similar steps before.

The Incident Prevention and Response Mechanism (IPRM) will meet in Ergneti on Thursday, the EU Monitoring Mission (EUMM) said. State Minister for Reconciliation Giorgi Lomidze said Tbilisi would raise the case of a villager from Dvani detained by Russian border guards last week.

Read more: Georgia's central bank keeps rate at 8% as lari steadies

Russia's 4th military base in Tskhinvali will hold drills in mid-March, Russia's Southern Military District said.

Prime Minister Irakli Kobakhidze will travel to Brussels next week for talks with European Council President Antonio Costa, his office said. The visit follows months of strain over Georgia's stalled EU candidacy.

Analysts say turnout could fall below half of registered voters, because many young residents have left for North Ossetia and Moscow. "The vote matters less in Tskhinvali than in Moscow, which wants to show that the region is settled," said Tamar Kobiashvili, a researcher at a Tbilisi think tank.
"""},

"h222en03": {"outlet": "Basento Wire (Potenza)", "published": "2025-12-04", "text": """Basilicata council to vote on Eni's Val d'Agri renewal as royalties row grows

POTENZA, Dec 4 (Basento Wire) - Basilicata's regional council will vote on Tuesday on a memorandum with Eni that would extend the Val d'Agri oil concession until 2039, the council's presidency said in a statement on Wednesday.

The concession expired in October 2019 and has run since then on temporary extensions, while Rome and the region argued over royalties and environmental controls.

Regional President Vito Bardi said Eni would fund a "gas bonus" covering part of household heating bills for residents of the region from January.

Energy Minister Gilberto Pichetto Fratin is expected to sign the agreement in Rome before the end of the year, a ministry official said.

Eni said in a statement it "will not" raise output at the Viggiano treatment centre above 104,000 barrels a day.

Chief executive Claudio Descalzi could travel to Potenza next week to meet Bardi, two people familiar with the talks said.

Opposition councillor Giuseppina Mazzeo said her group would challenge the memorandum before the regional administrative court if it passed, arguing that it gives the 35 concession towns too little.

Environment assessor Rocco Pietrafesa may resign if the towns' share of royalties is cut, party officials said.

Regional leaders of the CGIL union will meet Bardi on Monday, the union said.

Read more: Italy's 2026 budget clears Senate committee

The European Commission could open an infringement procedure against Italy over the repeated extensions, EU officials said, a step that can end in fines.

Analysts say Rome wants the deal done well before the general election due in 2027. "It is the last big onshore concession Eni holds in Europe, and both sides know the region has more leverage now than it will have after the vote," said Marco Lorusso, an energy economist at the University of Basilicata.
"""},

"h222en04": {"outlet": "Minch Wire (Stornoway)", "published": "2026-04-08", "text": """Will the Hebrides range grow? Islands council weighs MoD missile plan before Holyrood vote

STORNOWAY, April 8 (Minch Wire) - The Western Isles council, Comhairle nan Eilean Siar, will meet tomorrow to decide whether to back a Ministry of Defence plan to extend the Hebrides range on South Uist and Benbecula for longer-range missile tests, its leader, Iain MacRae, said on Tuesday.

The MoD announced the plan in January, saying it would add 40 jobs at the range, which is run by the contractor QinetiQ.

NATO's Formidable Shield air and missile defence exercise will run at the range from May 4 to May 22, the alliance said in a statement. Two U.S. Navy destroyers are expected to call at Stornoway during the exercise, two people familiar with the planning said.

Defence Secretary John Healey will visit Benbecula next week, the MoD said.

QinetiQ said it "would not" move any range jobs off the islands.

First Minister John Swinney said on Monday the Scottish government would not support the extension without a binding jobs guarantee. Scotland votes in the Holyrood election on May 7.

Read more: CalMac cancels Uig sailings as repairs overrun

Ofgem is expected to decide on the long-delayed Western Isles subsea power link by the end of June, an Ofgem spokeswoman said. Crofters' groups say the link matters more to the islands than the range.

The range extension could be announced at the NATO summit in Ankara on July 7-8, a British official said.

Analysts say the new launch sites are unlikely before 2028, because the planning process alone takes about a year. "The islands need the jobs, but London has promised jobs here before," said Fiona Macaulay, a lecturer in island studies at the University of the Highlands and Islands.
"""},

"h222en05": {"outlet": "Feale Wire (Tralee)", "published": "2027-07-16", "text": """Kerry LNG reserve: Dublin decides Tuesday as Russian gas ban nears

TRALEE, July 16 (Feale Wire) - The Irish cabinet will decide on Tuesday whether to approve a state-owned floating LNG terminal at Ballylongford on the Shannon Estuary as the country's strategic gas reserve, Energy Minister Darragh O'Brien said on Thursday.

If approved, Gas Networks Ireland will launch a tender for the vessel within 30 days, he said.

O'Brien said the reserve "will not" be open to commercial trading. The planning board refused the private Shannon LNG project in 2023.

The EU's ban on the remaining imports of Russian pipeline gas takes effect on November 1. The European Commission is expected to clear the state aid in September, Commission officials say.

An Coimisiun Pleanala, the planning body, said it would rule on the planning application by October 29.

U.S. Energy Secretary Chris Wright will visit Dublin next week for talks on LNG supply, the U.S. Embassy said.

Junior minister Niamh Kirwan, an independent, has said she would resign if the cabinet approves the terminal.

Read more: Ireland's budget surplus narrows as corporation tax slows

Taoiseach Micheal Martin will press for a common EU gas reserve when EU leaders meet in Brussels on October 21-22, his spokesman said.

The government has set a by-election in Kerry for September 24, and the terminal has become the main issue in the campaign.

The Shannon Estuary Alliance, an environmental group, will hold a protest at Ballylongford on Saturday, the group said.

Analysts say the terminal may not be operating before 2030. "Every year of delay is a year in which Ireland depends on two pipelines from Scotland for almost all of its gas," said Ciara Dunne, an energy economist at a Dublin research institute.
"""},
}
