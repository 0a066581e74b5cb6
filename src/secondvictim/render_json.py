"""The guide's content as JSON-ready data, in one language, for `--json`.

Every JSON document is an object that names its shape and version (`schema`) and its language
(`lang`); each shape is described by a JSON Schema shipped in `schemas/` (`secondvictim schema
NAME`). One concept has one shape in every document: a resource, a follow-up step, a warning.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from .choices import Lang
from .i18n import hidden_characters, long_date, t
from .models import EVENT, Guide, Resource, Sign, Situation, TeamSection, tr
from .triage import Recommendation, first_words

if TYPE_CHECKING:
    from .checkin import CheckinResult
    from .followup import Reminder
    from .team import TeamPlan

# The version of each document's shape. The schemas are closed (additionalProperties: false), so
# any change a validating reader would see bumps the number, as the README says: a field removed,
# renamed or added, a type or meaning changed, a value newly allowed or no longer allowed.
# Version 2 of triage, resources, signs, about and card (issue 14): situations that call for
# outreach, peer supporters (resource kind "peer"), the manager's own support.
VERSIONS = {
    "triage": 2,
    "resources": 2,
    "signs": 2,
    "avoid": 1,
    "script": 1,
    "about": 2,
    "followup": 1,
    "card": 2,
    "validate": 2,
    "checkin": 2,
    "team": 1,
    "practice": 1,
    "error": 1,
}

# Where an item came from, by resource id: "packaged" or the institution file's path.
Origin = Callable[[str], str]


def packaged(_rid: str) -> str:
    return "packaged"


def document(name: str, lang: Lang, body: dict[str, Any]) -> dict[str, Any]:
    """A JSON document: its shape and version, its language, then its content."""
    return {"schema": f"secondvictim/{name}/{VERSIONS[name]}", "lang": lang, **body}


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


def attitudes_data(guide: Guide, lang: Lang) -> list[dict[str, Any]]:
    return [
        {"id": a.id, "avoid": tr(a.avoid, lang), "instead": tr(a.instead, lang), "source": a.source}
        for a in guide.attitudes
    ]


def signs_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    return {
        "warning_signs": [sign_data(s, lang) for s in guide.warning_signs],
        "red_flags": [sign_data(s, lang) for s in guide.red_flags],
        "situations": [sign_data(s, lang) for s in guide.situations],
    }


def recheck_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    """What a check-in asks again, and the steps of the event's processes, with their ids."""
    return {
        "checkin_items": [
            {"id": i.id, "label": tr(i.label, lang), "question": tr(i.question, lang), "source": i.source}
            for i in guide.checkin_items
        ],
        "process_steps": [
            {"id": s.id, "label": tr(s.label, lang), "say": tr(s.say, lang), "source": s.source}
            for s in guide.process_steps
        ],
    }


def step_data(reminder: Reminder | None, step: Any, lang: Lang) -> dict[str, Any]:
    """A follow-up step; its dates when the event's date is known, else null."""
    day = reminder.day if reminder else None
    return {
        "id": step.id,
        "day": step.day,
        "title": tr(step.title, lang),
        "when": tr(step.when, lang),
        "what": tr(step.what, lang),
        "due": reminder.due.isoformat() if reminder else None,
        "date": day.isoformat() if day else None,
        "date_text": long_date(day, lang) if day else None,
        "weekend": day.weekday() >= 5 if day else None,
    }


def followup_data(reminders: list[Reminder], ids: tuple[str, ...], lang: Lang) -> list[dict[str, Any]]:
    wanted = set(ids)
    return [step_data(r, r.step, lang) for r in reminders if r.step.id in wanted]


def triage_data(
    guide: Guide,
    rec: Recommendation,
    lang: Lang,
    *,
    plan: str,
    event_date: date,
    written: date,
    reminders: list[Reminder],
    warnings: list[dict[str, Any]],
    origin: Origin = packaged,
) -> dict[str, Any]:
    """The triage document: the same for --json and for a summary file written with -o."""
    level = guide.level(rec.level)
    actions = {a.id: a for a in guide.actions}
    body = {
        "plan_id": plan,
        "event_date": event_date.isoformat(),
        "written": written.isoformat(),
        "level": rec.level,
        "level_name": tr(level.name, lang),
        "summary": tr(level.summary, lang),
        "answers": rec.answers.model_dump(mode="json"),
        "reasons": [{"id": i, "label": reason_text(guide, i, lang)} for i in rec.reasons],
        "actions": [{"id": i, "text": tr(actions[i].text, lang)} for i in rec.actions],
        "first_words": tr(first_words(guide, rec.level), lang),
        "key_message": tr(guide.key_message, lang),
        "avoid": attitudes_data(guide, lang),
        "external_first": rec.external_first,
        "resources": [resource_data(guide.resource(i), lang, origin) for i in rec.resources],
        "peers": [resource_data(guide.resource(i), lang, origin) for i in rec.peers],
        "peer_offer": peer_offer_data(guide, lang) if rec.peers else None,
        "emergency": [resource_data(guide.resource(i), lang, origin) for i in rec.emergency],
        "followup": followup_data(reminders, rec.followup, lang),
        "disclaimer": tr(guide.disclaimer, lang),
        "manager_support": tr(guide.manager_support.line, lang),
        "warnings": warnings,
    }
    return document("triage", lang, body)


