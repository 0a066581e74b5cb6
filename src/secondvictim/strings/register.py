"""A triage's summary marks the follow-up steps already past; the « tu » forms of the opener and
of the peer offer (issue 27, review L29 and L10)."""

from __future__ import annotations

from . import Table

EN: Table = {
    # Review L29: an event days ago; its first steps are listed with their past dates, marked.
    "followup.past": "(already past) {item}",
    # Review L10: the « tu » form after the words, where the language has one (French).
    "words.informal_after": "{text} {label} {words}",
    "ics.message_informal": "{message}\n{label} {words}",
}

FR: Table = {
    "followup.past": "(date passée) {item}",
    "words.informal_after": "{text} {label} {words}",
    "ics.message_informal": "{message}\n{label} {words}",
}
