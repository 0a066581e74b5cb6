"""The follow-up plan as an iCalendar file of reminders. No identity goes into it."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from .choices import Lang
from .followup import followup_dates
from .i18n import t
from .models import Guide, tr


def calendar(guide: Guide, event_date: date, lang: Lang, now: datetime | None = None) -> bytes:
    """An iCalendar file with one all-day event per follow-up step.

    All-day events carry a date, not a time: they land on the right day in any time zone and
    across a daylight-saving change.
    """
    import icalendar

    stamp = now or datetime.now(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//secondvictim//follow-up reminders//" + lang.upper())
    cal.add("version", "2.0")
    key_message = t("quoted", lang, text=tr(guide.key_message, lang))
    for step, due in followup_dates(guide, event_date):
        event = icalendar.Event()
        event.add("uid", f"{uuid.uuid4()}@secondvictim")
        event.add("dtstamp", stamp)
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(days=1))
        event.add("summary", t("ics.summary", lang, title=tr(step.title, lang)))
        event.add(
            "description",
            t(
                "ics.description",
                lang,
                when=tr(step.when, lang),
                what=tr(step.what, lang),
                message=key_message,
            ),
        )
        cal.add_component(event)
    return bytes(cal.to_ical())
