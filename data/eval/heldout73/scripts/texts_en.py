"""English texts of heldout73, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h73en01": {"outlet": "Budjak Wire (Comrat)", "published": "2027-03-02", "text": """Gagauzia to pick a new governor in May as Chisinau tightens grip on autonomy

COMRAT, March 2 (Budjak Wire) - Gagauzia's People's Assembly will vote on Thursday to set May 16 as the date for electing a new bashkan, or governor, of the autonomous region in southern Moldova, Assembly chairman Fyodor Kara told reporters on Monday.

The post has been vacant since Evghenia Gutsul was jailed for seven years in August 2025 for illegally financing the banned Shor party. Her deputy, Nikolai Dragan, resigned on Friday, saying he could no longer run the region "with one hand tied".

Candidate registration will close on April 6, the regional election commission said in a statement.

Prime Minister Alexandru Munteanu said the government "will not accept" a winner backed by networks linked to fugitive businessman Ilan Shor.

President Maia Sandu is due to visit Comrat next week to meet local mayors, her office said. She is expected to announce a regional development fund of about 20 million euros, according to two officials familiar with the plans.

Read more: Moldova's central bank keeps key rate at 5.6%

European Union foreign ministers could extend asset freezes on Shor's associates when they meet on March 15, two EU diplomats said. Moldova hopes to open its second negotiating cluster at an intergovernmental conference in late June, Foreign Minister Mihai Popsoi said last week.

Analysts say a pro-Russian candidate is likely to win in May, and Moscow may reward the region by easing its ban on Gagauz wine. "The Kremlin needs a visible success here before Moldova's next steps toward Brussels," said Veronica Gheorghita, a political scientist at Moldova State University.

Moldova's army will hold a joint exercise with Romanian troops near Cahul in the second half of April, the defence ministry said.

The government is also expected to name a new head of Gagauzia's police within days.
"""},

"h73en02": {"outlet": "Liakhvi Wire (Gori)", "published": "2026-11-26", "text": """Will Geneva talks ease tension on Georgia's boundary lines? New round set for December

GORI, Nov 26 (Liakhvi Wire) - The next round of the Geneva International Discussions on the conflicts in Abkhazia and South Ossetia will be held on December 9-10, the co-chairs from the European Union, the United Nations and the OSCE said in a joint statement on Wednesday.

Georgia's delegation will be led by First Deputy Foreign Minister Giorgi Tsiklauri, the foreign ministry said. Foreign Minister Maka Botchorishvili said Tbilisi would again demand that Russia comply with the ceasefire agreement of August 2008 and pull its troops back to pre-war positions.

"We will not sign any declaration that treats Georgia as a party to the conflict," Botchorishvili said.

Russian-backed forces detained four villagers near Kveshi last Thursday for "crossing the border", the EU Monitoring Mission (EUMM) said. The Incident Prevention and Response Mechanism is expected to meet in Ergneti next Tuesday to discuss their release, the mission said.

Read more: Georgian lari slips as central bank holds rate at 8%

Diplomats in Tbilisi say EU member states are likely to extend the EUMM's mandate by two years before the end of the year. The European Commission may also propose suspending visa-free travel for Georgian diplomatic passport holders in mid-December, one diplomat said.

Prime Minister Irakli Kobakhidze will travel to Baku on Monday for talks with Azerbaijani President Ilham Aliyev on the Black Sea energy cable, his office said.

Opposition parties plan a rally on Rustaveli Avenue on Saturday, and the interior ministry warned it could detain organisers if roads are blocked.

Analysts expect no breakthrough in Geneva. "Moscow may use the round to push its non-use-of-force demand and little else," said Tamta Beridze, an analyst at a Tbilisi think tank.

Russian troops could also move boundary signs further into Georgian-controlled villages before winter, a Georgian security official said.
"""},

"h73en03": {"outlet": "Tasmajdan Wire (Belgrade)", "published": "2027-04-17", "text": """Serbia to sign General Staff lease as Vucic floats autumn election

BELGRADE, April 17 (Tasmajdan Wire) - Serbia will sign a 99-year lease with a U.S.-led investment group on Thursday to rebuild the former Yugoslav Army General Staff complex, bombed by NATO in 1999, Construction Minister Dragan Ilic said on Friday.

The building lost its protected status in 2025, and the director of the Republic Institute for the Protection of Cultural Monuments resigned on Wednesday after prosecutors opened an inquiry into the decision.

Student groups said they would block Kneza Milosa street on the day of the signing, and the opposition Freedom and Justice Party (SSP) will not attend a parliamentary debate on the deal scheduled for Tuesday, its leader Dragan Djilas said.

