"""English texts of heldout211, written for this project in one sitting. Invented or generic facts."""

EN = {
"h211en01": {"outlet": "Ljugarn Wire (Visby)", "published": "2026-03-12", "text": """Sweden to base Patriot battery on Gotland as NATO weighs Baltic rotation

VISBY, March 12 (Ljugarn Wire) - Sweden will permanently station a Patriot air-defence battery on Gotland from early May, Defence Minister Pal Jonson said on Wednesday, the first long-range system based on the Baltic island since the Cold War.

Parliament's defence committee will question armed forces officials on the deployment's cost at a closed hearing on Tuesday, its chairman said.

Jonson said the government also expects NATO allies to agree on a rotation of Finnish and Danish troops through Visby in the second half of the year, but added that a decision was unlikely before the alliance's summit in Ankara in July.

Sweden joined NATO on March 7, 2024, after nearly two years of Turkish and Hungarian delays.

Russia will respond with "military-technical measures" in the Kaliningrad region, Foreign Ministry spokeswoman Maria Zakharova said on Thursday. Analysts say Moscow may also step up GPS jamming over the island this spring.

Foreign Minister Maria Malmer Stenergard will visit Tallinn and Riga next week for talks on Baltic air defence, her ministry said. Sweden will also push for 30 more shadow-fleet tankers to be added to the EU sanctions list when EU foreign ministers meet in Brussels on March 16, a Swedish diplomat said.

Read more: Swedish inflation slows to 1.9% in February

On the island, Gotland's regional council will vote on April 2 on leasing municipal land near Visby airport for the battery. Local farmers have complained about noise from earlier exercises.

The opposition Social Democrats, who lead polls before the September 13 general election, would keep the deployment if they win, their defence spokesman, Peter Hultqvist, said.

Jonson also said a ceasefire in Ukraine was unlikely before the summer. "We plan for the long term, whatever happens in the talks," he told reporters in Visby.
"""},

"h211en02": {"outlet": "Worthersee Wire (Klagenfurt)", "published": "2025-10-21", "text": """Austria to keep Slovenian border checks for six more months, angering Ljubljana

KLAGENFURT, Oct 21 (Worthersee Wire) - Austria will extend checks at its border with Slovenia for another six months from November 12, Interior Minister Gerhard Karner said on Monday, keeping police at the Karawanken tunnel and the Loibl Pass well into next year.

Police turned back about 1,900 people at the Carinthian crossings in the first nine months of this year, the interior ministry said.

Slovenia's foreign ministry said it would summon the Austrian ambassador on Wednesday. Prime Minister Robert Golob has said Ljubljana could take the case to the EU Court of Justice.

Golob will raise the checks with Austrian Chancellor Christian Stocker at the European Council summit in Brussels on October 23-24, his office said.

A European Commission spokesman said the Commission expected to publish its assessment of Austria's notification "within weeks". Vienna has notified the checks every six months since the 2015 migration crisis.

Karner is due to meet his Slovenian counterpart, Bostjan Poklukar, in Klagenfurt tomorrow to discuss joint patrols, the ministry said. Two Austrian officials said Vienna may also add spot checks at smaller crossings in December.

Read more: Carinthian lakes report record summer season

Carinthia's governor, Peter Kaiser, who plans to hand over to his deputy in January, said the queues cost commuters up to an hour a day. His Social Democrats face a strong challenge from the far-right Freedom Party in a state election due in 2028.

Analysts say the checks are unlikely to end before the EU's migration pact takes effect in June 2026. "Vienna wants to show voters it is tough, and Brussels has little appetite to stop it," said Katrin Oberwalder, a political scientist at the University of Klagenfurt.

Business groups in Villach say delays at the tunnel have raised transport costs for firms that rely on Slovenian suppliers.
"""},

"h211en03": {"outlet": "Solimoes Wire (Manaus)", "published": "2026-07-15", "text": """Will Manaus keep its tax edge? Senate sets vote on free-zone credits

MANAUS, July 15 (Solimoes Wire) - Brazil's Senate will vote next Tuesday on a bill setting how factories in the Manaus Free Trade Zone claim credits under the new consumption taxes, Senate President Davi Alcolumbre's office said, after the vote slipped twice since May.

Approval is likely, a government whip said, though the Finance Ministry wants the credits capped for products assembled with more than half imported parts.

Congress approved the tax reform's constitutional amendment in December 2023, promising to keep the zone's advantages until 2073.

Amazonas Governor Wilson Lima said the state "will not accept" any cap, and that it would challenge the law in the Supreme Court if the cap is approved.

Vice President Geraldo Alckmin, who is also industry minister, will visit Manaus on July 30 for talks with industry leaders, his ministry said. He is expected to sign a semiconductor investment agreement with the state government during the visit, two officials said.

President Luiz Inacio Lula da Silva, who is seeking a fourth term in the October 4 election, is likely to campaign in Manaus in late August, party officials said.

Read more: Amazon river levels fall early as drought returns

Talks with Washington on the 50% U.S. tariffs on Brazilian goods could resume in August, a trade ministry official said. U.S. officials have warned that the tariffs could be widened to electronics assembled in Manaus.

The environment agency Ibama will decide on a paving licence for the BR-319 highway, which links Manaus to Porto Velho, before the end of September, its president, Rodrigo Agostinho, said.

Analysts say the zone may lose much of its edge after 2033. "Manaus survives on tax law, and tax law is being rewritten in Brasilia," said Renata Sampaio, an economist at the Federal University of Amazonas.

About 500 companies employ some 110,000 people there.
"""},

"h211en04": {"outlet": "Phalgu Wire (Patna)", "published": "2027-01-15", "text": """Will Bihar get its special package in the Union budget?

PATNA, Jan 15 (Phalgu Wire) - Bihar will press for a 1.2 trillion rupee special package for flood control and industry when Deputy Chief Minister Samrat Choudhary meets Finance Minister Nirmala Sitharaman in New Delhi on Monday, Choudhary said on Thursday.

The request comes two weeks before the Union budget, which Sitharaman is due to present on February 1.

The Centre announced about 590 billion rupees of road, power and flood projects for Bihar in the July 2024 budget.

Chief Minister Nitish Kumar is expected to lead an all-party delegation to Prime Minister Narendra Modi before the budget, officials in his office said.

A finance ministry official said the Centre "will not revive special category status for any state".

Opposition leader Tejashwi Yadav said his Rashtriya Janata Dal would hold statewide protests from February 3 if the budget ignored Bihar.

Read more: Patna metro's second line begins trial runs

Sitharaman will visit Patna on February 8 for a post-budget meeting with industry, her ministry said. The state also expects to sign a $400 million World Bank loan for the Kosi flood project in March, Water Resources Minister Vijay Kumar Chaudhary said.

India and Nepal are due to hold the next meeting of their joint committee on water resources in Kathmandu next month, the external affairs ministry said.

The State Election Commission said it would announce dates for urban local body elections within 10 days.

Analysts say the Centre is likely to offer a smaller package of around 500 billion rupees, and that Kumar's Janata Dal (United) could threaten to review its support for the Modi government if Bihar is left out.

"Bihar has leverage in New Delhi that others lack," said Abhay Mishra, an economist at a Patna research institute.

Floods along the Kosi and Gandak rivers displaced more than two million people in Bihar last monsoon.
"""},

"h211en05": {"outlet": "Qu'Appelle Wire (Regina)", "published": "2025-11-16", "text": """Saskatchewan's Moe heads to China as canola duties bite

REGINA, Nov 16 (Qu'Appelle Wire) - Saskatchewan Premier Scott Moe will lead a trade mission to Beijing and Shanghai from December 1 to December 6, his office said on Saturday, as Chinese duties on Canadian canola enter their ninth month.

Moe is expected to meet Vice Commerce Minister Ling Ji during the trip, a provincial official said.

China imposed 100% tariffs on Canadian canola oil and meal in March. Its commerce ministry is due to issue a final anti-dumping ruling on canola seed by March 9, according to a ministry notice.

Beijing links the duties to Ottawa's 100% tariff on Chinese electric vehicles. International Trade Minister Maninder Sidhu said on Friday that the federal review of that tariff would conclude before the end of the year, but that Canada "will not trade away" its EV policy.

Prime Minister Mark Carney could meet Chinese Premier Li Qiang at the G20 summit in Johannesburg on November 22-23, two officials said.

Agriculture ministers from the three Prairie provinces will meet federal Agriculture Minister Heath MacDonald in Ottawa on Wednesday to seek a larger AgriStability payment for canola growers, the Saskatchewan agriculture ministry said. A decision on the payment is expected before spring seeding.

Read more: Regina council approves 2026 budget with 5% tax rise

In the legislature, the opposition New Democrats will seek an emergency debate on canola on Tuesday, Leader Carla Beck said. The province's next election is due in October 2028.

Analysts say a tariff truce could come before spring, but only if Ottawa eases the EV tariff. "Farmers are paying for a car dispute they had nothing to do with," said Daniel Kowalchuk, an agricultural economist at the University of Regina.

Canola is Saskatchewan's largest crop, and China bought about a quarter of Canada's canola exports last year.
"""},
}
