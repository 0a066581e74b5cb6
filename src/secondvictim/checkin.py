"""The check-in rule: a follow-up contact's answers and the previous contact in, what to do out.

No prompts, no printing, no files. The rule is stated in words at the top of data/checkin.yaml;
`level_of` below is that text, line by line.

Also here: the previous contact, read back from a summary that `triage -o x.json` or
`checkin -o x.json` wrote (already parsed from JSON), refusing what is not one of ours. A
summary holds dates, day counts, levels and answer ids: nothing that names anyone.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    StringConstraints,
    ValidationError,
)

from .choices import SupportUsed, Trend
from .errors import PreviousFileError
from .models import FOLLOW_UP, Guide, Id, Model
from .render_json import VERSIONS
from .triage import actions_at

# A follow-up plan's id, as followup.new_plan_id makes it.
PlanId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]

# From this day after the event on, a check-in is the one-month contact (TRiM re-checks at about
# one month; NICE NG116 asks for a follow-up contact within one month).
ONE_MONTH = 21

# The summaries read back as the previous contact, with the newest version of each this reads.
# The newest shape of each summary this version reads: the one it writes.
SCHEMAS = {name: VERSIONS[name] for name in ("triage", "checkin")}


class Upcoming(Model):
    """A step of the event's processes still to come, with its date when known."""

    id: Id
    on: date | None = None


class CheckinAnswers(Model):
    """What was seen or said at a follow-up contact. None: not asked (or not given as an option)."""

    red_flags: tuple[Id, ...] = ()
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
        "red-flag": tuple(Finding(kind="red-flag", id=i) for i in answers.red_flags),
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
    ]
    id: str | None = None


def level_of(
    answers: CheckinAnswers, day: int, previous_level: int | None = None
) -> tuple[int, tuple[Reason, ...]]:
    """The check-in's level and the reasons for it (see the header of data/checkin.yaml)."""
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
    return level, tuple(reasons)


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


class History(Model):
    """The contacts a summary file records, oldest first, for one event."""

    event_date: date
    contacts: tuple[Contact, ...] = Field(min_length=1)
    # The follow-up plan's id (its calendar reminders' UIDs); None in a summary that had none.
    plan_id: PlanId | None = None

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
    level, reasons = level_of(answers, day, previous.level if previous else None)
    closes = level == 0
    internal = tuple(r.id for r in guide.resources_of("internal"))
    external = tuple(r.id for r in guide.resources_of("external"))
    contact = Contact(kind="checkin", date=today, day=day, level=level, answers=answers)
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
        actions=actions_at(guide, level, set(answers.red_flags) | set(answers.signs or ()) | {FOLLOW_UP}),
        resources=internal + external,
        emergency=tuple(r.id for r in guide.resources_of("emergency")),
        step_contacts=step_contacts(answers.steps or (), today),
        followup=() if closes else tuple(f.id for f in guide.followup if f.day > day),
        remind_support=not closes and answers.support_used is not SupportUsed.yes,
        history=(*(history.contacts if history else ()), contact),
    )


# Reading the previous contact back.


