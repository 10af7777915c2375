"""English texts of heldout147, written for this project. Invented or generic facts."""

EN = {
"h147en01": {"outlet": "Conchos Wire (Chihuahua)", "published": "2025-09-17", "text": """Will Mexico pay its water debt before the cycle closes? Talks resume in Washington

CHIHUAHUA, Sept 17 (Conchos Wire) - Mexican and U.S. negotiators will meet in Washington next week to discuss Mexico's water deliveries under the 1944 treaty, Foreign Minister Juan Ramon de la Fuente said on Tuesday.

The current five-year cycle ends on October 24, and Mexico has delivered less than half of the 1.75 million acre-feet it owes, according to the International Boundary and Water Commission (IBWC).

De la Fuente said Mexico "will not send water that our farmers in Chihuahua need to survive the drought," adding that a new technical minute could be signed before the end of the cycle.

U.S. Secretary of State Marco Rubio has warned that Washington may impose tariffs on Mexican tomatoes and cattle if deliveries do not increase. A decision could come as early as October, two U.S. officials said.

President Claudia Sheinbaum is expected to discuss the treaty with U.S. President Donald Trump in a phone call later this week, her office said.

Read more: Mexico's central bank trims key rate, signals a pause

A Mexican proposal to cover part of the shortfall from the San Juan river basin is expected to be presented at the talks, a person familiar with the negotiations said.

The National Guard will send about 600 troops to guard the La Boquilla and Las Virgenes dams from Monday, the Security Ministry said in a statement. Farmers seized La Boquilla in 2020 during clashes with troops.

Maru Campos, the governor of Chihuahua, said farmers' groups could block the dams again if water is released to the United States.

The two IBWC commissioners plan to inspect the Amistad and Falcon reservoirs in early October, the commission said.

Analysts say the dispute is likely to weigh on the June 2027 midterm elections in the northern border states, where water has become the first concern of rural voters.
"""},

"h147en02": {"outlet": "Vattern Wire (Linkoping)", "published": "2026-02-24", "text": """Sweden and Ukraine aim to sign Gripen deal by summer as pilots prepare

LINKOPING, Feb 24 (Vattern Wire) - Sweden and Ukraine are expected to sign a contract for the first batch of Gripen E fighter jets by the end of June, Defence Minister Pal Jonson said on Monday.

The two countries signed a letter of intent for up to 150 aircraft in October 2025.

Saab's chief executive, Micael Johansson, said the company would deliver the first aircraft within three years of the contract.

The first group of Ukrainian pilots will begin training at the Saab test site in Linkoping in April, the Swedish Armed Forces said.

Stockholm has not decided how much of the roughly $8 billion cost it will cover, and the government could ask parliament for an extra appropriation in the spring budget on April 15, two officials said.

Ukrainian President Volodymyr Zelenskiy is likely to visit Linkoping in late March to see the aircraft, a person familiar with the plans said.

Read more: Riksbank holds rate, sees no cut before autumn

Sweden holds a general election on September 13. Opposition leader Magdalena Andersson said last week that a Social Democrat government would honour the deal.

Jonson said the deal would also be discussed when NATO leaders meet in Ankara on July 7-8. Defence ministers of the Ukraine Defense Contact Group meet in Brussels on March 12, where Sweden could announce its 21st military aid package, officials said.

Russia's embassy in Stockholm said Moscow would respond with "countermeasures". Analysts say these may include sanctions on Saab and its suppliers.

The Gripen E has been in service with the Swedish Air Force since 2025. Sweden has given Ukraine about 80 billion crowns in military aid since 2022, and Swedish industry has argued that the Gripen order would secure jobs in Linkoping for more than a decade.
"""},

"h147en03": {"outlet": "Ouidah Wire (Ouidah)", "published": "2026-01-20", "text": """Benin to try alleged coup plotters before April vote as ECOWAS force stays

OUIDAH, Jan 20 (Ouidah Wire) - Benin's special court for economic crimes and terrorism (CRIET) will open the trial of 31 soldiers and civilians accused over the December 7 coup attempt on February 9, its special prosecutor, Elie Dossou-Yovo, said on Monday.

Troops loyal to President Patrice Talon put down the attempt within hours, with support from Nigerian fighter jets.

An ECOWAS standby contingent deployed in December will remain in Cotonou at least until after the April 12 presidential election, the ECOWAS Commission said in a statement.

Talon said in his New Year address that he would not pardon anyone convicted over the attempt.

The army chief of staff is expected to step down before the trial, two security sources said. Government spokesman Wilfried Houngbedji said Benin would ask Togo to hand over two suspects who fled to Lome.

ECOWAS Commission President Omar Alieu Touray will visit Cotonou on Thursday, diplomats said, and ECOWAS defence chiefs will meet in Abuja in early February to review the mission.

Read more: Port of Cotonou volumes rise 6% in 2025

Nigeria's air force will withdraw its two jets from Cotonou within ten days, a spokesman for Nigeria's Defence Headquarters said.

The defence may ask for a postponement, a lawyer for one of the accused said, arguing that the lawyers had not received the full case file.

Analysts say the trial could overshadow the campaign, which officially opens on March 28. Finance Minister Romuald Wadagni is the ruling coalition's candidate. The main opposition party, The Democrats, has no candidate after its nomination was rejected in October, and its leaders have accused the government of using the coup attempt to silence critics. Several of the accused are relatives of northern politicians, which could feed tensions in Borgou and Alibori, where jihadist attacks have killed dozens of soldiers since 2021.
"""},

"h147en04": {"outlet": "Gwadar Bay Wire (Gwadar)", "published": "2027-03-09", "text": """Can Pakistan avoid an $18bn penalty over the Iran gas pipeline?

GWADAR, March 9 (Gwadar Bay Wire) - Pakistan and Iran will hold a new round of talks on the stalled Iran-Pakistan gas pipeline in Tehran on March 21-22, Petroleum Minister Ali Pervaiz Malik said on Monday.

The talks come as a Paris arbitration tribunal is expected to rule on Iran's claim for up to $18 billion in penalties, a ruling that could be delivered as early as May.

Pakistan never built its 780-km section, citing U.S. sanctions on Iran.

Malik said Islamabad "will not pay penalties for a project that sanctions made impossible," but would propose building the first 80 km from Gwadar to the Iranian border by 2029.

A U.S. State Department official warned that any Pakistani work on the pipeline could expose companies to sanctions.

Iranian President Masoud Pezeshkian is expected to visit Islamabad in April, a Pakistani foreign ministry official said.

The head of Inter State Gas Systems, the state company that manages the project, resigned last week.

Read more: Gwadar airport handles its first international cargo flight

The Iran-Pakistan joint border commission will meet in Quetta next week to review the truce along the Panjgur-Saravan border that followed last month's exchange of fire, the Frontier Corps said. Officials on both sides expect the truce to hold at least until the Tehran talks.

Prime Minister Shehbaz Sharif could raise the pipeline with Pezeshkian at the Economic Cooperation Organization (ECO) summit in Ashgabat in May, analysts say.

Sui Southern Gas Company plans to import liquefied natural gas through a floating terminal at Gwadar from 2028.

Pakistan's gas fields are declining by about 8 percent a year, and the country has cut LNG imports from Qatar under its long-term contracts because of weak demand from power plants. The government has raised household tariffs three times since 2023 under its IMF programme, which ends in 2027.
"""},

"h147en05": {"outlet": "Akamas Wire (Paphos)", "published": "2025-10-14", "text": """Cyprus seeks Schengen green light in 2026 as EU evaluators arrive

PAPHOS, Oct 14 (Akamas Wire) - A team of European Commission evaluators will arrive in Nicosia next Monday to assess Cyprus's readiness to join the Schengen area, the Interior Ministry said in a statement.

Cyprus joined the European Union in 2004 but has stayed outside the passport-free zone because of the island's division.

Interior Minister Constantinos Ioannou said Cyprus aims to join the area in 2026, and that the government "will not build a fence along the Green Line".

EU interior ministers could vote on the accession at a Justice and Home Affairs Council in June 2026, diplomats said. Cyprus takes over the rotating presidency of the Council of the EU on January 1.

Turkish Cypriots elect their leader on Sunday, and challenger Tufan Erhurman is likely to beat incumbent Ersin Tatar, analysts say.

UN Secretary-General Antonio Guterres could convene an enlarged informal meeting on Cyprus before the end of the year, a UN spokesman said.

President Nikos Christodoulides said on Monday that Nicosia would keep blocking Turkey's participation in the EU's SAFE defence loans.

Read more: Cyprus tourist arrivals hit a record in September

The National Guard will hold a joint exercise with Greek and French forces off Paphos in early November, the Defence Ministry said.

The accession file is expected to come up at the EU leaders' summit in Brussels on October 23-24.

Cyprus could also ask the Commission for extra funding for checks along the Green Line, officials said.

Most irregular arrivals in recent years have crossed the Green Line from the north rather than arriving by sea, and the government has tightened patrols along the buffer zone since 2023. Bulgaria and Romania became full Schengen members in January 2025 after years of delay, and Cypriot officials say Nicosia has met most of the technical conditions.
"""},
}
