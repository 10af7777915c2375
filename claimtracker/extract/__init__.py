"""The extractor: text -> `models.Extraction` (see docs/extraction.md)."""

from claimtracker.extract.pipeline import Resources, extract

__all__ = ["Resources", "extract"]
