"""What the triage shows: the one-screen decision, the rest of the guidance, the summary, and the
same recommendation as JSON."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..guide.models import (
    EVENT,
    Guide,
    tr,
)
from ..i18n import after_colon, long_date, plural, t
from ..render.blocks import Banner, Document, Heading, Items, Para
from ..render.jsondoc import Origin, document, followup_data, packaged, resource_data
from ..rules.choices import INTERNAL_LABELS, ROLE_LABELS, Lang
from ..rules.shortcode import short_code
from ..rules.triage import Answers, Recommendation, first_words, first_words_informal
from .fragments import (
    call_now,
    contact_items,
    contacts_note,
    decision_actions,
    emergency_blocks,
    first_words_rest,
    followup_items,
    plan_note,
    short_label,
)
from .reference_view import attitudes_data
from .team_view import (
    manager_line,
    manager_support_data,
    outreach_line,
    peer_blocks,
    peer_offer_data,
    reason_label,
)

if TYPE_CHECKING:
    from ..rules.followup import Reminder


def reasons_line(guide: Guide, rec: Recommendation, lang: Lang) -> str:
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
    situations = rec.answers.situations
    if situations:
        # The situations answered still matter above level 1 (what to say, whom to think of).
        named = {s.id: s for s in guide.situations}
        also = t("list.separator", lang).join(
            after_colon(tr(named[i].label, lang), lang) for i in situations if i in named
        )
        line += " " + plural("decision.situations", len(situations), lang, labels=also)
    return line


def reasons_text(guide: Guide, rec: Recommendation, lang: Lang) -> list[str]:
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


def decision_document(guide: Guide, rec: Recommendation, lang: Lang, when: datetime | None = None) -> Document:
    """The decision, to fit one 80x24 screen: the level, why, what to do now (the most urgent
    first), whom to call now (at level 3, from the clock `when`), and the first words to say."""
    level = guide.level(rec.level)
    actions = {a.id: a for a in guide.actions}
    return [
        Banner(t("level.banner", lang, level=rec.level, name=tr(level.name, lang)), rec.level),
        Para(reasons_line(guide, rec, lang)),
        Heading(t("h.now", lang), depth=3),
        Items(
            tuple(tr(actions[i].short or actions[i].text, lang) for i in decision_actions(guide, rec.level, rec.actions)),
            style="number",
        ),
        Heading(t("h.call_now", lang) if rec.level == 3 else t("h.call", lang), depth=3),
        Items(call_now(guide, rec, lang, when)),
        Heading(t("h.key_message", lang) if rec.level > 0 else t("h.attentive_words", lang), depth=3),
        Para(t("quoted", lang, text=tr(first_words(guide, rec.level), lang)), style="quote"),
    ]


def guidance_document(
    guide: Guide,
    rec: Recommendation,
    lang: Lang,
    event_date: date | None = None,
    *,
    workdays: bool = False,
    today: date | None = None,
) -> Document:
    """What the decision leaves out: the level's summary, every action in full, what to avoid,
    every resource, the follow-up (with `today`, its steps already past marked), the emergency
    numbers and the disclaimer."""
    level = guide.level(rec.level)
    actions = {a.id: a for a in guide.actions}
    doc: Document = [Heading(t("h.more", lang)), Para(tr(level.summary, lang))]
    if rec.level == 1 and rec.reasons != (EVENT,):
        # The decision names one situation: here, every reason.
        doc.append(Items(tuple(reasons_text(guide, rec, lang))))
    doc.append(Items(tuple(tr(actions[i].text, lang) for i in rec.actions), style="check"))
    doc += first_words_rest(guide, rec.level, lang)
    doc += [
        Heading(t("h.avoid", lang)),
        Items(tuple(tr(a.avoid, lang) for a in guide.attitudes)),
    ]
    if rec.level == 0:
        doc += [
            Heading(t("h.watch", lang)),
            Items(tuple(tr(s.label, lang) for s in guide.warning_signs)),
        ]
    # The numbers that work now come first; internal contacts not set yet, in one line.
    items = contact_items(guide, rec.resources, lang)
    doc += [
        Heading(t("h.contacts", lang)),
        Para(contacts_note(rec.level, rec.external_first, lang), style="note"),
        Items(tuple(items)),
    ]
    if rec.peers:
        doc += peer_blocks(guide, rec.peers, lang)
    if rec.followup:
        doc += [
            Heading(t("h.followup", lang)),
            followup_items(guide, rec.followup, lang, event_date, workdays=workdays, today=today),
        ]
    doc += emergency_blocks(guide, lang)
    doc += [Para(tr(guide.disclaimer, lang), style="note"), manager_line(guide, lang)]
    return doc


def triage_document(
    guide: Guide,
    rec: Recommendation,
    lang: Lang,
    event_date: date | None = None,
    *,
    workdays: bool = False,
    today: date | None = None,
) -> Document:
    """The whole recommendation: the decision, then what it leaves out."""
    return decision_document(guide, rec, lang) + guidance_document(
        guide, rec, lang, event_date, workdays=workdays, today=today
    )


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
    rec: Recommendation,
    lang: Lang,
    event_date: date,
    written: date,
    *,
    workdays: bool = False,
    plan: str | None = None,
    label: str | None = None,
) -> Document:
    """The triage as a file to keep: the answers, then the recommendation with dated follow-up
    (the steps already past on the day it is written marked as such)."""
    return [
        Heading(t("summary.title", lang)),
        Para(t("summary.written", lang, date=long_date(written, lang)), style="note"),
        *([plan_note(plan, lang, label)] if plan else []),
        *answers_blocks(guide, rec.answers, lang),
        *triage_document(guide, rec, lang, event_date, workdays=workdays, today=written),
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
    rec: Recommendation,
    lang: Lang,
    *,
    plan: str,
    event_date: date,
    written: date,
    reminders: list[Reminder],
    warnings: list[dict[str, Any]],
    origin: Origin = packaged,
) -> dict[str, Any]:
    """The triage document: the same for --json and for a summary file written with -o."""
    level = guide.level(rec.level)
    actions = {a.id: a for a in guide.actions}
    body = {
        "plan_id": plan,
        "plan_code": short_code(plan),
        "event_date": event_date.isoformat(),
        "written": written.isoformat(),
        "level": rec.level,
        "level_name": tr(level.name, lang),
        "summary": tr(level.summary, lang),
        "answers": rec.answers.model_dump(mode="json"),
        "reasons": [{"id": i, "label": reason_id_text(guide, i, lang)} for i in rec.reasons],
        "actions": [{"id": i, "text": tr(actions[i].text, lang)} for i in rec.actions],
        "first_words": tr(first_words(guide, rec.level), lang),
        "first_words_informal": tr(first_words_informal(guide, rec.level), lang),
        "key_message": tr(guide.key_message, lang),
        "key_message_informal": tr(guide.key_message_informal or guide.key_message, lang),
        "avoid": attitudes_data(guide, lang),
        "external_first": rec.external_first,
        "resources": [resource_data(guide.resource(i), lang, origin) for i in rec.resources],
        "peers": [resource_data(guide.resource(i), lang, origin) for i in rec.peers],
        "peer_offer": peer_offer_data(guide, lang) if rec.peers else None,
        "emergency": [resource_data(guide.resource(i), lang, origin) for i in rec.emergency],
        "followup": followup_data(reminders, rec.followup, lang, today=written),
        "disclaimer": tr(guide.disclaimer, lang),
        "manager_support": manager_support_data(guide, lang),
        "warnings": warnings,
    }
    return document("triage", lang, body)
