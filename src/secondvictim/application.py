"""The application: one function per command, testable without the command line.

Each function takes the run's Settings and the command's options as given (strings, as typed),
checks them, does the work and returns an Output: a document to read, data for --json, text, and
files to write. It raises an AppError for anything the user can act on. Printing and writing are
the presenter's (`present.py`); Typer is the command line's (`cli.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .choices import EXTENSIONS, Role
from .config import Settings, config_dir
from .errors import SHOWN_PROBLEMS, DataError, ExitCode, OutputError, UsageError
from .files import check_targets, failure
from .i18n import Key, plural, t
from .parsing import parse_choice, parse_date, parse_ids, parse_internal, parse_role

if TYPE_CHECKING:
    from .document import Document
    from .loader import Loaded
    from .prompts import Asker

CARD_FORMATS = ("md", "html", "txt")
SUMMARY_FORMATS = ("md", "html", "json")


@dataclass(frozen=True)
class FileOut:
    path: Path
    content: str
    # Private files (what was answered about a person) are readable by their owner alone.
    private: bool = True


@dataclass(frozen=True)
class Output:
    document: Document | None = None
    # On a terminal, the decision alone on one screen, and the rest one keystroke away.
    decision: Document | None = None
    rest: Document | None = None
    full: bool = False
    data: dict[str, Any] | None = None
    text: str | None = None
    files: tuple[FileOut, ...] = ()
    force: bool = False
    # Messages for the user after the output (on stderr).
    notes: tuple[str, ...] = ()
    code: ExitCode = ExitCode.OK


def load_guide(settings: Settings, *, fallback: bool = False) -> tuple[Loaded, DataError | None]:
    """The guide with the institution's data, and the error it had to do without, if any.

    Broken institution data stops the command, except with `fallback`: then the packaged guide
    is used, and the error returned as a warning, so that a manager in a crisis still gets the
    emergency numbers and what to do.
    """
    from .loader import load

    try:
        return load(settings.data_dir), None
    except DataError as exc:
        if not fallback or settings.data_dir is None:
            raise
        return load(None), exc


def warning_data(key: str, message: str, problems: list[Any] | None = None) -> dict[str, Any]:
    """A warning, for --json: one shape everywhere, machine-readable, with the message as a field."""
    return {"code": key, "message": message, "problems": problems or []}


def problem_data(problem: Any, lang: str) -> dict[str, Any]:
    return {
        "file": str(problem.path),
        "line": problem.line,
        "field": problem.field,
        "code": problem.key,
        "message": problem.message(lang),
    }


def format_of(path: Path, given: str | None, allowed: tuple[str, ...]) -> str:
    """The format asked for, else the one the file's extension names."""
    if given:
        return parse_choice(given, allowed, Key("what.format"), "--format")
    by_extension = EXTENSIONS.get(path.suffix.lower())
    if by_extension in allowed:
        return by_extension
    raise UsageError("err.format", path=path, choices=", ".join(allowed))


def event_day(value: str | None) -> date:
    return parse_date(value) if value else date.today()


@dataclass(frozen=True)
class TriageOptions:
    red_flags: list[str] | None = None
    event: bool | None = None
    signs: list[str] | None = None
    role: str | None = None
    internal: str | None = None
    json: bool = False
    strict: bool = False
    output: Path | None = None
    output_format: str | None = None
    followup_ics: Path | None = None
    event_date: str | None = None
    force: bool = False
    full: bool = False


