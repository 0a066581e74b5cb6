"""`secondvictim practice`: every path of every scenario, in both languages, on an 80x24 screen;
replies that match an attitude to avoid say so; the dark-thoughts scenario always reaches its
level-3 actions; broken institution scenarios are refused, each problem located."""

import json
import textwrap
from importlib import resources

import jsonschema
import pexpect
import pytest

from secondvictim.commands.practice_view import (
    ending_document,
    feedback_document,
    intro_document,
    list_document,
    review_document,
    step_document,
)
from secondvictim.guide.models import tr
from secondvictim.i18n import t, typeset
from secondvictim.render.blocks import typeset_document
from secondvictim.render.terminal import layout
from secondvictim.render.wrapping import wrap
from secondvictim.rules.practice import Turn, level3_actions, path_actions, play

from .test_screen import DECISION_ROWS
from .test_terminal import spawn  # noqa: F401  (the installed command in a pseudo-terminal)

LANGS = ("en", "fr")


def paths(scenario):
    """Every path from the first step to an ending, as lists of 1-based reply numbers."""
    found = []
    todo = [[]]
    while todo:
        numbers = todo.pop()
        played = play(scenario, numbers)
        if played.waiting is None:
            found.append(numbers)
        else:
            todo += [[*numbers, n] for n in range(1, len(played.waiting.replies) + 1)]
    return found


def rows(doc, lang):
    return len(layout(typeset_document(doc, lang), 80, rich=True, lang=lang))


def question_rows(step, lang):
    """The question as the Asker writes it at 80 columns: a blank line, the question, the
    numbered replies (hanging indent), the hint and the prompt."""
    lines = ["", t("practice.q_reply", lang)]
    lines += [f"  {i}. {tr(reply.text, lang)}" for i, reply in enumerate(step.replies, start=1)]
    lines.append(t("hint.one", lang))
    count = 0
    for line in lines:
        line = typeset(line, lang)
        hang = " " * (line.index(". ") + 2) if line.startswith("  ") else ""
        count += len(wrap(line.strip(), 80, line[: len(line) - len(line.lstrip())], hang)) if line.strip() else 1
    return count + 1  # the prompt


def test_there_are_at_least_eight_scenarios_with_a_source(guide):
    assert len(guide.scenarios) >= 8
    assert all(s.source for s in guide.scenarios)
    ids = {s.id for s in guide.scenarios}
    assert {"tears-after-error", "im-fine", "anger-at-the-system", "dark-thoughts", "manager-in-the-review",
            "will-i-be-sued", "intern-first-death", "refuses-help"} <= ids


@pytest.mark.parametrize("lang", LANGS)
def test_every_screen_of_every_path_fits_80_by_24(guide, lang):
    too_long = []
    assert rows(list_document(guide, lang), lang) <= DECISION_ROWS
    for scenario in guide.scenarios:
        assert rows(intro_document(scenario, lang), lang) <= DECISION_ROWS, scenario.id
        for numbers in paths(scenario):
            played = play(scenario, numbers)
            for number, turn in enumerate(played.turns, start=1):
                step = rows(step_document(scenario, turn.step, number, lang, menu=False), lang)
                screens = {
                    "step": step + question_rows(turn.step, lang),
                    "feedback": rows(feedback_document(guide, turn, lang), lang) + 2,  # "Enter to go on"
                }
                too_long += [(scenario.id, numbers, name, n) for name, n in screens.items() if n > DECISION_ROWS]
            ending = rows(ending_document(guide, played, lang), lang) + 2
            review = rows(review_document(guide, played, lang), lang) + 1
            if ending > DECISION_ROWS or review > DECISION_ROWS:
                too_long.append((scenario.id, numbers, "end", ending, review))
    assert too_long == []


def test_paths_branch_and_every_one_ends(guide):
    for scenario in guide.scenarios:
        found = paths(scenario)
        assert len(found) >= 3, scenario.id  # branches, not a straight line
        endings = {play(scenario, numbers).ending.id for numbers in found}
        assert len(endings) >= 2 or len(found) >= 4, scenario.id


@pytest.mark.parametrize("lang", LANGS)
def test_a_reply_that_matches_an_attitude_to_avoid_says_so(guide, lang):
    attitudes = {a.id: a for a in guide.attitudes}
    named = 0
    for scenario in guide.scenarios:
        for step in scenario.steps:
            for number, reply in enumerate(step.replies, start=1):
                if reply.avoid is None:
                    continue
                named += 1
                assert reply.verdict == "hurts"
                text = " ".join(" ".join(line for line, _ in layout(
                    feedback_document(guide, Turn(step, number, reply), lang), 80, rich=False, lang=lang)).split())
                assert " ".join(t("practice.avoid", lang, text=tr(attitudes[reply.avoid].avoid, lang)).split()) in text
                assert tr(attitudes[reply.avoid].instead, lang).split()[0] in text
    assert named >= 15


