"""Take-away outputs: the pocket card, the triage summary file, the follow-up calendar."""

import json
import re
import shutil
import stat
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser

import pytest

from .conftest import CHROMIUM_FLAGS

# --- the pocket card -----------------------------------------------------------------------


def test_card_is_markdown_when_piped(run):
    result = run("card")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("# Supporting a second victim: pocket guide\n")
    for heading in (
        "## Emergency numbers (France)",
        "## Red flags: act immediately",
        "### What to do at once",
        "## First contact",
        "### The key message",
        "### How to open the conversation",
        "## Warning signs",
        "## Situations that call for outreach",
        "## Action levels",
        "### Level 0: Stay attentive",
        "### Level 3: Act now",
        "## Attitudes to avoid",
        "## Internal resources (mobilise them as a priority)",
        "## External resources (if internal ones cannot be used; call at once)",
        "## Follow-up",
        "## Your own support, as a manager",
    ):
        assert f"\n{heading}\n" in out, heading
    assert "> “What you're feeling is common after this type of event." in out
    assert "  \n    Instead: Acknowledge the emotion" in out
    assert "- [ ] Complaint or medico-legal concern: remind them" in out
    assert (
        "National Council of the Order of Physicians (CNOM) helpline  \n"
        "    0800 288 038 – 24/7, free and anonymous." in out
    )


class Outline(HTMLParser):
    """The tags and text of a page, to check its structure."""

    def __init__(self):
        super().__init__()
        self.tags, self.headings, self.links, self.sources = [], [], [], []
        self._in_heading = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if tag in ("h1", "h2", "h3"):
            self._in_heading = True
            self.headings.append("")
        if "href" in attrs:
            self.links.append(attrs["href"])
        if "src" in attrs:
            self.sources.append(attrs["src"])
        if tag == "html":
            self.lang = attrs.get("lang")

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3"):
            self._in_heading = False

    def handle_data(self, data):
        if self._in_heading:
            self.headings[-1] += data


def test_card_html_is_a_semantic_self_contained_page(run, tmp_path):
    target = tmp_path / "card.html"
    result = run("--lang", "fr", "card", "-o", str(target))
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    outline = Outline()
    outline.feed(page)
    assert outline.lang == "fr"
    assert outline.headings[0] == "Soutenir une seconde victime\u00a0: guide de poche"
    assert "Numéros d'urgence (France)" in outline.headings
    assert "Niveau 3\u00a0: Agir immédiatement" in outline.headings
    assert {"main", "section", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "style"} <= set(outline.tags)
    assert "script" not in outline.tags and "link" not in outline.tags and outline.sources == []
    assert set(outline.links) == {
        "tel:15",
        "tel:112",
        "sms:114",
        "tel:3114",
        "tel:0805232336",
        "tel:0800288038",
        "tel:0800736959",
    }
    assert "@page { size: A4;" in page and "@media print" in page
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # a card holds nothing personal


def test_card_options(run, tmp_path):
    assert run("card", "--format", "txt").stdout.startswith("Supporting a second victim: pocket guide\n----")
    assert run("card", "--format", "html").stdout.startswith('<!DOCTYPE html>\n<html lang="en">')
    target = tmp_path / "card.md"
    assert run("card", "-o", str(target)).exit_code == 0
    again = run("card", "-o", str(target), "--format", "md")
    assert again.exit_code == 3 and "already exists" in again.stderr
    assert target.read_text().startswith("# Supporting")
    # A --format the extension contradicts is refused, even with --force (issue 28).
    assert run("card", "-o", str(target), "--format", "html", "--force").exit_code == 2
    assert target.read_text().startswith("# Supporting")
    assert run("card", "-o", str(tmp_path / "card"), "--format", "html").exit_code == 0
    assert (tmp_path / "card").read_text().startswith("<!DOCTYPE html>")
    unknown = run("card", "-o", str(tmp_path / "card.pdf"))
    assert unknown.exit_code == 2 and "give --format (md, html, txt)" in unknown.stderr


