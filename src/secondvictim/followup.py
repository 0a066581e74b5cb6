"""Follow-up dates, counted from the event. No identity goes into them."""

from __future__ import annotations

from datetime import date, timedelta

from .models import FollowupStep, Guide


def followup_dates(guide: Guide, event_date: date) -> list[tuple[FollowupStep, date]]:
    """Each follow-up step with the day it is due, counted from the event."""
    return [(step, event_date + timedelta(days=step.day)) for step in guide.followup]
