"""Ask a question and read its answer: numbered menus and yes/no, readable by a screen reader.

Questions go to stderr, so that stdout holds only the result (`--json` stays valid JSON).
Answers are read by the parsers of `parsing.py`, as an option's value would be: numbers, or the
words themselves in either language. End of input raises InputEnded; Ctrl-C raises
KeyboardInterrupt; the command line turns both into a message and an exit code. What is asked,
and in which order, is in prompts.py (the triage, the team plan) and checkin_prompts.py.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from .errors import InputEnded, UsageError
from .guide.models import Guide, ProcessStep, Sign, Situation, naming, tr
from .i18n import after_colon, long_date, t, typeset
from .parsing import choices_named, is_same, normalise, parse_date, parse_numbers, parse_yes_no
from .render.wrapping import MAX_WIDTH, display_width, wrap
from .rules.choices import NONE_WORDS, Lang

if TYPE_CHECKING:
    from .rules.checkin import Contact

R = TypeVar("R")


class Invalid(ValueError):
    """An answer that cannot be understood; the question is asked again."""


class RedFlagNow(Exception):
    """Words of a red flag typed at a later question, and confirmed: level 3 at once."""

    def __init__(self, red_flags: tuple[str, ...]) -> None:
        super().__init__(*red_flags)
        self.red_flags = red_flags


def many(
    raw: str, count: int, names: Sequence[str] = (), phrases: Sequence[Sequence[str]] = ()
) -> list[int]:
    """Several numbers, or nothing / a word for "none", or the choices named in words.

    `names` holds, for each choice, the words that name it (its id and its labels): "suicide" or
    "dark thoughts" names "Dark thoughts (hopelessness, thoughts of suicide or self-harm)" (see
    parsing.choices_named). Otherwise the question is asked again.
    """
    if not raw.strip() or normalise(raw) in NONE_WORDS:
        return []
    chosen = parse_numbers(raw, count)
    if chosen is not None:
        return chosen
    named = choices_named(raw, names, phrases) if names else None
    if named is None:
        raise Invalid(raw)
    return named


def one(raw: str, count: int, default: int | None, words: Callable[[str], int | None] | None = None) -> int:
    """One number (1-based on screen, 0-based here), a word that names a choice, or Enter for
    `default` (asked again when there is none)."""
    if not raw.strip():
        if default is None:
            raise Invalid(raw)
        return default
    chosen = parse_numbers(raw, count)
    if chosen is not None and len(chosen) == 1:
        return chosen[0]
    if words is not None:
        named = words(raw)
        if named is not None:
            return named
    raise Invalid(raw)


def yes_no(raw: str) -> bool:
    answer = parse_yes_no(raw)
    if answer is None:
        raise Invalid(raw)
    return answer


@dataclass
class Asker:
    """Asks questions on `out` and reads answers from `inp` (default: stderr and stdin).

    Questions are wrapped to `width` (Environment.width); `columns` is the terminal's own width,
    where it wraps an echoed answer (Environment.columns). With `collapse` (a real terminal), an answered
    question is replaced by one line, "question answer", so that the screen keeps room for the
    recommendation.
    """

    lang: Lang = "en"
    out: TextIO | None = None
    inp: TextIO | None = None
    collapse: bool = False
    # The guide's red flags: their words, typed at any question that does not take them, stop
    # and ask whether it is a red flag now (see `_red_flag_said`).
    red_flags: Sequence[Sign] = ()
    width: int = MAX_WIDTH
    columns: int = MAX_WIDTH

    def write(self, text: str) -> int:
        """Write `text`, wrapped; the number of screen rows it took."""
        width = self.width
        lines: list[str] = []
        for line in typeset(text, self.lang).split("\n"):
            indent = " " * (len(line) - len(line.lstrip()))
            number = re.match(r"\s*\d+\.\s", line)
            hang = " " * number.end() if number else indent
            lines += wrap(line.strip(), width, indent, hang) if line.strip() else [""]
        out = self.out or sys.stderr
        out.write("\n".join(lines))
        out.flush()
        return len(lines) - 1

    def _ask(
        self,
        question: str,
        hint: str,
        parse: Callable[[str], R],
        error: str,
        say: Callable[[R], str],
        title: str | None = None,
    ) -> R:
        rows = self.write(f"\n{question}\n" + (f"{hint}\n" if hint else ""))
        prompt = t("prompt", self.lang)
        while True:
            out = self.out or sys.stderr
            out.write(prompt)
            out.flush()
            try:
                line = (self.inp or sys.stdin).readline()
            except UnicodeDecodeError:
                # A terminal in another encoding (Latin-1 "é" is not UTF-8): the answer cannot be
                # read, so it is asked again, like any answer that is not understood.
                rows += self.write(error + "\n")
                continue
            if line == "":
                raise InputEnded("msg.eof")
            rows += self._rows(prompt + line.rstrip("\n"))
            try:
                value = parse(line.strip())
            except (Invalid, UsageError):
                said = self._red_flag_said(line.strip())
                if said:
                    rows += 1  # the confirmation, once answered, takes one line
                    if self.yes_no(t("q.red_flag_now", self.lang, words=line.strip(), labels=said[1])):
                        raise RedFlagNow(said[0]) from None
                rows += self.write(error + "\n")
                continue
            if self.collapse:
                # Up to the blank line before the question, clear below, and say it in one line.
                (self.out or sys.stderr).write(f"\x1b[{rows}F\x1b[J")
                asked = title or question.split("\n")[0]
                self.write(t("answered", self.lang, question=asked, answer=say(value)) + "\n")
            return value

    def _red_flag_said(self, raw: str) -> tuple[tuple[str, ...], str] | None:
        """The red flags that an answer not understood names (their ids, and their labels in
        one text), or None: "suicide" typed at the warning-sign question."""
        if not self.red_flags or not raw:
            return None
        names, phrases = naming(self.red_flags)
        found = choices_named(raw, names, phrases)
        if not found:
            return None
        labels = t("list.separator", self.lang).join(
            after_colon(tr(self.red_flags[i].label, self.lang), self.lang) for i in found
        )
        return tuple(self.red_flags[i].id for i in found), labels

    def _rows(self, text: str) -> int:
        # As the terminal shows the echoed answer: its own width, and zero-width characters taking
        # none (counted as one each, a pasted run of them made the collapse erase the lines above
        # the question, the emergency numbers included).
        width = max(1, self.columns)
        return max(1, -(-display_width(text) // width))

    @staticmethod
    def _menu(labels: Sequence[str]) -> str:
        return "\n".join(f"  {i}. {label}" for i, label in enumerate(labels, start=1))

    def yes_no(self, question: str) -> bool:
        return self._ask(
            f"{question} {t('hint.yes_no', self.lang)}",
            "",
            yes_no,
            t("err.yes_no", self.lang),
            lambda answer: t("internal.yes" if answer else "internal.no", self.lang),
            title=question,
        )

    def choose_many(
        self,
        question: str,
        labels: Sequence[str],
        names: Sequence[str] = (),
        menu: Sequence[str] | None = None,
        phrases: Sequence[Sequence[str]] = (),
        same: list[int] | None = None,
        feminine: bool = False,
    ) -> list[int]:
        """0-based indexes; `names` and `phrases` let each choice be typed in words (see `many`);
        `menu`, when given, is what the menu shows (the answer is shown with `labels`); `same`,
        when given, is the answer "same as before" stands for; `feminine`: « aucune » in French."""
        hint, none = ("hint.multi_f", "summary.none_f") if feminine else ("hint.multi", "summary.none")

        def parse(raw: str) -> list[int]:
            if same is not None and is_same(raw):
                return same
            return many(raw, len(labels), names, phrases)

        return self._ask(
            f"{question}\n{self._menu(menu or labels)}",
            t(hint, self.lang),
            parse,
            t("err.numbers", self.lang, count=len(labels)),
            lambda chosen: t("list.separator", self.lang).join(labels[i] for i in chosen)
            or t(none, self.lang),
        )

    def pick(
        self,
        question: str,
        items: Sequence[Any],
        shown: Sequence[str] | None = None,
        before: tuple[str, ...] | None = None,
    ) -> tuple[str, ...]:
        """The ids of several of `items` (each with an `id` and a `label` text): by number, by id,
        or by words of the label in either language. `shown` replaces the labels on the menu; the
        answer, once given, is shown with the labels alone. `before`: what the last contact
        recorded, which "same as before" answers."""
        labels = [tr(item.label, self.lang) for item in items]
        names, phrases = naming(items)
        same = None if before is None else [i for i, item in enumerate(items) if item.id in before]
        # Situations and steps are feminine in French (« aucune »).
        feminine = bool(items) and isinstance(items[0], (Situation, ProcessStep))
        return tuple(items[i].id for i in self.choose_many(question, labels, names, shown, phrases, same, feminine))

    def ask_red_flags(self, guide: Guide, last: Contact | None = None) -> tuple[str, ...]:
        """The red-flag question, each with what it looks like in a few words. From then on, the
        words of a red flag typed at any later question stop and ask whether it is one now
        (see `_red_flag_said`). With `last`, a check-in: the red flags the last contact saw are
        recalled, to be asked again directly (never kept by "same": they are asked anew)."""
        from .commands.fragments import described

        menu = [described(s, self.lang, short=True).replace("\n", "\n     ") for s in guide.red_flags]
        question = t("q.red_flags", self.lang)
        if last is not None and last.answers.red_flags:
            seen = t("list.separator", self.lang).join(
                after_colon(tr(s.label, self.lang), self.lang) for s in guide.red_flags if s.id in last.answers.red_flags
            )
            question += "\n" + t("checkin.last_red_flags", self.lang, date=long_date(last.date, self.lang), value=seen)
        return self.pick(question, guide.red_flags, menu)

    def choose_one(
        self,
        question: str,
        labels: Sequence[str],
        default: int | None,
        words: Callable[[str], int | None] | None,
        same: int | None = None,
        title: str | None = None,
    ) -> int:
        """A 0-based index; Enter gives `default`, if any; `words` reads an answer typed as a
        word; `same`, when given, is the answer "same as before" stands for; `title`, the words
        the answer is echoed after (else the question's first line)."""
        if default is None:
            hint, error = t("hint.one", self.lang), t("err.one", self.lang, count=len(labels))
        else:
            hint = t("hint.single", self.lang, default=labels[default])
            error = t("err.one_number", self.lang, count=len(labels))

        def parse(raw: str) -> int:
            if same is not None and is_same(raw):
                return same
            return one(raw, len(labels), default, words)

        return self._ask(f"{question}\n{self._menu(labels)}", hint, parse, error, lambda index: labels[index], title)

    def wait(self, text: str) -> None:
        """Show `text` and wait for Enter (the end of input raises InputEnded)."""
        self.write(f"\n{text} ")
        line = (self.inp or sys.stdin).readline()
        if line == "":
            raise InputEnded("msg.eof")

    def event_day(self, today: date) -> date:
        """The day of the event, as people say it (see parsing.parse_date), no later than `today`."""

        def parse(raw: str) -> date:
            day = parse_date(raw, t("meta.date", self.lang), today=today)
            if day > today:
                raise Invalid(raw)
            return day

        return self._ask(
            t("checkin.q_event_date", self.lang),
            t("checkin.hint_event_date", self.lang),
            parse,
            t("checkin.err_event_date", self.lang),
            lambda day: long_date(day, self.lang),
        )

    def day_or_none(self, question: str, not_before: date) -> date | None:
        """A date typed as 27/03/2026 or 2026-03-27, not before `not_before`; Enter when it is
        not known."""

        def parse(raw: str) -> date | None:
            day = parse_date(raw, t("meta.date", self.lang), today=not_before, past=False) if raw.strip() else None
            if day is not None and day < not_before:
                raise Invalid(raw)
            return day

        return self._ask(
            question,
            t("checkin.hint_date", self.lang),
            parse,
            t("checkin.err_date", self.lang),
            lambda day: long_date(day, self.lang) if day else t("checkin.date_unknown", self.lang),
        )



def word_index(parse: Callable[[str], R], options: Sequence[R]) -> Callable[[str], int | None]:
    """An answer typed as a word, read by `parse`, as its index in `options` (None if it is not one)."""

    def read(raw: str) -> int | None:
        try:
            return options.index(parse(raw))
        except (UsageError, ValueError):
            return None

    return read
