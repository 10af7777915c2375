"""English texts of heldout125, written for this project. Invented or generic facts."""

EN = {
"h125en01": {"outlet": "Gobustan Wire (Baku)", "published": "2025-09-16", "text": """Will Azerbaijan double its gas to Europe? Baku hosts corridor talks

BAKU, Sept 16 (Gobustan Wire) - Energy ministers from Azerbaijan and at least eight European countries will meet in Baku next Tuesday to discuss expanding the Southern Gas Corridor, Azerbaijan's energy ministry said on Monday.

Energy Minister Parviz Shahbazov said the Trans Adriatic Pipeline (TAP) would launch a binding market test for an additional 10 billion cubic metres a year in early November. "There will be no expansion without long-term contracts from European buyers," he told reporters.

European Commissioner for Energy Dan Jorgensen is expected to attend the Baku meeting and could sign an addendum to the 2022 memorandum of understanding on gas supplies, two EU officials said.

The 2022 memorandum, signed by Commission President Ursula von der Leyen and President Ilham Aliyev in July 2022, set a target of at least 20 bcm a year by 2027.

SOCAR's president, Rovshan Najaf, said the company planned to sign a gas sales agreement with Slovakia's SPP before the end of the year, adding that talks with Austria's OMV had "not yet reached a conclusion".

Read more: Caspian caviar exports rise as sturgeon farms expand

The Commission will present a proposal to ban remaining Russian gas imports in mid-October, a Commission spokeswoman said, and Baku hopes the plan will exempt its supplies.

Azerbaijani and Turkish navies will hold a joint exercise to protect Caspian offshore platforms from September 29 to October 3, the Defence Ministry said.

Romanian President Nicusor Dan is likely to visit Baku in late October, a Romanian diplomatic source said. Aliyev is expected to raise the corridor at the European Political Community summit in Copenhagen on October 2.

Analysts say Azerbaijan may struggle to raise output before 2028, when new compression units at Shah Deniz are due. "The pipes can be widened quickly; the fields cannot," said Leyla Mammadli, an energy economist at a Baku consultancy.
"""},

"h125en02": {"outlet": "Ocona Wire (Arequipa)", "published": "2027-03-08", "text": """Peru's small miners threaten strike as registry deadline nears

AREQUIPA, March 8 (Ocona Wire) - Peru's Congress will vote on Thursday on a bill extending the Comprehensive Registry for Mining Formalization, known as REINFO, until the end of 2028, the head of the energy and mines committee, lawmaker Rosa Huamani, said on Sunday.

The registry, which lets about 50,000 small-scale miners keep working while they complete their paperwork, expires on March 31.

The bill is likely to pass with support from the three largest blocs, Huamani said. The government has asked Congress to limit any extension to one year.

Energy and Mines Minister Hernan Cusi said on Friday the government "will not accept an open-ended extension". He has not said whether the government will veto the bill if it passes in its current form.

The National Confederation of Small-Scale and Artisanal Miners (Conami) will begin an indefinite strike on March 15, its president, Julio Condori, said, adding that members could block the Pan-American Highway south of Nazca if the bill fails.

Prime Minister Alvaro Benavides will meet miners' leaders in Arequipa on Wednesday, his office said.

Read more: Peru's copper output rises 4% in January on new concentrator lines

The Defence Ministry said troops would remain in the Atico and Chaparra mining districts at least until the end of April, after clashes between rival gangs killed eleven people in February.

Deputy Mines Minister Carla Ruiz resigned on Friday over the dispute, and her replacement is expected to be named this week.

U.S. officials have warned that Washington could sanction gold traders that buy from unregistered mines, a concern raised again during a visit by a State Department delegation last month.

Analysts say the government may accept an 18-month extension before the deadline. "Nobody in Lima wants a blockade during the harvest," said Gabriela Tello Rojas, a mining researcher at a Lima university.
"""},

"h125en03": {"outlet": "Zirmunai Wire (Vilnius)", "published": "2026-04-21", "text": """Can Vilnius and Beijing restore ambassadors before summer?

VILNIUS, April 21 (Zirmunai Wire) - Lithuanian and Chinese deputy foreign ministers will hold a second round of talks on restoring full diplomatic relations in Vilnius next week, the Lithuanian foreign ministry said on Monday.

Beijing downgraded ties to the level of charge d'affaires in November 2021 after Taiwan opened an office in Vilnius under its own name.

Foreign Minister Kestutis Budrys said Lithuania "will not ask Taiwan to leave". The government is expected to propose renaming the office the Taipei Representative Office, diplomats said, a change Taipei has so far rejected.

Prime Minister Inga Ruginiene's office said an agreement on returning ambassadors "could be reached by the end of June" if the talks go well. A person briefed on the talks said Beijing could name an ambassador as early as July.

China's customs restrictions on Lithuanian goods remain in place. A Chinese foreign ministry spokesman said Beijing would lift them "once Lithuania corrects its mistakes".

President Gitanas Nauseda, who chairs the State Defence Council, will discuss the talks with the council on Thursday, his office said.

Read more: Klaipeda LNG terminal books record cargoes for Ukraine

The opposition Homeland Union, which backed the office's opening when in government, will call a no-confidence vote against Budrys if the office is renamed, its chairman, Laurynas Kasciunas, said. Budrys has said he would step down if the Seimas rejects an agreement with Beijing.

Taiwan's deputy foreign minister is due to visit Vilnius in mid-May for a semiconductor forum, a Taiwanese official said.

Lithuanian exporters say they lost about 300 million euros in Chinese sales after 2021.

Analysts say the row is likely to feature in the municipal elections of March 2027. "Voters in Vilnius care about the price of trains and bread, but the Taiwan question still moves the right," said Ruta Zemaityte, a political scientist at a Kaunas university.
"""},

"h125en04": {"outlet": "Chalbi Wire (Marsabit)", "published": "2025-12-02", "text": """Kenya sends more police to Marsabit as elders sign truce

MARSABIT, Dec 2 (Chalbi Wire) - Kenya will deploy 400 more police officers to Marsabit County within 14 days to enforce a truce signed by Borana and Gabra elders on Sunday, Interior Cabinet Secretary Kipchumba Murkomen said on Monday.

The truce, brokered by the National Cohesion and Integration Commission (NCIC) after clashes that killed 19 people in October, bans armed movement across grazing areas until the end of March.

Murkomen said a disarmament operation would begin in the Dukana and Turbi areas "as soon as the new officers are in place". The government "will not negotiate with armed groups", Murkomen said.

NCIC chairman Samuel Kobia said elders from both communities would meet again in Turbi on Friday to agree on shared water points.

Kenya and Ethiopia's joint border commission is expected to meet in Moyale in mid-January to discuss cross-border raids, where the two sides are expected to sign a protocol on cross-border livestock movement, Kenya's foreign ministry said.

Read more: Tea auction prices slip in Mombasa as Pakistani demand cools

President William Ruto could visit Marsabit before Christmas to launch a peace caravan, a State House official said, though no date has been set.

The Independent Electoral and Boundaries Commission (IEBC) will hold a by-election for the vacant Saku parliamentary seat on February 26, the commission said in a gazette notice.

Governor Mohamud Ali said the county would not allow politicians to hold rallies in the affected wards ahead of the August 2027 general election.

Livestock traders in Moyale say cattle prices have fallen by a third since the clashes began, as buyers from Nairobi stay away.

Analysts say the truce may not hold beyond the dry season if water points are not shared. "Every truce here has ended at a borehole," said Abdi Guyo Wario, a conflict researcher in Isiolo.
"""},

"h125en05": {"outlet": "Ba River Wire (Lautoka)", "published": "2027-08-10", "text": """Fiji lawmakers to vote on Australian defence treaty as Chinese ship visit wavers

LAUTOKA, Aug 10 (Ba River Wire) - Fiji's parliament will vote next Tuesday on ratifying the Vuvale Union defence treaty with Australia, which would allow Australian troops to train at the Black Rock camp near Nadi, Defence Minister Semi Rokovada said on Monday.

The treaty was signed in Canberra in March by the two prime ministers.

Rokovada said the government expects the ratification to pass comfortably. Fiji "will not host foreign bases" under the treaty, Rokovada said.

Opposition leader Mere Naivalu said her party would boycott the vote, calling the treaty "a deal made behind the backs of the villages".

Australian Deputy Prime Minister and Defence Minister Richard Marles is scheduled to visit Suva on August 24 to attend a ceremony marking the treaty's entry into force, the Australian High Commission said.

Foreign Minister Litia Vunibola will travel to Beijing later this month to explain the treaty, a foreign ministry spokesman said.

Read more: Fiji tourism arrivals hit a record in July on new U.S. flights

A Chinese navy hospital ship, the Peace Ark, had been due to call at Suva in early September, but the visit could be postponed, two government officials said. The Chinese embassy said in a statement that it "firmly opposes" any arrangement aimed at a third party.

Fijian and Australian troops will hold their first joint exercise under the treaty, Exercise Vuvale Shield, in the Nausori Highlands from October 4 to 15, the Republic of Fiji Military Forces said.

The treaty is also likely to be discussed at the Pacific Islands Forum leaders' meeting in Apia from September 7 to 10.

Analysts say Beijing may suspend its police training programme in Fiji next year. "Suva is trying to keep both doors open, and that gets harder every month," said Tevita Raduva, a lecturer in politics at a Suva university.
"""},
}