def triage(
    settings: Settings, opts: TriageOptions, asker: Asker | None, notify: Callable[[str], None]
) -> Output:
    """A few questions (those no option answered), then the recommendation."""
    from .prompts import Given, complete
    from .triage import recommend

    lang = settings.lang
    role = parse_role(opts.role) if opts.role else None
    internal = parse_internal(opts.internal) if opts.internal else None
    day = event_day(opts.event_date)
    summary_format = format_of(opts.output, opts.output_format, SUMMARY_FORMATS) if opts.output else None
    check_targets([opts.output, opts.followup_ics], opts.force)
    loaded, problem = load_guide(settings, fallback=not opts.strict)
    warnings = []
    if problem is not None:
        message = t("msg.data_fallback", lang, directory=settings.data_dir)
        notify(message + "\n" + problem.listing(lang) + "\n")
        warnings.append(
            warning_data("data_fallback", message, [problem_data(p, lang) for p in problem.problems])
        )
    guide = loaded.guide
    given = Given(
        red_flags=parse_ids(opts.red_flags, [s.id for s in guide.red_flags], Key("what.red_flag"), "--red-flag")
        if opts.red_flags
        else None,
        event=opts.event,
        signs=parse_ids(opts.signs, [s.id for s in guide.warning_signs], Key("what.sign"), "--sign")
        if opts.signs
        else None,
        role=role,
        internal=internal,
    )
    if asker and given.red_flags is None:
        asker.write(t("triage.intro", lang) + "\n")
    answers = complete(guide, given, asker)
    recommendation = recommend(guide, answers)
    if asker:
        asker.write("\n")
    files: list[FileOut] = []
    notes: list[str] = []
    if opts.output and summary_format:
        from .summary import summary_text

        text = summary_text(guide, recommendation, lang, summary_format, day, warnings)
        files.append(FileOut(opts.output, text))
    if opts.followup_ics:
        if recommendation.level == 0:
            notes.append(t("msg.no_followup", lang))
        else:
            from .render_ical import calendar

            files.append(FileOut(opts.followup_ics, calendar(guide, day, lang).decode("utf-8")))
    if opts.json:
        from .render_json import triage_data

        return Output(
            data={**triage_data(guide, recommendation, lang), "warnings": warnings},
            files=tuple(files),
            force=opts.force,
            notes=tuple(notes),
        )
    from .document import decision_document, guidance_document

    decision = decision_document(guide, recommendation, lang)
    rest = guidance_document(guide, recommendation, lang)
    return Output(
        document=decision + rest,
        decision=decision,
        rest=rest,
        full=opts.full,
        files=tuple(files),
        force=opts.force,
        notes=tuple(notes),
    )


def script(settings: Settings) -> Output:
    from .document import script_document

    return Output(document=script_document(load_guide(settings)[0].guide, settings.lang))


def resources(
    settings: Settings, internal: bool, external: bool, role: str | None, json: bool
) -> Output:
    from .triage import serves

    chosen_role = parse_role(role) if role else Role.unknown
    loaded = load_guide(settings)[0]
    guide, lang = loaded.guide, settings.lang
    kinds = {"internal", "external"}
    if internal != external:
        kinds = {"internal"} if internal else {"external"}
    chosen = [r for r in guide.resources if r.kind in kinds and serves(r.roles, chosen_role)]
    emergency = not (internal or external)
    if json:
        from .render_json import resource_data

        if emergency:
            chosen += guide.resources_of("emergency")
        items = [{**resource_data(r, lang), "origin": loaded.origin("resources", r.id)} for r in chosen]
        return Output(data={"resources": items})
    from .document import resources_document

    return Output(document=resources_document(guide, lang, chosen, emergency=emergency))


def signs(settings: Settings, json: bool) -> Output:
    guide = load_guide(settings)[0].guide
    if json:
        from .render_json import signs_data

        return Output(data=signs_data(guide, settings.lang))
    from .document import signs_document

    return Output(document=signs_document(guide, settings.lang))


def avoid(settings: Settings, json: bool) -> Output:
    guide = load_guide(settings)[0].guide
    if json:
        from .render_json import attitudes_data

        return Output(data={"attitudes": attitudes_data(guide, settings.lang)})
    from .document import avoid_document

    return Output(document=avoid_document(guide, settings.lang))


def about(settings: Settings) -> Output:
    from .document import about_document

    return Output(document=about_document(load_guide(settings)[0].guide, settings.lang))


def card(
    settings: Settings, card_format: str | None, output: Path | None, force: bool, to_terminal: bool
) -> Output:
    from .document import card_document

    if output:
        chosen = format_of(output, card_format, CARD_FORMATS)
        check_targets([output], force)
    elif card_format:
        chosen = parse_choice(card_format, CARD_FORMATS, Key("what.format"), "--format")
    else:
        chosen = "txt" if to_terminal else "md"
    guide, lang = load_guide(settings)[0].guide, settings.lang
    doc = card_document(guide, lang)
    if chosen == "txt" and output is None:
        return Output(document=doc)
    if chosen == "txt":
        from .render_terminal import plain_text

        text = plain_text(doc, lang)
    else:
        from .render_markup import to_html, to_markdown

        text = to_html(doc, lang, guide.phones()) if chosen == "html" else to_markdown(doc, lang)
    if output:
        return Output(files=(FileOut(output, text, private=False),), force=force)
    return Output(text=text)


