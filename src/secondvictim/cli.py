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
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from . import __version__
from .choices import EXTENSIONS, CardFormat, Internal, Lang, LangChoice, Role, SummaryFormat, detect_lang
from .exitcodes import ExitCode
from .strings import t

if TYPE_CHECKING:
    from .document import Document
    from .loader import Loaded
    from .models import Guide

# Typer reads help texts when the commands are declared, before options are parsed: the
# language of the help is found from the command line and the environment directly.
HELP_LANG: Lang = detect_lang(sys.argv[1:], os.environ)


def h(key: str) -> str:
    return t(f"help.{key}", HELP_LANG)


app = typer.Typer(
    name="secondvictim",
    help=h("app"),
    no_args_is_help=True,
    add_completion=False,
    # Plain help: no boxes, readable when piped and by a screen reader.
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass(frozen=True)
class Settings:
    lang: Lang
    plain: bool = False
    data_dir: Path | None = None


def _version(value: bool) -> None:
    if value:
        print(f"secondvictim {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=h("version"))
    ] = False,
    plain: Annotated[bool, typer.Option("--plain", help=h("plain"))] = False,
    lang: Annotated[LangChoice | None, typer.Option("--lang", help=h("lang"), show_default=False)] = None,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", metavar="DIR", help=h("data_dir"), show_default=False)
    ] = None,
) -> None:
    chosen: Lang = lang.value if lang else detect_lang([], os.environ)
    ctx.obj = Settings(lang=chosen, plain=plain, data_dir=data_dir)


def _settings(ctx: typer.Context) -> Settings:
    if isinstance(ctx.obj, Settings):
        return ctx.obj
    return Settings(lang=detect_lang([], os.environ))


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
        return user, "config"
    return None, ""


def _loaded(ctx: typer.Context, *, fallback: bool = False) -> tuple[Loaded, str | None]:
    """The guide with the institution's data, and a warning if it had to do without.

    Broken institution data stops the command (exit 2), except with `fallback`: then the
    packaged guide is used, with a warning, so that a manager in a crisis still gets the
    emergency numbers and what to do.
    """
    from .loader import DataError, load

    lang = _settings(ctx).lang
    directory, _ = institution_dir(_settings(ctx).data_dir)
    warning = None
    try:
        return load(directory), None
    except DataError as exc:
        if not fallback or directory is None:
            _fail(t("msg.data_error", lang) + "\n" + str(exc), ExitCode.USAGE)
        warning = t("msg.data_fallback", lang, directory=directory) + "\n" + str(exc)
    try:
        return load(None), warning
    except DataError as exc:
        _fail(t("msg.data_error", lang) + "\n" + str(exc), ExitCode.USAGE)


def _guide(ctx: typer.Context) -> Guide:
    return _loaded(ctx)[0].guide


def _origin(loaded: Loaded, key: str, ident: str) -> str:
    """Where an item came from, for --json: "packaged" or the institution file's path."""
    path = loaded.origins.get((key, ident))
    return str(path) if path is not None and path.parent == loaded.institution else "packaged"


def _show(ctx: typer.Context, doc: Document) -> None:
    from .render import print_document

    print_document(doc, plain=_settings(ctx).plain)


def _chosen_ids(
    values: list[str] | None, valid: list[str], what: str, option: str, lang: Lang
) -> tuple[str, ...] | None:
    """Option values checked against the guide's ids, in the guide's order; None if absent."""
    if not values:
        return None
    if values == ["none"]:
        return ()
    unknown = [v for v in values if v not in valid]
    if unknown:
        raise typer.BadParameter(
            t(
                "msg.unknown_id",
                lang,
                value=unknown[0],
                what=t(what, lang),
                valid=", ".join([*valid, "none"]),
            ),
            param_hint=option,
        )
    return tuple(v for v in valid if v in values)


def stdin_is_terminal() -> bool:
    """Whether questions can be asked: never wait for input that cannot come."""
    return sys.stdin.isatty()


