"""Arabic state institutions the gazetteer does not list: central banks, electoral commissions,
ministries and high courts, named in English from their words and the country of the nisba
after them or of the text (mixed into `institutions.InstitutionFinder`, whose tables they read)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from claimtracker.config import DATA_DIR
from claimtracker.extract.orgs_ar import find_orgs
from claimtracker.extract.orgs_ar_table import head_words, load_table
from claimtracker.extract.parties_ar import find_parties, load_parties
from claimtracker.extract.phrases import QUOTES_OPEN, surface_ar
from claimtracker.extract.state_forces import force_name, state_force
from claimtracker.extract.translit import Transliterator
from claimtracker.extract.verbs_ar import (
    NOT_VERBS_AR,
    PREDICATE_PARTICLES_AR,
    SUBJECT_OPENERS_AR,
    present_verb,
)
from claimtracker.text import normalize_text

_MINISTRY_AR = normalize_text("وزارة").strip()
_COUNCIL_AR = normalize_text("مجلس").strip()
_MINISTERS_AR = normalize_text("الوزراء").strip()
_FOREIGN_AR = normalize_text("الخارجية").strip()
_COURT_AR = normalize_text("المحكمة").strip()
_ARMY_AR = normalize_text("الجيش").strip()
_NATIONAL_AR = normalize_text("الوطني").strip()
_COMMAND_AR = normalize_text("قيادة").strip()
_FORCES_AR = normalize_text("القوات").strip()
_ARMED_AR = normalize_text("المسلحة").strip()
_GUARD_AR = normalize_text("الحرس").strip()
# past verbs whose subject follows them («وقال الجيش إنه», «وأعلن الجيش»): speaking and acting
_VERB_BEFORE_AR = frozenset(normalize_text(w).strip() for w in (
    "قال", "وقال", "أعلن", "وأعلن", "أكد", "وأكد", "ذكر", "وذكر", "أفاد", "وأفاد", "نفى", "ونفى", "أوضح", "وأوضح",
    "بدأ", "وبدأ", "أطلق", "وأطلق", "شن", "وشن", "نشر", "ونشر", "استعاد", "واستعاد", "سيطر", "وسيطر"))


class InstitutionHit(NamedTuple):
    name: str
    country: str | None
    start: int
    end: int
    known: str | None = None  # a gazetteer actor id this stands for (the country's central bank)
    # named without its country ("the central bank"): it may point back to a bank the text named
    bare: bool = False


class ArabicInstitutions:
    """The Arabic half of `InstitutionFinder`; its tables are set by `InstitutionFinder.__init__`."""

    _adj_ar: dict[str, str]
    _committee_heads_ar: frozenset[str]
    _committee_adj_ar: dict[str, str]
    _central_ar: tuple[tuple[str, ...], ...]
    _electoral_ar: frozenset[str]
    _electoral_heads_ar: dict[str, str]
    _ministries_ar: dict[str, str]
    _court_words_ar: dict[str, str]
    _army_parts_ar: frozenset[str]
    _army_elsewhere_ar: dict[str, str]
    _court_order_en: tuple[str, ...]
    _adjective: Callable[[str], str | None]
    legislature: Callable[[str, str], str]

    def _org_starts_ar(self) -> set[str]:
        """Head nouns of the organisation names `orgs_ar.py` renders (the starters' pool takes them),
        and the bare army (`_army_ar`)."""
        heads = load_parties(DATA_DIR).heads  # and their definite forms, for a quoted name («الحركة ...»)
        return head_words(load_table()) | {_ARMY_AR, _FORCES_AR, _GUARD_AR} | set(heads) | {"ال" + h for h in heads}

    def _orgs_ar(self, text, tokens, words, at, by_start, main, country_name, taken) -> list[InstitutionHit]:
        """Bodies named by their Arabic words (`orgs_ar.py`) where no other institution stands."""
        spell = Transliterator.load().brand  # only quoted names are spelled here
        out: list[InstitutionHit] = []
        for party in find_parties(text, tokens, words, at, by_start, load_parties(DATA_DIR), main):
            start, end = tokens[party.start].start, tokens[party.end].end
            if not any(s < end and start < e for s, e in taken):
                out.append(InstitutionHit(party.name, party.country, start, end))
        taken = [*taken, *((h.start, h.end) for h in out)]
        for org in find_orgs(text, tokens, words, at, by_start, load_table(), self._adjective, country_name, main,
                             spell):
            start, end = tokens[org.start].start, tokens[org.end].end
            if any(s < end and start < e for s, e in taken):
                continue
            out.append(InstitutionHit(org.name, org.country, start, end))
        return out

    def _army_ar(self, text, tokens, words, k, by_start, main, spaced) -> InstitutionHit | None:
        """«وكان الجيش قد أنهى», «الجيش سيتسلم»: the army with no nisba, the subject of a verb, is the
        army of the country the text is about (its gazetteer row, `state_forces.py`); after a preposition or a
        construct noun («من الجيش», «قيادة الجيش») it is no actor of its own, but its units are its part
        in whatever they do («وحدات من الجيش ستجري»، «بمشاركة قطعات الجيش»: `army_parts_ar`), and its
        command acts for it as a subject («وأعلنت قيادة الجيش»)."""
        first = k
        if k >= 2 and words[k - 1] == "من" and words[k - 2] in self._army_parts_ar and spaced(k - 2, k - 1) \
                and spaced(k - 1, k):
            first = k - 2
        elif k >= 3 and words[k - 1] == "من" and words[k - 3] in self._army_parts_ar \
                and all(spaced(i, i + 1) for i in range(k - 3, k)):
            first = k - 3  # «وحدات إضافية من الجيش», «قوة مشتركة من الجيش»
        elif k >= 1 and words[k - 1] in self._army_parts_ar and spaced(k - 1, k):
            first = k - 1
        last = k
        if k + 1 < len(tokens) and words[k + 1] == _NATIONAL_AR and spaced(k, k + 1):
            last = k + 1  # «الجيش الوطني سيطلق»: the national army, with no nisba, is the text's state's too
        def quoted(a: int, b: int) -> bool:
            # «إن الجيش «سيواصل عملياته»»: the quotation opens on the verb
            gap = text[tokens[a].end:tokens[b].start]
            return spaced(a, b) or (gap[:1] == " " and gap[1:] in QUOTES_OPEN)

        # the army's units are its part in what they do wherever they stand («تتسلم قطعات الجيش»,
        # «بمشاركة قطعات من الجيش»): the golds list the army in 46 of the 50 Arabic texts naming them.
        # Its command only as a subject: «في مقر قيادة الجيش» is a place
        if (first == k or words[first] == _COMMAND_AR) and not _subject_at(tokens, words, first, last, by_start, quoted) \
                and not (0 < first < k and spaced(first - 1, first)
                         and _feminine_verb(words[first - 1].removeprefix("و"))):
            return None
        code = main()
        if code is None:
            return None
        code = self._army_elsewhere_ar.get(code, code)  # a state with no army of its own: the one its news means
        found = force_name(DATA_DIR, code, "army", self._adjective)
        return InstitutionHit(found[0], code, tokens[k].start, tokens[last].end, found[1]) if found else None

    def _armed_forces_ar(self, tokens, words, k, by_start, main, spaced) -> InstitutionHit | None:
        """«القوات المسلحة التشادية» -> Chadian Armed Forces, by its gazetteer row where it has one
        («القوات المسلحة السودانية»); without a nisba, as a clause's subject («وتعتزم القوات المسلحة
        نشر»), the forces of the text's state."""
        h = by_start.get(tokens[k + 2].start) if k + 2 < len(tokens) else None
        if h is not None and h.via == "adjective" and spaced(k + 1, k + 2):
            code, end_k = h.code, k + 2
        elif _subject_at(tokens, words, k, k + 1, by_start, spaced) \
                or (k > 0 and spaced(k - 1, k) and _feminine_verb(words[k - 1].removeprefix("و"))):
            # «وتعتزم القوات المسلحة»: a feminine verb before them makes them its subject
            code, end_k = main(), k + 1
        else:
            return None
        if code is None:
            return None
        found = force_name(DATA_DIR, code, "forces", self._adjective)
        return InstitutionHit(found[0], code, tokens[k].start, tokens[end_k].end, found[1]) if found else None

    @staticmethod
    def _national_guard_ar(tokens, k, by_start, main, spaced) -> InstitutionHit | None:
        """«دوريات مع الحرس الوطني», «للحرس الوطني»: a national guard with no nisba is that of the
        text's state when the gazetteer has a row for it (`state_forces.py`, branch national_guard);
        with a nisba the gazetteer's own name finds it. A state without one gets none: many states
        have no such force."""
        h = by_start.get(tokens[k + 2].start) if k + 2 < len(tokens) else None
        if h is not None and spaced(k + 1, k + 2):
            return None
        code = main()
        found = state_force(DATA_DIR, code, "national_guard") if code else None
        return InstitutionHit(found[1], code, tokens[k].start, tokens[k + 1].end, found[0]) if found else None

    def _ministry_ar(self, text, tokens, words, k, by_start, main, country_name, spaced) -> InstitutionHit | None:
        """«وزارة الخارجية الأردنية» -> Ministry of Foreign Affairs of Jordan (the text's country without
        one): a national body is '<Body> of <Country>', as in English news."""
        n = len(tokens)
        if k + 1 >= n or words[k + 1] not in self._ministries_ar or not spaced(k, k + 1):
            return None
        portfolio = self._ministries_ar[words[k + 1]]
        end_k = k + 1
        # «وزارة الخارجية وشؤون المغتربين»: a conjoined portfolio belongs to the name
        if end_k + 2 < n and words[end_k + 1].startswith("و") and words[end_k + 2].startswith("ال") \
                and by_start.get(tokens[end_k + 2].start) is None and spaced(end_k, end_k + 1):
            end_k += 2
        code, end_k = adjective_after(by_start, tokens, end_k, spaced, main)
        if code is None:
            return None
        name = country_name(code)
        if not name:
            return None
        return InstitutionHit(f"Ministry of {portfolio} of {name}", code, tokens[k].start, tokens[end_k].end)

    def _cabinet_ar(self, tokens, k, by_start, country_name, spaced) -> InstitutionHit | None:
        """«مجلس الوزراء الفلسطيني» -> Council of Ministers of Palestine (the gazetteer's cabinets are
        named so, as the annotated sets name them two times in three), for a state the gazetteer has
        no cabinet of. Only with the nisba: a bare «مجلس الوزراء» is left to the gazetteer's context
        aliases and to the body the text named before."""
        code, end_k = adjective_after(by_start, tokens, k + 1, spaced, lambda: None)
        if code is None:
            return None
        adjective, country = self._adjective(code), country_name(code)
        if not (adjective or country):
            return None
        name = f"Council of Ministers of {country}" if country else f"{adjective} Council of Ministers"
        return InstitutionHit(name, code, tokens[k].start, tokens[end_k].end)

    def _court_ar(self, text, tokens, words, k, by_start, main, country_name, spaced) -> InstitutionHit | None:
        """«المحكمة الاتحادية العليا العراقية» -> Federal Supreme Court of Iraq: a high court by its
        kind words, of the country of a nisba after them, or of the text's country when it is the
        subject of a verb before it («قضت المحكمة الدستورية»); a court named in passing with no
        country («الطعن أمام المحكمة العليا») is left out."""
        n = len(tokens)
        kinds: list[str] = []
        j = k + 1
        while j < n and words[j] in self._court_words_ar and spaced(j - 1, j):
            kinds.append(self._court_words_ar[words[j]])
            j += 1
        if not kinds:
            return None
        h = by_start.get(tokens[j].start) if j < n else None
        if h is not None and h.via == "adjective" and spaced(j - 1, j):
            code, end_k = h.code, j
        elif k > 0 and _feminine_verb(words[k - 1]) and spaced(k - 1, k):
            code, end_k = main(), j - 1
        else:
            return None
        name = country_name(code) if code else None
        if not name:
            return None
        # English puts the kind words in its own order (Supreme Constitutional Court for
        # «المحكمة الدستورية العليا»)
        rank = {w: i for i, w in enumerate(self._court_order_en)}
        ordered = sorted(dict.fromkeys(kinds), key=lambda w: rank.get(w, len(rank)))
        return InstitutionHit(f"{' '.join(ordered)} Court of {name}", code, tokens[k].start, tokens[end_k].end)

    def _find_ar(self, text, tokens, words, at, country_hits, main, country_name, central_bank) -> list[InstitutionHit]:
        out: list[InstitutionHit] = []
        starts = at
        by_start = {h.start: h for h in country_hits}
        n = len(tokens)

        def spaced(a: int, b: int) -> bool:
            return text[tokens[a].end:tokens[b].start] == " "

        for k in starts:
            forms = surface_ar(words[k])
            for phrase in self._central_ar:
                if phrase[0] in forms and k + len(phrase) <= n and tuple(words[k + 1:k + len(phrase)]) == phrase[1:] \
                        and all(spaced(x - 1, x) for x in range(k + 1, k + len(phrase))):
                    end_k = k + len(phrase) - 1
                    code, end_k = adjective_after(by_start, tokens, end_k, spaced, main)
                    if code is None:
                        break
                    name = country_name(code)
                    known = central_bank(code)
                    if name or known:
                        out.append(InstitutionHit(f"Central Bank of {name}", code, tokens[k].start, tokens[end_k].end,
                                                  known))
                    break
            else:
                if words[k] == _FOREIGN_AR and k > 0 and _feminine_verb(words[k - 1]) and spaced(k - 1, k):
                    # «لم تؤكده الخارجية»، «أعلنت الخارجية»: the foreign ministry as the subject of a verb
                    code = main()
                    name = country_name(code) if code else None
                    if name:
                        out.append(InstitutionHit(f"Ministry of Foreign Affairs of {name}", code, tokens[k].start,
                                                  tokens[k].end))
                    continue
                if words[k] == _ARMY_AR:
                    army = self._army_ar(text, tokens, words, k, by_start, main, spaced)
                    if army is not None:
                        out.append(army)
                    continue
                if _GUARD_AR in forms and k + 1 < n and words[k + 1] == _NATIONAL_AR and spaced(k, k + 1):
                    guard = self._national_guard_ar(tokens, k, by_start, main, spaced)
                    if guard is not None:
                        out.append(guard)
                    continue
                if words[k] == _FORCES_AR and k + 1 < n and words[k + 1] == _ARMED_AR and spaced(k, k + 1):
                    forces = self._armed_forces_ar(tokens, words, k, by_start, main, spaced)
                    if forces is not None:
                        out.append(forces)
                    continue
                if _MINISTRY_AR in forms:
                    hit = self._ministry_ar(text, tokens, words, k, by_start, main, country_name, spaced)
                    if hit is not None:
                        out.append(hit)
                    continue
                if _COUNCIL_AR in forms and k + 2 < n and words[k + 1] == _MINISTERS_AR and spaced(k, k + 1):
                    cabinet = self._cabinet_ar(tokens, k, by_start, country_name, spaced)
                    if cabinet is not None:
                        out.append(cabinet)
                    continue
                if _COURT_AR in forms:
                    court = self._court_ar(text, tokens, words, k, by_start, main, country_name, spaced)
                    if court is not None:
                        out.append(court)
                    continue
                head = next((self._electoral_heads_ar[f] for f in forms if f in self._electoral_heads_ar), None)
                if head is None:
                    continue
                adjs: list[str] = []
                j = k + 1
                while j < n and j - k <= 4 and words[j] in self._adj_ar and spaced(j - 1, j):
                    adjs.append(self._adj_ar[words[j]])
                    j += 1
                if j >= n or words[j] not in self._electoral_ar or not spaced(j - 1, j):
                    continue
                end_k = j
                h = by_start.get(tokens[j + 1].start) if j + 1 < n else None
                if h is not None and h.via == "adjective" and spaced(j, j + 1):
                    code, end_k = h.code, j + 1
                elif j + 2 < n and words[j + 1] == "في" and (h := by_start.get(tokens[j + 2].start)) is not None:
                    code = h.code  # «... للانتخابات في العراق»
                else:
                    code = main()
                if len(adjs) == 1 and words[k + 1] in self._committee_adj_ar and self._committee_heads_ar & set(forms):
                    # «اللجنة العليا للانتخابات»: a committee, named with its own adjective
                    name = f"{self._committee_adj_ar[words[k + 1]]} Elections Committee"
                else:
                    name = " ".join([*dict.fromkeys(reversed(adjs)), "Electoral", head])
                out.append(InstitutionHit(name, code, tokens[k].start, tokens[end_k].end))
        out += self._orgs_ar(text, tokens, words, at, by_start, main, country_name, [(h.start, h.end) for h in out])
        return out


