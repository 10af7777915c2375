"""English texts of heldout57, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h57en01": {"outlet": "Aragvi Wire", "published": "2026-06-02", "text": """EU moves toward ending Georgians' visa-free travel as opposition keeps boycott

TBILISI, June 2 (Aragvi Wire) - The European Commission is expected to propose next week that visa-free travel for all Georgian citizens be suspended, two EU officials said, over what Brussels calls democratic backsliding under the ruling Georgian Dream party.

Member states could approve the suspension when interior ministers meet in Luxembourg on June 12, one of the officials said, although Hungary and Slovakia may try to delay the vote.

The EU suspended visa-free access for Georgian diplomats and officials in January 2025, after the government froze accession talks.

Prime Minister Irakli Kobakhidze said on Monday that Georgia "will not trade its sovereignty for visas" and that his government would not repeal its foreign agents law.

Kobakhidze will travel to Beijing in mid-June for talks with Premier Li Qiang, his office said.

In parliament, where the main opposition parties have refused to take up their seats since the October 2024 election, Speaker Shalva Papuashvili said deputies would vote on Thursday on a bill barring parties deemed "successors" of banned groups from future elections.

The Constitutional Court is expected to rule by the end of July on Georgian Dream's request to ban the United National Movement and two allied parties, according to a court spokesperson.

Read more: Georgian lari slips to six-month low against the dollar

The opposition will keep its boycott, United National Movement chair Tina Bokuchava told reporters, and will hold a rally on Rustaveli Avenue on Saturday. "We will not legitimise a one-party parliament," she said.

Some smaller groups, including former prime minister Giorgi Gakharia's For Georgia party, could end the boycott before the autumn session, party officials said.

EU foreign ministers may also discuss targeted sanctions on Georgian Dream officials on June 22, but unanimity is unlikely, diplomats said.

Analysts say a suspension could take effect as early as September.
"""},

"h57en02": {"outlet": "Nakasero Wire", "published": "2026-01-21", "text": """Uganda's NUP to challenge Museveni win in Supreme Court

KAMPALA, Jan 21 (Nakasero Wire) - Uganda's main opposition National Unity Platform (NUP) will file a petition at the Supreme Court on Monday challenging President Yoweri Museveni's re-election, party secretary-general David Lewis Rubongoya said on Tuesday.

The Electoral Commission declared Museveni the winner of the January 15 vote on Saturday with 71.6 percent, against 24.3 percent for NUP leader Robert Kyagulanyi, known as Bobi Wine.

Commission chairman Simon Byabakama said on Tuesday that parliamentary results from 11 constituencies would be gazetted within 48 hours.

Legal analysts expect a ruling in early March and say an annulment is unlikely. The court dismissed a similar petition by Kyagulanyi in 2021 after he withdrew it.

Kyagulanyi has been confined to his home in Magere since polling day. Police spokesman Kituuma Rusoke said restrictions on his movement "could be lifted within days" if the situation stayed calm.

Army spokesman Colonel Chris Magezi said troops deployed in Kampala after the vote would remain on the streets until Museveni is sworn in on May 12.

Read more: Uganda shilling steadies as internet access is restored

Western diplomats said the United States could impose visa restrictions on officials linked to abuses during the campaign. The East African Community's observer mission is due to present its final report in Arusha in mid-March.

In the opposition Forum for Democratic Change, which won only four seats, party officials said president Patrick Amuriat could step down before a delegates' conference in April.

The 12th Parliament is due to be sworn in during the second half of May. Analysts say Speaker Anita Among is widely expected to keep her post when members elect the presiding officers.

Museveni will attend the African Union summit in Addis Ababa on February 14-15, his first trip abroad since the vote, State House said.
"""},

"h57en03": {"outlet": "Magdalena Wire", "published": "2026-03-25", "text": """Colombia's ELN offers election truce as candidates split over talks

BOGOTA, March 25 (Magdalena Wire) - Colombia's ELN guerrilla group will observe a unilateral ceasefire from May 28 to June 2 around the first round of the presidential election, its central command said in a statement on Tuesday.

Colombians vote on May 31, with a run-off scheduled for June 21 if no candidate wins an outright majority.

Peace talks with the ELN have been frozen since January 2025, when President Gustavo Petro suspended them after the group's attacks in the Catatumbo region left more than 80 people dead.

Government peace commissioner Otty Patino said on Tuesday that an exploratory contact with ELN envoys in Caracas "could happen next week", but that no formal round would be held before the new government takes office on August 7.

