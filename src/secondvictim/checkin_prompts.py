"""The check-in's questions: what the options of a follow-up contact did not say, asked with what
the last contact recorded (the asking itself is in asker.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .asker import Asker, RedFlagNow, word_index
from .guide.models import Guide, tr
from .i18n import after_colon, long_date, t
from .parsing import parse_support_used, parse_trend
from .rules.choices import SUPPORT_LABELS, TREND_LABELS, Lang, SupportUsed, Trend

if TYPE_CHECKING:
    from .rules.checkin import CheckinAnswers, Contact, Upcoming


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
    from .rules.checkin import CheckinAnswers

    ask = _Questions(guide, asker, today, last)
    signs = given.signs if given.signs is not None else ask.signs()
    trend = given.trend if given.trend is not None else ask.trend()
    items = given.items if given.items is not None else ask.items()
    support = given.support_used if given.support_used is not None else ask.support(relay)
    steps = given.steps if given.steps is not None else ask.steps()
    return CheckinAnswers(
        red_flags=(), signs=signs, trend=trend, items=items, support_used=support, steps=steps
    )


@dataclass(frozen=True)
class _Questions:
    """Each of the check-in's questions after the red flags, with what the last contact recorded
    for it (`last`), which "same as before" answers."""

    guide: Guide
    asker: Asker
    today: date
    last: Contact | None

    @property
    def lang(self) -> Lang:
        return self.asker.lang

    @property
    def before(self) -> CheckinAnswers | None:
        return self.last.answers if self.last else None

    def said(self, items: Sequence[Any], ids: tuple[str, ...] | None) -> str | None:
        if ids is None:
            return None
        sep, none = t("list.separator", self.lang), t("summary.none", self.lang)
        return sep.join(after_colon(tr(i.label, self.lang), self.lang) for i in items if i.id in ids) or none

    def signs(self) -> tuple[str, ...]:
        previous = self.before.signs if self.before else None
        question = recalled(t("q.signs", self.lang), self.last, self.said(self.guide.warning_signs, previous), self.lang)
        return self.asker.pick(question, self.guide.warning_signs, before=previous)

    def trend(self) -> Trend | None:
        trends: list[Trend | None] = list(TREND_LABELS)
        names = [t(TREND_LABELS[choice], self.lang) for choice in trends]
        return trends[
            self.asker.choose_one(
                t("checkin.q_trend", self.lang), names, trends.index(None), word_index(parse_trend, trends)
            )
        ]

    def items(self) -> tuple[str, ...]:
        lang = self.lang
        labels = [
            t("labelled", lang, label=tr(i.label, lang), text=t("quoted", lang, text=tr(i.question, lang)))
            for i in self.guide.checkin_items
        ]
        previous = self.before.items if self.before else None
        question = recalled(t("checkin.q_items", lang), self.last, self.said(self.guide.checkin_items, previous), lang)
        return self.asker.pick(question, self.guide.checkin_items, labels, before=previous)

    def support(self, relay: bool) -> SupportUsed:
        lang, before, last = self.lang, self.before, self.last
        answers = list(SUPPORT_LABELS)
        names = [t(SUPPORT_LABELS[choice], lang) for choice in answers]
        default = answers.index(SupportUsed.unknown)
        # A first assessment does not ask it: only a check-in's answer is recalled.
        used = before.support_used if before and last and last.kind == "checkin" else None
        question = t("checkin.q_relay" if relay else "checkin.q_support", lang)
        return answers[
            self.asker.choose_one(
                recalled(question, last, None if used is None else after_colon(names[answers.index(used)], lang), lang),
                names,
                default,
                word_index(parse_support_used, answers),
                None if used is None else answers.index(used),
            )
        ]

    def steps(self) -> tuple[Upcoming, ...]:
        from .rules.checkin import Upcoming

        lang, before, today = self.lang, self.before, self.today
        # Steps still to come: a date, when known, is today or later.
        # "Same as before": the steps the last contact named that are still to come.
        previous = (
            tuple(s.id for s in before.steps if s.on is None or s.on >= today)
            if before and before.steps is not None
            else None
        )
        steps = self.guide.process_steps
        question = recalled(t("checkin.q_steps", lang), self.last, self.said(steps, previous), lang)
        chosen = set(self.asker.pick(question, steps, before=previous))
        return tuple(
            Upcoming(id=step.id, on=self.asker.day_or_none(t("checkin.q_step_date", lang, step=tr(step.label, lang)), self.today))
            for step in steps
            if step.id in chosen
        )
