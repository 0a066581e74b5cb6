"""What the team plan shows: the decision, the rest of the plan, the summary, and the JSON."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from ..guide.models import (
    EVENT,
    Guide,
    Resource,
    TeamSection,
    tr,
)
from ..i18n import after_colon, long_date, mid_sentence, plural, t
from ..render.blocks import Document, Heading, Items, Para
from ..render.jsondoc import document, resource_data, sign_data
from ..rules.choices import Lang
from ..rules.shortcode import short_code
from .fragments import (
    contact_items,
    emergency_blocks,
    plan_note,
    reachable,
    reachable_lines,
    resource_item,
    unset_note_line,
    words_blocks,
)
from .selection import TEAM_SECTIONS, TeamSelection, as_team

if TYPE_CHECKING:
    from ..rules.team import PlannedStep, TeamPlan


def reason_label(guide: Guide, reason: str, lang: Lang) -> str:
    """A level-1 reason in words: the event answer, or a situation that calls for outreach."""
    if reason == EVENT:
        return t("why.event", lang)
    return t("team.why_situation", lang, label=after_colon(tr(guide.situation(reason).label, lang), lang))


def situation_item(guide: Guide, sid: str, lang: Lang) -> str:
    """A situation, and on its second line the id to give as --situation."""
    return f"{tr(guide.situation(sid).label, lang)}\n{t('team.id', lang, id=sid)}"


def situations_blocks(guide: Guide, lang: Lang) -> Document:
    return [
        Heading(t("team.h_situations", lang)),
        Para(t("team.situations_intro", lang)),
        Items(tuple(situation_item(guide, s.id, lang) for s in guide.situations)),
    ]


def peer_blocks(guide: Guide, peers: tuple[str, ...], lang: Lang) -> Document:
    """The institution's peer supporters: how to propose one, consent first, then how to reach them."""
    offer = guide.peer_offer
    return [
        Heading(t("team.h_peers", lang)),
        Para(tr(offer.intro, lang)),
        *words_blocks(offer.words, offer.words_informal, lang),
        Para(tr(offer.consent, lang)),
        Items(tuple(resource_item(guide.resource(i), lang) for i in peers)),
    ]


def manager_line(guide: Guide, lang: Lang) -> Para:
    """The last line of every triage and team result: the manager is supported too."""
    return Para(tr(guide.manager_support.line, lang), style="note")


def marked_date(day: date, lang: Lang) -> str:
    """The date in words, marked "(weekend)" or "(public holiday)" when no one may be at work."""
    from ..rules.followup import day_off

    off = day_off(day)
    text = long_date(day, lang)
    return f"{text} {t('mark.weekend' if off == 'weekend' else 'mark.holiday', lang)}" if off else text


def team_step_item(guide: Guide, planned: PlannedStep, lang: Lang) -> str:
    step = next(s for s in guide.team.steps if s.id == planned.id)
    when, what = mid_sentence(tr(step.when, lang)), after_colon(tr(step.what, lang), lang)
    # As in the follow-up plan: someone must be there that day (the day of the event is a given).
    start = marked_date(planned.date, lang) if planned.day > 0 else long_date(planned.date, lang)
    if planned.until is None:
        return t("team.step_dated", lang, date=start, when=when, what=what)
    # The window's last day too (review L6): a reflection offered "until" a public holiday.
    return t("team.step_window", lang, start=start, end=marked_date(planned.until, lang), when=when, what=what)


def team_section(section: TeamSection, lang: Lang, style: Literal["bullet", "check"] = "check") -> Document:
    doc: Document = [Heading(tr(section.title, lang)), Para(tr(section.intro, lang))]
    if section.items:
        doc.append(Items(tuple(tr(i.text, lang) for i in section.items), style=style))
    if section.avoid:
        doc += [
            Para(t("team.avoid", lang)),
            Items(tuple(tr(i.text, lang) for i in section.avoid)),
        ]
    return doc


def team_document(guide: Guide, shown: TeamSelection | TeamPlan, lang: Lang) -> Document:
    """The plan for an event that affects a whole team: dated steps first, then how to do each."""
    sel = as_team(guide, shown)
    return team_decision(guide, sel, lang) + team_rest(guide, sel, lang)


