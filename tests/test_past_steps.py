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
