"""English texts of heldout18, written for this project on 2026-11-30. Invented or generic facts."""

EN = {
"h18en01": {"outlet": "North Atlantic Ledger", "published": "2026-03-12", "text": """Iceland sets EU referendum bill in motion as fishing lobby digs in

REYKJAVIK, March 12 (North Atlantic Ledger) - Iceland's government will table a bill on Monday setting up a referendum on whether to resume accession talks with the European Union, Foreign Minister Thorgerdur Katrin Gunnarsdottir said on Wednesday.

The vote itself is expected in late September, she said, with the first parliamentary debate on the bill scheduled for March 19. Talks would not resume before 2027 even after a Yes vote, she added.

The three-party coalition agreed in December 2024 to put the question to voters by 2027. Accession talks were frozen in 2013, and a later government withdrew the application two years after that.

Prime Minister Kristrun Frostadottir is due to meet European Commission President Ursula von der Leyen in Brussels on March 24. EU Enlargement Commissioner Marta Kos could visit Reykjavik as early as April, an EU official said.

The opposition Independence Party will push for any future membership deal to require a two-thirds majority in the Althing, party leader Gudrun Hafsteinsdottir said. Fisheries Iceland, the industry association, said in a statement it would campaign for a No vote, arguing that EU quotas would hand control of Icelandic waters to Brussels.

Read more: Icelandic krona slips as tourist arrivals cool

A Gallup poll published last week put support for resuming talks at 54%, with 35% against and the rest undecided.

Analysts expect the Althing to pass the bill before its summer recess in June, since the coalition holds 36 of the 63 seats.

The fishing question could sour relations sooner. EU fisheries ministers may consider trade measures against Iceland over its mackerel catch at their May 26 meeting, two diplomats said.

Frostadottir is expected to raise the referendum with EU leaders at the European Political Community summit in Yerevan in early May.

Fishing accounts for about a third of Iceland's goods exports, and the industry's influence over the two main opposition parties remains strong.
"""},

"h18en02": {"outlet": "Ikopa River Wire", "published": "2026-02-05", "text": """Madagascar's military rulers promise referendum timetable as AU pressure builds

ANTANANARIVO, Feb 5 (Ikopa River Wire) - Madagascar's transitional government will publish a timetable for a constitutional referendum before the end of February, Prime Minister Herintsalama Rajaonarivelo said on Wednesday.

The referendum is expected in the second half of the year, he said, with presidential and legislative elections to follow in 2027. A national consultation on the draft constitution will open in Toamasina on Monday.

Colonel Michael Randrianirina took power in October after weeks of youth-led protests and was sworn in as president on October 17. The African Union suspended Madagascar the same month, and it said in a statement that the suspension would remain until constitutional order is restored.

An AU Peace and Security Council delegation will visit Antananarivo on February 16-17, an AU official said. The Southern African Development Community is expected to review Madagascar's status at an extraordinary summit in Gaborone in mid-March, two regional diplomats said.

Randrianirina has said he will not stand in the presidential election. Tahina Rakotomalala, a spokesman for the Gen Z Madagascar movement, said protesters doubted the pledge and could call new demonstrations as early as February 20.

Read more: Vanilla exporters warn of a weaker harvest

Donors are watching the timetable closely. The International Monetary Fund could resume talks on a new programme once a roadmap is published, a fund spokesperson said, while the European Union has not decided whether to restore budget support, an EU diplomat said.

The finance minister is due in Washington for the IMF and World Bank spring meetings in April.

Power cuts remain the most visible grievance in the capital. State utility Jirama will add 60 megawatts of generating capacity by June, its director-general, Ony Rakotobe, said, without giving details on financing.

Observers expect the transition to last at least two years.
"""},

"h18en03": {"outlet": "Motagua Wire", "published": "2026-04-08", "text": """Guatemala's Arevalo to name new attorney general as Porras era nears its end

GUATEMALA CITY, April 8 (Motagua Wire) - The commission vetting candidates for Guatemala's attorney general will deliver a shortlist of six names to President Bernardo Arevalo by Friday, its chairman, Justice Mario Cifuentes, said on Tuesday.

Arevalo is expected to announce his choice in early May, a presidential aide said. Attorney General Consuelo Porras's second four-year term ends on May 16, and her successor will take office the next day.

Porras, whom Arevalo accuses of trying to block his 2024 inauguration, has been on a European Union sanctions list since January 2024. The EU could review those measures when the listing comes up for renewal in January, a European diplomat said.

Arevalo said on Monday that he would not appoint anyone "with a shadow over them". On the same day, Walter Ajpop, deputy head of the prosecution service's anti-corruption unit, resigned, citing pressure from within the office. More senior prosecutors could step down before the handover, local media reported.

A U.S. delegation led by the State Department's top official for the Western Hemisphere is expected in Guatemala City next week, the U.S. embassy said.

Read more: Guatemala's remittances hit a record in March

The process is far from settled. Lawmakers from the opposition Vamos party may challenge the shortlist before the Constitutional Court, analysts said, and the court could rule within days on an appeal by two candidates excluded in March, court sources said.

The next attorney general will serve through the general election due in June 2027, when Guatemalans choose Arevalo's successor.

"The new prosecutor will probably drop the cases against Semilla before the end of the year," said Lucia Chavajay, a political scientist at a university in Quetzaltenango, referring to the party that brought Arevalo to power.
"""},

"h18en04": {"outlet": "Indian Ocean Ledger", "published": "2026-10-15", "text": """Maldives to seek India swap rollover as reserves run thin

MALE, Oct 15 (Indian Ocean Ledger) - The Maldives will ask India to roll over a $400 million currency swap that expires in mid-November, Finance Minister Mohamed Shafeeq said on Wednesday, as the island nation's usable reserves hover near record lows.

Shafeeq will travel to New Delhi next week for talks with Indian Finance Minister Nirmala Sitharaman. A decision is likely by the end of October, two Indian officials said.

Usable reserves fell to $390 million at the end of September, enough for barely a month of imports, central bank figures show.

The government also plans to issue a $300 million sukuk in the first quarter of 2027, subject to market conditions, Shafeeq said. Fitch could downgrade the country again when it reviews the rating on November 27, analysts say.

President Mohamed Muizzu has ruled out an IMF programme, saying it would force "painful cuts" on islanders. Most economists expect Male to seek IMF help within a year if the swap is not renewed.

Read more: Tourist arrivals top two million for the first time

China is also in the frame. Chinese Vice Foreign Minister Sun Weidong is expected to visit Male in early December, two officials familiar with the plans said, and debt service on Chinese loans is likely to be on the agenda.

The 2027 budget, to be submitted to the People's Majlis by October 31, cuts fuel and electricity subsidies for the first time since 2023. The opposition Maldivian Democratic Party said on Tuesday it would vote against the cuts.

A default is unlikely before 2028, when larger repayments fall due, analysts say, but the margin for error is thin.

The Maldives, a chain of some 1,200 coral islands, depends on tourism for about a quarter of its economic output and imports nearly all of its food and fuel.
"""},

"h18en05": {"outlet": "Pentadaktylos Wire", "published": "2025-11-26", "text": """Can a first Christodoulides-Erhurman meeting restart Cyprus talks?

NICOSIA, Nov 26 (Pentadaktylos Wire) - The leaders of Cyprus's two communities will meet in the U.N.-controlled buffer zone on Monday, December 1, the United Nations peacekeeping mission said in a statement, in their first encounter since the Turkish Cypriot leadership changed hands.

Tufan Erhurman won the Turkish Cypriot leadership election on October 19, defeating the incumbent Ersin Tatar, who backed a two-state solution.

U.N. envoy Maria Angela Holguin is expected to attend. The two leaders are likely to agree at the meeting to open two new crossing points, at Mia Milia and Louroujina, diplomats in Nicosia said.

Greek Cypriot President Nikos Christodoulides said on Tuesday he would ask U.N. Secretary-General Antonio Guterres to convene an enlarged informal meeting with Greece, Turkey and Britain in January. Erhurman, for his part, has said he will not return to talks on a federation without guarantees of political equality.

Turkish Foreign Minister Hakan Fidan is due in the north on December 9. EU envoy Johannes Hahn is expected to visit Nicosia and Ankara in mid-December, an EU official said.

Read more: Cyprus tourism revenue hits a record in September

Cyprus takes over the rotating presidency of the Council of the EU on January 1. The mandate of the U.N. peacekeeping force, which the Security Council renews every January, is likely to be extended for another year, diplomats said.

No date has been set for formal negotiations, which collapsed at Crans-Montana in Switzerland in July 2017.

A return to full negotiations is unlikely before the Greek Cypriot parliamentary elections in May, analysts say. "Both leaders need a quick win, and crossings are the cheapest one," said Andreas Kyriakides, a researcher at a Nicosia think tank.
"""},
}
