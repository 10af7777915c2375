"""English texts of heldout92, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h92en01": {"outlet": "Turag Wire (Dhaka)", "published": "2026-08-16", "text": """Will Dhaka finally elect its mayors? Bangladesh sets city polls for October

DHAKA, Aug 16 (Turag Wire) - Bangladesh will hold elections for the Dhaka North and Dhaka South city corporations on October 22, Chief Election Commissioner AMM Nasir Uddin told reporters on Sunday, the first local polls since the national vote in February.

Nominations close on September 20 and campaigning will start on October 1, he said.

Government-appointed administrators have run both corporations since the interim government removed the elected mayors in August 2024.

Local Government Minister Habibur Rashid said the administrators would step down on the day the new mayors take oath, expected in early November. The cabinet is also expected to name a new secretary for the Local Government Division next week, two officials said.

Jamaat-e-Islami, the main opposition party, has not decided whether to field candidates. Its assistant secretary-general, Rafiqul Hasan, said the party would boycott the polls unless the commission replaced electronic voting machines with paper ballots.

Read more: Bangladesh Bank holds policy rate, flags food prices

The army will deploy about 20,000 troops across both cities from October 18 until two days after polling, the Inter-Services Public Relations directorate said in a statement.

The Awami League, whose activities remain banned, could challenge its exclusion in the High Court as early as next week, a lawyer for the party said. The commission said on Saturday it "will not reopen" the list of registered parties.

A Commonwealth expert team is expected to arrive in Dhaka in the second week of October to observe the vote, diplomats said. Prime Minister Tarique Rahman is likely to address a rally of BNP candidates in Dhaka on September 25, party officials said.

Analysts say turnout could fall below 30 percent, as in the 2020 city polls, if Jamaat stays out. "Voters are tired after a long election year," said Farzana Haque, a political scientist at Jahangirnagar University.
"""},

"h92en02": {"outlet": "Maluku Wire (Kinshasa)", "published": "2026-07-09", "text": """Congo lawmakers to vote on U.S. minerals pact as Boulos heads to Kinshasa

KINSHASA, July 9 (Maluku Wire) - Congo's National Assembly will vote next Tuesday on ratifying the strategic minerals partnership signed with the United States in April, Mines Minister Patrice Kalonji said on Wednesday.

Ratification is expected to pass easily because President Felix Tshisekedi's Sacred Union coalition holds more than 400 of the 500 seats, Kalonji said.

Opposition leader Martin Fayulu said his party would ask the Constitutional Court to annul the vote, calling the deal "a sale of the country".

Under the partnership, U.S. firm KoBold Metals is expected to sign an exploration licence for the northern part of the Manono lithium deposit by the end of July, according to two people familiar with the talks.

Massad Boulos, the U.S. senior adviser for Africa, will arrive in Kinshasa on Sunday for talks with Tshisekedi, the U.S. Embassy said.

Rwanda and Congo are due to hold the first meeting of their joint committee on mineral processing, set up under the regional economic framework of the Washington peace accord, in Kigali in mid-August, Rwanda's foreign ministry said.

Read more: Congo's central bank keeps key rate at 17.5%

The Doha ceasefire between Kinshasa and the AFC/M23 rebels, which expires at the end of July, could be extended for three more months, a Qatari official said.

Washington could impose sanctions on traders who buy coltan smuggled from the rebel-held Rubaya mine, a State Department official said on condition of anonymity. Kigali has denied that Rwandan firms handle the ore.

Tshisekedi is expected to attend the SADC summit in Pretoria on August 17, where regional leaders will review the security situation in eastern Congo.

Analysts say the first lithium exports from Manono are unlikely before 2028. "The road and power links simply are not there yet," said Chantal Mbuyi, a mining governance researcher in Lubumbashi.
"""},

"h92en03": {"outlet": "Huaral Wire (Huaral)", "published": "2026-03-03", "text": """Can Peru keep Chancay out of the U.S.-China crossfire? Congress votes on port oversight

LIMA, March 3 (Huaral Wire) - Peru's Congress will vote on Thursday on a bill giving the transport regulator Ositran full oversight of the Chinese-run port of Chancay, the head of the transport committee, lawmaker Elvira Quispe, said on Monday.

The bill is expected to pass with votes from most blocs, two congressional aides said, after the government dropped its objections last week.

U.S. officials have warned that Washington could impose port fees on ships calling at Chancay, and a decision could come before the end of April, according to a person briefed on the discussions.

