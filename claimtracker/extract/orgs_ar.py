"""Arabic organisation names the gazetteer lacks, rendered in English from their parts.

An Arabic body's name is a head noun («اللجنة»، «الهيئة»، «غرفة»، «الجامعة») and what follows it in
the construct: adjectives («العامة» General, «المشتركة» Joint, «الملكية» Royal), nationality
adjectives («الأردنية السورية» Jordanian-Syrian), a complement with ل («للنقل والتجارة» for
Transport and Trade) or, after a head with no article, in construct («غرفة تجارة الأردن» Jordan
Chamber of Commerce), and a quoted proper name («مجموعة «أسياد»» Asyad Group). English puts
the adjectives before the head in its own order (Royal, the nations, scope words, field words),
a sport before a federation (Royal Moroccan Football Federation) and a complement's own
adjectives before its noun (Land and Sea Ports). The name ends where the construct ends: a verb,
another preposition, punctuation.

A head alone or with scope words only («اللجنة المشتركة»، «الهيئة العامة») is not a name: some
body of the text that the reader knows from before. A committee or team that two states name
(«اللجنة الأردنية السورية المشتركة») is no actor either: it is the two states' forum, and the
annotators list the states. A name needs a nation, a place, a complement
or a quoted name. The words are data (`data/gazetteer/orgs_session9_ar.json`).

A company is named by its quoted brand alone («شركة «X»» -> X), or, a state's, by its parts after a
scope word («الشركة العامة لموانئ العراق»: a ل-complement without the article is in construct with the
country after it). An owner after the name («لدول مجلس التعاون») goes before it in English (GCC ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from claimtracker.extract.orgs_ar_table import AL as _AL
from claimtracker.extract.orgs_ar_table import (
    Complement,
    Head,
    OrgTable,
)
from claimtracker.extract.orgs_ar_tails import construct_place_at, is_nation, nations_at, owner_at
from claimtracker.extract.orgs_ar_tails import past as _past
from claimtracker.extract.phrases import QUOTES_CLOSE, QUOTES_OPEN, Token, surface_ar
from claimtracker.text import normalize_text

# scope words that make a company or bank a state body named by its parts (General Company for ...)
_STATE_SCOPE = frozenset({"General", "National"})
# endings of a relative adjective (nisba), masculine and feminine, as normalised text writes them
_NISBA = tuple(normalize_text(e).strip() for e in ("ي", "ية"))
# the plural of a nisba in the genitive, which qualifies people («الجزائريين»: Algerians)
_PLURAL_NISBA = normalize_text("يين").strip()
# function words that normalise to a definite word with a nisba's ending: «إلى» (to) and «الذي» (which)
_NOT_NISBA = frozenset(normalize_text(w).strip() for w in ("إلى", "الذي"))
_WORD = re.compile(r"\w+")


class OrgName(NamedTuple):
    name: str
    country: str | None
    start: int  # token index of the head
    end: int  # token index of the name's last word


def _head_of(table: OrgTable, word: str) -> tuple[Head, bool] | None:
    """The head a text word opens with its clitics off, and whether it has the article."""
    for form in surface_ar(word):
        if form in table.heads:
            return table.heads[form], False
        if form.startswith(_AL) and form[2:] in table.heads:
            return table.heads[form[2:]], True
    return None


def _definite_lam(words: list[str], k: int, found: tuple[Head, bool] | None) -> tuple[Head, bool] | None:
    """«للجنة الفنية»: ل + the article + a head that opens on ل are written «للـ», like ل + the bare
    head; a definite adjective after it tells the article is there."""
    if found is not None and not found[1] and words[k].startswith("لل") and k + 1 < len(words) \
            and words[k + 1].startswith(_AL):
        return found[0], True
    return found


class _Parse:
    """What follows a head, in the order English wants it."""

    def __init__(self) -> None:
        self.adjectives: list[tuple[str, int]] = []
        self.nations: list[str] = []
        self.place: str | None = None
        self.before: list[str] = []  # complements English puts before the head
        self.of: list[str] = []
        self.for_: list[str] = []
        self.sport = False
        self.quoted: str | None = None
        self.relational = False
        self.owner: str | None = None  # «لدول مجلس التعاون»: GCC
        self.for_place: str | None = None  # «لموانئ العراق»: the country a ل-complement is of
        self.brand_of: str | None = None  # «مجموعة «تيانهاي» الصينية»: a quoted brand's nationality
        self.for_nations: list[str] = []  # «للفلاحين الجزائريين»: the nations of a plural complement


def find_orgs(text: str, tokens: list[Token], words: list[str], starts: list[int], by_start: Mapping[int, Any],
              table: OrgTable, adjective_en: Callable[[str], str | None],
              country_name: Callable[[str], str | None], main: Callable[[], str | None],
              spell: Callable[[list[str], str | None], str]) -> list[OrgName]:
    """Organisation names opening at the token positions `starts`; `by_start` maps a token's start
    offset to the country hit there (`via` "adjective" or "name"); `spell(words, country)` renders
    Arabic words of a proper name in Latin letters the way that country's names are written."""
    out: list[OrgName] = []
    last = -1
    for k in starts:
        if k <= last:
            continue
        found = _definite_lam(words, k, _head_of(table, words[k]))
        if found is None or _workplace(text, tokens, words, k, table):
            continue
        org = _read(text, tokens, words, k, found[0], found[1], by_start, table, adjective_en, country_name, main,
                    spell)
        if org is not None:
            out.append(org)
            last = org.end
    return out


