"""English texts of heldout138, written for this project. Invented or generic facts."""

EN = {
"h138en01": {"outlet": "Botanica Wire (Chisinau)", "published": "2025-11-20", "text": """Moldova to get first EU-funded air defence radars as drone incursions mount

CHISINAU, Nov 20 (Botanica Wire) - The European Union will fund two long-range air surveillance radars for Moldova under a new 60 million euro assistance measure that EU foreign ministers are expected to approve on Monday, Defence Minister Andrei Ciobanu said on Wednesday.

Ciobanu said the first radar would be operational near Balti by the end of March and the second, in the south, "before next winter".

Russian drones have entered Moldovan airspace at least nine times since September, most recently on Sunday, when one crashed in a field near Cantemir, the defence ministry said.

The Supreme Security Council will meet next week to discuss the incursions, President Maia Sandu's office said.

Moldova's constitution declares permanent neutrality, and Sandu has said the radars "will not make Moldova part of any military bloc".

The opposition Party of Socialists (PSRM) says the purchase breaches neutrality. Its lawmaker Vasile Grecu said the party would challenge the financing agreement at the Constitutional Court within 30 days of its signing.

The EU also plans to add five people accused of organising vote-buying for Moscow to its Moldova sanctions list in early December, two EU diplomats said.

Read more: Moldova's inflation slows to 6.9% in October

EU foreign policy chief Kaja Kallas could visit Chisinau before the end of the year, one of the diplomats said.

Romania will hold joint air-policing drills with Moldova from December 8 to December 12, the Romanian defence ministry said.

In Transnistria, the leader of the breakaway region, Vadim Krasnoselsky, called the radars "a provocation" and said Tiraspol might ask Russia for its own air-defence systems.

Analysts say more drones are likely to stray into Moldovan airspace this winter.

"Moldova also needs short-range guns, and those could arrive only in 2027," said Elena Botnaru, a security analyst at a Chisinau think tank.
"""},

"h138en02": {"outlet": "Mahaica Wire (Georgetown)", "published": "2026-08-14", "text": """Will Guyana's eighth oil project win approval before the local polls?

GEORGETOWN, Aug 14 (Mahaica Wire) - Guyana's government expects to grant ExxonMobil a production licence for its eighth offshore project, Longtail, by the end of September, Natural Resources Minister Vickram Bharrat said on Thursday.

The Environmental Protection Agency will hold a public hearing on the project's impact assessment in Georgetown on Monday, the agency said in a notice.

Longtail would add about 250,000 barrels a day from 2030, Bharrat said. Guyana's first oil flowed from the Liza field in December 2019.

Vice President Bharrat Jagdeo said on Wednesday the government "will not reopen" the 2016 production sharing agreement, rejecting an opposition demand.

The opposition's shadow energy spokesman, Kwame Lashley, said his party would table a motion in the National Assembly next week calling for an independent audit of cost recovery. The motion is unlikely to pass because the ruling People's Progressive Party holds 36 of the 65 seats.

Read more: Guyana's non-oil economy grows 13% in first half

The Guyana Defence Force will step up coast guard patrols around the production vessels from next week after a Venezuelan navy patrol boat approached a drillship on August 9, GDF chief of staff Brigadier Omar Khan said.

The head of the Guyana Petroleum Commission, Dwayne Alleyne, is expected to step down when his contract ends in October, two officials said.

Local government elections will be held on December 7, the Guyana Elections Commission (GECOM) said last month.

U.S. Energy Secretary Chris Wright may attend an energy conference in Georgetown in mid-October, a person involved in the planning said.

Analysts say Caracas could send more navy boats toward the offshore fields in the coming weeks.

Rhonda Persaud, an economist at the University of Guyana, said the government might use the extra revenue to cut fuel taxes before the elections. "Every party wants to be seen sharing the oil money," she said.
"""},

"h138en03": {"outlet": "Kiskunhalas Wire (Kiskunhalas)", "published": "2027-03-15", "text": """First trains to run on Hungary's Chinese-built line to Serbia on Friday

KISKUNHALAS, March 15 (Kiskunhalas Wire) - Passenger trains will start running on the Hungarian section of the Budapest-Belgrade railway on Friday, six years later than first planned, Transport Minister Gabor Lakatos said on Sunday.

The 152-km section to the Serbian border at Kelebia was built by a Chinese-Hungarian consortium and financed largely by a loan from China's Export-Import Bank.

Chinese Premier Li Qiang is expected to join the first journey and to hold talks with Hungarian leaders in Budapest on the same day, Lakatos said.

Serbian President Aleksandar Vucic will not attend because the Serbian parliament holds a no-confidence vote that day, his office said.

Through freight services to Belgrade are due to begin from May 1, once Serbian and Hungarian border authorities agree on joint checks at Kelebia, the state railway company MAV said.

Hungary will host the China-Central and Eastern European Countries summit in Budapest in late April, a foreign ministry official said. Analysts say Budapest is likely to seek a new Chinese loan at the summit for a branch line to the airport.

Read more: Hungarian inflation eases to 4.1% in February

The European Union's anti-fraud office OLAF has been examining the tender since 2020 and could issue its findings within six weeks, two EU officials said. A negative finding could lead Brussels to withhold EU funds from related projects, they added.

The line runs through the Kiskunhalas constituency, where voters elect a new member of parliament on April 11. The seat fell vacant after the incumbent, Istvan Bagi, resigned in January to become ambassador to Croatia.

Opposition candidate Dora Halasz said she would ask parliament to publish the loan contract if elected.

Rail expert Peter Balogh of a Budapest consultancy said the journey time between the two capitals might not fall below three hours before 2029, because works continue on the Serbian side.
"""},

"h138en04": {"outlet": "Manda Bay Wire (Lamu)", "published": "2026-02-11", "text": """Can Lamu finally draw Ethiopian cargo? LAPSSET ministers meet in Nairobi

LAMU, Feb 11 (Manda Bay Wire) - Transport ministers from Kenya, Ethiopia and South Sudan will meet in Nairobi on Friday to review the Lamu Port-South Sudan-Ethiopia Transport (LAPSSET) corridor, Kenya's transport ministry said in a statement.

Transport Cabinet Secretary Davis Chirchir said the three countries would sign a protocol on joint customs checks at Moyale, which he expects to halve truck clearance times.

Only three of Lamu's 32 planned berths are operating. The Kenya Ports Authority plans to offer them to a private operator, with a tender expected in mid-March, its managing director, Abdallah Omar, told reporters.

Ethiopia is expected to send its first regular cargo through Lamu next month, two Ethiopian officials said, after a trial shipment of fertiliser in November.

Ethiopian Prime Minister Abiy Ahmed may visit Lamu later this month, a Kenyan official said. Ruto and Abiy will both attend the African Union summit in Addis Ababa on February 14-15.

South Sudan's Oil Minister Deng Malual said Juba would not commit to a crude pipeline to Lamu until fighting in Upper Nile stops.

A ceasefire between government forces and the SPLA-IO in Upper Nile expires at the end of February. Mediators from the Intergovernmental Authority on Development (IGAD) hope to extend it by three months.

Read more: Kenyan shilling steady as tea export earnings rise

The Kenya Defence Forces will extend operations against al-Shabaab in the Boni forest until the end of June to secure the Lamu-Garissa road, a KDF spokesman said.

President William Ruto is due to visit Lamu in the second week of March to open the Lamu-Ijara road, State House said. Ruto faces re-election in August 2027.

Analysts say the corridor could stay underused for years without a rail link to Ethiopia.

Otieno Mbugua, a Mombasa-based logistics consultant, said Ethiopian importers were unlikely to switch from Djibouti before 2030.
"""},

"h138en05": {"outlet": "Bang Rak Wire (Bangkok)", "published": "2027-09-18", "text": """Will Thailand's casino bill survive a second attempt?

BANGKOK, Sept 18 (Bang Rak Wire) - Thailand's cabinet will consider a revised bill to legalise casinos inside large entertainment complexes on Tuesday, Deputy Finance Minister Pichai Srisawat said on Friday.

A first version was withdrawn in July 2025 amid street protests and a coalition crisis.

Pichai said the new draft would limit gaming floors to 5 percent of each complex and bar Thai citizens who earn less than 50,000 baht a month.

If the cabinet approves it, the bill is expected to reach the House of Representatives for a first reading in late October, government spokeswoman Nalinee Kaewmanee said.

People's Party leader Natthaphong Ruengpanyawut said his party "will vote against it at every reading".

Tourism Minister Kanokwan Boonmee, who opposed the first draft, could resign if the bill passes cabinet, Thai media reported.

The Network Against Gambling said it would hold a rally outside Government House on October 6.

A delegation from Singapore's Marina Bay Sands is expected in Bangkok next week for talks with the Board of Investment, two people familiar with the plans said.

Read more: Thai baht hits one-month high as exports beat forecasts

The Senate is expected to vote on the bill in November, and a group of senators may ask the Constitutional Court to review it before then, one of the senators said.

Analysts say a by-election in Chiang Rai's third constituency on October 24 will be the first test of public opinion on the plan. They say the bill is unlikely to become law before the end of the year, and that the prime minister could use the APEC summit in Vietnam in November to court casino investors.

Kittisak Thongdee, a political scientist at Chulalongkorn University, said the prime minister might call an early election if the bill splits the coalition. "This is the issue that broke the last government," he said.
"""},
}
