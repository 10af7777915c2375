"""English texts of heldout229, written for this project in one sitting. Invented or generic facts."""

EN = {
"h229en01": {"outlet": "Seewinkel Wire (Eisenstadt)", "published": "2026-06-10", "text": """Will Burgenland host Austria's first return centre? Doskozil vows to fight Vienna's plan

EISENSTADT, June 10 (Seewinkel Wire) - Austria's government will decide on Tuesday whether to build its first closed return centre for rejected asylum seekers in southern Burgenland, near the Hungarian border, Interior Minister Gerhard Karner said on Monday.

The centre, planned for up to 250 people, would open in early 2028 at the earliest, Karner said, adding that Vienna would not build it without consulting local mayors. His ministry will publish a site assessment within 14 days, he said.

Burgenland's governor, Hans Peter Doskozil, said the state would challenge any such decision at the Constitutional Court. "Burgenland will not become Europe's waiting room," he told reporters in Eisenstadt.

The plan follows new EU return rules. EU interior ministers are expected to discuss the first return-hub agreements in Luxembourg on June 12, diplomats said.

Austria and Hungary are likely to sign a police agreement on joint border patrols before the end of July, according to a person familiar with the talks. Budapest has not said whether it will take back migrants who entered Austria from Hungary.

The army's assistance deployment along the Burgenland border will be extended for six months from July 1, the defence ministry said in a statement.

Read more: Austrian inflation eases to 2.9% in May

EU Commissioner for Internal Affairs and Migration Magnus Brunner could visit the proposed site near Heiligenkreuz next month, an official in his office said.

Vice Chancellor Andreas Babler's Social Democrats, who govern with Chancellor Christian Stocker's People's Party and the liberal NEOS, have not decided whether to back the plan. Their party board meets on June 22.

Freedom Party leader Herbert Kickl called the centre "too little, too late" and said his party would table a no-confidence motion against Karner next week. Analysts say the motion is unlikely to pass.
"""},

"h229en02": {"outlet": "Iregua Wire (Logrono)", "published": "2027-03-19", "text": """La Rioja's election race turns on U.S. wine tariffs

LOGRONO, March 19 (Iregua Wire) - La Rioja's regional president, Gonzalo Capellan, will launch his People's Party campaign for the May 23 regional election at a rally in Haro on Sunday, party officials said, as the threat of U.S. tariffs on Spanish wine dominates the race.

Capellan, who won an absolute majority in 2023, is expected to keep it, according to a poll published on Thursday by the regional daily La Voz del Ebro.

Washington is due to decide by April 15 whether to raise tariffs on EU wine to 35 percent, a step that would hit Rioja's exports of about 400 million euros a year. A decision could come as early as next week, two European diplomats said.

Agriculture Minister Luis Planas will travel to Logrono on Monday to meet wine producers and the Rioja Regulatory Council, his ministry said. He said on Wednesday that Madrid "will not accept" discrimination against Spanish wine and would ask Brussels for a compensation fund.

EU leaders are expected to discuss the tariff threat at the European Council in Brussels on March 25-26.

The Socialists' regional leader, Javier Arnedo, resigned last month after a poor result in a local by-election, and the party has named former senator Elena Saenz as its candidate. Saenz has challenged Capellan to two televised debates; his campaign has not said whether he will accept.

Prime Minister Pedro Sanchez is expected to join Saenz at a rally in Logrono in early May, while PP leader Alberto Nunez Feijoo plans two visits to the region during the campaign, party officials said.

Vox, which won two seats in 2023, could hold the balance of power if the PP falls short, analysts say. "Capellan needs 17 of 33 seats, and the tariffs could cost him the countryside," said Ines Garrido, a political scientist at the University of La Rioja.
"""},

"h229en03": {"outlet": "Barguzin Wire (Ulan-Ude)", "published": "2027-05-25", "text": """Kremlin weighs early exit for Buryatia's leader before September vote

ULAN-UDE, May 25 (Barguzin Wire) - Buryatia's head, Alexei Tsydenov, is likely to resign within days so that President Vladimir Putin can name an acting head in early June, well before the Siberian region votes in September, two sources close to the regional administration said.

The election of Buryatia's head will be held on September 19, the single voting day, the regional election commission said on Monday. Tsydenov, who won about 86 percent of the vote in September 2022, has not said whether he will run again.

The Kremlin could instead back Zorigto Dambaev, a 44-year-old deputy prime minister of the region, according to one of the sources. Kremlin spokesman Dmitry Peskov said on Monday that personnel decisions were "the president's prerogative".

The Communist Party, which came second in 2022, will choose its candidate at a regional conference on June 12, its regional branch said.

The war in Ukraine hangs over the race. Buryatia has sent thousands of contract soldiers to the front, and the regional military commissariat said a new recruitment drive would start on June 1. U.S. and Russian negotiators could discuss a ceasefire when they meet in Istanbul next month, officials in Moscow have said.

Read more: Lake Baikal water levels fall for a third year

Mongolia's prime minister is due to visit Ulan-Ude on July 3 for an interregional forum, where the two sides will sign an agreement on upgrading the Kyakhta-Altanbulag border crossing, Mongolia's foreign ministry said.

The European Union is expected to add two Buryat suppliers of the Ulan-Ude aviation plant to its sanctions list, and the package could be adopted before the end of June, diplomats in Brussels said.

Analysts say turnout, 39 percent in 2022, is unlikely to rise. "Moscow wants a calm vote, not a contest," said Tuyana Bazarova, a political scientist in Irkutsk.
"""},

"h229en04": {"outlet": "Erne Wire (Enniskillen)", "published": "2026-09-17", "text": """Border poll talk returns to Fermanagh as Stormont election nears

ENNISKILLEN, Sept 17 (Erne Wire) - Sinn Fein will formally ask the British government to set a date for a referendum on Irish unity when its leaders meet Northern Ireland Secretary Hilary Benn in Belfast on Monday, First Minister Michelle O'Neill said on Wednesday.

Benn has said the legal test for calling a poll, a likely majority for unity, has not been met. A spokesman for the Northern Ireland Office said on Wednesday there would be no change in that position "in the foreseeable future".

The next Assembly election is due on May 6, 2027. Fermanagh and South Tyrone, where unionist and nationalist votes are almost evenly split, is expected to be one of the closest contests, analysts say.

Taoiseach Micheal Martin is expected to raise the issue with Prime Minister Keir Starmer at the British-Irish Council summit in Enniskillen on November 20, Irish government sources said. Deputy First Minister Emma Little-Pengelly said the Democratic Unionist Party (DUP) would not take part in any forum on planning for unity.

The UK and Irish governments are likely to sign a funding agreement for restoring the Ulster Canal to Enniskillen before the end of the year, a person familiar with the talks said.

Tanaiste Simon Harris could visit Enniskillen next month to open a cross-border cancer unit at the South West Acute Hospital, his department said, although no date has been fixed.

Fermanagh and Omagh District Council will debate a motion backing a citizens' assembly on unity on October 6, council officials said. Unionist councillors plan to walk out.

A referendum is unlikely before 2030, said Ciaran Maguire, a lecturer in politics at Ulster University. "Even Sinn Fein knows it needs a clear lead in the polls first."
"""},

"h229en05": {"outlet": "Wensum Wire (Norwich)", "published": "2025-11-26", "text": """One council or three? Norfolk waits for Whitehall's verdict

NORWICH, Nov 26 (Wensum Wire) - The government will announce before Christmas whether Norfolk's seven district councils and its county council are replaced by one unitary authority or by three, Housing and Communities Secretary Steve Reed told parliament on Tuesday.

Norfolk County Council, run by Reform UK since it won the May local elections, wants a single authority for the whole county. Six of the seven district councils back a three-council model.

Council leader Graham Pike said the county would seek a judicial review if ministers chose three authorities. Reed will meet Norfolk's MPs tomorrow, his department said.

Elections to the new councils are expected in May 2027, while the first vote for a Norfolk and Suffolk mayor, already postponed once, could slip to 2028, two officials in the department said.

Norwich City Council's leader, Helen Carrow, said on Monday she would step down at the end of January to stand for the new authority.

Norfolk and Suffolk signed a devolution deal in February, and their combined authority is due to be created in the spring once parliament approves the order.

Norfolk County Council will hold an extraordinary meeting on December 2 to agree its response, the council said in a statement.

Read more: Norwich airport passenger numbers return to pre-pandemic level

Reform UK leader Nigel Farage is expected in Norwich on Friday to campaign against what he calls "the carve-up", party officials said.

The county faces a 46 million pound budget gap next year, and ministers have not decided whether to let it raise council tax above the 5 percent cap, a Treasury official said.

Analysts say the single-council option is the likelier outcome. "Ministers want fewer, bigger councils, and Norfolk is big enough on its own," said Rachel Hurn, a local government researcher at the University of East Anglia.
"""},
}
