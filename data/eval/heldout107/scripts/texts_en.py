"""English texts of heldout107, written for this project. Invented or generic facts."""

EN = {
"h107en01": {"outlet": "Bonny River Wire (Port Harcourt)", "published": "2025-10-14", "text": """Will oil flow from Ogoniland again?

PORT HARCOURT, Oct 14 (Bonny River Wire) - Nigeria's presidential committee on resuming oil production in Ogoniland will meet Ogoni traditional rulers in Bori on Thursday to present a draft benefit-sharing agreement, the committee's chairman, National Security Adviser Nuhu Ribadu, said on Monday.

Production in the area has been halted since 1993, when Shell withdrew after mass protests led by the Movement for the Survival of the Ogoni People (MOSOP).

Ribadu said the agreement "will not be signed without the consent of all four Ogoni kingdoms" and that a signing ceremony could take place in Abuja before the end of November.

State oil company NNPC Ltd is expected to name an operator for the Ogoni fields by early December, two people familiar with the process said.

MOSOP's president, Fegalo Nsuke, said the group would boycott the Bori meeting unless the government first funded the cleanup recommended by the U.N. in 2011.

Read more: Naira firms as central bank sells dollars to exporters

President Bola Tinubu is likely to visit Ogoniland in November if the agreement is signed, a presidency official said.

The military's Joint Task Force, Operation Delta Safe, will deploy two more battalions to the Gokana and Khana areas from next week to protect pipelines, its spokesman, Lieutenant Colonel Musa Danladi, said.

Rivers State will hold local government elections on December 6, the state electoral commission said on Saturday. Governor Siminalayi Fubara was suspended in March under six months of emergency rule and returned to office in September. He has not said whether his party will contest all 23 councils.

HYPREP's coordinator is expected to step down at the end of October when his contract expires, an environment ministry official said.

Analysts say Ogoni output could reach 50,000 barrels per day within two years of a restart, but warn that disputes between communities could push first oil back until 2027.
"""},

"h107en02": {"outlet": "Cenderawasih Wire (Jayapura)", "published": "2027-08-05", "text": """Indonesia weighs humanitarian pause in Papua's highlands as hostage talks stall

JAYAPURA, Aug 5 (Cenderawasih Wire) - Coordinating Minister for Political and Security Affairs Djamari Chaniago will fly to Jayapura on Monday to review a church-brokered proposal for a 14-day humanitarian pause in Intan Jaya regency, where separatist fighters have held two road engineers since early July, his ministry said on Wednesday.

The pause, proposed by the Papua Church Council, would begin as early as August 17 if both sides accept it. A spokesman for the West Papua National Liberation Army (TPNPB), Sebby Sambom, said the group "has not decided" and would answer after consulting its field commanders.

Army chief of staff General Maruli Simanjuntak said troops "will not withdraw from Intan Jaya" during any pause, but would suspend offensive operations while it lasts.

Read more: Bank Indonesia seen holding rates as rupiah steadies

Papua's provincial election commission will hold a re-run of the governor's vote in 11 districts on September 18, after the Constitutional Court annulled the results there in June, said Yosep Wetipo, the commission's chairman.

President Prabowo Subianto is expected to visit Jayapura in the second week of September to open a regional food estate, his office said, though the trip could be postponed if the hostages are not freed.

Jakarta will also send a delegation to the Melanesian Spearhead Group leaders' summit in Port Vila in late August, where Vanuatu is expected to back the United Liberation Movement for West Papua's bid for full membership, diplomats said.

Foreign Minister Sugiono said Indonesia "will not accept any foreign role" in talks on Papua.

The regency has been under a heightened security status since 2021, and thousands of residents have fled to neighbouring districts.

Analysts say a pause could open the way for the first direct talks between Jakarta and the TPNPB, but warn that the truce could collapse before the end of September without independent monitors.
"""},

"h107en03": {"outlet": "Khortytsia Wire (Zaporizhzhia)", "published": "2026-02-24", "text": """IAEA brokers local truce to restore Zaporizhzhia plant's backup power line

ZAPORIZHZHIA, Feb 24 (Khortytsia Wire) - Repair crews will start work within days on the damaged Ferosplavna-1 power line to the Russian-occupied Zaporizhzhia nuclear plant under a local ceasefire brokered by the International Atomic Energy Agency, IAEA Director General Rafael Grossi said on Monday.

The plant has relied on a single 750-kilovolt line since the backup was cut on January 30.

Grossi said both Kyiv and Moscow had agreed to halt firing around the line's route for "as long as the work requires", which engineers put at ten to twelve days. He will travel to Kyiv next week and then to the plant itself.

Rosatom, the Russian state nuclear corporation that has run the site since 2022, said in a statement that it "will not allow" Ukrainian personnel to take part in repairs on the occupied side.

Read more: Hryvnia slips as central bank eases currency curbs

In Brussels, EU ambassadors are expected to discuss on Wednesday a proposal to add Rosatom's fuel subsidiary TVEL to the bloc's sanctions list, two EU diplomats said. Hungary and Slovakia could block the listing, they said.

Ukraine's energy ministry said it would ask the IAEA Board of Governors, which meets in Vienna on March 2-6, to demand the plant's return to Ukrainian control.

Kremlin spokesman Dmitry Peskov said talks on the plant's future belonged in a wider settlement, but did not rule out a meeting of Russian and Ukrainian nuclear officials in Istanbul in March.

Ukraine's General Staff said Russian forces had moved extra air-defence units to Enerhodar and warned that shelling near the plant could resume once the repairs end.

The plant's Russian-appointed director, Yuri Chernichuk, is expected to step down in April, Ukraine's military intelligence agency said.

Analysts say none of the six reactors is likely to restart before 2028, even if a broader peace deal is signed.
"""},

"h107en04": {"outlet": "La Candelaria Wire (Bogota)", "published": "2025-09-19", "text": """Will Washington's drug decertification cost Colombia its U.S. aid?

BOGOTA, Sept 19 (La Candelaria Wire) - Colombia will suspend purchases of U.S. military equipment until Washington reviews its decision to decertify the country as a partner in the fight against drugs, President Gustavo Petro said on Thursday.

The White House announced the decertification on Monday but kept a waiver that protects most aid. Washington could cut up to half of its $380 million in annual assistance if coca cultivation does not fall by next September, a State Department official said.

Defence Minister Pedro Sanchez said the armed forces "will not stop" manual eradication and aim to destroy 30,000 hectares of coca by the end of the year.

Foreign Minister Rosa Villavicencio will travel to Washington next week for talks at the State Department, her ministry said. The U.S. charge d'affaires in Bogota, John McNamara, has been summoned to the ministry on Monday.

Read more: Colombian peso weakens as central bank holds rates

The dispute is likely to shape the campaign for the May 31, 2026 presidential election, in which Petro cannot run. Senator Paloma Valencia, who is seeking the opposition nomination, said she would restore aerial spraying of coca fields if elected.

The head of the national police's anti-narcotics directorate, General Hernan Cifuentes, is expected to step down next month after a dispute with Sanchez over eradication targets, two police officials said.

Petro is expected to raise the issue with European leaders at the CELAC-EU summit that Colombia hosts in Santa Marta in November.

Coca cultivation reached a record 253,000 hectares in 2023, according to the latest United Nations survey, and Colombia remains the world's largest cocaine producer.

Analysts say a full cut in U.S. aid is unlikely before the election, but warn that Congress in Washington could tie new conditions to next year's budget.
"""},

"h107en05": {"outlet": "Tskaltubo Wire (Kutaisi)", "published": "2026-12-09", "text": """Russian warships to use Abkhazia's Ochamchire base from January, Tbilisi protests

KUTAISI, Dec 9 (Tskaltubo Wire) - Russia's Black Sea Fleet will begin using the new naval point at Ochamchire in Georgia's breakaway region of Abkhazia from January, the region's de facto leader Badra Gunba said on Tuesday.

Dredging of the harbour, which Moscow and Sukhumi agreed to expand in 2023, was finished last month, according to satellite images published by independent researchers.

Georgian Foreign Minister Maka Botchorishvili called the move "a direct threat to the security of the whole Black Sea" and said Tbilisi would raise it at the next round of the Geneva International Discussions on December 16-17.

Prime Minister Irakli Kobakhidze, whose Georgian Dream government has avoided confronting Moscow, said Georgia "will not be drawn into provocations" and ruled out any military response.

Read more: Lari steadies as National Bank of Georgia keeps its key rate at 8%

A Russian defence ministry delegation will travel to Sukhumi next week to sign a protocol on the base's status, Abkhaz media reported.

EU foreign ministers are expected to discuss the base when they meet in Brussels on Monday and could add the Russian contractors involved to the bloc's sanctions list, two EU diplomats said.

The base is also likely to be discussed at the NATO summit in Tirana in July, a NATO official said.

Abkhazia will hold de facto parliamentary elections on March 14, Gunba's office said in a statement. Tbilisi does not recognise the vote.

Local media reported that Defence Minister Irakli Chikovani could step down before the end of the year over his handling of the issue, which his ministry denied.

Analysts say the base could host up to five warships by the end of 2027, giving the fleet a second harbour on the eastern Black Sea coast.
"""},
}
