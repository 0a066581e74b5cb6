"""Outputs others rely on: JSON documents against their published schemas, calendar files read by
independent parsers, the printed card's rules."""

import itertools
import json
import re
from datetime import date, datetime, timedelta
from importlib import resources

import jsonschema
import pytest
import vobject

from .test_institution import INSTITUTION
from .test_takeaway import parse_ics

# The published shapes and their versions, in the order `secondvictim schema` lists them (README,
# "JSON": `secondvictim/triage/3`, `secondvictim/checkin/2`, `secondvictim/team/1`, ...). Written
# here, not imported: a version changes only with this contract, on purpose.
VERSIONS = {
    "triage": 4,  # 3 -> 4: the role `staff` (review L19)
    "resources": 3,  # 2 -> 3: the role `staff` (review L19)
    "signs": 3,
    "avoid": 1,
    "script": 1,
    "about": 2,
    "followup": 2,
    "card": 4,  # 3 -> 4: the role `staff` (review L19)
    "validate": 2,
    "checkin": 4,  # 3 -> 4: the role `staff` (review L19)
    "team": 3,  # 2 -> 3: the role `staff` (review L19)
    "practice": 1,
    "handout": 2,  # 1 -> 2: the role `staff` (review L19)
    "protocol": 2,  # 1 -> 2: the role `staff` (review L19)
    "error": 1,
}


def schema_of(name):
    return json.loads((resources.files("secondvictim") / "schemas" / f"{name}.json").read_text(encoding="utf-8"))


def check(data, name):
    """The document names its shape and language, and is valid against the shipped schema."""
    assert data["schema"] == f"secondvictim/{name}/{VERSIONS[name]}"
    assert data["lang"] in ("en", "fr")
    validator = jsonschema.Draft202012Validator(schema_of(name), format_checker=jsonschema.FormatChecker())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []
    return data


@pytest.fixture
def institution(tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "resources.yaml").write_text(INSTITUTION + ON_CALL, encoding="utf-8")
    return folder


# The round-the-clock route the starter file (`init`) proposes: every document that lists
# resources must still follow its schema with one.
ON_CALL = """\
  - id: on-call-manager
    kind: on-call
    name:
      en: On-call manager
      fr: Cadre de garde
    phone: "04 72 11 22 40"
    hours:
      en: Nights, weekends and public holidays
      fr: Nuits, week-ends et jours fériés
    audience:
      en: Managers, for a colleague in danger outside office hours
"""


# Every command that shows content, with --json; and the schema each document must follow.
COMMANDS = [
    (["triage", "--red-flag", "dark-thoughts", "--json"], "triage"),
    (["triage", "--event", "--sign", "guilt", "--role", "physician", "--internal", "no", "--json"], "triage"),
    (["triage", "--no-event", "--json"], "triage"),
    (["triage", "--event", "--event-date", "2026-01-30", "--workdays", "--json"], "triage"),
    (["checkin", "--event-date", "2026-01-30", "--red-flag", "danger", "--json"], "checkin"),
    (
        ["checkin", "--event-date", "2026-01-30", "--sign", "guilt", "--trend", "same", "--item", "sleep",
         "--support-used", "no", "--step", f"review-meeting={date.today() + timedelta(days=10)}",
         "--step", "complaint-letter", "--json"],
        "checkin",
    ),
    (["resources", "--json"], "resources"),
    (["resources", "--internal", "--json"], "resources"),
    (["signs", "--json"], "signs"),
    (["avoid", "--json"], "avoid"),
    (["script", "--json"], "script"),
    (["about", "--json"], "about"),
    (["followup", "--event-date", "2026-01-30", "--workdays", "--json"], "followup"),
    (["card", "--json"], "card"),
    (["validate", "--json"], "validate"),
    (["team", "--event-date", "2026-01-30", "--death", "--situation", "staff-death", "--json"], "team"),
    (["practice", "--json"], "practice"),
    (["practice", "dark-thoughts", "--reply", "1", "--reply", "2", "--json"], "practice"),
    (["handout", "--json"], "handout"),
    (["handout", "--address", "tu", "--json"], "handout"),
    (["protocol", "--json"], "protocol"),
]


