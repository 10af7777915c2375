"""English texts of heldout216, written for this project in one sitting. Invented or generic facts."""

EN = {
"h216en01": {"outlet": "Pollet Wire (Dieppe)", "published": "2026-05-15", "text": """Will EDF commit to Penly before the summer?

DIEPPE, May 15 (Pollet Wire) - EDF's board will meet on Thursday to take the final investment decision on two EPR2 reactors at the Penly nuclear site near Dieppe, the state-owned utility said in a statement, after the vote slipped twice since January.

Chief Executive Bernard Fontana told reporters on Wednesday that the decision was "very likely" to go through and that excavation for the first reactor would start in September.

The European Commission approved a state loan covering at least half of the programme's cost in March. Competition Commissioner Teresa Ribera is expected to rule on a separate contract-for-difference price before the end of July, two EU officials said. Austria could challenge the loan approval at the EU General Court, as it did over Britain's Hinkley Point C, diplomats said.

The CGT energy federation said its members at Penly would strike on May 28 unless management guaranteed that a third of the site's jobs go to local hires.

Read more: Rouen port posts record grain exports in first quarter

President Emmanuel Macron is expected to visit Penly on June 5, an Elysee official said. He will host U.S., British and Canadian leaders at Omaha Beach the next day for the D-Day anniversary, his office said.

Dieppe's mayor, Sophie Larcher, said the town "will not accept" temporary worker camps on farmland and would open 800 housing units by 2028.

Flamanville 3, further west in Normandy, reached full power last year after more than a decade of delays.

National Rally leader Jordan Bardella, who leads polls for the April 2027 presidential election, has said a government he led would order six more reactors.

Analysts say the first Penly unit is unlikely to start producing power before 2038. "The decision is the easy part; the supply chain is the hard one," said Julien Marchetti, an energy economist at a Rouen business school.
"""},

"h216en02": {"outlet": "Valnerina Wire (Terni)", "published": "2027-01-19", "text": """Will Arvedi sign Terni's steel pact before the money runs out?

TERNI, Jan 19 (Valnerina Wire) - Italy's government and steelmaker Arvedi will sign the programme agreement for the Acciai Speciali Terni plant in Rome on January 28, Industry Minister Adolfo Urso said on Monday, after the signing slipped three times since last spring.

The accord would give the plant a discounted power price for ten years in return for 1 billion euros of investment, including an electric furnace due to start up in the second half of 2028, Urso said.

Umbria's regional president, Stefania Proietti, said on Monday the region "will not pay for lay-offs" and would only fund a hydrogen pilot.

Giovanni Arvedi, the group's founder, has not said whether he will attend the signing. Unions will meet Urso at the ministry on Thursday to seek job guarantees for the plant's 2,300 workers, the FIOM metalworkers' union said.

The plant's chief executive, Marco Tosetti, is expected to step down after the signing, two union officials said.

Italy still needs Brussels' approval for the power discount. The European Commission could open an in-depth state aid investigation within weeks, two people familiar with the file said.

Read more: Perugia airport adds winter routes to London and Tirana

Washington's 50 percent tariff on European steel, which cut the plant's U.S. sales by a third last year, could be eased under an EU-U.S. deal by the end of March, a trade ministry official said.

Prime Minister Giorgia Meloni is likely to visit the plant in February, officials in Terni said. Her coalition faces a general election later this year.

Analysts say the plant could idle one of its two melt shops in the first quarter if the deal slips again. "Arvedi will not invest a billion on a promise," said Chiara Bonfanti, an industrial economist at the University of Perugia.
"""},

"h216en03": {"outlet": "Kanchalan Wire (Anadyr)", "published": "2026-08-06", "text": """Can the Bering Strait reopen to its native families?

ANADYR, Aug 6 (Kanchalan Wire) - Russian and U.S. officials will meet in Anchorage on August 17-18 to discuss restoring visa-free travel across the Bering Strait for indigenous residents of Chukotka and Alaska, Russia's foreign ministry said on Wednesday.

The 1989 arrangement, which let Chukchi and Yupik families visit relatives without visas, was suspended in 2022.

Deputy Foreign Minister Sergei Ryabkov, who will lead the Russian delegation, said Moscow "will not link" the talks to Ukraine.

Chukotka Governor Vladislav Kuznetsov said a first charter flight between Anadyr and Nome could follow as early as October if the talks succeed.

The flight would need a U.S. Treasury licence because the carrier's parent company is under sanctions, a State Department official said, adding that Washington had not decided whether to grant one.

Alaska Senator Lisa Murkowski said she hoped to lead a delegation to Provideniya before the end of the year.

Read more: Chukotka's reindeer herders face record summer heat

Russia's Pacific Fleet will hold exercises in the Bering Sea from August 10 to 16, the defence ministry said. U.S. officials have warned that NORAD may scramble fighters if Russian bombers approach Alaska during the drills.

A fisheries cooperation agreement between the two countries, which expires in December, is expected to be extended by five years within 30 days, a Russian official familiar with the negotiations said.

Kremlin spokesman Dmitry Peskov did not rule out that Presidents Vladimir Putin and Donald Trump could discuss the strait at a possible summit later this year.

Kuznetsov is campaigning for United Russia candidates before the State Duma election on September 18-20.

Analysts say a visa deal is unlikely before November, when Americans vote in midterm elections. "Nobody in Washington wants to be seen giving Moscow anything before the vote," said Ellen Hartwick, a Russia specialist at the University of Alaska Fairbanks.
"""},

"h216en04": {"outlet": "Winooski Wire (Montpelier)", "published": "2026-04-20", "text": """Will Phil Scott run again? Vermont waits as Canadian visitors stay away

MONTPELIER, April 20 (Winooski Wire) - Vermont Governor Phil Scott will announce next week whether he will seek a sixth two-year term, his spokesman said on Sunday, ending months of speculation in the state's capital.

Candidates must file by May 28, and the primary is on August 11.

Scott, a Republican, won his fifth term in 2024 with more than 70 percent of the vote in one of the country's most Democratic states.

State Senator Ruth Ellery, a Burlington Democrat, will formally launch her campaign on Saturday in Winooski, her campaign said.

U.S. Customs and Border Protection plans to close three small Vermont crossings overnight from June 1, a CBP spokeswoman said, citing staff shortages. Scott's office said the cuts would hurt towns that depend on Canadian shoppers, whose visits fell by about a third last year.

Canada could lift its counter-tariffs on U.S. maple products and lumber before the joint review of the North American trade agreement in July, two Canadian officials said.

Read more: Vermont lawmakers pass child care funding bill

Quebec's minister for relations with the United States, Nathalie Carrier, is expected in Montpelier in May, the governor's office said.

Scott will attend the annual conference of New England governors and eastern Canadian premiers in Halifax on June 15-16, the conference secretariat said.

The legislature is expected to adjourn in mid-May. Scott has said he would veto any budget that raises property taxes.

Analysts say Scott would be the clear favourite in the November 3 general election if he runs. "He is the only Republican in New England who can win by thirty points, and he knows it," said Daniel Okafor, a political scientist at the University of Vermont.
"""},

"h216en05": {"outlet": "Chiltan Wire (Quetta)", "published": "2026-08-29", "text": """Will Bugti hand Balochistan over to the PML-N?

QUETTA, Aug 29 (Chiltan Wire) - The Pakistan Muslim League-Nawaz's lawmakers in Balochistan will meet in Quetta on Monday to pick a candidate for chief minister under a power-sharing deal with the Pakistan Peoples Party, the party's provincial president, Mir Shahzeb Rind, said on Friday.

Under the formula agreed in February 2024, Chief Minister Sarfraz Bugti of the PPP was to hold the post for half of the five-year term.

Bugti said on Thursday he "will not resign" until PPP Chairman Bilawal Bhutto Zardari asks him to. He could still step down within days, a PPP source said.

President Asif Ali Zardari and Prime Minister Shehbaz Sharif are expected to discuss the issue in Islamabad next week, two officials said. The provincial assembly could vote on a new chief minister as early as September 10, the assembly secretariat said.

Read more: Gwadar port handles first transshipment cargo of the year

The army launched an operation in Kalat district on Wednesday after militants killed 11 bus passengers on the Quetta-Karachi highway, the military's media wing said, adding that it would continue until the area was cleared.

Interior Minister Mohsin Naqvi will visit Quetta on Tuesday, his ministry said.

Islamabad will ask the U.N. Security Council's 1267 sanctions committee in September to list the Balochistan Liberation Army, the Foreign Office said in a statement. China is likely to back the request, diplomats said.

In Dera Bugti, a tribal jirga extended a truce between two feuding clans for 30 days from Sunday, local officials said.

Balochistan National Party leader Akhtar Mengal said his party would begin a march from Wadh to Quetta on September 5 unless detained activists were freed.

Analysts say the handover may trigger defections that could delay the assembly vote beyond September. "Everyone in Quetta is counting heads," said Saima Baloch, a political analyst at the University of Balochistan.
"""},
}
