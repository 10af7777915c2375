"""English texts of heldout139, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h139en01": {"outlet": "Didube Wire (Tbilisi)", "published": "2026-05-19", "text": """Will Prague talks bring Tbilisi and Moscow closer? Envoys meet as EU weighs sanctions

TBILISI, May 19 (Didube Wire) - Georgia's special representative for relations with Russia, Zurab Abashidze, will meet Russian Deputy Foreign Minister Mikhail Galuzin in Prague on Friday, their first round in more than a year, Georgia's foreign ministry said on Monday.

The talks will focus on cargo transit through the Upper Lars crossing and on Russian curbs on Georgian mineral water, Abashidze told reporters. "We will not discuss diplomatic relations while Russian troops remain on our territory," he said.

Moscow broke off diplomatic ties with Tbilisi after the August 2008 war and recognised Abkhazia and South Ossetia.

Galuzin is expected to propose reopening a Russian consular section in Tbilisi, two diplomats familiar with the agenda said. Georgian officials have not decided whether to accept.

Read more: Georgian wine exports to China rise for a third straight quarter

The meeting comes as European Union foreign ministers prepare to discuss sanctions on Georgian officials over the crackdown on protesters. Hungary and Slovakia are likely to block any listing when ministers meet in Brussels on June 22, EU diplomats said.

Prime Minister Irakli Kobakhidze said on Saturday that sanctions "would change nothing" and that Georgian Dream would not repeal the foreign agents law.

Parliament could vote as early as next week on a bill moving the 2028 parliamentary election from October to the spring, according to a ruling party lawmaker who asked not to be named.

The opposition Coalition for Change plans a march on May 26, Independence Day, its spokeswoman, Ketevan Sharashidze, said.

The EU's special representative for the South Caucasus, Magdalena Grono, will visit Tbilisi in early June, her office said.

Analysts say the Prague round may yield little more than a transit protocol. "Both sides want movement without a price at home," said Giorgi Tsulaia, a researcher at a Tbilisi think tank.
"""},

"h139en02": {"outlet": "Estero Salado Wire (Guayaquil)", "published": "2025-09-25", "text": """Ecuador and China to review trade pact as shrimp exporters push for more

GUAYAQUIL, Sept 25 (Estero Salado Wire) - Ecuador and China will hold the first meeting of the joint commission of their free trade agreement in Quito from October 6 to 8, Production Minister Luis Alberto Jaramillo said on Wednesday.

The agreement took effect in May 2024 and removed tariffs on most Ecuadorian shrimp, bananas and flowers.

Jaramillo said Quito would ask Beijing to speed up sanitary approvals for 40 more shrimp packing plants. "We will not reopen the tariff schedule," he added.

A Chinese delegation led by Vice Minister of Commerce Li Fei is expected to arrive in Quito on October 5, the Chinese embassy said.

Separately, Ecuador and PowerChina could sign a settlement over cracks in the Coca Codo Sinclair hydroelectric dam before the end of the year, according to two people familiar with the talks.

Read more: Ecuador's central bank trims its 2025 growth forecast to 3.1%

President Daniel Noboa is likely to travel to Beijing in early November and hold talks with President Xi Jinping, his office said.

The armed forces will keep troops at the Guayaquil container terminals at least until December 31 under the state of emergency, Defence Minister Gian Carlo Loffredo said.

The head of state oil company Petroecuador, Jorge Vaca, will step down next week, two government officials said, after a pipeline rupture halted exports for nine days in August.

The National Aquaculture Chamber expects shrimp sales to China to top $3 billion in 2026 if the approvals come, its president, Jose Antonio Camposano, said.

Analysts say China could also press for access for its fishing fleet to Ecuadorian ports near the Galapagos, a demand Quito has rejected in the past. "Beijing will ask for something in return," said Veronica Alban, a trade economist at a Quito university.
"""},

"h139en03": {"outlet": "Wienerberg Wire (Vienna)", "published": "2027-01-26", "text": """Austria to sign for more air defence as neutrality debate heats up

VIENNA, Jan 26 (Wienerberg Wire) - Austria will sign a contract for two more IRIS-T SLM air defence batteries with Germany's Diehl Defence in mid-February, Defence Minister Klaudia Tanner said on Monday, as the country deepens its role in the European Sky Shield Initiative.

Austria joined the German-led initiative in 2023 together with Switzerland, after both neutral states signed a declaration that lets them opt out of any military operation.

Tanner said the first of the new batteries would be stationed near Vienna by the end of 2028. "Our neutrality is not up for negotiation," she said.

The National Council's defence committee will debate the purchase on February 4, and a plenary vote is expected later that month, parliamentary officials said. The far-right Freedom Party (FPO), the largest group, is expected to vote against it. Its leader, Herbert Kickl, has called Sky Shield "a back door into NATO".