@pytest.mark.parametrize("with_institution", [False, True], ids=["packaged", "institution"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_command_json_follows_its_schema(run, institution, lang, with_institution):
    data_dir = ["--data-dir", str(institution)] if with_institution else []
    seen = set()
    for args, name in COMMANDS:
        result = run("--lang", lang, *data_dir, *args)
        assert result.exit_code == 0, (args, result.stderr)
        data = check(json.loads(result.stdout), name)
        assert data["lang"] == lang
        seen.add(name)
    assert seen == set(VERSIONS) - {"error"}
    if with_institution:
        resources = json.loads(run(*data_dir, "triage", "--event", "--json").stdout)["resources"]
        assert {r["origin"] for r in resources} == {"packaged", str(institution / "resources.yaml")}
        warnings = json.loads(run("validate", str(institution), "--json").stdout)["warnings"]
        assert warnings and all(set(w) == {"code", "message", "problems"} for w in warnings)


def test_schemas_are_valid_published_and_share_one_shape_per_concept(run):
    listing = run("schema")
    assert listing.exit_code == 0
    assert [line.split("\t")[0] for line in listing.stdout.splitlines()] == list(VERSIONS)
    shared = {}
    for name in VERSIONS:
        schema = schema_of(name)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["properties"]["schema"] == {"const": f"secondvictim/{name}/{VERSIONS[name]}"}
        assert {"schema", "lang"} <= set(schema["required"])
        assert schema["additionalProperties"] is False
        printed = run("schema", name)
        assert printed.exit_code == 0 and json.loads(printed.stdout) == schema
        # A resource, a warning, a follow-up step...: the same definition in every schema.
        for concept, definition in schema.get("$defs", {}).items():
            assert shared.setdefault(concept, definition) == definition, (name, concept)
    assert {"resource", "warning", "followup_step", "problem"} <= set(shared)
    unknown = run("schema", "nope")
    assert unknown.exit_code == 2 and "triage, resources" in unknown.stderr


TRIAGE = ["triage", "--event", "--sign", "anxiety", "--role", "nurse"]


def test_stdout_and_summary_file_are_the_same_document(run, tmp_path):
    target = tmp_path / "summary.json"
    both = run(*TRIAGE, "--event-date", "2026-03-27", "--json", "-o", str(target))
    assert both.exit_code == 0, both.stderr
    assert json.loads(both.stdout) == json.loads(target.read_text())
    data = check(json.loads(target.read_text()), "triage")
    assert data["event_date"] == "2026-03-27" and data["followup"][2]["date"] == "2026-03-30"
    assert data["followup"][2]["date_text"] == "Monday 30 March 2026"
    # Separate runs, no date given: today's date both ways, the same shape, a plan of their own.
    alone = tmp_path / "alone.json"
    assert run(*TRIAGE, "-o", str(alone)).exit_code == 0
    stdout = json.loads(run(*TRIAGE, "--json").stdout)
    written = json.loads(alone.read_text())
    assert stdout["event_date"] == written["event_date"] == date.today().isoformat()
    assert stdout["plan_id"] != written["plan_id"]
    assert {**stdout, "plan_id": None, "plan_code": None} == {**written, "plan_id": None, "plan_code": None}


def test_errors_with_json_are_json_documents(run, tmp_path, institution):
    bad = run("--lang", "fr", "triage", "--sign", "sadness", "--event", "--json")
    assert bad.exit_code == 2
    error = check(json.loads(bad.stdout), "error")
    assert (error["code"], error["exit_code"], error["lang"]) == ("err.unknown_value", 2, "fr")
    assert "sadness" in error["message"] and "sadness" in bad.stderr
    option = check(json.loads(run("signs", "--json", "--zzzz").stdout), "error")
    assert (option["code"], option["exit_code"]) == ("err.no_such_option", 2)
    exists = tmp_path / "summary.json"
    exists.write_text("kept\n")
    taken = run(*TRIAGE, "--json", "-o", str(exists))
    assert taken.exit_code == 3
    assert check(json.loads(taken.stdout), "error")["exit_code"] == 3
    (institution / "resources.yaml").write_text("resources:\n  - id: psychologist\n    phone: 15\n")
    broken = run("--data-dir", str(institution), "resources", "--json")
    data_error = check(json.loads(broken.stdout), "error")
    assert broken.exit_code == 2 and data_error["problems"][0]["line"] == 3
    # Without --json, nothing on stdout.
    assert run("triage", "--sign", "sadness", "--event").stdout == ""


def test_validate_keeps_its_shape_when_the_data_is_invalid(run, institution):
    (institution / "resources.yaml").write_text("resources:\n  - id: psychologist\n    phone: 15\n")
    result = run("validate", str(institution), "--json")
    data = check(json.loads(result.stdout), "validate")
    assert result.exit_code == 2 and data["valid"] is False
    assert data["files"] == {} and data["items"] == [] and data["problems"]


# --- calendar ---------------------------------------------------------------------------------


def read_vobject(path):
    """The calendar as vobject reads it (a parser independent of the icalendar library that writes)."""
    return next(iter(vobject.readComponents(path.read_bytes().decode("utf-8"))))


def test_reminders_remind_privately_without_blocking_the_day(run, tmp_path):
    target = tmp_path / "f.ics"
    result = run("followup", "--event-date", "2026-03-27", "--ics", str(target), "--alarm-time", "7h45")
    assert result.exit_code == 0, result.stderr
    events = parse_ics(target.read_bytes().decode("utf-8"))
    assert len(events) == 5
    for event in events:
        assert event["CLASS"] == "PRIVATE" and event["TRANSP"] == "TRANSPARENT"
        (alarm,) = event["_alarms"]
        assert alarm["ACTION"] == "DISPLAY" and alarm["DESCRIPTION"] == event["SUMMARY"]
        # A 15-minute event at 07:45, floating local time, that rings at its start.
        assert alarm["TRIGGER;RELATED=START"] == "PT0M"
        assert event["DTSTART"].endswith("T074500") and event["DTEND"].endswith("T080000")
    calendar = read_vobject(target)
    vevents = calendar.contents["vevent"]
    days = [date(2026, 3, d) for d in (27, 28, 30)] + [date(2026, 4, 3), date(2026, 4, 26)]
    assert [e.dtstart.value for e in vevents] == [datetime(d.year, d.month, d.day, 7, 45) for d in days]
    for event in vevents:
        assert event.dtstart.value.tzinfo is None  # floating: 07:45 wherever the calendar is
        assert event.dtend.value - event.dtstart.value == timedelta(minutes=15)
        assert event.valarm.trigger.value == timedelta(0)
        assert event.valarm.action.value == "DISPLAY"
        assert event.getChildValue("class") == "PRIVATE" and event.transp.value == "TRANSPARENT"
    # Every title carries the weekday; a weekend reminder says so.
    assert vevents[1].summary.value.endswith("Saturday 28 March 2026")
    assert vevents[1].description.value.startswith("Saturday 28 March 2026 falls on a weekend")
    assert "weekend" not in vevents[2].description.value
    default = tmp_path / "default.ics"
    assert run("followup", "--ics", str(default)).exit_code == 0
    assert all(e["DTSTART"].endswith("T083000") for e in parse_ics(default.read_bytes().decode()))
    wrong = run("followup", "--alarm-time", "25:00")
    assert wrong.exit_code == 2 and "'25:00' is not a time" in wrong.stderr


def uids(path):
    return [e.uid.value for e in read_vobject(path).contents["vevent"]]


def test_uids_are_stable_for_a_plan_and_distinct_between_plans(run, tmp_path):
    summary, first = tmp_path / "summary.json", tmp_path / "first.ics"
    args = [*TRIAGE, "--event-date", "2026-11-20"]
    assert run(*args, "-o", str(summary), "--followup-ics", str(first)).exit_code == 0
    plan = json.loads(summary.read_text())["plan_id"]
    assert re.fullmatch(r"[0-9a-f]{32}", plan)
    again = tmp_path / "again.ics"
    result = run("followup", "--previous", str(summary), "--ics", str(again), "--json")
    assert result.exit_code == 0, result.stderr
    assert check(json.loads(result.stdout), "followup")["plan_id"] == plan
    assert uids(again) == uids(first) and all(uid.startswith(plan) for uid in uids(first))
    assert next(e.dtstart.value for e in read_vobject(again).contents["vevent"]).date() == date(2026, 11, 20)
    # Two plans for the same event date (two colleagues): no UID in common.
    one, two = tmp_path / "one.ics", tmp_path / "two.ics"
    assert run("followup", "--event-date", "2026-11-20", "--ics", str(one)).exit_code == 0
    assert run("followup", "--event-date", "2026-11-20", "--ics", str(two)).exit_code == 0
    assert not set(uids(one)) & set(uids(two)) and len(set(uids(one))) == 5
    other = tmp_path / "other.json"
    other.write_text('{"schema": "secondvictim/signs/1"}')
    refused = run("followup", "--previous", str(other))
    assert refused.exit_code == 2 and "is not a summary written by secondvictim triage" in refused.stderr
    missing = run("followup", "--previous", str(tmp_path / "none.json"))
    assert missing.exit_code == 2 and "file not found" in missing.stderr


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # Friday: the 24-48 h check-in (Saturday) has no working day within 48 hours (Friday is
        # the event's day): it stays on the Saturday, said as a weekend day.
        ("2026-01-30", ["2026-01-30", "2026-01-31", "2026-02-02", "2026-02-06", "2026-03-02"]),
        # Thursday: day 1 Friday stays, day 3 (Sunday) goes to Monday.
        ("2026-01-29", ["2026-01-29", "2026-01-30", "2026-02-02", "2026-02-05", "2026-02-27"]),
        # Saturday event: the same-shift contact never moves; day 7 (Saturday) goes to Friday.
        ("2026-01-31", ["2026-01-31", "2026-02-02", "2026-02-03", "2026-02-06", "2026-03-02"]),
    ],
)
def test_workdays_moves_weekend_reminders(run, event, expected):
    data = check(json.loads(run("followup", "--event-date", event, "--workdays", "--json").stdout), "followup")
    assert [step["date"] for step in data["followup"]] == expected
    assert [step["weekend"] for step in data["followup"][2:]] == [False, False, False]
    plain = json.loads(run("followup", "--event-date", event, "--json").stdout)["followup"]
    assert [step["date"] for step in plain] == [step["due"] for step in data["followup"]]


