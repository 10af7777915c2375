"""English texts of heldout69, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h69en01": {"outlet": "Benue Basin Wire (Makurdi)", "published": "2026-05-12", "text": """Tinubu heads to Benue and Plateau as army widens operation after village killings

MAKURDI, May 12 (Benue Basin Wire) - President Bola Tinubu will visit Makurdi and Jos on Thursday, days after gunmen killed at least 40 villagers in Benue state, presidential spokesman Bayo Onanuga said on Monday.

Tinubu is expected to meet Benue Governor Hyacinth Alia and Plateau Governor Caleb Mutfwang during the one-day trip, Onanuga said.

The attack on Tse-Akaa, a farming village near Yelwata, was the deadliest in the state in almost a year.

The army launched a new operation along the Benue-Nasarawa border on Sunday and will deploy two more battalions to the area within ten days, Defence Headquarters said in a statement.

Chief of Defence Staff General Olufemi Oluyede told reporters in Abuja that troops "will not leave these communities until farmers can go back to their fields."

The National Security Council will meet in Abuja on Friday to review the deployment, a presidency official said, speaking on condition of anonymity. An advance team will arrive in Makurdi tomorrow, the official added.

Read more: Nigeria's inflation eases for a fourth month in April

Senate President Godswill Akpabio said last week the Senate was expected to vote on a constitutional amendment allowing states to set up their own police forces before the end of June. Several northern governors oppose the change, which also needs the approval of at least 24 state assemblies.

A U.S. State Department official said Washington could impose visa restrictions on Nigerian officials it accuses of failing to protect rural communities.

Peter Obi, the African Democratic Congress's likely presidential candidate, may travel to Benue next week, two party officials said.

Analysts say the killings could hurt Tinubu's re-election bid in the north-central states in the February 2027 election. "Every new massacre becomes a campaign issue," said Aisha Bello-Kura, a security analyst at a Kaduna think tank.
"""},

"h69en02": {"outlet": "Sa Kaeo Wire (Aranyaprathet)", "published": "2026-08-18", "text": """Thailand and Cambodia to reopen main border crossing as boundary talks resume

ARANYAPRATHET, Aug 18 (Sa Kaeo Wire) - Thailand and Cambodia will reopen the Khlong Luek-Poipet crossing to cargo trucks from September 1, Thai Foreign Minister Sihasak Phuangketkeow said on Monday, easing trade restrictions Bangkok imposed during last year's border fighting.

Cars and pedestrians would follow "within weeks" if the first phase goes smoothly, he said.

The two countries' Joint Boundary Commission is due to meet in Phnom Penh on August 27-28 to discuss survey work along disputed sections of the 817-km frontier, the office of Cambodian Deputy Prime Minister Prak Sokhonn said.

The fighting in July 2025 killed dozens of soldiers and civilians and displaced more than 300,000 people on both sides. Cambodia and Thailand signed a new truce on December 27 after a second round of clashes, and ASEAN observers say it has largely held.

Thai and Cambodian army engineers, monitored by ASEAN observers, will begin joint mine clearance near the Ta Muen Thom temple in the second week of September, the Royal Thai Army said in a statement.

Cambodian Prime Minister Hun Manet said on Sunday that his country "will not accept any survey based on unilateral maps."

Read more: Thai baht firms as tourist arrivals recover

Malaysia's Foreign Minister Mohamad Hasan, whose country brokered the first ceasefire, will visit both capitals next week, the Malaysian foreign ministry said.

Thai commerce officials expect border trade, worth about $5 billion a year before the clashes, to recover to half that level by the end of the year.

Phnom Penh may also ask the International Court of Justice to rule on four disputed temples, though a filing is unlikely before next year, a Cambodian government adviser said.

Hun Manet and Thailand's prime minister could meet on the sidelines of the ASEAN summit in Manila in late October, diplomats said.
"""},

"h69en03": {"outlet": "Rideau Wire (Ottawa)", "published": "2026-11-10", "text": """Carney's budget faces Commons test as opposition parties weigh their options

OTTAWA, Nov 10 (Rideau Wire) - Canada's House of Commons will hold the final vote on Prime Minister Mark Carney's budget on Monday, November 23, Government House Leader Steven MacKinnon said on Monday.

Finance Minister Francois-Philippe Champagne tabled the budget on November 3, forecasting a deficit of C$68 billion. The Liberals are two seats short of a majority and need at least two opposition votes or abstentions to survive.

Conservative Leader Pierre Poilievre said his party would vote against the budget, calling it "a deficit budget dressed up as an investment plan."

Bloc Quebecois Leader Yves-Francois Blanchet said his caucus would meet on Wednesday to decide its position and "may abstain" if Ottawa raises health transfers to Quebec.

