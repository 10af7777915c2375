"""English texts of heldout172, written for this project in one sitting. Invented or generic facts."""

EN = {
"h172en01": {"outlet": "Ayorou Wire (Tillaberi)", "published": "2027-02-15", "text": """Will Kandadji finally hold water? Niger sets a June filling date

TILLABERI, Feb 15 (Ayorou Wire) - Niger will start filling the reservoir of the Kandadji dam on the Niger River in mid-June, Hydraulics Minister Moussa Garba said on Sunday, a target that has slipped twice since 2025.

The first of the plant's four turbines is expected to produce power before the end of the year, Garba said, adding that the dam "will not be handed to any foreign operator".

Work on the dam, built by China Gezhouba Group Corporation (CGGC), stopped for most of 2023 after the coup that brought General Abdourahamane Tiani to power.

A delegation from the Islamic Development Bank (IsDB) will arrive in Niamey on Wednesday for talks on a $140 million top-up loan, the finance ministry said in a statement. The World Bank has not decided whether to resume funding for resettlement, a World Bank official said.

The army will escort convoys of turbine parts from the port of Lome from next week, the defence ministry said, after gunmen killed four workers near Ayorou last month.

Read more: Niger raises pump prices for the second time in a year

Traditional chiefs are trying to broker a truce between herders and farmers displaced by the reservoir, and a deal could be signed within ten days, the region's governor, Colonel Ibrahim Zakari, said.

Niger and Mali are due to hold a meeting of their joint river commission in Gao in early March, officials in Niamey said. The Niger Basin Authority (NBA) will send observers.

Tiani is expected to raise the dam's financing at the summit of the Alliance of Sahel States (AES) in Ouagadougou in July, a presidency source said.

Analysts say the plant may not run at full capacity before 2030. "Every month of delay means more power imports from Nigeria," said Rakia Hamani, an energy economist at Abdou Moumouni University.
"""},

"h172en02": {"outlet": "Naroch Wire (Minsk)", "published": "2025-12-11", "text": """Belarus and Rosatom edge towards a third reactor at Astravets

MINSK, Dec 11 (Naroch Wire) - Belarus and Russia are expected to sign an intergovernmental agreement on a third reactor at the Belarusian nuclear power plant in Astravets before the end of March, Energy Minister Andrei Karpovich said on Wednesday.

The signing had been due in October but slipped over the loan's interest rate, two officials said.

Rosatom chief Alexei Likhachev will visit Minsk next week for talks with Prime Minister Alexander Turchin, the government press office said.

President Alexander Lukashenko said last month that a third unit "will be built on Belarusian soil, with or without Western approval". The first two units entered service in 2021 and 2023 with a $10 billion Russian loan.

Lithuania, which stopped buying power from Astravets in 2020, will raise the project when EU foreign ministers meet in Brussels on Monday, its foreign ministry said. Vilnius could also push for EU sanctions on Belarusian firms supplying the plant, a Lithuanian diplomat said.

Read more: Belarus keeps its key rate unchanged at 9.5%

An International Atomic Energy Agency (IAEA) mission is due to review safety at the plant in the second half of January, the agency said.

Belarusian and Russian air-defence units will hold a joint drill around the plant from January 12, the Belarusian defence ministry said.

Lukashenko is expected to discuss the loan with Russian President Vladimir Putin at the informal summit of Commonwealth of Independent States (CIS) leaders in St Petersburg on December 22, a source in the presidential administration said.

The plant's director general, Sergei Valchuk, is likely to step down before the end of the year, two people familiar with the matter said.

Analysts say a third unit could leave Belarus with power it cannot sell while Baltic grids stay closed. "Minsk is buying prestige, not electricity," said Ales Lipnitski, an energy analyst in Warsaw.
"""},

"h172en03": {"outlet": "Zowla Wire (Aneho)", "published": "2026-08-08", "text": """Can Togo turn its phosphate into fertiliser before the decade ends?

ANEHO, Aug 8 (Zowla Wire) - Togo's National Assembly will vote on Tuesday on a mining convention with a Moroccan-Indian consortium to build a fertiliser plant near the Kpeme phosphate works, Mines Minister Komlan Adjovi said on Friday.

The convention was signed in Lome in March. It gives the state's Societe Nouvelle des Phosphates du Togo (SNPT) a 35 percent stake in the $1.1 billion plant, with the rest split between Morocco's OCP Group and India's Indian Farmers Fertiliser Cooperative (IFFCO).

Passage is expected because the ruling UNIR party holds 108 of the 113 seats, Adjovi said. Construction is due to start in the first quarter of 2027, and the first fertiliser is expected in 2029, he added.

The opposition National Alliance for Change (ANC) said it would ask the Constitutional Court to review the convention, calling the state's share "too small".

SNPT's director general, Kossi Dzidzienyo, will step down at the end of August, the company said in a statement. An OCP delegation is expected in Lome next week, an OCP spokesperson said.

Read more: Lome port container traffic up 6% in first half

Togolese and Beninese energy officials will meet in Cotonou on August 20 to discuss gas supplies for the plant through the West African Gas Pipeline (WAGP), Togo's energy ministry said. A supply agreement with Nigeria's NNPC could be signed in Abuja in October, an energy ministry official said.

President of the Council of Ministers Faure Gnassingbe said last month that phosphate revenue "will not be pledged as collateral for any loan".

Phosphate has been mined near Kpeme since the 1960s.

Analysts say gas could prove the weak point, as flows through the pipeline have often been cut. "Without steady gas, the plant is an expensive warehouse," said Akouvi Mensah-Dogbe, an economist at the University of Lome.
"""},

"h172en04": {"outlet": "Conchagua Wire (La Union)", "published": "2026-09-21", "text": """Will the Pacific Airport open before El Salvador votes?

LA UNION, Sept 21 (Conchagua Wire) - El Salvador's new Pacific Airport in La Union will receive its first commercial flight on December 15, the head of the port and airport authority CEPA, Federico Anliker, said on Sunday, three months later than first announced.

The $400 million airport is meant to bring tourists to the eastern coast and ease traffic at the airport near San Salvador.

Calibration flights by the Civil Aviation Authority (AAC) will start next week, and the terminal will be handed over to CEPA by the end of October, Anliker said.

The Legislative Assembly's finance committee will debate a $120 million loan from the Central American Bank for Economic Integration (CABEI) for the access road on Wednesday, its chairman, lawmaker Rodrigo Alfaro, said. The plenary is expected to approve it on Thursday.

President Nayib Bukele, who is seeking another term in the February 28, 2027 general election, is likely to open the airport himself, a presidency source said. Bukele said on Saturday the airport "will not be privatised".

The navy will step up patrols in the Gulf of Fonseca from October to secure the approach path, the defence ministry said. Honduras, which shares the gulf, may not approve the new approach routes over its waters before November, two officials said.

Read more: Remittances to El Salvador hit a record in August

A team from the U.S. Transportation Security Administration (TSA) will inspect the airport in November, a check needed for direct U.S. flights, the U.S. Embassy said. Volaris is likely to open a route to Los Angeles from January, an airline official said.

Analysts say traffic could stay well below the 1 million passengers a year the government projects. "An airport without a city around it needs more than one route," said Ricardo Menjivar, an economist at the Central American University (UCA).
"""},

"h172en05": {"outlet": "Cehotina Wire (Pljevlja)", "published": "2026-11-04", "text": """Pljevlja coal plant to shut for overhaul as Montenegro braces for a winter of imports

PLJEVLJA, Nov 4 (Cehotina Wire) - Montenegro's only coal-fired power plant, in Pljevlja, will shut down on November 16 for an ecological reconstruction, state utility Elektroprivreda Crne Gore (EPCG) said on Tuesday. The shutdown had been planned for April but slipped twice because of late deliveries of flue-gas equipment.

Energy Minister Admir Sahmanovic said the plant "will restart before the end of June" and that Montenegro would cover the gap with imports this winter, adding that the country "will not build a second unit".

Prime Minister Milojko Spajic's cabinet is expected to approve a power import contract with Serbia's Elektroprivreda Srbije (EPS) on Thursday, a government source said.

The unit supplies about a third of Montenegro's electricity and heats much of the town.

The Energy Community Secretariat could open a dispute case against Montenegro before the end of the year over the plant's emissions, its director, Artur Lorkowski, said last week.

EPCG chief executive Nikola Radulovic is likely to resign after the utility's board meets next week, two sources said.

Read more: Montenegro's tourism revenue tops 1.5 billion euros

European Commissioner for Enlargement Marta Kos will visit Pljevlja on Friday, the EU delegation in Podgorica said. Spajic will ask for EU money for a just transition in the coal region at the EU-Western Balkans summit in Brussels on December 16, his office said.

Pljevlja votes for a new municipal assembly on December 13.

The trade union at Rudnik Uglja, the coal mine that feeds the plant, said its 1,100 workers would strike from Monday unless the government guaranteed their wages during the shutdown.

Analysts say the overhaul may be the last investment in coal before a phase-out that Podgorica has not yet dated. "Pljevlja breathes coal dust every winter," said Jelena Radonjic, an energy researcher at the University of Montenegro.
"""},
}
