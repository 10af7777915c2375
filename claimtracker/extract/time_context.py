"""The context regexes a time grammar reads around a phrase (`time_compile.Grammar`): a before-word
with a clause or a noun phrase of its own, a negation before it, a superlative before a count, a
title's opening quotation mark. Each is built from the language's word lists, or is None when the
lexicon has none."""

from __future__ import annotations

import re

from claimtracker.extract.alternation import compile_led
from claimtracker.extract.time_lexicon import LangWords


def negated_before(words: LangWords) -> re.Pattern | None:
    """A negation or doubt word, then the rest of its clause up to the end of the text."""
    if not words.words("before_negations"):
        return None
    return re.compile(rf"(?<!\w)(?:{words.alt('before_negations')})(?!\w)[^.,;:!?،؛\n]*\Z")


def quoted_title(words: LangWords) -> re.Pattern | None:
    """A title's kind noun and its opening quotation mark, within a few characters of the text's end."""
    if not words.words("quoted_title_nouns"):
        return None
    return re.compile(rf"(?:{words.alt('quoted_title_nouns')})\s*[«\"“][^«»\"“”\n]{{0,25}}\Z")


def after_superlative(words: LangWords) -> re.Pattern | None:
    """A superlative or "first" a few words before the end of the text, in the same clause."""
    if not words.words("count_not_after"):
        return None
    # a verb between makes the count the verb's own time ("the first phase will be completed in 14 months")
    verb = r"\b(?:will|would|could|may|might|can|must|shall|should|is|are|was|were|be|been|to)\b"
    return compile_led(rf"(?<!\w)(?:{words.alt('count_not_after')})(?!\w)(?:(?!{verb})[^.,;:!?\n]){{0,40}}\Z")


def _before_lead(words: LangWords, lang: str, *stop_keys: str) -> tuple[str, str]:
    """(a before-word and its space, from a word edge; a stop word of `stop_keys` with its clitic)."""
    clitic = "(?:[وف])?" if lang == "ar" else ""
    stop = rf"(?:{clitic}(?:{words.alt(*stop_keys)}))(?!\w)"
    return rf"(?<!\w){clitic}(?:{words.alt('prefix_before')})[ \t]+", stop


def before_clause(words: LangWords, lang: str) -> re.Pattern | None:
    """A before-word, then a short clause with a verb of its own ("before the new fiscal year starts on
    July 1", «قبل أن يبدأ العام المالي في ...»), up to the end of the text: what `apply_prefixes`
    reads when no modifier stands right before a date. A noun alone ("ahead of the election in
    February") is the event the date belongs to, and is left to the date (`before_event`)."""
    if not words.words("prefix_before_clause_verbs"):
        return None
    lead, stop = _before_lead(words, lang, "prefix_before_gap_stop")
    word = rf"(?!{stop})[\w'’-]+[ \t]+"
    verb = rf"(?:{words.alt('prefix_before_clause_verbs')})[ \t]+"
    return compile_led(rf"{lead}(?:{word}){{0,4}}{verb}(?:{word}){{0,5}}\Z")


def before_event(words: LangWords, lang: str) -> re.Pattern | None:
    """A before-word, then a short noun phrase (no word of prefix_before_gap_stop), up to the end of
    the text: "before the general election on", «قبل الانتخابات التشريعية المقررة في». The date after
    it is the event's; a claim that must come before the event runs up to it (`event_deadlines`)."""
    if not words.words("prefix_before"):
        return None
    lead, stop = _before_lead(words, lang, "prefix_before_gap_stop", "before_event_not")
    word = rf"(?!{stop})[\w'’.-]+[ \t]+"
    # a gerund opens a clause of its own ("before cutting in August": the cutting is in August)
    gerund = r"(?![a-z]+ing[ \t])" if lang == "en" else ""
    return compile_led(rf"{lead}{gerund}(?:{word}){{1,6}}\Z")
