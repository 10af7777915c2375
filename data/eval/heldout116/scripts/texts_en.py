"""English texts of heldout116, written for this project. Invented or generic facts."""

EN = {
"h116en01": {"outlet": "Aragats Wire (Yerevan)", "published": "2026-02-10", "text": """Armenia's parliament to vote on leaving Russian-led security bloc

YEREVAN, Feb 10 (Aragats Wire) - Armenia's National Assembly will vote on Thursday on a bill to withdraw from the Collective Security Treaty Organization (CSTO), parliament speaker Alen Simonyan told reporters on Monday.

Yerevan froze its participation in the Moscow-led bloc in February 2024, accusing it of failing to help Armenia during border clashes with Azerbaijan.

The ruling Civil Contract party holds 71 of the 107 seats, and the bill is expected to pass comfortably, Simonyan said.

Foreign Minister Ararat Mirzoyan said Armenia would notify the CSTO secretariat in Moscow within 30 days of the law taking effect. Yerevan "will not seek membership of any other military bloc," he added.

Kremlin spokesman Dmitry Peskov said on Monday that Moscow regretted the move, but that the Russian military base in Gyumri "will stay under existing agreements".

Russia could restrict imports of Armenian brandy and cut flowers as early as next month, two people familiar with the discussions in Moscow said.

Prime Minister Nikol Pashinyan is expected to travel to Brussels in early March for talks with European Council President Antonio Costa on a new partnership agenda, his office said.

Read more: Armenian dram firms as remittances from Russia fall

The opposition Armenia Alliance, led by former president Robert Kocharyan, said it would boycott Thursday's session and hold a rally in Yerevan on Saturday.

Defence Minister Suren Papikyan said Armenian and French troops would hold their first joint exercise near Armavir in mid-May.

Armenians vote in a parliamentary election on June 7. Analysts say the CSTO exit could become a central campaign issue.

Leaders of the remaining CSTO members meet in Moscow in November, and a diplomat in Yerevan said it was unclear whether Armenia would send even an observer.

"It is a formal divorce after two years of separation," said Narine Ghukasyan, a security analyst at a Yerevan think tank.
"""},

"h116en02": {"outlet": "Usumacinta Wire (Guatemala City)", "published": "2026-11-19", "text": """Will Semilla's heirs make the ballot? Guatemala sets date to call 2027 election

GUATEMALA CITY, Nov 19 (Usumacinta Wire) - Guatemala's Supreme Electoral Tribunal (TSE) will formally convene the 2027 general election on January 20, with the first round set for Sunday, June 13, tribunal president Mirna Cifuentes said on Wednesday.

A presidential run-off, if needed, would be held on August 15, she said. Candidate registration runs from January 21 to March 12.

Cifuentes will meet the secretaries-general of the 24 registered parties on Monday to present new campaign finance rules.

President Bernardo Arevalo, who by law cannot seek a second term, has not said whether he will endorse a candidate. His Semilla movement lost its legal status, and his allies registered a new party, Raices, in September.

The TSE is expected to rule on Raices' final registration before the end of the year, two officials at the tribunal said. Analysts say the ruling could slip into January, leaving the party little time to choose candidates.

The U.S. State Department said on Tuesday it would impose visa restrictions on "any official who undermines the electoral process", without naming anyone.

Read more: Guatemala's central bank holds rate as remittances hit record

An electoral observation mission of the Organization of American States (OAS) is expected to arrive in Guatemala City in early March, the OAS General Secretariat said.

TSE magistrate Oscar Villatoro could resign before the end of the month over a dispute about an audit of the voter roll, local media reported. Cifuentes said the tribunal "will not suspend" the audit.

The army will deploy 3,000 soldiers to support police in Escuintla and Zacapa from December 1, the Defence Ministry said in a statement.

Ana Lucia Sandoval, a political scientist at a university in Quetzaltenango, said Congress was likely to pass a campaign finance reform before the convocation, but warned that the bill "will not end dark money".
"""},

"h116en03": {"outlet": "Sava Wire (Krsko)", "published": "2027-04-16", "text": """Slovenia sets nuclear referendum as Krsko expansion nears vendor shortlist

KRSKO, April 16 (Sava Wire) - Slovenia will hold a referendum on building a second reactor at the Krsko nuclear plant on Sunday, September 26, Energy Minister Tomaz Breznik said on Thursday, after parliament set the date by 61 votes to 20.

A first vote, planned for November 2024, was called off when the previous government withdrew its proposal.

The government expects turnout to clear the 20 percent quorum, Breznik said, adding that a final investment decision would follow by the end of June 2028.

State-owned power company GEN energija will shortlist two reactor vendors in early June, its chief executive, Dejan Zupancic, told a news conference in Ljubljana. Westinghouse and EDF are expected to stay in the race, while Korea Hydro & Nuclear Power (KHNP) has not said whether it will bid, a person familiar with the tender said.

Croatia, which co-owns the existing unit through its utility HEP, will send its economy minister to Ljubljana next week for talks on a possible stake in the new reactor, the Croatian government said. Zagreb could seek up to a quarter of the project, a Croatian official said.

Read more: Slovenia's budget deficit narrows to 2.1% of GDP

The European Commission is expected to open an in-depth state aid review of the financing plan later this year, two EU officials said.

Environmental groups led by Focus said they would campaign for a "no" vote and file a constitutional complaint against the referendum question in May. Austria's government has said it "will use every legal means" to stop the project.

Analysts say a low turnout could make the result void and leave the decision to parliament.

"The government has chosen the hardest road, but also the cleanest one," said Petra Kos, an energy economist at the University of Ljubljana. "If voters say yes, nobody can accuse it of hiding the bill."
"""},

"h116en04": {"outlet": "Akagera Wire (Kigali)", "published": "2026-06-24", "text": """Rwanda and Belgium to hold first talks since diplomatic rupture

KIGALI, June 24 (Akagera Wire) - Rwanda and Belgium will hold their first direct talks since Kigali cut diplomatic ties in March 2025 in Doha on July 2, Foreign Minister Olivier Nduhungirehe said on Tuesday.

The talks, to be hosted by Qatar's Minister of State Mohammed Al-Khulaifi, are expected to focus on reopening the two embassies, Nduhungirehe said, adding that Rwanda "will not accept any conditions linked to eastern Congo".

Kigali accused Brussels of siding with Kinshasa in the conflict with the M23 rebels. Belgian Foreign Minister Maxime Prevot has not decided whether to attend in person, his spokesman said.

The European Union renewed sanctions on three senior Rwandan army officers in March. EU foreign ministers could discuss lifting them at their meeting in Brussels on July 20, two EU diplomats said.

Government spokesperson Yolande Makolo said Rwanda expects the EU to release a second 20 million euro tranche for its troops in Mozambique's Cabo Delgado before the end of September.

The Rwanda Defence Force (RDF) said in a statement that it would cut its contingent in Cabo Delgado by about 1,000 soldiers by the end of the year.

Read more: Rwanda's central bank raises its inflation forecast

In eastern Congo, a Qatari-led team will begin monitoring the ceasefire between Kinshasa and the AFC/M23 rebels in Goma within 10 days, Qatar's foreign ministry said.

President Paul Kagame is expected to attend a joint summit of the East African Community (EAC) and the Southern African Development Community (SADC) in Dar es Salaam in late July, his office said.

Both sides aim to sign a normalisation roadmap by the end of October, a Rwandan official said, but analysts say ambassadors are unlikely to return before 2027.

"Kigali wants the relationship back, but not at any price," said Jean-Paul Habimana, a lecturer in international relations at the University of Rwanda.
"""},

"h116en05": {"outlet": "Bewani Wire (Vanimo)", "published": "2027-09-13", "text": """Will the Wutung crossing reopen? PNG and Indonesia to hold border talks

VANIMO, Sept 13 (Bewani Wire) - Papua New Guinea and Indonesia will hold a special meeting of their Joint Border Committee in Jayapura on Thursday on reopening the Wutung crossing, Foreign Minister Simon Kaiwi said on Sunday.

Indonesia closed the crossing on August 28 after a shooting near its border post killed an Indonesian soldier. Jakarta blamed the West Papua National Liberation Army (TPNPB), which denied any role.

Kaiwi said he expected the crossing to reopen to pedestrians and small traders by the end of September, with trucks to follow "once joint patrols are in place". The two governments could sign a protocol on coordinated patrols at Thursday's meeting, two officials involved in the preparations said.

Indonesia's foreign ministry said Jakarta "will not fully reopen" the border until those responsible for the attack were identified.

The Papua New Guinea Defence Force will send an extra company of about 120 soldiers to the border in the first week of October, a PNGDF spokesman said.

Read more: PNG kina slips as LNG export revenue falls

About 300 people from Indonesia's Papua region have crossed into Sandaun province since the shooting. The UN refugee agency (UNHCR) will open a registration centre in Vanimo next week, a UNHCR official said.

Sandaun Governor Marcus Yawa said the provincial government would hold a crisis meeting with Vanimo traders on Wednesday.

Indonesian President Prabowo Subianto is expected to visit Port Moresby in November, a source in the prime minister's office said. Leaders of the Melanesian Spearhead Group (MSG) meet in Port Vila in October, and a diplomat said Indonesia may send its foreign minister.

Analysts say the crossing is unlikely to reopen fully before January, and a new attack could close it again for months.

"Both capitals need the market more than they admit," said Josephine Mavi, a researcher at a Port Moresby policy institute.
"""},
}
