"""The one reader of summary files: the previous contact, read back from a summary that
`triage -o x.json` or `checkin -o x.json` wrote, and the plan a summary names (`followup
--previous`, `team --previous`), refusing what is not one of ours with one error type,
SummaryError (exit 2).

A summary holds dates, day counts, levels and answer ids: nothing that names anyone. Only the
commands given a summary file need this module.
"""

import json
import re
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictInt, ValidationError

from .errors import DataError, SummaryError
from .guide.models import Id
from .render.jsondoc import VERSIONS
from .rules.checkin import CheckinAnswers, Contact, History, PlanId, Profile, level_of
from .rules.choices import Internal, Role

# The summaries read back as the previous contact, with the newest shape of each this version
# reads: the one it writes.
SCHEMAS = {name: VERSIONS[name] for name in ("triage", "checkin")}


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
    # None: not asked (a triage without a terminal and without --red-flag).
    red_flags: tuple[Id, ...] | None
    signs: tuple[Id, ...]
    # Categories, carried to the check-ins (a summary written before they were kept: unknown).
    role: Role = Role.unknown
    internal: Internal = Internal.unknown


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
    # What the first assessment recorded; absent from a check-in written before it was kept.
    profile: Profile = Profile()
    level: StoredLevel
    event_date: IsoDate
    written: IsoDate
    history: tuple[_StoredContact, ...] = Field(min_length=1)


# A summary is for a recent event: a follow-up over years is not one, and a date far in the past
# is a damaged or forged file (dates at the edges of the calendar would overflow the plan).
MAX_AGE_DAYS = 3660
# The summaries we write nest four levels deep; far deeper is not one of ours.
MAX_DEPTH = 16


# A triage summary written before JSON documents named their shape has these keys.
_UNNAMED_TRIAGE_KEYS = frozenset({"level", "answers", "event_date", "written"})


def _kind_of(data: object, path: object) -> str:
    """Which of our summaries `data` is, or SummaryError."""
    if not isinstance(data, dict):
        raise SummaryError("checkin.err.foreign", path=path)
    schema = data.get("schema")
    if schema is None and data.keys() >= _UNNAMED_TRIAGE_KEYS:
        return "triage"
    match = re.fullmatch(r"secondvictim/([a-z]+)/([0-9]{1,6})", schema) if isinstance(schema, str) else None
    if match is None or match[1] not in SCHEMAS:
        raise SummaryError("checkin.err.foreign", path=path)
    if int(match[2]) > SCHEMAS[match[1]]:
        raise SummaryError("checkin.err.newer", path=path, schema=schema)
    return match[1]


def _field(error: Any) -> str:
    return ".".join(str(part) for part in error["loc"]) or "-"


class _Read(NamedTuple):
    event_date: date
    written: date
    contacts: tuple[Contact, ...]
    plan_id: str | None
    profile: Profile


def _contacts(kind: str, data: dict[str, Any], path: object) -> _Read:
    """The event date, the date written, the contacts, the plan id and the profile of a summary
    of `kind`."""
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
            # The event cannot come after the summary written about it: its date is what is wrong.
            raise SummaryError("checkin.err.damaged", path=path, field="event_date")
        contact = Contact(kind="triage", date=triage.written, day=day, level=triage.level, answers=answers)
        profile = Profile(role=triage.answers.role, internal=triage.answers.internal)
        return _Read(triage.event_date, triage.written, (contact,), triage.plan_id, profile)
    checkin = _CheckinFile.model_validate(data)
    if checkin.event_date > checkin.written:
        raise SummaryError("checkin.err.damaged", path=path, field="event_date")
    contacts = tuple(
        Contact(kind=c.kind, date=c.date, day=c.day, level=c.level, answers=c.answers)
        for c in checkin.history
    )
    for index, contact in enumerate(contacts):
        if contact.day != (contact.date - checkin.event_date).days:
            raise SummaryError("checkin.err.damaged", path=path, field=f"history.{index}.day")
        if index and contact.date < contacts[index - 1].date:
            raise SummaryError("checkin.err.damaged", path=path, field=f"history.{index}.date")
    last = contacts[-1]
    if (last.kind, last.date, last.level) != ("checkin", checkin.written, checkin.level):
        raise SummaryError("checkin.err.damaged", path=path, field="history")
    return _Read(checkin.event_date, checkin.written, contacts, checkin.plan_id, checkin.profile)


def read_history(data: object, *, today: date, event_date: date | None = None, path: object = "") -> History:
    """The contacts recorded in a previous summary (parsed JSON), checked for this event.

    Refused, with SummaryError: what is not one of our summaries, a newer shape than this
    version reads, a damaged summary, one written after `today`, or one for another event than
    `event_date` (when given). `path` names the file in the messages.
    """
    kind = _kind_of(data, path)
    assert isinstance(data, dict)
    try:
        found_event, written, contacts, plan, profile = _contacts(kind, data, path)
    except ValidationError as exc:
        raise SummaryError("checkin.err.damaged", path=path, field=_field(exc.errors()[0])) from None
    if written > today or found_event > today:
        raise SummaryError("checkin.err.future", path=path, written=written, today=today)
    if (today - found_event).days > MAX_AGE_DAYS:
        raise SummaryError("checkin.err.too_old", path=path, found=found_event)
    if event_date is not None and found_event != event_date:
        raise SummaryError("checkin.err.other_event", path=path, found=found_event, given=event_date)
    return History(event_date=found_event, contacts=contacts, plan_id=plan, profile=profile, label=_label(data))


