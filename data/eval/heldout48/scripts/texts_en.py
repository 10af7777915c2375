"""English texts of heldout48, written for this project in one sitting. Invented or generic facts."""

EN = {
"h48en01": {"outlet": "Izalco Wire", "published": "2026-04-21", "text": """El Salvador launches bond buyback as IMF review nears

SAN SALVADOR, April 21 (Izalco Wire) - El Salvador will buy back up to $1 billion of dollar bonds due in 2027 and 2029, the Ministry of Finance said on Monday, in a tender that opens on Thursday and closes on April 30.

The government sold a new $1.5 billion 10-year bond last week and will use part of the proceeds for the operation, Finance Minister Jerson Posada told reporters. "We will not issue more debt this year," he said.

An International Monetary Fund team led by Raphael Espinoza is due in San Salvador next week for the fourth review of the country's $1.4 billion Extended Fund Facility, IMF spokeswoman Julie Kozack said on Thursday. A staff-level agreement is expected before the end of May, and the Fund's executive board could consider the review in late June, she added.

The board approved the 40-month programme in February 2025, tying it to limits on the state's bitcoin purchases.

Two people familiar with the talks said the Fund may ask for an independent audit of the bitcoin held in government wallets before signing off.

Read more: Salvadoran coffee exports rise for a third straight year

President Nayib Bukele will travel to Washington in mid-May for talks with Treasury Secretary Scott Bessent on investment and migration, a government source said.

Central Reserve Bank president Douglas Rodriguez said the bank would publish a revised growth forecast in July. He expects the economy to grow "around 3%" this year.

Analysts at Cuscatlan Capital said rating agencies could upgrade El Salvador after the buyback, possibly before the end of the third quarter.

Claudia Ortiz, a lawmaker for the Vamos party, said the government was "buying time" before the general election on February 28, 2027, and that her party would demand a hearing with Posada in the Legislative Assembly's finance committee next month.
"""},

"h48en02": {"outlet": "Ozama Wire", "published": "2025-11-19", "text": """Dominican Republic to extend Haiti border fence as migration talks resume

SANTO DOMINGO, Nov 19 (Ozama Wire) - The Dominican Republic will begin building the second phase of its border fence with Haiti in January, Defence Minister Carlos Antonio Fernandez Onofre said on Tuesday, adding 157 km of wall, sensors and watchtowers along the northern and southern stretches.

The first phase, 164 km long, was completed in May at a cost of about $130 million.

Foreign ministers of the two countries are scheduled to meet in Santo Domingo on December 3 for the first round of migration talks since 2021, the Dominican foreign ministry said. Haitian Foreign Minister Jean-Victor Harvel Jean-Baptiste is expected to ask Santo Domingo to suspend mass deportations during the talks, diplomats in Port-au-Prince said.

Dominican Foreign Minister Roberto Alvarez said last week that the deportation policy "is not negotiable".

The two sides could also sign a protocol on the binational markets in Dajabon and Elias Pina, which were closed for three weeks in October, a source at the Dominican foreign ministry said.

Read more: Dominican central bank holds key rate at 5.75%

President Luis Abinader will visit the border province of Dajabon on Friday to inspect the works and meet army commanders, his office said. The army plans to deploy another 1,500 troops to the border by the end of the year, the defence ministry said.

Abinader is also expected to raise migration at the Summit of the Americas in Punta Cana on December 4-5, officials said.

Haiti's Transitional Presidential Council, whose mandate ends on February 7, 2026, has not commented on the fence. Analysts said the talks may stall if the council fails to agree on a successor government before that date.

"A deal on migration is unlikely before a new authority is in place in Port-au-Prince," said Manuel Tejeda, a researcher at the Centro de Estudios Fronterizos in Santiago.
"""},

"h48en03": {"outlet": "Fongafale Wire", "published": "2025-06-20", "text": """Tuvalu opens first Falepili visa ballot as Teo heads to Canberra

FUNAFUTI, June 20 (Fongafale Wire) - Tuvaluans can apply until July 18 for the first ballot under the Falepili Union treaty with Australia, which offers up to 280 permanent residence places a year, the Australian High Commission said on Thursday.

The ballot opened on Monday, officials said. Winners will be drawn at random in late July, and the first arrivals are expected in Australia before the end of the year.

Prime Minister Feleti Teo will travel to Canberra next week for talks with Prime Minister Anthony Albanese, his office said. The two leaders are likely to sign a funding agreement for a second undersea internet cable, a Tuvaluan official said on condition of anonymity.

The treaty, which entered into force in August 2024, commits Australia to help Tuvalu in a disaster or military aggression and gives Canberra a say over Funafuti's security deals with third countries.

Foreign Minister Paulson Panapa told parliament on Wednesday that Tuvalu would not sign a policing or defence arrangement with any other country "while the Falepili Union stands".

Read more: Funafuti land reclamation project enters second stage

A Guardian-class patrol boat donated by Australia will be handed over in October, the Australian Department of Defence said.

Former prime minister Enele Sopoaga, now an opposition MP, said he would table a motion in parliament next month calling for a review of the pathway, which he said could drain the civil service of nurses and teachers.

Teo is also expected to press for a regional declaration on climate mobility at the Pacific Islands Forum leaders' meeting in Honiara in September, diplomats said.

The two governments may amend the treaty to raise the annual cap if demand stays high, said Rhea Lauti, a migration researcher at the University of the South Pacific in Suva, though she said no amendment was likely before 2027.
"""},

"h48en04": {"outlet": "Vrbas Wire", "published": "2027-05-26", "text": """Republika Srpska assembly to vote on referendum as High Representative warns

BANJA LUKA, May 26 (Vrbas Wire) - The National Assembly of Republika Srpska will vote on Thursday on calling a referendum on rejecting the authority of the High Representative and the state court, Speaker Nenad Stevandic said on Tuesday.

The proposal is expected to pass with the votes of the ruling SNSD, led by Milorad Dodik, and the referendum could be held as early as September 19, two party officials said.

High Representative Christian Schmidt said on Tuesday that the plan was "a direct attack on the Dayton agreement" and that his office "will not stand by". Diplomats in Sarajevo said he could use his powers to annul the assembly's decision as early as next week.

The Peace Implementation Council's Steering Board will meet in an extraordinary session in Sarajevo on June 3, the Office of the High Representative said.

Dodik lost his post as Republika Srpska president in August 2025 after his conviction for defying Schmidt was upheld. His successor, Sinisa Karan, is expected to travel to Moscow in mid-June, where he may meet President Vladimir Putin, according to a source in his office.

Read more: Bosnia's central bank keeps reserve requirement unchanged

Borjana Kristo, chair of the Council of Ministers, called the initiative illegal. SDA leader Bakir Izetbegovic said the party's two ministers in the state government would resign if the assembly adopts the proposal.

The U.S. Treasury could add more Republika Srpska officials to its sanctions list if the vote goes ahead, a U.S. official in Sarajevo said.

EU foreign ministers are due to discuss Bosnia when they meet in Luxembourg on June 21. EUFOR will bring in reserve troops for an exercise in the second half of June, the force said.

"Dodik wants leverage, and the referendum may never actually be held," said Dragan Milanovic, an analyst at the Krajina Policy Institute in Banja Luka.
"""},

"h48en05": {"outlet": "Durres Bay Wire", "published": "2026-10-29", "text": """Albania eyes first closed EU clusters as Durres port move stirs protest

DURRES, Oct 29 (Durres Bay Wire) - Albania expects to provisionally close its first two negotiating clusters with the European Union at an intergovernmental conference in December, chief negotiator Majlinda Dhuka said on Wednesday.

The European Commission will publish its annual report on Albania on November 4, and the country is on course to complete negotiations by the end of 2027, Dhuka told reporters in Durres. Albania opened the last of its six clusters in December 2024.

EU Enlargement Commissioner Marta Kos will visit Tirana on November 12 to present the report to Prime Minister Edi Rama, the EU delegation said. Rama is expected to attend the EU-Western Balkans summit in Brussels in mid-December, officials said.

Some member states could delay the closing of clusters over concerns about judicial vetting, two diplomats in Brussels said.

In Durres, a plan to move cargo operations to a new terminal at Porto Romano has drawn protests from dock workers. The chairman of the Durres port workers' union, Arben Gjoka, said its members would strike for 24 hours on November 9 unless the port authority guarantees that no jobs will be lost.

The tender for the Porto Romano cargo terminal closes on November 30, and the contract is likely to be awarded in the first quarter of 2027, Durres Port Authority director Pjerin Ndreu said.

The old port's quays are to be turned into the Durres Yachts and Marina complex, developed by Abu Dhabi-based Eagle Hills under a 2022 agreement.

Read more: Albania's tourism revenue hits a summer record

Opposition leader Sali Berisha said the Democratic Party would seek a parliamentary inquiry into the marina contract, and that its deputies could boycott Kos's address to parliament on November 12.

Italian Prime Minister Giorgia Meloni is expected in Tirana in January to review the migrant centres at Shengjin, the Italian embassy said.
"""},
}
