"""English articles of the fourth held-out set (heldout4), written for this project on 2026-11-29
(original wording, invented or generic facts)."""

EN = {}

EN["h4en01"] = dict(outlet="Archipelago Wire", published="2026-05-07", text="""\
ASEAN leaders to weigh Myanmar's return as Cebu summit nears

MANILA, May 7 (Archipelago Wire) - Southeast Asian leaders will discuss whether to restore Myanmar's full participation in the bloc when they meet in Cebu on May 26-27, Philippine officials said on Thursday.

President Ferdinand Marcos Jr., who chairs ASEAN this year, is expected to push for a "calibrated" approach that would let a non-political representative of Myanmar attend ministerial meetings, according to two diplomats involved in the preparations.

Myanmar's military leaders have been barred from ASEAN summits since 2021, when the army seized power and then ignored the bloc's five-point peace plan.

ASEAN's special envoy on Myanmar, Ramon Ocampo, will travel to Naypyitaw next week to press the junta to extend a ceasefire that expires at the end of May, the Department of Foreign Affairs said in a statement.

Junta spokesman Kyaw Thura Aung told state television the military government would not accept "any conditions" on its return, and that it would consider extending the truce only if armed groups withdrew from captured towns.

Thailand and Malaysia favour quicker re-engagement, while Indonesia and Singapore want to wait until Myanmar's new parliament has proved it is more than a facade, said Siti Rahmawati, a security analyst at the Institute of Strategic Studies in Kuala Lumpur.

"I think a compromise on a non-political representative is likely, but a full return at this summit is not on the cards," Rahmawati said.

Read also: Philippines and Vietnam sign coast guard cooperation pact

Foreign ministers are scheduled to meet a day earlier, on May 25, to finalise the draft chairman's statement, which could also address tensions in the South China Sea.

The junta has said it would hold a further round of voting in contested townships before the end of the year, a plan several Western governments have dismissed as a sham.
""")

EN["h4en02"] = dict(outlet="Cordillera News Service", published="2027-06-15", text="""\
Chile's Senate heads for pension vote as unions threaten strike

SANTIAGO, June 15 (Cordillera News Service) - Chile's Senate is scheduled to vote on the government's pension overhaul on June 23, and the bill could become law by the end of the month if the lower house accepts the Senate's amendments, Labour Minister Andrea Vergara told reporters on Tuesday.

The bill, approved by the Chamber of Deputies in April, raises employer contributions by six percentage points over nine years and creates a solidarity fund for retirees on the lowest pensions.

Two centrist senators said they had not decided how they would vote, leaving the outcome unclear in a chamber where the governing coalition lacks a majority.

The CUT, the country's largest union federation, said in a statement it would call a 24-hour national strike on the day of the vote if a clause raising the retirement age for women is not removed.

Chile's private pension system, created in 1981 under military rule, has been the target of mass street protests for more than a decade, with critics saying it pays too little to most retirees.

Finance Minister Tomas Echeverria said the reform would not be financed with new debt, and that the Treasury would publish a revised fiscal framework within 30 days of the bill's enactment.

Separately, the central bank is expected to keep its benchmark rate at 4.25% at its next policy meeting on June 29, according to a poll of 14 economists by Cordillera News Service. Eleven of them forecast no change.

Some economists see room for a cut as early as September if inflation keeps easing, although others warn that the copper price slump could weigh on the peso.

Opposition senators have asked Central Bank President Rosanna Costa to appear before the finance committee next week to discuss the reform's impact on capital markets, a request her office said was under review.
""")

EN["h4en03"] = dict(outlet="Niger Delta Wire", published="2026-09-03", text="""\
Tinubu set to reshuffle cabinet after power minister quits

ABUJA, Sept 3 (Niger Delta Wire) - President Bola Tinubu is expected to announce a cabinet reshuffle within days after Power Minister Adamu Bello Kangiwa resigned, two senior officials in the presidency said on Thursday.

Kangiwa, who had faced mounting criticism over repeated collapses of the national grid, submitted his resignation letter on Wednesday, presidential spokesman Chukwuemeka Nwosu said in a statement.

Tinubu will send the names of at least four ministerial nominees to the Senate for screening next week, Nwosu added.

Senate President Godswill Akpabio said the chamber could begin screening the nominees as early as September 22, when lawmakers return from their annual recess.

Political analysts in Abuja say the reshuffle may also reach the finance and petroleum portfolios, as Tinubu seeks to strengthen his team ahead of the general election in February 2027.

Nwosu denied reports that Vice President Kashim Shettima had been sidelined in the consultations, calling them "mischievous".

The grid collapse in August left large parts of the country without electricity for almost two days and forced several factories to halt production.

Folake Adeyemi, an analyst at Lagos-based Crestview Advisory, said she expected the new power minister to be a technocrat rather than a party loyalist, given pressure from investors.

The opposition African Democratic Congress said it would not take part in any "government of national unity", dismissing speculation that some of its leaders might be offered posts.

Labour unions have threatened to strike over electricity tariffs, and the Nigeria Labour Congress said its leaders would meet on Monday to decide on a date for industrial action.
""")

