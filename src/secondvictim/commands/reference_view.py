"""What the reference commands show (script, resources, signs, avoid, about, followup, card),
as documents and as JSON."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from ..guide.models import (
    AFTER_FIRST_DAY,
    AFTER_RED_FLAG,
    DECLINED_BEFORE,
    INTERNAL_DECLINED,
    RED_FLAGS_NOT_ASKED,
    Attitude,
    CheckinItem,
    Guide,
    Resource,
    tr,
)
from ..i18n import after_colon, long_date, t
from ..render.blocks import WRITE_IN, Document, Heading, Items, Para
from ..render.jsondoc import Origin, document, packaged, resource_data, sign_data, step_data
from ..rules.choices import Lang
from .fragments import (
    described,
    emergency_blocks,
    followup_items,
    key_message_blocks,
    reachable,
    resource_item,
    step_text,
    steps_items,
    with_informal,
)
from .team_view import manager_support_data, peer_blocks, situations_blocks

if TYPE_CHECKING:
    from .selection import Step


def script_document(guide: Guide, lang: Lang, *, see_also: bool = True) -> Document:
    """The first contact; `see_also` points to the attitudes to avoid (the card shows them itself)."""
    script = guide.script
    doc: Document = [
        Heading(t("h.script", lang)),
        Para(tr(script.principle, lang)),
        Heading(t("h.key", lang)),
        *key_message_blocks(guide, lang),
        Para(tr(script.why, lang)),
        Heading(t("h.how", lang)),
        Items(tuple(step_text(s, lang) for s in script.steps), style="number"),
    ]
    if see_also:
        doc.append(Para(t("script.see_avoid", lang), style="note"))
    return doc


def resources_document(guide: Guide, lang: Lang, resources: list[Resource]) -> Document:
    """The resources chosen, by kind: internal, peer supporters, external, then emergency."""
    doc: Document = []
    internal = [r for r in resources if r.kind == "internal"]
    external = [r for r in resources if r.kind == "external"]
    peers = [r for r in resources if r.kind == "peer"]
    if internal:
        doc += [
            Heading(t("h.internal", lang)),
            Para(t("internal.intro", lang)),
            Items(tuple(resource_item(r, lang) for r in internal)),
        ]
    if peers:
        doc += peer_blocks(guide, tuple(r.id for r in peers), lang)
    if external:
        doc += [
            Heading(t("h.external", lang)),
            Para(t("external.intro", lang)),
            Items(tuple(resource_item(r, lang) for r in external)),
        ]
    emergency = [r for r in resources if r.kind == "emergency"]
    if emergency:
        doc += emergency_blocks(guide, lang, emergency)
    return doc


def signs_document(guide: Guide, lang: Lang) -> Document:
    # The actions proper to level 3, not those it shares with the lower levels.
    level3 = [tr(a.text, lang) for a in guide.actions if a.at_red_flags_only]
    return [
        Heading(t("h.signs", lang)),
        Para(t("signs.intro", lang)),
        Items(tuple(described(s, lang) for s in guide.warning_signs)),
        *situations_blocks(guide, lang),
        Heading(t("h.red_flags", lang)),
        Para(t("red_flags.intro", lang)),
        Items(tuple(described(s, lang) for s in guide.red_flags)),
        Heading(t("h.red_flag_actions", lang)),
        Items(tuple(level3), style="check"),
        Heading(t("checkin.h_items", lang)),
        Para(t("checkin.items_intro", lang)),
        Items(
            tuple(
                f"{t('labelled', lang, label=i.id, text=after_colon(tr(i.label, lang), lang))}\n"
                f"{with_informal(t('quoted', lang, text=tr(i.question, lang)), i.informal, lang)}"
                for i in guide.checkin_items
            )
        ),
        Heading(t("checkin.h_process", lang)),
        Para(t("checkin.process_intro", lang)),
        Items(
            tuple(t("labelled", lang, label=s.id, text=after_colon(tr(s.label, lang), lang)) for s in guide.process_steps)
        ),
        *emergency_blocks(guide, lang),
    ]


def avoid_document(guide: Guide, lang: Lang) -> Document:
    return [
        Heading(t("h.attitudes", lang)),
        Para(tr(guide.attitudes_intro, lang)),
        Items(
            tuple(
                f"{tr(a.avoid, lang)}\n{t('instead', lang, text=after_colon(tr(a.instead, lang), lang))}"
                for a in guide.attitudes
            )
        ),
    ]


def about_document(guide: Guide, lang: Lang) -> Document:
    doc: Document = []
    for section in guide.about:
        doc.append(Heading(tr(section.title, lang)))
        doc += [Para(tr(p, lang)) for p in section.paragraphs]
    manager = guide.manager_support
    doc.append(Heading(tr(manager.title, lang)))
    doc += [Para(tr(p, lang)) for p in manager.paragraphs]
    doc.append(Para(tr(guide.disclaimer, lang), style="note"))
    return doc


def followup_document(lang: Lang, event_date: date, steps: Sequence[Step]) -> Document:
    """The follow-up plan: its steps dated from the event, those already past marked."""
    return [Heading(t("followup.title", lang, date=long_date(event_date, lang))), steps_items(steps, lang)]


def card_contact_item(resource: Resource, lang: Lang) -> str:
    """A contact on the card; one not set yet leaves a line to write its number by hand."""
    if reachable(resource) or resource.how_to_reach:
        return resource_item(resource, lang)
    return "\n".join(
        [
            tr(resource.name, lang),
            f"{t('card.write_in', lang)} {WRITE_IN}",
            t("resource.for", lang, audience=after_colon(tr(resource.audience, lang), lang)),
        ]
    )


def card_contacts(guide: Guide, lang: Lang) -> Document:
    """The institution's own contacts first, its peer supporters, then the national lines."""
    internal = list(guide.resources_of("internal"))
    external = list(guide.resources_of("external"))
    contacts: Document = []
    if internal:
        contacts += [
            Heading(t("h.internal", lang)),
            Para(t("internal.intro", lang)),
            Items(tuple(card_contact_item(r, lang) for r in internal)),
        ]
    peers = tuple(r.id for r in guide.resources_of("peer"))
    if peers:
        # On paper, the consent and the contacts: how to propose one (the intro, the words to say)
        # is in the triage and team results and on the page; the card has two pages.
        blocks = peer_blocks(guide, peers, lang)  # the words may come in two forms: by position
        contacts += [blocks[0], *blocks[-2:]]
    if external:
        # Without external.intro: its heading says it already (when, and reachable at once).
        contacts += [
            Heading(t("h.external", lang)),
            Items(tuple(resource_item(r, lang) for r in external)),
        ]
    return contacts


