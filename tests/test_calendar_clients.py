"""The reminders as the calendars read them (issue 27): each a 15-minute timed event in floating
local time, with one display alarm at its start, so that it rings at the alarm time on its day in
the clients managers use (README, "What the calendars do"). Read by two parsers that the project
does not use to write: vobject (Python) and ical.js (the parser of Thunderbird and Nextcloud).

ical.js is looked for in $ICALJS_DIR (default /tmp/icaljs), installed with
`npm install --prefix /tmp/icaljs ical.js`; without node or ical.js, its half is skipped.
"""

import json
import os
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import vobject

pytestmark = pytest.mark.exhaustive

RUNNER = Path(__file__).with_name("calendar_runner.mjs")
NODE = shutil.which("node") or shutil.which("nodejs")
ICALJS = Path(os.environ.get("ICALJS_DIR", "/tmp/icaljs"))

EVENT = "2026-03-27"  # a Friday; summer time starts in France on Sunday 29 March 2026
CALENDARS = {
    "triage-level-1": ("triage", "--event", "--sign", "anxiety", "--event-date", EVENT, "--followup-ics"),
    "triage-level-3": ("triage", "--red-flag", "dark-thoughts", "--event-date", EVENT, "--followup-ics"),
    "followup-workdays": ("followup", "--event-date", EVENT, "--workdays", "--ics"),
    "team": ("team", "--event-date", EVENT, "--death", "--situation", "none", "--ics"),
}


def _write(run, tmp_path, name, lang, alarm):
    *args, option = CALENDARS[name]
    target = tmp_path / f"{name}-{lang}-{alarm or 'default'}.ics".replace(":", "")
    extra = ("--alarm-time", alarm) if alarm else ()
    result = run("--lang", lang, *args, *extra, option, str(target), "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    if name == "team":
        days = [date.fromisoformat(s["date"]) for s in data["steps"] if s["date"]]
    else:
        days = [date.fromisoformat(s["date"]) for s in data["followup"]]
    return target, days


CASES = [(name, lang, alarm) for name in CALENDARS for lang in ("en", "fr") for alarm in (None, "07:45")]


@pytest.mark.parametrize(("name", "lang", "alarm"), CASES)
def test_vobject_reads_timed_reminders_that_ring_at_their_start(run, tmp_path, name, lang, alarm):
    target, days = _write(run, tmp_path, name, lang, alarm)
    hour, minute = (7, 45) if alarm else (8, 30)
    calendar = vobject.readOne(target.read_text(encoding="utf-8"))
    calendar.validate()  # vobject's own checks of RFC 5545
    events = calendar.contents["vevent"]
    assert [e.dtstart.value for e in events] == [datetime(d.year, d.month, d.day, hour, minute) for d in days]
    for event in events:
        start = event.dtstart.value
        assert start.tzinfo is None and "TZID" not in event.dtstart.params  # floating local time
        assert event.dtend.value - start == timedelta(minutes=15)
        (alarm_component,) = event.contents["valarm"]
        assert alarm_component.action.value == "DISPLAY"
        assert alarm_component.description.value == event.summary.value
        assert alarm_component.trigger.value == timedelta(0)
        assert alarm_component.trigger.params.get("RELATED", ["START"]) == ["START"]


@pytest.mark.skipif(not NODE or not (ICALJS / "node_modules" / "ical.js").is_dir(), reason="node or ical.js absent")
def test_ical_js_reads_timed_reminders_that_ring_at_their_start(run, tmp_path):
    written = {case: _write(run, tmp_path, *case) for case in CASES}
    files = [str(target) for target, _ in written.values()]
    result = subprocess.run([NODE, str(RUNNER), str(ICALJS), *files], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    for ((name, lang, alarm), (_, days)), events in zip(written.items(), json.loads(result.stdout), strict=True):
        at = "07:45:00" if alarm else "08:30:00"
        assert [e["start"] for e in events] == [f"{d.isoformat()}T{at}" for d in days], (name, lang)
        for event in events:
            assert not event["isDate"] and event["tzid"] is None and event["zone"] == "floating", event
            assert event["minutes"] == 15
            (ring,) = event["alarms"]
            assert (ring["action"], ring["related"], ring["seconds"]) == ("DISPLAY", "START", 0)
            assert ring["rings"] == event["start"]  # at the alarm time, on the reminder's day
