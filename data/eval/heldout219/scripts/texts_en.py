"""English texts of heldout219, written for this project in one sitting. Invented or generic facts."""

EN = {
"h219en01": {"outlet": "Callan Wire (Armagh)", "published": "2026-01-16", "text": """Can Stormont balance its books before the Treasury steps in?

ARMAGH, Jan 16 (Callan Wire) - Northern Ireland's Executive will meet on Monday to agree a draft budget for 2026-27, the Executive Office said in a statement, after talks with the Treasury over a 300 million pound overspend ended without a deal last week.

Finance Minister John O'Dowd said the draft would go out to public consultation for eight weeks and that the Assembly was due to vote on the final budget before the end of March.

First Minister Michelle O'Neill told reporters on Thursday that the Executive "will not" introduce water charges to close the gap. Her deputy, Emma Little-Pengelly of the Democratic Unionist Party (DUP), backed that position.

Chief Secretary to the Treasury James Murray will travel to Belfast in early February for talks with O'Dowd, a Treasury spokesperson said. The Treasury could claw back part of the overspend as early as April, two officials in London said.

The Ulster Unionist Party's finance spokesman, Colin McAleer, said his party may vote against the budget if hospital waiting-list funding is cut.

Read more: Belfast port volumes slip as new trade checks bite

Sinn Fein has not ruled out an early Assembly election if the Executive collapses, though the next scheduled vote is in May 2027.

In east Belfast, a truce between rival loyalist factions, agreed on December 28, is expected to hold at least until the end of February, Assistant Chief Constable Bobby Singleton of the Police Service of Northern Ireland (PSNI) said.

The British-Irish Council will hold its summer summit in Guernsey in June, its secretariat said, and Taoiseach Micheal Martin is expected to attend.

Northern Ireland's public services are funded mainly through a block grant from Westminster, and ministers have long said the formula leaves the region short.

Analysts say a deal with London is likely before the Assembly vote.
"""},

"h219en02": {"outlet": "Segura Wire (Murcia)", "published": "2026-10-05", "text": """Will Murcia's fields go dry? Tajo-Segura releases to be set on Thursday

MURCIA, Oct 5 (Segura Wire) - The committee that manages the Tajo-Segura aqueduct will meet in Madrid on Thursday to set transfers for October, November and December, Spain's Ecological Transition Ministry said on Sunday.

Lucas Jimenez, president of the Central Union of Tajo-Segura Irrigators (SCRATS), said irrigators expected the smallest quarterly release since the 2017 drought and would file a new appeal with the Supreme Court within 30 days if releases fell below 20 cubic hectometres a month.

Under rules approved in 2023, the minimum flow of the Tagus at Aranjuez rises again in January, which will reduce the water available for transfer, the ministry said.

Regional President Fernando Lopez Miras said Murcia "will not accept" another cut and would raise the issue with Prime Minister Pedro Sanchez when they meet in Madrid next week. Castilla-La Mancha's regional government said it would go to the Constitutional Court if Madrid approved any exceptional transfer.

The European Commission could refer Spain to the EU Court of Justice over nitrate pollution in the Mar Menor lagoon as early as November, two EU officials said. Environment Commissioner Jessika Roswall will visit the lagoon on October 20, the Commission's representation in Madrid said.

Read more: Cartagena refinery restarts after maintenance

The aqueduct has carried water from the Tagus basin to Murcia, Alicante and Almeria since 1979.

Agriculture Minister Luis Planas said during a visit to Cartagena on Friday that the government planned to put out to tender the expansion of the Torrevieja desalination plant before the end of the year.

Murcia holds a regional election in May 2027. Vox, whose votes Lopez Miras needs, will back his 2027 budget in the December vote only if it includes new desalination funds, its regional spokesman, Tomas Ruiz Belmonte, said.

Analysts say the water dispute is unlikely to be settled before the election.
"""},

"h219en03": {"outlet": "Wartburg Wire (Erfurt)", "published": "2025-11-20", "text": """Will the Left save Voigt's budget again?

ERFURT, Nov 20 (Wartburg Wire) - Thuringia's state parliament will vote on the 2026 budget on December 11, the Landtag's presidium said on Wednesday, with Premier Mario Voigt's three-party coalition one vote short of a majority.

The coalition of Voigt's Christian Democrats (CDU), the Sahra Wagenknecht Alliance (BSW) and the Social Democrats (SPD) holds 44 of the 88 seats. The Left party's parliamentary leader, Christian Schaft, said his group was likely to abstain if funding for rural bus lines was restored. Coalition leaders will meet tomorrow to discuss the Left's demands, the state chancellery said.

The Alternative for Germany (AfD), the largest group, will table a constructive no-confidence motion against Voigt if the budget fails, its state leader Bjoern Hoecke said.

Finance Minister Katja Wolf of the BSW said on Tuesday she would not resign despite pressure from the party's national leadership. A BSW state secretary, Ralf Hoffmeister, is expected to step down next week, two party officials said.

The BSW also wants Thuringia to back a Bundesrat motion urging Berlin to oppose the renewal of EU economic sanctions on Russia, which EU governments are expected to extend before they expire on January 31. The Bundesrat will debate the motion on December 19, a spokeswoman for the chamber said.

Read more: Zeiss to cut 200 jobs in Jena, union says

Chancellor Friedrich Merz will visit Erfurt on December 3 for talks with Voigt, the state chancellery said. Voigt will raise energy costs at the conference of state premiers in Berlin on December 4.

The Bundeswehr plans to station an air-defence battalion at the former barracks in Gotha from 2027, the Defence Ministry said.

The Landtag must also elect two constitutional court judges, for which the AfD holds a blocking minority; lawmakers could try again in January, a CDU whip said.

Analysts say the coalition is likely to survive the budget vote.
"""},

"h219en04": {"outlet": "Platte Wire (Lincoln)", "published": "2027-02-10", "text": """Will Nebraska give up its split electoral votes before 2028?

LINCOLN, Neb., Feb 10 (Platte Wire) - Nebraska's Legislature will hold a first-round debate next Tuesday on a bill to award all five of the state's electoral votes to the statewide winner, Speaker John Arch said on Monday.

Nebraska and Maine are the only states that split their electoral votes by congressional district, and Democrats carried the Omaha-based 2nd District's single vote in 2020 and 2024.

The bill's sponsor, State Sen. Loren Lippincott, said he expected "at least 33" of the 49 senators to vote to end a filibuster but conceded that one or two "may still walk away". A similar bill fell one vote short in April 2025.

Gov. Jim Pillen has said he would call a special session in April if the bill stalls. His office said he would also raise the issue at the National Governors Association (NGA) winter meeting in Washington on February 20-22.

President Donald Trump is expected to visit Omaha in late February, two White House officials said, though they would not say whether he would speak about the bill.

Sen. Dale Wenstrand, a Republican from the Sandhills who opposes the bill, is expected to resign by the end of March to take a federal post, two legislative aides said.

Nebraska Democratic Party chair Jane Kleeb said the party "will not let this pass quietly" and would challenge the law in court if it is enacted. A coalition of voting-rights groups could launch a petition drive for a 2028 ballot measure as early as June, its organisers said.

Read more: Nebraska cattle prices hit record as herds shrink

Analysts say the bill is likely to become law this year, though a court challenge could delay it.
"""},

"h219en05": {"outlet": "Appia Wire (Brindisi)", "published": "2025-07-05", "text": """Brindisi's coal plant: shutdown, standby or a second life?

BRINDISI, July 5 (Appia Wire) - Italy's government will decide by the end of July whether to keep Enel's Federico II coal plant at Cerano in cold reserve until 2028 or to close it this year, Environment and Energy Security Minister Gilberto Pichetto Fratin said on Friday.

Enel will present a conversion plan to unions and local authorities at the Ministry of Enterprises and Made in Italy (MIMIT) in Rome on Thursday, July 10, the ministry said. The meeting was first set for June 12 and has been postponed twice.

The 2,640-megawatt plant, one of Italy's largest, has run only a few days a year since 2023.

Apulia's regional president, Michele Emiliano, said the region "will not sign" any deal that does not guarantee work for the plant's 400 contract workers. The FIOM-CGIL metalworkers' union said its members would strike for eight hours on July 18 if the talks fail.

Enel chief executive Flavio Cattaneo told analysts last week that the company could build a data centre or battery storage at the site, but that no decision would be taken before 2026.

The Italian Navy, which bases its San Marco Marine Brigade in Brindisi, intends to use part of the plant's coal pier as a logistics hub, two defence officials said.

Business Minister Adolfo Urso could visit Brindisi in mid-July, local officials said. Brindisi Mayor Giuseppe Marchionna said the city council would debate a motion on the plant's future on July 28.

Grid operator Terna said Italy and Greece were expected to sign an agreement on the GRITA 2 interconnector to Galatina when their energy ministers meet in Athens in September.

Analysts say Cerano is likely to stay in reserve at least until the Tyrrhenian Link cable is completed in 2028.
"""},
}
