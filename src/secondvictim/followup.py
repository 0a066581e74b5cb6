"""Follow-up dates, counted from the event. No identity goes into them."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from .models import FollowupStep, Guide

SATURDAY, SUNDAY = 5, 6
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
