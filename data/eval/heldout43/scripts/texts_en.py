"""English texts of heldout43, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h43en01": {"outlet": "Atauro Wire", "published": "2026-01-13", "text": """Timor-Leste takes its first seat at ASEAN's table as a full member

DILI, Jan 13 (Atauro Wire) - Foreign Minister Bendito dos Santos Freitas will attend his first ASEAN foreign ministers' retreat as a full member in Cebu on January 28-29, Timor-Leste's foreign ministry said on Monday.

Freitas is expected to hold talks with Philippine Foreign Secretary Theresa Lazaro on the sidelines, a ministry official said, as Manila chairs the bloc this year.

Timor-Leste was admitted as ASEAN's eleventh member at the summit in Kuala Lumpur in October, ending a bid that began in 2011.

ASEAN Secretary-General Kao Kim Hourn will visit Dili next week to open a liaison office at the foreign ministry, the ASEAN Secretariat said.

The National Parliament is expected to ratify the ASEAN Trade in Goods Agreement by the end of March, parliamentary officials said, the first of dozens of economic agreements Dili must join.

Prime Minister Xanana Gusmao will attend the ASEAN summit in the Philippines in May, his office said. Gusmao could also travel to Jakarta next month for talks with President Prabowo Subianto, two officials said, though no date has been fixed.

Read more: Dili port expansion opens to container traffic

Timor-Leste will open embassies in Hanoi and Vientiane by the end of the year, Freitas told reporters.

Soldiers of the F-FDTL, the country's defence force, are likely to take part in their first ASEAN military exercise in the second half of the year, a defence ministry spokesman said.

"We will not ask for exemptions from ASEAN rules, only for time," Freitas said, rejecting reports that Dili would seek to delay tariff cuts.

Analysts say the small administration could struggle to staff more than a thousand ASEAN meetings a year. Dili may also bid to host an ASEAN ministerial meeting as early as 2028, said Joana Soares, a researcher at a Dili think tank.
"""},

"h43en02": {"outlet": "Usutu Wire", "published": "2027-07-27", "text": """Eswatini sets by-elections in three constituencies as king weighs appointments

MBABANE, July 27 (Usutu Wire) - Eswatini will hold by-elections in three tinkhundla constituencies on Saturday, August 28, the chairperson of the Elections and Boundaries Commission, Nokwanda Mamba, said on Monday.

Nominations will take place at chiefdom level on August 7, Mamba said, adding that "there will be no postponement".

The seats fell vacant after two members of parliament died and King Mswati III appointed a third, Lindiwe Dube, as a senator in June.

The king is expected to appoint a new minister of public works once the by-elections are over, palace sources said. Prime Minister Russell Dlamini could also reshuffle his cabinet before parliament resumes on September 6, two government officials said.

Public Works Minister Mduduzi Tsabedze, whose resignation has been demanded by several MPs over a road contract, may step down before then, a senior official said, speaking on condition of anonymity.

The banned opposition party PUDEMO will campaign for a boycott of the vote, its spokesman Sibusiso Nhlabatsi said. "Tinkhundla elections change nothing," he said.

Read more: Sugar exports to the EU hit a five-year high

Soldiers of the Umbutfo Eswatini Defence Force will be deployed to the three constituencies from August 25 to support the police, the army said in a statement.

Mswati will attend the SADC summit on August 17, his office said. Regional diplomats said the summit was likely to discuss the bloc's election observation rules.

The Commonwealth is not expected to send observers to the by-elections, a Commonwealth Secretariat official said.

The finance ministry said on Friday it would table a supplementary budget in the second week of September to cover higher public sector wages, agreed with unions in May.

Analysts say turnout could fall below 30% in the urban Manzini constituency, where PUDEMO's support is strongest.
"""},

"h43en03": {"outlet": "Krka Wire", "published": "2027-03-10", "text": """Croatia calls up largest conscript intake as parliament votes on changes

ZAGREB, March 10 (Krka Wire) - About 1,200 conscripts, the largest intake since Croatia brought back compulsory military training, will report to barracks in Slunj, Knin and Pozega on April 6, Defence Minister Ivan Anusic said on Tuesday.

"We will not shorten the two-month training," Anusic told reporters in Zagreb.

The first intake completed its training in March 2026, after parliament restored conscription in October 2025.

The Sabor will vote on Friday on amendments that allow women to volunteer for basic training and raise conscripts' monthly pay, a parliamentary official said. The amendments are expected to pass with the votes of the ruling HDZ and its coalition partner, the Homeland Movement.

The opposition Social Democrats will vote against, their leader Sinisa Hajdas Doncic said. The party could also challenge the law before the Constitutional Court, he added.

