"""What each command shows, as a small document of blocks, independent of how it is printed.

The renderers (terminal and plain text in render.py, Markdown and HTML in markup.py) only
decide how a block looks; the choice and order of content is made here, once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from .choices import INTERNAL_LABELS, ROLE_LABELS, SUPPORT_LABELS, TREND_LABELS, Lang, SupportUsed
from .i18n import after_colon, long_date, mid_sentence, plural, t, typeset
from .models import (
    AFTER_FIRST_DAY,
    AFTER_RED_FLAG,
    DECLINED_BEFORE,
    EVENT,
    INTERNAL_DECLINED,
    OCCUPATIONAL_MEDICINE,
    PSYCHOLOGIST,
    RED_FLAGS_NOT_ASKED,
    Guide,
    Resource,
    Sign,
    TeamSection,
    tr,
)
from .triage import Answers, Recommendation, first_words

if TYPE_CHECKING:
    # Only the check-in's and team's documents need these: not imported at start-up.
    from .checkin import CheckinAnswers, CheckinResult, Finding, Reason
    from .team import TeamPlan


@dataclass(frozen=True)
class Heading:
    text: str
    depth: int = 1  # 1: a section; 2: a part of a section; 3: a label inside a compact block
    alert: bool = False  # the emergency numbers: set apart wherever they are shown


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
    # "line": each item a line as it is, never wrapped (file:line: field: problem, for editors).
    style: Literal["bullet", "check", "number", "line"] = "bullet"


Block = Heading | Banner | Para | Items
Document = list[Block]

# The end of a detail line that leaves room to write a number by hand, on a printed card. The
# HTML renderer draws it as a line; Markdown and plain text show it as it is.
WRITE_IN = "_" * 24


def typeset_document(doc: Document, lang: Lang) -> Document:
    """Every text of the document with the language's typography."""
    if lang != "fr":
        return doc
    out: Document = []
    for block in doc:
        if isinstance(block, Items):
            out.append(Items(tuple(typeset(item, lang) for item in block.items), block.style))
        else:
            out.append(replace(block, text=typeset(block.text, lang)))
    return out


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
    """The name, then how to reach it: the number starts its line, so it is never cut by a wrap."""
    texts = [resource.availability, resource.hours, resource.location, resource.details]
    if resource.how_to_reach and (resource.phone or resource.extension):
        texts.insert(3, resource.how_to_reach)
    details = [tr(text, lang).rstrip(".") + "." for text in texts if text]
    how = reach(resource, lang)
    if details:
        how += " – " + " ".join(details)
    return "\n".join(
        [tr(resource.name, lang), how, t("resource.for", lang, audience=after_colon(tr(resource.audience, lang), lang))]
    )


def emergency_item(resource: Resource, lang: Lang) -> str:
    """One line, number first: in an emergency the number is what is looked for."""
    availability = f", {tr(resource.availability, lang)}" if resource.availability else ""
    line = t("labelled", lang, label=resource.phone, text=tr(resource.name, lang))
    return f"{line}{availability}. {tr(resource.audience, lang)}."


def emergency_blocks(guide: Guide, lang: Lang) -> Document:
    return [
        Heading(t("h.emergency", lang), alert=True),
        Items(tuple(emergency_item(r, lang) for r in guide.resources_of("emergency"))),
    ]


def followup_items(
    guide: Guide, ids: tuple[str, ...], lang: Lang, event_date: date | None, *, workdays: bool = False
) -> Items:
    """The follow-up steps, with the day each is due when the event's date is known; a day on a
    weekend or a public holiday says so (with `workdays`, the step is moved to a working day, and
    says from when)."""
    steps = {f.id: f for f in guide.followup}
    if event_date is None:
        return Items(
            tuple(
                t("labelled", lang, label=tr(steps[i].when, lang), text=after_colon(tr(steps[i].what, lang), lang))
                for i in ids
            )
        )
    from .followup import day_off, reminders

    items = []
    wanted = set(ids)  # a set: a membership test over the tuple was quadratic in the steps
    for reminder in reminders(guide, event_date, workdays=workdays):
        if reminder.step.id not in wanted:
            continue
        step, day = reminder.step, long_date(reminder.day, lang)
        # "Friday 27 March 2026, within 24 to 48 hours: ..."
        when, what = mid_sentence(tr(step.when, lang)), after_colon(tr(step.what, lang), lang)
        if reminder.moved:
            due = long_date(reminder.due, lang)
            key = "followup.moved_holiday" if day_off(reminder.due) == "holiday" else "followup.moved"
            items.append(t(key, lang, date=day, due=due, when=when, what=what))
        else:
            off = day_off(reminder.day)
            key = "followup.weekend" if off == "weekend" else "followup.holiday" if off else "followup.dated"
            items.append(t(key, lang, date=day, when=when, what=what))
    return Items(tuple(items))