A poll by the Andean Opinion Centre published on Sunday put leftist senator Ivan Cepeda first with 31 percent and lawyer Abelardo de la Espriella second with 27 percent, suggesting the two are likely to meet in the run-off.

Cepeda has said he would resume negotiations with the ELN within his first 100 days in office. De la Espriella said on Sunday he would hold no talks with the group.

Defence Minister Pedro Sanchez said 4,000 additional troops would be deployed to Catatumbo and Arauca before the first round.

Read more: Colombian peso firms as oil prices recover

Carlos Ruiz Massieu, head of the UN Verification Mission in Colombia, will brief the Security Council on the peace process on April 14, the mission said.

Petro is expected to travel to Havana in mid-April to thank Cuba for its role as a guarantor, a presidential source said, and could meet ELN delegates there.

In Washington, officials said the Treasury could add more ELN commanders to its sanctions list before the vote.
"""},

"h57en04": {"outlet": "Hvita Wire", "published": "2027-04-13", "text": """Iceland's EU referendum race tightens as campaign opens

REYKJAVIK, April 13 (Hvita Wire) - Icelanders will vote on Saturday, May 29, on whether to resume accession talks with the European Union, and early voting at district offices opens on Monday, the National Electoral Commission said.

A poll by Logberg Research published on Sunday put the "yes" side on 47 percent and the "no" side on 44 percent, with the rest undecided. The institute's director, Sigrun Haraldsdottir, said the result "could go either way".

Iceland applied to join the bloc in 2009, but talks stalled in 2013 and a later government asked Brussels in 2015 to stop treating it as a candidate.

Prime Minister Kristrun Frostadottir said on Monday that if the "yes" side wins, her government would write to the EU within weeks to reactivate the application.

Foreign Minister Thorgerdur Katrin Gunnarsdottir will be in Brussels next week for talks with Enlargement Commissioner Marta Kos on fisheries, the most sensitive issue in any negotiation, her ministry said.

The opposition Independence Party will campaign for a "no" vote, its leader Gudrun Hafsteinsdottir said, and will demand a second referendum on any final accession treaty.

Read more: Icelandic krona weakens after tourism figures disappoint

If talks resume, EU ministers could formally take up the application at the General Affairs Council in late June, two EU diplomats said, though opening the fisheries chapter is unlikely before 2029.

Nordic prime ministers will meet in Reykjavik on May 6, and Norway's Jonas Gahr Store is expected to raise the impact of an Icelandic EU bid on the European Economic Area, Norwegian officials said.

Italian air force jets will begin a NATO air policing rotation at Keflavik in early May, the Icelandic Coast Guard said.

Fisheries minister Hanna Katrin Fridriksson, a supporter of membership, could face a no-confidence motion from the opposition before the vote, Centre Party leader Sigmundur David Gunnlaugsson said on Friday.
"""},

"h57en05": {"outlet": "Gizo Wire", "published": "2026-08-18", "text": """Solomons PM faces confidence vote on eve of Pacific Forum

HONIARA, Aug 18 (Gizo Wire) - Solomon Islands opposition leader Matthew Wale lodged notice of a no-confidence motion against Prime Minister Jeremiah Manele on Monday, after two ministers resigned from cabinet last week and crossed to the opposition benches.

Speaker Patteson Oti said parliament would meet on Monday, August 31, and the motion would be debated "within the first three sitting days", in line with standing orders that require seven clear days' notice.

Manele said he would not resign. "The government has the numbers, and the people want stability," he told reporters outside parliament on Monday.

Opposition officials said at least three more government MPs could cross the floor before the vote, which would leave the two sides level in the 50-seat house.

The vote falls a week before Pacific Islands Forum leaders meet in Koror, Palau, from September 8 to 11. Manele had planned to attend but could send his deputy if the debate drags on, a source in the prime minister's office said.

Foreign Minister Peter Shanel Agovaka will attend the Forum Foreign Ministers Meeting in Suva on Thursday and Friday, where members are expected to endorse an implementation plan for the Ocean of Peace declaration, his ministry said.

Read more: Solomon Islands dollar holds steady despite political uncertainty

Australian Foreign Minister Penny Wong is expected to visit Honiara in early September to sign a budget-support agreement worth 40 million Australian dollars, Australian officials said.

Australian police and defence personnel deployed under the bilateral security treaty will stay in Honiara through the debate, the Australian High Commission said.

Analysts say Manele is likely to survive. Past motions against sitting prime ministers have often collapsed after last-minute defections back to the government side.
"""},
}
