"""English texts of heldout169, written for this project in one sitting. Invented or generic facts."""

EN = {
"h169en01": {"outlet": "Ebene Wire (Ebene)", "published": "2026-09-29", "text": """Mauritius tightens offshore substance rules ahead of EU review

EBENE, Sept 29 (Ebene Wire) - Mauritius will require global business companies to employ at least two full-time local staff from January 1, the Financial Services Commission (FSC) said in a circular on Monday.

Industry comments on the draft rules are due by October 16, and the regulator expects to publish the final text in the first week of November, the circular said.

Mauritius left the Financial Action Task Force's grey list in October 2021. EU finance ministers will review the bloc's tax blacklist when they meet in Luxembourg on October 13, and Mauritius could be added to the list's watch annex if the rules are not adopted in time, two EU diplomats said.

Prime Minister Navin Ramgoolam said on Sunday that his government "will not let anyone call Mauritius a tax haven" and that a 15 percent domestic minimum top-up tax would apply from July 1, 2027. The National Assembly is expected to vote on the bill carrying the tax next week, a government official said.

Financial Services Minister Reza Oozeer is expected to travel to Brussels in mid-October, his ministry said.

The FSC's chief executive, Anjali Ramphul, will step down at the end of October, two officials said, and the board is likely to name an acting head.

Industry body Global Finance Mauritius meets the FSC on Thursday. Its chairman, Didier Ah-Yan, said some companies "could move to Dubai" if the staffing rule is not phased in.

Read more: Bank of Mauritius holds key rate as inflation eases

Ramgoolam will also raise a protocol to the India-Mauritius tax treaty when he visits New Delhi in the second half of November, his office said. Analysts say the protocol may not enter into force before 2027.

Opposition lawmaker Mireille Rivet said her Militant Socialist Movement (MSM) would challenge the rules in court unless the FSC holds public hearings.
"""},

"h169en02": {"outlet": "Pele La Wire (Thimphu)", "published": "2025-12-10", "text": """Bhutan seeks higher price for Tala power as winter imports loom

THIMPHU, Dec 10 (Pele La Wire) - Bhutan will ask India to raise the tariff it pays for electricity from the 1,020-megawatt Tala plant when a joint group of experts on hydropower meets in New Delhi next week, Energy Minister Gem Tshering said on Tuesday.

Tala's export rate has been reviewed only twice since the plant was commissioned, and Druk Green Power Corporation (DGPC) says the rate no longer covers repairs of silt-damaged turbines.

"We will not sell power below what it costs us to produce," Gem Tshering told reporters. He said Thimphu expected a decision on the new rate before the end of March.

Indian Power Minister Manohar Lal is expected to visit Thimphu in the second week of January, India's embassy said, and a power purchase agreement for the 600-megawatt Kholongchhu project could be signed during the trip, according to two officials familiar with the talks.

Bhutan will also import electricity from India from mid-December until the end of February, when low river flows cut output by more than two thirds, DGPC said. Its managing director is due to retire in February, and the board is likely to name a successor at its meeting on January 15, a DGPC spokesman said.

Read more: Gelephu Mindfulness City signs its first foreign hospital investor

Prime Minister Tshering Tobgay has said the country aims to build 25,000 megawatts of generating capacity by 2040. DGPC has not decided whether to seek approval to sell Mangdechhu's summer surplus on the Indian Energy Exchange (IEX).

Analysts say India is unlikely to accept a large increase before its own power market reforms take effect. "New Delhi will bargain hard, because every rupee on Tala sets a precedent for the projects still under construction," said Karma Wangdi, an energy economist at a Thimphu research institute.
"""},

"h169en03": {"outlet": "Esparza Wire (Puntarenas)", "published": "2027-03-26", "text": """Will Caldera get its second berth? Costa Rica lawmakers vote Tuesday

PUNTARENAS, March 26 (Esparza Wire) - Costa Rica's Legislative Assembly will hold a first-debate vote on Tuesday on a bill letting the Pacific port authority INCOP tender a second container berth at Caldera, the assembly's infrastructure committee chairwoman, lawmaker Andrea Villalobos, said on Thursday.

The bill is expected to pass with votes from the ruling party and two opposition blocs, she said. A second and final debate would follow within 15 days, she added.

The vote, first set for February, has slipped twice. Caldera has run above capacity since 2023.

INCOP's executive president, Mauricio Arce, said the tender would open in the second half of May if the bill passes, with a contract award before the end of the year. He said he would resign if lawmakers rejected it.

The government extended the current operator's concession by two years in January, while the Comptroller General reviews the terms.

A delegation from the Inter-American Development Bank (IDB) will visit Caldera next week to discuss a $250 million loan for the access road, the finance ministry said, and the loan agreement is expected to be signed by the end of June.

President Laura Fernandez will present the project to regional leaders at the Central American Integration System (SICA) summit in Panama City in June, her office said. She has said the berth "will not be handed to any foreign state-owned company."

Read more: Costa Rica's central bank trims policy rate to 3.5%

The Puntarenas dockworkers' union has called a 24-hour strike for April 6 and could extend it if the government does not guarantee jobs under the new operator, its secretary general, Luis Carvajal, said. The National Coast Guard Service will deploy two patrol boats at Caldera from Monday, the public security ministry said.

Analysts say construction is unlikely to begin before the February 2028 municipal elections.
"""},

"h169en04": {"outlet": "Brezice Wire (Krsko)", "published": "2026-04-20", "text": """Slovenia's Krsko nuclear plant to stay offline into May after leak

KRSKO, April 20 (Brezice Wire) - The Krsko nuclear power plant, shut down last Tuesday after a small leak was found in its primary cooling circuit, is expected to restart in the first week of May, plant spokeswoman Tanja Kovacic said on Sunday.

The Slovenian Nuclear Safety Administration (SNSA) will complete its inspection of the repaired valve this week, the regulator said in a statement. No radiation was released, it added.

Krsko supplies about a fifth of Slovenia's electricity and a sixth of Croatia's, and is owned equally by Slovenia's GEN energija and Croatia's HEP.

The two governments' intergovernmental commission on the plant will meet in Zagreb on April 29, the Slovenian government said. Croatian Economy Minister Ante Susnjar said on Saturday that HEP "will not pay a single euro more" into the decommissioning fund until the commission agrees how to split the repair costs.

Prime Minister Robert Golob's caretaker government has said it will leave the decision on a second reactor to its successor. Coalition talks after last month's election are expected to end by mid-May, party officials said.

Slovenia will back a ban on imports of Russian nuclear fuel in the EU's next sanctions package, expected in June, a foreign ministry official said. Krsko already runs on Westinghouse fuel.

Grid operator ELES said it will import power from Austria and Croatia until the restart. Analysts say wholesale prices could rise by up to 20 percent in the meantime.

Read more: Slovenia's parliament approves new climate law

Mayors in the Posavje region, who face voters in the local elections on November 22, have asked for a public briefing. President Natasa Pirc Musar will visit the plant on Thursday, her office said.

Media reports say the plant's management board president, Ales Zupan, may offer his resignation at the commission meeting.
"""},

"h169en05": {"outlet": "Sambava Wire (Sambava)", "published": "2027-10-14", "text": """Can new export rules lift Madagascar's vanilla out of its slump?

SAMBAVA, Oct 14 (Sambava Wire) - Madagascar's cabinet will adopt a decree on Wednesday scrapping the minimum export price for vanilla and replacing it with a reference price set every quarter, Trade Minister Hanitra Rakotoarisoa said on Tuesday.

The export campaign will open on November 2 under the new rules, she said, and exporters will need a fresh licence from the National Vanilla Council (CNV) by the end of October. Rakotoarisoa meets exporters in Sambava on Saturday.

The government introduced the floor price of $250 a kilogram in 2020, and unsold beans have since piled up in warehouses.

The ministry suspended the licences of 14 exporters last month for selling below the floor, and further suspensions could follow within 30 days, a ministry official said.

Gendarmerie units will deploy to the Andapa and Vohemar districts from Monday to guard the harvest against theft, the gendarmerie said in a statement. A local truce between two villages near Andapa, agreed after clashes over stolen beans in September, is expected to hold at least until the campaign opens, church mediators said.

President Michael Randrianirina is expected to present the reform at the COMESA summit in Nairobi in the second week of November, his office said. A U.S. trade delegation will visit Antananarivo next week for talks on tariffs on Malagasy vanilla and textiles, the U.S. Embassy said.

Read more: Madagascar's central bank holds key rate steady

The head of the exporters' group GEVM, Jean-Luc Andrianasolo, said members "will not sign forward contracts" until the reference price is published. The CNV's president, Fenosoa Razafindrakoto, is expected to step down once the decree is adopted, two council members said.

The reform comes weeks before local elections on December 5. Analysts say the reference price could fall below $100 a kilogram in the first quarter of 2028 if U.S. demand stays weak.
"""},
}
