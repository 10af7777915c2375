"""The compiled build (`scripts/compile.py`) and plain Python give the same extractions.

The tests pass both ways. With nothing compiled they run plain Python (the object.__new__ fast
paths of `records` and `timewords`); after a build they run the compiled modules in process and
compare them with a plain-Python run in a subprocess that imports every .py before an extension of
the same name. The texts are written for this test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from claimtracker.extract import extract
from claimtracker.extract.attribution import Hit
from claimtracker.extract.cues import CueHit
from claimtracker.extract.events import EventHit
from claimtracker.extract.records import cue_hit, event_hit, hit

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "claimtracker" / "extract"

TEXTS = [
    ("en", date(2026, 3, 2),
     "Harbour minister Lidia Varga said on Monday that the new ferry terminal in Split would open "
     "next spring. Officials expect the port authority to approve the budget within two weeks, "
     "according to two people familiar with the plan. The prime minister will visit the site on Friday."),
    ("ar", date(2026, 3, 2),
     "قال وزير النقل التونسي إن الحكومة ستفتتح الطريق السريع الجديد بين صفاقس وقابس في أيلول المقبل. "
     "وتوقعت مصادر مطلعة أن يزور رئيس الوزراء المشروع الأسبوع المقبل، فيما أكد المتحدث باسم الوزارة "
     "أن الأشغال ستنتهي قبل نهاية العام."),
]

# Run in a subprocess: the path hooks find a module's .py before its extension, so the package
# runs as plain Python even when compiled modules lie next to the sources.
_PURE = """
import json, sys
from datetime import date
from importlib.machinery import (BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, SOURCE_SUFFIXES, ExtensionFileLoader,
                                 FileFinder, SourceFileLoader, SourcelessFileLoader)
sys.path_hooks.insert(0, FileFinder.path_hook((SourceFileLoader, SOURCE_SUFFIXES),
                                              (ExtensionFileLoader, EXTENSION_SUFFIXES),
                                              (SourcelessFileLoader, BYTECODE_SUFFIXES)))
sys.path_importer_cache.clear()
sys.path.insert(0, sys.argv[1])
from claimtracker.extract import extract
texts = json.loads(sys.stdin.read())
mods = [m for name, m in sys.modules.items() if name.startswith("claimtracker.extract")]
out = [extract(t, published=date.fromisoformat(p), lang=lang).to_json() for lang, p, t in texts]
compiled = [m.__name__ for m in mods if not (getattr(m, "__file__", "") or "").endswith(".py")]
print(json.dumps({"compiled": compiled, "out": out}, ensure_ascii=False, default=str))
"""


def _extract_here() -> list:
    return json.loads(json.dumps([extract(t, published=p, lang=lang).to_json() for lang, p, t in TEXTS],
                                 ensure_ascii=False, default=str))


def _compiled_here() -> list[str]:
    return sorted(name for name, m in sys.modules.items()
                  if name.startswith("claimtracker.extract") and not (getattr(m, "__file__", "") or "").endswith(".py"))


def test_compiled_modules_are_not_stale():
    """An extension shadows its .py: one older than its source runs code that is no longer there."""
    stale = []
    for so in PACKAGE.glob("*.so"):
        source = PACKAGE / (so.name.split(".")[0] + ".py")
        if not source.exists() or source.stat().st_mtime > so.stat().st_mtime:
            stale.append(so.name)
    assert not stale, f"compiled modules older than their source: {stale}; run scripts/compile.py (or --clean)"


def test_hit_makers_give_the_classes_own_objects():
    """`records` builds the hits without __init__ in Python and with the constructor when compiled."""
    assert hit("speech", 3, 9) == Hit("speech", 3, 9) and type(hit("speech", 3, 9)) is Hit
    assert event_hit("meeting", 2, 0, 5) == EventHit("meeting", 2, 0, 5)
    made = cue_hit("future", "will", 0.8, 2, 10, 14, True)
    assert made == CueHit("future", "will", 0.8, 2, 10, 14, True) and type(made) is CueHit
    assert made.needs_context is True and made.certainty == 0.8


def test_extractions_find_the_claims():
    en, ar = _extract_here()
    assert en["mentions"] and ar["mentions"], (en, ar)
    assert any("ferry terminal" in m["quote"] for m in en["mentions"])
    assert any("الطريق السريع" in m["quote"] for m in ar["mentions"])


def test_plain_python_and_this_build_agree():
    here = _extract_here()
    texts = [(lang, p.isoformat(), t) for lang, p, t in TEXTS]
    run = subprocess.run([sys.executable, "-c", _PURE, str(ROOT)], input=json.dumps(texts), capture_output=True,
                         text=True, check=True, cwd=ROOT)
    pure = json.loads(run.stdout)
    assert pure["compiled"] == [], pure["compiled"]
    assert pure["out"] == here, f"compiled modules in this run: {_compiled_here()}"
