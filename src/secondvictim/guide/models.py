"""Pydantic models of the guide's data (the YAML files in data/), and the whole guide.

Their field types are in guide/fields.py, the team plan's models in guide/team_models.py, the
checks across items (duplicate ids, unknown references) in guide/references.py.

The modules that define Pydantic models do without `from __future__ import annotations`:
Pydantic would otherwise evaluate every annotation from its text at each start (about 3 ms).
Classes are therefore defined before they are used.
"""

import functools
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import Field, StrictInt, StringConstraints

from ..rules.choices import Lang, Role
from .fields import Id, KeyedValueError, Line, Loc, Model, Phone, Span, Text, tr
from .ids import (
    AFTER_FIRST_DAY,
    AFTER_RED_FLAG,
    DECLINED_BEFORE,
    EVENT,
    FOLLOW_UP,
    INTERNAL_ACCEPTED,
    INTERNAL_DECLINED,
    NOTHING_PLANNED,
    OCCUPATIONAL_MEDICINE,
    PSYCHOLOGIST,
    RED_FLAGS_NOT_ASKED,
    RESERVED_IDS,
    SUICIDE_LINE,
)
from .team_models import ManagerSupport, PeerOffer, Situation, Team, TeamCump, TeamItem, TeamSection, TeamStep

# The field types and the ids are also imported from here, with the models.
__all__ = [
    "AFTER_FIRST_DAY",
    "AFTER_RED_FLAG",
    "DECLINED_BEFORE",
    "EVENT",
    "FOLLOW_UP",
    "INTERNAL_ACCEPTED",
    "INTERNAL_DECLINED",
    "NOTHING_PLANNED",
    "OCCUPATIONAL_MEDICINE",
    "PSYCHOLOGIST",
    "RED_FLAGS_NOT_ASKED",
    "RESERVED_IDS",
    "SUICIDE_LINE",
    "Id",
    "KeyedValueError",
    "Line",
    "Loc",
    "ManagerSupport",
    "Model",
    "PeerOffer",
    "Phone",
    "Situation",
    "Span",
    "Team",
    "TeamCump",
    "TeamItem",
    "TeamSection",
    "TeamStep",
    "Text",
    "naming",
    "tr",
]


class Sign(Model):
    id: Id
    label: Text
    # What it looks like, with two or three examples, so that it can be told from what is not.
    description: Text | None = None
    # Other words people use for it, in each language ("suicidal", « envie de mourir »): typed at
    # a question or as an option value, they name it as its label's words do.
    words: dict[Lang, tuple[Line, ...]] | None = None
    source: Line | None = None



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
