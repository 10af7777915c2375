"""English texts of heldout150, written for this project. Invented or generic facts."""

EN = {
"h150en01": {"outlet": "Oresund Wire (Copenhagen)", "published": "2026-03-10", "text": """Denmark to vote on boarding powers for 'shadow fleet' tankers as Moscow warns

COPENHAGEN, March 10 (Oresund Wire) - Denmark's parliament will vote on Thursday on a bill allowing the navy to board tankers without valid insurance as they pass through Danish straits, Defence Minister Troels Lund Poulsen said on Monday.

The bill is expected to pass with support from the government's three parties and at least two opposition groups, Poulsen said. Danish authorities will publish a list of vessels that fail insurance checks within 10 days of the vote, he added.

About 40 tankers carrying Russian oil sail through the Great Belt each month.

The Danish Maritime Authority began checking the insurance papers of vessels anchored off Skagen in February 2025.

Russia's embassy in Copenhagen said on Tuesday that any boarding "would be regarded as piracy" and that Moscow "will not leave it unanswered".

Russia could send naval escorts with some tankers as early as April, two Western diplomats said.

Read more: Danish pension funds cut holdings of Chinese bonds

Nordic and Baltic defence ministers are due to meet in Tallinn next week to coordinate inspections across the Baltic Sea, Poulsen's ministry said.

The European Union may add another 30 vessels to its sanctions list in its next package, expected in late April, EU diplomats said.

At home, Prime Minister Mette Frederiksen must call a general election by October 31. She has not said when she will do so, but an election in June is widely expected, party officials say.

Analysts say Moscow is unlikely to risk a direct naval confrontation before the NATO summit in Ankara in July.

"The law only works if Denmark is ready to use it," said Kristian Holm, a maritime security researcher at the University of Southern Denmark. He said Copenhagen might have to detain a tanker within weeks of the law taking effect to show it was serious.
"""},

"h150en02": {"outlet": "Ngwenya Wire (Mbabane)", "published": "2025-09-26", "text": """Will Eswatini take more U.S. deportees? Court to hear challenge as second flight looms

MBABANE, Sept 26 (Ngwenya Wire) - Eswatini's High Court will hear a challenge to the kingdom's deportation agreement with the United States on October 7, lawyers for a coalition of civic groups said on Thursday.

The government accepted five men deported from the United States in July and has held them in a maximum-security prison near Matsapha since then.

Government spokesperson Thabile Mdluli said a second group of about ten people was expected "in the coming weeks" and that Eswatini "will not become a dumping ground". The civic groups want the court to suspend any further transfers until the case is decided.

A U.S. delegation led by a deputy assistant secretary of state is due in Mbabane next week to discuss the agreement's second phase, a U.S. Embassy official said. Washington is expected to release a first tranche of $5.1 million for border management before the end of the year, the official added.

Read more: Eswatini sugar exporters brace for new U.S. tariff

Lawmaker Sifiso Ngcamphalala said he would table a motion to suspend the agreement when parliament resumes on October 13.

Prime Minister Russell Mmiso Dlamini will attend an extraordinary SADC summit in Gaborone on October 16-17, the SADC Secretariat said. South Africa, which surrounds most of Eswatini, could raise the transfers there, according to diplomats in Pretoria.

Taiwanese Foreign Minister Lin Chia-lung may visit Mbabane in early November, a person briefed on the plans said. Taipei has not confirmed the trip.

Analysts say the court is unlikely to rule before December, which would leave the second flight free to land.

Lwazi Mavimbela, a constitutional law lecturer at the University of Eswatini, said the agreement "may well be found unconstitutional" because parliament never approved it. "The government signed first and explained later," he said.
"""},

"h150en03": {"outlet": "Fogo Wire (Praia)", "published": "2026-01-27", "text": """Cabo Verde sets April vote as ruling party seeks a third term

PRAIA, Jan 27 (Fogo Wire) - Cabo Verde will hold legislative elections on April 19, the presidency said in a statement on Monday, after President Jose Maria Neves consulted the parties represented in parliament.

The official campaign will run from April 4 to April 17, the National Elections Commission (CNE) said.

Prime Minister Ulisses Correia e Silva's Movement for Democracy (MpD), in power since 2016, won 38 of the 72 seats in 2021.

Correia e Silva said on Saturday he would lead the MpD list "for the last time". Deputy Prime Minister Olavo Correia will step down from the government on February 15 to coordinate the party's campaign, the government said.

The opposition PAICV, led by Praia mayor Francisco Carvalho, is expected to announce its candidate lists next week, party officials said. Carvalho has not said whether he would give up the mayoralty if elected, a PAICV spokesman said.

Read more: Cabo Verde tourist arrivals hit a record in 2025

An African Union observer mission is expected to arrive in Praia in the first week of April, diplomats said. The European Union has not yet decided whether to send observers, they said.

Portuguese Prime Minister Luis Montenegro will visit Praia on February 12, when the two governments will sign an extension of their debt-for-climate swap, the foreign ministry said.

A presidential election follows in October, in which Neves is eligible for a second term.

Analysts say the MpD could lose its outright majority for the first time since 2016, with the cost of living and inter-island transport dominating the campaign. Ana Lopes Tavares, a political scientist at the University of Cabo Verde, said a coalition government "is not impossible, but it would be a first".
"""},

"h150en04": {"outlet": "Hulhumale Wire (Male)", "published": "2025-12-11", "text": """Can the Maldives pay its sukuk? Zameer says the money is ready, markets are not sure

MALE, Dec 11 (Hulhumale Wire) - The Maldives will repay its $500 million sukuk in full when it matures on April 8, Finance Minister Moosa Zameer told parliament on Wednesday, dismissing talk of a restructuring.

"There will be no restructuring," he said.

The government expects to sign a $300 million loan with the Abu Dhabi Fund for Development before the end of January, a finance ministry official said.

Parliament is due to pass the 2026 budget, which trims electricity and fuel subsidies, on Monday.

An International Monetary Fund (IMF) staff team is due in Male next week for Article IV consultations, the fund said in a statement.

Read more: Maldives tourist arrivals pass 2 million for the first time

President Mohamed Muizzu is expected to visit Beijing in mid-January, two officials said. He may seek a deferral of payments owed to the Export-Import Bank of China during the trip, they said.

New Delhi has not decided whether to roll over $50 million of Treasury bills held by the State Bank of India that fall due in January, an Indian official said.

The governor of the Maldives Monetary Authority (MMA), Ahmed Munawar, has denied reports that he will resign.

The Elections Commission said a by-election for the Hulhumale Central seat will be held on January 24.

The Maldives National Defence Force will begin maritime patrols with two Turkish-built drones from January, the defence ministry said.

Analysts say Fitch could downgrade the country again if usable reserves fall below $300 million before the payment. "The sukuk will probably be paid. The question is what is left afterwards," said Aishath Rasheed, an economist at a Male research centre.
"""},

"h150en05": {"outlet": "Coatepeque Wire (Santa Ana)", "published": "2027-06-21", "text": """El Salvador to extend U.S. prisoner deal as rights groups head to the IACHR

SAN SALVADOR, June 21 (Coatepeque Wire) - El Salvador will sign a one-year extension of its agreement to hold prisoners deported from the United States in its CECOT mega-prison on July 1 in Washington, Foreign Minister Alexandra Hill Tinoco said on Sunday.

Hill Tinoco will travel to Washington on June 30, she said. The original agreement expires at the end of June.

The United States sent more than 250 Venezuelans to CECOT in March 2025.

President Nayib Bukele said in a televised address that there "will be no truce, no negotiation and no pact" with the gangs, after a local outlet reported contacts between prison officials and MS-13 leaders. Some security analysts say a quiet truce could already be in place in parts of the eastern departments.

The Legislative Assembly is expected to extend the state of exception, in force since March 2022, on Wednesday.

Read more: Salvadoran coffee exports fall for a third year

Cristosal and two other rights groups will file a petition with the Inter-American Commission on Human Rights (IACHR) on Thursday, asking for precautionary measures for 40 detainees, a Cristosal lawyer said. The IACHR could hold a hearing on the case during its session in late July, the lawyer added.

The State Department is unlikely to impose visa sanctions on Salvadoran prison officials, as some Democratic senators have demanded, a congressional aide said.

The army will deploy 1,500 more soldiers to the border with Honduras next month, the Defence Ministry said.

Andrea Cisneros, a security analyst in San Salvador, said the extension "may be the last" because Washington is building its own detention capacity. Bukele's government has not said how much the United States pays per prisoner.
"""},
}