def key_message_blocks(guide: Guide, lang: Lang) -> Document:
    """The key message; then its informal (« tu ») form, where the language has one."""
    return words_blocks(guide.key_message, guide.key_message_informal, lang)


def words_blocks(formal: dict[Lang, str], informal: dict[Lang, str] | None, lang: Lang) -> Document:
    """Words to say, quoted; then their informal (« tu ») form, where the language has one."""
    said = tr(formal, lang)
    doc: Document = [Para(t("quoted", lang, text=said), style="quote")]
    other = tr(informal, lang) if informal else said
    if other != said:
        doc += [Para(t("key.informal", lang)), Para(t("quoted", lang, text=other), style="quote")]
    return doc


def first_words_rest(guide: Guide, level: int, lang: Lang) -> Document:
    """What the decision's first words leave out: their informal form; at level 3, then, the key
    message, once they are safe and never first."""
    if level == 3:
        safety = words_blocks(guide.safety_words, guide.safety_words_informal, lang)[1:]
        return [*safety, Para(t("key.after_safety", lang)), *key_message_blocks(guide, lang)]
    return key_message_blocks(guide, lang)[1:] if level > 0 else []


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


def short_label(label: str) -> str:
    """A label without its details in brackets: "Dark thoughts (hopelessness, ...)" -> "Dark thoughts"."""
    return label.split(" (")[0]


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


def reachable(resource: Resource) -> bool:
    """Whether the resource can be called now: it has a number."""
    return bool(resource.phone)


def call_line(resource: Resource, lang: Lang) -> str:
    """One line, number first: in a hurry, the number is what is looked for."""
    number = resource.phone or ""
    if resource.extension:
        number = t("resource.with_extension", lang, phone=number, extension=resource.extension)
    about = [tr(resource.short_name or resource.name, lang)]
    if resource.availability:
        about.append(tr(resource.availability, lang))
    elif resource.hours:
        about.append(tr(resource.hours, lang))
    return t("labelled", lang, label=number, text=", ".join(about))


def contact_items(guide: Guide, ids: tuple[str, ...], lang: Lang) -> list[str]:
    """The resources `ids` as items: those that can be reached now, one by one, then those not set
    yet in one line. One pass: a membership test over the list made 5,000 contacts quadratic."""
    ready: list[Resource] = []
    unset: list[Resource] = []
    for rid in ids:
        resource = guide.resource(rid)
        (ready if reachable(resource) or resource.how_to_reach else unset).append(resource)
    items = [resource_item(r, lang) for r in ready]
    if unset:
        items.append(unset_line(unset, lang))
    return items


def reachable_lines(listed: list[Resource], lang: Lang) -> list[str]:
    """One line for each contact that can be called; when several are for some professions only
    (the role is not known: the physicians' and the pharmacists' lines), they share one line, so
    that the decision still fits one screen."""
    ready = [r for r in listed if reachable(r)]
    restricted = [r for r in ready if r.roles]
    if len(restricted) < 2:
        return [call_line(r, lang) for r in ready]
    shared = " · ".join(
        t("labelled", lang, label=r.phone, text=tr(r.short_name or r.name, lang)) for r in restricted
    )
    return [shared if r is restricted[0] else call_line(r, lang) for r in ready if not r.roles or r is restricted[0]]


