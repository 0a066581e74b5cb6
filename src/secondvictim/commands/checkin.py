"""`secondvictim checkin`: a follow-up contact, compared with the previous summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from ..errors import AppError, UsageError
from ..files import check_targets
from ..i18n import Key, t
from ..keeping import found_previous  # the summaries kept here, one line per plan (issue 28)
from ..parsing import parse_date
from ..rules.shortcode import label_of, short_code
from .common import (
    SUMMARY_FORMATS,
    Chosen,
    FileOut,
    Output,
    alarm_at,
    calendar_file,
    calendar_named,
    fallback_warnings,
    file_label,
    format_of,
    given_ids,
    keep_offer,
    load_guide,
    one_on_stdout,
    rendering_fallback,
    warning_data,
)
from .options import (
    AlarmTimeOption,
    ForceOption,
    JsonOption,
    LabelOption,
    WorkdaysOption,
    asker,
    file_option,
    notifier,
    show,
    typer_command,
)

if TYPE_CHECKING:
    from ..asker import Asker
    from ..checkin_prompts import CheckinGiven
    from ..guide.loader import Loaded
    from ..guide.models import Guide
    from ..rules.checkin import CheckinAnswers, History


class CheckinOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    event_date: Annotated[
        str | None, typer.Option("--event-date", metavar="DATE", help="help.checkin_event_date", show_default=False)
    ] = None
    previous: Annotated[Path | None, file_option("--previous", help="help.checkin_previous", writes=False)] = None
    red_flags: Annotated[list[str] | None, typer.Option("--red-flag", metavar="ID", help="help.red_flag")] = None
    signs: Annotated[list[str] | None, typer.Option("--sign", metavar="ID", help="help.sign")] = None
    trend: Annotated[
        str | None, typer.Option("--trend", metavar="easing|same|worse", help="help.checkin_trend", show_default=False)
    ] = None
    items: Annotated[list[str] | None, typer.Option("--item", metavar="ID", help="help.checkin_item")] = None
    support_used: Annotated[
        str | None,
        typer.Option("--support-used", metavar="yes|no|unknown", help="help.checkin_support", show_default=False),
    ] = None
    steps: Annotated[list[str] | None, typer.Option("--step", metavar="ID", help="help.checkin_step")] = None
    json: JsonOption = False
    output: Annotated[Path | None, file_option("--output", "-o", help="help.checkin_output")] = None
    force: ForceOption = False
    followup_ics: Annotated[Path | None, file_option("--followup-ics", help="help.checkin_ics")] = None
    label: LabelOption = None
    alarm_time: AlarmTimeOption = None
    workdays: WorkdaysOption = False

def run(ctx: Any, opts: CheckinOptions) -> None:
    settings = settings_of(ctx)
    show(ctx, checkin(settings, opts, asker(settings), notifier(settings)))


command = typer_command(CheckinOptions, run)

def checkin(
    settings: Environment, opts: CheckinOptions, asker: Asker | None, notify: Callable[[str], None]
) -> Output:
    """A follow-up contact (the questions no option answered), compared with the previous summary."""
    from ..checkin_prompts import complete_checkin
    from ..rules.checkin import watching
    from ..rules.followup import new_plan_id

    lang, day = settings.lang, settings.today()
    if opts.event_date is None and opts.previous is None and asker is None:
        raise UsageError("checkin.err.when")
    event_date = parse_date(opts.event_date, today=day) if opts.event_date else None
    if event_date is not None and event_date > day:
        raise UsageError("checkin.err.event_ahead", value=event_date)
    given = given_answers(opts, None, day)  # the options' words, checked before anything is read
    alarm = alarm_at(opts.alarm_time)
    label_of(opts.label)  # checked before any question
    summary_format = format_of(opts.output, None, SUMMARY_FORMATS, has_option=False) if opts.output else None
    calendar_named(opts.followup_ics, "--followup-ics")
    check_targets([opts.output, opts.followup_ics], opts.force)
    one_on_stdout(opts.json, summary_format, [opts.output, opts.followup_ics])
    loaded, problem = load_guide(settings, fallback=True)
    warnings = fallback_warnings(settings, problem, notify)
    asked = asker is not None and (opts.red_flags is None or not (opts.event_date or opts.previous))
    history = previous_contacts(settings, opts, event_date, warnings, notify, asker)
    event_date = history.event_date if history else event_date
    if event_date is None:
        # Neither --event-date nor --previous, on a terminal: asked, as people say it.
        assert asker is not None
        event_date = asker.event_day(day)
    given = given_answers(opts, loaded.guide, day)
    # The same plan as the previous summary's: its calendar reminders are updated, not doubled.
    plan = history.plan_id if history and history.plan_id else new_plan_id()
    if asker and given.red_flags is None:
        asker.write(t("checkin.intro", lang, code=short_code(plan), day=(day - event_date).days) + "\n")
    relay = history is not None and watching(history.contacts)
    last = history.previous if history else None
    answers = complete_checkin(loaded.guide, given, asker, day, relay=relay, last=last)
    if asker:
        asker.write("\n")
    chosen = Chosen(event_date, alarm, summary_format, plan, asked)
    try:
        return _checkin_output(settings, opts, chosen, loaded, answers, history, warnings, notify)
    except (AppError, KeyboardInterrupt):
        raise
    except Exception as exc:
        if loaded.institution is None:
            raise
        packaged, more = rendering_fallback(settings, loaded, exc, answered(answers, history), notify)
        return _checkin_output(settings, opts, chosen, packaged, answers, history, [*warnings, *more], notify)


def given_answers(opts: CheckinOptions, guide: Guide | None, day: date) -> CheckinGiven:
    """What the options answered. Without the guide, only the words that need none are read
    (the trend and the support), so that a mistyped one stops the run before anything else."""
    from ..checkin_prompts import CheckinGiven
    from ..parsing import parse_steps, parse_support_used, parse_trend
    from ..rules.checkin import Upcoming

    trend = parse_trend(opts.trend) if opts.trend else None
    support_used = parse_support_used(opts.support_used) if opts.support_used else None
    if guide is None:
        return CheckinGiven(trend=trend, support_used=support_used)
    steps = (
        tuple(Upcoming(id=i, on=on) for i, on in parse_steps(opts.steps, [s.id for s in guide.process_steps], today=day))
        if opts.steps
        else None
    )
    for step in steps or ():
        # A step still to come: its contact "the day before" must not fall after it.
        if step.on is not None and step.on < day:
            label = next(s.label for s in guide.process_steps if s.id == step.id)
            raise UsageError("checkin.err.step_past", step=label, date=step.on)
    return CheckinGiven(
        red_flags=given_ids(opts.red_flags, guide.red_flags, Key("what.red_flag"), "--red-flag"),
        signs=given_ids(opts.signs, guide.warning_signs, Key("what.sign"), "--sign"),
        trend=trend,
        items=given_ids(opts.items, guide.checkin_items, Key("checkin.what_item"), "--item"),
        support_used=support_used,
        steps=steps,
    )


def previous_contacts(
    settings: Environment,
    opts: CheckinOptions,
    event_date: date | None,
    warnings: list[dict[str, Any]],
    notify: Callable[[str], None],
    asker: Asker | None = None,
) -> History | None:
    """The contacts of the previous summary (--previous; on a terminal, without it nor a date, one
    of those kept in the current folder), with each level it had to correct said on stderr and
    added to `warnings`."""
    path = opts.previous
    if path is None and event_date is None and asker is not None:
        path = found_previous(asker, settings.lang, settings.today())
    if not path:
        return None
    from ..previous import read_previous

    history, corrections = read_previous(path, settings.today(), event_date)
    for correction in corrections:
        said = t(
            "checkin.warn.level_corrected",
            settings.lang,
            path=path,
            date=correction.date,
            stored=correction.stored,
            level=correction.level,
        )
        notify(said)
        warnings.append(warning_data("previous_level_corrected", said))
    return history


def answered(answers: CheckinAnswers, history: History | None) -> dict[str, tuple[str, ...]]:
    """This contact's answers and the previous contacts' (compared with them), by list name."""
    every = [answers, *(c.answers for c in history.contacts)] if history else [answers]
    return {
        "red_flags": tuple(i for a in every for i in a.red_flags or ()),
        "warning_signs": tuple(i for a in every for i in a.signs or ()),
        "checkin_items": tuple(i for a in every for i in a.items or ()),
        "process_steps": tuple(s.id for a in every for s in a.steps or ()),
    }


def _checkin_output(
    settings: Environment,
    opts: CheckinOptions,
    chosen: Chosen,
    loaded: Loaded,
    answers: CheckinAnswers,
    history: History | None,
    warnings: list[dict[str, Any]],
    notify: Callable[[str], None],
) -> Output:
    """The check-in's result from its answers: on screen, as JSON, and the files asked for."""
    from ..rules.checkin import assess
    from ..rules.followup import checkin_reminders, plan_after_red_flag
    from .checkin_data import checkin_data
    from .selection import checkin_selection

    lang, guide, day = settings.lang, loaded.guide, settings.today()
    result = assess(guide, answers, event_date=chosen.day, today=day, history=history)
    if result.after_red_flag:
        guide = plan_after_red_flag(guide)  # the plan's contacts check the relay and ask again
    files: list[FileOut] = []
    notes: list[str] = []
    # The label given, else the one the previous summary kept (carried from file to file).
    plan, label = chosen.plan or "", label_of(opts.label) or (history.label if history else None)
    planned = checkin_reminders(guide, result, workdays=opts.workdays)
    if opts.followup_ics and not planned:
        notes.append(t("checkin.no_reminders", lang))
    elif opts.followup_ics:
        calendar_label = file_label(opts.followup_ics, label)
        files.append(
            calendar_file(guide, planned, lang, opts.followup_ics, plan, chosen.alarm, settings.utc_now(), calendar_label)
        )
    # What the check-in shows, chosen once: the screen, the summary and the JSON read it.
    sel = checkin_selection(guide, result, planned, day)
    data = checkin_data(guide, sel, lang, plan=plan, warnings=list(warnings), origin=lambda r: loaded.origin("resources", r))
    if opts.output and chosen.summary_format:
        from ..summary import checkin_summary_text

        text = checkin_summary_text(guide, sel, lang, chosen.summary_format, data, file_label(opts.output, label))
        files.insert(0, FileOut(opts.output, text))
    if opts.json:
        return Output(data=data, files=tuple(files), force=opts.force, notes=tuple(notes))
    from .checkin_view import checkin_decision, checkin_rest

    decision, rest = checkin_decision(guide, sel, lang, settings.now(), plan=plan), checkin_rest(guide, sel, lang)
    keep = keep_offer(settings, chosen, data, opts.output, label, "secondvictim checkin --previous")
    return Output(
        document=decision + rest, decision=decision, rest=rest, files=tuple(files), force=opts.force,
        notes=tuple(notes), keep=keep,
    )  # fmt: skip