def team_decision(guide: Guide, shown: TeamSelection | TeamPlan, lang: Lang, shown_calls: int | None = None) -> Document:
    """The team plan's first screen: the situations and the dated steps, the same shift first;
    with `shown_calls`, only that many contacts on the line of numbers (see `fitted_team_decision`)."""
    sel = as_team(guide, shown)
    doc: Document = [
        Heading(t("team.title", lang, date=long_date(sel.event_date, lang))),
    ]
    if 0 < len(sel.situations) <= 2:
        labels = t("list.separator", lang).join(
            after_colon(tr(guide.situation(i).label, lang), lang) for i in sel.situations
        )
        doc.append(Para(t("labelled", lang, label=t("team.h_situations", lang), text=labels) + "."))
    elif sel.situations:
        # More than two: the first named and the count; the rest lists them all.
        doc.append(Para(outreach_line(guide, sel.situations, lang)))
    doc += [
        Heading(t("team.h_steps", lang)),
        Items(tuple(team_step_item(guide, p, lang) for p in sel.steps)),
        Heading(t("h.call", lang), depth=3),
        Items(team_calls(guide, sel, lang, shown_calls)),
    ]
    return doc


def fitted_team_decision(
    guide: Guide, shown: TeamSelection | TeamPlan, lang: Lang, fits: Callable[[Document], bool]
) -> Document:
    """The first screen when many contacts would push the title off it (80x24): the line of
    numbers keeps as many contacts as fit, SPS always, and says how many more the rest lists
    ("Whom to contact", one Enter away); the dates, the CUMP and the emergency line stay."""
    sel = as_team(guide, shown)
    count = len([i for i in sel.contacts if reachable(guide.resource(i))])
    for calls in range(count, 0, -1):
        doc = team_decision(guide, sel, lang, calls)
        if fits(doc):
            return doc
    return team_decision(guide, sel, lang, 1)


def team_calls(guide: Guide, sel: TeamSelection, lang: Lang, shown: int | None = None) -> tuple[str, ...]:
    """The numbers first (more than two share one line, so that the plan's first screen still
    fits 80x24; one line for the internal contacts not set yet), the CUMP through the 15 for the
    events that call for it, then the emergency line. With `shown`, the shared line keeps that
    many contacts (SPS first kept, then the others in order) and counts the others."""
    listed = [guide.resource(i) for i in sel.contacts]
    ready = [r for r in listed if reachable(r)]
    if len(ready) > 2:
        kept = ready if shown is None else kept_contacts(ready, shown)
        named = [t("labelled", lang, label=number(r, lang), text=tr(r.short_name or r.name, lang)) for r in kept]
        if len(kept) < len(ready):
            more = len(ready) - len(kept)
            named.append(plural("team.calls_more", more, lang, count=more))
        lines = [" · ".join(named)]
    else:
        lines = reachable_lines(listed, lang)
    note = unset_note_line(listed, lang)
    if note:
        lines.append(note)
    if guide.team.cump is not None and sel.cump:
        lines.append(tr(guide.team.cump.short, lang))
    return (*lines, t("call.emergency_line", lang))


def kept_contacts(ready: list[Resource], shown: int) -> list[Resource]:
    """`shown` of the contacts, in their order: SPS (national, 24/7) always, then the first others."""
    first = [r for r in ready if r.id == "sps"] + [r for r in ready if r.id != "sps"]
    keep = {r.id for r in first[: max(shown, 1)]}
    return [r for r in ready if r.id in keep]


def number(resource: Resource, lang: Lang) -> str:
    """A contact's number, with its extension when it has one."""
    if resource.extension:
        return t("resource.with_extension", lang, phone=resource.phone, extension=resource.extension)
    return resource.phone or ""


def team_contacts_blocks(guide: Guide, sel: TeamSelection, lang: Lang) -> Document:
    """Whom to call, in full: each contact with its hours, and the CUMP when it is called for."""
    doc: Document = [Heading(t("h.contacts", lang)), Items(tuple(contact_items(guide, sel.contacts, lang)))]
    if guide.team.cump is not None and sel.cump:
        doc.append(Para(tr(guide.team.cump.text, lang)))
    return doc


# How each section's items are marked: things to do are checked, offers are bullets.
SECTION_STYLES: dict[str, Literal["bullet", "check"]] = {"pause": "bullet", "reflection": "bullet"}


