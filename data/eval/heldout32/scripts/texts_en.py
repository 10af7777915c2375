"""English texts of heldout32, written for this project on 2026-12-01. Invented or generic facts."""

EN = {
"h32en01": {"outlet": "Betsiboka Wire", "published": "2026-10-05", "text": """AU to weigh Madagascar's suspension as military-led transition marks first year

ANTANANARIVO, Oct 5 (Betsiboka Wire) - The African Union's Peace and Security Council will consider Madagascar's suspension at a session in Addis Ababa on October 14, the AU Commission said on Sunday, nearly a year after the military takeover that brought Colonel Michael Randrianirina to power.

The council suspended Madagascar on October 15, 2025, two days after Randrianirina's CAPSAT unit sided with youth-led protesters and parliament impeached President Andry Rajoelina.

Diplomats in Addis Ababa said a full lifting was unlikely at the session, but the council could ease the measure if Antananarivo publishes a binding electoral calendar before then.

Foreign Minister Hery Rakotomalala will travel to Addis Ababa this week to brief council members, his ministry said.

Randrianirina, who was sworn in on October 17 last year, told supporters in Toamasina on Saturday that the army "will not hand the country back to the old political class" before a new constitution is adopted.

Read more: Vanilla exporters fear another price slump

Madagascar is expected to sign a $250 million financing agreement with the World Bank in November to restructure the state utility Jirama, a person briefed on the talks said.

Jirama's largest union said it would strike from October 12 unless the restructuring plan guarantees jobs, its secretary-general, Fara Rakotoarisoa, told reporters.

The Southern African Development Community could send a fact-finding mission to Antananarivo later this month, a South African official said, ahead of an extraordinary SADC summit in Gaborone on November 7.

India's navy will hold joint patrols with Malagasy vessels in the Mozambique Channel in mid-November, the Indian High Commission said.

Analysts say the transition's two-year timetable is likely to slip, with presidential elections possibly pushed into 2028. "Nobody in the military council is in a hurry," said Voahangy Rasoanaivo, a political scientist at the University of Antananarivo.
"""},

"h32en02": {"outlet": "Mapocho Wire", "published": "2026-05-19", "text": """Chile's lower house votes on Kast's migration bill as troops head north

SANTIAGO, May 19 (Mapocho Wire) - Chile's Chamber of Deputies will vote on Wednesday on President Jose Antonio Kast's bill to speed up the expulsion of undocumented migrants, Chamber President Tomas Larrain said on Monday.

Two coalition lawmakers said the government expects the bill to pass by a margin of about 15 votes. The chamber approved it in general terms on May 6 after a 14-hour debate.

If passed, the bill goes to the Senate, where Interior Minister Rodrigo Ugarte wants a final vote "before the end of June".

Socialist Senator Marcela Irarrazabal said opposition lawmakers would ask the Constitutional Court to review the bill if it becomes law, calling collective expulsions "incompatible with Chile's treaty obligations".

The government will send 600 more soldiers to the Arica and Parinacota and Tarapaca regions next week, Defence Minister Alberto Cruz said, bringing the total deployed along the northern border to about 3,000.

Kast and Bolivian President Rodrigo Paz are expected to meet in Arica in mid-June to sign a migrant readmission agreement, officials in both governments said. The two leaders could also agree to restore full diplomatic relations, broken since 1978, a Bolivian diplomat said.

Read more: Copper output falls 3% in April on Codelco maintenance

Peru's foreign ministry said on Friday it would deploy additional troops to its border with Chile within days, fearing that migrants turned back at Chacalluta would try to cross into Tacna.

Kast, who took office on March 11, will deliver his first annual address to Congress on June 1, when he is expected to announce a new border security plan.

The director of the National Migration Service, Carolina Fuentes, could step down in the coming weeks after a dispute with the interior ministry over deportation flights, local media reported.
"""},

"h32en03": {"outlet": "Kvarner Wire", "published": "2025-12-03", "text": """Croatia's first conscripts to report in January as Milanovic digs in over army chief

ZAGREB, Dec 3 (Kvarner Wire) - The first 800 Croatian conscripts will report for two months of basic military training on January 12, the defence ministry said on Tuesday, nearly 18 years after the country suspended compulsory service.

Parliament passed the law restoring conscription on October 24 with 84 votes in the 151-seat Sabor.

Defence Minister Ivan Anusic said the ministry "will not postpone the first intake under any circumstances", despite complaints that barracks in Slunj and Pozega are not ready.

President Zoran Milanovic, the armed forces' commander-in-chief, may again refuse to sign the appointment of a new chief of the general staff, two officials in his office said. Prime Minister Andrej Plenkovic's government is expected to put its candidate to the president before the end of the year.

Plenkovic will attend the European Council in Brussels on December 18-19, where leaders are expected to discuss the EU's defence readiness roadmap.

Foreign Minister Gordan Grlic Radman will meet his Bosnian counterpart, Elmedin Konakovic, in Mostar next week to discuss changes to Bosnia's electoral law, his ministry said.

Read more: Croatian inflation eases to 4.1% in November

LNG Hrvatska, which runs the Krk terminal, expects to sign a long-term capacity contract with Slovenia's Geoplin in the first half of January, the company said.

Plenkovic is also expected to host Slovenian Prime Minister Robert Golob in Zagreb in mid-January for talks on a second unit at the jointly owned Krsko nuclear plant.

Analysts say the nationalist Homeland Movement, the junior partner in Plenkovic's coalition, could pull its ministers out of the government by the end of March if its demands on pensions are not met.

Croatia will host about 3,000 allied troops for NATO's Immediate Response 26 exercise in May, the ministry said, the largest such drill on Croatian soil.
"""},

"h32en04": {"outlet": "Mele Bay Wire", "published": "2027-08-24", "text": """Vanuatu moves to close passport scheme as Napat seeks return of EU visa waiver

PORT VILA, Aug 24 (Mele Bay Wire) - Vanuatu's parliament will vote on Thursday on a bill to close the Development Support Program, the main route of its citizenship-by-investment scheme, Prime Minister Jotham Napat's office said on Monday.

The bill is expected to pass with support from most opposition members, who have backed closing the scheme since the European Union suspended visa-free travel for all Vanuatu passport holders in February 2025.

Napat will travel to Brussels in mid-September for talks with EU Home Affairs Commissioner Magnus Brunner on restoring the waiver, his office said.

Two EU officials said the Commission would not propose lifting the suspension before an independent audit of passports sold since 2016 is completed, which could take until the end of the year.

"We have done what Europe asked. Now we expect Europe to keep its word," Finance Minister Rickson Tabi told Parliament last week.

Read more: Port Vila's Lapetasi wharf reopens after cyclone repairs

Vanuatu will table a draft UN General Assembly resolution in September calling on states to act on the International Court of Justice's July 2025 advisory opinion on climate obligations, Climate Change Minister Kalo Tarilongi said. A vote is likely before the end of October.

Melanesian Spearhead Group leaders will meet in Port Vila in the second week of October, the MSG secretariat said, with Napat expected to push for a joint Melanesian position at the COP32 climate talks in Addis Ababa in November.

The Vanuatu Mobile Force will hold joint exercises with Fijian and Australian troops on Santo in late September, the police commissioner said.

Analysts say opposition leader Tom Kalpat could table a motion of no confidence in Napat when parliament's second ordinary session opens in late October. "The numbers are tight," said Mereani Tari, a governance researcher in Port Vila.
"""},

"h32en05": {"outlet": "Awash Wire", "published": "2027-02-09", "text": """Ethiopia expects IMF deal by end-March as bondholder talks near close

ADDIS ABABA, Feb 9 (Awash Wire) - An International Monetary Fund mission will arrive in Addis Ababa next week for the fifth review of Ethiopia's $3.4 billion Extended Credit Facility, the finance ministry said on Monday.

Finance Minister Ahmed Shide said he expected a staff-level agreement "by the end of March", which would unlock a disbursement of about $260 million.

Shide also said Ethiopia "will not go back" to the fixed exchange rate it abandoned in July 2024, despite pressure from importers after the birr lost a further 9% since October.

Talks with holders of the country's defaulted $1 billion Eurobond are close to a deal, two people involved in the talks said, and an agreement in principle could be announced before the end of February.

The National Bank of Ethiopia's monetary policy committee is expected to keep its policy rate at 15% when it meets on March 3, according to five of six economists polled by Awash Wire.

Read more: Ethiopian Airlines orders ten more Airbus A350s

Prime Minister Abiy Ahmed will host African leaders at the African Union summit in Addis Ababa on February 13-14, where he is likely to meet Kenyan President William Ruto on the sidelines.

Analysts say Abiy could use the summit to restate Ethiopia's demand for access to the Red Sea, a move that may anger Asmara.

The Ethiopian National Defense Force will hold exercises in the Afar region in late February, the defence ministry said, without giving details.

The federal government and the Tigray Interim Administration will meet in Mekelle next month to agree a timetable for the return of displaced people to Western Tigray, the administration's president, Tadesse Werede, said on Sunday.

Abiy's Prosperity Party won 401 of 436 contested seats in the June 2026 general election, which opposition parties in Tigray and Amhara could not contest.
"""},
}
