"""The command line: Typer declarations only. Each command gathers its options and calls one
function of the application layer; `run` is the one place that turns errors into messages and
exit codes.

Modules that only some commands need are imported inside those commands, so that `--help` and
`--version` start as fast as Typer itself allows. Help texts are message keys, translated when
the help is shown, in the language of the run.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from . import __version__
from .config import Settings, detect_lang, hoist_global_options, resolve
from .errors import AppError, DataError, ExitCode, UsageError
from .i18n import t, typeset

# The placeholders of option values, shown in the help in the user's language.
METAVARS = {"FILE": "meta.file", "DIR": "meta.dir", "ID": "meta.id", "DATE": "meta.date", "WORD": "meta.word"}


def _settings(ctx: Any) -> Settings:
    root = ctx.find_root()
    return root.obj if isinstance(root.obj, Settings) else Settings()


def _translate_record(record: tuple[str, str], lang: Any) -> tuple[str, str]:
    names, help_key = record
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
        lang = _settings(ctx).lang
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
                formatter.write_text(typeset(t(help_key, _settings(ctx).lang), _settings(ctx).lang))

    def format_options(self, ctx: Any, formatter: Any) -> None:
        lang = _settings(ctx).lang
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
                    formatter.write_dl([(name, typeset(text, lang)) for name, text in rows])


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


app = typer.Typer(
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


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="help.version")] = False,
    plain: Annotated[bool, typer.Option("--plain", help="help.plain")] = False,
    lang: Annotated[str | None, typer.Option("--lang", metavar="en|fr", help="help.lang", show_default=False)] = None,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", metavar="DIR", help="help.data_dir", show_default=False)
    ] = None,
) -> None:
    # Declared for the help and the parser; their values were read by config.resolve (in `run`),
    # wherever they stood on the command line.
    pass


JsonOption = Annotated[bool, typer.Option("--json", help="help.json")]
ForceOption = Annotated[bool, typer.Option("--force", help="help.force_file")]
EventDateOption = Annotated[
    str | None, typer.Option("--event-date", metavar="DATE", help="help.event_date", show_default=False)
]
AlarmTimeOption = Annotated[
    str | None, typer.Option("--alarm-time", metavar="HH:MM", help="help.alarm_time", show_default=False)
]
WorkdaysOption = Annotated[bool, typer.Option("--workdays", help="help.workdays")]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.summary_output", show_default=False)
]


def _present(ctx: typer.Context, output: Any) -> None:
    from .present import present

    code = present(output, _settings(ctx))
    if code:
        raise typer.Exit(code)


def stdin_is_terminal() -> bool:
    """Whether questions can be asked: never wait for input that cannot come."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def _asker(settings: Settings) -> Any:
    if not stdin_is_terminal():
        return None
    from .prompts import Asker

    # Answered questions fold into one line each on a real terminal that can move its cursor.
    collapse = not settings.plain and os.environ.get("TERM", "dumb") != "dumb" and _is_tty(sys.stderr)
    return Asker(lang=settings.lang, collapse=collapse)


def _is_tty(stream: Any) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):
        return False


@app.command(cls=Command, help="help.triage")
def triage(
    ctx: typer.Context,
    red_flag: Annotated[list[str] | None, typer.Option("--red-flag", metavar="ID", help="help.red_flag")] = None,
    event: Annotated[bool | None, typer.Option("--event/--no-event", help="help.event", show_default=False)] = None,
    sign: Annotated[list[str] | None, typer.Option("--sign", metavar="ID", help="help.sign")] = None,
    situation: Annotated[list[str] | None, typer.Option("--situation", metavar="ID", help="help.situation")] = None,
    role: Annotated[str | None, typer.Option("--role", metavar="WORD", help="help.role", show_default=False)] = None,
    internal: Annotated[
        str | None, typer.Option("--internal", metavar="yes|no|unknown", help="help.internal", show_default=False)
    ] = None,
    json: JsonOption = False,
    strict: Annotated[bool, typer.Option("--strict", help="help.strict")] = False,
    output: OutputOption = None,
    output_format: Annotated[
        str | None, typer.Option("--format", metavar="md|html|json", help="help.summary_format", show_default=False)
    ] = None,
    followup_ics: Annotated[
        Path | None, typer.Option("--followup-ics", metavar="FILE", help="help.followup_ics", show_default=False)
    ] = None,
    event_date: EventDateOption = None,
    force: ForceOption = False,
    full: Annotated[bool, typer.Option("--full", help="help.full")] = False,
    alarm_time: AlarmTimeOption = None,
    workdays: WorkdaysOption = False,
) -> None:
    from . import application
    from .present import note

    settings = _settings(ctx)
    options = application.TriageOptions(
        red_flags=red_flag,
        event=event,
        situations=situation,
        signs=sign,
        role=role,
        internal=internal,
        json=json,
        strict=strict,
        output=output,
        output_format=output_format,
        followup_ics=followup_ics,
        event_date=event_date,
        force=force,
        full=full,
        alarm_time=alarm_time,
        workdays=workdays,
    )
    _present(ctx, application.triage(settings, options, _asker(settings), lambda text: note(text, settings)))


