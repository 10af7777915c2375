"""English texts of heldout127, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h127en01": {"outlet": "Muhazi Wire (Kigali)", "published": "2025-08-13", "text": """Rwanda expects first U.S. deportees within days under migrant deal

KIGALI, Aug 13 (Muhazi Wire) - Rwanda expects to receive the first group of about ten migrants deported from the United States within days under an agreement signed in Kigali in June, government spokeswoman Yolande Makolo said on Tuesday.

The deal allows Rwanda to accept up to 250 people and to vet each case before arrival. "Rwanda will not accept anyone convicted of crimes against children," Makolo told reporters.

The U.S. State Department has said the first flight would be followed by regular transfers, but Washington has not said when the second group will leave.

The U.N. refugee agency said it had not been consulted on the arrangement.

The Senate's foreign affairs committee will question Foreign Minister Olivier Nduhungirehe on the deal on Monday, the Senate said in a statement. Frank Habineza, whose Democratic Green Party holds two seats in the lower house, said his party would ask for the full text to be published.

Nduhungirehe is also expected to travel to Washington next month, where he could press for the lifting of U.S. sanctions imposed in February on State Minister James Kabarebe, two diplomats said.

Read more: Rwanda's coffee exports rise 12% as prices hold near record

Local government elections are due in February 2026, and the National Electoral Commission is likely to publish the timetable in October, its chairwoman Oda Gasinzigwa said last week.

Rwandan troops will stay in Mozambique's Cabo Delgado province at least until the end of the year, army spokesman Brigadier General Ronald Rwivanga said, dismissing reports of a drawdown.

Analysts say the migrant deal may help Kigali in talks on a U.S.-backed regional economic framework with Congo, due to be signed in Washington in the second half of September. "Kigali is showing Washington that it can be a useful partner," said Claudine Uwera, a lecturer in international relations at a university in Huye.
"""},

"h127en02": {"outlet": "Ciudad Vieja Wire (Montevideo)", "published": "2026-06-10", "text": """Can Uruguay open the CPTPP door before Mercosur's July summit?

MONTEVIDEO, June 10 (Ciudad Vieja Wire) - Members of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) will decide on June 18 whether to open a formal accession working group for Uruguay, Foreign Minister Mario Lubetkin said on Tuesday.

Uruguay applied to join the 12-member bloc in December 2022. "We expect a positive decision, but it is not guaranteed," Lubetkin told reporters after meeting Japan's ambassador in Montevideo.

President Yamandu Orsi is expected to name a chief negotiator for the talks next week, a presidency official said.

Brazil's government has warned that Mercosur rules bar members from negotiating tariff deals alone. The issue could dominate the bloc's summit in Asuncion in early July, two diplomats said, where Uruguay takes over the rotating presidency.

Lubetkin will travel to Tokyo and Canberra in late July to seek support for the bid, his ministry said.

Economy Minister Gabriel Oddone said Uruguay would not cut its common external tariff unilaterally while accession talks are under way.

Read more: Uruguay's central bank holds rate as inflation eases to 4.1%

In parallel, Uruguay's General Assembly is likely to ratify the EU-Mercosur trade agreement before the end of September, ruling coalition lawmakers said. Senator Lucia Ferres of the opposition National Party said her party would vote for any CPTPP accession protocol.

The PIT-CNT union federation said it would hold a four-hour national stoppage on Thursday against what it called "a trade policy written for exporters only".

Analysts say the talks could take at least two years, and that China's own application to the pact may slow any decision on smaller candidates. "Uruguay is a small economy with a good reputation, but timing is everything in this club," said Ines Arocena, a trade economist at a Montevideo consultancy.
"""},

"h127en03": {"outlet": "Matka Wire (Skopje)", "published": "2026-10-21", "text": """Will Skopje change its constitution before the EU's December summit?

SKOPJE, Oct 21 (Matka Wire) - North Macedonia's parliament will hold a first debate on constitutional amendments naming Bulgarians as a constituent people on November 4, Speaker Afrim Gashi said on Tuesday, but the ruling VMRO-DPMNE party has not decided whether to back them.

Prime Minister Hristijan Mickoski has said his government would support the change only if the European Union guarantees that Bulgaria cannot block the country's membership talks again. The amendments need a two-thirds majority, or 80 of 120 votes.

Mickoski is expected to raise the issue with European Council President Antonio Costa in Brussels next week, a government official said.

Sofia "will not accept any new conditions", Bulgarian Foreign Minister Georg Georgiev said on Monday.

