"""A plan's short code: four characters drawn from its random id, that a manager following several
colleagues at once reads and says ("plan K7F2, day 3") to tell their plans apart.

The code says nothing about the person: it is a function of the plan's id alone, which is random.
Its alphabet leaves out the characters read one for another (I and 1, O and 0), so that a code
copied from a calendar title is typed back right.
"""

from __future__ import annotations

from datetime import date

from ..errors import UsageError

# 32 characters: the digits 2 to 9 and the capital letters but I and O.
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
LENGTH = 4
# A label is a short reminder of the manager's own, on one line.
LABEL_MAX = 60
# What ends a line (str.splitlines): a label holding one is on several lines.
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def short_code(plan_id: str) -> str:
    """The four-character code of a plan id (32 hexadecimal digits): 20 of its random bits."""
    value = int(plan_id, 16)
    letters = []
    for _ in range(LENGTH):
        value, index = divmod(value, len(ALPHABET))
        letters.append(ALPHABET[index])
    return "".join(letters)


def summary_name(day: date, code: str) -> str:
    """The default name of a plan's summary file: the day it is written and the plan's code."""
    return f"secondvictim-{day.isoformat()}-{code}.json"


def label_of(given: str | None) -> str | None:
    """The manager's --label, trimmed (None when empty); a UsageError if it is not one short line."""
    if given is None or not given.strip():
        return None
    if any(c in LINE_BREAKS for c in given):
        raise UsageError("keep.err.label_lines")
    # Spaces of every kind (a tab, a no-break space) are one space; other invisible characters
    # (an escape pasted with the text) are named.
    control = next((c for c in given if not c.isprintable() and not c.isspace()), None)
    if control is not None:
        raise UsageError("keep.err.label_control", code=f"U+{ord(control):04X}")
    label = " ".join(given.split())
    if len(label) > LABEL_MAX:
        raise UsageError("keep.err.label", length=len(label), max=LABEL_MAX)
    return label