@app.command(cls=Command, help="help.checkin")
def checkin(
    ctx: typer.Context,
    event_date: Annotated[
        str | None,
        typer.Option("--event-date", metavar="DATE", help="help.checkin_event_date", show_default=False),
    ] = None,
    previous: Annotated[
        Path | None,
        typer.Option("--previous", metavar="FILE", help="help.checkin_previous", show_default=False),
    ] = None,
    red_flag: Annotated[
        list[str] | None, typer.Option("--red-flag", metavar="ID", help="help.red_flag")
    ] = None,
    sign: Annotated[list[str] | None, typer.Option("--sign", metavar="ID", help="help.sign")] = None,
    trend: Annotated[
        str | None,
        typer.Option("--trend", metavar="easing|same|worse", help="help.checkin_trend", show_default=False),
    ] = None,
    item: Annotated[list[str] | None, typer.Option("--item", metavar="ID", help="help.checkin_item")] = None,
    support_used: Annotated[
        str | None,
        typer.Option(
            "--support-used", metavar="yes|no|unknown", help="help.checkin_support", show_default=False
        ),
    ] = None,
    step: Annotated[list[str] | None, typer.Option("--step", metavar="ID", help="help.checkin_step")] = None,
    json: JsonOption = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="help.checkin_output", show_default=False),
    ] = None,
    force: ForceOption = False,
    followup_ics: Annotated[
        Path | None,
        typer.Option("--followup-ics", metavar="FILE", help="help.checkin_ics", show_default=False),
    ] = None,
) -> None:
    from . import application
    from .present import note

    settings = _settings(ctx)
    options = application.CheckinOptions(
        event_date=event_date,
        previous=previous,
        red_flags=red_flag,
        signs=sign,
        trend=trend,
        items=item,
        support_used=support_used,
        steps=step,
        json=json,
        output=output,
        followup_ics=followup_ics,
        force=force,
    )
    _present(ctx, application.checkin(settings, options, _asker(settings), lambda text: note(text, settings)))


@app.command(cls=Command, help="help.team")
def team(
    ctx: typer.Context,
    event_date: EventDateOption = None,
    death: Annotated[bool | None, typer.Option("--death/--no-death", help="help.team_death", show_default=False)] = None,
    situation: Annotated[list[str] | None, typer.Option("--situation", metavar="ID", help="help.situation")] = None,
    json: JsonOption = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.team_output", show_default=False)
    ] = None,
    force: ForceOption = False,
    ics: Annotated[Path | None, typer.Option("--ics", metavar="FILE", help="help.team_ics", show_default=False)] = None,
) -> None:
    from . import application
    from .present import note

    settings = _settings(ctx)
    options = application.TeamOptions(
        event_date=event_date,
        death=death,
        situations=situation,
        json=json,
        output=output,
        ics=ics,
        force=force,
    )
    _present(ctx, application.team(settings, options, _asker(settings), lambda text: note(text, settings)))


@app.command(cls=Command, help="help.script")
def script(ctx: typer.Context, json: JsonOption = False) -> None:
    from . import application

    _present(ctx, application.script(_settings(ctx), json))


@app.command(cls=Command, help="help.resources")
def resources(
    ctx: typer.Context,
    internal: Annotated[bool, typer.Option("--internal", help="help.resources_internal")] = False,
    external: Annotated[bool, typer.Option("--external", help="help.resources_external")] = False,
    role: Annotated[
        str | None, typer.Option("--role", metavar="WORD", help="help.resources_role", show_default=False)
    ] = None,
    json: JsonOption = False,
) -> None:
    from . import application

    _present(ctx, application.resources(_settings(ctx), internal, external, role, json))


@app.command(cls=Command, help="help.signs")
def signs(ctx: typer.Context, json: JsonOption = False) -> None:
    from . import application

    _present(ctx, application.signs(_settings(ctx), json))


@app.command(cls=Command, help="help.avoid")
def avoid(ctx: typer.Context, json: JsonOption = False) -> None:
    from . import application

    _present(ctx, application.avoid(_settings(ctx), json))


@app.command(cls=Command, help="help.about")
def about(ctx: typer.Context, json: JsonOption = False) -> None:
    from . import application

    _present(ctx, application.about(_settings(ctx), json))


