"""English texts of heldout29, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h29en01": {"outlet": "Lion Mountain Wire", "published": "2025-07-15", "text": """Sierra Leone's Bio heads to Sahel capitals as IMF team reviews loan

FREETOWN, July 15 (Lion Mountain Wire) - President Julius Maada Bio will travel to Ouagadougou and Niamey next week for talks with the military leaders of Burkina Faso and Niger, his first trip as chairman of the Economic Community of West African States (ECOWAS), State House said on Monday.

Bio is expected to meet Captain Ibrahim Traore and General Abdourahamane Tiani to discuss cooperation with the Alliance of Sahel States (AES), whose three members formally left the bloc in January. Whether he will also stop in Bamako has not been decided, a presidential aide said.

ECOWAS defence chiefs will meet in Freetown in early August to finalise plans for a 5,000-strong standby force, the ECOWAS Commission said. Sierra Leone is expected to pledge a battalion of about 600 troops, a defence ministry official said.

An International Monetary Fund mission arrived in Freetown on Monday to review Sierra Leone's Extended Credit Facility. Finance Minister Sheku Bangura told reporters he expected a staff-level agreement by the end of the month.

The Bank of Sierra Leone's Monetary Policy Committee meets on Thursday and is expected to keep its policy rate at 24.75%, according to four of five economists polled by Lion Mountain Wire.

Read more: Sierra Leone's diamond exports rise 12% in first half

Parliament is due to vote on July 24 on a mining amendment raising the iron ore royalty to 7%. Opposition lawmakers could walk out of the session, said Abdul Kargbo, the chief whip of the All People's Congress (APC).

The APC will hold a national delegates' conference in Makeni from September 12 to 14 to elect a new executive, its national secretary-general, Mohamed Kamara, said on Sunday. Party officials said the conference was not expected to choose a flagbearer for the 2028 presidential election, a decision that would come "no earlier than 2027".
"""},

"h29en02": {"outlet": "Codru Wire", "published": "2026-06-10", "text": """Moldova aims to open first EU talks cluster this month as Hungary hesitates

CHISINAU, June 10 (Codru Wire) - Moldova expects to open the first cluster of its European Union accession negotiations at an intergovernmental conference in Luxembourg on June 23, chief negotiator Victor Rusu said on Tuesday. Hungary could still block the decision, which needs the backing of all 27 member states, two EU diplomats said.

Enlargement Commissioner Marta Kos will visit Chisinau on Friday for talks with Prime Minister Alexandru Munteanu on the reform agenda, the European Commission said. Munteanu said on Tuesday that Moldova "will not slow down reforms to wait for anyone".

President Maia Sandu is likely to attend part of the June 25-26 European Council in Brussels, her office said.

Talks on gas supplies to the breakaway Transnistria region will resume in Tiraspol next week, the Bureau for Reintegration said, as the region's contract with a Hungarian trader expires on June 30. Transnistrian leader Vadim Krasnoselsky warned last week that the region could face power cuts in July if no new deal was reached.

Read more: Moldovan wine exports to the EU hit a record in May

In the southern autonomous region of Gagauzia, voters will elect a new governor on September 20, the Central Electoral Commission said on Monday. The previous governor, Evghenia Gutul, was sentenced to seven years in prison in August 2025 for illegal party financing. Chisinau mayor Ion Ceban's National Alternative Movement could back a candidate in the race, two party officials said.

About 200 U.S. and Romanian troops will join Moldovan soldiers in the annual Fire Shield exercise at the Bulboaca training ground from July 6 to 17, the defence ministry said.

The Moldovan and Romanian governments will hold a joint cabinet meeting in Iasi in the second half of July, Munteanu said, the first such meeting since Romania's presidential election last year.
"""},

"h29en03": {"outlet": "Kelani Wire", "published": "2027-08-19", "text": """Sri Lanka eyes first provincial polls in over a decade as bill heads to parliament

COLOMBO, Aug 19 (Kelani Wire) - Sri Lanka's government will present a bill restoring the proportional system for provincial council elections to parliament next week, Public Administration Minister Nalaka Wijesinghe said on Wednesday, a step towards the first provincial polls since 2014.

The nine councils have been run by centrally appointed governors since their terms expired between 2017 and 2019. A 2017 law introducing a mixed system was never implemented.

The elections could be held in the first quarter of 2028, Cabinet spokesman Nalinda Jayatissa told reporters, but he added that no date had been fixed.

