"""The application: one function per command, testable without the command line.

Each function takes the run's Settings and the command's options as given (strings, as typed),
checks them, does the work and returns an Output: a document to read, data for --json, text, and
files to write. It raises an AppError for anything the user can act on. Printing and writing are
the presenter's (`present.py`); Typer is the command line's (`cli.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .choices import DEFAULT_ALARM, EXTENSIONS, Lang, Role
from .config import Settings, config_dir_named
from .errors import SHOWN_PROBLEMS, AppError, DataError, ExitCode, OutputError, PreviousFileError, UsageError
from .files import check_targets, failure
from .i18n import Key, plural, t
from .parsing import parse_choice, parse_date, parse_ids, parse_internal, parse_role, parse_time

if TYPE_CHECKING:
    from .checkin import CheckinAnswers, History
    from .document import Document
    from .followup import Reminder
    from .loader import Loaded
    from .models import Guide
    from .previous import Correction
    from .prompts import Asker
    from .triage import Answers

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


def unusable(settings: Settings, error: BaseException) -> DataError:
    """A failure met while using the institution's data, as the one problem it is known to be."""
    from .errors import Problem

    return DataError([Problem(settings.data_dir or "", None, "", "p.unusable", error=type(error).__name__)])


def rendering_fallback(
    settings: Settings,
    loaded: Loaded,
    error: Exception,
    answered: dict[str, tuple[str, ...]],
    notify: Callable[[str], None],
) -> tuple[Loaded, list[dict[str, Any]]]:
    """The packaged guide to show when the institution's guide failed to render, and the warning.

    The answers were given against the institution's guide and are not asked again: its items
    that were answered (a red flag or a sign of its own, by list name in `answered`) are kept
    beside the packaged ones, so that the level and its reasons stay what was answered.
    """
    from .loader import Loaded, load
    from .models import Guide

    packaged = load(None)
    warnings = fallback_warnings(settings, unusable(settings, error), notify)
    update: dict[str, Any] = {}
    for name, ids in answered.items():
        ours = getattr(packaged.guide, name)
        known = {item.id for item in ours}
        wanted = set(ids) - known
        extra = tuple(item for item in getattr(loaded.guide, name) if item.id in wanted)
        if extra:
            update[name] = (*ours, *extra)
    if not update:
        return packaged, warnings
    fields = {name: getattr(packaged.guide, name) for name in Guide.model_fields}
    guide = Guide.model_construct(**{**fields, **update})
    return Loaded(guide, packaged.files, packaged.origins, None), warnings


def warning_data(key: str, message: str, problems: list[Any] | None = None) -> dict[str, Any]:
    """A warning, for --json: one shape everywhere, machine-readable, with the message as a field."""
    return {"code": key, "message": message, "problems": problems or []}


def fallback_warnings(
    settings: Settings, problem: DataError | None, notify: Callable[[str], None]
) -> list[dict[str, Any]]:
    """Say that the institution's data could not be used (the packaged guide is shown instead),
    and the same as a --json warning."""
    if problem is None:
        return []
    lang = settings.lang
    message = t("msg.data_fallback", lang, directory=settings.data_dir)
    notify(message + "\n" + problem.listing(lang) + "\n")
    return [warning_data("data_fallback", message, [problem_data(p, lang) for p in problem.problems])]


def problem_data(problem: Any, lang: str) -> dict[str, Any]:
    return {
        "file": str(problem.path),
        "line": problem.line,
        "field": problem.field,
        "code": problem.key,
        "message": problem.message(lang),
    }


def validation_warning(problem: Any, lang: str) -> dict[str, Any]:
    """A warning of the institution's data (a text in one language only), in the one shape."""
    return warning_data(problem.key, problem.render(lang), [problem_data(problem, lang)])


def unset_contacts(guide: Any, lang: Lang) -> dict[str, Any] | None:
    """The internal contacts with no way to reach them yet, as a warning: the one-screen answer
    then has only the national lines to offer. None when every internal contact is set."""
    unset = [r for r in guide.resources_of("internal") if not (r.phone or r.how_to_reach)]
    if not unset:
        return None
    from .models import tr

    names = t("list.separator", lang).join(tr(r.name, lang) for r in unset)
    return warning_data("contacts_unset", t("validate.unset", lang, names=names))


def today() -> date:
    """The day of the run: the date a summary is written and a check-in is made (one function,
    so that tests can fix it)."""
    return date.today()


