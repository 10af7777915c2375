"""English texts of heldout121, written for this project. Invented or generic facts."""

EN = {
"h121en01": {"outlet": "Nura Wire (Karaganda)", "published": "2027-02-16", "text": """Will U.S. money reach Kazakhstan's tungsten before Tokayev goes to Washington?

KARAGANDA, Feb 16 (Nura Wire) - Kazakhstan's state mining company Tau-Ken Samruk and a U.S.-led consortium will sign the investment agreement for the Upper Kairakty tungsten deposit in Astana on Thursday, Industry and Construction Minister Arman Zhakupbekov said on Monday.

The $1.1 billion project has stalled since a preliminary deal was announced in November 2025, as the partners argued over who would market the metal.

Zhakupbekov said the U.S. International Development Finance Corporation (DFC) was expected to approve a $400 million loan guarantee by the end of March. "There will be no export of raw concentrate," he said, adding that a processing plant near Karaganda would open in 2029.

The Karaganda regional maslikhat, the local assembly, is due to approve the land allocation for the plant at a session on March 5, the regional akim's office said.

President Kassym-Jomart Tokayev is expected to travel to Washington in the second half of April, two officials in Astana said, although the dates have not been fixed. A C5+1 leaders' summit could be held during the trip, one of them said.

Read more: Kazakhstan's central bank holds base rate, sees inflation easing by autumn

Parliament's economic reform committee will hold hearings on the guarantee next week, its chairman, deputy Yerlan Sadykov, said. Ratification is likely before the summer recess, he added.

Washington is also weighing penalties on Kazakh traders suspected of re-exporting dual-use goods to Russia, and a decision could come as early as next month, according to a person briefed on the discussions. Astana has denied that its firms help Moscow evade sanctions.

Beijing, which buys most of Kazakhstan's tungsten concentrate, has not commented.

Analysts say commercial output is unlikely before 2030. "The geology is excellent, but the road, the power and the water are not there yet," said Aigerim Nurlanova, a mining analyst at an Almaty consultancy.
"""},

"h121en02": {"outlet": "Chagres Wire (Colon)", "published": "2025-09-24", "text": """Panama lawmakers to vote on a cap for U.S. troop rotations

COLON, Sept 24 (Chagres Wire) - Panama's National Assembly will vote on Monday on a bill capping the number of foreign troops allowed on Panamanian soil at any one time at 400, the head of the foreign relations committee, lawmaker Carmen Delgado, said on Tuesday.

The bill is likely to pass because the governing coalition and most independents back it, Delgado said.

It follows the security memorandum signed with the United States in April, which allows rotational deployments at former U.S. installations, including Fort Sherman near Colon.

President Jose Raul Mulino said on Sunday that Panama "will not accept permanent foreign bases" and that the canal's neutrality "is not negotiable".

About 200 U.S. Marines are expected to arrive at Fort Sherman in mid-October for jungle training, the U.S. Embassy said in a statement. The construction workers' union SUNTRACS said it would march to the assembly on the day of the vote.

Read more: Canal authority expects transits to recover as Gatun Lake levels rise

Foreign Minister Javier Martinez-Acha will travel to Washington next week for talks with U.S. Secretary of State Marco Rubio, his ministry said. Washington could also revoke the visas of Panamanian officials linked to Chinese port operators, a State Department official said, without giving a date.

Opposition lawmaker Ricardo Vargas, of the independent Vamos coalition, said his group would push for a referendum on the memorandum if the bill failed.

In Colon, the municipal council will hold an extraordinary session on Friday on plans to lease part of the former base's land to the U.S. military, the mayor's office said.

Analysts say the cap could complicate the multinational Panamax exercise planned for August 2026. "Four hundred troops is a political number, not a military one," said Luis Arrocha, a security analyst at a Panama City university.
"""},

"h121en03": {"outlet": "Lunca Prutului Wire (Ungheni)", "published": "2026-09-17", "text": """Moldova and Romania to hold joint cabinet session as Prut bridge slips again

UNGHENI, Sept 17 (Lunca Prutului Wire) - The governments of Moldova and Romania will hold a joint meeting in Iasi on October 2-3, Moldovan government spokeswoman Irina Cojocaru said on Wednesday.

Prime Minister Alexandru Munteanu and his Romanian counterpart, Ilie Bolojan, are expected to sign an agreement on financing the last section of the Ungheni-Iasi motorway bridge over the Prut, she said. A gas storage memorandum could also be signed, according to two officials in Chisinau.

The bridge, which was due to open in December 2025, has been held up by land disputes on the Moldovan bank.

Infrastructure Minister Victor Ciobanu said on Tuesday the bridge would open to traffic before the end of 2027. The Ungheni district council will meet on Monday to approve compensation for 43 landowners, its president, Tudor Rusu, said.

The opposition Party of Socialists (PSRM) has demanded Ciobanu's resignation, and two government sources said he could step down after the joint meeting.

Read more: Moldova's inflation slows to 4.1% in August as food prices ease

Romania's defence ministry said its air force would keep patrols along the Prut until the end of the year, after three Russian drones crashed in Moldovan fields this summer.

Romanian President Nicusor Dan may visit Chisinau in November, a person familiar with the planning said. Separately, the European Union could add five Moldovans accused of vote-buying to its sanctions list in October, an EU diplomat said.

The two governments last met jointly in Bucharest in March 2025, when they promised the bridge within a year.

Analysts say the bridge could become a campaign issue before the general local elections in October 2027. "Voters in Ungheni have heard the opening date announced four times," said Elena Gutu, a researcher at a university in Iasi.
"""},

"h121en04": {"outlet": "Afram Wire (Koforidua)", "published": "2027-08-09", "text": """Will Ghanaians elect their district chiefs in 2028?

KOFORIDUA, Aug 9 (Afram Wire) - Ghana's parliament will start debating a constitutional amendment bill to make metropolitan, municipal and district chief executives (MMDCEs) elected officials on Tuesday, Local Government Minister Ahmed Ibrahim said on Sunday.

Ibrahim said he expected the bill to pass before the end of October. It needs a two-thirds majority, which the ruling National Democratic Congress (NDC) holds.

President John Mahama promised elected district chiefs during the 2024 campaign. Since the 1992 constitution, the chief executives have been appointed by the president, and assemblies can only confirm or reject the nominee.

A separate referendum on allowing parties to sponsor candidates, which touches an entrenched clause, would be held alongside the district assembly elections in December, the Electoral Commission said in a statement. The first elected chief executives could take office as early as March 2028, a ministry official said.

The opposition New Patriotic Party (NPP) has not decided whether to back the bill. Its minority leader, Alexander Afenyo-Markin, said the caucus would meet on Friday to agree a position.

Read more: Cedi steadies after Bank of Ghana holds policy rate

In Bawku, the municipal assembly poll may again be postponed because of the chieftaincy conflict, the Upper East Regional Security Council said. A truce brokered by the Asantehene expires at the end of August and is likely to be extended, the council added.

Mahama is expected to present the reform at an ECOWAS summit on local governance in Abuja on September 14, his office said.

Analysts say turnout in the December polls, about 30 percent in 2023, could rise sharply once the chiefs are elected. "People vote when the prize is real," said Abena Owusu-Ansah, a governance lecturer at the University of Cape Coast.
"""},

"h121en05": {"outlet": "Point Pedro Wire (Jaffna)", "published": "2025-11-28", "text": """Sri Lanka army to return Jaffna land before Thai Pongal, minister says

JAFFNA, Nov 28 (Point Pedro Wire) - Sri Lanka's army will release about 600 acres of private land in the Valikamam North high security zone before the Thai Pongal festival on January 14, Deputy Defence Minister Aruna Jayasekara said on Thursday.

The army released 240 acres in the same zone in May, the first handover since the National People's Power government took office.

About 2,400 acres remain under military control around Palaly, down from more than 11,000 in 2009. Tamil lawmakers say over 3,000 families from the zone still live with relatives or in rented rooms. Jayasekara said the army "will not give up" the perimeter of the Palaly air base, which also serves Jaffna International Airport.

The handover ceremony will be held at Tellippalai on December 20, and President Anura Kumara Dissanayake is expected to attend, the President's Media Division said.

Northern Province Governor Nagalingam Vedanayagan said the provincial administration would survey the plots within two weeks.

Read more: Tourist arrivals to Sri Lanka hit a record in October

The Ilankai Tamil Arasu Kachchi (ITAK), the largest Tamil party, will meet Dissanayake in Colombo next week to seek a timetable for the remaining land, its spokesman, lawmaker K. Ilanko, said.

The Jaffna Municipal Council will vote on Monday on a fund for returning families, Mayor Tharshini Selvarajah said. India is likely to finance 300 houses under an agreement to be signed in Colombo in mid-December, two officials said.

Diplomats say the releases may feature in the UN human rights chief's report to the Human Rights Council in March.

Analysts say the army is unlikely to leave Palaly before 2028. Displaced families will continue their sit-in at Tellippalai until all the land is returned, organisers said.
"""},
}
