"""English texts of heldout260, written for this project in one sitting. Invented or generic facts."""

EN = {
"h260en01": {"outlet": "Drweca Wire (Torun)", "published": "2026-06-16", "text": """Will Kaczynski crown an heir in Torun? PiS names its 2027 candidate

TORUN, June 16 (Drweca Wire) - Poland's main opposition party, Law and Justice (PiS), will name its candidate for prime minister at a party congress in Torun on Saturday, party spokesman Rafal Bochenek said on Monday.

Chairman Jaroslaw Kaczynski is expected to put forward former prime minister Mateusz Morawiecki, two party officials said. One of them said deputy chairman Przemyslaw Czarnek could still challenge Morawiecki if delegates demand a secret ballot.

The next parliamentary election is due in the autumn of 2027. PiS lost power in December 2023 after eight years in government, but Karol Nawrocki, the candidate it backed, won the presidency in June 2025.

President Nawrocki will not attend the congress, his office said, adding that he would meet party leaders "after the summer".

The candidate will open a nationwide tour in Gdansk on July 4, party officials said.

Read more: Polish central bank holds rates, signals one cut before year-end

Before the congress, the Sejm is due to vote on Thursday on a PiS motion of no confidence in Justice Minister Waldemar Zurek over his changes to the judicial council. The motion is unlikely to pass, as Prime Minister Donald Tusk's coalition holds about 240 of the 460 seats. Zurek said on Monday he "will not resign under pressure from people who broke the courts".

Morawiecki, who chairs the European Conservatives and Reformists (ECR) party, is due in Brussels next week for a summit of ECR leaders ahead of the June 25-26 European Council, an aide said.

Analysts say choosing Morawiecki may widen the party's appeal to centrist voters but could deepen a rift with its nationalist wing, which Warsaw's ruling coalition hopes to exploit.

"Kaczynski wants a successor who can win, not one who can wait," said Jolanta Wrzesniak, a political scientist at Nicolaus Copernicus University in Torun.
"""},

"h260en02": {"outlet": "Hokianga Wire (Kerikeri)", "published": "2026-01-29", "text": """Can Ngapuhi and the Crown restart talks before Waitangi Day?

KERIKERI, Jan 29 (Hokianga Wire) - Negotiators for Ngapuhi and the Crown will meet in Kaikohe on Monday for their first formal talks on a Treaty of Waitangi settlement in almost two years, Treaty Negotiations Minister Paul Goldsmith said on Wednesday.

Ngapuhi, the country's largest iwi with more than 160,000 members, is the biggest group yet to settle its historical claims. The previous round collapsed in March 2024 over who holds the mandate to negotiate.

A second round is scheduled for mid-February in Whangarei, and an agreement in principle could be signed before the end of the year if hapu back a single negotiating body, Goldsmith said. He will report to cabinet on the talks in early March.

Rangi Paraone-Hokai, who chairs the Nga Hapu o Taitokerau negotiating board, said the hapu "will not accept any deal that extinguishes our claims to the Hokianga harbour".

Prime Minister Christopher Luxon is expected to attend the powhiri at the Waitangi Treaty Grounds on February 5, his office said, but has not decided whether to speak on the marae. Te Pati Maori will hold its own gathering at Te Tii marae on February 6 instead, co-leader Rawiri Waititi said.

Luxon has set the general election for November 7. Before then, Transport Minister Chris Bishop is due to name the preferred bidder for the Northland expressway's Warkworth to Te Hana section within 60 days, officials said, after the tender closed last week. Wellington is also expected to decide next month whether to fund a new dry dock at Marsden Point, a project Northland's mayors have sought for a decade.

"Nobody in the Crown wants to negotiate during a campaign," said Moana Kereama, a lecturer in Maori studies at NorthTec in Whangarei. She said the talks may stall again after the election if the coalition changes.
"""},

"h260en03": {"outlet": "Gwydir Wire (Llandudno)", "published": "2025-11-21", "text": """Will Conwy double the bill for second homes?

LLANDUDNO, Nov 21 (Gwydir Wire) - Conwy County Borough Council will vote on December 4 on raising the council tax premium on second homes from 150 percent to 250 percent, council leader Gareth Pritchard-Owen said on Thursday.

If approved, the higher rate would apply from April 1. The council estimates it would raise an extra 2.6 million pounds a year.

Conwy has about 2,900 second homes, most of them in coastal towns such as Llandudno, Abergele and Penmaenmawr, and introduced the premium in April 2023.

The proposal is expected to pass, with the ruling independent group and Plaid Cymru backing it. The Conservative group will vote against, its leader, councillor Huw Ellis-Jones, said, calling it "a tax on tourism".

A holiday home owners' association, the Conwy Property Owners Forum, could seek a judicial review if the vote passes, its chair, Sian Wyn-Roberts, said.

The Welsh Government will publish the provisional local government settlement on Wednesday, Finance Secretary Mark Drakeford said, adding that councils should not expect "much above inflation". Council leaders will meet Housing and Local Government Secretary Jayne Bryant in Cardiff next week, the Welsh Local Government Association said.

Read more: North Wales rail upgrade slips to 2029

The issue is set to feature in the Senedd election on May 7 next year. A Reform UK spokesperson said the party would cap second-home premiums at 100 percent if it forms the next government in Cardiff Bay.

Analysts say higher premiums may push some owners to re-register their properties as holiday lets, which pay business rates instead and can claim small business relief. Council officers expect about 200 such applications in the first year, a figure the forum says is far too low.
"""},

"h260en04": {"outlet": "Brosna Wire (Tullamore)", "published": "2027-05-10", "text": """Will Edenderry's power station outlive its subsidy?

TULLAMORE, May 10 (Brosna Wire) - Ireland's cabinet will decide on Tuesday whether to extend the support tariff for the Edenderry biomass power station in County Offaly beyond December 31, when it expires, Climate and Energy Minister Darragh O'Brien said on Sunday. The decision has slipped twice since February.

The 118-megawatt plant, the last of Bord na Mona's midlands stations, stopped burning peat in December 2023 and now runs on wood and energy crops. About 300 jobs depend on it.

Analysts say the cabinet is likely to approve a three-year extension. Any new support would need state-aid clearance from the European Commission, which could take up to six months, an official at the climate department said.

Bord na Mona's chief executive, Niall Cusack, will step down at the end of June, the company said last week, and a successor is expected to be named next month.

Padraig Kinsella, a Fianna Fail TD for Offaly, said the party's backbenchers would oppose any closure before 2030.

European Commission Executive Vice-President Raffaele Fitto will visit Offaly on May 20 to tour projects funded by the EU's Just Transition Fund, the Commission's representation in Dublin said.

Read more: Midlands bog restoration hits its 2027 target early

The plant stopped buying Latvian wood pellets last year after suppliers were found to be mixing in Belarusian timber banned under EU sanctions. EU foreign ministers are expected to discuss closing that loophole at their meeting in Brussels on May 24, diplomats said.

The SIPTU trade union will hold a rally outside the plant on Saturday.

"Nobody in Offaly believes a three-year extension is the end of the story," said Aoife Brennan-Dunne, an energy economist at the University of Limerick. She said the plant may need support until at least 2035.
"""},

"h260en05": {"outlet": "Vallimagi Wire (Paide)", "published": "2026-04-15", "text": """Estonia eyes Jarva County forests for a new army training area

PAIDE, April 15 (Vallimagi Wire) - Estonia's government will decide tomorrow whether to designate about 5,000 hectares of forest and farmland near Koigi in Jarva County as a new training area for the Defence Forces, Defence Minister Hanno Pevkur said on Tuesday.

The plan follows the expansion of the Nursipalu range in southern Estonia, which drew protests from residents in 2023. Estonia already spends more than 5 percent of its economic output on defence, among the highest shares in NATO.

Land purchase agreements with about 80 landowners are expected to be signed by the end of September, the Estonian Centre for Defence Investment (ECDI) said. The first live-fire exercises could take place as early as next spring, it added.

Jarva rural municipality mayor Kadri Villemson said the council would challenge the decision in court unless compensation was raised. Residents will hold a protest in Paide on Saturday, organisers said. Parliament's national defence committee will hear Pevkur in a closed session next week.

Read more: Rail Baltica's Parnu station opens to bids

A U.S. Army delegation is expected to visit the site in May, two officials said, and Tallinn wants allied units to train there from August, after the NATO summit in Ankara on July 7-8.

Pevkur said a ceasefire in Ukraine was unlikely this year and that the plan would go ahead regardless. Foreign Minister Margus Tsahkna said Estonia would propose a ban on Russian LNG transshipment in the EU's next sanctions package, expected in June.

Analysts say the compensation dispute could delay the first exercises until 2028. "Every month of delay is a month the brigade trains abroad," said Marten Kaljuste, a defence analyst at a Tallinn think tank.
"""},
}