def now() -> datetime:
    """The moment of the run, local time: at level 3, who can be reached now (one function, so
    that tests can fix it)."""
    return datetime.now()


def past_warning(days: list[date], lang: Lang, notify: Callable[[str], None]) -> list[dict[str, Any]]:
    """Reminders already past (an event date long ago): said on stderr, and kept for --json."""
    from .i18n import long_date

    past = [day for day in days if day < today()]
    if not past:
        return []
    dates = t("list.separator", lang).join(long_date(day, lang) for day in past)
    message = plural("warn.past", len(past), lang, count=len(past), dates=dates)
    notify(message)
    return [warning_data("reminders_past", message)]


def alarm_at(value: str | None) -> time:
    """--alarm-time, read before anything is asked or written; the default when absent."""
    return parse_time(value) if value else DEFAULT_ALARM


def calendar_file(
    guide: Guide, reminders: list[Reminder], lang: Lang, path: Path, plan: str, alarm: time
) -> FileOut:
    from .render_ical import calendar

    return FileOut(path, calendar(guide, reminders, lang, plan=plan, alarm=alarm).decode("utf-8"))


def format_of(path: Path, given: str | None, allowed: tuple[str, ...], *, has_option: bool = True) -> str:
    """The format asked for, else the one the file's extension names. A command without
    --format is never told to give one: it is told the extensions (and --json)."""
    if given:
        return parse_choice(given, allowed, Key("what.format"), "--format")
    by_extension = EXTENSIONS.get(path.suffix.lower())
    if by_extension in allowed:
        return by_extension
    if not has_option:
        raise UsageError("err.format_extension", path=path, choices=", ".join(f".{c}" for c in allowed))
    raise UsageError("err.format", path=path, choices=", ".join(allowed))


def one_on_stdout(json: bool, summary_format: str | None, targets: list[Path | None]) -> None:
    """Refuse two documents on standard output: `--json` with a file named `-` that is not the
    same JSON (the summary in JSON is the --json document: it is printed once)."""
    to_stdout = [path for path in targets if path is not None and str(path) == "-"]
    if not json or not to_stdout:
        return
    if len(to_stdout) == 1 and targets[0] is to_stdout[0] and summary_format == "json":
        return
    raise UsageError("err.two_on_stdout")


def given_ids(values: list[str] | None, items: Any, what: Key, option: str) -> tuple[str, ...] | None:
    """An option's ids checked against the guide's items, in the guide's order; None if absent.
    An item may be named by its id or by words of its label, in either language."""
    if not values:
        return None
    from .models import naming  # loaded with the guide already

    names, phrases = naming(items)
    return parse_ids(values, [item.id for item in items], what, option, names, phrases)


def event_day(value: str | None) -> date:
    """The event's day from --event-date (default: today); a day to come is refused: a mistyped
    year would otherwise date the whole plan wrongly without a word."""
    if not value:
        return today()
    day = parse_date(value, today=today())
    if day > today():
        raise UsageError("err.event_ahead", value=value)
    return day


# Each command's options, as given: named tuples rather than dataclasses, which would cost a
# millisecond of every start to define, for a record that only needs to be read.
class TriageOptions(NamedTuple):
    red_flags: list[str] | None = None
    event: bool | None = None
    situations: list[str] | None = None
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
    alarm_time: str | None = None
    workdays: bool = False


