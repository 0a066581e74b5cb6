"""The run's environment, resolved once at start: the one module that reads the process's
environment variables, the clock and the terminal.

An `Environment` (model: httpie's) holds what a run depends on beyond its command line: the
language, the data folder and the configuration folder, whether colour is wanted, the terminal
(which streams are one, its width and height) and the clock. `config.resolve` builds it from the
command line and `process_environ()`; every command receives it; a test builds one (a fixed clock,
another language) instead of patching a module.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from .render.wrapping import line_width, screen_height
from .rules.choices import DEFAULT_LANG, Lang

# A clock: datetime.now's signature (local time without a zone; the zone's time with one).
Clock = Callable[..., datetime]


def system_clock(tz: tzinfo | None = None) -> datetime:
    return datetime.now(tz)


def fixed_clock(moment: datetime) -> Clock:
    """A clock stopped at `moment` (local time), for a test or a reproducible run."""

    def clock(tz: tzinfo | None = None) -> datetime:
        return moment if tz is None else moment.astimezone(tz)

    return clock


def process_environ() -> Mapping[str, str]:
    """The process's environment variables (read here only)."""
    return os.environ


def prepare_process() -> None:
    """Settings of the process itself, before anything is imported that reads them.

    Pydantic looks for plugins by scanning every installed distribution when the first model is
    built (about 10 ms, a fifth of our start-up budget). The guide uses none; a user who sets the
    variable keeps their value.
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def is_terminal(stream: object) -> bool:
    """Whether `stream` is a terminal a person reads or types on; a closed or odd stream is not."""
    try:
        return stream is not None and bool(stream.isatty())  # type: ignore[attr-defined]
    except (ValueError, OSError, AttributeError):
        return False


@dataclass(frozen=True)
class Streams:
    """Which standard streams are a terminal, as the run found them at its start."""

    stdin: bool = False
    stdout: bool = False
    stderr: bool = False


def standard_streams() -> Streams:
    """The standard streams of this run, each a terminal or not (read here only)."""
    return Streams(is_terminal(sys.stdin), is_terminal(sys.stdout), is_terminal(sys.stderr))


def terminal_size(environ: Mapping[str, str]) -> tuple[int, int]:
    """The terminal's columns and lines: COLUMNS and LINES first (a positive number), else the
    size of the terminal on standard output, else 80x24 (as shutil does, but from
    the run's variables)."""

    def number(name: str) -> int:
        try:
            return int(environ.get(name, ""))
        except ValueError:
            return 0

    columns, lines = number("COLUMNS"), number("LINES")
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size((80, 24))
        columns = columns if columns > 0 else size.columns or 80
        lines = lines if lines > 0 else size.lines or 24
    return columns, lines


@dataclass(frozen=True)
class Terminal:
    """What the run found of its terminal at its start: which standard streams are one, and its
    size in columns and lines (COLUMNS and LINES first)."""

    streams: Streams = field(default_factory=Streams)
    columns: int = 80
    lines: int = 24


def probe_terminal(environ: Mapping[str, str]) -> Terminal:
    """The terminal of this run (read here only, once, when the run starts)."""
    return Terminal(standard_streams(), *terminal_size(environ))


def colour_wanted(environ: Mapping[str, str]) -> bool:
    """Colour and layout unless NO_COLOR is set or the terminal is dumb (clig.dev, no-color.org)."""
    return not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"


# The pager when PAGER is not set: raw colours through, quit when it fits one screen, and what was
# shown stays on the terminal after it (no alternate screen).
DEFAULT_PAGER = "less -R -F -X"


def pager_command(environ: Mapping[str, str], no_pager: bool) -> str | None:
    """The pager for long outputs: PAGER, else less; None with --no-pager (or PAGER set empty,
    or to cat, which pages nothing)."""
    if no_pager:
        return None
    command = environ.get("PAGER", DEFAULT_PAGER).strip()
    return None if command in ("", "cat") else command


def flush_typed_ahead(stream: object, terminal: bool) -> None:
    """Drop what was typed before a prompt (a stray extra Enter), on a terminal only (`terminal`:
    the stream is one, as the Environment found it)."""
    if not terminal:
        return
    try:
        import termios

        termios.tcflush(stream.fileno(), termios.TCIFLUSH)  # type: ignore[attr-defined]
    except (ImportError, OSError, ValueError):
        pass


def cursor_moves(environ: Mapping[str, str]) -> bool:
    """Whether the terminal can move its cursor (a TERM that is set and not dumb)."""
    return environ.get("TERM", "dumb") != "dumb"


@dataclass(frozen=True)
class Environment:
    lang: Lang = DEFAULT_LANG
    # --plain: plain text, whatever the terminal.
    plain: bool = False
    # The institution's data folder, and what chose it: "--data-dir", "SECONDVICTIM_DATA_DIR",
    # "config" (the user's configuration folder), or "" when there is none.
    data_dir: Path | None = None
    data_dir_source: str = ""
    # The user's configuration folder (None when there is no home to put it in).
    config_dir: Path | None = None
    colour: bool = True
    cursor: bool = False
    # Standard input is a terminal: someone is there to answer the questions (never wait for
    # input that cannot come).
    at_terminal: bool = False
    # Which standard streams are a terminal (stdout: the result can be paged; stderr: answered
    # questions can fold), resolved once at the start of the run.
    streams: Streams = field(default_factory=Streams)
    # The terminal's size as found at the start (COLUMNS and LINES first); `width` and `height`
    # are what the text is laid out for. A test builds an Environment of the size it wants.
    columns: int = 100
    lines: int = 24
    # Standard error is a terminal too: a question written there is seen (the offer to keep a
    # summary is made only then).
    asks_on_terminal: bool = False
    # The pager for long outputs on a terminal (PAGER, else less); None with --no-pager.
    pager: str | None = None
    clock: Clock = field(default=system_clock, compare=False)

    @property
    def width(self) -> int:
        """The width to lay out for: the terminal's, within 20 and 100 columns (for reading)."""
        return line_width(self.columns)

    @property
    def height(self) -> int:
        """The terminal's height within sane bounds: 0, negative or absurd is not one."""
        return screen_height(self.lines)

    @property
    def message_width(self) -> int | None:
        """The width a message on stderr is wrapped to; None when stderr is not a terminal
        (whole lines in a log)."""
        return self.width if self.streams.stderr else None

    @property
    def plain_output(self) -> bool:
        """No colour and no layout: --plain, NO_COLOR or a dumb terminal."""
        return self.plain or not self.colour

    def now(self) -> datetime:
        """The moment of the run, local time: at level 3, who can be reached now."""
        return self.clock()

    def utc_now(self) -> datetime:
        """The moment of the run in UTC: a calendar's time stamp."""
        return self.clock(UTC)

    def today(self) -> date:
        """The day of the run: the date a summary is written and a check-in is made."""
        return self.clock().date()
