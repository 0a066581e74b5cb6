"""The types of the guide's fields: ids, phone numbers, lines and texts in each language.

Each type validates what a data file may hold (a text that cannot garble a terminal, a number
that can be dialled, a slug for an id), written directly as a Pydantic core schema. `Model` is
the base of every model (guide/models.py); `tr` picks a text's language.

No `from __future__ import annotations` (see guide/models.py).
"""

import unicodedata
from collections.abc import Callable
from typing import Annotated, Any, get_args

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler
from pydantic_core import core_schema as cs

from ..i18n import hidden
from ..rules.choices import DEFAULT_LANG, Lang
from ..rules.hours import SPAN
from ..rules.phones import phone_problem

# A place in the data: the keys and indexes from the top of a file (`("resources", 3, "phone")`).
Loc = tuple[str | int, ...]


class KeyedValueError(ValueError):
    """A validation failure of ours, with the message key the loader reports it by."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _safe_text(text: str) -> str:
    """Refuse what could hide or garble text on a terminal: control characters (escape sequences,
    carriage returns, NUL), bidirectional overrides, and a text made only of invisible characters."""
    # The same test as the one that escapes names on screen (i18n.visible): what a data file
    # may hold is exactly what can be shown as it is.
    if hidden(text, newline=True):
        raise KeyedValueError("p.control")
    if not any(unicodedata.category(c)[0] not in "ZCM" and c not in _BLANK_LETTERS for c in text):
        raise KeyedValueError("p.invisible")
    return text


# Letters and symbols that print as nothing (Unicode's default-ignorable fillers and the blank
# braille pattern): a label made of them, or of them and combining marks alone, is invisible.
_BLANK_LETTERS = frozenset("\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")


class _Schema:
    """A field type's validation, written directly as a Pydantic core schema.

    Pydantic would otherwise work the schema out again from the annotations for each of the 115
    fields that use these few types, at every start (about 4 ms). `build` makes a fresh schema
    for each field; the validation and its error types are exactly those of the annotations
    given beside each type below.
    """

    def __init__(self, build: Callable[[], cs.CoreSchema]) -> None:
        self.build = build

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> cs.CoreSchema:
        return self.build()


def _line() -> cs.CoreSchema:
    # StringConstraints(strip_whitespace=True, min_length=1, max_length=2000), AfterValidator(_safe_text)
    return cs.no_info_after_validator_function(
        _safe_text, cs.str_schema(strip_whitespace=True, min_length=1, max_length=2000)
    )


def _not_empty(text: dict[Lang, str]) -> dict[Lang, str]:
    if not text:
        raise KeyedValueError("p.no_language")
    return text


def _text() -> cs.CoreSchema:
    # dict[Lang, Line], AfterValidator(_not_empty)
    languages = cs.literal_schema(list(get_args(Lang)))
    return cs.no_info_after_validator_function(_not_empty, cs.dict_schema(languages, _line()))


# Ids are slugs so they can be typed as options (`--sign withdrawal`) and referred to by an
# institution's own files.
Id = Annotated[str, _Schema(lambda: cs.str_schema(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60))]
def _dialable(phone: str) -> str:
    problem = phone_problem(phone)
    if problem:
        raise KeyedValueError(problem)
    return phone


# As dialled: digits in groups separated by single spaces, an optional leading "+"; a number that
# can be dialled from France (never one reserved for fiction, never an extension alone).
Phone = Annotated[
    str,
    _Schema(
        lambda: cs.no_info_after_validator_function(
            _dialable, cs.str_schema(pattern=r"^\+?[0-9]+( [0-9]+)*$", max_length=30)
        )
    ),
]
# One line or paragraph of text, trimmed, that cannot garble a terminal.
Line = Annotated[str, _Schema(_line)]
# A human-readable text: one version per language. The loader requires every language in the
# packaged guide; an institution may write only one, and the others fall back to it.
Text = Annotated[dict[Lang, str], _Schema(_text)]

# A span of opening hours: "24/7", or "mon-fri 08:30-17:30" (days, then 24-hour times; a span
# that ends before it starts runs overnight, "mon-sun 18:00-08:00").
Span = Annotated[str, _Schema(lambda: cs.str_schema(pattern=SPAN, max_length=40))]


def tr(text: dict[Lang, str], lang: Lang) -> str:
    """The text in `lang`, else in the default language, else in the one it has."""
    return text.get(lang) or text.get(DEFAULT_LANG) or next(iter(text.values()))


class Model(BaseModel):
    # A typo in a key is an error, not silence; loaded data is never changed afterwards.
    model_config = ConfigDict(extra="forbid", frozen=True)

