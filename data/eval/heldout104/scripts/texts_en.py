"""English texts of heldout104, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h104en01": {"outlet": "Kayts Wire (Jaffna)", "published": "2026-01-20", "text": """Will Colombo and New Delhi break the deadlock over bottom trawling?

JAFFNA, Jan 20 (Kayts Wire) - India and Sri Lanka will hold the seventh meeting of their Joint Working Group on Fisheries in Colombo on February 3, Sri Lanka's fisheries ministry said on Monday, the first session since talks stalled in late 2024.

Fisheries Minister Ramalingam Chandrasekar said Sri Lanka "will not allow bottom trawlers into our waters under any licence scheme", but added that a phased exit plan for Indian boats could be discussed at the meeting.

The Sri Lanka Navy arrested 34 Indian fishermen and seized five trawlers off Delft Island last Thursday, a navy spokesman said.

A delegation of fishermen's leaders from Rameswaram plans to travel to Colombo next week to meet their Sri Lankan counterparts, union officials said. Tamil Nadu Chief Minister M.K. Stalin is expected to write to Prime Minister Narendra Modi this week, an official in Chennai said.

Read more: Sri Lanka's tourist arrivals hit a January record

A magistrate's court in Jaffna will hear the cases of the arrested crews on January 28. Lawyers expect most of the fishermen to be released within two weeks of the hearing.

Indian External Affairs Minister S. Jaishankar is likely to raise the issue when he visits Colombo in the second half of February, two diplomats said, although New Delhi has not confirmed the trip.

The Sri Lanka Coast Guard and the Indian Coast Guard will hold a joint search-and-rescue drill on March 13-14, the coast guard said.

Sri Lanka's cabinet is expected to approve amendments to the Fisheries Act raising penalties for illegal trawling before the end of February, officials said.

Analysts say the dispute is unlikely to be settled before Tamil Nadu's assembly election, due in April or May. "No party in Chennai can be seen giving ground on the Palk Bay," said Nirmala Sivakumar, a researcher at a Jaffna policy institute.
"""},

"h104en02": {"outlet": "Malleco Wire (Angol)", "published": "2027-05-13", "text": """Will a CAM truce open the way to land talks in Araucania?

ANGOL, May 13 (Malleco Wire) - The Coordinadora Arauco-Malleco (CAM) will suspend attacks on forestry companies until the end of May, the radical Mapuche group said in a statement on Monday, days before leaders of Mapuche communities meet President Jose Antonio Kast at La Moneda.

Security Minister Tomas Irarrazaval dismissed the offer as "a tactic". He said the armed forces would stay in the Macrozona Sur "as long as arson attacks on trucks and forestry sites continue", and ruled out any dialogue with the group, whose leader Hector Llaitul was jailed in 2024.

Attackers burned three forestry machines near Tirua on Saturday, police said. Soldiers have patrolled highways in the region since May 2022.

Read more: Chile's copper output rises 4% in April

The meeting at La Moneda on May 27 will discuss the land restitution proposal of the Commission for Peace and Understanding, the presidency said. The government is likely to offer a smaller purchase fund than the commission recommended, two officials said.

Rayen Catrileo, a lonko from Temucuicui, said communities "will not sign anything that ties land to disarmament". A march to Temuco is planned for next month.

The Senate's indigenous affairs committee will hold a hearing on the commission's report on June 2, its chairman, Senator Andres Painemal, said on Wednesday.

The UN special rapporteur on the rights of indigenous peoples is expected to visit Araucania in the first half of June, diplomats in Santiago said. The government has not said whether Kast will receive him.

Analysts say the CAM could step up attacks before the winter rains if the talks fail. "A truce buys quiet on the highways, not a settlement," said Paula Riquelme, a political scientist at a university in Concepcion.
"""},

"h104en03": {"outlet": "Tolna Wire (Paks)", "published": "2025-09-21", "text": """Hungary to pour first concrete at Paks II as sanctions questions linger

PAKS, Sept 21 (Tolna Wire) - Workers will pour the first safety-grade concrete for the fifth unit of the Paks II nuclear plant in early October, Foreign Minister Peter Szijjarto said on Saturday, a milestone delayed for almost a decade.

Russia's state nuclear company Rosatom is building two VVER-1200 reactors at the site under a 2014 intergovernmental agreement, financed largely by a 10 billion euro Russian state loan.

Szijjarto said Hungary "will not let sanctions stop Paks", and that the U.S. Treasury's exemption for payments linked to the project, granted in June, would remain in force at least until the end of 2026. A Treasury spokesperson declined to comment.

Rosatom Director General Alexei Likhachev is expected to attend the ceremony, two people familiar with the plans said. Prime Minister Viktor Orban has not said whether he will take part.

