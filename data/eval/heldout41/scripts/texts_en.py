"""English texts of heldout41, written for this project in one sitting. Invented or generic facts."""

EN = {
"h41en01": {"outlet": "Lualaba Wire (Lubumbashi)", "published": "2026-05-26", "text": """Congo to review cobalt quotas as U.S. minerals deal nears

LUBUMBASHI, May 26 (Lualaba Wire) - Democratic Republic of Congo's strategic minerals regulator will review cobalt export quotas for the third quarter at a board meeting on Friday, two officials at the agency said, as producers press for higher volumes.

The regulator, ARECOMS, is expected to raise the combined quarterly quota by about 10%, the officials said.

Congo suspended cobalt exports in February 2025 and replaced the ban with quotas eight months later.

Mines Minister Louis Watum Kabamba said on Monday the quota system "will stay in place for as long as prices need support" and ruled out a return to unrestricted exports this year.

A joint delegation from the U.S. State Department and Treasury will arrive in Kinshasa next week to finalise a strategic minerals partnership agreement, the presidency said in a statement on Sunday.

The agreement could be signed by President Felix Tshisekedi in Washington in the second half of June, a Western diplomat in Kinshasa said, adding that no date had been fixed.

Read more: Copper output in Lualaba province hits a record in April

The National Assembly's mines committee will question Watum on Thursday over how the quotas were shared among producers.

China's CMOC Group could cut output at its Kisanfu mine in the third quarter if its allocation is not raised, analysts say.

Zambian and Congolese transport ministers will meet in Kolwezi in mid-June to discuss the Lobito corridor rail link to Angola, Zambia's Ministry of Transport and Logistics said.

In the east, a 30-day truce between the army and the CODECO militia in Ituri's Djugu territory expires on June 4. Ituri's military governor, Lieutenant General Johnny Luboya Nkashama, said the truce would be extended by another month if attacks on displacement camps stopped.

Congo is the world's largest producer of cobalt, a metal used in electric-vehicle batteries.
"""},

"h41en02": {"outlet": "Exuma Sound Wire (Nassau)", "published": "2026-02-13", "text": """Bahamas election talk grows as Davis keeps date under wraps

NASSAU, Feb 13 (Exuma Sound Wire) - Prime Minister Philip Davis is expected to call a general election for late April or May, two senior Progressive Liberal Party officials said on Thursday, months ahead of the constitutional deadline.

Davis told reporters on Wednesday he would "ring the bell when the work is done" and would not be rushed by the opposition.

The PLP won 32 of 39 seats in the House of Assembly in September 2021.

The Constituencies Commission is expected to submit its boundaries report to parliament by the end of February, officials said, a step that must come before any dissolution.

Free National Movement leader Michael Pintard said his party would present its full slate of candidates at a convention in Freeport on March 7.

Analysts say the FNM could win back several Nassau seats it lost in 2021, but few expect it to unseat the government.

Read more: Tourist arrivals hit a record in January

The U.S. Embassy in Nassau said in a statement that Washington could widen visa restrictions on Bahamian officials linked to a Cuban medical programme, without giving a timeline.

Foreign Minister Fred Mitchell will travel to Washington next week for talks with State Department officials on the issue, his ministry said.

Davis will attend the CARICOM heads of government meeting in Basseterre, St Kitts and Nevis, on February 24-27, where leaders are likely to discuss the U.S. visa measures.

The mid-year budget statement will be tabled in the House of Assembly on February 25, finance ministry officials said.

The Royal Bahamas Defence Force will hold joint maritime exercises with the U.S. Coast Guard in the second half of March, the force said in a statement.

Lincoln Bain, leader of the Coalition of Independents, said his party may field candidates in every constituency.
"""},

"h41en03": {"outlet": "Anibare Wire (Yaren)", "published": "2025-09-02", "text": """Nauru to seal resettlement deal details as Forum leaders gather

YAREN, Sept 2 (Anibare Wire) - Nauru and Australia will sign the implementing arrangements of a deal to resettle former immigration detainees on the island within days, President David Adeang's office said on Monday.

The first group of about 30 people is expected to arrive before the end of September, a senior Nauruan official said, speaking on condition of anonymity.

Canberra agreed last week to pay Nauru an upfront sum of A$400 million and about A$70 million a year.

Adeang said the money "will go into the Intergenerational Trust Fund and nowhere else".

Adeang will attend the Pacific Islands Forum leaders' meeting in Honiara from September 8 to 12, where he is likely to hold talks with Australian Prime Minister Anthony Albanese, his office said.

Read more: Phosphate exports fall again

Nauru goes to the polls on October 18, the Electoral Commission said last week, with nominations closing on October 3.

Analysts say the resettlement deal could cost Adeang's allies votes in the Meneng and Boe constituencies.

Nauru, which switched diplomatic recognition from Taiwan to China in January 2024, is unlikely to accept a Chinese offer of police training before the end of the year, a Western diplomat in Suva said, citing the security veto in Nauru's 2024 treaty with Australia.

Australia's Westpac is expected to open a branch in Yaren in the first quarter of 2026 under the treaty's banking provisions, the Australian High Commission said.

The Royal Australian Navy will hand over a Guardian-class patrol boat to the Nauru Police Force in the second half of October, the Australian defence department said.

Opposition lawmakers have asked for a parliamentary debate on the resettlement deal, and Speaker Marcus Stephen could schedule one before parliament is dissolved, a parliamentary clerk said.

Nauru is one of the world's smallest countries and depends heavily on Australian aid.
"""},

"h41en04": {"outlet": "Lipscani Wire (Bucharest)", "published": "2027-03-17", "text": """Romania's coalition faces confidence vote as deficit deadline looms

BUCHAREST, March 17 (Lipscani Wire) - Romania's parliament will debate and vote on a no-confidence motion against Prime Minister Ilie Bolojan's government on Monday, the joint standing bureau of the two chambers said on Tuesday, after the opposition AUR gathered enough signatures.

The motion is unlikely to pass, as the four-party coalition holds about 60% of the seats, analysts say.

AUR leader George Simion said on Tuesday the government had "lost the street".

Bolojan met the leaders of the four coalition parties at Victoria Palace on Tuesday evening, his office said.

EU finance ministers are expected to review Romania's progress under the excessive deficit procedure at their meeting in Luxembourg on June 18, two EU officials said. Brussels could suspend part of Romania's cohesion funds if the 2027 deficit target of 6% of GDP looks out of reach, they said.

Finance Minister Alexandru Nazare said on Tuesday the government "will not raise VAT again" this year.

Read more: Romanian leu steady as investors await motion

The Social Democrats (PSD) could pull their ministers out of the cabinet before the end of April if the pension reform bill is not amended, two PSD officials said.

President Nicusor Dan will travel to Chisinau on April 6 for talks with Moldovan President Maia Sandu, the presidency said.

OMV Petrom and Romgaz expect first gas from the Neptun Deep project in the Black Sea in the second half of 2027, Petrom chief executive Christina Verchere said in February.

Troops from NATO's multinational brigade in Cincu will hold live-fire drills in late April, the defence ministry said.

An International Monetary Fund team will visit Bucharest in the first half of April for its annual Article IV consultation, the central bank said.

Romania has run the largest budget deficit in the European Union since 2023.
"""},

"h41en05": {"outlet": "Kariba Wire (Harare)", "published": "2025-06-26", "text": """Zimbabwe eyes arrears roadmap as compensation bonds go to former farmers

HARARE, June 26 (Kariba Wire) - Zimbabwe will hold the next high-level forum of its arrears clearance and debt resolution dialogue with creditors in Harare on July 15, Finance Minister Mthuli Ncube said on Wednesday.

Ncube said he expected creditors to agree a roadmap for clearing about $5.5 billion in arrears to multilateral lenders by the end of the year.

The forum will be chaired by former Mozambican President Joaquim Chissano, the dialogue's facilitator, and African Development Bank President Akinwumi Adesina.

The government paid the first $3.1 million in cash to former farmers under the 2020 Global Compensation Deed in April. It will issue the first tranche of $311 million in dollar-denominated Treasury bonds before the end of July, the finance ministry said.

Graham Whitfield, president of the Commercial Farmers' Union, said the union would decide whether to accept the bonds at a members' meeting in Harare on July 4.

Read more: Tobacco sales pass 300 million kg as season nears end

Mines Minister Winston Chitando said on Tuesday the ban on exports of lithium concentrates from January 2027 would not be brought forward.

The European Union could lift its arms embargo on Zimbabwe when it next reviews the measure in February, a European diplomat in Harare said.

President Emmerson Mnangagwa will hand over the chairmanship of the Southern African Development Community at the bloc's summit in Antananarivo on August 17.

The Zimbabwe National Army will take part in a SADC standby force exercise in Zambia in the second half of August, the defence ministry said.

Analysts say an arrears deal could unlock new lending from the African Development Bank as early as 2026.

Ncube is also expected to brief parliament's budget committee on the bonds in late July, ministry officials said.

Zimbabwe has been unable to borrow from multilateral lenders since it fell into arrears in 1999.
"""},
}
