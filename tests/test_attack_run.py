"""Issue 28's attack-run leftovers: what the tool says when an answer or an option cannot be used,
in words that name the real problem, in English and in French."""

import json
from datetime import date
from pathlib import Path

import pytest

DAY = date(2026, 3, 4)
# Questions of the triage answered: no red flag, an event, no situation, guilt, a nurse, yes.
TRIAGE_ANSWERS = "\ny\n\n2\n3\n1\n"
TRIAGE = ("triage", "--event", "--sign", "guilt", "--role", "nurse", "--internal", "yes")


def flat(text):
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


@pytest.mark.parametrize(
    ("lang", "last", "gave_up"),
    [
        ("en", "Last try: type another folder or file name", "Nothing was kept: all 3 tries failed."),
        ("fr", "Dernier essai : tapez un autre dossier", "Rien n'a été gardé : aucun des 3 essais n'a abouti."),
    ],
)
def test_the_keep_offer_says_its_last_try_and_how_to_keep_it_later(run, keyboard, clock, tmp_path, lang, last, gave_up):
    keyboard.at_terminal = True
    clock.set(DAY)
    taken = [tmp_path / f"taken{n}.json" for n in range(3)]
    for path in taken:
        path.write_text("mine")
    result = run("--lang", lang, "triage", input=TRIAGE_ANSWERS + "".join(f"{p}\n" for p in taken))
    assert result.exit_code == 0, result.output
    said = flat(result.stderr)
    # The last try is announced before it is asked (after the second refusal), once.
    assert said.count(last) == 1
    assert said.index(last) > said.index(f"{taken[1]} ")
    assert said.index(last) < said.index(f"{taken[2]} ")
    # After it: nothing kept, said as such, with the way to keep a summary (-o FILE).
    assert gave_up in said and said.rstrip().endswith("~/summary.json." if lang == "en" else "~/synthese.json.")
    assert "-o" in said.split(gave_up)[1]
    assert all(p.read_text() == "mine" for p in taken)
    assert not list(Path.cwd().glob("secondvictim-*"))


def test_a_refused_name_then_a_good_one_is_not_a_last_try(run, keyboard, clock, tmp_path):
    keyboard.at_terminal = True
    clock.set(DAY)
    taken = tmp_path / "taken.json"
    taken.write_text("mine")
    result = run("triage", input=TRIAGE_ANSWERS + f"{taken}\n\n")
    assert result.exit_code == 0, result.output
    said = flat(result.stderr)
    assert "Last try" not in said and "Nothing was kept" not in said and "Kept: " in said


@pytest.mark.parametrize(
    ("lang", "lines", "control", "long"),
    [
        ("en", "--label is on several lines", "--label contains an invisible control character (U+001B)",
         "--label is 61 characters long: a label takes at most 60."),
        ("fr", "--label tient sur plusieurs lignes", "--label contient un caractère de contrôle invisible (U+001B)",
         "--label fait 61 caractères : un repère en compte 60 au plus."),
    ],
)  # fmt: skip
def test_a_refused_label_is_told_its_real_problem(run, lang, lines, control, long):
    for bad, words, wrong in (
        ("night\nB", lines, "caract"),
        ("night\x1b[31mB", control, "lignes" if lang == "fr" else "lines"),
        ("x" * 61, long, "contr"),
    ):
        result = run("--lang", lang, *TRIAGE, "--label", bad)
        assert result.exit_code == 2, (bad, result.output)
        said = flat(result.stderr)
        assert words in said and wrong not in said, (bad, said)
        assert "Traceback" not in result.output
    # Spaces of any kind are one space: a label typed with a no-break space is taken.
    assert run("--lang", lang, *TRIAGE, "--label", "nuit\u00a0B", "-o", "s.json").exit_code == 0
    assert json.loads(Path("s.json").read_text())["label"] == "nuit B"