def checkin_data(
    guide: Guide,
    result: CheckinResult,
    lang: Lang,
    *,
    plan: str,
    reminders: list[Reminder],
    warnings: list[dict[str, Any]],
    origin: Origin = packaged,
) -> dict[str, Any]:
    """A check-in: the same document on standard output and in a `-o x.json` file, which the next
    check-in reads back with --previous (see previous.read_history)."""
    from .checkin import Finding
    from .document import assessment_text, finding_label, reason_text, step_label

    level = guide.level(result.level)
    actions = {a.id: a for a in guide.actions}
    comparison = result.comparison

    def findings(found: tuple[Finding, ...]) -> list[dict[str, Any]]:
        return [{"kind": f.kind, "id": f.id, "label": finding_label(guide, f, lang)} for f in found]

    body = {
        "plan_id": plan,
        "event_date": result.event_date.isoformat(),
        "written": result.date.isoformat(),
        "day": result.day,
        "level": result.level,
        "level_name": tr(level.name, lang),
        "summary": tr(guide.checkin_summaries[result.level], lang),
        "answers": result.answers.model_dump(mode="json"),
        "reasons": [{**r.model_dump(mode="json"), "label": reason_text(guide, r, lang, result.day)} for r in result.reasons],
        "previous": result.history[-2].model_dump(mode="json") if comparison else None,
        "persisting": findings(comparison.persisting) if comparison else [],
        "new": findings(comparison.new) if comparison else [],
        "gone": findings(comparison.gone) if comparison else [],
        "assessment": assessment_text(guide, result, lang) if result.assessment else None,
        "closes": result.closes,
        "closing": tr(guide.closing.text, lang) if result.closes else None,
        "actions": [{"id": i, "text": tr(actions[i].text, lang)} for i in result.actions],
        "step_contacts": [
            {
                "step": c.step,
                "label": step_label(guide, c.step, lang),
                "moment": c.moment,
                "date": c.on.isoformat() if c.on else None,
                "date_text": long_date(c.on, lang) if c.on else None,
            }
            for c in result.step_contacts
        ],
        "remind_support": result.remind_support,
        "first_words": tr(first_words(guide, result.level), lang),
        "key_message": tr(guide.key_message, lang),
        "resources": [resource_data(guide.resource(i), lang, origin) for i in result.resources],
        "emergency": [resource_data(guide.resource(i), lang, origin) for i in result.emergency],
        "followup": followup_data(reminders, result.followup, lang),
        "history": [c.model_dump(mode="json") for c in result.history],
        "profile": result.profile.model_dump(mode="json"),
        "external_first": result.external_first,
        "note": tr(guide.checkin_note.text, lang),
        "disclaimer": tr(guide.disclaimer, lang),
        "warnings": warnings,
    }
    return document("checkin", lang, body)


def script_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    formal = tr(guide.key_message, lang)
    informal = tr(guide.key_message_informal, lang) if guide.key_message_informal else formal
    return {
        "principle": tr(guide.script.principle, lang),
        "key_message": formal,
        "key_message_informal": informal if informal != formal else None,
        "why": tr(guide.script.why, lang),
        "steps": [{"id": s.id, "text": tr(s.text, lang), "source": s.source} for s in guide.script.steps],
    }


def about_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    return {
        "sections": [
            {"id": s.id, "title": tr(s.title, lang), "paragraphs": [tr(p, lang) for p in s.paragraphs]}
            for s in guide.about
        ],
        "manager_support": manager_support_data(guide, lang),
        "disclaimer": tr(guide.disclaimer, lang),
    }


