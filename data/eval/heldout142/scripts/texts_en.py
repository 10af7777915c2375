"""English texts of heldout142, written for this project. Invented or generic facts."""

EN = {
"h142en01": {"outlet": "Kajaran Wire (Kapan)", "published": "2026-02-22", "text": """Will Pezeshkian's Yerevan visit keep Iranian gas flowing to Armenia?

KAPAN, Feb 22 (Kajaran Wire) - Iranian President Masoud Pezeshkian will visit Yerevan on Thursday for talks with Prime Minister Nikol Pashinyan, Armenia's foreign ministry said on Saturday. An Armenian-Iranian business forum is scheduled for the following day.

The two leaders last met in Tehran in September 2025.

The sides are expected to sign an extension until 2030 of the gas-for-electricity swap agreement, which expires at the end of March, Deputy Prime Minister Mher Grigoryan told reporters. Armenia receives about 500 million cubic metres of Iranian gas a year under the deal and sends electricity back across the Araks river.

Grigoryan said Armenia "will not join any sanctions regime" that the U.N. Security Council has not approved. U.S. officials have warned that new Treasury sanctions on Iranian gas exports could cover the swap, according to two diplomats in Yerevan.

Foreign Minister Abbas Araghchi, who will accompany Pezeshkian, is likely to raise Tehran's concerns about the U.S.-backed transit route through Armenia's southern Syunik province, the same diplomats said.

Read more: Armenia's central bank holds key rate at 6.75%, flags fuel prices

The third 400-kilovolt power line between the two countries, delayed since 2022, could be completed in the second half of the year, an official at the Armenian energy ministry said. A joint commission on the Meghri free economic zone will meet in Tehran next month, the Iranian embassy said.

Armenia holds a parliamentary election on June 7. Analysts say Pashinyan's Civil Contract party could lose ground in Syunik if gas prices rise before the vote.

"Voters in the south watch two things, the border and the heating bill," said Siranush Melkumyan, a political analyst at a Yerevan think tank. "Anything that threatens either will be used in the campaign."

Trucks from Iran still queue for hours at the Agarak crossing.
"""},

"h142en02": {"outlet": "Taboga Wire (Panama City)", "published": "2027-01-19", "text": """Panama threatens retaliation as EU reviews its tax blacklist

PANAMA CITY, Jan 19 (Taboga Wire) - European Union finance ministers are expected to decide whether to keep Panama on the bloc's list of non-cooperative tax jurisdictions when they meet in Brussels on February 16, two EU diplomats said.

Panama was first added to the list in February 2020 and has stayed on it despite several rounds of reforms.

Economy and Finance Minister Felipe Chapman said on Monday that Panama would apply its retaliation law against companies from member states that back keeping it on the list. The measures could include higher port fees and exclusion from public tenders, he said.

Chapman will travel to Brussels next week for talks with European Commissioner Wopke Hoekstra, his ministry said. Panama also expects to sign a tax information exchange protocol with Spain before the end of March, a finance ministry official said.

President Jose Raul Mulino said last week that Panama "will not accept being treated as a tax haven" by partners that host their own.

Read more: Canal revenue rises 4% in first quarter of fiscal year

The director of the General Revenue Directorate (DGI), Camilo Arosemena, may step down if the listing is confirmed, local media reported.

The OECD's Global Forum on Transparency could publish its peer review of Panama as early as March, according to a person familiar with the process. The National Assembly's commerce committee will hold a hearing on the retaliation measures on Thursday.

Analysts say Brussels is unlikely to delist Panama before October, when the list is next reviewed. "Retaliation is a signal for voters at home, not a strategy," said Rodrigo Quintero, an economist at a Panama City consultancy. "European banks will simply add another layer of checks."

Business groups in the Colon Free Zone say European buyers already ask for extra documents, and some shipping agents have moved invoicing to Miami.
"""},

"h142en03": {"outlet": "Secovlje Wire (Piran)", "published": "2025-11-06", "text": """Slovenia and Croatia leaders to discuss Piran Bay after fishing standoff

PIRAN, Nov 6 (Secovlje Wire) - Slovenian President Natasa Pirc Musar will raise the Piran Bay dispute with Croatian President Zoran Milanovic at the Brdo-Brijuni Process summit in Ohrid on November 20, her office said on Wednesday.

On Sunday, a Croatian police boat escorted a Slovenian trawler out of waters that a 2017 arbitration ruling awarded to Slovenia. Zagreb has never recognised the ruling.

Prime Minister Robert Golob said Ljubljana "will not negotiate the border line again", but added that he wanted an interim fishing arrangement agreed before the end of the year.

Slovenia will deploy the navy patrol boat Triglav to the bay from Monday, the defence ministry said. Croatia's foreign ministry said it would send a protest note to Ljubljana within 48 hours.

Read more: Slovenian parliament passes amended 2026 budget

Slovenia may ask the European Commission to mediate if the talks in Ohrid fail, a government source said. The Slovenian-Croatian joint fisheries commission, which has not met since 2022, is due to meet in Zagreb in mid-December.

Fishermen plan to protest in Piran harbour on Saturday, said Marko Vidmar, head of the Piran fishermen's cooperative. "We have lost half our catch since the summer, and every week the boats come closer," he said.

The dispute comes before a parliamentary election expected in March. Analysts say the opposition Slovenian Democratic Party (SDS) of former prime minister Janez Jansa could make the bay a campaign theme, as it did in 2017.

"Nobody in Ljubljana wants to look soft on the border months before a vote," said Petra Zupancic, a lecturer in international law in Koper. "But nobody in Zagreb wants to look soft either, so a quick deal is hard to imagine."

About forty Slovenian boats still fish in the bay, most of them small family trawlers based in Piran and Izola.
"""},

"h142en04": {"outlet": "Limpopo Wire (Xai-Xai)", "published": "2025-07-11", "text": """Mondlane's new party waits for registration as dialogue with Chapo stalls

XAI-XAI, July 11 (Limpopo Wire) - Mozambique's justice ministry will decide within 30 days whether to register Venancio Mondlane's new party, Anamola, Justice Minister Mateus Saize said on Thursday.

Mondlane, who came second in the October 2024 presidential election, filed the application in April.

He said he would call a national strike if the application is rejected, and plans to hold the party's founding congress in Nampula in mid-September.

President Daniel Chapo is expected to meet Mondlane for a second round of talks in Maputo later this month, a presidency source said. Frelimo spokesperson Celso Mabunda said the ruling party "does not oppose" any new party that respects the constitution.

Read more: Mozambique's central bank cuts key rate by 75 basis points

The chairman of the National Elections Commission (CNE) may resign before the end of August, two commission members said. Parliament's ad hoc commission on electoral reform is due to present a draft municipal elections law in October, ahead of local elections scheduled for 2028.

Rwanda is likely to send 500 more troops to Cabo Delgado by the end of September, a Mozambican defence official said.

Analysts say the registration could be delayed until after the SADC summit in Antananarivo on August 17. "The government wants calm streets when the region's leaders meet," said Tomas Chiziane, a political scientist in Maputo.

Mondlane's supporters say more than 300 people were killed during the protests that followed the 2024 vote. The government puts the figure lower and says police acted within the law.

Traders in Maputo and Matola are still rebuilding shops that were looted in December and January, and many say they cannot afford another shutdown. Insurance claims from that period remain largely unpaid.
"""},

"h142en05": {"outlet": "Chaktomuk Wire (Phnom Penh)", "published": "2026-11-09", "text": """South Korea, Cambodia to sign extradition treaty as scam crackdown widens

PHNOM PENH, Nov 9 (Chaktomuk Wire) - South Korean Foreign Minister Cho Hyun will visit Phnom Penh on Wednesday to sign an extradition treaty with his Cambodian counterpart, Prak Sokhonn, Seoul's foreign ministry said on Sunday.

The two countries set up a joint police task force in October 2025 after a South Korean student died in a scam compound near Kampot.

Cambodian government spokesman Pen Bona said Cambodia "will not extradite its own citizens" under the treaty. Seoul is expected to lift its travel ban on parts of Sihanoukville and Bokor by the end of the year if no new abductions are reported, two officials in Seoul said.

The U.S. Treasury could add more firms linked to the Prince Group to its sanctions list in the coming weeks, a person familiar with the matter said.

Read more: Cambodia's garment exports to the EU slip for a third month

The Royal Cambodian Armed Forces will deploy 2,000 soldiers to casino zones along the Thai border from December 1, the defence ministry said. Cambodian and Thai officers are due to review the border ceasefire at a General Border Committee meeting next week, and could extend the ASEAN observer mission by three months, a Cambodian defence official said.

Prime Minister Hun Manet is expected to raise scam cooperation at the ASEAN summit in Manila on November 24-25.

Analysts say thousands of workers could cross into Thailand before the troops arrive. "The compounds have moved before, and they will try again," said Sok Vanna, a researcher at a Phnom Penh policy institute.

Rights groups say many of the workers were trafficked from Myanmar, Indonesia and Kenya and held against their will.

Landlords in Sihanoukville say dozens of tower blocks built for online gambling now stand empty, and rents in the city have fallen by half since 2023.
"""},
}
