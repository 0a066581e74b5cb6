"""Ask the triage questions: numbered choices and yes/no, readable by a screen reader.

Questions go to stderr, so that stdout holds only the result (`--json` stays valid JSON).
Answers are read by the parsers of `parsing.py`, as an option's value would be: numbers, or the
words themselves in either language. End of input raises InputEnded; Ctrl-C raises
KeyboardInterrupt; the command line turns both into a message and an exit code.
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
from .parsing import (
    NONE_WORDS,
    choices_named,
    is_same,
    normalise,
    parse_date,
    parse_internal,
    parse_numbers,
    parse_role,
    parse_support_used,
    parse_trend,
    parse_yes_no,
)
from .render.wrapping import MAX_WIDTH, display_width, wrap
from .rules.choices import (
    INTERNAL_LABELS,
    ROLE_LABELS,
    SUPPORT_LABELS,
    TREND_LABELS,
    Internal,
    Lang,
    Role,
    SupportUsed,
    Trend,
)
from .rules.triage import Answers

if TYPE_CHECKING:
    from .rules.checkin import CheckinAnswers, Contact, Upcoming

R = TypeVar("R")
E = TypeVar("E", Role, Internal)


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
    ) -> int:
        """A 0-based index; Enter gives `default`, if any; `words` reads an answer typed as a
        word; `same`, when given, is the answer "same as before" stands for."""
        if default is None:
            hint, error = t("hint.one", self.lang), t("err.one", self.lang, count=len(labels))
        else:
            hint = t("hint.single", self.lang, default=labels[default])
            error = t("err.one_number", self.lang, count=len(labels))

        def parse(raw: str) -> int:
            if same is not None and is_same(raw):
                return same
            return one(raw, len(labels), default, words)

        return self._ask(f"{question}\n{self._menu(labels)}", hint, parse, error, lambda index: labels[index])

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


@dataclass(frozen=True)
class Given:
    """The answers given as options; None where an option was absent."""

    red_flags: tuple[str, ...] | None = None
    event: bool | None = None
    situations: tuple[str, ...] | None = None
    signs: tuple[str, ...] | None = None
    role: Role | None = None
    internal: Internal | None = None


def _word_index(parse: Callable[[str], R], options: Sequence[R]) -> Callable[[str], int | None]:
    def read(raw: str) -> int | None:
        try:
            return options.index(parse(raw))
        except (UsageError, ValueError):
            return None

    return read


def complete(guide: Guide, given: Given, asker: Asker | None) -> Answers:
    """Fill in what the options did not say: by asking when `asker` is set, else by defaults.

    Questions come in the brief's order. A red flag ends the questions at once, because nothing
    else can change what must be done; with no event and no warning sign, the role and the
    internal resources cannot change the answer either, and are not asked.
    Without `asker`, an absent event answer is a UsageError (nothing can be asked).
    """
    lang = asker.lang if asker else "en"

    def pick_one(question: str, labels: dict[E, str], default: E, parse: Callable[[str], E]) -> E:
        """One of a fixed set of answers, by number or by name; the default without a terminal."""
        if asker is None:
            return default
        choices = list(labels)
        names = [t(labels[choice], lang) for choice in choices]
        return choices[asker.choose_one(question, names, choices.index(default), _word_index(parse, choices))]

    def pick_many(items: Sequence[Sign | Situation], question: str) -> tuple[str, ...]:
        return asker.pick(question, items) if asker is not None else ()

    def at_level_3(red_flags: tuple[str, ...]) -> Answers:
        return Answers(
            red_flags=red_flags,
            event=given.event,
            situations=given.situations or (),
            signs=given.signs or (),
            role=given.role or Role.unknown,
            internal=given.internal or Internal.unknown,
        )

    red_flags = given.red_flags
    if asker is not None:
        asker.red_flags = guide.red_flags
        if red_flags is None:
            red_flags = asker.ask_red_flags(guide)
    if red_flags:
        return at_level_3(red_flags)

    def rest() -> Answers:
        # red_flags is None when they were not asked (no terminal and no --red-flag): it is
        # recorded so, never as "none".
        event = given.event
        # A situation given as an option sets level 1 already: the event answer is then optional.
        if event is None and not (asker is None and given.situations):
            if asker is None:
                raise UsageError("err.missing_event")
            event = asker.yes_no(t("q.event", lang))
        situations = given.situations
        if situations is None:
            situations = pick_many(guide.situations, t("team.q_situations", lang))
        signs = given.signs if given.signs is not None else pick_many(guide.warning_signs, t("q.signs", lang))
        if not event and not situations and not signs:
            return Answers(
                red_flags=red_flags,
                event=event,
                role=given.role or Role.unknown,
                internal=given.internal or Internal.unknown,
            )
        role = given.role or pick_one(t("q.role", lang), ROLE_LABELS, Role.unknown, parse_role)
        internal = given.internal or pick_one(
            t("q.internal", lang), INTERNAL_LABELS, Internal.unknown, parse_internal
        )
        return Answers(
            red_flags=red_flags, event=event, situations=situations, signs=signs, role=role, internal=internal
        )

    try:
        return rest()
    except RedFlagNow as said:
        return at_level_3(said.red_flags)


@dataclass(frozen=True)
class CheckinGiven:
    """The answers of a check-in given as options; None where an option was absent."""

    red_flags: tuple[str, ...] | None = None
    signs: tuple[str, ...] | None = None
    trend: Trend | None = None
    items: tuple[str, ...] | None = None
    support_used: SupportUsed | None = None
    steps: tuple[Upcoming, ...] | None = None


def complete_checkin(
    guide: Guide,
    given: CheckinGiven,
    asker: Asker | None,
    today: date,
    *,
    relay: bool = False,
    last: Contact | None = None,
) -> CheckinAnswers:
    """Fill in what the options did not say, by asking when `asker` is set; else it stays unanswered.

    Red flags first, as in the triage: a red flag ends the questions, since nothing else can
    change what must be done. Then the warning signs, the trend, the re-check items, the support
    used (with `relay`, after a contact at level 3: whether the specialised support is in place)
    and the steps of the event's processes still to come. With `last` (the previous contact), each
    question after the red flags says what it recorded, and "same as before" answers it; the red
    flags are always asked afresh.
    """
    from .rules.checkin import CheckinAnswers

    def unanswered(red_flags: tuple[str, ...] | None) -> CheckinAnswers:
        return CheckinAnswers(
            red_flags=red_flags,
            signs=given.signs,
            trend=given.trend,
            items=given.items,
            support_used=given.support_used or SupportUsed.unknown,
            steps=given.steps,
        )

    if asker is None:
        # Red flags not given are not asked: recorded so (None), never as "none".
        return unanswered(given.red_flags)
    asker.red_flags = guide.red_flags
    red_flags = given.red_flags
    if red_flags is None:
        red_flags = asker.ask_red_flags(guide, last)
    if red_flags:
        return unanswered(red_flags)
    try:
        return _checkin_rest(guide, given, asker, today, relay, last)
    except RedFlagNow as said:
        return unanswered(said.red_flags)


def recalled(question: str, last: Contact | None, value: str | None, lang: Lang) -> str:
    """The question, and what the last contact recorded for it (`value`, None if not asked)."""
    if last is None or value is None:
        return question
    return question + "\n" + t("checkin.last_time", lang, date=long_date(last.date, lang), value=value)


def _checkin_rest(
    guide: Guide,
    given: CheckinGiven,
    asker: Asker,
    today: date,
    relay: bool,
    last: Contact | None = None,
) -> CheckinAnswers:
    """The check-in's questions after the red flags, none of which was seen."""
    from .rules.checkin import CheckinAnswers, Upcoming

    lang = asker.lang
    before = last.answers if last else None
    sep, none = t("list.separator", lang), t("summary.none", lang)

    def said(items: Sequence[Any], ids: tuple[str, ...] | None) -> str | None:
        if ids is None:
            return None
        return sep.join(after_colon(tr(i.label, lang), lang) for i in items if i.id in ids) or none

    signs = given.signs
    if signs is None:
        previous_signs = before.signs if before else None
        question = recalled(t("q.signs", lang), last, said(guide.warning_signs, previous_signs), lang)
        signs = asker.pick(question, guide.warning_signs, before=previous_signs)
    trend = given.trend
    if trend is None:
        trends: list[Trend | None] = list(TREND_LABELS)
        names = [t(TREND_LABELS[choice], lang) for choice in trends]
        trend = trends[
            asker.choose_one(
                t("checkin.q_trend", lang), names, trends.index(None), _word_index(parse_trend, trends)
            )
        ]
    items = given.items
    if items is None:
        labels = [
            t("labelled", lang, label=tr(i.label, lang), text=t("quoted", lang, text=tr(i.question, lang)))
            for i in guide.checkin_items
        ]
        previous_items = before.items if before else None
        question = recalled(t("checkin.q_items", lang), last, said(guide.checkin_items, previous_items), lang)
        items = asker.pick(question, guide.checkin_items, labels, before=previous_items)
    support = given.support_used
    if support is None:
        answers = list(SUPPORT_LABELS)
        names = [t(SUPPORT_LABELS[choice], lang) for choice in answers]
        default = answers.index(SupportUsed.unknown)
        # A first assessment does not ask it: only a check-in's answer is recalled.
        used = before.support_used if before and last and last.kind == "checkin" else None
        question = t("checkin.q_relay" if relay else "checkin.q_support", lang)
        support = answers[
            asker.choose_one(
                recalled(question, last, None if used is None else after_colon(names[answers.index(used)], lang), lang),
                names,
                default,
                _word_index(parse_support_used, answers),
                None if used is None else answers.index(used),
            )
        ]
    steps = given.steps
    if steps is None:
        # Steps still to come: a date, when known, is today or later.
        # "Same as before": the steps the last contact named that are still to come.
        previous_steps = (
            tuple(s.id for s in before.steps if s.on is None or s.on >= today)
            if before and before.steps is not None
            else None
        )
        question = recalled(t("checkin.q_steps", lang), last, said(guide.process_steps, previous_steps), lang)
        chosen = set(asker.pick(question, guide.process_steps, before=previous_steps))
        steps = tuple(
            Upcoming(
                id=step.id,
                on=asker.day_or_none(t("checkin.q_step_date", lang, step=tr(step.label, lang)), today),
            )
            for step in guide.process_steps
            if step.id in chosen
        )
    return CheckinAnswers(
        red_flags=(), signs=signs, trend=trend, items=items, support_used=support, steps=steps
    )


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
