"""English texts of heldout76, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h76en01": {"outlet": "Trepca Wire (Mitrovica)", "published": "2026-06-16", "text": """Will the Ibar bridge finally open to cars? Pristina sets a date as EU envoy heads in

MITROVICA, June 16 (Trepca Wire) - Kosovo will open the main bridge over the Ibar river in Mitrovica to car traffic on June 29, Interior Minister Xhelal Svecla said on Monday, after a date first promised for last August slipped.

The EU's special representative for the Belgrade-Pristina dialogue, Peter Sorensen, is due in Pristina on Thursday for talks with Prime Minister Albin Kurti, the EU office in Kosovo said. Sorensen is expected to urge Kurti to delay the opening until Serb representatives and the NATO-led KFOR agree on security arrangements, two diplomats said.

Kurti told parliament last week that the decision was final. "The bridge will open, and nobody in Belgrade will choose the day," he said.

Serbian President Aleksandar Vucic said on Sunday that Belgrade would request an emergency session of the UN Security Council if the bridge opened without Kosovo Serbs' consent.

Srpska Lista, the main Kosovo Serb party, will hold a protest in north Mitrovica on Saturday, its leader Zlatan Elek said. He said the party could boycott the by-election for mayor of Leposavic, set for July 12.

KFOR said it would send additional troops to the bridge area from next week.

Read more: Kosovo's central bank keeps euro-only cash rule

The next round of the EU-facilitated dialogue between chief negotiators could take place in Brussels in mid-July, but no date has been fixed, an EU spokesperson said.

The EU still keeps part of the measures it imposed on Kosovo in 2023. Brussels could lift the remaining measures by the end of the year if tensions ease, according to two EU officials.

Analysts say the dispute is unlikely to be settled before Serbia's next parliamentary election. "Neither leader gains anything from backing down this summer," said Dardan Berisha, a researcher at a Pristina policy institute.
"""},

"h76en02": {"outlet": "Naasa Hablood Wire (Hargeisa)", "published": "2027-02-26", "text": """Ethiopia and Somaliland revive port memorandum, Mogadishu warns of response

HARGEISA, Feb 26 (Naasa Hablood Wire) - Ethiopia and Somaliland will hold the first meeting of a joint technical committee on their revived port memorandum in Hargeisa on Monday, Somaliland's presidency said on Thursday.

The memorandum, signed in Addis Ababa in January 2024, offered Ethiopia a stretch of coastline for a naval base and commercial port in exchange for possible recognition. It was shelved after the Ankara Declaration of December 2024.

Ethiopian Foreign Minister Gedion Timothewos will lead his country's delegation and is expected to meet President Abdirahman Mohamed Abdullahi, the presidency said. Somaliland's defence minister resigned on Wednesday in protest at the talks, two officials said.

Somalia's foreign ministry said Mogadishu would ask for an emergency session of the African Union Peace and Security Council if the committee met. Somali officials have also suggested that Mogadishu could ask Ethiopia to withdraw its troops from the AU mission in Somalia, AUSSOM.

President Hassan Sheikh Mohamud is due in Ankara on March 9 for talks with Turkish President Recep Tayyip Erdogan, who brokered the 2024 declaration, his office said.

Ethiopian Prime Minister Abiy Ahmed told parliament on Tuesday that his country "will not give up its right to the sea" but would use only peaceful means.

Read more: Ethiopian Airlines adds a third weekly flight to Berbera

A final lease agreement is unlikely before Somaliland's parliamentary and local elections, which are scheduled for May 31, according to a senior official in Hargeisa.

The dispute is expected to come up at a summit of the Intergovernmental Authority on Development (IGAD) in Djibouti in mid-March.

Analysts say Washington could use the talks to move closer to recognising Somaliland. "A lease is not recognition, but it makes recognition cheaper for others," said Amina Warsame, a Horn of Africa analyst in Nairobi. Others expect the committee to stall within weeks.
"""},

"h76en03": {"outlet": "Galle Face Wire (Colombo)", "published": "2026-08-11", "text": """Sri Lanka's parliament to vote on cyclone debt deferral with official creditors

COLOMBO, Aug 11 (Galle Face Wire) - Sri Lanka's parliament will vote on Thursday on a resolution approving a debt-service deferral agreed with the Official Creditor Committee after last year's cyclone, Leader of the House Bimal Rathnayake said on Monday. The two-day debate opens on Wednesday.

The resolution is expected to pass easily, since the ruling National People's Power (NPP) holds a two-thirds majority.

Deputy Finance Minister Harshana Suriyapperuma said the deal would defer about $1.1 billion in payments due in 2027 and 2028, and that Japan and India would sign bilateral agreements "within 30 days of the vote". Talks with the Export-Import Bank of China are due to resume in Beijing next week, he said.

