"""Pydantic models of the guide's data (the YAML files in data/).

The modules that define Pydantic models do without `from __future__ import annotations`:
Pydantic would otherwise evaluate every annotation from its text at each start (about 3 ms).
Classes are therefore defined before they are used.
"""

import functools
import unicodedata
from collections.abc import Callable, Collection, Sequence
from datetime import date
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, GetCoreSchemaHandler, StrictInt, StringConstraints
from pydantic_core import core_schema as cs

from ..i18n import hidden
from ..rules.choices import DEFAULT_LANG, Lang, Role
from ..rules.hours import SPAN
from ..rules.phones import phone_problem


class KeyedValueError(ValueError):
    """A validation failure of ours, with the message key the loader reports it by."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _safe_text(text: str) -> str:
    """Refuse what could hide or garble text on a terminal: control characters (escape sequences,
    carriage returns, NUL), bidirectional overrides, and a text made only of invisible characters."""
    # The same test as the one that escapes names on screen (i18n.visible): what a data file
    # may hold is exactly what can be shown as it is.
    if hidden(text, newline=True):
        raise KeyedValueError("p.control")
    if not any(unicodedata.category(c)[0] not in "ZCM" and c not in _BLANK_LETTERS for c in text):
        raise KeyedValueError("p.invisible")
    return text


# Letters and symbols that print as nothing (Unicode's default-ignorable fillers and the blank
# braille pattern): a label made of them, or of them and combining marks alone, is invisible.
_BLANK_LETTERS = frozenset("\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")


class _Schema:
    """A field type's validation, written directly as a Pydantic core schema.

    Pydantic would otherwise work the schema out again from the annotations for each of the 115
    fields that use these few types, at every start (about 4 ms). `build` makes a fresh schema
    for each field; the validation and its error types are exactly those of the annotations
    given beside each type below.
    """

    def __init__(self, build: Callable[[], cs.CoreSchema]) -> None:
        self.build = build

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> cs.CoreSchema:
        return self.build()


def _line() -> cs.CoreSchema:
    # StringConstraints(strip_whitespace=True, min_length=1, max_length=2000), AfterValidator(_safe_text)
    return cs.no_info_after_validator_function(
        _safe_text, cs.str_schema(strip_whitespace=True, min_length=1, max_length=2000)
    )


def _not_empty(text: dict[Lang, str]) -> dict[Lang, str]:
    if not text:
        raise KeyedValueError("p.no_language")
    return text


def _text() -> cs.CoreSchema:
    # dict[Lang, Line], AfterValidator(_not_empty)
    languages = cs.literal_schema(list(get_args(Lang)))
    return cs.no_info_after_validator_function(_not_empty, cs.dict_schema(languages, _line()))


# Ids are slugs so they can be typed as options (`--sign withdrawal`) and referred to by an
# institution's own files.
Id = Annotated[str, _Schema(lambda: cs.str_schema(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60))]
def _dialable(phone: str) -> str:
    problem = phone_problem(phone)
    if problem:
        raise KeyedValueError(problem)
    return phone


# As dialled: digits in groups separated by single spaces, an optional leading "+"; a number that
# can be dialled from France (never one reserved for fiction, never an extension alone).
Phone = Annotated[
    str,
    _Schema(
        lambda: cs.no_info_after_validator_function(
            _dialable, cs.str_schema(pattern=r"^\+?[0-9]+( [0-9]+)*$", max_length=30)
        )
    ),
]
# One line or paragraph of text, trimmed, that cannot garble a terminal.
Line = Annotated[str, _Schema(_line)]
# A human-readable text: one version per language. The loader requires every language in the
# packaged guide; an institution may write only one, and the others fall back to it.
Text = Annotated[dict[Lang, str], _Schema(_text)]


def tr(text: dict[Lang, str], lang: Lang) -> str:
    """The text in `lang`, else in the default language, else in the one it has."""
    return text.get(lang) or text.get(DEFAULT_LANG) or next(iter(text.values()))


class Model(BaseModel):
    # A typo in a key is an error, not silence; loaded data is never changed afterwards.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sign(Model):
    id: Id
    label: Text
    # What it looks like, with two or three examples, so that it can be told from what is not.
    description: Text | None = None
    # Other words people use for it, in each language ("suicidal", « envie de mourir »): typed at
    # a question or as an option value, they name it as its label's words do.
    words: dict[Lang, tuple[Line, ...]] | None = None
    source: Line | None = None


# A span of opening hours: "24/7", or "mon-fri 08:30-17:30" (days, then 24-hour times; a span
# that ends before it starts runs overnight, "mon-sun 18:00-08:00").
Span = Annotated[str, _Schema(lambda: cs.str_schema(pattern=SPAN, max_length=40))]


class Resource(Model):
    id: Id
    # peer: the institution's trained peer supporters, proposed after the manager's own contact.
    # on-call: the institution's routes at night, at weekends and on holidays (the on-call
    # manager, liaison psychiatry, the emergency department), named at level 3 when open.
    kind: Literal["internal", "external", "emergency", "peer", "on-call"]
    name: Text
    # The few words the one-screen answer shows beside the number.
    short_name: Text | None = None
    audience: Text
    phone: Phone | None = None
    # What an institution fills in for its own contacts.
    extension: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,8}$")] | None = None
    location: Text | None = None
    hours: Text | None = None
    # When it can be reached, for the decision to name what is open now (see hours.py).
    open: tuple[Span, ...] | None = None
    how_to_reach: Text | None = None
    availability: Text | None = None
    details: Text | None = None
    # None: for every professional.
    roles: tuple[Role, ...] | None = None
    source: Line | None = None
    # When the number was last checked at its source, and when to check it again (quoted dates).
    verified_on: date | None = None
    review_by: date | None = None


class ScriptStep(Model):
    id: Id
    text: Text
    informal: Text | None = None  # the « tu » form of the words the step quotes, shown when it differs
    source: Line | None = None


class Script(Model):
    principle: Text
    why: Text
    steps: tuple[ScriptStep, ...] = Field(min_length=1)


class Attitude(Model):
    id: Id
    avoid: Text
    instead: Text
    source: Line | None = None


class Level(Model):
    level: StrictInt = Field(ge=0, le=3)
    name: Text
    summary: Text


class Action(Model):
    id: Id
    levels: tuple[StrictInt, ...] = Field(min_length=1)
    text: Text
    # The same action in fewer words, for the one-screen answer; the full text is in the rest.
    short: Text | None = None
    requires: tuple[Id, ...] = ()
    unless: tuple[Id, ...] = ()
    source: Line | None = None

    @property
    def at_red_flags_only(self) -> bool:
        """An action for a red flag alone (level 3 and no other): each is on the one-screen
        answer at a red flag, and listed apart on the card and in `signs`."""
        return self.levels == (3,)


class FollowupStep(Model):
    id: Id
    day: StrictInt = Field(ge=0, le=365)
    title: Text
    when: Text
    what: Text
    source: Line | None = None


class AboutSection(Model):
    id: Id
    title: Text
    paragraphs: tuple[Text, ...] = Field(min_length=1)


# Answer ids that are neither a red flag nor a warning sign, usable in `requires` / `unless`.
INTERNAL_DECLINED = "internal-declined"
INTERNAL_ACCEPTED = "internal-accepted"
# Given at a follow-up contact (checkin): "contact them today" is for the first contact only.
FOLLOW_UP = "follow-up-contact"
# Given at a check-in when no planned contact is left: there is nothing left to plan.
NOTHING_PLANNED = "nothing-planned"
# Given when the red flags were not asked (no terminal and no --red-flag): nothing can be concluded.
RED_FLAGS_NOT_ASKED = "red-flags-not-asked"
# Given at a check-in after a contact at level 3: the next contact, and every one until the
# specialised support is confirmed in place.
AFTER_RED_FLAG = "after-red-flag"
# Given at a check-in from day 2 after the event on: the shift of the event is long over, and
# what is offered for the return to work no longer speaks of "the rest of the shift".
AFTER_FIRST_DAY = "after-first-day"
# Given at a check-in when the first assessment recorded that they declined the internal
# resources: offered again, without insisting, with the external lines.
DECLINED_BEFORE = "internal-declined-before"
# Packaged items the decision screen names (an institution can neither change nor hide them).
SUICIDE_LINE = "suicide-3114"
OCCUPATIONAL_MEDICINE = "occupational-medicine"
PSYCHOLOGIST = "psychologist"
# The reason id of the answer "a serious adverse event has occurred" (reserved below).
EVENT = "event"


# Follow-up contacts (data/checkin.yaml).


class Statement(Model):
    """A text that stands alone, with where it comes from."""

    text: Text
    # The same in fewer words, for the one-screen answer; the full text is in the rest.
    short: Text | None = None
    source: Line | None = None


class StepAfterRedFlag(Model):
    """What one follow-up contact does instead, after a red flag (by the step's id)."""

    id: Id
    what: Text
    source: Line | None = None


class AfterRedFlag(Statement):
    """The follow-up plan after a red flag: `text` starts every later contact that has no own
    wording in `steps`; `title` follows every reminder's title."""

    title: Text
    steps: tuple[StepAfterRedFlag, ...] = ()


class CheckinItem(Model):
    """Something asked again at a follow-up contact, noted when the answer shows it."""

    id: Id
    question: Text
    informal: Text | None = None  # the question in « tu », shown after it when it differs
    label: Text
    source: Line | None = None


class ProcessStep(Model):
    """A step of the event's processes still to come, and what to tell them about it."""

    id: Id
    label: Text
    say: Text
    source: Line | None = None


# --- When a whole team is hit (issue 14) ---------------------------------------------------


class Situation(Model):
    """A situation that calls for outreach even when no sign shows. It describes the situation,
    never the person."""

    id: Id
    label: Text
    source: Line | None = None


class PeerOffer(Model):
    """How to propose one of the institution's peer supporters (resources of kind `peer`)."""

    intro: Text
    words: Text
    words_informal: Text | None = None  # the « tu » form, shown when it differs
    consent: Text
    source: Line | None = None


class ManagerSupport(Model):
    """The manager's own support: a section of `about`, and one line at the end of each result."""

    title: Text
    line: Text
    paragraphs: tuple[Text, ...] = Field(min_length=1)
    source: Line | None = None


class TeamItem(Model):
    id: Id
    text: Text
    source: Line | None = None


class TeamSection(Model):
    title: Text
    intro: Text
    items: tuple[TeamItem, ...] = ()
    # What not to do, said as plainly as what to do.
    avoid: tuple[TeamItem, ...] = ()
    source: Line | None = None


class TeamStep(Model):
    """A dated step of the team plan, counted in days from the event; `until` ends a window."""

    id: Id
    day: StrictInt = Field(ge=0, le=365)
    until: StrictInt | None = Field(default=None, ge=0, le=365)
    title: Text
    when: Text
    what: Text
    source: Line | None = None


class TeamCump(Model):
    """The CUMP, reached through the SAMU (15), named in the team plan's "Whom to call" for the
    situations that call for it."""

    situations: tuple[Id, ...] = Field(min_length=1)
    # One row, for the plan's first screen; `text` says it in full.
    short: Text
    text: Text
    source: Line


class Team(Model):
    """The plan for an event that affects a whole team. No field holds a name: roles and counts."""

    intro: Text
    huddle: TeamSection
    # Only after a patient's death.
    pause: TeamSection
    think_of: TeamSection
    checkins: TeamSection
    reflection: TeamSection
    month: TeamSection
    steps: tuple[TeamStep, ...] = Field(min_length=1)
    cump: TeamCump | None = None



# Rehearsal (data/practice.yaml): branching first conversations, with feedback on each reply.


class PracticeReply(Model):
    """A reply the manager might give, what it does, and where the conversation goes next."""

    text: Text
    verdict: Literal["helps", "hurts"]
    # Why it helps or hurts, and what to say instead.
    feedback: Text
    # The attitude to avoid it matches (an id of avoid.yaml), said with what to do instead.
    avoid: Id | None = None
    # The words of the guide it matches: the key message, or the first words at level 3.
    matches: Literal["key-message", "safety-words"] | None = None
    # Level-3 actions (ids of levels.yaml) it carries out, shown in the guide's own words.
    actions: tuple[Id, ...] = ()
    # A step or an ending of the same scenario.
    next: Id


class PracticeStep(Model):
    id: Id
    # What the colleague says or does.
    says: Text
    replies: tuple[PracticeReply, ...] = Field(min_length=2, max_length=4)


class PracticeEnding(Model):
    id: Id
    text: Text
    # What to keep in mind from this ending.
    keep: Text
    actions: tuple[Id, ...] = ()


class Scenario(Model):
    """A rehearsal: it starts at its first step; every path ends at one of its endings."""

    id: Id
    title: Text
    setting: Text
    # The red flags the scenario shows: every path must reach their level-3 actions.
    red_flags: tuple[Id, ...] = ()
    source: Line
    steps: tuple[PracticeStep, ...] = Field(min_length=1)
    endings: tuple[PracticeEnding, ...] = Field(min_length=1)

    def node(self, ident: str) -> PracticeStep | PracticeEnding | None:
        step = next((s for s in self.steps if s.id == ident), None)
        return step if step is not None else next((e for e in self.endings if e.id == ident), None)


class Addressed(Model):
    """A statement said to the colleague: in French, `text.fr` says « vous », `tu` the same with
    « tu » (absent when the sentence addresses no one)."""

    id: Id
    text: Text
    tu: Line | None = None
    source: Line | None = None


class HandoutSection(Model):
    id: Id
    title: Text
    title_tu: Line | None = None
    items: tuple[Addressed, ...] = Field(min_length=1)


class Handout(Model):
    """The sheet for the colleague (handout.yaml)."""

    title: Text
    title_tu: Line | None = None
    sections: tuple[HandoutSection, ...] = Field(min_length=1)
    # Said before whom to call.
    calls: Addressed


class Principle(Model):
    """One principle of the institution's operating model (protocol.yaml)."""

    id: Id
    text: Text
    source: Line | None = None


class Guide(Model):
    """The whole guide, as assembled from the data files."""

    warning_signs: tuple[Sign, ...] = Field(min_length=1)
    red_flags: tuple[Sign, ...] = Field(min_length=1)
    resources: tuple[Resource, ...]
    key_message: Text
    key_message_informal: Text | None = None  # the « tu » form, shown when it differs
    # The first words at level 3: concern and presence; the key message comes once they are safe.
    safety_words: Text
    safety_words_informal: Text | None = None
    # The words for a manager who has noticed a change, when no event is known (level 0).
    attentive_words: Text
    attentive_words_informal: Text | None = None  # their « tu » form, shown when it differs
    script: Script
    attitudes_intro: Text
    attitudes: tuple[Attitude, ...] = Field(min_length=1)
    levels: tuple[Level, ...]
    actions: tuple[Action, ...]
    followup: tuple[FollowupStep, ...]
    # What every contact after a red flag does first (followup.plan_after_red_flag).
    after_red_flag: AfterRedFlag
    disclaimer: Text
    about: tuple[AboutSection, ...]
    # Follow-up contacts (checkin.yaml).
    checkin_note: Statement
    checkin_summaries: tuple[Text, Text, Text, Text]
    checkin_items: tuple[CheckinItem, ...] = Field(min_length=1)
    process_steps: tuple[ProcessStep, ...]
    process_note: Statement
    referral: Statement
    closing: Statement
    situations: tuple[Situation, ...] = Field(min_length=1)
    peer_offer: PeerOffer
    manager_support: ManagerSupport
    team: Team
    # Rehearsals (practice.yaml); an institution may add its own.
    scenarios: tuple[Scenario, ...] = ()
    # The sheet for the colleague (handout.yaml) and the operating model's principles (protocol.yaml).
    handout: Handout
    protocol_principles: tuple[Principle, ...] = Field(min_length=1)

    def level(self, number: int) -> Level:
        return next(lv for lv in self.levels if lv.level == number)

    # Items by id, built once: the renderers look up every resource of a recommendation, and a
    # scan per lookup made 10,000 institution resources cost minutes.
    @functools.cached_property
    def _resources(self) -> dict[str, Resource]:
        return {r.id: r for r in reversed(self.resources)}  # the first of an id wins, as in a scan

    @functools.cached_property
    def _signs(self) -> dict[str, Sign]:
        return {s.id: s for s in reversed(self.warning_signs + self.red_flags)}

    def resource(self, rid: str) -> Resource:
        return self._resources[rid]

    def sign_or_flag(self, sid: str) -> Sign:
        return self._signs[sid]

    def situation(self, sid: str) -> Situation:
        return next(s for s in self.situations if s.id == sid)

    def phones(self) -> list[str]:
        """Every phone number of the guide (the HTML renderer makes them tel: links)."""
        return [r.phone for r in self.resources if r.phone]

    def resources_of(self, kind: str) -> tuple[Resource, ...]:
        return tuple(r for r in self.resources if r.kind == kind)


def naming(items: Sequence[Any]) -> tuple[list[str], list[tuple[str, ...]]]:
    """For each item that can be answered (a sign, a red flag, a situation...): the words that
    name it (its id, its labels and its other words, in every language), and the expressions
    people use for it (its other words), as parsing.choices_named reads them."""
    names, phrases = [], []
    for item in items:
        said = tuple(word for words in (getattr(item, "words", None) or {}).values() for word in words)
        names.append(" ".join([item.id, *item.label.values(), *said]))
        phrases.append(said)
    return names, phrases


Loc = tuple[str | int, ...]
# Words that answer a question in their own right: an id may not be one of them.
RESERVED_IDS = frozenset(
    {
        "none",
        "event",
        "unknown",
        INTERNAL_DECLINED,
        INTERNAL_ACCEPTED,
        FOLLOW_UP,
        NOTHING_PLANNED,
        RED_FLAGS_NOT_ASKED,
        AFTER_RED_FLAG,
        AFTER_FIRST_DAY,
        DECLINED_BEFORE,
    }
)
ReferenceProblem = tuple[Loc, str, dict[str, object]]


def reference_problems(guide: Guide) -> list[ReferenceProblem]:
    """Problems no single item can see: duplicate ids, missing levels, unknown references."""
    problems: list[ReferenceProblem] = []
    # Signs, red flags and situations share one id space: all are answers to the triage.
    lists: dict[str, tuple[Any, ...]] = {
        "warning_signs": guide.warning_signs,
        "red_flags": guide.red_flags,
        "resources": guide.resources,
        "attitudes": guide.attitudes,
        "actions": guide.actions,
        "followup": guide.followup,
        "about": guide.about,
        "checkin_items": guide.checkin_items,
        "process_steps": guide.process_steps,
        "situations": guide.situations,
        "protocol_principles": guide.protocol_principles,
    }
    seen: dict[str, set[str]] = {}
    for field, items in lists.items():
        answers = field in ("warning_signs", "red_flags", "situations")
        space = seen.setdefault("answers" if answers else field, set())
        for index, item in enumerate(items):
            if item.id in space:
                problems.append(((field, index, "id"), "p.duplicate_id", {"id": item.id}))
            if answers and item.id in RESERVED_IDS:
                problems.append(((field, index, "id"), "p.reserved_id", {"id": item.id}))
            space.add(item.id)
    nested: dict[Loc, list[str]] = {
        ("script", "steps"): [step.id for step in guide.script.steps],
        ("team", "steps"): [step.id for step in guide.team.steps],
        ("handout", "sections"): [section.id for section in guide.handout.sections],
    }
    for prefix, ids in nested.items():
        earlier: set[str] = set()
        for index, ident in enumerate(ids):
            if ident in earlier:
                problems.append(((*prefix, index, "id"), "p.duplicate_id", {"id": ident}))
            earlier.add(ident)
    numbers = [lv.level for lv in guide.levels]
    levels_seen: set[int] = set()
    for index, number in enumerate(numbers):
        if number in levels_seen:
            problems.append((("levels", index, "level"), "p.level_twice", {"level": number}))
        levels_seen.add(number)
    for missing in sorted({0, 1, 2, 3} - set(numbers)):
        problems.append((("levels",), "p.level_missing", {"level": missing}))
    for index, step in enumerate(guide.team.steps):
        if step.until is not None and step.until < step.day:
            problems.append((("team", "steps", index, "until"), "team.p_window", {}))
    answer_ids = seen["answers"] | seen["checkin_items"] | (RESERVED_IDS - {"none", "event", "unknown"})
    for index, action in enumerate(guide.actions):
        for key in ("requires", "unless"):
            for ref_index, ref in enumerate(getattr(action, key)):
                if ref not in answer_ids:
                    problems.append((("actions", index, key, ref_index), "p.unknown_answer", {"id": ref}))
        for lv_index, number in enumerate(action.levels):
            if not 0 <= number <= 3:
                problems.append((("actions", index, "levels", lv_index), "p.level_range", {}))
    return problems


def cump_problems(guide: Guide, hidden_ids: Collection[object] = ()) -> list[ReferenceProblem]:
    """The situations that call for the CUMP (`team.cump.situations`) must be known situations:
    a misspelt id would silently never name the CUMP. A situation the institution hid (`hidden_ids`)
    is known: it is simply never chosen."""
    cump = guide.team.cump
    if cump is None:
        return []
    known = {s.id for s in guide.situations}
    return [
        (("team", "cump", "situations", index), "team.p_cump_situation", {"id": ident})
        for index, ident in enumerate(cump.situations)
        if ident not in known and ident not in hidden_ids
    ]
