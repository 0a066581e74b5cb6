"""The guide's content as JSON-ready data, in one language, for `--json`."""

from __future__ import annotations

import json
import sys
from typing import Any

from .choices import Lang
from .i18n import hidden, t
from .models import Guide, Resource, Sign, tr
from .triage import Recommendation


def resource_data(r: Resource, lang: Lang) -> dict[str, Any]:
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
    }


def sign_data(s: Sign, lang: Lang) -> dict[str, Any]:
    return {"id": s.id, "label": tr(s.label, lang), "source": s.source}


def attitudes_data(guide: Guide, lang: Lang) -> list[dict[str, Any]]:
    return [
        {"id": a.id, "avoid": tr(a.avoid, lang), "instead": tr(a.instead, lang), "source": a.source}
        for a in guide.attitudes
    ]


def signs_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    return {
        "warning_signs": [sign_data(s, lang) for s in guide.warning_signs],
        "red_flags": [sign_data(s, lang) for s in guide.red_flags],
    }


def triage_data(guide: Guide, rec: Recommendation, lang: Lang) -> dict[str, Any]:
    level = guide.level(rec.level)
    actions = {a.id: a for a in guide.actions}
    steps = {f.id: f for f in guide.followup}
    return {
        "level": rec.level,
        "level_name": tr(level.name, lang),
        "summary": tr(level.summary, lang),
        "answers": rec.answers.model_dump(mode="json"),
        "reasons": [
            {"id": "event", "label": t("why.event", lang)}
            if i == "event"
            else {"id": i, "label": tr(guide.sign_or_flag(i).label, lang)}
            for i in rec.reasons
        ],
        "actions": [{"id": i, "text": tr(actions[i].text, lang)} for i in rec.actions],
        "key_message": tr(guide.key_message, lang),
        "avoid": attitudes_data(guide, lang),
        "external_first": rec.external_first,
        "resources": [resource_data(guide.resource(i), lang) for i in rec.resources],
        "emergency": [resource_data(guide.resource(i), lang) for i in rec.emergency],
        "followup": [
            {"id": i, "day": steps[i].day, "when": tr(steps[i].when, lang), "what": tr(steps[i].what, lang)}
            for i in rec.followup
        ],
        "disclaimer": tr(guide.disclaimer, lang),
    }


def dumps(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    # json escapes only the C0 controls. The C1 controls, bidirectional overrides and the
    # undecodable bytes of a file name (lone surrogates) are escaped too: the same data, in
    # valid UTF-8, harmless on a terminal. They can only stand inside strings, where \uXXXX
    # means the very same character.
    if any(hidden(char, newline=True) for char in text):
        text = "".join(f"\\u{ord(c):04x}" if hidden(c, newline=True) else c for c in text)
    return text


def write_json(data: object) -> None:
    """JSON on standard output, always in UTF-8 whatever the locale, never through a console
    (which would wrap long lines and break it)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(dumps(data).encode("utf-8", errors="surrogateescape"))
    sys.stdout.buffer.flush()
