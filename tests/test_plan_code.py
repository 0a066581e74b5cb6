"""Issue 24, item 4: several colleagues followed at once. Each plan has a short code drawn from its
random id (nothing about the person), in its reminders' titles, its summaries and its check-in;
the manager's --label stays in the files, never on the terminal."""

import json
import re
from datetime import date

import pytest

from secondvictim.rules.shortcode import short_code, summary_name

from .test_takeaway import parse_ics

# From the brief: four characters, an alphabet without the look-alikes I, O, 0 and 1.
CODE = re.compile(r"^[2-9A-HJ-NP-Z]{4}$")
EVENT = date(2026, 3, 2)
TRIAGE = ("triage", "--event", "--sign", "guilt", "--role", "nurse", "--internal", "yes")


def test_the_code_is_four_unambiguous_characters_drawn_from_the_id_alone():
    ids = [f"{n:032x}" for n in range(1, 2**20, 4099)] + ["f" * 32, "0" * 32]
    codes = [short_code(i) for i in ids]
    assert all(CODE.match(code) for code in codes)
    assert not set("IO01").intersection("".join(codes))
    # The same id, the same code (a check-in finds the plan's code again); other ids, other codes.
    assert short_code(ids[5]) == short_code(ids[5])
    assert len(set(codes)) == len(codes)
    assert summary_name(date(2026, 3, 5), "K7F2") == "secondvictim-2026-03-05-K7F2.json"


def test_two_plans_at_once_have_different_reminder_titles(run, clock, tmp_path):
    clock.set(EVENT)
    titles, codes = [], []
    for name in ("one", "two"):
        ics, summary = tmp_path / f"{name}.ics", tmp_path / f"{name}.json"
        result = run(*TRIAGE, "--followup-ics", str(ics), "-o", str(summary))
        assert result.exit_code == 0, result.output
        code = json.loads(summary.read_text())["plan_code"]
        assert CODE.match(code)
        events = parse_ics(ics.read_bytes().decode("utf-8"))
        assert all(f", plan {code}:" in e["SUMMARY"] for e in events)
        titles.append({e["SUMMARY"] for e in events})
        codes.append(code)
        # The terminal says the plan's code too, as the reminders do.
        assert f"Plan code: {code}." in result.stdout
    assert codes[0] != codes[1]
    assert not titles[0] & titles[1]


def test_the_check_in_names_the_plan_it_continues(run, clock, tmp_path):
    clock.set(EVENT)
    first = tmp_path / "day0.json"
    assert run(*TRIAGE, "-o", str(first)).exit_code == 0
    code = json.loads(first.read_text())["plan_code"]
    clock.set(date(2026, 3, 5))
    ics, kept = tmp_path / "day3.ics", tmp_path / "day3.md"
    result = run(
        "--lang", "fr", "checkin", "--previous", str(first), "--red-flag", "none", "--sign", "guilt", "--trend",
        "same", "--item", "none", "--support-used", "yes", "--step", "none", "--followup-ics", str(ics), "-o", str(kept),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"Plan {code}, J+3 de l'événement" in " ".join(result.stdout.split())
    assert f"Code du plan\u00a0: {code}." in kept.read_text() or f"Code du plan : {code}." in kept.read_text()
    assert all(f", plan {code}" in e["SUMMARY"] for e in parse_ics(ics.read_bytes().decode("utf-8")))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_label_is_kept_in_the_files_and_never_on_the_terminal(run, clock, tmp_path, lang):
    clock.set(EVENT)
    label = "night B, ward 4"
    summary, ics, page = tmp_path / "s.json", tmp_path / "s.ics", tmp_path / "s.html"
    result = run("--lang", lang, *TRIAGE, "--label", label, "-o", str(summary), "--followup-ics", str(ics))
    assert result.exit_code == 0, result.output
    assert label not in result.stdout and label not in result.stderr
    assert json.loads(summary.read_text())["label"] == label
    assert all(label in " ".join(e["DESCRIPTION"].replace("\\,", ",").split()) for e in parse_ics(ics.read_bytes().decode("utf-8")))
    # As JSON on standard output: no label; the same document in a file: the label.
    shown = run("--lang", lang, *TRIAGE, "--label", label, "--json", "-o", str(page))
    assert shown.exit_code == 0 and label not in shown.stdout and label not in shown.stderr
    assert "label" not in json.loads(shown.stdout)
    assert label in page.read_text()
    # The summary written to standard output (-o -) is the terminal: no label either.
    piped = run("--lang", lang, *TRIAGE, "--label", label, "-o", "-", "--format", "md")
    assert piped.exit_code == 0 and label not in piped.stdout
    # The team plan and the check-in keep it the same way.
    team_file = tmp_path / "team.md"
    team = run("--lang", lang, "team", "--death", "--situation", "none", "--label", label, "-o", str(team_file))
    assert team.exit_code == 0 and label not in team.stdout + team.stderr
    assert label in team_file.read_text()


def test_a_label_is_one_short_line(run):
    for bad in ("a\nb", "x" * 61):
        result = run(*TRIAGE, "--label", bad)
        assert result.exit_code == 2
        assert "No names" in result.stderr and "Traceback" not in result.output


def test_the_label_is_carried_from_file_to_file_and_never_shown(run, clock, tmp_path):
    clock.set(EVENT)
    label = "night B"
    first, second = tmp_path / "day0.json", tmp_path / "day3.json"
    assert run(*TRIAGE, "--label", label, "-o", str(first)).exit_code == 0
    clock.set(date(2026, 3, 5))
    result = run(
        "checkin", "--previous", str(first), "--red-flag", "none", "--sign", "none", "--trend", "easing",
        "--item", "none", "--support-used", "yes", "--step", "none", "-o", str(second),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(second.read_text())["label"] == label
    assert label not in result.stdout + result.stderr
    # A label that is not one short line is not carried (a file edited by hand).
    data = json.loads(first.read_text())
    first.write_text(json.dumps({**data, "label": "x\ny"}))
    third = tmp_path / "again.json"
    result = run(
        "checkin", "--previous", str(first), "--red-flag", "none", "--sign", "none", "--trend", "easing",
        "--item", "none", "--support-used", "yes", "--step", "none", "-o", str(third),
    )  # fmt: skip
    assert result.exit_code == 0 and "label" not in json.loads(third.read_text())
