"""Quotation marks around Arabic names and bodies in title phrases: a name quoted after its title
(«نظيره المصري "محمد كامل عمرو"»), a body quoted after «لـ» («المدير العام لـ«سنيم»»)."""

from __future__ import annotations

from claimtracker.extract.phrases import QUOTES_CLOSE, QUOTES_OPEN, Token

_QUOTES = QUOTES_OPEN | QUOTES_CLOSE


def quoted_name(text: str, tokens: list[Token], name_toks: list[int]) -> list[int]:
    """The name when a closing quotation mark ends it, else none: a quoted phrase that goes on past
    the name is a title or a slogan, not a name."""
    if len(name_toks) < 2:
        return []
    rest = text[tokens[name_toks[-1]].end:tokens[name_toks[-1]].end + 2].lstrip(" ")
    return name_toks if rest[:1] in QUOTES_CLOSE else []


def quoted_body_end(text: str, tokens: list[Token], k: int) -> int | None:
    """The last token of a short quoted phrase opening at token k (its mark in the gap before it),
    or None: «لـ«سنيم»» names a body in one to four words."""
    if k >= len(tokens) or text[tokens[k - 1].end:tokens[k].start].strip(" ") not in QUOTES_OPEN:
        return None
    for j in range(k, min(k + 4, len(tokens))):
        after = text[tokens[j].end:tokens[j].end + 1]
        if after in QUOTES_CLOSE:
            return j
        if after.strip() and after != "-":
            return None
    return None


def quote_gap(text: str, end: int, start: int) -> bool:
    """A gap of spaces and quotation marks only, with one mark at least."""
    gap = text[end:start]
    return bool(gap.strip()) and all(ch in _QUOTES or ch == " " for ch in gap)
