"""English texts of heldout238, written for this project in one sitting. Invented or generic facts."""

EN = {
"h238en01": {"outlet": "Deben Wire (Woodbridge)", "published": "2026-10-06", "text": """Will Lakenheath get its nuclear mission back? MPs and protesters press London

LAKENHEATH, England, Oct 6 (Deben Wire) - The Commons Defence Committee will question Defence Secretary John Healey on Thursday about reports that U.S. nuclear gravity bombs have returned to RAF Lakenheath, its chairman, Tan Dhesi, said on Monday.

The Ministry of Defence said it "will not comment on nuclear weapons at any location", in line with long-standing NATO policy.

Two people familiar with the matter said a first consignment of B61-12 bombs arrived at the Suffolk base in late September and that a second could follow before the end of the year.

Prime Minister Keir Starmer is likely to face questions on the issue at Prime Minister's Questions tomorrow, a Downing Street source said.

Healey is due to meet U.S. Defense Secretary Pete Hegseth at a NATO defence ministers' meeting in Brussels next week, a ministry official said.

The Campaign for Nuclear Disarmament (CND) plans a march from Mildenhall to the base's main gate on October 17, and Suffolk Police expect up to 5,000 people, a police spokeswoman said.

Read more: Felixstowe container volumes dip as lines reroute around Africa

The U.S. Air Force's 48th Fighter Wing, which flies F-35 and F-15 jets from Lakenheath, said a "routine" readiness exercise would run for five days from Monday.

Rachel Hartwell, a Liberal Democrat councillor in Lakenheath, said she would table a motion at West Suffolk Council on October 21 demanding a public briefing on emergency planning for the villages around the base.

The base stored U.S. nuclear weapons until about 2008, according to arms control researchers, and successive governments have never confirmed their removal.

Analysts say the government is unlikely to allow a Commons vote on the deployment, even if it is confirmed. "Ministers have no reason to open that door before the next election," said Malcolm Thorne, a defence researcher at the University of East Anglia.
"""},

"h238en02": {"outlet": "Arroux Wire (Autun)", "published": "2025-11-12", "text": """Can Paris shield Burgundy's winemakers from a second U.S. tariff round?

BEAUNE, France, Nov 12 (Arroux Wire) - French Agriculture Minister Annie Genevard will visit Beaune on Friday to present a 120-million-euro support plan for wine regions hit by U.S. tariffs, her ministry said on Tuesday.

The decree setting out the plan will be published within 10 days, and a grubbing-up premium of 4,000 euros a hectare will be available from January, an adviser to the minister said.

Washington raised duties on most EU wines to 15% in August under the trade framework agreed in July. U.S. Trade Representative Jamieson Greer has said the rate could rise further if Brussels does not cut levies on American goods.

EU Trade Commissioner Maros Sefcovic is expected to meet Greer in Washington next week to seek an exemption for wines and spirits, two EU diplomats said. They said a deal on the exemption was unlikely before EU leaders meet in Brussels on December 18-19.

Read more: Chablis frost losses revive calls for crop insurance reform

The Bourgogne Wine Board (BIVB) said shipments to the United States, its largest export market, fell 22% in the first nine months of the year. Its president, Bernard Mauchamp, said growers "will not uproot grand cru vineyards under any plan".

The farmers' union FNSEA has called a protest in Dijon for November 25 unless the plan includes debt relief for young growers, its regional head said.

Prime Minister Sebastien Lecornu may also announce an extension of emergency crop-insurance rules before year-end, according to the regional daily L'Echo de l'Ouche.

Analysts say Burgundy's premium labels could weather the tariffs better than cheaper wines from other regions, but warn that the EU's own list of countermeasures, due to be reviewed in February, could trigger a new round of U.S. duties. "Everyone is waiting for Washington to move first," said Claire Morand, a wine economist at the University of Burgundy.
"""},

"h238en03": {"outlet": "Virvyte Wire (Telsiai)", "published": "2027-06-08", "text": """Can Vilnius buy into Mazeikiai before Orlen walks away?

MAZEIKIAI, Lithuania, June 8 (Virvyte Wire) - Lithuania's government will decide on Wednesday, June 16, whether to make a binding offer for a 30% stake in the Mazeikiai oil refinery run by Poland's Orlen, Energy Minister Zygimantas Vaiciunas said on Monday.

Orlen said in March it could shut the refinery's two crude units and turn the site into a fuel import terminal unless its Lithuanian losses end, a move that would cost about 1,400 jobs in Samogitia.

Orlen's chief executive, Ireneusz Fafara, is expected in Vilnius on June 21 for talks with Prime Minister Inga Ruginiene, the government's press office said.

Homeland Union chairman Laurynas Kasciunas said his party would demand Vaiciunas's resignation if the state paid "a single euro" above the market value of the stake.

Read more: Klaipeda LNG terminal books record autumn cargoes

The refinery will halt for a 40-day maintenance shutdown from September 1, Orlen Lietuva said in a statement. Its managing director, Tomas Jankauskas, will step down at the end of June, two people familiar with the matter said.

Polish Prime Minister Donald Tusk has not decided whether to raise the stake sale at the Lithuanian-Polish intergovernmental consultations in Vilnius in mid-July, a Polish official said.

Lithuania sold its controlling stake in the refinery in 2006, and the plant has since depended on crude shipped through the Butinge sea terminal after Russian pipeline supplies stopped.

Analysts say a state stake would likely keep the refinery running at least until 2030, but see a deal before the maintenance shutdown as unlikely. "Vilnius is negotiating with a partner who can simply leave," said Egle Butkute, an energy analyst at a Vilnius think tank. "Orlen knows that every month of delay makes the offer look more generous."
"""},

"h238en04": {"outlet": "Norsjo Wire (Skien)", "published": "2026-05-13", "text": """Norway's smelters look to Brussels as EU ferroalloy quotas bite

PORSGRUNN, Norway, May 13 (Norsjo Wire) - Norway will ask the EEA Joint Committee at its meeting in Brussels on May 29 to exempt Norwegian ferroalloys from the EU's safeguard quotas, Trade and Industry Minister Cecilie Myrseth said on Tuesday.

The EU began applying the quotas, with a 25% duty on volumes above them, in November, although Norway belongs to the single market through the European Economic Area (EEA).

Myrseth said Oslo "will not retaliate" against EU goods, but would take the case to the EFTA Surveillance Authority if talks fail. She will travel to Brussels in early June for talks with EU Trade Commissioner Maros Sefcovic, her ministry said.

Eramet Norway said it would lay off 80 workers temporarily from June 1 unless the quota is lifted. The company employs about 300 people at its manganese alloy plant in Porsgrunn, one of Telemark's largest industrial employers.

Prime Minister Jonas Gahr Store is expected to raise the issue with European Commission President Ursula von der Leyen at an EU-Norway summit in Oslo in late June, two officials said.

A decision on the exemption could come within 30 days of the Joint Committee meeting, a Commission spokesperson said.

Read more: Telemark county council backs toll for new Skien bridge

The Centre Party, which left Store's coalition in January 2025, said it would campaign to leave the EEA in the local elections in September 2027.

Analysts say Brussels is unlikely to grant a full exemption before the safeguard's scheduled review in 2027 and that a partial quota increase is the likelier outcome. "Oslo has less leverage than it thinks," said Ingrid Lunde, a trade researcher at the University of South-Eastern Norway.
"""},

"h238en05": {"outlet": "Siljan Wire (Mora)", "published": "2025-12-10", "text": """Dalarna firing range: will Stockholm override the reindeer herders?

FALUN, Sweden, Dec 10 (Siljan Wire) - Sweden's government will decide before Christmas whether to expand the Alvdalen firing range by 18,000 hectares for new artillery and air defence units, Defence Minister Pal Jonson said on Tuesday.

The Idre Sami village said it would appeal to the Supreme Administrative Court if the expansion goes ahead. Its reindeer graze part of the area in winter.

The Armed Forces bought 4,000 hectares of forest next to the range last year. The range already covers about 26,000 hectares of forest and bog north of Lake Siljan.

The Dalarna Regiment will form a second battalion in Falun from January 2027, the Armed Forces said in a statement, and about 600 conscripts will begin training there next autumn.

Supreme Commander Michael Claesson is due to visit the range on Monday with a Norwegian army delegation, his office said. Sweden and Norway are likely to sign a cross-border training agreement covering the range by the end of March, two defence officials said.

Social Democrat leader Magdalena Andersson said her party would review the decision if it wins the September 2026 election.

Jonson added that Sweden could deploy air defence units to Ukraine within weeks of a ceasefire, though he said a truce looked unlikely before the spring.

The Sami Parliament is expected to debate the range at its plenary in Kiruna from January 20 to 22.

Analysts expect the government to approve the expansion, possibly with seasonal limits on firing during calving. "The herders have the law on their side only until security outweighs it," said Lena Forsberg, a political scientist at Dalarna University. "Nobody in Stockholm wants to be seen choosing reindeer over rockets."
"""},
}
