"""`secondvictim team`: the plan for an event that hits a whole team."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..environment import Environment
from ..errors import UsageError
from ..files import check_targets
from ..i18n import Key, t
from ..rules.shortcode import label_of
from .common import (
    SUMMARY_FORMATS,
    Chosen,
    FileOut,
    Output,
    alarm_at,
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
)
from .options import (
    AlarmTimeOption,
    EventDateOption,
    ForceOption,
    JsonOption,
    LabelOption,
    asker,
    file_option,
    notifier,
    show,
    typer_command,
)

if TYPE_CHECKING:
    from datetime import date

    from ..guide.models import Guide
    from ..prompts import Asker
    from ..rules.team import TeamPlan


class TeamOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    event_date: EventDateOption = None
    death: Annotated[bool | None, typer.Option("--death/--no-death", help="help.team_death", show_default=False)] = None
    situations: Annotated[list[str] | None, typer.Option("--situation", metavar="ID", help="help.situation")] = None
    json: JsonOption = False
    output: Annotated[Path | None, file_option("--output", "-o", help="help.team_output")] = None
    force: ForceOption = False
    ics: Annotated[Path | None, file_option("--ics", help="help.team_ics")] = None
    label: LabelOption = None
    alarm_time: AlarmTimeOption = None
    previous: Annotated[Path | None, file_option("--previous", help="help.team_previous", writes=False)] = None

def run(ctx: Any, opts: TeamOptions) -> None:
    settings = settings_of(ctx)
    show(ctx, team(settings, opts, asker(settings), notifier(settings)))


command = typer_command(TeamOptions, run)

class Previous(NamedTuple):
    """What a previous team plan (--previous) gives: its id, its event's day, its answers."""

    plan_id: str | None
    day: date
    death: bool | None
    situations: list[str] | None


def previous_plan(settings: Environment, opts: TeamOptions) -> Previous:
    """The same plan again (a date moved in a calendar, a lost file): same UIDs, same answers.
    Without --previous: the options as given."""
    day = event_day(opts.event_date, settings.today())
    if not opts.previous:
        return Previous(None, day, opts.death, opts.situations)
    from ..previous import read_plan_data

    plan_id, found, data = read_plan_data(opts.previous, ("secondvictim/team/",), "err.team_previous", settings.today())
    if opts.event_date and day != found:
        raise UsageError("checkin.err.other_event", path=opts.previous, found=found, given=day)
    death, situation_ids = opts.death, opts.situations
    if death is None and isinstance(data.get("death"), bool):
        death = data["death"]
    if situation_ids is None and isinstance(data.get("situations"), list):
        situation_ids = [s["id"] for s in data["situations"] if isinstance(s, dict) and isinstance(s.get("id"), str)]
        situation_ids = situation_ids or ["none"]
    return Previous(plan_id, found, death, situation_ids)


def team(
    settings: Environment, opts: TeamOptions, asker: Asker | None, notify: Callable[[str], None]
) -> Output:
    """The plan for an event that hits a whole team: two questions at most, none without a terminal.

    Like the triage, it is used in a crisis: broken institution data gives the packaged guide and
    a warning, not a stop.
    """
    from ..prompts import complete_team
    from ..rules.team import team_plan

    lang = settings.lang
    previous = previous_plan(settings, opts)
    alarm = alarm_at(opts.alarm_time)
    label_of(opts.label)  # checked before any question
    summary_format = format_of(opts.output, None, SUMMARY_FORMATS, has_option=False) if opts.output else None
    calendar_named(opts.ics, "--ics")
    check_targets([opts.output, opts.ics], opts.force)
    one_on_stdout(opts.json, summary_format, [opts.output, opts.ics])
    loaded, problem = load_guide(settings, fallback=True)
    warnings = fallback_warnings(settings, problem, notify)
    guide = loaded.guide
    situations = given_ids(previous.situations, guide.situations, Key("team.what_situation"), "--situation")
    asks = asker if previous.death is None or situations is None else None
    if asks:
        intro = t("team.intro_kept", lang, path=opts.output) if opts.output else t("team.intro", lang)
        asks.write(intro + "\n")
    death, chosen = complete_team(guide, previous.death, situations, asks)
    plan = team_plan(guide, previous.day, death=death, situations=chosen)
    if asks:
        asks.write("\n")
    from ..rules.followup import new_plan_id

    # One plan: its id is in the JSON, and the calendar's UIDs are made from it.
    plan_id = previous.plan_id or new_plan_id()
    return team_output(settings, opts, Chosen(previous.day, alarm, summary_format, asked=asks is not None), guide, plan, plan_id, warnings, notify)


def team_output(
    settings: Environment,
    opts: TeamOptions,
    chosen: Chosen,
    guide: Guide,
    plan: TeamPlan,
    plan_id: str,
    warnings: list[dict[str, Any]],
    notify: Callable[[str], None],
) -> Output:
    """The team plan on screen, as JSON, and the files asked for."""
    from .selection import team_selection
    from .team_view import team_data

    lang = settings.lang
    files: list[FileOut] = []
    if opts.ics:
        from ..render.ical import team_calendar

        warnings = [*warnings, *past_warning([step.date for step in plan.steps], settings.today(), lang, notify)]
        calendar = team_calendar(
            guide, plan, lang, plan=plan_id, alarm=chosen.alarm, now=settings.utc_now(),
            label=file_label(opts.ics, label_of(opts.label)),
        )  # fmt: skip
        files.append(FileOut(opts.ics, calendar.decode("utf-8")))
    # What the plan shows, chosen once: the screen, the summary and the JSON read it.
    selection = team_selection(guide, plan)
    data = team_data(guide, selection, lang, plan_id=plan_id, written=settings.today(), warnings=warnings)
    if opts.output and chosen.summary_format:
        from ..summary import team_summary_text

        label = file_label(opts.output, label_of(opts.label))
        text = team_summary_text(guide, selection, lang, chosen.summary_format, data, settings.today(), label)
        files.insert(0, FileOut(opts.output, text))
    if opts.json:
        return Output(data=data, files=tuple(files), force=opts.force)
    from .fragments import plan_note
    from .team_view import fitted_team_decision, team_decision, team_rest

    decision = team_decision(guide, selection, lang)
    rest = [plan_note(plan_id, lang), *team_rest(guide, selection, lang)]
    keep = keep_offer(settings, chosen, data, opts.output, label_of(opts.label), "secondvictim team --previous")
    return Output(
        document=decision + rest, decision=decision, rest=rest, files=tuple(files), force=opts.force, keep=keep,
        shorter=functools.partial(fitted_team_decision, guide, selection, lang),
    )  # fmt: skip
