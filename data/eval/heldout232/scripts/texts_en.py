"""English texts of heldout232, written for this project in one sitting. Invented or generic facts."""

EN = {
"h232en01": {"outlet": "Warnow Wire (Schwerin)", "published": "2026-08-18", "text": """Can Schwesig hold Mecklenburg-Vorpommern as the AfD pulls ahead?

SCHWERIN, Aug 18 (Warnow Wire) - Mecklenburg-Vorpommern elects a new state parliament on September 20, and postal ballots will be sent out from Monday, state returning officer Birgit Lemke said on Tuesday.

A poll published on Monday put the far-right Alternative for Germany (AfD) on 36 percent, ten points ahead of Premier Manuela Schwesig's Social Democrats (SPD). The AfD won 16.7 percent in the state in 2021.

Schwesig said on Monday the SPD "will not govern with the AfD under any circumstances" and that she expected to lead the next government.

The Christian Democrats' lead candidate, Daniel Peters, has not ruled out joining a coalition with the SPD and the Left after the vote. AfD state leader Leif-Erik Holm said his party would put forward its own candidate for premier at the new Landtag's first session, expected in mid-October.

Chancellor Friedrich Merz is due to campaign in Rostock on September 5, CDU officials said.

Read more: Baltic ports brace for lower Russian grain transit

The outgoing cabinet will approve a 150 million euro support package for the port of Rostock next Tuesday, the state chancellery said in a statement. Economy Minister Reinhard Meyer is expected to step down after the election, according to a person close to him.

Germany's domestic intelligence agency could classify the state AfD as a confirmed extremist group before the vote, two security officials said. Holm has called such a move "an attack on the voters".

Analysts say turnout may top 70 percent, and the Sahra Wagenknecht Alliance (BSW) is unlikely to clear the five percent threshold.

"Schwesig's personal ratings are still her party's best asset, and many voters in the east have simply stopped listening to Berlin," said Jana Krueger, a political scientist at the University of Greifswald.
"""},

"h232en02": {"outlet": "Mawddach Wire (Dolgellau)", "published": "2027-02-10", "text": """Will Trawsfynydd get its small reactors? Nuclear board to decide in March

TRAWSFYNYDD, Feb 10 (Mawddach Wire) - The board of Great British Energy - Nuclear (GBE-N) will decide in mid-March whether the former Magnox site at Trawsfynydd joins its shortlist for small modular reactors, the state-owned company said on Wednesday.

The twin-reactor station on the shore of Llyn Trawsfynydd stopped generating in 1991 and is still being decommissioned.

Welsh Economy Secretary Elin Pritchard said the Welsh Government would put 30 million pounds into grid and road upgrades if the site was chosen. She will meet UK Energy Secretary Ed Miliband in London next week to press the case, her office said.

Miliband said in January that the government "will not" fund a third SMR site before 2030.

Cwmni Egino, the developer owned by the Welsh Government, expects to file a site licence application before the end of the year, its chief executive, Gareth Lloyd Hughes, said.

Gwynedd Council will hold a special meeting on February 25 to vote on a motion backing the project, council leader Dafydd Roberts said, adding that it was likely to pass.

Read more: Bangor University wins funding for nuclear skills centre

Campaign group PAWB said it would seek a judicial review if GBE-N picked the site. Treasury officials have not decided whether the project would be funded under the regulated asset base model, a government source said.

Rolls-Royce SMR could sign a framework agreement with Cwmni Egino as early as April, two people familiar with the talks said. The issue is also expected to come up when the British-Irish Council holds its summit in Cardiff in June.

Analysts say construction is unlikely to start before 2032. "The grid in north Wales is the real bottleneck, not the reactors," said Sian Parry, an energy economist at Bangor University.
"""},

"h232en03": {"outlet": "Iza Wire (Sighetu Marmatiei)", "published": "2025-10-16", "text": """Romania and Ukraine to sign Tisza bridge deal: will trucks cross before 2028?

SIGHETU MARMATIEI, Oct 16 (Iza Wire) - Romania and Ukraine will sign an agreement on Monday to build a new road bridge over the Tisza river between Sighetu Marmatiei and Solotvyno, Romanian Transport Minister Ciprian Serban said on Thursday.

The signing will take place in Bucharest during a visit by Ukraine's Deputy Prime Minister for Restoration, Oleksii Kuleba, who is also expected to meet Prime Minister Ilie Bolojan, Serban said.

The two governments agreed to build the bridge in a memorandum signed in June 2024. The only crossing in the area today is a narrow bridge limited to cars and light vans.

Maramures County Council President Ioan Dragos said tenders would open in the first quarter of 2026. The European Commission is expected to approve a Connecting Europe Facility grant covering 85 percent of the cost in December, an EU official said.

Ukraine's State Customs Service said it would open a second lane for vans at Solotvyno within 30 days.

Romanian customs will start checking cargo at the crossing against the EU's latest sanctions package on Russia from November 1, the National Customs Authority said in a statement.

Read more: Maramures wooden churches draw record visitors

Budapest has not said whether it will join talks on a rail link further west, a Romanian diplomat said.

Ukrainian officials say reconstruction cargo would move through the crossing once a ceasefire takes hold, which they do not expect before spring.

Analysts say the bridge is unlikely to open before 2028. "The money is there, the problem is the approval time on both sides of the river," said Ioana Rus, a transport economist in Cluj.
"""},

"h232en04": {"outlet": "Wolf River Wire (Memphis)", "published": "2025-12-09", "text": """Will the Guard stay in Memphis? Appeals court to hear Tennessee's case in January

MEMPHIS, Dec 9 (Wolf River Wire) - The Tennessee Court of Appeals will hear the state's challenge to a ruling that found the National Guard deployment in Memphis unlawful on January 13, the court said in a scheduling order on Monday.

A Davidson County chancellor ruled in November that Governor Bill Lee had exceeded his authority, but put her order on hold pending appeal.

Lee said on Monday the roughly 900 Guard members "will not leave" before the court rules, and that a new rotation of 300 troops would arrive next week.

Shelby County Mayor Lee Harris, who backed the lawsuit, said the county could ask the Tennessee Supreme Court to take the case directly.

The Justice Department may withhold some public safety grants from Memphis if the city ends its cooperation with the federal task force, a department official said. Memphis Mayor Paul Young is expected to meet White House officials in Washington in mid-January to discuss the task force, his office said.

The task force's state coordinator, Colonel Mark Hensley, plans to step down at the end of the month, two officials said.

Read more: Memphis council delays vote on police overtime budget

The deployment has become an issue in next year's race for governor. Primaries are on August 6, and Senator Marsha Blackburn, who is seeking the Republican nomination, has said she would keep the Guard in Memphis "as long as it takes" if elected.

Republican leaders could introduce a bill clarifying the governor's powers over the Guard when the General Assembly convenes in January, a legislative aide said.

Legal analysts say the appeals court is likely to rule before summer.
"""},

"h232en05": {"outlet": "Dinkel Wire (Enschede)", "published": "2026-05-20", "text": """Germany to keep Dutch border checks as Twente commuters brace for summer queues

ENSCHEDE, May 20 (Dinkel Wire) - Germany will extend its checks on the Dutch border for another six months from June 16, the German interior ministry said on Wednesday, prolonging controls that began in September 2024.

Berlin must notify the European Commission by the end of May, the ministry said.

Interior Minister Alexander Dobrindt said in April that the checks "will not end" while asylum applications stay high.

Overijssel's King's Commissioner, Anke Jansen, will meet Lower Saxony's Interior Minister Daniela Behrens in Hanover on June 2 to discuss a fast lane for cross-border workers, her office said. About 7,000 people commute daily between Twente and Germany, and trucks queued for up to two hours on the A1 near De Lutte last week.

Benelux ministers will discuss a joint request to Berlin in Brussels next week, a Dutch diplomat said.

Read more: Enschede hospital recruits German nurses as border queues grow

The Royal Marechaussee will keep its own spot checks at the De Lutte and Oldenzaal crossings at least until the end of the year, the Dutch justice ministry said.

Prime Minister Rob Jetten is expected to raise the issue at the European Council on June 25-26, his spokesman said.

The Commission may ask Berlin for fresh evidence that the checks are necessary, an EU official said.

The EUREGIO cross-border association said it would ask both governments for a green lane for trucks before the summer holidays.

Analysts say the checks could stay in place until the end of 2027. "Once a border check becomes routine, nobody in Berlin wants to be the one who ends it," said Thijs Bakker, a migration researcher at the University of Twente.
"""},
}
