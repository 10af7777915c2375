"""English title patterns: people the gazetteer does not know, named beside a title or a speech verb.

A title then a capitalised name ("Iraqi Prime Minister Mohammed Shia al-Sudani"), a name before
or after a speech verb ("said Gerardo Blyde", "Blyde said"), or a name with a title in apposition
("Gerardo Blyde, the opposition's chief negotiator,"). Month names, places, organisations and
sentence-initial common words are kept out by the word lists in the data. `TitleFinder`
(`titles.py`) takes these methods from `EnglishTitles` and holds the word lists they read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress

from claimtracker.extract.names_index import NameMatch
from claimtracker.extract.native import trait
from claimtracker.extract.phrases import Token, gap_ok, token_index
from claimtracker.extract.titles_en_names import EnglishNameWords
from claimtracker.extract.titles_hit import TitleHit

_COMMA = re.compile(", ")
# how far a comma-bound apposition between a name and its speech verb may run, and what ends it first
_APPOSITION_REACH = 90
_APPOSITION_BREAKS = (".", ";", ":", "\"", "“", "”", "(", "\n")
_OF_BODY = re.compile(r" of the (?=[A-Z])")  # a literal first: the search skips ahead fast
_RUN = re.compile(r"[A-Za-z0-9]+")  # an English token on ASCII text (`phrases.tokenize_words`)
# "the council's leader, Reform UK's Stephen Atkinson, said": a party's or body's possessive between
# the opening comma and the name it qualifies
_OPENS_WITH_POSSESSIVE = re.compile(r", (?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*['’]s $")
_CLAUSE_END = re.compile(r"[,.;:!?\"“”()\n]")
_PLACE_PREPOSITIONS = frozenset({"to", "in", "near", "at", "from", "into", "towards", "toward", "via"})
_REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


@trait
class EnglishTitles(EnglishNameWords):
    """The English rules; mixed into `TitleFinder`, whose word lists they read."""

    # set by `TitleFinder.__init__` (with those `EnglishNameWords` declares)
    _royal: dict[str, frozenset[str]]
    _en_plural_titles: frozenset[str]
    _en_place_of: frozenset[str]
    _en_title_of: frozenset[str]
    _en_verbs_before: frozenset[str]
    _en_triggers: frozenset[str]

    def _country_in(self, country_hits: Iterable, start: int, end: int) -> str | None:
        raise NotImplementedError  # `TitleFinder` has it

    def _find_en(self, text, tokens, words, at, country_hits, taken) -> list[TitleHit]:
        hits: list[TitleHit] = []
        places = [(h.start, h.end) for h in country_hits]
        cities = [(h.start, h.end) for h in country_hits if h.via == "capital"]
        seen: set[tuple[int, int]] = set()

        def add(span: list[int], country: str | None, after_title: bool = False) -> None:
            rank = self._titles["en"].match_at(text, tokens, span[0])
            if rank is not None and span[-1] - rank.j >= 1 and rank.j > span[0]:
                span = span[rank.j - span[0]:]  # "the force's commander, Air Vice-Marshal X Y,": the rank is no name
            start, end = tokens[span[0]].start, tokens[span[-1]].end
            if text[end:end + 2] == " (" and span[-1] + 1 < len(tokens) and tokens[span[-1] + 1].text.isupper():
                return  # "Official Cash Rate (OCR)": a term with its acronym, not a person
            if (start, end) in seen or any(s < end and start < e for s, e in taken):
                return
            k = span[-1] + 1
            if k < len(tokens) and text[end:tokens[k].start] == " " and tokens[k].text in self._en_org:
                return  # "a consortium led by Varnholt Shipping Company": the words name a body
            # right after a title, a place's name followed by a surname is a given name ("Defence
            # Minister Wellington Koo")
            first_only = after_title and len(span) >= 2
            # and a word no place has, then a city's name, is a given name and a surname
            # ("Electoral Commissioner Simon Sinai")
            city_surname = first_only and any(tokens[span[0]].end <= s < end for s, _ in cities) \
                and not any(s < tokens[span[0]].end and start < e for s, e in places)
            if not city_surname and any(s < end and start < e and not (first_only and start <= s and e <= tokens[span[0]].end)
                                        for s, e in places):
                return
            if any(h.start < end and start < h.end for h in hits):
                return  # "Rebel commander Abu Omar al-Halabi said": one person, read once (the title's reading)
            seen.add((start, end))
            hits.append(TitleHit(text[start:end], None, country, start, end))

        # a name that starts where a known actor starts, or ends where one ends, overlaps it: no need
        # to read it ("Foreign Minister Hakan Fidan", "Sergei Lavrov said"). A particle at that end
        # could be dropped from the name, so the shortcut is only taken without one.
        particles = self._en_particles
        taken_starts = {s for s, _ in taken}
        taken_ends = {e for _, e in taken}

        def known_from(k: int) -> bool:
            return tokens[k].start in taken_starts and words[k] not in particles

        def known_to(k: int) -> bool:
            return tokens[k].end in taken_ends and words[k] not in particles

        # title before the name: "Iraqi Prime Minister Mohammed Shia al-Sudani"
        royal = self._royal["en"]
        index = self._titles["en"]
        for m in index.find(text, tokens, words, at):
            # titles stack: "chief mediator", "senior economist", "deputy head": the name follows the last
            while m.j < len(tokens) and text[tokens[m.j - 1].end:tokens[m.j].start] == " " \
                    and index.may_start(words[m.j]):
                nxt = index.match_at(text, tokens, m.j)
                if nxt is None:
                    break
                m = NameMatch(m.i, nxt.j, m.start, nxt.end, m.payloads)
            if self._retired_mark(text, tokens, m.j):
                # "Lt Gen (retd) Imran Qadir": the bracketed mark stands between the rank and the name
                m = NameMatch(m.i, m.j + 1, m.start, tokens[m.j].end, m.payloads)
            if m.j < len(tokens) and words[m.j] in self._en_title_of and not known_from(m.j):
                # "the envoy on Myanmar, Ramon Ocampo,": the title's own phrase, then the name between commas
                span = self._apposed_en(text, tokens, words, m.j) or self._after_portfolio_en(text, tokens, m.j)
                if len(span) >= 2 and not known_from(span[0]):
                    # "ambassador to Egypt", "envoy on Myanmar": the state the post faces is not the holder's
                    end = tokens[m.j - 1].end if words[m.j] in _TARGET_PREPOSITIONS else tokens[span[0]].start
                    add(span, self._country_in(country_hits, tokens[max(0, m.i - 3)].start, end))
                continue
            if m.j < len(tokens) and words[m.j - 1] in self._en_plural_titles:
                # "Foreign ministers Ana Lopes and Tomas Reval": a plural title names two people
                for span in self._pair_en(text, tokens, m.j, known_from, taken_ends):
                    add(span, None, after_title=True)
            if m.j >= len(tokens) or not words[m.j][:1].isupper() or known_from(m.j):
                continue  # "official figures": no name follows
            span = self._name_en(text, tokens, m.j, forward=True)
            if len(span) == 1 and tokens[m.j - 1].text in royal and tokens[m.j - 1].text[:1].isupper():
                # a monarch is named by one given name and maybe a numeral: "King Philippe", "Queen Margrethe II"
                k = span[0] + 1
                if k < len(tokens) and tokens[k].text in _REGNAL and text[tokens[k - 1].end:tokens[k].start] == " ":
                    span.append(k)
                start, end = tokens[span[0]].start, tokens[span[-1]].end
                if (start, end) in seen or any(s < end and start < e for s, e in taken):
                    continue
                if any(s < end and start < e for s, e in places):
                    continue
                seen.add((start, end))
                title = text[tokens[m.i].start:tokens[m.j - 1].end]
                lo = max(0, m.i - 3)
                country = self._country_in(country_hits, tokens[lo].start, tokens[m.j - 1].end)
                hits.append(TitleHit(f"{title} {text[start:end]}", None, country, start, end))
                continue
            if len(span) >= 2:
                lo = max(0, m.i - 3)
                country = self._country_in(country_hits, tokens[lo].start, tokens[m.j - 1].end)
                add(span, country, after_title=True)
            # apposition: "Gerardo Blyde, the opposition's chief negotiator"
        comma_at = {m.start() for m in _COMMA.finditer(text)}
        triggers = self._en_triggers
        # only a trigger word (in `at`) or a capitalised word before ", " can start one
        starts = set(compress(at, map(triggers.__contains__, map(words.__getitem__, at))))
        # on ASCII text the tokens are the runs of letters and digits: the first letter of the one
        # before a comma is the last of the run read backwards from the comma, so only the
        # capitalised ones need the token search
        backwards = text[::-1] if text.isascii() else None
        for p in comma_at:
            if backwards is not None:
                run = _RUN.match(backwards, len(text) - p)
                if run is None or not (run.group()[-1].isupper() or backwards[run.end():run.end() + 1] == "-"):
                    continue
            i = token_index(tokens, p, 2)
            if i is not None and (words[i][:1].isupper() or (
                    i > 0 and self._hyphen_part(text, tokens[i - 1], tokens[i], words[i]))):
                starts.add(i)  # (a name may end on the lowercase half of "Yu-ting")
        for i in sorted(starts):
            tok = tokens[i]
            word = tok.text
            if word in self._en_verbs_after and i > 0 and gap_ok(text, tokens[i - 1].end, tok.start, "en"):
                # most speech verbs follow a lowercase word ("officials said"): no name ends there;
                # a perfect tense's auxiliary stands between ("Ana Ruiz has said")
                e = i - 2 if i > 1 and words[i - 1] in _PERFECT and text[tokens[i - 2].end:tokens[i - 1].start] == " " \
                    else i - 1
                span = self._name_en(text, tokens, e, forward=False) \
                    if words[e][:1].isupper() and not known_to(e) else []
                if len(span) >= 2 and not _after_article(text, tokens, span[0]) \
                        and not (span[0] > 0 and words[span[0] - 1] in self._en_place_of) \
                        and not self._body_complement(tokens, span[0]):
                    add(span, None)
            elif word in self._en_verbs_before and i + 1 < len(tokens):
                j = i + 1
                if tokens[j].text == "to" and word == "according":
                    j += 1
                if j < len(tokens) and text[tokens[j - 1].end:tokens[j].start] in (" ", ", ") and not known_from(j):
                    span = self._name_en(text, tokens, j, forward=True)
                    if len(span) >= 2:
                        add(span, None)
            elif tok.end in comma_at and i + 1 < len(tokens):
                # "Name, (the|a) ... Title" within a few words
                span = self._name_en(text, tokens, i, forward=False) if not known_to(i) else []
                k = i + 1
                if k + 1 < len(tokens) and _AGE.fullmatch(words[k]) and text[tokens[k].end:tokens[k + 1].start] == ", ":
                    k += 1  # "Jean Ping, 73, Bongo's main election rival": the age before the title
                if len(span) >= 2 and not _after_article(text, tokens, span[0]) \
                        and self._title_within(text, tokens, k, _reach(words, k)) \
                        and not self._place_before_source(text, tokens, span[0], tok.end):
                    lo, hi = tokens[k].start, tokens[min(k + 6, len(tokens) - 1)].end
                    add(span, self._country_in(country_hits, lo, hi))
                elif len(span) >= 2 and not _after_article(text, tokens, span[0]) and self._speaks_after(text, tok.end) \
                        and not (span[0] > 0 and words[span[0] - 1] in self._en_place_of):
                    # "Thomas Kila, who led the talks, said": the apposition's speaker ("the mayor of
                    # Frontera Comalapa, Rosa Villatoro, said": after "of" the words are where)
                    add(span, None)
                elif len(span) >= 2 and not _after_article(text, tokens, span[0]) \
                        and self._set_off_speaker(text, tokens[span[0]].start, tok.end) \
                        and not (span[0] > 0 and tokens[span[0] - 1].text.capitalize() in self._en_org):
                    # "…, one of them, Hone Tamihana, told reporters": the speaker set off by commas
                    # ("a local environmental group, Taza Balkhash, said" names a body, not a person)
                    add(span, None)
        for of in _OF_BODY.finditer(text):
            # "Kizza Wamala of the Forum for Democratic Change": a person named by the body he
            # belongs to, whose name holds an organisation word within a few capitalised words
            i = token_index(tokens, of.start(), 2)  # the word the name ends on; "of" and "the" follow
            # (None also where a mark, not a word, stands before "of")
            if i is None or i + 3 >= len(tokens) or known_to(i) or not self._org_after_en(text, tokens, i + 3):
                continue
            span = self._name_en(text, tokens, i, forward=False)
            if 2 <= len(span) <= 3 and all(len(tokens[t].text) > 1 for t in span) \
                    and not _after_article(text, tokens, span[0]) \
                    and (span[0] == 0 or tokens[span[0] - 1].text not in self._en_org):
                add(span, None)
        return hits

    def _body_complement(self, tokens: list[Token], k: int) -> bool:
        """The words from k are the complement of a body's name ("the United Liberation Movement for
        West Papua said"): "for" or "of" stands before them, an organisation word before that."""
        return k >= 2 and tokens[k - 1].text in ("for", "of") and tokens[k - 2].text in self._en_org

    def _set_off_speaker(self, text: str, start: int, comma: int) -> bool:
        """Whether the name from `start` to the comma at `comma` stands between two commas with a
        speech verb right after the second ("the two lawmakers, one of them, Ana Ruiz, said"); a
        party's possessive may open the apposition ("the council's leader, Reform UK's Ana Ruiz, said")."""
        verb = _RUN.match(text, comma + 2)
        return text.startswith(", ", comma) \
            and (text.endswith(", ", 0, start) or _OPENS_WITH_POSSESSIVE.search(text, max(0, start - 60), start) is not None) \
            and verb is not None and verb.group() in self._en_verbs_after

    def _place_before_source(self, text: str, tokens: list[Token], first: int, comma: int) -> bool:
        """"a branch line to Nakhon Phanom, a Thai transport official said": after a preposition of
        place, the words before a comma are where, and the phrase after it, running into a speech
        verb with no comma of its own, is the sentence's source, not the place's apposition."""
        if first == 0 or tokens[first - 1].text not in _PLACE_PREPOSITIONS:
            return False
        end = _CLAUSE_END.search(text, comma + 2)
        words = _RUN.findall(text, comma + 2, end.start() if end else len(text))
        return bool(words) and words[-1] in self._en_verbs_after

    def _speaks_after(self, text: str, comma: int) -> bool:
        """Whether the apposition opened by the comma at `comma` closes on another comma within a
        dozen words, with a speech verb right after it ("…, a bishop who led the talks, said")."""
        close = text.find(", ", comma + 2, comma + _APPOSITION_REACH)
        if close < 0 or any(c in text[comma + 2:close] for c in _APPOSITION_BREAKS):
            return False
        verb = _RUN.match(text, close + 2)
        return verb is not None and verb.group() in self._en_verbs_after

    def _org_after_en(self, text: str, tokens: list[Token], k: int) -> bool:
        """Whether the capitalised words from token k (after "of the") name a body: an
        organisation word among the first four, with no punctuation before it."""
        for j in range(k, min(k + 4, len(tokens))):
            if j > k and text[tokens[j - 1].end:tokens[j].start] != " ":
                return False
            if not tokens[j].text[:1].isupper():
                return False
            # the word ends the run, as a head noun does ("... Platform will", "Forces for"),
            # not an adjective inside a place's name ("the Central Asia-China pipeline")
            if tokens[j].text in self._en_org and (
                    j + 1 >= len(tokens) or text[tokens[j].end:tokens[j + 1].start] != " "
                    or not tokens[j + 1].text[:1].isupper()):
                return True
        return False

    def _pair_en(self, text: str, tokens: list[Token], k: int, known_from, taken_ends: set[int]) -> list[list[int]]:
        """The two names after a plural title at k, joined by "and": each a run of two or three name
        words, or a known name (kept by the gazetteer, so not returned)."""
        n = len(tokens)
        first = [] if known_from(k) else self._name_en(text, tokens, k, forward=True)
        j = k
        if first:
            j = first[-1] + 1
        else:
            while j < n and tokens[j].end not in taken_ends and j - k < 4:
                j += 1
            j += 1  # past the known name's last token
        if not (known_from(k) or 2 <= len(first) <= 3) or j + 1 >= n or tokens[j].text != "and" \
                or text[tokens[j - 1].end:tokens[j].start] != " " or text[tokens[j].end:tokens[j + 1].start] != " ":
            return []
        second = [] if known_from(j + 1) else self._name_en(text, tokens, j + 1, forward=True)
        out = [first] if first else []
        if 2 <= len(second) <= 3:
            out.append(second)
        return out if len(out) == 2 or (out and known_from(k)) or (out and known_from(j + 1)) else []

    def _apposed_en(self, text: str, tokens: list[Token], words: list[str], k: int) -> list[int]:
        """The name set off by commas after a title's prepositional phrase ("special envoy on
        Myanmar, Ramon Ocampo, will travel"), or nothing. The phrase is a few words with no
        punctuation but a body's acronym in brackets; only a name closed by a second comma
        counts, as in the Arabic rule."""
        for j in range(k + 1, min(k + _PHRASE_WORDS, len(tokens))):
            gap = text[tokens[j - 1].end:tokens[j].start]
            if gap == " (" and tokens[j].text.isupper() and text.startswith(")", tokens[j].end):
                continue  # "the UN Regional Office for Central Africa (UNOCA), Abdou Abarry,": the body's acronym
            if gap in (", ", "), "):
                span = self._name_en(text, tokens, j, forward=True)
                closed = bool(span) and text[tokens[span[-1]].end:tokens[span[-1]].end + 1] == ","
                return span if closed else []
            if gap in ("'", "’") and tokens[j].text == "s":
                continue  # "the head of Khorog's city administration": a possessive split off its name
            if gap not in (" ", "'s ", "’s ", "' ", "’ ", "-"):
                return []  # ("the port workers' union": a plural's possessive mark is in the phrase)
        return []

    def _after_portfolio_en(self, text: str, tokens: list[Token], k: int) -> list[int]:
        """The name right after a title's capitalised portfolio ("Minister for Reintegration Roman
        Rosca", "Commissioner for Trade and Industry Ana Lopes", "Chairman of the Cabinet X"): the portfolio is the word after
        the preposition, with the words joined to it by "and" and the office words that are no
        name ("Foreign Affairs"); the name is the run of two or three name words after it."""
        j = k + 1
        if j + 1 < len(tokens) and tokens[j].text == "the" and text[tokens[j].end:tokens[j + 1].start] == " ":
            j += 1  # "Deputy Chairman of the Cabinet Erlan Sadykov", "Speaker of the House X"
        if j >= len(tokens) or text[tokens[j - 1].end:tokens[j].start] != " " or not tokens[j].text[:1].isupper():
            return []
        j += 1
        while j + 1 < len(tokens) and text[tokens[j - 1].end:tokens[j].start] == " " and (
                tokens[j].text == "and" or (tokens[j].text[:1].isupper() and not self._name_word_en(tokens[j].text))) \
                and tokens[j + 1].text[:1].isupper():
            j += 2 if tokens[j].text == "and" else 1
        if j >= len(tokens) or text[tokens[j - 1].end:tokens[j].start] != " ":
            return []
        span = self._name_en(text, tokens, j, forward=True)
        return span if 2 <= len(span) <= 3 else []

