"""English texts of heldout134, written for this project. Invented or generic facts."""

EN = {
"h134en01": {"outlet": "Kayrakkum Wire (Khujand)", "published": "2027-08-23", "text": """Will Rahmon step aside? Tajikistan sets presidential vote for November 7

KHUJAND, Aug 23 (Kayrakkum Wire) - Tajikistan will elect a president on November 7, the Central Commission for Elections and Referenda (CCER) said on Saturday.

Nominations open on September 8 and close on October 7, CCER chairman Bakhtiyor Khudoyorzoda told reporters.

President Emomali Rahmon, who has ruled since 1992, has not said whether he will run. The ruling People's Democratic Party (PDPT) is expected to name its candidate at a congress in Dushanbe in mid-September, two party officials said.

Rahmon's eldest son, Rustam Emomali, the speaker of the upper house, could be nominated instead, a person familiar with the discussions said. He would step down as mayor of Dushanbe within days of a nomination, the person said.

The constitution, amended in a 2016 referendum, lets Rahmon run without term limits as "Leader of the Nation".

The OSCE's Office for Democratic Institutions and Human Rights (ODIHR) will send a needs-assessment mission to Dushanbe next week, the office said in a statement. Dushanbe has not decided whether to invite a full observation mission, a foreign ministry official said.

Read more: Tajik aluminium exports rise 12% in first half

Social Democratic Party leader Rahmatillo Zoirov said his party would not field a candidate "in an election whose result is known in advance".

On the Afghan border, Tajik and Taliban commanders agreed Thursday to extend a local ceasefire along the Panj river until the end of October, after a clash on August 12 that killed a Tajik guard, the State Committee for National Security said.

Rahmon is expected to attend the third China-Central Asia summit in Chengdu on October 12-13.

Analysts say Rahmon could announce his decision as early as his Independence Day address on September 9. "Any handover will need Moscow's blessing, so he is likely to visit Russia early next month," said Firuza Nazarova, an analyst at a Dushanbe think tank.
"""},

"h134en02": {"outlet": "Itaya Wire (Iquitos)", "published": "2025-09-10", "text": """Can Lima and Bogota keep the Santa Rosa dispute off the river?

IQUITOS, Sept 10 (Itaya Wire) - Peru and Colombia will hold the first meeting of a joint technical commission on the Amazon river islands in Leticia on September 24, Peruvian Foreign Minister Elmer Schialer said on Tuesday.

Colombian President Gustavo Petro said in early August that Peru had "taken" the island of Santa Rosa, after Peru's Congress made it a district of the Loreto region in July.

Schialer said Peru "will not discuss sovereignty" over Santa Rosa, which it considers settled by the 1922 Salomon-Lozano Treaty, and that the talks would focus on navigation in the shifting main channel.

Colombia's foreign ministry said it would send a delegation to Leticia but expected "a clear answer on the island".

Peru's navy will keep two river patrol boats stationed off Santa Rosa at least until the end of the year, a navy spokesman said. Colombia has not ruled out reinforcing its Leticia garrison, a Colombian defence official said.

Petro may travel to Leticia for the commission's opening, a person close to the presidency said, although his office has not confirmed the trip.

Read more: Peru's central bank holds rate at 4.25%, sees inflation easing

Lima is also studying whether to restrict Colombian fishing boats on the Peruvian bank if Bogota keeps issuing permits there, a production ministry official said.

The dispute comes months before both countries go to the polls: Peru holds its general election on April 12 and Colombia its presidential first round on May 31.

Analysts expect the commission to agree at most on a navigation protocol before year-end, since neither government wants an escalation during the campaigns.

Milagros Ruiz Caceres, a border specialist at a university in Lima, said the commission could ask the Amazon Cooperation Treaty Organization (ACTO) for a technical survey of the channel. "The river has moved, not the border," she said.
"""},

"h134en03": {"outlet": "Bega Wire (Timisoara)", "published": "2026-05-14", "text": """Romania races to avoid an EU funds freeze as deficit verdict nears

TIMISOARA, May 14 (Bega Wire) - The European Commission will publish its assessment of Romania's deficit-cutting efforts on June 3, and could propose suspending part of the country's cohesion funds if it finds the measures insufficient, two EU officials said on Wednesday.

Romania has been under the EU's excessive deficit procedure since 2020, and its deficit reached 9.3% of GDP in 2024, the highest in the bloc.

Finance Minister Alexandru Nazare said on Tuesday the government would approve a second package of spending cuts next week, worth about 0.6% of GDP, and send it to parliament "within 10 days". He added that Romania "will not raise VAT again".

Prime Minister Ilie Bolojan plans to meet coalition leaders on Monday to secure support for the package, a government spokeswoman said.

Labour Minister Florin Manole of the Social Democrats (PSD) has said he would resign if pensions are frozen for a second year. Party leader Sorin Grindeanu said the PSD would decide its position at a national council meeting on May 23.

Read more: Romanian wheat exports slow as Constanta port works drag on

EU Economy Commissioner Valdis Dombrovskis is expected in Bucharest in late May for talks with Nazare and central bank governor Mugur Isarescu, the Commission's representation in Romania said.

Any suspension would need the approval of EU finance ministers, who meet in Luxembourg on June 19.

Romania's next parliamentary election is not due until December 2028. AUR leader George Simion has called for an early vote, which analysts say is unlikely before 2027.

Irina Stanciulescu, an economist at a Cluj consultancy, said Brussels may give Bucharest until the end of October to show results before taking a decision. "A freeze would hit new projects first, not payments already under way," she said.
"""},

"h134en04": {"outlet": "Mnazi Bay Wire (Mtwara)", "published": "2026-11-20", "text": """Tanzania sets date for LNG deal signing after four years of talks

MTWARA, Nov 20 (Mnazi Bay Wire) - Tanzania and a consortium led by Equinor and Shell will sign the host government agreement for the $42 billion Tanzania LNG project in Dodoma on December 3, Energy Minister Salim Mwakyusa said on Thursday.

Negotiations on the agreement began in 2022 and missed several targets, most recently in June, when talks stalled over the tax regime.

President Samia Suluhu Hassan is expected to attend the signing, State House said in a statement. Norway's Energy Minister Terje Aasland will also travel to Dodoma, the Norwegian embassy said.

The project will not reach a final investment decision before 2028, Equinor's country manager Marit Haugland said, adding that front-end engineering design would start "in the first half of 2027".

The Tanzania People's Defence Force (TPDF) will deploy an extra battalion along the Ruvuma river before the signing, a military source said, after insurgents crossed from Mozambique's Cabo Delgado province in October.

Tanzanian and Mozambican defence ministers are due to meet in Mtwara next week to discuss joint patrols, Tanzania's defence ministry said.

Read more: Tanzania's cashew auction prices slip in Lindi and Mtwara

The agreement must then be ratified by parliament, which could debate it as early as its February session, two lawmakers said.

Chadema deputy chairman John Heche said the opposition party would challenge the deal's confidentiality clauses in the High Court. The party's leader, Tundu Lissu, remains on trial for treason.

Analysts say first LNG exports are unlikely before 2032. Neema Kisanga, an energy economist in Dar es Salaam, said the government may have to accept a lower share of revenue to keep Shell on board.

Lindi residents, some of whom have waited since 2019 for compensation for land set aside for the plant, will receive the remaining payments by the end of March, the TPDC said.
"""},

"h134en05": {"outlet": "Sarakata Wire (Luganville)", "published": "2025-10-21", "text": """Can Vanuatu turn the ICJ climate opinion into a UN vote?

LUGANVILLE, Oct 21 (Sarakata Wire) - Vanuatu will table a draft UN General Assembly resolution on implementing the International Court of Justice's advisory opinion on climate change next week, Climate Change Minister Ralph Regenvanu said on Monday.

The court ruled on July 23 that states have legal obligations to cut emissions and may owe reparations when they breach them.

Regenvanu said a vote could come "before the end of the year" and that Vanuatu "will not water down" the text's reference to reparations.

Australia, which co-sponsored the 2023 request for the opinion, has not decided whether to co-sponsor the new text, a diplomat in Port Vila said.

Pacific Islands Forum (PIF) foreign ministers will meet virtually on Thursday to agree a common position, the PIF Secretariat said.

Prime Minister Jotham Napat will lead Vanuatu's delegation to the COP30 climate summit in Belem, Brazil, which opens on November 10, his office said. Regenvanu is expected in Canberra and Wellington in early November to lobby for support.

Read more: Vanuatu kava exports hit record as Fiji demand grows

At home, parliament will debate an opposition motion of no confidence in Napat on October 30, the Speaker's office said. With 31 of the 52 seats, the government is expected to survive the vote.

Analysts say large emitters could push for a procedural motion that would delay the resolution into 2026. Merilyn Kalo, a law lecturer at the University of the South Pacific in Port Vila, said Vanuatu may also ask the UN Human Rights Council to hold a special session on climate harms next year.

"The opinion gives small states a legal language that big states cannot simply ignore," Kalo said. Vanuatu first proposed taking the question to the court in 2021.
"""},
}
