"""Text renderings of `store.claims.claims_report`: a readable table and CSV (one row per mention)."""

from __future__ import annotations

import csv
import io
import textwrap


def _names(values) -> list[str]:
    out = []
    for v in values or []:
        if isinstance(v, dict):
            out.append(str(v.get("name") or v.get("actor_id") or v.get("country") or ""))
        else:
            out.append(str(v))
    return [v for v in out if v]


def _plain(value):
    """Missing values (None, NaN, NaT, '') as None; the rest as text."""
    if value is None or (isinstance(value, str) and value in ("", "NaT", "nan", "None")):
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def _window(expected) -> str:
    if not expected:
        return ""
    if isinstance(expected, dict):
        start, end, text = (_plain(expected.get(k)) for k in ("from", "to", "text"))
        span = f"{start or '…'}..{end or '…'}" if (start or end) else ""
        return " ".join(p for p in (span, f"({text})" if text else "") if p)
    return str(expected)


def _cut(text, width: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[: max(width - 1, 1)] + "…"


def _cert(value) -> str:
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return "  - "


def claims_table(report: list[dict], width: int | None = None) -> str:
    width = max(60, min(width or 120, 200))
    if not report:
        return "No claims match.\n"
    lines = []
    for c in report:
        status = f"{c.get('status')}, overdue" if c.get("is_overdue") else c.get("status")
        lines.append(f"#{c.get('claim_id')}  [{status}]  {c.get('event_type') or ''}  "
                     f"{_window(c.get('expected'))}".rstrip())
        lines.extend(textwrap.wrap(" ".join(str(c.get("headline") or "").split()), width=width - 2,
                                   initial_indent="  ", subsequent_indent="  ", max_lines=2, placeholder=" …"))
        who = ", ".join(_names(c.get("actors")))
        where = ", ".join(_names(c.get("countries")))
        if who or where:
            lines.append(f"  actors: {who or '-'}; countries: {where or '-'}")
        for m in c.get("mentions") or []:
            lines.append(f"  - {_plain(m.get('published')) or 'undated'}  {m.get('outlet') or '-'}  "
                         f"{m.get('lang') or '--'}  certainty {_cert(m.get('certainty'))}"
                         + (f"  expects {_window(m.get('expected'))}" if _window(m.get("expected")) else ""))
            quote = " ".join(str(m.get("quote") or "").split())
            lines.extend(textwrap.wrap(quote, width=width - 6, initial_indent="      ",
                                       subsequent_indent="      ", max_lines=4, placeholder=" …"))
        for s in c.get("suggestions") or []:
            decided = f" [{s['decision']}]" if s.get("decision") else ""
            lines.append(f"  suggested{decided}: {s.get('outcome')} (article {s.get('article_id')}"
                         + (f", suggestion {s['suggestion_id']}" if s.get("suggestion_id") else "")
                         + f"): {_cut(s.get('quote'), width - 40)}")
        lines.append("")
    lines.append(f"{len(report)} claim(s)")
    return "\n".join(lines) + "\n"


CSV_COLUMNS = [
    "claim_id", "headline", "status", "event_type", "actors", "countries", "expected_from", "expected_to",
    "article_id", "published", "outlet", "lang", "certainty", "quote",
]


def claims_csv(report: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for c in report:
        expected = c.get("expected")
        if not isinstance(expected, dict):
            expected = {}
        base = {
            "claim_id": c.get("claim_id"),
            "headline": c.get("headline"),
            "status": c.get("status"),
            "event_type": c.get("event_type"),
            "actors": "; ".join(_names(c.get("actors"))),
            "countries": "; ".join(_names(c.get("countries"))),
            "expected_from": _plain(expected.get("from")),
            "expected_to": _plain(expected.get("to")),
        }
        mentions = c.get("mentions") or [{}]
        for m in mentions:
            writer.writerow({**base, **{k: _plain(m.get(k)) for k in
                                        ("article_id", "published", "outlet", "lang", "certainty", "quote")}})
    return out.getvalue()
