"""English texts of heldout208, written for this project in one sitting. Invented or generic facts."""

EN = {
"h208en01": {"outlet": "Bacchiglione Wire (Vicenza)", "published": "2026-06-09", "text": """Will Washington thin out its paratroopers in Vicenza?

VICENZA, Italy, June 9 (Bacchiglione Wire) - The U.S. Army will move about 1,000 soldiers of the 173rd Airborne Brigade from Vicenza to Germany and Poland starting in October, two U.S. defense officials said on Monday, in what would be the largest cut to American forces in Italy in two decades.

The U.S. Embassy in Rome said no final decision had been taken.

Italian Defence Minister Guido Crosetto told reporters that Rome had not been formally notified and that he would raise the issue with Pentagon chief Pete Hegseth at the NATO defence ministers' meeting in Brussels next week. "Italy will not pay more to keep troops it already hosts," Crosetto said.

Prime Minister Giorgia Meloni could also take it up with President Donald Trump at the G7 summit in Evian on June 14-16, Italian diplomats said.

Vicenza Mayor Giacomo Possamai said the city council would hold an extraordinary session on Thursday to assess the impact on about 750 Italian civilians employed at the Del Din and Ederle barracks. The Filcams CGIL union said workers would strike on June 19 unless the Army guaranteed their contracts.

Read more: Veneto approves budget adjustment for flood defences

The Pentagon is expected to publish its global force posture review next month, a U.S. official said. A technical arrangement governing the two Vicenza sites expires in December, Italy's defence ministry said, and talks on renewing it have not started.

Luca Ferraro, a security analyst at the University of Padua, said the brigade's departure "would redraw the map of NATO's southern flank" and could become an issue in Italy's general election next year.

Analysts say Washington is unlikely to touch the Aviano air base, which hosts U.S. F-16 fighters, before 2028.
"""},

"h208en02": {"outlet": "Fagnano Wire (Rio Grande)", "published": "2025-10-14", "text": """Milei's decree puts Tierra del Fuego's assembly lines on notice

RIO GRANDE, Argentina, Oct 14 (Fagnano Wire) - Argentina's government will publish a decree on Thursday ending the tariff protection that electronics assemblers in Tierra del Fuego have enjoyed since 1972, Economy Minister Luis Caputo said on Monday.

The import duty on mobile phones was already cut to 8 percent in May.

Governor Gustavo Melella said the province would challenge the decree before the Supreme Court within days and that Tierra del Fuego "will not accept" the end of a regime guaranteed by law until 2038. Presidential spokesman Manuel Adorni said the government would not negotiate the measure with provincial leaders.

The metalworkers' union UOM has called a 48-hour strike in Rio Grande's factories from Wednesday, shortly before the October 26 midterm elections, in which President Javier Milei's party hopes to win a seat in the province for the first time.

Lawmakers from Tierra del Fuego are expected to request a special session of the lower house's industry committee next week, a congressional aide said. Newsan, the largest assembler, could suspend up to 1,200 workers from November, a company official said.

Read more: Argentina's central bank extends currency band after market jitters

Caputo is due to travel to Washington in the second half of the month for talks with U.S. Treasury Secretary Scott Bessent on the currency swap line, the Economy Ministry said.

Local media reported that the province's production minister was likely to resign before the end of October if the decree goes ahead.

Analysts say the province could lose a third of its 9,000 factory jobs by the end of 2026. "Without the regime, Rio Grande is a town without a reason to exist," said Carolina Ibarra, an economist at the National University of Tierra del Fuego.
"""},

"h208en03": {"outlet": "Mackinac Wire (Lansing)", "published": "2026-04-22", "text": """Canada invokes pipeline treaty as Michigan court orders Line 5 shut

LANSING, Michigan, April 22 (Mackinac Wire) - Canada will formally trigger the dispute settlement clause of the 1977 Transit Pipelines Treaty on Friday, Foreign Minister Anita Anand said on Tuesday, after a Michigan judge ordered Enbridge to shut the Line 5 pipeline under the Straits of Mackinac.

Ingham County Circuit Court ruled last week that the 1953 easement allowing the line to cross the straits was void. The shutdown takes effect on June 30 unless the state Court of Appeals grants a stay.

Enbridge said it would file an appeal within 14 days. Michigan Attorney General Dana Nessel said the state "will not agree to any delay" while the appeal is heard.

Anand will brief the House of Commons foreign affairs committee tomorrow, her office said. Energy Minister Tim Hodgson is expected in Washington next week for talks with Interior Secretary Doug Burgum, officials in Ottawa said.

Read more: Ontario refiners warn of propane shortfall

Governor Gretchen Whitmer will meet leaders of the Bay Mills Indian Community and other tribes in Petoskey on Monday, her office said. The U.S. Army Corps of Engineers is due to issue its permit decision on Enbridge's proposed tunnel before the end of the year, a Corps spokeswoman said.

The line carries about 540,000 barrels a day of light crude and natural gas liquids from Wisconsin to Sarnia, Ontario.

Line 5 is likely to be a central issue in the November 3 race to succeed Whitmer, who cannot run again, analysts say. "Whoever wins inherits a fight with Ottawa," said Rachel Okonkwo, a political scientist at Wayne State University.

Analysts also say Ottawa may seek compensation under the treaty in the autumn if the line stays shut.
"""},

"h208en04": {"outlet": "Avacha Wire (Petropavlovsk-Kamchatsky)", "published": "2027-07-13", "text": """Russian and Chinese warships to sail from Kamchatka as Tokyo and Washington watch

PETROPAVLOVSK-KAMCHATSKY, July 13 (Avacha Wire) - Russian and Chinese warships will begin a joint patrol of the northern Pacific from Avacha Bay on Saturday, Russia's Pacific Fleet said in a statement on Monday.

The patrol will last 21 days and take the ships east toward the Aleutian Islands, the fleet said. Last year's patrol, in August 2026, brought Chinese destroyers within 100 kilometres of the Alaskan coast. The fleet keeps its nuclear-armed submarines at the Vilyuchinsk base across the bay.

Japan's Defense Ministry said it would send P-3C surveillance aircraft to track the ships. Tokyo may add more Russian shipping companies to its sanctions list before the end of the year, a Japanese government official said.

A U.S. official said NORAD could scramble fighters from Alaska if the ships came close to U.S. airspace.

Kamchatka Governor Vladimir Solodov said the region would host a Russian-Chinese forum on fisheries and port investment in Petropavlovsk in mid-August. Kremlin spokesman Dmitry Peskov said President Vladimir Putin was expected at the Eastern Economic Forum in Vladivostok in early September, where he is likely to meet Chinese Vice Premier Ding Xuexiang.

Read more: Kamchatka salmon catch falls for second year

The patrol comes as Russian and Ukrainian negotiators are expected to meet in Istanbul next week to discuss extending a 30-day energy ceasefire that expires on July 31, diplomats said. Moscow has not said whether it would accept a longer truce.

"Beijing wants to show it can operate in Russia's backyard and America's front yard at the same time," said Olga Vinokurova, a naval analyst at a Moscow think tank. Analysts say the patrols could become a permanent presence near the Aleutians by 2029.
"""},

"h208en05": {"outlet": "Kwando Wire (Katima Mulilo)", "published": "2027-01-19", "text": """Will Gaborone answer for the Chobe shootings?

KATIMA MULILO, Namibia, Jan 19 (Kwando Wire) - Namibia and Botswana will hold an emergency session of their Joint Permanent Commission on Defence and Security in Kasane on Friday, Namibia's Ministry of International Relations and Trade said on Monday, after Botswana soldiers shot dead two Namibian fishermen on the Chobe River last week. A regular session of the commission, planned for November, was postponed twice.

President Netumbo Nandi-Ndaitwah said Namibia "will not accept another silent file" and expected a joint investigation report within 30 days.

Botswana's President Duma Boko is expected to travel to Windhoek in early February to meet Nandi-Ndaitwah, diplomats in Gaborone said. Botswana's foreign ministry said the two countries would sign a protocol on joint river patrols before the end of June.

Zambezi Regional Governor Mubita Sinvula said police boats would escort fishermen on the Chobe and Linyanti rivers from Monday. The region, known as Caprivi until 2013, saw a secessionist uprising in 1999.

Windhoek could restrict Botswana's use of the Walvis Bay dry port if the talks fail, a senior Namibian official said. The issue may also reach an extraordinary summit of the SADC Organ Troika, which Tanzania is due to host in Dar es Salaam in late March, SADC officials said.

Separately, the Electoral Commission of Namibia said on Friday it would hold a by-election in the Kabbe South constituency on March 6 after the resignation of the regional councillor, who joined the cabinet in December.

"Both governments want this off the front pages before the flood season," said Grace Mwilima, a researcher at the University of Namibia in Katima Mulilo. Analysts say Gaborone is unlikely to pay compensation before the inquiry ends.
"""},
}