def card_levels(guide: Guide, lang: Lang, *, every_summary: bool = False) -> Document:
    """Each level, its summary and its actions, in their short wording; on paper (not
    `every_summary`), levels 0 and 3 without their summaries."""
    doc: Document = []
    for level in sorted(guide.levels, key=lambda lv: lv.level):
        # "Declined internal resources" has its own wording of the same action at level 2. The
        # card is a pocket reference: each action in its short wording where it has one (the
        # full wording is in the triage and in `signs`).
        # The red flags' own actions are listed above, once; those for answers of another kind
        # (red flags not asked, a check-in after a red flag, a re-check item such as coping-use)
        # belong to the triage and check-in.
        check_in_only = {INTERNAL_DECLINED, RED_FLAGS_NOT_ASKED, AFTER_RED_FLAG, AFTER_FIRST_DAY, DECLINED_BEFORE}
        check_in_only |= {item.id for item in guide.checkin_items}
        actions = [
            tr(a.short or a.text, lang)
            for a in guide.actions
            if level.level in a.levels and not a.at_red_flags_only and not check_in_only & set(a.requires)
        ]
        # Levels 0 and 3 are told by the sections on warning signs and red flags above: their
        # summaries would say it again (and the card holds the whole guide on two pages).
        summary = [Para(tr(level.summary, lang))] if every_summary or level.level in (1, 2) else []
        doc += [
            Heading(t("card.level", lang, level=level.level, name=tr(level.name, lang)), depth=2),
            *summary,
            Items(tuple(actions), style="check"),
        ]
    return doc


