"""English texts of heldout136, written for this project in one sitting. Invented or generic facts."""

EN = {
"h136en01": {"outlet": "Tergi Wire (Stepantsminda)", "published": "2026-09-15", "text": """Will Georgia's new mountain tunnel pull it closer to Moscow or Beijing?

STEPANTSMINDA, Sept 15 (Tergi Wire) - Georgia will open the Kvesheti-Kobi road and its nine-kilometre tunnel to traffic on October 3, Regional Development Minister Nodar Kipiani said on Monday, ending winter closures on the only road to Russia.

The 23-kilometre route, built by a Chinese state contractor with Asian Development Bank loans, bypasses the avalanche-prone Jvari Pass. The road will be toll-free at least until the end of 2027, Kipiani said.

Prime Minister Irakli Kobakhidze is expected to attend the opening with Chinese Vice Premier Zhang Guoqing, two government officials said. The two sides are likely to sign a memorandum on Chinese financing for a second tunnel under the Rikoti Pass during the visit, one of the officials added.

Read more: Georgian lari slips as remittances from Russia fall

Georgia's special envoy for Russia, Zurab Abashidze, will meet Grigory Karasin, a Russian senator who handles the Prague channel, in the Czech capital in early October, the foreign ministry said. Tbilisi and Moscow have had no diplomatic relations since the 2008 war.

Kobakhidze said on Saturday that Georgia "will not join" Western sanctions on Russia. The European Union could add more Georgian Dream officials to its sanctions list when its foreign ministers meet in Luxembourg on October 19, EU diplomats said.

The opposition United National Movement (UNM) plans a protest at the tunnel entrance on the opening day, a party spokesman said. Russian border guards moved fences 300 metres deeper near the village of Odzisi on Sunday, the EU Monitoring Mission (EUMM) said.

The governing party, which faces a parliamentary election in October 2028, has made the road a campaign symbol. Analysts say the tunnel could raise Russia-bound freight by a quarter in 2027. Nino Lomidze, a transport economist at Tbilisi State University, expects lorry traffic at Upper Lars to pass 2,000 a day by the end of 2027.
"""},
"h136en02": {"outlet": "Masacre Wire (Dajabon)", "published": "2025-12-10", "text": """Dominican Republic to reopen Dajabon market as canal talks loom

DAJABON, Dec 10 (Masacre Wire) - The Dominican Republic will reopen the binational market in Dajabon to Haitian vendors on Monday, December 15, Foreign Minister Roberto Alvarez said on Tuesday, six weeks after it was shut following a shooting near the border bridge.

The twice-weekly market is the main source of food for Ouanaminthe, across the Massacre River.

Alvarez added that the border "will remain closed" to Haitians without documents.

Defence Minister Carlos Antonio Fernandez Onofre said about 1,500 more soldiers would be deployed along the northern border from December 15 until the end of January.

A joint technical commission on the canal that Haitian farmers dug from the Massacre River in 2023 is expected to meet in Santo Domingo next week, Haiti's foreign ministry said in a statement. The two governments hope to sign a water-sharing protocol under the 1929 border treaty before the end of March, a Dominican official said.

Alvarez will travel to Port-au-Prince in the second half of January to hold talks with his Haitian counterpart, Jean-Victor Harvel Jean-Baptiste, his ministry said.

Read more: Dominican central bank holds rate, sees growth picking up in 2026

President Luis Abinader said on Monday that deportations of undocumented Haitians "will continue" at the current pace. More than 300,000 people have been sent back across the border this year, according to the migration directorate.

The Organization of American States (OAS) may send Secretary General Albert Ramdin to Dajabon next month, diplomats said. Haiti's transitional authorities plan to hold the first round of a general election on August 30, 2026.

Analysts say the reopening could ease food prices in Ouanaminthe within weeks but may not survive another border incident. "Both governments need this market more than they admit," said Rosa Almonte, an economist at a think tank in Santiago de los Caballeros.
"""},
"h136en03": {"outlet": "Petrzalka Wire (Bratislava)", "published": "2027-05-25", "text": """Slovakia sets September 25 election as investment minister quits to run

BRATISLAVA, May 25 (Petrzalka Wire) - Slovakia will hold its next parliamentary election on Saturday, September 25, Speaker Richard Rasi announced on Monday, opening a campaign in which polls show Prime Minister Robert Fico's Smer trailing the liberal opposition.

Parties must submit their candidate lists by June 27, and the official campaign starts on July 2.

Investment Minister Pavol Hrdlicka, a Smer deputy chairman, will resign at the end of May to lead the party's list in the Kosice region, a party spokesman said. Fico is expected to name his successor within ten days, according to two coalition sources.

Progressive Slovakia (PS), which has led every poll since January, said on Sunday it "will not govern" with Smer under any circumstances. Its leader, Michal Simecka, and the head of Freedom and Solidarity (SaS), Branislav Groehling, are due to sign a cooperation memorandum in Bratislava on Thursday.

Read more: Slovak inflation eases to 3.1% in April as energy subsidies end

Fico will attend the European Council in Brussels on June 24-25, his office said. EU diplomats say he could again hold up a new package of Russia sanctions there unless Slovakia secures guarantees on gas prices.

The Slovak National Party (SNS) has not decided whether to run alone or on a joint list with Republika, its chairman Andrej Danko told reporters. Smer won the 2023 election with 23% of the vote and formed a coalition with Hlas and the SNS.

The OSCE's Office for Democratic Institutions and Human Rights (ODIHR) plans to send a needs-assessment mission to Bratislava in mid-June, the office said.

Analysts say no party is likely to win a majority on its own, and coalition talks could drag on into November. "The real contest starts the morning after the vote," said Zuzana Hlinkova, a political scientist at Comenius University in Bratislava.
"""},
"h136en04": {"outlet": "Ngor Wire (Dakar)", "published": "2026-10-06", "text": """Can Dakar keep its Youth Olympics safe and on budget?

DAKAR, Oct 6 (Ngor Wire) - Senegal will deploy about 12,000 police officers, gendarmes and soldiers for the Youth Olympic Games, which open on October 31, Interior Minister Pape Alassane Ndour told parliament on Monday. The Games, the first Olympic event held in Africa, run until November 13.

International Olympic Committee (IOC) President Kirsty Coventry will arrive in Dakar on October 28 and hold talks with President Bassirou Diomaye Faye the next day, the IOC said in a statement.

Faye will host an African leaders' summit on youth employment on November 1, his office said. About 15 heads of state are expected to attend. Moroccan King Mohammed VI is not expected to travel to Dakar, a palace source said.

Senegal and Morocco will sign a security cooperation agreement for the Games in Rabat on Thursday, Senegal's foreign ministry said. The country is hosting its first major event without French forces, which handed over their last bases in July 2025.

Read more: Senegal's cashew exports hit a record as Indian demand rises

In the southern Casamance region, the MFDC faction of Cesar Atoute Badiate would respect the 2023 ceasefire "for the whole of the Games", a mediator said. The army said it would step up patrols along the Gambian border during the Games.

The SAEMSS teachers' union said it would strike from November 2 unless the government paid allowances owed since March. Parliament is expected to vote on a supplementary budget covering the extra security costs before the end of October, a finance ministry official said.

Analysts say the security bill could complicate Senegal's talks with the International Monetary Fund, which are due to resume in Washington later this month. "The Games are a test of whether the state can spend and still keep its promises," said Awa Diouf Mbengue, a public finance researcher at Cheikh Anta Diop University.
"""},
"h136en05": {"outlet": "Bankerohan Wire (Davao City)", "published": "2026-02-24", "text": """Will Duterte finally face a confirmation hearing in The Hague?

DAVAO CITY, Feb 24 (Bankerohan Wire) - The International Criminal Court's Pre-Trial Chamber I will rule on March 6 on whether former Philippine President Rodrigo Duterte is fit to stand trial, the court said in a scheduling order on Monday.

If the judges find him fit, the confirmation of charges hearing is expected to open in the week of March 23, the order said.

Duterte, 80, has been held at the ICC detention centre in Scheveningen since March 2025, when he was arrested in Manila on a warrant for crimes against humanity linked to his anti-drug campaign. The appeals chamber rejected his request for interim release in November.

His lead counsel, Nicholas Kaufman, said the defence would appeal any finding that Duterte is fit, calling the medical panel's work "rushed".

Vice President Sara Duterte will fly to The Hague next week to visit her father, her office said. Philippine consular officials will also see him on Thursday, the embassy in The Hague said.

Read more: Philippine peso firms as remittances hit a January record

President Ferdinand Marcos Jr. said on Friday that the Philippines "will not rejoin" the court during his term. Senate President Vicente Sotto III said the chamber is due to debate on Wednesday a resolution urging the government to seek Duterte's release on humanitarian grounds.

Supporters plan a prayer rally in Davao City on the day of the ruling, organisers said.

Sara Duterte, who is widely expected to run in the presidential election in May 2028, has called the case "political persecution".

Analysts say a ruling that he is unfit could end the case in all but name and boost his daughter's prospects in 2028. "Either way, March decides the tone of the next campaign," said Ramon Villaraza, a political scientist at the University of the Philippines Mindanao.
"""},
}
