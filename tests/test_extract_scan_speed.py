"""The speed devices of the lexicon passes must find exactly what the plain patterns find: gates
that read a word once for several word-run terms, the cue pass that consumes the character before
each word start, and the sentence pass started from the character before the sentence."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtracker.extract.cues import compile_groups, compile_scan, scan_spans
from claimtracker.extract.gate import gate
from claimtracker.extract.sentence_scan import SentenceScan
from claimtracker.text import normalize

# Terms opening with a word run, one behind a guard, beside plain ones (made up for the test).
RUN_TERMS = [r"(?!and |the )[\w-]+ forecasters", r"\w+'s memo", r"\w+ wire service", "(?:the )?panel",
             "forecasters", "memo"]


def _plain(terms: list[str]) -> re.Pattern:
    body = "|".join(f"(?:{t})" for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w-])")


def test_word_runs_share_one_branch_of_the_gate():
    g = gate(RUN_TERMS)
    # one run reads the word for every run term; the guard is left to the real pattern
    assert g.count("++") == 1 and "(?!and" not in g


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aemnorstfcw pl'-", max_size=70))
def test_a_gate_with_shared_runs_passes_wherever_a_term_matches(text):
    test = re.compile(f"(?:{gate(RUN_TERMS)})")
    for t in RUN_TERMS:
        for m in re.finditer(f"(?:{t})", text):
            assert test.match(text, m.start()), (t, m.start())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aemnorstfcw pl'-", max_size=70))
def test_gated_groups_with_shared_runs_match_like_the_plain_pattern(text):
    fast = compile_groups([("g", RUN_TERMS)], "en")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in _plain(RUN_TERMS).finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="وفبلكاسحدثتم .،", max_size=50))
def test_arabic_scan_from_the_text_start_finds_what_each_list_finds(text):
    # clitics, the article and a word right at the start of the text, which has no character before it
    lists = [["حدث", "سيحدث"], ["تم"], ["اسم"]]
    found = scan_spans(compile_scan(lists, "ar"), text, len(lists))
    for ts, spans in zip(lists, found, strict=True):
        alone = re.compile(r"(?<!\w)(?:[وف]?[بلك]?)(?:" + "|".join(sorted(ts, key=len, reverse=True)) + r")(?!\w)")
        assert [m.span() for m in alone.finditer(text)] == spans



@pytest.mark.parametrize("lang,text", [
    ("en", "Officials said.The envoy's statement said talks will resume, reportedly in spring."),
    ("en", "Delegates-said talks could stall; the agency reportedly expects a vote."),
    ("ar", "قال مسؤولون.وأكدت مصادر أن المحادثات ستستأنف،وأفادت التقارير بأن الاجتماع سيعقد."),
])
def test_sentence_pass_from_any_start_finds_what_each_pattern_finds(res, lang, text):
    lex = res.lexicons[lang]
    scan: SentenceScan = lex.sentence_scan
    norm = normalize(text)
    for start in range(len(norm.text)):
        end = len(norm.text)
        events, speech, unpaired = scan.find(norm.text, start, end, norm.offsets)
        assert [(h.start, h.end) for h in events] == [m.span() for m in lex.events.pattern.finditer(norm.text, start, end)]
        assert [(h.start, h.end) for h in speech] == [
            m.span() for m in lex.attribution.speech.finditer(norm.text, start, end)]
        assert [(h.start, h.end) for h in unpaired] == [
            m.span() for m in lex.attribution.unpaired.finditer(norm.text, start, end)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Talks on the pipeline will resume, the ministry's spokeswoman reportedly said."),
    ("en", "Elections are due in autumn, observers say."),
    ("ar", "محادثات جديدة ستعقد الأسبوع المقبل بحسب مصادر مطلعة."),
    ("ar", "أفادت التقارير بأن القمة ستعقد في الربيع."),
])
def test_sentence_pass_at_the_text_start_labels_each_hit_as_its_own_pattern(res, lang, text):
    # the text start has no character before its first word, so each pattern is tried there alone
    lex = res.lexicons[lang]
    norm = normalize(text)
    events, speech, unpaired = lex.sentence_scan.find(norm.text, 0, len(norm.text), norm.offsets)
    assert [(h.event_type, h.priority, h.start, h.end) for h in events] == [
        (*lex.events.labels[m.lastindex], m.start(), m.end()) for m in lex.events.pattern.finditer(norm.text)]
    assert [(h.start, h.end) for h in speech] == [m.span() for m in lex.attribution.speech.finditer(norm.text)]
    att = lex.attribution
    assert [(h.kind, h.start, h.end) for h in unpaired] == [
        (att.unpaired_labels[m.lastindex], m.start(), m.end()) for m in att.unpaired.finditer(norm.text)]
    assert events or speech or unpaired
