"""English texts of heldout265, written for this project in one sitting. Invented or generic facts."""

EN = {
"h265en01": {"outlet": "Pollardstown Wire (Newbridge)", "published": "2026-11-10", "text": """Will Irish troops find a new mission after Lebanon?

THE CURRAGH, Nov 10 (Pollardstown Wire) - The last rotation of Irish peacekeepers bound for southern Lebanon will leave the Curragh Camp on November 19, the Defence Forces said on Monday, weeks before the United Nations mission's mandate expires on December 31.

The Security Council voted in August 2025 to end UNIFIL after almost five decades, allowing a year for the withdrawal of its troops. About 47,000 Irish soldiers have served in Lebanon since 1978.

Tanaiste and Defence Minister Simon Harris said the 340 troops would withdraw in stages through 2027, and that the government will decide before Christmas whether to offer a contingent to the UN force on the Golan Heights (UNDOF). Cabinet is expected to discuss a memo on the options next week, two officials said.

The Chief of Staff briefs the Oireachtas defence committee tomorrow.

Harris is due to travel to Beirut in mid-December, his department said, where he is expected to meet Lebanese President Joseph Aoun.

Read more: Naval Service commissions its second multi-role vessel in Cork

Ireland and Austria are likely to sign a memorandum on a joint Golan contingent in January, diplomats said. Any new deployment of more than 12 troops still needs a Dail vote. Taoiseach Micheal Martin is expected to raise the transition with EU leaders at the European Council in Brussels on December 17-18.

Sinn Fein's defence spokesperson, Ciaran Tuohy, said his party would not support any deployment under an EU flag.

A senior officer at the Curragh said the ceasefire between Israel and Hezbollah could collapse once UN troops leave, leaving the last Irish units exposed.

Analysts say the Defence Forces may struggle to staff a Golan mission before the summer because of a shortage of technicians and drivers. "The numbers are simply not there yet," said Declan Furlong, a security analyst at University College Dublin.
"""},

"h265en02": {"outlet": "Ahuriri Wire (Napier)", "published": "2026-07-10", "text": """Will Hawke's Bay sign its regional deal before the election?

NAPIER, July 10 (Ahuriri Wire) - The government and Hawke's Bay's five councils will sign a 30-year regional deal in Napier on July 24, Regional Development Minister Shane Jones said on Thursday, after the signing slipped twice since March.

Prime Minister Christopher Luxon is expected to attend, his office said. Cabinet approved the deal's final text last Monday.

Under the deal, the government would put NZ$420 million over ten years into flood protection, roads and housing, while the councils would fast-track consents for a second container wharf at Napier Port. Cyclone Gabrielle caused about NZ$1 billion of damage to the region's roads and stopbanks in February 2023.

The port's board will decide in August whether to bring the wharf forward by two years, chief executive Hamish Doyle said. Jones will meet iwi leaders in Hastings on Monday to settle clauses on the estuary, he added.

Napier City Council votes on its NZ$35 million share on Tuesday, council officials said. Hastings councillor Mere Tawhai resigned from the deal's steering group last week in protest at the port clauses.

Finance Minister Nicola Willis is due in Hawke's Bay next week for talks with business leaders, her office said.

New Zealand holds a general election on November 7. Labour's regional development spokesperson, Aroha Ngata, said a Labour government would keep the deal but would review its water clauses if elected.

A New Zealand Defence Force spokesperson said army engineers could help rebuild stopbanks on the Tutaekuri River from September.

Analysts say a new government could reopen the funding terms before the end of the year. "Regional deals are only as strong as the next budget," said Grant Mackie, a public policy lecturer at Massey University.
"""},

"h265en03": {"outlet": "Pandivere Wire (Rakvere)", "published": "2026-09-23", "text": """Will Britain's brigade put down permanent roots near Rakvere?

RAKVERE, Sept 23 (Pandivere Wire) - Britain will base a permanent brigade headquarters at Tapa from January, UK Defence Secretary John Healey said in Rakvere on Tuesday, turning its rotating NATO battlegroup into a standing force.

Healey and Estonian Defence Minister Hanno Pevkur will sign a host-nation agreement in Tallinn on October 8, the Estonian defence ministry said. Britain has led NATO's battlegroup in Estonia since 2017. Tapa, about 30 km west of Rakvere, already hosts about 900 British soldiers and a French contingent.

The government is expected to approve the purchase of about 600 hectares near Rakvere for a new training area next week, two officials said. The land deals have angered some farmers around the town. Rakvere rural municipality's council will hold an extraordinary session on Thursday, its chairman, Tarmo Kask, said, adding that landowners would get answers "within 30 days".

Read more: Estonia's defence spending to reach 5.4% of GDP next year

Pevkur said Estonia would press for tighter restrictions on Russian shadow-fleet tankers in the EU's next sanctions package, which diplomats expect in November. He is due in London in mid-October for talks with Healey, his ministry said.

Russia's embassy in Tallinn said on Tuesday that Moscow would respond with "military-technical measures", without giving details.

NATO leaders are due to review the plan at their next summit, in July 2027. Estonia holds a parliamentary election in March 2027, and the opposition EKRE's leader, Martin Helme, said his party would not oppose the base.

Analysts say the British presence could grow to about 2,000 troops by 2028. "London wants to show that its commitment is not rotating any more," said Liisa Tamm, a defence analyst at a Tallinn think tank.
"""},

"h265en04": {"outlet": "Mleczna Wire (Radom)", "published": "2026-02-25", "text": """Can Radom airport survive another summer?

RADOM, Poland, Feb 25 (Mleczna Wire) - The board of Polish Airports State Enterprise (PPL) will decide on March 12 whether to keep passenger flights at Warsaw-Radom airport beyond the summer season, Infrastructure Minister Dariusz Klimczak said on Tuesday.

The airport reopened in April 2023 after a rebuild that cost about 900 million zlotys, but it handled fewer than 100,000 passengers last year. Radom, about 100 km south of Warsaw, lost its last scheduled route in October.

LOT Polish Airlines is unlikely to resume its Radom routes before 2027, two people familiar with the talks said. Ryanair said it would base two aircraft in Radom for three years if PPL cut its fees by half.

Radom Mayor Radoslaw Witkowski said the city would challenge any closure in court. PPL's chief executive, Marek Nowakowski, is expected to step down after the decision, according to a person briefed on the matter.

The Sejm's infrastructure committee will question Klimczak on the airport's losses next Wednesday.

The defence ministry said in a statement it was considering basing part of a NATO logistics hub at the airport from 2027, but that no decision had been taken.

Prime Minister Donald Tusk is due to visit the Fabryka Broni rifle plant in Radom on Friday, his office said, where the plant is expected to sign a contract with the Armament Agency for 20,000 Grot rifles.

Law and Justice lawmaker Pawel Sroka said his party would make the airport an issue in the 2027 parliamentary election campaign.

Analysts say the airport could become a cargo and military site within five years. "Radom was built for a traffic forecast that never came," said Ewa Marczak, a transport economist at a Warsaw university.
"""},

"h265en05": {"outlet": "Castle Hill Wire (Townsville)", "published": "2027-05-20", "text": """Can Canberra keep Townsville's copper refinery running after 2028?

TOWNSVILLE, Australia, May 20 (Castle Hill Wire) - Federal and Queensland ministers will meet Glencore executives in Brisbane next Tuesday to negotiate a long-term future for the Townsville copper refinery, Resources Minister Madeleine King said on Wednesday.

Canberra and the Queensland government agreed in October 2025 to a A$600 million package to keep the refinery and the Mount Isa smelter running for three years.

King said the government would not extend the package unless Glencore committed to processing more Australian concentrate.

Glencore has not decided whether to keep the refinery open after the package expires in September 2028, a company spokeswoman said. The company said last week that its head of Australian copper, Lisa Carmody, would step down at the end of June.

Read more: Queensland budget to fund new Townsville port berth

Prime Minister Anthony Albanese is due in Townsville tomorrow to open a critical minerals processing precinct at Lansdown, his office said.

Officials in Canberra expect Australia and the United States to sign a copper supply agreement for the U.S. strategic stockpile next month, possibly when Albanese meets President Donald Trump at the Quad leaders' summit in Tokyo in mid-June.

China's commerce ministry said on Monday it could restrict rare earth exports to companies supplying the U.S. stockpile.

The Australian Workers' Union will hold a rally outside the refinery on Saturday, organiser Dean Whitby said. Queensland Premier David Crisafulli, who faces an election in October 2028, has called for a 10-year deal.

Analysts say a long-term deal is unlikely before the mid-year budget update in December. "Glencore holds the cards until someone else offers to buy the refinery," said Priya Raman, a commodities analyst at a Brisbane brokerage.
"""},
}
