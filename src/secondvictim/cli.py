"""The command line: gathers options and answers, calls the guide's logic, hands over to a renderer.

Modules that only some commands need are imported inside those commands, so that `--help` and
`--version` start as fast as Typer itself allows.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from . import __version__
from .choices import DEFAULT_LANG, Internal, Role
from .exitcodes import ExitCode

if TYPE_CHECKING:
    from .document import Document
    from .loader import Loaded
    from .models import Guide

app = typer.Typer(
    name="secondvictim",
    help=(
        "Pocket guide for supporting a colleague after an adverse event associated with care "
        '(the "second victim"). Start with: secondvictim triage'
    ),
    no_args_is_help=True,
    add_completion=False,
    # Plain help: no boxes, readable when piped and by a screen reader.
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass(frozen=True)
class Settings:
    plain: bool = False
    lang: str = DEFAULT_LANG
    data_dir: Path | None = None


def _version(value: bool) -> None:
    if value:
        print(f"secondvictim {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
    plain: Annotated[
        bool,
        typer.Option("--plain", help="Plain text: no colour, no boxes (also when piped or with NO_COLOR)."),
    ] = False,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            metavar="DIR",
            help="Folder of your institution's data files. Default: $SECONDVICTIM_DATA_DIR, "
            "else your configuration folder (see 'secondvictim validate').",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Pocket guide for supporting a colleague after an adverse event associated with care."""
    ctx.obj = Settings(plain=plain, data_dir=data_dir)


def _settings(ctx: typer.Context) -> Settings:
    return ctx.obj if isinstance(ctx.obj, Settings) else Settings()


def _fail(message: str, code: ExitCode) -> NoReturn:
    print(message, file=sys.stderr)
    raise typer.Exit(code)


def institution_dir(option: Path | None) -> tuple[Path | None, str]:
    """The folder of the institution's data, and what chose it; highest first."""
    if option is not None:
        return option, "--data-dir"
    if os.environ.get("SECONDVICTIM_DATA_DIR"):
        return Path(os.environ["SECONDVICTIM_DATA_DIR"]), "SECONDVICTIM_DATA_DIR"
    user = Path(typer.get_app_dir("secondvictim"))
    if user.is_dir():
        return user, "your configuration folder"
    return None, ""


def _loaded(ctx: typer.Context, *, fallback: bool = False) -> tuple[Loaded, str | None]:
    """The guide with the institution's data, and a warning if it had to do without.

    Broken institution data stops the command (exit 2), except with `fallback`: then the
    packaged guide is used, with a warning, so that a manager in a crisis still gets the
    emergency numbers and what to do.
    """
    from .loader import DataError, load
    from .strings import t

    directory, _ = institution_dir(_settings(ctx).data_dir)
    warning = None
    try:
        return load(directory), None
    except DataError as exc:
        if not fallback or directory is None:
            _fail(t("msg.data_error") + "\n" + str(exc), ExitCode.USAGE)
        warning = t("msg.data_fallback", directory=directory) + "\n" + str(exc)
    try:
        return load(None), warning
    except DataError as exc:
        _fail(t("msg.data_error") + "\n" + str(exc), ExitCode.USAGE)


def _guide(ctx: typer.Context) -> Guide:
    return _loaded(ctx)[0].guide


def _origin(loaded: Loaded, key: str, ident: str) -> str:
    """Where an item came from, for --json: "packaged" or the institution file's path."""
    path = loaded.origins.get((key, ident))
    return str(path) if path is not None and path.parent == loaded.institution else "packaged"


def _show(ctx: typer.Context, doc: Document) -> None:
    from .render import print_document

    print_document(doc, plain=_settings(ctx).plain)


def _chosen_ids(values: list[str] | None, valid: list[str], what: str, option: str) -> tuple[str, ...] | None:
    """Option values checked against the guide's ids, in the guide's order; None if absent."""
    if not values:
        return None
    from .strings import t

    if values == ["none"]:
        return ()
    unknown = [v for v in values if v not in valid]
    if unknown:
        raise typer.BadParameter(
            t("msg.unknown_id", value=unknown[0], what=what, valid=", ".join(valid) + " (or none)"),
            param_hint=option,
        )
    return tuple(v for v in valid if v in values)


def stdin_is_terminal() -> bool:
    """Whether questions can be asked: never wait for input that cannot come."""
    return sys.stdin.isatty()


JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]


