"""English texts of heldout91, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h91en01": {"outlet": "Polana Wire (Maputo)", "published": "2026-04-17", "text": """Mozambique opens talks on new IMF programme as unrest bill mounts

MAPUTO, April 17 (Polana Wire) - An International Monetary Fund mission will arrive in Maputo on Monday to begin talks on a new lending programme for Mozambique, Finance Minister Carla Louveira told parliament on Thursday.

The talks are expected to last two weeks, and the government hopes to reach a staff-level agreement by the end of May, she said.

Mozambique's previous three-year arrangement with the Fund lapsed in April 2025, months after post-election protests in which more than 300 people died and shops, warehouses and border posts were looted.

Opposition leader Venancio Mondlane, whose Anamola party was registered in January, said his supporters would march in Maputo on Saturday against fuel price rises. His party "will not accept an IMF deal written behind closed doors", he added.

Central bank governor Rogerio Zandamela is expected to step down in June, a year before his term ends, two people familiar with the matter said.

The United States could impose visa restrictions on police commanders linked to last year's crackdown on protesters, two Western diplomats said.

Read more: Mozambique's metical steady as central bank holds rates

Rwandan troops will stay in Cabo Delgado province at least until the end of the year, the defence ministry said in a statement.

President Daniel Chapo will attend an extraordinary SADC summit in Harare on April 30 on regional food security, his office said. He is also expected to meet Portuguese Prime Minister Luis Montenegro in Lisbon in the second half of May to sign a debt-for-climate swap, Portuguese officials said.

Advisers to holders of Mozambique's 2031 Eurobond expect restructuring talks to begin only after an IMF deal, possibly in the third quarter, according to a creditor source.

Analysts say parliament could be asked to approve a supplementary budget by July to cover reconstruction costs and higher security spending in the north.
"""},

"h91en02": {"outlet": "Moei River Wire (Mae Sot)", "published": "2026-09-22", "text": """Thailand keeps Myawaddy power cut as border committee meets on scam hubs

MAE SOT, Sept 22 (Moei River Wire) - Thai and Myanmar army officers will meet in Mae Sot on Thursday for a Township Border Committee session on scam compounds around Myawaddy, the Royal Thai Army's Naresuan Task Force said on Monday.

Thailand will keep electricity, fuel and internet supplies to the Myanmar border town cut at least until the end of October, Defence Minister Natthaphon Narkphanit told reporters in Bangkok. "We will not switch anything back on while the compounds are still operating," he said.

Thailand first cut power to five Myanmar border areas in February 2025.

The second Thai-Myanmar Friendship Bridge, closed to trucks since July, is expected to reopen in the first week of October, customs officials said.

The Karen Border Guard Force, which controls much of the riverbank, denies running the compounds. Britain could add three more of its commanders to its sanctions list, a diplomat in Bangkok said.

Read more: Thai baht firms as tourism arrivals recover

Voting in Myawaddy township, cancelled during Myanmar's general election, will be held on November 8, the Union Election Commission said in Naypyitaw.

A local truce between Myanmar's army and the Karen National Liberation Army around the town expires at the end of September and may be extended, according to a Karen official.

Prime Minister Anutin Charnvirakul plans to visit Naypyitaw next month for talks with Myanmar's leadership, his office said. He is also expected to raise the scam hubs at the ASEAN summit in Manila in late October.

China, Thailand and Myanmar aim to sign a trilateral agreement on repatriating foreign scam workers by the end of the year, the Thai foreign ministry said.

The army will send 300 more rangers to the Moei river from Monday, the task force said.
"""},

"h91en03": {"outlet": "Pampa Wire (Buenos Aires)", "published": "2026-05-19", "text": """Will Argentina scrap its primaries? Deputies take up Milei's PASO bill

BUENOS AIRES, May 19 (Pampa Wire) - Argentina's Chamber of Deputies will debate a government bill to abolish the open primaries known as PASO on Wednesday, Interior Minister Diego Santilli said on Monday.

The government expects the bill to pass the lower house comfortably and wants a Senate vote before the end of June, Santilli told a radio station.

Congress suspended the primaries for the 2025 midterm elections in February 2025, and President Javier Milei's La Libertad Avanza (LLA) has argued since then that they waste public money. The primaries, introduced in 2009, oblige parties to choose their candidates in a single open vote.

German Martinez, who leads the Peronist Union for the Homeland bloc, said his deputies would vote against the bill unless it kept public financing for campaigns.

