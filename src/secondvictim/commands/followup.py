"""`secondvictim followup`: the follow-up plan, and its calendar (`--ics`); the view is in
`reference_view.py`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NamedTuple

from ..cli_framework import settings_of
from ..environment import Environment
from ..errors import UsageError
from ..files import check_targets
from ..rules.shortcode import label_of, short_code
from .common import (
    FileOut,
    Output,
    alarm_at,
    calendar_file,
    calendar_named,
    event_day,
    file_label,
    load_guide,
    one_on_stdout,
    past_warning,
)
from .options import (
    AlarmTimeOption,
    EventDateOption,
    ForceOption,
    JsonOption,
    LabelOption,
    WorkdaysOption,
    file_option,
    notifier,
    show,
    typer_command,
)


class FollowupOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    event_date: EventDateOption = None
    ics: Annotated[Path | None, file_option("--ics", help="help.ics")] = None
    label: LabelOption = None
    force: ForceOption = False
    previous: Annotated[Path | None, file_option("--previous", help="help.previous", writes=False)] = None
    alarm_time: AlarmTimeOption = None
    workdays: WorkdaysOption = False
    json: JsonOption = False

def run(ctx: Any, opts: FollowupOptions) -> None:
    settings = settings_of(ctx)
    show(ctx, followup(settings, opts, notifier(settings)))


command = typer_command(FollowupOptions, run)

def followup(settings: Environment, opts: FollowupOptions, notify: Callable[[str], None]) -> Output:
    """The follow-up plan; a new plan, or with --previous the plan of a summary file (same UIDs)."""
    from ..rules.followup import new_plan_id, reminders
    from .selection import followup_steps

    lang = settings.lang
    alarm = alarm_at(opts.alarm_time)
    label = file_label(opts.ics, label_of(opts.label))
    if opts.previous:
        from ..previous import read_plan

        plan, day = read_plan(opts.previous, settings.today())
        # The plan's reminders belong to its event: another date would move them (same UIDs).
        if opts.event_date and event_day(opts.event_date, settings.today()) != day:
            raise UsageError(
                "checkin.err.other_event", path=opts.previous, found=day, given=event_day(opts.event_date, settings.today())
            )
    else:
        plan, day = new_plan_id(), event_day(opts.event_date, settings.today())
    calendar_named(opts.ics, "--ics")
    check_targets([opts.ics], opts.force)
    one_on_stdout(opts.json, None, [None, opts.ics])
    guide = load_guide(settings)[0].guide
    planned = reminders(guide, day, workdays=opts.workdays)
    warnings = past_warning([r.day for r in planned], settings.today(), lang, notify)
    files: tuple[FileOut, ...] = ()
    if opts.ics:
        files = (calendar_file(guide, planned, lang, opts.ics, plan, alarm, settings.utc_now(), label),)
    # The plan's steps, those already past marked (review L29): on screen and in the JSON.
    steps = followup_steps(guide, [f.id for f in guide.followup], planned, settings.today())
    if opts.json:
        from ..render.jsondoc import document
        from .fragments import steps_data

        body = {
            "plan_id": plan,
            "plan_code": short_code(plan),
            "event_date": day.isoformat(),
            "workdays": opts.workdays,
            "alarm_time": alarm.strftime("%H:%M"),
            "followup": steps_data(steps, lang),
            "warnings": warnings,
        }
        return Output(data=document("followup", lang, body), files=files, force=opts.force)

    from .reference_view import followup_document

    doc = followup_document(lang, day, steps)
    return Output(document=doc, files=files, force=opts.force)
