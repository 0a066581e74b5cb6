"""What `secondvictim protocol` shows: the institution's one-page operating model, as a document
and as JSON, both from one selection of its data.

Who is called for what and at what hours, the round-the-clock route, the follow-up cadence, the
peer supporters, the manager's own support and the principles; the day it was generated and the
numbers' review dates. A contact the institution has not set is named as such, never left out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..guide.models import Guide, Resource, tr
from ..guide.provenance import numbers, sources_data
from ..i18n import after_colon, long_date, t
from ..render.blocks import Document, Heading, Items, Para
from ..render.jsondoc import Origin, document, packaged, resource_data, step_data
from ..rules.choices import Lang
from .fragments import call_line, emergency_blocks, resource_item
from .team_view import manager_support_data


@dataclass(frozen=True)
class Protocol:
    """What the page names, chosen once."""

    contacts: tuple[Resource, ...]  # the institution's own, in order of priority
    unset: tuple[Resource, ...]  # those of them with no way to reach them yet
    on_call: tuple[Resource, ...]
    external: tuple[Resource, ...]
    emergency: tuple[Resource, ...]
    peers: tuple[Resource, ...]
    generated: date


def set_up(resource: Resource) -> bool:
    return bool(resource.phone or resource.how_to_reach)


def protocol_of(guide: Guide, today: date) -> Protocol:
    internal = guide.resources_of("internal")
    return Protocol(
        contacts=tuple(r for r in internal if set_up(r)),
        unset=tuple(r for r in internal if not set_up(r)),
        on_call=guide.resources_of("on-call"),
        external=guide.resources_of("external"),
        emergency=guide.resources_of("emergency"),
        peers=guide.resources_of("peer"),
        generated=today,
    )


def unset_line(chosen: Protocol, lang: Lang) -> str:
    return t("protocol.unset", lang, names=t("list.separator", lang).join(tr(r.name, lang) for r in chosen.unset))


def checked_line(guide: Guide, lang: Lang) -> str | None:
    """When the numbers were checked, and the first date one must be checked again; how many
    have no check date (an institution's own, without `verified_on`), never said to be checked."""
    verified = sorted(r.verified_on for r in numbers(guide) if r.verified_on)
    review = sorted(r.review_by for r in numbers(guide) if r.review_by)
    undated = sum(1 for r in numbers(guide) if not r.verified_on)
    said = t("protocol.undated", lang, count=undated) if undated else ""
    if not (verified and review):
        return said or None
    first, last, again = (long_date(day, lang) for day in (verified[0], verified[-1], review[0]))
    key = "protocol.checked_on" if first == last else "protocol.checked"
    return " ".join(filter(None, (t(key, lang, first=first, last=last, review=again), said)))


def contact_blocks(guide: Guide, chosen: Protocol, lang: Lang) -> Document:
    """Whom to call for what, the round-the-clock route, the national lines and the emergency numbers."""
    doc: Document = [Heading(t("protocol.h_contacts", lang))]
    if chosen.contacts:
        doc.append(Items(tuple(resource_item(r, lang) for r in chosen.contacts)))
    if chosen.unset:
        doc.append(Para(unset_line(chosen, lang), style="note"))
    doc.append(Heading(t("protocol.h_round_clock", lang)))
    if chosen.on_call:
        doc.append(Items(tuple(resource_item(r, lang) for r in chosen.on_call)))
    else:
        doc.append(Para(t("protocol.no_on_call", lang), style="note"))
    if chosen.external:
        # One line each, number first: their details are in `secondvictim resources`.
        doc += [Heading(t("h.external", lang), depth=2), Items(tuple(call_line(r, lang) for r in chosen.external))]
    return doc + emergency_blocks(guide, lang, chosen.emergency)


def protocol_document(guide: Guide, lang: Lang, today: date) -> Document:
    chosen = protocol_of(guide, today)
    doc: Document = [
        Heading(t("protocol.title", lang)),
        Para(t("protocol.intro", lang), style="note"),
        Heading(t("protocol.h_principles", lang)),
        Items(tuple(tr(p.text, lang) for p in guide.protocol_principles)),
        *contact_blocks(guide, chosen, lang),
        Heading(t("protocol.h_followup", lang)),
        Items(
            tuple(t("labelled", lang, label=tr(s.when, lang), text=after_colon(tr(s.what, lang), lang)) for s in guide.followup)
        ),
        Heading(t("protocol.h_peers", lang)),
        Para(tr(guide.peer_offer.consent, lang)),
    ]
    if chosen.peers:
        doc.append(Items(tuple(resource_item(r, lang) for r in chosen.peers)))
    else:
        doc.append(Para(t("protocol.no_peers", lang), style="note"))
    doc += [Heading(tr(guide.manager_support.title, lang)), Para(tr(guide.manager_support.line, lang))]
    footer = [t("protocol.generated", lang, date=long_date(today, lang)), checked_line(guide, lang)]
    doc.append(Para(" ".join(line for line in footer if line), style="note"))
    return doc


def protocol_data(guide: Guide, lang: Lang, today: date, origin: Origin = packaged) -> dict[str, Any]:
    """The same page, for scripts and the intranet: every item with its source or origin."""
    chosen = protocol_of(guide, today)

    def listed(resources: tuple[Resource, ...]) -> list[dict[str, Any]]:
        return [resource_data(r, lang, origin) for r in resources]

    return document(
        "protocol",
        lang,
        {
            "title": t("protocol.title", lang),
            "generated": today.isoformat(),
            "principles": [{"id": p.id, "text": tr(p.text, lang), "source": p.source} for p in guide.protocol_principles],
            "contacts": listed(chosen.contacts),
            "unset": [r.id for r in chosen.unset],
            "on_call": listed(chosen.on_call),
            "external": listed(chosen.external),
            "emergency": listed(chosen.emergency),
            "followup": [step_data(None, step, lang) for step in guide.followup],
            "peers": listed(chosen.peers),
            "peer_consent": tr(guide.peer_offer.consent, lang),
            "manager_support": manager_support_data(guide, lang),
            "numbers": sources_data(guide, lang, today, origin),
        },
    )