def card_document(guide: Guide, lang: Lang) -> Document:
    """The whole guide on a printable card: what is needed at once comes first, the
    institution's own contacts before the national lines."""
    contacts = card_contacts(guide, lang)
    doc: Document = [
        Heading(t("card.title", lang)),
        Para(tr(guide.disclaimer, lang), style="note"),
        *contacts,
        *emergency_blocks(guide, lang),
        Heading(t("h.red_flags", lang)),
        Items(tuple(described(s, lang, short=True) for s in guide.red_flags)),
        Heading(t("h.red_flag_actions", lang), depth=2),
        # Each on a line (the full wording is in the triage and in `signs`): listed here once.
        Items(tuple(tr(a.short or a.text, lang) for a in guide.actions if a.at_red_flags_only), style="check"),
        # The first contact without its principle and its why (in `script` and on the page):
        # the card holds the whole guide on two pages.
        Heading(t("h.script", lang)),
        Heading(t("h.key", lang), depth=2),
        *key_message_blocks(guide, lang),
        Heading(t("h.how", lang), depth=2),
        Items(tuple(step_text(s, lang) for s in guide.script.steps), style="number"),
        Heading(t("h.signs", lang)),
        Para(t("signs.intro", lang)),
        Items(tuple(tr(s.label, lang) for s in guide.warning_signs)),
        *card_situations(guide, lang),
        Heading(t("card.levels", lang)),
    ]
    doc += card_levels(guide, lang)
    doc += [block for block in avoid_document(guide, lang) if not isinstance(block, Para)]  # its intro left out
    doc += [
        Heading(t("h.followup", lang)),
        followup_items(guide, tuple(f.id for f in guide.followup), lang, None),
        # The manager's own support (M13): the card is theirs too.
        Heading(tr(guide.manager_support.title, lang)),
        Para(tr(guide.manager_support.line, lang)),
    ]
    return doc


def card_situations(guide: Guide, lang: Lang) -> Document:
    """The situations that call for outreach, by their labels (their ids are for the command
    line), in one paragraph: the card has two pages for the whole guide."""
    if not guide.situations:
        return []
    labels = t("list.separator", lang).join(after_colon(tr(s.label, lang), lang) for s in guide.situations)
    return [
        Heading(t("team.h_situations", lang)),
        Para(f"{t('team.situations_intro', lang)} {labels}."),
    ]


def attitude_data(a: Attitude, lang: Lang) -> dict[str, Any]:
    return {"id": a.id, "avoid": tr(a.avoid, lang), "instead": tr(a.instead, lang), "source": a.source}


def attitudes_data(guide: Guide, lang: Lang) -> list[dict[str, Any]]:
    return [attitude_data(a, lang) for a in guide.attitudes]


def signs_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    return {
        "warning_signs": [sign_data(s, lang) for s in guide.warning_signs],
        "red_flags": [sign_data(s, lang) for s in guide.red_flags],
        "situations": [sign_data(s, lang) for s in guide.situations],
    }


def checkin_item_data(item: CheckinItem, lang: Lang) -> dict[str, Any]:
    """A re-check item with its question; and the question in « tu » (`question_informal`, review
    L10) when the item has that form: the packaged items all have it (in English, the same words);
    an institution's item may not, and then the field is left out rather than filled with the
    « vous » form."""
    data = {"id": item.id, "label": tr(item.label, lang), "question": tr(item.question, lang)}
    if item.informal:
        data["question_informal"] = tr(item.informal, lang)
    return {**data, "source": item.source}


def recheck_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    """What a check-in asks again, and the steps of the event's processes, with their ids."""
    return {
        "checkin_items": [checkin_item_data(i, lang) for i in guide.checkin_items],
        "process_steps": [
            {"id": s.id, "label": tr(s.label, lang), "say": tr(s.say, lang), "source": s.source}
            for s in guide.process_steps
        ],
    }


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
    from ..guide.models import INTERNAL_DECLINED

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
            "peers": [resource_data(r, lang, origin) for r in guide.resources_of("peer")],
            "manager_support": manager_support_data(guide, lang),
        },
    )
