"""English texts of heldout44, written for this project in one sitting. Invented or generic facts."""

EN = {
"h44en01": {"outlet": "Urubamba Wire", "published": "2026-01-20", "text": """Peru's Congress to vote on admitting vacancy motion against Jeri

LIMA, Jan 20 (Urubamba Wire) - Peru's Congress will vote on Thursday on whether to admit a motion to remove interim President Jose Jeri for "permanent moral incapacity", Congress President Fernando Rospigliosi said on Monday, less than three months before the April 12 general election.

The motion, filed last week by 28 lawmakers, cites meetings Jeri held with a state contractor in December outside the official visitors' log.

Admission requires 40% of eligible lawmakers and is widely expected to pass, two congressional officials said. Removal itself, which needs 87 of 130 votes, is unlikely, they added.

If the motion is admitted, Jeri would have to answer the charges before the full chamber as early as next week.

Jeri, who took office in October after Congress removed Dina Boluarte, told reporters he would not resign. "I will hand over power on July 28 to whoever the people elect," he said.

Popular Force, the largest bloc, has not decided whether to back the motion and will announce its position on Wednesday after a caucus meeting, its spokesman Hernando Guerra Garcia said.

Prime Minister Ernesto Alvarez is due to present the government's security plan to Congress next week, his office said.

Read more: Peru's central bank holds benchmark rate at 4.25%

The National Jury of Elections (JNE) said ballots would be printed from February 10 regardless of the outcome. Analysts say the turmoil could depress turnout in April.

Jeri is also scheduled to travel to Santiago on February 5 for talks with Chilean President Gabriel Boric on migration, the foreign ministry said.

A Sondeos Andinos poll published on Sunday showed 61% of respondents favoured Jeri's removal. Lucia Carranza, a political scientist at the Pontifical Catholic University of Peru, said most blocs preferred "a weak president to a new succession crisis", adding that the motion could be shelved after Thursday's vote.
"""},

"h44en02": {"outlet": "Pra River Wire", "published": "2026-08-24", "text": """Ghana's COCOBOD turns to local banks to finance 2026/27 cocoa purchases

ACCRA, Aug 24 (Pra River Wire) - Ghana's cocoa regulator COCOBOD will sign a $600 million financing facility with a group of local banks next week to fund bean purchases for the 2026/27 season, chief executive Randy Abbey said on Sunday, replacing the offshore syndicated loan it used for three decades.

Purchases under the new model will begin when the main crop season opens in early October, Abbey said.

COCOBOD failed to raise its usual syndicated loan in September 2024 and had to pre-finance purchases through licensed buying companies.

Finance Minister Cassiel Ato Forson is expected to brief Parliament's finance committee on a government guarantee for the facility when lawmakers return from recess on September 15, finance ministry officials said. Minority Leader Alexander Afenyo-Markin said the opposition would vote against the guarantee unless its full terms were disclosed.

The Ghana Gold Board (GoldBod) expects to sign a gold-for-reserves agreement with the Bank of Ghana before the end of September, its chief executive Sammy Gyamfi said. Gyamfi said GoldBod would not return export licences to foreign aggregators.

President John Mahama will travel to Abu Dhabi in mid-September for talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan, the presidency said. Officials said a gold-refining partnership could be signed during the visit.

Read more: Ghana's inflation slows for seventh straight month

The Bank of Ghana is expected to keep its policy rate at 21.5% on September 22, according to a Pra River Wire poll of six economists.

The Ghana Armed Forces will deploy additional troops to illegal mining sites in the Ashanti and Western regions from September 1, the defence ministry said.

Efua Mensah-Bonsu, an analyst at an Accra brokerage, said the local facility could squeeze bank lending to other sectors. "COCOBOD may still need a top-up from traders before the mid-crop," she said.
"""},

"h44en03": {"outlet": "Skagerrak Wire", "published": "2025-06-03", "text": """Norway's Storting to vote on EU energy directives that split the coalition

OSLO, June 3 (Skagerrak Wire) - Norway's parliament will vote on June 12 on incorporating three EU energy directives into the European Economic Area agreement, the Storting's energy and environment committee said on Monday.

The package split the government earlier this year, when the Centre Party quit Prime Minister Jonas Gahr Store's coalition on January 30 rather than accept it.

The minority Labour government is expected to secure a majority with the Conservatives and the Liberals, two Labour lawmakers said. Progress Party leader Sylvi Listhaug said her party would vote against, as will the Centre Party and the Socialist Left.

Energy Minister Terje Aasland told reporters the directives would not give Brussels "any say over Norwegian power prices or our waterfalls".

Centre Party leader Trygve Slagsvold Vedum said his party would campaign against the package ahead of the September 8 general election and could demand a reversal as a condition for joining any future government.

Read more: Norway's wealth fund posts first-quarter loss on tech sell-off

If the Storting approves the directives, the EEA Joint Committee is expected to adopt them at its meeting in Brussels on July 4, an EU diplomat said.

A Fjordmaling poll published on Saturday put Labour on 26.1% and Progress on 23.4%, suggesting Labour could remain the largest party in September.

Store will travel to Brussels on June 17 for talks with European Commission President Ursula von der Leyen on energy and defence cooperation, his office said.

Separately, the defence ministry said 150 Norwegian soldiers would take part in a NATO exercise in northern Finland in the second half of June.

Analysts say a no-confidence motion against Store before the summer recess is unlikely, since Progress and the Conservatives have both said they would not topple a government five months before an election.
"""},

"h44en04": {"outlet": "Marsaxlokk Wire", "published": "2026-10-27", "text": """Malta's Abela calls snap election for December 5

VALLETTA, Oct 27 (Marsaxlokk Wire) - Maltese voters will go to the polls on Saturday, December 5, after Prime Minister Robert Abela asked President Myriam Spiteri Debono on Monday to dissolve parliament more than a year before the end of its term.

The president is expected to sign the dissolution decree on Wednesday, her office said.

Abela told supporters he wanted "a fresh and clear mandate" for the next five years. The 2027 budget, presented by Finance Minister Clyde Caruana last week, will now go to the new parliament in January, the finance ministry said.

Opposition leader Alex Borg, whose Nationalist Party trails Labour in most polls, said the PN was "ready to govern" and would publish its manifesto next week.

The Electoral Commission said nominations would close on November 9 and that voting documents would be distributed from November 16.

A Misrah Research poll published on Sunday gave Labour 51.3% and the PN 43.8%. Roberta Mifsud, a political scientist at the University of Malta, said Labour was "likely to win a fourth term, but with a smaller majority", and that turnout could fall below 80% for the first time.

Read more: Malta's tourist arrivals hit record in September

Abela has cancelled a visit to Tripoli planned for next week, where he was due to sign a migration memorandum with Libyan Prime Minister Abdul Hamid Dbeibah, government sources said. The trip could be rescheduled after the election.

Caruana said energy subsidies "will remain untouched whatever the result".

Abela will open Labour's campaign with a mass meeting in Birgu on Sunday, party officials said. The PN is expected to hold its first rally in Mosta on the same day.

Several ministers, including Transport Minister Chris Bonett, could stand down from the cabinet before the vote to focus on their districts, a Labour official said.
"""},

"h44en05": {"outlet": "Incomati Wire", "published": "2027-06-15", "text": """Mozambique dialogue commission to hand reform proposals to Chapo on June 25

MAPUTO, June 15 (Incomati Wire) - The commission running Mozambique's inclusive national dialogue will deliver its constitutional reform proposals to President Daniel Chapo on June 25, its chair Benedita Cossa said on Monday, more than two years after post-election protests left over 300 people dead.

The proposals, which include direct election of provincial governors and a reformed electoral commission, are expected to reach the Assembly of the Republic in the second half of July, Cossa said.

Speaker Margarida Talapa said parliament would hold an extraordinary session to debate them before the end of August.

Opposition leader Venancio Mondlane said his Anamola party would boycott the debate unless the reforms also created an independent electoral court.

Chapo and Mondlane last met in Maputo in March 2025, when they agreed to work towards ending the unrest. A second meeting before the proposals go to parliament is possible, a source in the presidency said.

Frelimo's Central Committee will meet on July 2-3 to set the ruling party's position, a party spokesman said.

Read more: Mozambique's metical holds steady as central bank cuts rate

In Cabo Delgado, Defence Minister Cristovao Chume said the army would launch a new offensive against Islamic State-linked insurgents in Macomia district "within weeks", supported by Rwandan troops.

Rwanda's deployment was extended in January until the end of 2028. European Union foreign ministers are expected to approve a further 20 million euros for the Rwandan mission when they meet in Luxembourg on June 21, an EU diplomat said.

Chapo will attend the Southern African Development Community summit in August, the presidency said. Washington is weighing sanctions on two insurgent commanders, according to a U.S. embassy official.

Tomas Langa, an analyst at the Centre for Democratic Governance, said the reforms could be put to a referendum in 2028 if parliament fails to reach a two-thirds majority.
"""},
}
