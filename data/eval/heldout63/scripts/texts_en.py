"""English texts of heldout63, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h63en01": {"outlet": "Cautin Wire (Temuco)", "published": "2026-04-22", "text": """Chile's Congress set to extend southern emergency as Kast weighs tougher powers

TEMUCO, April 22 (Cautin Wire) - Chile's Chamber of Deputies will vote on Thursday on a 15-day extension of the state of emergency in the Araucania and Biobio regions, Interior Minister Tomas Errazuriz told reporters in Santiago on Tuesday.

The extension, the third since President Jose Antonio Kast took office on March 11, is expected to pass comfortably with votes from the right and parts of the centre-left, Errazuriz said.

He said the government would send Congress a bill by the end of May allowing the armed forces to guard critical infrastructure without a state of emergency. "We will not keep governing the south in 15-day slices," he said.

Broad Front deputy Constanza Martinez said her bloc would vote against the extension unless the government presented a timetable for talks with Mapuche communities.

Three trucks and a farm warehouse were set on fire near Ercilla on Sunday, the Carabineros police said.

The army will send 400 more troops to Malleco province from Monday, the Joint Chiefs of Staff said in a statement. Kast is expected to visit Temuco next week to present a support plan for farmers, his office said.

Read more: Chile's central bank holds rate at 4.5%, signals pause

Kast and Argentine President Javier Milei could sign a border security agreement when they meet in Mendoza in mid-May, according to two officials familiar with the plans.

The Catholic bishops of Temuco and Villarrica have offered to mediate, but a first round of talks with Mapuche leaders is unlikely before June, a church official said.

Analysts say the extensions could become routine until the end of the year. "The government has no majority in the Senate for a permanent solution, so it may keep renewing the emergency every two weeks," said Paula Riquelme, a political scientist at the University of La Frontera.
"""},

"h63en02": {"outlet": "Sula Wire (San Pedro Sula)", "published": "2026-09-15", "text": """Honduran Congress to open debate on electoral overhaul after disputed 2025 count

TEGUCIGALPA, Sept 15 (Sula Wire) - Honduras' National Congress will begin debating an electoral reform bill next Tuesday that would replace the preliminary results system blamed for last year's chaotic count, the chairman of the electoral affairs committee, deputy Rolando Mejia Paz, said on Monday.

The bill, drafted with technical advice from the Organization of American States, is expected to pass before the end of October with votes from the National and Liberal parties, Mejia Paz said. It would expand the National Electoral Council (CNE) from three to five councillors.

The CNE declared Nasry Asfura the winner of the November 30 presidential election on December 24, more than three weeks after the vote.

Libre could boycott the vote, its bench leader Marcela Andino said. CNE councillor Marlon Ochoa, a Libre appointee whom the National Party accuses of obstructing the count, said he "will not resign under pressure".

Washington could revoke the U.S. visas of officials accused of obstructing the count, two congressional sources said.

Read more: Honduras central bank keeps policy rate at 5.75%

The OAS Permanent Council will hear its mission's final report on the 2025 elections on September 30, the organisation said in a statement. A U.S. State Department delegation is due in Tegucigalpa in the first week of October for talks on the reform, the U.S. Embassy said.

Presidential spokeswoman Ana Lucia Cardona said President Asfura would sign the reform into law within days of its passage. Asfura is expected to travel to Washington in mid-November for talks on deportations and trade, she said.

Analysts say the reform could push Ochoa to step down before the end of the year. "If the reform is rushed, the March 2029 primaries could be delayed," said Julio Raudales, an economist at the National Autonomous University of Honduras.
"""},

"h63en03": {"outlet": "Binnenhof Wire (The Hague)", "published": "2025-12-03", "text": """Dutch coalition talks inch forward as informateur prepares report

THE HAGUE, Dec 3 (Binnenhof Wire) - Informateur Gerrit-Jan Wolters will present his report on coalition options to the House of Representatives on Monday, his office said, five weeks after an election that left D66 and the Party for Freedom (PVV) tied as the largest parties.

D66 leader Rob Jetten is expected to be named formateur shortly after a plenary debate on the report on Thursday, December 11, two people involved in the talks said.

Talks are focusing on a centrist cabinet of D66, the Christian Democratic Appeal (CDA) and the liberal VVD, which would need the backing of GroenLinks-PvdA or JA21 to secure a majority.

VVD leader Dilan Yesilgoz-Zegerius said on Tuesday her party "will not sit in a cabinet with GroenLinks-PvdA". CDA leader Henri Bontenbal said a minority cabinet "could be an option" if the VVD kept its veto.

