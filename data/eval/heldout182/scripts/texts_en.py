"""English texts of heldout182, written for this project in one sitting. Invented or generic facts."""

EN = {
"h182en01": {"outlet": "Ngerulmud Wire (Koror)", "published": "2026-05-27", "text": """Will Palau give the U.S. Army a third radar site?

KOROR, May 27 (Ngerulmud Wire) - Palau's Senate will vote on Thursday on a land-use agreement that would let the U.S. Army build a third radar site on Angaur island, Senate President Uchel Tellames said on Tuesday.

Passage is expected, with at least eight of the 13 senators backing the deal, Tellames said.

Work on the first two sites of the Tactical Multi-Mission Over-the-Horizon Radar (TACMOR), at Ngaraard and on Angaur, began in 2024.

President Surangel Whipps Jr. said he would sign the agreement within days of the vote. Palau "will not ask Washington for rent" on the new site, he told reporters, because "security is part of the compact."

A U.S. Indo-Pacific Command delegation is due in Koror next week to discuss the construction timetable, the U.S. Embassy said. Angaur's state legislature, which must approve any lease on state land, has not decided when it will take up the agreement.

Read more: Palau's visitor arrivals rise 12% in April on new Taipei flights

China, which has no diplomatic ties with Palau, could tighten its restrictions on tour groups travelling to the island if the agreement passes, two Palauan officials said. Beijing banned group tours to Palau in 2017.

U.S. Marines and Palauan police will hold a joint maritime security drill off Malakal in mid-June, a spokeswoman for U.S. Indo-Pacific Command said.

Taiwan's President Lai Ching-te is expected to visit Koror in August, diplomats said.

Palau holds its next general election in November 2028.

Analysts say the vote could also speed up a planned upgrade of Angaur's airstrip for U.S. military aircraft, possibly as early as 2027. "Each new site binds Palau tighter to Washington, and Beijing knows it," said Lorena Ngiraked, a researcher at Palau Community College.
"""},

"h182en02": {"outlet": "Uliga Wire (Majuro)", "published": "2027-03-01", "text": """Marshall Islands to press U.S. on nuclear claims as talks resume in Honolulu

MAJURO, March 1 (Uliga Wire) - The Marshall Islands and the United States will resume talks on the legacy of U.S. nuclear testing in Honolulu on March 16-17, Foreign Minister Kalani Kaneko said on Monday, as the country marked Nuclear Victims Remembrance Day.

The United States carried out 67 nuclear tests at Bikini and Enewetak atolls between 1946 and 1958.

Kaneko said Majuro would present a claim for the unpaid awards of the Nuclear Claims Tribunal, which total more than $2 billion.

A State Department official said Washington "will not reopen" the 1986 settlement but could offer more funding for health care on the affected atolls.

President Hilda Heine is expected to raise the issue at the Pacific Islands Forum leaders' meeting in September, two officials in her office said.

A U.S. Department of Energy team is due to inspect the Runit Dome on Enewetak in April, the U.S. Embassy in Majuro said.

The Nitijela, the national parliament, passed a resolution last week calling on Washington to issue a formal apology.

Read more: Majuro signs seawall contract with Japanese builder

Separately, the U.S. Army plans to start upgrading the radars of the Reagan Test Site on Kwajalein later this year, two U.S. officials said. The army leases 11 islands of the atoll under an agreement that runs to 2066.

Kwajalein landowners could ask for a review of their lease payments when the radar work begins, their lawyer said.

Senator Jemi Lanki said he would table a motion next week asking the government to take the nuclear case to the International Court of Justice.

The Marshall Islands holds its general election in November.

Analysts say a settlement is unlikely before the November election. "Washington prefers to pay for clinics, not to admit a debt," said Anjua Jibas, a lecturer at the College of the Marshall Islands.
"""},

"h182en03": {"outlet": "Pitons Wire (Castries)", "published": "2026-09-15", "text": """Can Saint Lucia keep its passport programme clear of U.S. visa curbs?

CASTRIES, Sept 15 (Pitons Wire) - Saint Lucia's House of Assembly will debate a bill on Tuesday, September 22, to ratify the agreement creating the Eastern Caribbean Citizenship by Investment Regulatory Authority (ECCIRA), Prime Minister Philip J. Pierre said on Monday.

The bill is expected to pass easily, as Pierre's Saint Lucia Labour Party holds a large majority in the 17-seat House.

Five Eastern Caribbean states that sell citizenship signed the agreement in 2025 after Washington and Brussels raised concerns about weak vetting.

Washington could impose visa restrictions on officials of countries whose programmes fail to meet the new standards by the end of the year, a U.S. embassy official in Bridgetown said.

Opposition leader Allen Chastanet said his United Workers Party "will not vote for any bill" that keeps due-diligence reports secret.

Marcia Edmund, chief executive of the Citizenship by Investment Unit, will step down at the end of October, the unit said in a statement. Pierre said his government would publish the unit's first annual report before the end of November.

A CARICOM-U.S. working group on the programmes is due to meet in Washington next week, diplomats said.

Read more: Hewanorra airport terminal opening slips to 2027

OECS heads of government will review the regulator's first rules at their meeting in the first week of November, the OECS Commission said. ECCIRA is expected to issue further rules in the coming months, officials said.

The European Union has not decided whether to suspend visa-free travel for holders of Saint Lucian passports, an EU official said.

Programme revenue paid for about a third of the island's capital spending last year.

Analysts say applications could fall by a third next year if the minimum investment rises again. "Buyers want certainty, and right now nobody can give it," said Dwight Alcindor, an economist at a Castries consultancy.
"""},

"h182en04": {"outlet": "Godoria Wire (Obock)", "published": "2027-01-20", "text": """Djibouti to sign Obock spaceport lease as rebels offer truce

OBOCK, Jan 20 (Godoria Wire) - Djibouti will sign a 35-year lease with a Chinese consortium led by Hong Kong Aerospace Technology Group for a satellite launch site near Obock on Monday, January 25, Infrastructure Minister Moussa Ahmed Robleh said on Tuesday.

The project was first announced in January 2023, but the signing has slipped twice since October over the consortium's financing.

President Ismail Omar Guelleh is expected to receive the consortium's chairman at the presidential palace on the same day, the presidency said.

Construction is due to start in the second half of 2027, and the first launch could take place as early as 2030, the consortium said in a statement.

The U.S. Embassy said Washington would seek "clear assurances" that the site would not serve military purposes. France and the United States both keep large bases in Djibouti.

Read more: Djibouti port volumes up 9% as Red Sea traffic recovers

In the north, rebels of the Front for the Restoration of Unity and Democracy (FRUD) attacked an army post near Obock in December, killing three soldiers. Its armed wing said on Sunday it would observe a 60-day ceasefire from February 1.

The defence ministry said the army "will not withdraw" from its positions in the Obock region and would deploy an extra battalion to guard the launch site.

Government and FRUD representatives could meet for talks in Addis Ababa next month under IGAD auspices, a regional diplomat said.

Djibouti holds legislative elections in February 2028.

Analysts say the truce could collapse once construction begins. "The rebels want a share of whatever comes to Obock, and so do the local clans," said Fatouma Hassan Aouled, a researcher at a Djibouti think tank.
"""},

"h182en05": {"outlet": "Kourion Wire (Limassol)", "published": "2026-04-28", "text": """Cyprus to seek NATO partnership talks before Ankara summit

LIMASSOL, April 28 (Kourion Wire) - Cyprus will formally ask to join NATO's Partnership for Peace programme in the first half of June, President Nikos Christodoulides said on Monday, setting up a clash with Turkey weeks before the alliance's summit in Ankara.

The request will follow the parliamentary election on May 24. Cyprus joined the European Union in 2004 but has never taken part in NATO exercises as a partner.

Turkey's foreign ministry said on Monday that Ankara "will not allow" Cyprus to take part in NATO structures while the island remains divided.

NATO leaders meet in Ankara on July 7-8.

Foreign Minister Constantinos Kombos will travel to Washington next week for talks with Secretary of State Marco Rubio, his ministry said.

The United States is expected to renew its waiver of the arms embargo on Cyprus before October 1, two U.S. officials said. Washington first eased the 1987 embargo in 2020.

The National Guard and U.S. special forces will hold a joint exercise off Paphos in mid-May, the defence ministry said.

Read more: Cyprus tourist arrivals hit April record

AKEL, the main opposition party, said it would table a motion against the application when the new House first meets in June.

Tufan Erhurman, the Turkish Cypriot leader, could raise the issue at an enlarged informal meeting on Cyprus that the United Nations is planning for July, a U.N. spokesperson said.

Cyprus is one of four EU members outside NATO, and the only one whose participation Turkey has said it would veto.

Analysts say Ankara is unlikely to lift its veto before 2028. "Turkey will not give Nicosia a seat at any NATO table for free," said Stella Hadjimichael, a political scientist at the University of Nicosia.
"""},
}
