"""What every command's declaration shares: the options several commands have, the one way to
turn an options record into a Typer command, and the run's asker and presenter.

A command's options are declared once, as the fields of its options record (a named tuple whose
annotations carry the Typer option): Typer reads them as the command's parameters, the flow reads
them as the record, and the help text is the option's message key.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from ..files import file_name

JsonOption = Annotated[bool, typer.Option("--json", help="help.json")]
ForceOption = Annotated[bool, typer.Option("--force", help="help.force_file")]
EventDateOption = Annotated[
    str | None, typer.Option("--event-date", metavar="DATE", help="help.event_date", show_default=False)
]
AlarmTimeOption = Annotated[
    str | None, typer.Option("--alarm-time", metavar="HH:MM", help="help.alarm_time", show_default=False)
]
# A label the manager chooses for a plan: kept only in the files, never on the terminal.
LabelOption = Annotated[
    str | None, typer.Option("--label", metavar="TEXT", help="help.label", show_default=False)
]
WorkdaysOption = Annotated[bool, typer.Option("--workdays", help="help.workdays")]
# Every file or folder option says readable=False (or has a parser): Click would otherwise refuse a path the user
# cannot read as a command line "that cannot be understood", before the loader's fallback (a
# crisis command) or the one reader's located problem could say what it is.
# A file to write is read by files.file_name, which refuses a name ending in a folder separator.
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", metavar="FILE", help="help.summary_output", show_default=False, parser=file_name
    ),
]


def file_option(*names: str, help: str, writes: bool = True) -> Any:
    """A file option (`--ics FILE`): no default shown, and never checked by Click (see above); a
    file to write (not `--previous`, read) is read by files.file_name."""
    if writes:
        return typer.Option(*names, metavar="FILE", help=help, show_default=False, parser=file_name)
    return typer.Option(*names, metavar="FILE", help=help, show_default=False, readable=False)


def typer_command(record: type[tuple[Any, ...]], run: Callable[[Any, Any], None]) -> Callable[..., None]:
    """The Typer command whose parameters are the fields of `record`, calling `run(ctx, options)`."""
    hints = typing.get_type_hints(record, include_extras=True)
    defaults = getattr(record, "_field_defaults", {})
    parameters = [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)]
    parameters += [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=defaults.get(name), annotation=hints[name])
        for name in record._fields  # type: ignore[attr-defined]
    ]

    def command(ctx: typer.Context, **given: Any) -> None:
        run(ctx, record(**given))

    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {"ctx": typer.Context, **{name: hints[name] for name in record._fields}}  # type: ignore[attr-defined]
    return command


def asker(settings: Environment) -> Any:
    if not settings.at_terminal:
        return None
    from ..prompts import Asker

    # Answered questions fold into one line each on a real terminal that can move its cursor.
    collapse = not settings.plain and settings.cursor and settings.streams.stderr
    return Asker(lang=settings.lang, collapse=collapse, width=settings.width, columns=settings.columns)


def notifier(settings: Environment) -> Callable[[str], None]:
    from ..present import note

    return lambda text: note(text, settings)


def show(ctx: Any, output: Any) -> None:
    """Present what the command produced; its exit code, if not 0, ends the run."""
    from ..present import present
    from .common import label_unused

    settings = settings_of(ctx)
    if label_unused(ctx.params.get("label"), output):
        from dataclasses import replace

        from ..i18n import t

        output = replace(output, notes=(*output.notes, t("keep.label_unused", settings.lang)))
    code = present(output, settings)
    if code:
        raise typer.Exit(code)
