"""English texts of heldout93, written for this project on 2026-12-03. Invented or generic facts."""

EN = {
"h93en01": {"outlet": "Ciliwung Wire (Jakarta)", "published": "2026-02-10", "text": """Will Jakarta pause its free school meals after new poisoning cases?

JAKARTA, Feb 10 (Ciliwung Wire) - Indonesia's House of Representatives will question the head of the National Nutrition Agency (BGN), Dadan Hindayana, at a hearing on Thursday after more than 400 students fell ill in West Java last week, lawmaker Yusuf Lubis, who chairs the House health commission, said on Monday.

Health Minister Budi Gunadi Sadikin said the government "will not suspend" the programme, which serves about 55 million children. He added that every kitchen would have to pass a new hygiene inspection by the end of March.

Dadan is expected to present a new food-safety plan to lawmakers, two officials at the agency said. Some lawmakers from the opposition Indonesian Democratic Party of Struggle (PDI-P) have called for him to step down.

Analysts say Dadan could be replaced in a cabinet reshuffle that President Prabowo Subianto is widely expected to announce before the Eid al-Fitr holiday, which falls around March 20.

Read more: Rupiah slips as foreign investors trim bond holdings

Prabowo, who made free meals the centrepiece of his 2024 campaign, will visit a central kitchen in Bandung on Saturday, the presidential palace said.

West Java Governor Dedi Mulyadi said he might halt the programme in the province's schools for two weeks if new cases were reported.

The army, which already runs hundreds of kitchens, will take over the management of 200 more in West Java from March 1, an army spokesman said.

Finance Minister Purbaya Yudhi Sadewa said the programme's 2026 allocation of 335 trillion rupiah would not be cut.

Indonesia and Japan are due to sign a food-safety cooperation agreement in Tokyo in the second week of March, the foreign ministry said.

The scheme has grown faster than its inspectors. Analysts say its record could become a central issue in the 2029 general election, with opposition parties already promising an independent audit.
"""},

"h93en02": {"outlet": "Athi Wire (Nairobi)", "published": "2027-03-15", "text": """Kenyan doctors to strike from Thursday as talks over health fund arrears stall

NAIROBI, March 15 (Athi Wire) - Kenya's public-sector doctors will begin a nationwide strike on Thursday after talks over unpaid Social Health Authority (SHA) claims broke down, Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) Secretary-General Davji Atellah told reporters on Sunday.

Atellah said the strike "will not be called off" until the government paid at least 30 billion shillings owed to public and mission hospitals.

Health Cabinet Secretary Aden Duale said the ministry would meet union officials again on Tuesday and urged doctors to stay at work, adding that the government "will not negotiate under threat". The ministry would publish a payment schedule after Tuesday's meeting, he said.

The Employment and Labour Relations Court is due to hear an application by the Council of Governors to block the strike on Wednesday, court officials said.

Two people familiar with the talks said the government could offer a return-to-work agreement within ten days that would release 12 billion shillings as a first instalment. The union is likely to reject anything below half of the arrears, one of them said.

Read more: Kenya shilling steady as central bank holds rates

Doctors last staged a nationwide strike in 2024, when a 56-day stoppage shut outpatient services in most county hospitals.

The Ministry of Defence said it had not decided whether to deploy military doctors to referral hospitals.

Several senators have demanded the resignation of the SHA's chief executive, and two government officials said he was likely to step down before the end of the month. The Senate health committee will question Duale next week, its chairwoman, Senator Ruth Achieng, said.

Duale is due to attend the World Health Assembly in Geneva in May.

Analysts say a long strike could hurt President William Ruto ahead of the August 10 general election, in which health costs are already a campaign issue.
"""},

"h93en03": {"outlet": "Maipo Wire (Santiago)", "published": "2027-01-20", "text": """Chile declares catastrophe zone as fires spread in Biobio

SANTIAGO, Jan 20 (Maipo Wire) - Chile's government will declare a state of catastrophe in the Biobio and Nuble regions on Thursday, putting the armed forces in charge of security in the fire zones, Deputy Interior Minister Tomas Echenique said on Wednesday.

More than 35,000 hectares have burned since Saturday and at least four people have died, according to the national disaster agency Senapred. Firefighters were battling 48 active blazes on Wednesday morning.

President Jose Antonio Kast will fly to Concepcion on Friday and chair an emergency cabinet meeting there, his office said. Kast said on Tuesday that the government "will not raise taxes" to pay for reconstruction.

The air forces of Argentina and Brazil will send firefighting aircraft within 48 hours, the foreign ministry said.

Echenique said the state of catastrophe could be extended beyond its initial 30 days if the fires were not contained.

The regional presidential delegate for Biobio resigned on Tuesday after residents complained that evacuation orders had come too late.

Read more: Copper prices ease as Chinese demand cools

Separately, the trial of a former forest-service brigade member and a volunteer firefighter accused of starting the February 2024 fires around Vina del Mar is due to open in Valparaiso on February 16, a court spokeswoman said.

The Senate is expected to vote next month on a bill that would raise prison terms for arson and require rural landowners to clear firebreaks.

Spain's Defence Minister Margarita Robles is due in Santiago in the first week of March to sign a firefighting cooperation agreement, the Spanish embassy said.

Analysts say reconstruction could cost more than $1 billion and may force the government to revise the 2027 budget, less than a year after Kast promised deep spending cuts.
"""},

"h93en04": {"outlet": "Narew Wire (Bialystok)", "published": "2026-04-23", "text": """Poland shuts last Belarus crossings after drone crash; will NATO's Ankara summit take up the eastern border?

WARSAW, April 23 (Narew Wire) - Poland will close its two remaining border crossings with Belarus on Friday after a drone launched from Belarus crashed near a village in the Podlaskie region, Interior Minister Marcin Kierwinski said on Wednesday.

Prime Minister Donald Tusk said the crossings "will stay closed until Minsk gives guarantees", and that Poland would request consultations under Article 4 of NATO's founding treaty as early as Friday.

The Defence Ministry said it would send 2,000 more troops to the border by the end of May.

Belarus's foreign ministry denied that the drone had come from its territory and said Minsk would respond to the closure "in a mirror manner".

No one was hurt in the crash, which damaged a barn near Krynki, police said.

Read more: Zloty firms as central bank signals a long pause

Foreign Minister Radoslaw Sikorski will raise the incident at a meeting of EU foreign ministers in Luxembourg on Monday, where a new sanctions package against Belarus is expected to be discussed, diplomats said.

Lithuania's President Gitanas Nauseda is due in Warsaw next week for talks with President Karol Nawrocki, the Lithuanian presidency said.

Analysts say the eastern border is likely to dominate the alliance's summit in Ankara on July 7-8. "Warsaw will want more than statements this time," said Marta Zielinska, a security analyst at a Krakow think tank.

Some analysts say the crisis could also help the opposition Law and Justice party before the 2027 parliamentary election, although Tusk's coalition has gained in recent polls on security issues.

Hauliers' associations said a similar closure in 2025 had cost Polish exporters millions of zlotys a week, and farmers in Podlaskie complained that seasonal workers from Belarus had stopped coming.
"""},

"h93en05": {"outlet": "Margalla Wire (Islamabad)", "published": "2026-08-04", "text": """Pakistan to seek IMF leeway as floods swamp Punjab

ISLAMABAD, Aug 4 (Margalla Wire) - An International Monetary Fund mission will begin talks with Pakistan in Islamabad on Monday for the next review of its $7 billion loan programme, and the government is expected to seek room to spend more on flood relief, the Finance Ministry said.

Floods have killed at least 210 people since late June and submerged more than 1,200 villages in Punjab, the National Disaster Management Authority said on Monday. Rain eased in Lahore on Monday.

Finance Minister Muhammad Aurangzeb said the government "will not seek a new programme" and would keep spending within the agreed limits.

A staff-level agreement is unlikely before September, a person familiar with the talks said. Officials said Pakistan may also ask China to roll over $3.4 billion of deposits maturing in September.

The army has deployed 15,000 troops to the worst-hit districts and will keep them there until the water recedes, the military's media wing, ISPR, said.

Read more: Pakistan's central bank holds rate at 11%

The Foreign Office spokesman said Pakistan had received no flood data from India this season through the Indus commission.

Punjab Chief Minister Maryam Nawaz will visit flood-hit Sialkot on Wednesday, her office said. The federal cabinet is expected to approve a 40 billion rupee relief grant on Thursday, officials said.

The Election Commission of Pakistan said it might postpone by-elections in three flood-hit Punjab constituencies scheduled for August 23.

Prime Minister Shehbaz Sharif plans to make a flood-funding appeal at the UN General Assembly in New York in late September.

Economists say the floods could cut growth to below 3% in the fiscal year to June 2027, as cotton and rice crops in Punjab and Sindh suffer heavy losses.

Pakistan and Afghanistan are expected to extend their border ceasefire, which expires on August 15, officials in Peshawar said.
"""},
}
