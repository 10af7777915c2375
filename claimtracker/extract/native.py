"""Markers for a build compiled with mypyc (docs/architecture.md), no-ops when the package runs as Python.

mypyc compiles a class to a native class, and a native class has one native base: a mixin that
shares a class with another (`TitleFinder` takes `ArabicTitles` and `EnglishTitles`) must be a
trait. mypyc reads `trait` from `mypy_extensions` at compile time; at run time the plain identity
below stands in, so running the package needs no `mypy_extensions`. A build must leave this module as
Python: its `else` branch would be unreachable code to mypyc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_extensions import trait as trait
else:
    def trait(cls):
        """The class itself: a trait is a compile-time mark."""
        return cls
