"""docs/cli.md documents every command and option, and every command's --help has an example."""

from __future__ import annotations

import re
import shlex

import click
import pytest
from click.testing import CliRunner

from claimtracker.cli import cli
from tests.conftest import REPO

DOC = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        yield path, command
        if isinstance(command, click.Group):
            yield from _commands(command, path)


COMMANDS = list(_commands(cli))
LEAVES = [(p, c) for p, c in COMMANDS if not isinstance(c, click.Group)]


def _section(path: tuple[str, ...]) -> str:
    """The part of docs/cli.md under the heading `## \\`path\\`` (or ###), up to the next heading."""
    title = " ".join(path)
    match = re.search(rf"^#{{2,3}} `{re.escape(title)}`\n(.*?)(?=^#{{2,3}} |\Z)", DOC, re.M | re.S)
    assert match, f"docs/cli.md has no section for `{title}`"
    return match.group(1)


def _long_options(command: click.Command) -> list[str]:
    return [o for p in command.params if isinstance(p, click.Option) for o in p.opts if o.startswith("--")]


@pytest.mark.parametrize("path, command", COMMANDS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_help_has_an_example(path, command):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any(line.strip() == "Example:" for line in lines), result.output
    example = lines[[line.strip() for line in lines].index("Example:") + 1].strip()
    assert example.startswith("python -m claimtracker "), example


@pytest.mark.parametrize("path, command", LEAVES, ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_and_option_is_documented(path, command):
    section = _section(path)
    assert f"python -m claimtracker {' '.join(path)}" in section
    assert "Example:" in section
    for option in _long_options(command):
        assert option in section, f"`{' '.join(path)}` option {option} is not in docs/cli.md"


@pytest.mark.parametrize("path, command", LEAVES, ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_takes_db(path, command):
    assert "--db" in _long_options(command)


def test_docs_name_no_command_that_does_not_exist():
    known = {" ".join(p) for p, _ in COMMANDS}
    documented = set(re.findall(r"^#{2,3} `([a-z ]+)`", DOC, re.M))
    assert documented == known


@pytest.mark.parametrize("path, command", COMMANDS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_help_examples_use_options_that_exist(path, command):
    """Each example in --help parses: `--help` appended stops it before it runs, but an unknown
    option or a wrong argument still fails."""
    lines = CliRunner().invoke(cli, [*path, "--help"]).output.splitlines()
    example = lines[[line.strip() for line in lines].index("Example:") + 1].strip()
    for part in example.split("&&"):
        args = shlex.split(part)[3:]  # drop "python -m claimtracker"
        result = CliRunner().invoke(cli, [*args, "--help"])
        assert result.exit_code == 0, f"{part.strip()!r}: {result.output}"
