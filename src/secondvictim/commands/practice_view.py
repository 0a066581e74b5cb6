"""`secondvictim practice`, its flow and view: rehearse the first conversation before the day.

The flow (which step, which reply, when to ask) and the view (what each screen shows, and the
JSON) of the command; the rules (a path, the checks of a scenario) are in `practice.py`. No
score, nothing stored, nothing asked about the manager.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..guide.models import Guide, PracticeReply, PracticeStep, Scenario, tr
from ..i18n import t
from ..parsing import choices_named
from ..render.blocks import Document, Heading, Items, Para
from ..rules.practice import BadReply, Played, Turn, path_actions, play
from .common import Output, load_guide

if TYPE_CHECKING:
    from ..environment import Environment
    from ..prompts import Asker
    from ..rules.choices import Lang
    from .practice import PracticeOptions

# What to run on the day: the one-screen answer.
ON_THE_DAY = "secondvictim triage"


def run(
    settings: Environment, opts: PracticeOptions, asker: Asker | None, show: Callable[[Document], None]
) -> Output:
    """List the scenarios, or play one: with `--reply`, without a question; else by asking."""
    guide, lang = load_guide(settings)[0].guide, settings.lang
    if opts.scenario is None:
        if opts.replies:
            raise UsageError("err.practice_reply_alone")
        if opts.json:
            return Output(data=_document(lang, {"scenarios": [scenario_data(guide, s, lang) for s in guide.scenarios]}))
        return Output(document=list_document(guide, lang))
    scenario = find(guide, opts.scenario)
    played = given_path(scenario, opts.replies or [], lang)
    if played.waiting is not None and asker is None:
        raise UsageError("err.practice_more", count=len(played.waiting.replies))
    if played.waiting is not None and asker is not None:
        played = ask_the_rest(guide, played, asker, show, lang, quiet=opts.json)
        if not opts.json:
            return Output(document=review_document(guide, played, lang))
    if opts.json:
        return Output(data=_document(lang, played_data(guide, played, lang)))
    return Output(document=transcript(guide, played, lang))


def find(guide: Guide, ident: str) -> Scenario:
    from ..parsing import suggestion

    ids = [s.id for s in guide.scenarios]
    if ident in ids:
        return guide.scenarios[ids.index(ident)]
    close = suggestion(ident, ids)
    if close:
        raise UsageError("err.practice_unknown_hint", id=ident, hint=close)
    raise UsageError("err.practice_unknown", id=ident, valid=", ".join(ids))


def reply_index(raw: str, step: PracticeStep) -> int | None:
    """A reply by its number, or by words of its text in either language; None if neither."""
    from ..prompts import Invalid, one

    def by_words(text: str) -> int | None:
        found = choices_named(text, [" ".join(reply.text.values()) for reply in step.replies])
        return found[0] if found and len(found) == 1 else None

    try:
        return one(raw, len(step.replies), None, by_words)
    except Invalid:
        return None


def _words_of(step: PracticeStep) -> Callable[[str], int | None]:
    return lambda raw: reply_index(raw, step)


def given_path(scenario: Scenario, replies: list[str], lang: Lang) -> Played:
    """The path the `--reply` values take, each read against the step it answers."""
    numbers: list[int] = []
    for raw in replies:
        at = play(scenario, numbers)
        if at.waiting is None:
            raise UsageError("err.practice_too_many", count=len(numbers))
        index = reply_index(raw, at.waiting)
        if index is None:
            raise UsageError("err.practice_reply", value=raw, turn=len(numbers) + 1, count=len(at.waiting.replies))
        numbers.append(index + 1)
    try:
        return play(scenario, numbers)
    except BadReply:  # read above against each step: cannot happen
        raise UsageError("err.practice_too_many", count=len(numbers)) from None


def ask_the_rest(
    guide: Guide, played: Played, asker: Asker, show: Callable[[Document], None], lang: Lang, *, quiet: bool
) -> Played:
    """Ask each step still to answer, show its feedback, and show the ending (not with --json:
    then only the questions are on the screen, and the JSON is the result)."""
    numbers = [turn.number for turn in played.turns]
    if not numbers and not quiet:
        show(intro_document(played.scenario, lang))
    while played.waiting is not None:
        step = played.waiting
        if not quiet:
            show(step_document(played.scenario, step, len(numbers) + 1, lang, menu=False))
        labels = [tr(reply.text, lang) for reply in step.replies]
        index = asker.choose_one(t("practice.q_reply", lang), labels, None, _words_of(step))
        numbers.append(index + 1)
        played = play(played.scenario, numbers)
        if not quiet:
            show(feedback_document(guide, played.turns[-1], lang))
            asker.wait(t("practice.go_on", lang))
    if not quiet and played.ending is not None:
        show(ending_document(guide, played, lang))
        asker.wait(t("practice.go_on", lang))
    return played


# The view: each of these is one screen, and fits 80x24 in both languages (tests/test_practice.py).


def list_document(guide: Guide, lang: Lang) -> Document:
    doc: Document = [Heading(t("practice.list_title", lang)), Para(t("practice.intro", lang))]
    doc.append(Items(tuple(f"{s.id}\n{tr(s.title, lang)}" for s in guide.scenarios)))
    doc.append(Para(t("practice.list_how", lang), "note"))
    return doc


def intro_document(scenario: Scenario, lang: Lang) -> Document:
    return [
        Heading(tr(scenario.title, lang)),
        Para(tr(scenario.setting, lang)),
        Para(t("practice.intro", lang), "note"),
    ]


def step_document(scenario: Scenario, step: PracticeStep, number: int, lang: Lang, *, menu: bool = True) -> Document:
    doc: Document = [
        Heading(t("practice.step", lang, title=tr(scenario.title, lang), turn=number), depth=2),
        Para(tr(step.says, lang), "quote"),
    ]
    if menu:
        doc += [
            Para(t("practice.q_reply", lang)),
            Items(tuple(tr(reply.text, lang) for reply in step.replies), "number"),
        ]
    return doc


def action_lines(guide: Guide, ids: tuple[str, ...], lang: Lang) -> tuple[str, ...]:
    """Level-3 actions in the guide's own words, as the triage says them in full (the one-screen
    wording points at parts of the triage's answer that a rehearsal does not show)."""
    actions = {a.id: a for a in guide.actions}
    return tuple(tr(actions[i].text, lang) for i in ids if i in actions)


