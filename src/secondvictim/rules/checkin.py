"""The check-in rule: a follow-up contact's answers and the previous contact in, what to do out.

No prompts, no printing, no files. The rule is stated in words at the top of data/checkin.yaml;
`level_of` below is that text, line by line.

Reading the previous contact back from a summary file is `previous.py`'s.
"""

from datetime import date, timedelta
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from ..guide.models import (
    AFTER_FIRST_DAY,
    AFTER_RED_FLAG,
    DECLINED_BEFORE,
    FOLLOW_UP,
    INTERNAL_ACCEPTED,
    NOTHING_PLANNED,
    RED_FLAGS_NOT_ASKED,
    Guide,
    Id,
    Model,
)
from .choices import Internal, Role, SupportUsed, Trend
from .triage import actions_at, serves

# A follow-up plan's id, as followup.new_plan_id makes it.
PlanId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]

# From this day after the event on, a check-in is the one-month contact (TRiM re-checks at about
# one month; NICE NG116 asks for a follow-up contact within one month).
ONE_MONTH = 21
# From this day on, the contact is no longer "about one month" after the event but "one month or
# more" after it: more than a week past day 30, "about one month" would tell the manager that
# the follow-up is on time when it is late.
PAST_ONE_MONTH = 38
# After this day, the shift of the event is over: no "cover for the rest of the shift".
FIRST_DAY = 1


def about_one_month(day: int) -> bool:
    """Whether a contact on `day` (from the one-month contact on) is near day 30, to be said
    "about one month" after the event; later, it is "one month or more" after it."""
    return day < PAST_ONE_MONTH

class Upcoming(Model):
    """A step of the event's processes still to come, with its date when known."""

    id: Id
    on: date | None = None


class Profile(Model):
    """What the first assessment recorded about the professional, as categories (never who they
    are): their role, for the lines meant for them, and whether they would use the internal
    resources. Carried from contact to contact in the summaries."""

    role: Role = Role.unknown
    internal: Internal = Internal.unknown


class CheckinAnswers(Model):
    """What was seen or said at a follow-up contact. None: not asked (or not given as an option)."""

    red_flags: tuple[Id, ...] | None = ()
    signs: tuple[Id, ...] | None = None
    trend: Trend | None = None
    items: tuple[Id, ...] | None = None
    support_used: SupportUsed = SupportUsed.unknown
    steps: tuple[Upcoming, ...] | None = None


class Finding(Model):
    """One thing seen or reported: a red flag, a warning sign or a re-check item."""

    kind: Literal["red-flag", "sign", "item"]
    id: Id


def findings(answers: CheckinAnswers) -> dict[str, tuple[Finding, ...] | None]:
    """The answers' findings by kind; None for a kind that was not asked."""
    signs, items = answers.signs, answers.items
    return {
        "red-flag": None if answers.red_flags is None else tuple(Finding(kind="red-flag", id=i) for i in answers.red_flags),
        "sign": None if signs is None else tuple(Finding(kind="sign", id=i) for i in signs),
        "item": None if items is None else tuple(Finding(kind="item", id=i) for i in items),
    }


class Comparison(Model):
    """This contact against the previous one, over the kinds asked at this contact."""

    persisting: tuple[Finding, ...]
    # Not noted at the previous contact (which may not have asked about it).
    new: tuple[Finding, ...]
    gone: tuple[Finding, ...]


def compare(now: CheckinAnswers, before: CheckinAnswers) -> Comparison:
    persisting: list[Finding] = []
    new: list[Finding] = []
    gone: list[Finding] = []
    earlier = findings(before)
    for kind, current in findings(now).items():
        if current is None:  # not asked now: nothing can be said about it
            continue
        previous = earlier[kind] or ()
        persisting += [f for f in current if f in previous]
        new += [f for f in current if f not in previous]
        gone += [f for f in previous if f not in current]
    return Comparison(persisting=tuple(persisting), new=tuple(new), gone=tuple(gone))


class Reason(Model):
    """Why the level is what it is, in terms a manager can check against what they saw."""

    kind: Literal[
        "red-flag",  # id: the red flag
        "sign",  # id: the warning sign
        "item",  # id: the re-check item
        "worse",  # the trend since the last contact is worse
        "same-at-one-month",  # not easing at the one-month contact
        "worse-than-previous",  # id: the previous contact's level, which a worse trend keeps
        "step",  # id: a step of the event's processes still to come
        "followup",  # nothing of concern today: the planned follow-up continues
        "closing",  # easing and nothing persisting at one month
        "after-level-3",  # a contact was at level 3: the specialised support is not confirmed yet
        "red-flags-not-asked",  # nothing can be concluded before they are asked
    ]
    id: str | None = None