def test_markup_in_data_stays_literal_in_markdown_and_html(tmp_path, guide):
    from secondvictim.render.blocks import Items, Para
    from secondvictim.render.markup import to_html, to_markdown

    doc = [Para("Dr *Smith* [link](http://x) <b>"), Items(("a_b # c",))]
    assert "Dr \\*Smith\\* \\[link\\](http://x) \\<b\\>" in to_markdown(doc, "en")
    assert "Dr *Smith* [link](http://x) &lt;b&gt;" in to_html(doc, "en", [])


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.exhaustive
@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium); .ci/run installs it")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_card_prints_on_two_a4_pages(run, tmp_path, lang):
    page = tmp_path / "card.html"
    pdf = tmp_path / "card.pdf"
    assert run("--lang", lang, "card", "-o", str(page)).exit_code == 0
    subprocess.run(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert 1 <= pages <= 2


# --- the triage summary file ---------------------------------------------------------------

TRIAGE = [
    "triage",
    "--event",
    "--sign",
    "guilt",
    "--sign",
    "medico-legal",
    "--role",
    "nurse",
    "--event-date",
    "2026-01-30",
]


def test_summary_markdown(run, clock, tmp_path):
    clock.set(date(2026, 1, 30))  # written on the event's day: no step is past yet (see test_past_steps)
    target = tmp_path / "summary.md"
    result = run(*TRIAGE, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert f"Written: {target} (readable by you only)." in result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text()
    assert text.startswith("# Second-victim support: triage summary\n")
    assert "This file holds no name and no identity." in text
    for line in (
        # Not given, not asked (no terminal): never recorded as none (issue 20, item 7).
        "- Red flags: not asked",
        "1. The red flags were not asked: ask about them before concluding.",
        "- Involved in a serious event during care: Yes",
        "- Warning signs: Excessive guilt or rumination, Significant medico-legal concern",
        "- Role: Nurse",
        "- Willing and able to use the internal resources: Not asked yet",
        "## Level 2 of 3: Give active support",
        "4. Complaint or medico-legal concern: remind them of their professional insurance or legal protection",
        "- Psychologist or psychological support unit; Occupational health; House of psychology or psychology service",
        "- Friday 30 January 2026, same shift: ",
        "- Monday 2 February 2026, about day 3: ",
        "- Sunday 1 March 2026 (weekend), about day 30: ",
    ):
        assert line in text, line
    # The screen still shows the recommendation.
    assert result.stdout.startswith("LEVEL 2 OF 3: GIVE ACTIVE SUPPORT\n")


def test_summary_json_and_html(run, tmp_path):
    target = tmp_path / "summary.json"
    assert run(*TRIAGE, "-o", str(target)).exit_code == 0
    data = json.loads(target.read_text())
    assert data["level"] == 2 and data["event_date"] == "2026-01-30"
    assert [f["date"] for f in data["followup"]] == [
        "2026-01-30",
        "2026-01-31",
        "2026-02-02",
        "2026-02-06",
        "2026-03-01",
    ]
    assert set(data["answers"]) == {
        "red_flags",
        "event",
        "situations",
        "signs",
        "role",
        "internal",
    }  # no field for an identity
    page = tmp_path / "summary.htm"
    assert run(*TRIAGE, "-o", str(page)).exit_code == 0
    assert 'lang="en"' in page.read_text() and "Level 2 of 3: Give active support" in page.read_text()
    other = tmp_path / "summary.out"
    assert run(*TRIAGE, "-o", str(other), "--format", "md").exit_code == 0
    assert other.read_text().startswith("# Second-victim support")


def test_summary_never_overwrites_and_asks_nothing_first(keyboard, run, tmp_path, monkeypatch):
    keyboard.at_terminal = True
    target = tmp_path / "summary.md"
    target.write_text("kept\n")
    result = run("triage", "-o", str(target), input="1\n")
    assert result.exit_code == 3
    assert result.stderr == f"{target} already exists; nothing was written. Use --force to replace it.\n"
    assert target.read_text() == "kept\n"
    forced = run("triage", "-o", str(target), "--force", input="1\n")
    assert forced.exit_code == 0
    assert "Level 3 of 3: Act now" in target.read_text()


# --- follow-up reminders -------------------------------------------------------------------


def parse_ics(text):
    """An independent reading of RFC 5545: unfold lines, then collect each VEVENT's properties
    (name with its parameters, as written) and, apart, those of its VALARMs."""
    assert "\r\n" in text  # lines end with CRLF, as the standard requires
    lines = re.sub(r"\r\n[ \t]", "", text).split("\r\n")
    events, stack = [], []
    for line in lines:
        if line.startswith("BEGIN:"):
            component = {"_alarms": []} if line == "BEGIN:VEVENT" else {}
            if line == "BEGIN:VALARM":
                stack[-1]["_alarms"].append(component)
            stack.append(component)
        elif line.startswith("END:"):
            done = stack.pop()
            if line == "END:VEVENT":
                events.append(done)
        elif stack and ":" in line:
            name, value = line.split(":", 1)
            stack[-1][name] = value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
    assert lines[0] == "BEGIN:VCALENDAR" and "VERSION:2.0" in lines
    return events


def ics_dates(events, at="083000", until="084500"):
    """Each reminder's day: a 15-minute event at the alarm time (08:30 by default), in floating
    local time (no Z, no TZID), with its alarm at its start."""
    days = []
    for e in events:
        start, end = e["DTSTART"], e["DTEND"]
        assert start == f"{start[:8]}T{at}" and end == f"{start[:8]}T{until}", (start, end)
        assert [a["TRIGGER;RELATED=START"] for a in e["_alarms"]] == ["PT0M"]
        days.append(start[:8])
    return days


def test_ics_across_a_month_end(run, tmp_path):
    target = tmp_path / "followup.ics"
    result = run(*TRIAGE, "--followup-ics", str(target))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = parse_ics(target.read_bytes().decode("utf-8"))
    assert ics_dates(events) == ["20260130", "20260131", "20260202", "20260206", "20260301"]
    # Every title names the plan by its short code (the same code: one plan).
    codes = {re.search(r", plan ([2-9A-HJ-NP-Z]{4}):", e["SUMMARY"])[1] for e in events}
    assert len(codes) == 1
    code = codes.pop()
    assert [e["SUMMARY"].replace(f", plan {code}:", ":") for e in events] == [
        "Second-victim follow-up: same-shift check-in, Friday 30 January 2026",
        "Second-victim follow-up: 24 to 48 hour check-in, Saturday 31 January 2026",
        "Second-victim follow-up: day 3 re-check, Monday 2 February 2026",
        "Second-victim follow-up: day 7 check-in, Friday 6 February 2026",
        "Second-victim follow-up: day 30 re-check, Sunday 1 March 2026",
    ]
    assert "Monday 2 February 2026, about day 3: Re-check in a structured way" in events[2]["DESCRIPTION"]
    assert events[1]["DESCRIPTION"].startswith("Saturday 31 January 2026 falls on a weekend")
    assert "Key message: “What you're feeling is common after this type of event." in events[2]["DESCRIPTION"]
    assert len({e["UID"] for e in events}) == 5


def test_ics_across_a_daylight_saving_change(run, tmp_path):
    # In France, summer time starts on Sunday 29 March 2026: floating times keep their dates and hours.
    target = tmp_path / "f.ics"
    assert run("--lang", "fr", "followup", "--event-date", "2026-03-27", "--ics", str(target)).exit_code == 0
    events = parse_ics(target.read_bytes().decode("utf-8"))
    assert ics_dates(events) == [
        "20260327",
        "20260328",
        "20260330",
        "20260403",
        "20260426",
    ]
    assert re.fullmatch(
        "Suivi seconde victime, plan [2-9A-HJ-NP-Z]{4}\u00a0: point le jour même, vendredi 27 mars 2026", events[0]["SUMMARY"]
    )
    assert "Message clé\u00a0: «\u202fCe que vous ressentez est fréquent" in events[0]["DESCRIPTION"]


def test_ics_default_date_is_today(run, tmp_path):
    target = tmp_path / "f.ics"
    assert run("followup", "--ics", str(target)).exit_code == 0
    first = parse_ics(target.read_bytes().decode())[0]["DTSTART"][:8]
    assert first == date.today().strftime("%Y%m%d")


def test_level_0_writes_no_calendar(run, tmp_path):
    target = tmp_path / "f.ics"
    result = run("triage", "--no-event", "--followup-ics", str(target))
    assert result.exit_code == 0
    assert "Level 0: there is no follow-up to plan, so no calendar file was written." in result.stderr
    assert not target.exists()


def test_followup_command_prints_dated_plan(run, clock):
    clock.set(date(2025, 12, 31))  # on the day of the event: no step is past yet
    result = run("followup", "--event-date", "2025-12-31")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "Follow-up plan from the event of Wednesday 31 December 2025"
    assert "- Thursday 1 January 2026 (public holiday), within 24 to 48 hours: " in result.stdout
    assert "- Saturday 3 January 2026 (weekend), about day 3: " in result.stdout
    assert run("followup", "--event-date", "31/12/2025").stdout == result.stdout
    clock.set(date(2026, 3, 27))
    french = run("--lang", "fr", "followup", "--event-date", "2026-03-27").stdout
    assert "vendredi 27 mars 2026" in french and "lundi 30 mars 2026" in french
    bad = run("followup", "--event-date", "30/13/2026")
    assert bad.exit_code == 2


def test_takeaway_imports_stay_out_of_startup():
    probe = "import sys; import secondvictim.cli; print(sorted(m for m in sys.modules if m.startswith(('icalendar', 'secondvictim.render.markup'))))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
