"""The fragments several commands show: how to reach a resource, the emergency numbers, the
follow-up steps, whom to call now."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..guide.models import (
    OCCUPATIONAL_MEDICINE,
    PSYCHOLOGIST,
    Guide,
    Resource,
    ScriptStep,
    Sign,
    tr,
)
from ..i18n import after_colon, long_date, mid_sentence, plural, t
from ..render.blocks import Document, Heading, Items, Para
from ..rules.choices import Lang
from ..rules.shortcode import short_code
from ..rules.triage import Recommendation

if TYPE_CHECKING:
    from .selection import Step


def plan_note(plan_id: str, lang: Lang, label: str | None = None) -> Para:
    """The plan's short code (and in a file, the manager's label), to tell plans apart."""
    key = "keep.plan_label" if label else "keep.plan"
    return Para(t(key, lang, code=short_code(plan_id), label=label), style="note")


def reach(resource: Resource, lang: Lang) -> str:
    """How to reach a resource, in a few words: its number, or what the institution wrote."""
    numbers = [resource.phone] if resource.phone else []
    if resource.extension:
        numbers.append(t("resource.extension", lang, extension=resource.extension))
    if numbers:
        return ", ".join(numbers)
    if resource.how_to_reach:
        # Written as a sentence by the institution: its full stop would stand before the dash.
        return tr(resource.how_to_reach, lang).rstrip(".")
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


def emergency_blocks(guide: Guide, lang: Lang, listed: Iterable[Resource] | None = None) -> Document:
    """The emergency numbers (the guide's, or those `listed`), set apart wherever they are shown."""
    chosen = guide.resources_of("emergency") if listed is None else listed
    return [
        Heading(t("h.emergency", lang), alert=True),
        Items(tuple(emergency_item(r, lang) for r in chosen)),
    ]


def followup_items(
    guide: Guide,
    ids: tuple[str, ...],
    lang: Lang,
    event_date: date | None,
    *,
    workdays: bool = False,
    today: date | None = None,
) -> Items:
    """The follow-up steps `ids`, dated when the event's date is known (with `workdays`, moved off
    weekends and public holidays), and with `today` those already past marked (see `steps_items`)."""
    from ..rules.followup import reminders
    from .selection import followup_steps

    planned = reminders(guide, event_date, workdays=workdays) if event_date is not None else None
    return steps_items(followup_steps(guide, ids, planned, today), lang)


def steps_items(steps: Sequence[Step], lang: Lang, *, dated: bool = True) -> Items:
    """The follow-up steps chosen, with the day each is due when they are `dated`; a day on a
    weekend or a public holiday says so (a step moved to a working day says from when); a step
    whose day is already past is marked so."""
    from ..rules.followup import day_off

    items = []
    for shown in steps:
        step, reminder = shown.step, shown.reminder
        if reminder is None or not dated:
            items.append(t("labelled", lang, label=tr(step.when, lang), text=after_colon(tr(step.what, lang), lang)))
            continue
        day = long_date(reminder.day, lang)
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
        if shown.past:
            items[-1] = t("followup.past", lang, item=items[-1])
    return Items(tuple(items))


def steps_data(steps: Sequence[Step], lang: Lang) -> list[dict[str, Any]]:
    """The follow-up steps chosen, as JSON (the same steps `steps_items` shows)."""
    from ..render.jsondoc import step_data

    return [step_data(s.reminder, s.step, lang, s.past) for s in steps]


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


def step_text(step: ScriptStep, lang: Lang) -> str:
    """A first-contact step; with the « tu » form of the words it quotes, where the language has one."""
    return with_informal(tr(step.text, lang), step.informal, lang)


def with_informal(said: str, informal: dict[Lang, str] | None, lang: Lang) -> str:
    """Words (or a text that quotes them); then the « tu » form of the words, where it differs."""
    other = tr(informal, lang) if informal else None
    if other is None or other in said:
        return said
    return t("words.informal_after", lang, text=said, label=t("key.informal", lang), words=t("quoted", lang, text=other))


def first_words_rest(guide: Guide, level: int, lang: Lang) -> Document:
    """What the decision's first words leave out: their informal form (at level 0, of the words
    that open the door); at level 3, then, the key message, once they are safe and never first."""
    if level == 3:
        safety = words_blocks(guide.safety_words, guide.safety_words_informal, lang)[1:]
        return [*safety, Para(t("key.after_safety", lang)), *key_message_blocks(guide, lang)]
    if level == 0:
        return words_blocks(guide.attentive_words, guide.attentive_words_informal, lang)[1:]
    return key_message_blocks(guide, lang)[1:]


def contacts_note(level: int, external_first: bool, lang: Lang) -> str:
    """Which resources come first; at level 3 with internal support declined, also that
    occupational medicine is alerted all the same (both hold: review M3)."""
    if not external_first:
        return t("contacts.internal_first", lang)
    note = t("contacts.external_first", lang)
    return note + " " + t("contacts.external_first_level3", lang) if level == 3 else note


def short_label(label: str) -> str:
    """A label without its details in brackets: "Dark thoughts (hopelessness, ...)" -> "Dark thoughts"."""
    return label.split(" (")[0]


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
    names = t("list.separator", lang).join(after_colon(tr(r.short_name or r.name, lang), lang) for r in unset)
    line = plural("contacts.unset_some", len(unset), lang, names=names)
    if len(line) > UNSET_NOTE_WIDTH:
        # Named in the rest; here one row, so that the decision still fits one screen.
        return plural("contacts.unset_count", len(unset), lang, count=len(unset))
    return line


# The unset-contacts line of the decision stays on one row of 80 columns, after "- ".
UNSET_NOTE_WIDTH = 76


def unset_line(resources: list[Resource], lang: Lang) -> str:
    """The internal contacts the institution has not set yet, in one item, and whom to ask: the
    first name starts the sentence, the others are within it."""
    names = t("list.separator", lang).join(
        tr(r.name, lang) if i == 0 else after_colon(tr(r.name, lang), lang) for i, r in enumerate(resources)
    )
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
    from ..rules.hours import is_open, office_open

    internal = {r.id: r for r in guide.resources_of("internal")}
    occupational = internal.get(OCCUPATIONAL_MEDICINE)
    office = when is None or office_open(occupational.open if occupational else None, when)
    lines = []
    if occupational is not None and reachable(occupational) and office:
        lines.append(call_line(occupational, lang))
    # The specialised psychological support the actions send them to, when set and open (L28).
    psychologist = internal.get(PSYCHOLOGIST)
    if psychologist is not None and reachable(psychologist) and (when is None or office_open(psychologist.open, when)):
        lines.append(call_line(psychologist, lang))
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


def described(sign: Sign, lang: Lang, *, short: bool = False) -> str:
    """A sign's label, then what it looks like on a line of its own (with `short`, what comes
    before its examples, for a question's menu)."""
    if sign.description is None:
        return tr(sign.label, lang)
    description = tr(sign.description, lang)
    if short:
        description = description.split(":")[0].rstrip(" \u00a0.") + "."
    return f"{tr(sign.label, lang)}\n{description}"
