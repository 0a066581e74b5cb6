import os
import signal
import sys
from datetime import datetime, time
from pathlib import Path

import pytest

from secondvictim.guide import loader
from secondvictim.guide.loader import load, load_guide

# pytest rewrites the tests' asserts on import and caches the result as bytecode, unless
# PYTHONDONTWRITEBYTECODE is set (as it is on some machines, CI's included): then every run
# rewrites every test module again (seconds of the everyday run). Bytecode is written to the
# __pycache__ folders, which git ignores; the commands the tests start keep the environment's.
sys.dont_write_bytecode = False

_READ_ASSEMBLE = loader.assemble
_PACKAGED = loader.packaged_data_dir()
_PACKAGED_GUIDE: list[loader.Loaded] = []


def _assemble_packaged_once(packaged, institution=None):
    """The packaged guide alone is read and validated once for the whole run.

    It is the same for every test: its files are the installed package's, and its models are
    frozen. A test that reads another folder (an institution's, or a copy of the packaged data)
    still reads it from disk, every time.
    """
    if institution is not None or packaged != _PACKAGED:
        return _READ_ASSEMBLE(packaged, institution)
    if not _PACKAGED_GUIDE:
        _PACKAGED_GUIDE.append(_READ_ASSEMBLE(packaged))
    return _PACKAGED_GUIDE[0]


def pytest_configure(config):
    """Ctrl-C for the programs the tests start, as in a terminal, even when the suite runs as a
    background job.

    A shell starts a background job of a script (`pytest ... &`, `nohup`, a CI step) with SIGINT
    ignored (POSIX: an asynchronous list ignores SIGINT and SIGQUIT), an ignored signal stays
    ignored across exec, and Python installs its KeyboardInterrupt only when SIGINT is not
    ignored: every program the tests start would then ignore Ctrl-C, and the tests that send it
    (writes interrupted, Ctrl-C at a prompt, exit 130) would wait for nothing. A handler of this
    process becomes the default action in its children.
    """
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    """Every test runs as a new user would: no configuration, no colour, a fixed width."""
    for name in list(os.environ):
        if name.startswith("SECONDVICTIM_") or name in ("FORCE_COLOR", "PY_COLORS", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(loader, "assemble", _assemble_packaged_once)
    # In a folder of its own: a summary kept at the end of an interactive run lands there.
    monkeypatch.chdir(tmp_path)
    load.cache_clear()
    yield
    load.cache_clear()


@pytest.fixture
def guide():
    return load_guide()


@pytest.fixture
def installed_command():
    """The `secondvictim` command installed beside the interpreter running the tests."""
    command = Path(sys.executable).parent / "secondvictim"
    if not command.exists():
        pytest.fail(f"secondvictim is not installed beside {sys.executable}: pip install -e '.[test]'")
    return command


class Given:
    """What the runs of a test see of their environment, until the test sets it: the system
    clock's moment (`clock.set(day)`), and stdin a terminal or not as it is (`keyboard.at_terminal
    = True`: someone can answer the questions). The run's Environment is built from them."""

    at = None
    at_terminal = None

    def set(self, when):
        """A day (at noon) or a moment, local time."""
        self.at = when if isinstance(when, datetime) else datetime.combine(when, time(12))


@pytest.fixture
def given():
    return Given()


@pytest.fixture
def clock(given):
    return given


@pytest.fixture
def keyboard(given):
    return given


@pytest.fixture
def run(given):
    """Run the CLI in-process, as `main` does (only the command named is built); returns the
    click Result (stdout and stderr kept apart). The run's Environment has the test's clock and
    terminal (see Given), never a patched module."""
    from secondvictim.environment import fixed_clock
    from tests.invoke import invoke as invoke_cli

    def invoke(*args, input=None):
        clock = fixed_clock(given.at) if given.at is not None else None
        return invoke_cli(list(args), input=input, clock=clock, terminal=given.at_terminal)

    return invoke


# Headless Chromium as this machine allows it: no sandbox as root, and none of the background
# connections that a closed network would refuse.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
