"""The command line: the program's own options, and the commands wired (each command's options,
flow and view live in its module of `commands/`); `cli_framework.run` is the one place that turns
errors into messages and exit codes.

Modules that only some commands need are imported inside those commands, so that `--help` and
`--version` start as fast as Typer itself allows. Help texts are message keys, translated when
the help is shown, in the language of the run.
"""

from __future__ import annotations

import copy
import gc
import importlib
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .cli_framework import Command, Group, run
from .config import command_name
from .environment import Clock, prepare_process

# The program's own options; its commands are wired by `program`, which imports only the module of
# the command a run names (`app`, the whole program, is built when asked for).
_program = typer.Typer(
    name="secondvictim",
    cls=Group,
    help="help.app",
    no_args_is_help=True,
    add_completion=False,
    # Plain help: no boxes, readable when piped and by a screen reader.
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"secondvictim {__version__}")
        raise typer.Exit()


@_program.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="help.version")] = False,
    plain: Annotated[bool, typer.Option("--plain", help="help.plain")] = False,
    no_pager: Annotated[bool, typer.Option("--no-pager", help="help.no_pager")] = False,
    lang: Annotated[str | None, typer.Option("--lang", metavar="en|fr", help="help.lang", show_default=False)] = None,
    # Every file or folder option says readable=False: Click would otherwise refuse a path the
    # user cannot read as a command line "that cannot be understood", before the loader's
    # fallback (a crisis command) or the one reader's located problem could say what it is.
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", metavar="DIR", help="help.data_dir", show_default=False, readable=False)
    ] = None,
) -> None:
    # Declared for the help and the parser; their values were read by config.resolve (in `run`),
    # wherever they stood on the command line.
    pass


# Each command's room is its module in `commands/` (of the command's name): its options (declared
# once, as its options record), its flow and, beside it, its view. Here they are only wired, in
# the order of the help, each with its help text's key (a literal, as every key: tests/test_i18n.py
# finds them).
COMMANDS = (
    ("triage", "help.triage"),
    ("checkin", "help.checkin"),
    ("team", "help.team"),
    ("script", "help.script"),
    ("resources", "help.resources"),
    ("signs", "help.signs"),
    ("avoid", "help.avoid"),
    ("about", "help.about"),
    ("card", "help.card"),
    ("handout", "help.handout"),
    ("protocol", "help.protocol"),
    ("page", "help.page"),
    ("followup", "help.followup"),
    ("validate", "help.validate"),
    ("init", "help.init"),
    ("schema", "help.schema"),
    ("practice", "help.practice"),
)


def program(args: list[str]) -> typer.Typer:
    """The command line to run: the program with only the command that `args` name.

    Only that command's module is imported, and Typer builds only its options (it builds those of
    every command registered at each start: about 8 ms for fourteen). The whole program is wired
    when no command is named (`--help`) or the word is not one (the error then suggests the
    closest).
    """
    name = command_name(args)
    names = {name} if any(name == command for command, _ in COMMANDS) else {command for command, _ in COMMANDS}
    one = copy.copy(_program)
    one.registered_commands = []
    for command, help_key in COMMANDS:
        if command in names:
            module = importlib.import_module(f"{__package__}.commands.{command}")
            one.command(command, cls=Command, help=help_key)(module.command)
    return one


def __getattr__(name: str) -> typer.Typer:
    # `app`: the whole program, every command wired (the tests and the benchmarks read it).
    if name == "app":
        return program([])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def execute(args: list[str], clock: Clock | None = None, terminal: bool | None = None) -> int:
    """Run the command line `args` as the `secondvictim` command does, and say its exit code.

    A test (or a reproducible run) gives the clock and whether someone is at the keyboard; the
    run's Environment is built from them, the command line and the process's environment.
    """
    return run(typer.main.get_command(program(args)), list(args), "secondvictim", clock=clock, terminal=terminal)


def main() -> None:
    # A terminal or pipe that cannot encode a character (an old locale) gets a "?" rather
    # than a crash in the middle of a recommendation.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    prepare_process()
    try:
        code = execute(sys.argv[1:])
    finally:
        # At exit, Python's last collection (it runs even while the collector is paused) would
        # visit every object of Pydantic and Typer only to free memory the system reclaims
        # anyway: freezing them skips that work (20 ms).
        gc.freeze()
    sys.exit(code)