def level_of(
    answers: CheckinAnswers, day: int, previous_level: int | None = None, watch: bool = False
) -> tuple[int, tuple[Reason, ...]]:
    """The check-in's level and the reasons for it (see the header of data/checkin.yaml).

    `watch`: a contact of this follow-up was at level 3 (a red flag), and the specialised support
    has not been confirmed in place since (see `watching`).
    """
    one_month = day >= ONE_MONTH
    steps = answers.steps or ()
    if answers.red_flags:
        level, reasons = 3, [Reason(kind="red-flag", id=i) for i in answers.red_flags]
    else:
        reasons = [Reason(kind="sign", id=i) for i in answers.signs or ()]
        reasons += [Reason(kind="item", id=i) for i in answers.items or ()]
        if answers.trend is Trend.worse:
            reasons.append(Reason(kind="worse"))
        if one_month and answers.trend is Trend.same:
            reasons.append(Reason(kind="same-at-one-month"))
        if reasons:
            level = 2
        elif one_month and answers.trend is Trend.easing and not steps:
            level, reasons = 0, [Reason(kind="closing")]
        else:
            level = 1
            reasons = [Reason(kind="followup"), *(Reason(kind="step", id=s.id) for s in steps)]
    if answers.trend is Trend.worse and previous_level is not None and previous_level > level:
        level = previous_level
        reasons.insert(0, Reason(kind="worse-than-previous", id=str(previous_level)))
    if level < 3 and (watch or previous_level == 3 or answers.red_flags is None):
        # Nothing here is "of concern today" or closing: after a red flag the next contacts check
        # that the specialised support is in place and ask again (level 2 until it is); red flags
        # that were not asked leave nothing to conclude.
        if level == 0:
            level = 1
        if watch:
            level = max(level, 2)
        reasons = [r for r in reasons if r.kind not in ("followup", "closing")]
        if watch or previous_level == 3:
            reasons.insert(0, Reason(kind="after-level-3"))
        if answers.red_flags is None:
            reasons.insert(0, Reason(kind="red-flags-not-asked"))
    return level, tuple(reasons)


def watching(contacts: tuple["Contact", ...]) -> bool:
    """Whether a contact was at level 3 and none since has confirmed that the specialised support
    is in place (its support answer "yes")."""
    last = max((i for i, c in enumerate(contacts) if c.level == 3), default=None)
    if last is None:
        return False
    return not any(c.answers.support_used is SupportUsed.yes for c in contacts[last + 1 :])


def needs_assessment(answers: CheckinAnswers, day: int) -> bool:
    """At the one-month contact, anything still there calls for a professional assessment."""
    persisting = (
        answers.red_flags or answers.signs or answers.items or answers.trend in (Trend.same, Trend.worse)
    )
    return day >= ONE_MONTH and bool(persisting)


class Contact(Model):
    """One contact of the follow-up, as a summary file keeps it."""

    kind: Literal["triage", "checkin"]
    date: date
    day: int = Field(ge=0)
    level: int = Field(ge=0, le=3)
    answers: CheckinAnswers


class StepContact(Model):
    """A contact to add just before or just after a process step (dated when the step is)."""

    step: Id
    moment: Literal["before", "after"]
    on: date | None = None


def step_contacts(steps: tuple[Upcoming, ...], today: date) -> tuple[StepContact, ...]:
    contacts: list[StepContact] = []
    for step in steps:
        before = max(step.on - timedelta(days=1), today) if step.on else None
        after = step.on + timedelta(days=1) if step.on else None
        contacts += [
            StepContact(step=step.id, moment="before", on=before),
            StepContact(step=step.id, moment="after", on=after),
        ]
    return tuple(contacts)