UNUSED = {
    "en": "--label goes only into the files written (-o FILE, the calendar reminders, a kept summary), and "
    "none is written here: the label was not used.",
    "fr": "--label ne va que dans les fichiers écrits (-o FICHIER, les rappels de calendrier, une synthèse "
    "gardée), et aucun fichier n'est écrit ici : le repère n'a pas servi.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_label_with_no_file_to_go_into_is_said_unused(run, clock, tmp_path, lang):
    clock.set(DAY)
    unused = UNUSED[lang]
    for args in (
        TRIAGE,
        (*TRIAGE, "--json"),
        (*TRIAGE, "-o", "-", "--format", "md"),
        ("followup", "--event-date", "2026-03-04"),
        ("team", "--death", "--situation", "none"),
    ):
        result = run("--lang", lang, *args, "--label", "night B")
        assert result.exit_code == 0, result.output
        assert unused in flat(result.stderr), args
        assert unused not in flat(result.stdout) and "night B" not in result.stdout
    # A file written: the label is in it, and nothing is said.
    for args in (
        (*TRIAGE, "-o", str(tmp_path / f"{lang}.json")),
        (*TRIAGE, "--followup-ics", str(tmp_path / f"{lang}.ics")),
        ("followup", "--ics", str(tmp_path / f"{lang}-f.ics")),
    ):
        result = run("--lang", lang, *args, "--label", "night B")
        assert result.exit_code == 0 and unused not in flat(result.stderr), args
    # No label, nothing said.
    assert unused not in flat(run("--lang", lang, *TRIAGE).stderr)


def test_the_label_goes_into_the_kept_summary_without_a_warning(run, keyboard, clock):
    keyboard.at_terminal = True
    clock.set(DAY)
    result = run("triage", "--label", "night B", input=TRIAGE_ANSWERS + "\n")
    assert result.exit_code == 0, result.output
    assert "the label was not used" not in flat(result.stderr)
    [kept] = list(Path.cwd().glob("secondvictim-*.json"))
    assert json.loads(kept.read_text())["label"] == "night B"


CHECKIN_ANSWERS = ("--red-flag", "none", "--sign", "none", "--trend", "same", "--item", "none", "--support-used", "yes",
                   "--step", "none")  # fmt: skip


@pytest.mark.parametrize(("lang", "damaged"), [("en", "is damaged (at event_date)"), ("fr", "est endommagé (à event_date)")])
def test_a_summary_edited_to_a_future_event_names_event_date(run, clock, tmp_path, lang, damaged):
    clock.set(DAY)
    summary, edited = tmp_path / "s.json", tmp_path / "edited.json"
    assert run(*TRIAGE, "-o", str(summary)).exit_code == 0
    # The event moved to a day to come by hand: the summary was written before its own event.
    edited.write_text(json.dumps(json.loads(summary.read_text()) | {"event_date": "2026-04-01"}))
    result = run("--lang", lang, "checkin", "--previous", str(edited), *CHECKIN_ANSWERS)
    assert result.exit_code == 2
    said = flat(result.stderr)
    assert f"{edited} {damaged}" in said and "written" not in said
    # The same with a check-in's summary moved after its own contacts.
    clock.set(date(2026, 3, 7))
    second = tmp_path / "day3.json"
    assert run("checkin", "--previous", str(summary), *CHECKIN_ANSWERS, "-o", str(second)).exit_code == 0
    edited.write_text(json.dumps(json.loads(second.read_text()) | {"event_date": "2026-03-20"}))
    result = run("--lang", lang, "checkin", "--previous", str(edited), *CHECKIN_ANSWERS)
    assert result.exit_code == 2 and f"{edited} {damaged}" in flat(result.stderr)


EMPTY_STDIN = {
    "en": "--previous -: standard input was empty, no summary came through it.",
    "fr": "--previous - : l'entrée standard était vide, aucune synthèse n'y est arrivée.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_empty_standard_input_is_said_empty_not_foreign(run, clock, tmp_path, lang):
    clock.set(DAY)
    for args in (
        ("checkin", "--previous", "-", *CHECKIN_ANSWERS),
        ("followup", "--previous", "-"),
        ("team", "--previous", "-"),
    ):
        for nothing in ("", "\n  \n"):
            result = run("--lang", lang, *args, input=nothing)
            assert result.exit_code == 2, (args, result.output)
            said = flat(result.stderr)
            assert EMPTY_STDIN[lang] in said and "summary written by" not in said, (args, said)
            assert "synthèse écrite par" not in said
    # An empty file is said empty too (the check-in's reader).
    empty = tmp_path / "empty.json"
    empty.write_text("")
    result = run("--lang", lang, "checkin", "--previous", str(empty), *CHECKIN_ANSWERS)
    words = {"en": "is empty: it cannot be used", "fr": "est vide : il ne peut pas servir"}[lang]
    assert result.exit_code == 2 and f"{empty} {words}" in flat(result.stderr)


def test_the_plans_kept_here_each_once_newest_first():
    from secondvictim.keeping import Found, found_line, kept_plans

    plan_a, plan_b, team = "a" * 32, "b" * 32, "c" * 32
    files = {
        "secondvictim-2026-03-02-K7F2.json": {"schema": "secondvictim/triage/4", "plan_id": plan_a, "level": 2},
        "secondvictim-2026-03-05-K7F2.json": {"schema": "secondvictim/checkin/3", "plan_id": plan_a, "level": 1},
        "secondvictim-2026-03-05-K7F2-2.json": {"schema": "secondvictim/checkin/3", "plan_id": plan_a, "level": 3},
        "secondvictim-2026-03-04-M3QX.json": {"schema": "secondvictim/triage/4", "plan_id": plan_b, "level": 0},
        "secondvictim-2026-03-03-ZZZZ.json": {"schema": "secondvictim/team/2", "plan_id": team},
        "secondvictim-2026-03-01-QQQQ.json": None,  # not JSON: listed by its name alone
        "secondvictim-2026-13-45-QQQQ.json": {},  # no such day: not a name we write
        "notes.json": {"plan_id": plan_a, "level": 3},
    }
    folder = kept_plans(list(files), files.get, date(2026, 3, 13))
    plans = folder.plans
    assert folder.unread == 1  # the file that is not JSON takes no place in the list
    assert plans == [
        Found("secondvictim-2026-03-05-K7F2-2.json", date(2026, 3, 5), "K7F2", 3, False, 3, reached_3=True),
        Found("secondvictim-2026-03-04-M3QX.json", date(2026, 3, 4), "M3QX", 0, False, 1),
        Found("secondvictim-2026-03-03-ZZZZ.json", date(2026, 3, 3), "ZZZZ", None, True, 1),
    ]
    assert found_line(plans[0], "en") == "Thursday 5 March 2026: level 3, plan K7F2 (latest of 3 summaries)"
    assert found_line(plans[1], "en") == "Wednesday 4 March 2026: level 0, plan M3QX"
    assert found_line(plans[2], "en") == "Tuesday 3 March 2026: plan ZZZZ"
    assert found_line(plans[0], "fr") == "jeudi 5 mars 2026 : niveau 3, plan K7F2 (dernière de 3 synthèses)"
    # Two plans whose codes are the same are still two plans (told by their ids).
    same_code = {
        "secondvictim-2026-03-05-K7F2.json": {"plan_id": plan_a, "level": 1},
        "secondvictim-2026-03-04-K7F2.json": {"plan_id": plan_b, "level": 2},
    }
    assert [p.count for p in kept_plans(list(same_code), same_code.get, date(2026, 3, 13)).plans] == [1, 1]


def test_the_check_in_lists_the_plans_kept_here_on_an_80_by_24_screen(run, keyboard, clock, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "24")
    # Twelve plans kept here, one of them with three summaries, and a team plan.
    codes = []
    for day in range(1, 13):
        clock.set(date(2026, 3, day))
        assert run(*TRIAGE, "-o", f"secondvictim-2026-03-{day:02d}-tmp.json").exit_code == 0
        data = json.loads(Path(f"secondvictim-2026-03-{day:02d}-tmp.json").read_text())
        Path(f"secondvictim-2026-03-{day:02d}-tmp.json").rename(f"secondvictim-2026-03-{day:02d}-{data['plan_code']}.json")
        codes.append(data["plan_code"])
    newest = Path(f"secondvictim-2026-03-12-{codes[-1]}.json")
    for n in (2, 3):
        Path(newest.name.replace(".json", f"-{n}.json")).write_text(newest.read_text())
    clock.set(date(2026, 3, 12))
    assert run("team", "--death", "--situation", "none", "-o", "team.json").exit_code == 0
    team_code = json.loads(Path("team.json").read_text())["plan_code"]
    Path("team.json").rename(f"secondvictim-2026-03-12-{team_code}.json")
    # A broken file and one dated after today: each said in one line, and the screen still fits.
    Path("secondvictim-2026-03-12-WWWW.json").write_text("{")
    future = json.loads(newest.read_text()) | {"written": "2026-03-20", "plan_id": "f" * 32}
    Path("secondvictim-2026-03-11-WWWW.json").write_text(json.dumps(future))
    clock.set(date(2026, 3, 13))
    keyboard.at_terminal = True
    result = run("checkin", *CHECKIN_ANSWERS, "--json", input="1\n")
    assert result.exit_code == 0, result.output
    shown = result.stderr.strip("\n").split("\n")
    assert len(shown) <= 24 and all(len(line) <= 80 for line in shown), shown
    menu = [line.strip() for line in shown if line.startswith("  ")]
    # Nine plans, newest first, each once; the newest has three summaries; then "none of these".
    assert menu[0] == f"1. Thursday 12 March 2026: level 2, plan {codes[-1]} (latest of 3 summaries)"
    assert [line.split("plan ")[1][:4] for line in menu[:9]] == codes[::-1][:9]
    assert menu[9].startswith("10. None of these") and len(menu) == 10
    # The team plan is named beside the list (a check-in cannot continue it), not offered.
    said = flat(result.stderr)
    assert f"Also kept here, a team plan: plan {team_code} of Thursday 12 March 2026 (continue it with" in said
    assert "3 more plans not shown: secondvictim checkin --previous FILE" in said  # never left out in silence
    assert "1 file in this folder could not be read." in said and "1 summary is dated after today" in said
    assert json.loads(result.stdout)["plan_id"] == json.loads(newest.read_text())["plan_id"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_protocol_has_a_text_format_as_the_handout_has(run, tmp_path, lang):
    shown = run("--lang", lang, "protocol", "--format", "txt")
    assert shown.exit_code == 0, shown.output
    text = shown.stdout
    assert text.strip() and not text.lstrip().startswith(("<", "#")) and "**" not in text
    # The same text in a file, by --format or by the extension .txt.
    for args, name in ((("--format", "txt"), "p1.txt"), ((), "p2.txt"), (("--format", "txt"), "p3")):
        target = tmp_path / f"{lang}-{name}"
        result = run("--lang", lang, "protocol", *args, "-o", str(target))
        assert result.exit_code == 0, (args, result.output)
        written = target.read_text()
        assert not written.lstrip().startswith(("<", "#")) and written.split("\n")[0] == text.split("\n")[0]
    assert "txt" in run("--lang", lang, "protocol", "--help").stdout


def test_card_json_with_size_full_is_the_default_and_an_unknown_size_is_said_first(run):
    default = run("card", "--json")
    full = run("card", "--size", "full", "--json")
    assert full.exit_code == 0, full.output
    assert json.loads(full.stdout) == json.loads(default.stdout)
    for args in (("--size", "x", "--json"), ("--size", "x", "--json", "--format", "md")):
        result = run("card", *args)
        assert result.exit_code == 2
        assert "--size: 'x'" in result.stderr and "pocket" in result.stderr and "full" in result.stderr, args
        assert "--json" not in result.stderr.split("\n")[0]
    assert run("card", "--size", "pocket", "--json").exit_code == 2


HANDOUT_TU = {
    "en": "--address tu: English has one 'you', so the sheet is the same; the informal address is for the "
    "French sheet (--lang fr).",
}


def test_the_informal_address_in_english_is_said_not_silently_ignored(run, tmp_path):
    for args in ((), ("--json",), ("-o", str(tmp_path / "sheet.md"))):
        result = run("--lang", "en", "handout", "--address", "tu", *args)
        assert result.exit_code == 0, result.output
        assert HANDOUT_TU["en"] in flat(result.stderr) and "--address" not in result.stdout
        # The default (vous), and tu in French: nothing said.
        assert "--address" not in run("--lang", "en", "handout", *args[:1]).stderr
    # The English sheet is the same either way; the French one changes, and says nothing.
    assert run("--lang", "en", "handout", "--address", "tu").stdout == run("--lang", "en", "handout").stdout
    french = run("--lang", "fr", "handout", "--address", "tu")
    assert french.exit_code == 0 and "--address" not in french.stderr
    assert french.stdout != run("--lang", "fr", "handout").stdout


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "--format html and the extension of {path} (.md) disagree: the file would open in the wrong program."),
        ("fr", "--format html et l'extension de {path} (.md) ne correspondent pas : le fichier s'ouvrirait avec le mauvais programme."),
    ],
)
def test_a_format_its_file_s_extension_contradicts_is_refused_by_every_command(run, tmp_path, lang, words):
    target = tmp_path / "x.md"
    for args in (("handout",), ("protocol",), ("card",), TRIAGE):
        result = run("--lang", lang, *args, "--format", "html", "-o", str(target))
        assert result.exit_code == 2, (args, result.output)
        assert words.format(path=target) in flat(result.stderr)
        assert not target.exists()
    # The extension agreeing, or naming no format: the file is written. Markdown in .txt is text.
    for name, fmt in (("a.html", "html"), ("b", "html"), ("c.txt", "md")):
        assert run("--lang", lang, "handout", "--format", fmt, "-o", str(tmp_path / name)).exit_code == 0


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "An output file's name is empty (or is the current folder, .): give a file name"),
        ("fr", "Le nom d'un fichier de sortie est vide (ou désigne le dossier courant, .) : donnez un nom"),
    ],
)
def test_an_empty_output_name_is_said_empty(run, lang, words):
    for args in (("handout",), ("protocol",), ("card",), ("page",), TRIAGE, ("followup", "--ics")):
        result = run("--lang", lang, *args, *(() if args[-1] == "--ics" else ("-o",)), "")
        assert result.exit_code == 2, (args, result.output)
        assert words in flat(result.stderr), args
        assert "regular file" not in result.stderr and "extension" not in result.stderr


