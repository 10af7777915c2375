"""Event types by word class, on sentences written for these tests (no article text; names,
places and topics are new): each type's common nouns and verbs in both languages, leaders'
gatherings as summits, trips made for talks, the reporting frame ("said in a statement that"),
conditions, a round of talks against a tour, discussions of sanctions.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from claimtracker.text import normalize_text
from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)



def _event(res: Resources, text: str, lang: str, containing: str | None = None) -> str | None:
    return first_forward(res, text, lang, PUBLISHED, containing).event_type


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        ("The navies of Peru and Chile will hold joint exercises off Arica in May, the defence ministry said.", "en", "military"),
        ("Government forces are expected to launch a ground offensive on the rebel-held town of Kolda next week, a commander said.", "en", "military"),
        ("Heavy clashes could erupt again around the airport in Goma, a UN official warned.", "en", "military"),
        ("Kenyan and Ugandan police will begin joint patrols along the border on Monday, officials said.", "en", "military"),
        ("Leaders of the Andean Community will gather in Quito on June 3, the bloc said.", "en", "summit"),
        ("Heads of state from the Sahel will convene in Niamey next month, the presidency said.", "en", "summit"),
        ("Mexico will host the summit in October, the foreign ministry said.", "en", "summit"),
        ("Finance Minister Ana Ruiz is expected to step aside before the end of March, two aides said.", "en", "resignation"),
        ("The new ministers will take the oath of office on Thursday, the palace said.", "en", "other"),
        ("Ministers are expected to issue a joint communique on Friday, a diplomat said.", "en", "statement"),
        ("The bloc will impose travel bans on five officials next week, diplomats said.", "en", "sanction"),
        ("Brazil's president could make a stopover in Lisbon on his way to Rome, officials said.", "en", "visit"),
        ("If the truce holds, the new budget could cut fuel subsidies in May, an official said.", "en", "other"),
        ("The treaty could be signed in May if talks go well, an official said.", "en", "agreement"),
        ("The ministry said in a statement that the army would begin drills near the border on Sunday.", "en", "military"),
        ("A provision on fishing rights is still being negotiated and could be removed from the final text, officials said.", "en", "agreement"),
        ("Envoys from Oman and Yemen will hold a second round of talks in Muscat next week, officials said.", "en", "meeting"),
        ("The Senate will vote on the budget bill next Tuesday, the speaker said.", "en", "other"),
        ("The ruling party will name its candidate for the presidential election in June, officials said.", "en", "election"),
        # a leader who travels for talks makes a visit (guideline: trips -> visit); see
        # test_extract_event_session6.py for a delegation sent to negotiate
        ("President Ortega will travel to Havana on Monday for talks with his counterpart, officials said.", "en", "visit"),
        ("Parliament is expected to be dissolved next week ahead of a snap election, officials said.", "en", "election"),
        ("وقالت وزارة الدفاع إن القوات البحرية للبلدين ستجري مناورات مشتركة في البحر الأحمر الشهر المقبل.", "ar", "military"),
        ("وحذر مسؤول أممي من أن الاشتباكات قد تتجدد في محيط المطار خلال الأيام المقبلة.", "ar", "military"),
        ("ومن المقرر أن تبدأ دوريات مشتركة على الحدود بين البلدين مطلع الشهر المقبل.", "ar", "military"),
        ("ويجتمع قادة دول الساحل في نيامي الشهر المقبل، بحسب بيان للرئاسة.", "ar", "summit"),
        ("وقالت مصادر إن وزير المالية سيغادر منصبه قبل نهاية الشهر الجاري.", "ar", "resignation"),
        ("وأضاف المصدر أن الوزراء الجدد سيؤدون اليمين الدستورية يوم الخميس المقبل.", "ar", "other"),
        ("ومن المنتظر أن يصدر عن القمة بيان ختامي يوم الأحد.", "ar", "statement"),
        ("وأكد الوزير أن الجولة الثالثة من المحادثات ستعقد في مسقط الأسبوع المقبل.", "ar", "meeting"),
        ("ويقوم الرئيس بجولة خليجية تشمل الرياض والدوحة الأسبوع المقبل.", "ar", "visit"),
        ("وأعلنت وزارة الخارجية أن الوزير سيزور عمان يوم الاثنين.", "ar", "visit"),
        ("وأعلنت الوزارة في بيان أنها ستفرض قيودا على استيراد الإسمنت اعتبارا من الشهر المقبل.", "ar", "other"),
        ("وأشار إلى أن الاتحاد الأوروبي قد يفرض حظر سفر على عشرة مسؤولين الأسبوع المقبل.", "ar", "sanction"),
        ("ومن المتوقع أن يجري وفد من صندوق النقد الدولي مباحثات مع الحكومة في عمان الأحد المقبل.", "ar", "meeting"),
        ("ومن المقرر أن تستضيف القاهرة القمة العربية في أيار المقبل.", "ar", "summit"),
        ("ورجح أن يوقع الطرفان الاتفاق في حال نجحت المفاوضات.", "ar", "agreement"),
        ("وقالت مصادر إن الرئيس قد يحل البرلمان الشهر المقبل تمهيدا لانتخابات مبكرة.", "ar", "election"),
        ("وتوقع المحلل أن تشهد العاصمة تظاهرات واسعة الأسبوع المقبل.", "ar", "other"),
        ("ومن المتوقع أن يتخذ البنك المركزي قرارا بخفض سعر الفائدة يوم الخميس.", "ar", "other"),
        ("وقال الوزير إن وزارة الخارجية ستعلن موقفها من القرار غدا.", "ar", "statement"),
        ("وتجرى الجولة الثانية من الانتخابات الرئاسية في 12 أيار المقبل، بحسب الهيئة.", "ar", "election"),
        ("ومن المتوقع أن تجرى جولة الإعادة في الأسبوع الأول من حزيران.", "ar", "election"),
        ("ويتوقع أن يوقع البلدان بالأحرف الأولى على اتفاق التجارة الحرة قبل نهاية العام.", "ar", "agreement"),
        ("وقال مصدر إن وقف إطلاق النار قد يدخل حيز التنفيذ منتصف ليل الأحد.", "ar", "ceasefire"),
        ("ورجح دبلوماسيون أن يتم تمديد الهدنة لأسبوعين إضافيين.", "ar", "ceasefire"),
        ("وقالت المصادر إن رئيس الحكومة سيقدم استقالته إلى الرئيس الأسبوع المقبل.", "ar", "resignation"),
        ("ومن المرتقب أن يعين الرئيس رئيسا جديدا للوزراء خلال أيام.", "ar", "other"),
        ("ويعقد مجلس الأمن جلسة طارئة غدا لبحث التصعيد.", "ar", "meeting"),
        ("وسيجري الرئيس اتصالا هاتفيا مع نظيره التركي مساء اليوم.", "ar", "other"),
        ("ومن المنتظر أن يلقي الرئيس خطابا أمام البرلمان يوم الثلاثاء.", "ar", "statement"),
        ("وأشار إلى أن واشنطن قد تدرج شركات صينية جديدة على القائمة السوداء الشهر المقبل.", "ar", "sanction"),
        ("ومن المتوقع أن يشارك وزير الخارجية في اجتماع وزراء الخارجية العرب في القاهرة الأحد.", "ar", "meeting"),
        ("وقال الجيش إن قواته ستنسحب من البلدة خلال يومين.", "ar", "military"),
        ("Voters in Lesotho will go to the polls on October 4, the electoral commission said.", "en", "election"),
        ("A runoff is expected on May 12 if no candidate wins a majority, officials said.", "en", "election"),
        ("The two sides are expected to initial the deal in Doha next week, diplomats said.", "en", "agreement"),
        ("A truce could take effect at midnight on Sunday, mediators said.", "en", "ceasefire"),
        ("The prime minister is expected to tender his resignation to the king on Monday, aides said.", "en", "resignation"),
        ("The president is expected to appoint a new prime minister within days, officials said.", "en", "other"),
        ("The Security Council will hold an emergency session on Tuesday, diplomats said.", "en", "meeting"),
        ("The two presidents will speak by phone on Wednesday, the Kremlin said.", "en", "other"),
        ("The president is due to address parliament on Tuesday, his office said.", "en", "statement"),
        ("Washington could add more Chinese firms to its entity list next month, officials said.", "en", "sanction"),
        ("Troops will withdraw from the town within two days, the army said.", "en", "military"),
        ("The opposition is expected to boycott the vote, analysts said.", "en", "election"),
        ("The central bank is expected to cut its benchmark rate on Thursday, economists said.", "en", "other"),
        ("Ministers will meet on Friday to discuss the new sanctions package, diplomats said.", "en", "sanction"),
        ("The deal, which is expected to be signed in June, would cut tariffs on cars.", "en", "agreement"),
        ("Foreign ministers will meet in Cairo on Sunday ahead of the Arab League summit, officials said.", "en", "meeting"),
        ("The ceasefire talks will resume in Cairo on Sunday, officials said.", "en", "meeting"),
        ("The two countries are expected to sign a memorandum of understanding on energy in Baku on Monday.", "en", "agreement"),
        ("Rebels could storm the city within days, a security source said.", "en", "military"),
        ("The army may carry out air raids on the hideouts next week, officials said.", "en", "military"),
        ("Foreign ministers of the Gulf states will hold a meeting in Muscat on Sunday, officials said.", "en", "meeting"),
        ("The prime minister is expected to name a new cabinet on Friday, aides said.", "en", "other"),
        ("The king will receive the Japanese envoy at the palace on Tuesday, the court said.", "en", "meeting"),
        ("Parliament will debate the motion of censure on Thursday, the speaker said.", "en", "other"),
        ("ومن المتوقع أن تشن القوات الحكومية هجوما بريا على المدينة الأسبوع المقبل.", "ar", "military"),
        ("وقال مصدر إن الطرفين قد يوقعان مذكرة تفاهم في مجال الطاقة يوم الاثنين.", "ar", "agreement"),
        ("ومن المقرر أن يلتقي الرئيس نظيره الفرنسي في باريس يوم الخميس.", "ar", "meeting"),
        ("ومن المرتقب أن يعلن رئيس الوزراء تشكيلة حكومته الجديدة يوم السبت.", "ar", "other"),
        ("ويتوقع أن يستقبل الملك المبعوث الأممي في القصر يوم الثلاثاء.", "ar", "meeting"),
        ("ومن المتوقع أن يشارك الرئيس في القمة الأفريقية في أديس أبابا الشهر المقبل.", "ar", "summit"),
        ("وقالت المصادر إن الحكومة ستقدم استقالتها إلى الرئيس بعد الانتخابات.", "ar", "resignation"),
        ("ورجح مراقبون أن يعلن الرئيس ترشحه لولاية ثانية خلال أيام.", "ar", "election"),
        ("ومن المقرر أن يصوت مجلس النواب على اتفاقية الصيد البحري مع موريتانيا الأسبوع المقبل.", "ar", "other"),
        ("ومن المرجح أن يتفق الطرفان على جدول زمني للانسحاب الشهر المقبل.", "ar", "agreement"),
        ("ومن المنتظر أن يشمل التعديل وزارتي الصحة والتعليم خلال أيام.", "ar", "other"),
        ("وقال مصدر أمني إن الجيش سينشر وحدات إضافية على الحدود الشرقية الأسبوع المقبل.", "ar", "military"),
        ("ويرجح محللون أن تصل تعزيزات عسكرية إلى المدينة قبل نهاية الشهر.", "ar", "military"),
        # «بعد غد» is a day, not "after" an event: the visit is the claim's
        ("ومن المنتظر أن يحل الوزير بنواكشوط بعد غد في زيارة رسمية.", "ar", "visit"),
        ("وقال النائب إن المجلس حريص على تمرير القوانين الانتخابية قبل نهاية الشهر.", "ar", "other"),
        ("The ruling coalition hopes to pass the budget bill before the end of June.", "en", "other"),
        ("Officials said troop reinforcements could reach the border town by Friday.", "en", "military"),
    ],
)
def test_event_word_classes(res: Resources, text: str, lang: str, event: str) -> None:
    assert _event(res, text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang", "containing", "event"),
    [
        # a bare «الجوله» (a weak word) in a story about a round of talks
        ("تنطلق في مسقط يوم الأحد المقبل الجولة الرابعة من المحادثات بين البلدين. "
         "وقال مصدر مطلع إن الجولة ستستمر يومين.", "ar", "ستستمر", "meeting"),
        # attending takes the gathering named before, not a trip named later in the sentence
        ("Leaders of the Indian Ocean Commission will gather in Moroni on July 2 for their annual summit. "
         "The Seychelles president is expected to attend, an aide said, and could make a brief stop in "
         "Antananarivo on the way.", "en", "attend", "summit"),
        # the reporting frame is where the claim was made, not what it is about
        ("وأعلنت وزارة النقل في بيان أنها ستخفض رسوم العبور على الشاحنات مطلع الشهر المقبل.", "ar", "ستخفض", "other"),
        ("The transport ministry said in a statement that it would cut transit fees for lorries next month.",
         "en", "transit fees", "other"),
    ],
)
def test_refers_back_and_frame(res: Resources, text: str, lang: str, containing: str, event: str) -> None:
    assert _event(res, text, lang, containing) == event


def test_ministry_is_no_visit(res: Resources) -> None:
    # «وزاره» (ministry) is not و + «زار» (visited) + ه
    text = "وقالت وزارة الزراعة والوزارات المعنية إن الأسعار قد ترتفع الشهر المقبل."
    hits = res.lexicons["ar"].events.find(normalize_text(text))
    assert not [h for h in hits if h.event_type == "visit"]
    assert [h.event_type for h in res.lexicons["ar"].events.find(normalize_text("زار الوزير عمان"))] == ["visit"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a legislature votes ON a measure; voters vote IN an election
        ("Peru's Congress is scheduled to vote on the president's tax overhaul on March 3.", "other"),
        ("Peruvians are scheduled to vote on March 3.", "election"),
        # (a legislature voting with no measure named is still no election: test_extract_event_session6.py)
        # a vote on a treaty, and a ratification, are no election either: they are about the
        # agreement (session 24; earlier sessions had them `other`, as a vote on a mandate stays)
        ("The Senate of Ruritania is scheduled to vote on the fisheries treaty on June 9.", "agreement"),
        ("Lawmakers in Lima are expected to ratify the trade pact with Korea next month.", "agreement"),
        ("The Senate of Ruritania is scheduled to vote on the envoy's mandate on June 9.", "other"),
        ("The council will vote on renewing the mission's mandate on March 17.", "other"),
        # a host with no event after it hosts the event named before ("which X will host")
        ("A regional summit, which Ghana is due to host, could take place as early as June.", "summit"),
        # agreeing on something is an agreement; signing a decree is no agreement
        ("The two sides are expected to agree on a timetable for the withdrawal next month.", "agreement"),
        ("The president is likely to sign a decree on fuel prices next week.", "other"),
        # a round of voting is an election round; a round of talks stays talks
        ("The commission said it would hold a second round of voting in the northern districts in May.", "election"),
        ("Envoys will hold a new round of talks in Nairobi next week.", "meeting"),
        # three leaders meeting is a summit; measures imposed on a country are sanctions
        ("A three-way meeting of the presidents of Chad, Niger and Mali could take place in Niamey in June.", "summit"),
        ("Brussels could lift the trade measures it imposed on Belarus as early as September.", "sanction"),
        ("Analysts said the talks could produce a compromise on grazing rights by the end of the year.", "agreement"),
        # a labour strike is no military strike; air strikes are
        ("Teachers said they would stage a 48-hour strike on the day of the exam if pay talks failed.", "other"),
        ("The army is expected to carry out strikes on rebel positions next week.", "military"),
        # a union's own leaders meeting is a meeting, not a leaders' summit
        ("The federation said its leaders would meet on Friday to set a date for industrial action.", "meeting"),
        ("Leaders of the bloc will meet in Lusaka next month.", "summit"),
        # electing a government is government formation
        ("It is unclear whether parliament will elect a new government before the summer.", "other"),
    ],
)
def test_votes_strikes_and_leaders_by_construction(res, text, event):
    assert _event(res, text, "en") == event
