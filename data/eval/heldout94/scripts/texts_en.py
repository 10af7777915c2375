"""English texts of heldout94, written for this project on 2026-12-03. Invented or generic facts."""

EN = {
"h94en01": {"outlet": "Perfume River Wire (Hue)", "published": "2025-11-04", "text": """Can central Vietnam rebuild before the next storm? Hanoi readies flood relief package

HUE, Nov 4 (Perfume River Wire) - Vietnam's National Assembly will vote on Friday on a 5 trillion dong ($190 million) emergency package for central provinces flooded after Storm No. 12, Deputy Finance Minister Tran Quoc Viet told lawmakers on Monday.

Floodwaters reached rooftops in Hue and Da Nang last week, killing at least 47 people.

Prime Minister Pham Minh Chinh is expected to visit Quang Ngai and Hue on Thursday to inspect dykes, his office said. The Ministry of National Defence said about 5,000 soldiers would clear landslides on the Ho Chi Minh Road within 10 days.

The director of the company operating a hydropower plant in Quang Tri resigned on Saturday after police opened an investigation into water releases from its reservoir. The head of the province's irrigation department could also step down by the end of November, when the inquiry is due to report, two provincial officials said.

Japan will sign a 300 million yen emergency grant agreement with Vietnam on Friday, and a team from the Japan International Cooperation Agency (JICA) will arrive in Hue next week to assess bridges, the Japanese embassy said.

Read more: Rice prices climb as Mekong Delta exporters hold stocks

The agriculture ministry said on Sunday that Vietnam "will not restrict rice exports" because the Mekong Delta harvest was unaffected.

Vietnam will propose a regional typhoon insurance pool when ASEAN disaster management ministers meet in Manila in the second week of December, foreign ministry spokeswoman Pham Thu Hang said.

Some delegates said the National Election Council might allow flood-hit communes to publish voter lists later than other areas ahead of the general election on March 15.

Analysts say the State Bank of Vietnam could extend debt relief for flood-hit borrowers when it meets commercial lenders later this month, though the central bank has not commented."""},
"h94en02": {"outlet": "Ikoyi Wire (Lagos)", "published": "2026-05-19", "text": """Nigeria's unions threaten shutdown over power tariff rise

LAGOS, May 19 (Ikoyi Wire) - The Nigeria Labour Congress (NLC) and the Trade Union Congress (TUC) will begin an indefinite nationwide strike on June 1 unless the electricity regulator reverses a 40% tariff increase for most urban customers, NLC President Joe Ajaero said on Monday.

The Nigerian Electricity Regulatory Commission (NERC) raised tariffs for Band A and Band B customers on May 1, the second increase in two years.

The National Industrial Court will hear the government's application to restrain the strike next Monday, a court registrar said.

Labour Minister Grace Ekpo said the government "will not negotiate under threat", but she is expected to meet union leaders in Abuja on Thursday. President Bola Tinubu is likely to join the talks if they stall, two presidency officials said.

TUC President Festus Osifo said the unions would boycott Thursday's meeting unless the regulator suspended the increase first.

NERC chairman Musiliu Oseni said the commission "would not suspend" the new tariffs, but could review the bands in July after an audit of metered customers.

Read more: Naira steadies as central bank sells dollars to banks

Defence Headquarters said troops would guard key substations of the national grid from Friday.

The oil and gas senior staff union PENGASSAN has not decided whether to join the strike, a spokesman for the union said.

The African Democratic Congress, the main opposition coalition, will discuss the tariff at a meeting of its governors in Kano on May 27, its national publicity secretary Bolaji Abdullahi said.

An official of the Independent National Electoral Commission (INEC) said the June 20 deadline for party primaries could be extended if the strike disrupts transport.

Analysts expect the government to offer a partial reversal for Band B customers before June 1, and say the dispute could cost the ruling All Progressives Congress votes in the 2027 election."""},
"h94en03": {"outlet": "Usaquen Wire (Bogota)", "published": "2025-09-16", "text": """Will Colombia's pension overhaul survive the court? Ruling due as U.S. decertification stings

BOGOTA, Sept 16 (Usaquen Wire) - Colombia's Constitutional Court is expected to rule on President Gustavo Petro's pension overhaul on September 25, two aides to the magistrates said, days before the reform is due to take effect on October 1.

The court sent the law back to Congress in June over a procedural flaw, and the House of Representatives repeated the vote within days.

Labor Minister Antonio Sanguino said the government would not delay the reform "by a single day" if the court upholds it, and that the state fund Colpensiones would sign transfer agreements with the private funds in October.

Sanguino will meet the heads of Asofondos, the association of private pension funds, on Thursday to discuss the transition.

Read more: Colombian peso weakens after U.S. drug decision

On Monday, Washington decertified Colombia as a partner in the fight against drugs for the first time since 1997. U.S. officials have warned that the Treasury could add Colombian officials to its sanctions list if coca cultivation keeps rising.

Petro is due to address the U.N. General Assembly in New York next week, where he is expected to criticise the decision, his office said.

Defence Minister Pedro Sanchez said the armed forces would launch a new offensive against the Gulf Clan in Antioquia next month.

Peace commissioner Otty Patino said the ceasefire with the Comuneros del Sur, which ends on October 31, was likely to be extended until a final agreement is signed.

Colombians elect a new Congress on March 8, alongside several presidential primaries. Analysts say the court ruling could become the main campaign issue for the left if the reform is struck down.

Finance Minister German Avila is expected in Washington for the IMF and World Bank meetings in mid-October, a ministry official said, but has not said whether he will seek a new credit line."""},
"h94en04": {"outlet": "Dobrogea Wire (Tulcea)", "published": "2026-09-15", "text": """Romania weighs shoot-down powers after drone hits Tulcea farm

TULCEA, Sept 15 (Dobrogea Wire) - President Nicusor Dan will chair an emergency meeting of the Supreme Council of National Defence (CSAT) on Thursday after a drone crashed on a farm near Tulcea on Sunday night, the Presidential Administration said.

No one was hurt, but the blast damaged a barn and two houses in the village of Plauru, across the Danube from the Ukrainian port of Izmail.

Defence Minister Radu Miclea said the drone was a Russian-made Geran-2 and that the army would deploy two more Gepard anti-aircraft systems along the Danube by the end of the month. Miclea, who faces calls from the opposition to quit, said he would not resign.

The foreign ministry summoned Russia's ambassador on Monday and said Bucharest would push for Russian drone makers to be added to the European Union's next sanctions package. EU foreign ministers could discuss the package in Brussels on October 19, two EU diplomats said.

Parliament is expected to vote next week on an amendment allowing the army to shoot down drones over populated areas without the defence minister's prior approval, coalition leaders said. George Simion's AUR, the largest opposition party, has not decided whether to back it.

Read more: Constanta port traffic rises despite Black Sea risks

NATO spokeswoman Allison Hart said allied jets patrolling under the Eastern Sentry mission would stay over Romania's Black Sea coast "at least until the end of the year".

Ukrainian Foreign Minister Andrii Sybiha is expected in Bucharest next week to discuss joint drone detection along the river, diplomats said.

Dan will also raise the incident at the European Council in Brussels on October 22-23, his spokesman said.

Analysts say Moscow could test Romanian air defences again before winter, as attacks on Ukraine's Danube ports usually intensify in the autumn."""},
"h94en05": {"outlet": "Korkyt Wire (Kyzylorda)", "published": "2027-04-07", "text": """Will Baiterek finally fly? Kazakhstan sets date for first Soyuz-5 launch

BAIKONUR, April 7 (Korkyt Wire) - The first Soyuz-5 rocket will lift off from the Baiterek launch complex at Baikonur on April 24, Kazakhstan's Ministry of Digital Development, Innovation and Aerospace Industry said on Tuesday, after the flight slipped twice since December 2025.

Baiterek, a joint Kazakh-Russian project first agreed in 2004, is meant to give Kazakhstan its own commercial launch business.

Minister Zhaslan Madiyev said President Kassym-Jomart Tokayev would attend the launch, and that Astana "will not extend" Russia's lease of the cosmodrome beyond 2050.

Roscosmos head Dmitry Bakanov is also expected at Baikonur and could hold talks with Tokayev on the lease terms, two officials familiar with the plans said.

The Kazakh-Russian intergovernmental commission on Baikonur meets in Astana in the second half of May to discuss handing back unused parts of the site to Kazakhstan, the ministry said.

Nurlan Dzhaksybekov, who headed the national space agency Kazcosmos, stepped down last month after delays to a remote-sensing satellite.

Read more: Kazakhstan's wheat exports to China hit a record

A Kazakh cosmonaut is likely to fly to the International Space Station in 2028 under an agreement expected to be signed during Tokayev's visit to Moscow in May, a government source said.

A U.S. State Department official said Washington could extend sanctions to joint ventures that use Russian rocket components.

Russia's defence ministry may withdraw its last tracking units from Baikonur by the end of 2028, according to Kazakh officials.

Tokayev is expected to raise space cooperation with Chinese President Xi Jinping at the China-Central Asia summit in June, where a satellite data centre in Almaty is on the agenda.

Aidar Zhumabekov, a space policy researcher at Nazarbayev University, said the launch was "a test of whether Baiterek is a business or a monument", and that commercial customers were unlikely before 2029."""},
}