Read more: Hungary's central bank holds base rate at 6.5%

Austria is likely to press for Rosatom to be added to the EU's next sanctions package, which foreign ministers could discuss on October 20, Austrian diplomats said. Budapest has blocked every previous attempt to list the company.

Government Commissioner Zoltan Fenyvesi said the first new unit would deliver power to the grid in 2032 "if the supply chain holds".

Szijjarto will travel to Moscow next week for talks on nuclear fuel supplies with Likhachev and Russian Energy Minister Sergei Tsivilev, his ministry said.

Hungary holds a parliamentary election in April 2026. The opposition Tisza party, which leads most polls, has said it would review the Paks II contracts if it wins.

Analysts expect Budapest to veto any listing of Rosatom. "Brussels may slow Paks down, but it cannot stop it without a court," said Kinga Bardos, an energy analyst at a Budapest consultancy.
"""},

"h104en04": {"outlet": "Nchanga Wire (Chingola)", "published": "2026-05-08", "text": """Zambia's KCM chairman quits as Vedanta's investment plan comes under review

CHINGOLA, May 8 (Nchanga Wire) - The chairman of Konkola Copper Mines (KCM), Nathan Chishimba, resigned on Thursday, a day after state miner ZCCM Investments Holdings (ZCCM-IH) accused London-based Vedanta Resources of missing investment deadlines, KCM said in a statement.

Vedanta regained control of KCM in 2024 under a settlement with the government, ending five years of litigation over the 2019 liquidation of Zambia's largest copper producer. Copper accounts for about 70 percent of the country's export earnings.

Mines Minister Paul Kabuswe told reporters in Chingola that the government "will not reopen the settlement", but said a joint review of Vedanta's $1.3 billion investment plan would start from May 18.

ZCCM-IH, which holds 20.6 percent of KCM, could take the dispute to arbitration in London if the review fails, two people close to the state company said.

Vedanta chairman Anil Agarwal is expected in Lusaka before the end of May to meet President Hakainde Hichilema, a company spokesperson said.

Parliament's committee on energy and mines will summon Vedanta executives within 14 days, its chairwoman, lawmaker Mercy Lungu, said on Friday.

Read more: Kwacha firms as copper prices climb

The mine has become a campaign issue ahead of the August 13 general election, in which Hichilema is seeking a second term. The opposition Patriotic Front has said it would "renationalise KCM" if it wins.

A Congolese energy delegation is due in Lusaka on Tuesday to discuss a cross-border power line to the Copperbelt, Zambia's foreign ministry said, and the two sides may sign a supply memorandum during the visit.

Analysts say output at KCM is unlikely to recover before 2028. "Investors want to see who wins in August before they commit," said Chanda Mweemba, an economist at a Lusaka research centre.
"""},

"h104en05": {"outlet": "Baram Wire (Miri)", "published": "2025-07-31", "text": """Malaysia to send protest note as Chinese coast guard lingers off Luconia Shoals

MIRI, July 31 (Baram Wire) - Malaysia will hand China a diplomatic protest note within 48 hours over a Chinese coast guard vessel that has shadowed a Petronas drilling rig near the Luconia Shoals since July 12, Foreign Minister Mohamad Hasan said on Wednesday.

Mohamad said Malaysia "will not suspend any oil and gas activity in its own exclusive economic zone", and that the Royal Malaysian Navy would keep two ships in the area until the Chinese vessel leaves.

The Malaysian Maritime Enforcement Agency (MMEA) said one of its patrol boats was approached to within 200 metres by the Chinese vessel on Monday. China's embassy in Kuala Lumpur said the coast guard was carrying out "routine patrols in waters under Chinese jurisdiction".

Read more: Bank Negara holds key rate, sees growth near 4.5%

ASEAN and Chinese officials will hold another round of talks on a South China Sea code of conduct in Kuala Lumpur in mid-August, the foreign ministry said. Prime Minister Anwar Ibrahim aims to conclude the code by the end of the year, when Malaysia hands over the ASEAN chair, though diplomats say a deal this year is unlikely.

Anwar is expected to raise the standoff with Chinese Premier Li Qiang at the ASEAN summit in Kuala Lumpur in late October, an official in his office said.

Defence Minister Mohamed Khaled Nordin said a joint naval exercise with the United States off Sabah, set for September 8-12, would go ahead as planned. Petronas expects to finish drilling at the rig by the end of September, a company official said.

Analysts say Beijing could keep the vessel in place for months. "China wants to show presence, not to provoke a clash," said Farah Idris, a maritime security researcher in Kuala Lumpur.
"""},
}
