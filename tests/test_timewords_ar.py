"""Arabic time phrases -> windows: the guideline's table (docs/time-windows.md), every regional month
name, clitics, diacritics and Arabic-Indic digits. Sentences are written for these tests.
Publication date 2025-10-15 is a Wednesday.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract.timewords import TimeLexicon, find_times

PUB = date(2025, 10, 15)  # الأربعاء
D = date


@pytest.fixture(scope="module")
def lex() -> TimeLexicon:
    return TimeLexicon.load()


def hits(text: str, lex: TimeLexicon, pub: date | None = PUB):
    out = find_times(text, "ar", pub, lex)
    for h in out:
        assert text[h.start:h.end] == h.window.text, "window text must be the verbatim slice"
    return out


def window(text: str, lex: TimeLexicon, pub: date | None = PUB) -> tuple:
    out = hits(text, lex, pub)
    assert len(out) == 1, [h.window for h in out]
    h = out[0]
    return h.window.start, h.window.end, h.window.text


@pytest.mark.parametrize("text,expected", [
    ("يصل الوفد غدًا إلى بيروت", (D(2025, 10, 16), D(2025, 10, 16), "غدًا")),
    ("يصل الوفد غداً إلى بيروت", (D(2025, 10, 16), D(2025, 10, 16), "غداً")),
    ("قدم الوزير استقالته اليوم لرئيس الحكومة", (PUB, PUB, "اليوم")),
    ("التقى الوزير نظيره أمس في القاهرة", (D(2025, 10, 14), D(2025, 10, 14), "أمس")),
    ("التقى الوزير نظيره بالأمس في القاهرة", (D(2025, 10, 14), D(2025, 10, 14), "بالأمس")),
    ("تستأنف المحادثات بعد غد في الدوحة", (D(2025, 10, 17), D(2025, 10, 17), "بعد غد")),
])
def test_today_tomorrow(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("تستأنف المفاوضات في الدوحة يوم الخميس", (D(2025, 10, 16), D(2025, 10, 16), "يوم الخميس")),
    ("يجتمع المجلس الاثنين لبحث الموازنة", (D(2025, 10, 20), D(2025, 10, 20), "الاثنين")),
    ("يجتمع المجلس يوم الإثنين لبحث الموازنة", (D(2025, 10, 20), D(2025, 10, 20), "يوم الإثنين")),
    ("اجتمع الوزيران في القاهرة اليوم “الأربعاء”", (PUB, PUB, "اليوم “الأربعاء")),
    ("يبحث الوزراء غداً الخميس تشديد العقوبات", (D(2025, 10, 16), D(2025, 10, 16), "غداً الخميس")),
    ("وصل الرئيس صباح اليوم الأربعاء إلى أنقرة", (PUB, PUB, "صباح اليوم الأربعاء")),
    ("تعقد الجلسة الجمعة المقبل", (D(2025, 10, 17), D(2025, 10, 17), "الجمعة المقبل")),
    ("ويعود الوفد والخميس إلى القاهرة", (D(2025, 10, 16), D(2025, 10, 16), "والخميس")),
])
def test_weekdays(lex, text, expected):
    assert window(text, lex) == expected


def test_last_weekday(lex):
    assert window("أجل الوزير سفره المقرر يوم الأربعاء الماضي", lex) == (
        D(2025, 10, 8), D(2025, 10, 8), "يوم الأربعاء الماضي")


@pytest.mark.parametrize("text,expected", [
    ("يزور الملك المملكة خلال الأيام المقبلة", (PUB, D(2025, 10, 22), "خلال الأيام المقبلة")),
    ("تتم الزيارة في قادم الأيام", (PUB, D(2025, 10, 22), "في قادم الأيام")),
    ("يعلن القرار خلال الأيام القليلة المقبلة", (PUB, D(2025, 10, 22), "خلال الأيام القليلة المقبلة")),
    ("يعلن القرار في غضون أيام", (PUB, D(2025, 10, 22), "في غضون أيام")),
])
def test_within_days(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("تجتمع اللجنة مجددا في غضون 14 يومًا", (PUB, D(2025, 10, 29), "في غضون 14 يومًا")),
    ("تجتمع اللجنة مجددا في غضون ١٤ يوماً", (PUB, D(2025, 10, 29), "في غضون ١٤ يوماً")),
    ("يصدر الرد خلال 48 ساعة", (PUB, D(2025, 10, 17), "خلال 48 ساعة")),
    ("يصدر الرد خلال الـ48 ساعة المقبلة", (PUB, D(2025, 10, 17), "خلال الـ48 ساعة المقبلة")),
    ("تنتهي المهلة خلال أسبوعين", (PUB, D(2025, 10, 29), "خلال أسبوعين")),
    ("تنتهي المهلة خلال ثلاثة أشهر", (PUB, D(2026, 1, 15), "خلال ثلاثة أشهر")),
    ("تنتهي المهلة خلال أسبوع", (PUB, D(2025, 10, 22), "خلال أسبوع")),
    ("تنتهي المهلة في غضون الأسبوعين المقبلين", (PUB, D(2025, 10, 29), "في غضون الأسبوعين المقبلين")),
])
def test_within_n_units(lex, text, expected):
    assert window(text, lex) == expected


def test_later_by_n_units_counts_from_the_date_before(lex):
    got = hits("تجرى الانتخابات في 2 تشرين الثاني على أن تجرى الجولة الثانية بعد ذلك بأسبوعين", lex)
    assert [(h.window.start, h.window.text) for h in got] == [
        (D(2025, 11, 2), "في 2 تشرين الثاني"), (D(2025, 11, 16), "بعد ذلك بأسبوعين")]


def test_after_n_days_is_one_day(lex):
    assert window("تصدر المحكمة حكمها بعد ثلاثة أيام", lex) == (D(2025, 10, 18), D(2025, 10, 18), "بعد ثلاثة أيام")


@pytest.mark.parametrize("text,expected", [
    ("يزور المملكة نهاية الأسبوع الجاري", (D(2025, 10, 17), D(2025, 10, 19), "نهاية الأسبوع الجاري")),
    ("يصدر القرار خلال الأسبوع الجاري", (PUB, D(2025, 10, 19), "خلال الأسبوع الجاري")),
    ("يصدر القرار هذا الأسبوع", (PUB, D(2025, 10, 19), "هذا الأسبوع")),
])
def test_this_week_runs_to_sunday(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("يزور المبعوث بيروت الأسبوع المقبل", (D(2025, 10, 20), D(2025, 10, 26), "الأسبوع المقبل")),
    ("سيكون التعديل خلال الاسبوع القادم", (D(2025, 10, 20), D(2025, 10, 26), "خلال الاسبوع القادم")),
])
def test_next_week(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("تجرى الانتخابات خلال شهر أيار المُقبل", (D(2026, 5, 1), D(2026, 5, 31), "خلال شهر أيار المُقبل")),
    ("تعقد القمة في شهر أكتوبر المقبل", (D(2026, 10, 1), D(2026, 10, 31), "في شهر أكتوبر المقبل")),
    ("تعقد القمة في أكتوبر", (D(2025, 10, 1), D(2025, 10, 31), "في أكتوبر")),
    ("تعقد القمة في نوفمبر", (D(2025, 11, 1), D(2025, 11, 30), "في نوفمبر")),
    ("تعقد القمة في شباط", (D(2026, 2, 1), D(2026, 2, 28), "في شباط")),
    ("تعقد القمة الشهر المقبل", (D(2025, 11, 1), D(2025, 11, 30), "الشهر المقبل")),
    ("تعقد القمة في تشرين الأول (أكتوبر) 2026", (D(2026, 10, 1), D(2026, 10, 31),
                                                 "في تشرين الأول (أكتوبر) 2026")),
])
def test_months(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("بدأت الزيارة أواخر يوليو", (D(2026, 7, 21), D(2026, 7, 31), "أواخر يوليو")),
    ("تنتهي المهلة منتصف كانون الثاني", (D(2026, 1, 11), D(2026, 1, 20), "منتصف كانون الثاني")),
    ("يزور واشنطن مطلع الشهر المقبل", (D(2025, 11, 1), D(2025, 11, 10), "مطلع الشهر المقبل")),
    ("تجتمع اللجنة في نهاية تشرين الثاني الجاري", (D(2025, 11, 21), D(2025, 11, 30),
                                                  "في نهاية تشرين الثاني الجاري")),
    ("تعقد الجولة في أوائل ديسمبر", (D(2025, 12, 1), D(2025, 12, 10), "في أوائل ديسمبر")),
])
def test_parts_of_a_month(lex, text, expected):
    assert window(text, lex) == expected


def test_second_week_of_a_month(lex):
    assert window("تتم الزيارة في الأسبوع الثاني من تموز", lex) == (
        D(2026, 7, 8), D(2026, 7, 14), "في الأسبوع الثاني من تموز")


@pytest.mark.parametrize("text,expected", [
    ("يتم الانسحاب بحلول نهاية العام", (PUB, D(2025, 12, 31), "بحلول نهاية العام")),
    ("يقر القانون قبل نهاية العام الجاري", (PUB, D(2025, 12, 31), "قبل نهاية العام الجاري")),
    ("يتم الانسحاب بحلول 30 نوفمبر", (PUB, D(2025, 11, 30), "بحلول 30 نوفمبر")),
    ("تستمر الهدنة حتى نهاية الشهر", (PUB, D(2025, 10, 31), "حتى نهاية الشهر")),
])
def test_by_a_date(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("لن تجرى الانتخابات ليس قبل أيار 2026", (D(2026, 5, 1), None, "ليس قبل أيار 2026")),
])
def test_not_before_is_open_ended(lex, text, expected):
    assert window(text, lex) == expected


def test_a_start_date_is_the_day_it_starts(lex):
    # «اعتباراً من»: what starts then is the event, so the day is the window (sixth session)
    assert window("يطبق القرار اعتباراً من الأول من كانون الثاني", lex) == (
        D(2026, 1, 1), D(2026, 1, 1), "اعتباراً من الأول من كانون الثاني")


@pytest.mark.parametrize("text,words", [
    ("يلتقي بوتين والشرع قريبًا", "قريبًا"),
    ("دعا إلى اتفاق الهدنة في أقرب وقت", "في أقرب وقت"),
    ("يتطلب الوضع تبديل حكومي عاجل", "عاجل"),
    ("يتم التوقيع في القريب العاجل", "في القريب العاجل"),
])
def test_soon_is_open_from_publication(lex, text, words):
    h = hits(text, lex)
    assert [(x.window.start, x.window.end, x.window.text, x.precision) for x in h] == [(PUB, None, words, "open")]


@pytest.mark.parametrize("text,expected", [
    ("ستتم الزيارة نهاية شهر تشرين الأول/أكتوبر الجاري أو مطلع الشهر المقبل",
     (D(2025, 10, 21), D(2025, 11, 10), "نهاية شهر تشرين الأول/أكتوبر الجاري أو مطلع الشهر المقبل")),
    ("يزور تركيا يومي 21 و 22 تشرين الأول الجاري", (D(2025, 10, 21), D(2025, 10, 22),
                                                   "يومي 21 و 22 تشرين الأول الجاري")),
    ("يجتمع المجلس يوم الاثنين والثلاثاء", (D(2025, 10, 20), D(2025, 10, 21), "يوم الاثنين والثلاثاء")),
    ("تجرى الانتخابات بين عامي 2026 و2027", (D(2026, 1, 1), D(2027, 12, 31), "بين عامي 2026 و2027")),
])
def test_x_or_y_spans_both(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("تبدأ الجولة في 25 تشرين الثاني", (D(2025, 11, 25), D(2025, 11, 25), "في 25 تشرين الثاني")),
    ("مددت الترشيحات الى 11 كانون الثاني", (D(2026, 1, 11), D(2026, 1, 11), "11 كانون الثاني")),
    ("تجرى الانتخابات في الثاني من نيسان المقبل", (D(2026, 4, 2), D(2026, 4, 2),
                                                   "في الثاني من نيسان المقبل")),
    ("تعقد القمة في ١٥ ديسمبر ٢٠٢٥", (D(2025, 12, 15), D(2025, 12, 15), "في ١٥ ديسمبر ٢٠٢٥")),
    ("الموعد النهائي 2025-11-03", (D(2025, 11, 3), D(2025, 11, 3), "2025-11-03")),
    ("الموعد النهائي 03/11/2025", (D(2025, 11, 3), D(2025, 11, 3), "03/11/2025")),
    ("بدأ الوزير اليوم الأحد 8 جوان 2014 زيارة", (D(2014, 6, 8), D(2014, 6, 8), "اليوم الأحد 8 جوان 2014")),
    ("تعقد الجلسة في 25 الجاري", (D(2025, 10, 25), D(2025, 10, 25), "في 25 الجاري")),
])
def test_explicit_dates(lex, text, expected):
    assert window(text, lex) == expected


def test_same_month_refers_back(lex):
    got = hits("كانت الانتخابات ستجري في الثاني من نيسان المقبل وارجئت الى 13 من الشهر نفسه", lex)
    assert [(h.window.start, h.window.text) for h in got] == [
        (D(2026, 4, 2), "في الثاني من نيسان المقبل"), (D(2026, 4, 13), "13 من الشهر نفسه")]


def test_duration_is_anchored_on_the_date_before_it(lex):
    got = hits("بدأ الوزير اليوم الأحد 8 جوان 2014 زيارة للجزائر تستمر يومين", lex)
    # the date's window runs to the duration's end too; each keeps its words (others stand between)
    assert [(h.window.start, h.window.end, h.window.text) for h in got] == [
        (D(2014, 6, 8), D(2014, 6, 9), "اليوم الأحد 8 جوان 2014"),
        (D(2014, 6, 8), D(2014, 6, 9), "تستمر يومين")]


@pytest.mark.parametrize("text,expected", [
    ("يفتتح المصنع في عام 2026", (D(2026, 1, 1), D(2026, 12, 31), "في عام 2026")),
    ("يتباطأ النمو في النصف الأول من عام 2026", (D(2026, 1, 1), D(2026, 6, 30), "في النصف الأول من عام 2026")),
    ("ترتفع الأسعار في النصف الثاني من العام المقبل", (D(2026, 7, 1), D(2026, 12, 31),
                                                      "في النصف الثاني من العام المقبل")),
    ("تكتمل الصفقة في الربع الثالث من 2026", (D(2026, 7, 1), D(2026, 9, 30), "في الربع الثالث من 2026")),
    ("أعلنت التأجيل نهاية عام 2021", (D(2021, 12, 1), D(2021, 12, 31), "نهاية عام 2021")),
    ("يخفض البنك الفائدة هذا العام", (D(2025, 1, 1), D(2025, 12, 31), "هذا العام")),
    ("يجرى التعداد العام المقبل", (D(2026, 1, 1), D(2026, 12, 31), "العام المقبل")),
    ("تتواصل المحادثات خلال الأسابيع المقبلة", (PUB, D(2025, 11, 5), "خلال الأسابيع المقبلة")),
    ("ترتفع الأسعار خلال الأشهر المقبلة", (PUB, D(2026, 1, 15), "خلال الأشهر المقبلة")),
    ("يتم الاتفاق في وقت لاحق من هذا العام", (PUB, D(2025, 12, 31), "في وقت لاحق من هذا العام")),
    ("يعقد المؤتمر في منتصف العام المقبل", (D(2026, 6, 1), D(2026, 7, 31), "في منتصف العام المقبل")),
])
def test_years_and_spans(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("تجرى الانتخابات في فصل الخريف المقبل", (D(2026, 9, 1), D(2026, 11, 30), "فصل الخريف المقبل")),
    ("تنسحب القوات في صيف 2026", (D(2026, 6, 1), D(2026, 8, 31), "صيف 2026")),
])
def test_seasons(lex, text, expected):
    assert window(text, lex) == expected


def test_a_dateline_is_not_a_claim_time(lex):
    text = "القاهرة - 14 أكتوبر (وكالات) - قال الوزير إن القمة تعقد في 20 أكتوبر"
    assert [h.window.text for h in hits(text, lex)] == ["في 20 أكتوبر"]


def test_the_arab_spring_is_not_a_season(lex):
    assert hits("بدأ الربيع العربي في تونس", lex) == []


@pytest.mark.parametrize("text,expected", [
    # tabular Hijri calendar: 1 Ramadan 1447 falls on 18 February 2026 (±1 day by sighting)
    ("تتوقف المفاوضات خلال شهر رمضان المقبل", (D(2026, 2, 18), D(2026, 3, 19), "خلال شهر رمضان المقبل")),
    ("يعود الوفد بعد عيد الفطر", (D(2026, 3, 23), None, "بعد عيد الفطر")),
    ("صدر القرار في 15 شعبان 1446 هـ", (D(2025, 2, 14), D(2025, 2, 14), "في 15 شعبان 1446 هـ")),
])
def test_hijri_months_and_feasts(lex, text, expected):
    assert window(text, lex) == expected


def test_hijri_names_that_are_also_names_need_context(lex):
    assert hits("قال رجب طيب أردوغان إن رمضان عبد الله سيزور أنقرة", lex) == []


@pytest.mark.parametrize("month,names", [
    (1, ["يناير", "كانون الثاني", "جانفي"]),
    (2, ["فبراير", "شباط", "فيفري"]),
    (3, ["مارس", "آذار"]),
    (4, ["أبريل", "إبريل", "ابريل", "نيسان", "أفريل"]),
    (5, ["مايو", "أيار", "ماي"]),
    (6, ["يونيو", "يونيه", "حزيران", "جوان"]),
    (7, ["يوليو", "يوليه", "تموز", "جويلية"]),
    (8, ["أغسطس", "أغسطوس", "آب", "أوت"]),
    (9, ["سبتمبر", "أيلول"]),
    (10, ["أكتوبر", "تشرين الأول"]),
    (11, ["نوفمبر", "تشرين الثاني"]),
    (12, ["ديسمبر", "كانون الأول"]),
])
def test_every_regional_month_name(lex, month, names):
    for name in names:
        text = f"تعقد القمة في شهر {name} 2027"
        assert window(text, lex)[:2] == (D(2027, month, 1), D(2027, month, 1).replace(
            day=[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])), name


def test_without_publication_date_relative_words_have_no_dates(lex):
    assert window("يزور المبعوث بيروت الأسبوع المقبل", lex, pub=None) == (None, None, "الأسبوع المقبل")
    assert window("تعقد القمة في 12 آذار 2026", lex, pub=None)[:2] == (D(2026, 3, 12), D(2026, 3, 12))


def test_diacritics_keep_offsets_on_the_original_text(lex):
    text = "قالَ المصدرُ إنّ الوفدَ سيصلُ غدًا، ثمّ يغادرُ يومَ الخميسِ المقبلِ"
    got = hits(text, lex)
    assert [h.window.text for h in got] == ["غدًا", "يومَ الخميسِ المقبلِ"]
    assert [h.window.start for h in got] == [D(2025, 10, 16), D(2025, 10, 16)]


@pytest.mark.parametrize("text", [
    "مارس الوزير ضغوطا على الحكومة",
    "قالت تيريزا ماي إن الاتفاق انتهى",
    "قال أب الضحية إن التحقيق مستمر",
    "التقى جوان بالوزير في المطار",
    "هناك خلاف بين الاثنين حول الموازنة",
    "عاد الوفد في اليوم التالي",
    "شارك الأحد عشر لاعبا في المباراة",
    "فاز الحزب بـ 45 مقعدا في البرلمان",
    "نيسان تطلق سيارة جديدة",
    "",
])
def test_no_false_hits(lex, text):
    assert hits(text, lex) == []
