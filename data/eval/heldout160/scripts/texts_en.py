"""English texts of heldout160, written for this project. Invented or generic facts."""

EN = {
"h160en01": {"outlet": "Sakumono Wire (Tema)", "published": "2026-02-19", "text": """Ghana's cabinet to rule on Tema refinery lease as union threatens strike

TEMA, Feb 19 (Sakumono Wire) - Ghana's cabinet will decide next Wednesday whether to lease the Tema Oil Refinery (TOR) to a consortium led by Harbourline Energy, Energy Minister John Abdulai Jinapor said on Wednesday.

The refinery has been idle since its crude unit was shut in October 2024. The cabinet decision has slipped twice since December.

Jinapor said the lease would be signed before the end of March if cabinet approves it, and that the consortium aims to restart the crude unit by the end of the year. The state will not sell any of its shares in TOR, he added.

Parliament's Mines and Energy Committee will question TOR's managing director, Kwabena Asante-Mensah, on Tuesday, its chairman, Joseph Kwaku Asamoah, told reporters. Asante-Mensah is expected to step down by the end of April, two officials said.

The General Transport, Petroleum and Chemical Workers' Union (GTPCWU) said its members would strike from March 2 unless the deal protects all 600 jobs.

Minority Leader Alexander Afenyo-Markin said the New Patriotic Party (NPP) could challenge the lease in the Supreme Court. Finance Minister Cassiel Ato Forson has not said whether the state will guarantee the consortium's $700 million loan.

Read more: Cedi steadies as cocoa receipts rise

President John Mahama will travel to Abu Dhabi in the first week of March for talks on crude supply with the Abu Dhabi National Oil Company (ADNOC), his spokesman Felix Kwakye Ofosu said.

The navy will step up patrols around the refinery's mooring from next week, the Ghana Armed Forces said in a statement.

Ghana imports most of its fuel.

Analysts say an IMF team is likely to raise the lease's fiscal risks during its review mission in Accra in mid-March. Efua Mensah-Bonsu, an energy economist at the University of Ghana, said the lease might not cut pump prices before 2028.
"""},

"h160en02": {"outlet": "Amamapare Wire (Timika)", "published": "2027-01-13", "text": """Will Jakarta let Freeport keep shipping copper concentrate?

TIMIKA, Jan 13 (Amamapare Wire) - Indonesia will decide by Friday whether to extend PT Freeport Indonesia's copper concentrate export permit, which expires on January 31, Energy and Mineral Resources Minister Bahlil Lahadalia said on Tuesday.

The decision has slipped twice since November. Bahlil said the government "will not accept another delay" at the company's Manyar smelter in Gresik, East Java.

PT Freeport Indonesia president director Tony Wenas said the smelter is expected to reach full capacity in March. President Prabowo Subianto is due to visit the plant that month, the presidential palace said.

Talks on extending Freeport's mining licence beyond 2041 will resume in Jakarta next week, two officials said. The government is seeking a further 10% stake for state miner MIND ID, one of them said.

Freeport-McMoRan chief executive Kathleen Quirk is expected to meet Prabowo in early February, according to a person familiar with the plans.

Read more: Rupiah weakens as nickel prices slide

The military's regional command said it would send 400 more troops to the mining area from Saturday, after gunmen killed two contractors near Tembagapura last week. Sebby Sambom, a spokesman for the West Papua National Liberation Army (TPNPB), said the group would not observe any truce while the troops remained.

A church-brokered humanitarian pause around Tembagapura could be announced as early as next week, a mediator from the Papua Council of Churches said.

The General Elections Commission (KPU) said a court-ordered re-run of the Puncak regent election, postponed twice since October, will be held on February 24.

Grasberg is one of the world's largest copper and gold mines.

Analysts say a lapse in the permit could cut Indonesia's copper exports by about a third in the first quarter. "Jakarta wants the smelter full before it lets the tap close," said Rina Sitompul, a mining analyst at a Jakarta brokerage.
"""},

"h160en03": {"outlet": "Iori Wire (Sagarejo)", "published": "2025-10-20", "text": """Georgia and Azerbaijan revive border talks as David Gareja dispute lingers

SAGAREJO, Oct 20 (Iori Wire) - The Georgian-Azerbaijani commission on delimiting the two countries' border will meet in Baku on Thursday for its first session in 18 months, Georgia's foreign ministry said on Sunday.

The session has been postponed twice since June. The commission last met in Tbilisi in April 2024.

Foreign Minister Maka Botchorishvili said the commission would agree on the remaining 80 km of the line "by the end of the year". A separate working group on the David Gareja monastery complex, which straddles the line, is expected to meet in Tbilisi in mid-November, two diplomats said.

Father Ioane Tsiklauri, the abbot of the complex's Lavra, said the Georgian Orthodox Church "will not accept any line that leaves the Udabno monastery in Azerbaijan".

Border police on both sides will pull back 500 metres from the Keshikchidag section from November 1, Azerbaijan's State Border Service said in a statement.

Read more: Georgia's wine exports to China double in first half

Azerbaijani Foreign Minister Jeyhun Bayramov will visit Tbilisi next week to prepare a possible trip by President Ilham Aliyev, the Azerbaijani foreign ministry said. Aliyev may travel to Tbilisi in December, though no date has been set, a diplomat in Baku said.

Prime Minister Irakli Kobakhidze and Aliyev are likely to sign a final border treaty at a trilateral summit with Turkish President Recep Tayyip Erdogan in Kars in the spring, a government source said.

The opposition Coalition for Change said it would make the border a campaign issue before the parliamentary election due in October 2028.

Georgia and Azerbaijan have agreed on about two-thirds of their 480 km frontier.

Analysts say the Gareja issue could delay a treaty until after 2026. "Neither government can be seen giving up a monastery," said Tamar Kobiashvili, a researcher at a Tbilisi think tank.
"""},

"h160en04": {"outlet": "Choros Wire (La Higuera)", "published": "2026-11-10", "text": """Can Dominga win over Chile's ministers this time?

LA HIGUERA, Nov 10 (Choros Wire) - Chile's Committee of Ministers will vote next Monday on the environmental permit for Dominga, Andes Iron's $2.5 billion iron and copper project near the Humboldt Penguin National Reserve, Environment Minister Beatriz Olmedo said on Monday.

The vote has been postponed twice since August. The Supreme Court ordered ministers in July to take a new decision on the project.

Olmedo said approval was "likely, but not final". Analysts expect a narrow majority in favour.

Andes Iron said it would start construction within six months of approval. The environmental group Oceana Chile said it would appeal to the First Environmental Court in Antofagasta if the permit is granted.

President Jose Antonio Kast will visit La Higuera on November 27 to meet local fishermen, the presidential palace said. Kast, who promised during his campaign to cut permit times, is expected to sign a decree creating a fast-track permits office before the end of the year.

Read more: Codelco output falls for third straight month

Coquimbo regional governor Ximena Rojas said the region "will not trade penguins for iron". The Senate environment committee has summoned Olmedo for Wednesday.

Andes Iron and the Chungungo fishermen's union are due to sign a compensation agreement next week, the union's president, Luis Alfaro, said. Alfaro said the union would field its own candidates in the October 2028 municipal elections if the project is approved.

The head of the Environmental Assessment Service (SEA), Hernan Brucher, is expected to leave his post in December, two government officials said.

The reserve is home to most of the world's Humboldt penguins.

Ignacio Fuenzalida, an economist at a Santiago consultancy, said a yes vote could revive other stalled mining projects in Coquimbo. "Investors read Dominga as a test of whether Chile can still say yes," he said.
"""},

"h160en05": {"outlet": "Akzhaiyk Wire (Atyrau)", "published": "2027-09-30", "text": """Kazakhstan and Kashagan partners return to the table as ruling nears

ATYRAU, Sept 30 (Akzhaiyk Wire) - Kazakhstan and the international partners in the Kashagan oil field will hold settlement talks in Geneva from Tuesday to Thursday, Energy Minister Yerlan Akkenzhenov said on Wednesday, after a round planned for July was called off.

Akkenzhenov said a settlement could be signed before the end of the year, but that Astana "will not drop" its claim over cost overruns.

The North Caspian Operating Company (NCOC), which runs the field, includes Eni, Shell, ExxonMobil, TotalEnergies, CNPC, Inpex and state-owned KazMunayGas (KMG). Technical talks on cost recovery will follow in Astana in late October, KMG said.

The arbitral tribunal hearing the case is due to rule in February, two people familiar with the proceedings said.

The ecology ministry said in a statement it may suspend NCOC's gas flaring permits from November 1 over sulphur emissions. A court in Atyrau fined the consortium $1.2 billion for sulphur storage breaches in March 2026.

Read more: Kazakhstan's tenge firms as oil prices climb

President Kassym-Jomart Tokayev is expected to discuss the case with Italian Prime Minister Giorgia Meloni at the Central Asia-Italy summit in Rome in mid-November, his office said. Eni chief executive Claudio Descalzi may visit Astana before the Geneva round, a company source said.

Kashagan's output is expected to rise to about 450,000 barrels per day in 2028 once a new gas processing plant comes online.

Analysts say a deal would likely hand KMG a larger stake in the project. "Astana wants money and control, in that order," said Aigerim Seitkali, an oil analyst in Almaty.

Kashagan, discovered in 2000 under the shallow northern Caspian, is one of the largest oil finds of recent decades, but ice, high pressure and toxic gas delayed its first commercial output until 2016, years behind schedule and billions of dollars over budget.
"""},
}
