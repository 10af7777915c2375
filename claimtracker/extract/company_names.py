"""A firm's name read back from its legal or company head ("Talvern Holdings", "Panama Ports
Company", "Power Grid Corporation of India"), for `described_orgs.py`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimtracker.extract.phrases import Token

ARTICLES = frozenset({"the", "The"})
JOINED = (" ", "-")  # the gaps inside a name: "N-VA", "Moldova Gaz"
# before a portfolio head's name words, or after the head: a ministry's portfolio, not a firm
_PORTFOLIO_OPENERS = frozenset({"of", "for", "and", "&"})
_PORTFOLIO_TITLES = frozenset({"minister", "ministry", "secretary", "portfolio", "department"})


def company_span(text: str, tokens: Sequence[Token], k: int, name_word: Callable[[int], bool],
                 portfolio: bool = False) -> tuple[int, int] | None:
    """A firm's name: one to three name words before the company head at k ("Panama Ports
    Company", "Okavango Diamond Company"), the whole capitalised run (a longer one, or one opened
    by a word that is no name's, is left to the other rules). A `portfolio` head ("Resources")
    after of, for, and or & ends a ministry's portfolio instead ("Ministry of Natural Resources")."""
    lo = k
    while lo > 0 and k - lo < 3 and text[tokens[lo - 1].end:tokens[lo].start] in JOINED and name_word(lo - 1) \
            and tokens[lo - 1].text not in ARTICLES:
        lo -= 1
    if lo == k or (lo > 0 and text[tokens[lo - 1].end:tokens[lo].start] == " " and tokens[lo - 1].text[:1].isupper()
                   and tokens[lo - 1].text not in ARTICLES):
        return None
    if portfolio and (lo > 0 and (tokens[lo - 1].text in _PORTFOLIO_OPENERS
                                  or "&" in text[tokens[lo - 1].end:tokens[lo].start]) or _runs_on(text, tokens, k)):
        # "Water Resources Minister X", "the Seabed Minerals Authority": a portfolio, a longer name;
        # "Korea Hydro & Nuclear Power": the tail of a longer name
        return None
    hi = _of_place(text, tokens, k, name_word)
    return lo, hi


def _of_place(text: str, tokens: Sequence[Token], k: int, name_word: Callable[[int], bool]) -> int:
    """The last token of a firm's name whose head at k takes an of-place ("Power Grid Corporation of
    India", "Steel Company of the Philippines"): one to three capitalised words after "of" (and "the"),
    ending the run; else k."""
    n = len(tokens)
    j = k + 1
    if j + 1 >= n or tokens[j].text != "of" or text[tokens[k].end:tokens[j].start] != " ":
        return k
    j += 1
    if tokens[j].text == "the" and j + 1 < n:
        j += 1
    end = j
    while end < n and end - j < 3 and text[tokens[end - 1].end:tokens[end].start] == " " and name_word(end):
        end += 1
    if end == j or (end < n and text[tokens[end - 1].end:tokens[end].start] == " " and tokens[end].text[:1].isupper()):
        return k
    return end - 1


def _runs_on(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the words after a head at k go on with a capitalised word, a minister's title or a
    second portfolio ("Mineral Resources and Energy Minister"), or with & ("Korea Hydro & Nuclear Power")."""
    if k + 1 >= len(tokens):
        return False
    gap = text[tokens[k].end:tokens[k + 1].start]
    if gap.strip() == "&":
        return True
    if gap != " ":
        return False
    after = tokens[k + 1].text
    return after[:1].isupper() or after.lower() in _PORTFOLIO_TITLES or after in _PORTFOLIO_OPENERS
