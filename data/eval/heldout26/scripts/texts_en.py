"""English texts of heldout26, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h26en01": {"outlet": "Nyabarongo Wire", "published": "2026-01-27", "text": """Rwanda and Burundi to talk border reopening as EU weighs sanctions

KIGALI, Jan 27 (Nyabarongo Wire) - Rwanda and Burundi will hold a first round of talks on reopening their shared border in Bujumbura next week, Rwanda's foreign ministry said on Monday, two years after Burundi closed all crossings.

Foreign Minister Olivier Nduhungirehe will lead the Rwandan delegation and is expected to meet his Burundian counterpart, Edouard Bizimana, on the sidelines, the ministry said.

Burundi shut the frontier in January 2024 after a grenade attack in Bujumbura that it blamed on the RED-Tabara rebel group.

A diplomat in Kigali said a partial reopening for goods at the Nemba and Gasenyi crossings could come by the end of March if the talks go well, but a full reopening for travellers was unlikely before the East African Community summit in Arusha, scheduled for late April.

Separately, the National Bank of Rwanda is expected to keep its central rate at 6.75% when its Monetary Policy Committee meets on February 11, according to a Nyabarongo Wire poll of seven economists. Two of them said a cut could not be ruled out. Governor Soraya Hakuziyaremye said last week the bank would "not hesitate" to tighten if food prices kept rising.

Read more: Kigali marathon draws record field

Kigali also faces pressure from Brussels. The European Union could extend its sanctions on Rwandan military officers over the conflict in eastern Congo when foreign ministers meet on February 23, two EU diplomats said. The measures, adopted in March 2025, expire in mid-March.

President Paul Kagame will travel to Addis Ababa for the African Union summit on February 14-15, his office said, where he is likely to meet Congolese President Felix Tshisekedi for the first time since their Washington peace deal.

Analysts say Burundi's army, which has troops in South Kivu, may be reluctant to scale down its deployment before the talks show results.
"""},

"h26en02": {"outlet": "Suomenlinna Wire", "published": "2027-02-19", "text": """Can Orpo's coalition survive Finland's April vote?

HELSINKI, Feb 19 (Suomenlinna Wire) - Finland will hold its parliamentary election on Sunday, April 18, with advance voting at home running from April 7 to April 13, the Ministry of Justice said on Thursday.

The opposition Social Democrats are likely to finish first, according to a poll by Pohjola Research published on Wednesday. The survey put the SDP at 24%, Prime Minister Petteri Orpo's National Coalition Party second and the Finns Party of Finance Minister Riikka Purra third.

"The Social Democrats will almost certainly be in the next government," said Pohjola's research director, Heli Tervonen. She said Orpo's party could still overtake the SDP if the economy picks up in March.

SDP leader Antti Lindtman said on Tuesday his party would not join a coalition with the Finns Party.

Orpo, who has led a four-party centre-right government since June 2023, is expected to announce on Monday whether he will seek a second term as chairman at the National Coalition's congress in Tampere in June, two party officials said.

Read more: Helsinki airport traffic hits record

The campaign is overshadowed by labour unrest. The Central Organisation of Finnish Trade Unions (SAK) will hold a two-day political strike from March 3 against cuts to unemployment benefits, its chairman Jarkko Eloranta said.

Purra said the government "will not reverse" the cuts before the election. Finance ministry officials said a supplementary budget with new savings could be presented in mid-March.

On security, Finland will keep its eastern border with Russia closed at least until the end of June, Interior Minister Mari Rantanen said, extending a closure in place since December 2023. NATO's Northern Forest exercise in Lapland is scheduled for late March.

Orpo will attend the European Council summit in Brussels on March 18-19, his office said. Analysts say a hung result could mean weeks of coalition talks, possibly into June.
"""},

"h26en03": {"outlet": "Gulf of Paria Wire", "published": "2025-08-14", "text": """Trinidad seeks new U.S. licence for Venezuelan gas as budget nears

PORT OF SPAIN, Aug 14 (Gulf of Paria Wire) - Trinidad and Tobago will ask Washington for a new licence to develop Venezuela's Dragon gas field when Energy Minister Roodal Moonilal meets U.S. officials in Washington next week, the Ministry of Energy and Energy Industries said on Wednesday.

The U.S. Treasury revoked the previous licence in April, halting a project led by Shell and the state-owned National Gas Company (NGC).

"We expect a decision within weeks, not months," Moonilal told reporters. A senior ministry official, speaking on condition of anonymity, said a licence could be granted before the end of September if Caracas is not paid in cash.