President Aleksandar Vucic told a television interviewer on Friday that early parliamentary elections "could be held in the autumn" if the protests continue. Two officials from his Serbian Progressive Party (SNS) said a decision was expected by the end of May.

Read more: Serbia's central bank trims key rate to 5.25%

The U.S. special envoy for the Balkans is expected to visit Belgrade next week, where he is likely to meet Vucic and Prime Minister Djuro Macut, according to a diplomatic source.

Washington may also extend its sanctions waiver for the NIS oil refiner, which runs out on May 15, the source said.

Vucic is due to attend the EU-Western Balkans summit in Podgorica in late June, his office said, where leaders are expected to discuss faster access to the single market.

The Serbian Armed Forces will hold a joint exercise with Hungarian troops near Subotica in the first half of June, the defence ministry said.

Analysts say Vucic could use the General Staff signing to rally his base before an election. "He might want the vote before the economy slows next year," said Milica Jovanovic, an economist at the Belgrade Institute for Policy Studies.
"""},

"h73en04": {"outlet": "Mun River Wire (Surin)", "published": "2026-07-15", "text": """Thai-Cambodian boundary commission to meet for first time since border war

SURIN, Thailand, July 15 (Mun River Wire) - Thailand and Cambodia's Joint Boundary Commission will meet in Siem Reap on July 28-29, its first session since last year's border fighting, Thailand's foreign ministry said on Tuesday.

Foreign Minister Sihasak Phuangketkeow said the Thai side would propose starting survey work on a 30-kilometre stretch near the Ta Muen Thom temple, but no map would be signed at this meeting. His Cambodian counterpart, Prak Sokhonn, is expected to lead Phnom Penh's delegation, officials said.

The ceasefire has held since it was extended on June 30, the ASEAN observer team said in its latest report. The two armies' General Border Committee will decide on a further extension in mid-September, the Royal Thai Army said.

Thai and Cambodian deminers will begin joint clearance work near Ta Muen Thom from August 3, the Thailand Mine Action Center said. About 4,000 displaced Cambodian villagers could return to their homes in Oddar Meanchey by the end of August if the clearance goes well, according to a provincial official.

Read more: Thai baht firms as exports beat forecasts in June

Cambodian Prime Minister Hun Manet said on Monday that Phnom Penh would keep its ban on Thai fuel and vegetable imports "until the border is settled", and that Cambodia would not withdraw its request to the International Court of Justice.

Philippine Foreign Secretary Theresa Lazaro, whose country chairs ASEAN this year, will visit Phnom Penh and Bangkok in the first week of August, her department said.

Analysts say a deal on the first stretch could come before the ASEAN summit in Manila in late October, where Thai Prime Minister Anutin Charnvirakul and Hun Manet may hold their first formal talks since the war. Others warn that nationalist pressure in Bangkok might delay any map until 2027.
"""},

"h73en05": {"outlet": "Hennops Wire (Pretoria)", "published": "2026-02-10", "text": """After G20 year, South Africa seeks tariff relief as ties with Washington sour

PRETORIA, Feb 10 (Hennops Wire) - Trade Minister Parks Tau will travel to Washington next week for talks with U.S. Trade Representative Jamieson Greer on cutting the 30% tariff on South African goods, the Department of Trade, Industry and Competition said on Monday.

South Africa handed the Group of 20 presidency to the United States in December after a Johannesburg summit that Washington boycotted. President Cyril Ramaphosa will not attend the G20 summit in Miami in December, his spokesman Vincent Magwenya said, because South Africa has not been invited.

Tau hopes to agree a "framework" on tariffs for citrus, cars and steel before the end of March, officials in his department said, although a full deal was unlikely before the U.S. midterm elections in November.

Ramaphosa is expected to address U.S. relations in his State of the Nation Address on Thursday. He is also expected to name a new ambassador to Washington within weeks, almost a year after the previous envoy was expelled.

Read more: Rand steadies as gold price hits record

Two U.S. congressional aides said lawmakers could push for sanctions on senior officials of the ruling African National Congress (ANC) over its ties with Iran, a step Pretoria called "unacceptable".

Finance Minister Enoch Godongwana will table the budget on February 25, with higher spending on ports and rail, the Treasury said.

The South African Navy will host Chinese and Russian warships for an exercise off Richards Bay in late March, the defence department said, a plan likely to anger Washington further.

The Electoral Commission will announce the date of local government elections by the end of March, commission chairperson Mosotho Moepya said on Friday.

"Washington could strip South Africa of its remaining trade preferences before the end of the year," said Thandeka Mokoena, a trade economist at Stellenbosch University.
"""},

}