@app.command(cls=Command, help="help.card")
def card(
    ctx: typer.Context,
    card_format: Annotated[
        str | None, typer.Option("--format", metavar="md|html|txt", help="help.card_format", show_default=False)
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.card_output", show_default=False)
    ] = None,
    force: ForceOption = False,
    json: JsonOption = False,
) -> None:
    from . import application

    to_terminal = sys.stdout is not None and sys.stdout.isatty()
    _present(ctx, application.card(_settings(ctx), card_format, output, force, to_terminal, json))


@app.command(cls=Command, help="help.page")
def page(
    ctx: typer.Context,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.page_output", show_default=False)
    ] = None,
    force: ForceOption = False,
) -> None:
    from . import application

    _present(ctx, application.page(_settings(ctx), output, force))


@app.command(cls=Command, help="help.followup")
def followup(
    ctx: typer.Context,
    event_date: EventDateOption = None,
    ics: Annotated[Path | None, typer.Option("--ics", metavar="FILE", help="help.ics", show_default=False)] = None,
    force: ForceOption = False,
    previous: Annotated[
        Path | None, typer.Option("--previous", metavar="FILE", help="help.previous", show_default=False)
    ] = None,
    alarm_time: AlarmTimeOption = None,
    workdays: WorkdaysOption = False,
    json: JsonOption = False,
) -> None:
    from . import application
    from .present import note

    settings = _settings(ctx)
    options = application.FollowupOptions(
        event_date=event_date,
        ics=ics,
        force=force,
        previous=previous,
        alarm_time=alarm_time,
        workdays=workdays,
        json=json,
    )
    _present(ctx, application.followup(settings, options, lambda text: note(text, settings)))


@app.command(cls=Command, help="help.validate")
def validate(
    ctx: typer.Context,
    directory: Annotated[
        Path | None, typer.Argument(metavar="DIR", help="help.validate_dir", show_default=False)
    ] = None,
    json: JsonOption = False,
) -> None:
    from . import application

    _present(ctx, application.validate(_settings(ctx), directory, json))


@app.command(cls=Command, help="help.init")
def init(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="help.init_dir", show_default=False)],
    force: Annotated[bool, typer.Option("--force", help="help.force")] = False,
) -> None:
    from . import application

    _present(ctx, application.init(_settings(ctx), directory, force))


@app.command(cls=Command, help="help.schema")
def schema(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(metavar="NAME", help="help.schema_name", show_default=False)] = None,
) -> None:
    from . import application

    _present(ctx, application.schema(_settings(ctx), name))


def _click_error(exc: Any, lang: Any) -> tuple[str, str]:
    """Click's own usage errors, said in our words (Click's are English only): key and message."""
    from typer._click import exceptions as click_exceptions

    if isinstance(exc, click_exceptions.NoSuchOption):
        from .parsing import suggestion

        close = suggestion(exc.option_name, list(exc.possibilities or []))
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


def run(group: Any, argv: list[str], prog_name: str, extra: dict[str, Any]) -> int:
    """Run the command line; every error becomes a message in the user's language and an exit code."""
    from typer import Abort, Exit
    from typer._click import exceptions as click_exceptions

    from .files import Terminated

    lang = detect_lang(argv, os.environ)
    as_json = wants_json(argv)
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

    try:
        settings = resolve(argv, os.environ)
        lang = settings.lang
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
        from .application import problem_data

        problems = [problem_data(p, lang) for p in exc.problems]
        return fail(exc.code, exc.key, exc.message(lang), problems)
    except AppError as exc:
        return fail(exc.code, exc.key, exc.message(lang))
    except (KeyboardInterrupt, Abort):
        return fail(ExitCode.INTERRUPTED, "msg.interrupted", "\n" + t("msg.interrupted", lang))
    except Terminated as exc:
        return fail(128 + exc.signum, "msg.interrupted", "\n" + t("msg.interrupted", lang))
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            _silence_stdout()
            return ExitCode.BROKEN_PIPE
        reason = errno.errorcode.get(exc.errno or 0, str(exc.errno))
        return fail(ExitCode.OUTPUT, "err.stream", t("err.stream", lang, reason=reason))
    except Exception as exc:
        return fail(ExitCode.UNEXPECTED, "msg.unexpected", t("msg.unexpected", lang, error=type(exc).__name__))


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


def main() -> None:
    # A terminal or pipe that cannot encode a character (an old locale) gets a "?" rather
    # than a crash in the middle of a recommendation.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    # Pydantic looks for plugins by scanning every installed distribution when the first model is
    # built (about 10 ms, a fifth of our start-up budget). The guide uses none; a user who sets
    # the variable keeps their value.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        app(prog_name="secondvictim")
    finally:
        # At exit, the collector's last passes would visit every object of Pydantic and Typer
        # only to free memory the system reclaims anyway: freezing them skips that work.
        gc.freeze()
