"""English heldout7 texts, written blind for this project on 2026-11-30. Original wording; facts invented or generic."""

EN = {
"h7en01": {"outlet": "Highveld Wire", "published": "2026-02-24", "text": """Godongwana to table budget on Wednesday as unity government partners spar over VAT
CAPE TOWN, Feb 24 (Highveld Wire) - Finance Minister Enoch Godongwana will table the 2026 budget in Parliament on Wednesday, the National Treasury said, a year after a row over a value-added tax increase forced South Africa to postpone a budget speech for the first time.

Last year's speech, first set for February 19, was put off to March 12 after the cabinet failed to agree on the VAT rise.

This time the budget will not include a VAT increase, two people briefed on the plans said, but it is expected to raise the fuel levy and extend the freeze on income tax brackets for another year.

The Democratic Alliance (DA), the second-largest party in the Government of National Unity, will vote against any budget that raises VAT, its finance spokesperson, Thandiwe Mokoena, said on Monday. Mokoena said the party could still table amendments when Parliament's finance committee takes up the Appropriation Bill in March.

Parliament is scheduled to vote on the fiscal framework by mid-March.

Read more: Rand firms ahead of budget as investors watch debt outlook

Most economists polled by Highveld Wire expect the Treasury to narrow its deficit target for the coming fiscal year to about 4.5 percent of GDP. The South African Reserve Bank, whose Monetary Policy Committee meets on March 26, is likely to keep its repo rate unchanged, said Lindiwe Sithole, an economist at a Johannesburg asset manager.

ANC secretary-general Fikile Mbalula said on Sunday that the coalition was stable and that there would be no early national election. The local government elections, which President Cyril Ramaphosa is expected to proclaim for November, will be the first test of the coalition at the polls.

The uMkhonto weSizwe party could challenge the budget in court, a party official said, without giving details. Godongwana will brief foreign investors in London next week.
"""},

"h7en02": {"outlet": "Sulu Sea Dispatch", "published": "2025-11-12", "text": """Manila to protest water-cannon attack as sea code talks near
MANILA, Nov 12 (Sulu Sea Dispatch) - The Philippines will file a diplomatic protest with China over a water-cannon attack on a fisheries vessel near Scarborough Shoal, the Department of Foreign Affairs said on Wednesday, as negotiators prepare for another round of talks on a long-delayed code of conduct for the South China Sea.

Philippine Coast Guard spokesman Jay Tarriela said two China Coast Guard ships fired water cannon at the vessel for about 20 minutes on Monday, damaging its mast. No one was hurt.

China's foreign ministry said the boat had "illegally intruded" into Chinese waters and that Beijing would continue to take "necessary measures" around the shoal.

Senior officials from ASEAN and China are scheduled to meet in Kuala Lumpur from November 24 to 26 for the next round of code of conduct negotiations, according to a draft schedule seen by Sulu Sea Dispatch.

Foreign Secretary Theresa Lazaro has said Manila wants the code concluded in 2026, but two diplomats involved in the talks said a final text was unlikely before the second half of the year. The ASEAN chairmanship passes to the Philippines on January 1.

Lazaro is expected to raise the incident with Chinese Foreign Minister Wang Yi if the two meet in Beijing in early December, a visit the department has not confirmed.

Defense Secretary Gilberto Teodoro said on Tuesday the navy would not escort fishing boats to the shoal "for now".

The United States and the Philippines will hold joint naval patrols in the area in the coming weeks, the U.S. Embassy in Manila said in a statement, without giving dates.

Japan and the Philippines could sign an acquisition and cross-servicing agreement as early as January, said Carlos Mendoza Santos, a security analyst at a Quezon City university.

Analysts say Beijing may step up coast guard patrols around Second Thomas Shoal before Manila takes over the ASEAN chair.
"""},

"h7en03": {"outlet": "Prut River Wire", "published": "2026-09-29", "text": """Moldova lines up winter gas as Transnistria talks slip
CHISINAU, Sept 29 (Prut River Wire) - Moldova's state trader Energocom will hold a tender next week to buy up to 200 million cubic metres of gas, Energy Minister Dorin Junghietu said on Tuesday.

Junghietu said the government did not expect to declare a state of emergency in the energy sector this winter.

The energy regulator ANRE is due to decide on a new household gas tariff by October 15, after Moldovagaz requested an increase of about 12 percent. Analysts expect ANRE to approve a smaller rise.

The government-controlled right bank of the Dniester has bought no Russian gas since December 2022.

In the breakaway region of Transnistria, authorities in Tiraspol have asked Chisinau for a loan to buy gas through a Hungarian intermediary. Talks on the request, initially planned for last Friday, have been postponed to October 8 at the Transnistrian side's request, according to the office of Deputy Prime Minister for Reintegration Roman Rosca.

A person familiar with the talks said the government could offer a short-term loan only if Tiraspol agreed to independent metering. Transnistrian leader Vadim Krasnoselsky said on Monday that Tiraspol would not accept "political conditions" for energy.

The European Union will disburse the next tranche of its growth plan for Moldova, including 60 million euros earmarked for energy, before the end of the year, EU Ambassador Iwona Piorko said.

President Maia Sandu is scheduled to travel to Bucharest on October 14. She and Romanian President Nicusor Dan are expected to sign a memorandum there on a second gas interconnector.

The opposition Party of Socialists may call street protests if ANRE approves the full increase, its leader Igor Dodon said.

EU ministers are expected to add five allies of fugitive tycoon Ilan Shor to the bloc's sanctions list on October 20, a diplomat said.

Prices for households rose twice last year, a burden that has weighed on the ruling party's ratings.
"""},

"h7en04": {"outlet": "Anahuac Wire", "published": "2026-06-03", "text": """Mexico's ruling party moves to push second judicial vote to 2028
MEXICO CITY, June 3 (Anahuac Wire) - Mexico's ruling Morena party will present a constitutional amendment next week to postpone the second round of judicial elections, two lawmakers familiar with the draft said. Under the draft, the judicial vote would be held in the first half of 2028 instead of alongside the midterm elections on June 6, 2027.

President Claudia Sheinbaum said at her morning news conference on Tuesday that holding both votes on the same day "could confuse voters", but stopped short of endorsing a delay.

Turnout in the first judicial election, held on June 1, 2025, was about 13 percent.

The National Electoral Institute (INE) has said it will begin printing ballots for more than 800 federal judicial posts in October unless Congress changes the calendar.

Because the ordinary session has ended, Congress would have to meet in an extraordinary period, which Senate leader Adan Augusto Lopez said could be convened in the second half of June.

Analysts say the amendment is likely to pass, since Morena and its allies hold two-thirds majorities in both chambers.

The opposition National Action Party (PAN) will challenge any postponement before the Supreme Court, its leader Jorge Romero said. The court, whose nine justices were themselves elected last year, is not expected to rule on such a challenge before 2027.

The federal judges' association said its members could stop work for a day if the amendment also cuts judicial salaries.

Sheinbaum is due to send a broader electoral reform to Congress by September 1, when the new legislative session opens. That bill is expected to reduce public funding for parties and cut the number of proportional-representation seats, officials at the Interior Ministry said.

Critics of the 2024 judicial overhaul, including the U.S. Chamber of Commerce, have warned that it weakens checks on the executive.
"""},

"h7en05": {"outlet": "Serendib Ledger", "published": "2027-04-08", "text": """IMF team to start final Sri Lanka review as power tariff row lingers
COLOMBO, April 8 (Serendib Ledger) - An International Monetary Fund mission led by Evan Papageorgiou will arrive in Colombo on Monday for the final review of Sri Lanka's $2.9 billion Extended Fund Facility, the finance ministry said on Thursday.

The two-week visit is expected to end with a staff-level agreement, a ministry official said, which would clear the way for a last disbursement of about $350 million once the IMF board signs off, possibly in June.

The board completed the previous review in December. Sri Lanka defaulted on its foreign debt in April 2022.

President Anura Kumara Dissanayake, who also holds the finance portfolio, told parliament on Tuesday that the government would not seek a new IMF programme after the current one ends. But economists in Colombo expect the government to request a precautionary arrangement later this year to reassure bondholders.

The main sticking point is electricity pricing. The Public Utilities Commission of Sri Lanka (PUCSL) is due to announce a tariff revision by the end of the month, and officials have said it could include an increase of up to 15 percent for households. Energy Minister Kumara Jayakody may resign if the increase is approved, local media reported.

The Central Bank of Sri Lanka will announce its next monetary policy decision on May 20. Most analysts polled by Serendib Ledger expect the overnight policy rate to stay at 7.75 percent.

Dissanayake has also pledged to hold long-delayed provincial council elections, but the Election Commission said they could not take place before the first quarter of 2028 unless parliament passes a new delimitation law.

The Official Creditor Committee, co-chaired by Japan, India and France, will meet in Paris in mid-May to review progress on the 2024 debt agreement, a diplomat in Colombo said.

Tourism earnings rose 18 percent in the first quarter, the central bank said last week.
"""},
}
