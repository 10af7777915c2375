"""English texts of heldout47, written for this project in one sitting. Invented or generic facts."""

EN = {
"h47en01": {"outlet": "Dochula Wire", "published": "2027-06-02", "text": """Bhutan's parliament to take up Gelephu investment law as summer session opens

THIMPHU, June 2 (Dochula Wire) - Bhutan's National Assembly will begin debating an investment law for the Gelephu Mindfulness City special administrative region when its summer session opens on Monday, the Assembly's secretariat said on Tuesday.

The Gelephu Special Administrative Region Investment Bill would allow foreign investors to own up to 100 percent of companies registered in the zone. A vote is expected before the end of June, officials said.

Minister for Industry, Commerce and Employment Namgyal Dorji told reporters on Tuesday that the bill "will not allow foreign ownership of land in any form."

The National Council, the upper house, is due to review the bill in July. If the two houses disagree, the bill could go to a joint sitting of Parliament later in the year, a Council member said.

Read more: Bhutan's hydropower exports rise

Kinley Wangchuk, a lawmaker from the opposition Bhutan Tendrel Party, said his party would table amendments to cap tax holidays at ten years.

Prime Minister Tshering Tobgay will travel to Singapore in mid-June for an investment roadshow, his office said. He is expected to meet Singapore's Prime Minister Lawrence Wong during the visit.

A Thai developer, Siam Horizon, is likely to sign a $400 million agreement to build a township near the planned Gelephu International Airport in the second half of July, two people familiar with the talks said. Construction of the airport is scheduled to begin in October.

India's External Affairs Minister S. Jaishankar is due in Thimphu on June 21 for talks on rail links to Gelephu, India's Ministry of External Affairs said.

King Jigme Khesar Namgyel Wangchuck announced the Gelephu project in his National Day address in December 2023.

Pema Lhaden, an economist at the Royal Institute for Governance and Strategic Studies, said delays in the National Council could push the first investment licences into 2028.
"""},

"h47en02": {"outlet": "Chimborazo Wire", "published": "2025-10-20", "text": """Ecuador's vote on foreign bases and a new constitution enters final stretch

QUITO, Oct 20 (Chimborazo Wire) - Ecuadorians will vote on Sunday, November 16, on whether to allow foreign military bases on their soil and whether to elect a constituent assembly to rewrite the 2008 constitution, the National Electoral Council (CNE) said on Sunday.

The official campaign will run from November 2 to November 13, CNE president Diana Atamaint told a news conference.

A poll by the Quito firm Andes Opinion, published on Saturday, showed 58 percent of decided voters backing the bases question. The assembly question was statistically tied and could be rejected, the pollster said.

President Daniel Noboa, who proposed both questions, said on Sunday that a new constitution "will not touch dollarisation."

Luisa Gonzalez, leader of the opposition Citizen Revolution movement, said her party would campaign for a No vote on all four questions.

If the assembly question passes, the CNE is expected to call elections for its members within 180 days.

Read more: Ecuador's diesel subsidy cut pushes up bus fares in the highlands

U.S. officials are expected to visit the former air base at Manta in early November, two Ecuadorian officials said. Talks on a lease could begin as early as December if voters approve the bases question, one of them said.

U.S. forces left Manta in 2009 after then-President Rafael Correa refused to renew the lease.

Noboa will attend the EU-CELAC summit in Santa Marta, Colombia, on November 9-10, his office said. A meeting there with Colombian President Gustavo Petro is unlikely, diplomats said, after months of tension over tariffs and border security.

The International Monetary Fund's executive board is scheduled to complete the next review of Ecuador's $5 billion loan programme in December, the finance ministry said.

The armed forces' Joint Command said it would deploy about 50,000 troops to guard polling stations and escort ballots on voting day.
"""},

"h47en03": {"outlet": "Venta Wire", "published": "2025-10-24", "text": """Latvia's parliament set to vote on leaving Istanbul Convention as coalition frays

RIGA, Oct 24 (Venta Wire) - Latvia's parliament will vote on Thursday on a bill to withdraw from the Council of Europe's Istanbul Convention on violence against women, the Saeima's presidium said.

The bill, tabled by the opposition National Alliance and Latvia First, is expected to pass with votes from the Union of Greens and Farmers (ZZS), a junior partner in Prime Minister Evika Silina's coalition, party officials said.

Silina, whose New Unity party opposes withdrawal, said on Thursday that leaving the convention "would damage Latvia's standing in Europe."

The Progressives, the third coalition partner, would pull their three ministers from the government if ZZS votes for the bill, co-chair Andris Suvajevs said. The coalition council will meet on Monday to try to settle the dispute.

Read more: Riga airport passenger numbers hit a record in September

President Edgars Rinkevics could return the law to parliament for a second review, his office said.

Rights groups plan a protest outside the Saeima on Wednesday evening.

Council of Europe Secretary General Alain Berset urged Latvian lawmakers on Wednesday to reject the bill.

European Commissioner for Equality Hadja Lahbib is due in Riga on November 6 for talks with Silina, the Commission's representation in Latvia said.

Foreign Minister Baiba Braze will press for a 20th EU sanctions package against Russia when EU foreign ministers meet on November 20, her ministry said.

Latvia's withdrawal from the Ottawa Convention on anti-personnel mines, approved by the Saeima in April, takes effect on December 27, the defence ministry said.

Ilgvars Zarins, who leads the ZZS group in parliament, said the party had "no plans to leave the government" over the vote.

Analysts say a snap election is unlikely before the regular vote on October 3, 2026, but Silina could be forced to look for a new coalition partner within weeks.
"""},

"h47en04": {"outlet": "Kafue Wire", "published": "2026-02-16", "text": """Zambia's constitution bill faces crucial vote months before August election

LUSAKA, Feb 16 (Kafue Wire) - Zambia's National Assembly will vote on Thursday on the second reading of Constitution Amendment Bill No. 7, which would add 20 constituencies and create reserved seats for women, young people and people with disabilities before the August 13 general election, Speaker Nelly Mutti said.

The ruling United Party for National Development (UPND) needs 111 votes, a two-thirds majority, and is likely to get them with the help of independent members, party whips said.

President Hakainde Hichilema said on Saturday the bill "is not about extending anyone's term," rejecting opposition claims that it opens the way to a longer presidency.

Mutale Kapembwa, the opposition Patriotic Front's chief whip, said PF lawmakers would walk out of Thursday's vote.

A previous amendment, Bill 10, fell three votes short in October 2020.

Read more: Kwacha steadies as copper prices climb

If the bill passes, the Electoral Commission of Zambia (ECZ) is expected to complete the delimitation of the new constituencies by the end of April, ECZ chairperson Mwangala Zaloumis said. Nominations for presidential and parliamentary candidates are scheduled for May 14-20, she said.

Church bodies, including the Zambia Conference of Catholic Bishops, are expected to meet Hichilema next week to press for wider consultation, a church official said.

Hichilema will host Botswana's President Duma Boko in Lusaka on February 26 for talks on the Kazungula corridor, State House said. He is also expected to attend an extraordinary summit of the Southern African Development Community in Pretoria in late March.

An International Monetary Fund team is expected in Lusaka in early March for talks on a successor programme, the finance ministry said.

Chanda Mwelwa, a political scientist at the University of Zambia, said parts of the opposition could boycott the August vote if the bill passes without their support.
"""},

"h47en05": {"outlet": "Lecidere Wire", "published": "2026-10-23", "text": """A year into ASEAN, Timor-Leste weighs a gas pipeline decision

DILI, Oct 23 (Lecidere Wire) - Timor-Leste will mark its first anniversary as ASEAN's eleventh member on Monday with a visit by the bloc's Secretary-General, Kao Kim Hourn, who is due to open a new ASEAN liaison office in Dili, the foreign ministry said on Thursday.

Prime Minister Xanana Gusmao will attend the ASEAN summit in Manila on November 10-11, his office said. He is expected to meet Philippine President Ferdinand Marcos Jr. on the sidelines.

Timor-Leste was admitted as a full member at the Kuala Lumpur summit on October 26, 2025, ending a wait that began with its application in 2011.

Australia's Resources Minister Madeleine King is due in Dili next week for talks on the Greater Sunrise gas fields, the Australian embassy said.

Gusmao told parliament on Tuesday that Timor-Leste "will not accept a pipeline to Darwin," repeating his demand that the gas be processed on the south coast.

The Woodside-led joint venture is expected to announce its preferred development concept, including the pipeline route, by the end of the year, two officials familiar with the talks said. A compromise based on a floating LNG vessel could be agreed instead, one of them said.

Read more: Dili port handles record container volumes

From January 1, Timor-Leste will begin applying tariff cuts under the ASEAN Trade in Goods Agreement on more than 7,000 product lines, the trade ministry said.

The two countries signed a maritime boundary treaty in March 2018, placing most of Greater Sunrise in Timorese waters.

Timorese and Australian troops will hold a joint exercise near Baucau in mid-November, the defence ministry said.

Parliament is expected to vote on the 2027 budget, which includes $120 million for the Tasi Mane petroleum project, in the first week of December.

Analysts say Dili could seek to host an ASEAN ministerial meeting as early as 2028.
"""},
}
