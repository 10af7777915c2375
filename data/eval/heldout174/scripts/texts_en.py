"""English texts of heldout174, written for this project in one sitting. Invented or generic facts."""

EN = {
"h174en01": {"outlet": "Komo Wire (Cocobeach)", "published": "2026-05-14", "text": """Will Gabon leave Mbanie quietly? Island handover talks open next week

COCOBEACH, May 14 (Komo Wire) - Gabon and Equatorial Guinea will open talks on handing over the island of Mbanie and two smaller islets in Malabo next Tuesday, Gabon's foreign ministry said in a statement on Wednesday.

The International Court of Justice ruled in May 2025 that a 1900 Franco-Spanish convention was the valid legal title, a finding that left the islands to Equatorial Guinea.

Foreign Minister Regis Onanga Ndiaye, who will lead the Gabonese delegation, said Libreville "will respect the judgment to the letter" and would not seek its interpretation.

The small gendarmerie post on Mbanie will be withdrawn by the end of June, Defence Minister Brigitte Onkanowa told lawmakers. The National Assembly's defence committee will question her again in a closed session on Wednesday, a committee member said.

Fishermen from Cocobeach, who have fished around the islands for generations, fear losing access to their grounds. Equatorial Guinea's vice president, Teodoro Nguema Obiang Mangue, is expected to visit Libreville in June to discuss fishing rights and the maritime boundary, two diplomats said.

Read more: Gabon's parliament approves revised 2026 budget

A joint development zone for oil blocks straddling the new line could also come up, but Libreville has not decided whether to propose one, a presidency source said.

President Brice Oligui Nguema is likely to raise the handover at the CEMAC summit expected in late July, officials in Libreville said. Equatoguinean President Teodoro Obiang Nguema Mbasogo will attend the summit, his government said.

Malabo's foreign ministry said on Tuesday that its troops would not land on the islands before the talks conclude.

Analysts say the handover could be complete as early as September, while fixing the maritime boundary may take years. "Gabon has lost a rock and kept its oil," said Paulin Mba Essono, a law lecturer at Omar Bongo University in Libreville.
"""},

"h174en02": {"outlet": "Bullom Wire (Lungi)", "published": "2027-01-19", "text": """Sierra Leone lawmakers to vote on Lungi bridge loan as chiefdoms agree truce

LUNGI, Jan 19 (Bullom Wire) - Sierra Leone's parliament will vote on Thursday on ratifying a $540 million financing package for a bridge linking Freetown to Lungi International Airport, Speaker Segepoh Solomon Thomas said on Monday.

Finance Minister Sheku Bangura signed the package with the African Development Bank (AfDB) and two Gulf funds in Abidjan last Friday, after talks that slipped twice since October.

The ruling Sierra Leone People's Party (SLPP) holds a majority and ratification is expected to pass, although the opposition All People's Congress (APC) could walk out of the chamber, party officials said.

Works on the seven-kilometre crossing would start in April and take about four years, Bangura said, adding that there would be "no toll for pedestrians, ever".

Today passengers reach the airport by ferry or water taxi across the Sierra Leone River estuary, a trip that can take more than an hour.

A land dispute over the bridge's northern landing site turned violent this month, leaving two people dead. A truce between youths from the Kaffu Bullom and Lokomasama chiefdoms will hold until their paramount chiefs meet in Port Loko next week, the Sierra Leone Police said.

Read more: Sierra Leone's inflation falls to single digits

The head of the Sierra Leone Roads Authority, Ibrahim Conteh, is expected to step down by the end of the month after an audit of the Wellington-Masiaka highway, two officials said.

An International Monetary Fund team will arrive in Freetown in mid-February to review the country's credit programme, the fund said in a statement.

Analysts say President Julius Maada Bio wants the first pillars in the water before the general election in June 2028, in which he cannot run. "A bridge is a campaign poster you can drive on," said Fatmata Sesay, a political economist at Fourah Bay College.
"""},

"h174en03": {"outlet": "Narta Wire (Vlore)", "published": "2025-11-05", "text": """Albania's parliament to vote on Vlore LNG deal as opposition cries foul

VLORE, Nov 5 (Narta Wire) - Albania's parliament will vote on Thursday on an agreement with U.S. company Excelerate Energy to build a floating liquefied natural gas terminal in the Bay of Vlore, government spokesman Ardit Bido said on Tuesday.

The cabinet approved the agreement on October 22. Under it, Excelerate would moor a storage and regasification vessel near the Vlore thermal power plant, an oil-fired station that has barely run since it was completed.

Prime Minister Edi Rama's Socialist Party holds a comfortable majority and the deal is expected to pass.

The opposition Democratic Party, led by former prime minister Sali Berisha, will boycott the vote and has called a protest outside parliament for Thursday evening, its spokesman said.

Deputy Infrastructure and Energy Minister Arben Lika said the first LNG cargo would arrive in the second half of 2027. He said Albania "will not pay a single lek" for capacity it does not use.

A 45-km pipeline linking Vlore to the Trans Adriatic Pipeline (TAP) near Fier is part of the plan. TAP's shareholders have not decided whether to expand the line's capacity, and talks with the consortium in Baar, Switzerland, are expected next week, a ministry official said.

Read more: Albania's tourist arrivals hit a record in October

EcoAlbania, an environmental group, said the terminal threatens the Narta lagoon and that it could challenge the deal in the Constitutional Court.

A delegation from the U.S. Department of Energy is expected in Tirana in early December, the U.S. Embassy said.

Montenegro could join the project later through a pipeline north to Podgorica, but no talks are scheduled, officials in Podgorica said.

Analysts say the terminal is unlikely to lower electricity prices before 2028. "Rama is buying insurance against drought, and Washington's goodwill," said Erion Gjoka, an energy analyst at a Tirana think tank.
"""},

"h174en04": {"outlet": "Vedado Wire (Havana)", "published": "2026-08-10", "text": """Cuba to let the peso float for businesses. Will households be next?

HAVANA, Aug 10 (Vedado Wire) - Cuba's central bank will introduce a floating exchange rate for state companies and private businesses from September 1, Central Bank President Juana Lilia Delgado said on Sunday, the biggest currency change since the 2021 unification.

The government merged the country's two currencies in January 2021, but the official rate soon fell far behind the street rate. On the street, a dollar now fetches more than 400 pesos.

Economy Minister Joaquin Alonso Vazquez told state television that the new rate would be published daily and that there would be "no devaluation of wages".

The central bank will publish the implementing resolution in the Official Gazette on Friday, a bank official said.

Households and remittance senders are left out for now. Officials have not decided whether to extend the float to individuals, but it could happen as early as January, a government economist said.

Read more: Cuba's grid suffers third nationwide blackout this year

The move comes as Washington tightens pressure. The U.S. Treasury could add more companies linked to the military conglomerate GAESA to its sanctions list later this month, two people familiar with the matter said.

Russian Deputy Prime Minister Dmitry Chernyshenko is expected in Havana in the second half of September for a meeting of the intergovernmental commission, Cuba's foreign ministry said. A new Russian credit line for fuel imports is likely to be signed during the visit, according to the ministry.

Prime Minister Manuel Marrero has said the National Assembly will review the first results of the float at its regular session in December.

Analysts say the float could push annual inflation above 30 percent by the end of the year. "The state is finally admitting what the street already knows," said Yanelis Ferrer, an economist at a Havana research centre.
"""},

"h174en05": {"outlet": "Gokdepe Wire (Ashgabat)", "published": "2027-09-24", "text": """Turkmenistan opens its books to WTO members as accession talks begin

ASHGABAT, Sept 24 (Gokdepe Wire) - The working party on Turkmenistan's accession to the World Trade Organization (WTO) will hold its first formal meeting in Geneva on October 6, Turkmenistan's foreign ministry said on Thursday, nearly six years after the country applied to join.

Turkmenistan became a WTO observer in February 2022. Foreign Minister Rashid Meredov will lead the delegation and present a memorandum on the country's foreign trade regime, the ministry said.

Deputy Trade Minister Maral Annayeva said Turkmenistan "will not give up" state control of gas exports, but was ready to cut import tariffs on food and machinery.

The government has not said whether it will unify the manat's official and market exchange rates, a key demand of members.

Bilateral market access talks with China are expected to start on the sidelines of the Geneva meeting, and an early agreement with Beijing is possible by the end of the year, a diplomat in Geneva said.

Read more: Turkmen gas exports to China rise 8% in the first half

The U.S. Congress could vote as early as November on a bill to lift the Jackson-Vanik trade restrictions on Turkmenistan, two congressional aides said.

WTO Director-General Ngozi Okonjo-Iweala may visit Ashgabat before the end of the year, a WTO spokesman said.

President Serdar Berdimuhamedov will address an international conference on neutrality and trade in Ashgabat on December 12, the presidency said.

The state still sets cotton and wheat prices, and most foreign trade runs through a handful of state firms.

Analysts say accession is unlikely before 2030, given the state's grip on gas and cotton. "Ashgabat wants the badge without the audit," said Dovlet Orazov, a Central Asia researcher at a Berlin institute.

Meredov is also expected to meet the working party's chair, Swedish ambassador Erik Lindqvist, in Geneva next week to agree the agenda.
"""},
}