President Zoran Milanovic will attend the oath-taking ceremony of the new conscripts in Knin on May 28, Armed Forces Day, his office said.

Read more: Croatian tourism revenue seen at new record

Prime Minister Andrej Plenkovic will attend the European Council in Brussels on March 18-19, where defence spending is on the agenda, the government said.

German Defence Minister Boris Pistorius may visit Zagreb next month, two diplomats said. A contract for 50 Leopard 2A8 tanks is expected to be signed in the second half of the year, a defence ministry official said.

Croatian troops will host the NATO exercise "Velebit Shield" in the first half of June, the ministry said.

Analysts say the programme could require a supplementary budget in the autumn, as barracks renovations have cost more than planned. "The money will be found, but something else will be delayed," said Tomislav Kovac, a defence analyst at a Zagreb institute.

The defence ministry said it had received more than 3,000 applications for voluntary service since January.
"""},

"h43en04": {"outlet": "Wouri Wire", "published": "2026-06-16", "text": """Cameroon opens post-election talks with opposition, key parties wary

DOUALA, June 16 (Wouri Wire) - Cameroon's government will open a national consultation with opposition parties in Yaounde on Monday, June 29, for five days, the Ministry of Territorial Administration said on Monday.

Minister Paul Atanga Nji said the talks would cover the electoral code, decentralisation and the release of people detained after last year's presidential election.

The Constitutional Council declared President Paul Biya the winner of the October 12 vote on October 27, results the opposition rejected.

Maurice Kamto, leader of the Cameroon Renaissance Movement (MRC), said his party would not attend unless political detainees are freed before the talks begin. Issa Tchiroma Bakary, who came second according to the official results, has not said whether he will take part.

The justice ministry is expected to announce the release of about 200 detainees before the consultation opens, a senior official said.

Archbishop Andrew Nkea, president of the National Episcopal Conference of Cameroon, is likely to meet Biya next week to offer the bishops' help as facilitators, church sources said.

Read more: Cocoa farmers in the Centre region face record input prices

A bill to reform the electoral code is expected to be tabled at parliament's November session, according to two ruling party lawmakers.

Commonwealth Secretary-General Shirley Botchwey is due to visit Yaounde in July, the Commonwealth Secretariat said.

Separatist groups in the Anglophone regions could declare a truce for the duration of the talks, a mediator in Buea said, but no group has committed to it.

European Union foreign ministers may discuss targeted sanctions over the post-election crackdown when they meet on June 22, two EU diplomats said.

Analysts say a government of national unity is unlikely before the end of the year. "The regime is buying time, not sharing power," said Hervé Ndongo, a political scientist at the University of Douala.
"""},

"h43en05": {"outlet": "Chirchiq Wire", "published": "2027-10-05", "text": """Uzbekistan heads into what could be final WTO working party round

TASHKENT, Oct 5 (Chirchiq Wire) - The World Trade Organization's working party on Uzbekistan's accession will meet in Geneva on October 21, the Ministry of Investment, Industry and Trade said on Monday, in what officials hope will be its final session.

Deputy Prime Minister Jamshid Khodjaev will lead the delegation, the ministry said.

Uzbekistan has concluded bilateral market access deals with 31 WTO members, most recently with Japan in August. A deal with the European Union is expected to be signed by the end of October, a senior trade official said.

Talks with the United States, however, could drag into 2028 over cotton and agricultural subsidies, two people familiar with the negotiations said.

If the working party approves the draft report, the WTO General Council could adopt Uzbekistan's accession package at its meeting in December, said Azizbek Rahimov, an adviser at the ministry.

The Oliy Majlis, Uzbekistan's parliament, must ratify the package within 90 days of its adoption, under the country's accession law.

Read more: Uzbekistan's gold exports rise 12% in third quarter

President Shavkat Mirziyoyev will attend the EU-Central Asia summit in Brussels in mid-November, his press secretary said, where he is expected to hold talks with European Commission President Ursula von der Leyen.

WTO Director-General Ngozi Okonjo-Iweala may visit Tashkent before the end of the year, a diplomat in Geneva said.

"We will not reopen commitments already agreed," Khodjaev told a forum in Tashkent last week, rejecting calls from textile producers for longer protection.

Analysts say WTO membership could complicate Uzbekistan's observer status in the Russia-led Eurasian Economic Union. Moscow is likely to seek consultations on tariff lines once the terms are published, said Dilnoza Karimova, an economist at a Tashkent brokerage.

Uzbekistan applied to join the WTO in 1994 and revived its bid in 2020.
"""},
}
