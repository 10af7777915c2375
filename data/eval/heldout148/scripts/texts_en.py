"""English texts of heldout148, written for this project. Invented or generic facts."""

EN = {
"h148en01": {"outlet": "Corrib Wire (Galway)", "published": "2025-10-06", "text": """Will Ireland scrap the triple lock before Christmas? Dail sets final vote on defence bill

GALWAY, Oct 6 (Corrib Wire) - The Dail will hold its final vote on the Defence (Amendment) Bill, which removes the requirement for a UN mandate before Irish troops deploy overseas, on Wednesday, October 15, the Government Chief Whip's office said on Monday.

The triple lock, which also requires cabinet and Dail approval, has governed overseas missions since 1960.

Tanaiste and Defence Minister Simon Harris said the bill was expected to pass comfortably and that the Seanad would take it up before the end of November. "Ireland will not join any military alliance. This is about our peacekeepers, not NATO," Harris told reporters in Dublin.

Sinn Fein leader Mary Lou McDonald said her party would vote against the bill and could ask the new president, to be elected on October 24, to refer it to the Supreme Court.

The government has not decided whether to hold a citizens' assembly on neutrality, Taoiseach Micheal Martin said last week. Martin will brief EU leaders on the change at the European Council in Brussels on October 23-24, his spokesman said.

Read more: Ireland's budget surplus narrows as corporate tax receipts slow

About 300 Irish soldiers serving with the UN Interim Force in Lebanon (UNIFIL) are due to come home by the end of the year, the Defence Forces said. Harris is expected to travel to Beirut in mid-November to visit the troops, a department official said.

Officials in Dublin also expect European Union foreign ministers to discuss new sanctions on violent Israeli settler groups in Brussels on October 20.

Neutrality campaigners plan a protest outside Leinster House on the day of the vote, organisers said.

Analysts say a legal challenge could push the law's commencement back to January. "The numbers are there, the argument is not," said Orla Devane, a security studies lecturer in Limerick.
"""},

"h148en02": {"outlet": "St. John Wire (Buchanan)", "published": "2026-01-20", "text": """Liberia's Senate to vote on railway access deal as Guinean ore waits

BUCHANAN, Jan 20 (St. John Wire) - Liberia's Senate will vote on Thursday on an amended agreement that would let a Guinean miner ship iron ore through ArcelorMittal Liberia's railway to the port of Buchanan, Mines and Energy Minister Wilmot Paye said on Monday.

The House of Representatives approved the amendment last week by 51 votes to 12.

Paye said the first trains carrying Guinean ore would run by the end of June, and that the government would collect a fee of $2.50 per tonne. President Joseph Boakai is expected to sign the law next week, his press secretary Kula Fofana said.

Nimba County Senator Roland Dahn said he would vote against the deal unless the Guinean company, Nzerekore Iron, guaranteed 1,000 jobs for county residents.

ArcelorMittal Liberia said in a statement it would not allow third-party trains on the line before upgrades to the track are completed.

Read more: Liberia's central bank keeps policy rate unchanged

Guinea's mines minister is due in Monrovia next week to sign a transit protocol with Paye, a Liberian official said. The Armed Forces of Liberia will deploy an engineering company to repair two bridges on the line in February, the defence ministry said.

A U.S. Treasury delegation is expected in Monrovia in March to review anti-corruption measures, diplomats said. The visit could lead to the lifting of sanctions imposed in 2023 on three former Liberian officials, they added.

The managing director of the National Port Authority is expected to step down next month after an audit of port fees, two officials said.

Analysts say the deal could double Liberia's iron ore exports by 2028. "Buchanan needs the Guinean tonnage, but Nimba wants to see jobs before it sees trains," said Comfort Sieh, an economist at a Monrovia policy institute. The line carries about 5 million tonnes of ore a year.
"""},

"h148en03": {"outlet": "Malecon Wire (Havana)", "published": "2026-07-09", "text": """Can the EU keep its Cuba deal alive? Joint Council meets in Havana next week

HAVANA, July 9 (Malecon Wire) - The European Union and Cuba will hold the fourth meeting of their Joint Council under the 2016 Political Dialogue and Cooperation Agreement (PDCA) in Havana on July 16, the Cuban foreign ministry said on Wednesday.

EU foreign policy chief Kaja Kallas will co-chair the session with Foreign Minister Bruno Rodriguez, her spokesperson said.

The European Parliament voted in March for a non-binding resolution urging the suspension of the agreement over political prisoners.

Rodriguez said on Tuesday that Havana "will not accept conditions" on the agreement and would raise the U.S. embargo at the meeting.

EU diplomats said the Council could agree a new 20 million euro programme for renewable energy, but a joint statement on human rights was unlikely.

Read more: Cuba's tourist arrivals fall for a third year

In Washington, the State Department is expected to add more Cuban military-run companies to its restricted list before the end of July, two U.S. officials said.

Cuba's National Assembly opens its summer session on July 20, when Prime Minister Manuel Marrero will present a plan to cut the fiscal deficit, the official newspaper Granma reported. Havana has been rife with rumours that Economy Minister Joaquin Alonso will step down after the session.

Russian warships are due to call at Havana in late August, the Russian embassy said.

Spain's Foreign Minister Jose Manuel Albares could visit Havana in the autumn, a Spanish diplomat said.

Analysts say Brussels will not suspend the agreement before the end of the year, as Spain and Portugal oppose it. "The EU sees the PDCA as its only channel to Havana," said Ricardo Oramas, a Caribbean politics researcher in Santo Domingo. "Dropping it would leave the field to Moscow and Beijing."

Power cuts of up to 20 hours a day hit eastern provinces this summer.
"""},

"h148en04": {"outlet": "Rugova Wire (Peja)", "published": "2027-04-13", "text": """Kosovo braces for Thaci verdict as court sets April 29 date

PEJA, April 13 (Rugova Wire) - The Kosovo Specialist Chambers in The Hague will deliver its verdict in the war crimes trial of former president Hashim Thaci and three co-defendants on April 29, the court said in a statement on Monday.

Thaci, who resigned as president in November 2020 when the indictment against him was confirmed, has pleaded not guilty on all ten counts.

Prime Minister Albin Kurti said Kosovo "will not allow anyone to put the liberation war on trial", but urged calm.

The war veterans' organisation plans a rally in Pristina on the day of the verdict, its chairman, Bekim Morina, said. Defence lawyers said they would appeal any conviction.

Kosovo Police will deploy extra units in Pristina and Mitrovica from April 27, a police spokesman said. KFOR, the NATO-led peacekeeping force, could send additional troops to the north around the verdict, its commander said.

Read more: Kosovo and Albania agree joint power exchange

In Belgrade, President Aleksandar Vucic is expected to address the nation after the verdict, his office said.

The opposition Democratic Party of Kosovo (PDK), which Thaci founded, could push for a snap election in June, party officials said.

Kurti is due to attend an EU-Western Balkans summit in Brussels on May 12, and diplomats said a first meeting with Vucic since 2025 was possible on the sidelines. EU foreign ministers may lift the remaining measures imposed on Kosovo in 2023 as early as May 24, an EU official said.

Analysts say a conviction could trigger protests but is unlikely to bring down the government. "For many Kosovars this is a trial of the whole war, not of four men," said Drita Kelmendi, a researcher at a Pristina think tank. The court, set up under Kosovo law but staffed by international judges, has been criticised by veterans since it opened in 2017.
"""},

"h148en05": {"outlet": "Auki Wire (Auki)", "published": "2027-09-28", "text": """Will Malaita's premier survive the week? Motion set for Thursday as MSG leaders gather

AUKI, Sept 28 (Auki Wire) - The Malaita Provincial Assembly will debate a motion of no confidence in Premier Luke Maeta on Thursday, the assembly's clerk said on Monday, after six members crossed to the opposition last week.

Maeta said on Monday he would not resign and was confident of defeating the motion. Opposition spokesman Jonah Kwaiga said the new majority would elect a new premier next week if the motion passes.

The Royal Solomon Islands Police Force said in a statement it would send a 40-strong unit to Auki on Wednesday to keep order during the sitting.

Read more: Solomon Islands tuna licence revenue hits a record

In Honiara, Prime Minister Jeremiah Manele will host the Melanesian Spearhead Group (MSG) leaders' summit from October 12 to 14, his office said. Papua New Guinea's Prime Minister James Marape is expected to attend, while Vanuatu has not confirmed its delegation, officials said. Leaders are due to sign a revised MSG trade agreement at the summit, the officials added.

On Guadalcanal's Weather Coast, a truce brokered by church leaders between two villages in a land dispute expires on October 31. Elders could extend it by three months, a provincial official said.

The Solomon Islands Electoral Commission said it plans to open voter registration for the 2028 national general election in early February.

Analysts say a change of premier could revive Malaita's ties with Taiwan, which a former provincial government kept after Honiara switched recognition to Beijing in 2019. "Malaita politics is about development money, and whoever controls the premier's office controls the money," said Grace Tanaboe, a researcher at the Solomon Islands National University.

Malaita, the country's most populous province, has long complained that it receives too little of the national development budget. No premier has served a full term since 2019.
"""},
}
