"""A state's central bank named in English by a common noun: "Chile's central bank", "the Kenyan
central bank", and, bare, "the central bank" of the country the text is about when it is named as
the bank ("the central bank will", "the central bank's"), not as a kind of thing ("the central bank
easing"). In a euro country "the central bank" is the European Central Bank: rates are set in
Frankfurt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from claimtracker.extract.institutions_ar import InstitutionHit
from claimtracker.extract.phrases import Token


class CentralBankWords(NamedTuple):
    """From `institutions.json`: the words after "the central bank" that make it the bank
    (`bank_verbs_en`), the euro area's states and the euro area's bank (its actor id)."""
    verbs: frozenset[str]
    euro_area: frozenset[str]
    euro_bank: str | None


def central_banks_en(text: str, tokens: list[Token], words: list[str], central: list[int], by_end: dict,
                     main: Callable[[], str | None], country_name: Callable[[str], str | None],
                     central_bank: Callable[[str], str | None], lists: CentralBankWords) -> list[InstitutionHit]:
    """`central`: the token positions of "central" before "bank"; `by_end`: country hits by their
    end offset; `central_bank(code)`: the gazetteer's actor id of a state's bank, or None."""
    out: list[InstitutionHit] = []
    for k in central:
        # "Chile's central bank", "the Kenyan central bank"
        if k == 0:
            continue
        gap = text[tokens[k - 1].end:tokens[k].start]
        h = by_end.get(tokens[k - 1].end) if gap == " " else None
        if gap in ("'s ", "’s ") or (gap == " " and words[k - 1] in ("s",) and k > 1):
            h = by_end.get(tokens[k - 1].end) or by_end.get(tokens[k - 2].end if k > 1 else -1)
        code = h.code if h is not None else None
        bare = code is None
        if bare and gap == " " and words[k - 1].lower() == "the" and _bank_subject(text, tokens, k + 2, lists.verbs):
            code = main()  # "the central bank": the bank of the country the text is about
        if code is None:
            continue
        known = central_bank(code)
        if bare and code in lists.euro_area:
            # a euro country's rates are set in Frankfurt: "the central bank" there is the ECB
            code, known = None, lists.euro_bank
        name = country_name(code) if code else None
        if not known and not name:
            continue
        out.append(InstitutionHit(f"Central Bank of {name}", code, tokens[k].start, tokens[k + 1].end, known, bare))
    return out


def _bank_subject(text: str, tokens: list[Token], k: int, verbs: frozenset[str]) -> bool:
    """Whether "the central bank" ending at tokens[k - 1] names the bank, not a kind of thing
    ("the central bank easing"): a verb, a possessive or a mark follows it."""
    if k >= len(tokens):
        return True
    gap = text[tokens[k - 1].end:tokens[k].start]
    return gap.strip() != "" or tokens[k].text in verbs