President Anura Kumara Dissanayake will meet leaders of Tamil parties at the Presidential Secretariat on Monday to discuss the bill, his office said. The Illankai Tamil Arasu Kachchi (ITAK), the largest Tamil party, would boycott any vote held without full devolution of land powers, its general secretary, M.A. Sumanthiran, said.

Opposition leader Sajith Premadasa told a rally in Kandy on Sunday that his Samagi Jana Balawegaya (SJB) will contest all nine councils.

Indian External Affairs Minister S. Jaishankar is expected to visit Colombo in mid-September and is likely to raise the full implementation of the 13th Amendment, diplomats said.

Read more: Tea exports climb 6% in July on strong Gulf demand

The Central Bank of Sri Lanka is expected to keep its overnight policy rate at 7.75% on August 25, according to all six analysts polled by Kelani Wire. An International Monetary Fund team will start the sixth review of Sri Lanka's Extended Fund Facility in Colombo on September 7, the Finance Ministry said.

The Sri Lankan and Indian navies will hold their annual SLINEX exercise off Trincomalee in the second week of October, the Sri Lanka Navy said.

Northern Province Governor Nagalingam Vedanayahan could step down before the end of September, local media reported.
"""},

"h29en04": {"outlet": "Guayas River Wire", "published": "2026-09-14", "text": """Ecuador sets February local elections as Noboa's party targets Guayaquil

GUAYAQUIL, Sept 14 (Guayas River Wire) - Ecuador will elect mayors, prefects and councillors on Sunday, February 14, 2027, the National Electoral Council (CNE) said on Sunday, with candidate registration open from October 5 to October 25.

President Daniel Noboa's National Democratic Action (ADN) is expected to field former trade minister Sebastian Coello for mayor of Guayaquil, party officials said. The incumbent, Aquiles Alvarez of the Citizen Revolution movement, said on Saturday he would seek a second term in February.

A poll by Opinion Andina published on Sunday put Alvarez on 38% and Coello on 31%. "Alvarez is likely to win if turnout in the southern suburbs holds," said the pollster's director, Mariela Vera.

Noboa won a full term in an April 2025 run-off, and in November 2025 voters rejected his proposal to allow foreign military bases.

Interior Minister John Reimberg could step down to run for mayor of Quito before registration closes, according to local media reports.

Read more: Ecuador's banana exports fall 4% on weaker European demand

The armed forces will deploy 3,000 more soldiers to Guayaquil's port area from October 1, Defence Minister Gian Carlo Loffredo said. A U.S. Southern Command delegation will visit Manta later this month, a military source said. The two sides are expected to sign a memorandum on port security during the visit, the source said. Washington could also sanction more leaders of the Los Lobos gang before the end of the year, the source added.

The International Monetary Fund's executive board could approve the next review of Ecuador's $5 billion Extended Fund Facility in October, Economy Minister Sariha Moya said.

Noboa is expected to attend the Ibero-American summit in Madrid in November, his office said.
"""},

"h29en05": {"outlet": "Ishim Wire", "published": "2026-11-06", "text": """Kazakhstan sets March referendum on single-chamber parliament

ASTANA, Nov 6 (Ishim Wire) - Kazakhstan will hold a nationwide referendum on March 14, 2027 on replacing its two-chamber parliament with a single-chamber Kurultai, according to a decree published by the presidential press service on Thursday.

The draft constitutional amendments will be published for public discussion by the end of November and the campaign will open on January 15, the Central Referendum Commission said. Lawmakers of the Mazhilis and the Senate will hear the draft at a joint session on November 18.

If the changes are approved, elections to the new Kurultai could be held as early as September 2027, Mazhilis Speaker Yerlan Koshanov told reporters. Senate Speaker Maulen Ashimbayev could step down before the referendum, two sources in parliament said.

President Kassym-Jomart Tokayev said on Thursday that the reform "will not extend presidential powers". Kazakhstan last amended its constitution in a referendum in June 2022, after deadly unrest in January of that year.

Analysts say turnout could fall short of the 50% needed for the vote to be valid, especially in Almaty and the western regions.

Read more: Kazakhstan's grain harvest tops 26 million tonnes

The National Bank of Kazakhstan is expected to keep its base rate at 16.5% on November 27, according to seven of eight analysts polled by Ishim Wire. Governor Timur Suleimenov has said the bank could begin cutting in the second quarter of 2027.

Tokayev will pay a two-day state visit to Japan from December 8, his office said. He is expected to sign agreements on critical minerals with Prime Minister Sanae Takaichi.

About 1,500 Kazakh troops will take part in the Steppe Eagle exercise with U.S. and British forces near Almaty next June, the defence ministry said.
"""},
}
