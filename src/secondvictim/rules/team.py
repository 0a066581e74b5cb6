"""The plan for an event that affects a whole team: its dated steps, from the event's date.

Pure: no prompts, no printing, no files. Nothing here holds a name; the plan speaks of roles,
and each person's check-in is a triage of its own.
"""

import datetime as dt

from ..guide.models import Guide, Model


class PlannedStep(Model):
    """A step of the team plan with its date; `until` ends a window (the team reflection)."""

    id: str
    day: int
    date: dt.date
    until: dt.date | None = None


class TeamPlan(Model):
    event_date: dt.date
    # A patient died: the plan adds the optional moment of silence.
    death: bool = False
    # Situations that call for outreach, in the guide's order.
    situations: tuple[str, ...] = ()
    steps: tuple[PlannedStep, ...] = ()


def team_plan(
    guide: Guide, event_date: dt.date, *, death: bool = False, situations: tuple[str, ...] = ()
) -> TeamPlan:
    """The team plan for an event on `event_date`. Unknown situation ids are a ValueError."""
    known = [s.id for s in guide.situations]
    unknown = [s for s in situations if s not in known]
    if unknown:
        raise ValueError(f"unknown situation id '{unknown[0]}'")
    steps = tuple(
        PlannedStep(
            id=step.id,
            day=step.day,
            date=event_date + dt.timedelta(days=step.day),
            until=event_date + dt.timedelta(days=step.until) if step.until is not None else None,
        )
        # In date order, also when an institution adds a step at the end of its file.
        for step in sorted(guide.team.steps, key=lambda step: step.day)
    )
    return TeamPlan(
        event_date=event_date,
        death=death,
        situations=tuple(s for s in known if s in situations),
        steps=steps,
    )


def team_command(plan: TeamPlan, lang: str) -> str:
    """The command that shows this very plan again: its date and every answer it was made from
    (review L26: without --death and --situation, it showed another plan or asked again)."""
    words = ["secondvictim", *(["--lang", lang] if lang != "en" else []), "team"]
    words += ["--event-date", plan.event_date.isoformat(), "--death" if plan.death else "--no-death"]
    for situation in plan.situations or ("none",):
        words += ["--situation", situation]
    return " ".join(words)


def checkin_command(plan: TeamPlan) -> str:
    """The triage to run for each person: the team's answers given, the rest asked."""
    words = ["secondvictim", "triage", "--event-date", plan.event_date.isoformat()]
    for situation in plan.situations:
        words += ["--situation", situation]
    return " ".join(words)
