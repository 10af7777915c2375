"""English texts of heldout88, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h88en01": {"outlet": "Ofin River Wire (Obuasi)", "published": "2025-11-25", "text": """Ghana to send more troops to mining belt as anger grows over poisoned rivers

OBUASI, Nov 25 (Ofin River Wire) - Ghana will deploy 1,200 more soldiers to illegal mining hotspots in the Ashanti, Western and Eastern regions from next Monday, the Ghana Armed Forces said in a statement on Monday.

The troops will focus on the Pra and Ofin river basins, the statement said.

Lands and Natural Resources Minister Emmanuel Armah-Kofi Buah told parliament on Friday that the government "will not declare a state of emergency" in mining areas. He said a bill revoking the regulation that allows mining in forest reserves would be laid before parliament by December 19.

Minority Leader Alexander Afenyo-Markin said the opposition New Patriotic Party (NPP) would table a motion next week demanding Buah's resignation. Two governing party MPs said Buah was unlikely to step down.

The Ghana Gold Board (GoldBod) will stop buying gold from unlicensed small-scale miners from January 1, its chief executive, Sammy Gyamfi, said. GoldBod expects to sign a gold supply agreement with a Gulf refinery in the first quarter of next year, he added.

Chinese Ambassador Tong Defa is due to meet Buah in Accra on Thursday to discuss the arrest of 33 Chinese nationals at a site near Dunkwa last week, the ministry said.

Read more: Ghana cedi steadies as central bank holds rate at 21.5%

The U.S. Treasury could add a Ghana-based gold trading network to its sanctions list, according to a person familiar with the matter.

President John Mahama is expected to push for a regional task force on illegal mining at the ECOWAS summit in Abuja on December 14, his spokesman Felix Kwakye Ofosu said.

Analysts say the crackdown could cut gold output by a tenth next year. "Soldiers can clear a river for a month, but without licences and buyers the miners come back," said Kwabena Owusu-Ansah, a mining policy researcher in Kumasi.
"""},

"h88en02": {"outlet": "Saint-Marc Wire (Saint-Marc)", "published": "2026-07-14", "text": """Haiti force readies push to reopen northern highway as gangs float truce

SAINT-MARC, Haiti, July 14 (Saint-Marc Wire) - The Gang Suppression Force and the Haitian National Police will launch an operation within days to reopen National Road 1 between Port-au-Prince and Saint-Marc, the force's spokesman, Lieutenant Colonel Idrissa Kone, said on Monday.

It would be the force's first major operation outside the capital since it reached 3,000 personnel in June, Kone said.

Prime Minister Alix Didier Fils-Aime said on Sunday his government "will not negotiate" with the Viv Ansanm gang coalition, which offered a truce last week. But two church leaders involved in informal contacts said a short humanitarian truce in the Artibonite could still be agreed before the end of August.

The U.S. State Department could designate two more Haitian gang leaders under its sanctions programme as early as next week, a U.S. official said.

The U.N. Security Council is due to discuss the Secretary-General's report on the force on July 22.

Fils-Aime is expected to name a new director general of the national police by the end of the month, two government sources said.

Dominican President Luis Abinader will host Fils-Aime in Santo Domingo in the second week of August, and the two are expected to sign a customs cooperation agreement for the Dajabon and Elias Pina crossings, Abinader's office said.

Read more: Haiti's fuel importers warn of shortages as port fees rise

The Provisional Electoral Council said in a statement last week that a first round of elections could not be held before early 2027, because the voter register has not been updated in the Centre and Artibonite departments.

Analysts say gangs pushed out of the highway corridor could move into the Central Plateau. "Clearing a road is the easy part; holding it with a police force this thin is another matter," said Mireille Joseph, a security researcher at a Port-au-Prince university.
"""},

"h88en03": {"outlet": "Santa Lucia Wire (Santiago)", "published": "2026-08-26", "text": """Chile's Kast to send Congress a $6 billion austerity budget

SANTIAGO, Aug 26 (Santa Lucia Wire) - Chile's government will present its 2027 budget bill to Congress on September 30 with spending cuts of about $6 billion, Finance Minister Jorge Quiroz said on Tuesday.

The cuts "will not touch pensions or the universal guaranteed pension," Quiroz told a business forum in Santiago.

Congress's joint budget committee will begin hearings in the first week of October, and the bill is expected to clear both chambers before the end of November, the Budget Office said in a statement.

Socialist Party president Paulina Vodanovic said her party would present an alternative budget next week. The national public employees' association ANEF could call a national strike in October if the government freezes hiring, its president, Jose Perez Debelli, said.