def test_every_scenario_offers_the_key_message_somewhere(guide):
    matched = {s.id for s in guide.scenarios for step in s.steps for r in step.replies if r.matches}
    assert len(matched) >= 6


def test_the_dark_thoughts_scenario_reaches_its_level_3_actions_on_every_path(guide):
    scenario = next(s for s in guide.scenarios if s.id == "dark-thoughts")
    assert scenario.red_flags == ("dark-thoughts",)
    wanted = {"stay-with", "ask-directly", "call-3114", "immediate-danger", "activate-occupational-medicine",
              "refer-psychological-support"}
    assert wanted <= set(level3_actions(guide, "dark-thoughts"))
    for numbers in paths(scenario):
        assert set(level3_actions(guide, "dark-thoughts")) <= set(path_actions(play(scenario, numbers))), numbers


@pytest.mark.exhaustive
@pytest.mark.parametrize("lang", LANGS)
def test_every_path_plays_with_reply_and_follows_the_schema(run, guide, lang):
    schema = json.loads((resources.files("secondvictim") / "schemas" / "practice.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for scenario in guide.scenarios:
        for numbers in paths(scenario):
            replies = [arg for n in numbers for arg in ("--reply", str(n))]
            shown = run("--lang", lang, "practice", scenario.id, *replies)
            assert shown.exit_code == 0, (scenario.id, numbers, shown.stderr)
            assert t("practice.on_the_day", lang, command="secondvictim triage") in typeset(shown.stdout, "en") \
                or "secondvictim triage" in shown.stdout
            data = json.loads(run("--lang", lang, "practice", scenario.id, *replies, "--json").stdout)
            assert list(validator.iter_errors(data)) == []
            assert [turn["reply"] for turn in data["path"]] == numbers
            assert data["on_the_day"] == "secondvictim triage"
            if scenario.id == "dark-thoughts":
                assert set(level3_actions(guide, "dark-thoughts")) <= set(data["level3_actions"])
                assert "3114" in shown.stdout and "15" in shown.stdout and "112" in shown.stdout


def test_the_list_and_its_json(run):
    listed = run("practice")
    assert listed.exit_code == 0 and "dark-thoughts" in listed.stdout
    data = json.loads(run("practice", "--json").stdout)
    assert data["schema"] == "secondvictim/practice/1" and len(data["scenarios"]) >= 8


def test_replies_in_words_in_either_language(run):
    english = run("practice", "tears-after-error", "--reply", "what you're feeling is common", "--reply", "psychologist")
    french = run("practice", "tears-after-error", "--reply", "Ce que vous ressentez est fréquent", "--reply", "psychologue")
    assert english.exit_code == 0, english.stderr
    assert french.exit_code == 0, french.stderr
    assert english.stdout == french.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["practice", "dark-thoughts", "--reply", "1"], "give one more --reply"),
        (["practice", "dark-thoughts", "--reply", "2", "--reply", "1", "--reply", "1"], "too many --reply"),
        (["practice", "dark-thoughts", "--reply", "7"], "between 1 and 3"),
        (["practice", "dark-thougts"], "Did you mean 'dark-thoughts'?"),
        (["practice", "--reply", "1"], "--reply needs a scenario"),
    ],
)
def test_usage_errors_say_what_to_do(run, args, words):
    result = run(*args)
    assert result.exit_code == 2
    assert words in result.stderr


def line_of(text, needle):
    return next(n for n, line in enumerate(text.split("\n"), start=1) if needle in line)


BROKEN = textwrap.dedent(
    """\
    scenarios:
      - id: broken
        title:
          en: Broken
        setting:
          en: A test.
        red_flags: [dark-thoughts]
        source: test
        steps:
          - id: one
            says:
              en: Hello.
            replies:
              - text:
                  en: A
                  fr: A
                verdict: helps
                avoid: minimising
                feedback:
                  en: only English
                next: two
              - text:
                  en: B
                  fr: B
                verdict: hurts
                avoid: no-such-attitude
                feedback:
                  en: b
                  fr: b
                next: nowhere
          - id: two
            says:
              en: Again.
            replies:
              - text:
                  en: C
                  fr: C
                verdict: helps
                feedback:
                  en: c
                  fr: c
                next: one
              - text:
                  en: D
                  fr: D
                verdict: helps
                actions: [no-such-action]
                feedback:
                  en: d
                  fr: d
                next: end
        endings:
          - id: end
            text:
              en: The end.
            keep:
              en: Keep.
    """
)


