"""Reading articles from every source, and the ingest run that stores them.

The run (and with it duckdb and pandas) is imported on first use, so that reading alone, as
`python -m claimtracker extract` does, starts quickly.
"""

from claimtracker.ingest.fetch import NetworkError, read_url
from claimtracker.ingest.readers import ArticleDefaults, article_from_text, read_bytes, read_file, read_paths

_RUN_NAMES = ("IngestSummary", "ingest_articles", "ingest_paths", "load_demo")

__all__ = [
    "ArticleDefaults",
    "IngestSummary",
    "NetworkError",
    "article_from_text",
    "ingest_articles",
    "ingest_paths",
    "load_demo",
    "read_bytes",
    "read_file",
    "read_paths",
    "read_url",
]


def __getattr__(name: str):
    if name in _RUN_NAMES:
        from claimtracker.ingest import run

        return getattr(run, name)
    raise AttributeError(f"module 'claimtracker.ingest' has no attribute {name!r}")
