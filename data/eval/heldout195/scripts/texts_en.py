"""English texts of heldout195, written for this project in one sitting. Invented or generic facts."""

EN = {
"h195en01": {"outlet": "Takhini Wire (Whitehorse)", "published": "2026-10-07", "text": """Will Ottawa pay to plug Yukon into the B.C. grid?

WHITEHORSE, Oct 7 (Takhini Wire) - Yukon will ask Ottawa to cover two-thirds of the C$1.1 billion cost of a transmission line to British Columbia when federal, provincial and territorial energy ministers meet in Whitehorse on Friday, Energy Minister Dana Kluane said on Tuesday.

The territory's grid is not connected to any other and relies on rented diesel generators to meet winter peaks.

Federal Energy Minister Tim Hodgson is expected to attend the meeting, a spokeswoman for Natural Resources Canada said, adding that Ottawa had "not made any decision" on the request.

Construction was first planned for 2025 but slipped twice as cost estimates rose. The Yukon Development Corporation (YDC) expects to sign a power purchase agreement with the Taku River Tlingit First Nation, which is expanding its Atlin hydro plant, by the end of the year, its chief executive, Marion Leblanc, said.

Yukon Energy will keep its rented generators in Whitehorse and Faro at least until the end of March, the utility said in a statement.

Read more: Yukon tourism numbers climb past pre-pandemic levels

Premier Currie Dixon has made the line a condition of his government's climate plan. NDP energy critic Lena Charlie said her party would demand Kluane's resignation if Friday's meeting ends without a federal commitment.

Elections Yukon said a by-election in Whitehorse Centre will be held on November 16, after the sitting member resigned in August to take a federal post.

Alaska Governor Mike Dunleavy could visit Whitehorse in November to discuss extending the line to the port of Skagway, two officials said. Washington has not been consulted, one of them added.

Analysts say the line is unlikely to carry power before 2031, whatever Ottawa decides. "Ottawa wants to help, but it also wants B.C. to pay its share, and Victoria is in no hurry," said Priya Solberg, an energy economist at Yukon University.
"""},

"h195en02": {"outlet": "Agualva Wire (Praia da Vitoria)", "published": "2027-03-02", "text": """U.S. seeks more tanker flights from Lajes as Azores demand a seat at the table

PRAIA DA VITORIA, March 2 (Agualva Wire) - Portugal and the United States will discuss a U.S. request to station up to twelve more aerial refuelling tankers at Lajes air base on Terceira island when their Standing Bilateral Commission meets in Lisbon on March 15-16, Foreign Minister Paulo Rangel said on Monday.

The U.S. Air Force could begin rotating the first additional tankers through the base as early as May, a U.S. official said.

Defence Minister Nuno Melo said Lisbon "will not authorise" any increase in U.S. personnel without a new labour agreement for the base's Portuguese workers.

The president of the Azores regional government, Jose Manuel Bolieiro, is expected to join the Portuguese delegation for the first time, his office said.

Washington cut its presence at Lajes by more than half in 2015, a decision that cost Terceira hundreds of jobs and left fuel contamination around Praia da Vitoria.

Regional Environment Secretary Rita Borges said the cleanup of the contaminated sites will start in June, funded in part by the United States.

Read more: Azores Airlines sale talks stall over debt

The regional parliament in Horta will debate the base on Thursday at the request of the Socialist opposition. A U.S. embassy official said Washington had not decided whether to pay for new fuel tanks at Praia da Vitoria port.

Prime Minister Luis Montenegro is likely to raise Lajes with President Donald Trump at the NATO summit in July, diplomats said. Lisbon has not confirmed a meeting.

Rangel is also due in Washington next week for talks with Secretary of State Marco Rubio, the foreign ministry said.

Analysts say Lisbon may accept the tankers in exchange for U.S. investment in the island's port. "Terceira wants jobs, not promises," said Helena Medeiros, a political scientist at the University of the Azores.
"""},

"h195en03": {"outlet": "Kovalam Wire (Thiruvananthapuram)", "published": "2025-09-16", "text": """Can Vizhinjam win the big ships before Colombo does?

THIRUVANANTHAPURAM, Sept 16 (Kovalam Wire) - The largest container ship yet to call at Vizhinjam International Seaport will berth on Sunday, Kerala Ports Minister V.N. Vasavan said on Monday, as the state presses New Delhi to fund the port's rail link.

The port, operated by Adani Ports and Special Economic Zone (APSEZ), was formally commissioned by Prime Minister Narendra Modi in May.

Vasavan said Kerala would sign a supplementary concession agreement with APSEZ within 30 days, but that the state "will not pay more" than its agreed share of viability gap funding.

Union Ports Minister Sarbananda Sonowal is expected to visit the port in the first week of October to review plans for the second phase, two officials said.

The Konkan Railway Corporation said tenders for the 10.7-km rail tunnel to Balaramapuram were likely to open by the end of October.

Fishermen's groups, led by the Vizhinjam Coastal Action Council, will hold a sea protest on Friday over erosion on nearby beaches, the council's convener, Father Joseph Antony, said.

Read more: Kerala raises fishing-boat fuel subsidy ahead of the festival season

Seafood exporters in Kochi fear that U.S. tariffs of 50 percent on Indian shrimp could stay in place until a trade deal is signed. India and the United States could resume trade talks next week, a commerce ministry official said.

Kerala must elect a new assembly by May 2026. The State Election Commission has said local body polls will be held in December. Opposition leader V.D. Satheesan said a United Democratic Front government would order an inquiry into the concession terms.

Analysts say Vizhinjam could take up to 15 percent of the Indian transshipment cargo now handled in Colombo by 2028. "Without the rail link, the port is an island," said Meera Thampi, a transport economist in Kochi.
"""},

"h195en04": {"outlet": "Sambre Wire (Namur)", "published": "2026-05-28", "text": """Wallonia to decide on FN Herstal's Saudi licences as court date nears

NAMUR, May 28 (Sambre Wire) - The Walloon government will decide next week whether to suspend six export licences that allow FN Herstal to ship machine guns and ammunition to the Saudi Arabian National Guard, Minister-President Adrien Dolimont said on Wednesday.

The licences, granted in 2024, expire on June 30 unless they are suspended first.

Belgium's Council of State will hear an appeal against the licences by the Ligue des droits humains (LDH) and the peace group CNAPD on June 11, a lawyer for the groups said. The same court suspended several Walloon licences for Saudi Arabia in 2020.

Dolimont said Wallonia "will not grant" any licence for equipment that could be used in Yemen. Saudi and Houthi negotiators are expected to meet in Muscat in mid-June to extend their truce, diplomats said.

The Walloon Parliament's foreign trade committee will question Dolimont on Tuesday.

FN Browning Group, which the region owns, said in a statement that losing the contract could cost 300 jobs at its Herstal plant by the end of the year.

Read more: Liege airport cargo volumes fall for a third quarter

Opposition Ecolo lawmaker Sarah Fontaine said her party would demand Dolimont's resignation if the licences are renewed.

The federal government of Prime Minister Bart De Wever has no role in the decision, his office said.

EU leaders could discuss a common line on arms sales to the Gulf at the European Council in Brussels on June 25-26, an EU official said, though the item is not yet on the agenda.

Analysts say the government is likely to keep at least four of the six licences, suspending only those for ammunition. "Dolimont needs the jobs and the court at the same time," said Marc Wuyts, a defence industry analyst at a Brussels think tank.
"""},

"h195en05": {"outlet": "Liesbeek Wire (Cape Town)", "published": "2026-03-10", "text": """Western Cape and Pretoria to sign rail devolution deal as taxi truce holds

CAPE TOWN, March 10 (Liesbeek Wire) - The Western Cape and the national transport department will sign a memorandum of agreement on Friday that starts the transfer of Cape Town's commuter rail to a provincial entity, Premier Alan Winde said on Monday.

The transfer should be completed within three years, Winde said.

Transport Minister Barbara Creecy is expected to attend the signing in Cape Town, her spokesperson said.

The national cabinet approved the rail devolution policy in October after years of lobbying by the province.

The Passenger Rail Agency of South Africa (PRASA) has run the trains since 2009, and several lines were shut for years after cable theft and vandalism.

PRASA's board chairperson is expected to step down at the end of March, two people familiar with the matter said.

Read more: Cape Town water tariffs to rise 6 percent from July

A truce between the Cape Amalgamated Taxi Association (CATA) and the Congress of Democratic Taxi Associations (CODETA), brokered last month, will be extended until the end of June, the provincial mobility department said.

Mobility MEC Isaac Sileku said the province "will not issue" new operating licences on the disputed Mitchells Plain route while the truce is in place.

About 300 soldiers will remain deployed in Cape Flats hotspots until the end of April, the South African National Defence Force (SANDF) said.

The Electoral Commission of South Africa (IEC) has said local government elections will be held between November 2026 and January 2027.

Cape Town Mayor Geordin Hill-Lewis said the city could take over the Southern Line as early as 2027 if the national treasury agrees to fund it.

Analysts say unions could challenge the agreement in court before it takes effect. "The province has the plan, but PRASA still has the staff," said Thandeka Mokoena, a researcher at a Cape Town transport institute.
"""},
}
