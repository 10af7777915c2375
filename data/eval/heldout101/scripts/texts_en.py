"""English texts of heldout101, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h101en01": {"outlet": "Debed Wire (Alaverdi)", "published": "2026-10-06", "text": """First Azerbaijani fuel train to reach Armenia via Georgia next week

ALAVERDI, Oct 6 (Debed Wire) - The first train carrying Azerbaijani petrol to Armenia will cross the Georgian-Armenian border at Sadakhlo next Tuesday, Armenian Economy Minister Gevorg Papoyan said on Monday, calling it "a practical dividend of peace".

Azerbaijan lifted its ban on the transit of cargo to Armenia in October 2025, weeks after the two countries initialled a peace treaty in Washington.

The shipment of about 1,200 tonnes was bought from SOCAR, Azerbaijan's state oil company, by a private Armenian importer.

The two governments are expected to sign a protocol on direct trade when Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev meet in Tbilisi on October 22, two officials familiar with the preparations said. Georgian Railway will waive transit fees for the first three months, Georgia's economy ministry said in a statement.

Border guards of both countries will hold their first joint patrol along the delimited section in Tavush province within two weeks, Armenia's National Security Service said.

Read more: Armenia's central bank holds key rate at 6.75%

Prime Minister Nikol Pashinyan and President Ilham Aliyev may hold talks on the sidelines of a Central Asia-South Caucasus summit in Astana on November 12-13, according to a diplomat in Yerevan. Aliyev's foreign policy adviser, Hikmet Hajiyev, said on Saturday that Baku "will not discuss new confidence measures" until Armenia's constitution is amended.

The European Union's special representative for the South Caucasus, Magdalena Grono, is due to visit Baku and Yerevan next month, the EU delegation said.

The opposition Armenia Alliance said it would campaign against the fuel deal in local elections in 15 communities on December 6.

Analysts say direct trade between the neighbours could reach $150 million in 2027 if the railway through Ijevan and Gazakh reopens. "Fuel is the easy part; rail links are political," said Anahit Sargsyan, an economist at a Yerevan research institute.
"""},

"h101en02": {"outlet": "Bashi Channel Wire (Basco)", "published": "2027-01-19", "text": """Will Manila keep U.S. missiles in Batanes after Balikatan?

BASCO, Jan 19 (Bashi Channel Wire) - U.S. Marines will deploy an anti-ship missile battery to Batan Island in the second half of April for this year's Balikatan exercises, the Armed Forces of the Philippines (AFP) said on Monday, the first such deployment in the northernmost province.

The drills will run from April 20 to May 8 and involve about 16,000 troops, including Japanese and Australian units, AFP spokesperson Colonel Francel Padilla said.

Defense Secretary Gilberto Teodoro said the launchers "could stay after the drills" if both allies agreed, but added that no basing request had been received from Washington.

China's foreign ministry warned that Beijing would "take resolute countermeasures" and might sanction U.S. defence firms supplying the system. Manila has rejected earlier Chinese protests over the Typhon launcher deployed in northern Luzon since April 2024.

Read more: Peso weakens as central bank signals pause

The Senate foreign relations committee will hold a hearing on the deployment on Wednesday, its chairwoman, Senator Corazon Buenaflor, told reporters. Admiral Samuel Paparo, the head of U.S. Indo-Pacific Command, is expected to visit Basco in March to inspect the sites, two Philippine military officials said.

President Ferdinand Marcos Jr. will raise maritime security when ASEAN leaders meet in Singapore in late May, the Presidential Communications Office said. Vice President Sara Duterte, who is widely expected to run in the May 2028 presidential election, has called the deployment "an invitation to war".

Local officials in Basco said fishing boats would be barred from waters near the launch sites during the drills.

Analysts say China's coast guard could step up patrols in the Bashi Channel within days. "Beijing will test how far Manila is willing to go, and Manila will test how far Washington is willing to stay," said Ramon Dizon, a security analyst at a Quezon City think tank.
"""},

"h101en03": {"outlet": "Pergamino Wire (Pergamino)", "published": "2026-07-07", "text": """Argentina's Senate to vote on U.S. trade pact as beef quota looms

PERGAMINO, July 7 (Pergamino Wire) - Argentina's Senate will vote on Thursday on the reciprocal trade and investment agreement signed with the United States in February, Foreign Minister Pablo Quirno said on Monday, and the government expects it to pass with support from provincial parties.

The Chamber of Deputies approved the agreement last week by 141 votes to 97 after a 14-hour session.