def unset_note_line(listed: list[Resource], lang: Lang) -> str | None:
    """The one line of the decision for the internal contacts not set yet: None when all are set;
    when only some are, the ones still unset by name, never a line that contradicts the numbers
    just above it."""
    internal = [r for r in listed if r.kind == "internal"]
    unset = [r for r in internal if not reachable(r) and not r.how_to_reach]
    if not unset:
        return None
    if len(unset) == len(internal):
        return t("contacts.unset_short", lang)
    names = t("list.separator", lang).join(tr(r.short_name or r.name, lang) for r in unset)
    line = plural("contacts.unset_some", len(unset), lang, names=names)
    if len(line) > UNSET_NOTE_WIDTH:
        # Named in the rest; here one row, so that the decision still fits one screen.
        return plural("contacts.unset_count", len(unset), lang, count=len(unset))
    return line


# The unset-contacts line of the decision stays on one row of 80 columns, after "- ".
UNSET_NOTE_WIDTH = 76


def unset_line(resources: list[Resource], lang: Lang) -> str:
    """The internal contacts the institution has not set yet, in one item, and whom to ask."""
    names = t("list.separator", lang).join(tr(r.name, lang) for r in resources)
    return t("contacts.unset", lang, names=names)


# What the one-screen answer lists below level 3: the most urgent actions first, four of them.
DECISION_ACTIONS = 4


def decision_actions(guide: Guide, level: int, actions: tuple[str, ...]) -> tuple[str, ...]:
    """The actions the one-screen answer lists. At level 3, every action that is for a red flag
    alone (the stay-with step, each red flag's first step, 15/112, 3114, the seed's three): none
    is cut; the actions shared with levels 1 and 2 come with the rest."""
    if level < 3:
        return actions[:DECISION_ACTIONS]
    only_3 = {a.id for a in guide.actions if a.at_red_flags_only}
    return tuple(i for i in actions if i in only_3)


def call_now(guide: Guide, rec: Recommendation, lang: Lang, when: datetime | None = None) -> tuple[str, ...]:
    """Whom to call now, numbers first, in a few lines.

    At level 3, every emergency number (15, 112, 114 and 3114), then who can be reached `when`
    (see `level3_routes`); otherwise the institution's own contacts when set, then the national
    lines, and one line for contacts not set yet.
    """
    if rec.level == 3:
        return level3_calls(guide, lang, when)
    listed = [guide.resource(i) for i in rec.resources]
    return contact_lines(listed, lang, unset_note=not rec.external_first)


def level3_calls(guide: Guide, lang: Lang, when: datetime | None) -> tuple[str, ...]:
    """Whom to call at a red flag (triage and check-in alike): every emergency number, then who
    can be reached `when`."""
    emergency = tuple(call_line(r, lang) for r in guide.resources_of("emergency"))
    return (*emergency, *level3_routes(guide, lang, when))


def level3_routes(guide: Guide, lang: Lang, when: datetime | None) -> tuple[str, ...]:
    """At a red flag, whom to alert beside the emergency numbers, from the clock: occupational
    medicine while it is open (its own hours, else office hours), and the institution's
    round-the-clock routes (`kind: on-call`) open now; when neither can be reached, what to do at
    night, at weekends and on holidays: the emergency department, or 15. Without a clock (the
    page), every route with its hours, or what to do at night when none is set."""
    from .hours import is_open, office_open

    occupational = next((r for r in guide.resources_of("internal") if r.id == OCCUPATIONAL_MEDICINE), None)
    office = when is None or office_open(occupational.open if occupational else None, when)
    lines = []
    if occupational is not None and reachable(occupational) and office:
        lines.append(call_line(occupational, lang))
    routes = [r for r in guide.resources_of("on-call") if reachable(r)]
    lines += [call_line(r, lang) for r in routes if when is None or is_open(r.open, when) is not False]
    # What to do at night when nothing else can be reached: said at night; and where no clock is
    # known (the page) whenever no route is set, since it is true at any hour.
    if (not routes) if when is None else (not office and not lines):
        lines.append(t("call.out_of_hours", lang))
    return tuple(lines)


