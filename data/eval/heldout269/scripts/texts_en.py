"""English texts of heldout269, written for this project in one sitting. Invented or generic facts."""

EN = {
"h269en01": {"outlet": "Ruamahanga Wire (Masterton)", "published": "2026-04-22", "text": """Can Wairarapa's councils live with a rates cap? Masterton braces for Wellington's squeeze

MASTERTON, April 22 (Ruamahanga Wire) - Parliament will hold the first reading of the government's bill capping annual council rates rises at 4 percent on Tuesday, Local Government Minister Simon Watts said on Wednesday.

The cap is expected to take effect from July 1, 2027, Watts told reporters in Masterton, adding that councils "will not be allowed" to write their own exemptions. He will meet the mayors of Masterton, Carterton and South Wairarapa in Masterton tomorrow.

Masterton District Council raised rates by 11.8 percent last July, one of the steepest increases in the country, largely to pay for water pipes and a wastewater plant upgrade.

Masterton's mayor, Ross Trevethick, said the council would present its case when the governance and administration committee opens hearings in early June, and was likely to seek a carve-out for water investment.

The three Wairarapa councils are due to vote in mid-May on a joint proposal to merge into a single unitary authority, two councillors said. Greater Wellington Regional Council has not decided whether to back the merger, its chair said.

Read more: New Zealand unemployment rises to 5.4 percent in first quarter

Prime Minister Christopher Luxon is expected to visit Masterton on Friday to open a new wing of Wairarapa Hospital, his office said.

Labour leader Chris Hipkins said a Labour government would scrap the cap if elected at the general election on November 7.

Analysts say the cap could push several small councils into mergers before the October 2028 local elections. "Small councils cannot cut their way out of a pipe bill," said Mere Kingi-Rowe, a local government researcher at Victoria University of Wellington.
"""},

"h269en02": {"outlet": "Laanemaa Wire (Haapsalu)", "published": "2026-09-15", "text": """Will Estonia drop its security tax before the election? Budget fight reaches Haapsalu

HAAPSALU, Sept 15 (Laanemaa Wire) - Estonia's government will approve the draft 2027 state budget on Thursday without the planned security tax on company profits, Finance Minister Jurgen Ligi told reporters in Haapsalu on Tuesday.

The Riigikogu passed the security tax in December 2024 to help pay for defence, but coalition leaders agreed last week to shelve it.

The Riigikogu is due to hold the budget's first reading on October 7, and the final vote is expected before the end of November, Ligi said.

Prime Minister Kristen Michal said on Monday that the government "will not cut" defence spending below 5 percent of gross domestic product.

Isamaa leader Urmas Reinsalu said his party would file a no-confidence motion against Ligi within ten days if the budget relies on new borrowing.

Read more: Estonian inflation slows to 4.1 percent in August

Foreign Minister Margus Tsahkna will press for adding about 40 shadow-fleet tankers to the EU sanctions list when EU foreign ministers meet in Brussels next week, a foreign ministry official said. Michal is expected to raise the same demand at the European Council on October 22-23, diplomats said.

The navy will keep two patrol vessels in the Vainameri strait off Haapsalu at least until the end of the year, the Estonian Defence Forces said in a statement.

Defence Minister Hanno Pevkur said a ceasefire in Ukraine was unlikely before 2027 and would not change Estonia's spending plans.

Analysts say scrapping the tax could push the budget deficit above 4.5 percent of GDP next year, and Reform could still trail Isamaa at the March 7 parliamentary election. "The tax was never loved, but the money has to come from somewhere," said Tarmo Leht, an economist at a Tallinn bank.
"""},

"h269en03": {"outlet": "Dzierzecinka Wire (Koszalin)", "published": "2027-05-13", "text": """Koszalin votes on its mayor: will the recall clear the turnout bar?

KOSZALIN, May 13 (Dzierzecinka Wire) - Koszalin will hold a referendum on recalling Mayor Andrzej Mrozinski on Sunday, June 13, the National Electoral Commission's office in the city said in a statement on Wednesday, after a citizens' committee handed in 11,400 valid signatures.

The vote will be valid only if turnout reaches three-fifths of the turnout in the 2024 mayoral election, or about 24,000 voters.

The committee's leader, Ewa Sobczyk, said campaigning would start on Monday with a march through the city centre. Mrozinski, elected for the Civic Coalition (KO) in April 2024, has said he "will not step down" before the vote.

His deputy, Jan Lisowiec, resigned last Friday over a disputed bus contract, and two more members of the mayor's team could follow before the referendum, local media reported.

Law and Justice (PiS) chairman Jaroslaw Kaczynski is expected to address a rally in Koszalin on May 22, party officials said. Prime Minister Donald Tusk could also visit the city before the vote, a KO spokesman said, though no date has been set.

The city council is due to vote next Wednesday on a 150 million zloty loan agreement with the European Investment Bank for an eastern ring road, which the committee says the mayor pushed through without consultation.

The army will close several roads near the Drawsko Pomorskie training area from May 24 to June 4 for the Anakonda-27 exercise, the regional military command said.

If the recall succeeds, the prime minister would appoint a commissioner to run the city until an early election, expected in the autumn.

Analysts say turnout is unlikely to reach the threshold, as in most Polish recall votes since 2010. "People are angry, but anger rarely fills polling stations," said Katarzyna Pietrzak, a political scientist at the Koszalin University of Technology.
"""},

"h269en04": {"outlet": "Smedasundet Wire (Haugesund)", "published": "2025-12-05", "text": """Norway moves to curb power exports as southern reservoirs run low

HAUGESUND, Dec 5 (Smedasundet Wire) - Norway's parliament will vote on December 16 on a bill allowing the government to limit electricity exports when southern reservoirs fall below seasonal minimums, Energy Minister Terje Aasland said on Thursday.

The bill is expected to pass with votes from the Centre Party and the Progress Party, although the Conservatives have not decided how they will vote, party officials said. The Storting rejected a similar Centre Party proposal in June 2024.

Reservoirs in southern Norway were 61 percent full last week, the lowest level for the season since 2010, according to the energy regulator.

Britain and Germany have warned that export limits could breach the EEA agreement, and the EFTA Surveillance Authority could open a case as early as next month, a diplomat in Brussels said.

Aasland will travel to Berlin on Monday for talks with German Economy Minister Katherina Reiche, his ministry said. Norway and Britain are expected to sign a revised operating agreement for the North Sea Link cable before the end of January, two people familiar with the talks said.

Read more: Equinor sees higher gas output from Troll this winter

Prime Minister Jonas Gahr Store said on Wednesday that Norway "will not leave" the European power market.

Haugesund's mayor, Kristin Eide Bakke, said the municipality would ask the government for emergency power support for local industry, including the Karmoy aluminium plant, at a meeting in Oslo next week.

The government also plans to present a white paper on industrial power prices in the spring.

Analysts say the government could trigger the curbs as early as February if the winter stays dry. "Oslo wants a brake it hopes never to pull," said Ingrid Vatne, an energy economist at the Norwegian School of Economics in Bergen.
"""},

"h269en05": {"outlet": "Gowrie Wire (Toowoomba)", "published": "2027-07-19", "text": """Will Canberra finally pay for the Toowoomba Range tunnel?

TOOWOOMBA, July 19 (Gowrie Wire) - Federal Cabinet is expected to decide next week whether to fund the Inland Rail tunnel under the Toowoomba Range, Infrastructure Minister Catherine King said on Monday, after the cost estimate for the section rose to A$6.2 billion.

The freight line between Melbourne and Brisbane was scaled back in 2023, when a review left its Queensland sections without a completion date. The Australian Rail Track Corporation (ARTC) finished the environmental approvals for the Gowrie to Kagaru section in November 2026.

King said Canberra "will not sign a blank cheque" and that Queensland must share the cost. Premier David Crisafulli said his government would put in A$1 billion if Canberra commits first, and he is due to meet Prime Minister Anthony Albanese in Brisbane on August 6.

A federal-state funding agreement could be signed by the end of September, two officials familiar with the talks said.

Read more: Queensland grain growers brace for a dry spring

ARTC will start geotechnical drilling near Gowrie within 14 days, a company spokeswoman said.

Deputy Prime Minister Richard Marles will visit the Army Aviation Centre at Oakey on Thursday, his office said, and is expected to meet local leaders about the rail link. The Defence Department said it would run its first rail logistics trial between Brisbane and Oakey in late August.

Nationals leader David Littleproud said a Coalition government would build the full tunnel if elected. Toowoomba Region Mayor Colin Hartwig said the council may withdraw its support for a freight terminal at Gowrie if the tunnel is dropped.

Analysts say the tunnel is unlikely to open before 2035 even if the money is approved. "Every year of delay adds trucks to the range road," said Liam Tennant, a transport economist at the University of Southern Queensland.
"""},
}
