"""English texts of heldout143, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h143en01": {"outlet": "Murgab Wire (Mary)", "published": "2025-10-08", "text": """Can Turkmen gas reach Iraq through Iran before winter?

MARY, Oct 8 (Murgab Wire) - Turkmenistan, Iran and Iraq will sign a trilateral gas swap agreement in Ashgabat on October 20, Turkmenistan's Foreign Ministry said in a statement on Tuesday. Under the deal, Turkmen gas would flow into Iran's northern grid while Iran sends an equal volume to Iraqi power stations.

The three governments first agreed on the swap in principle in July, the statement said.

Iraqi Electricity Minister Ziad Ali Fadel said deliveries should begin in the second half of November if the U.S. Treasury grants a sanctions waiver for the payments. Washington has not decided whether to issue the waiver, two U.S. officials said.

Iran's Oil Minister Mohsen Paknejad is expected to travel to Ashgabat for the signing, the IRNA news agency reported.

Foreign Minister Rashid Meredov, who is also deputy chairman of the cabinet, said on Monday that Ashgabat would not accept payment in Iranian rials.

A technical committee of Turkmengaz, the National Iranian Gas Company and Iraq's electricity ministry will meet in Tehran next week to agree on metering rules, Turkmengaz said.

Read more: Turkmenistan opens new terminal at Turkmenbashi port

Iran's Revolutionary Guards will hold naval drills in the southern Caspian next week, Iranian state television said, without giving dates.

In Baghdad, the swap has become an election issue ahead of Iraq's November 11 parliamentary vote. Fadel could be replaced or resign if blackouts return next summer, lawmakers from a rival coalition said.

Iraq imports about a third of its gas needs from Iran.

Leaders from Central Asia and beyond are due to gather in Ashgabat on December 12 for a summit marking 30 years of Turkmenistan's permanent neutrality.

Analysts say the swap volumes may cover less than a tenth of Iraq's peak shortfall. "It is a useful pipe, not a solution," said Dovlet Annayev, an energy consultant based in Istanbul.
"""},

"h143en02": {"outlet": "Sarapiqui Wire (Ciudad Quesada)", "published": "2026-09-15", "text": """Costa Rica lawmakers to vote on reopening Crucitas to gold mining

CIUDAD QUESADA, Sept 15 (Sarapiqui Wire) - Costa Rica's Legislative Assembly will hold a first-reading vote on Thursday on a bill that would lift the ban on open-pit gold mining in the Crucitas area near the Nicaraguan border, committee chair Marcela Ulloa said on Monday.

The bill is expected to pass with votes from the ruling bloc and the Social Christian Unity Party (PUSC), party whips said.

Environment Minister Rodrigo Mata said the state would auction a single concession before the end of March if the bill becomes law. Mata will travel to Ottawa in mid-October to meet mining investors, his ministry said.

A vice minister for water resigned last month in protest at the bill.

Lawmaker Ernesto Rivas of the Broad Front (FA) said his party could file a challenge with the Constitutional Chamber of the Supreme Court as early as next week.

Security Minister Mario Zamora said 300 more police officers would be deployed to Crucitas from October 1 to remove illegal miners.

Managua protested against police operations near the San Juan river in a diplomatic note last week, Nicaragua's foreign ministry said.

Read more: Costa Rica's central bank holds key rate at 3.75%

The finance ministry said it will begin freezing the accounts of traders who buy gold from illegal pits from January.

President Laura Fernandez will attend the Central American Integration System (SICA) summit in Panama City on December 11, her office said, where she is expected to raise cross-border illegal mining.

Environmental groups plan to campaign against the bill before the February 2028 municipal elections.

Mata will meet the mayors of San Carlos and Los Chiles on Wednesday, the ministry said.

Analysts say the first gold is unlikely to be poured before 2029. "Nobody will invest before the court rules," said Sofia Brenes, an economist at a San Jose consultancy.
"""},

"h143en03": {"outlet": "Dorcol Wire (Belgrade)", "published": "2027-05-11", "text": """Serbia's parliament to fill media regulator seats as EU watches

BELGRADE, May 11 (Dorcol Wire) - Serbia's parliament will vote on Thursday to elect five members of the council of the Regulatory Authority for Electronic Media (REM), Speaker Ana Brnabic said on Monday, after the Administrative Court annulled the previous selection in November.

The European Commission expects the new council to be in place before it publishes its annual enlargement report in October, a Commission spokesperson said.

Brussels could delay the opening of Cluster 3 of Serbia's accession talks if the vote is postponed again, two EU diplomats said.

The opposition Party of Freedom and Justice (SSP) will boycott the vote, its leader Dragan Djilas said, calling the candidate list "a deal made in the presidency".

