"""Whether a phone number can be dialled from France, by the shape of the French numbering plan.

A number in the data is what a manager dials in a crisis: one that rings nowhere (an example left
in place, a number reserved for fiction, an internal extension written as a number) is refused
when the data is read, never found out on the day.
"""

from __future__ import annotations

import re

# The blocks the numbering plan keeps for films, books and examples: they ring nowhere.
FICTION_BLOCKS = ("0199 00", "0261 91", "0353 01", "0465 71", "0536 49", "0639 98")
# Short numbers (the numbering plan's 1X, 1XX, 10XY, 116XYZ, 118XYZ and 3BPQ): 15, 112, 3114...
_SHORT = re.compile(r"^(1[0-9]{1,2}|10[0-9]{2}|11[68][0-9]{3}|3[0-9]{3})$")
# E.164: a country code and a number, at most 15 digits in all.
_INTERNATIONAL = re.compile(r"^[1-9][0-9]{6,14}$")


def _fiction(national: str) -> bool:
    return any(national.startswith(block.replace(" ", "")) for block in FICTION_BLOCKS)


def phone_problem(phone: str) -> str | None:
    """Why `phone` cannot be dialled from France, as a message key; None when it can."""
    digits = phone.replace(" ", "")
    if digits.startswith("+") or digits.startswith("00"):
        international = digits.removeprefix("+") if digits.startswith("+") else digits[2:]
        if international.startswith("33"):
            digits = "0" + international[2:]
        else:
            return None if _INTERNATIONAL.match(international) else "p.phone_not_dialable"
    if digits.startswith("0"):
        if len(digits) != 10 or digits[1] == "0":
            return "p.phone_not_dialable"
        return "p.phone_fiction" if _fiction(digits) else None
    return None if _SHORT.match(digits) else "p.phone_not_dialable"
