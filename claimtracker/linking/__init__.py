"""Pure mention-to-claim linking: which existing claim (if any) each new mention restates."""

from claimtracker.linking.headline import headline_for, window_label
from claimtracker.linking.link import best_claim, link_batch, new_profile, same_claim
from claimtracker.linking.model import ClaimProfile, LinkDecision, LinkInput, LinkResult, Quote
from claimtracker.linking.outcomes import Outcome, OutcomeLexicon, detect_outcome, load_lexicon
from claimtracker.linking.score import score

__all__ = [
    "ClaimProfile", "LinkDecision", "LinkInput", "LinkResult", "Outcome", "OutcomeLexicon", "Quote",
    "best_claim", "detect_outcome", "headline_for", "link_batch", "load_lexicon", "new_profile",
    "same_claim", "score", "window_label",
]