def _subject_at(tokens, words, first: int, last: int, by_start, spaced) -> bool:
    """Whether the words tokens[first..last] («الجيش», «القوات المسلحة») are a clause's subject: a
    verb or a predicate particle right after them and a clause opening before them, or a past verb
    of speaking or acting right before them («وأعلن الجيش»)."""
    n = len(tokens)
    if last + 1 >= n or not spaced(last, last + 1) or by_start.get(tokens[last + 1].start) is not None:
        return False
    nxt, prev = words[last + 1], words[first - 1] if first > 0 else ""
    verb_after = nxt in PREDICATE_PARTICLES_AR or (nxt.startswith(("ي", "سي", "ت", "ست")) and len(nxt) >= 4
                                                   and nxt not in NOT_VERBS_AR)
    opens = first == 0 or not spaced(first - 1, first) or prev in SUBJECT_OPENERS_AR
    if (verb_after and opens) or (first > 0 and spaced(first - 1, first) and prev in _VERB_BEFORE_AR):
        return True
    # a verb that opens its clause, then its subject: «أن يطلق الجيش عملية», «وسينشر الجيش». A verb
    # after a noun has its subject before it, and the army is its object («الحكومة تدعم الجيش»)
    if first < 1 or not spaced(first - 1, first) or not present_verb(prev.removeprefix("و")) or prev in NOT_VERBS_AR:
        return False
    before = words[first - 2] if first >= 2 and spaced(first - 2, first - 1) else ""
    return not before or prev.startswith("و") or before in SUBJECT_OPENERS_AR or before in PREDICATE_PARTICLES_AR


def _feminine_verb(word: str) -> bool:
    # أعلنت، أكدت (past) or تؤكد، ستعلن (present, future), with an object pronoun maybe (تؤكده)
    return len(word) >= 4 and (word.endswith("ت") or word[0] == "ت" or word.startswith("ست")) and not word.startswith("ال")

def adjective_after(by_start, tokens, end_k: int, spaced, main) -> tuple[str | None, int]:
    """The country of a nisba right after token `end_k` («البنك المركزي المصري») and the new end,
    else the text's main country and the same end."""
    h = by_start.get(tokens[end_k + 1].start) if end_k + 1 < len(tokens) else None
    if h is not None and h.via == "adjective" and spaced(end_k, end_k + 1):
        return h.code, end_k + 1
    return main(), end_k
