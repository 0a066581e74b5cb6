"""The command line: Typer declarations only. Each command gathers its options and calls one
function of the application layer (`application.py`); `cli_framework.run` is the one place that
turns errors into messages and exit codes.

Modules that only some commands need are imported inside those commands, so that `--help` and
`--version` start as fast as Typer itself allows. Help texts are message keys, translated when
the help is shown, in the language of the run.
"""

from __future__ import annotations

import copy
import gc
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .cli_framework import Command, Group, settings_of
from .config import Settings, command_name
from .wrapping import is_terminal

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
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.summary_output", show_default=False, readable=False)
]


def _present(ctx: typer.Context, output: Any) -> None:
    from .present import present

    code = present(output, settings_of(ctx))
    if code:
        raise typer.Exit(code)


def stdin_is_terminal() -> bool:
    """Whether questions can be asked: never wait for input that cannot come."""
    return is_terminal(sys.stdin)


def _asker(settings: Settings) -> Any:
    if not stdin_is_terminal():
        return None
    from .prompts import Asker

    # Answered questions fold into one line each on a real terminal that can move its cursor.
    collapse = not settings.plain and os.environ.get("TERM", "dumb") != "dumb" and is_terminal(sys.stderr)
    return Asker(lang=settings.lang, collapse=collapse)


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
        Path | None, typer.Option("--followup-ics", metavar="FILE", help="help.followup_ics", show_default=False, readable=False)
    ] = None,
    event_date: EventDateOption = None,
    force: ForceOption = False,
    full: Annotated[bool, typer.Option("--full", help="help.full")] = False,
    alarm_time: AlarmTimeOption = None,
    workdays: WorkdaysOption = False,
) -> None:
    from . import application
    from .present import note

    settings = settings_of(ctx)
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
        typer.Option("--previous", metavar="FILE", help="help.checkin_previous", show_default=False, readable=False),
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
        typer.Option("--output", "-o", metavar="FILE", help="help.checkin_output", show_default=False, readable=False),
    ] = None,
    force: ForceOption = False,
    followup_ics: Annotated[
        Path | None,
        typer.Option("--followup-ics", metavar="FILE", help="help.checkin_ics", show_default=False, readable=False),
    ] = None,
    alarm_time: AlarmTimeOption = None,
    workdays: WorkdaysOption = False,
) -> None:
    from . import application
    from .present import note

    settings = settings_of(ctx)
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
        alarm_time=alarm_time,
        workdays=workdays,
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
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.team_output", show_default=False, readable=False)
    ] = None,
    force: ForceOption = False,
    ics: Annotated[Path | None, typer.Option("--ics", metavar="FILE", help="help.team_ics", show_default=False, readable=False)] = None,
    alarm_time: AlarmTimeOption = None,
    previous: Annotated[
        Path | None, typer.Option("--previous", metavar="FILE", help="help.team_previous", show_default=False, readable=False)
    ] = None,
) -> None:
    from . import application
    from .present import note

    settings = settings_of(ctx)
    options = application.TeamOptions(
        event_date=event_date,
        death=death,
        situations=situation,
        json=json,
        output=output,
        ics=ics,
        force=force,
        alarm_time=alarm_time,
        previous=previous,
    )
    _present(ctx, application.team(settings, options, _asker(settings), lambda text: note(text, settings)))


@app.command(cls=Command, help="help.script")
def script(ctx: typer.Context, json: JsonOption = False) -> None:
    from . import application

    _present(ctx, application.script(settings_of(ctx), json))


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

    _present(ctx, application.resources(settings_of(ctx), internal, external, role, json))


@app.command(cls=Command, help="help.signs")
def signs(ctx: typer.Context, json: JsonOption = False) -> None:
    from . import application

    _present(ctx, application.signs(settings_of(ctx), json))


@app.command(cls=Command, help="help.avoid")
def avoid(ctx: typer.Context, json: JsonOption = False) -> None:
    from . import application

    _present(ctx, application.avoid(settings_of(ctx), json))


