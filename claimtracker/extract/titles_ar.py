"""Arabic title patterns: a title, the words that qualify it, then the name of a person the
gazetteer does not know.

A title (الرئيس، وزير الخارجية، المتحدث باسم ...), then the words that qualify it (the ministry,
the nationality adjective: وزير الخارجية السوري), then the name: Arabic given names carry no
article, so the name starts at the first word without ال and runs until a function word, a verb or
punctuation. The name gets an English rendering (`translit.py`) and keeps its Arabic. A speech
verb before a known given name («وقال محمد حسن») marks a name too. `TitleFinder` (`titles.py`)
takes these methods from `ArabicTitles` and holds the word lists they read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from claimtracker.config import DATA_DIR
from claimtracker.extract.native import trait
from claimtracker.extract.orgs_ar import name_end
from claimtracker.extract.orgs_ar_table import load_table
from claimtracker.extract.phrases import Token, gap_ok, strip_al, surface_ar
from claimtracker.extract.places import (
    PLACE_CLITICS,
    PlaceIndex,
    after_text_place,
    before_text_place,
    load_places,
)
from claimtracker.extract.state_subjects import dateline_country
from claimtracker.extract.titles_ar_apposed import before_place, past_place
from claimtracker.extract.titles_ar_described import described_speaker
from claimtracker.extract.titles_ar_names import ArabicNameSpans
from claimtracker.extract.titles_ar_quotes import quote_gap, quoted_body_end, quoted_name
from claimtracker.extract.titles_ar_words import (
    AR_DEFINITE,
    AR_FIRST,
    AR_NAME_END,
    AR_ORG,
    AR_QUAL_END,
    COMMAS,
    accusative_of,
)
from claimtracker.extract.titles_hit import TitleHit

# `_classify_ar` flags (titles_ar_words.py)
_AR_FIRST, _AR_NAME_END, _AR_DEFINITE, _AR_ORG, _AR_QUAL_END = AR_FIRST, AR_NAME_END, AR_DEFINITE, AR_ORG, AR_QUAL_END
_COMPLEMENT_WORDS = 3  # words of a body's complement after its first, before the holder's given name
_APPOSED_TITLE_REACH = 8  # words of a title set off after a name, up to its closing comma
# the preposition before the state an envoy is posted to («سفير الاتحاد الأوروبي لدى مصر»)
_HOST_BEFORE = frozenset({"لدي"})


@trait
class ArabicTitles(ArabicNameSpans):
    """The Arabic rules; mixed into `TitleFinder`, whose word lists they read."""

    # the word lists `TitleFinder.__init__` sets are declared on `ArabicNameSpans`

    def name_length_ar(self, text: str, tokens: list[Token], k: int, after_gap: bool = False) -> int:
        """How many words a person's name read from token k runs over (0 when none starts there);
        `after_gap`: whatever stands before k (a comma: «وزير البترول، فلان ...»)."""
        return len(self._name_ar(text, tokens, k, after_gap))

    def _country_in(self, country_hits: Iterable, start: int, end: int) -> str | None:
        raise NotImplementedError  # `TitleFinder` has it

    def _given_after_complement(self, text: str, tokens: list[Token], words: list[str], k: int) -> int | None:
        """Where a known given name opens a name after the complement starting at k of a body's noun
        in construct («لجنة تحسين خدمات المخيم عادل»): the complement's next word is a plain noun
        (no article, no given name, no word a name ends on), and a given name follows within
        `_COMPLEMENT_WORDS`; else None (a name's second word would be a name: «لجنة محمد علي»)."""
        n = len(tokens)
        if k + 1 >= n or not gap_ok(text, tokens[k].end, tokens[k + 1].start, "ar") \
                or words[k + 1].startswith("ال") or words[k + 1] in self._ar_first \
                or self._word_ar(words[k + 1]) & _AR_NAME_END:
            return None
        for j in range(k + 2, min(n, k + 2 + _COMPLEMENT_WORDS)):
            if not gap_ok(text, tokens[j - 1].end, tokens[j].start, "ar"):
                return None
            if words[j] in self._ar_first:
                return j
        return None

    def _classify_ar(self, word: str) -> int:
        """The `_AR_*` flags of a normalised Arabic word (see `_name_ar` and `_find_ar`)."""
        readings = surface_ar(word)
        flags = _AR_FIRST if self._ok_first_ar(word) else 0
        if (self._stop_ar(word) or word in self._ar_org or self._verb_like(word)
                # بالمبعوث، للرئيس: a prepositional phrase starts after the name
                # (a known given name that looks like one, فال, is a name: «محمد فال ولد ...»)
                or (not word.startswith("ال") and any(f.startswith("ال") for f in readings)
                    and word not in self._ar_first)
                or (word.startswith("و") and word not in self._ar_first)
                # «لخلافة»، «لمناقشة»: ل + a verbal noun starts a clause of purpose
                or (word.startswith("ل") and len(word) >= 5 and word.endswith("ه") and word not in self._ar_first)
                or self._masdar_after(word) or self._accusative_masdar(word) or self._definite_masdar(word)
                # «انتخب فلان رئيسا له»: the accusative of a title names the post the man is given;
                # of an organisation noun, what he opens or heads («يدشن الأمير فلان مكتبا للهيئة»)
                or (len(word) >= 4 and accusative_of(word, self._ar_title_words, self._ar_org))
                # «بدلا منه», «المعترف بها»: a preposition with its pronoun is never a name's word
                or word in self._ar_qual_tails
                or self._norm_digits(word)):
            flags |= _AR_NAME_END
        if any(f.startswith("ال") for f in readings) and word not in self._ar_first:
            flags |= _AR_DEFINITE
        if any(f in self._ar_org or f in self._ar_skip for f in readings):
            flags |= _AR_ORG
        # a portfolio's skip word may look like a verb («تنمية», «تطوير»), yet it goes on with the title
        if any(f in self._ar_qual_stop for f in readings) or (self._verb_like(word) and word not in self._ar_skip):
            flags |= _AR_QUAL_END
        return flags

    def _find_ar(self, text, tokens, words, at, country_hits, taken, orgs, known_countries=()) -> list[TitleHit]:
        hits: list[TitleHit] = []
        country_at = {}
        for ch in country_hits:
            country_at[ch.start] = ch
        org_at = {start: (end, code) for start, end, code in orgs}
        org_ends = {end for end, _ in org_at.values()}
        # a country or city named by its name ends a name: «يزور الأمير فلان موسكو» (the visit's goal);
        # a nisba (المصري) may be a family name, so adjectives do not
        # (and a town or province the places table knows: «يزور فلان العقبة»)
        places = load_places(DATA_DIR)
        place_ends = places.spans_ar(tokens, words, self._translit.name_word)
        place_ends.update((ch.start, ch.end) for ch in country_hits if ch.via in ("name", "capital"))
        place_starts = frozenset(place_ends)
        text_places: list[frozenset[str]] = []  # worked out when a name of three words or more needs it
        main_country: str | None | bool = False  # False: not worked out yet; only a new name needs it
        word_ar = self._word_ar
        # a name that starts where a known actor does overlaps it whatever its length: no need to read it
        taken_starts = {s for s, _ in taken}
        org_table = load_table()
        org_heads = org_table.starts
        title_ends: set[int] = set()  # the last token of each title: «باسم» of «المتحدث باسم» opens no name

        def clash(start: int, end: int) -> bool:
            """Whether a known actor or an earlier hit overlaps text[start:end]: the first reading wins."""
            return any(s < end and start < e for s, e in taken) or any(h.start < end and start < h.end for h in hits)

        def person(name_toks: list[int], country: str | None) -> TitleHit:
            """The hit of a new person over `name_toks`; the text's own country, read once, renders a
            name whose country the words around it do not give."""
            nonlocal main_country
            if not country and main_country is False:
                main_country = self._home_country(text, tokens, words, country_hits, known_countries)
            start, end = tokens[name_toks[0]].start, tokens[name_toks[-1]].end
            return TitleHit(self._render([tokens[t].text for t in name_toks], country, main_country),
                            text[start:end], country, start, end)

        matches = list(self._titles["ar"].find(text, tokens, words, at))
        title_starts = {m.i for m in matches}
        for m in matches:
            if m.j in title_starts and not words[m.j].startswith("ال") \
                    and gap_ok(text, tokens[m.j - 1].end, tokens[m.j].start, "ar"):
                continue  # «نائب محافظ البحر الأحمر فلان»: the title in construct with it reads the name
            spelled = self._ar_spelled_titles.get(words[m.i])
            if spelled is not None and text[tokens[m.i].start:tokens[m.i].end] != spelled:
                continue  # «وإلى» (and to) normalises onto «والي» (governor); the text tells them apart
            if words[m.i] in self._ar_name_part_titles and m.i > 0 and words[m.i - 1] in self._ar_given_any \
                    and text[tokens[m.i - 1].end:tokens[m.i].start] == " ":
                continue  # «خليل الحاج توفيق»: the honorific is the middle of a name
            title_ends.add(m.j - 1)
            if m.j - m.i == 1 and words[m.i] in self._ar_article_ranks \
                    and self._noun_not_rank(text, tokens, m.j, country_at):
                continue  # «الفريق الفني المشترك»: the team, not a general
            country = self._country_in(country_hits, tokens[m.i].start, tokens[m.j - 1].end)
            k = m.j
            skipped = 0
            # qualifiers of the title: الخارجية، السوري، باسم الكرملين، وزارة الخارجية الروسية
            while k < len(tokens) and skipped < 6 and (
                    gap_ok(text, tokens[k - 1].end, tokens[k].start, "ar")
                    # a known organisation in quotation marks («إيني») is a qualifier like any other
                    or (quote_gap(text, tokens[k - 1].end, tokens[k].start)
                        and (tokens[k].start in org_at or tokens[k - 1].end in org_ends))):
                word = tokens[k].text
                org = org_at.get(tokens[k].start)
                if org is not None:
                    country = country or org[1]
                    while k < len(tokens) and tokens[k].start < org[0]:
                        k += 1
                    skipped += 1
                    continue
                if tokens[k].start in taken_starts:
                    break  # «الرئيس الغزواني لولاية ثانية»: the title's holder is a known person
                if k > m.j and word in self._ar_prepositions and k + 1 < len(tokens) \
                        and gap_ok(text, tokens[k].end, tokens[k + 1].start, "ar") \
                        and (tokens[k + 1].start in org_at or words[k + 1] in self._ar_org
                             or strip_al(words[k + 1]) in self._ar_org):
                    # «مسؤول الإعلام في حزب الكتائب», «المعين من الحكومة»: a body the post is in or
                    # is held from, still the title's phrase
                    k += 1
                    skipped += 1
                    continue
                if words[k] == "ل" and k + 1 < len(tokens) and tokens[k + 1].start in org_at:
                    k += 1  # «الرئيس التنفيذي لـ«دانة غاز»»: the preposition, written apart before a quoted body
                    skipped += 1
                    continue
                if words[k] == "ل" and (closing := quoted_body_end(text, tokens, k + 1)) is not None:
                    # «المدير العام لـ«سنيم»» a body the rules do not know yet, quoted after the
                    # preposition written apart: the post's body, and the name follows its closing mark
                    org_ends.add(tokens[closing].end)
                    k = closing + 1
                    skipped += 1
                    continue
                if k > m.j and word.isdigit():
                    k += 1  # «قائد اللواء 30»: a unit's number
                    skipped += 1
                    continue
                ch = country_at.get(tokens[k].start)
                if ch is not None:
                    if tokens[k - 1].text not in _HOST_BEFORE:
                        country = country or ch.code  # «سفير ... لدى مصر»: the host is not the envoy's
                    k += 1
                    skipped += 1
                    continue
                if k > m.j and word[:1] in PLACE_CLITICS and tokens[k].start in place_ends:
                    # «الكاتب العام للاتحاد الجهوي للشغل بقفصة فلان»: the town the body is in, then the name
                    k = past_place(tokens, k, place_ends)
                    skipped += 1
                    continue
                body_end = name_end(text, tokens, words, k, country_at, org_table) if word in org_heads else None
                if body_end is not None:
                    k = body_end  # «رئيس غرفة صناعة ...»: a body named by its words (`orgs_ar.py`)
                    skipped += 1
                    continue
                if (k > m.j and word in self._ar_qual_tails) or self._possessed_ar(text, tokens[k]):
                    k += 1  # «الحكومة المعترف بها دوليا», «عضو لجنتها المركزية»: still the title's phrase
                    skipped += 1
                    continue
                flags = word_ar(word)
                if k > m.j and flags & _AR_DEFINITE and (h := self._honorific_end(text, tokens, k)) \
                        and h < len(tokens) and self._article_given_opens(text, tokens, h):
                    k = h  # «والي كسلا اللواء الصادق ...»: the holder's rank, then his name
                    break
                if word in self._ar_first and k > 0 and self._construct_noun(tokens[k - 1].text) \
                        and (name_at := self._given_after_complement(text, tokens, words, k)) is not None:
                    # «رئيس لجنة تحسين خدمات المخيم عادل …»: after a body's noun without the article the
                    # next words are its complement, the first a verbal noun that is also a given name
                    k = name_at
                    skipped += 1
                    continue
                if flags & _AR_ORG and word not in self._ar_ranks and self._given_before_name(text, tokens, k):
                    break  # «وزير النفط باسم عبد الكريم ...»: باسم is the given name here
                if self._article_given_opens(text, tokens, k):
                    break  # «الوزير الحسين ولد ...»: a given name with the article opens the name
                if flags & (_AR_DEFINITE | _AR_ORG):
                    if flags & _AR_QUAL_END:
                        break
                    k += 1
                    skipped += 1
                    continue
                if tokens[k - 1].text in self._ar_ba_governors and word.startswith("ب") and len(word) > 3:
                    k = self._ba_task_end(text, tokens, k)  # «المكلف بصياغة ملحق ...»: the task, no name
                    skipped += 1
                    continue
                if k + 1 < len(tokens) and self._complement_ar(text, tokens, k):
                    k += 1  # «مدير إدارة إفريقيا بالوزارة ...», «وزير التجارة وتنمية الصادرات ...»
                    skipped += 1
                    continue
                place = self._place_after(text, tokens, k, place_ends)
                if place and self._visited_after_name(text, tokens, k, place, place_starts):
                    break  # «تزور الوزيرة أوكسانا لوت القاهرة في مارس»: the name, then the place visited
                if place:
                    k = place  # «رئيس ولاية الخرطوم ...»: a noun in construct with the place the post is of
                    skipped += 1
                    continue
                owned = self._possessor_ar(text, tokens, k, place_ends) \
                    if k == m.j or self._construct_noun(tokens[k - 1].text) else 0
                if owned:
                    # «لمحافظ تعز نبيل شمسان», «رئيس مجلس محافظة نينوى غسان الطائي»: a title, or a body's
                    # noun, without the article is in construct with a place
                    k += owned
                    skipped += 1
                    continue
                break
            if k < len(tokens) and tokens[k].start in taken_starts:
                continue
            # a town or province among the qualifiers is where the post is, so its country is the
            # holder's («عامل إقليم الناظور، فلان»: a Moroccan, whatever the text is most about)
            country = country or places.country_among(tokens, words, m.j, min(k + 1, len(tokens)), place_ends)
            name_toks = self._holder_name(text, tokens, m.j, k, org_ends, place_starts)
            name_toks = before_place(name_toks, tokens, place_starts)
            if len(name_toks) > 2:
                if not text_places:
                    text_places.append(places.text_places_ar(text, tokens, words))
                name_toks = before_text_place(name_toks, words, text_places[0])
                name_toks = after_text_place(name_toks, words, text_places[0], self._ar_first)
            if len(name_toks) < 2:
                continue  # a new person needs a full name; a bare surname is too often a word
            if not self._ar_dual_titles.isdisjoint(m.payloads) and words[name_toks[0]] not in self._ar_given_any \
                    and not self._article_given_opens(text, tokens, name_toks[0]):
                continue  # «يلتقي ممثلي روابط عائلات المعتقلين»: a plural title's object is a group, not a name
            if name_toks[0] > 0 and not words[name_toks[0] - 1].startswith("ال"):
                # «مكتب محافظ صلاح الدين (أحمد الجبوري)»: a title in construct with a place named like
                # a man is the post of that place; a name after the place is the holder's
                name_toks = name_toks[places.opening(words, name_toks):]
                if len(name_toks) < 2:
                    continue
            if name_toks[-1] + 1 < len(tokens) and tokens[name_toks[-1] + 1].start in taken_starts \
                    and text[tokens[name_toks[-1]].end:tokens[name_toks[-1] + 1].start] == " ":
                continue  # «رئيس إقليم كردستان فلان»: the words ran into a known person; they were the title's
            start, end = tokens[name_toks[0]].start, tokens[name_toks[-1]].end
            if clash(start, end):
                continue  # "الناطق باسم الجيش ... العميد نبيل": one person, the first title wins
            hits.append(person(name_toks, country))
            if not self._ar_dual_titles.isdisjoint(m.payloads):
                second = self._second_holder(text, tokens, name_toks[-1] + 1, taken, place_starts)
                if second is not None and not any(h.start < second[1] and second[0] < h.end for h in hits):
                    hits.append(TitleHit(self._render(second[2], country, main_country), text[second[0]:second[1]],
                                         country, second[0], second[1]))
        # a speech verb then a known given name: "وقال محمد حسن إن ..."; and «كل من», which opens a
        # list of people as a speech verb opens a speaker («وأعلن كل من عبد العالي حساني ...»)
        given = self._ar_first
        # a given name at k + 1, which runs over the tokens but the first and the last
        opens = [p for p in at if words[p] in given or self._article_given_opens(text, tokens, p)]
        for k in [p - 1 for p in opens if 0 < p < len(tokens) - 1]:
            each_of = k > 0 and words[k] == "من" and words[k - 1] == "كل"
            if (not self.speech_verb_ar(words[k]) and not each_of) or tokens[k + 1].start in taken_starts:
                continue
            if self._titles["ar"].match_at(text, tokens, k + 1) is not None:
                continue  # «وقال أمين سر الحركة فلان»: a title that opens on a given name; its rule reads the name
            name_toks = before_place(self._name_ar(text, tokens, k + 1), tokens, place_starts)
            if len(name_toks) < 2:
                continue
            start, end = tokens[name_toks[0]].start, tokens[name_toks[-1]].end
            if clash(start, end):
                continue
            country = self._title_place_after(text, tokens, words, name_toks[-1] + 1, places, place_ends)
            hits.append(person(name_toks, country))
        # «وقال عامل الإقليم، محمد أوحساين، إن»: a speaker set off by commas after a description
        for p in opens:
            if p < 2 or tokens[p].start in taken_starts:
                continue
            name_toks = before_place(self._name_ar(text, tokens, p, after_gap=True), tokens, place_starts)
            if len(name_toks) < 2 or (verb := described_speaker(text, tokens, words, name_toks,
                                                                  self.speech_verb_ar)) is None:
                continue
            start, end = tokens[name_toks[0]].start, tokens[name_toks[-1]].end
            if clash(start, end):
                continue
            country = self._country_in(country_hits, tokens[verb].end, tokens[p].start) \
                or places.country_among(tokens, words, verb + 1, p, place_ends)
            hits.append(person(name_toks, country))
        # a name, then its title set off by a comma: «يزور سامي الحداد، المدير العام للشركة، ...»
        for p in opens + self._speakers_before_title(text, tokens, words, self._ar_speech):
            if tokens[p].start in taken_starts or p in title_ends:
                continue
            name_toks = self._name_then_title(text, tokens, p)
            if not name_toks:
                continue
            start, end = tokens[name_toks[0]].start, tokens[name_toks[-1]].end
            if clash(start, end):
                continue
            country = self._title_place_after(text, tokens, words, name_toks[-1] + 1, places, place_ends)
            hits.append(person(name_toks, country))
        return hits

    def _title_place_after(self, text: str, tokens: list[Token], words: list[str], q: int,
                           places: PlaceIndex, place_ends: dict[int, int]) -> str | None:
        """The country of a place in the title set off by a comma after a name ending before token
        q: where the post is, as before a name («سالم المقبالي، الرئيس التنفيذي لميناء صحار،» is an
        Omani, in a Moroccan outlet too); None when no title or no place follows."""
        if q >= len(tokens) or text[tokens[q - 1].end:tokens[q].start].strip() not in COMMAS \
                or self._titles["ar"].match_at(text, tokens, q) is None:
            return None
        close = next((t for t in range(q, min(q + _APPOSED_TITLE_REACH, len(tokens) - 1))
                      if text[tokens[t].end:tokens[t + 1].start].strip()), q)
        return places.country_among(tokens, words, q, close + 1, place_ends)

    def _render(self, name_words: list[str], country: str | None, home: str | bool | None) -> str:
        # names from the Maghreb are romanised the French way (Bouteflika, Bourita, Chahed), from
        # the Horn the Somali way (Abdirahman), from the Levant with -eh (Tarawneh), from the Gulf
        # its own way (Saeed), from Europe and the Americas letter by letter (Fratin); the styles'
        # countries are in translit_ar.json. `country` is the person's own (the title's, the
        # organisation's); `home` the text's: an Arabic text about Europe still quotes Arabs, so
        # only a person's own country reads a name the European way
        # (`home` is False while the caller has not worked it out, which it does before a name
        # with no country of its own: a name with one never reads `home`)
        code = home if isinstance(home, str) else None
        if country is None and self._translit.style(code) == "latin":
            code = None
        return self._translit.render(name_words, country or code)

    def speech_verb_ar(self, word: str) -> bool:
        """A reporting verb («قال», «وأضاف»), normalised, with its clitics."""
        return not self._ar_speech.isdisjoint(surface_ar(word))

    def _home_country(self, text: str, tokens: list[Token], words: list[str], country_hits,
                      known_countries) -> str | None:
        """The country a person with no country of their own most likely belongs to: an Arab
        dateline's, a town's as well as a capital's (a local outlet writes local names its own way,
        Mourad in Algiers, Hedi in Nabeul, whatever country the story is about), else the country
        the text names most. A dateline abroad («جنيف - القاهرة») is a correspondent's desk and says
        nothing of the people's names. A story about another Arab country, named three times or more
        where the dateline's is named once at most, is that country's (a Libyan port's director in an
        Algiers outlet's story is Faraj, not Feredj)."""
        home = dateline_country(text, "ar", tokens, words, country_hits)
        main = _main_country(country_hits, known_countries)
        if home is not None and self._translit.style(home) != "latin":
            counts = Counter(h.code for h in country_hits)
            if main is not None and main != home and self._translit.style(main) != "latin" \
                    and counts[main] >= 3 and counts[home] <= 1:
                return main
            return home
        return main

    def _holder_name(self, text: str, tokens: list[Token], j: int, k: int, org_ends: set[int],
                     place_starts: frozenset[int]) -> list[int]:
        """The tokens of the title holder's name, read where the title's qualifiers (from token j,
        the title's end) stopped, at token k."""
        if k > j and tokens[k - 1].text in self._ar_prepositions:
            # «وزير الموارد في جلسة خاصة»: a preposition's object comes first, not a name; a name
            # may still stand set off by commas after it («المدير العام لمصنع ... في طفراوي، فلان،»),
            # or right after a one-word place, on a known given name («النائب عن زحلة سامر فلان»)
            if (k + 1 < len(tokens) and not tokens[k].text.startswith("ال")
                    and tokens[k + 1].text in self._ar_given_any
                    and text[tokens[k].end:tokens[k + 1].start] == " "):
                name = self._name_ar(text, tokens, k + 1)
                if len(name) >= 2:
                    return name
            return self._apposed_later_ar(text, tokens, k, places=place_starts)
        body_name = False  # the words at k name a body, not a person
        # or they may: they follow a body's construct noun («بجامعة الملك سعود، فلان،»)
        in_body = j < k and any(self._construct_noun(tokens[t].text) for t in range(j, k))
        if k > j and self._construct_noun(tokens[k - 1].text):
            # «الباحث في معهد غرب آسيا ... فلان»: the words after an organisation noun in construct
            # are the body's name; the person's name is the full name after them, if any
            after = self._after_body_name(text, tokens, k)
            body_name = not after
            k = after or k
        elif j < k < len(tokens) and tokens[k].text not in self._ar_first \
                and any(self._construct_noun(tokens[t].text) for t in range(j, k)) \
                and not self._honorific_end(text, tokens, k) and self._honorific_end(text, tokens, k - 1) != k \
                and not self._article_given_opens(text, tokens, k):
            # «مركز دراسات شرق المتوسط فلان»: the body's name goes on past its complement; a
            # definite word in it («المتوسط») ends it, and a known given name after that opens the name
            # (one written with the article opens it at once: «محافظ مشروع الجزيرة الصادق عبد الرحيم»)
            k = self._after_body_name(text, tokens, k, past_definite=True) or k
        # «الرئيس التنفيذي لـ«إيني» فلان»: the name right after a quoted body's closing mark
        quoted = j <= k < len(tokens) and quote_gap(text, tokens[k - 1].end, tokens[k].start)
        name_toks = [] if body_name or (quoted and tokens[k - 1].end not in org_ends) \
            else self._name_ar(text, tokens, k, after_gap=quoted) or self._apposed_ar(text, tokens, k)
        if quoted and not name_toks and not body_name:
            # «نظيره المصري "محمد كامل عمرو"»: a name in quotation marks right after its title
            # (opened by a known given name: a quoted body's name may read as one, «حراك فزان»)
            name_toks = quoted_name(text, tokens, self._name_ar(text, tokens, k, after_gap=True)
                                     if tokens[k].text in self._ar_first else [])
        name_toks = self._past_honorific(text, tokens, name_toks)
        # the words read as a name were the title's («مركز أبحاث بدبي، فلان،»), or the title's
        # complement, unread, comes first («المدير العام لمصنع السيارات في طفراوي، فلان،»)
        # or a place the rules do not know, in construct with the title («رئيس بلدية طبرق، فلان،»)
        if k > j or (len(name_toks) < 2 and k < len(tokens)):
            return self._apposed_later_ar(text, tokens, k, over_body=body_name or in_body,
                                          places=place_starts) or name_toks
        return name_toks


def _main_country(country_hits, known_countries) -> str | None:
    """The country a text names most, its actors' countries counted in."""
    counts = Counter(h.code for h in country_hits) + Counter(c for c in known_countries if c)
    return counts.most_common(1)[0][0] if counts else None
