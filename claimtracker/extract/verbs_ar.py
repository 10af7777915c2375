"""Arabic verb shapes around a state named as a subject (used by `countries.acting`).

States are feminine in Arabic (a few, `masculine_ar` in `countries.json`, masculine), so the verb
that agrees with one is told by its prefix or ending alone: أعلنت، تستضيف، ستشن، يستعد. These
tests look at one word's letters; the context (which word, after which state) is the caller's.
"""

from __future__ import annotations

from claimtracker.extract.phrases import QUOTES_OPEN, Token
from claimtracker.text import normalize_text

# words opening on ي or ت that are no verb: a day, a month, a preposition, a demonstrative, and
# the passive «تم/يتم» that only carries a verbal noun
NOT_VERBS_AR = frozenset(normalize_text(w).strip() for w in (
    "يوم", "يومي", "يونيو", "يوليو", "يناير", "يد", "تحت", "تلك", "تمت", "تتم", "يتم"))


# words after which a noun opens a clause as its subject («وكان الجيش قد», «أن البرلمان لن»)
SUBJECT_OPENERS_AR = frozenset(normalize_text(w).strip() for w in ("كان", "وكان", "أن", "إن", "بأن", "لكن", "ولكن"))
# particles that open the predicate after its subject («الجيش لن يشارك», «البرلمان قد أقر»)
PREDICATE_PARTICLES_AR = frozenset(normalize_text(w).strip() for w in ("لن", "لم", "قد", "لا", "ما", "سوف"))


def present_verb(word: str) -> bool:
    # an imperfect verb after its subject: يستعد، تدرس، سيعقد، ستستضيف (masculine or feminine states)
    return len(word) >= 4 and (word[0] in "يت" or word[:2] in ("سي", "ست")) and not word.startswith("تم")


def present_verb_before(word: str) -> bool:
    """A present verb before its subject, after a conjunction too («ويزور وفد روسي», «ويصل وفد
    عسكري روسي»): hollow and assimilated verbs have three letters («يصل», «يعد»)."""
    if word[:1] in "وف" and len(word) > 3:
        word = word[1:]
    if present_verb(word):
        return True
    return len(word) == 3 and word[0] in "يت" and word not in NOT_VERBS_AR


# the last two letters of three-letter present verbs that say what is or what someone thinks, not what
# happens: ينص (stipulates), يعد (is deemed), يظل (stays), يرى (sees, holds the view)
_STATIVE_ROOTS_AR = frozenset(("نص", "عد", "ظل", "ري"))


def stative_ar(word: str) -> bool:
    """A three-letter present verb of being or thinking («ينص», «يعد», «يرى»), normalised."""
    return len(word) == 3 and word[1:] in _STATIVE_ROOTS_AR


def verb_agreeing(word: str) -> bool:
    # states are feminine in Arabic: أعلنت، حذرت (past) or تستضيف، ستشن (present, future)
    return len(word) >= 4 and (word.endswith("ت") or word[0] == "ت" or word.startswith("ست"))


def tafil_noun(word: str) -> bool:
    # «تشكيل», «تعديل», «وتعديل»: a verbal noun of the form تفعيل, which `past_verb_ar` would take for a
    # verb agreeing with the noun after it (its object in construct: «تشكيل الحكومة»)
    if len(word) == 6 and word[0] in "وف":
        word = word[1:]
    return len(word) == 5 and word[0] == "ت" and word[3] == "ي" and word.isalnum()


# relative pronouns («المسودة التي وزعتها», «الذين»)
RELATIVES_AR = frozenset(("التي", "الذي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان"))


def masdar_after_prep(word: str) -> bool:
    # «لتزويد الأردن», «بتوقيع مصر»: a verbal noun of the form تفعيل after ل/ب takes the state as its
    # object; a verb there would keep its ت prefix without the ي before the last letter (لتعزز)
    return len(word) >= 6 and word[0] in "لب" and word[1] == "ت" and word[-2] == "ي"


def past_verb_ar(word: str) -> bool:
    # a verb agreeing with a state, not a noun: no article, and not the plural -ات (سياسات، مفاوضات)
    return verb_agreeing(word) and not word.startswith("ال") and not word.endswith("ات")


def joined_ar(tokens: list[Token], j: int, starts: dict) -> tuple[list, int]:
    """States joined by و right after tokens[:j] («العراق وتركيا», «مصر والسودان وإثيوبيا», «الرباط ومدريد») and the
    index of the token after them. `starts` maps a country hit's start offset to the hit."""
    joined = []
    while j < len(tokens) and tokens[j].text.startswith("و"):
        other = starts.get(tokens[j].start)
        if other is None or other.via not in ("name", "capital") or other.end != tokens[j].end:
            break
        joined.append(other)
        j += 1
    return joined, j


def verb_at_ar(text: str, tokens: list[Token], k: int, particles: frozenset[str]) -> bool:
    """A verb (or a particle before one: لن، قد, `particles`) opens tokens[k], right after the subject
    (a quotation may open on the verb: «أن مصر والسعودية «ستوقعان»»)."""
    if k >= len(tokens):
        return False
    gap = text[tokens[k - 1].end:tokens[k].start]
    if gap != " " and not (gap[:1] == " " and gap[1:] in QUOTES_OPEN):
        return False
    word = tokens[k].text
    if word in particles:
        return True
    return present_verb(word) or past_verb_ar(word)
