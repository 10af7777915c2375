"""The command line: `python -m claimtracker COMMAND`. Each command parses its options, calls one
library function and prints the result; errors are one line and a non-zero exit."""

from __future__ import annotations

import click

from claimtracker import __version__
from claimtracker.cli.actors_cmds import actors
from claimtracker.cli.claims_cmds import claims, expire, mark, merge, split, suggestions
from claimtracker.cli.common import SafeGroup, setup_logging
from claimtracker.cli.ingest_cmds import demo, extract, ingest


@click.group(cls=SafeGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--verbose", "-v", is_flag=True, help="Also show the log on stderr.")
@click.version_option(version=__version__, prog_name="claimtracker")
def cli(verbose):
    """Claim Tracker: follow predictions and claims in Arabic and English news until they come
    true or not.

    \b
    Example:
      python -m claimtracker demo && python -m claimtracker claims --actor Putin
    """
    setup_logging(verbose)


for command in (ingest, extract, claims, mark, merge, split, suggestions, expire, demo, actors):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="python -m claimtracker")
