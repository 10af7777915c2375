"""English heldout14 texts, written blind on 2026-11-30 (original wording; invented outlets and people)."""

EN = {
"h14en01": {"outlet": "Palk Strait Wire (Jaffna)", "published": "2026-06-15", "text": """India, Sri Lanka to fix Talaimannar ferry timetable as grid study nears end
JAFFNA, June 15 (Palk Strait Wire) - Indian and Sri Lankan shipping officials will meet in Colombo on Thursday to settle a timetable for a passenger ferry between Rameswaram and Talaimannar, Sri Lanka's Minister of Ports and Civil Aviation Bimal Rathnayake said on Sunday.
The service, suspended since 1984, could resume as early as October if a new jetty at Talaimannar is finished on time, Rathnayake told reporters in Mannar.
The Nagapattinam-Kankesanthurai ferry, which restarted in August 2024, carried about 40,000 passengers last year, according to the Sri Lanka Ports Authority.
A joint working group on connecting the two countries' power grids is expected to present its final feasibility report by the end of July, two officials familiar with the study said. The proposed link would run under the Palk Strait.
The chairman of the Ceylon Electricity Board, Tilak Siyambalapitiya, said the board would not sign a power purchase agreement with India's Power Grid Corporation before Parliament approves the revised Electricity Act.
Read more: Jaffna mango growers look to Chennai buyers
India's High Commissioner Santosh Jha is due to visit Trincomalee next week to review plans for an energy hub that New Delhi and Colombo agreed on in April 2025.
Fishing disputes could complicate the talks, analysts say. Tamil Nadu Chief Minister M.K. Stalin has urged New Delhi to press Colombo over the arrest of Indian trawler crews.
A joint working group on fisheries may meet in New Delhi in the second half of August, a Sri Lankan foreign ministry official said, adding that no date had been fixed.
President Anura Kumara Dissanayake is scheduled to attend the BIMSTEC summit in Dhaka later this year, where he might hold talks with Prime Minister Narendra Modi, his office said.
The opposition Samagi Jana Balawegaya will demand a parliamentary debate on the grid link before any agreement is signed, its general secretary Ranjith Madduma Bandara said.
"""},
"h14en02": {"outlet": "Luzon Strait Ledger (Manila)", "published": "2026-01-16", "text": """Japan to send troops for first big drills under Manila pact
MANILA, Jan 16 (Luzon Strait Ledger) - Japan will deploy about 400 Ground Self-Defense Force troops to the Philippines in April for the first large exercise held under the two countries' Reciprocal Access Agreement, Defense Secretary Gilberto Teodoro said on Friday.
The pact, signed in Manila in July 2024, entered into force on September 11 last year.
Japanese Defense Minister Shinjiro Koizumi is expected to visit Manila early next month to sign an implementing arrangement on logistics, two officials familiar with the preparations said.
The Japanese contingent will join the annual U.S.-Philippine Balikatan exercise, which the Armed Forces of the Philippines said would run from April 20 to May 8.
Teodoro said Manila hoped to open talks with Tokyo on an acquisition and cross-servicing agreement within the first half of the year.
Japan could also decide by the end of March whether to transfer six retired Abukuma-class destroyer escorts to the Philippine Navy, a person briefed on the talks said. No final decision has been made.
China's foreign ministry spokesperson Lin Jian said on Thursday that Beijing "firmly opposes" military cooperation that targets a third party.
Senator Teresita Dumlao, who chairs the Senate committee on national defense, said her panel would hold a hearing on the deployment on January 27.
Carmela Ibañez, a security researcher at a Quezon City think tank, said joint Japanese-Philippine patrols in the South China Sea were unlikely before 2027 because Tokyo's rules on the use of force remain strict.
Manila is also negotiating a similar visiting forces pact with France, and the two sides may hold a final round in Paris next month, the Department of Foreign Affairs said.
The Philippines and Canada signed their own status-of-visiting-forces agreement in November 2025.
Teodoro is due to travel to Tokyo in the second week of March for the annual "2+2" dialogue of foreign and defence ministers, his spokesman Arsenio Andolong said.
"""},
"h14en03": {"outlet": "Rimac Wire (Lima)", "published": "2026-04-22", "text": """Fujimori and Lopez Aliaga head for June run-off as Peru count nears end
LIMA, April 22 (Rimac Wire) - Peru's electoral office ONPE expects to finish counting the ballots from the April 12 general election by Friday, its head Piero Corvetto said on Tuesday, with Keiko Fujimori and Rafael Lopez Aliaga set to meet in a presidential run-off on June 7.
With 97% of tally sheets counted, Fujimori of Fuerza Popular had 17.8% of valid votes against 15.1% for Lopez Aliaga of Renovacion Popular.
The National Jury of Elections (JNE) will proclaim the first-round results in the first week of May, once it has ruled on some 300 contested tally sheets, JNE president Roberto Burneo said.
Lopez Aliaga has demanded an audit of the count in Lima and said on Monday that his party could file further challenges.
The two candidates are expected to hold two televised debates, the first in Arequipa on May 24, the JNE said in a statement.
Fujimori lost the run-offs of 2011, 2016 and 2021, the last of them by some 44,000 votes.
A source in the Fuerza Popular campaign said Fujimori may seek the backing of Alliance for Progress leader Cesar Acuna, whose party came fifth, within the next two weeks.
Most analysts expect neither candidate's party to win a majority in the new 130-seat Chamber of Deputies, which will be installed together with the 60-member Senate on July 26.
Interim President Jose Jeri will hand over power on July 28.
The Organization of American States' observer mission, led by former Costa Rican minister Eduardo Solis, said it would stay in Peru until the run-off.
Urpi Mamani, director of the Lima pollster Datum Andino, said the race was likely to be decided by fewer than three points and that turnout in the southern regions could prove decisive.
The central bank's board will not change its policy stance because of the vote, its president Julio Velarde said last week.
"""},
"h14en04": {"outlet": "Vltava Wire (Prague)", "published": "2025-11-13", "text": """Pavel set to name Babis prime minister once Agrofert question is settled
PRAGUE, Nov 13 (Vltava Wire) - Czech President Petr Pavel is expected to appoint Andrej Babis as prime minister by the end of the month if the ANO leader presents a credible plan to separate himself from the Agrofert group, two people close to the Prague Castle said on Thursday.
Babis, whose movement won the October 3-4 parliamentary election with about 35% of the vote, signed a coalition agreement with the Freedom and Direct Democracy party (SPD) and the Motorists for Themselves on November 3.
Babis told reporters he would present his solution to the conflict of interest "within days" and insisted he would not sell Agrofert.
Pavel may refuse to appoint Filip Turek, the Motorists' nominee for foreign minister, over his past social media posts, Czech Radio reported, citing sources at the Castle.
Motorists leader Petr Macinka said the party would not withdraw Turek's nomination.
Under the constitution, a new government must win a confidence vote in the Chamber of Deputies within 30 days of its appointment, which would put the vote in January at the latest.
The outgoing cabinet of Petr Fiala will submit a draft 2026 budget, but the new coalition plans to rewrite it before the end of February, ANO deputy chairman Karel Havlicek said.
Analysts say the Czech-led initiative that buys artillery ammunition for Ukraine could be scaled back. Babis has said the scheme should be run by NATO instead of Prague.
SPD leader Tomio Okamura was elected speaker of the Chamber of Deputies on November 5.
Babis is expected to attend his first European Council summit as prime minister in Brussels on December 18-19, a senior ANO official said, speaking on condition of anonymity.
Jana Koubkova, a political analyst at a Brno university, said Pavel was unlikely to block Babis for long because "the arithmetic in parliament is clear".
"""},
"h14en05": {"outlet": "Sanaga Wire (Douala)", "published": "2025-11-04", "text": """Biya to be sworn in for eighth term as Tchiroma keeps up challenge
DOUALA, Nov 4 (Sanaga Wire) - Cameroonian President Paul Biya will be sworn in for an eighth term before parliament on Thursday, the secretary-general of the National Assembly said on Tuesday.
The Constitutional Council declared Biya, 92, the winner of the October 12 election on October 27 with 53.7% of the vote.
His main rival, former minister Issa Tchiroma Bakary, has said he won the vote and will "never recognise" the result.
Tchiroma's Front for the National Salvation of Cameroon (FSNC) has called a three-day general strike from Monday, its spokesman Alain Nkodo said.
A new government is expected in the coming weeks, and Prime Minister Joseph Dion Ngute could be replaced, a source at the presidency said.
In the English-speaking North-West region, the separatist Ambazonia Governing Council said it would observe a two-week ceasefire from November 10 if the army halted raids on villages around Bamenda.
The army has not responded. Government spokesman Rene Emmanuel Sadi said on Monday that Yaounde would "not negotiate with terrorists".
The European Union could consider targeted measures against officials responsible for the post-election crackdown, a European diplomat in Yaounde said, though any decision would not come before the foreign ministers' meeting in December.
The U.S. Embassy said it was "deeply concerned" about the deaths of protesters in Garoua and Douala.
Leaders of the Economic and Monetary Community of Central Africa (CEMAC) are due to hold an extraordinary summit in Malabo in mid-December, where Cameroon's crisis may be discussed.
The National Episcopal Conference of Cameroon plans to convene a meeting of opposition and government figures before Christmas, its president, Archbishop Andrew Nkea, said.
Herve Nkoulou, a political scientist at the University of Douala, said unrest was likely to continue into next year.
"""},
}
