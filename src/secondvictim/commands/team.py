"""`secondvictim team`: the plan for an event that hits a whole team."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from ..cli_framework import settings_of
from ..config import Settings
from ..errors import UsageError
from ..files import check_targets
from ..i18n import Key, t
from .common import (
    SUMMARY_FORMATS,
    FileOut,
    Output,
    alarm_at,
    event_day,
    fallback_warnings,
    format_of,
    given_ids,
    load_guide,
    one_on_stdout,
    past_warning,
)
from .options import (
    AlarmTimeOption,
    EventDateOption,
    ForceOption,
    JsonOption,
    asker,
    file_option,
    notifier,
    show,
    typer_command,
)

if TYPE_CHECKING:
    from ..prompts import Asker


class TeamOptions(NamedTuple):
    """The options, declared once (see options.py), in the order of the help."""

    event_date: EventDateOption = None
    death: Annotated[bool | None, typer.Option("--death/--no-death", help="help.team_death", show_default=False)] = None
    situations: Annotated[list[str] | None, typer.Option("--situation", metavar="ID", help="help.situation")] = None
    json: JsonOption = False
    output: Annotated[Path | None, file_option("--output", "-o", help="help.team_output")] = None
    force: ForceOption = False
    ics: Annotated[Path | None, file_option("--ics", help="help.team_ics")] = None
    alarm_time: AlarmTimeOption = None
    previous: Annotated[Path | None, file_option("--previous", help="help.team_previous")] = None

def run(ctx: Any, opts: TeamOptions) -> None:
    settings = settings_of(ctx)
    show(ctx, team(settings, opts, asker(settings), notifier(settings)))


command = typer_command(TeamOptions, run)

def team(
    settings: Settings, opts: TeamOptions, asker: Asker | None, notify: Callable[[str], None]
) -> Output:
    """The plan for an event that hits a whole team: two questions at most, none without a terminal.

    Like the triage, it is used in a crisis: broken institution data gives the packaged guide and
    a warning, not a stop.
    """
    from ..prompts import complete_team
    from ..team import team_plan

    lang = settings.lang
    day = event_day(opts.event_date)
    previous_plan, death, situation_ids = None, opts.death, opts.situations
    if opts.previous:
        # The same plan again (a date moved in a calendar, a lost file): same UIDs, same answers.
        from ..summary import read_plan_data

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
    from ..followup import new_plan_id
    from .team_view import team_data

    files: list[FileOut] = []
    # One plan: its id is in the JSON, and the calendar's UIDs are made from it.
    plan_id = previous_plan or new_plan_id()
    if opts.ics:
        from ..render_ical import team_calendar

        warnings += past_warning([step.date for step in plan.steps], lang, notify)
        calendar = team_calendar(guide, plan, lang, plan=plan_id, alarm=alarm)
        files.append(FileOut(opts.ics, calendar.decode("utf-8")))
    data = team_data(guide, plan, lang, plan_id=plan_id, written=date.today(), warnings=warnings)
    if opts.output and summary_format:
        from ..summary import team_summary_text

        files.insert(0, FileOut(opts.output, team_summary_text(guide, plan, lang, summary_format, data)))
    if opts.json:
        return Output(data=data, files=tuple(files), force=opts.force)
    from .team_view import team_decision, team_rest

    decision, rest = team_decision(guide, plan, lang), team_rest(guide, plan, lang)
    return Output(document=decision + rest, decision=decision, rest=rest, files=tuple(files), force=opts.force)
