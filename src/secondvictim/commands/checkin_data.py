"""The check-in as JSON: the same document on standard output and in a `-o x.json` file, drawn
from the same CheckinResult as the check-in's documents (`checkin_view.py`), with their labels."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..guide.models import tr
from ..i18n import long_date
from ..render.jsondoc import Origin, document, packaged, resource_data
from ..rules.shortcode import short_code
from .checkin_view import assessment_text, finding_label, reason_text, step_label
from .fragments import steps_data
from .selection import CheckinSelection, as_checkin

if TYPE_CHECKING:
    from ..guide.models import Guide
    from ..rules.checkin import CheckinResult, Finding
    from ..rules.choices import Lang


def checkin_data(
    guide: Guide,
    shown: CheckinSelection | CheckinResult,
    lang: Lang,
    *,
    plan: str,
    warnings: list[dict[str, Any]],
    origin: Origin = packaged,
) -> dict[str, Any]:
    """A check-in: the same document on standard output and in a `-o x.json` file, which the next
    check-in reads back with --previous (see previous.read_history)."""
    sel = as_checkin(guide, shown)
    result = sel.facts
    level = guide.level(sel.level)
    actions = {a.id: a for a in guide.actions}
    body = {
        "plan_id": plan,
        "plan_code": short_code(plan),
        "event_date": result.event_date.isoformat(),
        "written": result.date.isoformat(),
        "day": result.day,
        "level": sel.level,
        "level_name": tr(level.name, lang),
        "summary": tr(guide.checkin_summaries[sel.level], lang),
        "answers": result.answers.model_dump(mode="json"),
        "reasons": [{**r.model_dump(mode="json"), "label": reason_text(guide, r, lang, result.day)} for r in result.reasons],
        **comparison_data(guide, result, lang),
        "assessment": assessment_text(guide, result, lang) if result.assessment else None,
        "closes": result.closes,
        "closing": tr(guide.closing.text, lang) if result.closes else None,
        "actions": [{"id": i, "text": tr(actions[i].text, lang)} for i in sel.actions],
        "step_contacts": step_contacts_data(guide, sel, lang),
        "remind_support": result.remind_support,
        "first_words": tr(sel.first_words, lang),
        "first_words_informal": tr(sel.first_words_informal, lang),
        "key_message": tr(guide.key_message, lang),
        "resources": [resource_data(guide.resource(i), lang, origin) for i in sel.resources],
        "emergency": [resource_data(guide.resource(i), lang, origin) for i in sel.emergency],
        "followup": steps_data(sel.followup, lang),
        "history": [c.model_dump(mode="json") for c in result.history],
        "profile": result.profile.model_dump(mode="json"),
        "external_first": sel.external_first,
        "note": tr(guide.checkin_note.text, lang),
        "disclaimer": tr(guide.disclaimer, lang),
        "warnings": warnings,
    }
    return document("checkin", lang, body)


def comparison_data(guide: Guide, result: CheckinResult, lang: Lang) -> dict[str, Any]:
    """What changed since the previous contact: persisting, new and gone findings."""
    comparison = result.comparison

    def findings(found: tuple[Finding, ...]) -> list[dict[str, Any]]:
        return [{"kind": f.kind, "id": f.id, "label": finding_label(guide, f, lang)} for f in found]

    return {
        "previous": result.history[-2].model_dump(mode="json") if comparison else None,
        "persisting": findings(comparison.persisting) if comparison else [],
        "new": findings(comparison.new) if comparison else [],
        "gone": findings(comparison.gone) if comparison else [],
    }


def step_contacts_data(guide: Guide, sel: CheckinSelection, lang: Lang) -> list[dict[str, Any]]:
    return [
        {
            "step": c.step,
            "label": step_label(guide, c.step, lang),
            "moment": c.moment,
            "date": c.on.isoformat() if c.on else None,
            "date_text": long_date(c.on, lang) if c.on else None,
        }
        for c in sel.step_contacts
    ]
