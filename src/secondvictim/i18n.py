"""The interface language: looking up a message by its key, plurals, and French typography.

Every word the program prints goes through `t` or `plural`, with a key written as a literal at
the call site (never built at run time), so that a test can check every key used exists in both
languages and no key is dead. The words themselves are in `strings/`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePath

from .rules.choices import DEFAULT_LANG, Lang
from .strings import STRINGS


class Key(str):
    """A message key given as a value of another message: translated when the message is."""


def _lookup(key: str, lang: Lang) -> str | dict[str, str]:
    table = STRINGS.get(lang, STRINGS[DEFAULT_LANG])
    return table.get(key) or STRINGS[DEFAULT_LANG][key]


# What could act on a terminal or hide text there: the C0 and C1 controls (escape sequences,
# carriage returns, NUL), bidirectional overrides and isolates (they reorder what follows them)
# and lone surrogates (the bytes of a file name that were not UTF-8, as Python escapes them).
# One regular expression: the guide's texts are checked whole, not character by character.
_HIDDEN = r"\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_HIDDEN_KEEPING_LINES = re.compile(f"[{_HIDDEN}]")
_HIDDEN_WITH_LINES = re.compile(f"[\\n{_HIDDEN}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (a file name), as Python escaped it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def hidden_characters(*, newline: bool) -> re.Pattern[str]:
    """What `visible` escapes: the characters that could act on a terminal or hide text there
    (a line break too unless `newline`)."""
    return _HIDDEN_KEEPING_LINES if newline else _HIDDEN_WITH_LINES


def hidden(text: str, *, newline: bool) -> bool:
    """Whether `text` holds a character that could act on a terminal or hide text there."""
    return hidden_characters(newline=newline).search(text) is not None


def visible(value: object, *, newline: bool = False) -> str:
    """`value` as text that cannot act on a terminal: control characters (escape sequences,
    carriage returns, NUL), bidirectional overrides and undecodable bytes shown as escapes.

    Every name or value that comes from outside (a file name, a key or an id read from a file,
    an option typed by the user) goes through here before it reaches the screen. `newline`
    keeps line breaks, for the guide's own texts.
    """
    return hidden_characters(newline=newline).sub(_escape, str(value))


def _shown(value: object, lang: Lang) -> object:
    """A message's value as shown: a key translated, a text or path made harmless, a date in words,
    a text of the guide in the user's language."""
    if isinstance(value, Key):
        return t(value, lang)
    if isinstance(value, str | PurePath):
        return visible(value, newline=True)
    if isinstance(value, date):
        return long_date(value, lang)
    if isinstance(value, dict) and value:
        # A text of the guide in each language (a label): the user's.
        return visible(value.get(lang) or next(iter(value.values())), newline=True)
    return value


def _filled(values: dict[str, object], lang: Lang) -> dict[str, object]:
    return {name: _shown(value, lang) for name, value in values.items()}


def t(key: str, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The message `key` in `lang` (falling back to the default language), filled with `values`."""
    text = _lookup(key, lang)
    if isinstance(text, dict):
        raise TypeError(f"{key} is a plural message: use plural()")
    if not values:
        return text
    return text.format(**_filled(values, lang))


def plural_form(count: int, lang: Lang) -> str:
    """The CLDR plural category of `count`: French treats 0 and 1 as singular, English only 1."""
    if lang == "fr":
        return "one" if count in (0, 1) else "other"
    return "one" if count == 1 else "other"


def plural(key: str, number: int, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The form of the message `key` that agrees with `number`."""
    forms = _lookup(key, lang)
    if not isinstance(forms, dict):
        raise TypeError(f"{key} is not a plural message: use t()")
    return forms[plural_form(number, lang)].format(**_filled(values, lang))


class _Unfilled(dict[str, object]):
    """A message's values, where one the message names but was not given shows as its name."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def message(key: str, lang: Lang = DEFAULT_LANG, **values: object) -> str:
    """The message `key` whatever its kind, for a message about a problem: it can never fail.

    A plural message agrees with the value `count`. This is what reports a problem; were it to
    fail (a plural message asked with `t`, a value missing or of another type than the text
    expects), the report would become a crash in its turn, and a crisis screen would show a
    traceback instead of the packaged guide. Every key is rendered with every form in a test;
    what cannot be filled is left as written rather than raised.
    """
    try:
        text = _lookup(key, lang)
    except KeyError:
        return key
    if isinstance(text, dict):
        count = values.get("count")
        form = plural_form(count, lang) if isinstance(count, int) else "other"
        text = text.get(form) or next(iter(text.values()))
    try:
        return text.format_map(_Unfilled(_filled(values, lang)))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return text


_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
}


def long_date(day: date, lang: Lang) -> str:
    """A date in words, with the weekday: « vendredi 27 mars 2026 », "Friday 27 March 2026"."""
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{_WEEKDAYS[lang][day.weekday()]} {number} {_MONTHS[lang][day.month - 1]} {day.year}"


def sentence_start(text: str) -> str:
    """A text that starts a sentence starts with a capital (« Mercredi 25 novembre… »)."""
    return text[:1].upper() + text[1:]


def mid_sentence(text: str) -> str:
    """A text that goes on a sentence (after a comma) starts in lower case, unless its first word
    is an acronym (« SAMU »)."""
    if text[:1].isupper() and not text[1:2].isupper():
        return text[0].lower() + text[1:]
    return text


def after_colon(text: str, lang: Lang) -> str:
    """A text that follows a colon: in French it starts in lower case (« Pour : tous les… »),
    unless its first word is an acronym (« SAMU »)."""
    return mid_sentence(text) if lang == "fr" else text


NBSP = "\u00a0"  # before « : » and in « 24 h/24 »
NNBSP = "\u202f"  # narrow: before « ; ? ! » and inside guillemets

_FRENCH_SPACES = [
    (re.compile(r"[ \u00a0\u202f]+:(?=\s|$)"), NBSP + ":"),
    (re.compile(r"[ \u00a0\u202f]+([;?!])"), NNBSP + r"\1"),
    (re.compile(r"«[ \u00a0\u202f]*"), "«" + NNBSP),
    (re.compile(r"[ \u00a0\u202f]*»"), NNBSP + "»"),
    # Numbers and their units stay together: « 24 h/24 », « 7 j/7 », « 15 h », « 3 jours ».
    (re.compile(r"(\d) (h|j|min|jours?|heures?|mois|semaines?|ans?)\b"), r"\1" + NBSP + r"\2"),
]


def typeset(text: str, lang: Lang) -> str:
    """French typography: no line may start with « : » or « ; », and « 24 h/24 » never splits.

    Applied by every renderer to every text, the institution's included, so that the data can be
    written with ordinary spaces.
    """
    if lang != "fr":
        return text
    for pattern, replacement in _FRENCH_SPACES:
        text = pattern.sub(replacement, text)
    return text
