"""English texts of heldout72, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h72en01": {"outlet": "Komadugu Wire (Kano)", "published": "2026-11-24", "text": """Nigeria and Niger to reopen main border crossing ahead of ECOWAS summit

KANO, Nov 24 (Komadugu Wire) - Nigeria and Niger will reopen the Illela-Birnin Konni border crossing to cargo trucks on Monday, ending a closure in place since the July 2023 coup in Niamey, Nigeria's foreign ministry said on Sunday.

Foreign Minister Yusuf Tuggar will travel to Niamey on Thursday for talks with his Nigerien counterpart, Bakary Yaou Sangare, on border security, the ministry said.

Sangare told state television on Monday that Niger "will not return to ECOWAS under any circumstances", but said trade with Nigeria was "a matter of survival" for both peoples.

A joint border commission is expected to meet in Kano next week to agree on customs procedures, two Nigerian officials said.

ECOWAS lifted its economic sanctions on Niger in February 2024, but Nigeria kept most crossings shut, citing smuggling and attacks by armed groups.

ECOWAS leaders are due to meet in Abuja on December 14 for their ordinary summit, where the commission's president, Omar Alieu Touray, is expected to present a proposal for a trade arrangement with the three states of the Alliance of Sahel States (AES).

The arrangement could be signed as early as the first quarter of 2027, a West African diplomat in Abuja said, though Mali and Burkina Faso have not yet replied.

Read more: Nigeria's central bank holds key rate, signals easing next year

The Nigerian Army said troops from both countries would begin coordinated patrols against Lakurawa militants in Sokoto and Kebbi states from January.

Speculation is growing in Abuja that the head of the Nigeria Customs Service, Bashir Adewale Adeniyi, could step down before the end of the year.

Kunle Adebayo, a Sahel analyst at the University of Ibadan, said Abuja could reopen two more crossings, at Maigatari and Mai'Adua, by the end of March if the first weeks pass without incident.
"""},

"h72en02": {"outlet": "Nzoia Wire (Kisumu)", "published": "2027-01-19", "text": """Can Ruto secure Chinese money for the Malaba rail line before the August vote?

KISUMU, Jan 19 (Nzoia Wire) - Kenya expects to sign a financing agreement with China for extending the standard gauge railway (SGR) from Naivasha to Kisumu and Malaba during President William Ruto's visit to Beijing in the second week of February, Transport Cabinet Secretary Davis Chirchir said on Monday.

Chirchir told a news conference in Kisumu that construction of the first section, to Kisumu, "will start before the end of the year".

Ruto is expected to hold talks with President Xi Jinping during the trip, State House said in a statement.

Uganda, which plans to connect its own line at Malaba, will send a technical delegation to Nairobi on Thursday for a joint committee meeting on the border interchange, Uganda's Ministry of Works and Transport said.

The National Assembly's transport committee will question Chirchir on the loan terms next week, its chairman, Peter Njoroge Mwaura, said.

Opposition leader Kalonzo Musyoka said a united opposition government would review the contract if it wins the August 10 general election. "Kenyans will not carry another secret railway debt," he said at a rally in Machakos.

The Kenya Railways managing director, Philip Mainga, could step down before the financing is signed, two people familiar with the matter said.

Read more: Kenyan shilling steady as central bank holds rate at 8.75%

Kenya withdrew the last of its police officers from Haiti in December after handing over to the UN-backed Gang Suppression Force, freeing funds that the Treasury says can be shifted to rail.

Analysts say Beijing may insist on a Chinese contractor and revenue guarantees, which could push the deal until after the election.

An IMF team is due in Nairobi in early March for the first review of Kenya's new programme, and the loan's size is likely to be on the agenda, a Treasury official said.
"""},

"h72en03": {"outlet": "Ciliwung Wire (Jakarta)", "published": "2026-08-25", "text": """Prabowo heads to New Delhi BRICS summit with trade deals in hand

JAKARTA, Aug 25 (Ciliwung Wire) - President Prabowo Subianto will attend the BRICS leaders' summit in New Delhi on September 8-9, the bloc's second gathering since Indonesia joined as a full member in January 2025, Foreign Minister Sugiono said on Monday.

Indonesia and India are expected to sign a preferential trade agreement covering palm oil, coal and pharmaceuticals on the sidelines of the summit, Coordinating Minister for Economic Affairs Airlangga Hartarto told reporters.

Airlangga said talks on Indonesia's membership of the New Development Bank, the bloc's lender, would be concluded by October.

Prabowo will also hold separate talks with Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva, the presidential palace said.

Trade Minister Budi Santoso said on Sunday that Indonesia "will not join any initiative aimed against the dollar" and that its priority was market access for its exports.

