"""States that act without standing before their verb (used by `countries.acting`).

Two constructions name the doer of an act in another place than the subject slot the other rules
read:

- an agent phrase: "postponed at the request of Chile", "held at the invitation of the Omani
  government", «أرجئ الاجتماع بطلب من الجانب الكيني», «بدعوة من نيروبي». The state (its name, its
  capital, or a body named by its adjective: "the Kenyan side", «الحكومة الكينية») asked for,
  invited or started what happens, so it is a party to it. The phrases are `agent_phrases_*` in
  `countries.json`.
- an Arabic verb before a capital as its subject («تستضيف الدوحة», «لم تعلن أنقرة بعد», «أن تعود
  مسقط إلى»): Arabic puts the verb first as often as not, and a city agrees with a feminine verb. A
  verb that takes a place as its object («زارت», «غادرت», «تشمل»: `place_verbs_ar`) makes the
  capital where someone goes or what a tour includes, not who acts.

English has two more (`doers_en`, `members_en`): a state's adjective or name before what it sends, does
or gives ("French troops", "U.S. sanctions"), and states listed after the people who sit for them
("officials from Kenya, Uganda and Rwanda").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from operator import itemgetter

from claimtracker.extract.phrases import Token, positions, surface_ar, token_after, token_index
from claimtracker.extract.state_bodies import state_words
from claimtracker.extract.verbs_ar import joined_ar, masdar_after_prep, past_verb_ar, present_verb


def agents(text: str, lang: str, tokens: list[Token], hits: Sequence,
           phrases: Sequence[tuple[str, ...]], bodies: frozenset[str]) -> list:
    """The country hits that follow an agent phrase ("at the request of", «بطلب من»), directly or
    as the adjective of a state body ("the Kenyan side", «الجانب الكيني»). `phrases` are token
    tuples (lowercase in English); `bodies` the state-body nouns of the language."""
    out = []
    starts = {h.start: h for h in hits}
    for h, i in state_words(tokens, hits):
        if h.via == "adjective":
            # the body stands before its adjective in Arabic («الجانب الليبي») and after it in
            # English ("the Libyan side"), which needs the article before the adjective
            if lang == "ar":
                if i == 0 or not any(f in bodies for f in surface_ar(tokens[i - 1].text)):
                    continue
                k = i - 2
            else:
                if i + 1 >= len(tokens) or tokens[i + 1].text not in bodies or i == 0 \
                        or tokens[i - 1].text.lower() != "the":
                    continue
                k = i - 2
        else:
            k = i - 1 if lang == "ar" or i == 0 or tokens[i - 1].text.lower() != "the" else i - 2
        if _phrase_ends(text, tokens, k, phrases, lang):
            out.append(h)
            if lang == "ar" and h.via != "adjective":
                # «بطلب من العراق وسوريا»: the states joined to the first asked too
                out.extend(joined_ar(tokens, token_after(tokens, i, h.end), starts)[0])
    return out


def _phrase_ends(text: str, tokens: list[Token], k: int, phrases: Sequence[tuple[str, ...]], lang: str) -> bool:
    """Whether one of `phrases` ends at tokens[k] (the words separated by single spaces)."""
    for phrase in phrases:
        n = len(phrase)
        start = k - n + 1
        if start < 0:
            continue
        words = [t.text.lower() if lang == "en" else t.text for t in tokens[start:k + 1]]
        if tuple(words) == phrase and all(text[tokens[m].end:tokens[m + 1].start] == " " for m in range(start, k + 1)):
            return True
    return False


def capital_after_verb_ar(text: str, tokens: list[Token], h, place_verbs: frozenset[str]) -> bool:
    """A capital right after a verb agreeing with it as a feminine subject («أعلنت أنقرة», «تستضيف
    الدوحة», «ستحتضنها روما»), not after a verb that takes a place as object (`place_verbs`)."""
    i = token_index(tokens, h.start, 1)
    if i is None or i == 0 or text[tokens[i - 1].end:tokens[i].start] != " ":
        return False
    prev = tokens[i - 1].text
    if masdar_after_prep(prev) or any(f in place_verbs for f in surface_ar(prev)):
        return False
    forms = surface_ar(prev)
    # feminine: the past in ـت, the present and future in ت/ست (a relative's verb may carry its
    # pronoun: «التي ستحتضنها روما»)
    return any(past_verb_ar(f) or (present_verb(f) and f[0] != "ي" and f[:2] != "سي") for f in forms)


def noun_agents(text: str, lang: str, tokens: list[Token], hits: Sequence, nouns: frozenset[str]) -> list:
    """A state (name or capital) that is the doer of a verbal noun: after it in Arabic, as its
    genitive («لانضمام موريتانيا إلى», «مقابل التزام دمشق»), before it with a possessive in English
    ("Mauritania's accession", "Cairo's refusal"). The nouns (`agent_nouns_*`) are those whose
    genitive is the doer, not the thing done («انضمام», "withdrawal"; not «دعم» or "support")."""
    out = []
    for h in hits:
        if h.listed or h.via not in ("name", "capital"):
            continue
        i = token_index(tokens, h.start, 1)
        if i is None:
            continue
        if lang == "ar":
            if i > 0 and text[tokens[i - 1].end:tokens[i].start] == " " \
                    and any(f in nouns for f in surface_ar(tokens[i - 1].text)):
                out.append(h)
            continue
        j = token_after(tokens, i, h.end)
        # "Chile's withdrawal": the possessive is its own token ("s" after an apostrophe)
        if j + 1 < len(tokens) and tokens[j].text == "s" and text[tokens[j - 1].end:tokens[j].start] in ("'", "’") \
                and text[tokens[j].end:tokens[j + 1].start] == " " and tokens[j + 1].text in nouns:
            out.append(h)
    return out


def doers_en(text: str, tokens: list[Token], hits: Sequence, nouns: frozenset[str]) -> list:
    """"French troops", "Israeli strikes", "a Qatari grant", "Egyptian, Qatari and American
    mediators": adjectives before a noun of `nouns` (one lowercase word may stand between: "Israeli
    air strikes") are the states that send, do or give it, wherever the phrase stands. Adjectives
    joined by a comma or "and" share the noun, so a list of three counts here."""
    out: list = []
    run: list = []  # the adjectives joined so far, waiting for their noun
    for h in hits:
        # (a name in the adjective's place counts too: "U.S. troops", "U.S. and British forces")
        if h.via not in ("adjective", "name"):
            run = []
            continue
        i = token_index(tokens, h.start, 1)
        if i is None:
            run = []
            continue
        j = token_after(tokens, i, h.end)
        if run and not _joined_en(text, tokens, run[-1][1], i):
            run = []
        run.append((h, j))
        if j >= len(tokens):
            continue
        word = tokens[j].text
        if word in nouns or (j + 1 < len(tokens) and word.islower() and word not in _JOINERS_EN
                             and tokens[j + 1].text in nouns and text[tokens[j].end:tokens[j + 1].start] == " "):
            if _gap_en(text, tokens, j) == " ":
                out.extend(x for x, _ in run)
            run = []
    return out


_JOINERS_EN = frozenset(("and", "or"))


def members_en(text: str, tokens: list[Token], hits: Sequence, nouns: frozenset[str],
               enumerating: frozenset[str] = frozenset()) -> list:
    """"officials from Zambia, Tanzania and China", "the leaders of Burkina Faso and Niger": the
    states (names) listed after a noun of `nouns` and "of" or "from" each sit or speak there. After
    a noun of `enumerating` ("delegations") four or more names are a roll of attendance instead."""
    out: list = []
    k = 0
    names = [h for h in hits if h.via == "name"]
    while k < len(names):
        i = token_index(tokens, names[k].start, 1)
        run = [names[k]]
        k += 1
        while k < len(names) and _names_joined(text, run[-1], names[k]):
            run.append(names[k])
            k += 1
        # a list of any length: "his counterparts from Denmark, Finland, Norway and Iceland", "energy
        # ministers of Georgia, Azerbaijan, Romania and Hungary will meet" (all nine such lists of the
        # eval sets were parties), but "delegations from Egypt, Jordan, Qatar and Turkey attended"
        if i is not None and i >= 2 and tokens[i - 1].text in ("of", "from") and tokens[i - 2].text.lower() in nouns \
                and (len(run) <= 3 or tokens[i - 2].text.lower() not in enumerating) \
                and text[tokens[i - 2].end:tokens[i].start] == f" {tokens[i - 1].text} ":
            out.extend(run)
    return out


def _names_joined(text: str, a, b) -> bool:
    """The country name `b` follows `a` in a list: ", ", " and " or ", and " between them."""
    return text[a.end:b.start] in (", ", " and ", ", and ")


def _joined_en(text: str, tokens: list[Token], j: int, i: int) -> bool:
    """The adjective at tokens[i] follows the one ending before tokens[j] across ", " or " and "."""
    if j == i:
        return _gap_en(text, tokens, i) == ", "
    return j + 1 == i and tokens[j].text in _JOINERS_EN and _gap_en(text, tokens, j) in (" ", ", ")


def _gap_en(text: str, tokens: list[Token], j: int) -> str:
    """What stands between tokens[j - 1] and tokens[j], without the full stop of an abbreviation
    ("U.S. troops")."""
    gap = text[tokens[j - 1].end:tokens[j].start]
    if gap.startswith(".") and tokens[j - 1].text[-1:].isupper() and len(tokens[j - 1].text) <= 3:
        return gap[1:]
    return gap


# how often the text must name the state («الحكومة», "the government") a word of no codes stands for
_ANY_STATE_MENTIONS = 2


def kingdom_subjects(text: str, lang: str, tokens: list[Token], hits: Sequence,
                     words: dict[str, frozenset[str]], subject_at: Callable[[int, int], bool],
                     actor_codes: Sequence[str] = ()) -> list[tuple[str, int, int]]:
    """«أكد أن المملكة لن تدافع», «وكانت السلطنة قد استضافت», "the kingdom will": a state named by
    the kind of state it is stands for the one of that kind the text names most (a kingdom among
    the text's countries and its actors' countries), when it is a subject (`subject_at(i, j)` for the word at tokens[i:j]).
    `words` maps the word («المملكة», "kingdom") to the codes of the states it can name; no codes
    («الحكومة», "government") is any state, the one the text names most. Returns (code, start, end)
    spans."""
    out: list[tuple[str, int, int]] = []
    # The kind words are rare (most texts have none): find their tokens in one pass in C before
    # any per-article work, instead of a Python loop over every token.
    texts: Iterable[str] = map(itemgetter(0), tokens)
    if lang == "en":
        # a token lowercasing to a kind word leaves the word in the joined tokens lowercased (one
        # C call each), so a text without one is done before each token is lowercased on its own
        texts = list(texts)
        joined = " ".join(texts).lower()
        if not any(w in joined for w in words):
            return out
        texts = map(str.lower, texts)
    at = positions(texts, words)
    if not at:
        return out
    # the text's kingdom is the one it is about: its actors (`actor_codes`) count as its mentions
    # do (a Bahraini text may name its parliament and ministers but «البحرين» only in the dateline)
    counts: dict[str, int] = {}
    for code in chain((h.code for h in hits if h.via in ("name", "capital", "adjective")), actor_codes):
        counts[code] = counts.get(code, 0) + 1
    hit_starts = {h.start for h in hits}
    for i in at:
        tok = tokens[i]
        word = tok.text.lower() if lang == "en" else tok.text
        codes = words.get(word)
        if codes is None or tok.start in hit_starts:
            continue  # «المملكة العربية السعودية», "the United Kingdom" are names of their own
        if lang == "en" and (i == 0 or tokens[i - 1].text.lower() != "the"):
            continue
        # «المملكة المغربية»: a nisba after the word makes it a full name the finder reads itself
        if i + 1 < len(tokens) and tokens[i + 1].start in hit_starts and text[tok.end:tokens[i + 1].start] == " ":
            continue
        named = [(n, c) for c, n in counts.items() if not codes or c in codes]
        if not named or not subject_at(i, i + 1):
            continue
        if not codes and max(named)[0] < _ANY_STATE_MENTIONS:
            continue  # «الحكومة» is a state the text is about, not one it names once in passing
        out.append((max(named)[1], tok.start, tok.end))
    return out
