"""The command-line framework made ours: Typer and Click in the user's language, and one place for
every error.

- `Command` and `Group` write the help in the language of the run (Click's own words are English
  only), with the help texts given as message keys; the group also accepts the program's own
  options after the command name and suggests the closest command.
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
import re
import sys
from collections.abc import Mapping
from typing import Any

from typer import Abort, BadParameter, Exit
from typer.core import TyperCommand, TyperGroup

from .cli_usage import METAVARS, bad_parameter, positional
from .config import detect_lang, hoist_global_options, resolve
from .environment import Clock, Environment, probe_terminal, process_environ
from .errors import AppError, ExitCode, InputEnded, UsageError
from .i18n import t, typeset
from .render.wrapping import line_width, wrap
from .rules.choices import LANGS

# Each command's examples, shown at the end of its help (static keys, as every message).
EXAMPLES = {
    "secondvictim": "examples.app",
    "triage": "examples.triage",
    "checkin": "examples.checkin",
    "team": "examples.team",
    "script": "examples.script",
    "resources": "examples.resources",
    "signs": "examples.signs",
    "avoid": "examples.avoid",
    "about": "examples.about",
    "card": "examples.card",
    "page": "examples.page",
    "followup": "examples.followup",
    "validate": "examples.validate",
    "init": "examples.init",
    "schema": "examples.schema",
    "practice": "examples.practice",
    "handout": "examples.handout",
    "protocol": "examples.protocol",
}


def settings_of(ctx: Any) -> Environment:
    root = ctx.find_root()
    return root.obj if isinstance(root.obj, Environment) else Environment()


def _translate_record(record: tuple[str, str], lang: Any) -> tuple[str, str]:
    names, help_key = record
    # Click's type hints ("DIR <path>", "NAME <str>") are English and say nothing a user needs.
    names = re.sub(r" <\w+>", "", names)
    for metavar, key in METAVARS.items():
        names = names.replace(metavar, t(key, lang))
    text = help_key.replace("[required]", t("cli.required", lang))
    key = text.split("  ")[0]
    if key.startswith("help."):
        text = t(key, lang) + text[len(key) :]
    return names, text


class _Translated:
    """Help in the user's language: usage line, sections and every help text (Click has English)."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        lang = settings_of(ctx).lang
        pieces = " ".join(self.collect_usage_pieces(ctx))  # type: ignore[attr-defined]
        pieces = pieces.replace("[OPTIONS]", t("cli.options_metavar", lang))
        pieces = pieces.replace("COMMAND [ARGS]...", t("cli.command_metavar", lang))
        for metavar, key in METAVARS.items():
            pieces = pieces.replace(metavar, t(key, lang))
        formatter.write_usage(ctx.command_path, pieces, prefix=typeset(t("cli.usage", lang), lang) + " ")

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        help_key = getattr(self, "help", None)
        if help_key:
            formatter.write_paragraph()
            with formatter.indentation():
                _write_text(formatter, typeset(t(help_key, settings_of(ctx).lang), settings_of(ctx).lang))

    def format_options(self, ctx: Any, formatter: Any) -> None:
        lang = settings_of(ctx).lang
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.name == "help":
                record = (record[0], "help.help")
            target = arguments if param.param_type_name == "argument" else options
            target.append(_translate_record(record, lang))
        sections = [(t("cli.arguments", lang), arguments), (t("cli.options", lang), options)]
        if isinstance(self, TyperGroup):
            # The first paragraph of each command's help.
            commands = [(name, t(cmd.help or "", lang).split("\n\n")[0]) for name, cmd in self.commands.items()]
            sections.append((t("cli.commands", lang), commands))
        for title, rows in sections:
            if rows:
                # Click's own section() would add an English-style colon: the title has its own.
                formatter.write_paragraph()
                formatter.write_text(typeset(title, lang))
                with formatter.indentation():
                    _write_dl(formatter, [(name, typeset(text, lang)) for name, text in rows])

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        """Examples, one per line as typed (never rewrapped), after the options."""
        lang = settings_of(ctx).lang
        key = EXAMPLES.get(getattr(self, "name", None) or "")
        if key is None:
            return
        title, *lines = t(key, lang).split("\n")
        formatter.write_paragraph()
        formatter.write_text(typeset(title, lang))
        with formatter.indentation():
            for line in lines:
                if line.startswith("secondvictim "):
                    formatter.write(" " * formatter.current_indent + line + "\n")
                else:
                    formatter.write_paragraph()
                    _write_text(formatter, typeset(line, lang))


# Click wraps help as textwrap does by default: at hyphens too, which cut ids and options in two
# ("severe-" / "distress", "--no-" / "event"), and a reader copying them gets them wrong. These
# two write as Click's write_text and write_dl do, through our one wrapping function.


def _one_line(text: str) -> str:
    # Spaces and line breaks only: the no-break spaces of French typography stay.
    return re.sub(r"[ \t\n]+", " ", text).strip()


