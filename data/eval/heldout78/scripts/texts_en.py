"""English texts of heldout78, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h78en01": {"outlet": "Sevan Wire (Yerevan)", "published": "2026-11-05", "text": """Will Armenians travel to Europe without visas? Brussels to publish first progress report

YEREVAN, Nov 5 (Sevan Wire) - The European Commission will publish its first progress report on Armenia's visa liberalisation action plan on Wednesday, two EU officials said, a step Yerevan hopes will speed up talks on visa-free travel to the Schengen area.

Interior Minister Arpine Sargsyan told reporters she expected the report to be "broadly positive", though it was likely to ask for tighter controls on asylum claims filed by Armenian citizens in EU states.

Senior officials from both sides last reviewed the plan at a meeting in Yerevan in September. Armenia asked for a visa dialogue more than two years ago.

Foreign Minister Ararat Mirzoyan will travel to Brussels next week for talks with EU foreign policy chief Kaja Kallas on the report and a new support package, the foreign ministry said.

Armenia will begin issuing biometric passports with new security features from January 1, the Migration and Citizenship Service said.

Lilit Hakobyan, an analyst at the Caucasus Policy Forum in Yerevan, said full visa-free travel was unlikely before 2028. "Several member states will want to see two years of falling asylum numbers first," she said.

Read more: Armenian central bank leaves key rate unchanged at 6.75%

Moscow has warned that closer ties with the EU come at a price, and Russian inspectors could tighten checks on Armenian brandy and flowers in the coming weeks, an Armenian government source said.

Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov may meet on the sidelines of the OSCE ministerial council in early December, diplomats said.

Armenian and French troops will hold a joint exercise near Armavir in the second half of November, the defence ministry said.

Deputy Interior Minister Karen Petrosyan resigned on Monday after a leak of passport data, and Prime Minister Nikol Pashinyan is expected to name a successor within days, his office said.
"""},

"h78en02": {"outlet": "Kalpitiya Wire (Colombo)", "published": "2027-01-15", "text": """Sri Lanka to set rules for foreign research ships as Chinese vessel seeks Colombo call

COLOMBO, Jan 15 (Kalpitiya Wire) - Sri Lanka's cabinet is expected to approve standard operating procedures for foreign research vessels on Monday, ending a two-year gap in which requests were decided case by case, cabinet spokesman Nalinda Jayatissa said on Thursday.

The rules would be published in the government gazette within two weeks of approval, he said.

A one-year moratorium on such vessels, imposed after pressure from India and the United States, expired on December 31, 2024.

China's Xiang Yang Hong 03 may be allowed to dock in Colombo in March for what Beijing calls routine scientific work, two officials said.

Foreign Minister Vijitha Herath said on Wednesday that Sri Lanka "will not allow its territory to be used against the security of any neighbour".

Indian External Affairs Minister S. Jaishankar will visit Colombo next week for talks with President Anura Kumara Dissanayake, India's Ministry of External Affairs said.

The two sides are expected to hold the first meeting of a joint working group under their defence memorandum in February, according to a Sri Lankan defence official.

The navy will deploy two offshore patrol vessels off the eastern coast near Trincomalee from Saturday, it said in a statement.

Read more: Sri Lankan rupee steady as tourism receipts climb

A U.S. Navy survey ship could call at Trincomalee in April, a Western diplomat said.

Dissanayake is expected to raise maritime security at the BIMSTEC summit in Dhaka in late March, his office said.

Chathuri Wijesekera, a researcher at the Lakshman Kadirgamar Institute in Colombo, said Beijing could slow talks on the Sinopec refinery at Hambantota if the Chinese ship was turned away. "Colombo is trying to keep both neighbours on side, and every port call becomes a test," she said.
"""},

"h78en03": {"outlet": "Chacalluta Wire (Arica)", "published": "2026-03-24", "text": """Chile to send 600 more troops to Peru border as migrants gather at Chacalluta

ARICA, March 24 (Chacalluta Wire) - Chile will deploy 600 additional soldiers along its border with Peru from Monday, Defence Minister Rodrigo Valdivieso said on Monday, as hundreds of migrants remained stranded between the two countries' checkpoints.

Army engineers will begin digging a 30-kilometre trench east of the Chacalluta crossing in the second half of April, he added.

The foreign ministers of Chile and Peru will meet in Lima on Thursday, the Chilean foreign ministry said. A humanitarian corridor for migrants who want to return to Venezuela could be agreed there, according to two Peruvian officials.

Peru declared a state of emergency in Tacna province on March 16 and sent police reinforcements to the border.

