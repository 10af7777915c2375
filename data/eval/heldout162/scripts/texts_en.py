"""English texts of heldout162, written for this project in one sitting. Invented or generic facts."""

EN = {
"h162en01": {"outlet": "Moamba Wire (Ressano Garcia)", "published": "2026-09-24", "text": """Can Ressano Garcia end its truck queues before the festive rush?

RESSANO GARCIA, Sept 24 (Moamba Wire) - Mozambique and South Africa will sign an agreement on a one-stop border post at Ressano Garcia and Lebombo in Maputo on October 2, Transport and Logistics Minister Abel Nhantumbo said on Wednesday. The signing has slipped twice since May.

Under the deal, the crossing will stay open 24 hours a day from October 15, and new cargo scanners are due to be installed by the end of November, he said. Nhantumbo added that Mozambique "will not bring back" the border fee it scrapped last year.

Truck queues stretched for 18 km on Monday after the Mozambican customs system failed for nine hours.

The Association of Cross-Border Hauliers (ACBH) said its members could stop loading cargo for South Africa from Monday if waiting times did not fall. "Our drivers sleep in their cabs for days," said its chairman, Celso Machava.

South Africa's Home Affairs Minister Leon Schreiber is expected to visit the post next week, two officials said. South Africa's Border Management Authority (BMA) said in a statement that soldiers of the South African National Defence Force (SANDF) would keep patrolling the fence near Komatipoort at least until the end of January.

Read more: Mozambique's central bank holds rates as metical steadies

Lebombo handles about 1,800 trucks a day, mostly coal and chrome for Maputo's port.

Toll operator TRAC has not said whether it will suspend N4 tolls during the festive season. The Maputo Corridor Logistics Initiative will review the corridor's performance at its conference in Mbombela on October 20-21.

President Daniel Chapo is likely to raise the border at a SADC summit expected in mid-November, diplomats said.

Analysts say the one-stop post is unlikely to cut crossing times below six hours before 2028. "The paperwork moves faster than the roads," said Rosa Cumbane, a logistics researcher at Eduardo Mondlane University.
"""},

"h162en02": {"outlet": "Thonburi Wire (Bangkok)", "published": "2027-03-08", "text": """Thailand's cannabis bill faces first House vote as growers plan march

BANGKOK, March 8 (Thonburi Wire) - Thailand's House of Representatives will hold the first reading of a bill limiting cannabis to medical use on Wednesday, the House secretariat said on Sunday, nearly five years after the plant was taken off the narcotics list in June 2022.

Public Health Minister Kittipong Suwannarat said he expected the bill to pass its first reading comfortably. A ban on recreational sales would take effect 90 days after the law is published in the Royal Gazette, he said.

The Thai Cannabis Growers Association will march from Lumphini Park to parliament on Tuesday, its secretary-general, Anucha Meesuk, said. Around 8,000 licensed shops could close by the end of the year, he warned.

The opposition People's Party has not decided whether to back the bill, a party spokesman said.

Deputy Public Health Minister Prasert Chaiwong, who opposes a full ban, could resign before the vote, two government sources said.

Read more: Bank of Thailand seen keeping policy rate on hold

If the House passes it, the Senate is expected to debate the bill in May. The Food and Drug Administration will publish draft rules on medical prescriptions within 30 days, the ministry said.

Thailand is also expected to sign a memorandum with Malaysia on cross-border drug enforcement when ASEAN health ministers meet in Singapore in mid-April, a foreign ministry official said.

Thailand has more than a million registered cannabis growers, many of them farmers in the northeast who switched from rice and cassava after 2022.

Analysts say the bill is likely to clear the House but could be rewritten in committee, delaying a final vote until after the rainy season. "The shops will not vanish overnight," said Pimchanok Rattanakorn, a health policy researcher at Mahidol University.
"""},

"h162en03": {"outlet": "Kolubara Wire (Valjevo)", "published": "2026-10-06", "text": """Serbia's ammunition export freeze: will Krusik's lines restart before winter?

VALJEVO, Oct 6 (Kolubara Wire) - Serbia's government will decide on Thursday whether to extend a ban on ammunition exports that expires on October 15, Defence Minister Bratislav Gasic said on Monday.

Belgrade imposed the ban on September 1, after Russia's SVR foreign intelligence service accused Serbian arms makers of sending shells to Ukraine through third countries. Gasic said Serbia "will not sell a single bullet" to countries at war.

About 3,000 workers at the state-owned Krusik plant in Valjevo will stay on paid leave until the end of October, the company said. The plant's union said workers would block the main road to Belgrade on Friday unless the government guaranteed their wages.

Krusik's director, Milan Todorovic, could resign if the ban is extended, a person familiar with the matter said.

The Defence Ministry said the army would take over security at Krusik's depots from Thursday. Parliament's defence and internal affairs committee will question Gasic in a closed session on Wednesday.

Read more: Serbia's central bank keeps key rate at 5.75%

State trader Yugoimport SDPR expects to sign a $200 million ammunition contract with an Asian buyer before the end of the year, its spokesman said, a deal that would need an exemption from the ban.

Moscow could also curb imports of Serbian apples from November, two Serbian officials said, although Russia's agriculture watchdog has not confirmed any inspection.

EU enlargement commissioner Marta Kos will visit Belgrade next week, the EU delegation said. President Aleksandar Vucic is expected to attend the EU-Western Balkans summit in Brussels in mid-December.

Serbia's arms industry employs around 20,000 people, mostly in central Serbia.

Analysts say the government is likely to extend the ban for at least two months to avoid a clash with Moscow. "Vucic wants to keep every door open," said Jelena Markovic, a security analyst at a Belgrade think tank.
"""},

"h162en04": {"outlet": "Palanquero Wire (Puerto Salgar)", "published": "2026-03-18", "text": """Will Colombia's Gripen deal survive the election?

PUERTO SALGAR, March 18 (Palanquero Wire) - The first two Saab Gripen E fighters bought by Colombia will land at the Palanquero air base on April 9, Defence Minister Pedro Sanchez said on Tuesday.

Colombia signed a 3.1 billion euro contract for 17 jets with the Swedish manufacturer in November 2025, replacing a fleet of ageing Israeli-made Kfir jets.

Twelve Colombian pilots will start training in Sweden in May, Sanchez said. Swedish Defence Minister Pal Jonson is expected to attend the handover ceremony, Sweden's embassy in Bogota said.

President Gustavo Petro is likely to speak at the ceremony, his office said. The Air Force commander, General Carlos Ruiz, is expected to step down after the handover, two officers said.

Read more: Colombia's central bank holds rate at 9.25% amid inflation worries

The first payment of 600 million euros is due by the end of June, the Finance Ministry said. The Senate's second committee, which handles defence, will debate the payment schedule on Thursday.

Colombia holds the first round of its presidential election on May 31. Senator Mauricio Galindo, who leads several polls, has said he would review the contract after taking office on August 7 if elected.

Saab will open a maintenance centre at Palanquero in 2027, the company said.

Washington has not decided whether to approve export licences for the U.S.-made engines of the later jets, a U.S. official said.

Colombia's air force has flown with half its fighter fleet grounded for more than a year, according to Congress's budget office.

Analysts say a new government could cut the order to 12 jets to ease pressure on the budget. "The contract has penalties that make cancellation very expensive," said Andrea Quintero, a defence economist at the Universidad de los Andes.
"""},

"h162en05": {"outlet": "Safed Koh Wire (Parachinar)", "published": "2027-06-05", "text": """Kurram elders extend truce as Parachinar road set to reopen

PARACHINAR, June 5 (Safed Koh Wire) - Rival tribal elders in Kurram agreed on Friday to extend their ceasefire by 45 days, and the truce will now run until July 20, the grand jirga's spokesman, Malik Zahid Bangash, said.

A written peace agreement is expected to be signed in Kohat within ten days, Bangash said.

The Thall-Parachinar road will reopen to civilian traffic on Monday under police escort, the Khyber Pakhtunkhwa government said in a statement. It has been closed since gunmen attacked a convoy near Bagan on May 17. The Frontier Corps will finish demolishing private bunkers in Lower Kurram by the end of June, the statement added.

Interior Minister Mohsin Naqvi will chair a meeting on Kurram in Islamabad on Tuesday and is expected to announce compensation for the families of victims, officials said.

Read more: Pakistan's wheat procurement falls short of target in Punjab

Khyber Pakhtunkhwa Governor Faisal Karim Kundi is expected to visit Parachinar next week, his office said.

Elders of one of the two sides have not decided whether to hand over heavy weapons to the authorities, tribal sources said. Provincial spokesman Shafqat Durrani said the government could freeze development funds for villages that keep their weapons.

Pakistani and Afghan border commanders are due to meet at the Kharlachi crossing on Thursday to discuss reopening it to trade, a Frontier Corps official said.

By-elections for 14 village councils in Kurram, postponed twice since 2025, are scheduled for August 22, the Election Commission of Pakistan said.

Kurram, which borders three Afghan provinces, has a long history of land disputes that turn sectarian.

Analysts say the truce could come under strain during Muharram processions later this month. "Every extension buys weeks, not peace," said Sadia Orakzai, a researcher at the University of Peshawar.
"""},
}