EN["h4en04"] = dict(outlet="Scheldt News Agency", published="2025-09-23", text="""\
EU convenes Serbia and Kosovo negotiators as row over Serb municipalities drags on

BRUSSELS, Sept 23 (Scheldt News Agency) - Chief negotiators from Serbia and Kosovo will meet in Brussels on Friday for the first round of EU-facilitated talks in five months, the European External Action Service said on Tuesday.

EU special representative Peter Sorensen is expected to present a draft statute for an association of Serb-majority municipalities, two diplomats briefed on the plan said.

Kosovo's acting Prime Minister Albin Kurti has said he will not discuss the statute until Serbia recognises Kosovo's independence in practice.

The EU could lift some of the financial measures it imposed on Kosovo in 2023 as early as October if Pristina takes steps to ease tensions in the north, according to an EU official.

Serbian President Aleksandar Vucic said on Monday that Belgrade wanted "concrete results, not photo opportunities", and ruled out meeting Kurti before Kosovo's municipal elections on October 12.

Serbian negotiator Dragan Stojiljkovic told state broadcaster RTS that Belgrade might propose another round in mid-October, depending on the outcome of Friday's talks.

Analysts in Belgrade and Pristina say Friday's round is unlikely to produce a breakthrough.

EU foreign policy chief Kaja Kallas will visit Belgrade and Pristina in early October, her spokesperson said.

It remains unclear whether Kosovo's parliament will elect a new government before the end of the year, seven months after the February election left no party with a majority.

Kosovo declared independence from Serbia in 2008. Belgrade does not recognise it, and some 50,000 Serbs in the north reject the authority of the government in Pristina.

Relations worsened after ethnic Albanian mayors took office in four northern municipalities, triggering clashes in which dozens of NATO peacekeepers were injured.
""")

EN["h4en05"] = dict(outlet="Horn Ledger", published="2027-09-10", text="""\
Ethiopia, Egypt and Sudan to resume Nile dam talks under AU auspices

ADDIS ABABA, Sept 10 (Horn Ledger) - Water ministers from Ethiopia, Egypt and Sudan will resume talks on the Grand Ethiopian Renaissance Dam in Addis Ababa later this month, the African Union Commission said on Friday, ending a freeze of nearly two years.

The round is expected to focus on rules for filling and operating the reservoir during drought years, Ethiopian Water and Energy Minister Tesfaye Gebremedhin told reporters.

Tesfaye said Ethiopia would not accept "any binding quota" on the Blue Nile's flow but was open to a mechanism for sharing hydrological data.

Egypt's Foreign Minister Badr Abdelatty said Cairo would take part "in good faith", but warned that it might return to the UN Security Council if no binding deal was reached by the end of March.

Ethiopia inaugurated the dam in September 2025 after more than a decade of construction, and Cairo has since complained of erratic releases downstream.

Sudan has not yet confirmed who will lead its delegation, a Sudanese diplomat in Addis Ababa said.

Diplomats said a three-way meeting of Ethiopian Prime Minister Abiy Ahmed, Egyptian President Abdel Fattah al-Sisi and Sudan's army chief Abdel Fattah al-Burhan on the sidelines of the UN General Assembly in late September was possible but had not been arranged.

AU Commission Chairperson Mahmoud Ali Youssouf will appoint a special envoy for the Nile file before the round starts, his office said.

Analysts say strong rainy-season flows this year have eased Egyptian concerns, which could make a compromise on drought rules easier.

Egypt's foreign ministry said in a separate statement that it expected "a binding legal agreement before the end of the year".

Is a deal finally within reach? Previous rounds collapsed over the same question of whether any agreement should be legally binding.
""")
