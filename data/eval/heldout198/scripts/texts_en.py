"""English texts of heldout198, written for this project in one sitting. Invented or generic facts."""

EN = {
"h198en01": {"outlet": "Albany River Wire (Thunder Bay)", "published": "2026-10-07", "text": """Will the Ring of Fire road break ground this winter? Ontario moves to fast-track a mining zone

THUNDER BAY, Ontario, Oct 7 (Albany River Wire) - Ontario's cabinet is expected to designate the Ring of Fire mineral belt a special economic zone next Wednesday, Energy and Mines Minister Stephen Lecce said on Tuesday.

The province passed the law allowing such zones in June 2025 over the objections of many northern First Nations.

Lecce said construction of the first section of the Northern Road Link would start in February if the federal impact assessment is finished on time.

Nishnawbe Aski Nation (NAN), which represents 49 northern First Nations, said it would seek an injunction in the Ontario Superior Court of Justice within 10 days of any designation. Its deputy grand chief, Lorraine Sakchekapo, said the chiefs "will not accept a zone drawn without our consent."

Two NAN representatives would also resign from the province's Ring of Fire advisory table on Friday unless the cabinet delays the decision, Sakchekapo said. NAN's chiefs are due to appear before the legislature's interior committee on Thursday.

Premier Doug Ford has said Ontario "will not wait forever" for consensus.

Federal Energy and Natural Resources Minister Tim Hodgson is expected in Thunder Bay next week to meet chiefs of the Matawa First Nations, a federal official said. The Impact Assessment Agency of Canada could publish its decision on the road before the end of the year, the official added.

Read more: Ontario nickel output slips as smelter upgrade drags on

Webequie and Marten Falls First Nations are likely to sign a revenue-sharing agreement with the province in November, two people briefed on the talks said.

The road is also an issue in Thunder Bay's municipal election on October 26.

Analysts say legal challenges could delay the first mine until after 2030. "The zone speeds up paperwork, not courts," said Daniel Okafor of Lakehead University.
"""},

"h198en02": {"outlet": "Lemland Wire (Mariehamn)", "published": "2025-11-12", "text": """Finland to decide on Russia's Mariehamn consulate as Aland guards its demilitarised status

MARIEHAMN, Aland Islands, Nov 12 (Lemland Wire) - Finland's government will decide on Thursday whether to ask Russia to close its consulate in Mariehamn, Foreign Minister Elina Valtonen told reporters on Tuesday, after Aland police said a consular employee had photographed a fuel depot at the islands' main port.

The consulate has operated since 1940 under a Soviet-era agreement and monitors the islands' demilitarisation.

Two officials said the cabinet was likely to opt for closure, although President Alexander Stubb, who leads foreign policy with the government, has asked for a "measured" response.

Russian Foreign Ministry spokeswoman Maria Zakharova said on Tuesday Moscow would respond "symmetrically" to any step against its mission.

Aland's head of government, Katrin Sjogren, said the islands' demilitarised status "is not up for negotiation" and should not be reopened because of the consulate. The Lagting, Aland's parliament, will hold a special debate on Monday.

Read more: Viking Line adds winter sailings between Mariehamn and Stockholm

Defence Minister Antti Hakkanen said Finland has no plans to station troops on the islands, but the Border Guard will add two patrol vessels in the archipelago from December 1.

Valtonen and Swedish Foreign Minister Maria Malmer Stenergard are expected to discuss the islands when they meet in Stockholm next week, a Swedish diplomat said.

EU foreign ministers could add Russian intelligence officers working under diplomatic cover to the bloc's hybrid-threats sanctions list at their December 15 meeting, diplomats said.

Some Finns Party lawmakers want Helsinki to end the 1940 agreement. That could happen as early as next year, one of them, Jussi Vahakangas, said.

Analysts say no change to the demilitarisation regime is likely before the Lagting election in October 2027. "Every step here is read in Moscow as a precedent," said Helena Lindroos, a researcher at the Aland Islands Peace Institute.
"""},

"h198en03": {"outlet": "Kaban Lake Wire (Kazan)", "published": "2027-03-09", "text": """Can Kazan make Islamic banking permanent? Duma vote nears as sanctions cloud the plan

KAZAN, March 9 (Kaban Lake Wire) - Russia's State Duma will hold a first reading on March 17 of a bill that would make the country's partnership-finance experiment permanent, Anatoly Aksakov, head of the Duma's financial markets committee, said on Monday.

The experiment, which lets banks offer sharia-compliant products, began in September 2023 in Tatarstan, Bashkortostan, Chechnya and Dagestan.

Tatarstan's head, Rustam Minnikhanov, expects the law to pass its final reading before KazanForum, the annual Russia-Islamic World economic meeting, which runs in Kazan from May 12 to 14.

A Bank of Russia spokeswoman said the regulator "has not decided" whether regional governments may issue sukuk before 2028.

A delegation of the Jeddah-based Islamic Development Bank is expected in Kazan next week to discuss a credit line for small businesses, the republic's economy ministry said. Tatarstan's investment agency plans to sign a memorandum with a Bahraini bank during the forum, two people familiar with the plans said.

The State Council of Tatarstan will vote on Thursday on a regional law giving tax breaks to Islamic leasing firms.

Read more: Kazan metro's second line gets new trains ahead of schedule

The plan faces a new hurdle. The European Union's next sanctions package, expected in April, could list two Kazan banks accused of handling payments for the Alabuga drone plant, EU diplomats said.

Ukrainian drones hit the Alabuga special economic zone in January, damaging a workers' dormitory, regional authorities said.

Kremlin spokesman Dmitry Peskov said on Monday that a halt to strikes on energy and industrial sites "could only be part of a broader settlement."

Analysts say Islamic products are likely to stay below 1% of retail lending before 2030 even if the law passes. "Gulf money will not come while the banks face sanctions," said Alsu Khairullina, an economist at Kazan Federal University.
"""},

"h198en04": {"outlet": "Shyok Wire (Leh)", "published": "2026-06-24", "text": """Ladakh talks resume in Delhi: will Leh and Kargil get Sixth Schedule safeguards?

LEH, June 24 (Shyok Wire) - India's home ministry will resume talks with Ladakh's two main civil-society coalitions on Monday, the ministry said in a statement, the first round since February.

The high-powered committee led by Minister of State for Home Affairs Nityanand Rai will meet delegations of the Leh Apex Body (LAB) and the Kargil Democratic Alliance (KDA) in New Delhi.

Ladakh became a union territory without a legislature when parliament split the former state of Jammu and Kashmir in August 2019.

LAB co-chairman Stanzin Namgail said the coalition "will not accept" a package that leaves out the Sixth Schedule. He said the LAB would boycott the Leh hill council election, expected in October, unless the ministry fixes a timeline for statehood talks.

Two executive councillors of the Leh hill council would resign if Monday's talks fail, Namgail said.

KDA co-convener Mohammad Ali Zaidi said he expected the ministry to offer a domicile law for government jobs.

Lieutenant Governor Kavinder Gupta is expected to notify new recruitment rules reserving 85% of government posts before the end of July, two officials said.

Read more: Leh airport's new terminal opens to flights from Srinagar

Home Minister Amit Shah could visit Leh in August, a ministry official said. A written framework on land and job protections could be signed at a second round in July if Monday's talks go well, the official added.

The army's Fire and Fury Corps will hold an exercise in eastern Ladakh from July 6 to 15, the Northern Command said. Indian and Chinese commanders are expected to hold a border personnel meeting at Chushul-Moldo in mid-July, a defence official said.

Analysts say New Delhi is unlikely to grant statehood before 2029. "Delhi wants to give jobs, not power," said Rigzin Angmo, a political scientist at the University of Ladakh.
"""},

"h198en05": {"outlet": "Teide Wire (Santa Cruz de Tenerife)", "published": "2027-07-06", "text": """Will the mainland take more of the Canaries' migrant children before the autumn crossings?

SANTA CRUZ DE TENERIFE, July 6 (Teide Wire) - Spain's central government will begin moving 400 more unaccompanied migrant minors from the Canary Islands to mainland regions on Monday, Youth and Children Minister Sira Rego said on Sunday, under the quota system approved in 2025.

The islands' shelters hold about 4,800 minors, far above capacity.

Canary Islands President Fernando Clavijo called the transfers "too slow" and said his government would ask the Supreme Court on Friday to order Madrid to speed them up.

Clavijo will also raise the issue at the Conference of Presidents, which brings the prime minister together with the 17 regional leaders, in Santander on July 23, his office said.

The Community of Madrid said it "will not accept" its quota of 90 children and would appeal to the Constitutional Court.

Interior Minister Fernando Grande-Marlaska is expected to visit Nouakchott next week to sign a protocol on joint patrols with Mauritania, a ministry source said. Spanish and Senegalese officials are due to review a seasonal work scheme in Dakar on July 27, the source added.

Frontex will deploy two more surveillance aircraft off Mauritania and Senegal from August 1, the EU border agency said in a statement.

Read more: Tenerife's tourism tax plan heads to the island council

Arrivals in the Canaries fell by about 40% in the first half of the year from a year earlier, interior ministry figures show.

A reform of the immigration law that would make the quotas permanent could be voted on in Congress in September, Territorial Policy Minister Angel Victor Torres said.

Analysts and aid groups say crossings on the Atlantic route could rise again as early as September. "The calm months are the exception, not the rule," said Nuria Cabrera, a migration researcher at the University of La Laguna.
"""},
}
