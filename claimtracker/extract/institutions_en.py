"""English state institutions the gazetteer does not list: "<Body> of <Country>" after a
nationality adjective or a possessive country, ministries with their portfolios, bodies of the
text's own state, and central banks (mixed into `institutions.InstitutionFinder`, whose tables
they read; the Arabic half is `institutions_ar.py`)."""

from __future__ import annotations

from claimtracker.extract.central_banks_en import CentralBankWords, central_banks_en
from claimtracker.extract.institutions_ar import InstitutionHit
from claimtracker.extract.phrases import Token

# capitalised words a body's name may carry before its head ("Civil Aviation Authority of Nepal")
_MAX_DESCRIPTORS = 3
# the last words of chambers' gazetteer names that are no head here ("Ohio House", "Kansas
# Legislature"): before a race noun they name a race too
_CHAMBER_NAME_ENDS = frozenset({"House", "Legislature"})


class EnglishInstitutions:
    """The English half of `InstitutionFinder`; its tables are set by `InstitutionFinder.__init__`."""

    _heads_en: frozenset[str]
    _words_en: frozenset[str]
    _joiners_en: frozenset[str]
    _free_heads_en: frozenset[str]
    _of_heads_en: frozenset[str]
    _police_names_en: frozenset[str]
    _bare_heads_en: frozenset[str]
    _own_name_ministries_en: frozenset[str]
    _bank_verbs_en: frozenset[str]
    _euro_area: frozenset[str]
    _euro_bank: str | None
    _legislature_heads_en: frozenset[str]
    _race_nouns_en: frozenset[str]
    _generic_words_en: frozenset[str]
    _generic_bodies_en: frozenset[str]
    _state_heads_en: frozenset[str]
    _state_bodies_en: frozenset[str]
    _court_venues_en: frozenset[str]
    _source_words_en: frozenset[str]
    _portfolio_heads_en: frozenset[str]
    _portfolio_stops_en: frozenset[str]
    _descriptor_stops_en: frozenset[str]

    def legislature(self, code: str, country: str) -> str:
        raise NotImplementedError  # `InstitutionFinder` has it

    def chamber_name(self, surface: str, code: str, country: str) -> str:
        """A state's chamber by the word the text gives it: "Parliament" is its legislature's own
        name (Folketing, Parliament of Kenya), another word "<Word> of <Country>" (Senate of Chile)."""
        return self.legislature(code, country) if surface == "Parliament" else f"{surface} of {country}"

    def race_after_chamber(self, words: list[str], k: int) -> bool:
        """Whether the chamber named up to words[k - 1] is followed by a race noun, a seat or a race
        in it and not the body ("a vacant Ohio House seat", "the Kansas Senate race")."""
        return 0 < k < len(words) and words[k] in self._race_nouns_en \
            and (words[k - 1] in self._legislature_heads_en or words[k - 1] in _CHAMBER_NAME_ENDS)

    def _find_en(self, text, tokens, words, at, country_hits, main, country_name, central_bank) -> list[InstitutionHit]:
        out: list[InstitutionHit] = []
        heads = [k for k in at if words[k] in self._heads_en]
        central = [k for k in at if words[k] == "central" and k + 1 < len(words) and words[k + 1] == "bank"]
        if not heads and not central:
            return out
        by_start = {h.start: h for h in country_hits}
        by_end = {h.end: h for h in country_hits}
        n = len(tokens)

        def spaced(a: int, b: int) -> bool:
            return text[tokens[a].end:tokens[b].start] == " "

        def first_at(offset: int, k: int) -> int:
            while k > 0 and tokens[k].start > offset:
                k -= 1
            return k

        last = -1
        for k in heads:
            if k <= last:
                continue
            if k + 1 < n and spaced(k, k + 1) and self.race_after_chamber(words, k + 1):
                continue  # "the Republican Senate primary", "a House seat": a race for the chamber
            lo, country, owner, possessed = k, None, None, False
            while lo > 0 and spaced(lo - 1, lo):
                w = words[lo - 1]
                if w in self._words_en:
                    lo -= 1
                    continue
                if w == "s" and lo > 1 and text[tokens[lo - 2].end:tokens[lo - 1].start] in ("'", "’"):
                    if words[lo - 2] + "'s" in self._words_en:
                        lo -= 2  # "People's Party"
                        continue
                    h = by_end.get(tokens[lo - 2].end)
                    if h is not None and h.via == "name":
                        owner = h  # "Nigeria's Senate": named below as the Senate of Nigeria
                    possessed = words[lo - 2][:1].isupper()
                    break
                h = by_end.get(tokens[lo - 1].end)
                if h is not None and h.via in ("name", "adjective"):
                    country = h
                    lo = first_at(h.start, lo - 1)
                break
            if country is None and owner is None:
                lo = self._generic_opening(words, lo, k, spaced)
            if country is None and owner is None and lo > 0 and words[lo - 1].endswith("s") \
                    and text[tokens[lo - 1].end:tokens[lo].start] in ("' ", "’ "):
                # "Honduras' National Congress": a name ending in s takes the apostrophe alone
                h = by_end.get(tokens[lo - 1].end)
                if h is not None and h.via == "name":
                    owner, possessed = h, True
            before = country
            hi = k
            j = k + 1
            if words[k] == "Bank" and j < n and spaced(k, j):
                h = by_start.get(tokens[j].start)
                if h is not None and h.via == "name" and country is None:  # "Bank Indonesia"
                    country = h
                    while hi + 1 < n and tokens[hi + 1].end <= h.end:
                        hi += 1
                    j = n
            while j < n and words[j] == "of" and spaced(j - 1, j):
                j2 = j + 1
                if j2 < n and words[j2] == "the" and spaced(j, j2):
                    j2 += 1
                if j2 >= n or not spaced(j2 - 1, j2):
                    break
                h = by_start.get(tokens[j2].start)
                if h is not None and h.via == "name" and country is None:
                    country = h
                    hi = j2
                    while hi + 1 < n and tokens[hi + 1].end <= h.end:
                        hi += 1
                    break
                j3 = j2
                while j3 < n and (spaced(j3 - 1, j3) or self._listed_portfolio(text, tokens, j3, words[k])) \
                        and (j3 == j2 or tokens[j3].start not in by_start):
                    if self._portfolio_word(words[j3], words[k]):
                        j3 += 1
                    elif words[j3] == "and" and j3 > j2 and words[k] in self._portfolio_heads_en \
                            and j3 + 1 < n and spaced(j3, j3 + 1) and tokens[j3 + 1].start not in by_start \
                            and self._portfolio_word(words[j3 + 1], words[k]):
                        j3 += 2  # "the Ministry of Mines and Energy": one portfolio of two words
                    else:
                        break
                if j3 == j2 or words[j3 - 1] in self._joiners_en:
                    break
                hi, j = j3 - 1, j3
            if words[k] != "Party" and self.unread_complement(text, tokens, hi, by_start):
                # "the Mexican Chamber of Tourism": a name this table cannot read to its end; a
                # party's of-complement is its leader ("the Communist Party of Pushpa Kamal Dahal")
                continue
            if before is None and country is not None and owner is None:
                lo = self._descriptors_before(text, tokens, lo, by_end, spaced)
            while lo < k and words[lo] in self._joiners_en:
                lo += 1
            if owner is not None and country is None and words[k] not in self._of_heads_en \
                    and (words[k] in self._free_heads_en or words[k] in self._state_heads_en):
                name = country_name(owner.code)
                if name:
                    surface = text[tokens[lo].start:tokens[hi].end]
                    out.append(InstitutionHit(f"{surface} of {name}", owner.code, tokens[lo].start, tokens[hi].end))
                    last = hi
                continue
            if hi > k and hi + 1 < n and spaced(hi, hi + 1) and words[hi + 1][:1].isupper() \
                    and tokens[hi + 1].start not in by_start and words[hi + 1] not in self._portfolio_stops_en:
                continue  # "the Alliance of Independent Social Democrats": a longer name of its own
            if country is None and lo == k and (
                    (words[k] == "Ministry" and hi > k)
                    or (words[k] in self._free_heads_en and k > 0 and words[k - 1].lower() == "the"
                        and (hi > k or words[k] in self._bare_heads_en))):
                # "the Ministry of Foreign Affairs said", "the Chamber of Deputies", "the Senate":
                # that body of the country the text is about ("Kenya's Ministry of Energy": Kenya's)
                code = owner.code if owner is not None else main()
                name = country_name(code) if code else None
                if name:
                    surface = text[tokens[lo].start:tokens[hi].end]
                    # a British ministry's name is its own ("the Ministry of Defence"), as the golds write it
                    own = words[k] == "Ministry" and code in self._own_name_ministries_en
                    out.append(InstitutionHit(surface if own else f"{surface} of {name}", code,
                                              tokens[lo].start, tokens[hi].end))
                    last = hi
                continue
            if country is None:
                generic = hi == k and lo < k and all(w in self._generic_words_en for w in words[lo:k]) and (
                    words[k] in self._legislature_heads_en
                    or (words[k] in self._state_heads_en and self._court_asked(words, lo, spaced)))
                if (words[k] not in self._free_heads_en and not generic) or lo == k:
                    continue
                if all(w in self._heads_en or w in self._joiners_en for w in words[lo:hi + 1]):
                    continue
                code = main()
                if code is None:
                    continue
                if generic \
                        or text[tokens[lo].start:tokens[hi].end] in self._generic_bodies_en:
                    # "the National Assembly", "the Legislative Assembly": a name every other state's
                    # chamber bears too, so it is told apart by its country (National Assembly of Kenya);
                    # a region's ("Republika Srpska's National Assembly") is not the state's
                    name = country_name(code)
                    if name and not (possessed and owner is None):
                        surface = text[tokens[lo].start:tokens[hi].end]
                        out.append(InstitutionHit(f"{surface} of {name}", code, tokens[lo].start, tokens[hi].end))
                        last = hi
                    continue
            else:
                code = country.code
                if country is before and words[k] in self._of_heads_en and not (
                        words[k] == "Police" and any(w in self._police_names_en for w in words[lo:k])):
                    # "the Sudanese army", "Turkish Defence Ministry": named in passing; a police
                    # force's own name is not ("the Australian Federal Police said")
                    continue
                if country is before and hi == k and tokens[lo].start == country.start and k - lo < 1:  # type: ignore[union-attr]
                    continue
                adjective = country is before and country.via == "adjective"  # type: ignore[union-attr]
                if adjective and (words[k] in self._state_heads_en
                                  or text[tokens[k].start:tokens[hi].end] in self._state_bodies_en):
                    # "the Kenyan Parliament", "the Chilean Senate": named like "Nigeria's Senate",
                    # the Parliament of Kenya, the Senate of Chile
                    name = country_name(code)
                    body = first_at(country.end, hi) + 1  # type: ignore[union-attr]
                    if name and body <= hi:
                        surface = text[tokens[body].start:tokens[hi].end]
                        full = self.chamber_name(surface, code, name)
                        out.append(InstitutionHit(full, code, tokens[lo].start, tokens[hi].end))
                        last = hi
                        continue
            if hi - lo < 1 or any(w in self._source_words_en for w in words[lo:hi + 1]):
                continue  # a statistics office is cited for its figures: a source, not an actor
            out.append(InstitutionHit(text[tokens[lo].start:tokens[hi].end], code, tokens[lo].start, tokens[hi].end))
            last = hi
        out += central_banks_en(text, tokens, words, central, by_end, main, country_name, central_bank,
                                CentralBankWords(self._bank_verbs_en, self._euro_area, self._euro_bank))
        return out

    def describes_body(self, word: str) -> bool:
        """Whether a capitalised word may describe a body before its head ("Civil", "Agricultural")."""
        return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper() \
            and word not in self._descriptor_stops_en

    def is_portfolio_stop(self, word: str) -> bool:
        """A capitalised word that is no part of a body's name: a day, a month, an officer's title."""
        return word in self._portfolio_stops_en

    def is_head(self, word: str) -> bool:
        """Whether an English word is the head noun of a body's name (Bank, Authority, Council ...)."""
        return word in self._heads_en

    def _court_asked(self, words: list[str], lo: int, spaced) -> bool:
        """Whether "the Constitutional Court" opening at `lo`, named without its country, is the
        country's court as a side ("will ask the Constitutional Court to", "the Supreme Court voided"),
        not a venue ("challenge the law in the Supreme Court") nor a place's court ("the Tennessee
        Supreme Court"): the annotators list the first and leave the venue out."""
        if lo < 1 or words[lo - 1] not in ("the", "The") or not spaced(lo - 1, lo):
            return False
        return lo < 2 or words[lo - 2] not in self._court_venues_en

    def _generic_opening(self, words: list[str], lo: int, k: int, spaced) -> int:
        """Where a generic body's name ending at head `k` opens ("the Civil Aviation Authority",
        whose words are no body words elsewhere), when its words are the whole name: a capitalised
        word before them makes a longer name ("the Nuclear Regulatory Authority"). `lo` otherwise."""
        for start in range(max(0, lo - 3), lo):
            if " ".join(words[start:k + 1]) in self._generic_bodies_en \
                    and all(spaced(t, t + 1) for t in range(start, lo)) \
                    and not (start > 0 and spaced(start - 1, start) and words[start - 1][:1].isupper()
                             and words[start - 1] != "The"):
                return start
        return lo

    def _descriptors_before(self, text: str, tokens: list[Token], lo: int, by_end, spaced) -> int:
        """Where a body named "<Head> of <Country>" really starts: the capitalised words before its
        head describe it ("the Civil Aviation Authority of Nepal", "the Agricultural Bank of China"),
        up to a function word, a name of time, a country or a nationality (`stopwords` in
        `titles_en.json`)."""
        first = lo
        while first > 0 and lo - first < _MAX_DESCRIPTORS and spaced(first - 1, first):
            if not self.describes_body(tokens[first - 1].text) or by_end.get(tokens[first - 1].end) is not None:
                break
            first -= 1
        return first

    def unread_complement(self, text: str, tokens: list[Token], last: int, taken) -> bool:
        """Whether the name ending at token `last` goes on with an of-complement that is neither a
        state nor a known name (`taken`: the starts of those) nor a day, a month or a title: a
        capitalised word after "of" or "of the" ("Chamber of Tourism", "General Assembly of Judges")."""
        j = last + 1
        if j + 1 >= len(tokens) or tokens[j].text != "of" or text[tokens[last].end:tokens[j].start] != " ":
            return False
        j += 1
        if tokens[j].text == "the" and j + 1 < len(tokens):
            j += 1
        if text[tokens[j - 1].end:tokens[j].start] != " " or tokens[j].start in taken:
            return False
        word = tokens[j].text
        return word[:1].isupper() and word.isalpha() and word not in self._portfolio_stops_en

    def _portfolio_word(self, word: str, head: str) -> bool:
        """Whether `word` continues the of-complement of `head`: an institution word, or for a
        ministry any capitalised word but a day, a month or a title ("the Ministry of Construction")."""
        if not word[:1].isupper():
            return False
        if word in self._words_en:
            return True
        return head in self._portfolio_heads_en and word.isalpha() and word not in self._portfolio_stops_en

    def _listed_portfolio(self, text: str, tokens: list[Token], j: int, head: str) -> bool:
        """Whether token j goes on a ministry's portfolio after a comma, as a list of portfolios
        closed by "and" ("the Ministry of Justice, Legal and Parliamentary Affairs")."""
        if head not in self._portfolio_heads_en or text[tokens[j - 1].end:tokens[j].start] != ", ":
            return False
        for m in range(j, min(j + 4, len(tokens) - 1)):
            if not self._portfolio_word(tokens[m].text, head):
                return False
            gap = text[tokens[m].end:tokens[m + 1].start]
            if gap == " " and tokens[m + 1].text == "and":
                return m + 2 < len(tokens) and self._portfolio_word(tokens[m + 2].text, head)
            if gap != " ":
                return False
        return False
