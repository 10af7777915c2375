"""Compile claimtracker/extract with mypyc, in place, or remove the compiled modules again.

usage (from the repository root, in the project's virtual environment):
    .venv/bin/python -m pip install -r requirements-compile.txt
    .venv/bin/python scripts/compile.py            # build (again): about 5-10 minutes of gcc
    .venv/bin/python scripts/compile.py --clean    # back to plain Python

The build leaves one extension module next to each compiled .py (claimtracker/extract/*.so) and
their shared runtime at the root (claimtracker_extract__mypyc*.so); Python imports an extension
before the .py of the same name, so a build goes stale when a compiled .py changes: build again
or clean. Every run starts by removing the previous build, so it is safe to re-run.
Nothing else changes: without the .so files the package runs as plain Python.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "claimtracker" / "extract"
GROUP = "claimtracker_extract"  # the name of the shared library of the compiled modules
BUILD = ROOT / "build"

# Modules left as Python, and why:
KEEP_PYTHON = {
    "__init__.py": "the package's entry: nothing to speed up",
    "native.py": "its run-time stand-in for mypy_extensions.trait is unreachable code to mypyc",
    "gate.py": "mypyc 2.x fails on a starred item inside a tuple (`x in (..., *repeats)`); run at load only",
    "split.py": "Sentence keeps its clauses in the instance __dict__ through a descriptor; a native "
                "class has no __dict__",
    "time_starts.py": "mypyc 2.x loses a decorated nested function that another nested function calls "
                      "(`entry` in `start_table`: UnboundLocalError at run time); its lookups are cached anyway",
}


def compiled_files() -> list[Path]:
    """The extension modules a build left in the tree."""
    return sorted([*PACKAGE.glob("*.so"), *PACKAGE.glob("*.pyd"), *ROOT.glob(f"{GROUP}__mypyc*")])


def clean() -> list[Path]:
    """Remove the compiled modules and the build directory; the removed files."""
    removed = compiled_files()
    for path in removed:
        path.unlink()
    if BUILD.is_dir():
        shutil.rmtree(BUILD)
    return removed


def sources() -> list[str]:
    """The modules to compile, relative to the root (mypyc names the modules after the paths)."""
    return [str(p.relative_to(ROOT)) for p in sorted(PACKAGE.glob("*.py")) if p.name not in KEEP_PYTHON]


def build(opt_level: str) -> None:
    try:
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError as exc:
        raise SystemExit(f"{exc.name} is missing: pip install -r requirements-compile.txt") from exc
    clean()
    os.chdir(ROOT)  # mypyc writes build/ and names the modules after paths relative to here
    modules = mypycify(["--config-file", "pyproject.toml", *sources()], opt_level=opt_level, group_name=GROUP)
    setup(name="claimtracker-compiled", py_modules=[], packages=[], ext_modules=modules,
          script_args=["--quiet", "build_ext", "--inplace"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules and build/")
    parser.add_argument("--opt-level", default="3", choices=["0", "1", "2", "3"], help="gcc's -O (default 3)")
    args = parser.parse_args(argv)
    if args.clean:
        removed = clean()
        sys.stderr.write(f"removed {len(removed)} compiled files\n")
        return 0
    build(args.opt_level)
    sys.stderr.write(f"compiled {len(compiled_files()) - 1} modules of claimtracker/extract\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