VLEN, the Albanian coalition partner, could pull its four ministers out of the cabinet if the amendments are not put to a vote before the end of the year, its spokesman Besart Demiri said. Opposition SDSM leader Venko Filipce said his party would vote for the amendments.

EU leaders and their Western Balkan counterparts meet in Brussels on December 16, and officials in Skopje hope the summit could confirm a date for the first intergovernmental conference.

Read more: Skopje air pollution alert as winter heating season begins

The army will host about 1,500 troops from eight NATO allies at the Krivolak range from November 9 to November 20, the defence ministry said.

The government is likely to appoint a new chief negotiator with the EU within 30 days, after the previous one left for a post at the Council of Europe, government sources said.

Albanian Prime Minister Edi Rama is due to visit Skopje on Friday for a joint session of the two governments, Mickoski's office said.

Analysts say the amendments may fail for lack of votes, and that early elections could follow in spring.
"""},

"h127en04": {"outlet": "Bassac Wire (Phnom Penh)", "published": "2027-02-16", "text": """Cambodia sets commune elections for June 6 as opposition weighs boycott

PHNOM PENH, Feb 16 (Bassac Wire) - Cambodia will hold its sixth commune and sangkat council elections on Sunday, June 6, the National Election Committee (NEC) said on Monday, with party registration open from March 1 to March 15.

The committee expects to publish the final voter list by the end of April, NEC spokesman Hang Puthea said. The ruling Cambodian People's Party (CPP) won 80 percent of seats in the last commune vote in 2022.

The opposition Candlelight Party has not decided whether to take part. Its spokesman, Meas Vannak, said the party would boycott the vote unless the NEC restored the registration of 16 candidates removed last year.

Prime Minister Hun Manet said on Saturday the election "will be free and fair".

The National Assembly will vote next week on appointing two new NEC members, the assembly's secretariat said.

The campaign comes as a ceasefire with Thailand holds along the northern border. The two countries' General Border Committee is due to meet in Phnom Penh in the second week of March to review the truce, the defence ministry said. Thai officials say the truce could be extended by six months.

Read more: Garment exports to the EU slip 3% in January

The U.S. Treasury could add more Cambodian firms linked to online scam compounds to its sanctions list before the vote, two people familiar with the matter said.

Cambodian and Chinese troops will hold their Golden Dragon exercise in Kampong Speu in mid-May, defence ministry spokeswoman Maly Socheata said. Chinese Defence Minister Dong Jun is expected to attend its closing day, she said.

Hun Manet is due to visit Tokyo from March 22 to March 24.

Analysts say turnout could fall below the 80 percent recorded in 2022. "The contest is about participation, not about who wins," said Sokha Vireak, a political researcher in Siem Reap.
"""},

"h127en05": {"outlet": "Half Way Tree Wire (Kingston)", "published": "2027-04-07", "text": """Will Jamaicans vote on a republic before the end of the year?

KINGSTON, April 7 (Half Way Tree Wire) - Jamaica's Senate will vote on Friday on the bill that would replace King Charles with a Jamaican president, Legal and Constitutional Affairs Minister Marlene Malahoo Forte said on Tuesday, and the government expects it to pass with support from both sides.

The House of Representatives passed the bill in March.

A referendum, required because the bill changes entrenched clauses, is expected in November, Malahoo Forte said, but the Electoral Commission of Jamaica has not set a date.

Opposition leader Mark Golding said the People's National Party (PNP) would campaign for a "yes" vote only if Jamaica also replaced the Privy Council with the Caribbean Court of Justice as its final court.

Governor-General Patrick Allen would step down on the day the first president is sworn in, his office said. Prime Minister Andrew Holness is likely to name his nominee for president within 60 days of the referendum, a government source said.

Holness will brief CARICOM leaders on the reform at their regular meeting in Basseterre from July 4 to July 7, the CARICOM Secretariat said. He will also travel to Washington next week, his office said.

Read more: Tourist arrivals recover as new hotels reopen on the north coast

The Jamaica Defence Force will deploy 600 more soldiers to support the police in St James and Clarendon from Monday, Chief of Defence Staff Lieutenant General Antonette Wemyss Gorman said.

The World Bank is expected to approve a $150 million hurricane reconstruction loan for Jamaica in June, finance ministry officials said.

Jamaican officials involved in hiring Cuban doctors could face U.S. visa restrictions, the U.S. Embassy said in a statement.

In Spanish Town, the Jamaica Council of Churches said a truce between two rival gangs would hold until the end of May.

Analysts say the referendum vote could be close.
"""},

}