def _format_of(
    path: Path, given: str | None, allowed: type[CardFormat] | type[SummaryFormat], lang: Lang
) -> str:
    """The format asked for, else the one the file's extension names."""
    if given:
        return given
    by_extension = EXTENSIONS.get(path.suffix.lower())
    if by_extension in allowed.__members__:
        return by_extension
    choices = ", ".join(allowed.__members__)
    raise typer.BadParameter(t("msg.format", lang, path=path, choices=choices), param_hint="'--format'")


def _refuse_existing(path: Path | None, force: bool, lang: Lang) -> None:
    """Stop before any question if a file would be overwritten without --force."""
    if path is not None and path.exists() and not force:
        _fail(t("msg.exists", lang, path=path), ExitCode.ERROR)


def _write(path: Path, content: str | bytes, force: bool, lang: Lang, *, private: bool = True) -> None:
    """Write a file the user asked for, atomically; `private` files are readable by their owner alone."""
    from .files import FileExists, write_file

    text = content.decode("utf-8") if isinstance(content, bytes) else content
    try:
        write_file(path, text, force=force, mode=0o600 if private else 0o644)
    except FileExists:
        _fail(t("msg.exists", lang, path=path), ExitCode.ERROR)
    except OSError as exc:
        _fail(t("init.cannot", lang, path=path, reason=exc.strerror or exc), ExitCode.ERROR)
    if private:
        print(t("msg.written", lang, path=path), file=sys.stderr)


JsonOption = Annotated[bool, typer.Option("--json", help=h("json"))]
ForceOption = Annotated[bool, typer.Option("--force", help=h("force_file"))]
EventDateOption = Annotated[
    datetime | None,
    typer.Option(
        "--event-date", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help=h("event_date"), show_default=False
    ),
]


@app.command(help=h("triage"))
def triage(
    ctx: typer.Context,
    red_flag: Annotated[
        list[str] | None, typer.Option("--red-flag", metavar="ID", help=h("red_flag"))
    ] = None,
    event: Annotated[
        bool | None, typer.Option("--event/--no-event", help=h("event"), show_default=False)
    ] = None,
    sign: Annotated[list[str] | None, typer.Option("--sign", metavar="ID", help=h("sign"))] = None,
    role: Annotated[Role | None, typer.Option("--role", help=h("role"), show_default=False)] = None,
    internal: Annotated[
        Internal | None, typer.Option("--internal", help=h("internal"), show_default=False)
    ] = None,
    json: JsonOption = False,
    strict: Annotated[bool, typer.Option("--strict", help=h("strict"))] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help=h("summary_output"), show_default=False),
    ] = None,
    output_format: Annotated[
        SummaryFormat | None, typer.Option("--format", help=h("summary_format"), show_default=False)
    ] = None,
    followup_ics: Annotated[
        Path | None,
        typer.Option("--followup-ics", metavar="FILE", help=h("followup_ics"), show_default=False),
    ] = None,
    event_date: EventDateOption = None,
    force: ForceOption = False,
) -> None:
    from .prompts import Asker, Given, MissingEvent, complete
    from .triage import recommend

    lang = _settings(ctx).lang
    summary_format = _format_of(output, output_format, SummaryFormat, lang) if output else None
    _refuse_existing(output, force, lang)
    _refuse_existing(followup_ics, force, lang)
    loaded, warning = _loaded(ctx, fallback=not strict)
    if warning:
        print(warning + "\n", file=sys.stderr)
    guide = loaded.guide
    given = Given(
        red_flags=_chosen_ids(red_flag, [s.id for s in guide.red_flags], "what.red_flag", "--red-flag", lang),
        event=event,
        signs=_chosen_ids(sign, [s.id for s in guide.warning_signs], "what.sign", "--sign", lang),
        role=role,
        internal=internal,
    )
    interactive = stdin_is_terminal()
    asker = Asker(lang=lang) if interactive else None
    try:
        if asker and given.red_flags is None:
            print(t("triage.intro", lang), file=sys.stderr)
        answers = complete(guide, given, asker)
    except MissingEvent:
        raise typer.BadParameter(
            t("msg.missing_event", lang), param_hint="'--event' / '--no-event'"
        ) from None
    except KeyboardInterrupt:
        _fail("\n" + t("msg.interrupted", lang), ExitCode.INTERRUPTED)
    except EOFError:
        _fail("\n" + t("msg.eof", lang), ExitCode.ERROR)
    recommendation = recommend(guide, answers)
    if interactive:
        print(file=sys.stderr)
    warnings = [warning] if warning else []
    if json:
        from .export import triage_data, write_json

        write_json({**triage_data(guide, recommendation, lang), "warnings": warnings})
    else:
        from .document import triage_document

        _show(ctx, triage_document(guide, recommendation, lang))
    day = event_date.date() if event_date else date.today()
    if output:
        from .summary import summary_text

        _write(output, summary_text(guide, recommendation, lang, summary_format, day, warnings), force, lang)
    if followup_ics:
        if recommendation.level == 0:
            print(t("msg.no_followup", lang), file=sys.stderr)
        else:
            from .followup import calendar

            _write(followup_ics, calendar(guide, day, lang), force, lang)


