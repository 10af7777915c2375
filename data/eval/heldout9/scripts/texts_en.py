"""English heldout9 texts, written blind for this project on 2026-11-30. Original wording; invented or generic facts."""

EN = {
"h9en01": {"outlet": "Rift Valley Wire (Nairobi)", "published": "2026-05-20", "text": """Kenya's Treasury drops mobile-money tax rise ahead of finance bill debate

NAIROBI, May 20 (Rift Valley Wire) - Kenya's National Treasury will not reintroduce an increase in excise duty on mobile money transfers in the Finance Bill 2026, Treasury Cabinet Secretary John Mbadi said on Tuesday, as lawmakers prepare to debate the bill next week.

The National Assembly's Finance and National Planning Committee, chaired by Molo MP Kimani Kuria, will table its report on the bill on June 2, according to a statement from the committee. The report was first due on May 26.

A second-reading vote is expected the following week, and President William Ruto is expected to sign the bill into law before the new fiscal year starts on July 1.

Deadly protests in June 2024 forced Ruto to withdraw that year's finance bill, and last year's bill passed only after most new levies were removed.

Read more: Kenyan shilling steady as central bank reserves climb

Opposition leader Kalonzo Musyoka said his Wiper party would mobilise supporters against the bill if it includes any new tax on basic goods.

An IMF team is scheduled to arrive in Nairobi on June 8 for talks on a new funding programme, two people familiar with the plans said. A staff-level agreement could be reached by the end of July, one of them said.

Analysts say the Treasury may struggle to meet its revenue target of 2.9 trillion shillings for the coming year without new taxes. The committee is likely to restore some of the dropped measures when it tables its report, said Wanjiru Kamau, a tax partner at a Nairobi accounting firm.

The Central Bank of Kenya's Monetary Policy Committee meets on June 9. Most economists polled by Rift Valley Wire expect it to hold its benchmark rate at 8.75%.

Youth groups have called for demonstrations across the country on June 25, the anniversary of the 2024 storming of parliament, the National Police Service said in a statement.
"""},

"h9en02": {"outlet": "Pampas Ledger (Buenos Aires)", "published": "2026-08-04", "text": """Argentina to widen peso trading band from September, central bank says

BUENOS AIRES, Aug 4 (Pampas Ledger) - Argentina's central bank will widen the band within which the peso is allowed to float by 1.5% a month starting September 1, up from 1% now, the bank said in a statement on Monday.

BCRA President Santiago Bausili told reporters that the bank had not sold dollars inside the band since it was created and would keep buying reserves only through open-market operations.

The band was introduced in April 2025, when the government of President Javier Milei lifted most currency controls as part of a $20 billion programme with the International Monetary Fund.

Economy Minister Luis Caputo is due to travel to Washington next week for meetings with IMF staff on the programme's second review. The review could unlock a disbursement of about $1 billion, according to a person familiar with the talks. The Fund's executive board is expected to discuss the review in late September, IMF spokeswoman Julie Kozack said on Thursday.

Economists surveyed by the central bank expect monthly inflation to slow to 1.8% by December.

The bank's board next meets on August 20. Analysts at Buenos Aires brokerage Delta Quantum said it could use that meeting to cut its reference rate for the first time since March.

Governors from six provinces will meet Caputo on Thursday to press for a larger share of fuel-tax revenue. Buenos Aires province Governor Axel Kicillof said he would not attend a meeting "designed to divide the provinces".

The executive must submit the 2027 budget bill to Congress by September 15, and the lower house is expected to vote on it before the end of October.

Caputo has said the government may scrap the band altogether in 2027, once reserves are rebuilt.

Argentina's country risk premium has fallen by about 300 basis points since January, while the peso has weakened by 9% against the dollar this year.
"""},

"h9en03": {"outlet": "Cap-Vert Wire (Dakar)", "published": "2026-02-10", "text": """Senegal expects IMF board to consider new programme by June after debt audit

DAKAR, Feb 10 (Cap-Vert Wire) - Senegal expects the International Monetary Fund's executive board to consider a new lending programme before the end of June, Finance Minister Cheikh Diba said on Monday, a year after an audit found that the previous government had understated public debt.

The Court of Auditors' report, released in February 2025, found that debt and the budget deficit had been far larger than officially reported between 2019 and 2023.

An IMF mission led by Edward Gemayel will be in Dakar from February 16 to 27 to negotiate the terms of the programme, the Fund said in a statement. A mission initially planned for late January was postponed at the government's request.

The board could also rule on whether Senegal must repay funds disbursed on the basis of misreported data, a person briefed on the talks said.

Prime Minister Ousmane Sonko has ruled out a restructuring of the country's debt, saying Senegal would honour all its obligations. Analysts say a restructuring of Senegal's Eurobonds cannot be excluded if the programme is delayed beyond mid-year.

Parliament is scheduled to vote on an amended 2026 budget on February 24. The amended budget is expected to cut the deficit target to 5.4% of gross domestic product.

The Central Bank of West African States (BCEAO) holds its next monetary policy meeting on March 4.

Rating agencies could downgrade Senegal again if the IMF deal slips, said Mame Diarra Ndiaye, an economist at a Dakar research centre.

Diba plans to meet bondholders in London in the second half of March.

The opposition Takku Wallu coalition said it would file a motion of censure against the government within ten days. Such a motion is unlikely to pass in a parliament where Sonko's Pastef party holds 130 of 165 seats.

Former President Macky Sall, who lives abroad, has denied any wrongdoing.
"""},

"h9en04": {"outlet": "Polar Sound Wire (Nuuk)", "published": "2026-11-02", "text": """Greenland and Denmark to open talks on revising self-rule act in December

NUUK, Nov 2 (Polar Sound Wire) - Greenland and Denmark will open formal talks on revising the 2009 Self-Government Act in Copenhagen in early December, Greenland's Premier Jens-Frederik Nielsen said on Sunday.

The first round, which Danish Prime Minister Mette Frederiksen is expected to open, will focus on the transfer of foreign and security policy powers.

Danish Foreign Minister Lars Løkke Rasmussen told a Danish broadcaster that Copenhagen would not negotiate about the borders of the Kingdom.

Greenlanders voted in parliamentary elections in March 2025 that brought Nielsen's Demokraatit party to power. Nielsen's four-party coalition has said there will be no independence referendum before a new constitution is drafted.

A referendum could be held as early as 2028, said Pele Broberg, leader of the opposition Naleraq party, which wants a faster break with Denmark.

A U.S. congressional delegation is scheduled to visit Nuuk later this month. Observers expect Washington to press for wider access to Pituffik Space Base during the visit.

Nielsen will travel to Brussels next week to sign a raw-materials partnership with the European Commission. The Greenlandic government plans to award an exploitation licence for the Tanbreez rare-earths project before the end of the year, according to two officials in Nuuk.

Denmark's parliament will vote on December 10 on a finance bill that includes 8 billion crowns for new Arctic patrol ships and long-range drones.

The talks on self-rule are likely to last at least two years, said Aqqaluk Heilmann, a political scientist at Ilisimatusarfik, the University of Greenland.

Greenland, home to about 57,000 people, receives an annual block grant from Copenhagen of roughly 4.3 billion crowns, about half of its public budget.
"""},

"h9en05": {"outlet": "Danakil Wire (Addis Ababa)", "published": "2027-01-18", "text": """AU envoys to shuttle between Addis Ababa and Asmara as border tension mounts

ADDIS ABABA, Jan 18 (Danakil Wire) - The African Union will send a high-level panel to Addis Ababa and Asmara within two weeks to try to ease tension along the Ethiopia–Eritrea border, AU Commission Chairperson Mahmoud Ali Youssouf said on Saturday.

The panel, to be led by former Kenyan President Uhuru Kenyatta, is expected to meet Prime Minister Abiy Ahmed first. It will also review the 2022 Pretoria cessation-of-hostilities agreement for Tigray, whose monitoring mission's mandate expires at the end of February.

Eritrea's Information Minister Yemane Gebremeskel said Asmara had not been consulted and would not receive "any mediator who treats the aggressor and the victim alike".

Ethiopia moved armoured units towards Bure, near the Eritrean port of Assab, last week, two Western diplomats said. Abiy told parliament in October that Ethiopia would seek access to the Red Sea only through peaceful means.

Ethiopia's parliament will hold a special session on Thursday to debate the government's Red Sea policy.

Foreign ministers of IGAD, the regional bloc, are scheduled to meet in Djibouti on January 30. IGAD Executive Secretary Workneh Gebeyehu said the bloc may call an extraordinary summit if the situation worsens.

Analysts say a full-scale war is unlikely before the rainy season ends in September, but cross-border skirmishes could begin within weeks.

Tadesse Werede, the head of Tigray's interim administration, is due to hold talks with federal officials in Mekelle next week. A U.S. special envoy may visit the region in February, a State Department official said.

Asmara is likely to seek closer ties with Cairo in the coming months, said Meron Tesfaye, a researcher at a Nairobi-based think tank.

Ethiopia has been landlocked since Eritrea's independence in 1993 and relies on Djibouti for about 90% of its trade.
"""},
}
