"""English texts of heldout79, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h79en01": {"outlet": "Miljacka Wire (Sarajevo)", "published": "2027-02-07", "text": """Bosnia races to unlock EU Growth Plan cash as last reform laws reach cabinet

SARAJEVO, Feb 7 (Miljacka Wire) - Bosnia and Herzegovina's Council of Ministers will vote on Thursday on the last two laws of its EU reform agenda, Council of Ministers chair Borjana Kristo said on Saturday.

If both pass, the House of Representatives is expected to take them up before the end of February, Kristo said, opening the way for the first payment under the EU's Growth Plan.

European Commission officials said the first tranche, worth about 110 million euros, could be released by the end of April if parliament adopts the laws unchanged.

Enlargement Commissioner Marta Kos will visit Sarajevo next week for talks with Kristo and the three members of the Presidency, the EU Delegation said. EU leaders agreed at a summit in March 2024 to open membership talks with Bosnia.

The SNSD, the ruling party in Republika Srpska, will not back the law on the judicial council in its current form, party spokesman Dragan Tesanovic said. "We will not vote for a law written in Brussels," he said.

Read more: Bosnia's central bank keeps currency board rules unchanged

Two Western diplomats said High Representative Christian Schmidt may impose the judicial law himself if parliament fails to pass it by the summer.

Deputy Finance Minister Mirza Begovic resigned on Wednesday, and a successor is expected within two weeks, the Council of Ministers said.

The EU peacekeeping force EUFOR Althea will hold its quick-response exercise near Tuzla in the second half of March, the force said in a statement.

Kristo is due to attend the EU-Western Balkans summit in Skopje in June, her office said.

Analysts say the fight over the judicial law could shape the campaign for the local elections due in October 2028. "Every party is already counting votes for next year," said Lejla Hadzic, a political scientist at the University of Sarajevo.
"""},

"h79en02": {"outlet": "Khlong Yai Wire (Trat)", "published": "2026-04-25", "text": """Thailand and Cambodia to form joint police task force against border scam compounds

BANGKOK, April 25 (Khlong Yai Wire) - Thai and Cambodian police chiefs will meet in Bangkok on Monday to set up a joint task force against online scam compounds along their shared border, the Royal Thai Police said on Friday.

The task force is expected to start work by mid-May, with officers based in Aranyaprathet and Poipet, a senior Thai police official said, speaking on condition of anonymity.

Thailand cut power and internet links to three Cambodian border towns in January. Foreign Minister Sihasak Phuangketkeow said on Thursday that Bangkok "will not reconnect a single line until the compounds are shut".

Cambodia's Interior Ministry said it would deport about 600 foreign nationals detained in recent raids by the end of the month.

The United States and Britain imposed sanctions on the Cambodia-based Prince Group and dozens of linked companies in October. Washington could add more Cambodian firms to its sanctions list within weeks, two people familiar with the matter said.

Read more: Thai exports rise for fifth month as electronics demand holds

The ASEAN observer team monitoring the border ceasefire will stay at least until the end of the year, Malaysia's foreign ministry said in a statement. The truce, agreed in December after weeks of fighting, has largely held.

The Thai army will open two new checkpoints on the Sa Kaeo section of the border from May 1, the Second Army Area said.

Sihasak is expected to raise the issue with his Cambodian counterpart, Prak Sokhonn, at the ASEAN summit in Manila on May 8-9, the foreign ministry said.

Analysts say an extradition treaty covering fraud suspects could be signed before the end of the year, but warn that the compounds may simply relocate. "Crackdowns push them deeper into Cambodia or across into Laos," said Kritsada Boonmee, a researcher at Chulalongkorn University in Bangkok.
"""},

"h79en03": {"outlet": "Pirai Wire (Santa Cruz)", "published": "2026-02-17", "text": """Can Paz's allies take Santa Cruz? Bolivia heads to regional polls

SANTA CRUZ, Feb 17 (Pirai Wire) - Bolivians will elect nine governors and more than 330 mayors on Sunday, March 22, the Supreme Electoral Tribunal (TSE) said on Monday, adding that run-offs for governor, where needed, would be held on April 19.

TSE president Oscar Hassenteufel said there would be "no postponement of any kind" despite fuel shortages that have slowed the distribution of electoral material.

A poll by the Santa Cruz firm Encuestas Oriente published on Sunday showed no candidate near the 50% needed to win the Santa Cruz governorship outright, and the race is likely to go to a run-off, the firm's director Mariela Suarez said.

The armed forces will deploy 20,000 troops to guard ballots and polling stations from March 19, the Defence Ministry said.

