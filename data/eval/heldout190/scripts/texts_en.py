"""English texts of heldout190, written for this project in one sitting. Invented or generic facts."""

EN = {
"h190en01": {"outlet": "Tocoa Wire (Tocoa)", "published": "2026-08-27", "text": """Can a truce hold in Honduras' Bajo Aguan until the land titles arrive?

TOCOA, Aug 27 (Tocoa Wire) - Peasant cooperatives and the private guards of a palm oil company in Honduras' Bajo Aguan valley will observe a 60-day truce from Saturday, the Security Secretariat said in a statement on Wednesday, after three people were killed in clashes near Tocoa last week.

The army's Xatruch task force will send 300 more soldiers to the valley within seven days, a Defence Secretariat spokesman said.

Under the deal, the National Agrarian Institute (INA) is expected to hand titles for about 2,000 hectares to five cooperatives in mid-October. INA director Marvin Euceda said the institute "will not reopen" claims settled under an agreement that the government of former President Xiomara Castro signed with the cooperatives in February 2024.

A verification commission of officials, cooperative leaders and company representatives will hold its first meeting in Tocoa on Monday.

The company, Palmas del Aguan, said it would respect the truce but has not decided whether to pull its guards off the disputed farms.

Read more: Honduras central bank holds policy rate as remittances climb

U.S. officials are weighing visa restrictions on people linked to the killings, two people familiar with the discussions said. The U.N. human rights office in Honduras plans to send a team to the valley next week, its representative in Tegucigalpa said.

President Nasry Asfura is likely to visit Tocoa before the end of September, according to a presidential aide. Colon's lawmakers have asked for a special session on the valley, which the Congress president has not yet scheduled.

Analysts say the truce could collapse before the titles are issued if the two sides cannot agree on what the state will pay for the land. "Every truce in the Aguan has ended in a funeral," said Ramon Barahona, a land researcher at the National Autonomous University of Honduras.
"""},

"h190en02": {"outlet": "Crni Kal Wire (Koper)", "published": "2027-03-15", "text": """Slovenia's second Divaca-Koper track to carry freight from June 1

KOPER, March 15 (Crni Kal Wire) - Freight trains will start running on Slovenia's new Divaca-Koper railway track on June 1, Infrastructure Minister Bostjan Hribar said on Sunday, seven months later than the state company building the line had promised.

The 27-km track, built by 2TDK at a cost of about 1.2 billion euros, was due to open last November but water seeping into one of its tunnels forced repairs.

Slovenian Railways (SZ) will run test trains on the line from mid-April, the company said.

The government will discuss a Court of Audit report on the delays at its session on Thursday, a government spokeswoman said. 2TDK chief executive Pavel Rupnik could step down after that session, two officials said.

Hungary, which dropped a plan to take a stake in 2TDK in 2020, may now buy a share in the line's operating company, the same officials said. A Hungarian delegation is expected in Ljubljana next week for talks.

Read more: Slovenia's inflation eases to 2.1 percent in February

The European Commission could claw back part of a 109 million euro grant if the line is not in service by the end of June, an EU official said.

The U.S. Army has asked to move armoured vehicles for exercises in Hungary through Koper in July, the Defence Ministry said.

Koper residents will vote in a consultative referendum on noise barriers along the old line on April 25, the municipality said. Port operator Luka Koper will not raise its handling tariffs before 2028, its chief executive Matjaz Kosir said.

President Natasa Pirc Musar will present the line at the Three Seas Initiative summit in Vilnius on May 20-21, her office said.

The old track, opened in 1967, is already close to capacity.

Analysts say Koper could lose Hungarian and Austrian cargo to Rijeka and Trieste if the opening slips again.
"""},

"h190en03": {"outlet": "Mpaka Wire (Mpaka)", "published": "2025-10-24", "text": """Will Eswatini's rail link to South Africa finally get its money?

MPAKA, Oct 24 (Mpaka Wire) - Eswatini and South Africa will sign the financing agreement for the 146-km Eswatini Rail Link between Lothair and Sidvokodvo in Mbabane on November 6, Eswatini's Ministry of Public Works and Transport said on Thursday.

South African Transport Minister Barbara Creecy will travel to Mbabane for the signing with Prime Minister Russell Mmiso Dlamini, the ministry said. Eswatini's cabinet approved the kingdom's share of the costs on Tuesday, the government said.

The Development Bank of Southern Africa (DBSA) and the African Development Bank are expected to lend about $700 million between them, two officials involved in the talks said.

The two state railway companies first agreed on the line in 2012, but the project stalled for a decade over costs and land.

Construction of the Eswatini section is due to start in March and take four years, Eswatini Railway chief executive Nomvula Magagula said. Transnet will not start work on the South African side before April 2026, a Transnet spokesman said.

The joint steering committee will meet in Mbombela next Tuesday to settle land compensation along the route.

Read more: Eswatini sugar exports to the EU rise in third quarter

King Mswati III is likely to raise the project at the Southern African Customs Union summit in Windhoek in December, a palace source said.

Eswatini Railway's board chairman could step down before the signing after a dispute over consultancy fees, local media reported.

The line would let coal and chrome trains from Mpumalanga reach Richards Bay without passing through the crowded Ermelo corridor, and would bring more sugar and timber traffic to Eswatini's own lines.

Analysts say the first trains are unlikely before 2030. "The money is the easy part. The land along the route is not," said Lindiwe Shongwe, an economist at the University of Eswatini.
"""},

"h190en04": {"outlet": "Nain Wire (Mandeville)", "published": "2026-05-17", "text": """Can JISCO bring Jamaica's Alpart refinery back to life this year?

MANDEVILLE, May 17 (Nain Wire) - Chinese-owned JISCO Alpart will restart the first of its four digesters at the Nain alumina refinery in St. Elizabeth in the second half of July, Mining Minister Dorrell Whyte told the House of Representatives on Friday.

The refinery has been shut since October 2019, when JISCO began an upgrade that it later abandoned as alumina prices fell.

Whyte said the government would not renew the company's tax waiver, which expires in December.

JISCO is expected to sign a 20-year power supply agreement with the Jamaica Public Service Company (JPS) by the end of June, two people familiar with the talks said.

A JISCO delegation led by its vice-president, Zhao Lei, will arrive in Kingston next week and meet Prime Minister Andrew Holness on Wednesday, the Office of the Prime Minister said.

The Bustamante Industrial Trade Union (BITU) said it would not accept wages below those paid before the shutdown and could call a strike from June 15 if rehiring terms are not agreed.

The National Environment and Planning Agency (NEPA) has not decided whether to renew the refinery's environmental permit, which expires at the end of June. The Jamaica Bauxite Institute will inspect the plant's red mud lake on Tuesday, the institute said.

Read more: Jamaica's tourist arrivals hit a record in April

The opposition People's National Party said it would table a motion next month asking the government to publish the restart agreement.

Residents of Nain have complained for years about red dust blowing from the mud lake onto their homes and crops.

Analysts say full output of 1.65 million tonnes a year is unlikely before 2028. "JISCO has promised this before. The market decides, not the minister," said Marlon Tulloch, an economist at the University of Technology, Jamaica.
"""},

"h190en05": {"outlet": "Tres Cruces Wire (Montevideo)", "published": "2025-10-16", "text": """Uruguay's budget heads to the Senate as unions call a strike

MONTEVIDEO, Oct 16 (Tres Cruces Wire) - Uruguay's Senate budget committee will begin hearings on the government's five-year budget bill on Monday, after the Chamber of Representatives approved it on Tuesday by 50 votes to 49.

The Senate has until November 30 to vote. The ruling Frente Amplio, which holds 16 of its 30 seats, is expected to pass it largely unchanged, party senators said.

Economy Minister Gabriel Oddone said on Wednesday the government would not accept amendments that raise the deficit, and that a new debt anchor in the fiscal rule would take effect in January.

The PIT-CNT union federation will hold a four-hour general strike on October 23 to demand more money for education, its president Marcelo Abdala said. President Yamandu Orsi will receive the federation's leaders on Friday, the presidency said.

Julia Ferrer, a member of the governing council of the public education administration (ANEP), said she could resign if the Senate does not restore 40 million dollars cut from school building plans.

Read more: Uruguay's peso firms as beef exports rise

The opposition National Party has not decided whether to summon Oddone to the Senate to explain the cuts.

An International Monetary Fund mission is due in Montevideo in the second week of November for its annual review, the Fund said.

Orsi is expected to sign the law in early December, a presidency source said.

The bill caps new spending at about 240 million dollars over five years, far less than the unions and several Frente Amplio lawmakers had asked for during the campaign.

Economists say the deficit is unlikely to fall below 3 percent of GDP before 2027. "The budget buys calm with the unions, not with the rating agencies," said Valentina Arbelo, an economist at a Montevideo consultancy.
"""},
}
