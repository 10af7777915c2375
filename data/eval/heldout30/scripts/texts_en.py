"""English texts of heldout30, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h30en01": {"outlet": "Rwenzori Wire", "published": "2026-10-06", "text": """Uganda eyes refinery deal by end-November as pipeline nears completion

KAMPALA, Oct 6 (Rwenzori Wire) - Uganda expects to sign a final investment agreement for the planned Kabaale oil refinery with a UAE-based consortium by the end of November, Energy Minister Ruth Nankabirwa said on Monday.

"The negotiations are in their last stage," Nankabirwa told reporters in Kampala, adding that the consortium, led by Alpha MBM Investments, would take a 60% stake in the 60,000 barrel-a-day plant. She said the government would not raise the transit tariff agreed with Tanzania for the export pipeline.

The 1,443-km East African Crude Oil Pipeline (EACOP) to Tanzania's port of Tanga is about 85% complete, and first crude exports are expected in the second quarter of 2027, the Petroleum Authority of Uganda said. TotalEnergies and China's CNOOC took the final investment decision on the upstream projects in February 2022.

Nankabirwa will travel to Dar es Salaam next week for a joint ministerial meeting with Tanzanian officials on the Tanga storage terminal, her ministry said.

President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan could jointly commission the terminal in December, two officials familiar with the plans said, though no date has been set.

Read more: Uganda's coffee exports hit a record in September

Parliament's natural resources committee will question Nankabirwa on Thursday over compensation for families displaced by the pipeline, committee chairman Emmanuel Otala said. The opposition National Unity Platform said it would boycott the session.

Separately, Uganda's army will keep its troops in eastern Congo's Ituri province at least until the end of March under Operation Shujaa, army spokesman Brigadier General Felix Kulayigye said on Sunday. A joint review meeting with Congolese commanders is scheduled in Bunia on October 20.

Analysts say the refinery deal could slip into 2027 if the consortium fails to line up financing from African lenders, as happened in 2023.
"""},

"h30en02": {"outlet": "Choluteca Wire", "published": "2027-04-21", "text": """Honduras braces for Prospera ruling as IMF team heads to Tegucigalpa

TEGUCIGALPA, April 21 (Choluteca Wire) - An international arbitration tribunal is expected to rule on Prospera's $10.7 billion claim against Honduras in the second half of May, the Solicitor General's Office said on Tuesday.

"We are confident, but we are preparing for every scenario," Solicitor General Carla Mejia told reporters, adding that Honduras would not negotiate a settlement with the company. The U.S.-backed developer filed the case at the World Bank's arbitration centre in December 2022, after Congress repealed the law that allowed its charter city on the island of Roatan.

An International Monetary Fund mission arrives in Tegucigalpa on Monday for two weeks of talks on a new funding programme, the central bank said. Finance Minister Mauricio Irias said he hoped for a staff-level agreement by the end of May.

Analysts say the Fund could hold back the programme until the size of any award is known.

Congress will vote on Thursday on extending the partial state of exception in Tegucigalpa and San Pedro Sula for another 45 days, Congress President Tomas Zambrano said. The opposition LIBRE party said it would not back the extension.

Read more: Honduran coffee exports fall 8% in first quarter

Security Minister Rolando Sierra could be replaced within days after a riot at the Tamara prison left 12 inmates dead last week, two government sources said.

President Nasry Asfura will travel to Washington in mid-May for talks with U.S. officials on deportation flights and tariffs, and will attend the Central American Integration System (SICA) summit in Panama City on June 25-26, his office said. In Washington, he is likely to meet Secretary of State Marco Rubio.

Honduras and the United States will hold a joint counter-narcotics exercise on the Caribbean coast in the second week of May, the armed forces said.
"""},

"h30en03": {"outlet": "Nemunas Wire", "published": "2026-06-16", "text": """Lithuania to take 5.5% defence goal to NATO summit in Ankara

VILNIUS, June 16 (Nemunas Wire) - Lithuania's parliament will vote on Thursday on a bill raising defence spending to 5.5% of gross domestic product next year, lawmaker Tomas Vaitkus, who chairs the Seimas national security and defence committee, said on Monday.

The bill is expected to pass comfortably, though the junior coalition partner Nemuno Ausra could seek a cap on borrowing for the plan, Vaitkus said.

President Gitanas Nauseda will present the target at the NATO summit in Ankara on July 7-8, where he is expected to meet Turkish President Tayyip Erdogan, his office said. Analysts say Latvia and Estonia are likely to announce similar goals before the summit.

