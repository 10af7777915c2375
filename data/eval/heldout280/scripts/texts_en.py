"""English texts of heldout280, written for this project in one sitting. Invented or generic facts."""

EN = {
"h280en01": {"outlet": "Batavia Coast Wire (Geraldton)", "published": "2025-11-18", "text": """Will Canberra blink on live sheep exports before the 2028 ban?

GERALDTON, Nov 18 (Batavia Coast Wire) - Agriculture Minister Julie Collins will meet Western Australian sheep producers in Geraldton on Friday to outline a second round of transition support, her office said on Monday, as the industry counts down to the end of live sheep exports by sea on May 1, 2028.

Parliament passed the phase-out law in May 2024, after a bitter campaign by farm groups in the west.

Collins said the government "will not move the date", adding that a further A$40 million package for farmers, shearers and truck operators would be announced before Christmas.

The opposition Coalition has pledged to reverse the ban if it wins the next federal election, due by 2028. Its agriculture spokesman, Senator Brett Hollings, said on Sunday that a repeal bill could be introduced in the Senate "as early as February". The bill is unlikely to pass while Labor and the Greens control the chamber.

Read more: WA grain growers brace for record harvest despite dry spring

Trade Minister Don Farrell is expected to visit Kuwait and Saudi Arabia in early December to reassure buyers in the Gulf, which take most of Australia's live sheep, two officials said. Kuwait's Al Mawashi, the largest customer, has not decided whether to renew its supply contract, which expires at the end of June, a company executive said.

The Senate's rural affairs committee will hold a public hearing on the transition in Perth on December 2, its chair said.

Exporters shipped about 600,000 sheep from Fremantle last year, a fraction of the numbers sent a decade ago.

Analysts say the trade could shrink faster than the law requires, with some exporters likely to quit before the end of 2026. "Farmers have already voted with their feet," said Anna Brierley, an agricultural economist at the University of Western Australia.
"""},

"h280en02": {"outlet": "Saamis Wire (Medicine Hat)", "published": "2026-09-24", "text": """Britain weighs Suffield's future as Germany eyes the Prairie ranges

MEDICINE HAT, Sept 24 (Saamis Wire) - Britain will decide by the end of the year whether to keep its armoured training unit at Canadian Forces Base Suffield, northwest of Medicine Hat, Armed Forces Minister Helen Kinnaird said on Wednesday during a visit to the base. The review, first promised for March, has slipped twice.

The British Army Training Unit Suffield (BATUS) has hosted large tank exercises on the prairie since 1972, but no full British battlegroup has trained there since 2023.

Canadian Defence Minister David McGuinty said Ottawa "will not raise the fee" for the range and hoped a new agreement with London could be signed before NATO defence ministers meet in Brussels on October 15.

Germany's army is expected to send a tank battalion to Suffield for three weeks in late May, two German officials said, its first large exercise in Canada since it left Shilo in 2000. German Defence Minister Boris Pistorius could visit Ottawa in the second week of November to discuss a longer-term presence, a person familiar with the preparations said.

Read more: Alberta extends drought measures into the autumn

Alberta Premier Danielle Smith said on Tuesday the province would press for the German plan at the first ministers' meeting in Ottawa in November. The city's Conservative MP, Karen Lindgren, said she would ask the Commons defence committee to hold hearings on Suffield next month.

The UK could also use the range to train a multinational force that would deploy to Ukraine after a ceasefire, British officials have said. Moscow has warned that any such force would be a "legitimate target".

Analysts say a ceasefire in Ukraine is unlikely before 2027, which would keep the force on paper for now. "Suffield is worth more to NATO than to Britain alone," said Marc Belanger, a defence analyst at the University of Calgary.
"""},

"h280en03": {"outlet": "Mala Fatra Wire (Zilina)", "published": "2027-03-05", "text": """Can Slovakia's transaction tax survive its own coalition?

ZILINA, March 5 (Mala Fatra Wire) - Slovakia's parliament will vote next Tuesday on a government bill exempting company payments below 5,000 euros from the financial transaction tax, Finance Minister Ladislav Kamenicky said on Thursday.

The levy, introduced in April 2025 as part of a budget consolidation package, charges 0.4 percent on most business transfers and has drawn fierce criticism from employers.

Kamenicky said the bill was expected to pass comfortably and would take effect from July 1.

Kia Slovakia, whose plant near Zilina employs about 3,700 people, said last week it would not expand its electric-vehicle line here until the tax was scrapped. The company's global president is expected in Bratislava in mid-April for talks with Prime Minister Robert Fico, according to the state investment agency SARIO.

Read more: Zilina region's unemployment falls to a record low

The opposition Progressive Slovakia (PS) wants the tax abolished outright. Its leader, Michal Simecka, said his party would table its own amendment to scrap it.

Coalition partner SNS has not said how its lawmakers will vote. Coalition leaders will meet tomorrow to settle the issue, a Smer spokesman said. Economy Minister Denisa Sakova could resign if the bill fails, a person close to her said.

EU officials said the European Commission could recommend suspending part of Slovakia's recovery funds if the exemption pushed the deficit above target.

The bill comes six months before a parliamentary election due in September, in which Smer is trailing PS in most polls.

Analysts say the government may have to raise VAT again in the 2028 budget to cover the lost revenue. "It is a pre-election gift paid for later," said Zuzana Hrabovska, an economist at a Bratislava think tank.
"""},

"h280en04": {"outlet": "Cibin Wire (Sibiu)", "published": "2026-05-11", "text": """Will Romania get its OECD invitation before the summer?

SIBIU, May 11 (Cibin Wire) - The OECD Council is expected to decide whether to invite Romania to join the organisation at its meeting in Paris on June 3, Foreign Minister Oana Toiu said on Sunday, after the last of its 25 technical committees signed off in April.

Romania applied to join in 2016 and was invited to open accession talks in January 2022, together with Argentina, Brazil, Bulgaria, Croatia and Peru.

OECD Secretary-General Mathias Cormann will travel to Sibiu on Thursday for a regional development forum, where he is due to meet Prime Minister Ilie Bolojan, the OECD said in a statement.

Bolojan said Romania "will not ask for any transition period" on the organisation's anti-bribery rules. Diplomats in Paris said no member was expected to block the invitation, though Hungary had yet to confirm its position.

Parliament would then have to ratify the accession agreement, a vote officials expect before the end of the year.

President Nicusor Dan will raise the accession at the European Council in Brussels on June 25-26, his office said, as Bucharest seeks to show investors that its fiscal repair is on track.

The nationalist AUR, which leads in polls ahead of the 2028 parliamentary election, has called the OECD "a club of rich lenders". Its leader, George Simion, said the party would stage a protest outside the forum venue in Sibiu on Thursday.

Finance Minister Alexandru Nazare may step down if the coalition rejects his second tax package in June, two coalition sources said.

Analysts say membership is unlikely to bring an immediate credit upgrade, but S&P could revise Romania's outlook as early as October. "The invitation is a signal, not a cheque," said Radu Teodorescu, an economist at Lucian Blaga University in Sibiu.
"""},

"h280en05": {"outlet": "Eyjafjordur Wire (Akureyri)", "published": "2026-04-22", "text": """Akureyri braces for higher fishing fees as the municipal vote nears

AKUREYRI, April 22 (Eyjafjordur Wire) - Iceland's parliament will vote within 10 days on a bill raising fishing fees for a second year, Industries Minister Hanna Katrin Fridriksson said on Tuesday, brushing aside warnings from seafood processors in the north. She will present the final text to the Althing's industries committee on Friday.

The first increase, passed in July 2025 after one of the longest filibusters in the Althing's history, roughly doubled the fee on cod and haddock. The fee is charged per kilo of landed catch and is calculated from the industry's profits two years earlier.

Samherji, the Akureyri-based seafood group, said it could close a processing line at its Dalvik plant by the end of the year if the bill passes.

Prime Minister Kristrun Frostadottir said the government "will not back down", adding that the extra revenue would fund road tunnels in the north from 2027.

Read more: Akureyri hospital expansion wins state funding

Independence Party leader Gudrun Hafsteinsdottir said her party would repeal the increase if it returned to government.

The dispute lands weeks before Akureyri and other municipalities vote on May 16. The town's municipal manager, Bjarki Thorvaldsson, is expected to step down after the vote, a council member said.

Icelandic and Norwegian fisheries officials will meet in Reykjavik next week to discuss access for Norwegian vessels in Icelandic waters, the Industries Ministry said. Norway's Fisheries Minister Marianne Sivertsen Naess is not expected to attend.

Analysts say the bill is likely to pass, but the governing parties could lose seats in the north in May. "Every family here knows someone on a trawler," said Sigridur Olafsdottir, a political scientist at the University of Akureyri.
"""},
}