Opposition leader Sajith Premadasa said his Samagi Jana Balawegaya (SJB) would vote against the resolution unless the government tabled the full text of the agreement. The deferral was agreed in principle in Paris in June.

An International Monetary Fund team is expected in Colombo in the second half of September for a programme review, according to two officials.

President Anura Kumara Dissanayake will travel to Tokyo in late September for talks with Prime Minister Sanae Takaichi, his office said.

Read more: Central bank holds policy rate at 7.75%

The navies of Sri Lanka and India will hold their annual SLINEX exercise off Trincomalee in the first week of October, the defence ministry said.

The cabinet will name a new Treasury secretary next week, a government spokesman said, after the incumbent retired in July.

Central bank governor Nandalal Weerasinghe could step down before his term ends, two people familiar with the matter said.

Analysts say the government may seek a successor programme with the IMF when the current one ends in 2027. "A second, smaller programme would reassure markets," said Ruwan Fernando, an economist at a Colombo brokerage.
"""},

"h76en04": {"outlet": "Chacaltaya Wire (La Paz)", "published": "2025-10-01", "text": """Paz and Quiroga enter final stretch of Bolivia's first presidential run-off

LA PAZ, Oct 1 (Chacaltaya Wire) - Bolivians will return to the polls on Sunday, October 19, for the first presidential run-off in the country's history, the Supreme Electoral Tribunal (TSE) confirmed on Tuesday.

TSE President Oscar Hassenteufel said preliminary results would be published on the night of the vote and that there would be "no delay like in 2019".

Senator Rodrigo Paz of the Christian Democratic Party (PDC) won the first round on August 17 with about 32% of the vote, ahead of former President Jorge "Tuto" Quiroga of the Libre alliance.

The two candidates will meet in a televised debate on October 12, and their running mates will debate a week earlier, the TSE said.

A poll by the La Paz firm Encuestas Andinas published on Sunday put Quiroga two points ahead, and said Paz could still win if undecided rural voters break his way.

Quiroga said he would travel to Washington before the inauguration on November 8 to seek financing from the International Monetary Fund and the Inter-American Development Bank. Paz has said he "will not sign any agreement with the IMF" and would instead cut fuel subsidies gradually.

Read more: Fuel queues return to Santa Cruz as imports lag

An observer mission from the Organization of American States (OAS) will arrive next week, the OAS said in a statement. The armed forces will guard electoral materials from October 15, the defence ministry said.

Outgoing President Luis Arce is expected to meet both candidates before the vote to discuss the transition, government sources said. His economy minister, Marcelo Montenegro, may resign before the handover, according to local media reports.

Analysts expect turnout above 85%, and say a narrow result could lead to challenges. "Whoever wins will govern without a majority in the legislature," said Lucia Mamani, a sociologist in Cochabamba.
"""},

"h76en05": {"outlet": "Cheonggyecheon Wire (Seoul)", "published": "2027-06-07", "text": """South Korea to file CPTPP bid this month with Japan's backing

SEOUL, June 7 (Cheonggyecheon Wire) - South Korea will apply to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) before the end of June, Trade Minister Yeo Han-koo said on Sunday, after Japan pledged to support the bid.

Japanese Foreign Minister Toshimitsu Motegi told his South Korean counterpart, Cho Hyun, in Tokyo on Friday that Japan would back Seoul's accession "from the first day".

The CPTPP Commission is expected to decide whether to open an accession working group for South Korea at its ministerial meeting in the second half of October, officials in Seoul said. Yeo said Seoul would not accept "special conditions" on rice.

Prime Minister Sanae Takaichi is due in Seoul in mid-July for the next round of shuttle diplomacy with President Lee Jae-myung, Japan's foreign ministry said. The trade bid is likely to top their agenda.

Farm groups will rally outside the National Assembly on Wednesday, the Korea Advanced Farmers Federation said. Its chairman, Park Jong-seo, said the pact "would finish off rice and pork farms". A ruling Democratic Party lawmaker said Agriculture Minister Song Mi-ryung could step down if her objections were overruled.

Read more: Bank of Korea expected to hold rates in July

Japan and South Korea are expected to announce coordinated sanctions on North Korean IT workers next week, two diplomats said. The United States, Japan and South Korea will hold their Freedom Edge exercise in late June, South Korea's defence ministry said.

A trilateral summit with China, which Seoul had hoped to host this year, remains uncertain after Beijing postponed a preparatory meeting in April.

Analysts say accession talks are unlikely to conclude before 2029. "China's own application will hang over every round," said Kim Ji-won, a trade researcher at a Seoul think tank. Some members could also ask Seoul to ease its ban on Fukushima seafood first.
"""},
}
