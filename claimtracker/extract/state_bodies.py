"""A state acting through a body named by it: its government, delegation, side or ministry.

"Egypt's foreign ministry said", "Kabul's delegation will", "the Kenyan delegation will", «وكانت الحكومة اللبنانية قد قدرت»,
«الجانب العراقي سيطالب»: the body speaks and acts for its state, so the state is an actor of the
text, as when it is named acting itself. So does a state whose adjective names the sponsor or
mediator of what happens («برعاية سعودية», «بوساطة قطرية», "under Saudi auspices", "with Qatari
mediation"). The nouns are `state_bodies_*` and `sponsor_nouns_*` in `data/gazetteer/countries.json`;
the verb checks are `CountryFinder`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from claimtracker.extract.phrases import Token, ar_keys, surface_ar, token_after, token_index
from claimtracker.extract.verbs_ar import present_verb_before

# the verb test after the body: (text, tokens, index of the word after the body) -> acting
VerbAt = Callable[[str, list[Token], int], bool]


# «مصادر في وزارة الداخلية», «مسؤول بالخارجية الأميركية», «موظفون داخل الوزارة»: where someone works
_PLACED_BEFORE_AR = ("في", "داخل", "لدى")


def placed_body_ar(text: str, start: int, named_state: bool) -> bool:
    """The body named at `start` is a place or an affiliation, not a speaker: with ب joined
    («مسؤول بالخارجية الأميركية»), or after في/داخل/لدى when it does not name its state by a nisba
    («مصادر في وزارة الداخلية»: the text's own state's ministry, where the sources work). «قال مصدر
    في وزارة الخارجية السورية» names the state that speaks through the source, so it still speaks."""
    if text[start:start + 1] == "ب":
        return True
    before = text[max(0, start - 8):start].rstrip().split()
    return not named_state and bool(before) and before[-1] in _PLACED_BEFORE_AR


def state_words(tokens: list[Token], hits: Sequence) -> Iterator[tuple]:
    """The country hits that may act (named, by capital or by adjective; not in a passing list),
    each with the index of its first token."""
    for h in hits:
        if h.listed or h.via not in ("name", "capital", "adjective"):
            continue
        i = token_index(tokens, h.start, 1)
        if i is not None:
            yield h, i


def bodies_acting_en(text: str, tokens: list[Token], hits: Sequence, bodies: frozenset[str],
                     place_before: frozenset[str], verb_at: VerbAt) -> list:
    """"Egypt's foreign ministry said", "the Kenyan government will": the state of the body."""
    out = []
    adjectives = {h.start: h for h in hits if h.via == "adjective"}
    for h, i in state_words(tokens, hits):
        j = _after(tokens, i, h.end)
        if h.via == "adjective":
            # "Turkmen and Chinese officials will": adjectives joined by "and" share the body noun
            while j + 1 < len(tokens) and tokens[j].text == "and" and tokens[j + 1].start in adjectives:
                j = _after(tokens, j + 1, adjectives[tokens[j + 1].start].end)
        before = i - 1 if i > 0 and tokens[i - 1].text.lower() != "the" else i - 2
        if before >= 0 and tokens[before].text.lower() in place_before:
            continue  # "talks with the Kenyan government"
        if h.via != "adjective":
            # the possessive: "Egypt's", "Egypt’s", and a capital for its government: "Kabul's delegation"
            if j >= len(tokens) or tokens[j].text != "s" or text[tokens[j - 1].end:tokens[j].start] not in ("'", "’"):
                continue
            j += 1
        k = _body_end(text, tokens, j, bodies)
        if k is not None and verb_at(text, tokens, k):
            out.append(h)
    return out


def _after(tokens: list[Token], i: int, end: int) -> int:
    """The index of the first token after tokens[i] that ends past `end`."""
    while i < len(tokens) and tokens[i].end <= end:
        i += 1
    return i


def _body_end(text: str, tokens: list[Token], j: int, bodies: frozenset[str]) -> int | None:
    """The index after a body noun at tokens[j] or after one or two lowercase words ("foreign
    ministry", "deputy foreign minister")."""
    for k in (j, j + 1, j + 2):
        if k >= len(tokens) or not tokens[k].text.islower() or text[tokens[k - 1].end:tokens[k].start] != " ":
            return None
        if tokens[k].text in bodies:
            return k + 1
    return None


def bodies_acting_ar(text: str, tokens: list[Token], hits: Sequence, bodies: frozenset[str],
                     verb_before: Callable[[str], bool], verb_at: VerbAt,
                     qualifiers: frozenset[str] = frozenset()) -> list:
    """«الحكومة اللبنانية قد قدرت», «وأكدت الحكومة المالية», «الوفد السوري سيضم»: the nisba's state.
    One adjective of the body's kind (`qualifiers`: فني، أمني، رفيع …) may stand between the body
    and the nisba, agreeing with it in the article («وفد فني إيراني», «الوفد الأمني المصري»)."""
    out = []
    for h in hits:
        if h.listed:
            continue
        if h.via == "name":
            if _body_in_state_ar(text, tokens, h, bodies, verb_before, verb_at):
                out.append(h)
            continue
        if h.via != "adjective":
            continue
        i = token_index(tokens, h.start, 1)
        if i is None or i == 0 or text[tokens[i - 1].end:tokens[i].start] != " ":
            continue
        b = i - 1
        if b >= 1 and tokens[b].text in qualifiers and text[tokens[b - 1].end:tokens[b].start] == " " \
                and tokens[b].text.startswith("ال") == tokens[b - 1].text.startswith("ال"):
            b -= 1
        if not any(f in bodies for f in surface_ar(tokens[b].text)) or _governed_ar(tokens[b].text, bodies):
            continue
        # a body in a construct chain («رئاسة الجمهورية التونسية»): its head stands before, itself a body
        if b == i - 1 and b >= 1 and text[tokens[b - 1].end:tokens[b].start] == " " and tokens[b - 1].text in bodies \
                and not tokens[b - 1].text.startswith("ال"):
            b -= 1
        # the body is the subject: after its verb («وأكدت الحكومة»), or an indefinite body in the
        # nominative after a present verb («أن يزور وفد إيراني»), or before its verb («الوفد اللبناني سيضم»)
        body = tokens[b].text
        if (b >= 1 and verb_before(tokens[b - 1].text)) or verb_at(text, tokens, i + 1) \
                or (b >= 1 and not body.startswith("ال") and not body.endswith("ا") and present_verb_before(tokens[b - 1].text)):
            out.append(h)
    return out


def _body_in_state_ar(text: str, tokens: list[Token], h, bodies: frozenset[str],
                      verb_before: Callable[[str], bool], verb_at: VerbAt) -> bool:
    """«وقالت الحكومة الانتقالية في مالي», «السلطات في تشاد ستفتح»: a body placed «في» its state, with
    at most one adjective between («الانتقالية», «المؤقتة»), is that state's body, and the state acts
    when the body is the subject of a verb before it or right after the state's name."""
    i = token_index(tokens, h.start, 1)
    if i is None or i < 2 or tokens[i - 1].text != "في":
        return False
    for b in (i - 2, i - 3):
        if b < 0 or any(text[tokens[k].end:tokens[k + 1].start] != " " for k in range(b, i)):
            return False
        if any(f in bodies for f in surface_ar(tokens[b].text)):
            if _governed_ar(tokens[b].text, bodies):
                return False
            break
        if b == i - 3 or not tokens[b].text.startswith("ال"):
            return False  # the word between must be a definite adjective of the body
    else:
        return False
    j = token_after(tokens, i, h.end)
    return (b >= 1 and verb_before(tokens[b - 1].text)) or verb_at(text, tokens, j)


def _governed_ar(word: str, bodies: frozenset[str]) -> bool:
    """«بالحكومة», «للسلطات», «وبالوفد»: a preposition joined to the body makes it an object («لا ترتبط
    بالحكومة الفلسطينية»), never the subject of the verb beside it."""
    for conj in ("", "و", "ف"):
        rest = word[len(conj):] if word.startswith(conj) else ""
        if rest[:1] in ("ب", "ل", "ك") and word not in bodies and \
                (rest[1:] in bodies or ("ا" + rest[1:]) in bodies):
            return True
    return False


_VENUE_PREFIXES_AR = ("بال", "وبال", "لل", "ولل")


def sponsors_ar(tokens: list[Token], hits: Sequence, nouns: frozenset[str], doers: frozenset[str] = frozenset()) -> list:
    """«برعاية سعودية», «بوساطة قطرية», «الوساطة الكويتية العمانية», «اللجنة الثلاثية المصرية الأردنية»:
    the states whose adjectives qualify the sponsorship, or a joint body's members (`nouns` holds
    both kinds of head, with or without the article). «القوات الفرنسية», «الوسطاء المصريون والقطريون»,
    «منحة قطرية»: an adjective after a noun of `doers` is the state that sends, does or gives it (a
    name there is as often who receives it: «مساعدات مصر»)."""
    out = []
    after = -1  # the token after the last sponsoring adjective
    for h in hits:
        # (a run of three adjectives after the noun names the sponsors, not a passing list)
        if h.via not in ("adjective", "name"):
            continue
        i = token_index(tokens, h.start, 1)
        if i is None:
            continue
        word = tokens[i].text
        # a second adjective shares the noun, joined by و or set beside the first («ومصرية»,
        # «الأميركية السعودية»: a nisba that is also a name, السعودية, counts there)
        if i == after and (h.via == "adjective" or word.startswith(("ال", "وال"))):
            out.append(h)
            after = _after(tokens, i, h.end)
        elif i and any(f in nouns or (h.via == "adjective" and f in doers) for f in ar_keys(tokens[i - 1].text)) \
                and not word.startswith(_VENUE_PREFIXES_AR):
            # (a name there is the sponsor too: «بوساطة مصر», «اللجنة الثلاثية السعودية الإيرانية»;
            # not with a preposition joined to its article: «اجتماع ثلاثي بالجزائر» is where it meets)
            out.append(h)
            after = _after(tokens, i, h.end)
    return out


def sponsors_en(tokens: list[Token], hits: Sequence, nouns: frozenset[str],
                counterparts: frozenset[str] = frozenset()) -> list:
    """"under Saudi auspices", "with Qatari mediation": an adjective before a sponsorship noun,
    itself after the preposition that makes it the frame of the act. "his Japanese counterpart":
    the other side of a meeting or talks is the state of the counterpart."""
    out = []
    for h in hits:
        if h.via != "adjective":
            continue
        i = token_index(tokens, h.start, 1)
        if i is None or i == 0 or i + 1 >= len(tokens):
            continue
        if counterparts and _joined_counterparts(tokens, i, hits, counterparts):
            out.append(h)  # a list of three is no passing mention here: each state sends one
            continue
        if h.listed:
            continue
        before, after = tokens[i - 1].text.lower(), tokens[i + 1].text
        if (after in nouns and before in ("under", "with", "through", "after")) \
                or (after in counterparts and before in _POSSESSIVES):
            out.append(h)
    return out


def _joined_counterparts(tokens: list[Token], i: int, hits: Sequence, counterparts: frozenset[str]) -> bool:
    """"His Latvian and Polish counterparts": adjectives joined by "and" (or a comma) before the
    counterpart noun, after a possessive, are each a state on the other side."""
    if not any(t.text in counterparts for t in tokens[i + 1:i + 8]):
        return False  # the cheap test first: no counterpart noun close after this adjective
    adjectives = {token_index(tokens, h.start, 1) for h in hits if h.via == "adjective"}
    lo = i  # (a comma is no token: "Latvian, Estonian" are two adjectives side by side)
    while lo >= 1 and (lo - 1 in adjectives or (tokens[lo - 1].text == "and" and lo - 2 in adjectives)):
        lo -= 1 if lo - 1 in adjectives else 2
    hi = i
    while hi + 1 < len(tokens) and (hi + 1 in adjectives or (tokens[hi + 1].text == "and" and hi + 2 in adjectives)):
        hi += 1 if hi + 1 in adjectives else 2
    return (lo, hi) != (i, i) and lo > 0 and tokens[lo - 1].text.lower() in _POSSESSIVES \
        and hi + 1 < len(tokens) and tokens[hi + 1].text in counterparts


_POSSESSIVES = frozenset(("his", "her", "their", "its"))
