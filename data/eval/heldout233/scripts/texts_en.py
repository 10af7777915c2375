"""English texts of heldout233, written for this project in one sitting. Invented or generic facts."""

EN = {
"h233en01": {"outlet": "Holtenau Wire (Kiel)", "published": "2026-09-17", "text": """Will Denmark make Germany pay for the Fehmarnbelt delay?

KIEL, Sept 17 (Holtenau Wire) - German Transport Minister Patrick Schnieder will meet his Danish counterpart, Thomas Danielsen, in Copenhagen on Monday to discuss the delayed German rail link to the Fehmarnbelt tunnel, Germany's transport ministry said on Wednesday.

The tunnel under the Baltic, built by Denmark's state-owned Femern A/S, is due to open in 2029. Deutsche Bahn said last year that the upgraded line from Luebeck to Puttgarden would not be ready before 2032.

Danielsen told Danish radio on Tuesday that Copenhagen "will not rule out" seeking compensation under the 2008 state treaty, which obliges Germany to build the link. Danish lawmakers on parliament's transport committee will question him tomorrow.

Schnieder said in a statement that Berlin "remains bound by the treaty" and that the Bundestag would vote on 1.1 billion euros for the line in late November.

Schleswig-Holstein's Minister-President Daniel Guenther is expected to join the Copenhagen talks, his office said. The state government warned in July that freight trains could be diverted through Jutland for years.

Read more: Kiel shipyard wins order for two navy supply ships

Fehmarn's mayor, Anke Sievers, said the town could take the planning approval for a new tunnel under the Fehmarnsund to the Federal Administrative Court as early as October.

A European Commission official said Brussels could cut its Connecting Europe Facility grant for the German section if works slip beyond 2032, a decision that is unlikely before June 2027.

The dispute comes as Schleswig-Holstein prepares for a state election in May 2027, in which Guenther's CDU is seeking a third term.

Analysts say a Danish compensation claim would probably end up before an arbitration panel rather than a court. "Nobody in Copenhagen wants a legal war with Berlin, but nobody wants to pay for empty tracks either," said Maren Thomsen, a transport policy researcher at Kiel University.
"""},

"h233en02": {"outlet": "Witham Wire (Coningsby)", "published": "2026-03-09", "text": """Lincolnshire jets on standby: will the RAF police Ukraine's skies after a truce?

CONINGSBY, England, March 9 (Witham Wire) - Defence Secretary John Healey will visit RAF Coningsby in Lincolnshire on Wednesday to meet Typhoon crews earmarked for a future air mission over Ukraine, the Ministry of Defence said on Sunday.

Britain and France have said a multinational force would deploy only after a ceasefire between Russia and Ukraine is agreed. A senior British official said a ceasefire was unlikely before June.

Two squadrons, about 24 aircraft, could move to bases in Poland and Romania within 30 days of a truce, according to planning documents seen by Witham Wire.

Leaders of the so-called coalition of the willing are due to meet in Paris on March 19 to review the plans, a French presidency official said. Prime Minister Keir Starmer will attend, Downing Street said. Ukrainian President Volodymyr Zelenskiy is expected to join by video link, the official added.

Healey said last month that British troops would not enter Ukraine "while the guns are still firing."

Russia's embassy in London said on Saturday that any Western forces in Ukraine would be "legitimate targets."

Read more: Lincoln council approves new bus lanes

Russian and Ukrainian delegations are due to resume talks in Istanbul next month, two Turkish officials said. The European Union is expected to adopt a new package of sanctions against Russia before the end of March, diplomats said.

Closer to home, the base's growth has divided nearby villages. Lincolnshire County Council will debate a motion on night-flying noise on March 24, its chairman, Derek Hollis, said.

Analysts say the air mission may never start if the Istanbul talks fail. "Everyone is planning for the day after, but nobody can say when that day comes," said Rohan Whitfield, a defence analyst at a London think tank, adding that crews had already trained for winter operations.
"""},

"h233en03": {"outlet": "Pamvotida Wire (Ioannina)", "published": "2027-04-14", "text": """Will a joint checkpoint end the queues at Kakavia before summer?

IOANNINA, April 14 (Pamvotida Wire) - Greece and Albania will sign an agreement on joint border controls at the Kakavia crossing in Tirana on April 22, Greece's Citizen Protection Ministry said on Tuesday.

Under the deal, Greek and Albanian officers would check travellers once, in a shared building on the Albanian side, from early July.

Queues of up to nine hours formed at Kakavia last summer after the EU's Entry/Exit System took effect, according to the regional authority of Epirus. Its governor, Alexandros Kachrimanis, said he expected the new checkpoint to cut waiting times by half.

Albania's deputy interior minister, Arben Muca, said Tirana would ask Athens to reopen the smaller Tre Urat crossing to trucks before the end of the year.

Prime Minister Kyriakos Mitsotakis and his Albanian counterpart Edi Rama could meet on the sidelines of the EU-Western Balkans summit in Brussels in June, two diplomats said.

The Greek police will send 200 extra border guards to Epirus from May 1 to stop irregular crossings, the ministry said.

Athens has also tied its support for Albania's EU accession to the rights of the Greek minority in Himara. Foreign Minister Giorgos Gerapetritis said on Monday that Greece "would not block" the next negotiating chapter but would "watch every step."

Greek officials expect the general election in late May, and the opposition has accused the government of rushing the deal before the vote.

Read more: Ioannina airport adds summer flights to Munich

Albania's border police chief may step down after an inquiry into bribes at Kakavia, Albanian media reported.

Analysts say the joint checkpoint is unlikely to open before August because the shared building is not finished. "Both governments want a ribbon to cut before the tourists arrive," said Eleni Drosou, a political scientist at the University of Ioannina.
"""},

"h233en04": {"outlet": "Futaleufu Wire (Esquel)", "published": "2026-05-22", "text": """Chubut lawmakers to vote on opening the plateau to mining

ESQUEL, Argentina, May 22 (Futaleufu Wire) - Chubut's provincial legislature will vote on Thursday, May 28, on a zoning bill that would allow metal mining on the central plateau, Vice Governor Gustavo Menna, who presides over the chamber, said on Wednesday.

The bill, sent by Governor Ignacio Torres in March, covers the Navidad silver deposit owned by Canada's Pan American Silver. Torres's coalition holds 15 of the 27 seats, and the bill is expected to pass by a narrow margin, two lawmakers said.

In a 2003 local referendum, 81 percent of Esquel voters rejected open-pit mining. The Esquel Neighbours' Assembly said it would march to the legislature in Rawson on the day of the vote.

Torres said on Tuesday that the province "will not touch the Andean valleys" and that water studies would be public.

Economy Minister Luis Caputo said the national government would approve Pan American's application under the RIGI investment regime within 45 days of the law's promulgation.

Provincial Environment Minister Silvina Ruiz said she would resign if the bill passed without a binding water study.

Lawyers for the assembly could challenge the law before the provincial Superior Court as early as June, one of them said.

President Javier Milei may visit the province in the second half of June to sign a royalties agreement with Torres, the presidency said in a statement.

Read more: Patagonian wool exporters seek lower port fees

Argentina holds presidential and legislative elections in October 2027, and Torres is widely seen as a possible candidate.

Analysts say the mine is unlikely to produce before 2030 even if the law passes, because the company still needs an environmental impact approval and a power line. "The vote opens a door, but the road behind it is long," said Martin Ferreyra, an economist at a Comodoro Rivadavia consultancy.
"""},

"h233en05": {"outlet": "Luossa Wire (Kiruna)", "published": "2026-02-11", "text": """Can Kiruna's rare earths break China's grip before Sweden votes?

KIRUNA, Sweden, Feb 11 (Luossa Wire) - Sweden's government will decide on LKAB's application for a mining concession at the Per Geijer rare earths deposit before the end of March, Energy and Industry Minister Ebba Busch said on Tuesday.

LKAB applied for the concession in June 2024. The state-owned company is also moving parts of Kiruna's town centre to make room for its iron ore mine. "We will not let permits take ten years while Europe buys its magnets from one country," Busch told reporters.

The Gabna Sami reindeer herding community has said it would appeal any approval to the Supreme Administrative Court, arguing that the mine would cut its spring migration routes.

The European Commission is expected to name Per Geijer a strategic project under the Critical Raw Materials Act in mid-April, two EU officials said.

China tightened export controls on rare earths last year, and Beijing could add processing technology to its restricted list within weeks, a Swedish trade official said.

A U.S. Commerce Department delegation is due in Stockholm next week for talks on a critical minerals partnership, the U.S. Embassy said.

About 6,000 allied troops will take part in exercises in Norrbotten from March 9 to March 19, the Swedish Armed Forces said.

Kiruna's municipal council will hold an extra session on the mine on February 23, its chairman, Lars-Erik Niemi, said.

Sweden holds a general election on September 13. The opposition Social Democrats have said they would review fast-track mining permits if they win.

Analysts say the first rare earth oxides are unlikely before 2031 and the mine may never be profitable without state support. "Without a price floor in Europe, Chinese producers can undercut any new mine," said Karin Lindqvist, a commodities analyst in Lulea.
"""},
}
