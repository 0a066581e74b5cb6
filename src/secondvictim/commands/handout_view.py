"""What `secondvictim handout` shows: the sheet for the colleague, as a document and as JSON,
both from one selection of its contacts.

It speaks to the colleague, in French with « tu » or « vous »: no score, no diagnosis, nothing
about them; the lines independent of the employer first, the institution's own after, the
emergency numbers always."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..guide.models import SUICIDE_LINE, Addressed, Guide, Resource, tr
from ..i18n import t
from ..render.blocks import WRITE_IN, Document, Heading, Items, Para
from ..render.jsondoc import Origin, document, packaged, resource_data
from ..rules.choices import Lang
from .fragments import call_line, emergency_blocks, reachable, resource_item

Address = Literal["tu", "vous"]
ADDRESSES: tuple[str, ...] = ("vous", "tu")


@dataclass(frozen=True)
class Contacts:
    """Whom the sheet names, in its order: chosen once, for the document and the JSON alike."""

    independent: tuple[Resource, ...]
    institution: tuple[Resource, ...]
    peers: tuple[Resource, ...]
    emergency: tuple[Resource, ...]


def contacts(guide: Guide) -> Contacts:
    """The national lines outside the employer (the orders' by role, and 3114), then the
    institution's contacts, its peer supporters, and every emergency number."""
    suicide = tuple(r for r in guide.resources_of("emergency") if r.id == SUICIDE_LINE)
    return Contacts(
        independent=guide.resources_of("external") + suicide,
        institution=guide.resources_of("internal"),
        peers=guide.resources_of("peer"),
        emergency=guide.resources_of("emergency"),
    )


def informal(lang: Lang, address: Address) -> bool:
    return lang == "fr" and address == "tu"


def said(item: Addressed, lang: Lang, address: Address) -> str:
    """The statement as said to the colleague: with « tu » where it has that form."""
    if informal(lang, address) and item.tu:
        return item.tu
    return tr(item.text, lang)


def worded(keys: tuple[str, str], lang: Lang, address: Address) -> str:
    """An interface message in the form of address: (the « vous » key, the « tu » key)."""
    return t(keys[1] if informal(lang, address) else keys[0], lang)


def title(guide: Guide, lang: Lang, address: Address) -> str:
    handout = guide.handout
    return handout.title_tu if informal(lang, address) and handout.title_tu else tr(handout.title, lang)


def key_message(guide: Guide, lang: Lang, address: Address) -> str:
    """The key message as printed for the colleague to read: « seul(e) » written out in full,
    « seul / seule », as the French reading asks of text a reader meets on its own."""
    if informal(lang, address) and guide.key_message_informal:
        message = tr(guide.key_message_informal, lang)
    else:
        message = tr(guide.key_message, lang)
    return message.replace("seul(e)", "seul / seule")


def contact_item(resource: Resource, lang: Lang) -> str:
    """An institution's contact: its name, then how and when to reach it (whom it is for is the
    whole staff: not said again). One not set leaves a line to write its number by hand."""
    if reachable(resource) or resource.how_to_reach:
        return "\n".join(resource_item(resource, lang).split("\n")[:2])
    return f"{tr(resource.name, lang)}\n{t('handout.write_in', lang)} {WRITE_IN}"


def calls_blocks(guide: Guide, chosen: Contacts, lang: Lang, address: Address) -> Document:
    doc: Document = [
        Heading(t("handout.h_calls", lang)),
        Para(said(guide.handout.calls, lang, address)),
        Heading(worded(("handout.h_independent", "handout.h_independent_tu"), lang, address), depth=2),
        # One line each, number first, the role in its short name: "CNOM helpline (physicians, interns)".
        Items(tuple(call_line(r, lang) for r in chosen.independent)),
    ]
    if chosen.institution:
        doc += [
            Heading(worded(("handout.h_institution", "handout.h_institution_tu"), lang, address), depth=2),
            Items(tuple(contact_item(r, lang) for r in chosen.institution)),
        ]
    if chosen.peers:
        doc += [
            Heading(t("handout.h_peers", lang), depth=2),
            Para(worded(("handout.peers_intro", "handout.peers_intro_tu"), lang, address)),
            Items(tuple(contact_item(r, lang) for r in chosen.peers)),
        ]
    return doc


def handout_document(guide: Guide, lang: Lang, address: Address) -> Document:
    """The sheet: the key message and that nothing about them is recorded, what is common, the
    days after, what happens next, whom to call, and the emergency numbers last, set apart."""
    chosen = contacts(guide)
    doc: Document = [
        Heading(title(guide, lang, address)),
        Para(t("quoted", lang, text=key_message(guide, lang, address)), style="quote"),
        Para(worded(("handout.private", "handout.private_tu"), lang, address), style="note"),
    ]
    for section in guide.handout.sections:
        heading = section.title_tu if informal(lang, address) and section.title_tu else tr(section.title, lang)
        doc.append(Heading(heading))
        doc += [Para(said(item, lang, address)) for item in section.items]
    doc += calls_blocks(guide, chosen, lang, address)
    return doc + emergency_blocks(guide, lang, chosen.emergency)


def statement_data(item: Addressed, lang: Lang, address: Address) -> dict[str, Any]:
    return {"id": item.id, "text": said(item, lang, address), "source": item.source}


def handout_data(guide: Guide, lang: Lang, address: Address, origin: Origin = packaged) -> dict[str, Any]:
    """The same sheet, for scripts: every statement with its source, every contact with its origin."""
    chosen = contacts(guide)

    def listed(resources: tuple[Resource, ...]) -> list[dict[str, Any]]:
        return [resource_data(r, lang, origin) for r in resources]

    return document(
        "handout",
        lang,
        {
            "address": address if lang == "fr" else None,
            "title": title(guide, lang, address),
            "key_message": key_message(guide, lang, address),
            "sections": [
                {
                    "id": s.id,
                    "title": s.title_tu if informal(lang, address) and s.title_tu else tr(s.title, lang),
                    "statements": [statement_data(item, lang, address) for item in s.items],
                }
                for s in guide.handout.sections
            ],
            "calls": statement_data(guide.handout.calls, lang, address),
            "independent": listed(chosen.independent),
            "institution": listed(chosen.institution),
            "peers": listed(chosen.peers),
            "emergency": listed(chosen.emergency),
            "private": worded(("handout.private", "handout.private_tu"), lang, address),
        },
    )