def test_workdays_in_the_calendar_and_the_plan(run, clock, tmp_path):
    target = tmp_path / "f.ics"
    clock.set(date(2026, 1, 29))  # on the day of the event: no step is past yet
    result = run("followup", "--event-date", "2026-01-29", "--workdays", "--ics", str(target))
    assert "- Monday 2 February 2026 (moved from Sunday 1 February 2026, a weekend day), " in result.stdout
    third = read_vobject(target).contents["vevent"][2]
    assert third.dtstart.value.date() == date(2026, 2, 2)
    assert "Moved to a working day from Sunday 1 February 2026" in third.description.value
    clock.set(date(2026, 1, 30))
    friday = run("followup", "--event-date", "2026-01-30", "--workdays").stdout
    assert "- Saturday 31 January 2026 (weekend), within 24 to 48 hours:" in friday


def test_a_warning_when_reminders_are_past(run, tmp_path):
    old = (date.today() - timedelta(days=5)).isoformat()
    result = run("followup", "--event-date", old, "--json")
    assert "3 reminders are already past: " in result.stderr
    (warning,) = check(json.loads(result.stdout), "followup")["warnings"]
    assert warning["code"] == "reminders_past" and warning["message"].startswith("3 reminders are already past")
    target = tmp_path / "f.ics"
    triage = run(*TRIAGE, "--event-date", old, "--followup-ics", str(target), "--json")
    assert [w["code"] for w in check(json.loads(triage.stdout), "triage")["warnings"]] == ["reminders_past"]
    assert "already past" in triage.stderr
    assert "already past" not in run("followup", "--json").stderr


