"""Pydantic models of the guide's data (the YAML files in data/)."""

from __future__ import annotations

import os
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from .choices import DEFAULT_LANG, Lang, Role

# Pydantic looks for plugins by scanning every installed distribution when the first model is
# built (about 10 ms, a fifth of our start-up budget). The guide uses none; a user who sets the
# variable keeps their value.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

# Ids are slugs so they can be typed as options (`--sign withdrawal`) and referred to by an
# institution's own files.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]
# As dialled: digits in groups separated by single spaces, an optional leading "+".
Phone = Annotated[str, StringConstraints(pattern=r"^\+?[0-9]+( [0-9]+)*$", max_length=30)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


def _not_empty(text: dict[Lang, str]) -> dict[Lang, str]:
    if not text:
        raise ValueError("a text needs at least one language, for example en: ...")
    return text


# A human-readable text: one version per language. The loader requires every language in the
# packaged guide; an institution may write only one, and the others fall back to it.
Text = Annotated[dict[Lang, Line], AfterValidator(_not_empty)]


def tr(text: dict[Lang, str], lang: Lang) -> str:
    """The text in `lang`, else in the default language, else in the one it has."""
    return text.get(lang) or text.get(DEFAULT_LANG) or next(iter(text.values()))


class Model(BaseModel):
    # A typo in a key is an error, not silence; loaded data is never changed afterwards.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sign(Model):
    id: Id
    label: Text
    source: Line | None = None


class Resource(Model):
    id: Id
    kind: Literal["internal", "external", "emergency"]
    name: Text
    audience: Text
    phone: Phone | None = None
    # What an institution fills in for its own contacts.
    extension: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,8}$")] | None = None
    location: Text | None = None
    hours: Text | None = None
    how_to_reach: Text | None = None
    availability: Text | None = None
    details: Text | None = None
    # None: for every professional.
    roles: tuple[Role, ...] | None = None
    source: Line | None = None


class ScriptStep(Model):
    id: Id
    text: Text
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
    level: int = Field(ge=0, le=3)
    name: Text
    summary: Text


class Action(Model):
    id: Id
    levels: tuple[int, ...] = Field(min_length=1)
    text: Text
    requires: tuple[Id, ...] = ()
    unless: tuple[Id, ...] = ()
    source: Line | None = None


class FollowupStep(Model):
    id: Id
    day: int = Field(ge=0, le=365)
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


class Guide(Model):
    """The whole guide, as assembled from the data files."""

    warning_signs: tuple[Sign, ...] = Field(min_length=1)
    red_flags: tuple[Sign, ...] = Field(min_length=1)
    resources: tuple[Resource, ...]
    key_message: Text
    key_message_informal: Text | None = None  # the « tu » form, shown when it differs
    script: Script
    attitudes_intro: Text
    attitudes: tuple[Attitude, ...] = Field(min_length=1)
    levels: tuple[Level, ...]
    actions: tuple[Action, ...]
    followup: tuple[FollowupStep, ...]
    disclaimer: Text
    about: tuple[AboutSection, ...]

    def level(self, number: int) -> Level:
        return next(lv for lv in self.levels if lv.level == number)

    def resource(self, rid: str) -> Resource:
        return next(r for r in self.resources if r.id == rid)

    def sign_or_flag(self, sid: str) -> Sign:
        return next(s for s in self.warning_signs + self.red_flags if s.id == sid)

    def phones(self) -> list[str]:
        """Every phone number of the guide (the HTML renderer makes them tel: links)."""
        return [r.phone for r in self.resources if r.phone]

    def resources_of(self, kind: str) -> tuple[Resource, ...]:
        return tuple(r for r in self.resources if r.kind == kind)


Loc = tuple[str | int, ...]


def reference_problems(guide: Guide) -> list[tuple[Loc, str]]:
    """Problems no single item can see: duplicate ids, missing levels, unknown references."""
    problems: list[tuple[Loc, str]] = []
    # Signs and red flags share one id space: both are answers to the triage.
    lists: dict[str, tuple] = {
        "warning_signs": guide.warning_signs,
        "red_flags": guide.red_flags,
        "resources": guide.resources,
        "attitudes": guide.attitudes,
        "actions": guide.actions,
        "followup": guide.followup,
        "about": guide.about,
    }
    seen: dict[str, set[str]] = {}
    for field, items in lists.items():
        space = seen.setdefault("answers" if field in ("warning_signs", "red_flags") else field, set())
        for index, item in enumerate(items):
            if item.id in space:
                problems.append(((field, index, "id"), f"duplicate id '{item.id}'"))
            space.add(item.id)
    steps: set[str] = set()
    for index, step in enumerate(guide.script.steps):
        if step.id in steps:
            problems.append((("script", "steps", index, "id"), f"duplicate id '{step.id}'"))
        steps.add(step.id)
    numbers = [lv.level for lv in guide.levels]
    for index, number in enumerate(numbers):
        if number in numbers[:index]:
            problems.append((("levels", index, "level"), f"level {number} is defined twice"))
    for missing in sorted({0, 1, 2, 3} - set(numbers)):
        problems.append((("levels",), f"level {missing} is missing"))
    answer_ids = seen["answers"] | {INTERNAL_DECLINED}
    for index, action in enumerate(guide.actions):
        for key in ("requires", "unless"):
            for ref_index, ref in enumerate(getattr(action, key)):
                if ref not in answer_ids:
                    problems.append((("actions", index, key, ref_index), f"unknown answer id '{ref}'"))
        for lv_index, number in enumerate(action.levels):
            if not 0 <= number <= 3:
                problems.append((("actions", index, "levels", lv_index), "a level is 0, 1, 2 or 3"))
    return problems