def matched_words(guide: Guide, matches: str | None, lang: Lang) -> str | None:
    if matches == "key-message":
        return tr(guide.key_message, lang)
    if matches == "safety-words":
        return tr(guide.safety_words, lang)
    return None


def feedback_document(guide: Guide, turn: Turn, lang: Lang) -> Document:
    reply = turn.reply
    doc: Document = [
        Heading(t("practice.you_said", lang), depth=2),
        Para(t("quoted", lang, text=tr(reply.text, lang)), "quote"),
        Heading(t("practice.helps" if reply.verdict == "helps" else "practice.hurts", lang), depth=3),
        Para(tr(reply.feedback, lang)),
    ]
    attitude = next((a for a in guide.attitudes if a.id == reply.avoid), None)
    if attitude is not None:
        doc.append(Para(t("practice.avoid", lang, text=tr(attitude.avoid, lang))))
        doc.append(Para(t("instead", lang, text=tr(attitude.instead, lang))))
    words = matched_words(guide, reply.matches, lang)
    if words is not None:
        key = "practice.matches_key" if reply.matches == "key-message" else "practice.matches_safety"
        doc += [Heading(t(key, lang), depth=3), Para(t("quoted", lang, text=words), "quote")]
    if reply.actions:
        doc += [Heading(t("practice.actions", lang), depth=3), Items(action_lines(guide, reply.actions, lang))]
    return doc


def ending_document(guide: Guide, played: Played, lang: Lang) -> Document:
    assert played.ending is not None
    ending = played.ending
    doc: Document = [Heading(t("practice.end", lang), depth=2), Para(tr(ending.text, lang))]
    if ending.actions:
        doc += [Heading(t("practice.actions", lang), depth=3), Items(action_lines(guide, ending.actions, lang))]
    return doc


def went_well(played: Played, lang: Lang) -> list[str]:
    return [tr(turn.reply.text, lang) for turn in played.turns if turn.reply.verdict == "helps"]


def to_look_at(guide: Guide, played: Played, lang: Lang) -> list[str]:
    """The replies that hurt: the attitude each matches and what to do instead, else its feedback."""
    attitudes = {a.id: a for a in guide.attitudes}
    out = []
    for turn in played.turns:
        reply = turn.reply
        if reply.verdict != "hurts":
            continue
        attitude = attitudes.get(reply.avoid or "")
        if attitude is not None:
            out.append(tr(attitude.avoid, lang) + "\n" + t("instead", lang, text=tr(attitude.instead, lang)))
        else:
            out.append(t("quoted", lang, text=tr(reply.text, lang)))
    return out


def review_document(guide: Guide, played: Played, lang: Lang) -> Document:
    well, again = went_well(played, lang), to_look_at(guide, played, lang)
    doc: Document = [Heading(t("practice.review", lang)), Heading(t("practice.well", lang), depth=3)]
    doc.append(Items(tuple(well)) if well else Para(t("practice.well_none", lang)))
    if again:
        doc += [Heading(t("practice.again", lang), depth=3), Items(tuple(again))]
    if played.ending is not None:
        doc += [Heading(t("practice.keep", lang), depth=3), Para(tr(played.ending.keep, lang))]
    doc += [
        Para(t("practice.on_the_day", lang, command=ON_THE_DAY)),
        Para(t("call.emergency_line", lang), "note"),
    ]
    return doc


def transcript(guide: Guide, played: Played, lang: Lang) -> Document:
    """A whole path, screen after screen, as played with --reply."""
    doc = intro_document(played.scenario, lang)
    for number, turn in enumerate(played.turns, start=1):
        doc += step_document(played.scenario, turn.step, number, lang)
        doc += feedback_document(guide, turn, lang)
    if played.ending is not None:
        doc += ending_document(guide, played, lang)
    return doc + review_document(guide, played, lang)