def _iso_date(value: object) -> date:
    # Only what we write: "2026-03-27". Pydantic alone would also take a number of seconds.
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    raise ValueError("a date is written YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
StoredLevel = Annotated[StrictInt, Field(ge=0, le=3)]


class _Stored(BaseModel):
    # A summary holds much more than the contact (texts, resources): only this is read.
    model_config = ConfigDict(extra="ignore", frozen=True)


class _TriageAnswers(_Stored):
    red_flags: tuple[Id, ...]
    signs: tuple[Id, ...]


class _TriageFile(_Stored):
    plan_id: PlanId | None = None
    level: StoredLevel
    answers: _TriageAnswers
    event_date: IsoDate
    written: IsoDate


class _StoredContact(_Stored):
    kind: Literal["triage", "checkin"]
    date: IsoDate
    day: Annotated[StrictInt, Field(ge=0)]
    level: StoredLevel
    answers: CheckinAnswers


class _CheckinFile(_Stored):
    plan_id: PlanId | None = None
    level: StoredLevel
    event_date: IsoDate
    written: IsoDate
    history: tuple[_StoredContact, ...] = Field(min_length=1)


# A triage summary written before JSON documents named their shape has these keys.
_UNNAMED_TRIAGE_KEYS = frozenset({"level", "answers", "event_date", "written"})


def _kind_of(data: object, path: object) -> str:
    """Which of our summaries `data` is, or PreviousFileError."""
    if not isinstance(data, dict):
        raise PreviousFileError("checkin.err.foreign", path=path)
    schema = data.get("schema")
    if schema is None and data.keys() >= _UNNAMED_TRIAGE_KEYS:
        return "triage"
    match = re.fullmatch(r"secondvictim/([a-z]+)/([0-9]{1,6})", schema) if isinstance(schema, str) else None
    if match is None or match[1] not in SCHEMAS:
        raise PreviousFileError("checkin.err.foreign", path=path)
    if int(match[2]) > SCHEMAS[match[1]]:
        raise PreviousFileError("checkin.err.newer", path=path, schema=schema)
    return match[1]


def _field(error: Any) -> str:
    return ".".join(str(part) for part in error["loc"]) or "-"


def _contacts(
    kind: str, data: dict[str, Any], path: object
) -> tuple[date, date, tuple[Contact, ...], str | None]:
    """The event date, the date written, the contacts and the plan id of a summary of `kind`."""
    if kind == "triage":
        triage = _TriageFile.model_validate(data)
        red_flags, signs = triage.answers.red_flags, triage.answers.signs
        answers = CheckinAnswers(
            red_flags=red_flags,
            # A red flag ends the triage's questions: no sign then means "not asked".
            signs=signs if signs or not red_flags else None,
        )
        day = (triage.written - triage.event_date).days
        if day < 0:
            raise PreviousFileError("checkin.err.damaged", path=path, field="written")
        contact = Contact(kind="triage", date=triage.written, day=day, level=triage.level, answers=answers)
        return triage.event_date, triage.written, (contact,), triage.plan_id
    checkin = _CheckinFile.model_validate(data)
    contacts = tuple(
        Contact(kind=c.kind, date=c.date, day=c.day, level=c.level, answers=c.answers)
        for c in checkin.history
    )
    for index, contact in enumerate(contacts):
        if contact.day != (contact.date - checkin.event_date).days:
            raise PreviousFileError("checkin.err.damaged", path=path, field=f"history.{index}.day")
        if index and contact.date < contacts[index - 1].date:
            raise PreviousFileError("checkin.err.damaged", path=path, field=f"history.{index}.date")
    last = contacts[-1]
    if (last.kind, last.date, last.level) != ("checkin", checkin.written, checkin.level):
        raise PreviousFileError("checkin.err.damaged", path=path, field="history")
    return checkin.event_date, checkin.written, contacts, checkin.plan_id


def read_history(data: object, *, today: date, event_date: date | None = None, path: object = "") -> History:
    """The contacts recorded in a previous summary (parsed JSON), checked for this event.

    Refused, with PreviousFileError: what is not one of our summaries, a newer shape than this
    version reads, a damaged summary, one written after `today`, or one for another event than
    `event_date` (when given). `path` names the file in the messages.
    """
    kind = _kind_of(data, path)
    assert isinstance(data, dict)
    try:
        found_event, written, contacts, plan = _contacts(kind, data, path)
    except ValidationError as exc:
        raise PreviousFileError("checkin.err.damaged", path=path, field=_field(exc.errors()[0])) from None
    if written > today or found_event > today:
        raise PreviousFileError("checkin.err.future", path=path, written=written, today=today)
    if event_date is not None and found_event != event_date:
        raise PreviousFileError("checkin.err.other_event", path=path, found=found_event, given=event_date)
    return History(event_date=found_event, contacts=contacts, plan_id=plan)