def card_data(guide: Guide, lang: Lang, origin: Origin = packaged) -> dict[str, Any]:
    """The whole guide, as the pocket card holds it."""
    from .models import INTERNAL_DECLINED

    levels = []
    for level in sorted(guide.levels, key=lambda lv: lv.level):
        actions = [
            {"id": a.id, "text": tr(a.text, lang)}
            for a in guide.actions
            if level.level in a.levels and INTERNAL_DECLINED not in a.requires
        ]
        levels.append(
            {"level": level.level, "name": tr(level.name, lang), "summary": tr(level.summary, lang), "actions": actions}
        )
    return document(
        "card",
        lang,
        {
            "title": t("card.title", lang),
            "disclaimer": tr(guide.disclaimer, lang),
            "resources": [
                resource_data(r, lang, origin) for r in guide.resources if r.kind in ("internal", "external")
            ],
            "emergency": [resource_data(r, lang, origin) for r in guide.resources_of("emergency")],
            **signs_data(guide, lang),
            "red_flag_actions": [
                {"id": a.id, "text": tr(a.text, lang)} for a in guide.actions if a.at_red_flags_only
            ],
            "script": script_data(guide, lang),
            "levels": levels,
            "attitudes_intro": tr(guide.attitudes_intro, lang),
            "attitudes": attitudes_data(guide, lang),
            "followup": [step_data(None, step, lang) for step in guide.followup],
        },
    )


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


# --- When a whole team is hit (issue 14) ---------------------------------------------------


def reason_text(guide: Guide, reason: str, lang: Lang) -> str:
    """The label of a reason id: the event answer, a situation, a warning sign or a red flag."""
    if reason == EVENT:
        return t("why.event", lang)
    if any(s.id == reason for s in guide.situations):
        return tr(guide.situation(reason).label, lang)
    return tr(guide.sign_or_flag(reason).label, lang)


def peer_offer_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    offer = guide.peer_offer
    return {
        "intro": tr(offer.intro, lang),
        "words": tr(offer.words, lang),
        "consent": tr(offer.consent, lang),
        "source": offer.source,
    }


def manager_support_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    manager = guide.manager_support
    return {
        "title": tr(manager.title, lang),
        "paragraphs": [tr(p, lang) for p in manager.paragraphs],
        "line": tr(manager.line, lang),
        "source": manager.source,
    }


def team_section_data(section: TeamSection, lang: Lang) -> dict[str, Any]:
    return {
        "title": tr(section.title, lang),
        "intro": tr(section.intro, lang),
        "items": [{"id": i.id, "text": tr(i.text, lang), "source": i.source} for i in section.items],
        "avoid": [{"id": i.id, "text": tr(i.text, lang), "source": i.source} for i in section.avoid],
        "source": section.source,
    }


def team_data(
    guide: Guide, plan: TeamPlan, lang: Lang, *, plan_id: str, written: date, warnings: list[dict[str, Any]]
) -> dict[str, Any]:
    """The team document: the same content as `team_document`, with every date; the same for
    --json and for a file written with -o."""
    from .team import checkin_command

    team = guide.team
    steps = {s.id: s for s in guide.team.steps}
    body = {
        "plan_id": plan_id,
        "event_date": plan.event_date.isoformat(),
        "written": written.isoformat(),
        "death": plan.death,
        "situations": [sign_data(guide.situation(i), lang) for i in plan.situations],
        "intro": tr(team.intro, lang),
        "steps": [
            {
                "id": p.id,
                "day": p.day,
                "date": p.date.isoformat(),
                "date_text": long_date(p.date, lang),
                "weekend": p.date.weekday() >= 5,
                "until_day": steps[p.id].until,
                "until": p.until.isoformat() if p.until else None,
                "until_text": long_date(p.until, lang) if p.until else None,
                "title": tr(steps[p.id].title, lang),
                "when": tr(steps[p.id].when, lang),
                "what": tr(steps[p.id].what, lang),
                "source": steps[p.id].source,
            }
            for p in plan.steps
        ],
        "pause": team_section_data(team.pause, lang) if plan.death else None,
        "huddle": team_section_data(team.huddle, lang),
        "think_of": team_section_data(team.think_of, lang),
        "checkins": {**team_section_data(team.checkins, lang), "command": checkin_command(plan)},
        "reflection": team_section_data(team.reflection, lang),
        "month": team_section_data(team.month, lang),
        "manager_support": manager_support_data(guide, lang),
        "emergency": [resource_data(r, lang) for r in guide.resources_of("emergency")],
        "disclaimer": tr(guide.disclaimer, lang),
        "warnings": warnings,
    }
    return document("team", lang, body)
