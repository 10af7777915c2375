"""English texts of heldout77, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h77en01": {"outlet": "Cahul Wire (Cahul)", "published": "2026-10-19", "text": """Can Moldova switch off Transnistrian power? New line opens as January deadline nears

CHISINAU, Oct 19 (Cahul Wire) - Moldova's grid operator Moldelectrica will put the new Vulcanesti-Chisinau 400-kilovolt line into commercial operation on November 2, its director general, Andrei Caraman, said on Friday.

The line bypasses Transnistria, the breakaway region that hosts the Cuciurgan power plant.

Energy Minister Dorin Junghietu said Moldova would stop buying electricity from the Russian-owned plant, known as MGRES, from January 1. "We will not sign another contract with Cuciurgan," he told parliament last Thursday.

Transnistrian leader Vadim Krasnoselsky said Tiraspol could cut supplies to the right bank even earlier if Chisinau kept blocking payments for its gas.

Gazprom halted gas deliveries to Transnistria on January 1, 2025.

EU Energy Commissioner Dan Jorgensen is due in Chisinau next week to sign an 85 million euro grant for battery storage, the European Commission's delegation said. A second line, from Balti to Suceava in Romania, is unlikely before 2028 because of land disputes, a ministry official said.

Read more: Moldova's central bank cuts base rate, cites easing inflation

Romanian Energy Minister Bogdan Ivan said Bucharest would not raise transit tariffs for Moldovan imports before the end of next year.

The Supreme Security Council will meet on Wednesday, the presidency said, and the National Army will hold drills with Romanian engineers to protect substations in the second week of November, according to the Defence Ministry.

President Maia Sandu is expected to press for more storage funding at an EU-Moldova summit in Brussels in the first week of December, diplomats said.

Energocom's chief executive could step down over losses on emergency purchases last winter, two people familiar with the matter said.

Analysts say household tariffs could rise by up to 15% from January. "Romanian power costs more than Cuciurgan's," said Elena Cojocaru, an energy analyst at the Dniester Policy Centre.
"""},

"h77en02": {"outlet": "Ubangi Wire (Kinshasa)", "published": "2025-12-10", "text": """UN council to vote on Congo peacekeepers as Washington accord stalls

KINSHASA, Dec 10 (Ubangi Wire) - The U.N. Security Council will vote on Friday, December 19, on a French draft resolution extending the mandate of the MONUSCO peacekeeping mission in Congo for another year, diplomats said on Tuesday.

The current mandate expires on December 20. The draft would give the mission a role in verifying the ceasefire between Kinshasa and the AFC/M23 rebels.

The resolution is expected to pass, but the United States could abstain over the mission's cost, two council diplomats said.

Foreign Minister Therese Kayikwamba Wagner said on Monday that Congo "will not accept any drawdown from Ituri while armed groups still kill civilians there".

U.S. senior adviser Massad Boulos is expected in Kinshasa next week to review progress on the Washington peace agreement that Congo and Rwanda signed in June, the State Department said. He will also travel to Kigali for talks with Rwandan Foreign Minister Olivier Nduhungirehe.

Read more: Congo's central bank keeps key rate unchanged

A ceasefire verification team could deploy to Goma within 30 days of the vote, a MONUSCO official said.

M23 spokesman Lawrence Kanyuka said the group would not leave Goma before a political settlement is signed in Doha.

The army will launch an operation against ADF rebels around Beni next week, army spokesman General Sylvain Ekenge said.

EU foreign ministers may add three M23 commanders to the bloc's sanctions list when they meet on Monday, two EU diplomats said.

President Felix Tshisekedi is expected at a joint EAC-SADC summit in Dar es Salaam in late January, where he could meet Rwandan President Paul Kagame for the first time since the signing.

Analysts say the council may still trim troop numbers. "Nobody in New York wants to pay for a bigger mission," said Patrick Lumbala, a researcher at the University of Kinshasa.
"""},

"h77en03": {"outlet": "Sepik Wire (Wewak)", "published": "2026-03-13", "text": """PNG parliament set to extend Enga emergency as Porgera mine weighs shutdown

PORT MORESBY, March 13 (Sepik Wire) - Papua New Guinea's parliament will vote on Tuesday on extending the state of emergency in Enga province by three months, Prime Minister James Marape said on Thursday, after a week of clan fighting near the Porgera gold mine.

The extension is likely to pass with a large majority, government whips said.

Marape said his government "will not negotiate with warlords" and would send 200 more soldiers to Porgera by the end of March.

Church leaders brokered a two-week truce between the warring clans on Sunday. Bishop Thomas Kila, who led the talks, said he hoped to extend it before it expires on March 22.

