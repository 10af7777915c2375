"""English texts of heldout255, written for this project in one sitting. Invented or generic facts."""

EN = {
"h255en01": {"outlet": "Colne Wire (Uxbridge)", "published": "2026-03-10", "text": """Will Heathrow's third runway clear its next hurdle before Middlesex votes?

UXBRIDGE, England, March 10 (Colne Wire) - Britain will publish a revised Airports National Policy Statement for public consultation next week, Transport Secretary Heidi Alexander told parliament on Monday, the next step towards a third runway at Heathrow on the Middlesex edge of London.

The consultation will run for 12 weeks, she said, and the government aims to designate the statement before the end of the year.

Finance minister Rachel Reeves backed the expansion in a speech in January 2025, saying it would lift growth.

Heathrow expects to submit its development consent application in the second half of 2027, its chief executive, Thomas Woldbye, said in a statement. Analysts say the first flights from a new runway are unlikely before 2035.

Hillingdon Council, which covers Harmondsworth and other villages that would be demolished, said it would seek a judicial review within six weeks of any designation.

Read more: Sterling steadies as markets weigh the spring statement

London Mayor Sadiq Khan said on Monday the runway "will not be built" without breaking legal limits on air pollution.

London's 32 boroughs, including Hillingdon, elect new councils on May 7. Candidates of both main parties in Hillingdon will campaign against the runway, party officials said.

The Stop Heathrow Expansion group plans to march from Harmondsworth to Westminster on Saturday, March 21, its organisers said. Alexander will visit Harmondsworth on Friday to meet residents, her office said.

Two west London Labour lawmakers could resign their junior government posts if the consultation does not include binding night-flight limits, a party source said.

British Airways has warned that it may oppose higher landing charges to pay for the runway, which Heathrow puts at 33 billion pounds.

"The politics have moved faster than the planning," said Martin Greaves, a transport economist at a London consultancy. "The hard part is still the courts."
"""},

"h255en02": {"outlet": "Silnica Wire (Kielce)", "published": "2026-08-26", "text": """Poland to sign Borsuk deal at Kielce arms fair as Seoul's minister weighs a trip

KIELCE, Poland, Aug 26 (Silnica Wire) - Poland will sign a second executive contract for Borsuk infantry fighting vehicles with state-owned Huta Stalowa Wola on September 8, the opening day of the MSPO defence industry exhibition in Kielce, Deputy Defence Minister Pawel Bejda said on Tuesday.

The first executive contract, for 111 vehicles, was signed in March 2025.

The new order covers about 200 vehicles, with deliveries to start in 2027 and run until 2031, Bejda said.

Defence Minister Wladyslaw Kosiniak-Kamysz is expected to open the fair, which runs from September 8 to 11, and to meet South Korea's defence minister, Ahn Gyu-back, there, two ministry officials said. Seoul's defence ministry said Ahn had not yet confirmed the trip.

Hanwha Aerospace could also sign an agreement on a second batch of K9 howitzers during the fair, a company spokesman said.

Read more: Zloty firms after central bank holds rates

President Karol Nawrocki has not decided whether to visit Kielce, his office said.

Kielce's city council will vote on Thursday on tax breaks for a planned Huta Stalowa Wola hull plant on the city's northern edge, a city hall spokeswoman said. The plant would employ about 400 people.

Prime Minister Donald Tusk will press for a larger EU defence fund at the European Council in Brussels on October 22-23, his spokesman, Adam Szlapka, said.

Poland spent about 4.7 percent of economic output on defence last year, the highest share in NATO.

Analysts say Polish orders will not slow even if a ceasefire in Ukraine is agreed this year, which several European diplomats consider possible.

"Warsaw is buying for the next twenty years, not for the next front line," said Marta Zielinska, a defence analyst at a Krakow think tank. "A ceasefire would change the mood, not the budget."
"""},

"h255en03": {"outlet": "Mardyke Wire (Cork)", "published": "2027-01-20", "text": """Ireland keeps patrol ship beside Russian vessel loitering over cables off Cork

CORK, Ireland, Jan 20 (Mardyke Wire) - Ireland's Naval Service will keep a patrol ship close to the Russian research vessel Yantar until it leaves Irish waters, Defence Minister Helen McEntee said on Tuesday, after the ship spent three days above subsea data cables south of Cork.

The Yantar, which Western navies describe as a spy ship, arrived off the Cork coast on Saturday.

The Air Corps will fly maritime patrols over the area from Thursday, the Defence Forces said in a statement.

McEntee said Ireland would ask for the Yantar to be added to the EU's list of sanctioned Russian vessels when foreign ministers meet in Brussels on February 22. The Dail's defence committee will question her on the incident tomorrow.

The Russian embassy in Dublin denied on Tuesday that the ship was doing "anything other than scientific research".

Read more: Cork port traffic hits record as Brexit routes grow

The defence department is expected to sign a contract for a seabed sonar system before the end of March, two officials said. Irish and British naval officers will meet in Portsmouth next week to agree on sharing tracking data, a Defence Forces spokesman said.

The vessel may head north towards Scottish waters within days, a person familiar with the tracking said.

The Naval Service, based at Haulbowline in Cork Harbour, has struggled to crew its ships. Its flag officer, Commodore Declan Furlong, said he expected a fifth ship to return to sea by June.

Taoiseach Micheal Martin will visit the Haulbowline base on Friday, his office said.

Analysts say Russia could send more vessels to Irish waters this year, testing a country that spends less on defence than any other EU member.

"Ireland has the cables but not the ships," said Niamh Keogh, a maritime security researcher at University College Cork. "Moscow knows that."
"""},

"h255en04": {"outlet": "Rheidol Wire (Aberystwyth)", "published": "2025-12-02", "text": """Can Ceredigion tax its tourists without losing them? Council votes on levy

ABERYSTWYTH, Wales, Dec 2 (Rheidol Wire) - Ceredigion County Council will vote on Thursday on whether to introduce Wales's new visitor levy, council leader Gethin Rhys said on Monday, making it one of the first Welsh councils to decide.

The motion is expected to pass, with Plaid Cymru holding a majority of the council's 38 seats, Rhys said.

The Senedd passed the Visitor Accommodation (Register and Levy) Act in July, allowing councils to charge 1.30 pounds per person per night in hotels and 75 pence in hostels and campsites.

If the motion is approved, a 12-week public consultation would start in early January and the charge would apply from April 1, 2027, the council's cabinet member for finance, Rhian Evans, said.

Evans would step down from the cabinet if the motion failed, two councillors said.

The Welsh Government said in a statement that it would publish guidance for councils within 30 days.

Read more: Aberystwyth harbour repairs delayed by winter storms

The Wales Tourism Alliance has said it could seek a judicial review of the levy.

Wales votes for a new, larger Senedd on May 7, and the Welsh Conservatives would scrap the levy if they won power, their leader, Darren Millar, has said.

First Minister Eluned Morgan will visit Aberystwyth on Friday, her office said, but it was not clear whether she would meet council leaders.

Leaders of Ceredigion, Gwynedd and Pembrokeshire councils will meet in Carmarthen next week to coordinate their plans, a Ceredigion council spokeswoman said.

Tourism brings about 350 million pounds a year into Ceredigion.

Analysts say the levy could raise about 2 million pounds a year in the county, though it is unlikely to deter many visitors.

"Most people who come to Cardigan Bay will not notice a pound a night," said Owain Pryce, an economist at Aberystwyth University. "Campsite owners will."
"""},

"h255en05": {"outlet": "Vigala Wire (Rapla)", "published": "2027-05-12", "text": """Will Rail Baltica reach Rapla before the money runs out?

RAPLA, Estonia, May 12 (Vigala Wire) - Estonia will sign a contract for the 17-km Rail Baltica mainline section between Kohila and Rapla on Friday, Infrastructure Minister Liina Saar said on Tuesday, after the tender was delayed twice since December.

Construction will start in June and the section will be finished by the end of 2029, Saar said.

Rail Baltica is meant to link Tallinn with the Polish border by a European-gauge line, cutting the trip from Tallinn to Riga to under two hours.

The government cut the project's 2027 budget by 40 million euros in April, weeks after the new coalition took office.

Estonia has applied for 150 million euros from the Connecting Europe Facility, and the European Commission is expected to announce the grants in mid-July, officials said.

Transport ministers of Estonia, Latvia and Lithuania will meet in Vilnius on June 3 to review the line's timetable.

Read more: Estonian inflation eases to 3.1 percent in April

Latvia may not link its section to the Estonian border before 2030, Latvian officials have said.

Rapla's mayor, Tiit Kask, said residents "will not accept" the route through the town's southern edge without noise barriers.

The Tallinn administrative court will rule within 14 days on a landowner's appeal against the route, the court said.

The coalition has not decided whether to delay the Parnu section, a government spokesman said.

Estonia's Defence Forces expect to use the line to move armour and ammunition from 2030, they said in a statement.

Analysts say passenger trains are unlikely to run from Tallinn to Parnu before 2031.

"Every delay in Riga makes Estonia's track a very expensive siding," said Kadri Lepp, a transport economist at Tallinn University of Technology.
"""},
}
