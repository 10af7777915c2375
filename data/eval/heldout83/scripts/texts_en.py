"""English texts of heldout83, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h83en01": {"outlet": "Huallaga Wire (Lima)", "published": "2026-07-21", "text": """Peru's first Senate in 34 years to pick its leader as Tello readies for power

LIMA, July 21 (Huallaga Wire) - Peru's new Senate will elect its president on Sunday, the first time the country has had an upper chamber since 1992, the head of the congressional transition committee, senator-elect Carmen Rosa Valdivia, told reporters on Monday.

A centre-right bloc is likely to win the Senate presidency, but the 60-seat chamber is fragmented and "a second round of voting cannot be ruled out," Valdivia said.

President-elect Luis Alberto Tello will be sworn in before the new bicameral Congress on July 28. He is expected to name his prime minister by Friday, two aides said.

Tello won the June 7 run-off with 51.8% of the vote, the National Jury of Elections (JNE) said when it proclaimed him earlier this month.

Interim President Jose Jeri's cabinet will present its resignation on Monday, Prime Minister Ernesto Alvarez said.

Tello plans to visit Washington in the second half of August for talks with Secretary of State Marco Rubio on anti-drug cooperation, his spokesman, Diego Paredes, said.

The armed forces will stay deployed in Lima and Callao under the state of emergency until at least the end of September, the Defence Ministry said in a statement.

Read more: Peru's central bank keeps rate at 4.25%, sees inflation within target

Tello is also expected to attend the APEC leaders' summit in Shenzhen in November.

His economic team expects to sign a $1.2 billion water and sanitation loan agreement with the World Bank in October, according to a document seen by Huallaga Wire.

Analysts say the fragmented Congress could block Tello's promised tax reform before the end of the year. "He will need at least three parties in the Senate for every major bill," said Mariela Quispe, a political scientist at the Pontifical Catholic University of Peru.
"""},

"h83en02": {"outlet": "Warsak Wire (Peshawar)", "published": "2026-08-24", "text": """Will Pakistan's last deportation deadline empty the Afghan camps?

PESHAWAR, Aug 24 (Warsak Wire) - Pakistan will begin deporting Afghans who hold Afghan Citizen Cards from October 1, after a voluntary-return deadline expires on September 30, Interior Minister Mohsin Naqvi said on Sunday.

Naqvi said the government would not extend the deadline again. About 600,000 card holders are still in the country, most of them in Khyber Pakhtunkhwa and Balochistan, according to provincial figures.

UN High Commissioner for Refugees Barham Salih is expected in Islamabad next week to ask for a six-month reprieve for families with children in school, a UNHCR spokeswoman in Geneva said. He is likely to meet Prime Minister Shehbaz Sharif during the trip.

Afghanistan's refugees minister, Abdul Kabir, said on Saturday that Kabul could not absorb more than 5,000 returnees a day and urged Islamabad to stagger the returns.

The Torkham crossing will stay open around the clock for returnees from September 1, the Khyber district administration said. Border officials from both sides will meet at Torkham this week to agree on daily quotas, it added.

A tripartite meeting of Pakistan, Afghanistan and the UNHCR could be held in Kabul in mid-September, diplomats said.

Read more: Pakistan's central bank holds key rate at 11%

The Frontier Corps will deploy two more wings to the Bajaur and Kurram sectors next week, the military's media wing, ISPR, said, citing the risk of militants slipping across with returnee convoys.

Officials on both sides expect the ceasefire agreed in Doha last October to hold despite the tension over deportations.

Analysts say the deportations could derail the next round of transit trade talks, due in Kabul in October. "Islamabad is pushing people out and asking for trade access at the same time," said Ayesha Durrani, a researcher at a Peshawar think tank.
"""},

"h83en03": {"outlet": "Rupununi Wire (Lethem)", "published": "2027-03-16", "text": """Guyana and Brazil to seal Linden-Lethem road deal as border tension simmers

LETHEM, March 16 (Rupununi Wire) - Guyana and Brazil will sign an agreement on Thursday to finance the paving of the last 120 km of the Linden-Lethem road, Guyana's Ministry of Foreign Affairs said on Monday. Brazilian President Luiz Inacio Lula da Silva will attend the signing in Georgetown and hold talks with President Irfaan Ali, the ministry said.

Public Works Minister Juan Edghill said the Brazilian contractor, Tapajos Engenharia, would start work in the second half of April and finish paving by the end of 2028.