Quiroz will travel to New York next week to meet investors, the Finance Ministry said.

President Jose Antonio Kast will attend the APEC leaders' meeting in Shenzhen, China, in November, his office said. He is likely to meet Chinese President Xi Jinping there, although no meeting has been confirmed.

Chile and India could sign their comprehensive economic partnership agreement during an expected visit by Indian Commerce Minister Piyush Goyal in October, two Foreign Ministry officials said.

Read more: Chile's peso firms as copper climbs above $10,000

Codelco chairman Maximo Pacheco is expected to step down before the end of the year as the government prepares a new board for the state copper company, according to three people familiar with the matter.

The government has 76 of 155 seats in the Chamber of Deputies and lacks a majority in the Senate.

Analysts say the government may have to scale back the cuts in the Senate. "The numbers are ambitious, and every senator has a hospital or a road in his region to defend," said Ignacio Fuenzalida, an economist at a Santiago consultancy.
"""},

"h88en04": {"outlet": "Vorotan Wire (Goris)", "published": "2028-04-18", "text": """Armenia and Azerbaijan to sign peace treaty in Washington next month

GORIS, Armenia, April 18 (Vorotan Wire) - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev will sign their peace treaty at the White House on May 15, the White House said on Monday. President Donald Trump will then host the two leaders for a trilateral summit, it said.

Armenian voters approved a new constitution in a referendum on March 26, removing the preamble reference that Baku called a territorial claim.

Foreign Minister Ararat Mirzoyan said the National Assembly would ratify the treaty within 60 days of signing. Hikmet Hajiyev, Aliyev's foreign policy adviser, said Azerbaijan's Milli Majlis was likely to ratify it before its summer recess.

The two defence ministries said in a joint statement that there had been no ceasefire violations along the border since January. A joint monitoring mechanism will begin work in June, and Azerbaijan will pull heavy weapons back 10 km from the border by the end of June, the statement said.

U.S. lawmakers could vote to repeal Section 907 of the Freedom Support Act, which restricts aid to Azerbaijan, before the end of July, two congressional aides said.

Construction of the Armenian section of the Trump Route for International Peace and Prosperity (TRIPP) is expected to start in the second half of the year.

Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow "will not accept" transit arrangements that sideline the Russian-run South Caucasus Railway.

Turkish Foreign Minister Hakan Fidan is expected in Yerevan next week to discuss the reopening of the Armenian-Turkish border, Armenia's foreign ministry said.

Read more: Armenian dram hits two-year high on treaty hopes

Analysts in Yerevan say Turkey could open the land border for foreigners before the end of the year. "Ankara promised Baku it would wait for the treaty. Now it has no excuse left," said Narek Sargsyan, a political scientist at Yerevan State University.
"""},

"h88en05": {"outlet": "Cocle Wire (Penonome)", "published": "2026-05-05", "text": """Will Panama reopen its giant copper mine? Mulino to give his answer on Monday

PENONOME, Panama, May 5 (Cocle Wire) - President Jose Raul Mulino will announce on Monday whether First Quantum Minerals may restart the shuttered Cobre Panama copper mine, after receiving the final report of an international audit, Commerce and Industry Minister Julio Molto said on Monday.

Molto said the government would not sign any new contract unless the National Assembly approved it first. "There will be no decree and no shortcut," he said.

The Supreme Court declared the previous contract unconstitutional in November 2023, and the open-pit mine has been in care and maintenance since.

First Quantum chief executive Tristan Pascall said in a statement that the company expected to sign a framework agreement with the government within 90 days of a positive decision, and would suspend its arbitration claims once talks began.

Environment Minister Juan Carlos Navarro will present the audit's environmental findings to the National Assembly's commerce committee on May 19, his ministry said.

Environmental groups and the teachers' union Asoprof said they would march in Panama City on the day of the announcement if the government opts to reopen the mine.

Mulino is expected to travel to Ottawa in the second week of June for talks with Canadian Prime Minister Mark Carney, a Panamanian diplomat said. U.S. Deputy Secretary of State Christopher Landau could also visit Panama later this month, according to two officials.

Read more: Panama Canal traffic recovers as Gatun Lake levels rise

The mine produced about 1.5% of the world's copper before it closed.

Analysts say exports could resume no earlier than the second half of 2027, even if the government gives its approval next week. "Restarting a plant that has been idle for more than two years is not like turning on a tap," said Ricardo Batista, an economist at a Panama City bank.
"""},
}
