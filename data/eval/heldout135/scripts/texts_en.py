"""English texts of heldout135, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h135en01": {"outlet": "Shusha Wire (Baku)", "published": "2026-04-14", "text": """Will Baku's summit seal the JF-17 deal?

BAKU, April 14 (Shusha Wire) - President Ilham Aliyev will host Turkish President Recep Tayyip Erdogan and Pakistani Prime Minister Shehbaz Sharif for a trilateral summit in Baku on April 29, the presidential administration said on Monday.

The leaders first met in this format in Lachin in May 2025.

The three are expected to sign a declaration on defence industry cooperation, Hikmet Hajiyev, Aliyev's foreign policy adviser, told reporters. Sharif will stay on for an official visit on April 30 and May 1 and hold talks with Prime Minister Ali Asadov, his office said.

Defence Minister Zakir Hasanov said the first four JF-17 Block III fighters built by the Pakistan Aeronautical Complex (PAC) would land at the Kurdamir air base "before the end of June". Azerbaijan ordered the jets in 2024 under a contract worth about $1.6 billion.

Pakistani instructors are likely to arrive next month to train Azerbaijani pilots, a defence ministry official said. Special forces of the three countries will hold the "Three Brothers" exercise near Ganja from September 7 to 18, the Azerbaijani Defence Ministry said in a statement.

Read more: Azerbaijan's central bank keeps refinancing rate at 7 percent

In Yerevan, Foreign Minister Ararat Mirzoyan said Armenia would not treat the purchase as a threat "as long as the peace process stays on track". Armenia and Azerbaijan could sign their peace treaty before the end of the year, a Western diplomat in Baku said, though no date has been set.

New Delhi has not said whether it will respond. Two Indian officials said India could restrict imports of Azerbaijani crude if the fighter deal goes ahead.

Analysts say Ankara may also push for a joint drone production line in Azerbaijan, which could be announced at the summit. "Baku wants to be a producer, not just a buyer," said Elnur Mammadli, a defence analyst at a Baku think tank.
"""},

"h135en02": {"outlet": "Juncal Wire (Los Andes)", "published": "2027-04-08", "text": """Chile's Senate to grill Codelco chiefs over Andina mine collapse

LOS ANDES, Chile, April 8 (Juncal Wire) - The Chilean Senate's mining committee will question Codelco Chairman Felipe Urzua and Chief Executive Paula Sotomayor next Tuesday over the collapse at the state miner's Andina division, committee head Senator Marcela Riquelme said on Wednesday.

The March 21 collapse killed four contract workers and halted underground output at Andina, one of the National Copper Corporation's oldest divisions.

Mining Minister Tomas Echeverria said the regulator Sernageomin, the National Geology and Mining Service, would deliver its technical report by the end of April. Codelco's board will meet on Monday to review the company's internal inquiry, whose findings are due in mid-May, a company spokesman said.

Sotomayor has not ruled out stepping down if the report finds management failures, a person close to her said.

President Jose Antonio Kast will visit the Andina site on Saturday to meet the families of the victims, La Moneda said.

Codelco expects to restart underground output in the second half of the year. The company said in a statement it would not suspend the expansion of the division's tunnel network.

Read more: Chile's central bank holds rate at 4.5 percent, signals cuts later this year

The Andina workers' union said it would strike for 48 hours from April 20 unless Codelco hires an independent safety auditor. Opposition deputies plan to present a motion in the Chamber of Deputies next week to set up a special investigative commission, party officials said.

Chile produced about 5.3 million tonnes of copper last year, roughly a quarter of world supply.

Analysts say the collapse could cut Andina's output by up to 40,000 tonnes this year. "Codelco cannot afford another year of missed targets," said Rodrigo Bascunan, a mining economist at a Santiago consultancy. "Investors will want names, not promises."
"""},

"h135en03": {"outlet": "Latgale Wire (Daugavpils)", "published": "2027-03-28", "text": """Latvia to shut Paternieki crossing as Belarus border pressure grows

DAUGAVPILS, Latvia, March 28 (Latgale Wire) - Latvia will close the Paternieki crossing on its border with Belarus from April 6, leaving Silene as the only open road crossing, Interior Minister Rihards Kozlovskis said on Saturday.

Border guards recorded more than 3,000 attempts to cross illegally in February, four times as many as a year earlier.

Parliament is expected to vote on Thursday to extend the deployment of 400 soldiers along the border until the end of September, Kozlovskis said. The State Border Guard's chief, General Andris Kalnins, will step down at the end of April after criticism over the breaches, the Interior Ministry said.

Interior ministers of Latvia, Lithuania, Estonia and Poland will meet in Vilnius next week to coordinate closures, a Lithuanian interior ministry spokeswoman said. Frontex Executive Director Hans Leijtens is likely to visit the border in mid-April, diplomats said.

