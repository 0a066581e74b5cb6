"""The settings of one run, resolved once from the command line and the environment.

Highest first: the option (`--lang`, `--plain`, `--data-dir`, before or after the command name),
then the environment (SECONDVICTIM_LANG, NO_COLOR/TERM, SECONDVICTIM_DATA_DIR, the locale), then
the defaults. Every command receives the resulting `Environment` (environment.py); the variables
are read from the mapping it is given, never from the process here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from .environment import (
    Clock,
    Environment,
    Terminal,
    colour_wanted,
    cursor_moves,
    pager_command,
    probe_terminal,
    system_clock,
)
from .errors import UsageError
from .rules.choices import DEFAULT_LANG, LANGS, Lang

# The options of the whole program, accepted anywhere on the command line.
VALUED = ("--lang", "--data-dir")
FLAGS = ("--plain", "--no-pager")



def _split_global_options(args: Sequence[str]) -> tuple[list[str], list[str]]:
    """The program's own options (with their values), and the other arguments in their order.
    Arguments after `--` are left alone."""
    front: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest += args[index:]
            break
        name = arg.partition("=")[0]
        if (name in VALUED and "=" in arg) or arg in FLAGS:
            front.append(arg)
        elif arg in VALUED and index + 1 < len(args):
            front += [arg, args[index + 1]]
            index += 1
        else:
            rest.append(arg)
        index += 1
    return front, rest


def hoist_global_options(args: Sequence[str]) -> list[str]:
    """The arguments with the program's own options moved before the command name.

    `secondvictim triage --lang fr` then means what `secondvictim --lang fr triage` means.
    Arguments after `--` are left alone.
    """
    front, rest = _split_global_options(args)
    return front + rest


def command_name(args: Sequence[str]) -> str | None:
    """The word naming the command (`triage` in `secondvictim --lang fr triage --json`), or None
    when an option of the program itself (`--help`, `--version`) comes first."""
    rest = _split_global_options(args)[1]
    return rest[0] if rest and not rest[0].startswith("-") else None


def option_values(args: Sequence[str], name: str) -> list[str]:
    """Every value given to the option `name` (`--name VALUE` or `--name=VALUE`), before `--`."""
    found: list[str] = []
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == name and index + 1 < len(args):
            found.append(args[index + 1])
        elif arg.startswith(name + "="):
            found.append(arg.partition("=")[2])
    return found


def language_of(value: str) -> Lang | None:
    """'fr', 'FR', 'fr_FR.UTF-8', 'français' into a language we have, or None."""
    word = value.strip().lower()
    if word.startswith(("fr", "français", "francais")):
        return "fr"
    if word.startswith(("en", "english", "anglais")):
        return "en"
    return None


def environment_lang(environ: Mapping[str, str]) -> Lang:
    """SECONDVICTIM_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else English."""
    chosen = language_of(environ.get("SECONDVICTIM_LANG", ""))
    if chosen:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        # The first one set decides, as POSIX has it: LC_ALL=C means C, whatever LANG says.
        if environ.get(name):
            return "fr" if environ[name].lower().startswith("fr") else DEFAULT_LANG
    return DEFAULT_LANG


def detect_lang(args: Sequence[str], environ: Mapping[str, str]) -> Lang:
    """The interface language: the last valid --lang, else the environment. Never fails."""
    for value in reversed(option_values(args, "--lang")):
        chosen = language_of(value)
        if chosen:
            return chosen
    return environment_lang(environ)


def home_dir(environ: Mapping[str, str]) -> Path | None:
    """The user's real home folder: HOME, else the password database's; None when neither is an
    absolute path (no HOME and no passwd entry, as in some containers)."""
    home = environ.get("HOME", "")
    if os.path.isabs(home):
        return Path(home)
    try:
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError, OSError):
        return None
    return Path(home) if os.path.isabs(home) else None


def config_dir(environ: Mapping[str, str]) -> Path | None:
    """The user's configuration folder for secondvictim (~/.config/secondvictim on Linux), or None.

    Never a relative path: `os.path.expanduser("~")` gives "~" itself when HOME is unset and the
    user has no passwd entry, and the folder `./~/.config/secondvictim` of whatever directory the
    command runs in would be read as the institution's data (a planted number would reach the
    level-3 list). A relative XDG_CONFIG_HOME is ignored, as the XDG specification says.
    """
    xdg = environ.get("XDG_CONFIG_HOME", "")
    if os.path.isabs(xdg):
        return Path(xdg) / "secondvictim"
    home = home_dir(environ)
    return home / ".config" / "secondvictim" if home is not None else None


def config_dir_named(settings: Environment) -> object:
    """The configuration folder as a message names it: its path, or words when there is none."""
    from .i18n import Key

    return settings.config_dir or Key("config.no_home")


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _flag(args: Sequence[str], name: str) -> bool:
    """Whether the program's flag `name` is given (before any `--`)."""
    return name in (args[: args.index("--")] if "--" in args else args)


def resolve(
    args: Sequence[str],
    environ: Mapping[str, str],
    clock: Clock | None = None,
    terminal: bool | None = None,
    screen: Terminal | None = None,
) -> Environment:
    """The environment of this run. A bad --lang is a usage error, in the language of the environment.

    `screen` is the terminal as the run found it (probed here when not given)."""
    lang = environment_lang(environ)
    for value in option_values(args, "--lang"):
        chosen = language_of(value)
        if chosen is None:
            raise UsageError("err.lang", value=value, valid=", ".join(LANGS))
        lang = chosen
    plain = _flag(args, "--plain")
    dirs = option_values(args, "--data-dir")
    data_dir, source = None, ""
    folder = config_dir(environ)
    if dirs:
        data_dir, source = Path(dirs[-1]), "--data-dir"
    elif environ.get("SECONDVICTIM_DATA_DIR"):
        data_dir, source = Path(environ["SECONDVICTIM_DATA_DIR"]), "SECONDVICTIM_DATA_DIR"
    elif folder is not None and _is_dir(folder):
        data_dir, source = folder, "config"
    screen = screen or probe_terminal(environ)
    streams = screen.streams
    return Environment(
        lang=lang,
        plain=plain,
        data_dir=data_dir,
        data_dir_source=source,
        config_dir=folder,
        colour=colour_wanted(environ),
        cursor=cursor_moves(environ),
        clock=clock or system_clock,
        at_terminal=streams.stdin if terminal is None else terminal,
        # A test's keyboard (terminal=True) is a whole terminal: questions shown, answers typed.
        asks_on_terminal=streams.stderr if terminal is None else terminal,
        streams=streams,
        columns=screen.columns,
        lines=screen.lines,
        pager=pager_command(environ, _flag(args, "--no-pager")),
    )