def name_end(text: str, tokens: list[Token], words: list[str], k: int, by_start: Mapping[int, Any],
             table: OrgTable) -> int | None:
    """The token index right after an organisation name opening at token `k`, or None: a title's
    qualifiers run over it («رئيس غرفة صناعة ...، فلان») as over a known body."""
    found = _definite_lam(words, k, _head_of(table, words[k]))
    if found is None:
        return None
    org = _read(text, tokens, words, k, found[0], found[1], by_start, table, lambda c: c, lambda c: c,
                lambda: None, lambda ws, c: "X")
    return None if org is None else org.end + 1


def _read(text, tokens, words, k, head: Head, definite: bool, by_start, table: OrgTable, adjective_en,
          country_name, main, spell) -> OrgName | None:
    n = len(tokens)

    def spaced(a: int, b: int) -> bool:
        return text[tokens[a].end:tokens[b].start] == " "

    p = _Parse()
    j = k + 1
    if not definite:
        if j >= n:
            return None
        gap = text[tokens[k].end:tokens[j].start]
        if head.quoted and gap.strip() in QUOTES_OPEN and gap.startswith(" "):
            opening = j
            j = _quoted(text, tokens, words, j, p, lambda ws: spell(ws, main()), table)
            if p.quoted is None:
                return None
            h = by_start.get(tokens[j].start) if j < n else None
            if h is not None and h.via == "adjective" \
                    and text[tokens[j - 1].end:tokens[j].start].strip() in QUOTES_CLOSE:
                # «مجموعة «تيانهاي» الصينية»: the brand's nationality after the quotes is its country,
                # and the brand is spelled that country's way, whatever the story is most about
                p.brand_of = h.code
                _quoted(text, tokens, words, opening, p, lambda ws: spell(ws, h.code), table)
                j = _past(tokens, j, h.end)
        elif spaced(k, j):
            j = _complement(text, tokens, words, j, table, p, construct=True, of=head.of)
            if not (p.of or p.before):
                return None
            if not head.construct and not head.quoted_only:
                # «لجنة المالية» is a parliament's committee; «لجنة التعاون ... لدول مجلس التعاون»
                # is named by its field before the organisation that owns it, «مجلس التنسيق السعودي
                # الباكستاني» by its field before the two states it joins
                p.owner, j = owner_at(text, tokens, words, j, table.owners)
                if p.owner is None and nations_at(text, tokens, words, j, by_start) < 2:
                    return None
            h = by_start.get(tokens[j].start) if j < n and spaced(j - 1, j) else None
            if h is not None and h.via == "name":
                p.place = h.code  # «غرفة تجارة الأردن»: the place the body is of
                j = _past(tokens, j, h.end)
        else:
            return None
    if head.quoted_only and p.quoted is None and not definite and not (p.of or p.before):
        return None
    after_for = -1  # the token after the last ل-complement read
    while j < n and (spaced(j - 1, j) or _nations_joined(text, tokens, j, p)) and p.owner is None \
            and p.brand_of is None:
        p.owner, j = owner_at(text, tokens, words, j, table.owners)
        if p.owner:
            break
        h = by_start.get(tokens[j].start)
        if h is not None and h.via == "name" and p.nations and is_nation(h, words[j]):
            # «اللجنة الكويتية السعودية»: one more party, which the seen golds mostly leave unnamed
            # as a body; the name read so far would name a one-state body, which it is not
            return None
        if h is not None and h.via == "adjective":
            if j == after_for and words[j].endswith(_PLURAL_NISBA):
                # «الاتحاد الوطني للفلاحين الجزائريين»: a plural nisba agrees with the plural
                # complement before it, not with the head: National Union of Algerian Farmers (and
                # «للمؤرخين الجزائريين والفرنسيين», of Algerian and French Historians)
                p.for_nations.append(h.code)
                j = after_for = _past(tokens, j, h.end)
                continue
            p.nations.append(h.code)
            j = _past(tokens, j, h.end)
            continue
        if words[j] in table.adjectives:
            p.adjectives.append(table.adjectives[words[j]])
            p.relational = p.relational or words[j] in table.relational
            j += 1
            continue
        if words[j].startswith("ل") and len(words[j]) > 3 and not p.for_place:
            of_place = construct_place_at(text, tokens, words, j, lambda w: table.complements.get((w,)), by_start)
            if of_place is not None:
                p.for_.append(of_place[0])
                p.for_place, j = of_place[1], of_place[2]
                continue
            after = _complement(text, tokens, words, j, table, p, construct=False, of=False)
            if after == j:
                break
            j = after_for = after
            continue
        break
    if head.quoted_only and p.quoted is None:
        # a brand is quoted; a state company is named by its parts: its field and a scope word
        # («الشركة العامة لموانئ ...») or, with no article, its nation («شركة المناطق الحرة الأردنية»)
        scoped = any(en in _STATE_SCOPE for en, _ in p.adjectives) or (p.nations and not definite)
        if not ((p.for_ or p.of or p.before) and scoped):
            return None
        if j < n and text[tokens[j - 1].end:tokens[j].start].strip()[:1] in QUOTES_OPEN:
            return None  # «شركة النفط الوطنية «بتروسين»»: the quoted brand after it is the company's name
    if head.needs_sport and not p.sport:
        if not (head.general_en and p.for_ and any(en == "General" for en, _ in p.adjectives)):
            return None
        head = head._replace(en=head.general_en)
        p.of, p.for_ = p.for_, []
    if head.for_reads_of and not p.for_place:
        p.of, p.for_ = p.of + p.for_, []
    if head.complements_en:
        renamed = head.complements_en
        p.of = [_WORD.sub(lambda m: renamed.get(m.group(), m.group()), phrase) for phrase in p.of]
    if j < n and spaced(j - 1, j) and (
            (words[j].startswith("لل") and len(words[j]) > 4)
            # «الجمعية المغربية لمصدري الحوامض»: ل + a noun in construct with a definite noun
            or (p.quoted is None and words[j].startswith("ل") and len(words[j]) > 3 and j + 1 < n and spaced(j, j + 1)
                and words[j + 1].startswith(_AL) and len(words[j + 1]) > 3)):
        return None  # «الهيئة العامة للمساحة»: the name goes on in words the table lacks; half a name is wrong
    if (p.for_ or p.of) and j < n and spaced(j - 1, j) and words[j].startswith(_AL) \
            and words[j].endswith(_NISBA) and words[j] not in _NOT_NISBA and by_start.get(tokens[j].start) is None:
        return None  # «للتعليم الثانوي»: a relative adjective the table lacks qualifies the complement
    if not (p.nations or p.place or p.before or p.of or p.for_ or p.quoted or p.owner):
        return None  # «اللجنة المشتركة»: a body the reader knows, not a name
    if head.needs_complement and not (p.of or p.for_ or p.quoted or p.before) \
            and not (j < n and words[j].startswith("ل")):
        # «الوكالة الروسية»: the news agency the story cites, no body of its own (a complement the
        # table lacks, «الوكالة الصومالية لإدارة الكوارث», still makes it one)
        return None
    if p.relational or (head.joint and len(p.nations) + len(p.for_nations) > 1):
        # «اللجنة المشتركة للمياه» is one named before; «اللجنة الأردنية السورية المشتركة» is the
        # two states' forum, and they are actors already (measured over all eval sets: 24 of 128
        # such names right, none in the sets from 100 on)
        return None
    name = _render(head, p, adjective_en, country_name)
    if name is None:
        return None
    code = p.place or p.for_place or (p.nations[0] if len(p.nations) == 1 else None) or p.brand_of \
        or (p.for_nations[0] if len(p.for_nations) == 1 else None)
    if p.owner:
        return OrgName(name, None, k, j - 1)  # a multi-state body
    if code is None and not (p.nations or p.for_nations):
        code = main()
        country = country_name(code) if code is not None and name in table.generic else None
        if country:
            name = f"{name} of {country}"  # «سلطة المياه» in a Jordanian story: Water Authority of Jordan
    return OrgName(name, code, k, j - 1)


