"""The plain data linking works on: what it knows of a claim, a new mention, and its decision."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from claimtracker.linking.facts import ClaimFacts, claim_facts
from claimtracker.models import Mention

MAX_QUOTES = 8
MAX_WINDOWS = 8


@dataclass(frozen=True, slots=True)
class Quote:
    lang: str
    text: str


@dataclass(frozen=True)
class ClaimProfile:
    """What linking needs to know about a claim (stored, or started earlier in this batch).

    `claim_id` is negative for a claim started in the current batch; the store replaces it with
    a real id when it writes.
    """

    claim_id: int
    event_type: str
    core_actor_ids: frozenset[str]  # the actors of the mention that started the claim
    actor_ids: frozenset[str] = frozenset()  # every actor any of its mentions named
    countries: frozenset[str] = frozenset()
    expected_from: date | None = None
    expected_to: date | None = None
    first_seen_at: date | None = None
    last_seen_at: date | None = None
    is_forward: bool = True  # has at least one prediction or speculation
    is_negated: bool = False  # started from a negated mention ("X will not visit")
    status: str = "open"
    has_confirmation: bool = False  # a confirming outcome was reported or accepted
    has_postponement: bool = False  # a postponement was reported: re-dating is expected
    quotes: tuple[Quote, ...] = ()
    # The windows its forecasts gave, latest last: a new mention may match any of them, since
    # one mention's window can be off and drift keeps the older ones meaningful.
    windows: tuple[tuple[date | None, date | None], ...] = ()
    articles: frozenset[int] = frozenset()  # articles of its mentions linked in this batch

    @cached_property
    def facts(self) -> ClaimFacts:
        """What scoring reads of the claim, derived from the fields above once per profile (a
        profile is never changed, only replaced)."""
        return claim_facts(self)

    def absorb(self, item: LinkInput, outcome_reason: str | None) -> ClaimProfile:
        """The profile after `item` joined the claim."""
        m = item.mention
        forward = m.is_forward and outcome_reason is None
        exp_from, exp_to = self.expected_from, self.expected_to
        windows = self.windows
        if forward and item.stated_window:
            # Every stated window is kept for matching, as a stored claim's are; only a placed
            # one becomes the claim's window.
            windows = (windows + (item.stated_window,))[-MAX_WINDOWS:]
        if forward and item.window:
            # The latest report's window; of one day's reports, the one reaching furthest (a
            # report recalling the earlier date does not undo the newest re-dating).
            newer = self.last_seen_at is None or item.published is None or item.published > self.last_seen_at
            same_day = item.published == self.last_seen_at
            reach = item.window[1] or item.window[0]
            reaches = exp_to is None or (reach is not None and reach >= exp_to)
            if newer or (same_day and reaches):
                exp_from, exp_to = item.window
        dates = [d for d in (self.first_seen_at, item.published) if d]
        last = [d for d in (self.last_seen_at, item.published) if d]
        # Built directly rather than with dataclasses.replace: linking absorbs thousands per batch.
        return ClaimProfile(
            claim_id=self.claim_id,
            event_type=self.event_type,
            core_actor_ids=self.core_actor_ids,
            actor_ids=self.actor_ids | {a.actor_id for a in m.actors if a.kind != "country"},
            countries=self.countries | set(m.countries) | {a.country for a in m.actors
                                                          if a.kind == "country" and a.country},
            expected_from=exp_from,
            expected_to=exp_to,
            first_seen_at=min(dates) if dates else None,
            last_seen_at=max(last) if last else None,
            is_forward=self.is_forward or forward,
            is_negated=self.is_negated,
            status=self.status,
            has_confirmation=self.has_confirmation or outcome_reason == "happened",
            has_postponement=self.has_postponement or outcome_reason == "postponed",
            quotes=(self.quotes + (Quote(item.lang, m.quote),))[-MAX_QUOTES:],
            windows=windows,
            articles=self.articles | ({item.article} if item.article is not None else set()),
        )


@dataclass(frozen=True)
class LinkInput:
    """A new mention with what linking needs of its article."""

    mention: Mention
    lang: str
    published: date | None
    key: int = 0  # the caller's index for this item
    is_redated: bool = False  # the wording says it moves an earlier date (set by link_batch)
    article: int | None = None  # the article's id: clauses of one article about one event go together
    # The event type linking uses (set by link_batch): the extractor's, except that a forecast of
    # attending a gathering is about the gathering ("al-Sharaa will travel to Moscow for the summit").
    event_type: str | None = None
    reports: str | None = None  # the outcome it reports (set by link_batch): then it is no forecast

    @property
    def forward(self) -> bool:
        return self.mention.is_forward and self.reports is None

    @property
    def event(self) -> str:
        return self.event_type or self.mention.event_type

    @property
    def stated_window(self) -> tuple[date | None, date | None] | None:
        w = self.mention.expected
        if w is None or (w.start is None and w.end is None):
            return None
        return (w.start, w.end)

    @property
    def window(self) -> tuple[date | None, date | None] | None:
        """The mention's expected window, if it gives one that can place the event.

        A forecast dated exactly its own article's day is nearly always the dateline ("Novak
        announced today that al-Sharaa will visit...") taken for the event's date, so it places
        nothing.
        """
        w = self.mention.expected
        if w is None or (w.start is None and w.end is None):
            return None
        if self.forward and self.published is not None and w.start == w.end == self.published:
            return None
        return (w.start, w.end)


@dataclass(frozen=True)
class LinkDecision:
    key: int
    claim_id: int  # negative: a claim started in this batch
    is_new_claim: bool
    score: float
    outcome: str | None = None  # confirmed | refuted, when the mention reports an outcome
    outcome_reason: str | None = None  # happened | postponed | cancelled | denied
    suggest: bool = False  # offer the outcome as a suggestion on the claim
    also_suggest: tuple[int, ...] = ()  # other forecasts the same report resolves (split stories)


@dataclass
class LinkResult:
    decisions: list[LinkDecision] = field(default_factory=list)
    profiles: dict[int, ClaimProfile] = field(default_factory=dict)  # every claim touched, as it ends
    # Stored claims any mention was scored against: no change to any other claim can change the
    # decisions, as long as it keeps the actors, countries and event type it is found by.
    considered: set[int] = field(default_factory=set)
