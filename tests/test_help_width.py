"""The help is laid out for the run's Environment (its width: COLUMNS, else the terminal), never
for a terminal Click measures itself, and at most 80 columns wide as Click's default caps it
(README, "Modules": `cli_help.py`)."""

import pytest

from .golden.make import COMMANDS


def _widest(text):
    """The widest line, leaving out the examples: each is a command line shown whole, as typed
    (never wrapped, so that it can be copied)."""
    return max(len(line) for line in text.splitlines() if not line.lstrip().startswith("secondvictim "))


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("columns", "limit"), [(60, 60), (200, 80)])
def test_every_help_fits_the_environment_width_and_at_most_80(run, monkeypatch, lang, columns, limit):
    monkeypatch.setenv("COLUMNS", str(columns))
    for command in ("", *COMMANDS):
        result = run("--lang", lang, *([command] if command else []), "--help")
        assert result.exit_code == 0, (command, result.output)
        assert "Usage" in result.stdout or "Utilisation" in result.stdout
        assert _widest(result.stdout) <= limit, (command, columns)


def test_a_narrower_terminal_gets_narrower_help(run, monkeypatch):
    # The same help at 60 and at 80 columns: laid out anew, not cut (both wrap the same words).
    monkeypatch.setenv("COLUMNS", "60")
    narrow = run("triage", "--help").stdout
    monkeypatch.setenv("COLUMNS", "80")
    wide = run("triage", "--help").stdout
    assert 60 >= _widest(narrow) > 50
    assert 80 >= _widest(wide) > 70
    assert narrow.split() == wide.split()


def test_the_help_without_a_command_fits_the_environment_too(run, monkeypatch):
    # `secondvictim` alone shows the help (written before Click's own --help is reached).
    monkeypatch.setenv("COLUMNS", "60")
    result = run()
    assert result.exit_code == 0
    assert _widest(result.stdout) <= 60