def _nations_joined(text: str, tokens: list[Token], j: int, p: _Parse) -> bool:
    # «السودانية-الإريترية»: two nationalities joined by a hyphen, as a joint body's parties often are
    return bool(p.nations) and text[tokens[j - 1].end:tokens[j].start] in ("-", "–", "/")


def _workplace(text: str, tokens: list[Token], words: list[str], k: int, table: OrgTable) -> bool:
    """«المحلل في شركة ...»، «الباحث الاقتصادي بمؤسسة ...»: the body a commentator works at (a role
    word up to two words before «في», or before a head joined to ب)."""
    if words[k].startswith("ب"):
        at = k
    elif k > 0 and words[k - 1] == "في" and text[tokens[k - 1].end:tokens[k].start] == " ":
        at = k - 1
    else:
        return False
    return any(words[x] in table.commentators and text[tokens[x].end:tokens[x + 1].start] == " "
               for x in range(max(0, at - 2), at))


def _quoted(text, tokens, words, j, p: _Parse, spell, table: OrgTable | None = None) -> int:
    """A name of one to three words inside quotes right after the head."""
    for m in range(j, min(j + 3, len(tokens))):
        close = text[tokens[m].end:tokens[m].end + 1]
        if close in QUOTES_CLOSE:
            # a brand is one or two proper words; quoted Arabic wording («حفيت للقطارات») is no brand,
            # but a brand then its field («جيانغهاي للطاقة», «ميرال للبترول») is the brand and the
            # field in English (Jianghai Energy)
            inside = words[j:m + 1]
            if not all(text[tokens[x - 1].end:tokens[x].start] == " " for x in range(j + 1, m + 1)):
                return m + 1
            # ل + ال is written لل («للطاقة»), as in `_complement`
            field = table.complements.get(("ا" + inside[-1][1:],)) \
                if table is not None and len(inside) > 1 and inside[-1].startswith("لل") else None
            if field is not None and not field.sport and not any(w.startswith(("لل", "ال")) for w in inside[:-1]):
                brand, tail = inside[:-1], f" {field.en}"
            elif not any(w.startswith(("لل", "ال")) for w in inside[1:]):
                brand, tail = inside, ""
            else:
                return m + 1
            p.quoted = _hamza_not_article(text[tokens[j].start:tokens[j].start + 2], spell(brand)) + tail
            return m + 1
        if m > j and text[tokens[m - 1].end:tokens[m].start] != " ":
            break
    return j


