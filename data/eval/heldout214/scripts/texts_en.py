"""English texts of heldout214, written for this project in one sitting. Invented or generic facts."""

EN = {
"h214en01": {"outlet": "Sumburgh Wire (Lerwick)", "published": "2025-08-19", "text": """Will Miliband approve Rosebank before winter? Shetland waits on oilfield decision

LERWICK, Aug 19 (Sumburgh Wire) - Britain's energy department will publish revised guidance on assessing the climate impact of new offshore oil and gas fields on Thursday, a department spokesman said on Monday, clearing the way for a fresh decision on Equinor's Rosebank project west of Shetland.

Scotland's Court of Session quashed the field's original consent in January, ruling that emissions from burning its oil had not been assessed.

Energy Secretary Ed Miliband is expected to rule on a new application before the end of October, two government officials said. Equinor's UK country manager, Ingrid Haugland, said the company would resubmit its environmental statement within 30 days of the guidance being published. Equinor and its partner Ithaca Energy are expected to sign a processing agreement with the Sullom Voe operator before the end of the year, the company said.

Shetland Islands Council will hold a special meeting next Tuesday to agree its formal response, council leader Moraig Sinclair said.

Scotland's First Minister John Swinney said on Sunday his government "will not stand in the way" of the field but wanted a transition fund for the islands.

Read more: Shetland salmon exports hit record

Norway's energy minister, Terje Aasland, is due in Aberdeen next month for talks with Miliband on cross-border carbon storage, the Norwegian embassy said. Miliband is also likely to visit the Sullom Voe terminal in September, according to a person familiar with his plans.

Alistair Carmichael, the Liberal Democrat MP for Orkney and Shetland, said he would seek an urgent question when Parliament returns on September 1.

Separately, the government could add more shadow-fleet tankers that pass through the Fair Isle channel to its sanctions list as early as next week, a Foreign Office official said.

Analysts say Rosebank could become an issue in the Scottish Parliament election in May next year.
"""},

"h214en02": {"outlet": "Aspromonte Wire (Gioia Tauro)", "published": "2026-09-23", "text": """Can Gioia Tauro win a carbon reprieve from Brussels?

GIOIA TAURO, Sept 23 (Aspromonte Wire) - Italy will formally ask the European Commission on Monday to exempt large Mediterranean transshipment hubs such as Gioia Tauro from the maritime rules of the EU emissions trading system, Transport Minister Matteo Salvini said on Tuesday.

Since shipping entered the EU carbon market in January 2024, carriers have moved some transfers to Tanger Med in Morocco and Port Said East in Egypt, which sit outside the scheme. Volumes at Gioia Tauro could fall by as much as 10 percent this year, the port authority's president, Franco Morabito, said.

Climate Commissioner Wopke Hoekstra is expected to present a review of the maritime rules in early November, two Commission officials said. They said he has not decided whether to widen the list of neighbouring ports treated as EU ports.

Calabria's regional president, Roberto Occhiuto, said he would lead a delegation of mayors from the Gioia Tauro plain to Brussels next week.

MSC, whose Medcenter unit runs the main terminal, may move two more weekly services to Tanger Med from January unless Rome secures an exemption, a company official said.

Read more: Calabria approves hospital plan

Analysts say carriers will not return to the Suez route in large numbers unless the truce between the Houthis and the United States holds. The truce is due to be reviewed by Omani mediators in Muscat in mid-October.

The Italian navy will keep a frigate in the Red Sea under the EU's Aspides mission until the end of February, the defence ministry said.

Salvini also said works on the bridge over the Strait of Messina, linking Calabria with Sicily, would start before the end of the year. Occhiuto, who was re-elected in an early regional vote last October, backs the project ahead of Italy's next general election, due by the end of 2027.
"""},

"h214en03": {"outlet": "Nalon Wire (Gijon)", "published": "2027-03-10", "text": """ArcelorMittal board to decide on Gijon green steel plant as EU quotas bite

GIJON, March 10 (Nalon Wire) - ArcelorMittal's board will decide on Thursday, March 18, whether to build a 1.1 million-tonne direct reduced iron plant in Gijon, the group's Spanish unit said on Tuesday, more than two years after the project was put on hold.

The company shelved the plan in November 2024, citing high energy costs and weak demand for low-carbon steel in Europe.

Industry Minister Jordi Hereu said the government would raise its grant for the plant to 600 million euros if the board approved it, and that he planned to visit the Aviles site next week. A European Commission spokesperson said Brussels had not yet cleared the aid under state-aid rules and that a decision was unlikely before June.

The EU's new steel import regime, which halved tariff-free quotas and imposed a 50 percent duty above them, took effect last July. Trade Commissioner Maros Sefcovic is expected to propose further cuts for Chinese and Indian steel by the end of April, diplomats said.

Asturias's regional president, Adrian Barbon, will meet ArcelorMittal Europe's chief executive, Geert Van Poelvoorde, in Madrid on Monday, his office said. The CCOO and UGT unions have called a strike at the Gijon and Aviles plants on March 25 and 26.

Read more: Spain's jobless rate falls to lowest since 2008

Prime Minister Pedro Sanchez will raise steel at the European Council on March 25-26, a government source said.

The regional industry minister, Marta Quiros, could step down if the plant is cancelled, two people close to her said.

Asturias holds a regional election on May 23, and analysts say Barbon's Socialists could lose ground in the industrial belt around Gijon and Aviles if the project collapses.

"Without the plant, the blast furnaces have perhaps a decade left," said Ramon Llaneza, an economist at the University of Oviedo.
"""},

"h214en04": {"outlet": "Capibaribe Wire (Recife)", "published": "2026-05-12", "text": """Will the Transnordestina reach Suape before Brazil votes?

RECIFE, May 12 (Capibaribe Wire) - Brazil's federal government will sign an amendment to the Transnordestina railway concession on Friday that makes it responsible for building the line's Pernambuco branch to the port of Suape, Transport Minister Marcos Teles said on Monday.

President Luiz Inacio Lula da Silva is expected to attend the ceremony in Recife, the minister added.

The branch has barely advanced since the Federal Court of Accounts (TCU) froze payments on it in 2017, citing cost overruns.

Tenders for the first 150 km, between Salgueiro and Arcoverde, will open in July, according to the ministry, and the army's construction engineering battalion will start clearing the route near Custodia in June, the army said.

Pernambuco Governor Raquel Lyra said the state would put in 300 million reais. Her main rival, Joao Campos, who stepped down as Recife mayor in April to run for governor in the October 4 election, called the deal "an electoral promise with a ribbon on it".

CSN, which controls the current concessionaire, may challenge the amendment in court, two people familiar with the company's thinking said.

Teles will meet Chinese bank executives in Sao Paulo next week to discuss financing for the remaining 400 km, his office said. Lula hopes to raise the project with Xi Jinping at the BRICS summit in India later this year.

Read more: Brazil's central bank signals pause in rate cuts

Farmers in the Sao Francisco valley have long complained that their fruit takes two days by truck to reach the coast.

Analysts say the branch is unlikely to carry freight before 2030. "Every government signs something on this railway before an election," said Beatriz Cavalcanti, a political scientist at the Federal University of Pernambuco. "The question is who is still paying for it after the ballots are counted."
"""},

"h214en05": {"outlet": "Sakurajima Wire (Kagoshima)", "published": "2027-01-26", "text": """Japan to open Mageshima base in March as island city heads to the polls

KAGOSHIMA, Jan 26 (Sakurajima Wire) - Japan's Self-Defense Forces will open their new base on Mageshima, an uninhabited island off southern Kyushu, on March 31, Defense Minister Shinjiro Koizumi told reporters on Tuesday.

Japan bought the island for about 16 billion yen in December 2019 to host a runway for U.S. carrier pilots and an air base for its own forces. The island lies about 12 km west of Tanegashima, home to Japan's main rocket launch site.

The first U.S. field carrier landing practice on Mageshima is expected in early May, two defense ministry officials said. Japan and the United States are also expected to sign an updated cost-sharing annex covering the base before the end of March, they said.

Kagoshima's prefectural assembly will question ministry officials about noise and fishing compensation at a special committee session tomorrow.

Nishinoomote, the Tanegashima city that administers Mageshima, holds a mayoral election on February 28. Mayor Shunsuke Yaita has not said whether he will run again, but said on Monday the city "will not accept" night flights over Tanegashima.

Read more: Kagoshima eyes Taiwan tourists as direct flights resume

U.S. Ambassador George Glass is due in Kagoshima next week for talks with Governor Koichi Shiota, the U.S. Embassy said.

China's foreign ministry said on Monday the base "does not serve regional stability" and warned that Beijing could take "necessary measures". Analysts say Beijing may add Japanese contractors working on the base to its export-control list.

Koizumi and U.S. Defense Secretary Pete Hegseth are likely to discuss the base at two-plus-two talks in Washington in April, a ministry official said.

Fishermen on Tanegashima say construction has already pushed flying fish away from their grounds, and their cooperative wants compensation doubled.
"""},
}