def triage(
    settings: Settings, opts: TriageOptions, asker: Asker | None, notify: Callable[[str], None]
) -> Output:
    """A few questions (those no option answered), then the recommendation."""
    from .prompts import Given, complete

    lang = settings.lang
    role = parse_role(opts.role) if opts.role else None
    internal = parse_internal(opts.internal) if opts.internal else None
    day = event_day(opts.event_date)
    alarm = alarm_at(opts.alarm_time)
    summary_format = format_of(opts.output, opts.output_format, SUMMARY_FORMATS) if opts.output else None
    check_targets([opts.output, opts.followup_ics], opts.force)
    one_on_stdout(opts.json, summary_format, [opts.output, opts.followup_ics])
    loaded, problem = load_guide(settings, fallback=not opts.strict)
    warnings = fallback_warnings(settings, problem, notify)
    guide = loaded.guide
    given = Given(
        red_flags=given_ids(opts.red_flags, guide.red_flags, Key("what.red_flag"), "--red-flag"),
        event=opts.event,
        situations=given_ids(opts.situations, guide.situations, Key("team.what_situation"), "--situation"),
        signs=given_ids(opts.signs, guide.warning_signs, Key("what.sign"), "--sign"),
        role=role,
        internal=internal,
    )
    if asker and given.red_flags is None:
        # Never "nothing is stored" when a summary file was asked for: where it goes, instead.
        intro = t("triage.intro_kept", lang, path=opts.output) if opts.output else t("triage.intro", lang)
        asker.write(intro + "\n")
    answers = complete(guide, given, asker)
    if asker:
        asker.write("\n")
    chosen = Chosen(day, alarm, summary_format)
    try:
        return _triage_output(settings, opts, chosen, loaded, answers, warnings, notify)
    except (AppError, KeyboardInterrupt):
        raise
    except Exception as exc:
        # One rule for every failure of the institution's data, rendering included: the packaged
        # guide's decision, with the warning (with --strict, the problem and exit 2).
        if loaded.institution is None:
            raise
        if opts.strict:
            raise unusable(settings, exc) from exc
        answered = {"red_flags": answers.red_flags or (), "warning_signs": answers.signs, "situations": answers.situations}
        packaged, more = rendering_fallback(settings, loaded, exc, answered, notify)
        return _triage_output(settings, opts, chosen, packaged, answers, [*warnings, *more], notify)


class Chosen(NamedTuple):
    """What a command's options chose, read before anything is asked: the event's day, the
    reminders' time and the summary's format."""

    day: date
    alarm: time
    summary_format: str | None


def _triage_output(
    settings: Settings,
    opts: TriageOptions,
    chosen: Chosen,
    loaded: Loaded,
    answers: Answers,
    warnings: list[dict[str, Any]],
    notify: Callable[[str], None],
) -> Output:
    """The triage's result from its answers: on screen, as JSON, and the files asked for."""
    from .triage import recommend

    lang, guide = settings.lang, loaded.guide
    day, alarm, summary_format = chosen
    recommendation = recommend(guide, answers)
    warnings = list(warnings)
    from .followup import new_plan_id, plan_after_red_flag, reminders

    if recommendation.level == 3:
        guide = plan_after_red_flag(guide)  # the plan's contacts check the relay and ask again
    from .render_json import triage_data

    files: list[FileOut] = []
    notes: list[str] = []
    # One plan: the summary file keeps its id, and the calendar's UIDs are made from it.
    plan = new_plan_id()
    planned = reminders(guide, day, workdays=opts.workdays)
    if opts.followup_ics and recommendation.level == 0:
        notes.append(t("msg.no_followup", lang))
    elif opts.followup_ics:
        warnings += past_warning([r.day for r in planned], lang, notify)
        files.append(calendar_file(guide, planned, lang, opts.followup_ics, plan, alarm))
    data = triage_data(
        guide,
        recommendation,
        lang,
        plan=plan,
        event_date=day,
        written=today(),
        reminders=planned,
        warnings=warnings,
        origin=lambda rid: loaded.origin("resources", rid),
    )
    if opts.output and summary_format:
        from .summary import summary_text

        text = summary_text(guide, recommendation, lang, summary_format, day, data, workdays=opts.workdays)
        files.insert(0, FileOut(opts.output, text))
    if opts.json:
        return Output(data=data, files=tuple(files), force=opts.force, notes=tuple(notes))
    from .document import decision_document, guidance_document

    decision = decision_document(guide, recommendation, lang, now())
    # The follow-up steps on the screen carry their dates when the event's date was given.
    dated = day if opts.event_date else None
    rest = guidance_document(guide, recommendation, lang, dated, workdays=opts.workdays)
    return Output(
        document=decision + rest,
        decision=decision,
        rest=rest,
        full=opts.full,
        files=tuple(files),
        force=opts.force,
        notes=tuple(notes),
    )


class CheckinOptions(NamedTuple):
    event_date: str | None = None
    previous: Path | None = None
    red_flags: list[str] | None = None
    signs: list[str] | None = None
    trend: str | None = None
    items: list[str] | None = None
    support_used: str | None = None
    steps: list[str] | None = None
    json: bool = False
    output: Path | None = None
    followup_ics: Path | None = None
    force: bool = False
    alarm_time: str | None = None
    workdays: bool = False