def _hamza_not_article(opening: str, spelled: str) -> str:
    """«ألبا» is Alba: an alef with a hamza before ل is no article, which normalising hid ("al-Ba")."""
    if opening in ("أل", "إل") and spelled[:3].lower() in ("al-", "el-") and len(spelled) > 3:
        return spelled[:1].upper() + spelled[1:2] + spelled[3:4].lower() + spelled[4:]
    return spelled


def _complement(text, tokens, words, j, table: OrgTable, p: _Parse, construct: bool, of: bool) -> int:
    """A complement noun phrase at token `j`: nouns joined by «و», each with its own adjectives
    («للمنافذ البرية والبحرية»); the first takes ل unless it is a construct complement."""
    n = len(tokens)
    parts: list[str] = []
    sport = False
    first = True
    while j < n:
        w = words[j]
        readings = [w]
        if first:
            if not construct:
                if not w.startswith("ل") or len(w) < 4:
                    break
                # ل + ال is written لل («للنقل»); ل before a noun in construct keeps it («لكرة القدم»)
                readings = ["ا" + w[1:], w[1:]] if w.startswith("لل") else [w[1:]]
        else:
            if not (w.startswith("و") and len(w) > 3 and j > 0 and text[tokens[j - 1].end:tokens[j].start] == " "):
                break
            readings = [w[1:]]
        comp, size = None, 0
        for w in readings:
            comp, size = _match(table, [w, *words[j + 1:j + table.longest]])
            if comp is not None:
                break
        if comp is None or not all(text[tokens[x - 1].end:tokens[x].start] == " " for x in range(j + 1, j + size)):
            break
        adjs: list[str] = []
        m = j + size
        while m < n and text[tokens[m - 1].end:tokens[m].start] == " ":
            a = words[m]
            bare = a[1:] if a.startswith("و") and adjs else a
            if bare not in table.complement_adjectives:
                break
            adjs.append(table.complement_adjectives[bare])
            m += 1
        parts.append(f"{' and '.join(adjs)} {comp.en}" if adjs else comp.en)
        sport = sport or comp.sport
        j = m
        first = False
    if not parts:
        return j
    phrase = _and_list(parts)
    if sport:
        p.sport = True
        p.before.append(phrase)
    elif construct:
        (p.of if of else p.before).append(phrase)
    else:
        p.for_.append(phrase)
    return j


