"""English texts of heldout126, written for this project. Invented or generic facts."""

EN = {
"h126en01": {"outlet": "Shark Island Wire (Luderitz)", "published": "2025-11-19", "text": """Namibia and Hyphen to sign hydrogen deal on Friday as German grant waits

LUDERITZ, Nov 19 (Shark Island Wire) - Namibia will sign the long-delayed implementation agreement for the $10 billion Hyphen green hydrogen project in Windhoek on Friday, Deputy Prime Minister Natangwe Ithete said on Tuesday.

The agreement, first expected in 2023, sets the state's 24 percent stake and the tax terms for the plant in the Tsau Khaeb National Park. Hyphen Hydrogen Energy was named preferred bidder in May 2021.

Ithete, who also runs the mines and energy ministry, said the government "will not reopen the water and land clauses", adding that work on the desalination plant should begin in the second half of 2026.

President Netumbo Nandi-Ndaitwah is expected to attend the signing, her office said. Namport's board will meet on Monday to approve a lease for the new bulk terminal.

Germany's development ministry is likely to release the first tranche of a 40 million euro grant by the end of January, two officials familiar with the programme said. A German delegation led by a state secretary could visit Luderitz in early February, one of them added.

Read more: Bank of Namibia holds repo rate as inflation eases

The Namibian Defence Force will deploy a naval unit to guard the port expansion site from next month, the defence ministry said in a statement.

Environmental groups have asked the High Court to review the park's rezoning, and a hearing is set for December 3.

Nandi-Ndaitwah is also due to brief Southern African Development Community (SADC) leaders on the project at an extraordinary summit in Gaborone next week.

Analysts say the first ammonia exports could slip beyond 2030 if European demand stays weak. Hilma Shikongo, an energy economist at a Windhoek research institute, said a final investment decision was unlikely before 2027. "Nobody signs a ten-billion-dollar cheque without a buyer," she said.
"""},

"h126en02": {"outlet": "Enchanted Isles Wire (Puerto Ayora)", "published": "2026-08-14", "text": """Can Ecuador keep the squid fleet away from the Galapagos this time?

PUERTO AYORA, Aug 14 (Enchanted Isles Wire) - Ecuador's navy will begin round-the-clock patrols along the outer edge of the Galapagos marine reserve on Monday as more than 300 Chinese-flagged squid vessels gather to the south-west, Defence Minister Gian Carlo Loffredo said on Thursday.

A U.S. Coast Guard cutter is expected to join the patrols in late August under the shiprider agreement signed in 2023, the U.S. Embassy in Quito said.

Foreign Minister Gabriela Sommerfeld said Ecuador would bar from its ports, from September 1, any fishing vessel that switches off its tracking system near the reserve. She will meet China's ambassador in Quito next week, her ministry said.

Beijing has said its fleet operates legally in international waters and complies with the rules of the South Pacific Regional Fisheries Management Organisation (SPRFMO). The Chinese embassy in Quito did not respond to a request for comment.

Ecuador will propose a cap on squid catches at a meeting of the SPRFMO scientific committee in Lima from September 22 to 25, Sommerfeld added. Peru and Chile are likely to back the proposal, a diplomat in Lima said, while China could block it.

Read more: Ecuador's oil exports recover after pipeline repairs

The Union of Galapagos Fishing Cooperatives (UCPG) said it would hold a boat rally in Puerto Ayora harbour on Saturday to demand tougher controls. In 2020 about 340 foreign vessels were spotted near the islands.

President Daniel Noboa could visit San Cristobal island next month, his office said, though no date has been set.

Maria Jose Andrade, a marine policy researcher at a Guayaquil university, said the navy could struggle to sustain the patrols beyond October without more U.S. help. "Three ships cannot watch a frontier the size of Portugal," she said.
"""},

"h126en03": {"outlet": "Kune-Vain Wire (Lezha)", "published": "2027-03-08", "text": """Italy and Albania to extend migrant centres deal as Tirana eyes EU return hubs

LEZHA, March 8 (Kune-Vain Wire) - Italy and Albania will sign a protocol extending the operation of the Shengjin and Gjader migrant centres by five years when Italian Interior Minister Matteo Piantedosi visits Tirana on Thursday, Albania's interior ministry said on Sunday.

Piantedosi will also meet Prime Minister Edi Rama, the ministry said. The centres, opened in October 2024, have held only a few hundred people after Italian courts blocked most transfers. Under the original 2023 deal, Italy pays for and runs both sites under Italian law.

Italy's Senate is due to debate the protocol's ratification in April, Italian media reported.

Rama said on Saturday that the deal "will not turn Albania into Europe's waiting room" and that no new centre would be built outside Lezha county.

The European Commission is expected to present a legal basis for "return hubs" in non-EU countries before the end of June, EU officials said. Albania could be among the first hosts, they added.

The opposition Democratic Party (PD) will table a motion next week demanding a referendum on the centres, its leader Sali Berisha said.

Read more: Albania's tourist arrivals hit a January record

The centres are likely to feature in the campaign for local elections on May 16, when Albanians choose mayors in all 61 municipalities. Analysts say the Socialists could lose Lezha, where resentment over the camps runs high.

Lezha's mayor, Gjergj Kola, resigned on Friday after the municipal council rejected his budget for a second time. The council will elect an acting mayor on Wednesday, the prefect's office said.

Rome is expected to name a new ambassador to Tirana by the end of the month, according to an Italian diplomatic source.
"""},

"h126en04": {"outlet": "Surkhan Wire (Termez)", "published": "2026-04-16", "text": """Uzbekistan and Taliban to open canal water talks in Termez as Amu Darya runs low

TERMEZ, April 16 (Surkhan Wire) - Uzbek and Afghan officials will hold a first round of technical talks on the Qosh Tepa canal in Termez from April 27 to 29, Uzbekistan's Ministry of Water Resources said on Wednesday.

The 285-km canal, which the Taliban administration began digging in March 2022, could take up to a fifth of the Amu Darya's flow once complete, according to Uzbek estimates. It runs through Balkh, Jowzjan and Faryab provinces.

Water Resources Minister Shavkat Khamraev said Tashkent "will not accept higher withdrawals without a joint monitoring system", adding that he hoped a draft memorandum could be ready by the end of June.

The Afghan delegation is expected to be led by Deputy Prime Minister Abdul Ghani Baradar, a Taliban spokesman said. His trip needs an exemption from the travel ban of the U.N. Security Council's 1988 sanctions committee; Uzbekistan has requested one, and a decision is likely within 10 days, a diplomat in Tashkent said. Turkmenistan could join the talks as an observer, according to the ministry.

Read more: Uzbekistan raises cotton procurement prices for the 2026 harvest

Uzbek border troops will hold exercises near the Hairatan bridge next week, the State Security Service said.

Tashkent has also offered to host talks on extending the Afghanistan-Pakistan ceasefire, which expires at the end of May, the foreign ministry said. Islamabad has not said whether it will accept the offer.

President Shavkat Mirziyoyev is expected to raise the canal at the consultative meeting of Central Asian heads of state in Tashkent in mid-August.

Analysts say Qosh Tepa is unlikely to be fully operational before 2028. "Every year of delay is a year of negotiation," said Dilnoza Karimova, a water researcher at a Tashkent institute.
"""},

"h126en05": {"outlet": "Lunga Wire (Honiara)", "published": "2027-10-05", "text": """Will Honiara finally stop raw log exports? Parliament takes up forestry bill

HONIARA, Oct 5 (Lunga Wire) - Solomon Islands' parliament will begin debating a bill to phase out raw log exports by 2030 when it reconvenes on Monday, Prime Minister Jeremiah Manele's office said on Saturday.

Forestry Minister Calvin Ziru resigned on Friday, saying the timetable was too fast for landowners. Manele is expected to appoint a new forestry minister before the debate, a government source said, and two other ministers could follow Ziru out of cabinet.

Opposition leader Matthew Wale said a vote could come as early as October 20, adding that the opposition would back the bill if it guaranteed compensation for landowners.

The Malaita Provincial Assembly, which has threatened to defy the ban, will meet in Auki on Thursday to set its position, its premier told reporters. An earlier ban, announced in 2019 for 2025, was never enforced.

Manele is due to present the plan at the Melanesian Spearhead Group leaders' summit in Port Vila in late October.

Logs make up about two thirds of the country's export earnings, and China buys most of them. Beijing could seek assurances for existing contracts, a diplomat in Honiara said.

Read more: Solomon Islands dollar steadies as tuna licence revenue rises

Australia is expected to announce a A$30 million package for sawmills and plantations during Foreign Minister Penny Wong's visit in mid-November, the Australian High Commission said.

The Solomon Islands Timber Workers Union said its members would strike from October 18 if the bill passed without retraining funds.

Analysts say the bill could become the main issue before the general election due in April 2028. "Every MP in a logging constituency is already counting votes," said Esther Kwaioloa, a lecturer at the Solomon Islands National University.
"""},
}
