"""JSON documents for `--json`: the envelope and the shapes every document shares.

Every JSON document is an object that names its shape and version (`schema`) and its language
(`lang`); each shape is described by a JSON Schema shipped in `schemas/` (`secondvictim schema
NAME`). One concept has one shape in every document: a resource, a follow-up step, a warning."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..guide.models import Resource, Sign, Situation, tr
from ..i18n import hidden_characters, long_date, typeset
from ..rules.choices import Lang

if TYPE_CHECKING:
    from ..rules.followup import Reminder


# The version of each document's shape. The schemas are closed (additionalProperties: false), so
# any change a validating reader would see bumps the number, as the README says: a field removed,
# renamed or added, a type or meaning changed, a value newly allowed or no longer allowed.
# Version 2 of triage, resources, signs, about and card (issue 14): situations that call for
# outreach, peer supporters (resource kind "peer"), the manager's own support.
VERSIONS = {
    "triage": 4,
    "resources": 3,
    "signs": 3,
    "avoid": 1,
    "script": 1,
    "about": 2,
    "followup": 2,
    "card": 4,
    "validate": 2,
    "checkin": 4,
    "team": 3,
    "practice": 1,
    "handout": 2,
    "protocol": 2,
    "error": 1,
}


# Where an item came from, by resource id: "packaged" or the institution file's path.
Origin = Callable[[str], str]


def packaged(_rid: str) -> str:
    return "packaged"


def document(name: str, lang: Lang, body: dict[str, Any]) -> dict[str, Any]:
    """A JSON document: its shape and version, its language, then its content, its texts in the
    language's typography (French spaces before « : ; ? ! », as on the terminal)."""
    return {"schema": f"secondvictim/{name}/{VERSIONS[name]}", "lang": lang, **typeset_texts(body, lang)}


# Values that are not text to read: ids, codes, numbers as dialled, paths, file names.
_NOT_TEXT = frozenset({"id", "code", "phone", "extension", "origin", "path", "file", "plan_id", "uid"})


def typeset_texts(value: Any, lang: Lang, key: str = "") -> Any:
    """Every text of `value` (nested dicts and lists) typeset for `lang`, except identifiers."""
    if lang != "fr" or key in _NOT_TEXT:
        return value
    if isinstance(value, str):
        return typeset(value, lang)
    if isinstance(value, dict):
        return {k: typeset_texts(v, lang, k) for k, v in value.items()}
    if isinstance(value, list):
        return [typeset_texts(v, lang) for v in value]
    return value


def resource_data(r: Resource, lang: Lang, origin: Origin = packaged) -> dict[str, Any]:
    return {
        "id": r.id,
        "kind": r.kind,
        "name": tr(r.name, lang),
        "phone": r.phone,
        "extension": r.extension,
        "hours": tr(r.hours, lang) if r.hours else None,
        "location": tr(r.location, lang) if r.location else None,
        "how_to_reach": tr(r.how_to_reach, lang) if r.how_to_reach else None,
        "availability": tr(r.availability, lang) if r.availability else None,
        "audience": tr(r.audience, lang),
        "details": tr(r.details, lang) if r.details else None,
        "roles": [role.value for role in r.roles] if r.roles else None,
        "source": r.source,
        "origin": origin(r.id),
    }


def sign_data(s: Sign | Situation, lang: Lang) -> dict[str, Any]:
    description = getattr(s, "description", None)
    return {
        "id": s.id,
        "label": tr(s.label, lang),
        "description": tr(description, lang) if description else None,
        "source": s.source,
    }


def step_data(reminder: Reminder | None, step: Any, lang: Lang, past: bool | None = None) -> dict[str, Any]:
    """A follow-up step; its dates when the event's date is known, else null; with `past` (known
    when the day it is written is), whether its date is already past."""
    from ..rules.followup import day_off

    day = reminder.day if reminder else None
    data = {
        "id": step.id,
        "day": step.day,
        "title": tr(step.title, lang),
        "when": tr(step.when, lang),
        "what": tr(step.what, lang),
        "due": reminder.due.isoformat() if reminder else None,
        "date": day.isoformat() if day else None,
        "date_text": long_date(day, lang) if day else None,
        "weekend": day.weekday() >= 5 if day else None,
        "holiday": day_off(day) == "holiday" if day else None,
    }
    if past is not None:
        data["past"] = past
    return data


def error_data(lang: Lang, key: str, exit_code: int, message: str, problems: list[Any]) -> dict[str, Any]:
    """An error, for --json: what went wrong (a stable code and the message) and the exit code."""
    body = {"code": key, "exit_code": exit_code, "message": message, "problems": problems}
    return document("error", lang, body)


def dumps(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    # json escapes only the C0 controls. The C1 controls, bidirectional overrides and the
    # undecodable bytes of a file name (lone surrogates) are escaped too: the same data, in
    # valid UTF-8, harmless on a terminal. They can only stand inside strings, where \uXXXX
    # means the very same character.
    return hidden_characters(newline=True).sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def write_json(data: object) -> None:
    """JSON on standard output, always in UTF-8 whatever the locale, never through a console
    (which would wrap long lines and break it)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(dumps(data).encode("utf-8", errors="surrogateescape"))
    sys.stdout.buffer.flush()
