"""English texts of heldout117, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h117en01": {"outlet": "Shirvan Wire (Baku)", "published": "2025-11-18", "text": """Azerbaijan and Russia to talk compensation for downed airliner as ties thaw

BAKU, Nov 18 (Shirvan Wire) - Azerbaijan and Russia will hold a session of their intergovernmental commission in Baku next week to settle compensation for the Azerbaijan Airlines jet shot down last December, Deputy Prime Minister Shahin Mustafayev said on Monday.

The Embraer 190 crashed near Aktau in Kazakhstan on December 25, 2024, killing 38 people, after Russian air defence fire hit it over Grozny.

Russian President Vladimir Putin acknowledged in October that Russian missiles had exploded near the plane and promised compensation.

Mustafayev said the two sides were expected to sign a compensation agreement before the end of the year, adding that Baku "will not drop" its demand for criminal charges against those responsible.

Russia's delegation is likely to be led by Deputy Prime Minister Alexei Overchuk, a person familiar with the preparations said. Azerbaijan Airlines (AZAL) plans to resume flights to Grozny and Sochi from January 15, its press service said.

Relations sank after police raids on Azerbaijanis in Yekaterinburg in June left two brothers dead.

Read more: Azerbaijan's central bank keeps refinancing rate at 7%

President Ilham Aliyev could meet Putin at the informal CIS summit in St Petersburg in late December, Kremlin spokesman Dmitry Peskov said, adding that no date had been set for a bilateral visit.

Baku could also host technical talks between Russia and Ukraine on a Black Sea ceasefire as early as December, Foreign Minister Jeyhun Bayramov said last week. Neither Moscow nor Kyiv has responded.

Russia's farm safety watchdog, Rosselkhoznadzor, said it may lift restrictions on Azerbaijani tomatoes and persimmons next month.

Azerbaijan and Turkey will hold joint air force drills near Nakhchivan from December 1 to December 5, the defence ministry said.

Analysts say the deal may bring back Russian state media such as Sputnik, whose Baku office was shut in June.
"""},

"h117en02": {"outlet": "Tarcoles Wire (San Jose)", "published": "2026-08-13", "text": """Will Costa Rica open its power market? Lawmakers set final vote on electricity bill

SAN JOSE, Aug 13 (Tarcoles Wire) - Costa Rica's Legislative Assembly will hold the second and final vote on a bill opening electricity generation to private firms next Tuesday, Assembly President Ruth Solano said on Wednesday.

The bill passed its first reading on July 28 with 35 votes in the 57-seat chamber.

Energy Minister Esteban Rojas will answer lawmakers' questions on tariffs on Friday, the Assembly said. The government of President Laura Fernandez expects the law to take effect before the end of the year, Rojas said, adding that the Costa Rican Electricity Institute (ICE) "will not be privatised".

The ICE workers' union said its members would strike for 48 hours from Monday if the vote goes ahead.

Opposition lawmakers could ask the Constitutional Chamber to review the bill after the vote, which would delay its signing by up to a month, a congressional aide said. ICE's executive president, Marco Acuna, is expected to step down if the bill passes, two people close to the board said.

Costa Rica generates more than 95% of its power from renewable sources, but a drought in 2024 forced rolling blackouts.

Read more: Costa Rica's tourist arrivals rise 4% in first half

Fernandez will travel to Panama City on September 3 for talks with President Jose Raul Mulino on expanding the SIEPAC regional grid, her office said.

The Central American Integration System (SICA) is expected to discuss a regional electricity market treaty at its summit in Guatemala in December, a foreign ministry official said.

The Inter-American Development Bank may approve a $300 million loan for new transmission lines in mid-October, an IDB official said.

Analysts say the reform could become the main issue in the February 2028 municipal elections. "Every mayor will be asked about the bill," said Lucia Mora Vindas, a political scientist in San Jose.
"""},

"h117en03": {"outlet": "Yantra Wire (Burgas)", "published": "2027-01-19", "text": """Bulgaria races to sell Lukoil's Burgas refinery before U.S. licence runs out

BURGAS, Jan 19 (Yantra Wire) - Bulgaria expects to sign a deal selling Lukoil's Neftochim Burgas refinery to a consortium led by Hungarian group MOL by the end of February, Energy Minister Valentin Dimov said on Monday.

The U.S. Treasury licence that lets the refinery keep operating despite sanctions on its Russian owner expires on April 29, the ministry said.

Washington imposed sanctions on Lukoil and Rosneft in October 2025, and parliament placed the refinery under a state-appointed special manager a month later.

Special manager Georgi Vlaykov told reporters the plant "will not stop for a single day" and said crude cargoes from Kazakhstan and Iraq would arrive in February. Vlaykov said he would step down once the new owner takes over.

