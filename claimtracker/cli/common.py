"""What every command shares: the --db option, date and language options, errors as one line."""

from __future__ import annotations

import functools
import logging
import os
import tempfile
from datetime import date
from pathlib import Path

import click

from claimtracker.config import DB_ENV, db_path
from claimtracker.errors import ClaimTrackerError

LOG_ENV = "CLAIMTRACKER_LOG"
log = logging.getLogger("claimtracker.cli")


def log_file() -> Path:
    """Where tracebacks of internal errors go: $CLAIMTRACKER_LOG or the temp folder."""
    return Path(os.environ.get(LOG_ENV) or Path(tempfile.gettempdir()) / "claimtracker.log")


def setup_logging(verbose: bool = False) -> None:
    """Every log record (ours and the libraries') goes to the log file, not over the command's
    output; --verbose also shows them on stderr."""
    root = logging.getLogger()
    target = os.path.abspath(log_file())
    if not any(getattr(h, "baseFilename", None) == target for h in root.handlers):
        handler: logging.Handler
        try:
            handler = logging.FileHandler(target, encoding="utf-8", delay=True)
        except OSError:
            handler = logging.NullHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"))
        root.addHandler(handler)
    if verbose and not any(type(h) is logging.StreamHandler for h in root.handlers):
        root.addHandler(logging.StreamHandler())
    root.setLevel(logging.WARNING)
    logging.getLogger("claimtracker").setLevel(logging.INFO)


def one_line(message: str) -> str:
    return " ".join(str(message).split()) or "unknown error"


class SafeGroup(click.Group):
    """Turns the project's errors and OS errors into `Error: <one line>` and exit status 1; any
    other exception into one line pointing at the log file, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except ClaimTrackerError as exc:
            raise click.ClickException(one_line(str(exc))) from None
        except OSError as exc:
            where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
            raise click.ClickException(one_line(f"{exc.strerror or exc}{where}")) from None
        except KeyboardInterrupt:
            raise click.exceptions.Abort() from None
        except Exception as exc:
            log.exception("internal error in %s", ctx.invoked_subcommand or ctx.command_path)
            raise click.ClickException(one_line(
                f"internal error ({type(exc).__name__}: {exc}); the details are in {log_file()}"
            )) from None


def db_option(func):
    """--db on every command: the DuckDB file (default $CLAIMTRACKER_DB, else data/claims.duckdb)."""

    @click.option("--db", "db_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help=f"The database file. Default: ${DB_ENV}, else data/claims.duckdb.")
    @functools.wraps(func)
    def wrapper(*args, db_file: Path | None = None, **kwargs):
        from claimtracker.store.db import Database  # duckdb and pandas load only when a command needs them

        return func(*args, db=Database(db_path(db_file)), **kwargs)

    return wrapper


class DateType(click.ParamType):
    """YYYY-MM-DD; an empty string means unknown (None)."""

    name = "DATE"

    def convert(self, value, param, ctx):
        if value is None or isinstance(value, date):
            return value
        value = str(value).strip()
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date like 2025-08-03", param, ctx)


DATE = DateType()
LANG = click.Choice(["ar", "en"], case_sensitive=False)


def _json_default(value):
    import pandas as pd

    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


def echo_json(data) -> None:
    import json

    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))
