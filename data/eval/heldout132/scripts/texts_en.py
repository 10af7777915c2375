"""English texts of heldout132, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h132en01": {"outlet": "Khongor Wire (Sainshand)", "published": "2027-03-16", "text": """Will Mongolia's first refinery end its reliance on Russian fuel?

SAINSHAND, March 16 (Khongor Wire) - Mongolia's first oil refinery will begin trial operations in the second half of May, Mining and Heavy Industry Minister Ganzorig Tserenpil told reporters at the site on Monday.

The $1.5 billion plant, built with an Indian credit line, was due to open in 2025 but has slipped twice.

Commercial output is expected to start before the end of the year, Ganzorig said.

India's Petroleum Minister Hardeep Singh Puri is expected in Ulaanbaatar next week for talks on the last tranche, two officials said. The two sides are likely to sign a $300 million supplementary loan agreement during the visit, one of them added.

Mongolia buys more than 90 percent of its fuel from Russia, most of it from Rosneft. U.S. sanctions on Rosneft, imposed in October 2025, have complicated payments.

Finance Minister Dulguun Enkhbayar said Ulaanbaatar would ask Washington to extend its waiver for the payments before the current one expires at the end of June.

Russia's ambassador in Ulaanbaatar, Igor Melnikov, said on Friday that Moscow would extend the current supply contract at 2026 prices until the end of the year. The Mongolia-Russia intergovernmental commission meets in Moscow on April 8-9, the foreign ministry said.

Read more: Mongolian coal exports to China rise 12% in February

The opposition Democratic Party (DP) has accused the state-owned Mongol Refinery of cost overruns of almost $400 million. Parliament's economic standing committee will question the company's managers on Thursday, its chairman, Oyunchimeg Tserendash, said. The refinery's chief executive, Batsaikhan Oyun, may step down before the trial run, a person familiar with the matter said.

Analysts say the government wants the plant running before the June 9 presidential election, but full output is unlikely before 2028. "The politics is ahead of the engineering," said Gantulga Bayar, an energy economist at an Ulaanbaatar institute.
"""},

"h132en02": {"outlet": "Mapiri Wire (La Paz)", "published": "2026-10-06", "text": """Bolivia and U.S. to sign anti-drug pact as DEA plans return

LA PAZ, Oct 6 (Mapiri Wire) - Bolivia and the United States will sign a counternarcotics cooperation agreement in La Paz on October 15, Government Minister Rolando Vaca Pereira said on Monday.

Under the deal, a small liaison office of the U.S. Drug Enforcement Administration (DEA) would reopen at the U.S. embassy as early as January, Vaca Pereira said. Then-President Evo Morales expelled the agency in November 2008, accusing it of backing the opposition.

A State Department delegation led by the assistant secretary for narcotics affairs is expected to arrive on October 13, a U.S. embassy spokesperson said.

The Six Federations of the Tropics of Cochabamba, the coca growers' unions Morales still leads, said on Sunday they would not accept "a single American agent" in the Chapare and called their leaders to an emergency meeting in Lauca Ñ on Saturday.

A truce between the government and the federations, brokered by the Catholic Church in August, expires on October 31. Federation leader Wilfredo Mamani warned that road blockades could resume before then.

Read more: Bolivia's fuel imports fall as YPFB clears arrears

The army will deploy 1,500 troops to protect eradication teams in the Yungas from November 2, the defence ministry said in a statement.

Foreign Minister Fernando Aramayo said Bolivia would again ask the UN Commission on Narcotic Drugs (CND) to remove the coca leaf from its strictest schedule at the commission's March session in Vienna.

Washington could also drop Bolivia from its list of countries that have "failed demonstrably" in drug control when the White House publishes its next determination in mid-September 2027, a congressional aide said.

The federations elect a new executive committee on November 21, and Morales has not said whether he will stand again. Analysts say the pact is likely to face a challenge before the Plurinational Constitutional Court.
"""},

"h132en03": {"outlet": "Verkiai Wire (Vilnius)", "published": "2026-11-24", "text": """Nordic and Baltic leaders to meet in Vilnius as balloon incursions strain Belarus border

VILNIUS, Nov 24 (Verkiai Wire) - Leaders of the eight Nordic and Baltic states will hold a summit in Vilnius on December 3, President Gitanas Nauseda's office said on Monday, with air defence along the Belarus border at the top of the agenda.

Ukrainian President Volodymyr Zelenskiy is expected to join by video link, two diplomats said.

Nauseda will ask his counterparts to back an EU ban on Belarusian freight trucks, his chief foreign policy adviser, Ruta Vaitkiene, said. Vilnius airport was closed eleven times in October because of smuggling balloons launched from Belarus. Minsk has called the border measures "a provocation".

