"""Session 75: rules counted over all eval sets before held-out 271-274's misses were read, and
rules found from those misses. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from claimtracker.extract import extract

PUB = date(2026, 3, 2)


def _actors(res, text: str, lang: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract(text, published=PUB, lang=lang, resources=res).actors}


# --- a state acting in two claims is an actor of the article ---------------------------------------


def test_a_state_acting_in_two_claims_is_an_article_actor(res):
    text = ("Warsaw eyes a second reactor\n\n"
            "WARSAW, March 2 - U.S. Energy Secretary Chris Wright is expected to attend the signing, people "
            "familiar with the plans said. Poland is likely to seek a second U.S.-built reactor in May, "
            "analysts said.")
    found = _actors(res, text, "en")
    assert found.get("United States") == "US", found


def test_a_state_acting_in_one_claim_only_stays_out_of_the_article_actors(res):
    text = ("ولم تستبعد مصادر دبلوماسية أن تدعو واشنطن إلى اجتماع طارئ خلال الأيام المقبلة.\n"
            "ومن المتوقع أن تصدر هيئة الموانئ أرقام الشحن الجديدة نهاية الشهر.")
    ex = extract(text, published=PUB, lang="ar", resources=res)
    assert any(a.name == "United States" for m in ex.mentions for a in m.actors), ex.mentions
    assert "United States" not in {a.name for a in ex.actors}, ex.actors


def test_an_arabic_state_acting_in_two_claims_is_an_article_actor(res):
    text = ("ويرى مراقبون أن التهدئة بين واشنطن والحوثيين قد تتعرض لاختبار صعب خلال الصيف.\n"
            "ولم تستبعد مصادر دبلوماسية أن تدعو واشنطن إلى اجتماع طارئ خلال الأيام المقبلة.")
    found = _actors(res, text, "ar")
    assert "United States" in found, found


# --- Arabic: an army's units stand for the army wherever they stand ---------------------------------


def test_army_units_after_a_preposition_are_the_army(res):
    text = ("بغداد - أعلنت قيادة العمليات المشتركة في العراق أن عملية واسعة ستنطلق فجر السبت المقبل في صحراء "
            "الأنبار بمشاركة قطعات من الجيش وطيران الجيش.")
    found = _actors(res, text, "ar")
    assert found.get("Iraqi Army") == "IQ", found


def test_army_units_with_an_adjective_before_the_preposition_are_the_army(res):
    text = ("بغداد - قال مصدر أمني عراقي إن ألوية إضافية من الجيش ستنتشر على الطريق الدولي خلال "
            "الأيام المقبلة لتأمين حركة الشاحنات في العراق.")
    found = _actors(res, text, "ar")
    assert found.get("Iraqi Army") == "IQ", found


def test_the_army_after_a_preposition_alone_is_still_no_actor(res):
    text = ("بغداد - قال وزير التخطيط العراقي إن الحكومة ستصرف رواتب المتقاعدين من الجيش "
            "مطلع الشهر المقبل في العراق.")
    found = _actors(res, text, "ar")
    assert "Iraqi Army" not in found, found


# --- a shared body name is the state of the people the text names ---------------------------------


def test_a_bare_council_of_ministers_is_the_state_of_the_people_named(res):
    text = ("دير القمر - «صدى بيت الدين»\n\n"
            "يناقش مجلس الوزراء يوم الخميس برئاسة رئيس الحكومة نواف سلام مشروع قانون المهجرين، على أن يلتقي "
            "رئيس الجمهورية جوزاف عون وفدا من الشوف الأسبوع المقبل.")
    found = _actors(res, text, "ar")
    assert found.get("Council of Ministers of Lebanon") == "LB", found


def test_a_neighbour_named_once_does_not_take_the_council(res):
    text = ("شكا - «صدى الساحل»\n\n"
            "يناقش مجلس الوزراء يوم الخميس برئاسة رئيس الحكومة نواف سلام ملف المقالع، بعد أن عبرت شاحنات "
            "الإسمنت إلى سوريا. ومن المنتظر أن يزور رئيس الجمهورية جوزاف عون البلدة الأسبوع المقبل.")
    found = _actors(res, text, "ar")
    assert "Council of Ministers of Lebanon" in found, found
    assert "Council of Ministers of Syria" not in found, found


def test_the_state_named_throughout_still_takes_the_council(res):
    text = ("القاهرة - يناقش مجلس الوزراء يوم الخميس خطة مصر لخفض الدين، بعد أن أكدت مصر التزامها "
            "بالإصلاحات. ومن المنتظر أن يزور رئيس الجمهورية اللبناني جوزاف عون القاهرة الشهر المقبل.")
    found = _actors(res, text, "ar")
    assert "Council of Ministers of Egypt" in found, found
    assert "Council of Ministers of Lebanon" not in found, found


# --- English: more titles before a name -------------------------------------------------------------


def test_a_treasurer_and_a_police_rank_are_titles_not_given_names(res):
    text = ("BRISBANE, March 2 - The state will decide on Monday whether to cut coal royalties, Treasurer "
            "Jane Porteous told reporters. The detachment's commander, Superintendent Karen Doucet, will "
            "step down at the end of March, police said.")
    found = _actors(res, text, "en")
    assert "Jane Porteous" in found, found
    assert "Karen Doucet" in found, found
    assert not any(n.startswith(("Treasurer", "Superintendent")) for n in found), found


# --- event types --------------------------------------------------------------------------------


def _event_of(res, text: str, lang: str, words: str) -> str:
    ex = extract(text, published=PUB, lang=lang, resources=res)
    found = [m for m in ex.mentions if words in m.quote]
    assert found, ex.mentions
    return found[0].event_type


def test_a_tariff_one_state_keeps_on_another_is_a_sanction(res):
    text = ("HOBART, March 2 - A 50% U.S. tariff on aluminium will stay in place at least until the end of "
            "the year, an Australian trade official said.")
    assert _event_of(res, text, "en", "tariff on aluminium") == "sanction"


def test_a_utility_tariff_stays_other(res):
    text = ("COLOMBO, March 2 - The regulator said household electricity tariffs would rise by 12 percent from "
            "April 1.")
    assert _event_of(res, text, "en", "tariffs would rise") == "other"


def test_units_with_a_pronoun_deploying_are_a_military_claim(res):
    text = ("بيروت - أعلنت قيادة الجيش أن وحداتها «ستنتشر في محيط المرفأ» اعتبارا من يوم الاثنين المقبل.")
    assert _event_of(res, text, "ar", "وحداتها") == "military"


def test_a_single_unit_deploying_is_a_military_claim(res):
    text = "دمشق - قال مصدر أمني إن وحدة من الأمن العام ستنتشر في محيط السجن خلال ساعات."
    assert _event_of(res, text, "ar", "وحدة من الأمن العام") == "military"


# --- Arabic names and titles ------------------------------------------------------------------------


def test_a_plural_title_after_a_person_is_whom_he_meets(res):
    text = ("وقال وزير المهجرين كمال شحادة إن الوزارة «ستنهي عملها قبل نهاية العام المقبل».\n\n"
            "كما يلتقي شحادة ممثلي البنك الدولي الأسبوع المقبل لبحث تمويل مشاريع إنمائية.")
    found = _actors(res, text, "ar")
    assert "World Bank" in found, found


def test_a_plural_titles_group_is_no_person(res):
    text = "ويلتقي وزير العدل يوم السبت ممثلي روابط عائلات المعتقلين لبحث مسودة القانون."
    ex = extract(text, published=PUB, lang="ar", resources=res)
    assert not any(a.kind == "person" for a in ex.actors), ex.actors


def test_an_arab_name_set_in_turkey_keeps_the_arab_spelling(res):
    text = ("ويقول ماهر العبيد، الباحث في مركز للدراسات الاقتصادية في غازي عنتاب، إن الليرة التركية "
            "«قد تبقى متداولة في أسواق المنطقة عامين على الأقل».")
    found = _actors(res, text, "ar")
    assert "Maher al-Obaid" in found, found


def test_an_order_after_a_commanders_title_is_no_name(res):
    text = ("أصدر قائد المنطقة الوسطى في الجيش الإسرائيلي أمرا عسكريا يعلن الأراضي منطقة مغلقة، "
            "ومن المتوقع أن يبدأ التنفيذ الأسبوع المقبل.")
    ex = extract(text, published=PUB, lang="ar", resources=res)
    assert not any(a.kind == "person" for a in ex.actors), ex.actors


def test_the_egyptian_petroleum_authority_by_its_everyday_name(res):
    text = "القاهرة - من المنتظر أن توقع الهيئة العامة للبترول العقد مع الشركة الأسبوع المقبل."
    found = _actors(res, text, "ar")
    assert "Egyptian General Petroleum Corporation" in found, found


# --- English: a town's council named by the town alone --------------------------------------------


def test_a_towns_council_without_the_possessive(res):
    text = "RED DEER, Alberta, Nov 24 - Red Deer city council will vote next Monday on the police plan, the mayor said."
    found = _actors(res, text, "en")
    assert "Red Deer City Council" in found, found


def test_the_city_council_is_no_town_called_the(res):
    text = "OBAN, Nov 24 - The city council will vote next Monday on the ferry plan, the mayor said."
    found = _actors(res, text, "en")
    assert not any(n.endswith("City Council") for n in found), found


def test_a_partys_everyday_word_is_the_party_of_the_state_its_people_are_of(res):
    text = ("Will the mill survive? Cabinet weighs a levy on log exports\n\n"
            "TOKOROA, May 19 - New Zealand's cabinet will decide on Monday whether to impose a levy on log "
            "exports, Forestry Minister Todd McClay said, after talks with China's commerce minister Wang "
            "Wentao in Beijing. "
            "Labour leader Chris Hipkins is expected to visit the mill on Friday, and Finance Minister "
            "Nicola Willis will meet the mayor next week.")
    found = _actors(res, text, "en")
    assert "New Zealand Labour Party" in found, found
