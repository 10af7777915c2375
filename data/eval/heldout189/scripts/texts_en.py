"""English texts of heldout189, written for this project in one sitting. Invented or generic facts."""

EN = {
"h189en01": {"outlet": "Speightstown Wire (Bridgetown)", "published": "2026-09-10", "text": """Will Barbados swap its debt for new water mains before year-end?

BRIDGETOWN, Sept 10 (Speightstown Wire) - Barbados will launch a $300 million debt-for-climate swap on Monday, buying back part of its 2029 bonds with a cheaper loan guaranteed by the Inter-American Development Bank (IDB), the Ministry of Finance said in a statement on Wednesday.

The savings, about $50 million over 15 years, will pay for replacing leaking water mains, Minister in the Ministry of Finance Ryan Straughn told parliament. The buyback tender closes on September 21, and settlement is expected by the end of the month, he said.

Barbados loses close to half of its treated water to leaks, according to the Barbados Water Authority (BWA). The BWA said it would tender the first pipe contracts as early as January.

Prime Minister Mia Mottley's government completed a smaller swap for sewage works in 2024.

Kevin Greenidge, governor of the Central Bank of Barbados, said on Tuesday the operation "will not add a cent to the debt stock".

The opposition Democratic Labour Party (DLP) could ask the Auditor General to review the deal, said Sharon Bynoe, the party's finance spokeswoman.

Read more: Barbados tourist arrivals hit a July record

Straughn will meet European Investment Bank officials in Luxembourg next week to discuss a second guarantee, a finance ministry official said. A loan agreement with the Green Climate Fund for a desalination plant in St. Philip could be signed before the end of the year, the official added.

Mottley is expected to present the model to other small island states at the U.N. climate summit in Antalya in November, her office said. An IMF staff team is due in Bridgetown in early November for the annual Article IV consultation, diplomats said.

Analysts say the swap could lift Barbados's credit rating by one notch within a year.
"""},

"h189en02": {"outlet": "Codrington Wire (St. John's)", "published": "2027-05-17", "text": """Will London give Barbuda back its common land?

ST. JOHN'S, May 17 (Codrington Wire) - The Judicial Committee of the Privy Council in London will deliver its judgment on June 3 in the long-running challenge to the law that ended communal land tenure on Barbuda, the court's registry said on Friday.

Barbuda's member of parliament, Trevor Walker, who brought the case with a fellow islander, told reporters on Saturday he expected the judges to restore "the common ownership of our land". He added that the Barbuda People's Movement (BPM) "will not accept cash in place of land".

Prime Minister Gaston Browne has said his government would respect the ruling but would not return plots already leased to developers. Attorney General Steadroy Benjamin said the cabinet could ask parliament for "corrective legislation" within weeks if the judgment went against the government.

Barbuda, home to about 1,800 people, was evacuated after Hurricane Irma in 2017.

The cabinet will discuss the lease for the island's new international airport on Wednesday, Information Minister Melford Nicholas said.

Read more: Antigua's cruise arrivals up 12% in first quarter

Elections to the 11-member Barbuda Council, postponed twice since March, will be held on July 12, the Antigua and Barbuda Electoral Commission (ABEC) said. ABEC will reopen voter registration on the island from May 24 to June 6.

The council's chairman, Jermaine Beazer, plans to step down before the vote to lead the BPM slate, party officials said.

A delegation of the Inter-American Commission on Human Rights is expected on Barbuda in the second week of June, the commission said in a letter to the government. Browne is likely to raise the case at the CARICOM heads of government conference in early July, officials in St. John's said.

Analysts say a ruling in favour of the Barbudans could unsettle at least three hotel projects on the island.
"""},

"h189en03": {"outlet": "Lalomanu Wire (Apia)", "published": "2026-02-11", "text": """Samoa to cap seasonal workers abroad as employers at home run short

APIA, Feb 11 (Lalomanu Wire) - Samoa will cap the number of workers it sends to Australian and New Zealand seasonal schemes at 9,000 a year from July 1, Labour Minister Sefo Tavita Leaupepe said on Tuesday, after hotels and farms at home complained of staff shortages.

The cabinet approved the cap last week, his ministry said. Leaupepe said the government "will not stop anyone already on a contract" and that a new register for workers would open on March 2.

Australia's Pacific Australia Labour Mobility (PALM) scheme and New Zealand's Recognised Seasonal Employer (RSE) scheme together employ about 14,000 Samoans, twice as many as in 2019.

Australian Pacific Island Affairs Minister Pat Conroy will visit Apia on February 24, and Prime Minister La'auli Leuatea Schmidt is expected to explain the decision to him, two officials said. Canberra has not said whether it would hand Samoa's unused PALM places to other Pacific countries.

Samoa and New Zealand are due to sign a revised RSE memorandum of understanding in Wellington in mid-March, the ministry said. Wellington is likely to keep Samoa's RSE allocation unchanged for the 2026-27 season, a New Zealand official said.

Read more: Samoa's tourism earnings rise for a third year

Lemalu Ana Faalogo, president of the Samoa Chamber of Commerce and Industry, said the chamber expected the cap to bring about 2,000 workers back to hotels and plantations by the end of the year.

The opposition Human Rights Protection Party (HRPP) will table a motion against the cap when parliament sits in March, its leader Tuilaepa Sailele Malielegaoi said.

Analysts say remittances, about a fifth of Samoa's economy, may fall in 2027 if the cap holds. "Families have built houses and paid school fees with that money," said Mele Tuilagi, a development researcher at the National University of Samoa.
"""},

"h189en04": {"outlet": "Cahuita Wire (Limon)", "published": "2025-11-27", "text": """Costa Rica's lawmakers to vote on U.S. warships as Limon gang truce frays

LIMON, Nov 27 (Cahuita Wire) - Costa Rica's Legislative Assembly will vote on Tuesday on a permit allowing up to 12 U.S. Navy and Coast Guard vessels and 7,000 personnel to dock in the country during the first half of 2026 for counter-narcotics patrols, Assembly President Rodrigo Arias said on Wednesday.

The permit is renewed every six months and is expected to pass with votes from the ruling bloc and the National Liberation Party (PLN), Arias said. The Broad Front will vote against it, its lawmaker Jose Maria Villalta said, calling the patrols "a blank cheque".

President Rodrigo Chaves said on Monday that Costa Rica "will not host a foreign base". His office said he would chair a meeting of the national security council on Friday.

Security Minister Mario Zamora said the coast guard would receive two interceptor boats donated by Washington within 10 days.

In Limon, a truce between two rival gangs, brokered by evangelical pastors on October 19 after 41 killings in the province this year, could collapse before Christmas, the Judicial Investigation Agency (OIJ) said. Randall Zuniga, the OIJ's director, said the agency would send 150 more agents to the province from Monday.

Read more: Costa Rica's pineapple exports slip on lower prices

A U.S. Southern Command delegation is expected in San Jose next week to discuss radar coverage of the Caribbean coast, the foreign ministry said. Washington could revoke the visas of more Costa Rican officials suspected of links to traffickers, a U.S. embassy official said.

Costa Ricans elect a new president and assembly on February 1. Analysts say the security crisis in Limon could weigh on the vote more than the patrols. "People in Limon want police on their street corner, not a frigate on the horizon," said Adriana Solis, a criminologist at the University of Costa Rica.
"""},

"h189en05": {"outlet": "Osum Wire (Berat)", "published": "2027-02-15", "text": """Will Berisha's party sit out Albania's local elections?

BERAT, Feb 15 (Osum Wire) - Albania will elect mayors and municipal councils in all 61 municipalities on May 16, President Bajram Begaj announced in a decree on Friday.

The Socialist Party of Prime Minister Edi Rama won 53 of the 61 mayoralties in the May 2023 local elections.

State Election Commissioner Ilirjan Celibashi said candidate lists must be filed by March 27 and that the Central Election Commission (CEC) would use electronic voter identification at every polling station. The CEC's regulatory commission meets on Thursday to approve the tender for the identification devices.

The opposition Democratic Party (DP) has not decided whether to take part. Its leader, Sali Berisha, said on Saturday that the party could boycott the vote unless the CEC's board was reshuffled before the end of March. Berisha has been barred from entering the United States since 2021.

Rama said on Sunday there would be "no postponement, not by a single day".

Read more: Albania's tourism revenue tops 4 billion euros

The DP and the Freedom Party may agree on joint candidates in 20 municipalities by the end of February, a DP official said. The Socialists will name their candidates for Tirana and Durres at a party assembly on March 6, party officials said.

In Berat, deputy mayor Arben Kolaj told reporters he would resign on Wednesday to run as an independent.

The OSCE's Office for Democratic Institutions and Human Rights (ODIHR) is expected to open a limited observation mission in Tirana in mid-April, diplomats said. The State Police said it would deploy about 9,000 officers on election day.

Analysts say turnout could fall below 35 percent if the DP stays out. "A boycott would hand Rama the map, but it would also hand Berisha an excuse," said Elira Hoxha, a political scientist at the University of Tirana.
"""},
}