def read_previous(path: Path, day: date, event_date: date | None) -> tuple[History, tuple[Correction, ...]]:
    """The contacts of a previous summary, through the one reader, believed as far as they are
    consistent (with what was corrected, to say); a PreviousFileError if it is not one of ours,
    damaged, from the future or for another event."""
    import json

    from .loader import read_text, too_deep
    from .previous import MAX_DEPTH, believed, read_history

    try:
        text = read_text(path)
    except DataError as exc:
        raise PreviousFileError("checkin.err.unreadable", problem=exc.problems[0]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # A summary cut short is ours but damaged; Markdown or anything else is not ours.
        if text.lstrip().startswith("{"):
            raise PreviousFileError("checkin.err.not_json", path=path, line=exc.lineno) from None
        raise PreviousFileError("checkin.err.foreign", path=path) from None
    except (RecursionError, ValueError):
        # Nesting deeper than the parser goes, or an integer of thousands of digits.
        raise PreviousFileError("checkin.err.not_json", path=path, line=1) from None
    deep = too_deep(data, MAX_DEPTH)
    if deep is not None:
        raise PreviousFileError("checkin.err.damaged", path=path, field=".".join(str(p) for p in deep[:3]))
    return believed(read_history(data, today=day, event_date=event_date, path=path))


def checkin(
    settings: Settings, opts: CheckinOptions, asker: Asker | None, notify: Callable[[str], None]
) -> Output:
    """A follow-up contact (the questions no option answered), compared with the previous summary."""
    from .checkin import Upcoming, watching
    from .parsing import parse_steps, parse_support_used, parse_trend
    from .prompts import CheckinGiven, complete_checkin

    lang, day = settings.lang, today()
    if opts.event_date is None and opts.previous is None and asker is None:
        raise UsageError("checkin.err.when")
    event_date = parse_date(opts.event_date, today=day) if opts.event_date else None
    if event_date is not None and event_date > day:
        raise UsageError("checkin.err.event_ahead", value=opts.event_date)
    trend = parse_trend(opts.trend) if opts.trend else None
    support_used = parse_support_used(opts.support_used) if opts.support_used else None
    alarm = alarm_at(opts.alarm_time)
    summary_format = format_of(opts.output, None, SUMMARY_FORMATS, has_option=False) if opts.output else None
    check_targets([opts.output, opts.followup_ics], opts.force)
    one_on_stdout(opts.json, summary_format, [opts.output, opts.followup_ics])
    loaded, problem = load_guide(settings, fallback=True)
    warnings = fallback_warnings(settings, problem, notify)
    guide = loaded.guide
    history, corrections = read_previous(opts.previous, day, event_date) if opts.previous else (None, ())
    for correction in corrections:
        said = t(
            "checkin.warn.level_corrected",
            lang,
            path=opts.previous,
            date=correction.date,
            stored=correction.stored,
            level=correction.level,
        )
        notify(said)
        warnings.append(warning_data("previous_level_corrected", said))
    event_date = history.event_date if history else event_date
    if event_date is None:
        # Neither --event-date nor --previous, on a terminal: asked, as people say it.
        assert asker is not None
        event_date = asker.event_day(day)
    steps = (
        tuple(Upcoming(id=i, on=on) for i, on in parse_steps(opts.steps, [s.id for s in guide.process_steps], today=day))
        if opts.steps
        else None
    )
    for step in steps or ():
        # A step still to come: its contact "the day before" must not fall after it.
        if step.on is not None and step.on < day:
            raise UsageError("checkin.err.step_past", step=step.id, date=step.on)
    given = CheckinGiven(
        red_flags=given_ids(opts.red_flags, guide.red_flags, Key("what.red_flag"), "--red-flag"),
        signs=given_ids(opts.signs, guide.warning_signs, Key("what.sign"), "--sign"),
        trend=trend,
        items=given_ids(opts.items, guide.checkin_items, Key("checkin.what_item"), "--item"),
        support_used=support_used,
        steps=steps,
    )
    if asker and given.red_flags is None:
        asker.write(t("checkin.intro", lang, day=(day - event_date).days) + "\n")
    relay = history is not None and watching(history.contacts)
    answers = complete_checkin(guide, given, asker, day, relay=relay, last=history.previous if history else None)
    if asker:
        asker.write("\n")
    chosen = Chosen(event_date, alarm, summary_format)
    try:
        return _checkin_output(settings, opts, chosen, loaded, answers, history, warnings, notify)
    except (AppError, KeyboardInterrupt):
        raise
    except Exception as exc:
        if loaded.institution is None:
            raise
        # This contact's answers and the previous contacts' (compared with them).
        every = [answers, *(c.answers for c in history.contacts)] if history else [answers]
        answered = {
            "red_flags": tuple(i for a in every for i in a.red_flags or ()),
            "warning_signs": tuple(i for a in every for i in a.signs or ()),
            "checkin_items": tuple(i for a in every for i in a.items or ()),
            "process_steps": tuple(s.id for a in every for s in a.steps or ()),
        }
        packaged, more = rendering_fallback(settings, loaded, exc, answered, notify)
        return _checkin_output(settings, opts, chosen, packaged, answers, history, [*warnings, *more], notify)


def _checkin_output(
    settings: Settings,
    opts: CheckinOptions,
    chosen: Chosen,
    loaded: Loaded,
    answers: CheckinAnswers,
    history: History | None,
    warnings: list[dict[str, Any]],
    notify: Callable[[str], None],
) -> Output:
    """The check-in's result from its answers: on screen, as JSON, and the files asked for."""
    from .checkin import assess

    lang, guide, day = settings.lang, loaded.guide, today()
    event_date, alarm, summary_format = chosen
    result = assess(guide, answers, event_date=event_date, today=day, history=history)
    warnings = list(warnings)
    from .followup import checkin_reminders, new_plan_id, plan_after_red_flag

    if result.after_red_flag:
        guide = plan_after_red_flag(guide)  # the plan's contacts check the relay and ask again
    from .render_json import checkin_data

    files: list[FileOut] = []
    notes: list[str] = []
    # The same plan as the previous summary's: its calendar reminders are updated, not doubled.
    plan = history.plan_id if history and history.plan_id else new_plan_id()
    planned = checkin_reminders(guide, result, workdays=opts.workdays)
    if opts.followup_ics and not planned:
        notes.append(t("checkin.no_reminders", lang))
    elif opts.followup_ics:
        files.append(calendar_file(guide, planned, lang, opts.followup_ics, plan, alarm))
    data = checkin_data(
        guide,
        result,
        lang,
        plan=plan,
        reminders=planned,
        warnings=warnings,
        origin=lambda rid: loaded.origin("resources", rid),
    )
    if opts.output and summary_format:
        from .summary import checkin_summary_text

        files.insert(0, FileOut(opts.output, checkin_summary_text(guide, result, lang, summary_format, data)))
    if opts.json:
        return Output(data=data, files=tuple(files), force=opts.force, notes=tuple(notes))
    from .document import checkin_decision, checkin_rest

    decision, rest = checkin_decision(guide, result, lang, now()), checkin_rest(guide, result, lang)
    return Output(
        document=decision + rest,
        decision=decision,
        rest=rest,
        files=tuple(files),
        force=opts.force,
        notes=tuple(notes),
    )


def script(settings: Settings, json: bool = False) -> Output:
    guide, lang = load_guide(settings)[0].guide, settings.lang
    if json:
        from .render_json import document, script_data

        return Output(data=document("script", lang, script_data(guide, lang)))
    from .document import script_document

    return Output(document=script_document(guide, lang))


def resources(
    settings: Settings, internal: bool, external: bool, role: str | None, json: bool
) -> Output:
    from .triage import serves

    chosen_role = parse_role(role) if role else Role.unknown
    loaded = load_guide(settings)[0]
    guide, lang = loaded.guide, settings.lang
    # Peer supporters are the institution's own: internal.
    kinds = {"internal", "peer", "external"}
    if internal != external:
        kinds = {"internal", "peer"} if internal else {"external"}
    chosen = [r for r in guide.resources if r.kind in kinds and serves(r.roles, chosen_role)]
    emergency = not (internal or external)
    if json:
        from .render_json import document, resource_data

        if emergency:
            chosen += guide.resources_of("emergency")
        items = [resource_data(r, lang, lambda rid: loaded.origin("resources", rid)) for r in chosen]
        return Output(data=document("resources", lang, {"resources": items}))
    from .document import resources_document

    return Output(document=resources_document(guide, lang, chosen, emergency=emergency))


def signs(settings: Settings, json: bool) -> Output:
    guide = load_guide(settings)[0].guide
    if json:
        from .render_json import document, recheck_data, signs_data

        body = {**signs_data(guide, settings.lang), **recheck_data(guide, settings.lang)}
        return Output(data=document("signs", settings.lang, body))
    from .document import signs_document

    return Output(document=signs_document(guide, settings.lang))


def avoid(settings: Settings, json: bool) -> Output:
    guide = load_guide(settings)[0].guide
    if json:
        from .models import tr
        from .render_json import attitudes_data, document

        lang = settings.lang
        body = {"intro": tr(guide.attitudes_intro, lang), "attitudes": attitudes_data(guide, lang)}
        return Output(data=document("avoid", lang, body))
    from .document import avoid_document

    return Output(document=avoid_document(guide, settings.lang))


def about(settings: Settings, json: bool = False, sources: bool = False) -> Output:
    loaded = load_guide(settings)[0]
    guide, lang = loaded.guide, settings.lang
    if json:
        from .render_json import about_data, document

        body = about_data(guide, lang)
        if sources:
            from .provenance import sources_data

            body["sources"] = sources_data(guide, lang, today(), lambda rid: loaded.origin("resources", rid))
        return Output(data=document("about", lang, body))
    if sources:
        from .provenance import sources_document

        return Output(document=sources_document(guide, lang, today()))
    from .document import about_document

    return Output(document=about_document(guide, lang))


def review_notes(guide: Guide, lang: Lang) -> tuple[str, ...]:
    """The numbers past their review date, for the quality officer's outputs (page, card, validate)."""
    from .provenance import review_messages

    return tuple(review_messages(guide, lang, today()))


def card(
    settings: Settings,
    card_format: str | None,
    output: Path | None,
    force: bool,
    to_terminal: bool,
    json: bool = False,
) -> Output:
    from .document import card_document

    if force and not output:
        raise UsageError("err.card_force_alone")
    if json:
        # --json is a format of its own: --format would contradict it; -o (and --force) are
        # honoured, the JSON written to that file.
        if card_format:
            raise UsageError("err.card_json_format")
        if output:
            check_targets([output], force)
        from .render_json import card_data, dumps

        loaded = load_guide(settings)[0]
        data = card_data(loaded.guide, settings.lang, lambda rid: loaded.origin("resources", rid))
        notes = review_notes(loaded.guide, settings.lang)
        if output:
            return Output(files=(FileOut(output, dumps(data), private=False),), force=force, notes=notes)
        return Output(data=data, notes=notes)
    if output:
        chosen = format_of(output, card_format, CARD_FORMATS)
        check_targets([output], force)
    elif card_format:
        chosen = parse_choice(card_format, CARD_FORMATS, Key("what.format"), "--format")
    else:
        chosen = "txt" if to_terminal else "md"
    guide, lang = load_guide(settings)[0].guide, settings.lang
    doc = card_document(guide, lang)
    notes = review_notes(guide, lang)
    if chosen == "txt" and output is None:
        return Output(document=doc, notes=notes)
    if chosen == "txt":
        from .render_terminal import plain_text

        text = plain_text(doc, lang)
    else:
        from .render_markup import phone_links, to_html, to_markdown

        text = to_html(doc, lang, phone_links(guide, lang)) if chosen == "html" else to_markdown(doc, lang)
    if output:
        return Output(files=(FileOut(output, text, private=False),), force=force, notes=notes)
    return Output(text=text, notes=notes)


class FollowupOptions(NamedTuple):
    event_date: str | None = None
    ics: Path | None = None
    force: bool = False
    previous: Path | None = None
    alarm_time: str | None = None
    workdays: bool = False
    json: bool = False


def followup(settings: Settings, opts: FollowupOptions, notify: Callable[[str], None]) -> Output:
    """The follow-up plan; a new plan, or with --previous the plan of a summary file (same UIDs)."""
    from .followup import new_plan_id, reminders

    lang = settings.lang
    alarm = alarm_at(opts.alarm_time)
    if opts.previous:
        from .summary import read_plan

        plan, day = read_plan(opts.previous)
        # The plan's reminders belong to its event: another date would move them (same UIDs).
        if opts.event_date and event_day(opts.event_date) != day:
            raise UsageError(
                "checkin.err.other_event", path=opts.previous, found=day, given=event_day(opts.event_date)
            )
    else:
        plan, day = new_plan_id(), event_day(opts.event_date)
    check_targets([opts.ics], opts.force)
    one_on_stdout(opts.json, None, [None, opts.ics])
    guide = load_guide(settings)[0].guide
    planned = reminders(guide, day, workdays=opts.workdays)
    warnings = past_warning([r.day for r in planned], lang, notify)
    files: tuple[FileOut, ...] = ()
    if opts.ics:
        files = (calendar_file(guide, planned, lang, opts.ics, plan, alarm),)
    if opts.json:
        from .render_json import document, followup_data

        body = {
            "plan_id": plan,
            "event_date": day.isoformat(),
            "workdays": opts.workdays,
            "alarm_time": alarm.strftime("%H:%M"),
            "followup": followup_data(planned, tuple(f.id for f in guide.followup), lang),
            "warnings": warnings,
        }
        return Output(data=document("followup", lang, body), files=files, force=opts.force)

    from .document import followup_document

    doc = followup_document(guide, lang, day, workdays=opts.workdays)
    return Output(document=doc, files=files, force=opts.force)


def page(settings: Settings, output: Path | None, force: bool) -> Output:
    """The guide and the triage as one offline page, from the institution's validated data.

    Broken data stops here (DataError): a page for every manager's phone is never built from a
    fallback. The page holds no answer about anyone: it is written readable by all, to publish.
    """
    from .render_page import page_html

    if output is None:
        raise UsageError("err.page_output")
    check_targets([output], force)
    guide = load_guide(settings)[0].guide
    html = page_html(guide, settings.lang)
    notes = [] if str(output) == "-" else [t("page.written", settings.lang, path=output)]
    unset_warning = unset_contacts(guide, settings.lang)
    if unset_warning:
        notes.append(unset_warning["message"])
    notes += review_notes(guide, settings.lang)
    return Output(files=(FileOut(output, html, private=False),), force=force, notes=tuple(notes))


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
        from .provenance import sources_data
        from .render_json import document

        return Output(
            data=document("validate", lang, {
                "valid": not problems,
                "institution": str(chosen) if chosen else None,
                "files": {n: [str(p) for p in ps] for n, ps in loaded.files.items()} if loaded else {},
                "items": [
                    {"list": key, "id": ident, "origin": loaded.origin(key, ident)} for key, ident in loaded.origins
                ]
                if loaded
                else [],
                "problems": [problem_data(p, lang) for p in problems],
                "warnings": [validation_warning(p, lang) for p in warnings]
                + ([unset] if loaded and (unset := unset_contacts(loaded.guide, lang)) else [])
                + [warning_data("review_due", note) for note in (review_notes(loaded.guide, lang) if loaded else ())],
                "sources": sources_data(loaded.guide, lang, today(), lambda rid: loaded.origin("resources", rid))
                if loaded
                else [],
            }),
            code=code,
        )
    doc: Document = []
    if chosen is None:
        doc.append(Para(t("validate.none", lang, folder=config_dir_named())))
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
        unset_warning = unset_contacts(loaded.guide, lang)
        if unset_warning:
            doc.append(Para(unset_warning["message"], style="note"))
        doc += [Para(note, style="note") for note in review_notes(loaded.guide, lang)]
        from .provenance import sources_document

        doc += sources_document(loaded.guide, lang, today())
        doc.append(Para(t("validate.valid", lang)))
    else:
        count = len(problems)
        shown = [p.render(lang) for p in problems[:SHOWN_PROBLEMS]]
        doc += [Heading(plural("validate.problems", count, lang, count=count), depth=2), Items(tuple(shown), "line")]
        if count > SHOWN_PROBLEMS:
            more = count - SHOWN_PROBLEMS
            doc.append(Para(plural("validate.more", more, lang, count=more), style="note"))
    return Output(document=doc, code=code)


def init(settings: Settings, directory: Path | None, force: bool) -> Output:
    """The starter file of the institution's contacts, in DIR (the folder is created if needed).

    Every path it says is absolute and quoted for a shell: the hint works from any folder.
    """
    import os
    import shlex

    from .loader import load
    from .starter import starter_resources

    lang = settings.lang
    if directory is None:
        raise UsageError("err.init_folder")
    directory = Path(os.path.abspath(directory))
    guide = load(None).guide
    target = directory / "resources.yaml"
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except FileNotFoundError:
        raise OutputError("out.no_folder", path=target, folder=directory.parent) from None
    except OSError as exc:
        raise failure(target, exc) from None
    check_targets([target], force)
    shell = shlex.quote(str(directory))
    note = t("init.done", lang, path=target, directory=shell, folder=config_dir_named())
    return Output(
        files=(FileOut(target, starter_resources(guide, shell, lang), private=False),),
        force=force,
        notes=(note,),
    )


def schema(settings: Settings, name: str | None) -> Output:
    """The JSON Schema of a command's JSON output, as shipped in the package; or their names."""
    from importlib import resources

    from .render_json import VERSIONS

    if name is None:
        return Output(text="".join(f"{n}\tsecondvictim/{n}/{v}\n" for n, v in VERSIONS.items()))
    # Any case (Triage, TRIAGE); a near spelling is suggested.
    given, name = name, name.strip().lower()
    if name not in VERSIONS:
        from .parsing import suggestion

        close = suggestion(name, list(VERSIONS))
        if close:
            raise UsageError("err.no_schema_hint", name=given, hint=close, valid=", ".join(VERSIONS))
        raise UsageError("err.no_schema", name=given, valid=", ".join(VERSIONS))
    text = (resources.files("secondvictim") / "schemas" / f"{name}.json").read_text(encoding="utf-8")
    return Output(text=text)


class TeamOptions(NamedTuple):
    event_date: str | None = None
    death: bool | None = None
    situations: list[str] | None = None
    json: bool = False
    output: Path | None = None
    ics: Path | None = None
    force: bool = False
    alarm_time: str | None = None
    previous: Path | None = None


def team(
    settings: Settings, opts: TeamOptions, asker: Asker | None, notify: Callable[[str], None]
) -> Output:
    """The plan for an event that hits a whole team: two questions at most, none without a terminal.

    Like the triage, it is used in a crisis: broken institution data gives the packaged guide and
    a warning, not a stop.
    """
    from .prompts import complete_team
    from .team import team_plan

    lang = settings.lang
    day = event_day(opts.event_date)
    previous_plan, death, situation_ids = None, opts.death, opts.situations
    if opts.previous:
        # The same plan again (a date moved in a calendar, a lost file): same UIDs, same answers.
        from .summary import read_plan_data

        previous_plan, found, data = read_plan_data(opts.previous, ("secondvictim/team/",), "err.team_previous")
        if opts.event_date and day != found:
            raise UsageError("checkin.err.other_event", path=opts.previous, found=found, given=day)
        day = found
        if death is None and isinstance(data.get("death"), bool):
            death = data["death"]
        if situation_ids is None and isinstance(data.get("situations"), list):
            situation_ids = [s["id"] for s in data["situations"] if isinstance(s, dict) and isinstance(s.get("id"), str)]
            situation_ids = situation_ids or ["none"]
    alarm = alarm_at(opts.alarm_time)
    summary_format = format_of(opts.output, None, SUMMARY_FORMATS, has_option=False) if opts.output else None
    check_targets([opts.output, opts.ics], opts.force)
    one_on_stdout(opts.json, summary_format, [opts.output, opts.ics])
    loaded, problem = load_guide(settings, fallback=True)
    warnings = fallback_warnings(settings, problem, notify)
    guide = loaded.guide
    situations = given_ids(situation_ids, guide.situations, Key("team.what_situation"), "--situation")
    asks = asker if death is None or situations is None else None
    if asks:
        intro = t("team.intro_kept", lang, path=opts.output) if opts.output else t("team.intro", lang)
        asks.write(intro + "\n")
    death, chosen = complete_team(guide, death, situations, asks)
    plan = team_plan(guide, day, death=death, situations=chosen)
    if asks:
        asks.write("\n")
    from .followup import new_plan_id
    from .render_json import team_data

    files: list[FileOut] = []
    # One plan: its id is in the JSON, and the calendar's UIDs are made from it.
    plan_id = previous_plan or new_plan_id()
    if opts.ics:
        from .render_ical import team_calendar

        warnings += past_warning([step.date for step in plan.steps], lang, notify)
        calendar = team_calendar(guide, plan, lang, plan=plan_id, alarm=alarm)
        files.append(FileOut(opts.ics, calendar.decode("utf-8")))
    data = team_data(guide, plan, lang, plan_id=plan_id, written=date.today(), warnings=warnings)
    if opts.output and summary_format:
        from .summary import team_summary_text

        files.insert(0, FileOut(opts.output, team_summary_text(guide, plan, lang, summary_format, data)))
    if opts.json:
        return Output(data=data, files=tuple(files), force=opts.force)
    from .document import team_decision, team_rest

    decision, rest = team_decision(guide, plan, lang), team_rest(guide, plan, lang)
    return Output(document=decision + rest, decision=decision, rest=rest, files=tuple(files), force=opts.force)
