"""English texts of heldout207, written for this project in one sitting. Invented or generic facts."""

EN = {
"h207en01": {"outlet": "Maurienne Wire (Saint-Jean-de-Maurienne)", "published": "2026-04-14", "text": """Will Paris commit to the Lyon-Turin access lines before the summer?

SAINT-JEAN-DE-MAURIENNE, April 14 (Maurienne Wire) - France and Italy will hold the next session of their intergovernmental commission on the Lyon-Turin rail link in Chambery on Thursday, the French transport ministry said on Monday, as pressure grows on Paris to fund the lines leading to the 57-km base tunnel.

The session was first due in February but slipped twice over disagreements on the agenda.

Transport Minister Philippe Tabarot said the government "will present a financing plan for the northern access route by the end of June," adding that France "remains fully committed" to the project. No final decision on the route is expected before 2028, however, his ministry said.

Italian Infrastructure Minister Matteo Salvini is expected to attend Thursday's session and to visit the Saint-Martin-la-Porte worksite on Friday, two Italian officials said.

Rome and Paris plan to file a joint application for about 1.2 billion euros in EU grants by May 20, and the European Commission could announce the next Connecting Europe Facility awards in mid-July, diplomats said.

The Frejus road tunnel will close to heavy trucks for three weeks from May 4 for safety works, the Savoie prefecture said.

Read more: Alpine resorts count the cost of a short ski season

The No TAV movement said it would march from Susa to the border on Saturday. Chambery, whose new mayor Sophie Vaillant was elected in March, has backed the project.

The chief executive of tunnel promoter TELT, Pierre Dufresnoy, is expected to step down when his term ends in September, the company said.

President Emmanuel Macron and Prime Minister Giorgia Meloni are due to discuss the project at a Franco-Italian summit in Turin in the autumn, the Elysee said.

Analysts say the base tunnel is unlikely to carry trains before 2033 without the access lines.
"""},

"h207en02": {"outlet": "Jihlava Wire (Trebic)", "published": "2025-10-22", "text": """Will Babis keep the Korean deal for Dukovany?

TREBIC, Oct 22 (Jihlava Wire) - Andrej Babis, whose ANO movement won this month's Czech parliamentary election, will meet executives of Korea Hydro & Nuclear Power (KHNP) in Prague on Friday to discuss the contract for two new reactors at the Dukovany plant, his spokesman said on Tuesday.

The outgoing government of Petr Fiala signed the contract with KHNP in June after a court lifted an injunction won by France's EDF.

Babis said on Tuesday that his government "will not cancel the contract" but would seek a bigger share of the work for Czech suppliers.

President Petr Pavel is expected to appoint Babis prime minister in early November, officials at Prague Castle said, with the cabinet sworn in within weeks.

South Korean Prime Minister Kim Min-seok is due to visit Prague and Dukovany in the second week of November, the South Korean embassy said. The two sides are expected to sign a memorandum on training Czech nuclear engineers during the visit.

The nuclear regulator could issue the site licence as early as December, a person familiar with the process said. EDF has not said whether it will take its complaint to the European Commission.

The army will hold a drill to protect the Dukovany site against drones on November 18-19, the defence ministry said.

Read more: Czech crown steadies as markets weigh ANO's budget plans

The chairman of the project company EDU II, Tomas Pekarek, said he would step down if the new government reopened the contract.

Locally, ANO is likely to field Trebic's mayor in the district's Senate race in October 2026, party officials said.

Analysts say any renegotiation could push the first unit's start-up beyond 2036, raising costs for a budget already under strain.
"""},

"h207en03": {"outlet": "Licking River Wire (New Albany)", "published": "2027-03-09", "text": """Intel's Ohio fab: will the state claw back its grants?

NEW ALBANY, March 9 (Licking River Wire) - Ohio's Tax Credit Authority will vote on Monday on whether to recover part of the $600 million in state grants paid to Intel for its delayed chip plant in New Albany, Development Director Karen Whitlock said.

Intel broke ground on the site in September 2022 and has since pushed the opening back to the next decade. The plant was once billed as the largest private investment in Ohio's history.

The company said in a statement it "will not abandon" the project and expects to finish the shell of the first fab by the end of 2028.

Governor Vivek Ramaswamy will travel to Santa Clara next week to meet Intel Chief Executive Lip-Bu Tan, his office said.

The Commerce Department could cut Intel's CHIPS Act award for Ohio by as much as $1.5 billion, two people familiar with the review said, with a decision expected before the end of April. Senator Bernie Moreno said he would raise the matter with Commerce Secretary Howard Lutnick at a Senate Commerce Committee hearing on March 17.

Separately, Washington may add two Chinese chip-equipment suppliers to its Entity List within 30 days, a U.S. official said.

JobsOhio President Mark Delaney will step down at the end of the month, JobsOhio said. A special election for a vacant Ohio House seat in Licking County is set for May 4.

Building trades unions will rally at the Statehouse in Columbus on Thursday to urge lawmakers to keep the project alive, the Ohio State Building and Construction Trades Council said.

Read more: Ohio lawmakers weigh new data-centre tax breaks

Analysts say the first chips are unlikely to come off the New Albany line before 2031.
"""},

"h207en04": {"outlet": "Menglun Wire (Jinghong)", "published": "2026-11-24", "text": """Mekong ministers meet in Jinghong with dams and scam centres on the agenda

JINGHONG, Nov 24 (Menglun Wire) - Foreign ministers of China, Cambodia, Laos, Myanmar, Thailand and Vietnam will meet in Jinghong on Thursday for the 11th Lancang-Mekong Cooperation (LMC) foreign ministers' meeting, China's foreign ministry said on Monday.

Foreign Minister Wang Yi will chair the meeting, and the ministers are expected to sign an agreement on year-round sharing of hydrological data from China's Lancang dams, ministry spokesman Lin Jian said.

China began sharing rainy-season flow data with the Mekong River Commission in 2020.

Beijing also wants the ministers to endorse a joint police operation against scam compounds along the Myanmar border, which could start as early as December, a Chinese official said.

A China-brokered truce between Myanmar's military and the Ta'ang National Liberation Army (TNLA), which expires on December 31, is expected to be extended by six months at talks in Kunming next week, two people briefed on the talks said.

Thai Foreign Minister Sihasak Phuangketkeow and his Cambodian counterpart, Prak Sokhonn, are likely to meet on the sidelines to discuss their border dispute, diplomats said.

Vietnam will use the meeting to ask China to release more water in the dry season, Deputy Foreign Minister Nguyen Van Phong said.

Myanmar's foreign minister, Than Swe, will stay on for a two-day visit to Kunming from Friday, Myanmar's foreign ministry said. The fifth LMC leaders' meeting is due to be held in Laos in the first half of 2027, the Chinese ministry said.

Read more: Laos-China railway freight hits monthly record

Washington, which is not an LMC member, may impose new sanctions on militia leaders linked to the scam trade before the end of the year, a State Department official said.

Analysts say the data deal is unlikely to be fully applied before the 2027 dry season.
"""},

"h207en05": {"outlet": "Matopos Wire (Bulawayo)", "published": "2027-05-18", "text": """Gukurahundi: will Matabeleland's families be paid before the rains?

BULAWAYO, May 18 (Matopos Wire) - Zimbabwe will start paying compensation to families of Gukurahundi victims in Matabeleland North and South from June 1, Justice Minister Ziyambi Ziyambi said on Monday.

The chief-led community hearings closed in March after recording about 9,000 testimonies on the killings of the 1980s. The army's Fifth Brigade killed an estimated 20,000 civilians in Matabeleland and the Midlands between 1983 and 1987, according to rights groups.

Chief Mtshane Khumalo, who chairs the National Council of Chiefs, said the council would hand its final report to President Emmerson Mnangagwa in mid-June.

Mnangagwa is expected to address a memorial ceremony in Lupane next month, a presidential aide said, and may use it to apologise on behalf of the state, a step no Zimbabwean leader has taken.

Sikhululekile Moyo, a Bulawayo lawmaker for the opposition Citizens Coalition for Change (CCC), said her party would boycott the ceremony unless families were allowed to exhume and rebury their relatives.

The justice ministry said it would sign a memorandum on reburials with the Zimbabwe Council of Churches next week. Defence Minister Oppah Muchinguri-Kashiri said the army "will not take part" in any exhumations.

Two commissioners of the National Peace and Reconciliation Commission are expected to resign before the report is handed over, two people familiar with the matter said.

Bulawayo will hold by-elections for three vacant council seats on July 31, the Zimbabwe Electoral Commission said.

Read more: Zimbabwe's ZiG currency holds steady against the dollar

The European Union is due to review its arms embargo on Zimbabwe in February 2028, EU officials said.

Analysts say the $30 million compensation fund could run dry before the end of the year.
"""},
}