def contact_lines(listed: list[Resource], lang: Lang, *, unset_note: bool = True) -> tuple[str, ...]:
    """The contacts that can be called, numbers first, one line for the institution's contacts
    not set yet (unless `unset_note` is false), and the emergency line."""
    lines = reachable_lines(listed, lang)
    note = unset_note_line(listed, lang) if unset_note else None
    if note:
        lines.append(note)
    lines.append(t("call.emergency_line", lang))
    return tuple(lines)


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
    guide: Guide, rec: Recommendation, lang: Lang, event_date: date | None = None, *, workdays: bool = False
) -> Document:
    """What the decision leaves out: the level's summary, every action in full, what to avoid,
    every resource, the follow-up, the emergency numbers and the disclaimer."""
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
        Para(
            t("contacts.external_first" if rec.external_first else "contacts.internal_first", lang),
            style="note",
        ),
        Items(tuple(items)),
    ]
    if rec.peers:
        doc += peer_blocks(guide, rec.peers, lang)
    if rec.followup:
        doc += [
            Heading(t("h.followup", lang)),
            followup_items(guide, rec.followup, lang, event_date, workdays=workdays),
        ]
    doc += emergency_blocks(guide, lang)
    doc += [Para(tr(guide.disclaimer, lang), style="note"), manager_line(guide, lang)]
    return doc


def triage_document(
    guide: Guide, rec: Recommendation, lang: Lang, event_date: date | None = None, *, workdays: bool = False
) -> Document:
    """The whole recommendation: the decision, then what it leaves out."""
    return decision_document(guide, rec, lang) + guidance_document(
        guide, rec, lang, event_date, workdays=workdays
    )


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
        Items(tuple(tr(s.text, lang) for s in script.steps), style="number"),
    ]
    if see_also:
        doc.append(Para(t("script.see_avoid", lang), style="note"))
    return doc


def resources_document(guide: Guide, lang: Lang, resources: list[Resource], *, emergency: bool) -> Document:
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
    if emergency:
        doc += emergency_blocks(guide, lang)
    return doc


def described(sign: Sign, lang: Lang, *, short: bool = False) -> str:
    """A sign's label, then what it looks like on a line of its own (with `short`, what comes
    before its examples, for a question's menu)."""
    if sign.description is None:
        return tr(sign.label, lang)
    description = tr(sign.description, lang)
    if short:
        description = description.split(":")[0].rstrip(" \u00a0.") + "."
    return f"{tr(sign.label, lang)}\n{description}"


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
                f"{t('quoted', lang, text=tr(i.question, lang))}"
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
    guide: Guide, rec: Recommendation, lang: Lang, event_date: date, written: date, *, workdays: bool = False
) -> Document:
    """The triage as a file to keep: the answers, then the recommendation with dated follow-up."""
    return [
        Heading(t("summary.title", lang)),
        Para(t("summary.written", lang, date=long_date(written, lang)), style="note"),
        *answers_blocks(guide, rec.answers, lang),
        *triage_document(guide, rec, lang, event_date, workdays=workdays),
    ]


def followup_document(guide: Guide, lang: Lang, event_date: date, *, workdays: bool = False) -> Document:
    ids = tuple(f.id for f in guide.followup)
    return [
        Heading(t("followup.title", lang, date=long_date(event_date, lang))),
        followup_items(guide, ids, lang, event_date, workdays=workdays),
    ]


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


def card_document(guide: Guide, lang: Lang) -> Document:
    """The whole guide on a printable card: what is needed at once comes first, the
    institution's own contacts before the national lines."""
    internal = list(guide.resources_of("internal"))
    external = list(guide.resources_of("external"))
    contacts: Document = []
    if internal:
        contacts += [
            Heading(t("h.internal", lang)),
            Para(t("internal.intro", lang)),
            Items(tuple(card_contact_item(r, lang) for r in internal)),
        ]
    if external:
        contacts += [
            Heading(t("h.external", lang)),
            Para(t("external.intro", lang)),
            Items(tuple(resource_item(r, lang) for r in external)),
        ]
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
        *script_document(guide, lang, see_also=False),
        Heading(t("h.signs", lang)),
        Para(t("signs.intro", lang)),
        Items(tuple(tr(s.label, lang) for s in guide.warning_signs)),
        Heading(t("card.levels", lang)),
    ]
    for level in sorted(guide.levels, key=lambda lv: lv.level):
        # "Declined internal resources" has its own wording of the same action at level 2. The
        # card is a pocket reference: each action in its short wording where it has one (the
        # full wording is in the triage and in `signs`).
        # The red flags' own actions are listed above, once; those for answers of another kind
        # (red flags not asked, a check-in after a red flag) belong to the triage and check-in.
        actions = [
            tr(a.short or a.text, lang)
            for a in guide.actions
            if level.level in a.levels
            and not a.at_red_flags_only
            and not {INTERNAL_DECLINED, RED_FLAGS_NOT_ASKED, AFTER_RED_FLAG, AFTER_FIRST_DAY, DECLINED_BEFORE} & set(a.requires)
        ]
        doc += [
            Heading(t("card.level", lang, level=level.level, name=tr(level.name, lang)), depth=2),
            Para(tr(level.summary, lang)),
            Items(tuple(actions), style="check"),
        ]
    doc += avoid_document(guide, lang)
    doc += [
        Heading(t("h.followup", lang)),
        followup_items(guide, tuple(f.id for f in guide.followup), lang, None),
    ]
    return doc


