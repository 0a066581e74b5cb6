"""Every interface string (questions, headings, labels, messages), in both languages, by concern.

The guide's content lives in data/; these are the words of the program around it. Each module
holds one concern's words, in English (EN) and in French (FR); STRINGS gathers them by language.
"""

from __future__ import annotations

from ..rules.choices import Lang

# A value is a message, or for a count a mapping of plural forms ("one", "other").
Table = dict[str, str | dict[str, str]]

from . import (  # noqa: E402  (they use Table)
    card,
    checkin,
    cli,
    data,
    examples,
    formats,
    guide,
    handout,
    help,
    keeping,
    kept,
    level3,
    page_sheets,
    practice,
    register,
    team,
)

_MODULES = (guide, checkin, team, practice, data, cli, help, examples, formats, handout, card, level3, keeping, kept, page_sheets, register)

STRINGS: dict[Lang, Table] = {
    "en": {key: value for module in _MODULES for key, value in module.EN.items()},
    "fr": {key: value for module in _MODULES for key, value in module.FR.items()},
}
