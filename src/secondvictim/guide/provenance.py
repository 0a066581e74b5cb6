"""Where each number comes from, when it was checked, and when to check it again.

For the person who keeps the numbers right (`validate`, `about --sources`, page and card
generation), never for the manager in a crisis: the triage and check-in screens show no review
date, only the numbers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..i18n import t
from ..render.blocks import Document, Heading, Items, Para
from .models import Guide, Resource, tr


def numbers(guide: Guide) -> list[Resource]:
    """Every resource with a phone number, in the guide's order."""
    return [r for r in guide.resources if r.phone]


def overdue(guide: Guide, today: date) -> list[Resource]:
    """The numbers whose review date has passed."""
    return [r for r in numbers(guide) if r.review_by is not None and r.review_by < today]


def review_messages(guide: Guide, lang: Any, today: date) -> list[str]:
    """One warning a number past its review date: which, since when, and where to check it."""
    return [
        t(
            "sources.overdue",
            lang,
            name=tr(r.short_name or r.name, lang),
            phone=r.phone,
            date=r.review_by,
            source=r.source or t("sources.no_source", lang),
        )
        for r in overdue(guide, today)
    ]


def _item(resource: Resource, lang: Any, today: date) -> str:
    lines = [t("labelled", lang, label=resource.phone, text=tr(resource.name, lang))]
    lines.append(t("sources.source", lang, source=resource.source or t("sources.no_source", lang)))
    if resource.verified_on:
        lines.append(t("sources.verified_on", lang, date=resource.verified_on))
    if resource.review_by:
        late = resource.review_by < today
        lines.append(t("sources.review_passed" if late else "sources.review_by", lang, date=resource.review_by))
    return "\n".join(lines)


def sources_document(guide: Guide, lang: Any, today: date) -> Document:
    """The numbers with their provenance, and how to check one again."""
    return [
        Heading(t("sources.title", lang)),
        Para(t("sources.intro", lang), style="note"),
        Items(tuple(_item(r, lang, today) for r in numbers(guide))),
    ]


def sources_data(guide: Guide, lang: Any, today: date, origin: Any) -> list[dict[str, Any]]:
    """The same, for --json."""
    return [
        {
            "id": r.id,
            "kind": r.kind,
            "name": tr(r.name, lang),
            "phone": r.phone,
            "source": r.source,
            "verified_on": r.verified_on.isoformat() if r.verified_on else None,
            "review_by": r.review_by.isoformat() if r.review_by else None,
            "review_passed": bool(r.review_by and r.review_by < today),
            "origin": origin(r.id),
        }
        for r in numbers(guide)
    ]