def team_rest(guide: Guide, shown: TeamSelection | TeamPlan, lang: Lang) -> Document:
    """Every situation named, how to do each step of the team plan, the manager's own support,
    and the numbers."""
    sel = as_team(guide, shown)
    team = guide.team
    # The intro opens the rest: the first screen keeps its rows for the dates and whom to call.
    doc: Document = [Para(tr(team.intro, lang))]
    if sel.situations:
        doc += [
            Heading(t("team.h_situations", lang)),
            Items(tuple(tr(guide.situation(i).label, lang) for i in sel.situations)),
        ]
    for name in sel.sections:
        doc += team_section(getattr(team, name), lang, style=SECTION_STYLES.get(name, "check"))
        if name == "checkins":
            # The command as one line, never wrapped: copied in two pieces it would lose its end.
            doc += [Para(t("team.command", lang)), Items((sel.command,), "line")]
    manager = guide.manager_support
    doc.append(Heading(tr(manager.title, lang)))
    doc += [Para(tr(p, lang)) for p in manager.paragraphs]
    doc += team_contacts_blocks(guide, sel, lang)
    doc += emergency_blocks(guide, lang, [guide.resource(i) for i in sel.emergency])
    doc += [Para(tr(guide.disclaimer, lang), style="note"), manager_line(guide, lang)]
    return doc


def outreach_line(guide: Guide, reasons: tuple[str, ...], lang: Lang) -> str:
    """Level 1's reasons in one sentence of at most two lines, for the one-screen decision: the
    situations that call for outreach when there are any (the first one named), else the event.
    The guidance lists every reason."""
    situations = [i for i in reasons if i != EVENT]
    if not situations:
        return t("why.event", lang)
    label = tr(guide.situation(situations[0]).label, lang)
    # One: after a colon; several: mid-sentence, after « dont » / "including".
    first = after_colon(label, lang) if len(situations) == 1 else mid_sentence(label)
    return plural("team.decision_situations", len(situations), lang, count=len(situations), label=first)


def team_summary_document(
    guide: Guide, sel: TeamSelection, lang: Lang, written: date, plan_id: str | None = None, label: str | None = None
) -> Document:
    """The team plan as a file to keep, with its dates and its code (and the manager's label); no name."""
    return [
        Heading(t("team.summary_title", lang)),
        Para(t("summary.written", lang, date=long_date(written, lang)), style="note"),
        *([plan_note(plan_id, lang, label)] if plan_id else []),
        *team_document(guide, sel, lang),
    ]


def peer_offer_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    offer = guide.peer_offer
    return {
        "intro": tr(offer.intro, lang),
        "words": tr(offer.words, lang),
        "words_informal": tr(offer.words_informal or offer.words, lang),
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
    guide: Guide, shown: TeamSelection | TeamPlan, lang: Lang, *, plan_id: str, written: date, warnings: list[dict[str, Any]]
) -> dict[str, Any]:
    """The team document: the same content as `team_document`, with every date; the same for
    --json and for a file written with -o."""
    sel = as_team(guide, shown)
    team = guide.team
    body: dict[str, Any] = {
        "plan_id": plan_id,
        "plan_code": short_code(plan_id),
        "event_date": sel.event_date.isoformat(),
        "written": written.isoformat(),
        "death": sel.death,
        "situations": [sign_data(guide.situation(i), lang) for i in sel.situations],
        "intro": tr(team.intro, lang),
        "steps": [team_step_data(guide, p, lang) for p in sel.steps],
        **{name: team_section_data(getattr(team, name), lang) if name in sel.sections else None for name in TEAM_SECTIONS},
        "manager_support": manager_support_data(guide, lang),
        "contacts": [resource_data(guide.resource(i), lang) for i in sel.contacts],
        "cump": {"text": tr(team.cump.text, lang), "source": team.cump.source} if team.cump and sel.cump else None,
        "emergency": [resource_data(guide.resource(i), lang) for i in sel.emergency],
        "disclaimer": tr(guide.disclaimer, lang),
        "warnings": warnings,
    }
    body["checkins"] = {**body["checkins"], "command": sel.command}
    return document("team", lang, body)


def team_step_data(guide: Guide, planned: PlannedStep, lang: Lang) -> dict[str, Any]:
    """A step of the team plan, with its dates."""
    from ..rules.followup import day_off

    step = next(s for s in guide.team.steps if s.id == planned.id)
    return {
        "id": planned.id,
        "day": planned.day,
        "date": planned.date.isoformat(),
        "date_text": long_date(planned.date, lang),
        "weekend": planned.date.weekday() >= 5,
        "holiday": day_off(planned.date) == "holiday",
        "until_day": step.until,
        "until": planned.until.isoformat() if planned.until else None,
        "until_text": long_date(planned.until, lang) if planned.until else None,
        "title": tr(step.title, lang),
        "when": tr(step.when, lang),
        "what": tr(step.what, lang),
        "source": step.source,
    }