Read more: Riga city council approves new tram line despite budget gap

In Minsk, the foreign ministry said Belarus would respond with "mirror measures", without giving details. Lithuania, which shut two of its crossings last year, has warned that closures only move the problem along the frontier.

EU foreign ministers could add Belarusian border officials to the sanctions list at their meeting in Brussels on April 19, two EU diplomats said. Hungary has not said whether it would back the listings.

Latvia last closed a Belarus crossing, at Silene, for three weeks in August 2023. Foreign Minister Baiba Braze said Riga would not reopen Paternieki "until the pressure stops".

Analysts say Minsk could redirect migrants toward Lithuania within weeks. "The route will shift, it always does," said Ieva Ozolina, a security researcher at a Riga institute. Local businesses in Kraslava say the closure will cost them their Belarusian customers, and the municipality has asked the government for compensation.
"""},

"h135en04": {"outlet": "Metema Wire (Gondar)", "published": "2026-01-16", "text": """Can Addis Ababa and Port Sudan settle al-Fashaga before the rains?

GONDAR, Ethiopia, Jan 16 (Metema Wire) - Ethiopia and Sudan's joint border commission will meet in Addis Ababa next week for the first time since 2020 to discuss the disputed al-Fashaga farmland, Ethiopia's foreign ministry said on Thursday.

Foreign Minister Gedion Timothewos will lead the Ethiopian delegation, ministry spokesman Nebiat Getachew said. Nebiat said Ethiopia had no plans to send troops to the area.

Sudanese forces retook most of the fertile strip in December 2020, after Ethiopian farmers had cultivated it for more than two decades.

A Sudanese military source said the Sudanese Armed Forces (SAF) would not withdraw from positions held since then "under any arrangement".

A local truce between Amhara militia and Sudanese troops, agreed in November after clashes near Metema, expires at the end of January and could be extended at the talks, a regional official in Gondar said.

Gedion is also likely to visit Port Sudan in February to meet army chief Abdel Fattah al-Burhan, two diplomats said.

Read more: Ethiopian Airlines adds second weekly flight to Port Sudan

Heads of state of the Intergovernmental Authority on Development (IGAD) will meet in Djibouti in mid-February, the bloc's secretariat said. Diplomats say the border dispute may come up there.

Sudan's Sovereignty Council said on Wednesday it would "never" cede the farmland.

Ethiopia holds a general election in June, and analysts say Prime Minister Abiy Ahmed is unlikely to make concessions on land before the vote. "No leader gives up farmland in an election year," said Mekonnen Haile, a lecturer in political science at the University of Gondar.

The rainy season, which starts in June, usually turns the area's clay roads into mud and halts most movement until September. Thousands of seasonal workers from both countries cross the border each year for the sesame and sorghum harvests.
"""},

"h135en05": {"outlet": "Bhotekoshi Wire (Kathmandu)", "published": "2025-07-02", "text": """Nepal's foreign minister heads to Moscow as families press for return of recruits

KATHMANDU, July 2 (Bhotekoshi Wire) - Foreign Minister Arzu Rana Deuba will travel to Moscow in mid-July for talks with Russian Foreign Minister Sergei Lavrov on bringing home Nepali citizens recruited into the Russian army, the foreign ministry said on Tuesday.

Hundreds of Nepalis joined Russian forces in 2023 and 2024, lured by promises of salaries and citizenship.

Rana Deuba is expected to seek a memorandum on repatriation and compensation for the families of the dead, ministry spokesman Lok Bahadur Paudel Chhetri said. Moscow has not confirmed the dates.

Nepal first asked Russia to send its citizens home in December 2023.

The Russian embassy in Kathmandu said in a statement that contracts signed by foreign volunteers "will be honoured until their expiry".

Nepal's ban on labour permits for Russia and Ukraine will stay "until every citizen is home", Labour Minister Sharat Singh Bhandari said. Parliament's International Relations Committee will hear Rana Deuba on Friday, its chairman, Dil Bahadur Ghising, said.

Read more: Nepal Rastra Bank keeps policy rate unchanged, eases loan rules

A ceasefire in Ukraine could speed up the returns, a senior ministry official said, adding that about 30 Nepalis held as prisoners of war by Ukraine might be freed in the next exchange.

Families of recruits plan to protest outside the Russian embassy on Monday, organisers said.

Analysts say Moscow is unlikely to agree on compensation before the end of the year. "Russia treats these men as volunteers, not as Nepal's responsibility," said Sunita Gurung, a researcher at a Kathmandu foreign policy institute.

Many of the recruits come from poor hill districts, where remittances make up a large share of household income. Some families say they have not heard from their sons for more than a year, and several have taken loans to pay agents who promised jobs in Europe.
"""},
}
