"""Arabic forms added for unseen news: the day after tomorrow with its weekday, counts tied to another
event, "after next", parts of coming periods, regional months with «المقبل/القادم». Sentences are
written for these tests. Publication date 2025-10-15 is a Wednesday.
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


def window(text: str, lex: TimeLexicon, pub: date | None = PUB) -> tuple:
    out = find_times(text, "ar", pub, lex)
    assert len(out) == 1, [h.window for h in out]
    h = out[0]
    assert text[h.start:h.end] == h.window.text
    return h.window.start, h.window.end, h.window.text


@pytest.mark.parametrize("text,expected", [
    # «بعد غد» is one day, publication + 2; a weekday after it names the same day
    ("تنطلق الجولة الثالثة من الحوار بعد غد الجمعة في الرباط", (D(2025, 10, 17), D(2025, 10, 17), "بعد غد الجمعة")),
    ("يلتقي الوزيران بعد غدٍ الجمعة لتوقيع الاتفاق", (D(2025, 10, 17), D(2025, 10, 17), "بعد غدٍ الجمعة")),
    ("وتعقد الهيئة اجتماعها وبعد غد في مقرها", (D(2025, 10, 17), D(2025, 10, 17), "وبعد غد")),
    ("وصل المبعوث أول أمس الاثنين إلى طرابلس", (D(2025, 10, 13), D(2025, 10, 13), "أول أمس الاثنين")),
    ("عقد المجلس جلسته أول من أمس بحضور الأعضاء", (D(2025, 10, 13), D(2025, 10, 13), "أول من أمس")),
    ("أجرى الرئيس اتصالا هاتفيا أمس الثلاثاء بنظيره", (D(2025, 10, 14), D(2025, 10, 14), "أمس الثلاثاء")),
])
def test_day_after_tomorrow_and_before_yesterday(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    # "بعد"/"قبل" before a weekday or a month is "after"/"before" it, not "a day from now"
    ("سيغادر الوفد قبل يوم الخميس", (PUB, PUB, "قبل يوم الخميس")),
    # negated, "not before Thursday" is from Thursday on (the annotation guideline)
    ("لن يغادر الوفد قبل يوم الخميس", (D(2025, 10, 16), None, "قبل يوم الخميس")),
    ("تستأنف الجلسات بعد يوم الجمعة المقبل", (D(2025, 10, 18), None, "بعد يوم الجمعة المقبل")),
    ("يبدأ العمل بالقرار بعد شهر نوفمبر", (D(2025, 12, 1), None, "بعد شهر نوفمبر")),
    ("يعود السفير إلى عمله بعد يوم واحد", (D(2025, 10, 16), D(2025, 10, 16), "بعد يوم واحد")),
])
def test_before_and_after_a_named_day(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,words", [
    # counted from another event, not from publication: no dates, the event's words kept
    ("ستعلن اللجنة النتائج خلال 72 ساعة من إغلاق مراكز الاقتراع في البلاد",
     "خلال 72 ساعة من إغلاق مراكز الاقتراع"),
    ("يجري الاقتراع الخاص قبل ثلاثة أيام من الاقتراع العام", "قبل ثلاثة أيام من الاقتراع العام"),
    ("تبدأ الحكومة عملها بعد أسبوعين من نيلها الثقة", "بعد أسبوعين من نيلها الثقة"),
    ("على البرلمان أن يصوت في غضون شهر من تقديم المشروع", "في غضون شهر من تقديم المشروع"),
    ("يحق للطرفين الطعن خلال يومين من إعلان القرار", "خلال يومين من إعلان القرار"),
])
def test_count_tied_to_another_event_is_vague(lex, text, words):
    assert window(text, lex) == (None, None, words)


@pytest.mark.parametrize("text,expected", [
    ("تصل الشحنة الأولى بعد أسبوع من الآن", (D(2025, 10, 22), D(2025, 10, 22), "بعد أسبوع")),
    ("يعقد الاجتماع بعد يومين من 20 تشرين الأول", (D(2025, 10, 22), D(2025, 10, 22), "بعد يومين من 20 تشرين الأول")),
    ("تصدر اللائحة النهائية قبل ثلاثة أيام من 10 نوفمبر", (D(2025, 11, 7), D(2025, 11, 7),
                                                          "قبل ثلاثة أيام من 10 نوفمبر")),
    ("تنشر النتائج خلال أسبوع من 3 نوفمبر", (D(2025, 11, 3), D(2025, 11, 10), "خلال أسبوع من 3 نوفمبر")),
])
def test_count_from_now_or_from_a_date(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("تعقد القمة الأسبوع بعد المقبل في الجزائر", (D(2025, 10, 27), D(2025, 11, 2), "الأسبوع بعد المقبل")),
    ("يصوت المجلس الخميس بعد المقبل على الموازنة", (D(2025, 10, 23), D(2025, 10, 23), "الخميس بعد المقبل")),
    ("يزور الرئيس باريس الشهر بعد القادم", (D(2025, 12, 1), D(2025, 12, 31), "الشهر بعد القادم")),
    ("تجرى الانتخابات العام بعد المقبل", (D(2027, 1, 1), D(2027, 12, 31), "العام بعد المقبل")),
])
def test_after_next(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("يعقد المؤتمر مطلع الشهر المقبل في عمان", (D(2025, 11, 1), D(2025, 11, 10), "مطلع الشهر المقبل")),
    ("تصل الدفعة الأولى أواسط الشهر القادم", (D(2025, 11, 11), D(2025, 11, 20), "أواسط الشهر القادم")),
    ("يكتمل المشروع منتصف العام المقبل", (D(2026, 6, 1), D(2026, 7, 31), "منتصف العام المقبل")),
    ("تنتهي الأشغال نهاية العام القادم", (D(2026, 12, 1), D(2026, 12, 31), "نهاية العام القادم")),
    ("تعقد الدورة أوائل ديسمبر القادم", (D(2025, 12, 1), D(2025, 12, 10), "أوائل ديسمبر القادم")),
    ("يصل الوفد خلال الأسبوع الحالي", (PUB, D(2025, 10, 19), "خلال الأسبوع الحالي")),
    ("تنتهي المهلة نهاية الأسبوع الجاري", (D(2025, 10, 17), D(2025, 10, 19), "نهاية الأسبوع الجاري")),
    ("يرد الطرف الآخر في غضون أسبوعين", (PUB, D(2025, 10, 29), "في غضون أسبوعين")),
    ("يصدر القرار قبل نهاية الشهر الجاري", (PUB, D(2025, 10, 31), "قبل نهاية الشهر الجاري")),
    ("يكتمل الانسحاب بحلول نهاية العام المقبل", (PUB, D(2026, 12, 31), "بحلول نهاية العام المقبل")),
    ("تطبق الرسوم اعتبارا من مطلع الشهر المقبل", (D(2025, 11, 1), D(2025, 11, 10), "اعتبارا من مطلع الشهر المقبل")),
    ("تجرى الانتخابات العام القادم", (D(2026, 1, 1), D(2026, 12, 31), "العام القادم")),
    ("يصدر التقرير في الربع الثاني من العام المقبل", (D(2026, 4, 1), D(2026, 6, 30), "في الربع الثاني من العام المقبل")),
    ("تبدأ المرحلة الثانية في النصف الأول من 2027", (D(2027, 1, 1), D(2027, 6, 30), "في النصف الأول من 2027")),
    ("ارتفعت الأسعار خلال الأسبوعين الماضيين", (D(2025, 10, 1), PUB, "خلال الأسبوعين الماضيين")),
])
def test_parts_and_spans_of_coming_periods(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("تعقد اللجنة المشتركة دورتها في جويلية المقبل", (D(2026, 7, 1), D(2026, 7, 31), "في جويلية المقبل")),
    ("يحل الوفد بالرباط في شتنبر القادم", (D(2026, 9, 1), D(2026, 9, 30), "في شتنبر القادم")),
    ("تنظم التظاهرة في نونبر المقبل", (D(2025, 11, 1), D(2025, 11, 30), "في نونبر المقبل")),
    ("تفتتح الدورة منتصف أيار القادم", (D(2026, 5, 11), D(2026, 5, 20), "منتصف أيار القادم")),
    ("ينطلق الموسم أواخر فيفري القادم", (D(2026, 2, 21), D(2026, 2, 28), "أواخر فيفري القادم")),
])
def test_regional_months_with_next(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text,expected", [
    ("يصل الوفد الأمني صباح الغد إلى غزة", (D(2025, 10, 16), D(2025, 10, 16), "صباح الغد")),
    ("تستأنف الرحلات ابتداء من الغد", (D(2025, 10, 16), D(2025, 10, 16), "ابتداء من الغد")),
    ("يعقد البرلمان جلسته يوم غد", (D(2025, 10, 16), D(2025, 10, 16), "يوم غد")),
    ("تبدأ الزيارة مساء يوم غد الخميس", (D(2025, 10, 16), D(2025, 10, 16), "مساء يوم غد الخميس")),
    ("غادر الوزير يوم أمس الثلاثاء", (D(2025, 10, 14), D(2025, 10, 14), "يوم أمس الثلاثاء")),
])
def test_tomorrow_with_article_or_day_word(lex, text, expected):
    assert window(text, lex) == expected


@pytest.mark.parametrize("text", [
    "قالت صحيفة الغد الأردنية إن المفاوضات متعثرة",
    "يراهن الحزب على جيل الغد",
])
def test_the_morrow_alone_is_not_tomorrow(lex, text):
    assert find_times(text, "ar", PUB, lex) == []


@pytest.mark.parametrize("text,pub,expected", [
    ("تطبق الضريبة مع بداية العام الجديد", PUB, (D(2026, 1, 1), D(2026, 1, 31), "مع بداية العام الجديد")),
    ("تعرض الخطة في العام الجديد", D(2025, 2, 10), (D(2025, 1, 1), D(2025, 12, 31), "في العام الجديد")),
])
def test_the_new_year(lex, text, pub, expected):
    assert window(text, lex, pub) == expected


def test_count_tied_to_an_event_tells_how_to_count(lex):
    (h,) = find_times("يجري الاقتراع الخاص قبل يومين من الاقتراع العام", "ar", PUB, lex)
    assert h.anchored == ("before", "day", 2)
    (h,) = find_times("ستعلن النتائج خلال 48 ساعة من إغلاق الصناديق", "ar", PUB, lex)
    assert h.anchored == ("within", "hour", 48)
    (h,) = find_times("تصل الشحنة بعد أسبوع من الآن", "ar", PUB, lex)
    assert h.anchored is None


@pytest.mark.parametrize("text,expected", [
    ("يدخل القانون حيز التنفيذ مطلع العام 2026", (D(2026, 1, 1), D(2026, 1, 31), "مطلع العام 2026")),
    ("تكتمل المرحلة في منتصف العام 2027", (D(2027, 6, 1), D(2027, 7, 31), "منتصف العام 2027")),
    ("يدخل القانون حيز التنفيذ مطلع العام", (D(2025, 1, 1), D(2025, 1, 31), "مطلع العام")),
])
def test_part_of_the_year_with_its_number(lex, text, expected):
    assert window(text, lex) == expected