Quirno said Washington would raise Argentina's tariff-free beef quota to 80,000 tonnes from August 1, once the Senate ratifies the deal. Economy Minister Luis Caputo told a farm forum on Saturday that "there will be no new export duties on grains this year".

Senators of the Peronist Union for the Homeland bloc said they would ask a federal court to suspend the agreement, arguing that it limits Argentina's ability to regulate medicine prices.

Read more: Argentine inflation slows to 1.6% in June

President Javier Milei is likely to travel to Washington in September to sign an implementing protocol with President Donald Trump, two government officials said. Brazil has not said whether it will raise the pact at the Mercosur summit in Montevideo later this month, where partners fear it breaches the bloc's common external tariff.

Media reports said Agriculture Secretary Tomas Irigoyen could step down after the vote to run for governor of Buenos Aires province, which his office denied.

An International Monetary Fund mission will arrive in Buenos Aires next week for the second review of the country's $20 billion programme, a Fund spokeswoman said.

Analysts say the agreement could become a campaign issue ahead of the October 2027 general election. "Milei needs exports to rise before voters decide," said Lucia Ferreyra, an economist at a Rosario consultancy.
"""},

"h101en04": {"outlet": "Sioni Wire (Tbilisi)", "published": "2027-06-08", "text": """Will Washington sanction Georgian judges under the MEGOBARI Act?

TBILISI, June 8 (Sioni Wire) - The U.S. Treasury could announce sanctions on up to a dozen Georgian judges and security officials under the MEGOBARI Act as early as next week, two congressional aides said, in what would be the broadest U.S. measures against Tbilisi so far.

The act, which requires the administration to review Georgian officials involved in the crackdown on protesters, became law in March after passing both chambers of Congress with large majorities.

Prime Minister Irakli Kobakhidze said on Monday that Georgia "will not bow to blackmail" and that his government would respond with mirror measures against U.S.-funded organisations.

Parliament will hold an extraordinary session on Friday to debate the response, Speaker Shalva Papuashvili said. Its bureau meets later today to set the agenda, he added.

Kobakhidze will travel to Beijing on June 28 for talks with Premier Li Qiang, his office said, the first such visit since the two countries signed a strategic partnership in 2023.

Read more: Georgian lari slips as remittances fall

Foreign Minister Maka Botchorishvili may leave the government in a reshuffle expected next month, according to two sources in the ruling Georgian Dream party.

EU leaders will discuss Georgia at their June 24-25 summit in Brussels, diplomats said, but a decision on suspending the remaining visa-free arrangements is not expected before the autumn.

The pro-Western Coalition for Change said it would boycott the October 2028 parliamentary election unless the Central Election Commission is overhauled by the end of the year.

Analysts say the sanctions could freeze the Anaklia port project, whose operator is still negotiating with Chinese lenders. "Tbilisi is betting that Washington will lose interest," said Nino Kvaratskhelia, a political analyst at a Tbilisi university.
"""},

"h101en05": {"outlet": "Gurara Wire (Abuja)", "published": "2025-08-19", "text": """Nigeria's lawmakers set date for state police vote as governors split

ABUJA, Aug 19 (Gurara Wire) - Nigeria's National Assembly will vote on a constitutional amendment allowing states to set up their own police forces on September 23, Deputy Senate President Barau Jibrin, who chairs the Senate's constitution review committee, said on Monday.

The bill is expected to win the two-thirds majority it needs in both chambers, Jibrin said, after President Bola Tinubu endorsed state policing in a broadcast in June.

At least 24 of the 36 state Houses of Assembly must then approve the change, which officials at the committee expect by the end of the year.

The Nigeria Governors' Forum will meet in Abuja on Wednesday to agree a common position, its chairman, Kwara Governor AbdulRahman AbdulRazaq, said. Several northern governors have not decided whether to back the bill, citing the cost of new forces and fears of abuse by governors.

Read more: Naira steadies after central bank intervention

In Plateau State, farmers' and herders' leaders are expected to sign a peace accord in Jos on Saturday after weeks of clashes that killed more than 60 people, the state government said. The army will send two more battalions to Plateau and Benue within ten days, Defence Headquarters said in a statement.

A British police training team is likely to arrive in Abuja next month to advise on recruitment standards, a diplomat at the British High Commission said. Tinubu is expected to present the plan to West African leaders at an ECOWAS extraordinary summit on security in mid-September, according to a presidency official.

Analysts say the debate could shape alliances before the February 2027 general elections. "Governors want control of guns before they want control of ballots," said Chinedu Okafor, a security researcher in Enugu.
"""},
}