Germany's 45th Panzer Brigade was formally activated in Vilnius in April 2025. It will receive its first Leopard 2A8 tanks at the Rudninkai training area in the third quarter, the German defence ministry said.

Lithuanian and Polish troops will hold a joint exercise near the Suwalki Gap in mid-September, the Lithuanian armed forces said.

Read more: Lithuanian inflation eases to 2.9% in May

The European Commission is expected to approve a 6.4 billion euro loan for Lithuania under its SAFE defence instrument next month, a finance ministry official said.

Local media have reported that Defence Minister Robertas Kaunas may step down over delays in air-defence purchases. Kaunas denied the reports on Monday, saying the contracts were "on track".

Prime Minister Inga Ruginiene's government could face a confidence vote before the end of the year if the coalition fails to agree on the 2027 budget, two Social Democrat lawmakers said. The Seimas autumn session opens on September 10.

The government has argued that the higher spending is needed to equip a full division by 2030 and to host the German brigade, whose 5,000 troops are due to be fully in place by the end of 2027.
"""},

"h30en04": {"outlet": "Guadalcanal Wire", "published": "2026-03-13", "text": """Solomon Islands PM faces no-confidence vote as parliament returns

HONIARA, March 13 (Guadalcanal Wire) - Solomon Islands' opposition will table a motion of no confidence in Prime Minister Jeremiah Manele when parliament reconvenes on Monday, opposition leader Matthew Wale said on Thursday.

"We have the numbers, and the country needs a change of direction," Wale told reporters in Honiara, without saying how many lawmakers backed the motion.

Speaker Patteson Oti is expected to schedule the vote for Friday, March 20, a parliament official said.

Manele, who took office in May 2024, said on Wednesday he would not resign before the vote. Several ministers could cross the floor over the weekend, however, two government backbenchers said.

Analysts say Manele could still step down before the vote to avoid a defeat, as some of his predecessors did.

Read more: Solomon Islands tuna catch rises on strong season

Australian Foreign Minister Penny Wong will visit Honiara next week, the Australian High Commission said, in a trip planned before the motion was announced. Officials said she was expected to sign an agreement on a new police training centre in Auki.

China's special envoy for Pacific affairs, Qian Bo, will visit Honiara in April, China's embassy said on Thursday. Wale has said an opposition government would review the policing arrangement with Beijing, under which a Chinese police liaison team has been in the country since 2022.

Manele is scheduled to attend the Melanesian Spearhead Group leaders' summit in Port Vila in early April if he survives the vote, his office said.

The next general election is due by April 2028.

Wale's bloc of opposition and independent lawmakers has accused the government of mismanaging logging revenue and delaying constituency development funds, charges Manele's office rejects.

Solomon Islands switched diplomatic recognition from Taiwan to China in 2019 and signed a security pact with Beijing in 2022, a move that alarmed Canberra and Washington.
"""},

"h30en05": {"outlet": "Margalla Wire", "published": "2027-07-14", "text": """Pakistan to press Indus case in The Hague as India stays away

ISLAMABAD, July 14 (Margalla Wire) - Pakistan will present its case on India's suspension of the Indus Waters Treaty at hearings of the Court of Arbitration in The Hague from July 26 to July 30, Law Minister Azam Nazeer Tarar said on Tuesday.

India's Ministry of External Affairs said last week it would not attend the hearings, repeating that New Delhi does not recognise the court. India has held the 1960 treaty "in abeyance" since April 2025.

A ruling could come before the end of the year, Tarar said.

Foreign Minister Ishaq Dar will travel to Washington next week for talks with Secretary of State Marco Rubio, the Foreign Office said. World Bank President Ajay Banga could meet officials from both countries in September, diplomats in Islamabad said.

The army chief, Field Marshal Asim Munir, said on Monday that any attempt to divert water from Pakistan's rivers would be treated as "an act of war".

Read more: Pakistan's remittances reach record in fiscal 2027

A security official said India and Pakistan could hold talks between their directors general of military operations before the end of the month, the first such contact since the May 2025 clashes.

The Senate will hold a special session on the treaty on Monday.

Pakistan also plans to sign a $1.5 billion financing agreement for the Diamer-Bhasha dam with Saudi and Chinese lenders by the end of September, the Water Resources Ministry said.

Prime Minister Shehbaz Sharif is expected to raise the dispute at the UN General Assembly in September, officials said.

The last meeting of the Permanent Indus Commission was held in May 2022. Analysts say India is unlikely to return to the treaty before its 2029 general election.

Farmers in Punjab and Sindh have warned of shortages during the sowing season if flows on the Chenab fall further.
"""},
}
