"""What a result shows, chosen once (issue 21): for the triage, the check-in and the team plan, a
pure function picks the content (which actions, contacts, follow-up steps, in which order) into a
small frozen record; the document and the JSON builders only read that record, so that they
cannot show different things. Words are the builders' (they read the guide's texts by id)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..rules.triage import first_words, first_words_informal

if TYPE_CHECKING:
    from ..guide.models import FollowupStep, Guide, Resource
    from ..rules.checkin import CheckinResult, StepContact
    from ..rules.choices import Lang
    from ..rules.followup import Reminder
    from ..rules.team import PlannedStep, TeamPlan
    from ..rules.triage import Answers, Recommendation


@dataclass(frozen=True)
class Step:
    """A follow-up step as shown: the step, its reminder (the day it is due, the day it is set)
    when the plan is dated, and whether that day is already past (None: no day to compare)."""

    step: FollowupStep
    reminder: Reminder | None = None
    past: bool | None = None


def followup_steps(
    guide: Guide, ids: Sequence[str], planned: Sequence[Reminder] | None = None, today: date | None = None
) -> tuple[Step, ...]:
    """The follow-up steps `ids`: with the plan's reminders (`planned`), dated, in the plan's
    order, and with `today` each marked past when its day is before it; else undated, in the
    guide's order."""
    wanted = set(ids)  # a set: a membership test over the tuple was quadratic in the steps
    if planned is None:
        return tuple(Step(step) for step in guide.followup if step.id in wanted)
    return tuple(
        Step(r.step, r, None if today is None else r.day < today) for r in planned if r.step.id in wanted
    )


@dataclass(frozen=True)
class TriageSelection:
    """What a triage shows, on the screen, in its summary and as JSON."""

    answers: Answers
    level: int
    reasons: tuple[str, ...]
    # The situations answered that the guide names (said beside the signs above level 1).
    situations: tuple[str, ...]
    actions: tuple[str, ...]
    # The actions of the one-screen decision (the most urgent first).
    now: tuple[str, ...]
    first_words: dict[Lang, str]
    # The same words in « tu » (French; English has one form).
    first_words_informal: dict[Lang, str]
    attitudes: tuple[str, ...]
    # The warning signs to watch for (level 0 only).
    watch: tuple[str, ...]
    resources: tuple[str, ...]
    external_first: bool
    peers: tuple[str, ...]
    emergency: tuple[str, ...]
    followup: tuple[Step, ...]


def triage_selection(
    guide: Guide, rec: Recommendation, planned: Sequence[Reminder] | None = None, today: date | None = None
) -> TriageSelection:
    """The triage's content from its recommendation, and its follow-up steps from the plan's
    reminders (`planned`; without them, undated), marked past against `today`."""
    from .fragments import decision_actions

    named = {s.id for s in guide.situations}
    return TriageSelection(
        answers=rec.answers,
        level=rec.level,
        reasons=rec.reasons,
        situations=tuple(i for i in rec.answers.situations if i in named),
        actions=rec.actions,
        now=decision_actions(guide, rec.level, rec.actions),
        first_words=first_words(guide, rec.level),
        first_words_informal=first_words_informal(guide, rec.level),
        attitudes=tuple(a.id for a in guide.attitudes),
        watch=tuple(s.id for s in guide.warning_signs) if rec.level == 0 else (),
        resources=rec.resources,
        external_first=rec.external_first,
        peers=rec.peers,
        emergency=rec.emergency,
        followup=followup_steps(guide, rec.followup, planned, today),
    )


def as_triage(guide: Guide, shown: TriageSelection | Recommendation) -> TriageSelection:
    """The selection given, or the one of a recommendation (undated): for the callers that have
    only the rule's answer (the page, the tests)."""
    return shown if isinstance(shown, TriageSelection) else triage_selection(guide, shown)


