"""The triage's questions and the team plan's: what the options did not say, asked in the brief's
order (the asking itself is in asker.py; the check-in's questions in checkin_prompts.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .asker import Asker, Invalid, RedFlagNow, many, one, word_index, yes_no
from .errors import UsageError
from .guide.models import Guide, Sign, Situation
from .i18n import t
from .parsing import parse_internal, parse_role
from .rules.choices import INTERNAL_LABELS, ROLE_LABELS, Internal, Role
from .rules.triage import Answers

# The asker is also imported from here.
__all__ = [
    "Asker",
    "Given",
    "Invalid",
    "RedFlagNow",
    "complete",
    "complete_team",
    "many",
    "one",
    "yes_no",
]

E = TypeVar("E", Role, Internal)


@dataclass(frozen=True)
class Given:
    """The answers given as options; None where an option was absent."""

    red_flags: tuple[str, ...] | None = None
    event: bool | None = None
    situations: tuple[str, ...] | None = None
    signs: tuple[str, ...] | None = None
    role: Role | None = None
    internal: Internal | None = None



def complete(guide: Guide, given: Given, asker: Asker | None) -> Answers:
    """Fill in what the options did not say: by asking when `asker` is set, else by defaults.

    Questions come in the brief's order. A red flag ends the questions at once, because nothing
    else can change what must be done; with no event and no warning sign, the role and the
    internal resources cannot change the answer either, and are not asked.
    Without `asker`, an absent event answer is a UsageError (nothing can be asked).
    """
    red_flags = given.red_flags
    if asker is not None:
        asker.red_flags = guide.red_flags
        if red_flags is None:
            red_flags = asker.ask_red_flags(guide)
    if red_flags:
        return _at_level_3(given, red_flags)
    try:
        return _after_red_flags(guide, given, asker, red_flags)
    except RedFlagNow as said:
        return _at_level_3(given, said.red_flags)


def _at_level_3(given: Given, red_flags: tuple[str, ...]) -> Answers:
    return Answers(
        red_flags=red_flags,
        event=given.event,
        situations=given.situations or (),
        signs=given.signs or (),
        role=given.role or Role.unknown,
        internal=given.internal or Internal.unknown,
    )


def _after_red_flags(guide: Guide, given: Given, asker: Asker | None, red_flags: tuple[str, ...] | None) -> Answers:
    """The questions after the red flags, none of which was seen. `red_flags` is None when they
    were not asked (no terminal and no --red-flag): it is recorded so, never as "none"."""
    lang = asker.lang if asker else "en"
    event = given.event
    # A situation given as an option sets level 1 already: the event answer is then optional.
    if event is None and not (asker is None and given.situations):
        if asker is None:
            raise UsageError("err.missing_event")
        event = asker.yes_no(t("q.event", lang))
    situations = given.situations
    if situations is None:
        situations = _pick_many(asker, guide.situations, t("team.q_situations", lang))
    signs = given.signs if given.signs is not None else _pick_many(asker, guide.warning_signs, t("q.signs", lang))
    if not event and not situations and not signs:
        return Answers(
            red_flags=red_flags,
            event=event,
            role=given.role or Role.unknown,
            internal=given.internal or Internal.unknown,
        )
    role = given.role or _pick_one(asker, t("q.role", lang), ROLE_LABELS, Role.unknown, parse_role)
    internal = given.internal or _pick_one(
        asker, t("q.internal", lang), INTERNAL_LABELS, Internal.unknown, parse_internal
    )
    return Answers(
        red_flags=red_flags, event=event, situations=situations, signs=signs, role=role, internal=internal
    )


def _pick_one(asker: Asker | None, question: str, labels: dict[E, str], default: E, parse: Callable[[str], E]) -> E:
    """One of a fixed set of answers, by number or by name; the default without a terminal."""
    if asker is None:
        return default
    choices = list(labels)
    names = [t(labels[choice], asker.lang) for choice in choices]
    return choices[asker.choose_one(question, names, choices.index(default), word_index(parse, choices))]


def _pick_many(asker: Asker | None, items: Sequence[Sign | Situation], question: str) -> tuple[str, ...]:
    return asker.pick(question, items) if asker is not None else ()


def complete_team(
    guide: Guide, death: bool | None, situations: tuple[str, ...] | None, asker: Asker | None
) -> tuple[bool, tuple[str, ...]]:
    """The team plan's two answers not given as options: whether a patient died, and which
    situations apply. Without `asker`, nothing is asked: no death, no situation."""
    lang = asker.lang if asker else "en"
    if death is None:
        death = asker.yes_no(t("team.q_death", lang)) if asker else False
    if situations is None:
        situations = ()
        if asker:
            situations = asker.pick(t("team.q_situations", lang), guide.situations)
    return death, situations
