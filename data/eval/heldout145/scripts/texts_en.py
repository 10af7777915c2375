"""English texts of heldout145, written for this project. Invented or generic facts."""

EN = {
"h145en01": {"outlet": "Butrint Wire (Saranda)", "published": "2026-09-17", "text": """Will Tirana and Athens finally take their sea border to The Hague?

SARANDA, Sept 17 (Butrint Wire) - Albania and Greece will sign a special agreement referring their maritime boundary dispute to the International Court of Justice in Tirana on Tuesday, Albania's foreign ministry said in a statement on Wednesday.

The two neighbours have argued over the waters between Corfu and the Albanian coast since Albania's Constitutional Court struck down a 2009 delimitation deal in 2010.

Foreign Minister Elisa Spiropali told reporters in Saranda that the two governments would jointly notify the court before the end of October. Parliament is expected to ratify the agreement in October, she said. Albania "will not reopen talks on the 12-mile limit outside the court," she added.

Greek Foreign Minister Giorgos Gerapetritis is expected to travel to Tirana for the signing, a Greek diplomatic source said. Prime Minister Edi Rama and his Greek counterpart Kyriakos Mitsotakis could meet at the EU-Western Balkans summit in Brussels in December, officials in both capitals said.

On Monday the Greek foreign ministry said Greece would not block the opening of Albania's last EU negotiating cluster, ending months of speculation about a veto linked to the sea dispute.

Read more: Albania's parliament approves new tourism tax for coastal towns

The Albanian Naval Force and the Hellenic Navy will hold a joint search-and-rescue exercise off Ksamil from October 12 to October 16, the Albanian Armed Forces general staff said.

The opposition Democratic Party, led by Sali Berisha, said it would ask parliament to hold a separate vote on the referral, calling it a concession to Athens.

Fishing boats from Saranda and Corfu work the same grounds, and every summer brings complaints of seized nets and fines on both sides of the strait.

Analysts say a judgment is unlikely before 2029, given the length of the court's docket.
"""},

"h145en02": {"outlet": "Los Esclavos Wire (Cuilapa)", "published": "2027-02-09", "text": """Guatemala sets final Xinka consultation meeting on Escobal silver mine

CUILAPA, Feb 9 (Los Esclavos Wire) - Guatemala's Ministry of Energy and Mines will hold the final meeting of its consultation with the Xinka Parliament over the Escobal silver mine on February 26, Deputy Minister Hector Ajanel said on Monday.

The Constitutional Court suspended the mine's licence in 2017 and ordered the state to consult the Xinka people before any restart.

President Bernardo Arevalo is expected to attend the closing session in San Rafael Las Flores, his office said. The ministry will publish an updated environmental impact study within 15 days, Ajanel said.

Two officials said the government may offer the Xinka a share of the mine's royalties at the final meeting.

Xinka Parliament president Aurelio Najera said his people "will not accept any deal that allows cyanide in the Los Esclavos river basin." He said the parliament could ask the Constitutional Court for more time if the study left questions open.

Pan American Silver, which owns the mine, could restart operations as early as the second half of 2028 if an agreement is reached, a company spokeswoman said.

Read more: Guatemala's coffee exports slip as rains hit western highlands

Congress's energy and mines committee will question Energy Minister Victor Hugo Ventura about the consultation on Thursday, committee chair Sonia Coxaj said.

Mine opponents plan a march from Santa Rosa to Guatemala City in early March, organisers said. The issue is also likely to feature in the campaign before the general election on June 13, when Guatemalans choose a successor to Arevalo, who cannot run again.

Analysts expect the ministry to present the final agreement to the Constitutional Court by the end of March. "Any deal that the court sees as rushed will be sent back," said Julia Sapon, a lawyer who follows mining cases in Guatemala City.
"""},

"h145en03": {"outlet": "Saltstraumen Wire (Bodo)", "published": "2025-10-24", "text": """Norway's new government to decide on seabed mining round by year-end

BODO, Oct 24 (Saltstraumen Wire) - Norway's government will decide before the end of the year whether to open the first licensing round for seabed minerals in the Norwegian Sea, Energy Minister Terje Aasland said on Thursday.

A planned round was shelved in December 2024 when the Socialist Left Party made its cancellation a condition for backing that year's budget.

Aasland said he would present the government's updated environmental assessment to parliament's energy and environment committee on November 12. The committee is likely to hold an open hearing on the assessment in January, two committee members said.

The Socialist Left Party will not back the 2026 budget in the final vote in mid-December if the round goes ahead, its leader Kirsti Bergsto said on Wednesday.

Labour, which governs alone, needs the votes of at least three other parties to pass its budget. Budget negotiations with the Centre Party, the Socialist Left, the Red Party and the Greens are expected to start next week, party officials said.

Progress Party leader Sylvi Listhaug said on Thursday that her party supports opening the round.

Read more: Norway's wealth fund posts record quarterly return on tech stocks

Mohn Minerals, a Bergen start-up, said it would apply for a licence as early as the first quarter of 2026 if the round opens.

The Norwegian Fishermen's Association will hold a protest outside parliament on November 5, its deputy head, Turid Nesvik, said.

Britain and France, which back a global moratorium, are expected to raise Norway's plans at the International Seabed Authority's council in Kingston in March, diplomats said.

Analysts say the government may delay the decision until after the September 2027 local elections. "Nobody in Labour wants to lose a budget over a mining licence that will not produce anything for ten years," said Eirik Holmen, a political scientist at Nord University.
"""},

"h145en04": {"outlet": "Nyungwe Wire (Huye)", "published": "2026-04-28", "text": """Rwanda presses Britain for payment as arbitration hearing nears

HUYE, April 28 (Nyungwe Wire) - An arbitration panel at the Permanent Court of Arbitration in The Hague will hold its first hearing on Rwanda's claim against the United Kingdom over the cancelled migration partnership on May 18, government spokeswoman Yolande Makolo said on Monday.

Britain's Labour government scrapped the scheme in July 2024, days after taking office, and has not paid the instalments that Kigali says were still due.

Rwanda "will not return" the 240 million pounds it has already received, Makolo said. A UK Home Office spokesperson said Britain would "robustly defend" its position at the hearing.

A settlement remains possible before the hearing, two people familiar with the talks said.

Britain is expected to keep its suspension of bilateral aid to Rwanda, imposed over Kigali's support for the M23 rebels, at least until the end of the year, a Foreign Office official said. Kigali says the suspension ignores the ceasefire signed in Doha between Congo and the AFC/M23, whose monitoring mechanism is due to report next month.

Read more: Rwanda's central bank holds rate as food inflation eases

Foreign Minister Olivier Nduhungirehe will travel to London in mid-June for talks with Foreign Secretary Yvette Cooper, his ministry said. President Paul Kagame is expected to attend the Commonwealth Heads of Government Meeting in Antigua and Barbuda in late October, diplomats said.

The migration deal was signed in April 2022 and survived two court challenges in London before the new government ended it. No asylum seeker was ever flown to Kigali.

Analysts say a ruling could take up to two years. Pascal Habimana, a law lecturer at the University of Rwanda in Huye, said Kigali could also seek interest on the unpaid instalments. "Rwanda wants to show investors that a contract with it is a contract, whoever wins an election in London," he said.
"""},

"h145en05": {"outlet": "Citarum Wire (Bandung)", "published": "2027-08-22", "text": """Will Indonesians lose the right to elect their governors?

BANDUNG, Aug 22 (Citarum Wire) - Indonesia's House of Representatives will vote on a bill returning the election of governors, regents and mayors to regional legislatures on September 2, the chairman of the House's Commission II, Arief Setiadi, said on Saturday.

Indonesians have elected their regional heads directly since 2005.

The bill is expected to pass easily because parties in President Prabowo Subianto's coalition hold about 80 percent of the seats, Setiadi said. Prabowo will meet leaders of the coalition parties at the presidential palace on Tuesday to discuss the vote, the Presidential Communication Office said.

Home Affairs Minister Tito Karnavian said on Friday that the government backs the bill because direct elections have become too expensive.

The Indonesian Democratic Party of Struggle (PDI-P) will vote against the bill, party spokesman Guntur Wibowo said. The regent of Bandung, Hendra Gunawan, said he would resign from his post if the bill passes.

Read more: Bank Indonesia keeps rate on hold as rupiah steadies

Police and the military will deploy 12,000 personnel around the parliament complex in Jakarta on the day of the vote, the Jakarta police said. Student groups plan protests in Jakarta, Bandung and Yogyakarta next week, organisers said.

Civil society groups plan to challenge the law at the Constitutional Court as early as next month, said Nadia Pratiwi, a researcher at the Association for Elections and Democracy (Perludem).

Under the current calendar, the next simultaneous regional elections are due in November 2029.

Analysts say the Constitutional Court could strike down the law within a year, as it has overturned electoral rules before. "The parties are betting that voters care more about prices than about ballots," said Rudi Hartono, a political scientist at Padjadjaran University.

In 2014 a similar law was passed and then reversed within weeks by a presidential decree after public anger.
"""},
}