@app.command(help=h("script"))
def script(ctx: typer.Context) -> None:
    from .document import script_document

    _show(ctx, script_document(_guide(ctx), _settings(ctx).lang))


@app.command(help=h("resources"))
def resources(
    ctx: typer.Context,
    internal: Annotated[bool, typer.Option("--internal", help=h("resources_internal"))] = False,
    external: Annotated[bool, typer.Option("--external", help=h("resources_external"))] = False,
    role: Annotated[Role | None, typer.Option("--role", help=h("resources_role"), show_default=False)] = None,
    json: JsonOption = False,
) -> None:
    from .triage import serves

    loaded = _loaded(ctx)[0]
    guide, lang = loaded.guide, _settings(ctx).lang
    kinds = {"internal", "external"}
    if internal != external:
        kinds = {"internal"} if internal else {"external"}
    chosen = [r for r in guide.resources if r.kind in kinds and serves(r.roles, role or Role.unknown)]
    emergency = not (internal or external)
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


@app.command(help=h("signs"))
def signs(ctx: typer.Context, json: JsonOption = False) -> None:
    from .document import signs_document
    from .export import signs_data

    _output(ctx, json, signs_data, signs_document)


@app.command(help=h("avoid"))
def avoid(ctx: typer.Context, json: JsonOption = False) -> None:
    from .document import avoid_document
    from .export import attitudes_data

    _output(ctx, json, attitudes_data, avoid_document)


@app.command(help=h("about"))
def about(ctx: typer.Context) -> None:
    from .document import about_document

    _show(ctx, about_document(_guide(ctx), _settings(ctx).lang))


@app.command(help=h("card"))
def card(
    ctx: typer.Context,
    card_format: Annotated[
        CardFormat | None, typer.Option("--format", help=h("card_format"), show_default=False)
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=h("card_output"), show_default=False)
    ] = None,
    force: ForceOption = False,
) -> None:
    from .document import card_document

    guide, lang = _guide(ctx), _settings(ctx).lang
    if output:
        chosen = _format_of(output, card_format, CardFormat, lang)
    else:
        chosen = card_format or ("txt" if sys.stdout.isatty() else "md")
    doc = card_document(guide, lang)
    if chosen == "txt" and output is None:
        _show(ctx, doc)
        return
    if chosen == "txt":
        from .render import plain_text

        text = plain_text(doc)
    else:
        from .markup import to_html, to_markdown

        text = to_html(doc, lang, guide.phones()) if chosen == "html" else to_markdown(doc)
    if output:
        _write(output, text, force, lang, private=False)
    else:
        sys.stdout.write(text)


