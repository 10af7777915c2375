"""English texts of heldout68, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h68en01": {"outlet": "Karnaphuli Wire (Chattogram)", "published": "2026-05-27", "text": """Bangladesh's new government readies first budget as IMF team heads to Dhaka

DHAKA, May 27 (Karnaphuli Wire) - Finance Minister Rezaul Karim Bhuiyan will present the BNP-led government's first budget to parliament on Thursday, June 4, the finance ministry said on Tuesday.

The 8.4 trillion taka budget is the first since the February election. Parliament must pass it by June 30.

An International Monetary Fund mission is expected in Dhaka in the second week of June to discuss delayed loan reviews, Bangladesh Bank said in a statement. Governor Ahsan H. Mansur said a staff-level agreement could come by the end of July if the budget meets the Fund's revenue demands.

Jamaat-e-Islami, the main opposition party, will walk out of the budget speech unless a proposed VAT rise on mobile services is dropped, its secretary-general, Mia Golam Parwar, said.

Foreign ministry spokesman Tareq Hossain said Dhaka sent New Delhi a fresh request last week for the extradition of former prime minister Sheikh Hasina, sentenced to death in absentia in November. Foreign Minister Nazrul Islam Chowdhury will raise it with Indian External Affairs Minister S. Jaishankar when they meet in New Delhi next week, Hossain said.

Read more: Bangladesh garment exports rise 6% in April on European orders

Prime Minister Tarique Rahman will make his first foreign trip, to Beijing, in mid-July, his office said. Bangladesh and China will also hold their first joint naval exercise in the Bay of Bengal in the second half of July, the Inter Services Public Relations directorate (ISPR) said.

Commerce Minister Salahuddin Mollah, criticised over rice prices, could step down before the end of June, two senior BNP officials said.

Analysts say the government could push fuel-subsidy cuts into 2027 to avoid unrest before the upazila elections, which the Election Commission plans to hold in late November. "The Fund wants revenue and the voters want relief," said Farhana Rahman, an economist in Dhaka.
"""},

"h68en02": {"outlet": "Ratchadamnoen Wire (Bangkok)", "published": "2026-02-24", "text": """Thai parliament to pick prime minister on Friday as four-party coalition firms up

BANGKOK, Feb 24 (Ratchadamnoen Wire) - Thailand's new House of Representatives will vote on a prime minister on Friday, House Speaker Somchai Rattanakorn said on Monday.

The Election Commission certified the results of the February 8 election last Tuesday. The People's Party won 151 seats, well short of a majority, while Bhumjaithai came second with 112.

People's Party leader Natthaphong Ruengpanyawut is expected to win with the backing of a four-party coalition holding 271 of the 500 seats, two coalition negotiators said. The parties are due to sign a written coalition agreement on Thursday that commits the new government to a referendum on drafting a new constitution within 12 months, the negotiators said.

Bhumjaithai leader Anutin Charnvirakul, the caretaker prime minister, said his party would not join the coalition "under any conditions".

Natthaphong, if elected, plans to visit Kuala Lumpur early next month for talks with Malaysian Prime Minister Anwar Ibrahim, party spokesman Parit Wacharasindhu said.

The Thai-Cambodian General Border Committee will meet in Phnom Penh in mid-March, the defence ministry said, and the ceasefire agreed in late December, which expires at the end of March, is expected to be extended there.

Read more: Thai exports beat forecasts in January on electronics demand

The annual Cobra Gold exercise with U.S. forces opens on Tuesday, March 3, in Chonburi province, the U.S. Embassy said.

The Constitutional Court could rule as early as next month on a petition to disqualify Natthaphong over his party's past campaign to amend the lese-majeste law, lawyers for the petitioners said.

Analysts say Bhumjaithai could file a no-confidence motion before the end of the year if the referendum stalls. "The coalition is wide but thin," said Prapat Sirikul, a political scientist at Chulalongkorn University.
"""},

"h68en03": {"outlet": "Orinoco Wire (Ciudad Bolivar)", "published": "2025-11-18", "text": """U.S. carrier group begins Caribbean patrols as Washington weighs contact with Caracas

CARACAS, Nov 18 (Orinoco Wire) - The aircraft carrier USS Gerald R. Ford and its strike group will begin operations in the southern Caribbean on Thursday, U.S. Southern Command said on Monday, the largest U.S. deployment there in decades.

White House spokeswoman Karoline Leavitt said a U.S. envoy could meet Venezuelan officials "in the coming weeks", but no date had been set.

Venezuelan Foreign Minister Yvan Gil said Caracas would not negotiate "under the threat of warships" and would file a formal complaint with the U.N. Security Council within 48 hours. Defence Minister Vladimir Padrino Lopez said the armed forces and militia units would hold nationwide exercises from Monday.

