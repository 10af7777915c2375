"""claims, mark, merge, split, suggestions, expire: reading and judging claims."""

from __future__ import annotations

import shutil

import click

from claimtracker.cli.common import db_option, echo_json
from claimtracker.cli.format import claims_csv, claims_table
from claimtracker.errors import ClaimTrackerError
from claimtracker.models import STATUSES


def _api(name: str):
    """A function of store.claims; a clear message while a part of it is not there yet."""
    from claimtracker.store import claims

    func = getattr(claims, name, None)
    if func is None:
        raise ClaimTrackerError(f"this version of claimtracker cannot do that yet (no store.claims.{name})")
    return func


NOTE = click.option("--note", required=True, help="Why: what a person reading the history needs to know.")
BY = click.option("--by", "by", default=None, help="Who made the change (a name or initials).")


@click.command(short_help="List claims with their mentions and suggestions.")
@click.option("--actor", default=None, help="Only claims about this actor (its id or a part of its name).")
@click.option("--country", default=None, help="Only claims about this country (ISO 3166-1 alpha-2, e.g. SY).")
@click.option("--status", type=click.Choice(STATUSES + ("overdue",)), default=None,
              help="Only claims with this status; overdue = open with its window passed.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table for reading, json with every field, csv with one row per mention.")
@db_option
def claims(actor, country, status, fmt, db):
    """List claims with their mentions (article date, outlet, language, certainty, quote) and
    outcome suggestions.

    \b
    Example:
      python -m claimtracker claims --actor Putin --country SY --format table
    """
    report = _api("claims_report")(
        db, actor=actor or None, country=country.upper() if country else None, status=status or None,
    )
    if fmt == "json":
        echo_json(report)
    elif fmt == "csv":
        click.echo(claims_csv(report), nl=False)
    else:
        click.echo(claims_table(report, width=shutil.get_terminal_size().columns), nl=False)


@click.command(short_help="Record a status for a claim (confirmed, refuted, open...).")
@click.argument("claim_id", type=int)
@click.argument("status", type=click.Choice(STATUSES))
@NOTE
@click.option("--evidence-url", default=None, help="A link to what shows the outcome.")
@BY
@db_option
def mark(claim_id, status, note, evidence_url, by, db):
    """Record a status for a claim: confirmed, refuted, open (reopen), partly_confirmed,
    expired or withdrawn. The claim's history keeps every change.

    \b
    Example:
      python -m claimtracker mark 12 refuted --note "Summit postponed" --evidence-url https://example.org/a
    """
    from claimtracker.store.claim_events import mark_status

    mark_status(db, claim_id, status, note, evidence_url=evidence_url, by=by)
    click.echo(f"Claim {claim_id} marked {status}.")


@click.command(short_help="Merge claims into one.")
@click.argument("claim_id", type=int)
@click.argument("other_ids", nargs=-1, required=True, type=int)
@NOTE
@BY
@db_option
def merge(claim_id, other_ids, note, by, db):
    """Merge claims OTHER_IDS into CLAIM_ID: their mentions, actors and countries move to it, and
    both histories record the merge.

    \b
    Example:
      python -m claimtracker merge 12 15 --note "Same summit, reported twice"
    """
    merge_claims = _api("merge_claims")
    for other in other_ids:
        merge_claims(db, claim_id, other, note=note, by=by)
    click.echo(f"Merged {', '.join(map(str, other_ids))} into claim {claim_id}.")


@click.command(short_help="Split a mention off into a claim of its own.")
@click.argument("mention_id", type=int)
@NOTE
@BY
@db_option
def split(mention_id, note, by, db):
    """Split a mention off into a claim of its own (it was linked to the wrong claim).

    \b
    Example:
      python -m claimtracker split 40 --note "This is about a different visit"
    """
    new_id = _api("split_mention")(db, mention_id, note=note, by=by)
    click.echo(f"Mention {mention_id} is now claim {new_id}.")


@click.group(short_help="List, accept or reject outcome suggestions.")
def suggestions():
    """Outcome suggestions: later articles that report a claim's event happened, or was
    postponed, cancelled or denied. A person accepts or rejects each one.

    \b
    Example:
      python -m claimtracker suggestions list
    """


@suggestions.command("list")
@click.option("--claim", "claim_id", type=int, default=None, help="Only the suggestions for this claim.")
@click.option("--all", "show_all", is_flag=True, help="Also the suggestions already accepted or rejected.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for reading, json with every field.")
@db_option
def suggestions_list(claim_id, show_all, fmt, db):
    """List the open outcome suggestions.

    \b
    Example:
      python -m claimtracker suggestions list --claim 12
    """
    rows = []
    for claim in _api("claims_report")(db):
        if claim_id is not None and claim.get("claim_id") != claim_id:
            continue
        for s in claim.get("suggestions") or []:
            if s.get("decision") and not show_all:
                continue
            rows.append({"claim_id": claim.get("claim_id"), "headline": claim.get("headline"), **s})
    if fmt == "json":
        echo_json(rows)
        return
    if not rows:
        click.echo("No open suggestions.")
    for r in rows:
        ident = r.get("suggestion_id", "?")
        decided = f"  [{r['decision']}]" if r.get("decision") else ""
        click.echo(f"#{ident}  claim {r['claim_id']} -> {r.get('outcome')}{decided}  (article {r.get('article_id')})  "
                   f"{r.get('headline') or ''}")
        if r.get("quote"):
            click.echo(f"    «{' '.join(str(r['quote']).split())}»")


@suggestions.command("accept")
@click.argument("suggestion_id", type=int)
@BY
@db_option
def suggestions_accept(suggestion_id, by, db):
    """Accept an outcome suggestion: the claim takes its status, with its article as evidence.

    \b
    Example:
      python -m claimtracker suggestions accept 3 --by analyst
    """
    _api("accept_suggestion")(db, suggestion_id, by=by)
    click.echo(f"Suggestion {suggestion_id} accepted.")


@suggestions.command("reject")
@click.argument("suggestion_id", type=int)
@BY
@db_option
def suggestions_reject(suggestion_id, by, db):
    """Reject an outcome suggestion; the claim keeps its status.

    \b
    Example:
      python -m claimtracker suggestions reject 3 --by analyst
    """
    _api("reject_suggestion")(db, suggestion_id, by=by)
    click.echo(f"Suggestion {suggestion_id} rejected.")


@click.command(short_help="Mark long-overdue open claims as expired.")
@click.option("--grace-days", type=click.IntRange(min=0), default=None,
              help="Days after the end of a claim's window before it may expire (default: the configured grace).")
@BY
@db_option
def expire(grace_days, by, db):
    """Mark open claims whose expected window ended more than the grace period ago as expired.
    Expired is not refuted: nobody learnt the outcome.

    \b
    Example:
      python -m claimtracker expire --grace-days 30
    """
    kwargs = {"by": by} if by else {}
    if grace_days is not None:
        kwargs["grace_days"] = grace_days
    result = _api("expire_overdue")(db, **kwargs)
    count = len(result) if isinstance(result, list | tuple | set) else int(result or 0)
    click.echo(f"{count} claim(s) marked expired.")
