"""What each command shows, as a small document of blocks, independent of how it is printed.

The renderers (terminal, plain text, later Markdown and HTML) only decide how a block looks;
the choice and order of content is made here, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .models import Guide, Lang, Resource, tr
from .strings import t
from .triage import Recommendation


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Banner:
    """The action level, stated in words; the terminal renderer adds colour, never alone."""

    text: str
    level: int


@dataclass(frozen=True)
class Para:
    text: str
    style: Literal["normal", "quote", "note"] = "normal"


@dataclass(frozen=True)
class Items:
    # An item may span several lines ("\n"); the first is the item, the others details.
    items: tuple[str, ...]
    style: Literal["bullet", "check", "number"] = "bullet"


Block = Heading | Banner | Para | Items
Document = list[Block]


def reach(resource: Resource, lang: Lang) -> str:
    """How to reach a resource, in a few words: its number, or what the institution wrote."""
    numbers = [resource.phone] if resource.phone else []
    if resource.extension:
        numbers.append(t("resource.extension", lang, extension=resource.extension))
    if numbers:
        return ", ".join(numbers)
    if resource.how_to_reach:
        return tr(resource.how_to_reach, lang)
    return t("resource.no_phone", lang)


def resource_item(resource: Resource, lang: Lang) -> str:
    lines = [t("labelled", lang, label=tr(resource.name, lang), text=reach(resource, lang))]
    texts = [resource.availability, resource.hours, resource.location, resource.details]
    if resource.how_to_reach and (resource.phone or resource.extension):
        texts.insert(3, resource.how_to_reach)
    details = [tr(text, lang).rstrip(".") + "." for text in texts if text]
    if details:
        lines.append(" ".join(details))
    lines.append(t("resource.for", lang, audience=tr(resource.audience, lang)))
    return "\n".join(lines)


def emergency_item(resource: Resource, lang: Lang) -> str:
    """One line, number first: in an emergency the number is what is looked for."""
    availability = f", {tr(resource.availability, lang)}" if resource.availability else ""
    line = t("labelled", lang, label=resource.phone, text=tr(resource.name, lang))
    return f"{line}{availability}. {tr(resource.audience, lang)}."


def emergency_blocks(guide: Guide, lang: Lang) -> Document:
    return [
        Heading(t("h.emergency", lang)),
        Items(tuple(emergency_item(r, lang) for r in guide.resources_of("emergency"))),
    ]


def triage_document(guide: Guide, rec: Recommendation, lang: Lang) -> Document:
    level = guide.level(rec.level)
    doc: Document = [
        Banner(t("level.banner", lang, level=rec.level, name=tr(level.name, lang)), rec.level),
        Para(tr(level.summary, lang)),
        Heading(t("h.why", lang)),
    ]
    if rec.level == 3:
        why = [t("why.red_flag", lang, label=tr(guide.sign_or_flag(i).label, lang)) for i in rec.reasons]
    elif rec.level == 2:
        why = [t("why.sign", lang, label=tr(guide.sign_or_flag(i).label, lang)) for i in rec.reasons]
    elif rec.level == 1:
        why = [t("why.event", lang)]
    else:
        why = [t("why.none", lang)]
    doc.append(Items(tuple(why)))
    # At level 3 the emergency numbers come before anything else to read.
    if rec.level == 3:
        doc += emergency_blocks(guide, lang)
    actions = {a.id: a for a in guide.actions}
    doc += [
        Heading(t("h.actions", lang)),
        Items(tuple(tr(actions[i].text, lang) for i in rec.actions), style="check"),
        Heading(t("h.key_message", lang)),
        Para(t("quoted", lang, text=tr(guide.key_message, lang)), style="quote"),
        Heading(t("h.avoid", lang)),
        Items(tuple(tr(a.avoid, lang) for a in guide.attitudes)),
    ]
    if rec.level == 0:
        doc += [
            Heading(t("h.watch", lang)),
            Items(tuple(tr(s.label, lang) for s in guide.warning_signs)),
        ]
    doc += [
        Heading(t("h.contacts", lang)),
        Para(
            t("contacts.external_first" if rec.external_first else "contacts.internal_first", lang),
            style="note",
        ),
        Items(tuple(resource_item(guide.resource(i), lang) for i in rec.resources)),
    ]
    if rec.followup:
        steps = {f.id: f for f in guide.followup}
        doc += [
            Heading(t("h.followup", lang)),
            Items(
                tuple(
                    t("labelled", lang, label=tr(steps[i].when, lang), text=tr(steps[i].what, lang))
                    for i in rec.followup
                )
            ),
        ]
    if rec.level != 3:
        doc += emergency_blocks(guide, lang)
    doc.append(Para(tr(guide.disclaimer, lang), style="note"))
    return doc


def script_document(guide: Guide, lang: Lang) -> Document:
    script = guide.script
    return [
        Heading(t("h.script", lang)),
        Para(tr(script.principle, lang)),
        Heading(t("h.key", lang)),
        Para(t("quoted", lang, text=tr(guide.key_message, lang)), style="quote"),
        Para(tr(script.why, lang)),
        Heading(t("h.how", lang)),
        Items(tuple(tr(s.text, lang) for s in script.steps), style="number"),
        Para(t("script.see_avoid", lang), style="note"),
    ]


def resources_document(guide: Guide, lang: Lang, resources: list[Resource], *, emergency: bool) -> Document:
    doc: Document = []
    internal = [r for r in resources if r.kind == "internal"]
    external = [r for r in resources if r.kind == "external"]
    if internal:
        doc += [
            Heading(t("h.internal", lang)),
            Para(t("internal.intro", lang)),
            Items(tuple(resource_item(r, lang) for r in internal)),
        ]
    if external:
        doc += [
            Heading(t("h.external", lang)),
            Para(t("external.intro", lang)),
            Items(tuple(resource_item(r, lang) for r in external)),
        ]
    if emergency:
        doc += emergency_blocks(guide, lang)
    return doc


def signs_document(guide: Guide, lang: Lang) -> Document:
    # The actions proper to level 3, not those it shares with the lower levels.
    level3 = [tr(a.text, lang) for a in guide.actions if a.levels == (3,)]
    return [
        Heading(t("h.signs", lang)),
        Para(t("signs.intro", lang)),
        Items(tuple(tr(s.label, lang) for s in guide.warning_signs)),
        Heading(t("h.red_flags", lang)),
        Para(t("red_flags.intro", lang)),
        Items(tuple(tr(s.label, lang) for s in guide.red_flags)),
        Heading(t("h.red_flag_actions", lang)),
        Items(tuple(level3), style="check"),
        *emergency_blocks(guide, lang),
    ]


def avoid_document(guide: Guide, lang: Lang) -> Document:
    return [
        Heading(t("h.attitudes", lang)),
        Para(tr(guide.attitudes_intro, lang)),
        Items(
            tuple(
                f"{tr(a.avoid, lang)}\n{t('instead', lang, text=tr(a.instead, lang))}"
                for a in guide.attitudes
            )
        ),
    ]


def about_document(guide: Guide, lang: Lang) -> Document:
    doc: Document = []
    for section in guide.about:
        doc.append(Heading(tr(section.title, lang)))
        doc += [Para(tr(p, lang)) for p in section.paragraphs]
    doc.append(Para(tr(guide.disclaimer, lang), style="note"))
    return doc
