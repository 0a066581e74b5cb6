"""Models of the plan for an event that affects a whole team (data/team.yaml), and of the
situations that call for outreach even when no sign shows (data/signs.yaml).

No `from __future__ import annotations` (see guide/models.py).
"""

from pydantic import Field, StrictInt

from .fields import Id, Line, Model, Text


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
