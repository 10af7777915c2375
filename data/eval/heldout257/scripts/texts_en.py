"""English texts of heldout257, written for this project in one sitting. Invented or generic facts."""

EN = {
"h257en01": {"outlet": "Selanger Wire (Sundsvall)", "published": "2026-06-10", "text": """Nordic leaders head to Sundsvall as shadow fleet and Bothnian patrols top agenda

SUNDSVALL, June 10 (Selanger Wire) - Nordic prime ministers will meet in Sundsvall on Monday and Tuesday for their annual summer summit, the Government Offices said on Wednesday, the first time the northern Swedish city has hosted the gathering.

Prime Minister Ulf Kristersson will chair the talks with his counterparts from Denmark, Finland, Norway and Iceland. The leaders last met in Reykjavik in October, when they agreed to coordinate spending on Arctic air defence.

The leaders are expected to agree a joint call for EU sanctions on another 50 tankers of Russia's shadow fleet, two officials familiar with the draft declaration said. Ukrainian President Volodymyr Zelenskiy could join the second day by video link, one of them said.

Norway's Jonas Gahr Store will not attend the second day because of a parliamentary vote in Oslo, his office said.

Defence Minister Pal Jonson told reporters that Swedish and Finnish navies would begin joint patrols in the Gulf of Bothnia from July 1. The five countries aim to sign a Nordic air defence agreement before the end of the year, he added.

Read more: Sundsvall port traffic rises for third straight quarter

Kristersson said on Tuesday that a ceasefire in Ukraine was "unlikely before the autumn" and that Stockholm would not ease pressure on Moscow in the meantime.

Sundsvall's municipal council votes on June 22 on leasing harbour land at Tunadal to the Swedish Armed Forces, council chair Annika Westberg said, a plan that has divided local parties ahead of Sweden's general election on September 13.

Analysts say the Bothnian corridor could attract NATO infrastructure funding within two years. "Stockholm wants to show Helsinki that the northern flank is not only a Finnish problem," said Johan Lindqvist, a security analyst at Mid Sweden University.
"""},

"h257en02": {"outlet": "Suir Wire (Thurles)", "published": "2027-02-09", "text": """Who will take Moloney's seat? Tipperary North by-election set for March 26

THURLES, Feb 9 (Suir Wire) - The Tipperary North by-election will be held on Friday, March 26, Housing Minister James Browne said on Monday after the writ was moved in the Dail, the first contest in the constituency since the 2024 general election.

The seat fell vacant when Fianna Fail TD Ciaran Moloney resigned in January to join the European Court of Auditors in Luxembourg. He takes up the post on March 1.

Nominations close on March 9, Browne said. The Electoral Commission said it would publish an updated register for the constituency by February 20.

Sinn Fein is expected to select its candidate at a convention in Nenagh on Sunday, party sources said. A Fine Gael spokesman said the party had not decided whether to run a candidate of its own or back the Fianna Fail nominee.

Taoiseach Micheal Martin will campaign in Nenagh and Roscrea next week, his spokesman said. Martin said on Saturday that the government "will not" call an early general election whatever the result.

Read more: Thurles sugar factory plan back on the table

The government is expected to announce funding for the long-delayed Nenagh relief road before polling day, two government sources said, a move the opposition has called an attempt to buy votes.

Independent Ireland councillor Tom Keogh, who is seeking the nomination, said he would resign his council seat within 10 days if elected.

Analysts say turnout could fall below 40 percent, as in several by-elections held in winter. "Rural voters care about roads and the hospital in Nenagh, not about Leinster House arithmetic," said Grainne Fahy, a political scientist at the University of Limerick.

Counting will begin at the Thurles count centre on the morning after polling, the returning officer said.
"""},

"h257en03": {"outlet": "Findhorn Wire (Forres)", "published": "2025-10-21", "text": """German submarine hunters to land at Lossiemouth as Moray asks for more

LOSSIEMOUTH, Oct 21 (Findhorn Wire) - The first two German Navy P-8A Poseidon aircraft will arrive at RAF Lossiemouth on Monday for a six-week detachment, Britain's Ministry of Defence said on Tuesday, the first time German maritime patrol aircraft will operate from a British base.

The deployment follows the Trinity House Agreement signed by Britain and Germany in October 2024.

UK Defence Secretary John Healey is expected to sign a longer-term basing arrangement with his German counterpart Boris Pistorius in Berlin next week, a defence official said. The aircraft will stay at Lossiemouth until mid-December, the official added.

Norwegian P-8s could join a trilateral anti-submarine exercise over the North Sea in early December, according to two people briefed on the planning.

First Minister John Swinney said on Monday that the Scottish government "will not oppose" the deployment but wanted guarantees on local jobs.

Read more: Moray distillers brace for new US tariffs

Moray Council will debate on Thursday a request to London for 12 million pounds in housing funding to cope with the growing number of personnel at the base, council leader Iain Munro said. The Russian embassy in London said the deployment would "not go unanswered".

Defence ministers of the Joint Expeditionary Force will meet in Edinburgh in mid-November, and Lossiemouth's role in North Atlantic surveillance is likely to be on the agenda, diplomats said.

The base's future has become a campaign theme before the Holyrood election in May.

Analysts say more allied aircraft may rotate through Lossiemouth as Russian submarine activity rises. "Moray is becoming NATO's northern front door," said Morag Duthie, a defence researcher at the University of Aberdeen.

The Moray coast already hosts nine British P-8 aircraft and several squadrons of Typhoon fighters.
"""},

"h257en04": {"outlet": "Glenarm Wire (Antrim)", "published": "2027-01-26", "text": """Will Stormont buy Lough Neagh before the Assembly votes?

ANTRIM, Jan 26 (Glenarm Wire) - Northern Ireland's Executive will decide on Thursday whether to open formal negotiations to buy the bed and soil of Lough Neagh from the Shaftesbury Estate, Agriculture Minister Andrew Muir said on Monday.

The estate first signalled in 2023 that it was willing to discuss transferring the lough to public ownership, after a summer of toxic algal blooms.

Talks between officials and the estate's agents will resume in Belfast next week, a department spokeswoman said. A sale agreement is expected before the end of March, at a price of around 6 million pounds, according to two people familiar with the talks.

The Democratic Unionist Party "will not block" the purchase, its agriculture spokesman Mervyn Tully said, although it wants guarantees for sand traders. Sand companies could seek a judicial review if their extraction licences are not protected, an industry source said.

Northern Ireland Secretary Hilary Benn will visit the lough on February 5, the Northern Ireland Office said. The UK Treasury is unlikely to provide extra money for the purchase, officials in London said.

Read more: Eel fishermen report worst season in a decade

Lough Neagh Partnership chair Colette Harkin said she would resign if the Executive failed to include a water-quality plan in the deal. The Lough Neagh Fishermen's Co-operative plans to ask for a minority stake in any new public body, its secretary Declan Quinn said.

The lough supplies about 40 percent of Northern Ireland's drinking water.

Analysts say the purchase may slip until after the Assembly election on May 6. "Nobody wants to sign a cheque in the middle of a campaign," said Ruairi McGlinchey, a lecturer in politics at Ulster University.

An Assembly committee will question Muir on the plan tomorrow.
"""},

"h257en05": {"outlet": "Nore Wire (Kilkenny)", "published": "2026-08-25", "text": """EU farm ministers come to Kilkenny as CAP budget fight looms

KILKENNY, Aug 25 (Nore Wire) - European Union agriculture ministers will meet in Kilkenny from Sunday to Tuesday for an informal gathering under Ireland's presidency of the EU Council, the Department of Agriculture said.

Agriculture Minister Martin Heydon said Ireland would use the meeting to press for a ring-fenced farm budget in the next long-term EU budget. "We will not accept a single fund that leaves farmers competing with motorways," he said.

Agriculture Commissioner Christophe Hansen is expected to present a revised proposal on farm income support in mid-October, an EU official said. Hansen will visit a dairy farm near Thomastown on Sunday before the talks open.

Enterprise Minister Peter Burke said on Monday that Ireland would vote against the EU-Mercosur agreement when trade ministers meet in Luxembourg on October 16.

The Commission is expected to propose higher tariffs on Russian and Belarusian fertilisers by the end of September, the official added. Dublin has backed the move.

Read more: Kilkenny hotels fully booked for presidency week

The Irish Farmers' Association will stage a tractor protest outside Kilkenny Castle on Monday, its president Francis Dowling said. Ukraine's agriculture minister may take part in a working lunch by video link, diplomats said.

Kilkenny last hosted EU ministers in 2013, during Ireland's previous presidency.

Ministers will also discuss the bluetongue outbreak in Northern Europe, and some countries could ask Brussels to extend emergency vaccination funding for six months.

Analysts say a deal on the farm budget is unlikely before the end of 2027. "The presidency can set the tone in Kilkenny, but the money will be settled by leaders in Brussels," said Aoife Brennan, an agricultural economist at University College Dublin.
"""},
}
