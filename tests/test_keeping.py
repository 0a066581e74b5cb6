"""Issue 24, item 1: keeping the thread. An interactive triage, check-in or team plan ends by
offering to keep its summary (secondvictim-YYYY-MM-DD-CODE.json, mode 0600, never over a file) and
says what was written where, or that nothing was kept; a check-in without --previous and without
a date offers the summaries kept in the current folder (every test runs in a folder of its own)."""

import json
import re
import stat
from datetime import date
from pathlib import Path

from secondvictim.keeping import found_summaries, free_name, target_of

DAY = date(2026, 3, 4)
# Questions of the triage answered: no red flag, an event, no situation, guilt, a nurse, yes.
TRIAGE_ANSWERS = "\ny\n\n2\n3\n1\n"
NAME = re.compile(r"^secondvictim-2026-03-04-[2-9A-HJ-NP-Z]{4}\.json$")


def flat(text):
    return " ".join(text.split())


def test_where_an_answer_keeps_the_summary(tmp_path):
    name = "secondvictim-2026-03-04-K7F2.json"
    folder = tmp_path / "notes"
    folder.mkdir()
    assert target_of("\n", name, Path.is_dir) == Path(name)
    for no in ("n", "N", "non", "no\n", "rien"):
        assert target_of(no, name, Path.is_dir) is None
    assert target_of(f"{folder}\n", name, Path.is_dir) == folder / name
    assert target_of("elsewhere/\n", name, Path.is_dir) == Path("elsewhere") / name
    assert target_of("night-b\n", name, Path.is_dir) == Path("night-b.json")
    assert target_of("x.json", name, Path.is_dir) == Path("x.json")
    # A second contact the same day: the next free name, never the same file.
    taken = {Path(name), Path(name.replace(".json", "-2.json"))}
    assert free_name(name, lambda p: p in taken) == name.replace(".json", "-3.json")


def test_the_summaries_found_newest_first():
    names = [
        "secondvictim-2026-03-01-K7F2.json",
        "notes.json",
        "secondvictim-2026-03-05-M3QX.json",
        "secondvictim-2026-03-05-M3QX-2.json",
        "secondvictim-2026-03-03-AAAI.json",  # I is not in a code: not one of ours
        "secondvictim-2026-03-04-K7F2.md",
    ]
    assert found_summaries(names) == [
        "secondvictim-2026-03-05-M3QX-2.json",
        "secondvictim-2026-03-05-M3QX.json",
        "secondvictim-2026-03-01-K7F2.json",
    ]


def test_enter_keeps_the_summary_here_and_says_where(run, keyboard, clock):
    keyboard.at_terminal = True
    clock.set(DAY)
    result = run("triage", input=TRIAGE_ANSWERS + "\n")
    assert result.exit_code == 0, result.output
    [kept] = list(Path.cwd().glob("secondvictim-*.json"))
    assert NAME.match(kept.name)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    data = json.loads(kept.read_text())
    assert kept.name.endswith(f"-{data['plan_code']}.json") and data["schema"].startswith("secondvictim/triage/")
    said = flat(result.stderr)
    assert f"Kept: {kept.resolve()} (readable by you only)." in said
    assert f"Next contact: secondvictim checkin --previous {kept.resolve()}" in said
    assert "Nothing was kept" not in said


def test_another_folder_and_never_over_a_file(run, keyboard, clock, tmp_path):
    keyboard.at_terminal = True
    clock.set(DAY)
    folder = tmp_path / "follow-up"
    folder.mkdir()
    existing = tmp_path / "mine.json"
    existing.write_text("keep me")
    # A name that exists is refused (nothing written over it), then a folder is taken.
    result = run("--lang", "fr", "team", "--event-date", "2026-03-04", input=f"n\n\n{existing}\n{folder}\n")
    assert result.exit_code == 0, result.output
    assert existing.read_text() == "keep me"
    said = flat(result.stderr.replace("\u202f", " ").replace("\u00a0", " "))
    assert f"{existing} existe déjà : rien n'a été écrit par-dessus." in said
    [kept] = list(folder.iterdir())
    assert NAME.match(kept.name) and json.loads(kept.read_text())["schema"].startswith("secondvictim/team/")
    assert f"Gardé : {kept.resolve()}" in said and "secondvictim team --previous" in said


def test_no_means_nothing_kept_and_it_is_said(run, keyboard, clock):
    keyboard.at_terminal = True
    clock.set(DAY)
    for lang, no, words in (("en", "n", "Nothing was kept."), ("fr", "non", "Rien n'a été gardé.")):
        result = run("--lang", lang, "triage", input=TRIAGE_ANSWERS + f"{no}\n")
        assert result.exit_code == 0, result.output
        assert result.stderr.rstrip().endswith(words)
    assert not list(Path.cwd().glob("secondvictim-*"))


def test_no_offer_without_a_terminal_nor_when_a_file_was_asked_for(run, keyboard, clock, tmp_path):
    clock.set(DAY)
    result = run("triage", "--red-flag", "none", "--no-event", "--sign", "none")
    assert result.exit_code == 0 and "Keep a summary" not in result.stderr
    keyboard.at_terminal = True
    result = run("triage", "-o", str(tmp_path / "s.json"), input=TRIAGE_ANSWERS + "\n")
    assert result.exit_code == 0 and "Keep a summary" not in result.stderr
    # Every answer given as an option, or a red flag (the decision at once): no question, no offer.
    for args in (("--red-flag", "danger"), ("--red-flag", "none", "--no-event", "--sign", "none", "--situation", "none",
                                            "--role", "nurse", "--internal", "yes")):
        result = run("triage", *args, input="\n")
        assert result.exit_code == 0 and result.stderr.strip() == "", args
    assert not list(Path.cwd().glob("secondvictim-*"))


def test_a_checkin_alone_offers_the_summaries_kept_here(run, keyboard, clock):
    keyboard.at_terminal = True
    clock.set(DAY)
    assert run("triage", input=TRIAGE_ANSWERS + "\n").exit_code == 0
    [kept] = list(Path.cwd().glob("secondvictim-*.json"))
    plan = json.loads(kept.read_text())["plan_id"]
    clock.set(date(2026, 3, 7))
    result = run(
        "checkin", "--red-flag", "none", "--sign", "guilt", "--trend", "same", "--item", "none",
        "--support-used", "yes", "--step", "none", "--json", input="1\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Summaries kept in this folder, newest first." in flat(result.stderr)
    # Each plan on one line: the day of its summary, its level, its code (not the file's name).
    code = json.loads(kept.read_text())["plan_code"]
    assert f"1. Wednesday 4 March 2026: level 2, plan {code}" in result.stderr
    data = json.loads(result.stdout)
    assert (data["plan_id"], data["event_date"], data["day"]) == (plan, "2026-03-04", 3)
    # "None of these": the day of the event is asked instead.
    result = run(
        "checkin", "--red-flag", "none", "--sign", "none", "--trend", "easing", "--item", "none",
        "--support-used", "yes", "--step", "none", "--json", input="2\nhier\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["event_date"] == "2026-03-06"
