"""English texts of heldout97, written for this project on 2026-12-03. Invented or generic facts."""

EN = {
"h97en01": {"outlet": "Raisina Wire (New Delhi)", "published": "2026-11-24", "text": """Will 'One Nation, One Election' clear Parliament this winter?

NEW DELHI, Nov 24 (Raisina Wire) - The joint parliamentary committee examining India's "One Nation, One Election" bills will table its report in the Lok Sabha on December 3, committee chairman P.P. Chaudhary told reporters on Monday. A vote is expected before the winter session ends on December 19.

The bills were introduced in the Lok Sabha in December 2024 and sent to the committee. They need a two-thirds majority of members present and voting in each house.

Law Minister Arjun Ram Meghwal said the government expected to move the Constitution (129th Amendment) Bill for passage "in the second week of December", adding that it would not accept any change to the 2034 start date.

The Congress party will vote against the bills, its president Mallikarjun Kharge said in a post on X.

Government managers are in talks with the YSR Congress Party and the Biju Janata Dal, whose support could close a gap of about 30 seats in the Rajya Sabha, two officials said. A meeting of floor leaders is likely on Friday, one of them said.

Read more: India's GDP growth slows to 6.1%

Karnataka Chief Minister Siddaramaiah has called a meeting of opposition-ruled states in Bengaluru on December 1 to coordinate a legal challenge, his office said in a statement. Congress may petition the Supreme Court as early as next week if the bills pass the Lok Sabha, party spokesman Ajit Narayanan said.

Prime Minister Narendra Modi is expected to speak in the Lok Sabha debate, which officials said could begin on December 9.

Analysts say the bills are unlikely to clear the Rajya Sabha before the budget session in February, and that the first synchronised polls would in any case not be held before 2034. "The arithmetic in the upper house has not changed," said Neelam Sood, a political scientist at Jawaharlal Nehru University.
"""},
"h97en02": {"outlet": "Tlatelolco Wire (Mexico City)", "published": "2025-08-20", "text": """Mexico, U.S. near security pact as Rubio visit nears

MEXICO CITY, Aug 20 (Tlatelolco Wire) - Mexico and the United States are expected to sign a bilateral security cooperation agreement when U.S. Secretary of State Marco Rubio visits Mexico City in the first week of September, Foreign Minister Juan Ramon de la Fuente said on Tuesday.

President Claudia Sheinbaum told her morning news conference that the deal "will not allow any U.S. military operation on Mexican soil."

Last week Mexico sent 26 alleged cartel members to the United States, the second such transfer this year after 29 were handed over in February. Security Minister Omar Garcia Harfuch said a third transfer "could take place before the end of the year" if U.S. prosecutors file new requests.

A delegation of Homeland Security officials will arrive on Monday for talks on fentanyl precursors and arms trafficking, ahead of Rubio's trip, the U.S. Embassy said in a statement.

Read more: Peso firms as Banxico signals slower pace of rate cuts

Washington has threatened to raise tariffs on Mexican goods not covered by the USMCA to 30% unless cartel violence falls, and U.S. officials say the decision could come by October 1.

Mexico's Senate is likely to ratify the agreement in an extraordinary session in mid-September, Senate leader Adan Augusto Lopez said, although the opposition National Action Party (PAN) wants the text debated in committee first.

In Sinaloa, the army will deploy another 1,200 troops to Culiacan from Friday to contain fighting between Sinaloa Cartel factions, the Defence Ministry said. The government has not said whether it will allow U.S. surveillance flights over Sinaloa, which began in February, to continue.

Analysts say the pact could ease tariff pressure but would not survive a major cartel attack on U.S. citizens. "Both sides need a win before the USMCA review next year," said Rodrigo Ibarra, a security analyst at a Mexico City think tank.
"""},
"h97en03": {"outlet": "Elbe Wire (Magdeburg)", "published": "2026-07-14", "text": """Can the CDU hold Saxony-Anhalt against the AfD?

MAGDEBURG, July 14 (Elbe Wire) - Saxony-Anhalt's state election on September 6 is shaping up as a two-way race between the Christian Democrats (CDU) and the far-right Alternative for Germany (AfD), which led a poll published on Monday with 39 percent.

State Premier Sven Schulze, who took over from Reiner Haseloff in January, said the CDU "will not form a coalition with the AfD or rely on its votes" after the election.

AfD lead candidate Ulrich Siegmund told supporters in Halle on Saturday that his party expected to "govern alone" and would present a shadow cabinet in the second half of August.

An absolute majority of seats could be won with about 45 percent of the vote if several small parties fall below the 5 percent threshold.

Chancellor Friedrich Merz is due to campaign in Magdeburg and Dessau on August 29, a CDU spokesman said, and is expected to join Schulze for the final rally in Halle on September 4.

Read more: German exports fall for third month

The Social Democrats and the Free Democrats (FDP), the CDU's current coalition partners, both polled below 8 percent, and the FDP could drop out of the state parliament, the Infratest dimap poll showed.

The Sahra Wagenknecht Alliance (BSW) has not decided whether it would back a CDU-led minority government, its state chairman, Jens Hoffmeister, said.

A televised debate between Schulze and Siegmund is scheduled for August 27, broadcaster MDR said.

Political analysts say the AfD is likely to finish first but will struggle to find a partner, and that coalition talks could last until the end of November. "The firewall will hold in Magdeburg, but it will be tested," said Katrin Oehme, a political scientist at the University of Halle.

The AfD won 20.8 percent in the state's last election in 2021, when Haseloff's CDU came first with 37.1 percent.
"""},
"h97en04": {"outlet": "Banat Wire (Zrenjanin)", "published": "2027-03-30", "text": """Serbia seeks new Russian gas deal as EU pressure mounts

BELGRADE, March 30 (Banat Wire) - Serbia will send a delegation to Moscow next week to negotiate a new long-term gas supply contract with Gazprom, Energy Minister Dubravka Djedovic Handanovic said on Monday. The current arrangement, a six-month extension signed in November, is due to expire on May 31.

The delegation will be led by Srbijagas director Dusan Bajatovic, who is expected to meet Gazprom chief executive Alexei Miller, she said.

Serbia imports about 2.5 billion cubic metres of Russian gas a year through the TurkStream pipeline and Bulgaria.

President Aleksandar Vucic said in an interview with Pink television that Belgrade "will not sign anything that puts our EU path at risk," but that a ten-year deal was "likely" if the price was right.

The European Commission has warned that a long-term contract with Gazprom would run against the EU's plan to end Russian gas imports. EU Enlargement Commissioner Marta Kos is expected in Belgrade in mid-April for talks with Vucic, two EU diplomats said.

Read more: Serbian central bank holds key rate at 5.25%

Brussels could also tie new pre-accession funding to Serbia's plans to diversify supply, a Commission official said, without giving a date.

Serbia and Azerbaijan are due to sign an agreement on Thursday raising Azerbaijani gas deliveries through the Bulgaria-Serbia interconnector, the energy ministry said in a statement.

A Hungarian delegation will visit Belgrade on April 8 to sign a deal on building the Algyo-Novi Sad oil pipeline, Hungary's foreign ministry said.

Analysts say Moscow is likely to offer a lower price in exchange for a ten-year term, and that Belgrade may delay a decision until after the EU-Western Balkans summit in June. "Vucic wants to keep both doors open for as long as he can," said Nikola Jovanovic, an energy analyst at a Belgrade think tank.
"""},
"h97en05": {"outlet": "Mana Pools Wire (Harare)", "published": "2025-10-28", "text": """Zimbabwe braces for longer power cuts as Kariba allocation is cut

HARARE, Oct 28 (Mana Pools Wire) - Zimbabwe will extend daily power cuts to up to 18 hours from Monday after the Zambezi River Authority reduced the water allocation for Kariba South power station, the state power utility ZESA said on Tuesday.

The authority cut Zimbabwe's allocation for the rest of the year at a meeting in Lusaka last week, citing low inflows into Lake Kariba.

Energy and Power Development Minister July Moyo said Hwange's units 7 and 8 would run at full capacity by mid-November once repairs are completed, adding that the government "will not raise tariffs this year."

Zimbabwe is negotiating emergency imports of 300 megawatts from Mozambique's Hidroelectrica de Cahora Bassa (HCB), and a deal is likely to be signed in Maputo next week, two officials at the energy ministry said.

President Emmerson Mnangagwa will travel to Lusaka on Friday for talks with Zambian President Hakainde Hichilema on the Batoka Gorge hydropower project, his spokesman George Charamba said. The two governments could sign a revised agreement on the $5 billion dam during the visit, a Zambian official said.

Read more: Zimbabwe's ZiG steady as gold reserves rise

Moyo is due to present a ministerial statement on the crisis to Parliament on Thursday. The main opposition Citizens Coalition for Change (CCC) said its lawmakers would walk out in protest.

Lake Kariba, shared with Zambia, was 11 percent full last week, according to the authority.

Finance Minister Mthuli Ncube will present the 2026 budget on November 27. Economists say the government may have to seek an emergency IMF facility before then. "Every hour of load-shedding is a tax on the mines," said Tendai Mupfumira, an economist at a Harare consultancy.
"""},
}
