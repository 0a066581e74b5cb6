"""The command-line framework made ours: Typer and Click in the user's language, and one place for
every error.

- `Command` and `Group` write the help in the language of the run and at the width of its
  Environment (`cli_help`); the group also accepts the program's own options after the command
  name and suggests the closest command.
- `run` runs the command line and is the one place that turns every error into a message in the
  user's language and an exit code (README, "Exit codes"); never a traceback. The program calls it
  (`cli.execute`); the framework's own entry point (`main`) is not overridden.

Public APIs only: Typer vendors Click privately, so a command line that cannot be understood is
judged from the declared options (`cli_usage`), and what Click still raises is read by its public
type (`typer.BadParameter`) or its documented `exit_code`, never by its English words.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from typer import Abort, BadParameter, Exit
from typer.core import TyperCommand, TyperGroup

from .cli_help import HELP_MAX_WIDTH, Translated, help_width

# Each command finds the run's Environment with it (kept here, where the commands import it).
from .cli_help import settings_of as settings_of
from .cli_usage import bad_parameter, positional
from .config import detect_lang, hoist_global_options, resolve
from .environment import Clock, Environment, Terminal, probe_terminal, process_environ
from .errors import AppError, ExitCode, InputEnded, UsageError
from .i18n import t, typeset
from .render.wrapping import line_width
from .rules.choices import LANGS


class Command(Translated, TyperCommand):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # Every option known and with its value, judged from the declared options (cli_usage).
        positional(self.get_params(ctx), args, ctx.allow_interspersed_args)
        # Words left over are said after Click has read the rest (its --help comes first).
        extra_allowed, ctx.allow_extra_args = ctx.allow_extra_args, True
        try:
            rest = super().parse_args(ctx, args)
        finally:
            ctx.allow_extra_args = extra_allowed
        if rest and not extra_allowed:
            raise UsageError("err.extra_args")
        return rest


class Group(Translated, TyperGroup):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        args = hoist_global_options(args)
        if not args and self.no_args_is_help:
            # No command and no option: the help, and nothing else to do.
            sys.stdout.write(ctx.get_help() + "\n")
            raise Exit()
        words = positional(self.get_params(ctx), args, ctx.allow_interspersed_args)
        rest = super().parse_args(ctx, args)
        if not words:
            # Options only (`--plain`): --help and --version have had their say in Click's parse.
            raise UsageError("err.missing_command")
        return rest

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0]
        if name not in self.commands:
            from .parsing import suggestion

            close = suggestion(name, list(self.commands))
            if close:
                raise UsageError("err.no_such_command_hint", name=name, hint=close)
            raise UsageError("err.no_such_command", name=name, valid=", ".join(self.commands))
        return super().resolve_command(ctx, args)


def framework_usage_error(exc: BaseException) -> bool:
    """A command line the framework refused in a way not judged before it reached Click: every
    Click usage error has the documented `exit_code` 2 (its types are private to Typer)."""
    return not isinstance(exc, AppError) and getattr(exc, "exit_code", None) == ExitCode.USAGE


def wants_json(argv: list[str]) -> bool:
    """Whether the command line asks for JSON: then an error is a JSON document on stdout too."""
    for arg in argv:
        if arg == "--":
            return False
        if arg == "--json":
            return True
    return False


def _command_path(group: Any, argv: list[str]) -> str:
    for arg in hoist_global_options(argv):
        if arg in group.commands:
            return f"secondvictim {arg}"
    return "secondvictim"


def unknown_lang(environ: Mapping[str, str], settings: Environment) -> None:
    """An unknown SECONDVICTIM_LANG is named on stderr (a run in another language than the one
    asked for, without a word, looks like a bug)."""
    from .config import language_of

    value = environ.get("SECONDVICTIM_LANG", "")
    if value and language_of(value) is None:
        from .present import note

        note(t("warn.lang_env", settings.lang, value=value, valid=", ".join(LANGS)), settings)


def run(group: Any, argv: list[str], prog_name: str, clock: Clock | None = None, terminal: bool | None = None) -> int:
    """Run the command line; every error becomes a message in the user's language and an exit code.

    A test (or a reproducible run) may give the clock and say whether someone is at the keyboard.
    """
    from .files import Terminated, saved

    environ = process_environ()
    # The terminal, probed once: the run's Environment holds it, and an error met before that
    # Environment exists is still wrapped to it.
    screen = probe_terminal(environ)
    # Files saved by an earlier run in this process (tests run many) are not this run's.
    failing = _Failing(group, argv, detect_lang(argv, environ), screen, len(saved()))
    if sys.stdout is None:
        # Standard output was closed (`>&-`): Python gives None, and the first write would be an
        # AttributeError. A stream that refuses every write turns it into the usual output error.
        sys.stdout = _ClosedOutput()
    settings: Environment | None = None
    try:
        settings = resolve(argv, environ, clock=clock, terminal=terminal, screen=screen)
        failing.lang = settings.lang
        unknown_lang(environ, settings)
        try:
            # The help is laid out for the Environment's width (Click's public context settings).
            extra = {"terminal_width": help_width(settings), "max_content_width": HELP_MAX_WIDTH}
            with group.make_context(prog_name, list(argv), obj=settings, **extra) as ctx:
                group.invoke(ctx)
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()
        return ExitCode.OK
    except (Exception, KeyboardInterrupt, Terminated) as exc:
        return failing.answer(exc, settings)


@dataclass
class _Failing:
    """How a run says what went wrong: a message on stderr in the user's language (wrapped to the
    terminal), and with --json the error as a JSON document on stdout too; and with what code."""

    group: Any
    argv: list[str]
    lang: Any
    screen: Terminal
    already_saved: int

    def fail(self, code: int, key: str, message: str, problems: list[Any] | None = None) -> int:
        from .present import say

        say(message, self.lang, line_width(self.screen.columns) if self.screen.streams.stderr else None)
        if wants_json(self.argv) and sys.stdout is not None:
            from .render.jsondoc import error_data, write_json

            # stdout may be gone (a closed pipe): the message on stderr is then all there is.
            with contextlib.suppress(OSError, ValueError):
                write_json(error_data(self.lang, key, int(code), typeset(message, self.lang), problems or []))
        return code

    def hint(self) -> str:
        return t("err.try_help", self.lang, command=_command_path(self.group, self.argv))

    def answer(self, exc: BaseException, settings: Environment | None) -> int:
        """The exit code for `exc`, said (README, "Exit codes")."""
        from .files import Terminated

        lang = self.lang
        if isinstance(exc, Exit):
            return int(exc.exit_code)
        if isinstance(exc, BadParameter):
            refused = bad_parameter(exc, self.argv, lang)
            return self.fail(refused.code, refused.key, refused.message(lang) + "\n" + self.hint())
        if isinstance(exc, AppError):
            return self.app_error(exc)
        if isinstance(exc, KeyboardInterrupt | Abort):
            return self.fail(ExitCode.INTERRUPTED, *interrupted(lang, self.already_saved))
        if isinstance(exc, Terminated):
            return self.fail(128 + exc.signum, *interrupted(lang, self.already_saved))
        if isinstance(exc, OSError):
            if exc.errno == errno.EPIPE:
                _silence_stdout()
                return ExitCode.BROKEN_PIPE
            reason = errno.errorcode.get(exc.errno or 0, str(exc.errno))
            return self.fail(ExitCode.OUTPUT, "err.stream", t("err.stream", lang, reason=reason))
        if framework_usage_error(exc):
            return self.fail(ExitCode.USAGE, "err.usage", t("err.usage", lang) + "\n" + self.hint())
        if settings is not None and settings.data_dir is not None:
            # Met while the institution's data was in use: said as the problem it is, exit 2
            # (the crisis commands fell back to the packaged guide before getting here).
            from .commands.common import problem_data, unusable

            error = unusable(settings, exc)
            said = error.message(lang) + "\n" + t("call.emergency_line", lang)
            return self.fail(error.code, error.key, said, [problem_data(p, lang) for p in error.problems])
        return self.fail(ExitCode.UNEXPECTED, "msg.unexpected", t("msg.unexpected", lang, error=type(exc).__name__))

    def app_error(self, exc: AppError) -> int:
        if isinstance(exc, UsageError):
            # Exit 2, whatever its kind: the command line (with how to get help), the data (every
            # problem, in the JSON too) or a summary file.
            said = exc.message(self.lang)
            if exc.help_hint:
                said += "\n" + self.hint()
            return self.fail(exc.code, exc.key, said, _problems(exc.problems, self.lang))
        if isinstance(exc, InputEnded):
            # Ctrl-D leaves the cursor on the prompt's line: the message starts on its own.
            return self.fail(exc.code, exc.key, "\n" + exc.message(self.lang))
        return self.fail(exc.code, exc.key, exc.message(self.lang))


def _problems(problems: Any, lang: Any) -> list[Any]:
    """The data problems of an error, as its JSON document lists them."""
    if not problems:
        return []
    from .commands.common import problem_data

    return [problem_data(p, lang) for p in problems]


def interrupted(lang: Any, before: int = 0) -> tuple[str, str]:
    """The one interruption message (its key, and its text): nothing was saved, or what was
    (the files written after the first `before`)."""
    from .files import saved

    written = saved()[before:]
    if not written:
        return "msg.interrupted", "\n" + t("msg.interrupted", lang)
    paths = t("list.separator", lang).join(str(path) for path in written)
    return "msg.interrupted_saved", "\n" + t("msg.interrupted_saved", lang, paths=paths)


class _ClosedOutput(io.TextIOBase):
    """Standard output when it was closed before the program started: every write fails."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    @property
    def buffer(self) -> _ClosedOutput:
        # write_json and write_file write bytes to sys.stdout.buffer: they fail the same way.
        return self


def _silence_stdout() -> None:
    """The reader went away: nothing more can be written, and Python must not complain at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