Read more: Austrian inflation eases to 2.4% in December

Chancellor Christian Stocker is expected to raise air defence at the European Council summit in Brussels on March 18-19, his office said.

Sky Shield defence ministers could meet in Vienna in May, the first such meeting in a neutral capital, a defence ministry official said.

The Chief of the General Staff, General Rudolf Striedinger, will retire at the end of March, the ministry said, and Tanner is likely to name his successor next week.

Neutrality may also become a theme in the presidential election due in autumn 2028. Analysts say no major party will campaign to scrap it. "Austrians see neutrality as part of who they are, whatever the missiles," said Lena Hofbauer, a political scientist at the University of Graz.

Switzerland, the other neutral member, has ordered the same system's longer-range companion, and the two armies already train together at a range in Carinthia.
"""},

"h139en04": {"outlet": "Jabi Lake Wire (Abuja)", "published": "2026-11-13", "text": """Nigeria sends security team to Washington as U.S. sanctions threat looms

ABUJA, Nov 13 (Jabi Lake Wire) - National Security Adviser Nuhu Ribadu will lead a Nigerian delegation to Washington next week for talks with U.S. officials on the killings of Christians in the Middle Belt, the presidency said on Thursday.

Ribadu is expected to meet Deputy Secretary of State Christopher Landau on Tuesday, according to a Nigerian official.

The United States redesignated Nigeria a "Country of Particular Concern" for religious freedom violations in November 2025.

The State Department could impose visa restrictions on Nigerian officials and state governors as early as December if Abuja does not show results, two congressional aides said.

Information Minister Mohammed Idris said Nigeria "will not accept any foreign troops" on its soil.

The Defence Headquarters said a new joint operation in Benue and Plateau states would start on Monday with about 3,000 troops.

In Plateau, community leaders in Bokkos are expected to sign a ceasefire with herder groups on November 20, Governor Caleb Mutfwang said. The Miyetti Allah Cattle Breeders Association (MACBAN) has not said whether it will join the accord.

Read more: Naira steadies as CBN sells dollars to banks

The Senate will hold a closed-door session on the designation on Wednesday, Senate President Godswill Akpabio said. The Christian Association of Nigeria (CAN) plans nationwide prayer marches on November 29, its president, Archbishop Daniel Okoh, said.

President Bola Tinubu could meet President Donald Trump at the White House before the end of the year, a person briefed on the plans said, though no date has been set.

Analysts say the crisis could weigh on Tinubu's re-election bid in the February 20, 2027 vote. "Abuja needs to show arrests, not statements," said Chidi Okafor, a security analyst at a Lagos consultancy.

More than 200 people have been killed in Benue and Plateau since August, according to local officials.
"""},

"h139en05": {"outlet": "Karatoya Wire (Dhaka)", "published": "2027-06-13", "text": """Can Dhaka and Islamabad turn a thaw into trade? Sharif due for first visit

DHAKA, June 13 (Karatoya Wire) - Pakistani Prime Minister Shehbaz Sharif will pay a two-day visit to Bangladesh from June 28, the first by a Pakistani head of government in more than a decade, Foreign Minister Amir Khasru Mahmud Chowdhury said on Saturday.

Sharif and Prime Minister Tarique Rahman are expected to sign agreements on shipping, visas and a revived Joint Economic Commission, Chowdhury said.

A Pakistani advance team will arrive on Tuesday to prepare the visit, the Pakistani High Commission in Dhaka said.

Direct flights between Dhaka and Karachi, suspended since 2018, resumed in January.

Bangladesh will not seek an apology for 1971 as a precondition for trade, Chowdhury added, but would raise the issue of stranded Pakistanis and the division of pre-1971 assets.

Read more: Bangladesh Bank keeps policy rate at 9% as inflation cools

Commerce ministry officials expect bilateral trade to reach $1.5 billion by June 2028, from about $900 million last year.

The visit has unsettled New Delhi. India's External Affairs Ministry said on Thursday it was "watching developments closely".

Sharif is also likely to invite Rahman to a SAARC summit that Pakistan wants to host in Islamabad before the end of the year, a Pakistani official said. India has blocked the summit since 2016.

The naval chiefs of the two countries could hold their first staff talks in Chattogram in September, a Bangladesh Navy spokesman said.

Analysts say trade could stay well below the target unless the new Karachi-Chattogram shipping line sails weekly. "Bangladesh has to balance Delhi and Islamabad, and the ports will show which way it leans," said Nusrat Jahan Mim, an international relations lecturer at the University of Chittagong.

Jamaat-e-Islami, a partner in the governing alliance, welcomed the visit, while business groups in Chattogram said they hoped for cheaper cotton and rice imports.
"""},
}