President Rodrigo Paz will travel to Brasilia next week for talks with Brazilian President Luiz Inacio Lula da Silva, the presidency said. A new natural gas supply agreement could be signed during the visit, energy ministry officials said.

Read more: Bolivia's diesel queues ease as imports through Arica pick up

Deputy Minister of Autonomies Carla Ortiz resigned on Friday to run for mayor of Cochabamba.

The Legislative Assembly is expected to vote on Thursday on a bill letting governors borrow abroad without central-government approval, a measure backed by Santa Cruz leaders.

An Organization of American States observation mission will arrive in La Paz in early March, the OAS said in a statement.

Analysts say candidates once linked to the Movement for Socialism (MAS) could lose El Alto for the first time in two decades. "The MAS vote has scattered, and nobody has collected it yet," said Rene Quiroga, a political scientist at the Gabriel Rene Moreno University.

Paz is expected to announce a cabinet reshuffle after the vote, two government sources said.
"""},

"h79en04": {"outlet": "Mahakali Wire (Dhangadhi)", "published": "2025-12-03", "text": """Nepal to press India on Lipulekh at foreign secretary talks next week

KATHMANDU, Dec 3 (Mahakali Wire) - Nepal will formally raise its claim to the Lipulekh pass when the foreign secretaries of Nepal and India meet in Kathmandu next week, Foreign Secretary Binod Adhikari told a parliamentary committee on Tuesday.

Indian Foreign Secretary Vikram Misri is expected to lead New Delhi's delegation, according to an official at the Indian Embassy.

India and China agreed in August to resume border trade through Lipulekh, which Nepal claims as its own. Nepal "does not accept any trade route across its territory agreed without its consent", the foreign ministry said in a statement on Monday.

The two countries' Boundary Working Group is due to meet in New Delhi in January, Adhikari said. But analysts say a settlement of the Kalapani and Lipulekh areas is unlikely before the House of Representatives election on March 5.

"An interim government cannot sign away or win back territory, and New Delhi knows it," said Pramila Thapa, a researcher at the Centre for South Asian Studies in Lalitpur.

Nepal expects to sign a ten-year agreement to sell up to 1,000 megawatts of electricity to India before the end of March, Energy Minister Kulman Ghising said.

Read more: Nepal Rastra Bank eases curbs on vehicle imports

The Nepali and Indian armies will hold their annual Surya Kiran exercise in Pithoragarh from December 15 to 28, the Nepali Army said.

Prime Minister Sushila Karki could meet Indian Prime Minister Narendra Modi at the BIMSTEC summit in Thimphu in late January, two diplomats said.

Chinese Foreign Minister Wang Yi is expected in Kathmandu in the second half of December, a foreign ministry official said, in what would be the first visit at that level since the September protests.

The Election Commission said nominations for the March 5 vote would open on January 20.
"""},

"h79en05": {"outlet": "Kangerlua Wire (Nuuk)", "published": "2026-01-29", "text": """Greenland lawmakers to vote on rare-earth licence as U.S. delegation heads to Nuuk

NUUK, Jan 29 (Kangerlua Wire) - Greenland's parliament, Inatsisartut, will vote next week on an exploitation licence for the Ilimmaasaq rare-earth project in the south, Minister for Business and Mineral Resources Naaja Nathanielsen said on Wednesday.

The licence, sought by the Australian-listed Qaqqaq Resources, is expected to pass with votes from the governing coalition, she said.

A U.S. State Department delegation will arrive in Nuuk on Tuesday for talks on mineral investment, the U.S. consulate said. The visit follows a year of strain over Washington's repeated calls to take control of the island.

Prime Minister Jens-Frederik Nielsen said on Wednesday that Greenland "is not for sale, but it is open for business". His Demokraatit party won the March 2025 election and governs in a broad coalition.

Analysts say a U.S. offtake deal for the project's output could follow within months, once the licence is granted.

In Copenhagen, Defence Minister Troels Lund Poulsen said parliament would vote before the end of March on a new Arctic defence package that includes two ocean patrol vessels and long-range drones based at Kangerlussuaq.

Read more: Royal Arctic Line adds winter sailings to Aalborg

The Pentagon plans to begin runway works at Pituffik Space Base in June, a U.S. defence official said.

Greenland and the European Commission are expected to sign an updated raw materials partnership in Brussels in mid-February, a Commission spokesperson said.

Nielsen and Danish Prime Minister Mette Frederiksen will attend the Nordic prime ministers' summit in Oslo on February 26, Nielsen's office said.

Denmark must hold a general election by October 31, and analysts say Frederiksen could call it for June. "She will want the Arctic package passed and a calm summer before she goes to the voters," said Mikkel Holm, a political scientist at Aarhus University.
"""},
}
