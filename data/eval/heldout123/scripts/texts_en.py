"""English texts of heldout123, written for this project. Invented or generic facts."""

EN = {
"h123en01": {"outlet": "Kopetdag Wire (Turkmenbashi)", "published": "2026-05-21", "text": """Can Turkmen gas finally cross the Caspian? Ashgabat and Baku revive pipeline talks

TURKMENBASHI, May 21 (Kopetdag Wire) - Turkmenistan and Azerbaijan will hold a new round of talks on a Trans-Caspian gas pipeline in Ashgabat on June 3, Turkmenistan's foreign ministry said in a statement on Wednesday.

The two countries signed a memorandum on the joint development of the Dostluk field in January 2021, ending a dispute that had blocked cooperation for years.

Foreign Minister Rashid Meredov said the talks would focus on a 30-km interconnector between existing offshore platforms, adding that Ashgabat "will not wait for a consensus of all five Caspian states" before building it.

The European Union's energy commissioner, Dan Jorgensen, is expected to attend the opening session, an EU official said.

President Serdar Berdimuhamedov is likely to visit Baku in the second half of June for talks with President Ilham Aliyev, two diplomats said.

Construction could start as early as 2028 if buyers in Europe sign long-term contracts, Azerbaijan's Energy Minister Parviz Shahbazov said on Tuesday.

Read more: Turkmenistan raises cotton procurement prices for the 2026 harvest

Russia and Iran have long argued that any undersea pipeline needs the consent of every littoral state. Moscow has not said whether it would formally object this time. A spokesman for the Russian foreign ministry said on Tuesday that Russia "may raise the matter" at the Caspian summit, which Iran is due to host in Tehran in August.

The Turkmen navy will hold its annual Khazar exercise off Turkmenbashi from July 6 to July 10, the defence ministry said.

Turkmenistan sells most of its gas to China, and exports to Europe have been limited to small swap volumes through Iran.

Analysts say first gas through a Caspian line is unlikely before 2030. "Europe wants the gas but offers no long contracts," said Dovlet Orazov, an energy consultant in Istanbul.
"""},

"h123en02": {"outlet": "Escuintla Wire (Puerto San Jose)", "published": "2025-11-14", "text": """Guatemala's Congress to vote on Puerto Quetzal loan as U.S. presses on deportation flights

PUERTO SAN JOSE, Nov 14 (Escuintla Wire) - Guatemala's Congress will vote next Tuesday on a $250 million loan from the U.S. International Development Finance Corporation to expand Puerto Quetzal, the head of the finance committee, lawmaker Mauricio Ajcip, said on Thursday.

Approval is likely because the ruling coalition has secured the votes of two opposition blocs, Ajcip said.

The port's container terminal has operated near full capacity since 2023, and ships waited up to six days to berth in October.

The first phase, two new berths, would be ready by the end of 2028 if the loan is approved, the DFC said in a statement.

The loan comes as Washington seeks to expand a memorandum signed by President Bernardo Arevalo's government in July, which allows the United States to send deportees from other countries through Guatemala. U.S. Homeland Security Secretary Kristi Noem is expected to visit Guatemala City in early December to review the arrangement, two officials said.

Foreign Minister Carlos Ramiro Martinez said Guatemala "will not accept more than two flights a week" of third-country nationals.

Read more: Guatemala's central bank holds benchmark rate at 3.5%

The president of the state port company Empornac, Walter Figueroa, is expected to step down before the end of the month, a person familiar with the matter said.

Defence Minister Henry Saenz said the navy would take over security at the port's gates from December 1. Shipping companies are due to meet Finance Minister Jonathan Menkos on Monday to discuss port tariffs.

The U.S. State Department could announce new visa restrictions on Guatemalan officials as early as next week, a congressional aide said.

Analysts say any delay in the works would drag the project into the campaign for the June 2027 general election, after which a new Congress could revisit the deal.
"""},

"h123en03": {"outlet": "Petrovaradin Wire (Novi Sad)", "published": "2027-02-09", "text": """Serbia to sign nuclear cooperation deal with France as site decision nears

NOVI SAD, Feb 9 (Petrovaradin Wire) - Serbia and France will sign an intergovernmental agreement on civil nuclear cooperation in Belgrade on February 18, Energy Minister Dubravka Djedovic Handanovic said on Monday.

Serbia's parliament lifted a 35-year ban on nuclear power plants in November 2024.

France's energy minister is expected to travel to Belgrade for the signing, the French embassy said.

EDF is due to deliver a feasibility study on small modular reactors by the end of June, Djedovic Handanovic said, adding that Serbia "will not build a large reactor before 2040". Experts from both countries will meet in Paris in mid-March to draft a training programme, she said.

President Aleksandar Vucic said on Sunday that a decision on the site could come before the end of the year.

Hungarian Foreign Minister Peter Szijjarto is due in Belgrade next week for a meeting of the Serbian-Hungarian Strategic Council, where imports of power from the Paks plant are on the agenda, Serbia's foreign ministry said.

Read more: Serbia's EPS signs deal for new wind farm in Banat

U.S. sanctions on the oil company NIS, majority-owned by Gazprom Neft, could be tightened as early as March if no buyer is found, two diplomats in Belgrade said.

Opposition lawmaker Radomir Lazovic said his Green-Left Front would push for a referendum on nuclear power before any site is chosen.

The head of Serbia's radiation and nuclear safety directorate, Milan Bogicevic, is expected to step down next month, two people familiar with the matter said. The agency has been criticised for a shortage of trained inspectors.

Analysts say the first small reactor is unlikely to run before 2035. "Serbia has the will, but it starts almost from zero," said Jelena Markovic, an energy analyst at a Belgrade think tank.
"""},

"h123en04": {"outlet": "Aswa Wire (Gulu)", "published": "2026-11-23", "text": """Will Uganda's troops stay in South Sudan? Parliament to vote on extending deployment

GULU, Nov 23 (Aswa Wire) - Uganda's parliament will vote on Thursday on extending the deployment of about 2,000 Ugandan troops in South Sudan for six more months, Defence Minister Jacob Oboth-Oboth said on Sunday.

The Uganda People's Defence Forces (UPDF) first sent special forces to Juba in March 2025 at the request of President Salva Kiir. Uganda also kept troops in South Sudan from 2013 to 2015, during the country's civil war.

Approval is expected because the ruling National Resistance Movement (NRM) holds a large majority, but opposition lawmakers say the mission has no clear end date.

UPDF spokesman Brigadier General Felix Kulayigye said the troops "will not take part in offensive operations" against the SPLA-in-Opposition.

A ceasefire between government forces and the SPLA-IO in Upper Nile state expires on December 15 and could be extended, a diplomat in Juba said.

President Yoweri Museveni is expected to attend an extraordinary IGAD summit on South Sudan in Addis Ababa in early December, his office said.

Kiir will visit Kampala next week for talks with Museveni, the South Sudanese presidency said in a statement.

Read more: Uganda's central bank holds policy rate at 9.75%

The U.N. Security Council is due to vote on renewing its arms embargo on South Sudan in late May, and Uganda may seek an exemption for its forces, a Ugandan official said.

Refugee numbers in northern Uganda have risen by about 60,000 this year, according to aid agencies in Adjumani.

South Sudan's general election, scheduled for December, is likely to be postponed again, analysts say. "Nobody in Juba is ready for a vote, and Kampala knows its troops are part of the calculation," said Beatrice Apio Odoch, a lecturer in security studies at Gulu University.
"""},

"h123en05": {"outlet": "Ramu Wire (Madang)", "published": "2027-09-25", "text": """Papua New Guinea police team heads to Beijing, unsettling Canberra

MADANG, Sept 25 (Ramu Wire) - A Papua New Guinea police delegation will travel to Beijing next week for talks on a training and equipment agreement with China's Ministry of Public Security, Police Minister Michael Yawari said on Friday.

Yawari said the agreement would not allow Chinese officers to be based in Papua New Guinea, and that a draft could be ready for cabinet in December.

Port Moresby shelved similar talks in February 2024 after objections from Canberra.

Australia's Minister for the Pacific, Pat Conroy, is expected in Port Moresby in mid-October to discuss the policing chapter of the Pukpuk treaty, the Australian High Commission said. Canberra could review its funding for the Royal Papua New Guinea Constabulary if a deal with China is signed, an Australian official said.

China's embassy in Port Moresby said on Friday that the cooperation "is not aimed at any third party".

The Papua New Guinea Defence Force will hold joint exercises with Australian troops near Wewak from November 8 to November 19, a PNGDF spokesman said.

Read more: PNG kina steady as coffee exports climb

Police Commissioner David Manning is expected to step down before the end of October, two senior officers said.

Papua New Guinea is likely to propose a regional policing initiative at a Pacific Islands Forum leaders' retreat in Honiara in November, officials said.

The opposition said it would seek a parliamentary vote on any security agreement with China before it is signed.

A rise in urban crime has stretched a force of about 6,000 officers for a country of more than 10 million people.

Analysts say a signed deal before the end of the year is unlikely. "Port Moresby wants options, not a side," said Kila Moresi, a lecturer in political science at the University of Papua New Guinea.
"""},
}
