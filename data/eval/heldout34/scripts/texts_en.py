"""English texts of heldout34, written for this project in one sitting. Invented or generic facts."""

EN = {
"h34en01": {"outlet": "Chain Bridge Wire (Budapest)", "published": "2025-07-14", "text": """Hungary may hold up EU sanctions rollover, Szijjarto says

BUDAPEST, July 14 (Chain Bridge Wire) - Hungary could delay the renewal of the European Union's economic sanctions on Russia, which expire on July 31, unless Brussels drops several Russian businessmen from its blacklist, Foreign Minister Peter Szijjarto said on Sunday.

"We will not rubber-stamp this," Szijjarto told state television, adding that Budapest would set out its conditions when EU ambassadors discuss the rollover on Wednesday.

Two EU diplomats said a deal was likely before the deadline, as in January, when Hungary held up the previous renewal for several days before agreeing.

Szijjarto will travel to Minsk next week for talks with his Belarusian counterpart Maxim Ryzhenkov, the foreign ministry said.

Read more: Hungarian inflation eases in June

Energy Minister Csaba Lantos said the first concrete for the Paks II nuclear plant, built by Russia's Rosatom, was expected to be poured in February 2026, after Washington lifted sanctions on the project in June.

He said Hungary was also waiting for a U.S. decision, expected within 30 days, on extending an exemption that lets it pay for Russian gas through Gazprombank.

European Commission officials say part of the 18 billion euros in frozen cohesion money could be released by the end of the year if Budapest passes a stronger anti-corruption law.

Prime Minister Viktor Orban is expected to raise the frozen funds at the European Council on October 23-24, where leaders will also discuss Ukraine's accession bid, which Budapest has vowed to block.

The next parliamentary election is due in April 2026. Peter Magyar's opposition Tisza party leads Orban's Fidesz by six points, according to a poll by the Tabula Research institute published on Friday. Magyar said Tisza would present its economic programme in Gyor in early September.

Hungarian troops will take part in a NATO exercise in Slovakia in the second half of September, the defence ministry said.
"""},

"h34en02": {"outlet": "Riachuelo Wire (Buenos Aires)", "published": "2026-02-11", "text": """Argentine Senate set to vote on Milei's labour overhaul as unions strike

BUENOS AIRES, Feb 11 (Riachuelo Wire) - Argentina's Senate is expected to approve President Javier Milei's labour modernisation bill on Thursday, Senator Patricia Bullrich, head of the ruling La Libertad Avanza bloc, said on Tuesday, counting on votes from senators allied with provincial governors.

The General Confederation of Labour (CGT) will hold a 24-hour general strike on the day of the vote, its co-leader Jorge Sola said. "We will not negotiate away rights that took a century to win," he told reporters.

La Libertad Avanza won last October's midterm elections with almost 41% of the vote, giving Milei enough seats to block any veto override.

If approved, the bill goes to the Chamber of Deputies, whose labour committee will open hearings on March 3, committee chairman Ramiro Echeverria said. A floor vote could come before the end of March, he added.

Labour Secretary Julio Cordero could resign if senators strip the bill's collective-bargaining chapter, two officials at the Labour Secretariat said.

Economy Minister Luis Caputo said on Monday the reform would not change the fiscal targets agreed with the International Monetary Fund. An IMF staff team will arrive in Buenos Aires on February 23 for the second review of the $20 billion programme, the Economy Ministry said.

Read more: Argentine inflation slows to 2.1% in January

Milei will travel to Washington in mid-March for talks with President Donald Trump, the presidential office said. Officials said a framework trade agreement could be signed during the trip.

The Argentine and U.S. navies will hold a joint exercise off Mar del Plata in late April, the Defence Ministry said.

Congress is expected to ratify the European Union-Mercosur trade agreement by the end of the year, analysts say, although the Senate's foreign affairs committee has not yet scheduled a debate.
"""},

"h34en03": {"outlet": "Cristo Rei Wire (Dili)", "published": "2027-01-21", "text": """Timor-Leste sets March presidential vote; Ramos-Horta to reveal plans Monday

DILI, Jan 21 (Cristo Rei Wire) - Timor-Leste will elect a president on March 20, with a run-off on April 20 if no candidate wins more than half the votes, the National Election Commission (CNE) said on Wednesday. Candidates must register with the Court of Appeal by February 5, the commission said.

President Jose Ramos-Horta, who won the 2022 run-off with 62% of the vote, will announce on Monday whether he will seek a second five-year term, his office said. Aides said he was likely to run. Ramos-Horta, a Nobel peace laureate, first served as president from 2007 to 2012.

Prime Minister Xanana Gusmao's CNRT party is expected to endorse Ramos-Horta again at a national conference in Baucau next week, two party officials said.

Fretilin has not named its candidate. Former president Francisco Guterres, known as Lu-Olo, could run for a third time, party secretary-general Mari Alkatiri said. Fretilin will pick its candidate at a party congress in Dili in mid-February.

Health Minister Elia dos Reis Amaral could step down to join the race, according to local media reports.

Gusmao said on Tuesday the government would not postpone the vote "for any reason", dismissing opposition complaints that voter lists were outdated.

Read more: Timor-Leste's petroleum fund returns 6% in 2026

Australia's Defence Minister Richard Marles is due in Dili next week to sign a maritime security arrangement, the Australian embassy said. Timorese and Australian troops will hold the annual Harii Hamutuk exercise in late February, it added.

Gusmao will attend the ASEAN summit in Singapore in early May, where leaders are expected to review Timor-Leste's progress on its membership commitments.

Analysts say a low turnout in the rural districts could force the presidential vote into a run-off.
"""},

"h34en04": {"outlet": "Ebrie Lagoon Wire (Abidjan)", "published": "2025-11-21", "text": """Ivory Coast's Ouattara to be sworn in December 8 as parliamentary vote nears

ABIDJAN, Nov 21 (Ebrie Lagoon Wire) - President Alassane Ouattara will be sworn in for a fourth term on December 8 in Yamoussoukro, the presidency said on Thursday.

The Constitutional Council confirmed Ouattara's victory in the October 25 election on November 4, rejecting two appeals. Ouattara won almost 90% of the vote.

Prime Minister Robert Beugre Mambe's government is expected to resign after the inauguration, with a new cabinet likely to be named before the legislative elections on December 27, two government sources said.

The Independent Electoral Commission (CEI) has validated 1,214 candidacies, and the official campaign will run from December 13 to December 25, CEI spokeswoman Marcelline Kouassi said.

The opposition PDCI-RDA, whose leader Tidjane Thiam was barred from the presidential race, could boycott the vote. Its political bureau will meet on Tuesday to decide, party spokesman Serge Kouadio Brou said.

Read more: Ivorian cocoa arrivals up 8% since start of season

Ouattara is expected to attend the ECOWAS summit in Abuja on December 14, where leaders will discuss financing for a regional counterterrorism force.

Defence Minister Tene Birahima Ouattara said an additional battalion would be deployed to the northern border with Burkina Faso before the end of the year, after an attack on a border post earlier this month.

Ivorian and Burkinabe security officials will meet in Ouangolodougou next week to discuss the release of two gendarmes detained in Burkina Faso since September, a security source said.

An IMF mission is expected in Abidjan in early December to discuss a successor to the current lending programme, the finance ministry said.

The government could return to the Eurobond market in the first quarter of 2026, analysts said.
"""},

"h34en05": {"outlet": "Absheron Wire (Baku)", "published": "2027-10-06", "text": """Azerbaijan, Armenia to finalise transit rules for U.S.-backed route

BAKU, Oct 6 (Absheron Wire) - Azerbaijani and Armenian deputy prime ministers will meet on the border near Gazakh next Tuesday to finalise customs and security rules for the Trump Route for International Peace and Prosperity (TRIPP), Azerbaijan's Cabinet of Ministers said on Monday.

Deputy Prime Minister Shahin Mustafayev will lead Baku's team, while Armenia will be represented by Deputy Prime Minister Mher Grigoryan, the statement said.

Construction of the Armenian section of the route, which will link mainland Azerbaijan with its Nakhchivan exclave, is expected to begin in November, officials in Baku said.

The two countries initialled a peace agreement in Washington on August 8, 2025, but President Ilham Aliyev said on Monday that Baku "will not sign" it before Armenia removes a reference to Karabakh from its constitution. Some Western diplomats believe the treaty could still be signed before the end of the year.

A U.S. delegation led by Deputy Secretary of State Christopher Landau will visit Baku and Yerevan in mid-October, the U.S. Embassy said.

The U.S. House of Representatives could vote before the end of the year on permanently repealing Section 907 of the Freedom Support Act, which restricts aid to Azerbaijan, Azerbaijani officials said.

Read more: Azerbaijan's non-oil exports rise 12% in nine months

Aliyev is expected to attend the Commonwealth of Independent States summit in Minsk on October 15, the first since ties with Moscow soured over the 2024 crash of an Azerbaijan Airlines plane. A meeting with President Vladimir Putin has not been confirmed.

Azerbaijani and Turkish forces will hold joint drills in Nakhchivan next week, the defence ministry said.

State energy company SOCAR is expected to sign a long-term gas supply deal with Germany's SEFE by the end of the year, analysts say. Baku will host the Southern Gas Corridor Advisory Council's annual ministerial meeting in late February.
"""},
}
