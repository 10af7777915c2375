"""English texts of heldout98, written for this project on 2026-12-03. Invented or generic facts."""

EN = {
"h98en01": {"outlet": "Hamoun Wire (Zabol)", "published": "2026-09-14", "text": """Iran and Taliban to reopen Helmand water talks after deadly border clash

ZABOL, Sept 14 (Hamoun Wire) - Iranian and Afghan officials will hold a new round of talks on sharing the waters of the Helmand River in Kabul next week, Iran's Energy Minister Abbas Aliabadi said on Sunday, days after a clash between border guards killed two Iranians.

The clash near the Milak crossing on Thursday was the first deadly incident on that stretch of the border since May 2023.

Aliabadi said Tehran "will not accept" less than the 850 million cubic metres a year set out in the 1973 treaty. Zabihullah Mujahid, the chief spokesman of the Taliban administration, said the Afghan delegation would be led by acting Energy and Water Minister Abdul Latif Mansoor.

A local ceasefire agreed by border commanders on Friday will stay in place at least until the talks, an Iranian border official said. The joint border commission is due to meet in Zaranj on September 20 to agree on patrol rules, two Iranian officials said.

Iran's border guard commander, Brigadier General Ahmad Ali Goudarzi, said additional units would be deployed along the Sistan border within 48 hours. Parliament's national security committee will hold a closed session on the clash on Tuesday, its spokesman Ebrahim Rezaei said.

Read more: Iran's rial slides again as fuel imports rise

Foreign Minister Abbas Araqchi could travel to Kabul later this year if the talks make progress, the foreign ministry said. The Taliban are expected to open a second gate at the Kamal Khan dam in early October, according to a person familiar with the talks.

The interior ministry said Iran aims to return 800,000 undocumented Afghans before the end of the Iranian year on March 20.

Analysts say a deal is unlikely before November. "Tehran could take the dispute to the United Nations if Kabul stalls again," said Mehdi Sadrian, a water policy researcher in Mashhad.
"""},

"h98en02": {"outlet": "Beitou Wire (Taipei)", "published": "2027-04-20", "text": """Will Beijing answer Lai's Latin America trip with drills?

TAIPEI, April 20 (Beitou Wire) - Taiwan President Lai Ching-te will visit Paraguay, Guatemala and Belize from April 27 to May 6, Presidential Office spokeswoman Karen Kuo said on Tuesday, his first trip to the island's allies in the Americas since taking office.

He is expected to transit through Houston on the way out and Los Angeles on the way back, two people familiar with the planning said. Lai's last planned trip, in August 2025, was called off after Washington declined a New York stopover.

Lai and Paraguayan President Santiago Pena will sign a mutual legal assistance agreement in Asuncion on April 29, Kuo said, and Lai will address Guatemala's Congress on May 1. The Belize leg has not been confirmed, a foreign ministry official in Taipei said.

China's Taiwan Affairs Office spokesman Chen Binhua said Beijing would take "resolute and forceful measures", adding that China could add more U.S. defence firms to its sanctions list.

Defence Minister Wellington Koo told lawmakers that the People's Liberation Army could hold large-scale drills around the island as early as next week. This year's Han Kuang exercises will run from July 13 to July 22, the defence ministry said.

The U.S. State Department is expected to notify Congress of a $2 billion air-defence sale to Taiwan before the trip, two congressional aides said.

Read more: Taiwan's export orders rise for a ninth month on AI demand

The main opposition Kuomintang has been pressing for renewed contacts with Beijing. Its chairwoman, Cheng Li-wun, may lead a party delegation to Beijing in May, party officials said.

Analysts say the trip could keep official cross-strait contacts frozen until after the January 15, 2028 presidential election. "Beijing wants to show that every trip has a price, but it also does not want to help the DPP," said Huang Shu-fen, a political scientist at a university in Taichung.
"""},

"h98en03": {"outlet": "Yungas Wire (La Paz)", "published": "2026-06-16", "text": """Bolivia's Senate to vote on $1.6 billion in loans as vice president digs in

LA PAZ, June 16 (Yungas Wire) - Bolivia's Senate will vote on Thursday on $1.6 billion in loans from CAF, the Inter-American Development Bank and the World Bank, Senate President Marcelo Quiroga said on Monday.

The Chamber of Deputies approved the package last week by 71 votes to 49.

Vice President Edmand Lara, who presides over the Legislative Assembly and has broken with President Rodrigo Paz, said he would not sign the loan laws unless the government restored the diesel subsidy for farmers. Lara has also said he may run for president in 2030.

Economy Minister Jose Gabriel Espinoza said the first CAF disbursement, of $550 million, would arrive before the end of July if the Senate approves the loans. "There will be no devaluation," he told reporters.

Talks with the International Monetary Fund on a financing programme are expected to resume in Washington in mid-July, a finance ministry official said. Bolivia could return to international bond markets as early as September, the official added.

Read more: Bolivia's lithium company names new board

The Bolivian Workers' Center (COB), the main union federation, will march in La Paz on Wednesday against the loans, its executive secretary said.

Central bank president Roberto Mamani is expected to step down after the vote, two officials said. The presidency said Paz would present his economic plan at the Mercosur summit in Asuncion on July 2.

Analysts say the Senate vote could be close: Paz's Christian Democratic Party holds 16 of the 36 seats and needs support from the Libre alliance and from Unidad.

"The loans buy time, not solutions," said Mariela Choque Vargas, an economist at a La Paz research centre. "Without new gas or lithium revenue the government will be back in Congress for more money within a year."
"""},

"h98en04": {"outlet": "Valea Morilor Wire (Chisinau)", "published": "2025-12-02", "text": """Moldova's parliament to vote on leaving CIS agreements on Thursday

CHISINAU, Dec 2 (Valea Morilor Wire) - Moldova's parliament will vote on Thursday on a bill denouncing the founding agreements of the Commonwealth of Independent States (CIS), Parliament Speaker Igor Grosu said on Monday.

The ruling Party of Action and Solidarity (PAS) won 55 of the 101 seats in the September 28 election, and the bill is expected to pass comfortably, Grosu said.

The pro-Russian Patriotic Electoral Bloc, led by former president Igor Dodon, said it would boycott the session and hold a protest outside parliament on Thursday.

Foreign Minister Mihai Popsoi said Moldova would notify the CIS executive committee in Minsk once President Maia Sandu promulgates the law, which officials expect before the end of the year.

Kremlin spokesman Dmitry Peskov said Moscow regretted the move, adding that Russia could restrict imports of Moldovan fruit and wine. The leader of the breakaway Transnistria region, Vadim Krasnoselsky, said the region "will not follow Chisinau out of the CIS".

Read more: Moldova's central bank holds key rate at 6.5%

Moldova stopped attending most CIS meetings after Russia's full-scale invasion of Ukraine in 2022. Prime Minister Alexandru Munteanu's government has said leaving the bloc's free trade zone would come later, after talks with the European Commission.

A second EU-Moldova summit is expected in Brussels in the first half of 2026, EU diplomats said.

Analysts say the exit from the CIS free trade zone is unlikely to take effect before 2027. "Moscow may use gas supplies to Transnistria as leverage this winter," said Vlad Ursachi, an analyst at a Chisinau think tank.

Economy Minister Eugen Osmochescu could lead a trade mission to Romania and Poland in January to find new buyers for Moldovan fruit, his ministry said.
"""},

"h98en05": {"outlet": "Djoliba Wire (Bamako)", "published": "2026-10-27", "text": """Sahel juntas to set up their own criminal court after leaving the ICC

BAMAKO, Oct 27 (Djoliba Wire) - Justice ministers from Mali, Burkina Faso and Niger will meet in Niamey on Friday to adopt the statute of a Sahelian Criminal and Human Rights Court, Mali's Justice Minister Mamoudou Kassogue said on Monday.

The three military-led states, grouped in the Alliance of Sahel States (AES), announced on September 22, 2025 that they were leaving the International Criminal Court.

The statute is expected to be signed by the three heads of state, Assimi Goita, Ibrahim Traore and Abdourahamane Tiani, at the AES summit in Bamako in December, officials in Bamako said. The court will sit in Bamako, but its first judges are not expected to take office before June 2027, Kassogue said.

The ICC's Office of the Prosecutor said its investigation into crimes committed in Mali since 2012 would continue, since it covers events before the withdrawal.

Amnesty International said the new court could be used to prosecute opponents and journalists.

Read more: Mali's gold output falls for a second year

Prime Minister Abdoulaye Maiga has said Mali will not hold a presidential election before 2030.

EU diplomats said the bloc is expected to renew its Mali sanctions framework in December. Tiani is expected to visit Moscow in November for talks on security and nuclear energy, a Nigerien official said.

Analysts say the jihadist group JNIM could step up attacks around Bamako in November, when the harvest ends. "The juntas want a court they control, but they cannot yet protect the roads to their own capitals," said Oumou Dembele, a law lecturer in Bamako.

The ECOWAS Commission has invited the three states to talks in Abuja next month on the free movement of people, but Bamako has not said whether it will attend.
"""},
}