U.S. President Donald Trump has repeatedly threatened extra tariffs on countries that back what he calls anti-American BRICS policies. Two Indonesian officials said Jakarta feared Washington could impose such tariffs if the summit endorsed a common payments system.

Read more: Bank Indonesia cuts benchmark rate for third time this year

The Indonesian and Indian navies will hold their Samudra Shakti exercise in the Andaman Sea in the second half of October, the Indonesian Navy said.

Modi may make a return visit to Jakarta in January, an Indian diplomat said, adding that no date had been fixed.

Indonesia's House of Representatives is expected to ratify a separate trade agreement with the Eurasian Economic Union before the end of the year, said Bambang Hermawan, who chairs the House trade committee.

Analysts say Prabowo is likely to avoid open criticism of Washington in New Delhi. "Jakarta wants the BRICS market without the BRICS quarrel," said Dewi Anggraini, a researcher at the Nusantara Policy Institute.
"""},

"h72en04": {"outlet": "Parana Wire (Rosario)", "published": "2026-03-03", "text": """Milei's new Supreme Court picks face Senate test after midterm gains

BUENOS AIRES, March 3 (Parana Wire) - Argentina's Senate Agreements Committee will hold public hearings on President Javier Milei's two Supreme Court nominees on Wednesday, March 18, committee chairman Ezequiel Roldan said on Monday.

A floor vote, which needs a two-thirds majority of senators present, is expected before the end of April, Roldan said.

Cabinet Chief Manuel Adorni announced the nominees, federal appeals judge Laura Ibarguren and constitutional law professor Martin Echague, on February 20, a year after the Senate rejected Milei's previous picks.

The five-seat court has worked with three justices since the end of 2024.

Jose Mayans, who leads the Peronist bloc, said on Monday that his senators "will not back any candidate chosen to please the Casa Rosada".

But officials in the ruling La Libertad Avanza, strengthened by the October 2025 midterm elections, said they expected support from at least eight senators aligned with provincial governors.

If the Senate stalls, Milei could again appoint the judges by decree while Congress is in recess, a government source said, a move that drew a court challenge last year.

Read more: Argentina's inflation slows for fourth straight month

Adorni also said the government would send Congress a bill to scrap the PASO primaries next week, arguing that the mandatory vote wastes public money before the October 2027 general election.

Rumours that Justice Minister Mariano Cuneo Libarona will resign once the nominations are settled were denied by his office on Monday.

Separately, the Argentine Air Force said the next batch of F-16 fighter jets bought from Denmark would land at Tandil air base in late April.

Analysts say a second rejection could leave the court short of judges until after the 2027 elections. "Milei has more senators now, but two-thirds is still a mountain," said Sofia Baranda, a political scientist at the National University of Rosario.
"""},

"h72en05": {"outlet": "Palawan Passage Wire (Puerto Princesa)", "published": "2027-05-11", "text": """Philippine and Vietnamese coast guards to hold first joint drill off Palawan

PUERTO PRINCESA, May 11 (Palawan Passage Wire) - The Philippine and Vietnamese coast guards will hold their first joint search-and-rescue and firefighting exercise off Palawan in the second half of June, Philippine Coast Guard spokesman Rear Admiral Jay Tarriela said on Monday.

Two Vietnamese patrol vessels are expected to arrive in Puerto Princesa on June 18, Tarriela told reporters. He will brief the Senate defence committee on the plans tomorrow, his office said.

The drill builds on a memorandum of understanding on coast guard cooperation signed in Hanoi in January 2024 during a state visit by President Ferdinand Marcos Jr.

Foreign Secretary Ma. Theresa Lazaro will travel to Hanoi next week for talks with her Vietnamese counterpart on a joint statement on maritime cooperation, the Department of Foreign Affairs said.

China's foreign ministry said on Monday that Beijing "firmly opposes" any exercise that "harms peace and stability" in the South China Sea.

Beijing could send coast guard ships to shadow the exercise, a Philippine security official said, speaking on condition of anonymity.

Read more: Philippine peso firms as central bank signals pause

Manila hopes that ASEAN leaders will conclude the long-delayed code of conduct with China when they meet in Singapore in late October, a diplomat involved in the talks said.

A U.S. Senate bill that would sanction Chinese state companies involved in building on disputed reefs could come to a vote in June, according to a congressional aide.

Vice President Sara Duterte, who is expected to run in the May 2028 presidential election, called the drill "a needless provocation" in a radio interview on Sunday.

Analysts say the exercise could pave the way for joint patrols by 2028. "Manila and Hanoi still claim the same reefs, but they fear the same ships," said Ramon Villaflor, a maritime security researcher at the University of the Philippines.
"""},
}