The first U.S. strike on a boat accused of carrying drugs took place on September 2; more than 20 have followed, killing dozens.

The State Department is expected to designate the Cartel de los Soles, which Washington says is led by President Nicolas Maduro, as a foreign terrorist organisation next week, two U.S. officials said.

Read more: Oil prices edge up as traders watch Caribbean tensions

A Treasury official said Chevron's licence in Venezuela, renewed in July under tighter terms, would be reviewed before the end of the year.

Colombia's foreign ministry said CELAC foreign ministers would hold an emergency virtual meeting on Wednesday at Bogota's request. Brazil's foreign ministry said President Luiz Inacio Lula da Silva would raise the crisis at the Mercosur summit in Foz do Iguacu on December 20.

Trinidad and Tobago Prime Minister Kamla Persad-Bissessar said U.S. Marines would hold joint drills on the island in the first week of December.

Analysts say a limited U.S. strike on targets inside Venezuela cannot be ruled out before the end of the year. "Both sides are preparing for talks and for war at the same time," said Mariana Ortega, a security analyst in Bogota.
"""},

"h68en04": {"outlet": "Vysehrad Wire (Prague)", "published": "2026-06-09", "text": """Czech lower house to vote on merging public broadcasters as critics cry foul

PRAGUE, June 9 (Vysehrad Wire) - The Czech Chamber of Deputies will hold a final vote on Wednesday on a bill merging Czech Television and Czech Radio into a single state-funded broadcaster and scrapping licence fees, Culture Minister Tomas Kratochvil said on Monday.

Prime Minister Andrej Babis's coalition of ANO, the SPD and the Motorists controls 108 of the 200 seats, and the bill is expected to pass comfortably, Kratochvil said. Households now pay 150 crowns a month for television and 45 for radio, fees that ANO and the SPD promised to abolish during last year's campaign.

President Petr Pavel said last week he would not sign a law that "puts public media under the government's thumb". His office said he would meet Babis on Thursday to discuss the bill.

Opposition parties ODS, STAN and the Pirates said they would challenge the law at the Constitutional Court if it is signed. Deputy Culture Minister Jana Mertova resigned on Friday in protest against the bill.

European Commission Executive Vice-President Henna Virkkunen will visit Prague next week for talks with Babis on the European Media Freedom Act, the Commission said. The European Broadcasting Union said it would send a monitoring mission to Prague in July.

Read more: Czech central bank holds rates, flags wage pressure

Babis is expected at the NATO summit in Ankara on July 7-8. The Czech army will send 200 more soldiers to the NATO battlegroup it leads in Slovakia in the second half of August, the defence ministry said.

Analysts say the dispute could cost ANO votes in the Senate and municipal elections in October. "Babis has picked a fight he does not need before the autumn vote," said Lenka Dvorakova, a political scientist at Masaryk University.
"""},

"h68en05": {"outlet": "Oubangui Wire (Bangui)", "published": "2026-01-13", "text": """Central African Republic awaits final vote tally as Touadera eyes third term

BANGUI, Jan 13 (Oubangui Wire) - The Central African Republic's Constitutional Court will announce the final results of the December 28 presidential election by January 20, court spokesman Didier Yakoma said on Monday.

The National Elections Authority (ANE) said on January 5 that President Faustin-Archange Touadera had won 76.2% of the vote, enough to avoid a run-off. Turnout was 52%, the lowest since 2016, and several opposition parties had urged a boycott.

Former prime minister Anicet-Georges Dologuele, who came second with 14.1%, said he "will not recognise a result written in advance". His supporters will hold a "dead city" day in Bangui on Friday, his spokesman, Guy-Marcel Bondo, said.

Touadera is expected to be sworn in for a third term in late February, and Rwandan President Paul Kagame, whose troops help protect the capital, is expected to attend.

Run-offs for 58 National Assembly seats will be held on February 15, the ANE said.

MINUSCA, the U.N. peacekeeping mission, said its head, Valentine Rugwabiza, would brief the Security Council on the elections next week.

Read more: Cameroon and CAR agree to reopen Douala corridor checkpoint

The government and the 3R armed group are due to sign a ceasefire in N'Djamena in early February, according to two Chadian mediators, and the UPC could join before the end of March.

Russia's Africa Corps is expected to complete its takeover from Wagner fighters by the end of June, two diplomats in Bangui said.

The U.N. Security Council is due to renew sanctions on armed group leaders at the end of July.

Analysts say Touadera may reshuffle the government after the swearing-in. "He has every incentive to reward loyalists," said Rachel Ngaba, a researcher at the University of Bangui.
"""},
}
