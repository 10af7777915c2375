"""English texts of heldout33, written for this project in one sitting. Invented or generic facts."""

EN = {
"h33en01": {"outlet": "Rovuma Wire", "published": "2026-02-26", "text": """Mozambique LNG construction to restart in April, minister says

MAPUTO, Feb 26 (Rovuma Wire) - TotalEnergies expects to fully resume construction of the $20 billion Mozambique LNG project at Afungi in April, almost five years after an insurgent attack on nearby Palma forced it to stop, Mineral Resources and Energy Minister Estevao Pale said on Wednesday.

Chief executive Patrick Pouyanne will visit Cabo Delgado province in mid-March to inspect security arrangements and is likely to meet President Daniel Chapo during the trip, Pale told reporters in Maputo.

Defence Minister Cristovao Chume said last week that the army would deploy an additional battalion to Mocimboa da Praia by the end of March. Insurgents ambushed a military convoy near Macomia on Sunday, killing four soldiers, the armed forces general staff said.

Read more: Mozambique's metical holds steady as fuel imports rise

Finance Minister Carla Louveira said the government would formally request a new arrangement with the International Monetary Fund in March, and that Mozambique "will not restructure its domestic debt a second time". An IMF staff team is expected in Maputo in the second half of April, two officials said.

The Bank of Mozambique is expected to cut its policy rate by 50 basis points to 9.75% at its March 25 meeting, according to four of six economists polled by Rovuma Wire. Two said it could hold.

Chapo will travel to Paris on March 10 for talks with President Emmanuel Macron on French export-credit support for the project, the presidency said. France's export credit agency could sign a revised guarantee during the visit, a French diplomat said.

Parliament opens its first session of the year on March 4, when deputies are scheduled to debate constitutional amendments drafted in the national dialogue with opposition parties. Venancio Mondlane, whose Anamola party was registered in November, could call street protests if the amendments are passed unchanged, analysts say.
"""},

"h33en02": {"outlet": "Mantaro Wire", "published": "2025-11-19", "text": """Peru's Congress to vote on Petroperu rescue as informal miners threaten strike

LIMA, Nov 19 (Mantaro Wire) - Peru's Congress will vote on Thursday on a bill authorising a $1.5 billion capital injection into state oil company Petroperu, budget committee chairman Hernando Cueva said on Tuesday.

The bill is expected to pass with votes from Fuerza Popular and Alianza para el Progreso, Cueva said. Petroperu chairman Oswaldo Lazo could resign if the bill fails, two board members said.

Economy Minister Denisse Miralles told reporters the injection would be the last and that Petroperu "will not receive another sol without a new board." A restructuring plan drafted with the investment agency ProInversion is due by the end of January, and a private operator could take over the Talara refinery in the second half of 2026, ministry officials said.

Read more: Peru's copper exports rise 8% in September

Informal miners grouped in the National Confederation of Artisanal Miners will begin an indefinite strike on Monday, blocking the Pan-American Highway, unless Congress extends the REINFO registry beyond December 31, the group's president, Teodoro Quispe, said. Congress last extended the registry in December 2024.

Prime Minister Ernesto Alvarez will meet the miners' leaders on Friday in a bid to avert the strike, his office said.

The armed forces will continue to support police patrols in the Pataz gold district for another 60 days from December 1, the defence ministry said.

Parties must register their presidential tickets and congressional lists with the National Jury of Elections by December 23 for the April 12 general election, the electoral body said on Monday.

Foreign Minister Hugo de Zela will travel to Washington next week to seek an exemption from U.S. tariffs on Peruvian blueberries and grapes, his ministry said.

Most analysts expect the central bank, led by Julio Velarde, to keep its benchmark rate at 4.25% at its December 11 meeting.
"""},

"h33en03": {"outlet": "Iskar Wire", "published": "2025-06-20", "text": """Bulgaria heads for final euro approval as nationalists plan protest

SOFIA, June 20 (Iskar Wire) - European Union finance ministers are expected to give final approval to Bulgaria's entry into the euro zone on January 1, 2026 and set the lev's conversion rate when they meet in Brussels on July 8, Finance Minister Temenuzhka Petkova said on Thursday.

The European Commission and the European Central Bank said on June 4 that Bulgaria met the criteria for membership. EU leaders are due to endorse the move at their summit in Brussels on June 26-27.

President Rumen Radev, who in May proposed a referendum on delaying adoption, said on Wednesday that he would not obstruct the process but would "keep warning" about price rises.

The nationalist Vazrazhdane party will hold a protest outside parliament on Sunday and could file a Constitutional Court challenge against the euro legislation next week, its leader Kostadin Kostadinov said.

Read more: Bulgarian wheat harvest seen 10% above last year

Shops will have to display prices in both leva and euros from August 8 under rules adopted by the cabinet on Wednesday, the government press office said.

Bulgaria aims to sign an engineering, procurement and construction contract with Hyundai Engineering & Construction and Westinghouse for a seventh unit at the Kozloduy nuclear plant before the end of July, Energy Minister Zhecho Stankov said. U.S. Energy Secretary Chris Wright could attend the signing, two officials said.

Diplomats said the EU's 18th package of sanctions against Russia, due to be adopted in July, could also target a Bulgarian-registered shipping company accused of helping Moscow's shadow fleet.

The defence ministry said Bulgaria would host a NATO air-defence exercise at the Shabla range in mid-September, with troops from eight allied countries.

Analysts expect Prime Minister Rosen Zhelyazkov's minority government to survive a no-confidence vote over its budget revision next week, the fourth motion it has faced since taking office in January.
"""},

"h33en04": {"outlet": "Koshi Wire", "published": "2025-08-10", "text": """Nepal's Oli to attend SCO summit in China as Lipulekh row resurfaces

KATHMANDU, Aug 10 (Koshi Wire) - Prime Minister K.P. Sharma Oli will travel to China at the end of the month to attend the Shanghai Cooperation Organisation summit in Tianjin on August 31-September 1, the Ministry of Foreign Affairs said on Saturday.

Oli is expected to hold talks with President Xi Jinping on the sidelines and to press for faster work on projects under the Belt and Road cooperation framework the two countries signed in Beijing in December, officials said.

India and China could announce the resumption of border trade through the Lipulekh pass when Chinese Foreign Minister Wang Yi visits New Delhi later this month, diplomats in Kathmandu said. Nepal claims the area, and Foreign Minister Arzu Rana Deuba said on Friday that Kathmandu would lodge formal protests with both capitals if the route was reopened without its consent. Rana Deuba is due in New Delhi on September 18 for a meeting of the Nepal-India Joint Commission.

Read more: Kathmandu valley hit by fresh landslides after heavy rain

On energy, Nepal, India and Bangladesh are expected to sign a tripartite agreement in September raising Nepali power exports to Bangladesh through the Indian grid from 40 megawatts to 100 megawatts, Energy Minister Deepak Khadka said. Nepal began selling electricity to Bangladesh in November 2024.

The Nepal Electricity Authority expects to export up to 1,200 megawatts to India during the monsoon, its managing director, Hitendra Dev Shakya, said.

The Nepal Army and China's People's Liberation Army will hold the fifth Sagarmatha Friendship exercise in the second half of September, the army said.

The opposition CPN (Maoist Centre) will hold a nationwide protest on August 20 against a disputed land-lease ordinance, its chairman Pushpa Kamal Dahal said. The ordinance could be withdrawn by the end of August, analysts say.
"""},

"h33en05": {"outlet": "Luangwa Wire", "published": "2026-04-14", "text": """Zambia's central bank seen on hold as election timetable is set

LUSAKA, April 14 (Luangwa Wire) - The Bank of Zambia is expected to keep its policy rate at 13.50% at its May 20 meeting, according to a Luangwa Wire poll of eight economists. Three of them said a 25 basis-point cut was possible.

Governor Denny Kalyalya said on Thursday the bank "will not allow pre-election spending to undo the kwacha's gains." He is due to brief parliament's budget committee on the currency's recent rise on April 28.

Nominations for the August 13 general election will open on May 18 and close on May 22, the Electoral Commission of Zambia said on Monday. President Hakainde Hichilema is widely expected to file his papers on the first day. His United Party for National Development won the 2021 vote with 59% of ballots cast.

Harry Kalaba, leader of the opposition Citizens First, said the Tonse Alliance could name a single presidential candidate by the end of April, but several partners have yet to agree.

Read more: Zambia's maize harvest seen recovering after drought

Transport Minister Frank Tayali said officials from Zambia, Tanzania and China would meet in Dar es Salaam next week to finalise the handover of the TAZARA railway to China Civil Engineering Construction Corporation under a 30-year concession. Rehabilitation works are expected to start in July, he said. The three governments signed the concession agreement in Lusaka in September 2025.

An International Monetary Fund mission will visit Lusaka in the first week of May to discuss a successor programme, Finance Minister Situmbeko Musokotwane said, but a staff-level agreement is unlikely before the election.

Zambian troops will take part in a Southern African Development Community standby force exercise in Malawi in late June, the defence ministry said.
"""},
}
