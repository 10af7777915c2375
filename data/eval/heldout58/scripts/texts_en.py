"""English texts of heldout58, written for this project in one sitting. Invented or generic facts."""

EN = {
"h58en01": {"outlet": "Morazan Wire", "published": "2026-01-14", "text": """Honduras' new Congress heads for fight over its board before Asfura takes office

TEGUCIGALPA, Jan 14 (Morazan Wire) - Honduras' newly elected National Congress will hold a preparatory session on January 21 to choose its board, but no party has secured the 65 votes needed to elect a president of the chamber, lawmakers from three parties said on Tuesday.

The National Party of President-elect Nasry Asfura won 49 of the 128 seats in the November 30 election, according to final results declared by the National Electoral Council (CNE) on December 24, ahead of the Liberal Party with 41 and the ruling Libre party with 35.

Liberal leaders are expected to decide on Friday whether to strike a deal with the National Party to back its candidate for the presidency of Congress, two party officials said.

Libre could boycott the session if the CNE does not review its challenges in 11 constituencies, party coordinator Manuel Zelaya said. The CNE said in a statement that it would deliver credentials to all 128 deputies by January 19 and that the results were final.

Asfura will be sworn in on January 27 at the national stadium in Tegucigalpa. He plans to send a 2026 budget to Congress within his first week in office, his spokesman, Luis Solorzano, said.

Washington will send a presidential delegation to the ceremony, the U.S. Embassy said on Monday.

Read more: Honduran remittances hit record in 2025

An International Monetary Fund mission is due in Tegucigalpa in the second half of February to discuss a new programme, the Central Bank of Honduras said.

Analysts say a deadlocked Congress could delay the election of a new attorney general, due by the end of March.

The Organization of American States' observer mission will present its final report on the election to the OAS Permanent Council in Washington on February 4, the mission said.
"""},

"h58en02": {"outlet": "Dardania Wire", "published": "2025-11-24", "text": """Kosovo heads to snap vote after ten-month deadlock as Kurti seeks majority

PRISTINA, Nov 24 (Dardania Wire) - Kosovo will hold a snap parliamentary election on December 28, President Vjosa Osmani's office said on Friday, after lawmakers again failed to elect a government nearly ten months after the February vote.

Prime Minister Albin Kurti's Vetevendosje (Self-Determination) won 42.3% in the February 9 election but fell short of a majority, and the Assembly rejected his cabinet on November 19, when only 56 of 120 deputies backed it.

The Central Election Commission (CEC) is expected to certify party lists by December 6, and the official campaign will open on December 18, CEC chair Kreshnik Radoniqi said.

Kurti said on Sunday he would not form a coalition with the Democratic Party of Kosovo (PDK) or the Democratic League of Kosovo (LDK) "whatever the result".

Vetevendosje could again finish first but without a majority, according to a survey by the Pristina-based Kosova Research Centre published on Saturday.

Without an elected government, Kosovo has no 2026 budget, and the caretaker cabinet will operate on temporary monthly spending from January, Finance Minister Hekuran Murati said.

A European Commission spokesperson said on Friday that Kosovo could lose part of its allocation under the EU's Growth Plan for the Western Balkans if the Assembly does not ratify the loan agreement by the end of March.

Read more: Kosovo, Albania sign electricity-sharing deal

In Belgrade, President Aleksandar Vucic urged Kosovo Serbs on Saturday to vote for Srpska Lista, which is expected to win all ten seats reserved for the Serb community.

NATO's peacekeeping mission KFOR will deploy about 200 additional troops in the north in the second half of December, its commander, Major General Ozkan Ulutas, said.

Analysts say another early election could follow in the spring if the new Assembly fails to elect a president before Osmani's term ends.
"""},

"h58en03": {"outlet": "Drin Wire", "published": "2025-09-09", "text": """Albania's Rama to present fourth government as opposition vows boycott

TIRANA, Sept 9 (Drin Wire) - Albanian Prime Minister Edi Rama will present his fourth cabinet to parliament on Thursday and is expected to win a confidence vote the same day, with his Socialist Party holding 83 of the 140 seats after the May 11 election, party officials said.

The new assembly held its inaugural session on Monday and elected Niko Peleshi as speaker.

Rama has made European Union membership the centrepiece of his new term. "We will close all negotiating chapters by the end of 2027," he told lawmakers on Monday.

The European Commission will publish its annual enlargement report in early November, and EU diplomats say Tirana could be cleared to start closing chapters at an intergovernmental conference before the end of the year.

France and the Netherlands may however insist on further progress on judicial vetting and organised crime before any chapter is closed, one of the diplomats said.

Democratic Party leader Sali Berisha said its 50 lawmakers would boycott Thursday's vote and hold a protest outside parliament.

Read more: Albania's tourism revenue tops 4 billion euros

Italian Prime Minister Giorgia Meloni is expected in Tirana in early October to review the migration centres run by Italy at Shengjin and Gjader, an Italian government source said.

Rama will attend the Berlin Process summit in London on October 22, his office said.

Albania will send 60 more soldiers to the NATO battlegroup in Latvia in January, the defence ministry said.

The cabinet's new finance minister is expected to table the 2026 budget by the end of October, local media reported.

Analysts say Rama could call an early election if the opposition keeps boycotting parliament, though he has said the next vote will be held as scheduled in 2029.
"""},

"h58en04": {"outlet": "Ogooue Wire", "published": "2025-10-03", "text": """Gabon heads to legislative run-offs as Oligui's party eyes two-thirds majority

LIBREVILLE, Oct 3 (Ogooue Wire) - Gabon will hold second-round voting in 71 National Assembly constituencies on October 11, the Ministry of Interior said on Thursday, after President Brice Clotaire Oligui Nguema's Democratic Union of Builders (UDB) won 55 of the 145 seats outright on September 27.

Run-offs for municipal and departmental councils will take place on the same day in 40 localities.

The polls are the first since a new constitution, adopted by referendum in November 2024, abolished the post of prime minister and created a presidential system.

The UDB is expected to win more than 100 seats in total, giving the president a two-thirds majority in the assembly, analysts said.

The Gabonese Democratic Party (PDG), which ruled for decades under the Bongo family, won four seats in the first round. Its secretary-general, Blaise Louembe, said the party would file challenges in eight constituencies with the Constitutional Court by Monday.

The Constitutional Court is due to proclaim final results by October 25, and the new National Assembly will be installed in the first week of November, the court's spokesman said.

Indirect elections to the Senate, in which the new local councillors will vote, are scheduled for late November.

Oligui Nguema is expected to reshuffle his government after the new assembly is installed, and Vice-President of the Government Alexandre Barro Chambrier could leave his post, two sources at the presidency said.

Read more: Gabon's manganese exports rise 12% in first half

The African Union, which lifted Gabon's suspension in April, will deploy 40 observers for the run-offs, the AU Commission said on Wednesday.

An International Monetary Fund mission is expected in Libreville in mid-November to discuss a new programme, the finance ministry said.

Oligui Nguema will travel to Paris next week for talks with President Emmanuel Macron, the presidency said.
"""},

"h58en05": {"outlet": "Mesurado Wire", "published": "2027-06-08", "text": """Liberia's war crimes court seeks funds as lawmakers open budget recast

MONROVIA, June 8 (Mesurado Wire) - Liberia's Legislature will begin hearings on a recast 2027 budget next week, with the Office of the War and Economic Crimes Court asking for at least $9 million to start trials, Finance Minister Augustine Kpehe Ngafuan said on Monday.

The government submitted the $1.1 billion recast budget to the House of Representatives last Thursday, cutting capital spending by 6% after customs revenue fell short.

The court's office "could not hold its first trial before the end of the year" without the money, its executive director, Othello Kpoto, told reporters. He said the special prosecutor expects to file the first indictments in the third quarter.

Partners of the court will meet in The Hague on June 24 to discuss funding, the Dutch embassy in Monrovia said. The European Union and the United States are expected to announce contributions there, two diplomats said.

Liberia is also expected to sign a cooperation agreement with ECOWAS on the court's hybrid chambers at the bloc's summit in Abuja on June 21, the foreign ministry said.

Senator Alexander Dorbor of Lofa County said he would vote against any allocation for the court "while the country cannot pay its teachers".

Read more: Liberia's iron ore exports rise for third straight quarter

The U.S. Treasury could add two former faction commanders to its sanctions list before the trials begin, a person familiar with the discussions said.

Speaker Richard Koon said the House aims to pass the recast budget by the end of June.

President Joseph Boakai will travel to Accra on Thursday for talks with Ghana's President John Mahama on the court, his office said.

A by-election in Montserrado County's District 10 will be held on July 20, the National Elections Commission said.

Analysts say the first trials are unlikely before 2028 even if the budget passes intact.
"""},
}
