"""Session 25: English bodies that speak as a state's official voice ("the force said", "the
Assembly's secretariat said", "State House said", "the armed forces' Joint Command said") are official
statements; "in force" and "force the vote" are no source. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimtracker.extract import Resources, extract


def _attribution(text: str) -> dict:
    mentions = extract("Headline\n\n" + text, None, "en", Resources.load()).to_json()["mentions"]
    assert mentions, text
    return mentions[0]["attributed_to"]


@pytest.mark.parametrize(("text", "words"), [
    ("The peacekeepers will bring in reserve troops for an exercise in June, the force said.", "the force said"),
    ("The bill could go to a vote next week, the Assembly's secretariat said on Tuesday.", "Assembly's secretariat said"),
    ("The president will host his Botswanan counterpart on February 26, State House said.", "State House said"),
    ("The armed forces' Joint Command said it would deploy 50,000 troops to guard polling stations next week.",
     "Joint Command said"),
])
def test_an_official_body_speaks_as_an_official_statement(text, words):
    attributed = _attribution(text)
    assert attributed["kind"] == "official_statement"
    assert words in attributed["text"]


@pytest.mark.parametrize("text", [
    "The minister said the government aimed to have the pact in force by January 1.",
    "Analysts say a low turnout could force the presidential vote into a run-off next month.",
])
def test_force_as_a_word_is_no_source(text):
    assert "force" not in (_attribution(text)["text"] or "")


@pytest.mark.parametrize(("text", "words"), [
    ("A ruling could come before the end of October, a lawyer for the petitioners said.",
     "a lawyer for the petitioners said"),
    ("The bill could go to a joint sitting later in the year, a Council member said.", "a Council member said"),
    ("The Treasury could add more officials to its list next month, a U.S. official in Sarajevo said.",
     "a U.S. official in Sarajevo said"),
    ("The leader could ask Moscow to send gas next month, media in the region reported.", "media in the region reported"),
])
def test_unnamed_speakers_are_anonymous(text, words):
    attributed = _attribution(text)
    assert attributed["kind"] == "anonymous"
    assert words in attributed["text"]


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("The foreign minister is expected to attend the signing next week, the office said.",
     "official_statement", "the office said"),
    ("The truce will be extended until the end of the year, provincial police said.", "official_statement", "police said"),
    ("The president will attend the summit in mid-November, his press secretary said.",
     "official_statement", "his press secretary said"),
    ("Separatist groups could declare a truce for the talks next month, a mediator in Buea said.",
     "anonymous", "a mediator in Buea said"),
    ("The speaker could schedule a debate next week, a parliamentary clerk said.", "anonymous", "a parliamentary clerk said"),
])
def test_offices_police_and_unnamed_go_betweens(text, kind, words):
    attributed = _attribution(text)
    assert (attributed["kind"], words in attributed["text"]) == (kind, True)


def test_a_body_speaking_through_its_chairman_is_his_word():
    text = "ومن المتوقع أن يغلق الاتحاد المنفذ الأسبوع المقبل، على لسان رئيسه سالم بن كلشات."
    mentions = extract("عنوان\n\n" + text, None, "ar", Resources.load()).to_json()["mentions"]
    assert mentions[0]["attributed_to"] == {"kind": "named", "text": "على لسان رئيسه سالم بن كلشات"}


@pytest.mark.parametrize("text", [
    "ويرجّح أستاذ القانون العام في جامعة الكويت الدكتور خالد العنزي أن تحسم المحكمة الطعن الشهر المقبل.",
    "ويتوقع أستاذ القانون الدستوري سالم الجبالي أن يطالب المجلس بصلاحيات أوسع الشهر المقبل.",
])
def test_a_named_academic_who_expects_is_named(text):
    mentions = extract("عنوان\n\n" + text, None, "ar", Resources.load()).to_json()["mentions"]
    assert mentions[0]["attributed_to"]["kind"] == "named"


def test_the_impersonal_it_is_expected_has_no_speaker():
    mentions = extract("عنوان\n\nويتوقع أن يزور الرئيس القاهرة الأسبوع المقبل.", None, "ar", Resources.load()).to_json()["mentions"]
    assert mentions[0]["attributed_to"]["kind"] == "outlet"


@pytest.mark.parametrize("text", [
    "فيما يتوقع آخرون أن يحافظ المستقلون على غالبية المقاعد في الانتخابات المقبلة.",
    "ويرى متعاملون في سوق الحبوب أن الهيئة قد تلجأ إلى الشراء المباشر الشهر المقبل.",
    "ويرى مهنيون في قطاع النقل أن فتح الطريق قد يدفع البلدين إلى مراجعة الاتفاق العام المقبل.",
])
def test_others_traders_and_professionals_are_observers(text):
    mentions = extract("عنوان\n\n" + text, None, "ar", Resources.load()).to_json()["mentions"]
    assert mentions[0]["attributed_to"]["kind"] == "observers"


def _attributions(text: str) -> list[dict]:
    return [m["attributed_to"] for m in extract("Headline\n\n" + text, None, "en", Resources.load()).to_json()["mentions"]]


def test_he_said_at_a_sentence_start_mid_text_is_the_speaker():
    # `^` of the pronoun pattern once matched only at the start of the whole text
    found = _attributions("The minister arrived in the capital. He said the council would meet on April 18 to decide.")
    assert found[-1] == {"kind": "named", "text": "He said"}


def test_a_lone_surname_that_speaks_is_named_by_its_own_words():
    found = _attributions("Talks went on all week. Hajiji said he expected a formula to be agreed before October.")
    assert found[-1] == {"kind": "named", "text": "Hajiji said"}


@pytest.mark.parametrize("text", [
    "It said the council would meet on April 18 to decide.",
    "They said the council would meet on April 18 to decide.",
])
def test_capitalised_pronouns_are_no_surnames(text):
    assert _attributions(text)[-1]["kind"] != "named"


def test_a_number_that_speaks_goes_on_with_the_last_source():
    text = ("Most economists expect the bank to hold rates next week, a Reuters poll showed. Two said the bank "
            "could cut rates by 25 basis points.")
    assert _attributions(text)[-1]["kind"] == "observers"


@pytest.mark.parametrize(("text", "words"), [
    ("Estonians will elect a new parliament on March 7, the State Electoral Office said.", "State Electoral Office said"),
    ("Jets will arrive at the air base in early December for a rotation, the Icelandic Coast Guard said.",
     "Icelandic Coast Guard said"),
])
def test_a_state_office_no_row_knows_speaks_officially(text, words):
    attributed = _attribution(text)
    assert (attributed["kind"], words in attributed["text"]) == ("official_statement", True)


def test_a_labour_congress_stays_named():
    text = "The Nigeria Labour Congress said its leaders would meet on Friday to decide on a strike."
    assert _attribution(text)["kind"] == "named"


@pytest.mark.parametrize("text", [
    "وأعلنت مصلحة خفر السواحل في بيان أنها ستنفذ حملة لمكافحة التهريب خلال الشهر المقبل.",
    "ومن المقرر أن تبدأ المحطة العمل في الربع الأول، وفق ما أعلنه المكتب الوطني للكهرباء في بلاغ أمس.",
])
def test_an_arabic_state_office_speaks_officially(text):
    mentions = extract("عنوان\n\n" + text, None, "ar", Resources.load()).to_json()["mentions"]
    assert mentions[0]["attributed_to"]["kind"] == "official_statement"


def test_a_party_office_secretary_stays_named():
    text = "وقال سكرتير المكتب السياسي للحزب الديمقراطي الكردستاني، فاضل ميراني، إن الحزب سيشارك في الانتخابات المقبلة."
    mentions = extract("عنوان\n\n" + text, None, "ar", Resources.load()).to_json()["mentions"]
    assert mentions[0]["attributed_to"]["kind"] == "named"
