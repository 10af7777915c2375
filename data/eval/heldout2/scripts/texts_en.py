"""English articles of the second held-out set (heldout2), written for this project on 2026-11-29
(original wording, invented or generic facts)."""

EN = {}

EN["h2en01"] = dict(outlet="Indus Ledger", published="2026-10-13", text="""\
IMF mission due in Islamabad on Monday as Pakistan seeks staff-level deal

ISLAMABAD, Oct 13 (Indus Ledger) - An International Monetary Fund mission will arrive in Islamabad on Monday for talks on the third review of Pakistan's loan programme, Finance Ministry spokesperson Saima Qureshi said on Tuesday.

The talks are expected to last about two weeks, and officials hope to reach a staff-level agreement before the end of the month.

Two officials familiar with the preparations said the Fund was likely to press for a mini-budget with new taxes on retail traders, a demand the government has so far resisted.

Finance Minister Muhammad Aurangzeb told the National Assembly last week that there would be no new taxes this fiscal year.

The ministry will send a revised plan for clearing power-sector arrears to the Fund within 10 days, Qureshi added.

Prime Minister Shehbaz Sharif is expected to meet IMF Managing Director Kristalina Georgieva on the sidelines of the annual meetings in Washington this week, ahead of the review talks.

Pakistan has signed more than 20 loan agreements with the IMF since the late 1950s.

Economists at Karachi brokerages said a deal could unlock a tranche of about $1 billion, but warned that slippage on energy reforms might push board approval into January.

The State Bank of Pakistan's monetary policy committee meets on October 27, and most analysts polled by the Indus Ledger expect the policy rate to be held at 11%.

Will the government agree to raise gas tariffs before the mission leaves? Qureshi would not say, telling reporters that "all options remain on the table".

The government will not seek a new programme once the current one ends, she said.
""")

EN["h2en02"] = dict(outlet="Caribbean Current", published="2027-01-21", text="""\
Antigua's Browne weighs snap poll as opposition readies its slate

ST. JOHN'S, Antigua, Jan 21 (Caribbean Current) - Prime Minister Gaston Browne could call an early general election as soon as next month, two senior members of his Antigua and Barbuda Labour Party said on Wednesday, although the vote is not due until 2028.

Browne is expected to announce his decision after returning from the CARICOM heads of government meeting in mid-February, the party members said.

The Electoral Commission said in a statement that voter registration would close on February 12 and that a revised register would be published two weeks later.

United Progressive Party leader Marcia Hodge said her party would unveil its full slate of 17 candidates on Saturday and would contest every seat.

"We will not sit this one out," Hodge told supporters in All Saints.

In the January 2023 election, Labour won nine of the 17 seats in the House of Representatives.

Political analysts in the region say Labour is likely to keep power, but expect a tighter race in several swing constituencies around the capital.

Whether Barbuda's single seat will again go to the Barbuda People's Movement is unclear.

Foreign Affairs Minister Paul Chet Greene said the government would invite observers from CARICOM and the Commonwealth well before polling day.

The economy is likely to dominate the campaign: Caribbean Current understands that the budget, originally planned for December, has been delayed and may now be presented only after the vote.

Tourism accounts for roughly 60% of the country's economic output.

Read more: Eastern Caribbean central bank warns on public debt
""")

EN["h2en03"] = dict(outlet="Balkan Dispatch", published="2025-11-06", text="""\
Montenegro aims to close three more EU chapters before year-end

PODGORICA, Nov 6 - Montenegro hopes to provisionally close three more negotiating chapters with the European Union at an intergovernmental conference in Brussels in mid-December, European Affairs Minister Jelena Vukovic said on Thursday.

EU Enlargement Commissioner Marta Kos will visit Podgorica on Tuesday to meet Prime Minister Milojko Spajic and parliamentary leaders, the European Commission said in a statement.

Montenegro opened accession talks in 2012 and has so far closed only a handful of its 33 chapters.

Vukovic said parliament would vote on a new law on the judicial council within 10 days, a step Brussels has long demanded.

But an EU diplomat said several member states were not convinced by the pace of judicial reform and that chapter 23 on the judiciary would not be closed this year.

But will the conference take place before Christmas at all? Two diplomats said the Danish presidency had not yet put it on the agenda.

It is also unclear whether Croatia, which has raised objections over war-crimes cases and property claims, will back the closing of chapter 31 on foreign policy.

Spajic has said Montenegro will be ready to join the bloc by 2028.

Analysts say Podgorica could realistically sign an accession treaty as early as 2027, provided its coalition government survives a budget vote expected later this month.

Balkan Dispatch understands that the opposition is preparing a no-confidence motion, which could be tabled after the budget debate.

Montenegro, a NATO member since 2017, uses the euro although it is not part of the eurozone.
""")

EN["h2en04"] = dict(outlet="Steppe Wire", published="2026-08-26", text="""\
Turkmenistan, China to hold Line D pipeline talks in September

ASHGABAT, Aug 26 (Steppe Wire) - Turkmen and Chinese officials will hold talks on the long-delayed Line D of the Central Asia-China gas pipeline in Beijing in the second week of September, Turkmengaz deputy chairman Merdan Annayev said on Wednesday.

The talks come ahead of a planned visit by President Serdar Berdimuhamedov to China later this year.

People familiar with the negotiations said the two sides remained far apart on price and that a final agreement was unlikely before 2027.

Annayev said there would be no change to existing supply contracts.

Three lines of the pipeline already carry gas from Turkmenistan to western China through Uzbekistan and Kazakhstan.

Kazakhstan's Energy Minister Yerlan Akhmetov said on Tuesday that Astana would not raise transit fees before the end of the year.

Uzbekistan, which has cut its own gas exports to China to meet domestic demand, may resume some supplies in the winter, the Uzbek Energy Ministry said in a statement.

Analysts say Line D could add up to 30 billion cubic metres a year, but only if Tajikistan and Kyrgyzstan settle land and transit terms.

Separately, Turkmen and Azerbaijani officials are expected to meet in Baku on Friday to discuss a possible trans-Caspian gas link, Azerbaijan's Energy Ministry said.

Russia is also seeking to expand gas sales to China, which would put it in direct competition with Turkmen supplies.

Could Line D finally break ground next year? Steppe Wire has learned that Chinese contractors have been asked to prepare cost estimates within 30 days.

Turkmenistan holds some of the largest proven gas reserves in the world.
""")