Lukoil has not said whether it would accept the price, reported at about 1.2 billion euros, a person familiar with the talks said. The Treasury's Office of Foreign Assets Control (OFAC) could extend the licence by another six months if the deal is signed, two diplomats in Sofia said.

Read more: Bulgarian inflation eases to 3.1% in December

The refinery supplies most of Bulgaria's fuel.

Parliament's energy committee will question Dimov on Thursday. The nationalist Vazrazhdane party said it would table a no-confidence motion over the sale next week.

MOL chief executive Zsolt Hernadi is due to visit the plant on February 3, a MOL spokesman said.

The prime minister will raise fuel security at the European Council in Brussels in March, the government's press office said.

Multinational NATO troops will hold live-fire drills at the Novo Selo range in mid-February, the defence ministry said.

Analysts say the government could fall over the deal, and an eighth snap election in six years could be held as early as June. "Nobody wants to own this refinery's problems," said Petar Ganchev, an energy analyst in Varna.
"""},

"h117en04": {"outlet": "Pangani Wire (Tanga)", "published": "2026-04-15", "text": """Tanzania to load first Ugandan crude at Tanga as EACOP nears completion

TANGA, April 15 (Pangani Wire) - The first tanker of Ugandan crude is expected to load at the Chongoleani marine terminal near Tanga in the second half of July, East African Crude Oil Pipeline (EACOP) managing director Pierre Lanvin said on Tuesday.

Line-fill of the 1,443-km pipeline from Hoima in western Uganda will start on May 4, he said. EACOP expects to close the last $1 billion tranche of its debt financing with African and Chinese lenders in May, Lanvin said.

Construction of the pipeline, led by TotalEnergies with China's CNOOC, began in 2022.

Energy Minister Neema Mwakyusa said the government "will not renegotiate" the host government agreement. The Energy and Water Utilities Regulatory Authority (EWURA) will publish the transit tariff within 30 days, it said.

The Tanzania People's Defence Force will deploy troops along the route in Tanga and Kilimanjaro regions from next month, the army said.

Ugandan Energy Minister Ruth Nankabirwa is due to visit Tanga next week to inspect the terminal and is expected to meet Mwakyusa, officials said. Tanzania and Uganda will sign a protocol on a joint gas pipeline study in Dodoma on April 28, the ministry said.

Read more: Tanzania shilling steady as tourism receipts climb

Environmental groups could file a new case at the East African Court of Justice in Arusha before the end of June, a lawyer for the StopEACOP coalition said.

Ugandan President Yoweri Museveni is likely to travel to Tanga in August to inaugurate the terminal with President Samia Suluhu Hassan, a State House official said. The East African Community holds its heads of state summit in Arusha on November 28.

Analysts say lower oil prices could delay Uganda's plan to raise output to 230,000 barrels a day until 2028. "The pipe is bigger than the oil," said Baraka Mushi, an economist in Dar es Salaam.
"""},

"h117en05": {"outlet": "Cam Ranh Wire (Phan Rang)", "published": "2027-06-07", "text": """Vietnam and Russia to sign Ninh Thuan nuclear contract in Hanoi

PHAN RANG, June 7 (Cam Ranh Wire) - Vietnam and Russia will sign the construction contract for the Ninh Thuan 1 nuclear power plant in Hanoi on June 18, Deputy Minister of Industry and Trade Pham Quoc Hung said on Saturday.

Rosatom chief executive Alexei Likhachev is expected to attend the signing and hold talks with the prime minister, a Vietnamese official said.

Site levelling at the plant in Phuoc Dinh commune began in April. The first safety-related concrete is planned for the second half of 2029, Hung said.

The plant's two 1,200-megawatt reactors are due to enter service by 2031, according to the national power plan. Vietnam's National Assembly revived the project in November 2024.

Talks on a Russian state loan covering up to 85% of the cost are expected to conclude by the end of September, the finance ministry said.

Japan, which withdrew from the second plant in 2016, has not decided whether to bid again, a diplomat in Hanoi said.

Read more: Vietnam's exports to EU rise 11% in May

The International Atomic Energy Agency (IAEA) will send a site review mission in late August, the Vietnam Agency for Radiation and Nuclear Safety said.

The navy will set up a security zone off the plant's coast from July 1, the local military command said.

U.S. officials have warned that payments to Rosatom could expose Vietnamese banks to secondary sanctions, two people familiar with the matter said.

Vietnam hosts the APEC leaders' summit on Phu Quoc island in November, and Russian President Vladimir Putin could attend, the Kremlin has said.

Khanh Hoa province, which absorbed Ninh Thuan in 2025, will move about 1,000 households from the site by the end of the year, provincial chairwoman Le Hoang Minh Chau said.

Analysts say the 2031 target may slip to 2033 because Vietnam lacks trained reactor operators.
"""},
}
