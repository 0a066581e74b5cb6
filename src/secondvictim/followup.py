"""Follow-up dates, counted from the event. No identity goes into them."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .choices import LANGS
from .models import FollowupStep, Guide

if TYPE_CHECKING:
    from .checkin import CheckinResult

SATURDAY, SUNDAY = 5, 6
# A follow-up step's day is counted within a year of the event.
MAX_DAY = 365
# A plan's id: random, so that two plans never share their reminders' UIDs, and meaningless, so
# that it says nothing about the person.
PLAN_ID = re.compile(r"^[0-9a-f]{32}$")


def new_plan_id() -> str:
    return uuid.uuid4().hex


def followup_dates(guide: Guide, event_date: date) -> list[tuple[FollowupStep, date]]:
    """Each follow-up step with the day it is due, counted from the event."""
    return [(step, event_date + timedelta(days=step.day)) for step in guide.followup]


def is_weekend(day: date) -> bool:
    return day.weekday() in (SATURDAY, SUNDAY)


@dataclass(frozen=True)
class Reminder:
    step: FollowupStep
    due: date  # counted from the event
    day: date  # when the reminder is set: `due`, or the working day it was moved to

    @property
    def moved(self) -> bool:
        return self.day != self.due


def reminders(guide: Guide, event_date: date, *, workdays: bool = False) -> list[Reminder]:
    """The follow-up steps with their dates; with `workdays`, a step due on a weekend moves to a
    working day: the Friday before for a Saturday, the Monday after for a Sunday, and the Monday
    when the Friday would not come after the previous contact (a 24-48 h check-in after a Friday
    event is not moved back to the same day). The same-shift contact is never moved: it is the
    day of the event, whatever day that is."""
    out: list[Reminder] = []
    previous: date | None = None
    for step, due in followup_dates(guide, event_date):
        day = due
        if workdays and step.day > 0 and is_weekend(due):
            friday = due - timedelta(days=due.weekday() - 4)
            monday = due + timedelta(days=7 - due.weekday())
            earlier_ok = previous is None or friday > previous
            day = friday if due.weekday() == SATURDAY and earlier_ok else monday
        out.append(Reminder(step, due, day))
        previous = day
    return out


def checkin_reminders(guide: Guide, result: CheckinResult) -> list[Reminder]:
    """After a check-in: the planned reminders still to come, and a reminder for each contact
    around a dated step of the event's processes (the day before it, the day after it), with what
    to say about it. Each has an id of its own in the plan, so that its calendar UID is stable."""
    from .i18n import t
    from .models import tr

    planned = [r for r in reminders(guide, result.event_date) if r.step.id in result.followup]
    steps = {s.id: s for s in guide.process_steps}
    around = []
    for contact in result.step_contacts:
        day = (contact.on - result.event_date).days if contact.on else None
        if contact.on is None or day is None or not 0 <= day <= MAX_DAY or contact.step not in steps:
            continue
        step = steps[contact.step]
        key = "checkin.ics_before" if contact.moment == "before" else "checkin.ics_after"
        title = {lang: t(key, lang, step=tr(step.label, lang)) for lang in LANGS}
        what = {lang: f"{tr(step.say, lang)} {tr(guide.process_note.text, lang)}" for lang in LANGS}
        reminder_step = FollowupStep(id=f"{step.id}-{contact.moment}", day=day, title=title, when=title, what=what)
        around.append(Reminder(reminder_step, contact.on, contact.on))
    return sorted(planned + around, key=lambda r: r.day)
