"""Lists of country names: CLDR's territory names per language (`cldr_names`), and passing lists
in a text (`mark_lists`).

Passing lists of countries: "Mercosur, which groups Brazil, Argentina, Uruguay and Paraguay" names
three or more states as background, not what the text is about (`CountryHit.listed`). A list counts
as passing only when a word of membership or example leads it ("groups", "such as", "including",
«تضم», «مثل»; whole words: "likely" is no "like"), or an English preposition ("exports to …");
otherwise the states are parties to what the sentence says ("The United States, Japan and South Korea
will hold", «بمشاركة إسبانيا والنرويج وسويسرا بصفتها دولا ضامنة»), as the golds read them (+14 Arabic
countries for +21 over 84 seen sets, and the English actors they name).

`about`: the countries a text is about. The annotation guideline counts the countries
"substantively involved, venues included"; a country named once, in no claim, by no actor and not
as a place where something happens ("a former Portuguese colony", "the second-largest producer
after Australia") is background.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from babel import Locale

_CLDR_SPLIT = re.compile(r"\s*[(（]\s*|\s*[)）]\s*")


def cldr_names(lang: str, exclude: set[str]) -> dict[str, list[str]]:
    territories = Locale(lang).territories
    out: dict[str, list[str]] = {}
    for code, name in territories.items():
        if len(code) != 2 or not code.isalpha() or code in exclude:
            continue
        if " - " in name:
            # "Congo - Kinshasa" is CLDR's disambiguation, not a name people write
            continue
        variants = [v for v in _CLDR_SPLIT.split(name) if v.strip()]
        variants += [v.replace(" & ", " and ") for v in variants if " & " in v]
        variants += [v.replace(" & ", " و") for v in variants if " & " in v and lang == "ar"]
        out[code] = [v.strip() for v in variants if "&" not in v]
    return out


_LIST_GAP = re.compile(r"[\s,،]*(?:and|or|as well as|plus|أو|او|وكذلك)?[\s,،]*")

# what leads a passing list: membership or example, up to a few words before the first state
_MEMBERSHIP = re.compile(
    r"(?:\b(?:groups?|grouping|includ(?:es|ing|ed)|such as|like|members?|comprising|comprises|made up of"
    r"|formed by|founded by|co-chaired by|alongside|among them|besides)\b"
    r"|(?<![\w\u0600-\u06ff])(?:[وف]?[تي](?:ضم|شمل)|مثل|منها|بينها|بما فيها|من بينها|أعضاؤها|إلى جانب)"
    r"(?![\w\u0600-\u06ff]))"
    r"[\w\u0600-\u06ff ,،'’-]{0,30}$"
    r"|\b(?:to|from|into|by|for|than|across|in|with|as)\s+(?:the\s+)?$")
_PARTIES = re.compile(r"(?:\bbetween|(?<![\w\u0600-\u06ff])(?:ما )?بين)\s+$")


def mark_lists(text: str, hits: list) -> list:
    """The hits, with those of an enumeration of three or more countries marked `listed`."""
    out: list = []
    run: list = []

    def flush() -> None:
        # "talks between Iran and Britain, France and Germany", «بين إيران وبريطانيا وفرنسا وألمانيا»:
        # the parties to something, not a passing list
        # a list of capitals and cities ("a tour of Riyadh, Abu Dhabi and Doha") names venues, where
        # things happen, not a passing list of states
        venues = all(h.via == "capital" for h in run)
        if len({h.code for h in run}) >= 3 and not venues \
                and not _PARTIES.search(text, max(0, run[0].start - 12), run[0].start) \
                and _MEMBERSHIP.search(text, max(0, run[0].start - 40), run[0].start):
            out.extend(h._replace(listed=True) for h in run)
        else:
            out.extend(run)
        run.clear()

    for h in hits:
        if run and not _LIST_GAP.fullmatch(text, run[-1].end, h.start):
            flush()
        run.append(h)
    flush()
    return out


def about(hits: Iterable, in_body: Callable[[int, int], bool], claimed: Collection[str],
          acting: Collection[str], venue: Callable[[int], bool], named_only: bool = False) -> list[str]:
    """The codes of the country hits (in order of first mention) that the text is about: named in
    its body outside a passing list, and named twice, or in a claim, or by an actor's country, or
    as a venue (`venue(start)`). A company's nationality ("a German carmaker") counts, as the
    English golds list it, though it is passed over for who acts."""
    seen: dict[str, list] = {}
    for h in hits:
        if in_body(h.start, h.end):
            seen.setdefault(h.code, []).append(h)
    out = []
    for code, found in seen.items():
        own = [h for h in found if not h.listed or h.firm]
        if named_only and len(found) == 1 and found[0].via == "actor":
            continue  # an actor's home the text never names ("the Foreign Office" in a Pakistani story)
        if own and (len(found) > 1 or code in claimed or code in acting or any(venue(h.start) for h in own)):
            out.append(code)
    return out


def possessive_owner(text: str, start: int, hits: Iterable, plural: bool = False):
    """The country hit (by name) whose possessive stands right before `start` ("Brazil's
    Congress"), or None; with `plural`, a name ending in s with the apostrophe alone too
    ("Solomon Islands' parliament")."""
    tails = ("'s ", "’s ", "' ", "’ ") if plural else ("'s ", "’s ")
    for tail in tails:
        if text.endswith(tail, 0, start) and (len(tail) == 3 or text[start - 3:start - 2] == "s"):
            at = start - len(tail)
            return next((h for h in hits if h.end == at and h.via == "name"), None)
    return None