# how many words after "Name," a title may stand: six, and eight in a description that opens with
# an article ("X, the opposition New Patriotic Party's ranking member": a party's name before the
# title), not in a clause ("North America, spoke in Ottawa after meeting Prime Minister Y")
_APPOSITION_WORDS = 6
# how many words a title's prepositional phrase may run before its name set off by commas: a
# body's full name ("the head of the UN Regional Office for Central Africa, X,") takes eight
_PHRASE_WORDS = 11
_AGE = re.compile(r"(?:1[89]|[2-9]\d|10\d)")
_DESCRIPTION_WORDS = 8
_ARTICLES = frozenset({"the", "a", "an", "The", "A", "An"})
# prepositions of a title's phrase that name what the post faces, not whose it is
_TARGET_PREPOSITIONS = frozenset({"to", "on", "for"})
_PERFECT = frozenset({"has", "had", "have"})


def _reach(words: list[str], k: int) -> int:
    return _DESCRIPTION_WORDS if k < len(words) and words[k] in _ARTICLES else _APPOSITION_WORDS


def _after_article(text: str, tokens: list[Token], k: int) -> bool:
    """Whether "the" stands right before token k: English puts no article before a person's name,
    so "the Caricom Secretariat said" names a body ("the late" and other adjectives come between)."""
    return k > 0 and tokens[k - 1].text in ("the", "The") and text[tokens[k - 1].end:tokens[k].start] == " "