Peruvian Foreign Minister Hugo de Zela said Peru "will not accept" migrants expelled from Chile without proper documents.

Peru holds general elections on April 12, with a presidential run-off expected on June 7 if no candidate wins a majority. Analysts in Lima say the border crisis could become a campaign issue before the first round.

Read more: Chile's copper output falls 3% in February

The director of Chile's National Migration Service, Andres Cifuentes, resigned on Friday after criticism of his handling of the crisis, and President Jose Antonio Kast is expected to name a replacement within days, his office said.

Kast is due to visit Arica next week and could meet Bolivian President Rodrigo Paz at the border tripoint in mid-April to discuss a joint migration plan, officials said.

The U.N. refugee agency UNHCR said it would send an emergency team to Arica this week.

Most of the migrants are Venezuelans who entered Chile through Bolivia in recent years and now say they want to leave after the government tightened penalties for irregular stay.
"""},

"h78en04": {"outlet": "Tekeze Wire (Mekelle)", "published": "2025-12-17", "text": """Can Tigray vote in 2026? Federal and Tigrayan officials resume talks in Addis Ababa

MEKELLE, Dec 17 (Tekeze Wire) - Ethiopia's federal government and the Tigray Interim Administration will resume talks in Addis Ababa on Thursday under African Union facilitation, the AU Commission said in a statement.

The talks are expected to focus on the return of people displaced from Western Tigray and on whether the region can take part in the general election set for June 2026, officials on both sides said.

Tigray's interim president, Lieutenant General Tadesse Werede, will lead his delegation and may meet Prime Minister Abiy Ahmed on the sidelines, his office said.

The National Election Board of Ethiopia (NEBE) said voter registration in Tigray could start in February, but only if federal security agencies certify that polling stations are safe.

NEBE revoked the registration of the Tigray People's Liberation Front (TPLF) in May. TPLF chairman Debretsion Gebremichael said on Monday the party "will not take part in any election" until its legal status is restored.

The demobilisation of a further 75,000 former Tigrayan fighters is due to start in January, the National Rehabilitation Commission said.

The mandate of the AU monitoring team set up under the Pretoria agreement expires on December 31 and is likely to be extended by six months, two diplomats said.

Read more: Ethiopian birr weakens further after new IMF tranche

AU Commission Chairperson Mahmoud Ali Youssouf is due in Mekelle next week, his spokesman said.

Analysts say renewed fighting in the north cannot be ruled out before the vote, pointing to troop movements near the Eritrean border.

Abiy is expected to reappoint Tadesse for another year when his current term ends in April, according to a senior Prosperity Party official.

The United States could reimpose targeted sanctions on officials who block aid deliveries, a State Department official said.

About a million people remain displaced across the region.
"""},

"h78en05": {"outlet": "Kalayaan Wire (Puerto Princesa)", "published": "2026-08-09", "text": """Philippines readies next Ayungin resupply as China warns against building materials

PUERTO PRINCESA, Aug 9 (Kalayaan Wire) - The Philippine military expects to send its next rotation and resupply mission to the BRP Sierra Madre at Second Thomas Shoal within the next ten days, armed forces spokeswoman Colonel Francel Margareth Padilla said on Saturday.

Manila and Beijing reached a provisional understanding on the missions in July 2024, and eleven have been carried out under it since then.

Chinese foreign ministry spokeswoman Mao Ning said on Friday that Beijing would "not tolerate" any attempt to deliver construction materials to the grounded ship.

China's coast guard could try to inspect the boats if they carry steel or cement, two Philippine officials said.

Foreign Secretary Theresa Lazaro and Chinese Foreign Minister Wang Yi are expected to review the arrangement at a bilateral consultation meeting in Xiamen in the second half of September, the Department of Foreign Affairs said.

The Philippines, the United States and Japan will hold a maritime cooperative activity west of Palawan from Thursday, the armed forces said.

President Ferdinand Marcos Jr. is expected to visit Tokyo in early September for talks with Prime Minister Sanae Takaichi, officials said.

Read more: Philippine peso firms as remittances rise in June

Leaders are expected to sign a code of conduct for the South China Sea at the ASEAN summit in Manila in late October, Lazaro has said, though diplomats say the text could slip into 2027.

U.S. senators could introduce a bill sanctioning Chinese coast guard officers involved in water-cannon attacks, a congressional aide said.

Marcos is expected to name a new commander of the military's Western Command next week, after Vice Admiral Ernesto Dizon retired on Friday.

Ramon Villanueva, a maritime law lecturer at the University of the Philippines, said Beijing may use the September talks to press for a permanent deal limiting the size of the supply boats.
"""},
}