# --- the pocket card --------------------------------------------------------------------------


def print_rules(css):
    return css[css.index("@media print") :]


def test_card_is_readable_when_printed():
    from secondvictim.render.markup import STYLE

    body = re.search(r"body \{ font-size: ([\d.]+)pt", print_rules(STYLE))
    assert body and float(body[1]) >= 9.5
    assert 'a[href^="tel:"], a[href^="sms:"] { color: inherit; font-weight: bold;' in STYLE
    assert "font-size: .9" not in STYLE  # no detail line (where numbers go) smaller than the body
    assert re.search(r"section\.emergency a \{ font-size: 1\.[1-9]", STYLE)
    # The browser's own header and footer (date, local path) are not printed.
    assert re.search(r"@page \{[^}]*@top-left \{ content: \"\"; \}", STYLE)
    # Boxes to tick, silent for screen readers (an empty alternative text).
    assert 'content: "\\2610\\00a0" / "";' in STYLE


def test_card_contacts_first_with_write_in_lines_and_proper_links(run, tmp_path, institution):
    page = tmp_path / "card.html"
    assert run("--data-dir", str(institution), "card", "-o", str(page)).exit_code == 0
    html = page.read_text()
    internal, external = html.index("<h2>Internal resources"), html.index("<h2>External resources")
    emergency, red_flags = html.index("<h2>Emergency numbers"), html.index("<h2>Red flags")
    assert internal < external < emergency < red_flags
    assert '<a href="sms:114">114</a>' in html and "tel:114" not in html
    assert '<a href="tel:0472112233;ext=5510">04 72 11 22 33, ext. 5510</a>' in html
    # The contacts not set yet: a line to write the number by hand (occupational health, quality).
    assert html.count('<span class="write-in">Number: <span class="line" aria-hidden="true"></span></span>') == 2
    markdown = run("card").stdout
    assert markdown.count("Number: \\_\\_\\_") == 4  # none set in the packaged guide


