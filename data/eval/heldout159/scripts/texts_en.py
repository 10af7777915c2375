"""English texts of heldout159, written for this project in one sitting. Invented or generic facts."""

EN = {
"h159en01": {"outlet": "Embakasi Wire (Nairobi)", "published": "2026-06-09", "text": """Kenya opens pipeline share sale this month as court challenge looms

NAIROBI, June 9 (Embakasi Wire) - Kenya will open the initial public offering of a 65 percent stake in Kenya Pipeline Company (KPC) on June 22, Treasury Cabinet Secretary John Mbadi said on Monday, the largest share sale on the Nairobi Securities Exchange (NSE) in nearly two decades.

The offer will close on July 10, and the shares are expected to start trading on July 27, he said.

The cabinet approved the sale last week. The offer had slipped twice since February, when lawmakers demanded a fresh valuation.

The High Court will hear a petition to suspend the offer on Thursday. The Kenya Consumers Forum, which filed it, argues that parliament never approved the privatisation list. A ruling could come before the offer opens, a lawyer for the petitioners said.

Uganda National Oil Company (UNOC) is likely to buy up to 10 percent of the shares, two officials familiar with the talks said. Uganda's Energy Minister Ruth Nankabirwa is due in Nairobi next week to sign a memorandum on the purchase, they added.

Read more: Kenyan shilling steady as central bank holds rate

KPC's managing director, Peter Kiprono, is expected to step down after the listing, a person close to the board said.

Mbadi said the state would keep the remaining 35 percent and "will not give up control of the network". Opposition leader Kalonzo Musyoka said a future government could reverse the sale after the general election in August 2027.

President William Ruto is expected to pitch the offer to regional investors at the East African Community summit in Arusha at the end of June, his office said.

Analysts say weak demand from pension funds could force the Treasury to extend the offer period. "Investors want a clear dividend policy first," said Wairimu Ndegwa, an economist at a Nairobi investment bank.
"""},

"h159en02": {"outlet": "Libertad Wire (Pasay City)", "published": "2026-01-14", "text": """Will Canadian troops join Balikatan? Philippine Senate to vote on visiting forces pact

PASAY CITY, Jan 14 (Libertad Wire) - The Philippine Senate will vote on Monday on concurring in the Status of Visiting Forces Agreement (SOVFA) with Canada, Senate President Vicente Sotto III said on Tuesday.

The agreement, signed in Manila in November, needs the votes of at least 16 of the 24 senators. Senator Ramon Dizon, who chairs the foreign relations committee, said it was "very likely" to pass, with no more than three senators opposed.

If the Senate concurs, the pact will take effect 30 days after both sides exchange diplomatic notes, a foreign affairs official said.

Canadian troops would then join the annual Balikatan exercises with U.S. and Philippine forces from April 20 to May 8, Armed Forces chief General Romeo Brawner Jr. told reporters.

Canada's Defence Minister David McGuinty is expected to visit Manila in mid-February for talks with Defence Secretary Gilberto Teodoro, two officials said. Teodoro said the agreement "will not allow Canada to set up any base" in the country.

China's foreign ministry said on Wednesday that Beijing "firmly opposes" military pacts that target third parties. It has not said how it would respond, but Chinese sanctions on Canadian defence firms could follow, diplomats in Manila said.

Read more: Manila protests new Chinese buoys near Sabina Shoal

The Philippines chairs ASEAN this year. President Ferdinand Marcos Jr. will host the first ASEAN summit of the Philippine chairmanship in May and is expected to press there for a binding South China Sea code of conduct, the Presidential Communications Office said.

Analysts say the vote may also speed up talks on a similar pact with France, which could be signed before the end of the year. "Manila wants as many partners in its waters as possible," said Celeste Abinales, a security researcher in Quezon City.
"""},

"h159en03": {"outlet": "Turunciuc Wire (Palanca)", "published": "2027-05-19", "text": """Moldova and Ukraine move to settle the Palanca road after a quarter century

PALANCA, May 19 (Turunciuc Wire) - Moldova and Ukraine will sign a protocol handing over ownership of a 7.7 km stretch of the Odesa-Reni highway near Palanca on Friday, when their intergovernmental commission meets in Odesa, Moldova's foreign ministry said on Tuesday.

Moldova ceded the road to Ukraine under a 1999 border treaty in exchange for access to the Danube at Giurgiulesti, but the transfer of property was never completed. The signing has slipped twice since January, over a Moldovan-owned farm beside the road.

Deputy Prime Minister Mihai Popsoi said parliament would ratify the protocol before the end of June and that Moldova "will not give up a single hectare beyond the treaty".

Ukraine is expected to finish a bypass that keeps Moldovan traffic off the section by the end of the year, Ukraine's ambassador in Chisinau, Marko Shevchuk, said. Kyiv does not expect a ceasefire with Russia before the winter, he added.

The mayor of Palanca, Ion Harea, has threatened to resign if farmers lose access to their fields.

President Maia Sandu is likely to travel to Kyiv in early June for talks with President Volodymyr Zelenskiy on power links, a presidency source said.

Read more: Moldova's inflation slows to 4 percent in April

The opposition Party of Socialists (PSRM) said it would ask the Constitutional Court to review the protocol. Its leader, Igor Dodon, has not said whether the party will also call protests.

The European Union has paid for most of the new border crossing at Palanca, which handles about 3,000 vehicles a day.

Analysts say the deal could unlock EU funding for a rail link between Giurgiulesti and Reni as early as next year. "Both governments want to show Brussels they can close old files," said Elena Gutu, an analyst at a Chisinau think tank.
"""},

"h159en04": {"outlet": "Tucavaca Wire (Puerto Suarez)", "published": "2027-03-16", "text": """Can Mutun finally make Bolivian steel? Plant start set for April after years of delay

PUERTO SUAREZ, March 16 (Tucavaca Wire) - Bolivia's Mutun steel plant will produce its first rebar on April 9, Mining Minister Javier Saavedra said on Monday, more than five years after construction began near the Brazilian border.

President Rodrigo Paz will attend the start-up ceremony, the presidency said.

The start has slipped twice since October, when the gas line from the national network failed pressure tests.

State energy company YPFB is expected to sign a ten-year gas supply contract with the plant's operator, Empresa Siderurgica del Mutun (ESM), next week, Saavedra said. He added that the government "will not raise the price of gas for the plant" above the industrial tariff.

Sinosteel, the Chinese contractor, handed over the rolling mill in January, the company said in a statement.

The government may impose safeguard duties on imported Chinese rebar to protect the plant's sales, two economy ministry officials said, though no decision has been taken.

Read more: Bolivia's central bank sells dollars to importers at a new rate

ESM president Marcelo Justiniano is expected to step down after the start-up, a company source said. He has led the firm since 2024.

Brazil's mines and energy minister will visit Puerto Suarez in May to discuss selling Mutun iron ore to steelmakers in Corumba, the Brazilian embassy in La Paz said.

The Senate's economic development committee will question Saavedra on cost overruns on Wednesday, its chairwoman, Senator Ana Lucia Rojas, said. The plant's cost has risen to about $546 million from an initial $396 million.

Analysts say the plant could cover half of Bolivia's rebar demand by 2028 if gas supply holds. "The iron has been in the hill for a century; the question was always energy," said Rodrigo Mercado Soliz, an industrial economist in Santa Cruz.
"""},

"h159en05": {"outlet": "Muynak Wire (Nukus)", "published": "2026-08-25", "text": """Will Nukus get an Aral Sea deal? Central Asian leaders to meet on the dried sea's edge

NUKUS, Aug 25 (Muynak Wire) - Central Asian leaders will meet in Nukus on September 17 for a summit of the International Fund for Saving the Aral Sea (IFAS), at which Uzbekistan takes over the fund's chairmanship from Kazakhstan, Foreign Minister Bakhtiyor Saidov said on Monday.

Foreign ministers will meet in Nukus a day earlier to finish a joint declaration, he said. It will be the first IFAS summit since leaders met in Dushanbe in September 2023.

Kazakh President Kassym-Jomart Tokayev and Tajik President Emomali Rahmon have confirmed that they will attend, a diplomat in Tashkent said. Turkmenistan has not said whether Serdar Berdimuhamedov will come.

Water Resources Minister Shavkat Khamraev said the leaders were expected to sign a memorandum on sharing Amu Darya flow data in real time. Uzbekistan "will not accept" new river quotas before the impact of Afghanistan's Qosh Tepa canal is measured, he said.

Read more: Uzbekistan lifts export limits on cotton yarn

The Taliban administration has not been invited, but an Afghan technical delegation could attend as observers, officials in Nukus said.

UN Deputy Secretary-General Amina Mohammed will visit Muynak on the eve of the summit to launch a new phase of the UN trust fund for the Aral Sea region, the UN office in Tashkent said.

Uzbekistan plans to plant saxaul shrubs on another 500,000 hectares of the dried seabed by the end of 2027, the ecology ministry said.

The Aral Sea has lost about 90 percent of its volume since the 1960s, and dust storms from the exposed bed reach Tashkent.

Analysts say a binding water-sharing treaty is unlikely before 2028, because upstream Kyrgyzstan and Tajikistan want payment for storing water. "Everyone agrees on the diagnosis, nobody agrees on the bill," said Dilnoza Yusupova, a water policy researcher in Tashkent.
"""},
}