The road has taken on new weight since Venezuelan soldiers crossed the Cuyuni River near Eteringbang on February 20, the Guyana Defence Force (GDF) said. The GDF will station 200 more soldiers in the Rupununi from next month, its chief of staff, Brigadier Omar Khan, said.

"Guyana will not be intimidated," Ali told reporters at the Takutu bridge on Saturday.

Washington may widen sanctions on Venezuelan officers linked to the incursion, a State Department official said, without giving a timeframe.

Read more: Guyana's oil output tops 900,000 barrels a day

Analysts say Lula may offer to mediate between Georgetown and Caracas during the visit, though Ali has repeatedly said the border question belongs before the International Court of Justice.

Troops from both countries will hold their first joint exercise near Bonfim in the second half of May, Brazil's Defence Ministry said.

Ali is expected to attend the Amazon Cooperation Treaty Organization summit in Bogota in August, where the road is likely to be presented as a model for regional integration.

The project has also become a campaign issue ahead of local government elections on June 14, with opposition councillors in Region 9 accusing the government of ignoring villages along the route.
"""},

"h83en04": {"outlet": "Burley Griffin Wire (Canberra)", "published": "2026-09-15", "text": """Farrell heads to Beijing as China opens new probe into Australian malt

CANBERRA, Sept 15 (Burley Griffin Wire) - Trade Minister Don Farrell will travel to Beijing next week for the Joint Ministerial Economic Commission with Commerce Minister Wang Wentao, his office said on Monday.

The trip comes days after China's commerce ministry launched an anti-dumping investigation into Australian barley malt on Friday, the first new trade probe against Australia since Beijing lifted its wine tariffs in 2024.

"We will not trade away our steel duties to get malt back on the shelves," Farrell told reporters in Adelaide.

China is expected to lift its remaining restrictions on Australian canola before the end of the year, two industry sources said, after trial shipments cleared customs in Dalian in July.

Analysts say Beijing is unlikely to lift the canola curbs before the APEC leaders' meeting in November, which it hosts and wants to use as a showcase.

Prime Minister Anthony Albanese will attend the APEC summit in Shenzhen in November, the Prime Minister's office confirmed, and could meet President Xi Jinping there.

Read more: Iron ore slips as Chinese steel output falls for third month

Foreign Minister Penny Wong is due to meet Chinese Foreign Minister Wang Yi in New York on September 24, on the sidelines of the UN General Assembly.

A Chinese navy task group is expected to sail off Australia's east coast later this month, defence officials said, the second such deployment this year.

Farrell aims to conclude a review of the China-Australia Free Trade Agreement by the end of March, a senior trade official said.

Grain Producers Australia said it would ask Canberra to take the malt case to the World Trade Organization if Beijing imposes provisional duties. "Growers have been through this once already," its chair, Colin Bettridge, said.
"""},

"h83en05": {"outlet": "Gandaki Wire (Kathmandu)", "published": "2027-01-12", "text": """Nepal's Thapa to reshuffle cabinet Friday as RSP threatens to walk out

KATHMANDU, Jan 12 (Gandaki Wire) - Prime Minister Gagan Thapa will reshuffle his cabinet on Friday, the Prime Minister's Office said on Monday, after three ministers from the Rastriya Swatantra Party (RSP), the second-largest party in the coalition, resigned on Sunday.

Thapa will meet leaders of the coalition parties tomorrow to finalise the list, his press adviser, Ramesh Lamsal, said.

RSP chair Rabi Lamichhane told reporters the party would withdraw its remaining two ministers from the government unless it is given the home ministry. "We will not accept any portfolio other than home," Lamichhane said.

Thapa will brief the House of Representatives on the reshuffle next Tuesday, the parliament secretariat said.

The opposition CPN-UML could table a no-confidence motion as early as next month, two UML lawmakers said, although the party has not yet counted the votes it would need.

Read more: Nepal Rastra Bank keeps policy rate unchanged at 4.5%

Thapa is scheduled to visit New Delhi in the first week of February for talks with Prime Minister Narendra Modi, Foreign Minister Nirmala Pokharel said. The two sides are expected to sign a 25-year power trade agreement during the visit.

By-elections in the Chitwan-2 and Kathmandu-5 constituencies will be held on March 4, the Election Commission said on Monday. Both seats fell vacant when their members were appointed provincial governors in November.

The coalition, formed after the March 2026 general election, has survived two earlier rows over portfolios.

"The coalition could collapse before the monsoon session if the RSP leaves, because Thapa would then fall short of a majority," said Hari Prasad Bhandari, a political scientist at Tribhuvan University. Nepal has had more than a dozen governments since 2008.
"""},
}
