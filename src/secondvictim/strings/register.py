"""A triage's summary marks the follow-up steps already past; the « tu » forms of the opener and
of the peer offer (issue 27, review L29 and L10)."""

from __future__ import annotations

from . import Table

EN: Table = {
    # Review L29: an event days ago; its first steps are listed with their past dates, marked.
    "followup.past": "(already past) {item}",
}

FR: Table = {
    "followup.past": "(date passée) {item}",
}
