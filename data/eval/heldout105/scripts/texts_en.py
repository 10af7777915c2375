"""English texts of heldout105, written for this project on the day of the set. Invented or generic facts."""

EN = {
"h105en01": {"outlet": "Medeu Wire (Almaty)", "published": "2026-04-14", "text": """Will Brussels blacklist Kazakh traders? Astana lobbies as EU weighs new Russia sanctions

ALMATY, April 14 (Medeu Wire) - European Union ambassadors will discuss on Wednesday a draft 21st package of sanctions against Russia that would list three Kazakh trading companies accused of re-exporting drone components, two EU diplomats said on Monday. Diplomats expect the package to be adopted before the end of May.

Kazakhstan has not been notified officially, Deputy Foreign Minister Aidos Zhanbolatov told reporters in Astana. "Kazakhstan will not allow its territory to be used to circumvent sanctions, but we will not accept collective punishment of our businesses," he said.

Zhanbolatov is expected to travel to Brussels next week to present evidence on the three firms, his ministry said. Two of the companies could be dropped from the list before the package is adopted, one of the diplomats said.

The EU's sanctions envoy, David O'Sullivan, visited Astana in February. From May 1, the trade ministry will require licences for re-exports of 120 more categories of dual-use goods, the ministry said in a statement.

President Kassym-Jomart Tokayev is expected to raise the listing in a phone call with European Council President Antonio Costa this week, his press secretary said.

Read more: Kazakhstan's wheat exports to China rise 18% in first quarter

The dispute comes as Astana and Brussels prepare to sign a memorandum on developing a rare-earth deposit in the Karaganda region. The signing is likely to take place at the EU-Central Asia summit in Astana in mid-June, which Tokayev will host, officials in Astana said. European Commission President Ursula von der Leyen may also visit Uzbekistan on the way back, an EU official said.

Moscow has warned that it could raise the issue at the Eurasian Economic Union's intergovernmental council in Minsk at the end of May.

Analysts say Kazakh banks could stop processing payments for Russian importers within weeks if the listing goes ahead.
"""},

"h105en02": {"outlet": "Malecon Wire (Guayaquil)", "published": "2025-10-08", "text": """Ecuador and Mexico move to mend ties 18 months after embassy raid

GUAYAQUIL, Oct 8 (Malecon Wire) - Foreign Minister Gabriela Sommerfeld and her Mexican counterpart, Juan Ramon de la Fuente, will meet in Panama City on Friday for their first talks since Mexico broke off relations after Ecuadorian police stormed its embassy in Quito in April 2024, Ecuador's foreign ministry said on Tuesday.

Panama's foreign ministry, which has mediated since June, said the meeting would focus on reopening consulates and on a "road map" toward normal relations.

Sommerfeld said consulates in Guayaquil and Mexico City could reopen in the first week of November, but added that full diplomatic relations were unlikely to be restored before 2026.

Mexico has not said whether President Claudia Sheinbaum will drop the case it filed against Ecuador at the International Court of Justice, which Quito wants withdrawn before any normalisation.

A Mexican diplomat said de la Fuente would also raise the detention of former Vice President Jorge Glas, who was arrested in the raid. Ecuador's Interior Minister John Reimberg said on Tuesday that Glas "will serve his sentence in Ecuador."

Read more: Ecuador's shrimp exports hit record as China demand grows

Mexico's deputy foreign minister for Latin America is expected to visit Quito later this month to prepare the consular reopening, the Mexican diplomat said.

Ecuadorians vote on November 16 in a referendum called by President Daniel Noboa on allowing foreign military bases and convening a constituent assembly. Noboa and Sheinbaum could meet on the sidelines of the CELAC-EU summit in Santa Marta, Colombia, on November 9-10, diplomats in Bogota said.

Trade between the two countries fell by about 12% last year, according to Ecuador's central bank.

Analysts say Quito may delay any concession until after the November 16 vote. "Noboa needs to look firm before the referendum, not generous," said Paula Andrade, a political scientist at a university in Quito.
"""},

"h105en03": {"outlet": "Letna Wire (Prague)", "published": "2026-02-20", "text": """Czech cabinet to decide fate of Ukraine shell initiative on Monday

PRAGUE, Feb 20 (Letna Wire) - Prime Minister Andrej Babis's cabinet will decide on Monday whether to hand the Czech-led ammunition initiative for Ukraine over to NATO, Defence Minister Ludek Hanzal told public radio on Thursday.

The initiative, launched in 2024, buys large-calibre shells from third countries with donors' money.

Hanzal said the government "will not spend a single Czech crown" on the scheme but wanted Czech firms to keep a role in logistics. The initiative's special envoy, Martin Strejc, will step down at the end of February, the defence ministry said.

President Petr Pavel, who has championed the scheme, said on Wednesday that ending Czech coordination "would be a gift to Moscow" and that he expected allies to keep funding it at least until the end of the year.

A NATO delegation led by an assistant secretary general is expected in Prague next week to discuss a possible handover, two diplomats said. Ukrainian President Volodymyr Zelenskiy could visit Prague next month to lobby for the scheme, Ukrainian media reported.

The next shipment of 155 mm shells is due to reach Ukraine in early April, the initiative's coordination office said.

Read more: Czech inflation eases to 2.1% in January

EU foreign ministers will also discuss a 20th package of Russia sanctions in Brussels on Monday. Prague will not block it, Foreign Minister Petr Macinka said.

Pavel is expected to call the Senate and municipal elections for October 9-10, and to sign the decree by the end of June, officials at Prague Castle said.

Analysts say Denmark and the Netherlands may route their contributions through NATO's own procurement agency if Prague steps back. "The handover could take months, and every month means fewer shells at the front," said Jana Vrbova, a security analyst at a Prague think tank.
"""},

"h105en04": {"outlet": "Mezam Wire (Bamenda)", "published": "2027-05-12", "text": """Can a school truce hold in Cameroon's Northwest?

BAMENDA, May 12 (Mezam Wire) - The Ambazonia Defence Forces (ADF), one of the main Anglophone separatist groups, will observe a ceasefire in Cameroon's Northwest and Southwest regions from May 20 to June 18 so that pupils can sit their exams, its spokesman, Thomas Nfor Ngwa, said in a video on Monday.

The GCE written papers will run from June 1 to June 12, the GCE Board said. The army will not suspend operations against "terrorist groups", a defence ministry spokesman, Colonel Cyrille Atonfack Guemo, said on Tuesday, but troops would avoid school zones on exam days.

Northwest Governor Emmanuel Tamfu told reporters that schools in Bamenda would reopen fully in September. He said authorities would publish a list of secure exam centres within seven days and that a curfew on motorbikes would stay in place until at least the end of June.

More than 6,000 people have been killed since the conflict began in 2017, according to rights groups.

Read more: Cameroon's cocoa farmers await higher farmgate price

Swiss-facilitated talks between the government and separatist leaders could resume in Geneva in July, two people familiar with the process said.

The head of the UN Regional Office for Central Africa (UNOCA), Abdou Abarry, is expected in Yaounde next week for talks with Territorial Administration Minister Paul Atanga Nji, UNOCA said in a statement.

Washington could impose visa restrictions on diaspora financiers of armed groups, a U.S. official said. Regional council elections, postponed last year, are expected to take place in December, Elections Cameroon (ELECAM) said.

The coordinator of the National Disarmament, Demobilisation and Reintegration Committee (NDDRC) may resign after a dispute over unpaid stipends for former fighters, local media reported.

The truce could be extended into the new school year if the exams pass without attacks, said Rita Fonkem, a conflict researcher at the University of Buea.
"""},

"h105en05": {"outlet": "Cat Bi Wire (Hai Phong)", "published": "2026-10-27", "text": """Vietnam, China to sign railway loan during Li Qiang visit

HAI PHONG, Oct 27 (Cat Bi Wire) - Vietnam and China will sign a loan agreement for the first section of the Lao Cai-Hanoi-Hai Phong railway during Chinese Premier Li Qiang's visit to Hanoi on November 5-6, Deputy Construction Minister Nguyen Van Khanh said on Monday.

The 390-km standard-gauge line is designed to link the Chinese border at Lao Cai with Hanoi and the port of Hai Phong. Work on the first section is expected to start in mid-December, Khanh said.

The National Assembly is due to vote on November 12 on a resolution allowing the loan to exceed the public debt ceiling, the assembly's office said. The resolution is likely to pass easily, said Le Thu Ha, a transport economist at a Hanoi university.

Khanh did not disclose the size or interest rate of the loan. Two officials familiar with the negotiations said the loan could cover up to 30% of the first section's cost, with the rest coming from the state budget. Li is also expected to meet Communist Party General Secretary To Lam, the officials said.

Read more: Vietnam's exports to the U.S. rise 14% despite tariffs

The visit comes weeks after Chinese coast guard vessels blocked Vietnamese fishing boats near the Paracel Islands in September. Vietnam's foreign ministry said on Thursday it had lodged a protest and that Vietnam "will continue to defend its sovereignty by peaceful means."

The Vietnamese and Chinese navies are due to hold their joint patrol in the Gulf of Tonkin in mid-November, the defence ministry said.

Vietnam's prime minister will attend the ASEAN summit in Manila on November 10-11, where the long-delayed South China Sea code of conduct could be finalised, diplomats said.

Analysts say the line is unlikely to open before 2032, two years later than the government's target, because of land clearance delays in Lao Cai and Yen Bai.
"""},
}