class CheckinResult(Model):
    answers: CheckinAnswers
    event_date: date
    date: date
    day: int
    level: int
    reasons: tuple[Reason, ...]
    # None without a previous contact to compare with.
    comparison: Comparison | None
    # A professional assessment (occupational medicine or a psychologist) is recommended.
    assessment: bool
    # The planned follow-up closes; the door stays open.
    closes: bool
    actions: tuple[str, ...]
    resources: tuple[str, ...]
    emergency: tuple[str, ...]
    step_contacts: tuple[StepContact, ...]
    # The planned follow-up contacts still to come.
    followup: tuple[str, ...]
    # Ask again about the support offered, and give it again: not known to have been used.
    remind_support: bool
    # Every contact so far, oldest first; the last one is this check-in.
    history: tuple[Contact, ...]
    # What the first assessment recorded (role, internal resources), carried to the next contact.
    profile: Profile = Profile()
    # They had declined the internal resources: the external lines come first.
    external_first: bool = False

    @property
    def after_red_flag(self) -> bool:
        """A red flag now, or at an earlier contact: the plan's contacts check that the specialised
        support is in place and ask again (followup.plan_after_red_flag)."""
        return self.level == 3 or any(reason.kind == "after-level-3" for reason in self.reasons)


class History(Model):
    """The contacts a summary file records, oldest first, for one event."""

    event_date: date
    contacts: tuple[Contact, ...] = Field(min_length=1)
    # The follow-up plan's id (its calendar reminders' UIDs); None in a summary that had none.
    plan_id: PlanId | None = None
    profile: Profile = Profile()
    # The manager's label (--label), carried from file to file; never shown on the terminal.
    label: str | None = None

    @property
    def previous(self) -> Contact:
        return self.contacts[-1]


def assess(
    guide: Guide,
    answers: CheckinAnswers,
    *,
    event_date: date,
    today: date,
    history: History | None = None,
) -> CheckinResult:
    """What this check-in calls for, compared with the previous contact when there is one."""
    day = (today - event_date).days
    if day < 0:
        raise ValueError("a check-in cannot come before the event")
    if history is not None and history.event_date != event_date:
        raise ValueError("the history is for another event")
    previous = history.previous if history else None
    contact = Contact(kind="checkin", date=today, day=day, level=0, answers=answers)
    earlier = history.contacts if history else ()
    watch = watching((*earlier, contact))
    level, reasons = level_of(answers, day, previous.level if previous else None, watch)
    closes = level == 0
    profile = history.profile if history else Profile()
    declined = profile.internal is Internal.no
    internal = tuple(r.id for r in guide.resources_of("internal"))
    external = tuple(r.id for r in guide.resources_of("external") if serves(r.roles, profile.role))
    followup = () if closes else tuple(f.id for f in guide.followup if f.day > day)
    contacts = step_contacts(answers.steps or (), today)
    given = _conditions(answers, reasons, day, planned=bool(followup or contacts), internal=profile.internal)
    actions = actions_at(guide, level, given)
    contact = contact.model_copy(update={"level": level})
    return CheckinResult(
        answers=answers,
        event_date=event_date,
        date=today,
        day=day,
        level=level,
        reasons=reasons,
        comparison=compare(answers, previous.answers) if previous else None,
        assessment=needs_assessment(answers, day),
        closes=closes,
        actions=actions,
        resources=external + internal if declined else internal + external,
        emergency=tuple(r.id for r in guide.resources_of("emergency")),
        step_contacts=contacts,
        followup=followup,
        remind_support=not closes and answers.support_used is not SupportUsed.yes,
        history=(*(history.contacts if history else ()), contact),
        profile=profile,
        external_first=declined,
    )


def _conditions(
    answers: CheckinAnswers, reasons: tuple[Reason, ...], day: int, *, planned: bool, internal: Internal
) -> set[str]:
    """What the actions' `when` and `unless` read: the answers given, and the facts of this
    contact (nothing planned, red flags not asked, after a red flag, after the first day, internal
    support declined or accepted at the first assessment)."""
    # The re-check items answered count too (coping-use has its own action).
    given = set(answers.red_flags or ()) | set(answers.signs or ()) | set(answers.items or ()) | {FOLLOW_UP}
    if not planned:
        given.add(NOTHING_PLANNED)  # the action that plans the contacts says `unless` it
    if answers.red_flags is None:
        given.add(RED_FLAGS_NOT_ASKED)
    if any(reason.kind == "after-level-3" for reason in reasons):
        given.add(AFTER_RED_FLAG)
    if day > FIRST_DAY:
        given.add(AFTER_FIRST_DAY)
    if internal is Internal.no:
        given.add(DECLINED_BEFORE)
    elif internal is Internal.yes:
        given.add(INTERNAL_ACCEPTED)  # as at the first assessment
    return given
