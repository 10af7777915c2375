"""Where things live: the database file, the data folder, the queries folder."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
QUERIES_DIR = PROJECT_ROOT / "queries"
SAMPLES_DIR = DATA_DIR / "samples"
DEFAULT_DB = DATA_DIR / "claims.duckdb"
DB_ENV = "CLAIMTRACKER_DB"


def db_path(explicit: str | os.PathLike | None = None) -> Path:
    """`--db` wins, then $CLAIMTRACKER_DB, then data/claims.duckdb."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    return DEFAULT_DB