# Follow-up contacts (checkin).


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
    from .checkin import about_one_month

    about = about_one_month(day)
    ident = reason.id or ""
    if reason.kind in ("red-flag", "sign", "item"):
        from .checkin import Finding

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


def step_items(guide: Guide, result: CheckinResult, lang: Lang) -> Items:
    """Each step still to come, with its two contacts and what to say about it."""
    steps = {s.id: s for s in guide.process_steps}
    items = []
    for upcoming in result.answers.steps or ():
        before, after = (c.on for c in result.step_contacts if c.step == upcoming.id)
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
    from .checkin import Finding

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
    from .checkin import about_one_month

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


def checkin_decision(guide: Guide, result: CheckinResult, lang: Lang, when: datetime | None = None) -> Document:
    """The check-in's decision, to fit one 80x24 screen as the triage's does: the level and why,
    the professional assessment when something persists at one month, what to do now (the most
    urgent first, in short) and whom to call."""
    level = guide.level(result.level)
    actions = {a.id: a for a in guide.actions}
    # At level 3 the actions already send them to occupational medicine and psychological care.
    referral = result.assessment and result.level < 3
    why = checkin_reasons_line(guide, result, lang)
    day = t("checkin.day", lang, day=result.day, event=long_date(result.event_date, lang))
    # The assessment follows its reasons in the same paragraph: one row less on a small screen.
    referred = assessment_text(guide, result, lang, short=True) if referral else ""
    doc: Document = [
        Banner(t("level.banner", lang, level=result.level, name=tr(level.name, lang)), result.level),
        Para(" ".join(part for part in (day, why, referred) if part)),
    ]
    # At level 0 the follow-up closes: what to tell them (the door stays open) stands for the
    # actions, which are the first contact's advice for when no event is known (in the rest).
    now = decision_actions(guide, result.level, result.actions) if result.level > 0 else ()
    if now:
        doc += [
            Heading(t("h.now", lang), depth=3),
            Items(tuple(tr(actions[i].short or actions[i].text, lang) for i in now), style="number"),
        ]
    else:
        doc.append(Para(tr(guide.closing.text, lang)))
    if now and result.level < 3 and not result.followup and not result.step_contacts:
        doc.append(Para(t("checkin.no_more", lang)))  # no planned contact left: agree on the next
    if result.level == 3:
        doc += [Heading(t("h.call_now", lang), depth=3), Items(level3_calls(guide, lang, when))]
    else:
        # Whom to call, as at the first contact: the actions above say to use them now. The
        # contacts the institution has not set yet are named in the rest, not here.
        listed = [guide.resource(i) for i in result.resources]
        lines = contact_lines(listed, lang, unset_note=False)
        unset = assessment_unset_line(guide, lang) if referral else None
        if unset:
            # Named here, since the assessment above is with them: never left to guess.
            lines = (*lines[:-1], unset, lines[-1])
        doc += [Heading(t("h.call", lang), depth=3), Items(lines)]
    return doc