@dataclass(frozen=True)
class CheckinSelection:
    """What a check-in shows, on the screen, in its summary and as JSON; `facts` is the rule's
    result, for what is not chosen but reported (the answers, the dates, the comparison, the
    contacts so far)."""

    facts: CheckinResult
    level: int
    # The professional assessment said in the decision (at level 3 the actions already say it).
    referral: bool
    actions: tuple[str, ...]
    # The actions of the one-screen decision (none at level 0: the follow-up closes).
    now: tuple[str, ...]
    first_words: dict[Lang, str]
    # The same words in « tu » (French; English has one form).
    first_words_informal: dict[Lang, str]
    resources: tuple[str, ...]
    external_first: bool
    emergency: tuple[str, ...]
    step_contacts: tuple[StepContact, ...]
    followup: tuple[Step, ...]


def checkin_selection(
    guide: Guide, result: CheckinResult, planned: Sequence[Reminder] | None = None, today: date | None = None
) -> CheckinSelection:
    """The check-in's content from the rule's result, and its follow-up steps still to come from
    the plan's reminders (`planned`; without them, the plan's own days), marked past against
    `today`."""
    from ..rules.followup import checkin_reminders
    from .fragments import decision_actions

    if planned is None:
        planned = checkin_reminders(guide, result)
    return CheckinSelection(
        facts=result,
        level=result.level,
        referral=result.assessment and result.level < 3,
        actions=result.actions,
        now=decision_actions(guide, result.level, result.actions) if result.level > 0 else (),
        first_words=first_words(guide, result.level),
        first_words_informal=first_words_informal(guide, result.level),
        resources=result.resources,
        external_first=result.external_first,
        emergency=result.emergency,
        step_contacts=result.step_contacts,
        followup=followup_steps(guide, result.followup, planned, today),
    )


def as_checkin(guide: Guide, shown: CheckinSelection | CheckinResult) -> CheckinSelection:
    """The selection given, or the one of a check-in's result (for the tests)."""
    return shown if isinstance(shown, CheckinSelection) else checkin_selection(guide, shown)


# The team plan's sections, in the order shown; the pause only when a patient died.
TEAM_SECTIONS = ("pause", "huddle", "think_of", "checkins", "reflection", "month")


@dataclass(frozen=True)
class TeamSelection:
    """What a team plan shows, on the screen, in its summary and as JSON."""

    event_date: date
    death: bool
    situations: tuple[str, ...]
    steps: tuple[PlannedStep, ...]
    # The sections of `guide.team` shown, by name (see TEAM_SECTIONS), in order.
    sections: tuple[str, ...]
    # The command for each one-to-one check-in, as one line.
    command: str
    contacts: tuple[str, ...]
    # The CUMP (through the 15) is called for by the plan's situations.
    cump: bool
    emergency: tuple[str, ...]


def team_contacts(guide: Guide) -> list[Resource]:
    """Whom the team plan names: the institution's internal contacts, SPS, the peer supporters."""
    sps = [r for r in guide.resources if r.id == "sps"]
    return [*guide.resources_of("internal"), *sps, *guide.resources_of("peer")]


def cump_applies(guide: Guide, plan: TeamPlan) -> bool:
    """Whether the plan's situations call for the CUMP (through the 15)."""
    cump = guide.team.cump
    return cump is not None and any(s in cump.situations for s in plan.situations)


def team_selection(guide: Guide, plan: TeamPlan) -> TeamSelection:
    """The team plan's content from the rule's plan."""
    from ..rules.team import checkin_command

    return TeamSelection(
        event_date=plan.event_date,
        death=plan.death,
        situations=plan.situations,
        steps=plan.steps,
        sections=tuple(name for name in TEAM_SECTIONS if name != "pause" or plan.death),
        command=checkin_command(plan),
        contacts=tuple(r.id for r in team_contacts(guide)),
        cump=cump_applies(guide, plan),
        emergency=tuple(r.id for r in guide.resources_of("emergency")),
    )


def as_team(guide: Guide, shown: TeamSelection | TeamPlan) -> TeamSelection:
    """The selection given, or the one of a team plan (for the tests)."""
    return shown if isinstance(shown, TeamSelection) else team_selection(guide, shown)
