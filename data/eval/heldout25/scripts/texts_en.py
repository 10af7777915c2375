"""English texts of heldout25, written for this project in one sitting. Invented or generic facts."""

EN = {
"h25en01": {"outlet": "Etosha Wire (Windhoek)", "published": "2025-06-24", "text": """Namibia to table petroleum bill as Venus decision nears

WINDHOEK, June 24 (Etosha Wire) - Namibia's government will table an amendment to the Petroleum (Exploration and Production) Act in the National Assembly on Thursday, giving the presidency direct oversight of oil licensing, the Office of the President said in a statement.

President Netumbo Nandi-Ndaitwah moved responsibility for petroleum affairs to her office in March, shortly after taking office.

TotalEnergies is expected to submit a field development plan for the Venus discovery in the Orange Basin by the end of September, two officials familiar with the talks said. A final investment decision is unlikely before 2026, they added. The company's chief executive, Patrick Pouyanne, could visit Windhoek in September, one of the officials said.

Nandi-Ndaitwah met TotalEnergies executives at State House last Thursday, her office said.

Parliament's standing committee on natural resources will hold public hearings on the bill in Luderitz and Walvis Bay next week, committee chair Paulus Hamutenya said on Monday.

Read more: Namibia's uranium exports rise 12% in first quarter

Panduleni Itula, leader of the opposition Independent Patriots for Change (IPC), said his party would vote against the bill "unless local content rules are written into the law".

A delegation from Germany's economy ministry is expected in Windhoek in mid-July for talks on the hydrogen partnership, the German embassy said.

Nandi-Ndaitwah will attend the Southern African Development Community summit in Madagascar on August 17, where regional energy integration is likely to top the agenda, her office said. Namibian and Angolan naval units will hold a joint patrol exercise off the Kunene river mouth in August, the defence ministry said.

At home, the Electoral Commission of Namibia said regional council and local authority elections would be held on November 26. Analysts say the ruling SWAPO party may lose control of several town councils, including Windhoek, to the IPC.
"""},

"h25en02": {"outlet": "Skanderbeg Wire (Tirana)", "published": "2027-02-12", "text": """Albania eyes first closed EU chapters in March as opposition plans protest

TIRANA, Feb 12 (Skanderbeg Wire) - Albania expects to provisionally close its first negotiating chapters with the European Union at an intergovernmental conference in Brussels on March 16, Foreign Minister Elisa Spiropali said on Thursday.

"We are on track to finish the negotiations by the end of this year," Prime Minister Edi Rama told parliament on the same day, repeating a target that some EU diplomats privately call ambitious.

Albania opened the last of its six negotiating clusters at an intergovernmental conference in November 2025. The Netherlands and France could still delay the closure of the rule-of-law chapters, analysts say.

European Enlargement Commissioner Marta Kos will visit Tirana on Monday for talks with Rama on judicial vetting, the European Commission's delegation said.

Read more: Albanian lek hits record high against the euro

Opposition leader Sali Berisha said his Democratic Party would hold a protest outside parliament on Saturday against what he called "a captured state". Two party officials said the Democrats could also boycott the local elections, which the Central Election Commission has set for May 16. Parties must register their candidate lists by April 6, the commission said.

Tourism Minister Ardit Koci resigned on Wednesday after prosecutors opened an inquiry into a coastal construction permit. Rama is expected to name a successor next week, a government source said.

Albania will host the NATO air exercise "Adriatic Shield" at Kucova air base in late May, the defence ministry said, the first large allied drill at the renovated base. Defence Minister Pirro Vengu is due to travel to Washington in mid-March to discuss the base's use.

Rama is likely to press for a firm date for signing the accession treaty at the EU-Western Balkans summit in June, diplomats in Tirana said. The European Parliament's rapporteur on Albania is due to present her annual report in April.
"""},

"h25en03": {"outlet": "That Luang Wire (Vientiane)", "published": "2025-12-10", "text": """Laos sets February vote, seeks debt relief from Beijing

VIENTIANE, Dec 10 (That Luang Wire) - Laos will hold elections for the National Assembly and provincial people's councils on February 22, the National Election Committee said on Tuesday, with final candidate lists due by January 12.

The vote follows the ruling Lao People's Revolutionary Party's 12th congress, which will be held in Vientiane from January 6 to 8. Party chief Thongloun Sisoulith is widely expected to be re-elected general secretary.

Finance Minister Santiphab Phomvihane will travel to Beijing next week for talks with the Export-Import Bank of China on deferring loan repayments, his ministry said. A deferral agreement could be signed during the visit, but no date has been fixed, a ministry official said.

Laos, whose public debt is above 100% of gross domestic product, has relied on such deferrals since 2020.

Electricite du Laos aims to sign a new power purchase agreement with Thailand's EGAT by the end of March, its managing director, Chanthaboun Soukaloun, told reporters.

Read more: Kip steadies as inflation eases to 9%

The Ministry of Public Security said it would close all remaining scam compounds in the Golden Triangle Special Economic Zone within 30 days. A U.S. official said Washington may add more companies linked to the zone to its sanctions list before the end of the year.

Lao and Chinese troops will hold a joint exercise in Luang Namtha province in late December, the defence ministry said.

In October, Laos and Vietnam signed an agreement to start building the Vientiane-Hanoi expressway.

Prime Minister Sonexay Siphandone is expected to attend the Mekong-Lancang Cooperation leaders' meeting in March, officials said. Analysts say Sonexay could move to a senior party post after the congress, opening the way for a new prime minister to be chosen when the new assembly meets in late March.
"""},

"h25en04": {"outlet": "Bunge Ledger (Dodoma)", "published": "2026-06-03", "text": """Tanzania to unveil 2026/27 budget as IMF team heads to Dodoma

DODOMA, June 3 (Bunge Ledger) - Tanzania's Finance Minister Khamis Mussa Omar will present the 2026/27 budget to parliament in Dodoma on Thursday, June 11, the ministry said.

East African Community finance ministers will hold their pre-budget consultation in Arusha on Saturday, the EAC secretariat said.

The budget is expected to include a new levy on mobile money transfers, two officials familiar with the draft said. Last year's budget, passed in June 2025, totalled 56.5 trillion shillings.

An International Monetary Fund team will visit Dodoma in the second half of June for a review of Tanzania's lending programme, the IMF's resident representative said.

Read more: Tanzania's tourism earnings reach record $4 billion

Dorothy Semu, leader of the opposition ACT-Wazalendo, said her party's lawmakers would walk out of the budget vote, calling the levy "a tax on the poor".

European Union foreign ministers could discuss targeted measures against security officials accused of abuses during the election period when they meet on June 22, diplomats in Dar es Salaam said.

The Dodoma-Tabora section of the standard gauge railway will open to passengers in August, Transport Minister Makame Mbarawa said on Tuesday.

President Samia Suluhu Hassan will travel to Seoul in mid-July for a state visit, including talks with President Lee Jae-myung on a financing package for the railway, her office said. She is also due to attend the EAC heads of state summit in Arusha in late July.

The Tanzania People's Defence Force will send 300 more troops to Mtwara region near the Mozambique border next week, the army said in a statement.

Analysts expect the Bank of Tanzania to keep its central bank rate at 5.75% at its meeting in early July. "Inflation is contained, so there is little reason to move," said Neema Mushi, an economist at a Dar es Salaam brokerage.
"""},

"h25en05": {"outlet": "Toompea Wire (Tallinn)", "published": "2027-01-18", "text": """Estonia's Reform Party trails as March election nears

TALLINN, Jan 18 (Toompea Wire) - Estonians will elect a new Riigikogu on March 7, with advance and electronic voting from March 1 to 6, the State Electoral Office said on Monday. Candidate registration closes on January 27.

Prime Minister Kristen Michal's Reform Party, which won the 2023 election with 31.2% of the vote, could finish third, according to a Balti Uuringud poll published on Sunday. The conservative Isamaa party led with 27%, ahead of the Social Democrats on 18%.

Michal said on Saturday that Reform "will not govern with EKRE under any circumstances".

Isamaa leader Urmas Reinsalu is likely to become prime minister if his party finishes first, analysts say.

Eesti 200, Reform's junior coalition partner, could pull its two ministers out of the government before the vote, two coalition officials said.

Read more: Tallinn port traffic falls for a third year

Parliament will vote on Wednesday on a bill to repeal the motor vehicle tax from July, a measure Reform opposed last year.

Finnish President Alexander Stubb will visit Tallinn on February 2 for talks with President Alar Karis on Baltic Sea security, the Estonian presidency said.

Defence Minister Hanno Pevkur will press allies for more air defence systems at the NATO defence ministers' meeting in Brussels in mid-February, his ministry said. The annual Spring Storm exercise, the country's largest, will take place in May with some 14,000 troops.

The Estonian Education Workers' Union said teachers would strike from February 15 unless the government agreed to an 8% pay rise. Education Minister Kristina Kallas said the budget "does not allow" such an increase.

Rail Baltica's Ulemiste terminal in Tallinn is expected to be completed in the second half of 2028, a year later than planned, Rail Baltic Estonia said last week.
"""},
}
