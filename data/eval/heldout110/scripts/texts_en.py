"""English texts of heldout110, written for this project. Invented or generic facts."""

EN = {
"h110en01": {"outlet": "Jhelum Wire (Srinagar)", "published": "2026-11-09", "text": """Will Jammu and Kashmir get its statehood back this winter?

SRINAGAR, Nov 9 (Jhelum Wire) - Union Home Minister Amit Shah will visit Srinagar next week to review security and meet Chief Minister Omar Abdullah, a Home Ministry official said on Monday, as pressure grows on New Delhi to restore statehood to Jammu and Kashmir.

Parliament's winter session opens on December 1, but the official said the government had not yet decided whether to table a bill restoring statehood during the session.

The former state lost its statehood in August 2019, when the Centre revoked Article 370.

Abdullah said on Sunday his National Conference "will not give up" on the demand, and called an all-party meeting in Srinagar on Saturday. Rural Development Minister Aijaz Lone, a lawmaker from Baramulla, has said he would resign if the bill is not introduced before the session ends.

Read more: Kashmir apple growers seek freight subsidy

The Supreme Court is due to hear petitions on a time-bound restoration on November 24, lawyers for the petitioners said.

The Election Commission of India (ECI) will hold a by-election to the vacant Gurez assembly seat on December 8, with counting on December 11, it said in a statement.

The army's operation against militants in Kishtwar's forests is likely to continue until the first heavy snowfall, Northern Command spokesman Rajiv Mehra said.

Along the Line of Control, the directors general of military operations of India and Pakistan are expected to speak on their hotline on Tuesday to reaffirm the ceasefire understanding, two defence officials said. Islamabad has not confirmed the call.

Lieutenant Governor Manoj Sinha is expected to travel to New Delhi later this month to brief Shah.

Analysts say the Centre may wait until after the Amarnath Yatra in the summer of 2027 before restoring statehood. "New Delhi wants a quiet season first," said Mehnaz Qureshi, a political scientist at the University of Kashmir.
"""},

"h110en02": {"outlet": "Goksu Wire (Mersin)", "published": "2026-05-14", "text": """Akkuyu's first reactor nears the grid as Ankara seeks a U.S. payment waiver

MERSIN, May 14 (Goksu Wire) - Turkey's Nuclear Regulatory Authority (NDK) is expected to approve fuel loading at the first unit of the Russian-built Akkuyu nuclear plant within 30 days, Energy Minister Alparslan Bayraktar said on Wednesday.

The unit could send its first power to the grid as early as September, Bayraktar said, adding that Ankara "will not accept another year of delay". Akkuyu was first due to produce electricity in 2023, the centenary of the republic.

Alexey Likhachev, the head of Russia's state nuclear corporation Rosatom, will travel to Ankara next week to sign a protocol on the plant's power purchase terms, the energy ministry said in a statement.

Payments for the project have been stuck since the U.S. Treasury sanctioned Gazprombank in November 2024, and Turkish officials hope Washington will grant a waiver before the end of June, two people familiar with the talks said.

Read more: Turkish lira steady ahead of rate decision

President Tayyip Erdogan is likely to raise the issue with U.S. President Donald Trump at the NATO summit in Ankara on July 7-8, one of them said. Moscow has not said whether President Vladimir Putin would attend the plant's opening ceremony.

Separately, Turkey and South Korea's state utility KEPCO could sign a preliminary agreement on a second plant at Sinop in the second half of the year, an energy ministry official said.

The Turkish navy will hold a security drill off the plant's coast next Tuesday, the Defence Ministry said. Environmental groups plan to protest at the plant's gates on Saturday, the Mersin branch of the Chamber of Environmental Engineers said.

Analysts say commercial operation of the first unit may not begin before July 2027, because grid tests take months.

"Akkuyu is a political project first," said Deniz Caglar, an energy analyst at an Istanbul think tank.
"""},

"h110en03": {"outlet": "Limay Wire (Neuquen)", "published": "2025-08-26", "text": """Can Argentina LNG sign before the midterms? YPF and Eni eye a September deal

NEUQUEN, Aug 26 (Limay Wire) - State energy company YPF and Italy's Eni aim to sign the final investment agreement for the first phase of the Argentina LNG project in mid-September, YPF Chairman Horacio Marin told reporters on Monday.

The deal would cover two floating liquefaction units off the coast of Rio Negro province, with first exports expected in 2029, Marin said.

The companies signed a memorandum of understanding in June, a year after Malaysia's Petronas withdrew from the project.

The Economy Ministry is expected to approve the project under the RIGI large-investment incentive regime within 45 days, according to two officials familiar with the application. Economy Minister Luis Caputo said last week there would be no export duties on LNG shipments.

President Javier Milei is expected to travel to Rome in late September, where he could meet Italian Prime Minister Giorgia Meloni and Eni Chief Executive Claudio Descalzi, presidential spokesman Manuel Adorni said.

Read more: Peso slides ahead of provincial vote

Voters in Buenos Aires province elect local legislators on September 7, and the country holds midterm congressional elections on October 26.

Rio Negro's legislature is due to vote on Thursday on a law granting the project a coastal concession, Governor Alberto Weretilneck said. The province's energy secretary, Julian Paredes, is expected to step down after Thursday's vote to run for Congress, two provincial officials said.

Neuquen's oil workers' union has threatened a 48-hour strike from September 1 unless the companies guarantee local hiring quotas, its secretary general, Marcelo Rucci, said.

Analysts say a deal signed before the midterms would help Milei court investors, but the final agreement may slip to next year if the peso keeps falling.

"Nobody signs a 20-year contract in the middle of a currency scare," said Sofia Larrain, an energy economist at a Buenos Aires consultancy.
"""},

"h110en04": {"outlet": "Rani Pokhari Wire (Kathmandu)", "published": "2026-12-18", "text": """Nepal's local elections: will all 753 units vote on one day?

KATHMANDU, Dec 18 (Rani Pokhari Wire) - Nepal's Election Commission has proposed holding elections to all 753 local units in a single phase on Saturday, April 24, Chief Election Commissioner Ram Prasad Bhandari said on Thursday, and invited party leaders to a consultation on Sunday.

The cabinet is expected to endorse the date at its meeting on Monday, two ministers said. Local representatives were elected in May 2022 for five-year terms.

Parties must register with the commission by January 15, and the final voter roll will be published next month, Bhandari said.

The Rastriya Swatantra Party (RSP) will not enter any pre-poll alliance, its chairman Rabi Lamichhane said on Wednesday. The Nepali Congress and the CPN-UML are expected to finalise a seat-sharing deal for the mayoral races before the end of January, party officials said.

Federal Affairs Minister Sita Gurung said she would resign next week to lead her party's campaign in Gandaki Province.

Read more: Nepal Rastra Bank keeps policy rate unchanged

The Home Ministry plans to mobilise the Nepal Army alongside police and the Armed Police Force for polling day, a ministry official said.

India and Nepal will sign an election-assistance agreement in Kathmandu in February, under which New Delhi will provide 120 vehicles, the Indian Embassy said. A European Union team of election experts is likely to arrive in early April, diplomats said.

A Supreme Court hearing on a petition to postpone the polls in flood-hit districts of Koshi Province could come as early as next week, a lawyer for the petitioners said.

Analysts say turnout could fall below the 64 percent recorded in 2022 if the vote clashes with the wheat harvest in the southern plains.

"Parties are exhausted after the general election and short of money," said Bimala Thapa Magar, a political scientist at Tribhuvan University.
"""},

"h110en05": {"outlet": "Bascarsija Wire (Sarajevo)", "published": "2027-10-27", "text": """Will Moscow let EUFOR stay in Bosnia? Security Council votes next week

SARAJEVO, Oct 27 (Bascarsija Wire) - The U.N. Security Council will vote on Wednesday, November 3, on renewing for another year the mandate of EUFOR Althea, the European Union's peacekeeping force in Bosnia and Herzegovina, a Council diplomat said.

Russia could abstain unless references to the High Representative are removed from the text, the diplomat added.

EUFOR will bring in a reserve company from Austria for a two-week exercise from mid-November, its commander, Major General Andreas Lechner, said.

High Representative Christian Schmidt will present his latest report to the Council the day before the vote, his office said.

Republika Srpska President Sinisa Karan said on Tuesday the entity "will not accept" decisions imposed by foreign officials and would ask Moscow to block the report.

Read more: Bosnia's central bank keeps the currency board intact

The United States lifted its sanctions on Karan's predecessor, Milorad Dodik, in October 2025. Britain could add two Republika Srpska officials to its sanctions list before the end of the year, two Western diplomats said.

EU Enlargement Commissioner Marta Kos will visit Sarajevo next week and is expected to sign a 400 million euro Growth Plan loan agreement with Borjana Kristo, chairwoman of the Council of Ministers, the European Commission said.

Bosnia hopes to hold its first intergovernmental conference with the EU at the EU-Western Balkans summit in Brussels in December, Foreign Minister Elmedin Konakovic said.

The House of Representatives votes on the armed forces' 2028 budget on Thursday. Defence Minister Adnan Mehmedovic said he would resign if it failed again.

Analysts say the mandate is likely to be renewed, but Russia may use the vote to push for closing the Office of the High Representative (OHR).
"""},
}