def checkin_rest(guide: Guide, result: CheckinResult, lang: Lang) -> Document:
    """What the check-in's decision leaves out: the dates, what changed since the last contact, the
    professional assessment in full, every action in full, the contacts around the processes,
    whom to contact and the follow-up still to come (or its closing)."""
    actions = {a.id: a for a in guide.actions}
    when = t("checkin.when", lang, date=long_date(result.date, lang), day=result.day, event=long_date(result.event_date, lang))
    doc: Document = [Para(when, style="note"), *comparison_blocks(guide, result, lang)]
    if result.assessment:
        doc += [Heading(t("checkin.h_assessment", lang)), Para(assessment_text(guide, result, lang))]
    doc += [Heading(t("h.more", lang)), Para(tr(guide.checkin_summaries[result.level], lang))]
    if result.actions:
        doc.append(Items(tuple(tr(actions[i].text, lang) for i in result.actions), style="check"))
    if result.step_contacts:
        doc += [
            Heading(t("checkin.h_steps", lang)),
            Para(tr(guide.process_note.text, lang)),
            step_items(guide, result, lang),
        ]
    if result.remind_support:
        key = (
            "checkin.support_not_used"
            if result.answers.support_used is SupportUsed.no
            else "checkin.support_not_known"
        )
        doc += [Heading(t("checkin.h_support", lang)), Para(t(key, lang))]
    if result.level > 0:
        # At level 3, words of concern first; the key message once they are safe.
        said = Para(t("quoted", lang, text=tr(first_words(guide, result.level), lang)), style="quote")
        doc += [Heading(t("h.key_message", lang)), said, *first_words_rest(guide, result.level, lang)]
        items = contact_items(guide, result.resources, lang)
        doc += [
            Heading(t("h.contacts", lang)),
            Para(t("contacts.external_first" if result.external_first else "contacts.internal_first", lang), style="note"),
            Items(tuple(items)),
        ]
    # When the follow-up closes, the decision says so (guide.closing).
    if result.followup:
        doc += [Heading(t("h.followup", lang)), followup_items(guide, result.followup, lang, result.event_date)]
    elif not result.closes:
        doc += [Heading(t("h.followup", lang)), Para(t("checkin.no_more", lang))]
    doc += emergency_blocks(guide, lang)
    doc += [
        Para(tr(guide.checkin_note.text, lang), style="note"),
        Para(tr(guide.disclaimer, lang), style="note"),
        manager_line(guide, lang),
    ]
    return doc


def checkin_document(guide: Guide, result: CheckinResult, lang: Lang) -> Document:
    """A follow-up contact, whole: the decision, then what it leaves out."""
    return checkin_decision(guide, result, lang) + checkin_rest(guide, result, lang)


def checkin_answers_blocks(guide: Guide, answers: CheckinAnswers, lang: Lang) -> Document:
    """The answers of a check-in, in words, for the summary file."""
    from .checkin import Finding

    sep, none, not_asked = t("list.separator", lang), t("summary.none", lang), t("summary.not_asked", lang)

    def labels(kind: Literal["red-flag", "sign", "item"], ids: tuple[str, ...] | None) -> str:
        if ids is None:
            return not_asked
        return sep.join(after_colon(finding_label(guide, Finding(kind=kind, id=i), lang), lang) for i in ids) or none

    steps = answers.steps
    step_text = (
        not_asked if steps is None else sep.join(after_colon(step_label(guide, s.id, lang), lang) for s in steps) or none
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


def checkin_summary_document(guide: Guide, result: CheckinResult, lang: Lang) -> Document:
    """The check-in as a file to keep: the answers, the contacts so far, then the check-in."""
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
        *checkin_answers_blocks(guide, result.answers, lang),
        Heading(t("checkin.h_history", lang)),
        Items(history),
        *checkin_document(guide, result, lang),
    ]


# --- When a whole team is hit (issue 14) ---------------------------------------------------


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
    from .followup import day_off

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
    from .team import checkin_command

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
    first = after_colon(tr(guide.situation(situations[0]).label, lang), lang)
    return plural("team.decision_situations", len(situations), lang, count=len(situations), label=first)


def team_summary_document(guide: Guide, plan: TeamPlan, lang: Lang, written: date) -> Document:
    """The team plan as a file to keep, with its dates; no name."""
    return [
        Heading(t("team.summary_title", lang)),
        Para(t("summary.written", lang, date=long_date(written, lang)), style="note"),
        *team_document(guide, plan, lang),
    ]
