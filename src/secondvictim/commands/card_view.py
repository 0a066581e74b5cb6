"""The pocket card (`card --size pocket`): three sides, each one screen of content, to print on
A6 (or on an A4 folded in four): the red flags and what to do now; the warning signs and the key
message; the numbers. The full two-page guide is `reference_view.card_document`."""

from __future__ import annotations

from ..guide.models import Guide, Resource, tr
from ..i18n import t
from ..render.blocks import WRITE_IN, Document, Heading, Items, Para
from ..rules.choices import Lang
from .fragments import call_line, key_message_blocks, reachable


def number_line(resource: Resource, lang: Lang) -> str:
    """A contact in one line, number first; one not set yet leaves room to write it by hand."""
    if reachable(resource):
        return call_line(resource, lang)
    return f"{tr(resource.short_name or resource.name, lang)}\n{t('card.write_in', lang)} {WRITE_IN}"


def pocket_sides(guide: Guide, lang: Lang) -> list[Document]:
    """The three sides of the pocket card, in the order they are needed."""
    emergency = guide.resources_of("emergency")
    now: Document = [
        Heading(t("card.title", lang)),
        Heading(t("h.red_flags", lang)),
        # The labels alone: what each looks like is on the full guide and the page (one side, A6).
        Items(tuple(tr(s.label, lang) for s in guide.red_flags)),
        Heading(t("h.red_flag_actions", lang), depth=2),
        Items(tuple(tr(a.short or a.text, lang) for a in guide.actions if a.at_red_flags_only), style="check"),
        Heading(t("h.emergency", lang), alert=True),
        Items(tuple(call_line(r, lang) for r in emergency if r.phone)),
    ]
    words: Document = [
        Heading(t("h.signs", lang)),
        Para(t("signs.intro", lang)),
        Items(tuple(tr(s.label, lang) for s in guide.warning_signs)),
        Heading(t("h.key", lang)),
        *key_message_blocks(guide, lang),
    ]
    contacts = [r for kind in ("internal", "peer", "external") for r in guide.resources_of(kind)]
    numbers: Document = [
        Heading(t("card.numbers", lang)),
        Items(tuple(number_line(r, lang) for r in contacts)),
        Heading(t("h.emergency", lang), alert=True),
        Items(tuple(call_line(r, lang) for r in emergency if r.phone)),
    ]
    return [now, words, numbers]


def pocket_document(guide: Guide, lang: Lang) -> Document:
    """The pocket card as one document (text and Markdown): its sides one after the other."""
    return [block for side in pocket_sides(guide, lang) for block in side]