def _label(data: dict[str, Any]) -> str | None:
    """The manager's label a summary keeps, if it is one (one short printable line); else none."""
    from .errors import UsageError
    from .rules.shortcode import label_of

    value = data.get("label")
    try:
        return label_of(value) if isinstance(value, str) else None
    except UsageError:
        return None


class Correction(NamedTuple):
    """A contact whose recorded level is below what its own answers call for."""

    date: date
    stored: int
    level: int


def least_level(contact: Contact, previous: int | None) -> int:
    """The level that a contact's own answers call for, recomputed by the rules that set it.

    A triage summary keeps its red flags and signs, not the event answers that make level 1: what
    they call for is a floor. A check-in's level is recomputed in full from its answers.
    """
    if contact.kind == "triage":
        answers = contact.answers
        return 3 if answers.red_flags else 2 if answers.signs else 0
    return level_of(contact.answers, contact.day, previous)[0]


def believed(history: History) -> tuple[History, tuple[Correction, ...]]:
    """The history as far as it is consistent: a level below what its answers call for (a red-flag
    summary edited to level 0, which would let the one-month check-in close the follow-up) is
    raised to that level, and each such contact is returned to be said. A higher level is kept:
    it can only keep the follow-up open longer.
    """
    contacts: list[Contact] = []
    corrections: list[Correction] = []
    previous: int | None = None
    for contact in history.contacts:
        level = max(contact.level, least_level(contact, previous))
        if level != contact.level:
            corrections.append(Correction(contact.date, contact.level, level))
            contact = contact.model_copy(update={"level": level})
        contacts.append(contact)
        previous = level
    if not corrections:
        return history, ()
    return history.model_copy(update={"contacts": tuple(contacts)}), tuple(corrections)


# --- The one reader of summary files: checkin, followup and team --previous ---


def read_previous(path: Path, day: date, event_date: date | None) -> tuple[History, tuple[Correction, ...]]:
    """The contacts of a previous summary, through the one reader, believed as far as they are
    consistent (with what was corrected, to say); a SummaryError if it is not one of ours,
    damaged, from the future or for another event."""
    from .guide.loader import read_text, too_deep

    try:
        text = read_text(path)
    except DataError as exc:
        raise SummaryError("checkin.err.unreadable", problem=exc.problems[0]) from None
    if not text.strip():
        # Nothing came: an empty file, or a pipe whose command wrote nothing (`--previous -`).
        raise SummaryError("checkin.err.empty_stdin" if str(path) == "-" else "checkin.err.empty", path=path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # A summary cut short is ours but damaged; Markdown or anything else is not ours.
        if text.lstrip().startswith("{"):
            raise SummaryError("checkin.err.not_json", path=path, line=exc.lineno) from None
        raise SummaryError("checkin.err.foreign", path=path) from None
    except (RecursionError, ValueError):
        # Nesting deeper than the parser goes, or an integer of thousands of digits.
        raise SummaryError("checkin.err.not_json", path=path, line=1) from None
    deep = too_deep(data, MAX_DEPTH)
    if deep is not None:
        raise SummaryError("checkin.err.damaged", path=path, field=".".join(str(p) for p in deep[:3]))
    return believed(read_history(data, today=day, event_date=event_date, path=path))


def read_plan(path: Path, today: date) -> tuple[str, date]:
    """The plan id and event date of a triage or check-in summary written as JSON; else a SummaryError."""
    plan, day, _ = read_plan_data(path, ("secondvictim/triage/", "secondvictim/checkin/"), "err.summary", today)
    return plan, day


def read_plan_data(
    path: Path, schemas: tuple[str, ...], error: str, today: date
) -> tuple[str, date, dict[str, Any]]:
    """The plan id, event date and whole document of a JSON file of one of these schemas; a
    SummaryError (`error`, said with the command's help) if it is not one, and if its event is
    after today."""
    from .guide.loader import read_text
    from .i18n import Key
    from .rules.followup import PLAN_ID

    try:
        text = read_text(path)
        if str(path) == "-" and not text.strip():
            raise SummaryError("checkin.err.empty_stdin")
        data = json.loads(text)
    except DataError as exc:
        problem = exc.problems[0]
        if problem.key in ("p.not_found", "p.permission"):
            raise SummaryError("err.summary_unreadable", path=path, reason=Key(problem.key), help_hint=True) from None
        # Too large, not UTF-8…: the reader's own words say which (attack run W5: a 10 MB stream
        # was "not a summary").
        raise SummaryError("checkin.err.unreadable", problem=problem) from None
    except ValueError:
        # Not JSON: not a document of the kind this command reads (`error` names it: a team plan
        # for team --previous, a triage or check-in summary for the others).
        raise SummaryError(error, path=path, help_hint=True) from None
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith(schemas):
        raise SummaryError(error, path=path, help_hint=True)
    plan, day = data.get("plan_id"), data.get("event_date")
    if not isinstance(plan, str) or not PLAN_ID.match(plan) or not isinstance(day, str):
        raise SummaryError(error, path=path, help_hint=True)
    try:
        event = date.fromisoformat(day)
    except ValueError:
        raise SummaryError(error, path=path, help_hint=True) from None
    if event > today:
        raise SummaryError("err.summary_ahead", path=path, date=event, help_hint=True)
    return plan, event, data
