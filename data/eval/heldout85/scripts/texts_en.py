"""English texts of heldout85, written for this project on 2026-12-02. Invented or generic facts."""

EN = {
"h85en01": {"outlet": "Moleson Creek Wire (Corriverton)", "published": "2026-02-11", "text": """Guyana and Suriname to sign Corentyne bridge financing as works near

GEORGETOWN, Feb 11 (Moleson Creek Wire) - Guyanese President Irfaan Ali and Surinamese President Jennifer Geerlings-Simons will sign the financing agreement for a bridge across the Corentyne River in Paramaribo on Monday, Public Works Minister Juan Edghill said on Tuesday.

Ali will stay in Paramaribo for a second day of talks with Geerlings-Simons on oil and gas cooperation, Edghill added.

The 3.1-km bridge would replace the Moleson Creek ferry, which has carried most cross-border traffic since 1998.

Edghill said construction was expected to begin in the second half of the year and that the bridge should open to traffic by the end of 2029. A consortium led by China Railway Construction Corporation was chosen as preferred bidder in November, the ministry said.

Surinamese Public Works Minister Ravi Ramkhelawan said the two governments would split the cost equally, but that "Suriname will not take on new commercial debt for this bridge."

Two officials involved in the talks said the Caribbean Development Bank could join as a co-lender, though no decision had been made.

Read more: Guyana's oil output passes 900,000 barrels a day

Ali and Geerlings-Simons are also expected to raise the project at the CARICOM heads of government meeting in Basseterre on February 24-25, Ali's office said.

The Guyana Defence Force and the Suriname National Army will begin joint patrols on the river from March 1, the GDF said in a statement.

Opposition leader Azruddin Mohamed of the We Invest in Nationhood (WIN) party said he would table a motion next week demanding that the contract go before parliament.

The Guyana Elections Commission could set local government elections for the second half of the year, a GECOM commissioner said.

"The bridge is bankable, but the timeline is ambitious. A slip into 2030 would not surprise anyone," said Tamika Persaud, an economist at the University of Guyana.
"""},

"h85en02": {"outlet": "Cojimar Wire (Havana)", "published": "2026-04-17", "text": """Will Mexican oil keep Cuba's lights on? Tanker due Sunday as blackouts deepen

HAVANA, April 17 (Cojimar Wire) - A tanker carrying about 400,000 barrels of Mexican crude is expected to dock at the port of Matanzas on Sunday, Cuba's Energy and Mines Minister Vicente de la O Levy said on state television on Thursday.

The cargo is the first since February, when Gasolinas Bienestar, a subsidiary of Mexico's state oil company Pemex, suspended deliveries over unpaid bills. Pemex and Cuba's state importer Cubametales are expected to sign a new supply contract in Mexico City next week, two people familiar with the talks said.

Mexican President Claudia Sheinbaum said on Wednesday that Mexico "will not abandon Cuba" and would not bow to pressure from Washington.

Two U.S. officials said the Treasury Department could sanction the tankers and their owners as early as next month.

Cuba's grid has been short of up to 1,800 megawatts at peak hours this month. The government will cut the public-sector working week to four days from Monday, Prime Minister Manuel Marrero Cruz told lawmakers.

Read more: Cuba's tourism arrivals fall for a third straight year

Russia has offered to send diesel, and the Russian-Cuban intergovernmental commission will meet in Havana in the second week of May to discuss the offer, the foreign ministry said.

President Miguel Diaz-Canel could travel to Mexico City later this year to meet Sheinbaum, a Cuban diplomat said, although no date has been set.

A Russian naval training detachment will call at Havana in late May, the Revolutionary Armed Forces said.

De la O Levy has faced calls from within the Communist Party to step down, and diplomats in Havana say he could be replaced at the party's Central Committee plenum in July.

"The government is likely to raise fuel prices again before the end of the year," said Elena Ruiz, an economist at the University of Havana.
"""},

"h85en03": {"outlet": "Honda Bay Wire (Puerto Princesa)", "published": "2027-06-06", "text": """Philippines to open extended Pag-asa runway as Chinese ships gather nearby

PUERTO PRINCESA, June 6 (Honda Bay Wire) - Defense Secretary Gilberto Teodoro will fly to Pag-asa Island on Thursday to open its extended runway, the Department of National Defense said on Saturday, despite a build-up of Chinese vessels around the Philippine-held island.

The 1.7-km runway can now take C-130 transport planes in all weather. A sheltered port for the island's fishermen is due to be completed by the end of the year, the department said.

The Philippine Coast Guard counted 42 Chinese maritime militia vessels within 10 nautical miles of the island on Friday, spokesperson Jay Tarriela said.

China's foreign ministry said on Friday that the upgrade violated Chinese sovereignty and that Beijing "will take all necessary measures."

Tarriela said the coast guard would escort civilian supply boats to the island from Monday and could not rule out attempts by Chinese vessels to block them.

Read more: Philippine inflation eases to 2.1% in May

Manila and Beijing are expected to hold a session of their Bilateral Consultation Mechanism on the South China Sea in the second half of June, two diplomats said. It would be the first since January.

Philippine and Japanese troops will hold their first joint exercise on Palawan under the Reciprocal Access Agreement in late July, the Armed Forces of the Philippines said.

President Ferdinand Marcos Jr. could raise the island's situation at the ASEAN summit in Singapore in October, an aide said.

At home, the Commission on Elections will accept certificates of candidacy for the May 2028 national elections in the first week of October, Comelec chairman George Garcia said on Friday.

"Beijing is likely to answer with a bigger coast guard presence rather than with force, because it does not want a confrontation with Washington before the summit," said Carmela Santos, a maritime security researcher at the University of the Philippines.
"""},

"h85en04": {"outlet": "Sebatik Wire (Tawau)", "published": "2025-09-17", "text": """Malaysia and Indonesia edge toward joint development of Ambalat before ASEAN summit

KUALA LUMPUR, Sept 17 (Sebatik Wire) - Malaysian and Indonesian officials will hold the first meeting of a joint technical committee on the Ambalat sea block in Kota Kinabalu on September 29, Malaysia's Foreign Minister Mohamad Hasan said on Tuesday.

Prime Minister Anwar Ibrahim and Indonesian President Prabowo Subianto agreed in Jakarta in June to explore joint development of the area in the Sulawesi Sea, which both countries claim.

A framework agreement is expected to be signed when Prabowo attends the ASEAN summit in Kuala Lumpur on October 26-28, Mohamad said.

Indonesian Foreign Minister Sugiono will visit Kuala Lumpur next week to prepare the document, the Indonesian foreign ministry said.

State energy firms Petronas and Pertamina could set up a joint operating company by the end of 2026, according to two industry sources.

In Sabah, opposition leader Shafie Apdal of the Warisan party said the state "will not accept any deal that gives away Sabah's waters." Sabah's state assembly is expected to be dissolved within weeks to make way for an election, analysts say.

Read more: Ringgit hits one-year high against the dollar

The Royal Malaysian Navy and the Indonesian Navy will hold their annual coordinated patrol in the Sulawesi Sea in November, the Malaysian Armed Forces said.

ASEAN leaders will also discuss Myanmar, where the military government plans to hold the first phase of a general election on December 28. The junta's ceasefire, declared after the March earthquake, expires at the end of October, and diplomats expect it to be extended before the vote.

"Joint development avoids the sovereignty question rather than solving it. The first barrel of oil is unlikely before 2030," said Nur Aisyah Rahman, a researcher at the Institute of Strategic and International Studies in Kuala Lumpur.
"""},

"h85en05": {"outlet": "Lofoten Wire (Tromso)", "published": "2025-11-25", "text": """EU and Norway head into final fisheries round with Svalbard cod still in dispute

TROMSO, Nov 25 (Lofoten Wire) - Norway and the European Union will open the final round of their annual fisheries consultations in Bergen next week, aiming to agree 2026 quotas for shared North Sea stocks by December 12, Fisheries Minister Marianne Sivertsen Naess said on Monday.

Sivertsen Naess said Norway "will not increase the EU's cod quota around Svalbard," a demand Brussels has pressed for several years.

EU Fisheries Commissioner Costas Kadis told reporters in Brussels that the Commission could propose trade measures against Norwegian seafood if the Svalbard question was not settled. Kadis will visit Oslo in January for talks with Sivertsen Naess, the Commission said.

Coastal states, including Norway, the EU, Britain, Iceland and the Faroe Islands, will meet in London in the first week of December on mackerel, but a long-term sharing deal is not expected this year, officials said.

Read more: Salmon export prices slide for a fourth week

Norway will extend its port ban to three more Russian trawler operators from January 1, the foreign ministry said, after the Joint Norwegian-Russian Fisheries Commission agreed the 2026 Barents Sea cod quota in October.

The Norwegian Coast Guard will step up inspections of foreign trawlers around Svalbard from January, the Norwegian Armed Forces said.

Tor Arne Lund, leader of the Norwegian Fishermen's Association, said members would protest outside the Storting on Thursday against any extra quota for EU vessels.

Prime Minister Jonas Gahr Store's Labour government, which won a second term in the September 8 election, relies on smaller parties for its budget and is wary of angering coastal voters.

"The Svalbard dispute could go to international arbitration next year if neither side moves," said Ingrid Solberg, a researcher at the Fridtjof Nansen Institute near Oslo.
"""},
}