@app.command(cls=Command, help="help.about")
def about(
    ctx: typer.Context,
    sources: Annotated[bool, typer.Option("--sources", help="help.about_sources")] = False,
    json: JsonOption = False,
) -> None:
    from . import application

    _present(ctx, application.about(settings_of(ctx), json, sources))


@app.command(cls=Command, help="help.card")
def card(
    ctx: typer.Context,
    card_format: Annotated[
        str | None, typer.Option("--format", metavar="md|html|txt", help="help.card_format", show_default=False)
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.card_output", show_default=False, readable=False)
    ] = None,
    force: ForceOption = False,
    json: JsonOption = False,
) -> None:
    from . import application

    to_terminal = is_terminal(sys.stdout)
    _present(ctx, application.card(settings_of(ctx), card_format, output, force, to_terminal, json))


@app.command(cls=Command, help="help.page")
def page(
    ctx: typer.Context,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="help.page_output", show_default=False, readable=False)
    ] = None,
    force: ForceOption = False,
) -> None:
    from . import application

    _present(ctx, application.page(settings_of(ctx), output, force))


@app.command(cls=Command, help="help.followup")
def followup(
    ctx: typer.Context,
    event_date: EventDateOption = None,
    ics: Annotated[Path | None, typer.Option("--ics", metavar="FILE", help="help.ics", show_default=False, readable=False)] = None,
    force: ForceOption = False,
    previous: Annotated[
        Path | None, typer.Option("--previous", metavar="FILE", help="help.previous", show_default=False, readable=False)
    ] = None,
    alarm_time: AlarmTimeOption = None,
    workdays: WorkdaysOption = False,
    json: JsonOption = False,
) -> None:
    from . import application
    from .present import note

    settings = settings_of(ctx)
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
        Path | None, typer.Argument(metavar="DIR", help="help.validate_dir", show_default=False, readable=False)
    ] = None,
    json: JsonOption = False,
) -> None:
    from . import application

    _present(ctx, application.validate(settings_of(ctx), directory, json))


@app.command(cls=Command, help="help.init")
def init(
    ctx: typer.Context,
    directory: Annotated[
        Path | None, typer.Argument(metavar="DIR", help="help.init_dir", show_default=False, readable=False)
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="help.force")] = False,
) -> None:
    from . import application

    _present(ctx, application.init(settings_of(ctx), directory, force))


@app.command(cls=Command, help="help.schema")
def schema(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Argument(metavar="NAME", help="help.schema_name", show_default=False)] = None,
) -> None:
    from . import application

    _present(ctx, application.schema(settings_of(ctx), name))


@app.command(cls=Command, help="help.practice")
def practice(
    ctx: typer.Context,
    scenario: Annotated[str | None, typer.Argument(metavar="ID", help="help.practice_id", show_default=False)] = None,
    reply: Annotated[list[str] | None, typer.Option("--reply", metavar="N", help="help.practice_reply")] = None,
    json: JsonOption = False,
) -> None:
    from .commands import practice as command
    from .render_terminal import print_document

    settings = settings_of(ctx)
    options = command.PracticeOptions(scenario=scenario, replies=reply, json=json)

    def show(doc: Any) -> None:
        print_document(doc, plain=settings.plain, lang=settings.lang)

    _present(ctx, command.run(settings, options, _asker(settings), show))


def _name(info: typer.models.CommandInfo) -> str | None:
    if info.name or info.callback is None:
        return info.name
    return typer.main.get_command_name(info.callback.__name__)


def program(args: list[str]) -> typer.Typer:
    """The command line to run: the program with only the command that `args` name.

    Typer builds the options of every command at each start (about 8 ms for fourteen); the one
    that runs is enough. The whole program is kept when no command is named (`--help`) or the
    word is not one (the error then suggests the closest).
    """
    name = command_name(args)
    chosen = [info for info in app.registered_commands if _name(info) == name]
    if not chosen:
        return app
    one = copy.copy(app)
    one.registered_commands = chosen
    return one


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
        program(sys.argv[1:])(prog_name="secondvictim")
    finally:
        # At exit, Python's last collection (it runs even while the collector is paused) would
        # visit every object of Pydantic and Typer only to free memory the system reclaims
        # anyway: freezing them skips that work (20 ms).
        gc.freeze()