def test_validate_refuses_broken_and_cyclic_scenarios_with_located_problems(run, tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "practice.yaml").write_text(BROKEN, encoding="utf-8")
    result = run("validate", str(folder))
    assert result.exit_code == 2
    out = " ".join(result.stdout.split())
    path = str(folder / "practice.yaml")
    for needle, field, words in [
        ("verdict: helps", "scenarios[0].steps[0].replies[0].verdict", "must have verdict: hurts"),
        ("feedback:", "scenarios[0].steps[0].replies[0].feedback", "missing in fr"),
        ("avoid: no-such", "scenarios[0].steps[0].replies[1].avoid", "no attitude to avoid has the id 'no-such-attitude'"),
        ("next: nowhere", "scenarios[0].steps[0].replies[1].next", "no step or ending of this scenario has the id 'nowhere'"),
        ("[no-such-action]", "scenarios[0].steps[1].replies[1].actions[0]", "no action has the id 'no-such-action'"),
    ]:
        line = line_of(BROKEN, needle)
        assert f"{path}:{line}: {field}: " in out, (line, field, result.stdout)
        assert words in out
    # Fixed but for the cycle: the cycle is said, where the reply leads back.
    cyclic = BROKEN.replace("            avoid: minimising\n", "").replace("next: nowhere", "next: end")
    cyclic = cyclic.replace("en: only English", "en: a\n              fr: a")
    cyclic = cyclic.replace("avoid: no-such-attitude", "avoid: blaming").replace("actions: [no-such-action]", "actions: []")
    (folder / "practice.yaml").write_text(cyclic, encoding="utf-8")
    result = run("validate", str(folder))
    assert result.exit_code == 2
    line = line_of(cyclic, "next: one")
    assert f"{path}:{line}: scenarios[0].steps[1].replies[0].next: this reply leads back" in " ".join(result.stdout.split())


def test_validate_refuses_a_red_flag_scenario_that_misses_its_level_3_actions(run, tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    fixed = BROKEN.replace("            avoid: minimising\n", "").replace("next: nowhere", "next: end").replace("next: one", "next: end")
    fixed = fixed.replace("en: only English", "en: a\n              fr: a")
    fixed = fixed.replace("avoid: no-such-attitude", "avoid: blaming").replace("actions: [no-such-action]", "actions: [call-3114]")
    (folder / "practice.yaml").write_text(fixed, encoding="utf-8")
    result = run("validate", str(folder))
    assert result.exit_code == 2
    out = " ".join(result.stdout.split())
    assert f"{folder / 'practice.yaml'}:7: scenarios[0].red_flags[0]: a path can end without the level-3 actions" in out
    assert "stay-with" in out and "ask-directly" in out
    # With the level-3 actions on the ending, the institution's scenario is valid and playable.
    whole = fixed.replace("        keep:\n          en: Keep.\n",
                          "        keep:\n          en: Keep.\n        actions: [" + ", ".join(
                              ["stay-with", "ask-directly", "call-3114", "immediate-danger",
                               "activate-occupational-medicine", "refer-psychological-support",
                               "withdraw-from-activity"]) + "]\n")
    (folder / "practice.yaml").write_text(whole, encoding="utf-8")
    assert run("validate", str(folder)).exit_code == 0
    played = run("--data-dir", str(folder), "practice", "broken", "--reply", "1", "--reply", "2")
    assert played.exit_code == 0, played.stderr
    assert "3114" in played.stdout


# What the screen says, and what is typed then: no default (Enter asks again), a number, words.
EXCHANGES = [
    ("What do you say?", ""),
    ("words of one reply", "3"),
    ("Attitude to avoid: Analysing the event in the heat of the moment.", ""),
    ("What do you say?", "how are you, really"),
    ("It matches the key message", ""),
    ("How it ends", ""),
]


def test_played_in_a_real_terminal(spawn):  # noqa: F811  (the fixture imported above)
    """The installed command in a pseudo-terminal, from the first question to the review."""
    child = spawn("practice", "tears-after-error")
    for shown, typed in EXCHANGES:
        child.expect_exact(shown)
        child.expect_exact(" ")
        child.sendline(typed)
    for shown in ("What went well", "To keep in mind", "secondvictim triage"):
        child.expect_exact(shown)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Press Enter to go on." in child.logfile_read.getvalue()
