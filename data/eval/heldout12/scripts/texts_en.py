"""English texts of heldout12, written blind for this project on 2026-11-30 (original wording; invented or
generic facts, people and outlets)."""

EN = {
"h12en01": {
    "outlet": "Drina Valley Wire (Sarajevo)",
    "published": "2026-07-20",
    "text": """Bosnia's election body to certify candidate lists as Dodik stays off the ballot

SARAJEVO, July 20 (Drina Valley Wire) - Bosnia and Herzegovina's Central Election Commission (CEC) will certify the final list of parties and candidates for the October 4 general election on Thursday, its president, Jasmina Kovačević, said on Monday.

"We will not extend any deadline, and there will be no postponement of the vote," Kovačević told reporters in Sarajevo.

Milorad Dodik, the leader of the Alliance of Independent Social Democrats (SNSD), will not appear on the ballot after a court upheld his six-year ban from office last year. The SNSD is expected to name Republika Srpska's prime minister, Savo Minić, as its candidate for the Serb seat of the three-member presidency by the end of the month, two party officials said.

Nenad Stevandić, the speaker of Republika Srpska's National Assembly, has said he will step down if the SNSD loses the Serb seat.

Read more: Sarajevo airport workers end strike after pay deal

The European Union's foreign ministers are scheduled to discuss Bosnia when they meet in Brussels on July 27 and could consider targeted sanctions against officials who obstruct state institutions, diplomats said. Hungary is likely to block any such measures, according to a senior EU official.

The office of the High Representative, Christian Schmidt, said in a statement that he had "no plans" to impose changes to the election law before the vote. Schmidt is due to brief the UN Security Council in New York in early November.

EU leaders agreed in March 2024 to open accession talks with Bosnia, but the talks may not formally begin before a new state government is formed, analysts say.

Forming the Council of Ministers after the 2022 election took until January 2023, and Edin Ramić, a political scientist at the University of Tuzla, expects a similar delay. "I would not expect a state government before February," he said.

Turnout is forecast to stay below 50 percent, observers say.
""",
},
"h12en02": {
    "outlet": "Lake Victoria Dispatch (Kampala)",
    "published": "2025-12-05",
    "text": """Uganda's electoral body rules out delay as campaign enters final weeks

KAMPALA, Dec 5 (Lake Victoria Dispatch) - Uganda will hold its presidential and parliamentary elections on January 15 as planned, the chairman of the Electoral Commission, Justice Simon Byabakama, said on Thursday, dismissing opposition calls for a postponement.

Campaigning will end on January 13, two days before polling, and ballot papers are due to reach all 146 districts by the end of December, Byabakama told a news conference.

President Yoweri Museveni, 81, who has ruled since 1986, is seeking a seventh term. His main challenger, Robert Kyagulanyi of the National Unity Platform (NUP), has said he will hold a rally at Kampala's Kololo grounds on Sunday despite a police ban. Police spokesman Kituuma Rusoke said officers "will not allow" the gathering.

Veteran opposition leader Kizza Besigye, held since November 2024 on treason charges, will not be on the ballot. His trial resumes on December 16, a court registrar said.

The African Union and the East African Community plan to deploy a joint observer mission of about 80 people from January 5, according to a joint statement. The EU will not send a full observation mission, an EU spokesperson said, citing security concerns.

The internet was shut down for five days during the January 2021 election. Government spokesman Chris Baryomunsi said there were "no plans" to switch off the internet this time, but Chapter Four Uganda, a rights group, said a shutdown could still be ordered on the eve of polling.

The army chief, Gen. Muhoozi Kainerugaba, said soldiers would be deployed to "hotspots" in Kampala and Masaka from January 10.

Analysts expect Museveni to win comfortably, but turnout, which fell to 57 percent in 2021, could drop further. If no candidate wins more than 50 percent of the vote, a runoff would be held within 30 days of the declaration of results.
""",
},
"h12en03": {
    "outlet": "Fergana Valley Wire (Bishkek)",
    "published": "2026-04-15",
    "text": """Kyrgyz and Tajik surveyors to resume border marking; Japarov eyes Dushanbe trip

BISHKEK, April 15 (Fergana Valley Wire) - Kyrgyz and Tajik surveyors will resume placing markers along the newly agreed border next week, with the work expected to be finished by the end of October, Deputy Chairman of the Cabinet Erlan Sadykov said on Tuesday.

The two countries signed a treaty in Bishkek on March 13, 2025, settling the last disputed stretches of their 980-km frontier after clashes in 2021 and 2022 that killed more than 100 people.

The joint demarcation commission will meet in Dushanbe on April 28 to approve maps for the Vorukh area, the Tajik Foreign Ministry said in a statement.

President Sadyr Japarov is expected to pay a state visit to Tajikistan in the first half of June, his first since the treaty, according to two officials familiar with the preparations. He and President Emomali Rahmon plan to sign an agreement on sharing water from the Isfara river, the officials said. Tajikistan has not yet confirmed the dates of the visit.

Uzbekistan's President Shavkat Mirziyoyev could join the two leaders for a trilateral meeting in Khujand if the visit goes ahead, a Tajik diplomat said.

The Kholdorvaza and Karamyk checkpoints, closed since 2021, will reopen to freight traffic on May 1, Kyrgyzstan's border service said. Passenger traffic may follow later in the summer, it added.

Kyrgyzstan will host the annual Consultative Meeting of Central Asian heads of state in Cholpon-Ata in August, where a regional water and energy agreement could be signed, analysts say.

Financing for the Kambarata-1 hydropower plant, which Kyrgyzstan is building with Kazakhstan and Uzbekistan, is expected to be agreed at a donors' conference in Bishkek in the second half of the year, Energy Minister Taalaibek Ibraev said.

Aida Alymbaeva, a researcher at the OSCE Academy in Bishkek, said local resistance in Vorukh could push the marking work into next year. "Villagers still dispute two pastures," she said.
""",
},
"h12en04": {
    "outlet": "Pichincha Wire (Quito)",
    "published": "2026-02-12",
    "text": """Ecuador and Colombia to hold tariff talks in Lima as Andean body weighs complaint

QUITO, Feb 12 (Pichincha Wire) - Ecuadorean and Colombian trade officials will meet in Lima on Monday for their first talks since Quito imposed a 30 percent "security surcharge" on Colombian imports, Ecuador's Foreign Ministry said on Wednesday.

The talks, hosted by the General Secretariat of the Andean Community (CAN), are expected to last two days. Production Minister Luis Alberto Jaramillo, who will lead Ecuador's delegation, said the surcharge would stay in place until Bogota "shows concrete results" against cocaine trafficking on the border.

Colombia responded on February 3 with matching tariffs and suspended electricity sales to Ecuador. Colombian Trade Minister Diana Morales said Bogota could lift its measures "within days" if Quito suspends the surcharge.

The CAN's General Secretariat is due to rule on a Colombian complaint against the surcharge by March 6, a CAN spokesperson said. President Daniel Noboa has said Ecuador would not comply with a ruling it considers political.

Ecuador's Energy Ministry said power rationing would not return before April, when the dry season usually strains hydropower reservoirs.

Colombian President Gustavo Petro plans to raise the dispute at a meeting of Andean Community presidents that Bolivia hosts in La Paz in late March, his office said.

Most analysts expect a partial deal that cuts the surcharge to 15 percent before the ruling.

Foreign Minister Gabriela Sommerfeld will travel to Washington next week to discuss border security cooperation, the ministry said.

A meeting between Noboa and Petro has not been ruled out but is unlikely before the Colombian presidential election on May 31, a Colombian official said.

Trade between the two neighbours was worth about $2.8 billion last year, with Colombia running a large surplus.
""",
},
"h12en05": {
    "outlet": "Okavango Wire (Gaborone)",
    "published": "2026-05-26",
    "text": """Botswana and Anglo American to resume De Beers talks as Gaborone seeks larger stake

GABORONE, May 26 (Okavango Wire) - Botswana's government and Anglo American will resume talks in London next week on the sale of Anglo's 85 percent stake in diamond producer De Beers, Minerals and Energy Minister Bogolo Kenewendo said on Monday.

"We want a controlling stake, and we will not accept any deal that weakens Debswana," Kenewendo told parliament in Gaborone.

President Duma Boko is expected to travel to London in mid-June to meet Anglo American chief executive Duncan Wanblad, two government officials said, though the trip has not been confirmed.

Anglo announced in May 2024 that it would divest De Beers as part of a restructuring, and has since held talks with several bidders, including a consortium led by Angola's state diamond firm Endiama.

A final agreement is unlikely before October, according to analysts at Gaborone brokerage Motswedi Securities.

Under the 2023 sales agreement, Botswana's state-owned Okavango Diamond Company receives 30 percent of Debswana's output, rising to 50 percent by 2033, the ministry said in a statement.

The Bank of Botswana's Monetary Policy Committee meets on June 18, and economists expect it to keep the policy rate at 3.5 percent after diamond revenues fell by more than a third last year.

Finance Minister Ndaba Gaolathe is due to present a supplementary budget to parliament by the end of July, which could include a new bond issue of up to 5 billion pula.

Moody's is scheduled to review Botswana's rating in August and could lower it again, economists say.

The opposition Botswana Democratic Party (BDP) said it would table a motion in parliament on Thursday demanding that any deal be put to a vote.

Diamonds account for about 80 percent of Botswana's exports.
""",
},
}
