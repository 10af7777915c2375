"""English texts of heldout55, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h55en01": {"outlet": "Arax Wire", "published": "2026-08-05", "text": """Armenia, US to sign TRIPP company deal as peace treaty stays on hold

MEGHRI, Armenia, Aug 5 (Arax Wire) - Armenia and the United States will sign an agreement setting up the joint company that will build and run the Trump Route for International Peace and Prosperity (TRIPP) in Washington on August 12, Armenia's Ministry of Territorial Administration and Infrastructure said on Tuesday.

Deputy Prime Minister Mher Grigoryan will lead the Armenian delegation and is expected to meet U.S. Secretary of State Marco Rubio, the ministry added.

The signing follows the first anniversary of the August 8, 2025 White House summit, where Prime Minister Nikol Pashinyan and President Ilham Aliyev initialled the text of a peace treaty and agreed on a route through Armenia's Syunik province.

Construction of the railway section along the Araks river could begin as early as the first quarter of 2027, a senior Armenian official said, speaking on condition of anonymity. Feasibility work is due to be completed by the end of November.

Azerbaijan will not sign the treaty until Armenia removes a reference to the 1990 declaration of independence from its constitution, Foreign Minister Jeyhun Bayramov told reporters in Baku on Monday.

Pashinyan has said a referendum on a new constitution could be held in 2027. Analysts expect the treaty to be signed no earlier than 2027.

The border delimitation commissions, headed by Grigoryan and Azerbaijani Deputy Prime Minister Shahin Mustafayev, will meet in Gabala on August 27, Azerbaijan's Cabinet of Ministers said.

Read more: Armenian dram firms on remittances

A Turkish delegation will visit Yerevan next week for talks on reopening the Kars-Gyumri railway, Armenia's foreign ministry said.

Russia could raise the route at the CIS foreign ministers' meeting in Minsk in October, Russian foreign ministry spokeswoman Maria Zakharova said last week.

Azerbaijan's army will hold exercises near the Nakhchivan border from August 18 to 22, the defence ministry in Baku said.
"""},

"h55en02": {"outlet": "Athi Wire", "published": "2027-06-14", "text": """Kenya's MPs to vote on Finance Bill as protest anniversary nears

NAIROBI, June 14 (Athi Wire) - Kenya's National Assembly will vote on the second reading of the Finance Bill 2027 on Thursday, Majority Leader Kimani Ichung'wah said on Sunday.

The bill, which seeks to raise about 180 billion shillings in new revenue, is widely expected to pass.

Treasury Cabinet Secretary John Mbadi said on Friday the government would not reintroduce taxes on bread or sanitary pads, two of the measures that triggered mass protests in 2024.

President William Ruto is expected to sign the bill before July 1, when the new financial year begins, State House said.

Youth groups plan to march in Nairobi and other cities on June 25 to mark three years since protesters stormed parliament, Brian Otieno, a convener of the Sauti Yetu youth movement, told reporters on Monday.

Protesters broke into the parliament buildings on June 25, 2024, after lawmakers approved that year's bill.

Inspector-General of Police Douglas Kanja said officers would not allow any demonstrators near parliament. The government could also ask lawmakers to approve deploying the Kenya Defence Forces to support the police, a senior security official said, speaking on condition of anonymity.

Read more: Kenyan shilling steady as tea and diaspora inflows hold up

Separately, the last 200 Kenyan police officers serving in Haiti will return home by the end of June, Interior Cabinet Secretary Kipchumba Murkomen said, when the UN-backed Gang Suppression Force fully takes over from the Kenya-led mission.

An International Monetary Fund team is due in Nairobi next week to discuss a new funding programme, the Treasury said.

The bill is the last before the August 10 general election, and analysts say the opposition could make the new levies a central campaign issue. Kalonzo Musyoka, who leads the opposition coalition, may travel to London next week to meet diaspora groups, two people close to him said.
"""},

"h55en03": {"outlet": "Intramuros Wire", "published": "2026-06-29", "text": """Philippines pushes for South China Sea code deal before ASEAN year ends

MANILA, June 29 (Intramuros Wire) - ASEAN and Chinese senior officials will hold a new round of negotiations on a South China Sea code of conduct in Bohol from July 8 to 10, the Department of Foreign Affairs said on Sunday.

Foreign Secretary Theresa Lazaro said on Saturday that Manila, this year's ASEAN chair, aims to have the code adopted at the ASEAN summit in Manila in November.

Chinese foreign ministry spokesperson Mao Ning said on Friday that Beijing would "not accept any timetable imposed from outside".

Diplomats involved in the talks said the main sticking points, the code's legal status and its geographic scope, were unlikely to be resolved in Bohol.

