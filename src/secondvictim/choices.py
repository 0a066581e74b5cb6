"""The fixed answers of the triage. Kept apart from the models so that the CLI can declare its
options without importing Pydantic (start-up time)."""

import os
from enum import StrEnum
from typing import Literal

Lang = Literal["en", "fr"]
DEFAULT_LANG: Lang = "en"


class Role(StrEnum):
    """The professional's role. The CNOM helpline is for physicians and interns."""

    physician = "physician"
    intern = "intern"
    nurse = "nurse"
    midwife = "midwife"
    pharmacist = "pharmacist"
    other = "other"
    student = "student"
    unknown = "unknown"


class Internal(StrEnum):
    """Is the professional willing and able to use the institution's internal resources?"""

    yes = "yes"
    no = "no"
    unknown = "unknown"


class LangChoice(StrEnum):
    """The languages of the interface and the guide (the values of Lang)."""

    en = "en"
    fr = "fr"


LANGS: tuple[Lang, ...] = tuple(choice.value for choice in LangChoice)  # type: ignore[misc]


def detect_lang(argv: list[str], environ: dict[str, str] | os._Environ) -> Lang:
    """--lang in `argv`, else SECONDVICTIM_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en."""
    for index, arg in enumerate(argv):
        value = argv[index + 1] if arg == "--lang" and index + 1 < len(argv) else None
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in LANGS:
            return value  # type: ignore[return-value]
    if environ.get("SECONDVICTIM_LANG") in LANGS:
        return environ["SECONDVICTIM_LANG"]  # type: ignore[return-value]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        # The first one set decides, as POSIX has it: LC_ALL=C means C, whatever LANG says.
        if environ.get(name):
            return "fr" if environ[name].lower().startswith("fr") else DEFAULT_LANG
    return DEFAULT_LANG


class CardFormat(StrEnum):
    """Formats of the pocket card."""

    md = "md"
    html = "html"
    txt = "txt"


class SummaryFormat(StrEnum):
    """Formats of the triage summary file."""

    md = "md"
    html = "html"
    json = "json"


# File extensions that name a format, for -o / --output.
EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".txt": "txt", ".json": "json"}
