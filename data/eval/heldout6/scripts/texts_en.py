"""English texts of heldout6, written for this project on 2026-11-30. Invented or generic facts."""

EN = {
"h6en01": {"outlet": "Essequibo Wire", "published": "2025-10-02", "text": """Guyana rules out direct Essequibo talks as court hearings near

GEORGETOWN, Oct 2 (Essequibo Wire) - Guyana will not enter bilateral negotiations with Venezuela over the Essequibo region while the case is before the International Court of Justice, Foreign Minister Hugh Todd said on Wednesday.

"The court is the right place for this," Todd told reporters in Georgetown, a week before Caribbean leaders meet to discuss the dispute.

The ICJ has scheduled public hearings on the merits of the case for the week of November 10, a court official confirmed. A ruling is not expected before the second half of 2026, legal experts say.

Venezuela, which rejects the court's jurisdiction, is not expected to send a delegation to the hearings, diplomats in Caracas said. Vice-President Delcy Rodríguez called the proceedings "a colonial trap" in a televised address last week.

Read more: Guyana's oil output passes 900,000 barrels a day

Caricom heads of government will hold a special virtual session on the dispute on October 9, the Caricom Secretariat said on Tuesday. Diplomats in Georgetown said President Irfaan Ali was likely to seek a joint statement backing the court process.

Tensions have run high since May, when Venezuela held a vote to elect a governor for what it calls the state of Guayana Esequiba, a move Georgetown called illegal.

A meeting of a joint commission on border security, initially planned for September under Brazilian mediation, has been postponed to November, Brazil's foreign ministry said, without giving a reason.

The United States, which has sent warships to the southern Caribbean, could hold a joint exercise with the Guyana Defence Force before the end of the year, a U.S. embassy spokesperson said, declining to give details.

Analysts in the region are watching the hearings closely. "Caracas may escalate rhetorically around the hearings, but a military move is unlikely," said Marisol Quintero, a security researcher at a university in Port of Spain.
"""},

"h6en02": {"outlet": "Himalayan Ledger", "published": "2026-07-21", "text": """India, China to hold border talks in Beijing as patrol deal faces test

NEW DELHI, July 21 (Himalayan Ledger) - India's National Security Adviser Ajit Doval will travel to Beijing early next month for the 25th round of Special Representatives talks on the boundary question with Chinese Foreign Minister Wang Yi, India's Ministry of External Affairs said on Monday.

The talks are expected to focus on an "early harvest" proposal to delimit the boundary in the Sikkim sector and on expanding border trade through the Lipulekh, Shipki La and Nathu La passes, two officials familiar with the preparations said.

Ahead of the visit, the Working Mechanism for Consultation and Coordination on India-China Border Affairs (WMCC) will meet in New Delhi on Thursday, the officials said.

The 24th round was held in New Delhi in August 2025. Both armies completed disengagement at Depsang and Demchok in October 2024, and patrolling has since resumed under agreed schedules.

Beijing has not confirmed the dates. Asked about the visit at a regular briefing, Chinese foreign ministry spokesman Guo Jiakun said only that China was "ready to work with India to keep the border areas peaceful and tranquil."

A meeting between Prime Minister Narendra Modi and President Xi Jinping on the sidelines of the BRICS summit that India hosts later this year is possible but has not been decided, according to a person briefed on the matter.

Direct flights, which resumed last October after a five-year gap, could be extended to a Kolkata-Kunming route by the end of the year, an aviation ministry official said.

Analysts say a full boundary settlement is unlikely in the near term. "The most we can realistically expect from this round is a framework for the Sikkim sector, and even that may slip into next year," said Harsh Vardhan Menon, a fellow at a New Delhi think tank.
"""},

"h6en03": {"outlet": "Hispaniola Report", "published": "2025-11-18", "text": """First troops of new anti-gang force unlikely in Haiti before February

PORT-AU-PRINCE, Nov 18 (Hispaniola Report) - The first contingents of the Gang Suppression Force (GSF), the UN-authorised mission that is to replace the Kenya-led Multinational Security Support mission in Haiti, are unlikely to arrive before February, two diplomats involved in the planning said on Monday.

The UN Security Council authorised the force on September 30 for an initial period of 12 months, with up to 5,550 personnel.

Kenya will keep its roughly 750 police officers in Haiti until the handover, Kenyan Interior Cabinet Secretary Kipchumba Murkomen told reporters in Nairobi. Kenyan police first deployed to Port-au-Prince in June 2024.

A UN support office meant to provide logistics for the force is expected to open by the end of January, a UN spokesperson in New York said.

El Salvador, Guatemala, Jamaica and the Bahamas have pledged personnel. Chad could announce a contribution at a force-generation conference in New York on December 4, according to a draft agenda seen by the Hispaniola Report.

The United States, the main financial backer, plans to seek additional funds from Congress in the first quarter of 2026, a State Department official said.

Haiti's political calendar adds to the uncertainty. The mandate of the Transitional Presidential Council ends on February 7, 2026, and no agreement has yet been reached on what will replace it. The Provisional Electoral Council has said a first round of general elections could be held in August 2026.

"Without steady funding, the force could stall like its predecessor," said Nadège Pierre-Louis, a researcher at a Port-au-Prince think tank.
"""},

"h6en04": {"outlet": "Rhine Climate Desk", "published": "2026-06-08", "text": """Climate negotiators open Bonn session with finance roadmap in doubt

BONN, June 8 (Rhine Climate Desk) - Climate negotiators from nearly 200 countries began two weeks of talks in Bonn on Monday, with developing countries pressing for a firm timetable on the $300 billion a year finance goal agreed at COP29 in Baku in November 2024.

The session, a mid-year checkpoint before the COP31 summit in Antalya, Turkey, in November, is scheduled to end on June 18.

Under an arrangement agreed last year, Turkey will host the summit while Australia's climate minister, Chris Bowen, will lead the negotiations as "president of negotiations". A pre-COP meeting will be hosted by Fiji in October.

Turkey's environment minister, Murat Kurum, said Ankara would publish a "vision letter" for the summit by the end of the month.

The Like-Minded Developing Countries (LMDC) group will table a proposal for a dedicated finance agenda item on Wednesday, its spokesman, Bolivian negotiator Diego Pacheco, said. "We did not come here to talk about talks," he said.

The European Union is unlikely to accept a new agenda item, two EU officials said, but could agree to hold a workshop on the finance roadmap in September.

China's delegation said Beijing would not accept being listed as a contributor to the finance goal.

Last year's Bonn session opened more than a day late after a row over the agenda.

Fewer than 120 countries have submitted updated national climate plans. India, one of the largest emitters yet to do so, has said it will submit its plan before COP31.

Observers expect the Bonn talks to end without agreement on the roadmap, leaving the hardest questions for Antalya.
"""},

"h6en05": {"outlet": "Padma Wire", "published": "2026-01-14", "text": """Bangladesh election body says February 12 vote on track despite security fears

DHAKA, Jan 14 (Padma Wire) - Bangladesh's parliamentary election and a referendum on the "July Charter" of political reforms will go ahead on February 12 as planned, Chief Election Commissioner A.M.M. Nasir Uddin said on Tuesday, dismissing talk of a delay.

"There is no question of postponement," he told reporters at the commission's offices in Agargaon.

Campaigning officially begins on January 22 and must end 48 hours before polling opens.

The interim government led by Chief Adviser Muhammad Yunus has said it will hand over power to an elected government soon after the vote. A spokesman for the chief adviser, Shafiqul Alam, said the new parliament was expected to be sworn in in the last week of February.

The Awami League of former prime minister Sheikh Hasina, whose activities were banned in May 2025, will not be on the ballot. Hasina, who has lived in India since August 2024, was sentenced to death in absentia in November.

Most analysts expect the Bangladesh Nationalist Party (BNP) to emerge as the largest party, with its leader Tarique Rahman the likely prime minister. Jamaat-e-Islami could win a record number of seats, its secretary general Mia Golam Parwar said.

The European Union will deploy a full election observation mission, with long-term observers arriving next week, the EU delegation in Dhaka said.

The army will remain deployed with magistracy powers until the end of February, the home affairs adviser, Lt Gen (retd) Jahangir Alam Chowdhury, said.

A televised debate between party leaders, first scheduled for January 18, has been postponed to February 1, organisers said.
"""},
}
