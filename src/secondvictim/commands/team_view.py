"""What the team plan shows: the decision, the rest of the plan, the summary, and the JSON."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from ..blocks import Document, Heading, Items, Para
from ..choices import Lang
from ..i18n import after_colon, long_date, mid_sentence, plural, t
from ..models import (
    EVENT,
    Guide,
    TeamSection,
    tr,
)
from ..render_json import document, resource_data, sign_data
from .fragments import emergency_blocks, resource_item

if TYPE_CHECKING:
    from ..team import TeamPlan


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
        Para(t("quoted", lang, text=tr(offer.words, lang)), style="quote"),
        Para(tr(offer.consent, lang)),
        Items(tuple(resource_item(guide.resource(i), lang) for i in peers)),
    ]


def manager_line(guide: Guide, lang: Lang) -> Para:
    """The last line of every triage and team result: the manager is supported too."""
    return Para(tr(guide.manager_support.line, lang), style="note")


def team_step_item(guide: Guide, plan: TeamPlan, sid: str, lang: Lang) -> str:
    from ..followup import day_off

    step = next(s for s in guide.team.steps if s.id == sid)
    planned = next(p for p in plan.steps if p.id == sid)
    when, what = mid_sentence(tr(step.when, lang)), after_colon(tr(step.what, lang), lang)
    start = long_date(planned.date, lang)
    off = day_off(planned.date) if planned.day > 0 else None
    if off:  # as in the follow-up plan: someone must be there that day
        start += " " + t("mark.weekend" if off == "weekend" else "mark.holiday", lang)
    if planned.until is None:
        return t("team.step_dated", lang, date=start, when=when, what=what)
    return t("team.step_window", lang, start=start, end=long_date(planned.until, lang), when=when, what=what)


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


def team_document(guide: Guide, plan: TeamPlan, lang: Lang) -> Document:
    """The plan for an event that affects a whole team: dated steps first, then how to do each."""
    return team_decision(guide, plan, lang) + team_rest(guide, plan, lang)


def team_decision(guide: Guide, plan: TeamPlan, lang: Lang) -> Document:
    """The team plan's first screen: the situations and the dated steps, the same shift first."""
    team = guide.team
    doc: Document = [
        Heading(t("team.title", lang, date=long_date(plan.event_date, lang))),
        Para(tr(team.intro, lang)),
    ]
    if 0 < len(plan.situations) <= 2:
        labels = t("list.separator", lang).join(
            after_colon(tr(guide.situation(i).label, lang), lang) for i in plan.situations
        )
        doc.append(Para(t("labelled", lang, label=t("team.h_situations", lang), text=labels) + "."))
    elif plan.situations:
        # More than two: the first named and the count; the rest lists them all.
        doc.append(Para(outreach_line(guide, plan.situations, lang)))
    doc += [
        Heading(t("team.h_steps", lang)),
        Items(tuple(team_step_item(guide, plan, s.id, lang) for s in plan.steps)),
        Heading(t("h.call", lang), depth=3),
        Items((t("call.emergency_line", lang),)),
    ]
    return doc


def team_rest(guide: Guide, plan: TeamPlan, lang: Lang) -> Document:
    """Every situation named, how to do each step of the team plan, the manager's own support,
    and the numbers."""
    from ..team import checkin_command

    team = guide.team
    doc: Document = []
    if plan.situations:
        doc += [
            Heading(t("team.h_situations", lang)),
            Items(tuple(tr(guide.situation(i).label, lang) for i in plan.situations)),
        ]
    if plan.death:
        doc += team_section(team.pause, lang, style="bullet")
    doc += team_section(team.huddle, lang)
    doc += team_section(team.think_of, lang)
    doc += team_section(team.checkins, lang)
    # The command as one line, never wrapped: copied in two pieces it would lose its end.
    doc += [Para(t("team.command", lang)), Items((checkin_command(plan),), "line")]
    doc += team_section(team.reflection, lang, style="bullet")
    doc += team_section(team.month, lang)
    manager = guide.manager_support
    doc.append(Heading(tr(manager.title, lang)))
    doc += [Para(tr(p, lang)) for p in manager.paragraphs]
    doc += emergency_blocks(guide, lang)
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


def team_summary_document(guide: Guide, plan: TeamPlan, lang: Lang, written: date) -> Document:
    """The team plan as a file to keep, with its dates; no name."""
    return [
        Heading(t("team.summary_title", lang)),
        Para(t("summary.written", lang, date=long_date(written, lang)), style="note"),
        *team_document(guide, plan, lang),
    ]


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
    from ..followup import day_off
    from ..team import checkin_command

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
                "holiday": day_off(p.date) == "holiday",
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
