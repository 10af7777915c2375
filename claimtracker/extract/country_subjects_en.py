"""Whether an English state acts in its sentence: the verb after it, also past a relative clause or
an apposition ("North Korea, which has …, will"; "Chile, the largest producer, will"), the body it
heads ("Egypt's foreign ministry warned"), or "X-backed" (mixed into `countries.CountryFinder`,
whose tables, from `data/gazetteer/countries.json`, it reads)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import NamedTuple

from claimtracker.config import DATA_DIR
from claimtracker.extract.between_parties import CLAUSE_BREAK
from claimtracker.extract.native import trait
from claimtracker.extract.phrases import Token

_RELATIVES = frozenset(("which", "who", "that", "whose", "where"))
# an apposition after a state opens with a determiner ("Chile, the largest producer, will"; "Peru,
# one of the first signatories, has"); "including" or a name would make a list or an aside instead
_APPOSITION_OPENERS = frozenset(("the", "a", "an", "one", "its"))
_AUXILIARIES = frozenset(("has", "have", "had", "is", "was"))
# the plural verbs of states joined by "and", read only right after the second name
_PLURAL_VERBS = frozenset(("are", "were"))
_WITH_REACH = 80  # characters back from a state to the "with" of a list of states
_LEADING = frozenset(("led", "headed"))
_LEADER_WORDS = 8  # "led by Deputy Foreign Minister Ri Thae Song," and no further
# the verbs that may open a delegation's predicate after its leader's name: modals, auxiliaries and
# the commonest verbs of a visit; any other word there may still describe the leader
_LEADER_VERBS = frozenset(("will", "would", "is", "was", "has", "had", "could", "may", "might", "plans", "arrived",
                           "arrives", "met", "held", "signed", "visited"))


def _possessive_name(text: str, token: Token) -> bool:
    """A capitalised word with a possessive ("Vanuatu's"): it opens a description, not a list."""
    return token.text[:1].isupper() and text.startswith(("'s ", "’s "), token.end)


def _past_leader(text: str, tokens: list[Token], k: int) -> int:
    """The index past "led by <its head>" after a body ("a Chinese delegation led by a vice minister
    of commerce will arrive"): the body's verb follows its leader; k itself where none follows."""
    if k + 2 >= len(tokens) or tokens[k].text not in _LEADING or tokens[k + 1].text != "by":
        return k
    for m in range(k + 2, min(len(tokens), k + 2 + _LEADER_WORDS)):
        if tokens[m].text in _RELATIVES or any(c in text[tokens[m - 1].end:tokens[m].start] for c in ".;:"):
            return k
        if tokens[m].text in _LEADER_VERBS and text[tokens[m - 1].end:tokens[m].start].strip(", ") == "":
            return m
    return k


class Session9Tables(NamedTuple):
    control_verbs: frozenset[str]  # "expect", "urged": their object does the infinitive after it
    not_infinitives: frozenset[str]  # "expect X to be": no action
    legislature_adjectives: frozenset[str]  # "a U.S. congressional delegation": the legislature's
    joint_verbs: frozenset[str] = frozenset()  # "building with X": the state after "with" shares the act


@lru_cache(maxsize=1)
def session9_tables() -> Session9Tables:
    """The words of `data/gazetteer/states_session9_en.json` (read once)."""
    table = json.loads((DATA_DIR / "gazetteer" / "states_session9_en.json").read_text(encoding="utf-8"))
    return Session9Tables(*(frozenset(table.get(k, [])) for k in (
        "control_verbs_en", "not_infinitives_en", "legislature_adjectives_en", "joint_verbs_en")))


@trait
class EnglishSubjects:
    """The English subject checks of `CountryFinder`; its tables are set by `CountryFinder.__init__`."""

    _acting_after_en: frozenset[str]
    _bodies_en: frozenset[str]
    _party_nouns_en: frozenset[str]
    _after_relative_en: frozenset[str]
    _compound_participles_en: frozenset[str]
    _ethnic_before_en: frozenset[str]
    _outlet_heads_en: frozenset[str]
    _outlet_of_en: frozenset[str]
    _region_compounds_en: frozenset[str]
    _language_compounds_en: frozenset[str]
    _function_words_en: set[str]
    _person_like_en: set[str]
    _plural_predicates_en: frozenset[str]
    _reporting_en: frozenset[str]
    _speech_en: frozenset[str]
    _title_words_en: set[str]
    _veto_context_en: dict[str, list[str]]

    def _body_acts_en(self, text: str, tokens: list[Token], k: int, starts: dict) -> bool:
        """The body before tokens[k] is the subject of an acting verb; "officials said" only reports."""
        if tokens[k - 1].text in self._reporting_en and k < len(tokens) and tokens[k].text in self._speech_en:
            return False
        return self._verb_after_en(text, tokens, _past_leader(text, tokens, k), starts)

    def _verb_after_en(self, text: str, tokens: list[Token], j: int, starts: dict) -> bool:
        """An acting verb after the name at tokens[:j], across ", which/who ... ," or "and <country>"."""
        if j >= len(tokens):
            return False
        nxt = tokens[j].text
        gap = text[tokens[j - 1].end:tokens[j].start]
        if nxt == "to" and gap == " " and self._controlled_en(text, tokens, j, starts):
            return True  # "analysts expect Beijing to press for": the object does the infinitive
        if nxt.islower() and (gap == " " or (gap == ". " and len(tokens[j - 1].text) == 1)):
            k = self._adjunct_body_en(text, tokens, j)
            if k is not None:
                return self._body_acts_en(text, tokens, k, starts)
        if gap == " " and nxt.islower() and nxt.endswith("ly") and len(nxt) > 4 and j + 1 < len(tokens) \
                and tokens[j + 1].text in self._acting_after_en and text[tokens[j].end:tokens[j + 1].start] == " ":
            return True  # "Beijing firmly opposes", "Washington strongly supports": an adverb, then the verb
        if nxt in _PLURAL_VERBS and gap == " " and self._plural_predicate_en(text, tokens, j + 1):
            return True  # "U.S. officials are weighing", "Kenyan troops are expected to"
        if nxt in self._acting_after_en:
            # "countries that recognise Taiwan, will send": a comma before the verb closes a clause
            # the name sat in; the subject is further back
            return not ("," in gap and self._in_relative(text, tokens, j - 1))
        if gap.strip() == "," and nxt in ("which", "who") and j + 1 < len(tokens) \
                and tokens[j + 1].text in self._acting_after_en:
            return True  # "North Korea, which has launched …": the state is the relative clause's subject
        if gap.strip() == "," and (nxt.lower() in _APPOSITION_OPENERS or _possessive_name(text, tokens[j])) \
                and self._verb_after_aside(text, tokens, j):
            # "Chile, the region's largest producer, will", "China, Vanuatu's largest creditor, said":
            # an apposition, then the verb
            return True
        if gap.strip() == "," and nxt in ("which", "who", "whose"):
            # the verb after the relative clause's closing comma, within one sentence
            close = text.find(",", tokens[j].end, text.find(".", tokens[j].end) % (len(text) + 1))
            k = j
            while k < len(tokens) and tokens[k].start < close:
                k += 1
            # (there the verb is the main clause's own: "Qatar and Turkey, which brokered …, are")
            return close > 0 and k < len(tokens) and (tokens[k].text in self._acting_after_en
                                                      or tokens[k].text in self._after_relative_en)
        if nxt == "and" and j + 1 < len(tokens):
            # "and the Marshall Islands": the article may open the second name
            at = j + 2 if tokens[j + 1].text == "the" and j + 2 < len(tokens) else j + 1
            other = starts.get(tokens[at].start)
            if other is not None and other.via in ("name", "capital"):
                k = at
                while k < len(tokens) and tokens[k].end <= other.end:
                    k += 1
                if k < len(tokens) and tokens[k].text in _PLURAL_VERBS and text[tokens[k - 1].end:tokens[k].start] == " ":
                    return True  # "Latvia and Estonia are likely to": the plural verb of both
                # the shared verb, also across the second name's relative clause
                return self._verb_after_en(text, tokens, k, starts)
        return False

    def _plural_predicate_en(self, text: str, tokens: list[Token], j: int) -> bool:
        """tokens[j], after "are" or "were", opens what the subject does: a verb in -ing or a word of
        `plural_predicates_en` ("expected", "due", "to"); "being" is a passive's."""
        if j >= len(tokens) or text[tokens[j - 1].end:tokens[j].start] != " ":
            return False
        word = tokens[j].text
        return word in self._plural_predicates_en or (word.endswith("ing") and len(word) > 5 and word.islower()
                                                      and word != "being")

    def _plural_second_en(self, text: str, tokens: list[Token], i: int, j: int, starts: dict) -> bool:
        """The name at tokens[i:j] is the second of two joined by "and" before their plural verb
        ("Latvia and Estonia are likely to")."""
        if i < 2 or j >= len(tokens) or tokens[i - 1].text != "and" or tokens[j].text not in _PLURAL_VERBS \
                or text[tokens[j - 1].end:tokens[j].start] != " ":
            return False
        end = tokens[i - 2].end
        return any(h.end == end and h.via in ("name", "capital") for h in starts.values())

    def _with_party_en(self, text: str, tokens: list[Token], i: int, starts: dict) -> bool:
        """The state at tokens[i] is the other side of a joint undertaking after "with" ("pipeline
        talks with Russia", "a transit agreement with Russia and China", "the plant it is building
        with Kazakhstan"): a noun of `party_nouns_en` (the nouns "between" reads) or a joint verb of
        `joint_verbs_en` at most three words before "with", in the same clause. States listed after
        the first ("with Russia, China", "and Uzbekistan") are sides too; "relations with India"
        (a standing relation) is not."""
        if text.find(" with ", max(0, tokens[i].start - _WITH_REACH), tokens[i].start) < 0:
            return False  # most names have no "with" before them: the cheap test first
        spans = [(h.start, h.end) for h in starts.values() if h.via in ("name", "capital")]
        j = i
        while j < len(tokens) and any(s <= tokens[j].start < e for s, e in spans):
            j += 1
        if j < len(tokens) and (tokens[j].text in self._bodies_en or tokens[j].text in self._reporting_en):
            return False  # "talks with the U.S. delegation": the body is the side (`_adjunct_body_en`)
        k = i - 1
        while k >= 1 and (tokens[k].text in ("and", "the") or any(s <= tokens[k].start < e for s, e in spans)):
            k -= 1  # back over the states listed before this one
        if k < 1 or tokens[k].text != "with" \
                or CLAUSE_BREAK.search(text[tokens[k].end:tokens[i].start].replace(",", " ")) is not None:
            return False
        joint = session9_tables().joint_verbs
        for m in range(k - 1, max(-1, k - 4), -1):
            if CLAUSE_BREAK.search(text, tokens[m].end, tokens[m + 1].start):
                return False
            w = tokens[m].text.lower()
            if w in self._party_nouns_en or w in joint:
                return True
        return False

    def _adjunct_body_en(self, text: str, tokens: list[Token], j: int) -> int | None:
        """The index after a state body that the name before tokens[j] qualifies as a noun ("a U.S.
        special envoy may", "the Pakistan government will"), as an adjective would ("the Kenyan
        government will"): the body noun at j or after one lowercase word, not a legislature's
        ("a U.S. congressional delegation": the congress's)."""
        bodies = self._bodies_en | self._reporting_en
        for k in (j, j + 1):
            if k >= len(tokens) or not tokens[k].text.islower() \
                    or (k > j and (text[tokens[k - 1].end:tokens[k].start] != " "
                                   or tokens[j].text in self._acting_after_en)):
                return None  # ("Indonesia will ship rice": a verb, then a noun that may name a body)
            if tokens[k].text in bodies:
                return None if k > j and tokens[j].text in session9_tables().legislature_adjectives else k + 1
        return None

    def _controlled_en(self, text: str, tokens: list[Token], j: int, starts: dict) -> bool:
        """The state before tokens[j] ("to") is the object of a control verb before it ("expect
        Washington to press", "urged Chile to sign"), so the doer of the infinitive after "to" (after
        "called on Chile to" the preposition makes Chile a place for the rules before this one)."""
        tables = session9_tables()
        if j + 1 >= len(tokens) or not tokens[j + 1].text.islower() or tokens[j + 1].text in tables.not_infinitives:
            return False
        i = j - 1
        while i > 0 and j - i <= 4 and tokens[i].start not in starts:
            i -= 1  # back to the first token of the state's name ("United States")
        if tokens[i].start not in starts:
            return False
        b = i - 1
        if b >= 0 and tokens[b].text == "the":
            b -= 1
        return b >= 0 and tokens[b].text in tables.control_verbs \
            and text[tokens[b].end:tokens[b + 1].start] == " "

    def _compound_agent_en(self, text: str, tokens: list[Token], j: int) -> bool:
        """A hyphen joins the state before tokens[j] to a participle of what it does ("-backed", "-led")."""
        return 0 < j < len(tokens) and text[tokens[j - 1].end:tokens[j].start] in ("-", ".-") \
            and tokens[j].text in self._compound_participles_en

    def _verb_after_aside(self, text: str, tokens: list[Token], j: int) -> bool:
        """An acting verb right after the comma that closes the aside opening at tokens[j], within
        the sentence."""
        stop = text.find(".", tokens[j].end)
        close = text.find(",", tokens[j].end, stop if stop > 0 else len(text))
        if close < 0:
            return False
        k = j
        while k < len(tokens) and tokens[k].start < close:
            k += 1
        if k >= len(tokens) or tokens[k].text not in self._acting_after_en:
            return False
        # after a description of the country ("Malawi, a country of 20 million, has struggled") a bare
        # auxiliary tells what befell it; it acts when the participle is itself an acting verb ("has said")
        if tokens[k].text in _AUXILIARIES:
            return k + 1 < len(tokens) and tokens[k + 1].text in self._acting_after_en \
                and tokens[k + 1].text not in _AUXILIARIES
        return True

    @staticmethod
    def _in_relative(text: str, tokens: list[Token], i: int) -> bool:
        """Whether tokens[i] ends a relative clause set off by commas ("…, which recognise Taiwan,"),
        not an aside ("…, including the United States,") that holds the subject."""
        comma = text.rfind(",", 0, tokens[i].start)
        if comma < 0 or CLAUSE_BREAK.search(text, comma + 1, tokens[i].start):
            return False
        k = i
        while k > 0 and tokens[k - 1].start > comma:
            k -= 1
        return tokens[k].text in _RELATIVES

    def _outlet_name_en(self, text: str, tokens: list[Token], i: int, j: int) -> bool:
        """Whether the place tokens[i:j] stands in an outlet's name: a capitalised head word right
        after it ("Tehran Times") or "Times of" right before it."""
        if j < len(tokens) and tokens[j].text in self._outlet_heads_en and text[tokens[j - 1].end:tokens[j].start] == " ":
            return True
        return i > 1 and tokens[i - 1].text == "of" and tokens[i - 2].text in self._outlet_of_en

    def _keep_en(self, text: str, tokens: list[Token], i: int, j: int) -> bool:
        word = tokens[i].text
        if i > 0 and tokens[i - 1].text in self._ethnic_before_en and text[tokens[i - 1].end:tokens[i].start] == " ":
            return False  # "ethnic Albanian", "ethnic Russians": a people, not the state
        if self._outlet_name_en(text, tokens, i, j):
            return False  # "the Jerusalem Post", "the Times of Israel": a newspaper's name
        if i > 0 and text[tokens[i - 1].end:tokens[i].start] == "-" \
                and f"{tokens[i - 1].text}-{word}" in self._region_compounds_en:
            return False  # "Inter-American", "Pan-American": the continent's, not the state's
        if j < len(tokens) and text[tokens[j - 1].end:tokens[j].start] == "-" \
                and tokens[j].text.lower() in self._language_compounds_en:
            return False  # "French-speaking parties", "a Russian-language channel": the language's
        if j - i == 1 and word in self._veto_context_en:
            if any(w in text for w in self._veto_context_en[word]):
                return False
        if j - i != 1 or word not in self._person_like_en:
            return True
        # "Jordan" the country, not "Michael Jordan" or "Chad Smith"
        if j < len(tokens) and text[tokens[i].end:tokens[j].start] == " ":
            nxt = tokens[j].text
            if nxt[:1].isupper() and nxt not in self._title_words_en:
                return False
        if i > 0 and text[tokens[i - 1].end:tokens[i].start] == " ":
            prev = tokens[i - 1].text
            if prev[:1].isupper() and prev not in self._title_words_en and prev not in self._function_words_en:
                return False
        return True