# JSON: the same selection as the screens.


def _document(lang: Lang, body: dict[str, Any]) -> dict[str, Any]:
    from ..render.jsondoc import document

    return document("practice", lang, body)


def scenario_data(guide: Guide, scenario: Scenario, lang: Lang) -> dict[str, Any]:
    return {
        "id": scenario.id,
        "title": tr(scenario.title, lang),
        "setting": tr(scenario.setting, lang),
        "red_flags": list(scenario.red_flags),
        "source": scenario.source,
    }


def actions_data(guide: Guide, ids: tuple[str, ...], lang: Lang) -> list[dict[str, str]]:
    actions = {a.id: a for a in guide.actions}
    return [{"id": i, "text": tr(actions[i].text, lang)} for i in ids if i in actions]


def turn_data(guide: Guide, turn: Turn, lang: Lang) -> dict[str, Any]:
    reply = turn.reply
    attitude = next((a for a in guide.attitudes if a.id == reply.avoid), None)
    words = matched_words(guide, reply.matches, lang)
    return {
        "step": turn.step.id,
        "says": tr(turn.step.says, lang),
        "reply": turn.number,
        "text": tr(reply.text, lang),
        "verdict": reply.verdict,
        "feedback": tr(reply.feedback, lang),
        "avoid": {"id": attitude.id, "avoid": tr(attitude.avoid, lang), "instead": tr(attitude.instead, lang)}
        if attitude is not None
        else None,
        "matches": {"id": reply.matches, "text": words} if reply.matches and words is not None else None,
        "actions": actions_data(guide, reply.actions, lang),
    }


def played_data(guide: Guide, played: Played, lang: Lang) -> dict[str, Any]:
    assert played.ending is not None
    ending = played.ending
    return {
        "scenario": scenario_data(guide, played.scenario, lang),
        "path": [turn_data(guide, turn, lang) for turn in played.turns],
        "ending": {
            "id": ending.id,
            "text": tr(ending.text, lang),
            "keep": tr(ending.keep, lang),
            "actions": actions_data(guide, ending.actions, lang),
        },
        "level3_actions": list(path_actions(played)),
        "went_well": went_well(played, lang),
        "to_look_at": [" ".join(item.split("\n")) for item in to_look_at(guide, played, lang)],
        "on_the_day": ON_THE_DAY,
    }


# The page's "Practise" section: the same scenarios, the same feedback, in every language.


def page_data(guide: Guide, lang: Lang) -> dict[str, Any]:
    """The scenarios for the offline page: each step, reply, feedback and ending as on the
    terminal. Attitudes, matched words and level-3 actions are named by id (the page holds their
    texts once), which keeps the page small enough for a phone."""

    def reply_data(reply: PracticeReply) -> dict[str, Any]:
        return {
            "text": tr(reply.text, lang),
            "helps": reply.verdict == "helps",
            "feedback": tr(reply.feedback, lang),
            "avoid": reply.avoid,
            "matches": reply.matches,
            "actions": list(reply.actions),
            "next": reply.next,
        }

    return {
        "scenarios": [
            {
                "id": s.id,
                "title": tr(s.title, lang),
                "setting": tr(s.setting, lang),
                "first": s.steps[0].id,
                "steps": {
                    step.id: {"says": tr(step.says, lang), "replies": [reply_data(r) for r in step.replies]}
                    for step in s.steps
                },
                "endings": {
                    e.id: {"text": tr(e.text, lang), "keep": tr(e.keep, lang), "actions": list(e.actions)}
                    for e in s.endings
                },
            }
            for s in guide.scenarios
        ],
        "attitudes": {
            a.id: {
                "avoid": t("practice.avoid", lang, text=tr(a.avoid, lang)),
                "instead": t("instead", lang, text=tr(a.instead, lang)),
            }
            for a in guide.attitudes
        },
        "ui": page_texts(lang),
    }


def page_texts(lang: Lang) -> dict[str, str]:
    """The words of the page's practice screens."""
    return {
        "title": t("practice.list_title", lang),
        "matchesKey": t("practice.matches_key", lang),
        "matchesSafety": t("practice.matches_safety", lang),
        "intro": t("practice.intro", lang),
        "question": t("practice.q_reply", lang),
        "youSaid": t("practice.you_said", lang),
        "helps": t("practice.helps", lang),
        "hurts": t("practice.hurts", lang),
        "actions": t("practice.actions", lang),
        "end": t("practice.end", lang),
        "keep": t("practice.keep", lang),
        "review": t("practice.review", lang),
        "well": t("practice.well", lang),
        "wellNone": t("practice.well_none", lang),
        "again": t("practice.again", lang),
        "onTheDay": t("practice.on_the_day", lang, command=ON_THE_DAY),
        "goOn": t("practice.go_on_page", lang),
        "other": t("practice.other", lang),
    }
