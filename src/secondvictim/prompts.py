"""Ask the triage questions: numbered choices and yes/no, readable by a screen reader.

Questions go to stderr, so that stdout holds only the result (`--json` stays valid JSON).
End of input raises EOFError and Ctrl-C raises KeyboardInterrupt; the CLI turns both into a
one-line message and an exit code.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO, TypeVar

from .choices import Internal, Role
from .models import Guide, Lang, Sign, tr
from .strings import t
from .triage import Answers

R = TypeVar("R")
E = TypeVar("E", Role, Internal)

# Both languages are accepted whatever the interface language: a French user types "oui".
YES = frozenset({"y", "yes", "o", "oui"})
NO = frozenset({"n", "no", "non"})


class Invalid(ValueError):
    """An answer that cannot be understood; the question is asked again."""


def parse_yes_no(raw: str) -> bool:
    word = raw.strip().lower()
    if word in YES:
        return True
    if word in NO:
        return False
    raise Invalid(raw)


def parse_numbers(raw: str, count: int) -> list[int]:
    """'1,3' or '1 3' into [1, 3] (0-based indexes: [0, 2]); empty means none."""
    parts = [p for p in re.split(r"[,;\s]+", raw.strip()) if p]
    if not all(p.isdigit() and 1 <= int(p) <= count for p in parts):
        raise Invalid(raw)
    return sorted({int(p) - 1 for p in parts})


def parse_one(raw: str, count: int) -> int | None:
    """One number into its 0-based index; empty means the default (None)."""
    chosen = parse_numbers(raw, count)
    if len(chosen) > 1:
        raise Invalid(raw)
    return chosen[0] if chosen else None


@dataclass
class Asker:
    """Asks questions on `out` and reads answers from `inp` (default: stderr and stdin)."""

    lang: Lang = "en"
    out: TextIO | None = None
    inp: TextIO | None = None

    def _write(self, text: str) -> None:
        out = self.out or sys.stderr
        out.write(text)
        out.flush()

    def _ask(self, question: str, hint: str, parse: Callable[[str], R], error: str) -> R:
        self._write(f"\n{question}\n" + (f"{hint}\n" if hint else ""))
        while True:
            self._write(t("prompt", self.lang))
            line = (self.inp or sys.stdin).readline()
            if line == "":
                raise EOFError
            try:
                return parse(line.strip())
            except Invalid:
                self._write(error + "\n")

    @staticmethod
    def _menu(labels: Sequence[str]) -> str:
        return "\n".join(f"  {i}. {label}" for i, label in enumerate(labels, start=1))

    def yes_no(self, question: str) -> bool:
        return self._ask(
            f"{question} {t('hint.yes_no', self.lang)}", "", parse_yes_no, t("err.yes_no", self.lang)
        )

    def choose_many(self, question: str, labels: Sequence[str]) -> list[int]:
        return self._ask(
            f"{question}\n{self._menu(labels)}",
            t("hint.multi", self.lang),
            lambda raw: parse_numbers(raw, len(labels)),
            t("err.numbers", self.lang, count=len(labels)),
        )

    def choose_one(self, question: str, labels: Sequence[str], default: int, *, yes_no: bool = False) -> int:
        """A 0-based index; Enter gives `default`.

        With `yes_no`, the first two choices are Yes and No and the words answer them too.
        """

        def parse(raw: str) -> int:
            try:
                chosen = parse_one(raw, len(labels))
            except Invalid:
                if not yes_no:
                    raise
                chosen = 0 if parse_yes_no(raw) else 1
            return default if chosen is None else chosen

        return self._ask(
            f"{question}\n{self._menu(labels)}",
            t("hint.single", self.lang, default=labels[default]),
            parse,
            t("err.one_number", self.lang, count=len(labels)),
        )


@dataclass(frozen=True)
class Given:
    """The answers given as options; None where an option was absent."""

    red_flags: tuple[str, ...] | None = None
    event: bool | None = None
    signs: tuple[str, ...] | None = None
    role: Role | None = None
    internal: Internal | None = None


class MissingEvent(Exception):
    """No terminal to ask on, and no --event / --no-event (and no red flag)."""


def complete(guide: Guide, given: Given, asker: Asker | None) -> Answers:
    """Fill in what the options did not say: by asking when `asker` is set, else by defaults.

    Questions come in the brief's order; a red flag ends the triage at once, because nothing
    else can change what must be done.
    """
    lang = asker.lang if asker else "en"

    def pick_many(items: Sequence[Sign], question: str) -> tuple[str, ...]:
        if asker is None:
            return ()
        chosen = asker.choose_many(t(question, lang), [tr(s.label, lang) for s in items])
        return tuple(items[i].id for i in chosen)

    def pick_one(choices: type[E], question: str, *, yes_no: bool = False) -> E:
        unknown = choices("unknown")
        if asker is None:
            return unknown
        options = list(choices)
        labels = [t(f"{choices.__name__.lower()}.{o.value}", lang) for o in options]
        return options[asker.choose_one(t(question, lang), labels, options.index(unknown), yes_no=yes_no)]

    red_flags = given.red_flags if given.red_flags is not None else pick_many(guide.red_flags, "q.red_flags")
    if red_flags:
        return Answers(
            red_flags=red_flags,
            event=given.event,
            signs=given.signs or (),
            role=given.role or Role.unknown,
            internal=given.internal or Internal.unknown,
        )
    event = given.event
    if event is None:
        if asker is None:
            raise MissingEvent
        event = asker.yes_no(t("q.event", lang))
    signs = given.signs if given.signs is not None else pick_many(guide.warning_signs, "q.signs")
    role = given.role or pick_one(Role, "q.role")
    internal = given.internal or pick_one(Internal, "q.internal", yes_no=True)
    return Answers(red_flags=(), event=event, signs=signs, role=role, internal=internal)