@app.command()
def triage(
    ctx: typer.Context,
    red_flag: Annotated[
        list[str] | None,
        typer.Option(
            "--red-flag",
            metavar="ID",
            help="A red flag you see (repeatable): severe-distress, major-disorganisation, "
            "dark-thoughts, danger; or 'none'. Any red flag gives level 3 at once.",
        ),
    ] = None,
    event: Annotated[
        bool | None,
        typer.Option(
            "--event/--no-event",
            help="Whether a serious adverse event associated with care has occurred. "
            "Required without a terminal, unless a red flag is given.",
            show_default=False,
        ),
    ] = None,
    sign: Annotated[
        list[str] | None,
        typer.Option(
            "--sign",
            metavar="ID",
            help="A warning sign you see (repeatable): withdrawal, guilt, anxiety, medico-legal, "
            "behaviour-change; or 'none'.",
        ),
    ] = None,
    role: Annotated[
        Role | None,
        typer.Option("--role", help="The professional's role (default: unknown).", show_default=False),
    ] = None,
    internal: Annotated[
        Internal | None,
        typer.Option(
            "--internal",
            help="Whether the professional is willing and able to use the internal resources "
            "(default: unknown). 'no' puts the external resources first.",
            show_default=False,
        ),
    ] = None,
    json: JsonOption = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Stop if the institution's data cannot be used, instead of falling back to the "
            "packaged guide with a warning.",
        ),
    ] = False,
) -> None:
    """Answer a few questions and get what to do, what to say and whom to call.

    On a terminal, the questions not answered by an option are asked. Without a terminal
    nothing is asked: absent options mean none or unknown, and --event/--no-event is required.
    """
    from .prompts import Asker, Given, MissingEvent, complete
    from .strings import t
    from .triage import recommend

    loaded, warning = _loaded(ctx, fallback=not strict)
    if warning:
        print(warning + "\n", file=sys.stderr)
    guide = loaded.guide
    given = Given(
        red_flags=_chosen_ids(red_flag, [s.id for s in guide.red_flags], "red flag", "--red-flag"),
        event=event,
        signs=_chosen_ids(sign, [s.id for s in guide.warning_signs], "warning sign", "--sign"),
        role=role,
        internal=internal,
    )
    interactive = stdin_is_terminal()
    asker = Asker(lang=_settings(ctx).lang) if interactive else None
    try:
        if asker and given.red_flags is None:
            print(t("triage.intro"), file=sys.stderr)
        answers = complete(guide, given, asker)
    except MissingEvent:
        raise typer.BadParameter(t("msg.missing_event"), param_hint="'--event' / '--no-event'") from None
    except KeyboardInterrupt:
        _fail("\n" + t("msg.interrupted"), ExitCode.INTERRUPTED)
    except EOFError:
        _fail("\n" + t("msg.eof"), ExitCode.ERROR)
    recommendation = recommend(guide, answers)
    if interactive:
        print(file=sys.stderr)
    if json:
        from .export import triage_data, write_json

        write_json(
            {
                **triage_data(guide, recommendation, _settings(ctx).lang),
                "warnings": [warning] if warning else [],
            }
        )
        return
    from .document import triage_document

    _show(ctx, triage_document(guide, recommendation, _settings(ctx).lang))


@app.command()
def script(ctx: typer.Context) -> None:
    """Show the first words to say and how to open the conversation."""
    from .document import script_document

    _show(ctx, script_document(_guide(ctx), _settings(ctx).lang))


@app.command()
def resources(
    ctx: typer.Context,
    internal: Annotated[
        bool, typer.Option("--internal", help="Only the institution's internal resources.")
    ] = False,
    external: Annotated[
        bool, typer.Option("--external", help="Only the external resources (national helplines).")
    ] = False,
    role: Annotated[
        Role | None,
        typer.Option("--role", help="Only the resources for this role.", show_default=False),
    ] = None,
    json: JsonOption = False,
) -> None:
    """List the internal and external resources, with phone numbers and whom they are for.

    The emergency numbers are listed too, unless --internal or --external is given.
    """
    from .triage import serves

    loaded = _loaded(ctx)[0]
    guide = loaded.guide
    kinds = (
        {"internal"}
        if internal and not external
        else {"external"}
        if external and not internal
        else {"internal", "external"}
    )
    chosen = [r for r in guide.resources if r.kind in kinds and serves(r.roles, role or Role.unknown)]
    emergency = not (internal or external)
    lang = _settings(ctx).lang
    if json:
        from .export import resource_data, write_json

        if emergency:
            chosen += guide.resources_of("emergency")
        write_json([{**resource_data(r, lang), "origin": _origin(loaded, "resources", r.id)} for r in chosen])
        return
    from .document import resources_document

    _show(ctx, resources_document(guide, lang, chosen, emergency=emergency))


