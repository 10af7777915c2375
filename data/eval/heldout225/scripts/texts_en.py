"""English texts of heldout225, written for this project in one sitting. Invented or generic facts."""

EN = {
"h225en01": {"outlet": "Wkra Wire (Plock)", "published": "2026-03-19", "text": """Will Poland keep Kazakh oil flowing to Schwedt?

PLOCK, March 19 (Wkra Wire) - Poland will decide before the end of March whether to extend the transit of Kazakh crude to Germany's Schwedt refinery through the Druzhba pipeline for another year, Energy Minister Milosz Motyka said on Wednesday.

The current arrangement, agreed in January 2025, expires on April 30, Motyka told reporters in Plock, where the pipeline's northern branch meets Orlen's refinery.

Kazakhstan's Energy Minister Yerlan Akkenzhenov is expected in Warsaw next week for talks with Motyka, two officials said.

Flows through the northern branch fell by a third last month after a Ukrainian drone hit a pumping station in Russia's Bryansk region, pipeline operator PERN said. Its chief executive, Grzegorz Pawlak, warned that Ukraine could strike the line again, adding that PERN "will not pump a barrel of Russian crude under any circumstances".

Read more: Orlen posts record refining margin for fourth quarter

German Economy Minister Katherina Reiche said Berlin would ask for a two-year extension and planned to raise the issue with Motyka in Berlin on April 8. Schwedt, which supplies most of the fuel sold in and around Berlin, has been under German state trusteeship since 2022.

The European Commission is likely to propose ending the Druzhba exemption from EU sanctions on Russian oil in its next package, due in June, EU diplomats said.

Orlen, which has long eyed a stake in Schwedt, has not decided whether to bid if Rosneft's German unit is put up for sale, a company spokesman said.

Analysts say Warsaw is unlikely to refuse the extension, but could demand higher transit fees from July. "Poland gains leverage over Berlin every time this contract comes up," said Agnieszka Wrona, an energy analyst at a Warsaw think tank.
"""},

"h225en02": {"outlet": "Vuka Wire (Vukovar)", "published": "2025-08-22", "text": """Croatia and Serbia to revive Danube border talks after island standoff

VUKOVAR, Aug 22 (Vuka Wire) - Croatia and Serbia will hold the first meeting of their interstate border commission in four years in Belgrade on September 9-10, Croatia's foreign ministry said on Thursday. The meeting had been planned for June but was postponed twice.

The announcement came after Serbian police on Sunday turned back a group of Croatian farmers from a Danube island near Sarengrad where they own maize fields.

The two countries have never agreed on the river border. Zagreb wants it to follow the old cadastral lines, which leave about 10,000 hectares on the Serbian bank in Croatia, while Belgrade wants the middle of the main channel.

Foreign Minister Gordan Grlic Radman said Croatia "will not give up a single hectare" and could take the dispute to international arbitration if the talks fail by the end of the year.

His Serbian counterpart, Marko Djuric, said Belgrade expected "a pragmatic solution" at the commission.

The farmers will be allowed to harvest on the island under police escort from Monday, a Croatian interior ministry official said, and Croatian police will step up river patrols between Vukovar and Ilok over the next two weeks.

Read more: Slavonian farmers count losses after summer drought

Prime Minister Andrej Plenkovic and Serbian President Aleksandar Vucic are likely to discuss the border on the sidelines of the Berlin Process summit in London on October 22, diplomats said.

Vucic has said Serbia may hold early parliamentary elections by December, a prospect that Croatian officials fear could harden Belgrade's position.

The Vukovar-Srijem county prefect, Tomislav Sabo, said the county would ask the government to compensate the farmers within 30 days.

Analysts say a final border deal is unlikely before 2027. Dragan Petrovic, a border law expert in Osijek, said the commission could at best agree next month on joint management of the islands.
"""},

"h225en03": {"outlet": "Lomond Wire (Glenrothes)", "published": "2025-12-01", "text": """Can anyone save Mossmorran before the flare goes out?

GLENROTHES, Dec 1 (Lomond Wire) - A joint task force of the Scottish and UK governments on the Fife Ethylene Plant at Mossmorran will meet for the first time in Glenrothes on Thursday, First Minister John Swinney's office said on Sunday.

ExxonMobil announced last month that it would close the plant in February, putting about 400 direct jobs and hundreds more at contractors at risk.

A company spokeswoman said ExxonMobil was "not in talks with any buyer" but would consider credible offers until the end of January.

Energy Secretary Ed Miliband is expected to visit the site next week. Scottish Secretary Douglas Alexander said on Saturday that the UK government "will not stand by", although he ruled out nationalisation.

Swinney has said a rescue could involve the Scottish National Investment Bank taking a stake, but officials in Edinburgh say no decision is likely before the task force reports in late January.

Read more: Fife Council sets out winter budget savings

The Unite union will ballot its members at the site on industrial action from December 15 unless ExxonMobil improves its redundancy terms, general secretary Sharon Graham said.

The closure is already shaping the campaign for the Scottish Parliament election on May 7, with Labour and the SNP blaming each other for the decline of Scotland's chemical industry after the Grangemouth refinery stopped processing crude this year.

Shell, which runs the neighbouring Fife NGL plant, could cut output from early March, two people familiar with its plans said.

Analysts say a buyer is unlikely to emerge before the plant shuts. "Nobody builds a cracker business around a 40-year-old unit," said Euan Lindsay, an energy economist at the University of St Andrews.
"""},

"h225en04": {"outlet": "Cupatitzio Wire (Uruapan)", "published": "2027-01-17", "text": """Will avocado inspections resume in Michoacan before the Super Bowl rush?

URUAPAN, Jan 17 (Cupatitzio Wire) - U.S. Department of Agriculture inspectors will return to Michoacan's avocado orchards on February 1, two weeks after they were withdrawn over threats from a criminal group, the U.S. Embassy in Mexico City said on Saturday.

Security Secretary Omar Garcia Harfuch said the federal government would send 1,500 more soldiers and National Guard members to the Uruapan region within ten days, under the second phase of the Plan Michoacan launched in November 2025.

Garcia Harfuch is expected to travel to Uruapan on Tuesday to meet growers and packers, his office said. President Claudia Sheinbaum will review the plan with her security cabinet tomorrow.

The Association of Avocado Producers and Packers Exporters of Mexico (APEAM) said shipments to the United States "will not stop", even during the inspection pause.

Washington has not ruled out new Treasury sanctions on packers accused of paying extortion to the Carteles Unidos group, a State Department official said.

Church mediators in Apatzingan say Carteles Unidos and the Jalisco New Generation Cartel (CJNG) could agree to a truce in the Tierra Caliente region within weeks.

The violence hangs over the June 6 election for governor, in which Alfredo Ramirez Bedolla cannot run again. Morena will name its candidate in late February after an opinion poll, party officials said. Ramirez Bedolla has not said whether he will keep his security secretary, whose resignation opposition lawmakers have demanded since an ambush on a police convoy in November.

Sheinbaum is expected to raise the inspections with U.S. President Donald Trump at a North American leaders' summit planned for March in Washington, Mexican officials said.

Analysts say the army is unlikely to leave the Tierra Caliente before 2028. "Every withdrawal so far has been followed by a new war between the groups," said Mariana Solis, a security researcher in Morelia.
"""},

"h225en05": {"outlet": "Agidel Wire (Ufa)", "published": "2026-10-07", "text": """Ufa's refineries under fire: will Moscow extend the gasoline export ban?

UFA, Oct 7 (Agidel Wire) - Russia's government will decide before the end of October whether to extend a ban on gasoline exports that expires on October 31, Deputy Prime Minister Alexander Novak said on Tuesday.

Ukrainian drones hit two Bashneft refineries in Ufa last week, starting fires that took a day to put out, the regional government said. The two plants can process about 20 million tonnes of crude a year, roughly a tenth of Russia's refining capacity.

Bashkortostan's head, Radiy Khabirov, said repairs at the larger plant would take "about a month" and that fuel rationing at filling stations "will not be introduced". Long queues nevertheless formed at filling stations in several districts of the republic over the weekend.

Two people familiar with the matter said the government was likely to extend the ban until the end of the year and could add diesel from mid-November.

Ukraine's General Staff said it would keep hitting refineries that supply the Russian army.

Read more: Bashkir language activists appeal sentences in Supreme Court

Air defence units from the Central Military District will be deployed around Ufa's industrial zone by the end of next week, the regional government said.

Moscow proposed a moratorium on strikes against energy facilities last month, but Kyiv is unlikely to agree before winter, diplomats said.

The European Union could add Bashneft to its sanctions list in its next package, expected in December, an EU official said.

Rosneft, Bashneft's parent, will ask the finance ministry next month for higher compensation payments under the fuel damper scheme, a company source said.

Kremlin-watchers in Ufa say Khabirov, whose term runs until 2029, could be replaced if shortages spread to other regions.
"""},
}