Prime Minister Kamla Persad-Bissessar, who took office in May, has backed the U.S. naval deployment in the southern Caribbean and said on Tuesday that her government "will not be drawn into" any dispute between Washington and Caracas.

Finance Minister Davendranath Tancoo will present the 2025/26 budget in the House of Representatives in early October, his ministry said, with cuts to fuel subsidies widely expected.

Read more: Carnival bands unveil 2026 themes

The Central Bank of Trinidad and Tobago is expected to keep its repo rate at 3.50% at its next policy announcement on September 26, economists said.

The Oilfields Workers' Trade Union (OWTU) has threatened industrial action at Heritage Petroleum from September 1 unless wage talks resume, its president-general Ancel Roget said on Monday.

CARICOM heads of government will meet in a special session in Port of Spain on September 5 on security, the foreign ministry said, and Persad-Bissessar may use it to press for a regional gas pipeline.

A U.S. Navy destroyer is due to call at Port of Spain in the second week of September for joint exercises with the Trinidad and Tobago Coast Guard, the U.S. Embassy said. Analysts say the visit could anger Caracas.
"""},

"h26en04": {"outlet": "Wangchhu Wire", "published": "2026-09-06", "text": """Bhutan and China to resume boundary talks as Gelephu projects take shape

THIMPHU, Sept 6 (Wangchhu Wire) - Bhutan and China will hold the 26th round of boundary talks in Beijing in the second half of September, Bhutan's Ministry of Foreign Affairs and External Trade said on Saturday, the first round in almost two years.

Foreign Minister D.N. Dhungyel will lead the delegation and is expected to sign an agreement on the work of the Joint Technical Team with Vice Foreign Minister Sun Weidong, officials said. The last round, held in Beijing in October 2024, ended with both sides pledging to speed up demarcation.

A final boundary agreement is unlikely before 2028, but the two sides could agree on a map of the northern sector as early as next year, said Sonam Choden, an analyst at the independent Druk Policy Forum in Thimphu.

India, which watches the talks closely, is also deepening ties. Prime Minister Tshering Tobgay will travel to New Delhi on September 21 for talks with Prime Minister Narendra Modi, his office said, where the two are likely to sign an agreement on the Gelephu-Kokrajhar rail link.

Work on the 58-km line began in December 2025 and is due to be completed by 2030, India's Ministry of Railways said.

Read more: Paro airport to add night landings by 2027

The Gelephu Mindfulness City authority said it would announce two foreign investors for its first hydropower-linked data centre "within 30 days". Sources at the authority said one of them could be a Singapore-based firm.

The Election Commission of Bhutan said on Friday that local government elections would be held in the first week of December, with nominations opening in late October.

Meanwhile, the long-delayed Punatsangchhu-II hydropower plant could start exporting power to India before the end of the year, a senior Druk Green Power official said.
"""},

"h26en05": {"outlet": "Vardar Wire", "published": "2025-09-24", "text": """North Macedonia heads to local polls with EU talks stalled

SKOPJE, Sept 24 (Vardar Wire) - North Macedonia will elect mayors and municipal councils on October 19, with run-offs two weeks later on November 2, the State Election Commission said on Tuesday. The official campaign opens on September 29.

Prime Minister Hristijan Mickoski's VMRO-DPMNE, which won the parliamentary and presidential elections in May 2024, is expected to hold Skopje and most large towns, analysts say. The opposition Social Democrats (SDSM) could lose more than half of the 16 municipalities they run, according to a poll by the Balkan Polling Centre in Ohrid.

SDSM leader Venko Filipce said on Monday his party would not withdraw from any race. Filipce has said he will step down if the party loses Skopje's Centar and Aerodrom districts.

Read more: Skopje issues air pollution alert for the weekend

On EU accession, Mickoski repeated that his government will not amend the constitution to include Bulgarians as a minority before Sofia gives "guarantees" that it will not raise new demands. European Commission officials say the first intergovernmental conference on the fundamentals cluster could slip into 2026 as a result.

Bulgarian Foreign Minister Georg Georgiev said on Friday that Sofia "will block" any attempt to open the cluster without the amendments.

Mickoski will travel to Brussels on October 8 for talks with European Council President Antonio Costa, his office said, ahead of the EU-Western Balkans summit in December.

Parliament is due to vote on Thursday on a bill creating a new anti-corruption prosecutor's office, a condition for EU reform funds. Skopje hopes to receive a first tranche of about 100 million euros by the end of the year, the finance ministry said.

Some 150 North Macedonian soldiers will take part in a NATO exercise in Bulgaria in mid-November, the defence ministry said.
"""},
}
