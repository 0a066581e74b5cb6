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
        "secondvictim.render.terminal",
        "secondvictim.guide.loader",
        "secondvictim.render.blocks",
        "secondvictim.commands.fragments",
    ):
        assert heavy not in loaded, heavy


def test_version_and_help_load_no_data():
    for args in (["--version"], ["--help"], ["triage", "--help"]):
        loaded = modules_after(*args)
        assert "yaml" not in loaded and "secondvictim.guide.models" not in loaded, args


def test_plain_output_does_not_import_rich():
    loaded = modules_after("script")
    assert "yaml" in loaded and "secondvictim.render.terminal" in loaded
    assert "rich" not in loaded  # output is piped here: plain text needs no Rich


def test_yaml_is_read_with_the_c_loader_when_available():
    import yaml

    from secondvictim.guide.loader import StrictLoader

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
    from tests.invoke import invoke

    english = invoke(["--lang", "en", "--help"])
    french = invoke(["--lang", "fr", "--help"])
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
    assert len(everything) == 17


def test_the_previous_contact_is_read_only_with_previous():
    assert "secondvictim.previous" not in modules_after("checkin", "--event-date", "2026-01-05", "--sign", "guilt", "--json")
    assert "secondvictim.rules.checkin" not in modules_after("script")


# --- Sizes, and the one reader of the environment (issue 21) ---------------------------------

SOURCE = __import__("pathlib").Path(__file__).parents[1] / "src" / "secondvictim"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 50
# Modules and functions still over the limits, each with its reason. The list may only shrink.
LONG_MODULES: dict[str, str] = {}
LONG_FUNCTIONS: dict[str, str] = {}


def _modules():
    return sorted(SOURCE.rglob("*.py"))


def _name(path):
    return str(path.relative_to(SOURCE))


def test_modules_stay_under_400_lines():
    long = {_name(p): len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}
    over = {name for name, count in long.items() if count > MAX_MODULE_LINES}
    assert over <= set(LONG_MODULES), {name: long[name] for name in over - set(LONG_MODULES)}
    # An exception that is no longer needed leaves the list.
    assert all(long[name] > MAX_MODULE_LINES for name in LONG_MODULES), LONG_MODULES


def test_functions_stay_under_50_lines():
    import ast

    found = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                found[f"{_name(path)}:{node.name}"] = node.end_lineno - node.lineno + 1
    over = {name for name, count in found.items() if count > MAX_FUNCTION_LINES}
    assert over <= set(LONG_FUNCTIONS), {name: found[name] for name in over - set(LONG_FUNCTIONS)}
    assert all(found.get(name, 0) > MAX_FUNCTION_LINES for name in LONG_FUNCTIONS), LONG_FUNCTIONS


# What only environment.py reads: the process's variables, the clock, the terminal.
ENVIRONMENT_READS = (
    "os.environ",
    "os.getenv",
    "date.today(",
    "datetime.now(",
    "datetime.today(",
    "time.time(",
    "get_terminal_size",
    "isatty(",
)


@pytest.mark.parametrize("needle", ENVIRONMENT_READS)
def test_only_the_environment_reads_the_environment_the_clock_and_the_terminal(needle):
    readers = {_name(p) for p in _modules() if needle in p.read_text(encoding="utf-8")}
    assert readers <= {"environment.py"}


def test_the_environment_is_where_they_are_read():
    text = (SOURCE / "environment.py").read_text(encoding="utf-8")
    assert all(needle in text for needle in ("os.environ", "datetime.now(", "os.get_terminal_size", "isatty("))


# Whether the standard streams are a terminal is asked once, when the run's Environment is
# resolved (config.resolve), then read from it (`settings.streams`): no module probes them itself.
# The terminal's size likewise: probed once (environment.probe_terminal, by the CLI when the run
# starts, or by config.resolve), then laid out for from the Environment (width, height, columns).
STREAM_PROBES = {
    "is_terminal(": {"environment.py"},
    "isatty(": {"environment.py"},
    "shutil.get_terminal_size": set(),
    "os.get_terminal_size": {"environment.py"},
    "terminal_size(": {"environment.py"},
    "standard_streams(": {"environment.py"},
    "probe_terminal(": {"environment.py", "config.py", "cli_framework.py"},
}


@pytest.mark.parametrize("needle", sorted(STREAM_PROBES))
def test_the_standard_streams_are_probed_once_when_the_environment_is_resolved(needle):
    readers = {_name(p) for p in _modules() if needle in p.read_text(encoding="utf-8")}
    assert readers <= STREAM_PROBES[needle], needle


def test_a_run_sees_the_clock_of_its_environment(run, clock):
    """A test builds the run's Environment (its clock) instead of patching a module."""
    import json
    from datetime import date

    clock.set(date(2026, 3, 4))
    data = json.loads(run("triage", "--event", "--sign", "guilt", "--json").stdout)
    assert data["event_date"] == "2026-03-04" and data["written"] == "2026-03-04"
    clock.set(date(2026, 3, 9))
    data = json.loads(run("triage", "--event", "--sign", "guilt", "--event-date", "2026-03-04", "--json").stdout)
    assert data["event_date"] == "2026-03-04" and data["written"] == "2026-03-09"