def followup(settings: Settings, event_date: str | None, ics: Path | None, force: bool) -> Output:
    from .document import followup_document

    day = event_day(event_date)
    check_targets([ics], force)
    guide, lang = load_guide(settings)[0].guide, settings.lang
    files: tuple[FileOut, ...] = ()
    if ics:
        from .render_ical import calendar

        files = (FileOut(ics, calendar(guide, day, lang).decode("utf-8")),)
    return Output(document=followup_document(guide, lang, day), files=files, force=force)


def validate(settings: Settings, directory: Path | None, json: bool) -> Output:
    """Every problem of the institution's data, located; exit 2 when there is any."""
    from .document import Heading, Items, Para
    from .loader import load

    lang = settings.lang
    chosen, how = (directory, "argument") if directory else (settings.data_dir, settings.data_dir_source)
    loaded: Loaded | None
    try:
        loaded, problems = load(chosen), []
    except DataError as exc:
        loaded, problems = None, exc.problems
    warnings = list(loaded.warnings) if loaded else []
    code = ExitCode.USAGE if problems else ExitCode.OK
    if json:
        return Output(
            data={
                "valid": not problems,
                "institution": str(chosen) if chosen else None,
                "files": {n: [str(p) for p in ps] for n, ps in loaded.files.items()} if loaded else {},
                "items": [
                    {"list": key, "id": ident, "origin": loaded.origin(key, ident)} for key, ident in loaded.origins
                ]
                if loaded
                else [],
                "problems": [problem_data(p, lang) for p in problems],
                "warnings": [problem_data(p, lang) for p in warnings],
            },
            code=code,
        )
    doc: Document = []
    if chosen is None:
        doc.append(Para(t("validate.none", lang, folder=config_dir())))
    else:
        by = {
            "argument": t("validate.by_argument", lang),
            "config": t("validate.by_config", lang),
        }.get(how, how)
        doc.append(Items((t("validate.folder", lang, directory=chosen, how=by),), "line"))
    if loaded:
        lines = []
        for name, paths in loaded.files.items():
            sources = [t("validate.packaged", lang) if p.parent != chosen else str(p) for p in paths]
            lines.append(f"{name}: " + t("validate.then", lang).join(sources))
        doc += [Heading(t("validate.files", lang), depth=2), Items(tuple(f"- {line}" for line in lines), "line")]
        if warnings:
            doc += [
                Heading(plural("validate.warnings", len(warnings), lang, count=len(warnings)), depth=2),
                Items(tuple(w.render(lang) for w in warnings[:SHOWN_PROBLEMS]), "line"),
            ]
            if len(warnings) > SHOWN_PROBLEMS:
                more = len(warnings) - SHOWN_PROBLEMS
                doc.append(Para(plural("validate.more_warnings", more, lang, count=more), style="note"))
        doc.append(Para(t("validate.valid", lang)))
    else:
        count = len(problems)
        shown = [p.render(lang) for p in problems[:SHOWN_PROBLEMS]]
        doc += [Heading(plural("validate.problems", count, lang, count=count), depth=2), Items(tuple(shown), "line")]
        if count > SHOWN_PROBLEMS:
            more = count - SHOWN_PROBLEMS
            doc.append(Para(plural("validate.more", more, lang, count=more), style="note"))
    return Output(document=doc, code=code)


def init(settings: Settings, directory: Path, force: bool) -> Output:
    """The starter file of the institution's contacts, in DIR (the folder is created if needed)."""
    from .loader import load
    from .starter import starter_resources

    lang = settings.lang
    guide = load(None).guide
    target = directory / "resources.yaml"
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except FileNotFoundError:
        raise OutputError("out.no_folder", path=target, folder=directory.parent) from None
    except OSError as exc:
        raise failure(target, exc) from None
    check_targets([target], force)
    note = t("init.done", lang, path=target, directory=directory, folder=config_dir())
    return Output(
        files=(FileOut(target, starter_resources(guide, str(directory), lang), private=False),),
        force=force,
        notes=(note,),
    )
