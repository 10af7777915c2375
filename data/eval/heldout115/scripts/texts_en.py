"""English texts of heldout115, written for this project on 2026-12-04. Invented or generic facts."""

EN = {
"h115en01": {"outlet": "Varzob Wire (Dushanbe)", "published": "2026-03-10", "text": """CSTO to fund Tajik-Afghan border upgrade as Dushanbe weighs talks with Taliban

DUSHANBE, March 10 (Varzob Wire) - The Collective Security Treaty Organization (CSTO) will approve the first $90 million tranche of its programme to strengthen Tajikistan's border with Afghanistan at a meeting of defence ministers in Dushanbe on Thursday, Tajik Defence Minister Emomali Sobirzoda said on Monday.

The programme was adopted at the CSTO summit in Minsk in November 2024 but has been held up by disputes over who supplies the equipment.

Pressure to act grew after three Chinese workers were killed last month in an attack from Afghan territory on a gold mine in the Khatlon region.

Russia's 201st military base will hold joint drills with Tajik border troops near Panj from March 23 to March 28, the Russian Defence Ministry said.

Border commanders are expected to extend a local ceasefire, agreed after an exchange of fire near Shamsiddin Shohin on March 2, when they meet again as early as next week, a Tajik border official said.

Tajikistan has not decided whether to send a delegation to Kabul for broader security talks, a foreign ministry official said. Zabihullah Mujahid, the Taliban's chief spokesman, said on Sunday the Afghan side "will not allow anyone to use our soil" against its neighbours.

China is expected to raise the attacks when Foreign Minister Sirojiddin Muhriddin visits Beijing in early April, diplomats said.

Read more: Tajikistan's remittance inflows fall for a second quarter

President Emomali Rahmon is likely to attend the CSTO's informal summit in Moscow in mid-May, the Kremlin said.

Analysts say fortifications along the mountainous Badakhshan section are unlikely to be finished before 2028, given the terrain and the short building season.

"The attacks could push Dushanbe to accept Russian border guards back on the Afghan frontier for the first time since 2005," said Farrukh Sharipov, a security researcher at a Dushanbe think tank.
"""},

"h115en02": {"outlet": "Pocitos Wire (Montevideo)", "published": "2025-09-16", "text": """Will Uruguay's navy get its patrol ships? Government moves to cancel Cardama contract

MONTEVIDEO, Sept 16 (Pocitos Wire) - Uruguay will formally notify Spanish shipyard Cardama on Friday that it is terminating an 82 million euro contract for two offshore patrol vessels, Defence Minister Sandra Lazo said on Monday.

The contract was signed in December 2023 under former President Luis Lacalle Pou. The ministry said last week that a performance guarantee presented by the shipyard had been issued by a company with no assets. Uruguay's navy has not commissioned a new ocean-going vessel since the 1990s and relies on ships bought second-hand from Germany and Portugal.

A lawyer for the shipyard said Cardama would take the case to international arbitration if the government went ahead.

The chairman of the Senate defence committee, Senator Martin Aldabe, said the committee would question Lazo on Wednesday, September 24.

Officials expect a decision on buying two second-hand patrol vessels from a European navy before the end of the year.

Until then, the navy will use its older ships to step up patrols against illegal fishing in the South Atlantic from October 1, the navy command said.

Spain's ambassador has asked to meet Foreign Minister Mario Lubetkin, and the meeting could take place next week, according to a diplomatic source.

Read more: Uruguay's central bank cuts its policy rate by 25 basis points

Opposition senator Pedro Bordaberry said his Colorado Party would seek the interpellation of Lazo in October and hoped it would end in her resignation. President Yamandu Orsi said on Saturday the minister "will stay in her post".

Orsi is due to visit Madrid in November for talks with Prime Minister Pedro Sanchez. Analysts say the dispute could cloud the trip. The case has also divided the governing Broad Front coalition.
"""},

"h115en03": {"outlet": "Neringa Wire (Vilnius)", "published": "2027-04-13", "text": """German brigade in Lithuania to be fully operational this year, Pistorius says

VILNIUS, April 13 (Neringa Wire) - Germany's 45th Armoured Brigade will be fully operational in Lithuania before the end of the year, German Defence Minister Boris Pistorius said on Monday during a visit to the Rudninkai training area.

The brigade was formally established in April 2025 as Germany's first permanent combat unit stationed abroad since World War Two. Lithuania has budgeted about 300 million euros for its infrastructure.

About 1,800 soldiers are already in Lithuania, and a further 2,000 will arrive in two rotations from July, the Bundeswehr said.

Lithuanian Vice Minister of Defence Tomas Godliauskas said the first barracks at Rudninkai would be handed over in the second week of June.

Minsk has called the deployment a provocation. Russia and Belarus are expected to hold joint drills near the Lithuanian border in September, officials in Vilnius said.

Foreign Minister Kestutis Budrys said Lithuania would propose EU sanctions on Belarusian airlines and logistics firms linked to smuggling balloons when EU foreign ministers meet in Luxembourg on April 19.

Read more: Lithuania's inflation slows to 2.1 percent in March

Chancellor Friedrich Merz is expected to visit the brigade in late May, the Chancellery said.

President Gitanas Nauseda will push for a permanent U.S. battalion in Lithuania at the NATO summit in July, his adviser said.

Voters in Jonava, near the Rukla base that hosts other NATO troops, choose a new member of the Seimas in a by-election on May 9, and the brigade's housing costs have become a campaign issue.

The head of the state defence infrastructure agency could step down over delays at Rudninkai, the Vilnius daily Ausrine reported.

Analysts say a housing shortage around Vilnius could delay the arrival of soldiers' families until after 2028.
"""},

"h115en04": {"outlet": "Notwane Wire (Gaborone)", "published": "2026-11-04", "text": """Can Botswana avoid the IMF? Government seeks approval for first Eurobond

GABORONE, Nov 4 (Notwane Wire) - Botswana will ask parliament to approve its first international bond, of up to $1 billion, when the National Assembly resumes its sitting on Monday, Vice President and Finance Minister Ndaba Gaolathe said on Tuesday.

Lawmakers are expected to vote on the borrowing bill before the sitting closes on December 11, and the bond could be priced as early as January, Gaolathe said.

Diamond sales by Debswana, the state's joint venture with De Beers, fell by about a third last year as global demand weakened, and the government has delayed payments to suppliers since June.

An International Monetary Fund (IMF) staff team will arrive in Gaborone on November 16 for annual Article IV consultations, the Fund said in a statement. Botswana "is not negotiating a programme and will not ask for one", Gaolathe said.

The opposition Botswana Democratic Party (BDP), which lost power in the October 2024 election after 58 years, said it would vote against the bill.

Economists polled by Notwane Wire expect the Bank of Botswana's Monetary Policy Committee to hold its policy rate at 1.9 percent on December 3.

President Duma Boko is expected to raise the diamond slump at a SADC extraordinary summit in Luanda on November 20, his office said.

The Botswana Public Employees Union (BOPEU) said its members would strike from December 1 if November salaries were paid late.

Read more: Botswana and Namibia sign Trans-Kalahari corridor fuel deal

To save money, the Botswana Defence Force (BDF) will scale down its patrols along the Zimbabwean border from January, the army said.

Local media have reported that central bank Governor Cornelius Dekop could step down before his term ends, which the bank has denied.
"""},

"h115en05": {"outlet": "Haa Valley Wire (Thimphu)", "published": "2027-02-17", "text": """Bhutan, India set to sign first cross-border rail deal as Tobgay heads to Delhi

THIMPHU, Feb 17 (Haa Valley Wire) - Prime Minister Tshering Tobgay will travel to New Delhi next week for talks with Indian Prime Minister Narendra Modi, the Cabinet Secretariat said on Tuesday.

The two sides are expected to sign a financing agreement for the 69-kilometre Kokrajhar-Gelephu railway, the first rail link between the two countries, two officials said.

India announced the line, together with a shorter link from Banarhat to Samtse, in September 2025. Indian Foreign Secretary Vikram Misri visited Thimphu last week to prepare the trip.

Bhutan has no railway, and almost all of its trade with India moves by truck through the border town of Phuentsholing.

Construction on the Indian side will begin in mid-April, India's railway ministry said.

Energy officials in Thimphu say a new tariff deal for power from the 1,020-megawatt Punatsangchhu-II plant may be concluded before the monsoon.

Tobgay is also due to attend the summit of the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation (BIMSTEC) in Dhaka in late March.

Read more: Bhutan's tourist arrivals rise 18 percent in 2026

The next round of boundary talks with China has not been scheduled, a foreign ministry official said.

The opposition Bhutan Tendrel Party (BTP), which came second in the January 2024 general election, said it would demand a debate on the loan terms when parliament's summer session opens in June. Pema Chewang, the party's leader, said the railway "must not become a debt burden".

Bhutan holds National Council elections in April 2028.

"The railway could move up to a third of Bhutan's imports away from the Phuentsholing road by 2032," said Karma Yangzom, an economist at a Thimphu research institute.
"""},
}
