"""What the triage shows: the one-screen decision, the rest of the guidance, the summary, and the
same recommendation as JSON."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..guide.models import (
    EVENT,
    Guide,
    tr,
)
from ..i18n import after_colon, long_date, plural, t
from ..render.blocks import Banner, Document, Heading, Items, Para
from ..render.jsondoc import Origin, document, packaged, resource_data
from ..rules.choices import INTERNAL_LABELS, ROLE_LABELS, Lang
from ..rules.shortcode import short_code
from ..rules.triage import Answers, Recommendation
from .fragments import (
    contact_items,
    contact_lines,
    contacts_note,
    emergency_blocks,
    first_words_rest,
    level3_calls,
    plan_note,
    short_label,
    steps_data,
    steps_items,
)
from .reference_view import attitude_data
from .selection import TriageSelection, as_triage
from .team_view import (
    manager_line,
    manager_support_data,
    outreach_line,
    peer_blocks,
    peer_offer_data,
    reason_label,
)


def reasons_line(guide: Guide, rec: TriageSelection, lang: Lang) -> str:
    """The answers that set the level, in one sentence: "Warning signs: A; B"."""
    if rec.level == 1:
        return outreach_line(guide, rec.reasons, lang)
    if rec.level < 2:
        return reasons_text(guide, rec, lang)[0]
    # Several red flags: their labels without the details in brackets, so that what to do stays
    # on the screen (the details are in `signs` and on the card).
    brief = rec.level == 3 and len(rec.reasons) > 1
    labels = t("list.separator", lang).join(
        after_colon(short_label(tr(guide.sign_or_flag(i).label, lang)) if brief else tr(guide.sign_or_flag(i).label, lang), lang)
        for i in rec.reasons
    )
    key = "decision.red_flags" if rec.level == 3 else "decision.signs"
    line = plural(key, len(rec.reasons), lang, labels=labels)
    situations = rec.situations
    if situations:
        # The situations answered still matter above level 1 (what to say, whom to think of).
        also = t("list.separator", lang).join(after_colon(tr(guide.situation(i).label, lang), lang) for i in situations)
        line += " " + plural("decision.situations", len(situations), lang, labels=also)
    return line


def reasons_text(guide: Guide, rec: TriageSelection, lang: Lang) -> list[str]:
    """The answers that set the level, in words."""
    if rec.level == 3:
        return [
            t("why.red_flag", lang, label=after_colon(tr(guide.sign_or_flag(i).label, lang), lang)) for i in rec.reasons
        ]
    if rec.level == 2:
        return [
            t("why.sign", lang, label=after_colon(tr(guide.sign_or_flag(i).label, lang), lang)) for i in rec.reasons
        ]
    if rec.level == 1:
        return [reason_label(guide, i, lang) for i in rec.reasons]
    return [t("why.none", lang)]


def decision_document(
    guide: Guide, shown: TriageSelection | Recommendation, lang: Lang, when: datetime | None = None
) -> Document:
    """The decision, to fit one 80x24 screen: the level, why, what to do now (the most urgent
    first), whom to call now (at level 3, from the clock `when`), and the first words to say."""
    sel = as_triage(guide, shown)
    level = guide.level(sel.level)
    actions = {a.id: a for a in guide.actions}
    if sel.level == 3:
        calls = level3_calls(guide, lang, when)
    else:
        calls = contact_lines([guide.resource(i) for i in sel.resources], lang, unset_note=not sel.external_first)
    return [
        Banner(t("level.banner", lang, level=sel.level, name=tr(level.name, lang)), sel.level),
        Para(reasons_line(guide, sel, lang)),
        Heading(t("h.now", lang), depth=3),
        Items(tuple(tr(actions[i].short or actions[i].text, lang) for i in sel.now), style="number"),
        Heading(t("h.call_now", lang) if sel.level == 3 else t("h.call", lang), depth=3),
        Items(calls),
        Heading(t("h.key_message", lang) if sel.level > 0 else t("h.attentive_words", lang), depth=3),
        Para(t("quoted", lang, text=tr(sel.first_words, lang)), style="quote"),
    ]


def guidance_document(
    guide: Guide,
    shown: TriageSelection | Recommendation,
    lang: Lang,
    dated: bool = True,
) -> Document:
    """What the decision leaves out: the level's summary, every action in full, what to avoid,
    every resource, the follow-up (`dated`: with the day of each step, those already past
    marked), the emergency numbers and the disclaimer."""
    sel = as_triage(guide, shown)
    level = guide.level(sel.level)
    actions = {a.id: a for a in guide.actions}
    attitudes = {a.id: a for a in guide.attitudes}
    doc: Document = [Heading(t("h.more", lang)), Para(tr(level.summary, lang))]
    if sel.level == 1 and sel.reasons != (EVENT,):
        # The decision names one situation: here, every reason.
        doc.append(Items(tuple(reasons_text(guide, sel, lang))))
    doc.append(Items(tuple(tr(actions[i].text, lang) for i in sel.actions), style="check"))
    doc += first_words_rest(guide, sel.level, lang)
    doc += [Heading(t("h.avoid", lang)), Items(tuple(tr(attitudes[i].avoid, lang) for i in sel.attitudes))]
    if sel.watch:
        doc += [Heading(t("h.watch", lang)), Items(tuple(tr(guide.sign_or_flag(i).label, lang) for i in sel.watch))]
    # The numbers that work now come first; internal contacts not set yet, in one line.
    doc += [
        Heading(t("h.contacts", lang)),
        Para(contacts_note(sel.level, sel.external_first, lang), style="note"),
        Items(tuple(contact_items(guide, sel.resources, lang))),
    ]
    if sel.peers:
        doc += peer_blocks(guide, sel.peers, lang)
    if sel.followup:
        doc += [Heading(t("h.followup", lang)), steps_items(sel.followup, lang, dated=dated)]
    doc += emergency_blocks(guide, lang, [guide.resource(i) for i in sel.emergency])
    doc += [Para(tr(guide.disclaimer, lang), style="note"), manager_line(guide, lang)]
    return doc


def triage_document(guide: Guide, shown: TriageSelection | Recommendation, lang: Lang, dated: bool = True) -> Document:
    """The whole recommendation: the decision, then what it leaves out."""
    sel = as_triage(guide, shown)
    return decision_document(guide, sel, lang) + guidance_document(guide, sel, lang, dated)


def answers_blocks(guide: Guide, answers: Answers, lang: Lang) -> Document:
    """The answers given, in words, for the summary file."""

    def labels(ids: tuple[str, ...] | None) -> str:
        if ids is None:
            return t("summary.not_asked", lang)
        return ", ".join(tr(guide.sign_or_flag(i).label, lang) for i in ids) or t("summary.none", lang)

    event = {True: t("internal.yes", lang), False: t("internal.no", lang), None: t("summary.not_asked", lang)}
    return [
        Heading(t("summary.answers", lang)),
        Items(
            (
                t("summary.red_flags", lang, value=labels(answers.red_flags)),
                t("summary.event", lang, value=event[answers.event]),
                t(
                    "team.summary_situations",
                    lang,
                    value=", ".join(after_colon(tr(guide.situation(i).label, lang), lang) for i in answers.situations)
                    or t("summary.none_f", lang),
                ),
                t("summary.signs", lang, value=labels(answers.signs)),
                t("summary.role", lang, value=t(ROLE_LABELS[answers.role], lang)),
                t("summary.internal", lang, value=t(INTERNAL_LABELS[answers.internal], lang)),
            )
        ),
    ]


def summary_document(
    guide: Guide,
    sel: TriageSelection,
    lang: Lang,
    written: date,
    *,
    plan: str | None = None,
    label: str | None = None,
) -> Document:
    """The triage as a file to keep: the answers, then the recommendation with dated follow-up
    (the steps already past on the day it is written marked as such)."""
    return [
        Heading(t("summary.title", lang)),
        Para(t("summary.written", lang, date=long_date(written, lang)), style="note"),
        *([plan_note(plan, lang, label)] if plan else []),
        *answers_blocks(guide, sel.answers, lang),
        *triage_document(guide, sel, lang),
    ]


def reason_id_text(guide: Guide, reason: str, lang: Lang) -> str:
    """The label of a reason id: the event answer, a situation, a warning sign or a red flag."""
    if reason == EVENT:
        return t("why.event", lang)
    if any(s.id == reason for s in guide.situations):
        return tr(guide.situation(reason).label, lang)
    return tr(guide.sign_or_flag(reason).label, lang)


def triage_data(
    guide: Guide,
    sel: TriageSelection,
    lang: Lang,
    *,
    plan: str,
    event_date: date,
    written: date,
    warnings: list[dict[str, Any]],
    origin: Origin = packaged,
) -> dict[str, Any]:
    """The triage document: the same for --json and for a summary file written with -o."""
    level = guide.level(sel.level)
    actions = {a.id: a for a in guide.actions}
    attitudes = {a.id: a for a in guide.attitudes}
    body = {
        "plan_id": plan,
        "plan_code": short_code(plan),
        "event_date": event_date.isoformat(),
        "written": written.isoformat(),
        "level": sel.level,
        "level_name": tr(level.name, lang),
        "summary": tr(level.summary, lang),
        "answers": sel.answers.model_dump(mode="json"),
        "reasons": [{"id": i, "label": reason_id_text(guide, i, lang)} for i in sel.reasons],
        "actions": [{"id": i, "text": tr(actions[i].text, lang)} for i in sel.actions],
        "first_words": tr(sel.first_words, lang),
        "first_words_informal": tr(sel.first_words_informal, lang),
        "key_message": tr(guide.key_message, lang),
        "key_message_informal": tr(guide.key_message_informal or guide.key_message, lang),
        "avoid": [attitude_data(attitudes[i], lang) for i in sel.attitudes],
        "external_first": sel.external_first,
        "resources": [resource_data(guide.resource(i), lang, origin) for i in sel.resources],
        "peers": [resource_data(guide.resource(i), lang, origin) for i in sel.peers],
        "peer_offer": peer_offer_data(guide, lang) if sel.peers else None,
        "emergency": [resource_data(guide.resource(i), lang, origin) for i in sel.emergency],
        "followup": steps_data(sel.followup, lang),
        "disclaimer": tr(guide.disclaimer, lang),
        "manager_support": manager_support_data(guide, lang),
        "warnings": warnings,
    }
    return document("triage", lang, body)
