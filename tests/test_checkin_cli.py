"""`secondvictim checkin` as a manager runs it: day 3 and day 30, from a triage summary or an
earlier check-in, and the previous files it must refuse. The day is fixed, never the clock's."""

import io
import json
import os
import stat
from datetime import date, timedelta

import pexpect
import pytest

from .test_contracts import read_vobject
from .test_i18n import french_typography_faults, unspaced

EVENT = date(2026, 3, 2)  # a Monday


@pytest.fixture
def at(clock):
    """Run as if today were `EVENT + day`: the check-in's day and the date a summary is written."""

    def set_day(day):
        today = EVENT + timedelta(days=day)
        clock.set(today)

    return set_day


@pytest.fixture
def terminal(keyboard):
    keyboard.at_terminal = True


@pytest.fixture
def day0(run, at, tmp_path):
    """The triage on the day of the event, kept as a summary."""
    at(0)
    path = tmp_path / "day0.json"
    args = ["--event", "--sign", "guilt", "--role", "nurse", "--internal", "yes"]
    result = run("triage", *args, "--event-date", EVENT.isoformat(), "-o", str(path))
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def day3(run, at, day0, tmp_path):
    """The day-3 check-in: guilt persists, sleep and intrusive memories are new."""
    at(3)
    path = tmp_path / "day3.json"
    result = run(
        "checkin", "--previous", str(day0), "--red-flag", "none", "--sign", "guilt", "--trend", "same",
        "--item", "sleep", "--item", "coming-back", "--support-used", "no",
        "--step", "review-meeting=2026-03-19", "-o", str(path),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return path


def read(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_day_3_from_a_triage_summary(run, at, day0, day3):
    data = read(day3)
    assert (data["schema"], data["lang"], data["day"], data["level"]) == (
        "secondvictim/checkin/4",
        "en",
        3,
        2,
    )
    assert [(f["kind"], f["id"]) for f in data["persisting"]] == [("sign", "guilt")]
    assert [(f["kind"], f["id"]) for f in data["new"]] == [("item", "sleep"), ("item", "coming-back")]
    assert data["gone"] == []
    assert data["assessment"] is None and data["closes"] is False
    assert [(c["kind"], c["date"], c["day"], c["level"]) for c in data["history"]] == [
        ("triage", "2026-03-02", 0, 2),
        ("checkin", "2026-03-05", 3, 2),
    ]
    assert [(c["moment"], c["date"]) for c in data["step_contacts"]] == [
        ("before", "2026-03-18"),
        ("after", "2026-03-20"),
    ]
    assert [(f["id"], f["date"]) for f in data["followup"]] == [
        ("day-7", "2026-03-09"),
        ("day-30", "2026-04-01"),
    ]
    # Day 3: the return to work is offered without "the rest of the shift" (issue 24).
    assert "offer-gradual-return" in [a["id"] for a in data["actions"]]
    # Readable by its owner alone, as the triage summary.
    assert stat.S_IMODE(os.stat(day3).st_mode) == 0o600


def test_day_3_on_screen(run, at, day0):
    at(3)
    result = run(
        "checkin", "--previous", str(day0), "--red-flag", "none", "--sign", "guilt", "--trend", "same",
        "--item", "sleep", "--support-used", "no", "--step", "review-meeting=2026-03-19",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("LEVEL 2 OF 3: GIVE ACTIVE SUPPORT\n")
    # "Plan K7F2, day 3": the code of the plan the previous summary kept.
    code = json.loads(day0.read_text())["plan_code"]
    assert " ".join(out.split()).startswith(
        f"LEVEL 2 OF 3: GIVE ACTIVE SUPPORT Plan {code}, day 3 after the event of Monday 2 March 2026. "
        "Warning sign: Excessive guilt or rumination. Reported by them: Sleep still disturbed."
    )
    # The rest (piped, all of it) gives the dates in full.
    assert "Follow-up contact of Thursday 5 March 2026: day 3 after the event of Monday 2 March 2026.\n" in out
    assert "Whom to call:\n- 0805 23 23 36: SPS (all health staff)" in out
    assert "Since the last contact (first assessment of Monday 2 March 2026, level 2)\n" in out
    assert "- Still there: Excessive guilt or rumination\n- New: Sleep still disturbed\n" in out
    assert "a contact the day before (Wednesday 18 March 2026) and the day after (Friday 20 March 2026)" in (
        " ".join(out.split())
    )
    assert "They have not used it yet" in out
    assert "They are not a test and give no score; nothing here is a diagnosis." in " ".join(out.split())
    assert "Professional assessment" not in out


def test_day_30_from_a_check_in_recommends_an_assessment(run, at, day3, tmp_path):
    at(30)
    path = tmp_path / "day30.json"
    result = run(
        "checkin", "--previous", str(day3), "--red-flag", "none", "--sign", "none", "--trend", "same",
        "--item", "sleep", "--support-used", "yes", "--step", "none", "-o", str(path), "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    # The same shape on standard output and in the file.
    assert data == read(path)
    assert (data["day"], data["level"]) == (30, 2)
    assert [f["id"] for f in data["persisting"]] == ["sleep"]
    assert [f["id"] for f in data["gone"]] == ["guilt", "coming-back"]
    assert "regional psychotrauma centre (CRP)" in data["assessment"]
    assert [r["kind"] for r in data["reasons"]] == ["item", "same-at-one-month"]
    assert [c["day"] for c in data["history"]] == [0, 3, 30]
    assert data["followup"] == [] and data["closes"] is False


def test_day_30_easing_closes_the_follow_up(run, at, day3):
    at(30)
    result = run(
        "checkin", "--previous", str(day3), "--red-flag", "none", "--sign", "none", "--trend", "easing",
        "--item", "none", "--step", "none",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert out.startswith("LEVEL 0 OF 3: STAY ATTENTIVE")
    assert "The planned follow-up ends here. Tell them the door stays open" in out
    assert (
        "Not seen or reported today: Excessive guilt or rumination; Sleep still disturbed; The event coming back"
        in out
    )
    assert "Professional assessment" not in out


def test_day_30_from_a_triage_summary_with_the_event_date(run, at, day0):
    at(30)
    result = run(
        "checkin", "--previous", str(day0), "--event-date", "02/03/2026", "--sign", "guilt", "--json"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["day"], data["level"], data["event_date"]) == (30, 2, "2026-03-02")
    assert data["assessment"] is not None
    # The trend and the items were not given: not answered, not "none".
    assert (data["answers"]["trend"], data["answers"]["items"]) == (None, None)


def test_a_red_flag_at_a_check_in_is_level_3(run, at, day3):
    at(7)
    result = run("checkin", "--previous", str(day3), "--red-flag", "dark-thoughts")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("LEVEL 3 OF 3: ACT NOW\n")
    # At level 3 the emergency numbers come first, in the decision, before what changed.
    assert out.index("Call now:") < out.index("Since the last contact")
    assert out.index("15: SAMU") < out.index("Since the last contact")
    assert "3114" in out and "temporarily withdraw them from clinical activity" in " ".join(out.split())


def test_without_a_previous_summary_the_event_date_is_needed(run, at):
    at(3)
    result = run("checkin", "--sign", "none")
    assert result.exit_code == 2
    assert "give --event-date DATE, or --previous FILE" in result.stderr
    result = run("checkin", "--event-date", EVENT.isoformat(), "--sign", "none", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (data["day"], data["level"], data["previous"], data["history"][0]["kind"]) == (
        3,
        1,
        None,
        "checkin",
    )


def test_an_event_after_today_is_refused(run, at):
    at(0)
    result = run("checkin", "--event-date", (EVENT + timedelta(days=2)).isoformat())
    assert result.exit_code == 2
    assert "is after today" in result.stderr


REFUSED = {
    "cut-short": ('{"schema": "secondvictim/checkin/3", "level": 2', "day3.json:1: not valid JSON"),
    "bad-level": (None, "is damaged (at level)"),
    "markdown": ("# Second-victim support: triage summary\n", "is not a summary written by secondvictim"),
    "signs-json": (None, "is not a summary written by secondvictim"),
    "newer": (None, "was written by a newer version of secondvictim"),
    "future": (None, "after today"),
    "empty": ("", "is empty: it cannot be used as the previous contact"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_previous_file_that_cannot_be_used_is_refused_and_nothing_is_written(run, at, day3, tmp_path, case):
    text, message = REFUSED[case]
    data = read(day3)
    if case == "bad-level":
        text = json.dumps({**data, "level": "two"})
    elif case == "signs-json":
        text = run("signs", "--json").stdout
    elif case == "newer":
        text = json.dumps({**data, "schema": "secondvictim/checkin/7"})
    elif case == "future":
        last = {**data["history"][-1], "date": "2026-03-09", "day": 7}
        text = json.dumps({**data, "written": "2026-03-09", "history": [*data["history"][:-1], last]})
    day3.write_text(text, encoding="utf-8")
    at(7 if case != "future" else 5)
    out, ics = tmp_path / "day7.json", tmp_path / "day7.ics"
    result = run(
        "checkin", "--previous", str(day3), "--sign", "none", "-o", str(out), "--followup-ics", str(ics)
    )
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert not out.exists() and not ics.exists()


def test_a_previous_file_for_another_event_is_refused(run, at, day3):
    at(7)
    result = run("checkin", "--previous", str(day3), "--event-date", "2026-03-01")
    assert result.exit_code == 2
    assert "is for the event of Monday 2 March 2026, not of Sunday 1 March 2026" in result.stderr


def test_a_missing_previous_file_is_refused(run, at, tmp_path):
    at(7)
    result = run("checkin", "--previous", str(tmp_path / "nowhere.json"))
    assert result.exit_code == 2
    assert (
        f"The previous summary cannot be read: {tmp_path / 'nowhere.json'}: file not found" in result.stderr
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--trend", "bof"], "--trend: 'bof' is not a known trend"),
        (["--item", "sleeping"], "--item: 'sleeping' is not a known re-check item. Did you mean 'sleep'?"),
        (["--step", "review-meeting=31/02/2026"], "--step: '31/02/2026' does not exist in the calendar."),
        (["--support-used", "maybe"], "--support-used: 'maybe' is not a known answer"),
    ],
)
def test_bad_option_values(run, at, args, message):
    at(3)
    result = run("checkin", "--event-date", EVENT.isoformat(), *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_option_words_in_french(run, at):
    at(3)
    args = ["--trend", "pire", "--support-used", "non", "--sign", "aucun"]
    data = json.loads(run("checkin", "--event-date", EVENT.isoformat(), *args, "--json").stdout)
    assert (data["answers"]["trend"], data["answers"]["support_used"], data["answers"]["signs"]) == (
        "worse",
        "no",
        [],
    )


def test_calendar_of_what_is_still_to_come(run, at, day0, tmp_path):
    import icalendar

    at(3)
    ics = tmp_path / "next.ics"
    result = run(
        "checkin", "--previous", str(day0), "--sign", "guilt", "--step", "family-meeting=2026-03-12",
        "--step", "complaint-letter", "--followup-ics", str(ics),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    # The titles name the plan by its code: the previous summary's plan.
    code = json.loads(day0.read_text())["plan_code"]
    assert [(e.decoded("dtstart").date().isoformat(), str(e["summary"]).replace(f", plan {code}:", ":")) for e in events] == [
        ("2026-03-09", "Second-victim follow-up: day 7 check-in, Monday 9 March 2026"),
        (
            "2026-03-11",
            "Second-victim follow-up: before the step: Meeting with the patient's family, Wednesday 11 March 2026",
        ),
        (
            "2026-03-13",
            "Second-victim follow-up: after the step: Meeting with the patient's family, Friday 13 March 2026",
        ),
        ("2026-04-01", "Second-victim follow-up: day 30 re-check, Wednesday 1 April 2026"),
    ]
    # The same plan as the triage's: importing it again updates the day-7 and day-30 events.
    triage_plan = read(day0)["plan_id"]
    assert {str(e["uid"]) for e in events} >= {f"{triage_plan}-day-7@secondvictim", f"{triage_plan}-day-30@secondvictim"}
    assert all(str(e["class"]) == "PRIVATE" for e in events)
    assert stat.S_IMODE(os.stat(ics).st_mode) == 0o600


def test_no_calendar_when_nothing_is_left(run, at, day3, tmp_path):
    at(30)
    ics = tmp_path / "none.ics"
    result = run(
        "checkin",
        "--previous",
        str(day3),
        "--trend",
        "easing",
        "--sign",
        "none",
        "--item",
        "none",
        "--step",
        "none",
        "--followup-ics",
        str(ics),
    )
    assert result.exit_code == 0
    assert not ics.exists()
    assert "no calendar file was written" in result.stderr


def test_markdown_summary_holds_the_contacts_and_no_name(run, at, day3, tmp_path):
    at(7)
    path = tmp_path / "day7.md"
    assert (
        run(
            "checkin", "--previous", str(day3), "--sign", "none", "--trend", "easing", "-o", str(path)
        ).exit_code
        == 0
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Second-victim support: follow-up contact summary\n")
    assert "This file holds no name and no identity." in text
    for line in (
        "Monday 2 March 2026, day 0: first assessment, level 2",
        "Thursday 5 March 2026, day 3: follow-up contact, level 2",
    ):
        assert line in text


def test_the_previous_file_s_other_fields_are_not_carried_over(run, at, day3):
    data = read(day3)
    day3.write_text(json.dumps({**data, "colleague": "Dr Martin"}), encoding="utf-8")
    at(7)
    result = run("checkin", "--previous", str(day3), "--json")
    assert result.exit_code == 0
    assert "Martin" not in result.stdout


def test_the_questions_in_order_on_a_terminal(run, at, day0, terminal):
    at(3)
    result = run("checkin", "--previous", str(day0), input="\n2\n2\n1 4\n2\n3\n12/03/2026\n")
    assert result.exit_code == 0, result.output
    asked = [line for line in result.stderr.splitlines() if line.endswith("?")]
    assert asked == [
        "Do you see any of these red flags right now?",
        "Which warning signs do you see?",
        "Since the last contact, are things easing, the same or worse, as they see it?",
        "Ask in your own words, and listen. Which of these do they describe?",
        "Have they used the support offered?",
        "Which steps of the event's processes are still to come?",
        "On what day: Meeting with the patient's family?",
    ]
    assert "this is not a test and gives no score" in " ".join(result.stderr.split())
    out = result.stdout
    assert "Reported by them: Sleep still disturbed; Not feeling like their usual self." in " ".join(out.split())
    assert "Meeting with the patient's family, Thursday 12 March 2026" in " ".join(out.split())


def test_a_red_flag_ends_the_questions(run, at, day0, terminal):
    at(3)
    result = run("checkin", "--previous", str(day0), input="3\n")
    assert result.exit_code == 0, result.output
    assert "Which warning signs" not in result.stderr
    assert result.stdout.startswith("LEVEL 3 OF 3: ACT NOW\n")


def test_input_ending_writes_nothing(run, at, day0, terminal, tmp_path):
    at(3)
    out = tmp_path / "day3.json"
    result = run("checkin", "--previous", str(day0), "-o", str(out), input="\n2\n")
    assert result.exit_code == 1
    assert not out.exists()


def test_signs_lists_the_re_check_items_and_steps_with_their_ids(run):
    out = run("signs").stdout
    assert "Re-check items (secondvictim checkin --item ID)" in out
    assert "- sleep: Sleep still disturbed\n  “How have you been sleeping since the event?”" in out
    assert "- review-meeting: Review meeting" in out
    data = json.loads(run("signs", "--json").stdout)
    assert [i["id"] for i in data["checkin_items"]][:2] == ["sleep", "coming-back"]
    assert data["checkin_items"][0]["source"].startswith("TRiM")
    assert "return-to-setting" in [s["id"] for s in data["process_steps"]]


def test_french_check_in(run, at, day3):
    at(30)
    result = run(
        "--lang",
        "fr",
        "checkin",
        "--previous",
        str(day3),
        "--sign",
        "none",
        "--trend",
        "same",
        "--item",
        "sleep",
    )
    assert result.exit_code == 0, result.output
    assert french_typography_faults(result.stdout) == []
    out = unspaced(result.stdout)
    assert out.startswith("NIVEAU 2 SUR 3 : SOUTENIR ACTIVEMENT\n")
    assert (
        "Point de suivi du mercredi 1er avril 2026, à J+30 de l'événement du lundi 2 mars 2026."
        in " ".join(out.split())
    )
    assert "centre régional du psychotraumatisme (CRP)" in " ".join(out.split())
    for english in ("Still there", "Reported by them", "Since the last contact", "Professional assessment"):
        assert english not in out


@pytest.fixture
def spawn(installed_command, tmp_path):
    def start(*args):
        env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        env.update(TERM="xterm-256color", LANG="C.UTF-8", PAGER="cat")  # the pager: tests/test_small_terminals.py
        child = pexpect.spawn(
            str(installed_command), list(args), env=env, cwd=str(tmp_path), encoding="utf-8", timeout=15,
            dimensions=(50, 110),
        )  # fmt: skip
        child.logfile_read = io.StringIO()
        return child

    return start


def test_in_a_real_terminal(spawn, tmp_path):
    # The real clock: the event three days ago, whatever today is.
    child = spawn(
        "checkin", "--event-date", (date.today() - timedelta(days=3)).isoformat(), "-o", "day3.json"
    )
    for question, answer in [
        ("red flags right now?", ""),
        ("Which warning signs do you see?", ""),
        ("easing, the same or worse", "1"),
        ("Which of these do they describe?", ""),
        ("Have they used the support offered?", "yes"),
        ("still to come?", ""),
    ]:
        child.expect_exact(question)
        child.expect_exact("> ")
        child.sendline(answer)
    child.expect_exact("LEVEL 1 OF 3: OFFER SUPPORT")
    child.expect_exact("q then Enter: finish")  # the decision alone on the screen, the rest one keystroke away
    child.sendline("")
    child.expect_exact("Follow-up")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert read(tmp_path / "day3.json")["answers"]["trend"] == "easing"


def test_ctrl_c_in_a_real_terminal_writes_nothing(spawn, tmp_path):
    child = spawn("checkin", "--event-date", date.today().isoformat(), "-o", "x.json")
    child.expect_exact("red flags right now?")
    child.expect_exact("> ")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Interrupted" in child.logfile_read.getvalue()
    assert not (tmp_path / "x.json").exists()


def test_a_check_in_summary_follows_its_schema_and_keeps_the_plan(run, at, day0, day3, tmp_path):
    import jsonschema

    from .test_contracts import check

    data = check(read(day3), "checkin")
    assert data["plan_id"] == read(day0)["plan_id"]
    assert data["previous"]["kind"] == "triage"
    at(30)
    fr = json.loads(run("--lang", "fr", "checkin", "--previous", str(day3), "--trend", "worse", "--json").stdout)
    check(fr, "checkin")
    assert fr["plan_id"] == data["plan_id"] and [c["day"] for c in fr["history"]] == [0, 3, 30]
    # followup --previous reads a check-in summary too: the same plan's reminders.
    ics = tmp_path / "again.ics"
    assert run("followup", "--previous", str(day3), "--ics", str(ics)).exit_code == 0
    assert f"{data['plan_id']}-day-30@secondvictim" in ics.read_text()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "day": -1}, json.loads(run("schema", "checkin").stdout))


def test_check_in_reminders_move_to_working_days_at_the_alarm_time_asked(run, at, tmp_path):
    # EVENT is Monday 2 March 2026; today day 3. A step on Monday 16 March: the contact the day
    # before (Sunday) moves back to Friday 13, the one after stays on Tuesday 17; day 7 and day
    # 30 fall on working days (Monday 9 March, Wednesday 1 April).
    at(3)
    target = tmp_path / "c.ics"
    result = run(
        "checkin", "--event-date", EVENT.isoformat(), "--red-flag", "none", "--sign", "guilt",
        "--trend", "same", "--item", "none", "--support-used", "no", "--step", "review-meeting=2026-03-16",
        "--followup-ics", str(target), "--workdays", "--alarm-time", "07:45",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    events = read_vobject(target).contents["vevent"]
    days = sorted(e.dtstart.value.date().isoformat() for e in events)
    assert days == ["2026-03-09", "2026-03-13", "2026-03-17", "2026-04-01"]
    assert all(e.dtstart.value.strftime("%H:%M") == "07:45" and e.valarm.trigger.value == timedelta(0) for e in events)
    before = next(e for e in events if e.dtstart.value.date().isoformat() == "2026-03-13")
    assert "Moved to a working day from Sunday 15 March 2026" in before.description.value
    plain = tmp_path / "p.ics"
    again = run(
        "checkin", "--event-date", EVENT.isoformat(), "--red-flag", "none", "--sign", "guilt",
        "--trend", "same", "--item", "none", "--support-used", "no", "--step", "review-meeting=2026-03-16",
        "--followup-ics", str(plain),
    )  # fmt: skip
    assert again.exit_code == 0, again.output
    # Without --workdays the contact stays on the Sunday before the step.
    assert "2026-03-15" in sorted(e.dtstart.value.date().isoformat() for e in read_vobject(plain).contents["vevent"])


def test_a_bad_alarm_time_stops_the_check_in_before_any_question(run, at, terminal):
    at(3)
    result = run("checkin", "--event-date", EVENT.isoformat(), "--alarm-time", "25:00", input="\n")
    assert result.exit_code == 2
    assert "--alarm-time: '25:00' is not a time." in result.stderr
    assert "red flags" not in result.stderr


def test_a_step_still_to_come_cannot_be_dated_in_the_past(run, at, terminal):
    at(10)  # today: Thursday 12 March 2026
    refused = run("checkin", "--event-date", EVENT.isoformat(), "--step", "review-meeting=2026-03-05")
    assert refused.exit_code == 2
    assert "--step: 'Review meeting (" in refused.stderr  # its name, not its id (L15)
    assert "' is a step still to come, but Thursday 5 March 2026 is already past." in refused.stderr
    # At the question: named in words, a past date asked again, then a date to come.
    result = run("checkin", "--event-date", EVENT.isoformat(), input="\n\n\n\n\nreview\n05/03/2026\n16/03/2026\n")
    assert result.exit_code == 0, result.output
    assert "Please type a date from today on, as DD/MM/YYYY, or press Enter." in result.stderr
    assert "a contact the day before (Sunday 15 March 2026) and the day after (Tuesday 17 March 2026)" in (
        " ".join(result.stdout.split())
    )
