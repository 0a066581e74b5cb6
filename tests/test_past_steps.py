"""A triage written days after the event: its summary marks the follow-up steps already past
(issue 27, review L29), in Markdown, HTML and JSON, from the Environment's clock."""

import json
from datetime import date
from importlib import resources

import jsonschema
import pytest

# An event on Sunday 29 November 2026, the triage written on Thursday 3 December: the same-shift
# step (29 Nov), the 24-48 h contact (30 Nov) and the day-3 re-check (2 Dec) are past; the
# one-week contact (6 Dec) and the one-month check are still ahead.
TODAY = date(2026, 12, 3)
TRIAGE = ["triage", "--event", "--sign", "anxiety", "--role", "nurse", "--event-date", "2026-11-29"]
PAST = {"en": "(already past)", "fr": "(date passée)"}


def step_lines(text, lang):
    days = ("29 November", "30 November", "2 December", "6 December") if lang == "en" else (
        "29 novembre", "30 novembre", "2 décembre", "6 décembre"
    )
    lines = [part for line in text.splitlines() for part in line.split("<li")]  # HTML: one item each
    return [next(line for line in lines if day + " 2026," in line or day + " 2026 (" in line) for day in days]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_summary_marks_the_steps_already_past(run, clock, tmp_path, lang, fmt):
    clock.set(TODAY)
    target = tmp_path / f"summary.{fmt}"
    result = run("--lang", lang, *TRIAGE, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    lines = step_lines(target.read_text(encoding="utf-8"), lang)
    assert [PAST[lang] in line for line in lines] == [True, True, True, False]
    assert target.read_text(encoding="utf-8").count(PAST[lang]) == 3


def test_a_triage_on_the_day_of_the_event_marks_nothing(run, clock, tmp_path):
    clock.set(date(2026, 11, 29))
    target = tmp_path / "summary.md"
    assert run(*TRIAGE, "-o", str(target)).exit_code == 0
    assert "already past" not in target.read_text(encoding="utf-8")


def test_the_json_says_which_steps_are_past(run, clock, tmp_path):
    clock.set(TODAY)
    target = tmp_path / "summary.json"
    result = run(*TRIAGE, "--json", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data == json.loads(result.stdout)
    steps = {step["date"]: step["past"] for step in data["followup"]}
    assert steps["2026-11-29"] and steps["2026-11-30"] and steps["2026-12-02"]
    assert steps["2026-12-06"] is False
    assert [s["date"] for s in data["followup"] if s["past"]] == ["2026-11-29", "2026-11-30", "2026-12-02"]
    schema = json.loads((resources.files("secondvictim") / "schemas" / "triage.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    # The schema knows the field: a string there is refused.
    data["followup"][0]["past"] = "yes"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(data)


# --- on screen, and in `followup` and `checkin` (issue 27, review L29, the rest) ----------------


def schema_of(name):
    return json.loads((resources.files("secondvictim") / "schemas" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_triage_screen_marks_the_steps_already_past(run, clock, lang):
    clock.set(TODAY)
    result = run("--lang", lang, *TRIAGE)
    assert result.exit_code == 0, result.stderr
    lines = step_lines(result.stdout, lang)
    assert [line.lstrip("- ").startswith(PAST[lang]) for line in lines] == [True, True, True, False]


def test_the_triage_screen_without_the_events_date_marks_nothing(run, clock):
    # The steps are undated (the event is today): none is past.
    clock.set(TODAY)
    result = run("triage", "--event", "--sign", "anxiety", "--role", "nurse")
    assert result.exit_code == 0, result.stderr
    assert "already past" not in result.stdout


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_followup_plan_marks_the_steps_already_past(run, clock, lang):
    clock.set(TODAY)
    result = run("--lang", lang, "followup", "--event-date", "2026-11-29")
    assert result.exit_code == 0, result.stderr
    lines = step_lines(result.stdout, lang)
    assert [line.lstrip("- ").startswith(PAST[lang]) for line in lines] == [True, True, True, False]
    assert result.stdout.count(PAST[lang]) == 3


def test_the_followup_json_says_which_steps_are_past(run, clock):
    clock.set(TODAY)
    result = run("followup", "--event-date", "2026-11-29", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(s["date"], s["past"]) for s in data["followup"]][:4] == [
        ("2026-11-29", True), ("2026-11-30", True), ("2026-12-02", True), ("2026-12-06", False)
    ]
    assert all(s["past"] is False for s in data["followup"][4:])
    jsonschema.Draft202012Validator(schema_of("followup")).validate(data)


def test_a_followup_plan_from_today_marks_nothing(run, clock):
    clock.set(TODAY)
    data = json.loads(run("followup", "--event-date", "2026-12-03", "--json").stdout)
    assert [s["past"] for s in data["followup"]] == [False] * len(data["followup"])


# An event on Thursday 26 November 2026, the check-in on Friday 25 December (day 29), with
# --workdays: the one-month check, due on Saturday 26 December, is set on the working day
# nearest it, Thursday 24 December (Christmas is a public holiday): already past, said so.
CHECKIN = ["checkin", "--event-date", "2026-11-26", "--red-flag", "none", "--sign", "none", "--trend", "same",
           "--item", "none", "--support-used", "yes", "--step", "none", "--workdays"]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_checkin_marks_a_step_already_past_on_screen_and_in_json(run, clock, lang):
    clock.set(date(2026, 12, 25))
    result = run("--lang", lang, *CHECKIN, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(s["date"], s["past"]) for s in data["followup"]] == [("2026-12-24", True)]
    jsonschema.Draft202012Validator(schema_of("checkin")).validate(data)
    screen = run("--lang", lang, *CHECKIN).stdout
    day = "24 December 2026" if lang == "en" else "24 décembre 2026"
    line = next(line for line in screen.splitlines() if day in line)
    assert line.lstrip("- ").startswith(PAST[lang])
    assert screen.count(PAST[lang]) == 1


def test_a_checkin_says_each_step_is_not_past(run, clock):
    clock.set(date(2026, 11, 28))
    result = run(*CHECKIN[:2], "2026-11-25", *CHECKIN[3:-1], "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["followup"] and [s["past"] for s in data["followup"]] == [False] * len(data["followup"])
    assert "already past" not in run(*CHECKIN[:2], "2026-11-25", *CHECKIN[3:-1]).stdout
