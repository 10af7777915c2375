"""English texts of heldout249, written for this project in one sitting. Invented or generic facts."""

EN = {
"h249en01": {"outlet": "Leckhampton Wire (Cheltenham)", "published": "2026-01-20", "text": """Britain to sanction Russian hackers over Gloucestershire council attack

CHELTENHAM, Jan 20 (Leckhampton Wire) - Britain will announce sanctions on Thursday against a Russian military intelligence unit over the cyberattack that crippled Gloucestershire County Council's computer systems, Security Minister Dan Jarvis told parliament on Monday.

The attack on January 6 forced the council to suspend online benefit payments and school admissions for a week.

The measures would target GRU Unit 29155 and eight of its officers, two government officials said.

Ministers from the Five Eyes intelligence partnership are due to meet at GCHQ's headquarters in Cheltenham next week, the Home Office said in a statement. Anne Keast-Butler, the director of GCHQ, will host the talks, and U.S. Director of National Intelligence Tulsi Gabbard is likely to attend in person, according to a person familiar with the plans.

Britain expects to provide intelligence support to a monitoring mission if a ceasefire is agreed in Ukraine, a defence official said.

Read more: Golden Valley cyber park near GCHQ wins planning approval

The Cyber Security and Resilience Bill, which would force councils and hospitals to report attacks within 24 hours, returns to the House of Commons for its report stage on February 3. Ministers hope it will become law before the summer recess.

The council's leader, Martin Hollis, said the authority would not pay any ransom. He said full services were expected to return by the end of the month.

The Russian embassy in London denied any involvement and said Moscow would respond to any new restrictions on its diplomats or companies.

Britain will also send a cyber protection team to Estonia for NATO's Locked Shields exercise in April, the Ministry of Defence said.

Analysts say the Kremlin could retaliate within weeks by expelling British diplomats. "Naming the officers makes travel harder for them," said Helen Marsh, a cyber policy researcher at the University of Gloucestershire.
"""},

"h249en02": {"outlet": "Dunajec Wire (Nowy Targ)", "published": "2027-06-04", "text": """Will Poland's checks on the Slovak border last the summer?

NOWY TARG, June 4 (Dunajec Wire) - Poland will reintroduce checks on its border with Slovakia from Monday for at least 30 days, Interior Minister Marcin Kierwinski said on Thursday, citing a rise in migrant smuggling through the Tatra passes.

Border Guard officers will staff 12 crossings in Malopolska and Podkarpackie provinces, including Chyzne and Lysa Polana, the Border Guard said in a statement. Kierwinski said Poland would not close any crossing completely.

Poland first restored checks on its German and Lithuanian borders in July 2025.

Slovak Prime Minister Robert Fico said Bratislava would raise the checks with the European Commission, calling them "unfriendly" to a fellow Schengen member. The Commission is expected to give its opinion on Warsaw's notification within 10 days, a Commission spokesperson said.

Kierwinski and his Slovak counterpart, Matus Sutaj Estok, will meet in Zakopane next Wednesday to discuss joint patrols, the Polish interior ministry said.

Read more: Krakow airport passenger numbers hit record in May

Prime Minister Donald Tusk will host a Visegrad Group summit in Krakow on June 24, and Fico is expected to raise the dispute there, diplomats said.

The Defence Ministry said the army would send 200 soldiers to help border guards patrol mountain trails from mid-June.

Malopolska's governor, Tomasz Brzoza, said the checks could cause queues of up to three hours at Chyzne during the holiday season, and asked Warsaw for extra staff.

Magnus Brunner, the EU commissioner for internal affairs and migration, plans to visit the Chyzne crossing in late June, an EU official said.

Slovakia holds a parliamentary election in September. Analysts say Fico is unlikely to back down, because the dispute plays well with his voters.

"Both governments are talking to domestic audiences. The smugglers will simply move east to the Ukrainian border," said Agnieszka Wrobel, a migration researcher at the Jagiellonian University in Krakow.
"""},

"h249en03": {"outlet": "Tourujoki Wire (Jyvaskyla)", "published": "2026-05-27", "text": """Can Finland avoid the EU's deficit procedure? Purra promises more cuts

JYVASKYLA, May 27 (Tourujoki Wire) - The European Commission is expected to propose opening an excessive deficit procedure against Finland on June 3, when it publishes its spring package, two EU officials said.

Finland's deficit reached 4.4 percent of GDP last year, above the EU ceiling.

Finance Minister Riikka Purra said on Tuesday the government would agree on a further 1 billion euros of savings before the end of June, but would not raise income taxes. She will present the plan to parliament's finance committee tomorrow.

EU finance ministers are due to discuss the Commission's recommendations at their meeting in Luxembourg on June 19.

Prime Minister Petteri Orpo will travel to Brussels next week for talks with Commission President Ursula von der Leyen, his office said.

In Jyvaskyla, where the city council voted last week to close two health stations, Centre Party lawmaker Hanna Lehtola said her party would table a no-confidence motion if the cuts hit regional hospitals.

The SAK union confederation has called a two-hour political strike for June 10, its chairman, Jarkko Eloranta, said.

Read more: Valmet wins paper machine order in China

Minister of Social Affairs and Health Kaisa Juuso could resign over the disability cuts as early as next week, according to media reports. Her office denied the reports.

Local Government Minister Anna-Kaisa Ikonen said the state and the wellbeing services counties aimed to sign a new funding agreement in September. Parliament is scheduled to vote on a supplementary budget in early July.

Finland holds its next parliamentary election in April 2027, and polls show the Social Democrats well ahead.

Analysts say Finland may escape the procedure if the Commission counts defence spending as a mitigating factor, but a final decision could slip to the autumn. "Helsinki argues that Russia is next door," said Ville Koskinen, an economist at the University of Jyvaskyla.
"""},

"h249en04": {"outlet": "Kalmarsund Wire (Kalmar)", "published": "2026-04-16", "text": """Sweden weighs Oland wind farm against military radar, decision due by end-June

KALMAR, April 16 (Kalmarsund Wire) - Sweden's government will decide by the end of June whether to approve the 1.4-gigawatt Kalmarsund Offshore wind farm east of Oland, despite objections from the Armed Forces, Energy Minister Ebba Busch said on Wednesday.

The decision has been postponed twice since December.

The Armed Forces said in a statement last week that the turbines would interfere with radar coverage of the southern Baltic Sea and could hamper submarine detection. In November 2024 the government rejected 13 offshore wind projects off the east coast on similar grounds.

Defence Minister Pal Jonson said the government "will not compromise on the defence of Gotland and the Kalmar Strait".

The developer, Kalmarsund Offshore AB, said it expected to sign a radar mitigation agreement with the Armed Forces within 30 days and would pay for a new radar station on northern Oland.

The Armed Forces will hold an air defence exercise around Kalmar from May 11 to May 15, the Armed Forces headquarters said.

Kalmar County's governor, Karin Alsterlund, said the project would bring 600 jobs to the region and that she would travel to Stockholm next week to press its case.

Sweden holds a general election on September 13. The Centre Party, which backs the project, is fighting to stay above the 4 percent threshold for parliament.

Busch said Sweden would push for EU sanctions on Russian vessels that survey Baltic wind sites. The next EU sanctions package is likely to be adopted in June, diplomats in Brussels said.

Nordic energy ministers will discuss offshore infrastructure security at a meeting in Copenhagen next month.

Analysts say the government may approve a smaller wind farm, possibly half the size, as a compromise. "The military veto has become the real planning authority in the Baltic," said Erik Lindqvist, an energy analyst at a Stockholm consultancy.
"""},

"h249en05": {"outlet": "Munkemose Wire (Odense)", "published": "2025-09-16", "text": """EU court to rule on Denmark's "parallel society" law as Vollsmose tenants wait

ODENSE, Sept 16 (Munkemose Wire) - The Court of Justice of the European Union will rule on October 7 on whether Denmark's parallel society law discriminates against residents of non-Western background, the court said in its published calendar.

Parliament adopted the law in 2018. It requires housing associations to cut the share of family housing in listed estates to 40 percent by 2030, through sales, conversions or demolition.

In Odense's Vollsmose estate, the housing association Fynsparken will not demolish any more blocks until after the ruling, its chairman, Jens Kragh, said on Monday.

Housing Minister Sophie Haestorp Andersen said the government would respect the judgment but "will not scrap" the law.

If the court rules against Denmark, the government is expected to present amendments to parliament before the end of the year, two officials at the ministry said.

Odense's city council votes on Thursday on a 40-million-crown fund to rehouse tenants, city officials said. Line Mork, a Red-Green Alliance councillor, said an extraordinary council meeting on rehousing could be held next week if the fund is rejected.

Read more: Odense light rail extension wins state funding

Denmark holds municipal and regional elections on November 18. Amina Yusuf, who chairs the Vollsmose tenants' board, said she would step down at the end of October to run for the council.

A delegation from the Council of Europe's anti-racism commission, ECRI, is expected to visit Odense in November, the Danish Institute for Human Rights said.

The European Commission has not said whether it will open infringement proceedings against Copenhagen, a Commission spokesperson said.

Analysts say a ruling against Denmark could force the government to drop the ethnic criteria within a year. "The ruling will matter far beyond Denmark, because other governments have copied the model," said Sara Holm, a housing law researcher at the University of Southern Denmark in Odense.
"""},
}