Barrick Niugini, which runs the mine in a joint venture with the state, could suspend production if the highway to Wabag stays closed, a company spokesman said. Fuel trucks have not reached the mine since March 4.

Read more: PNG kina steady as central bank holds policy rate

Australian Foreign Minister Penny Wong will visit Port Moresby next week for talks with Marape on police support, the Australian High Commission said. The two governments are expected to sign an agreement funding 300 Australian police advisers during the visit, officials said.

Marape is also expected at the Melanesian Spearhead Group leaders' summit in Port Vila in late April.

Enga's provincial police commander, Superintendent George Kakas, could step down after criticism of the police response, two police sources said.

Analysts say the Electoral Commission may have to defer polling in parts of Enga at next year's general election if the violence continues. "The emergency has bought quiet, not peace," said Grace Tamate, a lecturer in politics at the University of Papua New Guinea.
"""},

"h77en04": {"outlet": "Berbice Wire (New Amsterdam)", "published": "2027-01-19", "text": """Will Guyana's oil fund pay for the 2027 budget? Singh to table spending plan Monday

GEORGETOWN, Jan 19 (Berbice Wire) - Senior Minister Ashni Singh will present Guyana's 2027 budget to the National Assembly on Monday, January 25, the Ministry of Finance said on Friday, with a withdrawal of about $2.4 billion from the Natural Resource Fund expected to finance it.

Vice President Bharrat Jagdeo said the government expects the assembly to approve the budget by February 12 after a two-week debate.

Last year's budget drew $1.9 billion from the fund, which holds the state's revenue from the offshore Stabroek block.

Opposition finance spokeswoman Coreen Bastiani said her party would vote against the budget unless it raised the one-off cash grant paid to every adult.

Read more: Guyana's oil output tops 900,000 barrels a day

On the western border, the Guyana Defence Force will deploy an additional company to the Cuyuni region next week after Venezuelan troops were seen near Eteringbang, Chief of Defence Staff Brigadier Omar Khan said. Caracas could answer with new military exercises near the river, a Western diplomat said.

President Irfaan Ali will host CARICOM heads of government for their regular meeting in Georgetown in late February, his office said. Ali and Surinamese President Jennifer Geerlings-Simons are expected to sign the Corentyne River bridge agreement on the sidelines.

Ali will also travel to New Delhi in March for talks with Indian Prime Minister Narendra Modi, officials said.

Local government elections, due this year, could be held in the second half of the year, the Guyana Elections Commission said.

The head of the Guyana Revenue Authority could step down within days over a customs scandal, two sources familiar with the matter said.

Analysts say withdrawals from the fund may keep rising until 2030. "The rules allow it, but the fund will grow more slowly," said Kiran Sukhdeo, an economist at the University of Guyana.
"""},

"h77en05": {"outlet": "Mangystau Wire (Aktau)", "published": "2027-06-06", "text": """Kazakhstan, Azerbaijan to sign deal to double Caspian oil shipments via BTC

ASTANA, June 6 (Mangystau Wire) - KazMunayGas and Azerbaijan's SOCAR will sign an agreement in Baku next week to raise Kazakh oil shipments through the Baku-Tbilisi-Ceyhan pipeline to 3 million tonnes a year, Energy Minister Yerlan Akkenzhenov said on Friday.

Kazakhstan sends about 80% of its crude exports through the Caspian Pipeline Consortium (CPC) route across Russia. A drone attack damaged a mooring point at the CPC terminal near Novorossiysk in March.

Akkenzhenov said Astana "will not cut CPC volumes" but needed "a second door" for its oil.

KMG chairman Askhat Khassenov will lead the Kazakh delegation and is expected to meet SOCAR president Rovshan Najaf on Wednesday. President Kassym-Jomart Tokayev could attend the signing if his schedule allows, a presidential aide said.

Read more: Kazakhstan's National Bank holds base rate, flags tenge risks

Tokayev and Azerbaijani President Ilham Aliyev are expected to discuss Caspian transit at the informal summit of the Organization of Turkic States in the first half of July.

EU foreign ministers are set to adopt a new package of sanctions against Russia on June 21, and three EU diplomats said it would not target oil loaded at the CPC terminal.

The Aktau port authority will open a tender for two new oil berths by the end of September, its director, Nurlan Sadykov, said.

Analysts say Kazakhstan could again exceed its OPEC+ quota this year as output at Tengiz rises. "Astana keeps promising compensation cuts, but the barrels keep flowing," said Dana Mukhametova, an oil analyst in Almaty.

Early elections to the new single-chamber Kurultai could be called for the autumn, two officials in the presidential administration said.

Speculation also persists that Akkenzhenov could be replaced in a government reshuffle after the vote, which his ministry denied on Saturday.
"""},
}