Foreign Minister Hugo de Zela will travel to Beijing in mid-April to sign a protocol upgrading the Peru-China free trade agreement, the foreign ministry said. De Zela said on Monday that Peru "will not choose between its partners".

Read more: Peru's central bank holds rate at 4.25%, sees inflation near target

The navy will begin patrols in the bay around the port from March 15 under a new security arrangement with the port operator, the defence ministry said.

Congressional sources said Transport Minister Carlos Ugaz may resign if the bill fails, after two censure motions against him this year.

Peru holds its general election on April 12. Rafael Lopez Aliaga, who leads several polls, has said he would review the port's tax exemptions if elected, while Keiko Fujimori has defended the project.

Peru will also raise the port-fee dispute when APEC trade ministers meet in Suzhou in May, a trade ministry official said.

Analysts say Chinese investors could delay a planned second phase of the port until after the election. "Nobody will commit another billion dollars before they know who governs in July," said Lucia Valderrama, an economist at a Lima consultancy.
"""},

"h92en04": {"outlet": "Cuyuni Wire (Georgetown)", "published": "2026-10-12", "text": """World Court to rule on Essequibo as Guyana braces for Venezuela's response

GEORGETOWN, Oct 12 (Cuyuni Wire) - The International Court of Justice will deliver its judgment in Guyana's border case against Venezuela on October 29, the court said in a press release on Friday, eight years after Georgetown filed the case.

President Irfaan Ali said on Sunday Guyana would "respect the ruling whatever it says" and urged Caracas to do the same.

Venezuela did not take part in the hearings. Foreign Minister Yvan Gil said on Saturday that Caracas "will not accept any decision" on the territory, which makes up about two-thirds of Guyana.

The Guyana Defence Force has put its units in the Cuyuni-Mazaruni region on heightened alert and will keep them there at least until mid-November, its chief of staff, Brigadier Omar Khan, told reporters.

Brazil will send 300 more troops to its border town of Pacaraima next week, Brazil's defence ministry said.

CARICOM heads of government will hold a virtual special session on the day after the ruling, the CARICOM Secretariat said.

Read more: Guyana's oil output tops 900,000 barrels a day

Diplomats in Georgetown say Venezuela could respond by holding a new vote for its "governor" of Guayana Esequiba before the end of the year, as it did in May 2025.

The UN Security Council could discuss the ruling in November if either side asks, a Council diplomat said.

Ali is expected to travel to Washington in the first week of November for talks with U.S. Secretary of State Marco Rubio, his office said.

Analysts say Caracas may step up military flights near the border after the ruling. "Venezuela needs to show its public that it has not given up the claim," said Desmond Bancroft, a lecturer in international relations at the University of Guyana.
"""},

"h92en05": {"outlet": "Lipotvaros Wire (Budapest)", "published": "2025-12-05", "text": """Orban vows to block EU loan for Ukraine at December summit

BUDAPEST, Dec 5 (Lipotvaros Wire) - Hungary will veto the European Union's proposed loan to cover Ukraine's budget needs in 2026 and 2027 when EU leaders meet in Brussels on December 18-19, Prime Minister Viktor Orban said on Friday.

"We will not pay for a war that cannot be won," Orban told a news conference after a cabinet meeting, adding that Budapest would also oppose any use of frozen Russian central bank assets.

EU ambassadors will discuss a fallback plan at a meeting on Wednesday under which the other 26 member states would provide the money through bilateral guarantees, two EU diplomats said. Such a deal could be agreed before the end of the year, one of them said.

The European Commission could also withhold more of Hungary's frozen cohesion funds, Commission officials say, a step Budapest has called blackmail.

Foreign Minister Peter Szijjarto will travel to Moscow next week for talks on oil and gas supplies, his ministry said.

Read more: Hungary's central bank keeps base rate at 6.5%

Ukrainian President Volodymyr Zelenskiy is expected to attend the summit in person, an official in Kyiv said.

Hungary holds a parliamentary election in April. Opposition leader Peter Magyar, whose Tisza party leads most independent polls, said on Thursday that a Tisza government "would not block" Ukraine's funding but would demand stricter audits.

Slovakia's Prime Minister Robert Fico has not said whether he will back the veto. A spokesman for Fico said a decision would be taken after talks with Orban in Bratislava on Monday.

Analysts say Orban may drop his veto in exchange for the release of frozen funds, as he did in December 2023. "He has used this card before, and it usually buys him money," said Zsofia Kertesz, a political analyst at a Budapest think tank.
"""},
}
