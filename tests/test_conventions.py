"""Conventions an independent tool or a careful user checks (issue 27): one document on stdout
for `-`, advice that names only options that exist, every option of `card` honoured or refused."""

import json
import re

import pytest
import typer

from secondvictim.cli import app
from secondvictim.strings import STRINGS

GIVEN = ("--red-flag", "none", "--no-event")
CHECKIN = ("--event-date", "2026-11-30", "--red-flag", "none", "--sign", "none", "--trend", "same")
CHECKIN += ("--item", "none", "--support-used", "yes", "--step", "none")


def _options() -> dict[str, set[str]]:
    """Each command's option names, with the program's own (accepted after the command too)."""
    group = typer.main.get_command(app)
    root = {name for param in group.params for name in (*param.opts, *param.secondary_opts)}
    every = {}
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        own = {n for param in command.params for n in (*param.opts, *param.secondary_opts)}
        every[name] = own | root | {"--help", "-h"}
    return every


OPTIONS = _options()


@pytest.mark.parametrize(
    "args",
    [
        ("triage", *GIVEN, "--format", "json", "-o", "-"),
        ("triage", *GIVEN, "--format", "json", "-o", "-", "--json"),
        ("team", "--event-date", "2026-11-30", "--no-death", "-o", "-.json"),
    ],
)
def test_dash_json_is_the_one_json_document(run, args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = tuple("-" if a == "-.json" else a for a in args)
    result = run(*args)
    if args[0] == "team":  # no --format: "-" has no extension, and the advice names one that works
        assert result.exit_code == 2
        assert "--format" not in result.stderr
        return
    assert result.exit_code == 0, result.stderr
    json.loads(result.stdout)  # one document, nothing before or after


def test_dash_markdown_is_the_markdown_alone(run):
    result = run("triage", *GIVEN, "--format", "md", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# "), result.stdout[:80]
    assert result.stdout.count("\n# ") == 0  # one document: one title


def test_json_and_another_document_on_stdout_are_refused(run):
    result = run("triage", *GIVEN, "--format", "md", "-o", "-", "--json")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["code"] == "err.two_on_stdout"
    assert run("triage", *GIVEN, "--followup-ics", "-", "--json").exit_code == 2


def test_followup_ics_dash_prints_only_the_calendar(run):
    result = run("followup", "--event-date", "2026-11-30", "--ics", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("BEGIN:VCALENDAR")
    assert result.stdout.rstrip().endswith("END:VCALENDAR")
    import icalendar

    icalendar.Calendar.from_ical(result.stdout)


def test_checkin_dash_prints_only_the_calendar(run):
    result = run("checkin", *CHECKIN, "--followup-ics", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("BEGIN:VCALENDAR")


def test_page_on_stdout_says_nothing_was_written_to_a_file(run):
    result = run("page", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "Written: -" not in result.stderr


# --- card: every option honoured or refused ---------------------------------------------------


def test_card_json_refuses_format(run):
    for fmt in ("md", "pdf"):
        result = run("card", "--json", "--format", fmt)
        assert result.exit_code == 2
        assert json.loads(result.stdout)["code"] == "err.json_format"


def test_card_json_honours_output_and_force(run, tmp_path):
    target = tmp_path / "card.json"
    assert run("card", "--json", "-o", str(target)).exit_code == 0
    assert json.loads(target.read_text())["schema"].startswith("secondvictim/card/")
    assert run("card", "--json", "-o", str(target)).exit_code == 3  # exists, no --force
    assert run("card", "--json", "-o", str(target), "--force").exit_code == 0


def test_card_force_without_output_is_refused(run):
    result = run("card", "--force")
    assert result.exit_code == 2
    assert "-o" in result.stderr


# --- advice that names only options that exist -------------------------------------------------

SUGGESTION = re.compile(r"secondvictim((?: --?[a-z-]+(?:[ =](?!secondvictim)[^\s,;.)»]+)?)*) ([a-z]+)((?: [^\s,;)»]+)*)")


def _suggestions(text: str) -> list[tuple[str, list[str]]]:
    """Each `secondvictim [program options] COMMAND [args]` written in a text, with the options it
    names (before or after the command)."""
    found = []
    for match in SUGGESTION.finditer(text):
        command = match.group(2)
        words = (match.group(1) + " " + match.group(3)).split()
        found.append((command, [w.split("=")[0] for w in words if w.startswith("-") and w != "-"]))
    return found


def _every_text():
    for lang, table in STRINGS.items():
        for key, value in table.items():
            texts = value.values() if isinstance(value, dict) else [value]
            for text in texts:
                yield lang, key, text


def test_every_command_a_message_suggests_exists_with_its_options():
    checked = 0
    for lang, key, text in _every_text():
        for command, options in _suggestions(text):
            if command not in OPTIONS:
                continue  # "secondvictim s'est arrêté": the program's name in a sentence
            checked += 1
            for option in options:
                assert option in OPTIONS[command], f"{lang} {key}: {command} has no {option}: {text!r}"
    assert checked > 20


# Each command driven into its errors; the options its messages name must be its own.
ERRORS = [
    ("team", "--event-date", "2026-11-30", "--no-death", "-o", "x.txt"),
    ("checkin", *CHECKIN, "-o", "-"),
    ("checkin", *CHECKIN, "-o", "x.txt"),
    ("triage", *GIVEN, "-o", "x.txt"),
    ("card", "-o", "x.pdf"),
    ("card", "--force"),
    ("card", "--json", "--format", "pdf"),
    ("init",),
    ("page",),
    ("checkin",),
    ("schema", "nothing"),
    ("followup", "--event-date", "2999-01-01"),
    ("triage", "--red-flag", "nothing"),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("args", ERRORS, ids=lambda a: " ".join(a))
def test_every_option_an_error_suggests_exists(run, args, lang, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("--lang", lang, *args)
    assert result.exit_code != 0
    message = result.stderr
    named = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+|-o)(?![\w-])", message))
    own = OPTIONS[args[0]]
    for option in named:
        assert option in own, f"{args[0]} has no {option}: {message!r}"
    # A suggested command line runs (its options parse) for that command.
    for command, options in _suggestions(message):
        if command in OPTIONS:
            assert set(options) <= OPTIONS[command], message


# --- re-issued calendars: same UIDs, a higher SEQUENCE; summaries from standard input ----------


def _events(text):
    import icalendar

    return {str(e["uid"]): int(e["sequence"]) for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}


def test_reissued_plans_keep_their_uids_with_a_higher_sequence(run, tmp_path, clock):
    from datetime import datetime, timedelta

    summary = tmp_path / "s.json"
    assert run("triage", *GIVEN[:2], "--event", "--sign", "none", "-o", str(summary)).exit_code == 0
    first = _events(run("followup", "--previous", str(summary), "--ics", "-").stdout)
    # A run five minutes later: its Environment's clock, not a patched module.
    clock.set(datetime.now() + timedelta(minutes=5))
    again = _events(run("followup", "--previous", str(summary), "--ics", "-").stdout)
    assert again.keys() == first.keys()
    assert all(again[uid] > first[uid] for uid in first)
    assert all(0 <= s < 2**31 for s in again.values())


def test_team_previous_reissues_the_same_plan(run, tmp_path):
    plan = tmp_path / "t.json"
    assert run("team", "--event-date", "2026-11-20", "--death", "--situation", "none", "-o", str(plan)).exit_code == 0
    first = json.loads(plan.read_text())
    result = run("team", "--previous", str(plan), "--json")
    assert result.exit_code == 0, result.stderr
    again = json.loads(result.stdout)
    for field in ("plan_id", "event_date", "death", "situations"):
        assert again[field] == first[field], field
    calendar = run("team", "--previous", str(plan), "--ics", "-").stdout
    assert all(uid.startswith(first["plan_id"]) for uid in _events(calendar))
    other = run("team", "--previous", str(plan), "--event-date", "2026-11-21")
    assert other.exit_code == 2 and "--event-date" in other.stderr


def test_followup_previous_refuses_another_event_date(run, tmp_path):
    summary = tmp_path / "s.json"
    assert run("triage", *GIVEN[:2], "--event", "--sign", "none", "--event-date", "2026-11-20", "-o", str(summary)).exit_code == 0
    assert run("followup", "--previous", str(summary), "--event-date", "2026-11-20", "--ics", "-").exit_code == 0
    other = run("followup", "--previous", str(summary), "--event-date", "2026-01-01", "--ics", "-")
    assert other.exit_code == 2
    assert not other.stdout  # nothing written on the wrong dates
    assert run("followup", "--previous", str(summary), "--event-date", "2026-02-30").exit_code == 2
    ahead = json.loads(summary.read_text()) | {"event_date": "2999-01-01"}
    summary.write_text(json.dumps(ahead))
    assert run("followup", "--previous", str(summary)).exit_code == 2


def test_dash_is_standard_input_for_previous(run, tmp_path):
    summary = tmp_path / "s.json"
    assert run("triage", *GIVEN[:2], "--event", "--sign", "none", "--event-date", "2026-11-29", "-o", str(summary)).exit_code == 0
    text = summary.read_text()
    plan = json.loads(text)["plan_id"]
    calendar = run("followup", "--previous", "-", "--ics", "-", input=text)
    assert calendar.exit_code == 0, calendar.stderr
    assert all(uid.startswith(plan) for uid in _events(calendar.stdout))
    checkin = run("checkin", "--previous", "-", *CHECKIN[2:], "--json", input=text)
    assert checkin.exit_code == 0, checkin.stderr
    assert json.loads(checkin.stdout)["plan_id"] == plan


# --- examples in each command's help, and they run ----------------------------------------------


def test_every_command_has_examples_in_its_help(run):
    for lang, word in (("en", "Example"), ("fr", "Exemple")):
        for name in OPTIONS:
            result = run("--lang", lang, name, "--help")
            assert word in result.stdout, f"{name} --help ({lang}) has no examples"
            assert re.search(rf"^\s+secondvictim .*{name}", result.stdout, re.MULTILINE), name
        assert "compl" in run("--lang", lang, "--help").stdout  # completion, complétion


INTERACTIVE = (["triage"], ["--lang", "fr", "triage"], ["triage", "--lang", "en"])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_example_runs(run, tmp_path, monkeypatch, lang):
    """Each example of each help, run in order in an empty folder (the first writes what the next
    reads): none ends on a usage error. The bare `triage`, which asks questions, is left out."""
    import shlex

    monkeypatch.chdir(tmp_path)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    lines = []
    for key in sorted(k for k in STRINGS[lang] if k.startswith("examples.")):
        lines += [line for line in str(STRINGS[lang][key]).split("\n") if line.startswith("secondvictim ")]
    # The program's help repeats some, with a comment.
    lines = list(dict.fromkeys(" ".join(line.split("#")[0].split()) for line in lines))
    # Those that write first: the starter file, the day-0 summary, the team plan.
    lines.sort(key=lambda line: (" init " not in line, "-o " not in line or "--previous" in line))
    for line in lines:
        args = shlex.split(line.split("#")[0].split(">")[0])[1:]
        args = [a.replace("~", str(home)) for a in args]
        if args in INTERACTIVE:
            continue
        result = run(*args)
        assert result.exit_code == 0, f"{line}: {result.stderr}"


def test_an_unknown_language_in_the_environment_is_named(run, monkeypatch):
    monkeypatch.setenv("SECONDVICTIM_LANG", "de")
    result = run("signs")
    assert result.exit_code == 0
    assert "SECONDVICTIM_LANG=de" in result.stderr
    monkeypatch.setenv("SECONDVICTIM_LANG", "fr")
    assert "SECONDVICTIM_LANG" not in run("signs").stderr


def test_schema_names_in_any_case_and_a_near_one_suggested(run):
    assert json.loads(run("schema", "Triage").stdout)["$id"]
    assert run("schema", "TEAM").exit_code == 0
    result = run("schema", "triag")
    assert result.exit_code == 2 and "triage?" in result.stderr
    assert "triage ?" in run("--lang", "fr", "schema", "Tirage").stderr.replace("\u202f", " ")


def test_french_help_has_no_framework_english(run):
    """L2: no English metavar or type and no three dots in any French help screen."""
    for name in ("", *OPTIONS):
        text = run("--lang", "fr", *name.split(), "--help").stdout
        assert not re.search(r"<\w+>|\b(NAME|PATH|TEXT|FILE|DIRECTORY|INTEGER)\b|\{\w+\}", text), (name, text)
        assert "..." not in text, (name, text)


def test_the_disclaimer_is_not_dim():
    from secondvictim.render.terminal import RICH_STYLES

    assert not any("dim" in style for style in RICH_STYLES.values())


def test_schema_ids_are_relative_and_codes_constrained():
    from importlib import resources

    from .test_contracts import VERSIONS
    from .test_docs import documented_codes

    for name in VERSIONS:
        schema = json.loads((resources.files("secondvictim") / "schemas" / f"{name}.json").read_text())
        assert schema["$id"] == f"{name}.json"
    error = json.loads((resources.files("secondvictim") / "schemas" / "error.json").read_text())
    codes = set(error["properties"]["exit_code"]["enum"])
    # Every failure of the README's table but a closed pipe (nobody left to read a document).
    assert documented_codes() - {0, 141} <= codes
    pattern = re.compile(error["properties"]["code"]["pattern"])
    keys = [k for k in STRINGS["en"] if k.startswith(("err.", "out.", "checkin.err."))]
    assert keys and all(pattern.match(k) for k in keys)
    triage = json.loads((resources.files("secondvictim") / "schemas" / "triage.json").read_text())
    assert "pattern" in triage["properties"]["reasons"]["items"]["properties"]["id"]


def test_french_card_and_page_start_lower_case_after_a_colon(run, tmp_path):
    card = tmp_path / "card.md"
    assert run("--lang", "fr", "card", "-o", str(card)).exit_code == 0
    text = card.read_text(encoding="utf-8")
    assert not re.search(r"Pour\u00a0: (?!SAMU|SPS|CNOM)[A-ZÀ-Ý][a-zà-ÿ]", text), re.findall(r"Pour\u00a0: \w+", text)
    page = run("--lang", "fr", "page", "-o", "-").stdout
    assert "À la place" in page or "instead" in page
    assert '"instead":"Reconnaissez' not in page
    assert '"audience":"Tous les' not in page


# --- one shape for manager_support ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_manager_support_is_one_object_in_triage_team_and_about(run, lang):
    triage = json.loads(run("--lang", lang, "triage", *GIVEN, "--json").stdout)
    team = json.loads(run("--lang", lang, "team", "--event-date", "2026-11-30", "--no-death", "--json").stdout)
    about = json.loads(run("--lang", lang, "about", "--json").stdout)
    assert triage["schema"] == "secondvictim/triage/4"
    shape = triage["manager_support"]
    assert isinstance(shape, dict) and set(shape) == {"title", "paragraphs", "line", "source"}
    assert shape == team["manager_support"] == about["manager_support"]
    assert shape["line"] and shape["paragraphs"] and shape["source"]


def test_a_summary_with_manager_support_as_a_line_is_still_read(run, tmp_path):
    summary = tmp_path / "s.json"
    given = ("--red-flag", "none", "--event", "--sign", "none", "--event-date", "2026-11-20")
    assert run("triage", *given, "-o", str(summary)).exit_code == 0
    data = json.loads(summary.read_text())
    older = data | {"schema": "secondvictim/triage/2", "manager_support": data["manager_support"]["line"]}
    summary.write_text(json.dumps(older))
    calendar = run("followup", "--previous", str(summary), "--ics", "-")
    assert calendar.exit_code == 0 and "BEGIN:VEVENT" in calendar.stdout, calendar.stderr
    checkin = run("checkin", "--previous", str(summary), *CHECKIN[2:], "--json")
    assert checkin.exit_code == 0, checkin.stderr
    assert json.loads(checkin.stdout)["schema"].startswith("secondvictim/checkin/")


# --- review L6, L7, L26 -----------------------------------------------------------------------


def test_the_team_window_ending_on_a_public_holiday_says_so(run, tmp_path):
    # Event on Friday 27 November 2026: the team reflection runs until Friday 25 December (L6).
    args = ("--lang", "fr", "team", "--event-date", "2026-11-27", "--no-death", "--situation", "none")
    text = " ".join(run(*args).stdout.split())
    assert "au vendredi 25 décembre 2026 (jour férié)," in text
    calendar = tmp_path / "t.ics"
    assert run(*args, "--ics", str(calendar)).exit_code == 0
    unfolded = re.sub(r"\r\n[ \t]", "", calendar.read_bytes().decode("utf-8"))
    assert "Jusqu'au vendredi 25 décembre 2026 (jour férié)." in unfolded
    english = " ".join(run("team", "--event-date", "2026-11-27", "--no-death", "--situation", "none").stdout.split())
    assert "to Friday 25 December 2026 (public holiday)," in english


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_follow_up_action_says_where_the_plan_is_not_that_it_follows(run, lang):
    # L7: on the card the plan is further down; with --full on a terminal it is above the decision.
    heading = {"en": "Follow-up", "fr": "Suivi"}[lang]
    card = run("--lang", lang, "card").stdout
    full = run("--lang", lang, "triage", "--red-flag", "none", "--event", "--sign", "guilt", "--full").stdout
    for text in (card, full):
        assert "plan follows" not in text and "calendrier suit" not in text
    short = {"en": "(dates under Follow-up).", "fr": "(dates dans la partie Suivi)."}[lang]
    assert short in card
    assert re.search(rf"^#+ {heading}$", card, re.M)


def test_the_team_calendar_names_the_command_of_this_very_plan(run, tmp_path):
    import shlex

    import icalendar

    for answers in (("--death", "--situation", "staff-death", "--situation", "paediatric-event"), ("--no-death",)):
        calendar = tmp_path / f"t{len(answers)}.ics"
        made = run("team", "--event-date", "2026-11-27", *answers, "--ics", str(calendar), "--json")
        assert made.exit_code == 0, made.stderr
        plan = json.loads(made.stdout)
        events = icalendar.Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
        commands = {re.search(r"The whole plan: (.*)", str(e["description"]))[1] for e in events}
        assert len(commands) == 1
        (words,) = (shlex.split(c) for c in commands)
        assert words[0] == "secondvictim"
        again = run(*words[1:], "--json")  # no question asked: every answer is in the command
        assert again.exit_code == 0, again.stderr
        shown = json.loads(again.stdout)
        for field in ("event_date", "death", "situations"):
            assert shown[field] == plan[field], field
        assert [s["date"] for s in shown["steps"]] == [s["date"] for s in plan["steps"]]