GroenLinks-PvdA leader Jesse Klaver said his party would decide at a party council on December 13 whether to support a minority cabinet from outside. PVV leader Geert Wilders said he would table a motion on Thursday demanding that D66 first negotiate with his party.

Jetten has said he aims to present a coalition agreement before the end of January.

Read more: Dutch inflation slows to 3.1% in November

Caretaker Prime Minister Dick Schoof will represent the Netherlands at the European Council on December 18-19, the Government Information Service said. Leaders are expected to discuss using frozen Russian assets to fund a loan for Ukraine.

The Netherlands will send four F-35 fighter jets to Poland for NATO air policing from January, the Defence Ministry said on Monday.

Analysts say a new election in 2026 cannot be ruled out if the talks collapse. "A minority cabinet is possible, but it may not survive its first budget," said Sanne de Groot, a political scientist at Leiden University.
"""},

"h63en04": {"outlet": "Nile Source Wire (Jinja)", "published": "2026-06-03", "text": """Uganda's parliament to vet Museveni's new cabinet as budget day nears

KAMPALA, June 3 (Nile Source Wire) - Parliament's Appointments Committee will start vetting the 31 cabinet ministers named by President Yoweri Museveni on Monday, Speaker Anita Among said on Tuesday.

The committee is expected to finish its hearings within ten days so that the new ministers can be sworn in before the budget is read on June 11, Among said.

Museveni, who was sworn in for a seventh term on May 12, kept Matia Kasaija as finance minister.

The National Unity Platform (NUP), whose leader Robert Kyagulanyi rejected the January 15 election results, will boycott the vetting, its secretary-general David Lewis Rubongoya said. The Electoral Commission declared Museveni the winner with 71.6% of the vote on January 17.

Kasaija said the 2026/27 budget "will not raise fuel duty", despite IMF pressure to widen the tax base. An IMF staff team is due in Kampala in the second half of July to start talks on a new programme, and a staff-level agreement could come by October, a finance ministry official said.

Read more: Uganda shilling firms as coffee export receipts rise

Uganda's army will keep its troops in eastern Congo's Ituri province at least until the end of the year under Operation Shujaa, army spokesman Brigadier General Felix Kulayigye said.

Kampala also expects the ceasefire between Kinshasa and the M23 rebels, which expires at the end of June, to be extended at talks in Doha, a foreign ministry official said.

Museveni is expected to attend the East African Community summit in Arusha in late July, State House said. Regional leaders may also discuss a common position on the Congo talks there, diplomats said.

"The new cabinet looks like continuity, not renewal," said Godber Tumushabe, a policy analyst in Kampala. "Museveni could reshuffle again before the end of the year if the budget runs into trouble."
"""},

"h63en05": {"outlet": "Rufiji Wire (Dar es Salaam)", "published": "2026-05-19", "text": """Tanzania to publish unrest inquiry report, Lissu treason verdict set for June

DAR ES SALAAM, May 19 (Rufiji Wire) - Tanzania's government will publish the full report of the commission of inquiry into last October's post-election violence by the end of May, Constitutional and Legal Affairs Minister Damas Ndumbaro said on Monday.

President Samia Suluhu Hassan received the report from the commission's chairman, former chief justice Mohamed Chande Othman, on March 27.

Ndumbaro said the government would meet Chadema leaders in Dodoma next week to discuss the report's recommendations, the first such talks since the election. He said the government "will not shield any officer found responsible".

Separately, the High Court in Dar es Salaam will deliver its verdict in the treason trial of opposition leader Tundu Lissu on June 24, his lawyer Rugemeleza Nshala said.

Chadema deputy chairman John Heche said the party would call nationwide protests if Lissu is convicted. Police chief Camillus Wambura could step down once the report is published, two senior police officers said.

Read more: Tanzania's central bank holds rate at 5.75%

The European Parliament could vote on a resolution calling for targeted sanctions against Tanzanian security officials in the second week of June, two EU diplomats said.

Commonwealth Secretary-General Shirley Botchwey is expected in Dodoma next week for talks with Hassan, the Commonwealth Secretariat said. Hassan will address parliament on the report in Dodoma on June 2, State House said.

The army's deployment in Dar es Salaam and Arusha, in place since the October 29 election, is due to end on June 30, the defence ministry said.

Analysts say the Lissu verdict could slip into July if the defence files new motions. "The report gives the government a chance to reset, but a conviction may undo that overnight," said Neema Mwakalinga, a lecturer at the University of Dar es Salaam.
"""},
}