@app.command(help=h("followup"))
def followup(
    ctx: typer.Context,
    event_date: EventDateOption = None,
    ics: Annotated[
        Path | None, typer.Option("--ics", metavar="FILE", help=h("ics"), show_default=False)
    ] = None,
    force: ForceOption = False,
) -> None:
    from .document import followup_document

    guide, lang = _guide(ctx), _settings(ctx).lang
    day = event_date.date() if event_date else date.today()
    _refuse_existing(ics, force, lang)
    _show(ctx, followup_document(guide, lang, day))
    if ics:
        from .followup import calendar

        _write(ics, calendar(guide, day, lang), force, lang)


@app.command(help=h("validate"))
def validate(
    ctx: typer.Context,
    directory: Annotated[Path | None, typer.Argument(help=h("validate_dir"), show_default=False)] = None,
    json: JsonOption = False,
) -> None:
    from .loader import DataError, load

    lang = _settings(ctx).lang
    chosen, how = (directory, "argument") if directory else institution_dir(_settings(ctx).data_dir)
    try:
        loaded, problems = load(chosen), []
    except DataError as exc:
        loaded, problems = None, exc.problems
    warnings = loaded.warnings if loaded else ()
    if json:
        from .export import write_json

        def problem_data(p):
            return {"file": str(p.path), "line": p.line, "field": p.field, "message": p.message}

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
                "problems": [problem_data(p) for p in problems],
                "warnings": [problem_data(p) for p in warnings],
            }
        )
    else:
        if chosen is None:
            print(t("validate.none", lang, folder=typer.get_app_dir("secondvictim")))
        else:
            if how in ("config", "argument"):
                how = t(f"validate.by_{how}", lang)
            print(t("validate.folder", lang, directory=chosen, how=how))
        if loaded:
            print(t("validate.files", lang))
            for name, paths in loaded.files.items():
                sources = [t("validate.packaged", lang) if p.parent != chosen else str(p) for p in paths]
                print(f"  {name}: " + t("validate.then", lang).join(sources))
            for warning in warnings:
                print(t("validate.warning", lang, warning=warning))
            print(t("validate.valid", lang))
        else:
            print(t("validate.problems", lang, count=len(problems)))
            for problem in problems:
                print(problem)
    if problems:
        raise typer.Exit(ExitCode.USAGE)


@app.command(help=h("init"))
def init(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(help=h("init_dir"), show_default=False)],
    force: Annotated[bool, typer.Option("--force", help=h("force"))] = False,
) -> None:
    from .files import FileExists, write_file
    from .loader import DataError, load
    from .starter import starter_resources

    lang = _settings(ctx).lang
    try:
        guide = load(None).guide
    except DataError as exc:
        _fail(t("msg.data_error", lang) + "\n" + str(exc), ExitCode.USAGE)
    target = directory / "resources.yaml"
    try:
        write_file(target, starter_resources(guide, str(directory), lang), force=force)
    except FileExists:
        _fail(t("init.exists", lang, path=target), ExitCode.ERROR)
    except OSError as exc:
        _fail(t("init.cannot", lang, path=target, reason=exc.strerror or exc), ExitCode.ERROR)
    print(t("init.done", lang, path=target, directory=directory, folder=typer.get_app_dir("secondvictim")))


def main() -> None:
    # A terminal or pipe that cannot encode a character (an old locale) gets a "?" rather
    # than a crash in the middle of a recommendation.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        app(prog_name="secondvictim")
    except Exception as exc:
        lang = detect_lang(sys.argv[1:], os.environ)
        print(t("msg.unexpected", lang, error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        sys.exit(ExitCode.ERROR)
    finally:
        # At exit, the collector's last passes would visit every object of Pydantic and Typer
        # only to free memory the system reclaims anyway: freezing them skips that work.
        gc.freeze()
