"""The follow-up plan as an iCalendar file of reminders. No identity goes into it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from .choices import Lang
from .followup import Reminder, is_weekend
from .i18n import long_date, t
from .models import Guide, tr

# The morning alarm of an all-day reminder, unless --alarm-time says otherwise.
DEFAULT_ALARM = time(8, 30)


def uid(plan: str, step_id: str) -> str:
    """Stable for one plan (importing it again updates the events), distinct between plans."""
    return f"{plan}-{step_id}@secondvictim"


def calendar(
    guide: Guide,
    reminders: list[Reminder],
    lang: Lang,
    *,
    plan: str,
    alarm: time = DEFAULT_ALARM,
    now: datetime | None = None,
) -> bytes:
    """An iCalendar file with one all-day event per follow-up step, each with a display alarm.

    All-day events carry a date, not a time: they land on the right day in any time zone and
    across a daylight-saving change. The alarm is relative to the start of that day (08:30 is
    PT8H30M), so it rings in the morning wherever the calendar is. Every event is private (on a
    shared calendar, colleagues see only "busy" or nothing) and transparent (the day is not
    blocked as busy).
    """
    import icalendar

    stamp = now or datetime.now(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//secondvictim//follow-up reminders//" + lang.upper())
    cal.add("version", "2.0")
    key_message = t("quoted", lang, text=tr(guide.key_message, lang))
    for reminder in reminders:
        step, day = reminder.step, reminder.day
        when = long_date(day, lang)
        summary = t("ics.summary", lang, title=tr(step.title, lang), date=when)
        notes = []
        if is_weekend(day):
            notes.append(t("ics.weekend", lang, date=when))
        if reminder.moved:
            notes.append(t("ics.moved", lang, due=long_date(reminder.due, lang)))
        description = t(
            "ics.description",
            lang,
            date=when,
            when=tr(step.when, lang),
            what=tr(step.what, lang),
            message=key_message,
        )
        if notes:
            description = " ".join(notes) + "\n\n" + description
        event = icalendar.Event()
        event.add("uid", uid(plan, step.id))
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", description)
        event.add("class", "PRIVATE")
        event.add("transp", "TRANSPARENT")
        alert = icalendar.Alarm()
        alert.add("action", "DISPLAY")
        alert.add("description", summary)
        alert.add("trigger", timedelta(hours=alarm.hour, minutes=alarm.minute), parameters={"RELATED": "START"})
        event.add_component(alert)
        cal.add_component(event)
    return bytes(cal.to_ical())
