"""Every command through the CLI, as a user calls it."""

import json
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from secondvictim import __version__
from secondvictim.cli import app

ROOT = Path(__file__).resolve().parents[1]
BOX_OR_ANSI = re.compile(r"[\u2500-\u257f\x1b]")


@pytest.fixture
def terminal(keyboard):
    """Pretend stdin is a terminal, so that the triage asks its questions."""
    keyboard.at_terminal = True


def command_names():
    import typer.main

    return sorted(typer.main.get_command(app).commands)


def test_commands_are_the_briefs():
    assert command_names() == [
        "about",
        "avoid",
        "card",
        "checkin",
        "followup",
        "handout",
        "init",
        "page",
        "practice",
        "protocol",
        "resources",
        "schema",
        "script",
        "signs",
        "team",
        "triage",
        "validate",
    ]


@pytest.mark.parametrize("name", command_names())
def test_every_command_and_option_has_help(run, name):
    import typer.main

    from secondvictim.i18n import t

    command = typer.main.get_command(app).commands[name]
    assert command.help and t(command.help).strip()
    for param in command.params:
        if param.param_type_name in ("option", "argument") and param.name != "help":
            assert param.help and t(param.help), f"{name} {param.opts} has no help text"
    result = run(name, "--help")
    assert result.exit_code == 0
    assert t(command.help).split("\n\n")[0].split() == result.stdout.split("\n\n")[1].split()
    for param in command.params:
        if param.help:
            assert " ".join(t(param.help).split()[:3]) in " ".join(result.stdout.split())


@pytest.mark.parametrize("name", command_names())
def test_every_command_is_in_the_readme(name):
    assert f"secondvictim {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_version(run):
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"secondvictim {__version__}\n")


def test_no_arguments_shows_help(run):
    result = run()
    assert result.exit_code == 0
    assert "triage" in result.stdout and result.stdout.startswith("Usage:")


def test_python_dash_m():
    result = subprocess.run(
        [sys.executable, "-m", "secondvictim", "--version"], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout) == (0, f"secondvictim {__version__}\n")


# --- triage without a terminal -------------------------------------------------------------