def _output(
    ctx: typer.Context, json: bool, data: Callable[..., object], document: Callable[..., Document]
) -> None:
    """Print `data(guide, lang)` as JSON, or `document(guide, lang)` for reading."""
    guide, lang = _guide(ctx), _settings(ctx).lang
    if json:
        from .export import write_json

        write_json(data(guide, lang))
    else:
        _show(ctx, document(guide, lang))


@app.command()
def signs(ctx: typer.Context, json: JsonOption = False) -> None:
    """List the warning signs, and the red flags that require immediate action."""
    from .document import signs_document
    from .export import signs_data

    _output(ctx, json, signs_data, signs_document)


@app.command()
def avoid(ctx: typer.Context, json: JsonOption = False) -> None:
    """List the attitudes to avoid, each with what to do instead."""
    from .document import avoid_document
    from .export import attitudes_data

    _output(ctx, json, attitudes_data, avoid_document)


@app.command()
def about(ctx: typer.Context) -> None:
    """Explain what a second victim is, why support matters, and where the content comes from."""
    from .document import about_document

    _show(ctx, about_document(_guide(ctx), _settings(ctx).lang))


@app.command()
def validate(
    ctx: typer.Context,
    directory: Annotated[
        Path | None,
        typer.Argument(
            help="The folder to check. Default: the one that would be loaded "
            "(--data-dir, $SECONDVICTIM_DATA_DIR or your configuration folder).",
            show_default=False,
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Check your institution's data files and say exactly what is wrong.

    Every problem is listed as file:line: field: problem. Exit code 0 when the data is valid,
    2 when it is not.
    """
    from .loader import DataError, load
    from .strings import t

    chosen, how = (directory, "argument") if directory else institution_dir(_settings(ctx).data_dir)
    try:
        loaded, problems = load(chosen), []
    except DataError as exc:
        loaded, problems = None, exc.problems
    if json:
        from .export import write_json

        write_json(
            {
                "valid": not problems,
                "institution": str(chosen) if chosen else None,
                "files": {n: [str(p) for p in ps] for n, ps in loaded.files.items()} if loaded else None,
                "items": [
                    {"list": key, "id": ident, "origin": _origin(loaded, key, ident)}
                    for key, ident in loaded.origins
                ]
                if loaded
                else None,
                "problems": [
                    {"file": str(p.path), "line": p.line, "field": p.field, "message": p.message}
                    for p in problems
                ],
            }
        )
    else:
        if chosen is None:
            print(t("validate.none", folder=typer.get_app_dir("secondvictim")))
        else:
            print(t("validate.folder", directory=chosen, how=how))
        if loaded:
            print(t("validate.files"))
            for name, paths in loaded.files.items():
                print(
                    f"  {name}: "
                    + t("validate.then").join(
                        t("validate.packaged") if p.parent != chosen else str(p) for p in paths
                    )
                )
            print(t("validate.valid"))
        else:
            print(t("validate.problems", count=len(problems)))
            for problem in problems:
                print(problem)
    if problems:
        raise typer.Exit(ExitCode.USAGE)


@app.command()
def init(
    ctx: typer.Context,
    directory: Annotated[
        Path, typer.Argument(help="The folder to write the starter file in (created if needed).")
    ],
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing starter file.")] = False,
) -> None:
    """Write a starter file for your institution's own contacts, to fill in.

    It lists the internal contacts of the guide (psychologist, occupational medicine...) with
    the fields to fill in, all commented out, so that it is valid from the start.
    """
    from .files import FileExists, write_file
    from .loader import DataError, load
    from .starter import starter_resources
    from .strings import t

    try:
        guide = load(None).guide
    except DataError as exc:
        _fail(t("msg.data_error") + "\n" + str(exc), ExitCode.USAGE)
    target = directory / "resources.yaml"
    try:
        write_file(target, starter_resources(guide, str(directory)), force=force)
    except FileExists:
        _fail(t("init.exists", path=target), ExitCode.ERROR)
    except OSError as exc:
        _fail(t("init.cannot", path=target, reason=exc.strerror or exc), ExitCode.ERROR)
    print(t("init.done", path=target, directory=directory, folder=typer.get_app_dir("secondvictim")))


def main() -> None:
    try:
        app(prog_name="secondvictim")
    finally:
        # At exit, the collector's last passes would visit every object of Pydantic and Typer
        # only to free memory the system reclaims anyway: freezing them skips that work.
        gc.freeze()