ASEAN and China agreed in 2023 on guidelines to speed up the talks, with a three-year target that expires this year.

The annual ASEAN foreign ministers' meeting is scheduled for July 27-28 in Manila, and Chinese Foreign Minister Wang Yi is expected to attend the related meetings, according to a diplomatic source.

Read more: Philippine peso weakens on oil

The Philippine Coast Guard said on Monday that a Chinese coast guard ship had fired a water cannon at a fisheries bureau vessel near Scarborough Shoal last Thursday. Manila will file a diplomatic protest this week, the foreign ministry said.

U.S. and Philippine forces will hold joint maritime patrols in the second half of July, the Armed Forces of the Philippines said.

President Ferdinand Marcos Jr. is due to travel to Hanoi in mid-July to coordinate positions with Vietnam on the code, the Presidential Communications Office said.

Analysts say Beijing could offer a partial deal that leaves out legally binding language, to avoid a public failure during Manila's chairmanship.

"A signing in November is possible, but it would be a framework, not a code," said Jose Villaraza, a security analyst at a Quezon City think tank.
"""},

"h55en04": {"outlet": "Kalemegdan Wire", "published": "2026-11-03", "text": """Serbia heads for December snap vote as students vow to run

BELGRADE, Nov 3 (Kalemegdan Wire) - Serbia will hold early parliamentary elections on December 20, President Aleksandar Vucic said late on Monday.

Vucic signed a decree dissolving the National Assembly on Monday evening, his office said.

The Republic Electoral Commission is expected to publish the electoral calendar within 48 hours, with candidate lists due by November 30.

Student assemblies that have led protests for two years will field their own list, Milica Djordjevic, a spokeswoman for the student plenums at the University of Belgrade, told reporters on Tuesday.

Tens of thousands marched in Novi Sad on Sunday to mark two years since the collapse of the railway station canopy that killed 16 people.

The main opposition parties are expected to back the student list rather than run separately, two opposition officials said.

The ruling Serbian Progressive Party (SNS) could lose its majority, according to a poll by Sumadija Research published on Monday.

Vucic said he would not lead the SNS list himself and would not resign as president before his term ends in 2027.

Read more: Serbian dinar stable as central bank holds rates

EU Enlargement Commissioner Marta Kos will visit Belgrade next week to urge a free and fair vote, her spokesperson said.

An assessment team from the OSCE's Office for Democratic Institutions and Human Rights is expected in Belgrade later this week.

Serbia's army will hold a joint exercise with Hungarian troops near Subotica in the second half of November, the defence ministry said.

Education Minister Dejan Vuk Stankovic, whose ministry has clashed with the universities, could step down before the vote, local media reported.

Analysts said the short campaign would favour the ruling party, which controls most national broadcasters. Students say they will campaign door to door in towns where opposition parties have no offices.
"""},

"h55en05": {"outlet": "Koro Sea Wire", "published": "2025-06-23", "text": """Fiji's budget heads to parliament as coalition partners bicker

SUVA, June 23 (Koro Sea Wire) - Deputy Prime Minister and Finance Minister Biman Prasad will present the 2025-2026 national budget to parliament on Friday, June 27, the Ministry of Finance said on Monday.

Debate on the budget is scheduled to begin on July 7, with a final vote expected on July 18.

Prasad is widely expected to cut value added tax on basic food items, a promise his National Federation Party made before the 2022 election.

The leader of the Social Democratic Liberal Party (SODELPA), Viliame Gavoka, said on Saturday his party's MPs would vote against the budget unless it restores funding cut from the iTaukei Affairs Ministry.

SODELPA joined Prime Minister Sitiveni Rabuka's coalition in December 2022, giving the three-party government a narrow majority.

Rabuka told reporters on Sunday he would not dismiss Gavoka from cabinet. "We will sort this out within the family," he said.

Analysts say SODELPA's ministers could resign from cabinet if the party's demand is rejected, leaving the government without a majority.

Prasad would resign from cabinet if the budget were defeated, a National Federation Party official said.

Read more: Fiji tourism arrivals hit record in May

New Zealand Foreign Minister Winston Peters will visit Suva in the second week of July for talks with Rabuka on climate finance and policing, New Zealand's foreign ministry said.

The Republic of Fiji Military Forces will deploy 30 more personnel to the Multinational Force and Observers in Egypt's Sinai in August, the RFMF said.

Rabuka will attend the Pacific Islands Forum leaders' meeting in Honiara in September, his office said.

Opposition leader Inia Seruiratu said an early election "may be the only way out" if the budget fails.

Fiji has been governed by coalitions since the 2022 vote ended sixteen years of rule by FijiFirst, which was deregistered last year.
"""},
}