def test_triage_level_2_plain(run):
    result = run(
        "triage",
        "--red-flag",
        "none",
        "--event",
        "--sign",
        "guilt",
        "--sign",
        "medico-legal",
        "--role",
        "nurse",
        "--internal",
        "no",
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(
        "LEVEL 2 OF 3: GIVE ACTIVE SUPPORT\n"
        "Warning signs: Excessive guilt or rumination; Significant medico-legal concern.\n"
        "Do now:\n1. Contact them today, simply and without judgement; say the key message.\n"
    )
    flat = " ".join(out.split())
    assert "3. Complaint or medico-legal concern: remind them of their professional insurance or legal protection. 4." in flat
    # The full wording of every action is in the rest of the guidance.
    assert "[ ] Complaint or medico-legal concern: remind them of their professional insurance or legal protection" in flat
    assert out.index("Do now:") < out.index("Whom to call:") < out.index("What to say first:")
    assert "  “What you're feeling is common after this type of event. You don't have to deal with this alone.”" in out
    # Declined: no "mobilise the internal resources", external resources first, no CNOM for a nurse.
    assert "Mobilise the internal resources" not in out
    assert "give them the external resources now" in " ".join(out.split())
    contacts = out[out.index("Whom to contact") : out.index("Follow-up")]
    assert contacts.index("SPS, l'institut pour la santé des soignants") < contacts.index("Psychologist or psychological support unit")
    assert "CNOM" not in contacts
    emergency = out[out.index("Emergency numbers (France)") :]
    for number in ("- 15: SAMU", "- 112: European", "- 114: Accessible emergency number", "- 3114: National"):
        assert number in emergency
    assert "About day 30: " in out
    assert "it does not replace your judgement" in out or "not a diagnosis" in out
    assert not BOX_OR_ANSI.search(out)
    assert result.stderr == ""


def test_triage_red_flag_puts_emergency_first(run):
    result = run("triage", "--red-flag", "dark-thoughts", "--red-flag", "danger")
    assert result.exit_code == 0, result.output
    out = result.stdout
    # Several red flags: their labels without the details, so that what to do stays on the screen.
    assert out.startswith("LEVEL 3 OF 3: ACT NOW\nRed flags: Dark thoughts; A risk to themselves or to patients.\n")
    assert "A risk to themselves or to patients." in " ".join(out.split())
    call_now = out[out.index("Call now") : out.index("What to say first")]
    assert "- 15: SAMU, medical emergency, 24/7" in call_now and "- 3114: suicide prevention, 24/7, free" in call_now
    assert out.index("Call now") < out.index("More on this level")
    assert "1. Do not leave them alone: you or a colleague stay until help takes over." in out
    assert "2. Ask: “Are you thinking about suicide?” Asking does not put the idea there." in out
    assert "3. Call 3114 together; it also advises those worried about someone, you too." in out
    assert "Physicians and interns in difficulty" in out  # role unknown: CNOM shown, with whom it is for


def test_triage_risk_to_themselves_shows_3114_and_no_contact_today(run):
    out = run("triage", "--red-flag", "danger").stdout
    decision = out[: out.index("More on this level")]
    assert "1. Do not leave them alone: you or a colleague stay until help takes over." in decision
    assert "3. Call 3114 together" in decision
    assert "4. Risk to patients: relieve them of patient care now, as a protective measure." in decision
    assert "Contact the professional today" not in out
    # The first words are of concern and presence; the key message comes after safety, never first.
    words = decision[decision.index("What to say first") :]
    assert "“I'm worried about you. I'll stay with you, and we'll call for help together.”" in words
    assert "common after this type of event" not in decision
    rest = " ".join(out[out.index("More on this level") :].split())
    assert "[ ] Do not leave them alone: stay with them, or have a colleague stay, until help takes over" in rest
    assert rest.index("Once they are safe, and only then, the key message:") < rest.index(
        "“What you're feeling is common after this type of event."
    )


def test_triage_level_0_lists_signs_to_watch(run):
    result = run("triage", "--no-event")
    assert result.exit_code == 0
    assert result.stdout.startswith("LEVEL 0 OF 3: STAY ATTENTIVE\n")
    assert "Warning signs to watch for" in result.stdout
    assert "Follow-up" not in result.stdout
    # No event: the words suggested fit a situation without one.
    assert "How are you doing at the moment?" in result.stdout
    assert "common after this type of event" not in result.stdout


def test_triage_json_is_valid_whatever_the_width(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "20")
    result = run("triage", "--event", "--sign", "anxiety", "--role", "physician", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["level"] == 2 and data["level_name"] == "Give active support"
    assert data["answers"] == {
        "red_flags": None,  # not asked: never recorded as none
        "event": True,
        "situations": [],
        "signs": ["anxiety"],
        "role": "physician",
        "internal": "unknown",
    }
    assert [r["id"] for r in data["resources"]] == [
        "psychologist",
        "occupational-medicine",
        "house-of-psychology",
        "quality-officer",
        "sps",
        "cnom",
    ]
    assert [r["phone"] for r in data["emergency"]] == ["15", "112", "114", "3114"]
    assert [f["day"] for f in data["followup"]] == [0, 1, 3, 7, 30]
    assert data["key_message"].startswith("What you're feeling is common")


def test_triage_without_event_off_terminal_is_a_usage_error(run):
    result = run("triage", "--sign", "guilt")
    assert result.exit_code == 2
    assert result.stderr.startswith("--event or --no-event is needed when no question can be asked")
    assert result.stderr.endswith("For help: secondvictim triage --help\n")
    assert result.stdout == ""


def test_unknown_ids_list_the_valid_ones(run):
    result = run("triage", "--event", "--sign", "sadness")
    assert result.exit_code == 2
    assert result.stderr == (
        "--sign: 'sadness' is not a known warning sign. Accepted: withdrawal, guilt, "
        "anxiety, medico-legal, behaviour-change, none.\nFor help: secondvictim triage --help\n"
    )
    result = run("triage", "--red-flag", "sadness")
    assert result.exit_code == 2
    assert "Accepted: severe-distress, major-disorganisation, dark-thoughts, danger, none." in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sign", "guilty"], "--sign: 'guilty' is not a known warning sign. Did you mean 'guilt'?"),
        (["--role", "plumber"], "--role: 'plumber' is not a known role. Accepted: physician (doctor), intern, nurse,"),
        (["--role", "nures"], "--role: 'nures' is not a known role. Did you mean 'nurse'?"),
        (["--event-date", "31/02/2026"], "--event-date: '31/02/2026' does not exist in the calendar."),
        (["--event-date", "tomorrow"], "--event-date: 'tomorrow' is not a date. Write it as 27/03/2026, 27/03, 2026-03-27, yesterday or 3 days ago."),
        (["--event-date", "9999-12-31"], "--event-date: '9999-12-31' is too far in the past or in the future."),
        (["--sign", "none", "--sign", "guilt"], "--sign: 'none' cannot be given together with other values."),
        (["--sign", "no", "--sign", "guilt"], "--sign: 'no' cannot be given together with other values."),
        (["--internal", "maybe"], "--internal: 'maybe' is not a known answer. Accepted: yes, no, unknown."),
        (["--rol", "nurse"], "There is no option --rol here. Did you mean --role?"),
        (["--role"], "The option --role needs a value."),
    ],
)
def test_bad_values_say_what_is_wrong_and_how_to_get_help(run, args, message):
    result = run("triage", "--event", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert result.stderr.endswith("For help: secondvictim triage --help\n")
    assert "Value error" not in result.stderr and "%Y" not in result.stderr and "Invalid value" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("value", "role"),
    [("Nurse", "nurse"), ("infirmière", "nurse"), ("IDE", "nurse"), ("doctor", "physician"), ("Médecin", "physician"),
     ("sage-femme", "midwife"), ("pharmacien", "pharmacist"), ("interne", "intern"), ("étudiant", "student")],
)
def test_role_values_as_people_type_them(run, value, role):
    result = run("triage", "--event", "--role", value, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["answers"]["role"] == role


@pytest.mark.parametrize("value", ["26/11/2026", "2026-11-26", "26.11.2026"])
def test_event_date_in_french_or_iso_form(run, value, tmp_path):
    result = run("followup", "--event-date", value)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("where", ["before", "after"])
def test_global_options_work_after_the_command_too(run, where):
    args = ["--lang", "fr", "triage", "--no-event"] if where == "before" else ["triage", "--no-event", "--lang", "fr"]
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("NIVEAU 0 SUR 3")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["triage", "--lnag", "fr"], "There is no option --lnag here. Did you mean --lang?\nFor help: secondvictim triage --help\n"),
        (["script", "--plian"], "There is no option --plian here. Did you mean --plain?\nFor help: secondvictim script --help\n"),
        # A program option the command still sees is said as such, never suggested as itself.
        (["script", "--lang"], "The option --lang needs a value.\nFor help: secondvictim script --help\n"),
        (["page", "--data-dir"], "The option --data-dir needs a value.\nFor help: secondvictim page --help\n"),
        (["signs", "--plain=yes"], "The option --plain takes no value.\nFor help: secondvictim signs --help\n"),
    ],
)
def test_a_mistyped_program_option_after_the_command_is_suggested(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == message


def test_unknown_command_suggests_the_closest(run):
    result = run("triag")
    assert result.exit_code == 2
    assert result.stderr == "There is no command 'triag'. Did you mean 'triage'?\nFor help: secondvictim --help\n"


# --- triage on a terminal ------------------------------------------------------------------


def test_red_flag_path_asks_one_question(run, terminal):
    result = run("triage", input="1\n")
    assert result.exit_code == 0, result.output
    # The input ends at the offer to keep the summary: nothing is kept, and that is said.
    assert result.stderr.endswith("keep nothing.\n> \nNothing was kept.\n")
    assert result.stderr[: result.stderr.index("\nKeep a summary")] == (
        "Triage: a few questions, then what to do. No names are asked, and nothing is stored unless you\n"
        "choose to keep a summary at the end.\n"
        "In immediate danger, call 15 (SAMU) or 112 now.\n"
        "\n"
        "Do you see any of these red flags right now?\n"
        "  1. Severe distress\n"
        "     Distress that does not settle.\n"
        "  2. Major disorganisation (confused, unable to function)\n"
        "     They can no longer act in a safe, ordered way.\n"
        "  3. Dark thoughts (hopelessness, thoughts of suicide or self-harm)\n"
        "     They speak of death, of giving up or of hurting themselves, even indirectly.\n"
        "  4. A risk to themselves or to patients\n"
        "     They could harm themselves or a patient now.\n"
        "Type the numbers separated by spaces (for example 1 3), or press Enter for none.\n"
        "> \n"
    )
    assert result.stdout.startswith("LEVEL 3 OF 3: ACT NOW\nRed flag: Severe distress.\n")


def test_full_path_asks_five_questions(run, terminal):
    # The second question has two parts: the event, then the situations that call for outreach.
    result = run("triage", input="\noui\n\n2,4\n1\nnon\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("> ") == 7  # and the offer to keep the summary
    for question in (
        "Was the professional involved in a serious event during care (an error, a complication, an unexpected death), reported or not? [y/n]",
        "Does one of these situations apply? Each calls for support even when no sign shows.",
        "  1. An event involving a child",
        "  11. The death of a member of staff",
        "Which warning signs do you see?",
        "  5. Change in usual professional behaviour",
        "What is the professional's role?",
        "  6. Nursing assistant or another health professional",
        "  7. Non-clinical staff (administration, logistics, technical)",
        "  9. Unknown",
        "Type a number, or press Enter for: Unknown.",
        "Is the professional willing and able to use the institution's internal resources?",
        "  3. Not asked yet",
    ):
        assert question in result.stderr or " ".join(question.split()) in " ".join(result.stderr.split())
    out = result.stdout
    assert out.startswith(
        "LEVEL 2 OF 3: GIVE ACTIVE SUPPORT\nWarning signs: Excessive guilt or rumination; Significant medico-legal concern.\n"
    )
    assert "External resources first" in out and "CNOM" in out


def test_options_skip_their_questions(run, terminal):
    result = run(
        "triage",
        "--red-flag",
        "none",
        "--event",
        "--situation",
        "none",
        "--sign",
        "none",
        "--role",
        "nurse",
        input="3\n",
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.count("> ") == 2  # and the offer to keep the summary
    assert "internal resources?" in result.stderr
    assert result.stdout.startswith("LEVEL 1 OF 3: OFFER SUPPORT\n")


def test_wrong_answers_are_asked_again(run, terminal):
    result = run("triage", input="7\n\nperhaps\nn\n\n\n\n")
    assert result.exit_code == 0, result.output
    assert "Please type numbers between 1 and 4, separated by spaces, or press Enter." in result.stderr
    assert "Please answer y (yes) or n (no)." in result.stderr
    assert result.stdout.startswith("LEVEL 0 OF 3: STAY ATTENTIVE\n")


def test_interactive_json_keeps_questions_off_stdout(run, terminal):
    result = run("triage", "--json", input="4\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["level"] == 3
    assert "red flags" in result.stderr


def test_end_of_input_stops_cleanly(run, terminal):
    result = run("triage", input="\n")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "No more input: stopped before the end of the questions. Nothing was saved.\n" in result.stderr
    assert result.stderr.endswith("In immediate danger, call 15 (SAMU) or 112; suicidal thoughts: 3114.\n")
    assert "Traceback" not in result.output


def test_ctrl_c_stops_with_130(run, terminal, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("secondvictim.prompts.Asker.yes_no", interrupt)
    result = run("triage", "--red-flag", "none")
    assert result.exit_code == 130
    assert result.stdout == ""
    assert "Interrupted. Nothing was saved.\nIn immediate danger, call 15 (SAMU) or 112" in result.stderr


# --- the other commands --------------------------------------------------------------------


def test_script(run):
    result = run("script")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(
        "First contact\n-------------\nThe initial contact should be simple, clear and non-judgemental."
    )
    assert "1. Find a quiet, private moment today" in out
    assert "7. Agree on when you will check in again" in out


def test_resources_all(run):
    result = run("resources")
    out = result.stdout
    assert result.exit_code == 0
    assert out.index("Internal resources") < out.index("External resources") < out.index("Emergency numbers")
    assert "- Occupational health\n  contact details to be set by your institution\n" in out
    assert (
        "- SPS, l'institut pour la santé des soignants (the institute for carers' health; formerly the SPS\n"
        "  association, Soins aux Professionnels de Santé: care for healthcare professionals)\n"
        "  0805 23 23 36 – 24/7, free and anonymous. National number, answered by trained psychologists.\n"
        "  For: All health professionals and health-facility staff, healthcare students, and their families\n"
        in out
    )
    assert (
        "National Council of the Order of Physicians (CNOM) helpline\n"
        "  0800 288 038 – 24/7, free and anonymous." in out
    )


def test_resources_filters(run):
    internal = run("resources", "--internal").stdout
    assert "Occupational health" in internal and "SPS" not in internal and "Emergency" not in internal
    external = run("resources", "--external").stdout
    assert "SPS" in external and "CNOM" in external and "Occupational health" not in external
    nurse = run("resources", "--external", "--role", "nurse").stdout
    assert "SPS" in nurse and "CNOM" not in nurse
    intern = json.loads(run("resources", "--role", "intern", "--json").stdout)["resources"]
    assert [r["id"] for r in intern] == [
        "psychologist",
        "occupational-medicine",
        "house-of-psychology",
        "quality-officer",
        "sps",
        "cnom",
        "samu",
        "emergency-112",
        "sms-114",
        "suicide-3114",
    ]


def test_signs_and_json(run):
    out = run("signs").stdout
    assert "- Withdrawal or isolation" in out and "- Major disorganisation" in out
    flat = " ".join(out.split())
    # Each red flag and warning sign says what it looks like (issue 20, item 6).
    assert "- Severe distress Distress that does not settle: crying or shaking they cannot stop" in flat
    assert "“everyone would be better off without me”" in flat
    assert "- Excessive guilt or rumination Goes over the event again and again" in flat
    assert "[ ] Do not leave them alone: stay with them, or have a colleague stay" in flat
    assert "[ ] Alert occupational health now; outside its hours" in flat
    data = json.loads(run("signs", "--json").stdout)
    assert [s["id"] for s in data["red_flags"]] == [
        "severe-distress",
        "major-disorganisation",
        "dark-thoughts",
        "danger",
    ]
    assert len(data["warning_signs"]) == 5
    assert all(s["description"] for s in data["red_flags"] + data["warning_signs"])


def test_avoid_and_json(run):
    out = run("avoid").stdout
    assert "- Promising no consequences.\n  Instead: Be honest about what you do not know" in out
    data = json.loads(run("avoid", "--json").stdout)["attitudes"]
    assert data[0] == {
        "id": "minimising",
        "avoid": "Minimising how the person feels.",
        "instead": "Acknowledge the emotion and say that it is a common reaction to this type of event.",
        "source": None,
    }


def test_about(run):
    out = run("about").stdout
    assert out.startswith("What is a second victim?\n")
    assert "Where the content comes from" in out and "NICE NG116" in out


# --- terminal rendering --------------------------------------------------------------------


def test_rich_output_states_the_level_in_words(monkeypatch, capsys, guide):
    import io

    from secondvictim.commands.triage_view import triage_document
    from secondvictim.render.terminal import print_rich
    from secondvictim.rules.triage import Answers, recommend

    stream = io.StringIO()
    doc = triage_document(guide, recommend(guide, Answers(red_flags=("danger",))), "en")
    print_rich(doc, stream, "en")
    text = stream.getvalue()
    assert "LEVEL 3 OF 3: ACT NOW" in text
    assert "3114: National suicide-prevention line" in text


@pytest.mark.parametrize(("env", "plain"), [({}, False), ({"NO_COLOR": "1"}, True), ({"TERM": "dumb"}, True)])
def test_colour_choice(env, plain):
    """The run's Environment, built from these variables, decides; a terminal then gets colour."""
    from secondvictim.config import resolve
    from secondvictim.render.terminal import use_rich

    environment = resolve(["script"], {"TERM": "xterm-256color", **env})

    # On a terminal (as the Environment found stdout): colour unless plain; never off a terminal.
    assert use_rich(True, environment.plain_output) is not plain
    assert use_rich(True, resolve(["--plain", "script"], {"TERM": "xterm-256color"}).plain_output) is False
    assert use_rich(True, plain=True) is False
    assert use_rich(False, environment.plain_output) is False


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [20, 33, 40, 57, 60, 80, 100, 140])
@pytest.mark.parametrize("rich", [True, False])
def test_no_line_is_wider_than_the_terminal_and_nothing_is_split(monkeypatch, guide, width, rich, lang):
    import io

    from secondvictim.commands.triage_view import triage_document
    from secondvictim.environment import Environment
    from secondvictim.render.terminal import plain_text, print_rich
    from secondvictim.rules.triage import Answers, recommend

    # A terminal of `width` columns (as COLUMNS would say): the Environment lays out for it.
    laid_out = Environment(columns=width).width
    doc = triage_document(guide, recommend(guide, Answers(event=True, signs=("guilt",))), lang)
    if rich:
        stream = io.StringIO()
        print_rich(doc, stream, lang, width=laid_out)
        text = stream.getvalue()
    else:
        text = plain_text(doc, lang, laid_out)
    limit = max(20, min(width, 100))
    for line in text.splitlines():
        # A line is longer only when one unbreakable word is (never at 40 columns or more).
        assert len(line) <= limit or (width < 40 and " " not in line.strip()), line
    whole = plain_text(doc, lang, width=10_000)
    for token in ("0805 23 23 36", "0800 288 038", "24/7", "24\u00a0h/24", "7\u00a0j/7"):
        # Every phone number and "24/7" stands whole on one line, as often as in the unwrapped text.
        assert text.count(token) == whole.count(token), (token, width)
    assert whole.count("0805 23 23 36") > 0


def test_the_event_date_dates_the_follow_up_on_screen(run, clock):
    clock.set(date(2026, 3, 27))  # on the day of the event: no step is past yet
    dated = run("triage", "--event", "--sign", "guilt", "--event-date", "2026-03-27", "--workdays")
    assert dated.exit_code == 0, dated.output
    out = " ".join(dated.stdout.split())
    assert "- Friday 27 March 2026, same shift: Before they leave" in out
    assert "- Saturday 28 March 2026 (weekend), within 24 to 48 hours:" in out  # never past 48 hours
    assert "- Monday 30 March 2026, about day 3:" in out
    undated = run("triage", "--event", "--sign", "guilt")
    assert "- Same shift: Before they leave" in " ".join(undated.stdout.split())


@pytest.mark.parametrize(
    ("args", "field", "expected"),
    [
        (["--sign", "culpabilité", "--sign", "inquiétude médico-légale"], "signs", ["guilt", "medico-legal"]),
        (["--sign", "guilt anxiety"], "signs", ["guilt", "anxiety"]),
        (["--red-flag", "idées noires"], "red_flags", ["dark-thoughts"]),
        (["--red-flag", "suicide"], "red_flags", ["dark-thoughts"]),
        (["--situation", "enfant"], "situations", ["paediatric-event"]),
    ],
)
def test_options_name_their_choices_in_words_as_answers_do(run, args, field, expected):
    result = run("triage", "--event", *args, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["answers"][field] == expected


@pytest.mark.parametrize("value", ["no guilt", "guilt something", "or"])
def test_an_option_value_that_names_no_single_choice_is_refused(run, value):
    result = run("triage", "--event", "--sign", value)
    assert result.exit_code == 2
    assert "is not a known warning sign" in result.stderr


@pytest.mark.parametrize("command", [["triage", "--event", "--sign", "guilt"], ["team"], ["followup"]])
def test_an_event_date_to_come_is_refused(run, command):
    day = date.today() + timedelta(days=40)
    result = run(*command, "--event-date", day.isoformat())
    assert result.exit_code == 2
    # The date as it was read, in words (L17).
    said = f"{day:%A} {day.day} {day:%B} {day.year}"
    assert f"--event-date: {said} is after today; give the day the event happened." in result.stderr
    assert result.stdout == ""
