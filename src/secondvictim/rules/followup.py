"""Follow-up dates, counted from the event. No identity goes into them."""

from __future__ import annotations

import functools
import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..guide.models import FollowupStep, Guide, tr
from .choices import LANGS

if TYPE_CHECKING:
    from .checkin import CheckinResult

SATURDAY, SUNDAY = 5, 6
# A follow-up step's day is counted within a year of the event.
MAX_DAY = 365
# The contacts due within 48 hours of the event (day 1 or 2) stay within them.
EARLY_DAYS = 2
# A plan's id: random, so that two plans never share their reminders' UIDs, and meaningless, so
# that it says nothing about the person.
PLAN_ID = re.compile(r"^[0-9a-f]{32}$")


def new_plan_id() -> str:
    return uuid.uuid4().hex


def plan_after_red_flag(guide: Guide) -> Guide:
    """The guide with the follow-up plan after a red flag: every reminder's title says it, the
    contacts with their own wording after a red flag (the same shift, the 24-48 hour contact, day
    30) take it, and every other contact after the day of the event first checks that the
    specialised support is in place and asks again about dark thoughts."""
    after = guide.after_red_flag
    own = {step.id: step.what for step in after.steps}

    def variant(step: FollowupStep) -> FollowupStep:
        title = {lang: f"{text} {tr(after.title, lang)}" for lang, text in step.title.items()}
        if step.id in own:
            what = own[step.id]
        elif step.day > 0:
            what = {lang: f"{tr(after.text, lang)} {text}" for lang, text in step.what.items()}
        else:
            what = step.what
        return step.model_copy(update={"title": title, "what": what})

    return guide.model_copy(update={"followup": tuple(variant(step) for step in guide.followup)})


def followup_dates(guide: Guide, event_date: date) -> list[tuple[FollowupStep, date]]:
    """Each follow-up step with the day it is due, counted from the event."""
    return [(step, event_date + timedelta(days=step.day)) for step in guide.followup]


def easter(year: int) -> date:
    """Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


@functools.cache
def public_holidays(year: int) -> frozenset[date]:
    """France's eleven public holidays (Code du travail, L3133-1). Alsace and Moselle add Good
    Friday and 26 December, which are not counted here."""
    sunday = easter(year)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    movable = [sunday + timedelta(days=n) for n in (1, 39, 50)]  # Easter Monday, Ascension, Whit Monday
    return frozenset([date(year, month, day) for month, day in fixed] + movable)


def day_off(day: date) -> str | None:
    """"weekend" or "holiday" (a French public holiday) when `day` is not a working day, else None."""
    if day.weekday() in (SATURDAY, SUNDAY):
        return "weekend"
    return "holiday" if day in public_holidays(day.year) else None


def working_day_near(due: date, after: date | None, latest: date | None = None) -> date:
    """The working day nearest to `due` (the earlier one when two are as near), later than
    `after` and not later than `latest`; `due` itself when there is none. A Saturday's contact
    moves to the Friday, a Sunday's to the Monday, Christmas on a Friday to the Thursday."""
    for distance in range(1, 15):
        earlier, later = due - timedelta(days=distance), due + timedelta(days=distance)
        if day_off(earlier) is None and (after is None or earlier > after):
            return earlier
        if latest is not None and later > latest:
            return due
        if day_off(later) is None:
            return later
    return due  # not reached: no two weeks without a working day


@dataclass(frozen=True)
class Reminder:
    step: FollowupStep
    due: date  # counted from the event
    day: date  # when the reminder is set: `due`, or the working day it was moved to

    @property
    def moved(self) -> bool:
        return self.day != self.due


def _working_day_around(day: date, moment: str, *, not_before: date) -> date:
    """`day` if it is a working day; else, for a contact before a step, the working day before it
    (never earlier than `not_before`: then `day` stays), and after a step, the one after it."""
    step = timedelta(days=-1 if moment == "before" else 1)
    moved = day
    while day_off(moved):
        moved += step
        if moved < not_before:
            return day
    return moved


def reminders(guide: Guide, event_date: date, *, workdays: bool = False) -> list[Reminder]:
    """The follow-up steps with their dates; with `workdays`, a step due on a weekend or a public
    holiday moves to the nearest working day that comes after the previous contact (a 24-48 h
    check-in after a Friday event is not moved back to the same day, nor past the 48 hours).
    The same-shift contact is never moved: it is the day of the event, whatever day that is."""
    out: list[Reminder] = []
    previous: date | None = None
    for step, due in followup_dates(guide, event_date):
        day = due
        if workdays and step.day > 0 and day_off(due):
            # A contact due within 48 hours never moves past them: with no working day in
            # time (a Friday event), it stays on its weekend day, which the plan says.
            latest = event_date + timedelta(days=EARLY_DAYS) if step.day <= EARLY_DAYS else None
            day = working_day_near(due, previous, latest)
        out.append(Reminder(step, due, day))
        previous = day
    return out


def checkin_reminders(guide: Guide, result: CheckinResult, *, workdays: bool = False) -> list[Reminder]:
    """After a check-in: the planned reminders still to come, and a reminder for each contact
    around a dated step of the event's processes (the day before it, the day after it), with what
    to say about it. Each has an id of its own in the plan, so that its calendar UID is stable.
    With `workdays`, the planned reminders move off weekends and public holidays, and a contact
    around a step to the working day before it (not before today) or after it."""
    from ..guide.models import tr
    from ..i18n import t

    wanted = set(result.followup)
    planned = [r for r in reminders(guide, result.event_date, workdays=workdays) if r.step.id in wanted]
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
        on = contact.on
        if workdays:
            on = _working_day_around(contact.on, contact.moment, not_before=result.date)
        around.append(Reminder(reminder_step, contact.on, on))
    return sorted(planned + around, key=lambda r: r.day)