def _write_text(formatter: Any, text: str) -> None:
    indent = " " * formatter.current_indent
    width = max(formatter.width - formatter.current_indent, 11)
    paragraphs = [_one_line(p) for p in text.split("\n\n")]
    formatter.write("\n\n".join("\n".join(indent + line for line in wrap(p, width)) for p in paragraphs) + "\n")


def _write_dl(formatter: Any, rows: list[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
    first_col = min(max(len(term) for term, _ in rows), col_max) + col_spacing
    indent = formatter.current_indent
    for term, text in rows:
        formatter.write(" " * indent + term)
        if not text:
            formatter.write("\n")
            continue
        if len(term) <= first_col - col_spacing:
            formatter.write(" " * (first_col - len(term)))
        else:
            formatter.write("\n" + " " * (first_col + indent))
        lines = wrap(_one_line(text), max(formatter.width - first_col - 2, 10))
        formatter.write("\n".join([lines[0], *(" " * (first_col + indent) + line for line in lines[1:])]) + "\n")


class Command(_Translated, TyperCommand):
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


class Group(_Translated, TyperGroup):
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
    from .files import Terminated

    environ = process_environ()
    # The terminal, probed once: the run's Environment holds it, and an error met before that
    # Environment exists is still wrapped to it.
    screen = probe_terminal(environ)
    lang = detect_lang(argv, environ)
    as_json = wants_json(argv)
    from .files import saved

    already_saved = len(saved())  # by an earlier run in this process (tests run many)
    if sys.stdout is None:
        # Standard output was closed (`>&-`): Python gives None, and the first write would be an
        # AttributeError. A stream that refuses every write turns it into the usual output error.
        sys.stdout = _ClosedOutput()

    def say(text: str) -> None:
        from .present import say as tell

        tell(text, lang, line_width(screen.columns) if screen.streams.stderr else None)

    def fail(code: int, key: str, message: str, problems: list[Any] | None = None) -> int:
        """The message on stderr; with --json, the error as a JSON document on stdout too."""
        say(message)
        if as_json and sys.stdout is not None:
            from .render.jsondoc import error_data, write_json

            # stdout may be gone (a closed pipe): the message on stderr is then all there is.
            with contextlib.suppress(OSError, ValueError):
                write_json(error_data(lang, key, int(code), typeset(message, lang), problems or []))
        return code

    settings: Environment | None = None
    try:
        settings = resolve(argv, environ, clock=clock, terminal=terminal, screen=screen)
        lang = settings.lang
        unknown_lang(environ, settings)
        try:
            with group.make_context(prog_name, list(argv), obj=settings) as ctx:
                group.invoke(ctx)
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()
        return ExitCode.OK
    except Exit as exc:
        return int(exc.exit_code)
    except BadParameter as exc:
        refused = bad_parameter(exc, argv, lang)
        hint = t("err.try_help", lang, command=_command_path(group, argv))
        return fail(refused.code, refused.key, refused.message(lang) + "\n" + hint)
    except UsageError as exc:
        # Exit 2, whatever its kind: the command line (with how to get help), the data (every
        # problem, in the JSON too) or a summary file.
        said = exc.message(lang)
        if exc.help_hint:
            said += "\n" + t("err.try_help", lang, command=_command_path(group, argv))
        return fail(exc.code, exc.key, said, _problems(exc.problems, lang))
    except InputEnded as exc:
        # Ctrl-D leaves the cursor on the prompt's line: the message starts on its own.
        return fail(exc.code, exc.key, "\n" + exc.message(lang))
    except AppError as exc:
        return fail(exc.code, exc.key, exc.message(lang))
    except (KeyboardInterrupt, Abort):
        return fail(ExitCode.INTERRUPTED, *interrupted(lang, already_saved))
    except Terminated as exc:
        return fail(128 + exc.signum, *interrupted(lang, already_saved))
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            _silence_stdout()
            return ExitCode.BROKEN_PIPE
        reason = errno.errorcode.get(exc.errno or 0, str(exc.errno))
        return fail(ExitCode.OUTPUT, "err.stream", t("err.stream", lang, reason=reason))
    except Exception as exc:
        if framework_usage_error(exc):
            hint = t("err.try_help", lang, command=_command_path(group, argv))
            return fail(ExitCode.USAGE, "err.usage", t("err.usage", lang) + "\n" + hint)
        if settings is not None and settings.data_dir is not None:
            # Met while the institution's data was in use: said as the problem it is, exit 2
            # (the crisis commands fell back to the packaged guide before getting here).
            from .commands.common import problem_data, unusable

            error = unusable(settings, exc)
            said = error.message(lang) + "\n" + t("call.emergency_line", lang)
            return fail(error.code, error.key, said, [problem_data(p, lang) for p in error.problems])
        return fail(ExitCode.UNEXPECTED, "msg.unexpected", t("msg.unexpected", lang, error=type(exc).__name__))


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
