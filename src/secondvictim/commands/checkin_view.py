"""What the check-in shows: the decision, the comparison with the previous contacts, the summary,
and the same result as JSON."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from ..guide.models import (
    OCCUPATIONAL_MEDICINE,
    PSYCHOLOGIST,
    Guide,
    tr,
)
from ..i18n import after_colon, long_date, plural, t
from ..render.blocks import Banner, Document, Heading, Items, Para
from ..rules.choices import SUPPORT_LABELS, TREND_LABELS, Lang, SupportUsed
from ..rules.shortcode import short_code
from .fragments import (
    contact_items,
    contact_lines,
    contacts_note,
    emergency_blocks,
    first_words_rest,
    level3_calls,
    plan_note,
    reachable,
    short_label,
    steps_items,
)
from .selection import CheckinSelection, as_checkin
from .team_view import manager_line

if TYPE_CHECKING:
    from ..rules.checkin import CheckinAnswers, CheckinResult, Finding, Reason


def finding_label(guide: Guide, finding: Finding, lang: Lang) -> str:
    """What was seen or said, in words; an id the guide no longer has (an institution hid it
    since the previous contact) is shown as it is."""
    if finding.kind == "item":
        items = {i.id: i for i in guide.checkin_items}
        return tr(items[finding.id].label, lang) if finding.id in items else finding.id
    signs = {s.id: s for s in (*guide.warning_signs, *guide.red_flags)}
    return tr(signs[finding.id].label, lang) if finding.id in signs else finding.id


def step_label(guide: Guide, ident: str, lang: Lang) -> str:
    steps = {s.id: s for s in guide.process_steps}
    return tr(steps[ident].label, lang) if ident in steps else ident


def reason_text(guide: Guide, reason: Reason, lang: Lang, day: int) -> str:
    """Why the level is what it is, one reason in words; the time since the event (`day`) as it
    is: "about one month" near day 30 only, "one month or more" later."""
    from ..rules.checkin import about_one_month

    about = about_one_month(day)
    ident = reason.id or ""
    if reason.kind in ("red-flag", "sign", "item"):
        from ..rules.checkin import Finding

        label = after_colon(finding_label(guide, Finding(kind=reason.kind, id=ident), lang), lang)
        key = {"red-flag": "why.red_flag", "sign": "why.sign", "item": "checkin.why_item"}[reason.kind]
        return t(key, lang, label=label)
    if reason.kind == "step":
        return t("checkin.why_step", lang, label=step_label(guide, ident, lang))
    if reason.kind == "worse-than-previous":
        return t("checkin.why_previous", lang, level=ident)
    return {
        "worse": t("checkin.why_worse", lang),
        "same-at-one-month": t("checkin.why_same_about", lang) if about else t("checkin.why_same", lang),
        "followup": t("checkin.why_followup", lang),
        "closing": t("checkin.why_closing", lang) if about else t("checkin.why_closing_later", lang),
        "after-level-3": t("checkin.why_after_level_3", lang),
        "red-flags-not-asked": t("why.red_flags_not_asked", lang),
    }[reason.kind]


def contact_kind(kind: str, lang: Lang) -> str:
    return t("checkin.kind_triage", lang) if kind == "triage" else t("checkin.kind_checkin", lang)


def comparison_blocks(guide: Guide, result: CheckinResult, lang: Lang) -> Document:
    """What persists, is new or has gone since the previous contact."""
    if result.comparison is None:
        return []
    previous = result.history[-2]
    sep = t("list.separator", lang)

    def labels(found: tuple[Finding, ...]) -> str:
        return sep.join(after_colon(finding_label(guide, f, lang), lang) for f in found)

    lines = []
    if result.comparison.persisting:
        lines.append(t("checkin.persisting", lang, labels=labels(result.comparison.persisting)))
    if result.comparison.new:
        lines.append(t("checkin.new", lang, labels=labels(result.comparison.new)))
    if result.comparison.gone:
        lines.append(t("checkin.gone", lang, labels=labels(result.comparison.gone)))
    heading = t(
        "checkin.h_since",
        lang,
        kind=contact_kind(previous.kind, lang),
        date=long_date(previous.date, lang),
        level=previous.level,
    )
    return [Heading(heading), Items(tuple(lines or [t("checkin.nothing_then_or_now", lang)]))]


def step_items(guide: Guide, sel: CheckinSelection, lang: Lang) -> Items:
    """Each step still to come, with its two contacts and what to say about it."""
    steps = {s.id: s for s in guide.process_steps}
    items = []
    for upcoming in sel.facts.answers.steps or ():
        before, after = (c.on for c in sel.step_contacts if c.step == upcoming.id)
        label = step_label(guide, upcoming.id, lang)
        if upcoming.on and before and after:
            line = t(
                "checkin.step_dated",
                lang,
                label=label,
                date=long_date(upcoming.on, lang),
                before=long_date(before, lang),
                after=long_date(after, lang),
            )
        else:
            line = t("checkin.step_undated", lang, label=label)
        say = tr(steps[upcoming.id].say, lang) if upcoming.id in steps else ""
        items.append(f"{line}\n{say}" if say else line)
    return Items(tuple(items))


def checkin_reasons_line(guide: Guide, result: CheckinResult, lang: Lang, *, skip: tuple[str, ...] = ()) -> str:
    """Why the level is what it is, in one paragraph: what was seen or reported, grouped by kind
    ("Warning signs: A; B."), then the other reasons but those of a kind in `skip`."""
    from ..rules.checkin import Finding

    keys = {"red-flag": "decision.red_flags", "sign": "decision.signs", "item": "checkin.decision_items"}
    found: dict[str, list[str]] = {}
    others: list[str] = []
    # Several red flags: named briefly, as on the triage's decision.
    brief = sum(reason.kind == "red-flag" for reason in result.reasons) > 1
    for reason in result.reasons:
        if reason.kind in skip:
            continue
        if reason.kind in keys and reason.id:
            label = finding_label(guide, Finding(kind=reason.kind, id=reason.id), lang)
            if brief and reason.kind == "red-flag":
                label = short_label(label)
            found.setdefault(reason.kind, []).append(after_colon(label, lang))
        else:
            others.append(reason_text(guide, reason, lang, result.day))
    sep = t("list.separator", lang)
    grouped = [plural(keys[kind], len(labels), lang, labels=sep.join(labels)) for kind, labels in found.items()]
    return " ".join(grouped + others)


def assessment_text(guide: Guide, result: CheckinResult, lang: Lang, *, short: bool = False) -> str:
    """The professional assessment recommended, after the time since the event as it is: "about
    one month" near day 30, "one month or more after the event" later. In `short` (the decision,
    where the reasons come just before), the time is not said twice when "not easing" said it."""
    from ..rules.checkin import about_one_month

    when = t("checkin.assessment_about", lang) if about_one_month(result.day) else t("checkin.assessment_later", lang)
    text = guide.referral.short if short and guide.referral.short else guide.referral.text
    if short and any(r.kind == "same-at-one-month" for r in result.reasons):
        return tr(text, lang)
    return f"{when} {tr(text, lang)}"


# The contacts an assessment is with (the referral's own words name them).
ASSESSMENT_CONTACTS = (OCCUPATIONAL_MEDICINE, PSYCHOLOGIST)


def assessment_unset_line(guide: Guide, lang: Lang) -> str | None:
    """When an assessment is recommended, the one line for occupational medicine and the
    psychologist that cannot be called (their numbers are listed with the others); None when
    both can be."""
    known = {r.id: r for r in guide.resources_of("internal")}
    unset = [known[i] for i in ASSESSMENT_CONTACTS if i in known and not reachable(known[i])]
    if not unset:
        return None
    if len(unset) == len(ASSESSMENT_CONTACTS):
        return t("checkin.assessment_unset_both", lang)  # one row, so that the decision fits
    names = t("list.separator", lang).join(tr(r.short_name or r.name, lang) for r in unset)
    return t("checkin.assessment_unset", lang, names=names)


def checkin_decision(
    guide: Guide,
    shown: CheckinSelection | CheckinResult,
    lang: Lang,
    when: datetime | None = None,
    *,
    plan: str | None = None,
) -> Document:
    """The check-in's decision, to fit one 80x24 screen as the triage's does: the level and why,
    the professional assessment when something persists at one month, what to do now (the most
    urgent first, in short) and whom to call."""
    sel = as_checkin(guide, shown)
    result = sel.facts
    level = guide.level(sel.level)
    actions = {a.id: a for a in guide.actions}
    why = checkin_reasons_line(guide, result, lang)
    event = long_date(result.event_date, lang)
    # "Plan K7F2, day 3": two colleagues followed at once are told apart.
    day = (
        t("keep.checkin_day", lang, code=short_code(plan), day=result.day, event=event)
        if plan
        else t("checkin.day", lang, day=result.day, event=event)
    )
    # The assessment follows its reasons in the same paragraph: one row less on a small screen.
    referred = assessment_text(guide, result, lang, short=True) if sel.referral else ""
    doc: Document = [
        Banner(t("level.banner", lang, level=sel.level, name=tr(level.name, lang)), sel.level),
        Para(" ".join(part for part in (day, why, referred) if part)),
    ]
    # At level 0 the follow-up closes: what to tell them (the door stays open) stands for the
    # actions, which are the first contact's advice for when no event is known (in the rest).
    if sel.now:
        doc += [
            Heading(t("h.now", lang), depth=3),
            Items(tuple(tr(actions[i].short or actions[i].text, lang) for i in sel.now), style="number"),
        ]
    else:
        doc.append(Para(tr(guide.closing.text, lang)))
    if sel.now and sel.level < 3 and not sel.followup and not sel.step_contacts:
        doc.append(Para(t("checkin.no_more", lang)))  # no planned contact left: agree on the next
    return doc + checkin_calls(guide, sel, lang, when)


def checkin_calls(guide: Guide, sel: CheckinSelection, lang: Lang, when: datetime | None) -> Document:
    """Whom to call: at level 3 every emergency number and who can be reached `when`; else, as at
    the first contact, the contacts the actions say to use now, and one line for the contacts
    the institution has not set yet, as the triage says it."""
    if sel.level == 3:
        return [Heading(t("h.call_now", lang), depth=3), Items(level3_calls(guide, lang, when))]
    listed = [guide.resource(i) for i in sel.resources]
    unset = assessment_unset_line(guide, lang) if sel.referral else None
    lines = contact_lines(listed, lang, unset_note=unset is None)
    if unset:
        # Named here, since the assessment above is with them: never left to guess.
        lines = (*lines[:-1], unset, lines[-1])
    return [Heading(t("h.call", lang), depth=3), Items(lines)]


def checkin_rest(guide: Guide, shown: CheckinSelection | CheckinResult, lang: Lang) -> Document:
    """What the check-in's decision leaves out: the dates, what changed since the last contact, the
    professional assessment in full, every action in full, the contacts around the processes,
    whom to contact and the follow-up still to come (or its closing)."""
    sel = as_checkin(guide, shown)
    result = sel.facts
    actions = {a.id: a for a in guide.actions}
    when = t("checkin.when", lang, date=long_date(result.date, lang), day=result.day, event=long_date(result.event_date, lang))
    doc: Document = [Para(when, style="note"), *comparison_blocks(guide, result, lang)]
    if result.assessment:
        doc += [Heading(t("checkin.h_assessment", lang)), Para(assessment_text(guide, result, lang))]
    doc += [Heading(t("h.more", lang)), Para(tr(guide.checkin_summaries[sel.level], lang))]
    if sel.actions:
        doc.append(Items(tuple(tr(actions[i].text, lang) for i in sel.actions), style="check"))
    if sel.step_contacts:
        doc += [
            Heading(t("checkin.h_steps", lang)),
            Para(tr(guide.process_note.text, lang)),
            step_items(guide, sel, lang),
        ]
    if result.remind_support:
        key = (
            "checkin.support_not_used"
            if result.answers.support_used is SupportUsed.no
            else "checkin.support_not_known"
        )
        doc += [Heading(t("checkin.h_support", lang)), Para(t(key, lang))]
    if sel.level > 0:
        # At level 3, words of concern first; the key message once they are safe.
        said = Para(t("quoted", lang, text=tr(sel.first_words, lang)), style="quote")
        doc += [Heading(t("h.key_message", lang)), said, *first_words_rest(guide, sel.level, lang)]
        doc += [
            Heading(t("h.contacts", lang)),
            Para(contacts_note(sel.level, sel.external_first, lang), style="note"),
            Items(tuple(contact_items(guide, sel.resources, lang))),
        ]
    # When the follow-up closes, the decision says so (guide.closing).
    if sel.followup:
        doc += [Heading(t("h.followup", lang)), steps_items(sel.followup, lang)]
    elif not result.closes:
        doc += [Heading(t("h.followup", lang)), Para(t("checkin.no_more", lang))]
    doc += emergency_blocks(guide, lang, [guide.resource(i) for i in sel.emergency])
    doc += [
        Para(tr(guide.checkin_note.text, lang), style="note"),
        Para(tr(guide.disclaimer, lang), style="note"),
        manager_line(guide, lang),
    ]
    return doc


def checkin_document(guide: Guide, shown: CheckinSelection | CheckinResult, lang: Lang) -> Document:
    """A follow-up contact, whole: the decision, then what it leaves out."""
    sel = as_checkin(guide, shown)
    return checkin_decision(guide, sel, lang) + checkin_rest(guide, sel, lang)


def checkin_answers_blocks(guide: Guide, answers: CheckinAnswers, lang: Lang) -> Document:
    """The answers of a check-in, in words, for the summary file."""
    from ..rules.checkin import Finding

    sep, none, not_asked = t("list.separator", lang), t("summary.none", lang), t("summary.not_asked", lang)

    def labels(kind: Literal["red-flag", "sign", "item"], ids: tuple[str, ...] | None) -> str:
        if ids is None:
            return not_asked
        return sep.join(after_colon(finding_label(guide, Finding(kind=kind, id=i), lang), lang) for i in ids) or none

    steps = answers.steps
    step_text = (
        not_asked
        if steps is None
        else sep.join(after_colon(step_label(guide, s.id, lang), lang) for s in steps) or t("summary.none_f", lang)
    )
    return [
        Heading(t("summary.answers", lang)),
        Items(
            (
                t("summary.red_flags", lang, value=labels("red-flag", answers.red_flags)),
                t("summary.signs", lang, value=labels("sign", answers.signs)),
                t("checkin.a_trend", lang, value=after_colon(t(TREND_LABELS[answers.trend], lang), lang)),
                t("checkin.a_items", lang, value=labels("item", answers.items)),
                t("checkin.a_support", lang, value=after_colon(t(SUPPORT_LABELS[answers.support_used], lang), lang)),
                t("checkin.a_steps", lang, value=step_text),
            )
        ),
    ]


def checkin_summary_document(
    guide: Guide, shown: CheckinSelection | CheckinResult, lang: Lang, plan: str | None = None, label: str | None = None
) -> Document:
    """The check-in as a file to keep: the answers, the contacts so far, then the check-in."""
    sel = as_checkin(guide, shown)
    result = sel.facts
    history = tuple(
        t(
            "checkin.history_line",
            lang,
            date=long_date(c.date, lang),
            day=c.day,
            kind=contact_kind(c.kind, lang),
            level=c.level,
        )
        for c in result.history
    )
    return [
        Heading(t("checkin.summary_title", lang)),
        Para(t("summary.written", lang, date=long_date(result.date, lang)), style="note"),
        *([plan_note(plan, lang, label)] if plan else []),
        *checkin_answers_blocks(guide, result.answers, lang),
        Heading(t("checkin.h_history", lang)),
        Items(history),
        *checkin_document(guide, sel, lang),
    ]
