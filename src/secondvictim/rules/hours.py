"""Whether a contact is open at a given moment, from the hours an institution gives it.

Pure functions, no clock: the caller passes the moment. An institution writes a contact's hours as
`open: ["mon-fri 08:30-17:30", "sat 09:00-12:00"]`, or `open: ["24/7"]`; see data/resources.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, time

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY = "|".join(DAYS)
# One span of opening hours: "24/7", or days and times, as the Resource model checks them.
_TIME = "([01][0-9]|2[0-3]):[0-5][0-9]"
SPAN = rf"^(24/7|({_DAY})(-({_DAY}))? {_TIME}-({_TIME}|24:00))$"
_PARTS = re.compile(rf"^({_DAY})(?:-({_DAY}))? (\d\d):(\d\d)-(\d\d):(\d\d)$")
# Office hours, when occupational medicine has none of its own: weekdays 08:00 to 18:00, not on a
# public holiday. Outside them, the decision says what to do at night, at weekends, on holidays.
OFFICE = ("mon-fri 08:00-18:00",)


def _in_span(span: str, when: datetime) -> bool:
    if span == "24/7":
        return True
    match = _PARTS.match(span)
    if match is None:
        return False
    first = DAYS.index(match[1])
    last = DAYS.index(match[2]) if match[2] else first
    day = when.weekday()
    on_day = first <= day <= last if first <= last else day >= first or day <= last
    start = time(int(match[3]), int(match[4]))
    end_h, end_m = int(match[5]), int(match[6])
    clock = when.time()
    if end_h == 24:
        return on_day and clock >= start
    end = time(end_h, end_m)
    if start <= end:
        return on_day and start <= clock < end
    # Overnight ("mon-fri 20:00-08:00"): from the evening of a listed day to the next morning.
    yesterday = (day - 1) % 7
    on_yesterday = first <= yesterday <= last if first <= last else yesterday >= first or yesterday <= last
    return (on_day and clock >= start) or (on_yesterday and clock < end)


def is_open(spans: Iterable[str] | None, when: datetime) -> bool | None:
    """True or False from the spans given; None when no hours are known."""
    if spans is None:
        return None
    return any(_in_span(span, when) for span in spans)


def office_open(spans: Iterable[str] | None, when: datetime) -> bool:
    """Whether a contact with these hours (or office hours, when none are given) is open now; a
    public holiday closes office hours."""
    known = is_open(spans, when)
    if known is not None:
        return known
    from .followup import day_off

    return day_off(when.date()) != "holiday" and bool(is_open(OFFICE, when))
