"""English texts of heldout217, written for this project in one sitting. Invented or generic facts."""

EN = {
"h217en01": {"outlet": "Gudena Wire (Herning)", "published": "2026-09-22", "text": """Denmark goes to the polls as Jutland farmers weigh the livestock levy

HERNING, Sept 22 (Gudena Wire) - Danes will elect a new parliament on Tuesday, October 27, Prime Minister Mette Frederiksen announced on Monday, ending weeks of speculation about a vote that must be held by the end of October.

Advance voting opens on October 5 at town halls across the country, the Interior Ministry said.

The campaign is expected to turn on the carbon levy on livestock that parliament adopted last year. The levy will start at 300 crowns a tonne in 2030 and rise in steps after that.

Inger Stojberg, leader of the Denmark Democrats, told a rally in Skive on Sunday that her party "will not support any government" that keeps the levy. Troels Lund Poulsen, the defence minister and Venstre leader, said the Liberals would seek to delay it by two years if they return to government.

Food and Agriculture Minister Jacob Jensen, who negotiated the levy with farmers, is not standing again and will leave the cabinet after the vote, a Venstre spokesman said.

The farmers' association Baeredygtigt Landbrug has called a tractor protest in Aarhus for Saturday, its chairman said.

Read more: Danish wind turbine orders fall for a third quarter

Frederiksen will attend the European Council in Brussels on October 22-23 despite the campaign, her office said.

The first rotation of U.S. F-35 maintenance crews is expected at Skrydstrup air base in early November under the 2023 defence cooperation agreement, two defence officials said.

A Voxmeter poll published on Monday gave the Social Democrats 21 percent, ahead of the Socialist People's Party and Venstre.

Analysts say the Social Democrats are likely to remain the largest party but could need the Moderates to keep power. Talks on a new government could take weeks, and Foreign Minister Lars Lokke Rasmussen, who leads the Moderates, has not said which bloc he would back.
"""},

"h217en02": {"outlet": "Portofino Wire (Savona)", "published": "2027-05-11", "text": """Will Rome block Beijing's bigger bet on Vado's container port?

SAVONA, May 11 (Portofino Wire) - Italy's cabinet will decide on Thursday whether to use its "golden power" to block COSCO Shipping Ports from raising its stake in the Vado Gateway container terminal to 65 percent, Industry Minister Adolfo Urso said on Monday.

The decision was first due in April and has been postponed twice.

COSCO and Qingdao Port International have held 49.9 percent of the terminal since 2016, alongside Maersk's APM Terminals, which agreed in March to sell part of its share.

Two officials familiar with the file said the government was likely to approve the deal with conditions, including a ban on Chinese staff in the terminal's IT systems.

Transport Minister Matteo Salvini said he "will not accept" foreign control of "a strategic Italian gateway".

Liguria's regional president, Marco Bucci, said the region would ask Rome to make any approval conditional on a guarantee of the terminal's 300 jobs.

The U.S. ambassador, Tilman Fertitta, is expected in Genoa next week for talks with Bucci, the embassy said. In Washington, two congressional aides said lawmakers could press the Commerce Department to add COSCO's port unit to the Entity List as early as June.

Read more: Genoa's new breakwater: first section delivered, costs up 20 percent

The Chinese embassy in Rome said on Monday that Chinese firms would "take the necessary measures" if the deal was blocked.

The Italian Navy will hold a port-security exercise in Vado's harbour from May 24 to May 28, the defence ministry said.

Prime Minister Giorgia Meloni is expected to raise the screening of foreign investment at the European Council on June 24-25, a government source said.

Analysts say the conditions could delay the share transfer until 2028. "Rome wants the money without the control, and that takes time," said Chiara Ferrando, a port economist in Genoa.
"""},

"h217en03": {"outlet": "Flint Hills Wire (Topeka)", "published": "2025-10-21", "text": """Kansas Republicans call special session to redraw congressional map

TOPEKA, Oct 21 (Flint Hills Wire) - The Kansas Legislature will convene in special session on Friday, November 7, to redraw the state's four congressional districts, Senate President Ty Masterson and House Speaker Dan Hawkins said on Monday after collecting the signatures of two-thirds of lawmakers.

Masterson said the draft map would be published within five days.

The plan would split Democratic-leaning areas of the 3rd District, held by Representative Sharice Davids, the only Democrat in the state's delegation.

Governor Laura Kelly, a Democrat, said she would veto "any map drawn in a back room". Lawmakers overrode her veto of a similar map in 2022.

The House and Senate Republican caucuses will meet in Topeka on Thursday to review the draft, party officials said.

Davids said in a statement on Monday that she "will run in whatever district I live in".

The American Civil Liberties Union (ACLU) of Kansas said it would file suit in state court on the day the map becomes law.

Secretary of State Scott Schwab's office said candidates must file by the June 1, 2026 deadline whatever map is in force, and that the primary will be held on August 4, 2026.

Read more: Wichita aircraft suppliers brace for production cuts

Analysts say the override is likely to pass the Senate easily but could fall short in the House, where five rural Republicans have voiced doubts. One of them, Representative Mark Ellison of Garden City, said he may step down as chairman of the House agriculture committee rather than vote for the map.

Vice President JD Vance is expected to visit Wichita next week to rally support for the plan, a White House official said.

Emily Harlan, a political scientist in Lawrence, said the new lines could cost Davids her seat in the November 2026 midterm elections.
"""},

"h217en04": {"outlet": "Subarnarekha Wire (Ranchi)", "published": "2026-02-10", "text": """Will Delhi pay Jharkhand's coal bill before the new cess bites?

RANCHI, Feb 10 (Subarnarekha Wire) - Jharkhand Chief Minister Hemant Soren will meet Finance Minister Nirmala Sitharaman in New Delhi on Thursday to press the state's claim for 1.36 trillion rupees in unpaid coal royalties and land compensation, his office said on Monday.

The state says the dues have built up over three decades at mines run by Coal India's subsidiaries, Central Coalfields Ltd (CCL) and Bharat Coking Coal Ltd (BCCL).

The state cabinet meets tomorrow to approve the budget draft. State Finance Minister Radha Krishna Kishore said the government would present its 2026-27 budget on February 24 and "will not wait" for the Centre before collecting a new cess on mineral-bearing land from April 1.

The cess follows a July 2024 Supreme Court ruling that states may tax mineral land, and the assembly passed it in March last year.

Coal Minister G. Kishan Reddy said on Sunday that the Centre "will not pay an inflated figure". Reddy is due to visit Dhanbad later this month to open a coal washery.

Coal India could ask the Supreme Court to stay the cess, two company officials said, adding that a hearing on related petitions is listed for late March.

Read more: Jamshedpur bets on green hydrogen

The Election Commission is expected to hold polls for two of Jharkhand's Rajya Sabha seats in March, and the ruling alliance led by the Jharkhand Mukti Morcha (JMM) is likely to win both, party officials said.

Security forces will deploy 2,000 more paramilitary troops in the Saranda forest from March, a state police spokesman said, after Maoists attacked a CCL convoy last week.

Analysts say the two governments could agree on a partial payment before the cess takes effect. Anjali Tirkey, an economist at a Ranchi policy institute, said Ranchi would probably settle for a payment staged over five years.
"""},

"h217en05": {"outlet": "Kvarken Wire (Vaasa)", "published": "2025-08-26", "text": """Finland and Sweden to turn the Kvarken ferry into a military route

VAASA, Aug 26 (Kvarken Wire) - Finland and Sweden will sign an agreement in Vaasa on Thursday allowing troops and military vehicles to cross the Kvarken strait on the Vaasa-Umea ferry in peacetime without case-by-case permits, Defence Minister Antti Hakkanen said on Monday.

Swedish Defence Minister Pal Jonson is expected to travel to Vaasa for the signing, and the two ministers will then watch a loading drill at the port, the Finnish defence ministry said.

The ferry, run by Wasaline for the cities of Vaasa and Umea, carried its first military convoy during a NATO exercise in March.

The deal will be presented to allies at a meeting of NATO defence ministers in Brussels in late October, a Finnish official said. Helsinki hopes the route will be named a priority corridor at NATO's summit in Ankara next July, the official added.

The Russian embassy in Helsinki said Moscow would respond with "military-technical measures" to the plan.

Lena Nyqvist, who chairs the Vaasa city board, said the city would not allow ammunition to be stored at the port.

The regional council of Ostrobothnia will vote on September 15 on seeking state money for a new feasibility study of a fixed bridge-and-tunnel link across the strait, its chairman, Mikael Sundqvist, said.

The army will hold its largest exercise in Ostrobothnia this year, with about 4,000 conscripts and Swedish units, in mid-November, the Defence Forces said.

President Alexander Stubb, speaking in Turku on Sunday, said a ceasefire in Ukraine could come before the end of the year but that Finland would not lower its guard.

Analysts say the agreement makes a fixed link more likely, but such a link is unlikely to be built before 2035. "Every new corridor is a message to Moscow that Finland is not an island," said Johan Lindholm, a security researcher at Abo Akademi University.
"""},
}
