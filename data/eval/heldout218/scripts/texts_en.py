"""English texts of heldout218, written for this project in one sitting. Invented or generic facts."""

EN = {
"h218en01": {"outlet": "Bardenas Wire (Pamplona)", "published": "2025-11-18", "text": """Navarre and Madrid close in on a deal over the region's payment to the state

PAMPLONA, Nov 18 (Bardenas Wire) - Navarre and Spain's central government will meet on Thursday to set the region's annual contribution to the state for 2025-2029, the regional government said in a statement on Monday, after the joint commission failed to agree at its last session in Madrid in September.

Under the Economic Agreement, Navarre collects almost all taxes on its territory and pays Madrid a yearly contribution for the services the state still provides, such as defence and foreign affairs.

Navarre's finance councillor, Ainhoa Zubiri, said the two sides were "very close" and that the new contribution would be signed "before the end of the year". She said Navarre "will not accept" any formula that charges the region for debt it did not take on.

A finance ministry official in Madrid said the figure was likely to be around 600 million euros a year, up from about 500 million.

President Maria Chivite needs the deal to close her 2026 budget, which the Parliament of Navarre is due to vote on December 18. EH Bildu's spokeswoman, Leire Etxeberria, said the party could abstain if the budget included more money for public housing.

Javier Esparza, leader of the opposition Navarrese People's Union (UPN), said his party would table a motion of censure against Chivite if the contribution rose above 650 million euros.

Read more: Spain's jobless rate falls to its lowest since 2008

Transport councillor Iker Arregui is expected to step down next month to run for mayor of Tudela, party sources said.

Chivite will travel to Brussels on December 2 to present Navarre's hydrogen plans, her office said.

Analysts expect the Spanish parliament to approve the new contribution only in the spring, because the Cortes must pass it as a law. Navarre holds its next regional election in May 2027.
"""},

"h218en02": {"outlet": "Isonzo Wire (Gorizia)", "published": "2025-12-03", "text": """Will Rome keep checks on the Slovenian border into 2026?

GORIZIA, Dec 3 (Isonzo Wire) - Italy will extend checks at its land border with Slovenia for another six months from December 19, Interior Minister Matteo Piantedosi said on Tuesday, citing the risk of migrants and militants moving along the Balkan route.

Italy first reintroduced the checks in October 2023, after the Hamas attack on Israel, and has renewed them every six months since.

Piantedosi will visit the Fernetti crossing near Trieste tomorrow to meet border police officers, his ministry said. The army will also keep 200 soldiers along the border under the Safe Roads operation until the end of March, the defence ministry said.

Friuli Venezia Giulia's president, Massimiliano Fedriga, said the region would pay for 40 more police officers at the Fernetti and Gorizia crossings from January.

Slovenia's interior ministry said in a statement it regretted the decision and would raise it with EU interior ministers at their meeting in Brussels next week. A European Commission spokesperson said the Commission would assess whether the extension was "necessary and proportionate".

EU foreign ministers could agree in late January to add smuggling networks on the Balkan route to a new sanctions list, two EU diplomats said.

Prime Minister Giorgia Meloni is expected to raise the issue with Slovenian Prime Minister Robert Golob on the sidelines of the European Council in Brussels on December 18-19, an Italian government source said.

Read more: Trieste port traffic rises 6% on Central European demand

Golob, whose Freedom Movement trails in polls, faces a parliamentary election expected in March.

Analysts say Rome is unlikely to lift the checks before the summer. "No interior minister wants to be the one who removed them before a bad migration season," said Paola Venturini, a border policy researcher at the University of Udine.
"""},

"h218en03": {"outlet": "Raccoon River Wire (Des Moines)", "published": "2026-09-15", "text": """Will Iowa get its first-in-the-nation spot back? Democrats weigh the 2028 calendar

DES MOINES, Sept 15 (Raccoon River Wire) - The Democratic National Committee's Rules and Bylaws Committee will meet in Washington on Thursday, October 1, to vote on which states open the party's 2028 presidential nominating contest, the DNC said in a statement on Monday.

In February 2023, the DNC approved a calendar that put South Carolina first, ending half a century in which Iowa's caucuses opened the race.

Iowa Democratic Party chair Dana Kohlhaas told reporters the state "will hold its caucuses first in January 2028, with or without the DNC's blessing".

A DNC official said the committee was likely to give the first slot to New Hampshire or Nevada. Iowa could lose half of its delegates if it broke the rules, the official said.

The Republican National Committee has already confirmed that Iowa's caucuses will open the Republican race in 2028. New Hampshire Secretary of State David Scanlan has said the state will hold the first primary regardless, as its law requires.

The DNC said it would publish a draft calendar for public comment within 10 days of the vote.

Iowans vote on November 3 in midterm elections that include an open race for governor. Illinois Governor JB Pritzker is expected to campaign for Democratic candidates in Des Moines on September 26, party officials said.

Read more: Iowa soybean growers brace for lower prices as China buys elsewhere

China is expected to resume some purchases of U.S. soybeans before the end of the year, a U.S. Department of Agriculture official said.

The state party's executive director, Tom Brennan, will step down after the committee vote, the party said.

Analysts say the fight could push the DNC to delay a final decision until after the midterms. "Iowa has leverage only as long as the calendar is open," said Ruth Nakamura, a political scientist at Drake University.
"""},

"h218en04": {"outlet": "Klek Wire (Neum)", "published": "2026-05-12", "text": """Bosnia and Croatia reopen border talks in Neum as Klek dispute simmers

NEUM, May 12 (Klek Wire) - Bosnia and Croatia will hold the first meeting in seven years of their joint commission on the state border in Neum on Monday, May 18, Bosnian Foreign Minister Elmedin Konakovic said on Monday.

The two countries signed a border treaty in 1999, but neither parliament has ratified it, leaving the status of the Klek peninsula and two islets in the bay of Neum open.

Croatian Foreign Minister Gordan Grlic Radman said Zagreb would present a draft protocol on the sea boundary at the meeting, and that Croatia "will not reopen" any question about the Peljesac bridge.

The commission is expected to agree on a timetable for ratification, with the aim of a signing by the two prime ministers before the end of the year, a Bosnian diplomat said.

Dragan Covic, leader of the HDZ BiH, said ratification could wait until after Bosnia's general election on October 4. The presidency has not decided whether to send the treaty to parliament, its chairman, Denis Becirovic, said.

Read more: Mostar airport adds summer flights to Zagreb and Istanbul

Herzegovina-Neretva Canton's prime minister, Zoran Mikulic, is expected to resign next week after losing his majority, party officials said.

EUFOR's multinational battalion will hold an exercise in Herzegovina in mid-June, the force said in a statement. Croatian Prime Minister Andrej Plenkovic could visit Mostar in June, diplomats said.

The U.S. Treasury could sanction two Trebinje-based companies accused of helping allies of Milorad Dodik evade earlier sanctions, a U.S. official said.

Analysts say a final deal on Klek is unlikely before 2027. "Both governments want the photo, neither wants the vote," said Amra Hadzic, a researcher at the University of Mostar.
"""},

"h218en05": {"outlet": "Sado Wire (Beja)", "published": "2027-03-09", "text": """Will Portugal pick a European jet? Beja air base awaits the F-16 decision

BEJA, March 9 (Sado Wire) - Portugal's Council of Ministers will decide on Thursday which fighter jet will replace the air force's ageing F-16s, Defence Minister Nuno Melo said on Monday, with Sweden's Gripen E and the U.S. F-35 on the shortlist.

Melo said the government "will not buy" more second-hand F-16s and that the first new jets would be based at Beja air base from 2031.

The base, on the plains of the Alentejo, hosts the air force's training squadrons and a small civilian terminal that has struggled to attract airlines since it opened in 2011.

Sweden's Defence Minister Pal Jonson is expected in Lisbon next week to present an offer that includes maintenance work at the OGMA plant in Alverca, a Swedish embassy official said.

Two diplomats said Washington could restrict spare parts for Portugal's existing F-16s if Lisbon chose a European jet.

Portugal would send up to 200 paratroopers to a multinational force monitoring a ceasefire in Ukraine, if one is agreed, the defence ministry said.

Prime Minister Luis Montenegro is expected to present the choice to allies at the NATO summit in July. Portugal also expects to sign a 5.8 billion euro SAFE defence loan agreement with the European Commission in May, the finance ministry said.

Read more: Alentejo olive growers warn of a second dry winter

The air force chief of staff, General Artur Sequeira, could resign if the government rejects the F-35, two officers told Sado Wire.

Beja's mayor, Carla Serrano, said the city would send the government a plan to expand the civilian terminal before the end of April.

Analysts say the decision is likely to favour the Gripen because cheaper EU loans are tied to European suppliers. Opposition Socialist leader Jose Luis Carneiro has demanded a parliamentary debate before any contract is signed.
"""},
}
