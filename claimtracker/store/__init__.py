"""Storage in DuckDB. `db.Database` is the only place that runs SQL."""

from claimtracker.store.db import Database

__all__ = ["Database"]