If the budget is defeated, Carney would ask Governor General Mary Simon to dissolve Parliament, and an election could be held as early as January, two senior Liberal officials said.

Analysts expect the budget to pass narrowly, with the Bloc likely to abstain.

Read more: Bank of Canada holds key rate at 2.25%

Carney will travel to Washington next week for talks with President Donald Trump on steel and aluminum tariffs, his office said. A sectoral deal on steel could be reached by the end of the year, a Canadian official involved in the talks said.

Defence Minister David McGuinty said the government would choose between German and South Korean bidders for up to 12 submarines "in the first half of 2027."

Carney will also host provincial premiers in Ottawa in early December for a first ministers' meeting on internal trade barriers.

Ken Driscoll, a Liberal MP from Newfoundland, said he may quit the Liberal caucus if cuts to fisheries science are not reversed, a move that would narrow the government's margin further.
"""},

"h69en04": {"outlet": "Avala Wire (Belgrade)", "published": "2025-10-14", "text": """Serbia hopes EU report opens door to new accession cluster as voter-roll audit begins

BELGRADE, Oct 14 (Avala Wire) - Serbia expects the European Commission's annual report, due on November 4, to recommend opening the long-delayed Cluster 3 of its accession talks, European Integration Minister Nemanja Starovic said on Monday.

Any decision would need the unanimous backing of EU member states, and diplomats in Brussels said an intergovernmental conference was unlikely before December.

EU Enlargement Commissioner Marta Kos will visit Belgrade next week for talks with President Aleksandar Vucic on media freedom and the voter register, her spokesperson said.

A working group including experts from the OSCE's Office for Democratic Institutions and Human Rights (ODIHR) began an audit of the voter rolls last week, and parliament will debate amendments to the voter register law in the first half of November, Speaker Ana Brnabic said.

Student groups, whose protests since the collapse of the Novi Sad railway station canopy in November 2024 brought down a prime minister, plan a march to Novi Sad on November 1, the anniversary of the disaster, organisers said.

Vucic said on Sunday he "will not be pressured by the street" into calling an early parliamentary election.

Read more: Serbia's central bank keeps key rate unchanged at 5.75%

U.S. sanctions on oil company NIS, majority owned by Russia's Gazprom Neft, took effect on October 9 after Washington declined to extend a waiver. Energy Minister Dubravka Djedovic Handanovic said the Pancevo refinery could keep working "until the end of November at the latest" without fresh crude, and that Belgrade hoped to secure a new waiver within days.

Serbian and Hungarian troops will hold a joint exercise near Subotica in late October, the defence ministry said.

Education Minister Dejan Vuk Stankovic could step down before the end of the year after clashing with university rectors over funding, two government sources said.
"""},

"h69en05": {"outlet": "Awash Ledger (Addis Ababa)", "published": "2027-01-26", "text": """AU council to meet on Ethiopia-Eritrea tensions as Saudi Arabia offers mediation

ADDIS ABABA, Jan 26 (Awash Ledger) - The African Union's Peace and Security Council will hold an emergency session on rising tensions between Ethiopia and Eritrea on Thursday, the AU Commission said on Monday, after both countries reported troop movements near their shared border.

Prime Minister Abiy Ahmed told parliament last week that Ethiopia would "not go to war for the sea" but would keep pressing for "a negotiated outlet" to the Red Sea through the Eritrean port of Assab.

Eritrea's Information Minister Yemane Gebremeskel said on X that Asmara "will never negotiate its sovereignty."

Saudi Foreign Minister Prince Faisal bin Farhan is expected in Addis Ababa and Asmara next week to offer mediation, two diplomats said.

AU Commission Chairperson Mahmoud Ali Youssouf plans to appoint a special envoy for the Horn of Africa within two weeks, his spokesperson said.

Read more: Ethiopian birr slides further after central bank auction

The dispute is likely to dominate the AU leaders' summit in Addis Ababa on February 13-14, AU officials said.

Ethiopian and Eritrean troops have faced each other along parts of the border since the end of the 2020-2022 war in Tigray, in which Eritrean forces fought alongside federal troops.

Ethiopia's army could hold large-scale exercises in the Afar region next month, according to a regional official, a move Asmara would likely see as a provocation.

A framework deal on Ethiopian access to Assab could be signed as early as March if talks start, an Ethiopian official said, but Eritrea has rejected any discussion of the port.

Washington may reimpose sanctions on Eritrean officials if Asmara's troops cross into Ethiopian territory, a U.S. official said.

Analysts say a full-scale war is unlikely this year but warn that a single border incident could escalate quickly.
"""},
}
