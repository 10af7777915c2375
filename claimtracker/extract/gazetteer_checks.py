"""The checks a gazetteer match passes before it stands for its actor.

A surname inside another person's name is no match (whether a bare surname, a weak alias, stands
for its actor at all is `gazetteer_weak.py`); a place named after a preposition is
the place; an organisation named in passing ("UN inspectors"), or inside a person's title as their
affiliation ("Kremlin spokesman Dmitry Peskov"), is no actor; an everyday-word or acronym alias
needs its country in the text (`context_aliases.py`). `Gazetteer` (`gazetteer.py`) takes these methods from `ActorChecks`
and holds the data they read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz

from claimtracker.extract.affiliation_en import EnglishAffiliation
from claimtracker.extract.context_aliases import ContextAliases
from claimtracker.extract.name_bounds import NameBounds
from claimtracker.extract.phrases import (
    ar_keys,
    sentence_start,
    surface_ar,
    token_index,
)
from claimtracker.models import ActorRef
from claimtracker.text import normalize_text

if TYPE_CHECKING:
    from claimtracker.extract.countries import CountryFinder
    from claimtracker.extract.titles import TitleFinder


# ", a lecturer at", ", the head of": an apposition that describes the person just named
# "Paola Fontana, a ...", "…, mayor of ...", "… said": what follows two capitalised words that
# opens a sentence makes them a person's full name
_APPOSITION_AFTER_EN = re.compile(r",\s+(?:(?:a|an|the)\s+)?[a-z]|\s+(?:said|says|told)\b")


class ActorHit(NamedTuple):
    # a named tuple: tens are built per article, and a frozen dataclass's constructor cost a microsecond
    actor: ActorRef
    start: int  # offsets into the original text
    end: int


STRONG, WEAK = "strong", "weak"
# the prepositions that say where a post is held ("envoy to Sudan", «ممثل الأمين العام في الصومال»)
_POST_PREPOSITIONS = frozenset({"في", "لدي", "الي", "in", "to", "for"})  # normalised: إلى, لدى
_MARK = re.compile(r"[,،.;:!?؛؟\n]")
_NAME_REACH = 48  # characters: a name of up to five or six words


class ActorChecks(EnglishAffiliation, NameBounds, ContextAliases):
    """Checks on matched names; mixed into `Gazetteer`, whose tables they read."""

    # set by `Gazetteer.__init__`
    countries: CountryFinder
    titles: TitleFinder
    _aliases: dict[str, list[str]]
    _first_ar: dict[str, str]
    _surnames_ar: frozenset[str]  # words the gazetteer's people bear only as a surname
    _common: dict[str, set[str]]
    _attributive_en: frozenset[str]
    _event_orgs_en: frozenset[str]
    _event_before_en: tuple[str, ...]
    _attributive_ar: frozenset[str]
    _event_before_ar: frozenset[str]
    _event_orgs_ar: tuple[str, ...]
    _audience_en: tuple[str, ...]
    _audience_ar: frozenset[str]
    _royal: dict[str, frozenset[str]]
    _not_family_ar: frozenset[str]
    _links: dict[str, frozenset[str]]

    def country_actor(self, code: str) -> ActorRef | None:
        raise NotImplementedError  # `Gazetteer` has it

    def actor(self, actor_id: str) -> ActorRef | None:
        raise NotImplementedError  # `Gazetteer` has it

    def acting_actor(self, text: str, code: str, start: int, end: int, via: str | None) -> ActorRef | None:
        """The actor a country word text[start:end] makes act: its state ("Turkey will"), or the body
        its capital stands for (`CountryFinder.stands_for`: "Brussels wants" is the EU)."""
        body = self.countries.stands_for(text, start, end, via)
        return self.country_actor(code) if body is None else self.actor(body)

    def _add_states(self, text, lang, tokens, country_hits, spans) -> None:
        """States in the place of an acting subject ("Turkey will", «أعلنت تركيا») are actors of the
        text; a country named inside an organisation's or a person's name is not ("the Bank of
        Thailand is")."""
        inside = [(h.start, h.end) for h, _, _ in spans]
        codes = [h.actor.country for h, _, _ in spans if h.actor.country]
        for ch in self.countries.acting(text, lang, tokens, inside, country_hits, codes):
            ref = self.acting_actor(text, ch.code, ch.start, ch.end, ch.via)
            if ref is not None:
                i = token_index(tokens, ch.start, 1) or 0
                spans.append((ActorHit(ref, ch.start, ch.end), i, i + 1))

    def _in_passing_en(self, text: str, tokens, hit: ActorHit, i: int, j: int) -> bool:
        """An organisation named in passing: "UN inspectors", "during the UN General Assembly"."""
        if hit.actor.kind != "org":
            return False
        # "UN inspectors", "U.N. sanctions" (the full stop of the initials stands before the noun)
        if j < len(tokens) and tokens[j].text in self._attributive_en and text[hit.end:tokens[j].start] in (" ", ". "):
            return True
        if self._event_orgs_en.isdisjoint(hit.actor.name.split()):
            return False
        before = text[max(0, hit.start - 24):hit.start].rstrip()
        if before.endswith((" the", " The")):
            before = before[:-4].rstrip()
        return (" " + before).endswith(self._event_before_en)

    def _in_passing_ar(self, text: str, tokens, hit: ActorHit, i: int, j: int) -> bool:
        """«مفتشي الأمم المتحدة»، «على هامش الجمعية العامة»: the noun before the name governs it."""
        if hit.actor.kind != "org" or i == 0 or text[tokens[i - 1].end:tokens[i].start] != " ":
            return False
        prev = surface_ar(tokens[i - 1].text)
        if not self._attributive_ar.isdisjoint(prev):
            return True
        if self._event_before_ar.isdisjoint(prev):
            return False
        name = normalize_text(text[hit.start:hit.end]).strip()
        return name.startswith(self._event_orgs_ar)

    def _audience(self, text: str, start: int, lang: str) -> bool:
        """A body the text names as someone's audience: "told the National Assembly", «أمام البرلمان».
        What is said there is the speaker's claim; the body only listens."""
        before = text[max(0, start - 30):start].rstrip()
        if lang == "ar":
            words = before.split()
            return bool(words) and any(f in self._audience_ar for f in surface_ar(normalize_text(words[-1]).strip()))
        if before.endswith((" the", " The")):
            before = before[:-4].rstrip()
        return (" " + before).endswith(self._audience_en)

    def _surname_only(self, tokens, m, actor: ActorRef, lang: str) -> bool:
        """The match is (part of) the surname alone: "Philippe", «بن صالح», not the given name first."""
        if m.j - m.i == 1:
            return True
        if lang == "ar":
            first = self._first_ar.get(actor.actor_id)
            return first is None or first not in surface_ar(tokens[m.i].text)
        return tokens[m.i].text != actor.name.split()[0]

    def _inside_other_name(self, text: str, tokens, i: int, lang: str, heads: frozenset[str],
                           actor: ActorRef) -> bool:
        """A one-word name that is part of a longer name the gazetteer does not know.

        A neighbour that belongs to the actor's own name ("رجب أردوغان", "Tayyip Erdogan") is fine.
        """
        def joined(a: int, b: int) -> bool:
            return 0 <= a and b < len(tokens) and text[tokens[a].end:tokens[b].start] == " "

        if lang == "ar":
            own = normalize_text(actor.name_ar or "").split()
            if self._apposed_given(text, tokens, i, heads, own):
                return True
            if not joined(i - 1, i):
                return False
            prev = tokens[i - 1].text
            if i >= 2 and joined(i - 2, i - 1) and any(f in self._royal["ar"] for f in surface_ar(tokens[i - 2].text)) \
                    and actor.name_ar and actor.name_ar in text:
                # «يستقبل الأمير تميم أخنوش»: a monarch is named by his given name alone, and the
                # surname after it is the person the text named in full (the object)
                return False
            if self._given_name_before_family(text, tokens, i, heads, own):
                return True
            if i >= 2 and joined(i - 2, i - 1) and self._other_name_word(prev, heads, own) \
                    and not prev.startswith(("ال", "و")) and all(fuzz.ratio(prev, w) < 60 for w in own) \
                    and any(j == i - 1 for _, j in self.titles.title_spans(text, tokens, max(0, i - 5), i - 1, "ar")):
                # «الجنرال داغفين أندرسون»: a title, then a word that is not the known person's own,
                # then the surname: the title's holder is someone else of that surname (a word
                # spelled near the person's own given name is that name: «أسيمي» for «عاصمي»)
                return True
            if i >= 2 and joined(i - 2, i - 1) and self.titles.speech_verb_ar(tokens[i - 2].text) \
                    and self._other_name_word(prev, heads, own) and not prev.startswith(("ال", "و")) \
                    and all(fuzz.ratio(prev, w) < 60 for w in own):
                return True  # «وقال نوار الحلبي»: the word a speaker's name opens on is his own given name
            # «عبدالله بن محمد»: a compound given name, whose «عبد» the tokens part from the rest
            abd = i >= 2 and tokens[i - 2].text == "عبد" and text[tokens[i - 2].end:tokens[i - 1].start] in ("", " ")
            # a known given name before the link is another person's even when some gazetteer name
            # opens with it (the heads): «عماد بن صالح» is not Abdelkader Bensalah
            if tokens[i].text in self._links["ar"] and prev not in own \
                    and (prev in self.titles.any_given_names_ar() or (not any(k in heads for k in ar_keys(prev)) and (
                        abd or self._family_after(text, tokens, i + 1, heads, own)))):
                # «خميس بن راشد المعمري»: a name link opens the alias («بن راشد»), and the word
                # before it is the given name of a person whose name goes on after it
                return True
            if tokens[i].text.startswith("و") and not any(w.startswith("و") for w in own):
                return False  # «بوتين والشرع»: the conjunction starts a second name
            # a given name before it, or the second word of a compound name («عبد الحميد الجبوري»)
            # («حسام الدين رشوان»: «الدين» closes a compound given name whatever word opens it)
            compound = i >= 2 and joined(i - 2, i - 1) and (tokens[i - 2].text in _COMPOUND_AR or prev == "الدين")
            # («محمد الحبيب المرزوقي»: a given name written with the article counts too)
            given = prev in self.titles.any_given_names_ar() or self.titles.given_with_article_ar(prev)
            # a father's name between a given name and the surname («عباس جبر المالكي» is not Nouri)
            father = not given and i >= 2 and joined(i - 2, i - 1) and not prev.startswith(("ال", "و")) \
                and tokens[i - 2].text in self.titles.any_given_names_ar() and not self.titles.is_stopword(prev, "ar")
            # a head that is also a given name, written without the article, is the given name
            # («النائب رائد الكاظمي»: Raed, where the rank is «الرائد»)
            head = any(k in heads for k in ar_keys(prev)) and not (
                given and not prev.startswith("ال") and prev in self.titles.given_names_ar())
            # («محمد الأمين ولد سيدي»: after a given name, a title word with the article is the
            # second half of a compound given name, not a post)
            head = head and not (given and i >= 2 and joined(i - 2, i - 1)
                                 and tokens[i - 2].text in self.titles.given_names_ar())
            return ((given or compound or father) and prev not in own and prev.removeprefix("ال") not in own
                    and not head)

        own_en = set(actor.name.split())
        for alias in self._aliases.get(actor.actor_id, ()):
            own_en.update(alias.split())

        def name_word(k: int) -> bool:
            word = tokens[k].text
            return (word[:1].isupper() and not word.isupper() and word not in heads and word not in own_en
                    and not self.titles.is_stopword(word, "en") and not self.countries.is_country_phrase(word, "en"))

        if joined(i - 1, i) and name_word(i - 1) and (
                not sentence_start(text, tokens[i - 1].start) or _APPOSITION_AFTER_EN.match(text, tokens[i].end)):
            # ("Kamala Joshi, a hydropower analyst, said": at a sentence's start a capital proves
            # nothing, but an apposition after the two words makes them one person's full name)
            return True
        if i >= 2 and tokens[i - 1].text in ("Al", "El", "al", "el") and text[tokens[i - 1].end:tokens[i].start] == "-" \
                and joined(i - 2, i - 1) and name_word(i - 2) and not sentence_start(text, tokens[i - 2].start):
            # "Khalid Al-Mansouri" is not Wassim Mansouri; "Abdelfatah Al-Burhan" is Abdel Fattah al-Burhan
            given = tokens[i - 2].text.lower()
            words = actor.name.lower().split()
            return not any(fuzz.ratio(given, w) >= 75 for w in (*words, "".join(words[:2])))
        return joined(i, i + 1) and name_word(i + 1)

    def _apposed_given(self, text: str, tokens, i: int, heads: frozenset[str], own: list[str]) -> bool:
        """«المتحدث باسم الجماعة، باسيل نغابو، إن ...»: a bare surname that is also a given name,
        opening a two-word name set between commas, is that other person's given name."""
        if tokens[i].text not in self.titles.given_names_ar() or i == 0 or i + 2 >= len(tokens):
            return False
        if text[tokens[i - 1].end:tokens[i].start].strip(" »”\"") not in ("،", ",") \
                or text[tokens[i].end:tokens[i + 1].start] != " " \
                or text[tokens[i + 1].end:tokens[i + 2].start].strip() not in ("،", ","):
            return False
        nxt = tokens[i + 1].text
        return len(nxt) > 2 and not nxt.startswith(("ال", "و")) and self._other_name_word(nxt, heads, own)

    def _other_name_word(self, word: str, heads: frozenset[str], own: list[str]) -> bool:
        """A word that may be part of another person's name: not the actor's own, and no title,
        function word or state."""
        return (word not in own and not self.titles.is_stopword(word, "ar") and not any(k in heads for k in ar_keys(word))
                and not self.countries.is_country_phrase(word, "ar"))

    def _given_name_before_family(self, text: str, tokens, i: int, heads: frozenset[str], own: list[str]) -> bool:
        """«محمود العالول»: a bare Arabic surname that is also a common given name, right before a
        family name of its own (a word with the article that is no title, state, function or time
        word), is the given name of someone else."""
        word = tokens[i].text
        if word not in self.titles.given_names_ar() or word in self._surnames_ar or i + 1 >= len(tokens):
            return False
        if text[tokens[i].end:tokens[i + 1].start] != " ":
            return False
        return self._family_after(text, tokens, i, heads, own)

    def _family_after(self, text: str, tokens, i: int, heads: frozenset[str], own: list[str]) -> bool:
        """Whether the word right after token i (a space between) is a family name not in `own`:
        a word with the article that is no title, state, function or time word."""
        if i + 1 >= len(tokens) or text[tokens[i].end:tokens[i + 1].start] != " ":
            return False
        nxt = tokens[i + 1].text
        return (nxt.startswith("ال") and len(nxt) > 4 and self._other_name_word(nxt, heads, own)
                and nxt not in self._not_family_ar)

    def _affiliation(self, text, tokens, i: int, j: int, people: list[tuple[int, int]], lang: str) -> bool:
        """An organisation inside a named person's title is their affiliation, not a second actor.

        "المتحدث باسم الكرملين دميتري بيسكوف", "Kremlin spokesman Dmitry Peskov",
        "ديفيد هيل وكيل وزارة الخارجية الأميركية": the actor is the person. The organisation is
        tokens[i:j]; `people` are the people found, as (first, past-last) token indexes.
        """
        titles = self.titles.title_spans(text, tokens, max(0, i - 4), min(len(tokens), j + 4), lang)

        def joined(a: int, b: int) -> bool:
            # tokens a..b with nothing but spaces (and 's) between, and no "and"/"و" joining two actors
            for k in range(a, b):
                if text[tokens[k].end:tokens[k + 1].start] not in (" ", "'", "’"):
                    return False
                word = tokens[k + 1].text
                if k + 1 < b and (word in _JOINERS or (lang == "ar" and word.startswith("و"))):
                    return False
            return True

        def apposed(p: int) -> bool:
            # the name set off by commas right after the organisation: «المتحدث باسم الوزارة، فلان الفلاني،»
            # (a name is a few words: the next mark within them closes it); the title may end with
            # where the post is, before the comma: «الممثل الخاص للأمين العام للأمم المتحدة في الصومال، فلان،»
            if not j <= p <= j + 3 or text[tokens[p - 1].end:tokens[p].start].strip() not in (",", "،"):
                return False
            if p > j and not (tokens[j].text in _POST_PREPOSITIONS and text[tokens[j - 1].end:tokens[j].start] == " "
                              and joined(j, p - 1)):
                return False
            close = _MARK.search(text, tokens[p].end, tokens[p].end + _NAME_REACH)
            return close is not None and close.group() in (",", "،")

        if lang == "en" and self._role_after_name_en(text, tokens, i, j, titles, people):
            return True
        for ti, tj in titles:
            if lang == "ar" and self.titles.member_title_ar(tokens[ti].text):
                continue  # a member's party or movement acts on its own too
            # title, organisation, (adjective,) person: المتحدث باسم الكرملين دميتري بيسكوف; or a title
            # that runs into the organisation: رئيس المفوضية الوطنية العليا للانتخابات عماد ...
            # ("the council's leader, Reform UK's X": a comma closes the title, and the party opening
            # the apposition is the person's side, as before a title)
            if ti < i and (i - 2 <= tj <= i or tj <= j) and not _sentence_end(text, tokens[tj - 1].end, tokens[i].start) \
                    and not (lang == "en" and "," in text[tokens[tj - 1].end:tokens[i].start]) \
                    and any((j <= p <= j + 2 and joined(j - 1, p)) or apposed(p) for p, _ in people):
                return True
            # organisation, title, person: Kremlin spokesman Dmitry Peskov. In English a party or
            # company is a side itself ("Labour Party leader X"), unless its person only comments
            # ("Stonebridge economist X"); an organ of a state is always the post. Arabic puts the
            # post before its body, so there a title after a body starts its object or a new
            # subject: «تستضيف لجنة الزراعة النيابية وزيرة المالية طيف سامي»
            if lang != "ar" and j <= ti <= j + 3 and joined(j - 1, ti) and any(p == tj for p, _ in people) \
                    and self._employer_en(text, tokens, i, j, ti, tj):
                return True
            # person, title running into the organisation: ديفيد هيل وكيل وزارة الخارجية الأميركية
            # («فلان وممثل عن الاتحاد»: a title joined by «و» is a second party, not the person's post;
            # «يلتقي شحادة ممثلي البنك الدولي»: a plural title is whom the person meets)
            if ti < i <= tj + 1 and any(q == ti for _, q in people) \
                    and not (lang == "ar" and (self.titles.conjoined_title_ar(tokens[ti].text)
                                               or self.titles.plural_title_ar(tokens[ti].text))):
                return True
        return False


def _sentence_end(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends in text[start:end] ("... two Labour lawmakers said. Progress Party
    leader X": the title of one sentence is no post of the body opening the next)."""
    return any(c in text[start:end] for c in ".!?؟\n")


_JOINERS = frozenset({"and", "or", "but", "with", "to", "for", "from", "by", "of", "the", "a", "an", "as", "at", "in", "on",
            "مع", "في", "او", "ثم", "من", "الى", "على", "عن"})
# the first words of Arabic compound names: the word after one belongs to the name
_COMPOUND_AR = frozenset({"عبد", "ابو", "بن", "ابن"})
_LOCATIVE_AR = frozenset({"في", "داخل", "امام", "الى", "من"})
_LOCATIVE_EN = frozenset({"in", "at", "inside", "outside", "to", "from"})
# before a bare English surname, the prepositions that make it a place's name ("a by-election in
# Kerry"); not "to" or "from", which a person takes as often ("a letter to Kerry")
PLACE_BEFORE_SURNAME_EN = (_LOCATIVE_EN - {"to", "from"}) | {"near"}


def is_locative(word: str, lang: str) -> bool:
    if lang == "en":
        return word in _LOCATIVE_EN
    return word in _LOCATIVE_AR or (len(word) > 2 and word[0] in "بف" and word[1:] in _LOCATIVE_AR)


# the particles a hyphen joins to a surname ("al-Burhan", "Ould-Abdallah"): the name goes on
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ed", "as", "es", "ash", "at", "az", "an", "ar", "abu", "bin", "ben",
                             "ibn", "ould", "ait", "bou", "ag"})
_HYPHEN_BEFORE = re.compile(r"(\w+)-$")


def hyphened(text: str, start: int, end: int) -> bool:
    """Whether a hyphen joins text[start:end] to another word that is no name particle."""
    if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha():
        return True
    before = _HYPHEN_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).lower() not in _NAME_PARTICLES
