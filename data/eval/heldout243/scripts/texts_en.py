"""English texts of heldout243, written for this project in one sitting. Invented or generic facts."""

EN = {
"h243en01": {"outlet": "Blackwater Wire (Chelmsford)", "published": "2026-03-12", "text": """Will Wethersfield close before the summer? Home Office weighs the asylum site's future

BRAINTREE, March 12 (Blackwater Wire) - The Home Office will decide by the end of March whether to keep housing asylum seekers at the former RAF Wethersfield airbase in Essex, Home Secretary Shabana Mahmood told MPs on Wednesday.

Mahmood said the site "will not become a permanent camp". About 580 men live there, and its temporary planning permission runs out in September.

Braintree District Council's legal challenge to the site will be heard at the High Court on April 21, the council said in a statement. Its leader, Margaret Pelling, said she would resign if the court ruled against the council.

James Cleverly, the Conservative MP for Braintree, said he would table an urgent question in the Commons next week.

The department plans to move about 200 residents to smaller sites within 14 days, two Home Office officials said.

Read more: Essex farmers warn of hosepipe bans as reservoirs fall

Britain and France are expected to extend their "one in, one out" returns pilot when Prime Minister Keir Starmer and President Emmanuel Macron meet at a UK-France summit in Paris in mid-April, officials on both sides said.

The government could also suspend visas for nationals of countries that refuse to take back rejected asylum seekers, Mahmood said, without naming any country.

French Interior Minister Laurent Nunez will visit London on Monday for talks on small-boat crossings, the French embassy said.

Reform UK will hold a rally outside the airbase on Saturday, a party spokesman said. The first Greater Essex mayoral election, postponed last year, is not expected before May 2028.

Analysts say crossings are likely to rise again over the summer, whatever happens at Wethersfield. "Closing one camp does not solve the capacity problem, it just moves it down the A120," said Priya Ramdas, a migration researcher at the University of Essex.
"""},

"h243en02": {"outlet": "Piotrkowska Wire (Lodz)", "published": "2027-05-17", "text": """Poland to rule on Chinese bid for Lodz washing-machine plant

LODZ, May 17 (Piotrkowska Wire) - Poland's competition watchdog UOKiK will rule within 30 days on whether to block the sale of a washing-machine plant in Lodz to China's Qingtai Appliances, its president, Marek Zawadzki, said on Friday.

The German owner, Reinholt Hausgerate, agreed in February to sell the factory, which employs 1,900 people, after two years of losses.

Development Minister Joanna Wierzbicka said the government "will not allow" key industrial assets to pass to a state-backed foreign buyer without binding guarantees on jobs and technology.

Qingtai's European head, Liu Wenbo, will meet Lodz Mayor Hanna Zdanowska on Thursday to present the company's investment plan, the company said. If the sale goes through, Qingtai aims to double output by the end of the year, it added.

The European Commission is expected to deliver its opinion under the EU's foreign investment screening rules by early June, two EU officials said.

Beijing could open an anti-dumping probe into Polish furniture exports if Warsaw blocks the deal, a Chinese commerce ministry official said.

The Sejm's economic committee will question Wierzbicka on Wednesday. The Solidarity union said it would hold a rally outside the plant on June 1 to demand job guarantees.

The plant's chief executive, Piotr Malinowski, will step down at the end of June, Reinholt said.

Foreign Minister Radoslaw Sikorski is likely to raise the case with Chinese counterpart Wang Yi during a visit to Beijing in late June, diplomats said.

Analysts say the government is unlikely to approve the sale before the parliamentary election in October, when the opposition Law and Justice party hopes to make Chinese investment a campaign issue. "No minister wants to sign this a few months before voters decide," said Agnieszka Rembowska, an economist at a Warsaw consultancy.
"""},

"h243en03": {"outlet": "Kokemaki Wire (Pori)", "published": "2025-11-26", "text": """Can Rauma get Finland's new corvettes to sea before 2029?

RAUMA, Nov 26 (Kokemaki Wire) - Finland's government will decide on Thursday whether to give shipbuilder Rauma Marine Constructions (RMC) an extra 180 million euros to finish the navy's four Pohjanmaa-class corvettes, Defence Minister Antti Hakkanen said on Tuesday.

The Squadron 2000 programme has slipped twice since 2023 because of design changes. Hakkanen said the state "will not take over the shipyard".

The first corvette is now unlikely to be handed over before 2028, two defence ministry officials said. Harri Kotilainen, RMC's chief executive, said sea trials would start as early as April.

The shipyard is also expected to sign an amended combat-systems contract with Sweden's Saab in Stockholm next week, RMC said.

Parliament's defence committee will hear the navy commander, Rear Admiral Tuomas Tikka, on Friday. Tikka has said the navy will keep its Hamina-class missile boats in service until 2030.

The opposition Social Democrats would demand an independent audit if the extra money is approved, their leader Antti Lindtman said.

President Alexander Stubb is expected to visit the shipyard in early December, his office said.

Read more: Pori port handles record volumes as Baltic shipping shifts north

Finland and Sweden will hold a joint naval exercise in the Bothnian Sea from December 8 to 12, the Finnish Navy said.

Speaking in Helsinki on Monday, Stubb said a ceasefire in Ukraine could come as early as January, but that Finland's defence spending would not fall.

Finland holds a parliamentary election in April 2027, and the corvettes have become a test of the government's defence record.

Analysts say the programme's costs could rise again if steel prices climb. "Every delay is paid twice, once at the yard and once in the old boats that must stay at sea," said Leena Aaltonen, a defence analyst in Turku.
"""},

"h243en04": {"outlet": "Otra Wire (Kristiansand)", "published": "2027-01-14", "text": """Norway to decide on Skagerrak power cables as Agder prices bite

KRISTIANSAND, Jan 14 (Otra Wire) - Norway's government will decide before the end of March whether grid operator Statnett may renew the two oldest Skagerrak power cables to Denmark, Energy Minister Terje Aasland said on Wednesday.

Skagerrak 1 and 2, laid in the 1970s, link Kristiansand with northern Jutland. Households in Agder paid record prices in December.

Statnett will send the ministry a cost estimate within ten days and will meet Denmark's Energinet in Oslo next week to discuss the terms of a renewal, the company said.

The Centre Party "will not support" any new or renewed cable to the continent, its leader Trygve Slagsvold Vedum said. The Storting will vote on a Centre Party motion to halt the renewal on February 9.

Danish Climate Minister Lars Aagaard is expected to visit Oslo next month, diplomats said.

Prime Minister Jonas Gahr Store is likely to raise the cables with Danish Prime Minister Mette Frederiksen at a Nordic prime ministers' summit in Reykjavik in late February, a government official said.

Read more: Agder county approves new ferry contract for the Skagerrak coast

Agder's county mayor, Gro Bergsland, said the issue would dominate the campaign before the local elections on September 13.

Statnett's chief executive will step down at the end of June, the company said on Tuesday, without giving a reason.

The EFTA Surveillance Authority could open a case against Norway if the cables are closed, a European Commission official said.

Analysts say prices in southern Norway could fall by up to 10 percent next winter if the cables close, but exports of surplus power would then be lost. "Agder wants cheap power and the money from selling it, and it cannot have both," said Sindre Holm, an energy economist in Bergen.
"""},

"h243en05": {"outlet": "Kaali Wire (Kuressaare)", "published": "2026-05-27", "text": """Estonia to put anti-ship missiles on Saaremaa as Moscow warns of response

KURESSAARE, May 27 (Kaali Wire) - Estonia will station its first Blue Spear coastal anti-ship missile battery on Saaremaa from July 1, Defence Minister Hanno Pevkur said on Tuesday.

The deployment comes after Russian fighter jets violated Estonian airspace near the island of Vaindloo last week.

The Riigikogu's national defence committee will discuss the deployment on Monday, its chairman, Kalev Stoicescu, said. Saaremaa's municipal mayor, Kaido Vahter, said a public meeting for residents would be held in Kuressaare tomorrow.

Russia's foreign ministry said Moscow "will respond with military-technical measures".

Russia's Baltic Fleet is likely to hold exercises near the Estonian coast in late June, two Estonian officials said.

NATO's annual BALTOPS exercise, from June 5 to June 20, will include a landing on Saaremaa for the first time, the alliance said in a statement.

Prime Minister Kristen Michal will present the deployment to allies at the NATO summit in Ankara on July 7-8, his office said.

Estonia and Finland are expected to sign an agreement on joint coastal defence planning in Helsinki in August, diplomats said.

The navy's commander will step down in August after four years in the post, the Estonian Defence Forces said.

The opposition Isamaa party, which leads polls before the March 2027 election, backs the deployment.

The European Union could add Russian units involved in GPS jamming over the Baltic to its sanctions list in June, an EU diplomat said.

Analysts say Russia could step up jamming over Saaremaa in response, disrupting flights and ferries to the island. "The missiles change the map on the Russian side, and Moscow will want to show it has noticed," said Mart Leppik, a security researcher in Tartu.
"""},
}
