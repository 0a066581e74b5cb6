"""Lines that fit the terminal: one wrapping function for everything the program prints.

No line is wider than the terminal (capped at 100 columns, for reading), and no word, phone number
or "24/7" is ever split. Kept apart from the renderers so that messages can use it without
importing the guide's models.
"""

from __future__ import annotations

import re
import textwrap

MAX_WIDTH = 100
MIN_WIDTH = 20

# Spans that a line break must never cut: phone numbers ("0805 23 23 36"), "24/7", "24 h/24", and a
# date's day, month and year ("27 mars 2026", "1er décembre 2026").
_WHOLE = re.compile(r"\+?\d+(?: \d+)+|\d+ ?[hj]?/\d+|\b\d{1,2}(?:er)? [^\W\d_]+ \d{4}\b")
_GLUE = "\x1f"  # stands for a space inside such a span while wrapping: not a break for textwrap


def line_width(columns: int) -> int:
    """The width to lay out for on a terminal of `columns` columns: at most 100, at least 20."""
    return max(MIN_WIDTH, min(columns, MAX_WIDTH))


def display_width(text: str) -> int:
    """The columns `text` takes on a terminal: nothing for a zero-width character (a joiner, a
    combining mark, a format or control character), two for a wide one (CJK)."""
    import unicodedata

    width = 0
    for char in text:
        if unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc") or "\u1160" <= char <= "\u11ff":
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


MIN_HEIGHT, MAX_HEIGHT = 10, 500


def screen_height(lines: int) -> int:
    """A terminal's height of `lines`, within sane bounds: 0, negative or absurd is not one."""
    return max(MIN_HEIGHT, min(lines, MAX_HEIGHT))


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """`text` in lines of at most `width` columns, starting with `first`, then indented by `rest`."""
    glued = _WHOLE.sub(lambda m: m.group().replace(" ", _GLUE), text)
    lines = textwrap.wrap(
        glued,
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace(_GLUE, " ") for line in lines] or [first.rstrip()]


def fit(text: str, width: int) -> str:
    """A message, each of its lines wrapped to `width` columns."""
    return "\n".join(wrapped for line in text.split("\n") for wrapped in wrap(line, width))
