"""Start-up structure (not timings): what a command imports is what it needs and no more."""

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
sys.argv = ["secondvictim", *sys.argv[1:]]
from secondvictim.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def modules_after(*args):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        check=True,
        env={"NO_COLOR": "1"},
    )
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


def test_importing_the_cli_imports_no_yaml_pydantic_or_renderer():
    loaded = modules_after()  # no arguments: the help
    for heavy in (
        "yaml",
        "pydantic",
        "rich",
        "secondvictim.render_terminal",
        "secondvictim.loader",
        "secondvictim.blocks",
        "secondvictim.commands.fragments",
    ):
        assert heavy not in loaded, heavy


def test_version_and_help_load_no_data():
    for args in (["--version"], ["--help"], ["triage", "--help"]):
        loaded = modules_after(*args)
        assert "yaml" not in loaded and "secondvictim.models" not in loaded, args


def test_plain_output_does_not_import_rich():
    loaded = modules_after("script")
    assert "yaml" in loaded and "secondvictim.render_terminal" in loaded
    assert "rich" not in loaded  # output is piped here: plain text needs no Rich


def test_yaml_is_read_with_the_c_loader_when_available():
    import yaml

    from secondvictim.loader import StrictLoader

    if hasattr(yaml, "CSafeLoader"):
        assert issubclass(StrictLoader, yaml.CSafeLoader)


def test_importing_any_module_has_no_side_effect():
    """No module changes the environment or reads the command line when it is imported."""
    probe = """
import importlib, json, os, pkgutil, sys
import secondvictim
sys.argv = ["secondvictim", "--lang", "fr", "--data-dir", "/nonexistent"]
before = dict(os.environ)
for module in pkgutil.iter_modules(secondvictim.__path__):
    if module.name != "__main__":
        importlib.import_module(f"secondvictim.{module.name}")
print(json.dumps({"env_changed": dict(os.environ) != before}))
"""
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env={"PATH": "/usr/bin:/bin"}
    )
    assert json.loads(result.stdout) == {"env_changed": False}


def test_the_help_language_is_chosen_per_run_not_at_import():
    from typer.testing import CliRunner

    from secondvictim.cli import app

    runner = CliRunner()
    english = runner.invoke(app, ["--lang", "en", "--help"], prog_name="secondvictim")
    french = runner.invoke(app, ["--lang", "fr", "--help"], prog_name="secondvictim")
    assert english.stdout.startswith("Usage: secondvictim") and french.stdout.startswith("Utilisation")


@pytest.mark.parametrize(
    ("args", "built"),
    [
        (["script"], {"script"}),
        (["--lang", "fr", "--plain", "triage", "--json"], {"triage"}),
        (["--lang=fr", "--data-dir", "/x", "checkin"], {"checkin"}),
        (["triage", "--help"], {"triage"}),
        # No command named, or a word that is not one: the whole program (its help, or the
        # closest command in the error).
        ([], "all"),
        (["--help"], "all"),
        (["--lang", "fr"], "all"),
        (["--version", "script"], "all"),
        (["triag"], "all"),
        (["--", "script"], "all"),
    ],
)
def test_a_run_builds_only_the_command_it_names(args, built):
    import typer.main

    from secondvictim.cli import app, program

    everything = set(typer.main.get_command(app).commands)
    commands = set(typer.main.get_command(program(args)).commands)
    assert commands == (everything if built == "all" else built)
    assert len(everything) == 15


def test_the_previous_contact_is_read_only_with_previous():
    assert "secondvictim.previous" not in modules_after("checkin", "--event-date", "2026-01-05", "--sign", "guilt", "--json")
    assert "secondvictim.checkin" not in modules_after("script")
