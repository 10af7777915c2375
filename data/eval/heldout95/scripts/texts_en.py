"""English texts of heldout95, written for this project on 2026-12-03. Invented or generic facts."""

EN = {
"h95en01": {"outlet": "Albay Gulf Wire (Legazpi)", "published": "2026-10-19", "text": """Marcos to visit typhoon-hit Bicol as Congress weighs emergency budget

LEGAZPI, Oct 19 (Albay Gulf Wire) - President Ferdinand Marcos Jr. will fly to Catanduanes and Albay on Tuesday to inspect damage from Typhoon Barok, Palace Press Officer Claire Castro told reporters on Monday.

The typhoon made landfall in Catanduanes early on Saturday, killing at least 41 people and displacing more than 200,000, according to the National Disaster Risk Reduction and Management Council (NDRRMC).

Marcos declared a state of calamity in six Bicol provinces on Sunday, the council said.

Castro said the president would also meet provincial governors in Legazpi to review the rebuilding of flood-control dikes that collapsed during the storm.

The House of Representatives will take up a 25-billion-peso supplemental budget for reconstruction next week, said Representative Ramon Dizon, who chairs the appropriations committee. He expects the Senate to approve it before November 20.

Japan will send two Air Self-Defense Force C-130 aircraft within 48 hours under the Reciprocal Access Agreement, the Japanese embassy in Manila said in a statement. U.S. Marines could also help with airlifts, two Philippine defense officials said, although Manila has not made a formal request.

Read more: Bicol farmers count rice losses as harvest season begins

Commission on Elections Chairman George Garcia said the commission may postpone the November 2 barangay and youth council elections in Catanduanes, where many polling schools were destroyed. A decision is expected by Friday.

The Senate blue ribbon committee will open a hearing on November 3 into flood-control projects that failed, its chair, Senator Ana Lacson-Reyes, said.

The government is likely to sign a 300-million-dollar emergency loan with the World Bank in the coming weeks, a finance department official said.

Analysts say the handling of the disaster could weigh on the administration's allies in the 2028 presidential election. "Bicol remembers who came," said Teresita Magno, a political scientist at Ateneo de Naga University.
"""},

"h95en02": {"outlet": "Entoto Wire (Addis Ababa)", "published": "2027-05-17", "text": """Will Ethiopia's striking health workers return before the budget?

ADDIS ABABA, May 17 (Entoto Wire) - Ethiopia's Health Minister Mekdes Daba will meet representatives of striking doctors and nurses on Wednesday, the ministry said in a statement on Monday, as the hospital walkout entered its second week.

The strike began on May 6 at hospitals in Addis Ababa, Adama and Hawassa and has since spread to at least 40 facilities, according to the Ethiopian Medical Association.

Mekdes said on Saturday that the ministry had no money for a raise before the new budget.

The strike committee's spokesman, Dr. Yonas Tesfaye, said health workers would stay off the job at least until the Council of Ministers approves a new salary scale.

The cabinet is expected to discuss the scale when it meets next week, two government officials said. Finance Minister Ahmed Shide is due to present the 2027/28 budget to the House of Peoples' Representatives on June 8.

Prime Minister Abiy Ahmed will answer lawmakers' questions on the strike on Thursday, the House speaker's office said.

Read more: Ethiopian Airlines adds three African routes for the rainy season

Police detained 12 strike organisers last week. The Federal High Court is expected to hear their bail requests on Friday, their lawyer, Hanna Bekele, said.

The government will deploy military medical staff to five Addis Ababa hospitals from Tuesday, the defence ministry said.

Washington could suspend part of its health aid if the arrests continue, a Western diplomat said. A World Health Organization team is expected to visit Tikur Anbessa hospital this week, a WHO official said.

Several hospital directors in Oromia have threatened to resign if the ministry disciplines strikers, local media reported.

Analysts say the government may agree to a pay rise in two stages, the second not before July 2028. "Doctors are asking to stay in the country," said Meron Alemu, a health economist at Addis Ababa University.
"""},

"h95en03": {"outlet": "Nunez Wire (Buenos Aires)", "published": "2026-03-25", "text": """Argentina bids to open World Cup centenary celebrations at the Monumental

BUENOS AIRES, March 25 (Nunez Wire) - FIFA's Council will decide on April 16 which of the three South American centenary matches of the 2030 World Cup will be played in Buenos Aires, the governing body said in a statement on Wednesday.

Spain, Portugal and Morocco host the 2030 tournament, with one match each in Uruguay, Argentina and Paraguay to mark its centenary.

Argentine Football Association (AFA) President Claudio Tapia said he expected Buenos Aires to stage the first of the three games, at River Plate's Monumental stadium. A FIFA technical delegation will inspect the stadium next week, he said, and FIFA President Gianni Infantino could visit as early as May.

Presidents Javier Milei, Yamandu Orsi and Santiago Pena are likely to meet in Asuncion in the second half of April to sign a joint letter of government guarantees, diplomats said.

Foreign Minister Pablo Quirno said on Tuesday the centenary was "a regional project, not a government showcase," and that Argentina would not seek extra matches.

Uruguay will ask FIFA to keep the centenary ceremony at the Centenario stadium in Montevideo, Uruguayan Foreign Minister Mario Lubetkin said on Monday.

Read more: Argentina's inflation slows for a third month, INDEC says

The bid has become tangled in a domestic fight over Milei's decree allowing clubs to become private companies, which the AFA has challenged in court. FIFA could suspend the AFA if it judges the decree to be government interference, two people familiar with FIFA's thinking said.

Chile's government has not decided whether to ask for a role in the celebrations, its sports ministry said.

River Plate expects to finish expanding the Monumental to 85,000 seats by the end of 2027, the club said.

Tapia is expected to seek a fourth term as AFA president in the federation's 2028 election, club officials say.
"""},

"h95en04": {"outlet": "Inguri Wire (Zugdidi)", "published": "2025-11-24", "text": """Will Abkhazia go dark when Georgia's Enguri plant shuts for repairs?

ZUGDIDI, Nov 24 (Inguri Wire) - The Enguri hydropower plant, which supplies both Georgia and the breakaway region of Abkhazia, will shut down for repairs from December 1 for 40 days, the plant's director, Giorgi Chanturia, said on Monday.

The dam stands on Georgian-controlled territory while the power station lies in Abkhazia, and the two sides have shared the output under an informal arrangement since the 1990s.

Economy Minister Mariam Kvrivishvili said Georgia would sign contracts to import electricity from Azerbaijan and Turkey by the end of the week. Prime Minister Irakli Kobakhidze said on Sunday that Tbilisi "will not cut supplies" to Abkhazia during the shutdown.

In Sukhumi, officials of the de facto government said rolling blackouts could start in mid-December. Moscow and Sukhumi are expected to sign an electricity supply agreement next week, a Russian energy official told local media.

Read more: Georgian lari steadies after central bank intervention

On Friday, Russian border guards detained two Georgian villagers near the Enguri bridge, Georgia's State Security Service said.

State Minister for Reconciliation Tea Akhvlediani said Georgia would raise the detentions at the next round of the Geneva International Discussions in December.

The EU's special representative for the South Caucasus, Magdalena Grono, is expected to visit Zugdidi next week, the EU Monitoring Mission (EUMM) said. The mission also hopes to revive the Gali incident prevention meeting, suspended since 2018, but not before January.

Parliament will vote on Thursday on a bill restricting cryptocurrency mining in Samegrelo during the winter months, the ruling Georgian Dream party said.

Analysts say the shutdown could push Tbilisi and Sukhumi into their first direct energy talks in years. "Electricity is the one thread both sides still hold," said Nino Kipiani, an energy analyst at a Tbilisi think tank.
"""},

"h95en05": {"outlet": "Kapiti Wire (Wellington)", "published": "2026-08-04", "text": """New Zealand's Te Pati Maori splits as rebels launch party before November vote

WELLINGTON, Aug 4 (Kapiti Wire) - Two lawmakers expelled from Te Pati Maori last month will launch a new party on Saturday and apply for registration with the Electoral Commission next week, one of them, Hone Tamihana, told reporters on Tuesday.

The party's national council expelled Tamihana and fellow MP Aroha Wikitera on July 21 after months of disputes over funding and leadership.

Prime Minister Christopher Luxon confirmed in March that the general election will be held on November 7. A decision on the registration is expected within five weeks, a commission spokeswoman said. Nominations close on October 9, and the party must be registered before then to contest the party vote.

Tamihana said the new party, Te Ara Tika, expects to field candidates in all seven Maori electorates.

Te Pati Maori co-leader Debbie Ngarewa-Packer said on Monday the party "will not share a single electorate" with the breakaway group.

Read more: Reserve Bank holds cash rate, signals patience on cuts

The High Court will hear a challenge by Wikitera against her expulsion on August 18. Wikitera has said she would resign her seat if the court upholds the expulsion.

Luxon and opposition Labour leader Chris Hipkins will face each other in the first televised leaders' debate on October 6, broadcaster TVNZ said.

Before the campaign, Luxon will attend the Pacific Islands Forum leaders' meeting in Koror next month, his office said.

A 1News-Verian poll last week put the Labour-led bloc one seat short of a majority. Analysts say the split could cost Te Pati Maori one or two of its six electorate seats. "Voters in the Maori seats punish division," said Mere Tautahi, a political scientist at Victoria University of Wellington.
"""},
}