Lithuania will start installing the first radar and interceptor sites of its "drone wall" along the border in the first week of January, Defence Minister Mindaugas Jurkus said. Latvia and Estonia are expected to sign a joint procurement agreement for interceptor drones with Lithuania at the summit, he added.

Defence ministers of the eight countries will meet in Tallinn in mid-January to agree how their systems will be linked, the defence ministry said.

Read more: Lithuanian inflation eases to 2.9% in October

Finnish President Alexander Stubb will stay on for a state visit on December 4-5, his office said.

The commander of the State Border Guard Service (VSAT), Colonel Darius Zemaitis, could step down before the end of the year after an audit of a balloon-detection contract, two coalition sources said.

Lithuania holds municipal elections on March 7, and the ruling Social Democrats are likely to lose control of Vilnius, a Vilmorus poll published on Sunday showed.

Analysts say a joint Nordic-Baltic air defence command is unlikely before 2028. "Everyone wants the wall, nobody wants to pay for the bricks," said Rasa Navickaite, a defence analyst at a Vilnius think tank.
"""},

"h132en04": {"outlet": "Kasungu Wire (Lilongwe)", "published": "2026-02-10", "text": """Malawi to import Tanzanian maize as hunger deepens

LILONGWE, Feb 10 (Kasungu Wire) - Malawi will sign an agreement with Tanzania on Thursday to import 150,000 tonnes of maize, Agriculture Minister Felix Kachala told parliament on Monday.

Tanzania's agriculture minister, Hussein Bashe, will travel to Lilongwe for the signing, and the first deliveries would reach National Food Reserve Agency (NFRA) depots within 21 days of it, Kachala said.

Maize prices have more than doubled since October after a late start to the rains in the southern districts. President Peter Mutharika declared a state of disaster in 14 districts on January 23.

Trade Minister Lusungu Mhango said the ban on maize exports would stay in place until the end of June. Talks with Zambia on a further 100,000 tonnes have stalled over price, and Lusaka has not decided whether to ease its own export restrictions, a Zambian official said. Zambian Agriculture Minister Reuben Mtolo is expected in Lilongwe within days to restart the talks, the official added.

The World Food Programme (WFP) expects to start cash transfers to 400,000 households in the Shire valley in early March, a WFP spokeswoman said.

Read more: Malawi kwacha steady as tobacco season nears

The chief executive of the state grain trader ADMARC, Agnes Mwale, resigned on Friday after lawmakers accused the company of selling reserve maize to private traders.

Parliament's agriculture committee will question NFRA and ADMARC officials on Wednesday, its chairman, Chifundo Mkandawire, said.

The opposition Malawi Congress Party (MCP) said it would march in Lilongwe on February 20 unless maize prices fall.

A by-election in Lilongwe City South East, vacant since the death of its MP in December, will be held on March 24, the Malawi Electoral Commission (MEC) said.

Analysts say prices are unlikely to ease before the main harvest in April.
"""},

"h132en05": {"outlet": "Kotte Wire (Colombo)", "published": "2027-08-24", "text": """Can Sri Lanka finally scrap its executive presidency?

COLOMBO, Aug 24 (Kotte Wire) - Sri Lanka's government will present a draft constitution abolishing the executive presidency to parliament on September 7, Justice Minister Harshana Nanayakkara said on Monday.

President Anura Kumara Dissanayake won the September 2024 election on a pledge to end the system, which has concentrated power in one office since 1978. A 2015 amendment trimmed the president's powers but left the office in place.

The presidency would be abolished at the end of Dissanayake's term in 2029, with executive power passing to a prime minister answerable to parliament, Nanayakkara said.

The Supreme Court is expected to rule on whether the draft needs approval in a referendum within three weeks of it being tabled, constitutional lawyers say. If a referendum is required, it could be held as early as February, Election Commission chairman R.M.A.L. Rathnayake said.

The ruling National People's Power (NPP) holds 159 of the 225 seats, more than the two-thirds majority needed.

The main opposition Samagi Jana Balawegaya (SJB) will not back the draft unless it sets a date for provincial council elections, its leader, Sajith Premadasa, said. The Ilankai Tamil Arasu Kachchi (ITAK) is likely to abstain in the second reading vote, expected in late October, party officials said.

Read more: Sri Lanka's tea exports hit five-year high in July

Dissanayake will meet leaders of all parties in parliament at the Presidential Secretariat on Thursday, the President's Media Division said. Commonwealth Secretary-General Shirley Botchwey will visit Colombo next week, the foreign ministry said.

The Malwatte and Asgiriya chapters will issue a joint statement on the draft after meeting Dissanayake in Kandy next month, a spokesman for the Asgiriya chapter said.

Analysts say a referendum could be lost if the senior monks oppose the draft.
"""},
}