The REM's acting chairman, Dusan Pavlovic, will step down once the new council is sworn in, according to a person close to the regulator.

Read more: Serbia's inflation eases to 3.1% in April

President Aleksandar Vucic said on Sunday that Serbia "will not accept" conditions on media licences that are not applied to other candidate countries. He also said early parliamentary elections could be held as early as December.

An OSCE media freedom team will visit Belgrade in the first week of June, the OSCE Mission to Serbia said.

Vucic is expected to attend the EU-Western Balkans summit in Tirana in late June, officials said.

Student organisers said they would protest outside the assembly on Thursday during the vote.

The council's first task will be to decide on national broadcast licences, which expire in October.

Analysts say the new council may revise the cable carriage rules before the licences expire. "The names are new, the method is old," said Jelena Markovic, a media researcher at the University of Novi Sad.
"""},

"h143en04": {"outlet": "Semliki Wire (Fort Portal)", "published": "2026-02-03", "text": """Uganda and Congo to extend Operation Shujaa as ADF attacks spread

FORT PORTAL, Feb 3 (Semliki Wire) - Ugandan and Congolese army chiefs will meet in Kasese on Friday to sign an extension of their joint offensive against the Allied Democratic Forces (ADF) rebels in eastern Congo, the Uganda People's Defence Forces (UPDF) said in a statement on Monday.

Operation Shujaa was launched in November 2021 after suicide bombings in Kampala.

The extension would run until the end of August, UPDF spokesman Brigadier Godfrey Mbabazi said, adding that Uganda would send 1,000 more troops to Ituri's Irumu territory within 30 days.

Kinshasa has not said whether it will let Ugandan troops operate in North Kivu's Lubero territory.

Uganda's parliament is expected to approve supplementary funding of 300 billion shillings for the operation next week, a finance ministry official said.

Read more: Uganda's coffee exports hit record in December

President Yoweri Museveni, declared winner of the January 15 election, said on Sunday that Ugandan troops "will not leave Congo until the ADF is finished".

Museveni will travel to Kinshasa in March for talks with President Felix Tshisekedi, State House said.

The ceasefire between Kinshasa and the M23 rebels, agreed in Doha, is due to be reviewed at talks in Doha in mid-February, diplomats said.

Regional leaders will also discuss the ADF at an East African Community summit in Arusha in late February, officials said.

The U.S. Treasury may add ADF financiers in Uganda and Kenya to its sanctions list, a U.S. official said.

The ADF, which pledged allegiance to Islamic State in 2019, has killed hundreds of civilians in Ituri and North Kivu over the past year.

Analysts say the rebels could shift attacks into Uganda's Rwenzori region before the Martyrs Day pilgrimage on June 3. "They follow the pressure," said Agnes Nyakato, a security researcher at Mountains of the Moon University.
"""},

"h143en05": {"outlet": "Lambir Wire (Bintulu)", "published": "2027-10-26", "text": """Petronas and Sarawak's Petros to sign gas deal as court case looms

BINTULU, Oct 26 (Lambir Wire) - Petronas and Sarawak's state energy company Petroleum Sarawak Bhd (Petros) are expected to sign a gas supply framework agreement in Kuching next week, Sarawak Premier Abang Johari Openg said on Monday.

Abang Johari said Sarawak "will not give up" its right to regulate gas distribution in the state, which Petros has exercised as sole aggregator since February 2025.

Prime Minister Anwar Ibrahim is likely to travel to Kuching to witness the signing, an official in his office said.

The Federal Court will hear Petronas' challenge to Sarawak's Distribution of Gas Ordinance on November 18, the court's registry said. The ordinance requires gas buyers in the state to deal only with Petros.

Petros chief executive Hazrul Hanafi will step down in December, two people familiar with the matter said.

Read more: Malaysia's palm oil stocks rise for third month

The Royal Malaysian Navy will hold exercises off the Bintulu LNG complex from November 8, the navy said.

U.S. officials have warned that Washington may sanction companies handling ship-to-ship transfers of Iranian oil off Johor.

The federal-state special council on the Malaysia Agreement 1963 (MA63) will meet in Putrajaya on Friday, the Prime Minister's Department said.

Anwar will attend the ASEAN summit in Singapore in mid-November before returning to prepare for the general election, which must be held by mid-February 2028.

Sarawak supplies most of Malaysia's LNG exports, and the dispute has weighed on Petronas's plans for new offshore fields.

Analysts say the dispute could delay Petronas's final investment decision on new Sarawak gas fields until after the election. "Investors need one regulator, not two," said Lim Wei Jie, an energy analyst at a Kuala Lumpur brokerage.
"""},
}
