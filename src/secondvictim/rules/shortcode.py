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
    label = " ".join(given.split())
    if len(label) > LABEL_MAX or any(not c.isprintable() for c in given if c not in " \t"):
        raise UsageError("keep.err.label", max=LABEL_MAX)
    return label