def _match(table: OrgTable, seq: list[str]) -> tuple[Complement | None, int]:
    for size in range(min(table.longest, len(seq)), 0, -1):
        comp = table.complements.get(tuple(seq[:size]))
        if comp is not None:
            return comp, size
    return None, 0


def _render(head: Head, p: _Parse, adjective_en, country_name) -> str | None:
    if head.bare and p.quoted:
        return p.quoted
    nations = [adjective_en(c) for c in p.nations]
    if any(a is None for a in nations):
        return None
    place = country_name(p.place) if p.place else None
    if p.place and not place:
        return None
    if place:
        # before the head a state is named bare ("Qatar Fund for Development"), not as after "of"
        place = place.removeprefix("the ")
    # Arabic puts the adjective nearest the noun first; English puts it last
    ranked = sorted(((rank, -i, en) for i, (en, rank) in enumerate(p.adjectives)))
    early = [en for rank, _, en in ranked if rank <= 1]
    late = [en for rank, _, en in ranked if rank > 1]
    parts = [*early[:1], *([place] if place else []), *(["-".join(a for a in nations if a)] if nations else []),
             *early[1:], *late, *([p.quoted] if p.quoted else []), *p.before,
             head.sport_en if p.sport and head.sport_en else head.en]
    if p.of:
        parts.append("of " + _and_list(p.of))
    if p.for_ and p.for_nations:
        peoples = [adjective_en(c) for c in p.for_nations]
        if not all(peoples):
            return None
        parts.append(f"of {_and_list(peoples)} " + _and_list(p.for_))
    elif p.for_:
        of = country_name(p.for_place) if p.for_place else None
        if p.for_place and not of:
            return None
        parts.append("for " + _and_list(p.for_) + (f" of {of}" if of else ""))
    if p.owner:
        parts.insert(0, p.owner)
    return " ".join(dict.fromkeys(parts))


def _and_list(phrases: list[str]) -> str:
    """English lists three or more with commas: Commerce, Industry and Agriculture."""
    return " and ".join(phrases) if len(phrases) < 3 else ", ".join(phrases[:-1]) + " and " + phrases[-1]
