"""ingest, extract, demo: putting articles in, or looking at what the extractor finds."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:  # click names the bar's class only in a private module
    from click._termui_impl import ProgressBar

from claimtracker.cli.common import DATE, LANG, db_option, echo_json
from claimtracker.errors import InputError


class _Bar:
    """A progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self, label: str):
        self.label = label
        self.bar: ProgressBar[str | None] | None = None
        self.shown = 0
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int | None, source: str) -> None:
        if not self.enabled or (self.bar is None and not total):
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr,
                                         show_pos=True, item_show_func=lambda s: s and s[-40:])
            self.bar.__enter__()
        self.bar.current_item = source
        self.bar.update(done - self.shown)
        self.shown = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _report(summary, fmt: str) -> None:
    if fmt == "json":
        echo_json(summary.to_json())
    else:
        click.echo(f"Articles: {summary.articles_new} new, {summary.articles_duplicate} duplicate, "
                   f"{summary.articles_failed} failed")
        click.echo(f"Mentions: {summary.mentions_new} new. Claims: {summary.claims_new} new, "
                   f"{summary.claims_updated} updated." + (f" (batch {summary.batch_id})" if summary.batch_id else ""))
        for failure in summary.failures:
            click.echo(f"Failed: {failure.source}: {failure.reason}")
    if summary.failures and not summary.articles_new and not summary.articles_duplicate:
        raise click.ClickException("no article could be read; see the reasons above")


def _run(db, fmt: str, label: str, work) -> None:
    bar = _Bar(label)
    try:
        summary = work(db, bar)
    finally:
        bar.close()
    _report(summary, fmt)


FORMAT_SUMMARY = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                              show_default=True, help="The summary as text lines or as one JSON object.")


@click.command(short_help="Read articles from files and folders and store their claims.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", type=DATE, default=None,
              help="Publication date (YYYY-MM-DD) for articles that do not give one.")
@click.option("--outlet", default=None, help="Outlet name for articles that do not give one.")
@click.option("--lang", type=LANG, default=None, help="Language of the articles (ar or en); by script if not given.")
@FORMAT_SUMMARY
@db_option
def ingest(paths, published, outlet, lang, fmt, db):
    """Read articles from files and folders, extract their claims and store them.

    PATHS are .txt, .md, .html, .htm or .jsonl files (one article a line: text, and optional
    title, url, outlet, published, lang) or folders of them, read recursively. The same
    article (same URL or same text) is stored once. A file that cannot be read is reported
    with its reason and skipped.

    \b
    Example:
      python -m claimtracker ingest ../shared/seed/article-ar.txt --published 2025-08-03
    """
    from claimtracker.ingest import ArticleDefaults, ingest_paths

    defaults = ArticleDefaults(published=published, outlet=outlet, lang=lang.lower() if lang else None)
    _run(db, fmt, "Ingesting", lambda db_, bar: ingest_paths(db_, paths, defaults, progress=bar))


@click.command(short_help="Load the demo corpus of data/samples/.")
@FORMAT_SUMMARY
@db_option
def demo(fmt, db):
    """Load the demo corpus (data/samples/) in date order. Loading it twice adds nothing.

    \b
    Example:
      python -m claimtracker demo --db /tmp/demo.duckdb
    """
    from claimtracker.ingest import load_demo

    _run(db, fmt, "Loading the demo corpus", lambda db_, bar: load_demo(db_, progress=bar))


def _read_for_extract(path: str, lang: str | None):
    from claimtracker.ingest.readers import TEXT_SUFFIXES, ArticleDefaults, read_file
    from claimtracker.ingest.textfiles import check_size, decode_bytes
    from claimtracker.models import ReadFailure

    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no such file: {path}")
    if p.suffix.lower() in TEXT_SUFFIXES or not p.suffix:
        # Plain text is passed on exactly as the file holds it, so offsets index the file.
        check_size(p.stat().st_size)
        return decode_bytes(p.read_bytes())
    items = list(read_file(p, ArticleDefaults(lang=lang)))
    if len(items) != 1:
        raise InputError(f"{path} holds {len(items)} articles; extract takes one")
    if isinstance(items[0], ReadFailure):
        raise InputError(f"{items[0].source}: {items[0].reason}")
    return items[0].text


@click.command(short_help="Print the extraction of one article as JSON (stores nothing).")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--published", type=DATE, required=True,
              help="The article's date (YYYY-MM-DD); relative dates resolve against it. Empty: unknown.")
@click.option("--lang", type=LANG, default=None, help="ar or en; by script if not given.")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="Output format: the JSON object of ../shared/eval/score.py.")
@click.option("--db", "db_file", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Also use the actors people added in this database (read only). "
                   "Without it no database is opened.")
def extract(file, published, lang, fmt, db_file):
    """Print what the extractor finds in one article, without storing anything.

    FILE is a .txt, .md, .html or one-line .jsonl file, or - for standard input.

    \b
    Example:
      python -m claimtracker extract ../shared/seed/article-ar.txt --published 2025-08-03 --lang ar --format json
    """
    from claimtracker.extract import Resources
    from claimtracker.extract import extract as run_extract
    from claimtracker.text import detect_language

    text = _read_for_extract(file, lang.lower() if lang else None)
    language = detect_language(text, lang.lower() if lang else None)
    if db_file is not None:
        from claimtracker.store.actors import user_actors
        from claimtracker.store.db import Database

        resources = Resources.load(extra_actors=user_actors(Database(db_file)))
    else:
        resources = Resources.load()
    result = run_extract(text, published=published, lang=language, resources=resources)
    echo_json(result.to_json())