def test_summary_html_result_is_a_heading(run, tmp_path):
    page = tmp_path / "summary.html"
    assert run(*TRIAGE, "-o", str(page)).exit_code == 0
    html = page.read_text()
    assert '<h2 class="level level-2">Level 2 of 3: Give active support</h2>' in html
    assert "<h3>Do now</h3>" in html and "<h3>Whom to call</h3>" in html  # siblings
    levels = [int(n) for n in re.findall(r"<h(\d)", html)]
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))  # no level skipped


# Easter Sunday, as published (and as the Gregorian computus gives it).
EASTER = {2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28", 2028: "2028-04-16",
          2038: "2038-04-25", 2049: "2049-04-18", 2100: "2100-03-28", 2285: "2285-03-22"}


@pytest.mark.parametrize(("year", "sunday"), EASTER.items())
def test_easter(year, sunday):
    from secondvictim.rules.followup import easter

    assert easter(year).isoformat() == sunday


def test_easter_agrees_with_dateutil_over_centuries():
    dateutil_easter = pytest.importorskip("dateutil.easter")
    from secondvictim.rules.followup import easter

    assert [y for y in range(1583, 4100) if easter(y) != dateutil_easter.easter(y)] == []


def test_french_public_holidays_of_2026():
    from secondvictim.rules.followup import public_holidays

    assert sorted(d.isoformat() for d in public_holidays(2026)) == [
        "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
        "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # Day 30 on Christmas (a Friday) goes to the Thursday; day 3 (Saturday) to the Friday.
        ("2026-11-25", ["2026-11-25", "2026-11-26", "2026-11-27", "2026-12-02", "2026-12-24"]),
        # Day 3 on Ascension Thursday goes to the Wednesday.
        ("2026-05-11", ["2026-05-11", "2026-05-12", "2026-05-13", "2026-05-18", "2026-06-10"]),
        # Day 1 on Easter Monday: the Friday before is the event's day, so the Tuesday.
        ("2026-04-05", ["2026-04-05", "2026-04-07", "2026-04-08", "2026-04-13", "2026-05-05"]),
    ],
)
def test_workdays_moves_public_holiday_reminders(run, event, expected):
    data = check(json.loads(run("followup", "--event-date", event, "--workdays", "--json").stdout), "followup")
    assert [step["date"] for step in data["followup"]] == expected


def test_a_public_holiday_is_named_in_the_plan_and_the_calendar(run, tmp_path):
    target = tmp_path / "f.ics"
    plain = run("followup", "--event-date", "2026-11-25", "--ics", str(target))
    assert "- Friday 25 December 2026 (public holiday), about day 30: " in plain.stdout
    last = read_vobject(target).contents["vevent"][-1]
    assert "Friday 25 December 2026 is a public holiday: plan who makes this contact" in last.description.value
    moved = run("--lang", "fr", "followup", "--event-date", "2026-11-25", "--workdays")
    flat = " ".join(moved.stdout.split())
    assert "jeudi 24 décembre 2026 (au lieu du vendredi 25 décembre 2026, un jour férié), vers J+30" in flat
