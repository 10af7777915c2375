"""Claim Tracker: follow claims and speculation in Arabic and English news until they come true or not."""

__version__ = "0.1.0"