Santilli will meet provincial governors in Buenos Aires on Thursday to seek their senators' support, his ministry said.

Read more: Argentine inflation slows to 1.9% in April

An International Monetary Fund team is due in Buenos Aires in the second half of June for the next review of the $20 billion programme. Approval could unlock a disbursement of about $1 billion, economists said.

Economy Minister Luis Caputo said on Monday the government would not change its exchange-rate band "this year or next".

Milei will travel to Washington in early July, where he is expected to meet President Donald Trump, a presidential spokesman said.

The trip means Milei is likely to skip the Mercosur summit in Asuncion on July 3, sources in the foreign ministry said.

The navy will join the U.S.-led UNITAS exercise off Brazil in September, the defence ministry said.

Analysts say cabinet chief Manuel Adorni could resign later this year to run for mayor of Buenos Aires in 2027.
"""},

"h91en04": {"outlet": "Tatra Wire (Bratislava)", "published": "2027-02-09", "text": """Slovakia braces for EU legal action over constitution as Fico faces no-confidence bid

BRATISLAVA, Feb 9 (Tatra Wire) - The European Commission is expected to open infringement proceedings against Slovakia over its constitutional amendment on national sovereignty in its next infringement package on February 18, two EU officials said.

Slovakia's parliament passed the amendment in September 2025, declaring that the country keeps sovereignty over "cultural and ethical issues". Brussels says the text conflicts with the primacy of EU law.

Justice Minister Boris Susko said on Monday that Bratislava would reply to the Commission by mid-April but "will not change a word of the constitution".

The opposition Progressive Slovakia (PS) has collected signatures for a no-confidence motion against Prime Minister Robert Fico's government, and a vote could take place as early as next week, PS leader Michal Simecka said.

Fico, whose coalition holds 78 of the 150 seats, said he would not resign and called the motion "theatre".

Read more: Slovak economy grew 1.1% in 2026, statistics office says

Fico will travel to Prague on Friday for talks with Czech Prime Minister Andrej Babis on gas supplies, his office said.

EU foreign ministers meet on February 22 to discuss a 21st package of sanctions on Russia, which Slovakia could delay unless it wins an exemption for Russian nuclear fuel, diplomats said.

Fico will attend the European Council in Brussels on March 18-19.

Culture Minister Martina Simkovicova may resign before a cabinet reshuffle planned for March, coalition sources said. Her handling of the national theatre and gallery has drawn protests for two years.

Slovak troops will take part in a NATO exercise in Hungary in May, the defence ministry said.

Analysts say an early election in September cannot be ruled out if the coalition splits over the budget or over Fico's foreign policy.
"""},

"h91en05": {"outlet": "Bolan Wire (Quetta)", "published": "2027-08-12", "text": """Pakistan to reopen Taftan crossing with Iran as border commission prepares to meet

QUETTA, Aug 12 (Bolan Wire) - Pakistan will reopen the Taftan border crossing with Iran to trade from Monday, two weeks after it was shut following an attack on a pilgrims' bus, Balochistan's home department said on Wednesday.

Gunmen attacked the bus near Dalbandin on July 28, killing 11 people. No group has claimed responsibility. Taftan handles most of Pakistan's official trade with Iran, worth about $2.8 billion last year, and thousands of pilgrims cross there every month.

Pedestrian traffic, including pilgrims travelling to Iraq for Arbaeen, will resume only after "security arrangements are complete", the department said.

The Pakistan-Iran Joint Border Commission will meet in Zahedan on August 24-25 to agree on joint patrols, Pakistan's Foreign Office said.

Iranian Foreign Minister Abbas Araghchi is expected in Islamabad next week for talks with Deputy Prime Minister Ishaq Dar, diplomatic sources said.

Iran's ambassador, Reza Amiri Moghadam, said on Tuesday that Tehran "will not allow its soil to be used against Pakistan".

Read more: Pakistan's rupee steady ahead of central bank meeting

A barter trade arrangement will take effect on September 1, allowing traders in Balochistan to exchange rice and fruit for Iranian fuel and liquefied petroleum gas, the commerce ministry said.

On the long-delayed Iran-Pakistan gas pipeline, officials said Islamabad would seek another extension of the deadline to build its section, but Washington was unlikely to grant a sanctions waiver.

Analysts say Tehran could take the pipeline dispute to international arbitration before the end of the year.

Pakistan's Election Commission said local council by-elections in Chagai district, postponed after the attack, would be held on October 10.

The Frontier Corps will deploy two more wings along the border from September, the military's media wing said.
"""},
}
