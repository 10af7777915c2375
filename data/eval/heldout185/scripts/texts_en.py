"""English texts of heldout185, written for this project in one sitting. Invented or generic facts."""

EN = {
"h185en01": {"outlet": "Fyris Wire (Uppsala)", "published": "2026-05-14", "text": """Will Baghdad take back rejected asylum seekers before Sweden votes?

UPPSALA, May 14 (Fyris Wire) - Migration Minister Johan Forssell will travel to Baghdad next week to negotiate an agreement on the return of Iraqis whose asylum claims have been rejected, his ministry said on Wednesday.

Forssell is expected to meet Foreign Minister Fuad Hussein on Tuesday, two officials said. A first round of talks in Stockholm in March ended without a text.

About 2,300 Iraqis with final expulsion orders remain in Sweden, according to the Swedish Migration Agency (Migrationsverket).

"We will not pay for returns with visas," Forssell told reporters, ruling out the broader visa facilitation that Baghdad has asked for. If no deal is reached, Sweden could ask the European Commission to propose visa restrictions on Iraqi officials as early as July, a government source said.

Iraq's charge d'affaires in Stockholm, Haider al-Saffar, said Baghdad would not accept forced returns and had not yet received a Swedish draft.

Read more: Riksbank holds rate at 1.75%, signals no change before autumn

EU Commissioner for Internal Affairs and Migration Magnus Brunner is due in Stockholm on May 28 for talks on the bloc's new returns regulation, the European Commission said. Prime Minister Ulf Kristersson could join Forssell in Baghdad if a text is ready, a person familiar with the plans said.

The Riksdag is due to vote on June 10 on tougher citizenship rules, which would raise the residency requirement to eight years. Passage is likely with the support of the Sweden Democrats (SD).

Sweden holds a general election on September 13. Magdalena Andersson, leader of the opposition Social Democrats, said her party would keep any returns deal but may review the citizenship law if it wins.

Analysts say a deal with Baghdad is unlikely before the election. "Iraq has no reason to hurry," said Elin Dahlgren, a migration researcher at Uppsala University.
"""},

"h185en02": {"outlet": "Nolsoy Wire (Torshavn)", "published": "2025-10-21", "text": """Faroes set to renew Russian fishing deal despite Copenhagen's unease

TORSHAVN, Oct 21 (Nolsoy Wire) - The Faroe Islands and Russia will hold their annual fisheries commission in Torshavn from November 10 to 13 to set next year's quotas, the Faroese government said on Monday.

Under a 1977 agreement, Russian trawlers fish for blue whiting in Faroese waters in exchange for cod quotas in the Barents Sea.

Fisheries Minister Bergur Hansen said the islands "will not walk away" from the deal, which secures about a fifth of the fleet's catch. The Russian delegation will be led by Ilya Shestakov, head of the Federal Agency for Fishery (Rosrybolovstvo), the Russian embassy in Copenhagen said.

Danish Foreign Minister Lars Lokke Rasmussen is expected to raise the agreement with Prime Minister Aksel V. Johannesen in Copenhagen next week, two Danish officials said. Copenhagen cannot veto the deal, as fisheries are a home-rule matter.

The European Commission could propose closing EU ports to Russian fishing vessels in its next sanctions package, diplomats said, and the package is expected before the end of the year.

Read more: Faroese salmon exports to China hit a record in September

In 2024 the Logting rejected a motion to suspend the agreement by 17 votes to 14.

Progress, a junior coalition party, wants new inspection rules written into the protocol. Its leader, Ruth Vang, could resign from the cabinet before the talks, party officials said.

Denmark's Joint Arctic Command will send an extra inspection ship to Faroese waters starting in January, the defence ministry said.

The Faroes must hold a general election by December 2026, and Johannesen has not ruled out calling it in the spring.

Analysts say Moscow may cut the cod quota if the islands tighten inspections. "The Faroes want to look loyal in Copenhagen and stay useful in Moscow," said Beinta Midjord, a political scientist at the University of the Faroe Islands.
"""},

"h185en03": {"outlet": "Schlossberg Wire (Graz)", "published": "2027-06-11", "text": """Can Vienna keep its family reunification freeze beyond July?

GRAZ, June 11 (Schlossberg Wire) - Austria's National Council will vote next Wednesday on extending the suspension of family reunification for refugees by another year, parliament's press service said on Thursday.

The freeze took effect in July 2025 and expires on July 3 unless it is renewed.

Interior Minister Gerhard Karner said the extension "will pass" with the votes of the three coalition parties. Austria "will not reopen" the procedure while schools in Vienna remain overstretched, he added.

The opposition Freedom Party (FPO) has said it will vote against, calling the measure too weak. Its leader, Herbert Kickl, wants a permanent halt written into the constitution.

Foreign Minister Beate Meinl-Reisinger said her liberal NEOS would back the extension only if the government drafted a quota system by the end of the year.

Read more: Austrian inflation eases to 2.4% in May, Statistics Austria says

Karner is due to travel to Damascus in early July for talks with Syrian Interior Minister Anas Khattab on voluntary returns, his ministry said. Before that, he will present Austria's case to EU interior ministers in Luxembourg on Monday.

The European Commission may open infringement proceedings against Austria before the end of July, an EU official said. The Constitutional Court (VfGH) is expected to rule on a challenge to the freeze in the autumn, a court spokesman said.

About 7,800 applications were pending when the freeze began. Austria received more than 95,000 asylum applications in 2022, the highest number since 2015. Kickl's party leads national polls.

Analysts say the coalition could split over the issue before the next general election, due in 2029. "The People's Party needs this law more than its partners do," said Lukas Hafner, a political scientist at the University of Graz.
"""},

"h185en04": {"outlet": "Sihl Wire (Zurich)", "published": "2026-09-29", "text": """Will the Swiss get to vote on the EU treaties in 2027?

ZURICH, Sept 29 (Sihl Wire) - The Council of States will debate the package of new agreements with the European Union on Thursday, parliament's services said on Monday, with final votes in both chambers expected in the winter session in December.

The Federal Council approved the package in June 2025, six months after negotiators in Brussels concluded the talks. Switzerland's trade with the EU is worth about 1 billion francs every working day.

Foreign Minister Ignazio Cassis said he was confident the upper house would approve the package. The government "will not renegotiate" the dynamic adoption of EU law, he added.

The Swiss People's Party (SVP) will launch a referendum as soon as parliament approves the package, party president Marcel Dettling said. A popular vote could then be held as early as September 2027. The Federal Council has not decided whether the package needs a majority of the cantons as well as of voters.

EU Commissioner Maros Sefcovic is due in Bern on October 8 for talks with Cassis on Switzerland's annual contribution to EU cohesion, the European Commission said.

Read more: Swiss National Bank keeps rates at zero, sees franc strength persisting

President Guy Parmelin, who is also economy minister, will travel to Washington next week to seek a cut in the 15% U.S. tariff on Swiss goods, his department said. A deal is unlikely before the U.S. midterm elections on November 3, two Swiss officials said.

Cassis also said a ceasefire in Sudan's El Fasher region, agreed at Swiss-hosted talks in Geneva last month, could collapse unless aid convoys reached the city within two weeks.

Analysts say a popular vote would probably produce a narrow yes. "The cantons are the real hurdle," said Simon Kaelin, an economist at the University of Zurich.
"""},

"h185en05": {"outlet": "Kempen Wire (Hasselt)", "published": "2027-03-06", "text": """Drones over Kleine-Brogel: can Belgium protect its air bases?

HASSELT, March 6 (Kempen Wire) - Belgium's National Security Council will meet on Monday to decide on emergency purchases of anti-drone systems after unidentified drones flew over the Kleine-Brogel air base for a third night, Prime Minister Bart De Wever's office said on Friday.

Kleine-Brogel hosts the F-16 squadrons of the Belgian Air Component and is preparing to receive its first F-35 jets. Drones were also reported over a military depot near Leopoldsburg last month.

Defence Minister Theo Francken said the army would sign a contract for mobile jammers within 30 days, with the first systems deployed at Kleine-Brogel and Florennes before the end of April.

Brussels Airport halted flights for two hours on Wednesday night after a sighting, the airport operator said.

Francken has not ruled out ordering the army to shoot down drones over military sites. Interior Minister Bernard Quintin said police, not soldiers, would remain responsible for civilian airports.

The Russian embassy in Brussels denied any involvement.

A NATO counter-drone team is expected in Belgium next week, an alliance official said.

Read more: Belgian unions plan new strike over pension reform

De Wever will ask EU leaders to fund a "drone wall" on the bloc's eastern border when they meet in Brussels on March 18-19, his office said. Belgium could also push for sanctions on European suppliers of Russian drone makers, diplomats said.

Francken will brief the Chamber's defence committee on Wednesday. The opposition Greens (Groen) have called for an inquiry into why the base had no jammers, despite a warning by the military intelligence service (ADIV) in 2025.

Analysts say the flights may continue until the jammers are in place. "Someone is testing how fast Belgium reacts," said Pieter Claes, a security analyst at Ghent University.
"""},
}
