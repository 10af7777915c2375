"""English texts of heldout261, written for this project in one sitting. Invented or generic facts."""

EN = {
"h261en01": {"outlet": "Isefjord Wire (Roskilde)", "published": "2025-10-08", "text": """Will Roskilde host Denmark's new eastern region?

ROSKILDE, Oct 8 (Isefjord Wire) - Denmark's interior ministry will decide by the end of October whether Roskilde or Hillerod becomes the seat of Region East Denmark, the merged region that replaces the Capital Region and Region Zealand on January 1, 2027, Interior and Health Minister Sophie Lohde said on Tuesday.

The decision was first promised for June, then for September.

Parliament passed the health structure reform that abolishes the five regions in their current form in May 2024. Voters in both regions elect the first 69-member council of the new region on November 18, alongside municipal elections.

Roskilde's mayor, Anders Vinding, said the city "will not give up" its bid, arguing that the university hospital and the rail hub make it the natural choice. Two officials familiar with the process said Hillerod was likely to win because the Capital Region's administration is already based there.

Region Zealand's council chair, Karen Holm Lassen, could step down before the election if the seat goes to Hillerod, local media reported.

The Region Zealand council holds an extraordinary meeting in Soro on Monday to adopt a joint statement with the 17 municipalities, a council spokesman said. Finance Minister Nicolai Wammen is expected to present a 2.1 billion crown transition fund next week, according to a finance ministry official.

Read more: Danish central bank holds rates after ECB decision

Prime Minister Mette Frederiksen is due to visit Zealand University Hospital in Koge on Friday, where she may announce funding for a new psychiatric wing.

The Danish People's Party has said it would scrap the merger if it returns to government.

Analysts say turnout in the regional vote could fall below 65 percent, as regions remain the least understood tier of Danish government. "Most voters cannot name their regional councillor," said Mette Brandt, a political scientist at Roskilde University.
"""},

"h261en02": {"outlet": "Waipaoa Wire (Gisborne)", "published": "2026-06-17", "text": """Will Tairawhiti get its regional deal before the election?

GISBORNE, June 17 (Waipaoa Wire) - Cabinet will decide on Monday whether to sign a 30-year regional deal with Tairawhiti covering roads, housing and flood protection, Regional Development Minister Shane Jones said on Tuesday.

Jones said the deal was "very likely" to be signed in Gisborne before the end of July.

The Gisborne District Council submitted its proposal in November 2025, more than two years after Cyclone Gabrielle cut most of the region's roads.

Gisborne Mayor Mereana Tawhai said the council would not accept a deal that required it to sell its social housing. The package is expected to include about NZ$400 million over ten years, two officials said.

The New Zealand Defence Force (NZDF) will send army engineers to build two temporary Bailey bridges on State Highway 35 from July 1, the defence force said in a statement.

Prime Minister Christopher Luxon is expected to visit Gisborne in mid-July, his office said.

Read more: Fonterra lifts milk price forecast for new season

New Zealand votes in a general election on November 7. Labour's regional development spokesman, Hemi Walker, said a Labour government would honour the deal but may review its forestry components.

The Environment Ministry could tighten rules on forestry slash before the end of the year, a ministry official said, after logging debris blocked bridges in several storms.

Ngati Porou leaders will meet Jones in Ruatoria within 14 days to discuss the deal's Maori housing component, a spokeswoman for Te Runanganui o Ngati Porou said.

Analysts say roadworks under the deal are unlikely to start before 2027, given the time needed for consents and tenders. "The region has heard many promises since the cyclone, and people want to see machines on the road," said Tania Brooke, an economist at a Napier consultancy.
"""},

"h261en03": {"outlet": "Lunan Wire (Arbroath)", "published": "2027-04-21", "text": """Will Arbroath keep its Royal Marines?

ARBROATH, April 21 (Lunan Wire) - Britain's Ministry of Defence will announce by the end of May whether 45 Commando stays at RM Condor in Arbroath or moves to Devon under the defence estate review, Armed Forces Minister Al Carns said on Tuesday.

Carns said the government "will not close the base" without consulting the Scottish Government. He is expected to visit Arbroath next month, his office said.

The review, published in draft in January, listed Condor among 14 sites "under consideration". The unit has been based in Arbroath since 1971 and the base supports about 700 local jobs.

Scottish Economy Secretary Fiona Rennie said she would travel to London next week for talks with Defence Secretary John Healey.

Two MoD officials said a move was unlikely before 2030 even if it were approved. A decision to keep the unit could come with a 60 million pound investment in new barracks, according to a person familiar with the review. The MoD has not said whether the Condor airfield would be sold.

Angus Council's leader, Gordon Kerr, said the council would hold an emergency meeting in Forfar on Thursday. Voters in Angus elect a new council on May 6.

Read more: Dundee port wins contract for offshore wind turbines

About 400 marines from the unit will take part in a NATO exercise in northern Norway from May 10 to May 28, the Royal Navy said.

Analysts say the MoD is likely to keep the commando unit in Arbroath but cut civilian posts at the base. "Moving a commando unit is expensive, and the Treasury knows it," said Ewan Duthie, a defence analyst at a think tank in Edinburgh.
"""},

"h261en04": {"outlet": "Sperrin Wire (Londonderry)", "published": "2026-10-14", "text": """Can Magee reach 10,000 students with Dublin's money?

LONDONDERRY, Oct 14 (Sperrin Wire) - The Irish government will commit up to 50 million euros from its Shared Island Fund to the expansion of Ulster University's Magee campus at a North-South Ministerial Council plenary in Armagh on November 6, Taoiseach Micheal Martin said on Tuesday.

Northern Ireland's Economy Minister Caoimhe Archibald said the Executive was "likely" to match the sum in its budget for 2027-28. She will brief the Assembly's economy committee tomorrow.

Magee admitted its first cohort of medical students in August 2021. The campus now has about 5,000 students.

A Treasury decision on a matching City Deal top-up is not expected before the Budget on November 25, a UK government official said.

Secretary of State Hilary Benn will visit the campus on Friday.

Leaders are due to discuss cross-border student fees at the British-Irish Council summit in Guernsey in late November, diplomats said.

The DUP's Alan Boyd, an Assembly member for Foyle, said his party would not oppose Dublin's funding as long as the money went through the Executive.

Read more: Derry City and Strabane council approves riverfront plan

Niamh Clarke, Magee's provost, said the university would submit a revised business case within 30 days. Student numbers are expected to reach 7,000 by September 2028, the university said.

Analysts say Sinn Fein may make Magee a central pledge before the Assembly election in May 2027. "For a generation, the campus has been the symbol of the north-west being left behind," said Ciaran Doherty, a lecturer in politics at a Belfast university.

The expansion was first promised in the 1960s, when the decision to site the New University of Ulster in Coleraine rather than Derry became a grievance for the city.
"""},

"h261en05": {"outlet": "Nevezis Wire (Panevezys)", "published": "2027-01-13", "text": """Who will run Panevezys? Lithuania's local election race opens

PANEVEZYS, Jan 13 (Nevezis Wire) - Lithuanians will elect municipal councils and mayors on March 7, with run-offs two weeks later where no mayoral candidate wins a majority, the Central Electoral Commission (VRK) said on Tuesday.

Candidate lists must be filed by January 27, VRK chairwoman Lina Petroniene said.

Panevezys Mayor Vytautas Baltrunas, who has run the city since 2015, said on Monday he would seek a fourth term. He won 61 percent in the first round in 2023. Panevezys, Lithuania's fifth-largest city, has about 87,000 residents. Nemuno Ausra, the junior coalition partner, is expected to field lawmaker Egle Zukauskiene, party officials said.

Deputy Mayor Ruta Kazlauskaite is expected to resign before the end of January to run against Baltrunas, local media reported.

The State Security Department (VSD) warned that Russia could try to influence the campaign through social media.

Foreign Minister Kestutis Budrys is expected to seek EU sanctions against three Belarusian smuggling networks when EU foreign ministers meet in Brussels on January 26, a foreign ministry official said. Balloons sent from Belarus forced Vilnius airport to close several times last year.

Read more: Lithuania extends border fence along Belarus frontier

President Gitanas Nauseda said on Tuesday that a ceasefire in Ukraine was unlikely before the summer.

The army will hold a snap readiness exercise around Panevezys in early February, the Lithuanian Armed Forces said. Prime Minister Inga Ruginiene will visit the city on Friday to open the rebuilt railway station.

Analysts say turnout is likely to stay below 50 percent. "Local campaigns here are about heating bills and roads, not Moscow," said Darius Mickus, a political analyst at a Kaunas think tank.
"""},
}
