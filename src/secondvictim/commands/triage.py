"""`secondvictim triage`: a few questions (those no option answered), then the recommendation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from ..errors import AppError
from ..files import check_targets
from ..i18n import Key, t
from ..parsing import parse_internal, parse_role
from ..rules.shortcode import label_of
from .common import (
    SUMMARY_FORMATS,
    Chosen,
    FileOut,
    Output,
    alarm_at,
    calendar_file,
    calendar_named,
    event_day,
    fallback_warnings,
    file_label,
    format_of,
    given_ids,
    keep_offer,
    load_guide,
    one_on_stdout,
    past_warning,
    rendering_fallback,
    unusable,
)
from .options import (
    AlarmTimeOption,
    EventDateOption,
    ForceOption,
    JsonOption,
    LabelOption,
    OutputOption,
    WorkdaysOption,
    asker,
    file_option,
    notifier,
    show,
    typer_command,
)

if TYPE_CHECKING:
    from ..guide.loader import Loaded
    from ..guide.models import Guide
    from ..prompts import Asker, Given
    from ..rules.triage import Answers
    from .selection import TriageSelection


# The options, declared once: Typer reads them as the command's parameters (in this order, that
# of the help), the flow as a record. A named tuple rather than a dataclass, which would cost a
# millisecond of every start to define, for a record that only needs to be read.
class TriageOptions(NamedTuple):
    red_flags: Annotated[list[str] | None, typer.Option("--red-flag", metavar="ID", help="help.red_flag")] = None
    event: Annotated[bool | None, typer.Option("--event/--no-event", help="help.event", show_default=False)] = None
    signs: Annotated[list[str] | None, typer.Option("--sign", metavar="ID", help="help.sign")] = None
    situations: Annotated[list[str] | None, typer.Option("--situation", metavar="ID", help="help.situation")] = None
    role: Annotated[str | None, typer.Option("--role", metavar="WORD", help="help.role", show_default=False)] = None
    internal: Annotated[
        str | None, typer.Option("--internal", metavar="yes|no|unknown", help="help.internal", show_default=False)
    ] = None
    json: JsonOption = False
    strict: Annotated[bool, typer.Option("--strict", help="help.strict")] = False
    output: OutputOption = None
    output_format: Annotated[
        str | None, typer.Option("--format", metavar="md|html|json", help="help.summary_format", show_default=False)
    ] = None
    followup_ics: Annotated[Path | None, file_option("--followup-ics", help="help.followup_ics")] = None
    label: LabelOption = None
    event_date: EventDateOption = None
    force: ForceOption = False
    full: Annotated[bool, typer.Option("--full", help="help.full")] = False
    alarm_time: AlarmTimeOption = None
    workdays: WorkdaysOption = False


def run(ctx: Any, opts: TriageOptions) -> None:
    settings = settings_of(ctx)
    show(ctx, triage(settings, opts, asker(settings), notifier(settings)))


command = typer_command(TriageOptions, run)


def triage(
    settings: Environment, opts: TriageOptions, asker: Asker | None, notify: Callable[[str], None]
) -> Output:
    """A few questions (those no option answered), then the recommendation."""
    from ..prompts import Given, complete

    lang = settings.lang
    role = parse_role(opts.role) if opts.role else None
    internal = parse_internal(opts.internal) if opts.internal else None
    day = event_day(opts.event_date, settings.today())
    alarm = alarm_at(opts.alarm_time)
    label_of(opts.label)  # checked before any question
    summary_format = format_of(opts.output, opts.output_format, SUMMARY_FORMATS) if opts.output else None
    calendar_named(opts.followup_ics, "--followup-ics")
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
    chosen = Chosen(day, alarm, summary_format, asked=asker is not None and questions_left(given))
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


def questions_left(given: Given) -> bool:
    """Whether the options leave a question to ask: none when a red flag was given (the decision
    is at once), else any answer not given."""
    others = (given.event, given.situations, given.signs, given.role, given.internal)
    return given.red_flags is None or (not given.red_flags and None in others)


def _triage_output(
    settings: Environment,
    opts: TriageOptions,
    chosen: Chosen,
    loaded: Loaded,
    answers: Answers,
    warnings: list[dict[str, Any]],
    notify: Callable[[str], None],
) -> Output:
    """The triage's result from its answers: on screen, as JSON, and the files asked for."""
    from ..rules.followup import new_plan_id, plan_after_red_flag, reminders
    from ..rules.triage import recommend
    from .selection import triage_selection
    from .triage_view import triage_data

    lang, guide = settings.lang, loaded.guide
    day, alarm, summary_format = chosen.day, chosen.alarm, chosen.summary_format
    recommendation = recommend(guide, answers)
    warnings = list(warnings)
    if recommendation.level == 3:
        guide = plan_after_red_flag(guide)  # the plan's contacts check the relay and ask again
    files: list[FileOut] = []
    notes: list[str] = []
    # One plan: the summary file keeps its id, and the calendar's UIDs are made from it.
    plan = new_plan_id()
    planned = reminders(guide, day, workdays=opts.workdays)
    if opts.followup_ics and recommendation.level == 0:
        notes.append(t("msg.no_followup", lang))
    elif opts.followup_ics:
        warnings += past_warning([r.day for r in planned], settings.today(), lang, notify)
        label = file_label(opts.followup_ics, label_of(opts.label))
        files.append(calendar_file(guide, planned, lang, opts.followup_ics, plan, alarm, settings.utc_now(), label))
    # What the triage shows, chosen once: the screen, the summary and the JSON read it.
    selection = triage_selection(guide, recommendation, planned, settings.today())
    data = triage_data(
        guide, selection, lang, plan=plan, event_date=day, written=settings.today(), warnings=warnings,
        origin=lambda rid: loaded.origin("resources", rid),
    )  # fmt: skip
    if opts.output and summary_format:
        from ..summary import summary_text

        label = file_label(opts.output, label_of(opts.label))
        text = summary_text(guide, selection, lang, summary_format, data, settings.today(), label)
        files.insert(0, FileOut(opts.output, text))
    if opts.json:
        return Output(data=data, files=tuple(files), force=opts.force, notes=tuple(notes))
    keep = keep_offer(settings, chosen, data, opts.output, label_of(opts.label), "secondvictim checkin --previous")
    return replace(_triage_screen(settings, opts, guide, selection, files, notes, plan), keep=keep)


def _triage_screen(
    settings: Environment,
    opts: TriageOptions,
    guide: Guide,
    selection: TriageSelection,
    files: list[FileOut],
    notes: list[str],
    plan: str,
) -> Output:
    """The decision on one screen, and the rest of the guidance one keystroke away (after the
    plan's short code: never the label, which stays in the files)."""
    from .fragments import plan_note
    from .triage_view import decision_document, guidance_document

    lang = settings.lang
    decision = decision_document(guide, selection, lang, settings.now())
    # The follow-up steps on the screen carry their dates when the event's date was given, and
    # those already past are marked as in the summary and the JSON (review L29).
    dated = opts.event_date is not None
    rest = [plan_note(plan, lang), *guidance_document(guide, selection, lang, dated)]
    return Output(
        document=decision + rest,
        decision=decision,
        rest=rest,
        full=opts.full,
        files=tuple(files),
        force=opts.force,
        notes=tuple(notes),
    )
