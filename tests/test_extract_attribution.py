"""Who says so: attribution kinds and their verbatim words, in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2025, 3, 10)


def _attribution(text: str, lang: str):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=Resources.load())
    forward = [m for m in ex.mentions if m.is_forward]
    assert forward, f"no forward mention in {text!r}"
    a = forward[0].attribution
    return a.kind, a.text


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("The minister will visit Beirut next week, sources said.", "anonymous", "sources said"),
        ("A source familiar with the talks said the deal could be signed in May.", "anonymous",
         "A source familiar with the talks said"),
        ("The envoy will travel to Cairo on Sunday, a senior official said.", "anonymous", "a senior official said"),
        ("Analysts say the central bank is likely to cut rates in June.", "observers", "Analysts say"),
        ("The ministry said in a statement that the talks will resume on Monday.", "official_statement", None),
        ("The summit will be held in October, according to the Kremlin.", "official_statement",
         "according to the Kremlin"),
        ("The prime minister will visit Ankara in April, Reuters reported.", "named", "Reuters reported"),
        ("The prime minister will visit Ankara in April.", "outlet", None),
    ],
)
def test_english_attribution(text, kind, words):
    got_kind, got_words = _attribution(text, "en")
    assert got_kind == kind
    if words is not None:
        assert got_words == words
    if kind == "outlet":
        assert got_words is None


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("وتؤكد مصادر سياسية مطلعة أن الرئيس سيزور القاهرة الشهر المقبل.", "anonymous", "وتؤكد مصادر سياسية مطلعة"),
        ("وأشار المصدر إلى أن التعديل الوزاري سيكون الأسبوع المقبل.", "anonymous", "وأشار المصدر"),
        ("ويرى مراقبون أن الاتفاق قد يوقع قبل نهاية العام.", "observers", "ويرى مراقبون"),
        ("وذكرت وكالة سانا أن الوزير سيتوجه إلى عمّان يوم الأحد.", "named", "وذكرت وكالة سانا"),
        ("وبحسب بيان الرئاسة فإن الرئيس سيشارك في القمة المقبلة.", "official_statement", None),
        ("ومن المتوقع أن تعقد الجولة المقبلة من المحادثات في جنيف الشهر المقبل.", "outlet", None),
    ],
)
def test_arabic_attribution(text, kind, words):
    got_kind, got_words = _attribution(text, "ar")
    assert got_kind == kind
    if words is not None:
        assert got_words == words


def test_attribution_words_are_cut_from_the_original_text():
    text = "وتؤكّد مصادرُ مطّلعة أن الوزير سيزور الرياض الأسبوع المقبل."
    kind, words = _attribution(text, "ar")
    assert kind == "anonymous" and words in text and words.startswith("وتؤكّد")


def test_an_unnamed_source_relayed_by_an_outlet_stays_anonymous():
    kind, _ = _attribution("The delegation will fly to Doha on Wednesday, Reuters quoted a senior source as saying.", "en")
    assert kind == "anonymous"


def test_the_speaker_goes_on_inside_an_open_quotation():
    text = (
        'The envoy told reporters: "The committee agreed to meet again within two weeks. '
        'The next round will start on 25 March."'
    )
    ex = extract(text, published=PUBLISHED, lang="en", resources=Resources.load())
    nxt = [m for m in ex.mentions if "next round" in m.quote]
    assert nxt and nxt[0].attribution.kind != "outlet"


def test_a_name_after_that_is_the_topic_not_the_speaker():
    kind, _ = _attribution("The presidency said that the president would meet the envoy on Tuesday.", "en")
    assert kind == "official_statement"
