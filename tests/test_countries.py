"""Countries by name, capital, adjective and nisba, in Arabic and English."""

from __future__ import annotations


def found(finder, text, lang):
    return [(h.code, text[h.start:h.end], h.via) for h in finder.find(text, lang)]


def test_arabic_names_with_clitics(finder):
    text = "زار الوفد روسيا ثم عاد لسوريا وبالعراق وللأردن ومصر"
    assert [c for c, _, _ in found(finder, text, "ar")] == ["RU", "SY", "IQ", "JO", "EG"]
    assert found(finder, text, "ar")[1][1] == "لسوريا"


def test_arabic_cldr_and_alias_spellings(finder):
    text = "المملكة العربية السعودية والإمارات العربية المتحدة وسورية والولايات المتحدة الأمريكية"
    assert [c for c, _, _ in found(finder, text, "ar")] == ["SA", "AE", "SY", "US"]


def test_arabic_nisba_forms(finder):
    text = "الوفد السوري والقوات الروسية والمسؤولين الإيرانيين والجيش اللبناني وسوريون"
    hits = found(finder, text, "ar")
    assert [c for c, _, _ in hits] == ["SY", "RU", "IR", "LB", "SY"]
    assert {v for _, _, v in hits} == {"adjective"}


def test_arabic_capitals_stand_for_governments(finder):
    text = "تقارب بين موسكو ودمشق وتحفظ في واشنطن وطهران والقاهرة"
    hits = found(finder, text, "ar")
    assert [(c, v) for c, _, v in hits] == [("RU", "capital"), ("SY", "capital"), ("US", "capital"),
                                             ("IR", "capital"), ("EG", "capital")]


def test_arabic_false_friends(finder):
    # مالي is "financial" unless a word before it announces the country; القاهرة in قوة قاهرة
    assert found(finder, "الدعم المالي والوضع المالي والقوة القاهرة", "ar") == []
    assert [c for c, _, _ in found(finder, "انسحبت القوات من مالي", "ar")] == ["ML"]
    # عمان alone is Oman or Amman: only the unambiguous forms count
    assert [c for c, _, _ in found(finder, "وصل إلى سلطنة عمان ثم مسقط", "ar")] == ["OM", "OM"]


def test_english_names_adjectives_capitals(finder):
    text = "Iraqi and Israeli officials met in Washington; Syria, Russia's envoy and the U.S. agreed. Beijing too."
    assert [(c, v) for c, _, v in found(finder, text, "en")] == [
        ("IQ", "adjective"), ("IL", "adjective"), ("US", "capital"), ("SY", "name"), ("RU", "name"),
        ("US", "name"), ("CN", "capital"),
    ]


def test_english_longest_name_wins(finder):
    text = "South Sudan and Sudan; North Korea and South Korea; Papua New Guinea; Guinea-Bissau"
    assert [c for c, _, _ in found(finder, text, "en")] == ["SS", "SD", "KP", "KR", "PG", "GW"]


def test_english_false_friends(finder):
    assert found(finder, "Latin American leaders met in New Mexico.", "en") == []
    assert found(finder, "Michael Jordan and Chad Smith met the turkey farmer.", "en") == []
    assert [c for c, _, _ in found(finder, "Jordan's King Abdullah and Chad's army", "en")] == ["JO", "TD"]
    assert found(finder, "Georgia voters in Atlanta backed the governor.", "en") == []
    assert [c for c, _, _ in found(finder, "Georgia and Armenia signed a deal in Tbilisi.", "en")] == ["GE", "AM", "GE"]


def test_no_hits_inside_other_words(finder):
    assert found(finder, "Syrianna Irani Omaniac Chinaware", "en") == []
    assert found(finder, "سوريالية", "ar") == []


def test_offsets_point_at_original_text_with_diacritics(finder):
    text = "وقال المسؤولُ الرّوسيّ إنّ مُوسكو ترحّب"
    hits = found(finder, text, "ar")
    assert hits == [("RU", "الرّوسيّ", "adjective"), ("RU", "مُوسكو", "capital")]


def test_country_names_for_actors(finder):
    assert finder.country_name("TR") == "Turkey"
    assert finder.country_name("SY", "ar") == "سوريا"
    assert "PS" in finder.codes()


def test_enumerations_are_marked(finder):
    text = "Cuts are expected in Vietnam and Brazil, as well as Australia, Chile and, Indonesia. Turkey too."
    hits = finder.find(text, "en")
    assert [(h.code, h.listed) for h in hits] == [
        ("VN", True), ("BR", True), ("AU", True), ("CL", True), ("ID", True), ("TR", False),
    ]
    hits = finder.find("المجموعة التي تضم مصر وقطر والأردن، ثم لبنان.", "ar")
    assert [h.listed for h in hits] == [True, True, True, False]
    # a list no word of membership leads names parties, here the venues of a visit (session 35)
    assert not any(h.listed for h in finder.find("زار مصر وقطر والأردن ثم لبنان.", "ar"))
    assert [h.listed for h in finder.find("بين مصر وقطر", "ar")] == [False, False]


def test_arabic_city_names_that_are_also_words(finder):
    # كيف (how), سيول (floods), مسقط رأسه (his birthplace), درعاً (a shield), جدة (grandmother)
    text = "كيف ستواجه سيول الشتاء؟ عاد إلى مسقط رأسه ليشكل درعاً لجدته وجدة الأطفال"
    assert found(finder, text, "ar") == []
    text = "اشتباكات في ريف درعا ومحادثات جدة وقمة بجدة ووفد في كييف"
    assert [c for c, _, _ in found(finder, text, "ar")] == ["SY", "SA", "SA", "UA"]


def test_acting_states(finder):
    text = "Turkey will launch an operation, the Syrian army said. Talks between Qatar and Egypt resumed in Cairo."
    # both sides of talks "between" are parties (the second one too, since round r2)
    assert [h.code for h in finder.acting(text, "en")] == ["TR", "QA", "EG"]
    text = "Relations between Qatar and Egypt improved last year."
    assert [h.code for h in finder.acting(text, "en")] == ["QA"]
    text = "وأعلنت تركيا أنها ستشن عملية، فيما تستضيف قطر المحادثات في القاهرة مع الوفد السوري"
    assert [h.code for h in finder.acting(text, "ar")] == ["TR", "QA"]