@pytest.mark.parametrize("command", ["card", "handout", "protocol"])
def test_the_documents_to_print_choose_their_format_by_one_rule_with_one_key_per_meaning(run, tmp_path, command):
    # Each refusal: the same code (the message's key) and exit code from every command.
    for args, code in ((("--force", "--json"), "err.force_alone"), (("--json", "--format", "md"), "err.json_format")):
        result = run(command, *args)
        assert result.exit_code == 2, (command, args, result.output)
        assert json.loads(result.stdout)["code"] == code, (command, args)
    unknown = run(command, "-o", str(tmp_path / "x.pdf"))
    assert unknown.exit_code == 2 and "cannot be told from its extension: give --format" in unknown.stderr
    # -o - : the format asked for, else Markdown when piped, as the others.
    assert run(command, "-o", "-").stdout.startswith("# ")
    assert run(command, "-o", "-", "--format", "html").stdout.startswith("<!DOCTYPE html>")


def test_a_plan_read_back_is_refused_in_the_words_of_the_command_and_of_the_reader(run, clock):
    # Attack run W5: `team --previous -` given garbage named the triage's summary, and a 10 MB
    # stream was "not a summary" for followup and team (check-in said "too large").
    clock.set(DAY)
    broken = run("team", "--previous", "-", input="{broken\n")
    assert broken.exit_code == 2
    assert "not a team plan written by secondvictim team" in flat(broken.stderr)
    assert "triage (or checkin)" not in broken.stderr
    for command in ("followup", "team"):
        large = run(command, "--previous", "-", input="{}\n" * 600_000)
        assert large.exit_code == 2
        assert "file too large" in flat(large.stderr) and "not a summary" not in large.stderr, large.stderr


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_init_says_why_a_folder_cannot_be_made(run, tmp_path, lang):
    # Attack run W6: `init /proc/nope` said "The folder /proc does not exist" (it does), and
    # `init` given a file said "(EEXIST)".
    refused = run("--lang", lang, "init", "/proc/nope")
    assert refused.exit_code == 3
    said = flat(refused.stderr)
    assert "/proc/nope" in said and {"en": "cannot be created", "fr": "ne peut pas être créé"}[lang] in said, said
    assert {"en": "does not exist", "fr": "n'existe pas"}[lang] not in said
    a_file = tmp_path / "afile"
    a_file.write_text("mine\n")
    result = run("--lang", lang, "init", str(a_file))
    assert result.exit_code == 3
    said = flat(result.stderr)
    assert {"en": "is a file, not a folder", "fr": "est un fichier, pas un dossier"}[lang] in said, said
    assert "EEXIST" not in said and a_file.read_text() == "mine\n"


def test_a_file_the_system_refuses_in_an_existing_folder_is_not_a_missing_folder(run):
    # The keep offer and -o with /proc/x said "The folder /proc does not exist".
    result = run("card", "-o", "/proc/nope.md")
    assert result.exit_code == 3
    said = flat(result.stderr)
    assert "/proc/nope.md cannot be created there" in said and "does not exist" not in said, said
