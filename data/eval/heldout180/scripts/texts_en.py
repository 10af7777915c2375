"""English texts of heldout180, written for this project in one sitting. Invented or generic facts."""

EN = {
"h180en01": {"outlet": "Monte Verde Wire (Mindelo)", "published": "2026-08-06", "text": """Cabo Verde sets October 18 presidential vote as Neves weighs a second term

MINDELO, Aug 6 (Monte Verde Wire) - Cabo Verde will elect its president on October 18, with a run-off, if needed, on November 1, the National Elections Commission (CNE) said on Wednesday.

Candidates must file their papers with the Constitutional Court by September 3, and the official campaign will run from October 3 to October 16, the commission said. Voting abroad opens a day early, on October 17.

President Jose Maria Neves, who won the October 2021 election in the first round, is expected to announce next week whether he will seek a second term, two people close to the presidency said.

Fernanda Brito Monteiro, a former mayor of Sao Vicente backed by the ruling Movement for Democracy (MpD), will file her candidacy in Praia on Saturday, her campaign said.

Prime Minister Ulisses Correia e Silva will meet Neves on Monday to agree the election budget, the prime minister's office said. Correia e Silva said the government "will not cut" funding for diaspora polling stations.

Read more: Cabo Verde central bank holds rates as tourism revenue climbs

The European Union is likely to send an observation mission, with a core team arriving in mid-September, an EU official said. The Economic Community of West African States (ECOWAS) could also deploy observers, though it has not confirmed a mission.

The armed forces will help carry ballot boxes to Brava and Santo Antao from October 14, the defence ministry said.

Infrastructure Minister Nuno Barros, who is weighing an independent bid, would have to resign by the filing deadline if he enters the race, officials said.

Analysts say the vote could go to a run-off for the first time since 2011. "Turnout may fall below 40 percent in the first round," said Jorge Almada, a political scientist at the University of Cabo Verde.
"""},

"h180en02": {"outlet": "Grand Etang Wire (Grenville)", "published": "2025-09-23", "text": """Will Grenada's passport reform keep Britain's visa door open?

GRENVILLE, Sept 23 (Grand Etang Wire) - Grenada's House of Representatives will debate a bill raising the minimum investment under its citizenship by investment (CBI) programme to $250,000 on Friday, Prime Minister Dickon Mitchell said on Monday.

The bill is expected to pass and the Senate would take it up next week, Mitchell told reporters. His National Democratic Congress (NDC) holds nine of the 15 elected seats.

"Grenada will not scrap a programme that pays for our hospitals," he said.

The opposition New National Party (NNP) will vote against the bill, its leader Emmalin Pierre said.

Read more: Carriacou ferry service to resume after Beryl repairs

Britain has not decided whether to impose visa requirements on Grenadian passport holders, a British official in the region said, but diplomats said a decision could come as early as November. London imposed visas on Dominica and Vanuatu citizens in July 2023.

A team from the UK Home Office will visit St George's in the second week of October to review background checks, two officials said.

Grenada and four other Eastern Caribbean states signed an agreement last year to set up a regional regulator, the Eastern Caribbean Citizenship by Investment Regulatory Authority (ECCIRA), which is due to start work on January 1.

Leaders of the Organisation of Eastern Caribbean States (OECS) will discuss the programmes at their meeting in Castries in mid-November, the OECS Commission said.

Mitchell, whose term ends in 2027, has not ruled out an early election. The chief executive of the CBI unit, Rochelle Bain-Hosten, is expected to step down at the end of the month, according to a government source.

Analysts say revenue from the programme could fall by a third next year if the UK acts. "Buyers want visa-free travel to London and Europe, not a beach," said Kendall Francis, a lecturer at St. George's University.
"""},

"h180en03": {"outlet": "Hvalfjordur Wire (Akranes)", "published": "2027-01-22", "text": """Iceland to rule on fin whaling by end-February as coalition strains

AKRANES, Jan 22 (Hvalfjordur Wire) - Iceland's government will decide by the end of February whether to renew the fin whaling licence of Hvalur hf, the country's only fin whaling company, the Ministry of Industries said on Thursday.

Minister of Industries Hanna Katrin Fridriksson is expected to present her recommendation to the cabinet on Tuesday, two officials said. The five-year licence issued in December 2024 was suspended in October after an animal welfare review.

The Marine and Freshwater Research Institute will publish updated quota advice next week, the institute said.

Inga Saeland, leader of the People's Party, said her party's ministers could resign if the licence is refused. "Jobs in Akranes are not a bargaining chip," she said.

Hvalur hf said in a statement it would take the state to court if the licence is not renewed, and that it would not send its boats out before June in any case.

Read more: Icelandic krona steadies as tourism bookings recover

U.S. officials have warned that Washington could certify Iceland under the Pelly Amendment, a step that opens the door to trade sanctions. Prime Minister Kristrun Frostadottir will raise the issue with U.S. officials during a visit to Washington in mid-March, her office said.

The campaign group Whale Friends Iceland will hold a protest outside the Althingi on Monday, the group said.

A Japanese fisheries delegation is likely to visit Reykjavik in early April to discuss meat exports, an industry source said. Japan bought almost all of the 2022 catch.

Analysts say the dispute may not break the coalition, but it could cost Fridriksson's Reform Party votes in the 2028 parliamentary election. "Whaling is a tiny industry with a huge symbolic weight," said Solveig Arnardottir, a political scientist at the University of Akureyri.
"""},

"h180en04": {"outlet": "Ramelau Wire (Dili)", "published": "2026-11-18", "text": """Will Timor-Leste's 2027 budget drain the Petroleum Fund faster?

DILI, Nov 18 (Ramelau Wire) - Timor-Leste's National Parliament will open the general debate on the 2027 state budget on Monday and hold the final vote on December 10, parliament's president Maria Fernanda Lay said on Tuesday.

The $2.1 billion draft, approved by the Council of Ministers last week, would withdraw $1.4 billion from the Petroleum Fund, more than twice the fund's estimated sustainable income.

Finance Minister Santina Cardoso said the government "will not cut" civil service salaries and that withdrawals would start to fall from 2029.

The budget is expected to pass, since Prime Minister Xanana Gusmao's coalition holds a comfortable majority, analysts say.

President Jose Ramos-Horta has not said whether he will sign it and could send it to the Court of Appeal for review, a presidency source said. The president has 30 days to promulgate or veto a budget once he receives it.

The opposition Fretilin will table a motion demanding Cardoso's resignation if the withdrawal is not cut, its parliamentary bench leader, Elisa Ximenes, said.

Read more: Tibar Bay port reports record container traffic

An International Monetary Fund mission will arrive in Dili on December 1 for its annual Article IV consultation, the fund said in a statement.

Timor-Leste and the Asian Development Bank (ADB) are expected to sign a $120 million loan for the Baucau-Viqueque road in January, a finance ministry official said.

Australia will hand over a third Guardian-class patrol boat to the Timorese navy in Darwin in March, Australia's Department of Defence said.

"Gusmao could call an early election in the second half of 2027 to renew his mandate before the fund shrinks further," said Joaquim Belo, an economist at a Dili research institute. The fund held about $18 billion at the end of September.
"""},

"h180en05": {"outlet": "Filfil Wire (Asmara)", "published": "2027-04-05", "text": """Will Eritrea return to IGAD before the Djibouti summit?

ASMARA, April 5 (Filfil Wire) - Foreign Minister Osman Saleh will lead a delegation to Djibouti next week for talks with the Intergovernmental Authority on Development (IGAD) Executive Secretary Workneh Gebeyehu, Information Minister Yemane Gebremeskel said on Sunday.

Eritrea suspended its IGAD membership in December 2023, saying the bloc had failed the region. Yemane said Asmara "has not decided" whether to resume its seat.

IGAD leaders will hold an extraordinary summit in Djibouti on April 17, the IGAD secretariat said. Ethiopian Prime Minister Abiy Ahmed is expected to attend, diplomats said, and the leaders are likely to endorse a 60-day humanitarian truce proposal for Sudan.

Meron Kidane, a Horn of Africa researcher in Nairobi, said Eritrea was likely to rejoin before the summit, "because Isaias wants a seat at the table when Sudan is discussed."

Read more: Massawa port handles its first refrigerated containers in a decade

Ethiopia's defence ministry said its army would hold exercises near the Afar border in May. Asmara has accused Addis Ababa of preparing for war, a charge Ethiopia denies.

Djibouti's President Ismail Omar Guelleh, who hosts the summit, invited President Isaias Afwerki in a letter delivered last week, the Djiboutian presidency said. Isaias has not said whether he will attend.

Eritrean Airlines will resume flights between Asmara and Djibouti from May 1, the airline said.

The European Union could add two Eritrean officers to its human rights sanctions list when EU foreign ministers meet on April 22, two EU diplomats said. Yemane called the plan "another hostile act".

Analysts say Asmara may use its return to IGAD to demand a say on Red Sea security, and an Eritrea-Djibouti border commission could meet within 30 days if the summit goes well.
"""},
}
