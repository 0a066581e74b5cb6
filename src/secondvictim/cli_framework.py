"""The command-line framework made ours: Typer and Click in the user's language, and one place for
every error.

- `Command` and `Group` write the help in the language of the run (Click's own words are English
  only), with the help texts given as message keys; the group also accepts the program's own
  options after the command name and suggests the closest command.
- `run` runs the command line and is the one place that turns every error into a message in the
  user's language and an exit code (README, "Exit codes"); never a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from typer.core import TyperCommand, TyperGroup

from .choices import LANGS, Lang
from .config import FLAGS, VALUED, detect_lang, hoist_global_options, resolve
from .environment import Environment, process_environ
from .errors import AppError, DataError, ExitCode, InputEnded, UsageError
from .i18n import t, typeset
from .wrapping import wrap

# The placeholders of option values, shown in the help in the user's language.
METAVARS = {
    "FILE": "meta.file",
    "DIR": "meta.dir",
    "ID": "meta.id",
    "DATE": "meta.date",
    "WORD": "meta.word",
    "yes|no|unknown": "meta.yes_no_unknown",
    "easing|same|worse": "meta.trend",
    "NAME": "meta.name",
}

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
    pass


class Group(_Translated, TyperGroup):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(args))

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0]
        if name not in self.commands:
            from .parsing import suggestion

            close = suggestion(name, list(self.commands))
            if close:
                raise UsageError("err.no_such_command_hint", name=name, hint=close)
            raise UsageError("err.no_such_command", name=name, valid=", ".join(self.commands))
        return super().resolve_command(ctx, args)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        sys.exit(run(self, argv, prog_name or "secondvictim", extra))



def _click_error(exc: Any, lang: Any) -> tuple[str, str]:
    """Click's own usage errors, said in our words (Click's are English only): key and message."""
    from typer._click import exceptions as click_exceptions

    if isinstance(exc, click_exceptions.NoSuchOption):
        from .parsing import suggestion

        # A program option left where the command sees it: `--lang` with no value at the end,
        # or `--plain=yes`. Said as such, not as an unknown option that resembles itself.
        if exc.option_name in VALUED:
            return "err.needs_value", t("err.needs_value", lang, option=exc.option_name)
        if exc.option_name in FLAGS:
            return "err.takes_no_value", t("err.takes_no_value", lang, option=exc.option_name)
        # The program's own options are accepted after the command too: they are candidates.
        close = suggestion(exc.option_name, [*(exc.possibilities or []), *VALUED, *FLAGS])
        if close:
            return "err.no_such_option_hint", t("err.no_such_option_hint", lang, option=exc.option_name, hint=close)
        return "err.no_such_option", t("err.no_such_option", lang, option=exc.option_name)
    if isinstance(exc, click_exceptions.BadOptionUsage):
        if "requires" in exc.message:
            return "err.needs_value", t("err.needs_value", lang, option=exc.option_name)
        return "err.takes_no_value", t("err.takes_no_value", lang, option=exc.option_name)
    if isinstance(exc, click_exceptions.MissingParameter):
        name = str(getattr(exc.param, "human_readable_name", "") or "")
        return "err.missing", t("err.missing", lang, name=t(METAVARS.get(name, ""), lang) if name in METAVARS else name)
    if "extra argument" in exc.message:
        return "err.extra_args", t("err.extra_args", lang)
    if "Missing command" in exc.message:
        return "err.missing_command", t("err.missing_command", lang)
    return "err.usage", t("err.usage", lang)


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


def unknown_lang(environ: Mapping[str, str], lang: Lang) -> None:
    """An unknown SECONDVICTIM_LANG is named on stderr (a run in another language than the one
    asked for, without a word, looks like a bug)."""
    from .config import language_of

    value = environ.get("SECONDVICTIM_LANG", "")
    if value and language_of(value) is None:
        from .present import say

        say(t("warn.lang_env", lang, value=value, valid=", ".join(LANGS)), lang)


def run(group: Any, argv: list[str], prog_name: str, extra: dict[str, Any]) -> int:
    """Run the command line; every error becomes a message in the user's language and an exit code."""
    from typer import Abort, Exit
    from typer._click import exceptions as click_exceptions

    from .files import Terminated

    environ = process_environ()
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

        tell(text, lang)

    def fail(code: int, key: str, message: str, problems: list[Any] | None = None) -> int:
        """The message on stderr; with --json, the error as a JSON document on stdout too."""
        say(message)
        if as_json and sys.stdout is not None:
            from .render_json import error_data, write_json

            # stdout may be gone (a closed pipe): the message on stderr is then all there is.
            with contextlib.suppress(OSError, ValueError):
                write_json(error_data(lang, key, int(code), typeset(message, lang), problems or []))
        return code

    settings: Environment | None = None
    try:
        # A test (or a reproducible run) may give the clock and say whether someone is at the
        # keyboard: `main(args, clock=..., terminal=...)`.
        settings = resolve(argv, environ, clock=extra.pop("clock", None), terminal=extra.pop("terminal", None))
        lang = settings.lang
        unknown_lang(environ, lang)
        try:
            with group.make_context(prog_name, list(argv), obj=settings, **extra) as ctx:
                group.invoke(ctx)
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()
        return ExitCode.OK
    except Exit as exc:
        return int(exc.exit_code)
    except click_exceptions.NoArgsIsHelpError as exc:
        if sys.stdout is not None:
            sys.stdout.write(exc.ctx.get_help() + "\n")
        return ExitCode.OK
    except click_exceptions.UsageError as exc:
        key, message = _click_error(exc, lang)
        hint = t("err.try_help", lang, command=_command_path(group, argv))
        return fail(ExitCode.USAGE, key, message + "\n" + hint)
    except UsageError as exc:
        hint = t("err.try_help", lang, command=_command_path(group, argv))
        return fail(exc.code, exc.key, exc.message(lang) + "\n" + hint)
    except DataError as exc:
        from .commands.common import problem_data

        problems = [problem_data(p, lang) for p in exc.problems]
        return fail(exc.code, exc.key, exc.message(lang), problems)
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
        if settings is not None and settings.data_dir is not None:
            # Met while the institution's data was in use: said as the problem it is, exit 2
            # (the crisis commands fell back to the packaged guide before getting here).
            from .commands.common import problem_data, unusable

            error = unusable(settings, exc)
            said = error.message(lang) + "\n" + t("call.emergency_line", lang)
            return fail(error.code, error.key, said, [problem_data(p, lang) for p in error.problems])
        return fail(ExitCode.UNEXPECTED, "msg.unexpected", t("msg.unexpected", lang, error=type(exc).__name__))


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
