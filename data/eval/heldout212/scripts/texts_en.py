"""English texts of heldout212, written for this project in one sitting. Invented or generic facts."""

EN = {
"h212en01": {"outlet": "Hammeren Wire (Ronne)", "published": "2026-03-05", "text": """Denmark, Germany to seal Bornholm energy island deal

RONNE, March 5 (Hammeren Wire) - Denmark and Germany will sign an agreement on sharing the cost of the Bornholm Energy Island in Berlin on Tuesday, Denmark's climate ministry said on Wednesday.

Climate Minister Lars Aagaard and German Economy Minister Katherina Reiche are expected to sign the text, two officials familiar with the talks said. The draft caps Denmark's share of the grid costs at 2.1 billion euros.

The project stalled in 2024 when cable bids came in far above budget.

The Danish Energy Agency plans to relaunch the tender for 3 gigawatts of wind farms in early June, its deputy director, Jesper Holmgaard, told reporters. Winning bids are unlikely to be known before 2027, he said.

Read more: Bornholm ferry operator adds winter sailings to Ystad

Separately, the armed forces will deploy a ground-based air defence unit to Bornholm from April 1 for at least six months, Defence Minister Troels Lund Poulsen said, citing increased Russian naval activity. The first soldiers arrive tomorrow to prepare the site, he said.

Russia's embassy in Copenhagen called the deployment "provocative" and said Moscow would take "military-technical" countermeasures. NATO defence ministers will discuss Baltic air defence when they meet in Brussels in mid-June, a NATO official said.

Prime Minister Mette Frederiksen is likely to visit the island during the Folkemodet political festival in Allinge on June 11-13, her office said. Denmark must hold a general election by October 31, and analysts say Frederiksen could call it as early as May to make the most of the defence debate.

Bornholm's mayor, Anders Munch-Holm, said the municipality would not approve the planned converter station near Ronne unless the state paid for new roads to the site.

Analysts say the cost deal could open the way for EU money from the Connecting Europe Facility as early as next year.
"""},

"h212en02": {"outlet": "Aletsch Wire (Sion)", "published": "2026-05-26", "text": """Will Valais tip the Swiss vote on capping the population?

SION, May 26 (Aletsch Wire) - Swiss voters will decide on June 14 whether to cap the country's permanent population at 10 million, in a referendum that hoteliers in the Alpine canton of Valais fear could cost them thousands of seasonal workers.

The Swiss People's Party (SVP) submitted the initiative in April 2024. The Federal Council and both chambers of parliament have recommended a no vote, warning that a yes could force Bern to end the free movement of persons with the European Union.

Justice Minister Beat Jans will campaign against the initiative in Sion on Thursday, his department said. Turnout is expected to exceed 50 percent, officials at the cantonal chancellery said.

Sylvain Mabillard, head of the Valais economy department, said on Monday the canton would ask Bern for a special quota for tourism workers if the initiative passed.

An EU official said the European Commission would review the bilateral package agreed in December 2024 if Swiss voters approved the cap, adding that Commissioner Maros Sefcovic was unlikely to visit Bern before the vote.

Italian Foreign Minister Antonio Tajani said on Saturday that Rome would "defend the rights" of the roughly 90,000 Italians who cross the border to work in Switzerland every day.

Read more: Zermatt to cap day visitors in peak season

The National Council will start debating the EU package in its summer session from June 1. President Guy Parmelin will meet European Commission President Ursula von der Leyen in Brussels in early July whatever the result, his office said.

In Valais, the Grand Council will vote in September on a law letting communes limit the purchase of second homes by foreigners, a measure the SVP backs.

Analysts say a yes vote could push the Federal Council to invoke the safeguard clause of the free movement agreement as early as 2027.
"""},

"h212en03": {"outlet": "Arrocampo Wire (Navalmoral de la Mata)", "published": "2025-10-21", "text": """Will Almaraz get a reprieve? Spain's nuclear watchdog to rule next week

NAVALMORAL DE LA MATA, Oct 21 (Arrocampo Wire) - Spain's Nuclear Safety Council (CSN) will issue its technical report on extending the life of the Almaraz nuclear plant at a plenary session on Wednesday, October 29, a CSN spokeswoman said on Monday.

The plant's owners, Iberdrola, Endesa and Naturgy, asked in March to postpone the closure of its first reactor from November 2027 to 2030.

Ecological Transition Minister Sara Aagesen said the government would take its decision within three months of receiving the report, and that it would not accept any extension that passed costs on to consumers.

Extremadura's regional president, Maria Guardiola, said her government would take the case to the Supreme Court if Madrid rejected the extension. Guardiola, whose minority government is struggling to pass its 2026 budget, has not ruled out an early regional election.

The mayors of eight towns around the plant will meet Aagesen in Madrid on November 4, the Almaraz town hall said. The plant's works council has called a protest march in Caceres for Saturday.

Read more: Extremadura farmers protest cuts to Tagus water transfers

Across the border, Portugal is expected to ask for a joint environmental assessment of the plant, which draws its cooling water from the Tagus, at the Spain-Portugal summit in Faro in late November, Portuguese diplomats said.

In Madrid, Congress will vote next week on a non-binding motion by the opposition People's Party calling for Almaraz to stay open until 2035. Junts and Vox are expected to back it.

The head of the plant's operator, CNAT, could step down if the closure goes ahead, two people familiar with the matter said.

Analysts say the government is likely to approve a shorter extension before the end of the year. "A two-year reprieve lets everyone save face," said Ines Valdehita, an energy economist at a Madrid consultancy.
"""},

"h212en04": {"outlet": "Tamazula Wire (Culiacan)", "published": "2027-01-15", "text": """Mexico sends 2,000 more troops to Sinaloa as cartel war rages

CULIACAN, Jan 15 (Tamazula Wire) - Mexico will send 2,000 more army and National Guard troops to Sinaloa within ten days, Security Secretary Omar Garcia Harfuch said on Thursday, after a week of clashes between rival cartel factions left 31 people dead.

The fighting between the "Chapitos", loyal to the sons of Joaquin "El Chapo" Guzman, and the faction loyal to Ismael "El Mayo" Zambada broke out in September 2024.

The federal security cabinet will meet Governor Ruben Rocha Moya in Culiacan on Monday, the governor's office said. Rocha Moya said he would not resign despite calls from the opposition National Action Party (PAN). His state security chief, Raul Ibarra Lomeli, is expected to step down next week, two state officials said.

The U.S. Treasury could announce sanctions on Culiacan-based money-laundering networks as early as next week, a person familiar with the matter said. U.S. Ambassador Ronald Johnson will visit Culiacan on January 22, the embassy said.

Mexico and the United States are due to sign an implementation plan for their security cooperation agreement in Washington in mid-February, according to Mexico's foreign ministry.

Read more: Sinaloa schools extend online classes to February

Catholic clergy have proposed a truce between the factions during Holy Week, but it is unclear whether either side will accept it, a spokesman for the Diocese of Culiacan said.

Sinaloa elects a new governor on June 6. Morena, the ruling party, is expected to choose its candidate through an opinion survey next month, party officials said.

The economy ministry plans to present a support package for Culiacan businesses by the end of January, it said in a statement.

Analysts say the violence could spread to Durango and Sonora in the coming months. "Every arrest in Culiacan opens a vacuum that someone fills within days," said Hector Lizarraga, a security researcher at a university in Mazatlan.
"""},

"h212en05": {"outlet": "Guimaras Wire (Iloilo City)", "published": "2026-07-30", "text": """Will Congress force China's State Grid out of the Philippine grid?

ILOILO CITY, July 30 (Guimaras Wire) - The House of Representatives' energy committee will open hearings into the franchise of the National Grid Corporation of the Philippines (NGCP) on Tuesday, its chairman, Representative Marco Villaflor, said, after a blackout that began on July 18 left most of Panay, Negros and Guimaras without power for three days.

China's State Grid Corporation holds 40 percent of NGCP, and several lawmakers want the franchise amended to force it to sell the stake on national security grounds.

Energy Secretary Sharon Garin said her department would submit its own investigation report to the committee within 15 days, adding that the government "will not nationalise" the grid.

The Energy Regulatory Commission (ERC) could fine NGCP up to 50 million pesos this year, an ERC official said.

The Chinese embassy in Manila said on Wednesday that a forced sale would "seriously harm" investor confidence and that Beijing would "take necessary measures" to protect Chinese companies.

Read more: Iloilo port traffic recovers after typhoon closures

The Philippine Navy will deploy patrol boats to guard the Cebu-Negros submarine power cable from next week, a navy spokesman said.

President Ferdinand Marcos Jr. is likely to meet Chinese Premier Li Qiang on the sidelines of the ASEAN summit in Manila in November, a foreign ministry official said.

NGCP has not decided whether its president will step down, a company spokeswoman said. The energy department expects a power supply agreement for a 150-megawatt battery plant in Negros to be signed by the end of September, it said.

The outage has also become an issue ahead of the barangay elections on November 2.

Analysts say Congress is unlikely to pass any franchise amendment before 2028. "Lawmakers will make noise at the hearings, but the votes are not there," said Ramon Dacanay, a political scientist at a university in Iloilo.
"""},
}
