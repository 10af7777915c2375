"""English texts of heldout131, written for this project. Invented or generic facts."""

EN = {
"h131en01": {"outlet": "Esil Wire (Astana)", "published": "2025-12-10", "text": """What will Kazakhstan gain from the Abraham Accords? Israel's foreign minister heads to Astana

ASTANA, Dec 10 (Esil Wire) - Israeli Foreign Minister Gideon Saar will arrive in Astana on Monday for a two-day visit, the first by an Israeli minister since Kazakhstan joined the Abraham Accords, Kazakhstan's foreign ministry said on Tuesday.

Kazakhstan announced in November that it would join the accords, during President Kassym-Jomart Tokayev's visit to Washington.

Saar and Foreign Minister Yermek Kosherbayev are expected to sign a visa waiver agreement and a memorandum on water technology, the ministry said. Saar is also likely to be received by Tokayev on Tuesday, a presidential aide said.

Foreign ministry spokesman Aibek Smadiyarov said Kazakhstan "will not move its embassy" from Tel Aviv and would keep backing a two-state solution.

Mazhilis Speaker Yerlan Koshanov said the lower house would ratify the accession protocol before the end of the year.

Air Astana plans to launch direct flights between Almaty and Tel Aviv in the second half of March, two people familiar with the plans said. Saar's office said Israel would open a trade office in Almaty by the end of March.

Read more: Kazakhstan's central bank holds base rate at 18%

Tokayev told a government meeting on Friday that Kazakhstan could send a military medical unit to the international stabilization force in Gaza once the second phase of the ceasefire begins.

That phase is expected to start in January, diplomats in Astana said, though its timing depends on talks in Cairo.

Central Asian leaders hold their consultative meeting in Tashkent in late January, and the accords are likely to come up there, officials in Tashkent said.

Analysts say Uzbekistan and Azerbaijan could follow Kazakhstan into the accords, but Tehran's reaction may slow them. "Astana has little to lose and much American goodwill to gain," said Aigerim Seitkali, a researcher at an Almaty think tank. Iran's embassy in Astana has not commented.
"""},

"h131en02": {"outlet": "Alto Paraguay Wire (Carmelo Peralta)", "published": "2026-06-19", "text": """Paraguay and Brazil to open Chaco river bridge as Bioceanic corridor edges forward

CARMELO PERALTA, June 19 (Alto Paraguay Wire) - Presidents Santiago Pena and Luiz Inacio Lula da Silva will open the bridge over the Paraguay River between Carmelo Peralta and the Brazilian town of Porto Murtinho on July 3, Paraguay's public works ministry said on Thursday.

Floods damaged the access road on the Brazilian bank in April, forcing a first postponement.

Public Works Minister Claudia Centurion said the two governments would sign an agreement on integrated border controls at the ceremony, and that trucks would be able to cross from August 1. She added that the Paraguayan highway from Carmelo Peralta to Pozo Hondo "will not be fully paved before 2028".

The opening comes a day after Pena hosts Mercosur leaders at a summit in Asuncion on July 2, where the corridor is expected to feature in the final declaration, a Paraguayan diplomat said. Lula is expected to hold separate talks with Pena in Asuncion on Itaipu's 2027 tariff, according to a Brazilian government official.

Argentina has been invited to the ceremony but has not said whether President Javier Milei will attend.

Defence Minister Oscar Gonzalez said the army would deploy 400 more troops to the Chaco border from next week to curb drug and cigarette smuggling along the new route.

Read more: Paraguay's central bank holds its policy rate at 6%

Pena's Colorado Party expects the bridge to help its candidates in the October 4 municipal elections, party officials said. The governor of Alto Paraguay, Arturo Mendoza, may step down next month to run for mayor of Fuerte Olimpo, local radio reported.

Analysts say traffic on the corridor could reach 500 trucks a day by 2028 if Argentina and Chile finish their sections. Argentina has not said when it will finish paving its stretch in Salta province.
"""},

"h131en03": {"outlet": "Ogosta Wire (Kozloduy)", "published": "2027-03-16", "text": """Will Bulgaria lock in Kozloduy's new reactors before the snap election?

KOZLODUY, March 16 (Ogosta Wire) - Bulgaria's parliament will vote on Thursday on a state guarantee for a $14 billion loan to build two new reactors at the Kozloduy nuclear plant, Energy Minister Stanimir Kolev said on Monday.

The guarantee is expected to pass with votes from the ruling coalition and part of the opposition, Kolev said.

Kozloduy NPP-New Build, the state project company, signed an engineering contract for the two AP1000 units with Hyundai E&C and Westinghouse in Sofia last October.

The full construction contract could be signed as early as May, two people familiar with the talks said. The company's chief executive, Petar Yordanov, said first concrete for Unit 7 was expected in the second half of 2028.

The vote is likely to be the last major decision of the current parliament. The presidency said on Friday it would dissolve the assembly next week and call a snap election for May 9, after three failed attempts to form a government.

Vazrazhdane leader Kostadin Kostadinov said his party would "tear up the American contract" if it enters government after the election.

U.S. Energy Secretary Chris Wright is expected in Sofia next week for talks with Kolev on financing from the U.S. Export-Import Bank, the U.S. Embassy said.

Read more: Bulgaria's inflation slows to 3.1% in February

Kozloduy's two working Soviet-designed units have run on Westinghouse fuel since 2024. EU diplomats said the bloc was expected to ban new Russian nuclear fuel contracts in its next sanctions package in June, a step Sofia backs.

Yordanov could resign after the vote, two officials said, following a row with the minister over quotas for Bulgarian subcontractors. Kolev said Bulgaria "will not accept" any Russian-made components in the new units.

Analysts say the reactors may not enter service before 2037, and that a new parliament could reopen the financing terms.
"""},

"h131en04": {"outlet": "Chongwe Wire (Lusaka)", "published": "2026-08-24", "text": """Zambia's top court to hear challenge to Hichilema win as swearing-in waits

LUSAKA, Aug 24 (Chongwe Wire) - Zambia's Constitutional Court will start hearing the opposition's petition against President Hakainde Hichilema's re-election on Thursday, the court said in a notice on Sunday.

The Electoral Commission of Zambia declared Hichilema the winner of the August 13 vote on August 16 with 54 percent, against 41 percent for Patriotic Front candidate Chanda Mwelwa.

The court has until September 4 to rule, lawyers for both sides said. Hichilema's swearing-in will be held at the Heroes Stadium on September 8 if the court dismisses the petition, State House said.

Mwelwa, who alleges that results from 1,200 polling stations were altered, said on Saturday his party "will not accept" a ruling made without a recount.

Analysts say the court is likely to dismiss the petition, as it did with Hichilema's own challenge in 2016.

Defence Minister Ambrose Lufuma said troops would stay deployed in Lusaka and on the Copperbelt until the court rules, after clashes between party cadres killed two people last week.

The U.S. Embassy said Washington could impose visa restrictions on anyone who undermines the court process or incites violence.

Read more: Zambia's copper output rises 8% in first half

Vice President Mutale Nalumango will represent Zambia at an extraordinary SADC summit in Gaborone next week, the foreign ministry said, the first time in five years that the president has skipped a regional summit.

Commonwealth Secretary-General Shirley Botchwey is expected in Lusaka on Wednesday to meet both candidates, diplomats said.

The commission's chief electoral officer is likely to step down before the end of the year, two commission officials said, as the opposition demands an overhaul of the body.

The new National Assembly will hold its first sitting on September 15, the Clerk of the National Assembly said. Hichilema's United Party for National Development won 98 of the 156 elected seats.
"""},

"h131en05": {"outlet": "Rarawai Wire (Ba)", "published": "2027-09-16", "text": """Can Fiji's sugar industry survive another bad season? Parliament takes up mill reform bill

BA, Sept 16 (Rarawai Wire) - Fiji's parliament will debate the Sugar Industry (Amendment) Bill on Tuesday, Sugar Minister Josaia Rokobigi said on Wednesday, with a final vote expected before the end of September.

The bill would allow the state-owned Fiji Sugar Corporation (FSC) to lease its Penang mill in Rakiraki to a private operator. The crushing season began on June 28, three weeks late, after a dispute over cane payments.

FSC's chief executive, Arvind Maharaj, resigned last week. The board is expected to name a successor by the end of October, a company spokeswoman said.

India and Fiji will sign a $20 million grant to refurbish the Rarawai and Labasa mills in Suva next month, the Indian High Commission said. An Indian minister of state is expected to travel to Suva for the signing.

Rokobigi said the government "will not close" the Lautoka mill, whatever the outcome of the vote.

The Fiji Cane Growers Association has threatened to stop cane deliveries from October 1 unless the government raises the guaranteed cane price to 100 Fiji dollars a tonne. "Growers may have no choice," said its general secretary, Vikash Narayan.

Read more: Fiji's visitor arrivals hit a record in August

The Sugar Industry Tribunal will meet on October 5 to set the forecast cane price, the tribunal's secretariat said.

Elections to the Sugar Cane Growers Council will take place on November 27, the first since 2019, the Fijian Elections Office said.

FSC's chairman could also step down if the bill fails, two board members said.

Economists say cane output could fall below 1.5 million tonnes this season, the lowest in decades, as farmers abandon fields in the west. "Without new money the mills will keep breaking down, and growers will keep leaving," said Losana Vuniwai, an economist at a Suva research institute.
"""},
}
