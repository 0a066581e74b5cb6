"""Calendar reminders as iCalendar files: the follow-up plan, and the team plan. No identity goes
into them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from ..guide.models import Guide, tr
from ..i18n import after_colon, long_date, mid_sentence, sentence_start, t, typeset
from ..rules.choices import DEFAULT_ALARM, Lang
from ..rules.followup import Reminder, day_off
from ..rules.shortcode import short_code

if TYPE_CHECKING:
    import icalendar

    from ..rules.team import TeamPlan

# One reminder: its UID, its day, its title and its text.
Entry = tuple[str, date, str, str]

# SEQUENCE counts the revisions of an event: a re-issued plan (same UIDs) must carry a higher one,
# or calendars that follow RFC 5545 keep the old copy. Nothing is stored between runs, so it is
# the seconds elapsed since this epoch when the file is written: every later issue is higher
# (it stays within the 32-bit integers that calendars use until 2094).
SEQUENCE_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def sequence(stamp: datetime) -> int:
    return max(0, int((stamp - SEQUENCE_EPOCH).total_seconds()))


def uid(plan: str, step_id: str) -> str:
    """Stable for one plan (importing it again updates the events), distinct between plans."""
    return f"{plan}-{step_id}@secondvictim"


# A reminder is a short timed event at the alarm time, and its alarm rings at its start.
REMINDER_LENGTH = timedelta(minutes=15)


def _alarm_at_start(summary: str) -> icalendar.Alarm:
    """A display alarm at the very start of its event: `TRIGGER;RELATED=START:PT0M`, the form the
    clients write themselves for "at the time of the event" (a zero written P0D is valid too, but
    rarer)."""
    import icalendar

    class AtStart(icalendar.vDuration):
        def to_ical(self) -> bytes:
            return b"PT0M"

    alert = icalendar.Alarm()
    alert.add("action", "DISPLAY")
    alert.add("description", summary)
    trigger = AtStart(timedelta(0))
    trigger.params["RELATED"] = "START"
    alert["TRIGGER"] = trigger
    return alert


def reminders_calendar(
    entries: list[Entry], lang: Lang, name: str, *, alarm: time = DEFAULT_ALARM, now: datetime
) -> bytes:
    """An iCalendar file with one short timed event per entry, each with a display alarm at its
    start.

    The event starts on its day at the alarm time (08:30 unless --alarm-time) and lasts 15
    minutes, in floating local time (no time zone): it rings at 08:30 wherever the calendar is,
    across a daylight-saving change too. An alarm at the start of a timed event is the one form
    that Outlook, Apple Calendar and Thunderbird all ring as written, and Google Calendar, which
    drops a file's alarms, rings its default notifications before a timed event (README,
    "What the calendars do"). Every event is private (on a shared calendar, colleagues see only
    "busy" or nothing) and transparent (the time is not blocked as busy).
    """
    import icalendar

    stamp = now
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//secondvictim//{name}//" + lang.upper())
    cal.add("version", "2.0")
    for event_uid, day, raw_summary, raw_description in entries:
        # French typography in the calendar too (« : » with its non-breaking space).
        summary, description = typeset(raw_summary, lang), typeset(raw_description, lang)
        start = datetime.combine(day, alarm)
        event = icalendar.Event()
        event.add("uid", event_uid)
        event.add("dtstamp", stamp)
        event.add("sequence", sequence(stamp))
        event.add("dtstart", start)
        event.add("dtend", start + REMINDER_LENGTH)
        event.add("summary", summary)
        event.add("description", description)
        event.add("class", "PRIVATE")
        event.add("transp", "TRANSPARENT")
        event.add_component(_alarm_at_start(summary))
        cal.add_component(event)
    return bytes(cal.to_ical())


def labelled(description: str, label: str | None, lang: Lang) -> str:
    """A reminder's text, after the manager's label when there is one (in the file only)."""
    return t("keep.ics_label", lang, label=label) + "\n\n" + description if label else description


def calendar(
    guide: Guide,
    reminders: list[Reminder],
    lang: Lang,
    *,
    plan: str,
    alarm: time = DEFAULT_ALARM,
    now: datetime,
    label: str | None = None,
) -> bytes:
    """One reminder per follow-up step, its title with the plan's short code (several colleagues
    followed at once have different titles)."""
    code = short_code(plan)
    key_message = t("quoted", lang, text=tr(guide.key_message, lang))
    informal = tr(guide.key_message_informal, lang) if guide.key_message_informal else None
    if informal and informal != tr(guide.key_message, lang):
        # Review L10: the « tu » form too, as every other output of the key message shows it.
        words = t("quoted", lang, text=informal)
        key_message = t("ics.message_informal", lang, message=key_message, label=t("key.informal", lang), words=words)
    entries: list[Entry] = []
    for reminder in reminders:
        step, day = reminder.step, reminder.day
        when = long_date(day, lang)
        summary = t("ics.summary", lang, code=code, title=tr(step.title, lang), date=when)
        notes = []
        off = day_off(day)
        if off:
            notes.append(t("ics.weekend" if off == "weekend" else "ics.holiday", lang, date=when))
        if reminder.moved:
            key = "ics.moved_holiday" if day_off(reminder.due) == "holiday" else "ics.moved"
            notes.append(t(key, lang, due=long_date(reminder.due, lang)))
        description = t(
            "ics.description",
            lang,
            date=sentence_start(when),
            when=mid_sentence(tr(step.when, lang)),
            what=after_colon(tr(step.what, lang), lang),
            message=key_message,
        )
        if notes:
            description = " ".join(notes) + "\n\n" + description
        entries.append((uid(plan, step.id), day, summary, labelled(description, label, lang)))
    return reminders_calendar(entries, lang, "follow-up reminders", alarm=alarm, now=now)


def team_calendar(
    guide: Guide, team: TeamPlan, lang: Lang, *, plan: str, alarm: time, now: datetime, label: str | None = None
) -> bytes:
    """One reminder per dated step of the team plan. A window (the team reflection) is reminded on
    its first day, and its text says until when."""
    from ..commands.team_view import marked_date
    from ..rules.team import team_command

    steps = {s.id: s for s in guide.team.steps}
    entries: list[Entry] = []
    for planned in team.steps:
        step = steps[planned.id]
        when = long_date(planned.date, lang)
        what = tr(step.what, lang)
        if planned.until is not None:
            what += " " + t("team.ics_until", lang, date=marked_date(planned.until, lang))
        description = t(
            "team.ics_description",
            lang,
            date=sentence_start(when),
            when=mid_sentence(tr(step.when, lang)),
            what=after_colon(what, lang),
            command=team_command(team, lang),
        )
        off = day_off(planned.date) if planned.day > 0 else None
        if off:
            key = "team.ics_weekend" if off == "weekend" else "team.ics_holiday"
            description = t(key, lang, date=when) + "\n\n" + description
        summary = t("team.ics_summary", lang, code=short_code(plan), title=tr(step.title, lang), date=when)
        entries.append((uid(plan, f"team-{step.id}"), planned.date, summary, labelled(description, label, lang)))
    return reminders_calendar(entries, lang, "team plan", alarm=alarm, now=now)
