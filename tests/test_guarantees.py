"""One rule for every failure of institution data, messages that cannot fail, and never a blank result.

- Whatever goes wrong while loading, validating, merging or rendering an institution's data,
  `triage` and `checkin` show the packaged guide's decision with a warning (exit 0), and every
  other command stops with the list of problems (exit 2): never a traceback, never exit 70.
- Every message key renders in both languages, with every plural form and every field.
- A level-3 result always prints its level, actions and numbers, whatever the terminal's size says.
"""

from __future__ import annotations

import io
import json
import os
import re
import string
from datetime import date
from pathlib import Path

import pexpect
import pytest

from secondvictim.errors import DataError, Problem, SummaryError
from secondvictim.i18n import message
from secondvictim.strings import STRINGS

CRISIS = [
    ["triage", "--red-flag", "severe-distress"],
    ["checkin", "--event-date", "2026-01-05", "--red-flag", "dark-thoughts", "--sign", "none",
     "--trend", "same", "--item", "none", "--support-used", "no"],
]
OTHERS = [["resources"], ["card"], ["signs"], ["script"], ["avoid"], ["about"], ["followup"]]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


SAMPLES: list[object] = ["a text", 0, 1, 2, 1000, date(2026, 3, 27), Path("/some/where.yaml")]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_message_key_renders_with_every_form_and_field(lang):
    """No message can fail: each key, each plural form, each field, with values of each kind."""
    for key, text in STRINGS[lang].items():
        forms = list(text.values()) if isinstance(text, dict) else [text]
        names = set().union(*(_fields(f) for f in forms))
        for sample in SAMPLES:
            values = dict.fromkeys(names, sample)
            counts = [0, 1, 2, 5] if isinstance(text, dict) else [None]
            for count in counts:
                if count is not None:
                    values["count"] = count
                said = message(key, lang, **values)
                assert said and "{" not in said.replace("{}", ""), (key, said)
                # The same through a located problem, as the loader reports it.
                own = {k: v for k, v in values.items() if k not in ("path", "line", "field", "key")}
                assert Problem(Path("x.yaml"), 3, "field", key, **own).render(lang)
        # Even with none of its values, a message is said rather than raised.
        assert message(key, lang)


def test_the_plural_too_few_message_as_a_problem():
    """It crashed as a problem: an action with `levels: []` made the report itself fail."""
    problem = Problem(Path("levels.yaml"), 3, "actions[0].levels", "p.too_few", count=1)
    assert problem.render("en") == "levels.yaml:3: actions[0].levels: at least 1 item is needed"
    assert "il faut au moins 1 élément" in problem.render("fr")
    assert "2 problems" in DataError([problem, problem]).message("en")
    assert SummaryError("checkin.err.unreadable", problem=problem).message("fr")


@pytest.fixture
def too_few(tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "levels.yaml").write_text("actions:\n  - id: know-signs\n    levels: []\n", encoding="utf-8")
    return folder


def _level3(result):
    assert result.exit_code == 0, result.output
    assert "LEVEL 3" in result.stdout and "112" in result.stdout and "3114" in result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", CRISIS)
@pytest.mark.parametrize("how", ["option", "environment"])
def test_crisis_commands_fall_back_on_a_too_short_list(run, too_few, monkeypatch, args, how):
    if how == "option":
        result = run("--data-dir", str(too_few), *args)
    else:
        monkeypatch.setenv("SECONDVICTIM_DATA_DIR", str(too_few))
        result = run(*args)
    _level3(result)
    assert "at least 1 item is needed" in result.stderr
    assert "levels.yaml:3" in result.stderr


@pytest.mark.parametrize("args", [*OTHERS, ["page", "-o", "page.html"], ["validate"]])
def test_other_commands_stop_with_the_problem_list(run, too_few, args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("--data-dir", str(too_few), *args)
    assert result.exit_code == 2, result.output
    assert "at least 1 item is needed" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "page.html").exists()


def test_the_team_plan_falls_back_too(run, too_few):
    result = run("--data-dir", str(too_few), "team", "--no-death", "--situation", "none")
    assert result.exit_code == 0 and "at least 1 item is needed" in result.stderr
    assert "112" in result.stdout


def _broken_renderer(*args, **kwargs):
    raise ZeroDivisionError("a renderer that fails on this institution's data")


@pytest.mark.parametrize("json_output", [False, True])
def test_a_rendering_failure_falls_back_to_the_packaged_guide(run, tmp_path, monkeypatch, json_output):
    """Validated data that a renderer still cannot show: the packaged decision, with the warning."""
    from secondvictim.commands import triage_view as render_json

    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "resources.yaml").write_text(
        "resources:\n  - id: occupational-medicine\n    phone: '05 55 00 00 03'\n", encoding="utf-8"
    )
    real = render_json.triage_data
    calls = []

    def fails_with_the_institution(guide, *args, **kwargs):
        calls.append(guide)
        if any(r.phone == "05 55 00 00 03" for r in guide.resources):
            _broken_renderer()
        return real(guide, *args, **kwargs)

    monkeypatch.setattr(render_json, "triage_data", fails_with_the_institution)
    result = run("--data-dir", str(folder), "triage", "--red-flag", "dark-thoughts", *(["--json"] if json_output else []))
    assert result.exit_code == 0, result.output
    assert len(calls) == 2
    assert "ZeroDivisionError" in result.stderr and "packaged guide" in result.stderr
    if json_output:
        data = json.loads(result.stdout)
        assert data["level"] == 3 and data["warnings"][0]["code"] == "data_fallback"
    else:
        _level3(result)
    # With --strict, the same failure stops with the problem: exit 2, not 70.
    strict = run("--data-dir", str(folder), "triage", "--red-flag", "dark-thoughts", "--strict")
    assert strict.exit_code == 2 and "ZeroDivisionError" in strict.stderr


def test_a_rendering_failure_keeps_the_institutions_own_red_flag(run, tmp_path, monkeypatch):
    """A red flag the institution added and that was answered stays the reason of level 3."""
    from secondvictim.commands import triage_view as document

    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "signs.yaml").write_text(
        "red_flags:\n  - id: unit-flag\n    label: {en: Our own red flag, fr: Notre signe}\n", encoding="utf-8"
    )
    real = document.guidance_document

    def fails_once(guide, rec, *args, **kwargs):
        if not fails_once.done:
            fails_once.done = True
            _broken_renderer()
        return real(guide, rec, *args, **kwargs)

    fails_once.done = False
    monkeypatch.setattr(document, "guidance_document", fails_once)
    result = run("--data-dir", str(folder), "triage", "--red-flag", "unit-flag")
    _level3(result)
    assert "Our own red flag" in result.stdout


def test_a_failure_of_the_loader_itself_is_a_problem_not_a_crash(run, tmp_path, monkeypatch):
    """A bug the loader did not foresee, met with institution data: fallback, or exit 2."""
    from secondvictim.guide import loader

    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "resources.yaml").write_text("resources: []\n", encoding="utf-8")
    real = loader.assemble

    def fails(packaged, institution=None):
        if institution is not None:
            raise RecursionError("deep")
        return real(packaged, institution)

    monkeypatch.setattr(loader, "assemble", fails)
    _level3(run("--data-dir", str(folder), "triage", "--red-flag", "severe-distress"))
    for args in (["resources"], ["validate"]):
        result = run("--data-dir", str(folder), *args)
        assert result.exit_code == 2 and "RecursionError" in result.output, result.output


@pytest.mark.parametrize("how", ["option", "environment"])
def test_an_unreadable_data_dir_falls_back_the_same_way_however_named(run, tmp_path, monkeypatch, how):
    """--data-dir naming a folder the user cannot read was "a command line that cannot be
    understood" (Click's readable check), while SECONDVICTIM_DATA_DIR fell back."""
    folder = tmp_path / "institution"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if str(path) == str(folder) else real_access(path, mode, **kw))
    real_iterdir = Path.iterdir

    def denied(self):
        if self == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", denied)
    if how == "option":
        result = run("--data-dir", str(folder), "triage", "--red-flag", "severe-distress")
    else:
        monkeypatch.setenv("SECONDVICTIM_DATA_DIR", str(folder))
        result = run("triage", "--red-flag", "severe-distress")
    _level3(result)
    assert "cannot be understood" not in result.output
    assert "permission" in result.stderr.lower()


# --- Never blank ------------------------------------------------------------------------------


def test_sizes_from_the_environment_are_clamped():
    from secondvictim.config import resolve

    for columns, lines in [("0", "0"), ("-5", "-1"), ("1", "1"), ("99999999999", "99999999999"), ("abc", "x")]:
        settings = resolve(["card"], {"COLUMNS": columns, "LINES": lines})
        assert 20 <= settings.width <= 100  # laid out for the terminal's width, at most 100 columns
        assert 10 <= settings.height <= 500
        assert settings.columns >= 1  # where the terminal itself wraps: never 0 or negative


def test_the_size_is_read_once_from_columns_and_lines():
    from secondvictim.config import resolve

    settings = resolve(["card"], {"COLUMNS": "57", "LINES": "31"})
    assert (settings.columns, settings.lines, settings.width, settings.height) == (57, 31, 57, 31)
    wide = resolve(["card"], {"COLUMNS": "240", "LINES": "900"})
    assert (wide.columns, wide.width, wide.height) == (240, 100, 500)


LEVEL3 = ["triage", "--red-flag", "severe-distress", "--full"]


@pytest.mark.parametrize(("columns", "args"), [
    ("0", LEVEL3), ("-3", LEVEL3), ("1", LEVEL3), ("99999999999", LEVEL3), ("0", ["card"]), ("0", ["signs"]),
])
@pytest.mark.exhaustive
def test_never_blank_in_a_real_terminal_whatever_columns_says(installed_command, tmp_path, columns, args):
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    # PAGER=cat: what is tested is the text itself (the pager: tests/test_small_terminals.py).
    env.update(TERM="xterm-256color", COLUMNS=columns, LINES=columns, PAGER="cat")
    child = pexpect.spawn(str(installed_command), args, env=env, cwd=str(tmp_path), encoding="utf-8", timeout=20,
                          dimensions=(40, 90))
    child.logfile_read = io.StringIO()
    child.expect(pexpect.EOF)
    child.close()
    screen = re.sub(r"\x1b\[[0-9;]*m", "", child.logfile_read.getvalue())
    assert child.exitstatus == 0, screen
    if args[0] == "triage":
        words = " ".join(screen.split())  # however narrow, the words are all there
        assert "LEVEL 3 OF 3" in words and "112" in words and "3114" in words
        assert "occupational health" in words.lower()
    else:
        assert len(screen.strip().splitlines()) > 10, screen



# --- A previous summary is believed only as far as it is consistent ---------------------------


def _summary(run, tmp_path, *args):
    from datetime import timedelta

    event = (date.today() - timedelta(days=30)).isoformat()
    path = tmp_path / "before.json"
    result = run("triage", *args, "--event-date", event, "-o", str(path), "--json")
    assert result.exit_code == 0, result.output
    return path, json.loads(path.read_text(encoding="utf-8"))


CALM = ["--red-flag", "none", "--sign", "none", "--trend", "easing", "--item", "none", "--support-used", "yes", "--json"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_red_flag_summary_edited_to_level_0_does_not_close_the_follow_up(run, tmp_path, lang):
    path, data = _summary(run, tmp_path, "--red-flag", "dark-thoughts")
    data["level"] = 0
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("--lang", lang, "checkin", "--previous", str(path), *CALM)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["level"] >= 1 and out["closes"] is False
    assert out["history"][0]["level"] == 3
    assert [w["code"] for w in out["warnings"]] == ["previous_level_corrected"]
    assert ("level 3" if lang == "en" else "niveau 3") in result.stderr


def test_a_consistent_summary_is_read_as_written(run, tmp_path):
    path, _ = _summary(run, tmp_path, "--red-flag", "dark-thoughts")
    out = json.loads(run("checkin", "--previous", str(path), *CALM).stdout)
    assert out["warnings"] == [] and out["history"][0]["level"] == 3


@pytest.mark.parametrize("forge", ["huge-int", "deep", "year-1", "year-9999", "nan"])
def test_a_forged_summary_is_refused_never_a_crash(run, tmp_path, forge):
    path, data = _summary(run, tmp_path, "--event", "--sign", "none", "--role", "nurse", "--internal", "yes")
    text = json.dumps(data)
    if forge == "huge-int":
        text = text[:-1] + ', "x": ' + "9" * 5000 + "}"
    elif forge == "deep":
        text = text[:-1] + ', "x": ' + "[" * 60 + "]" * 60 + "}"
    elif forge == "year-1":
        text = json.dumps({**data, "event_date": "0001-01-01"})
    elif forge == "year-9999":
        text = json.dumps({**data, "event_date": "9999-12-31", "written": "9999-12-31"})
    elif forge == "nan":
        text = json.dumps({**data, "level": float("nan")})
    path.write_text(text, encoding="utf-8")
    result = run("checkin", "--previous", str(path), *CALM)
    assert result.exit_code == 2, result.output
    assert "previous contact" in result.stderr or "check the computer's date" in result.stderr


# --- Configuration from the user's real home, or none ------------------------------------------


def test_no_home_means_no_configuration_never_a_relative_folder(run, tmp_path, monkeypatch):
    import pwd

    from secondvictim.config import config_dir

    planted = tmp_path / "~" / ".config" / "secondvictim"
    planted.mkdir(parents=True)
    (planted / "resources.yaml").write_text(
        "resources:\n  - id: occupational-medicine\n    phone: '06 66 66 66 66'\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HOME")
    monkeypatch.delenv("XDG_CONFIG_HOME")

    def no_entry(uid):
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    assert config_dir(os.environ) is None
    result = run("triage", "--red-flag", "severe-distress")
    _level3(result)
    assert "06 66 66 66 66" not in result.stdout and "Warning" not in result.stderr
    said = run("validate")
    assert said.exit_code == 0 and "no home folder is known" in " ".join(said.stdout.split())
    assert "aucun dossier personnel" in " ".join(run("--lang", "fr", "validate").stdout.split())


def test_the_configuration_folder_is_always_absolute(monkeypatch, tmp_path):
    import pwd

    from secondvictim.config import config_dir

    assert config_dir({"XDG_CONFIG_HOME": "relative/config", "HOME": str(tmp_path)}) == tmp_path / ".config" / "secondvictim"
    assert config_dir({"XDG_CONFIG_HOME": str(tmp_path / "x")}) == tmp_path / "x" / "secondvictim"

    class Entry:
        pw_dir = str(tmp_path / "from-passwd")

    monkeypatch.setattr(pwd, "getpwuid", lambda uid: Entry)
    assert config_dir({"HOME": "~"}) == tmp_path / "from-passwd" / ".config" / "secondvictim"
    Entry.pw_dir = "relative"
    assert config_dir({}) is None


# --- Interruptions: the one message, and "nothing was saved" only when true ---------------------


def test_an_interruption_after_the_summary_was_written_says_it_was_saved(run, tmp_path, monkeypatch):
    from secondvictim import present

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    real_note = present.note
    monkeypatch.setattr(present, "note", interrupted)  # after the file, before "Wrote ..."
    target = tmp_path / "summary.md"
    result = run("triage", "--red-flag", "severe-distress", "-o", str(target))
    assert result.exit_code == 130
    assert target.exists()
    assert "Nothing was saved" not in result.stderr
    assert f"Interrupted after saving {target}." in " ".join(result.stderr.split())
    fr = run("--lang", "fr", "triage", "--red-flag", "severe-distress", "-o", str(tmp_path / "b.md"))
    assert "Interrompu après avoir enregistré" in fr.stderr and fr.exit_code == 130
    # An interruption before anything is written still says so, however many files earlier runs
    # of this process wrote.
    monkeypatch.setattr(present, "note", real_note)
    monkeypatch.setattr("secondvictim.rules.triage.recommend", interrupted)
    before = run("triage", "--red-flag", "severe-distress", "-o", str(tmp_path / "c.md"))
    assert "Interrupted. Nothing was saved." in before.stderr and not (tmp_path / "c.md").exists()


STARTING = """
import os, signal, sys
sys.argv = ["secondvictim", *sys.argv[1:]]
import secondvictim.__main__ as program
# Ctrl-C while the program starts: after its first line, before the command line is imported.
os.kill(os.getpid(), signal.SIGINT)
program.main()
"""


@pytest.mark.parametrize(("lang", "said"), [("C.UTF-8", "Interrupted. Nothing was saved."),
                                            ("fr_FR.UTF-8", "Interrompu. Rien n'a été enregistré.")])
def test_ctrl_c_while_starting_gives_the_one_interruption_message(tmp_path, lang, said):
    import subprocess
    import sys

    env = {**os.environ, "LANG": lang}
    done = subprocess.run([sys.executable, "-c", STARTING, "triage", "--red-flag", "severe-distress"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert done.returncode == 130, done.stderr
    assert said in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


# --- Linear cost in the renderers (benchmarks/render.py measures it) ----------------------------


def test_phone_links_are_found_by_lookup_not_by_an_alternation_of_every_phone():
    from secondvictim.render.markup import Linker

    phones = [f"01 {n:08d}" for n in range(20000)] + [("114", "sms:114"), ("04 72 11 22 33 ext. 55", "tel:0472112233;ext=55"), "04 72 11 22 33"]
    linked = Linker(phones)
    # Each text is scanned once for numbers; a number that is part of a longer one is not linked.
    text = "Call 01 00000042 or 114, ext: 04 72 11 22 33 ext. 55; not 01 00000042 7 nor 9 114 nor 04 72 11 22 33 <b>"
    assert linked(text) == (
        'Call <a href="tel:0100000042">01 00000042</a> or <a href="sms:114">114</a>, ext: '
        '<a href="tel:0472112233;ext=55">04 72 11 22 33 ext. 55</a>; not 01 00000042 7 nor 9 114 nor '
        '<a href="tel:0472112233">04 72 11 22 33</a> &lt;b&gt;'
    )
    assert Linker([])("a <b>") == "a &lt;b&gt;"


def test_the_contact_list_never_compares_resources(monkeypatch, guide):
    """`r not in ready` compared each resource with each other one (pydantic equality): the
    contacts of a long list are split in one pass."""
    from secondvictim.commands.triage_view import guidance_document
    from secondvictim.guide.models import Resource
    from secondvictim.render.terminal import plain_text
    from secondvictim.rules.triage import Answers, recommend

    rec = recommend(guide, Answers(signs=(guide.warning_signs[0].id,)))

    def refused(self, other):
        raise AssertionError("resources compared")

    monkeypatch.setattr(Resource, "__eq__", refused)
    text = plain_text(guidance_document(guide, rec, "en"), "en")
    assert "0805 23 23 36" in text


# --- The level-3 contacts and texts: one declared list, enforced by the merge ---------------------


def _validate(run, tmp_path, name, text):
    folder = tmp_path / f"protect-{len(list(tmp_path.iterdir()))}"  # a new folder: the guide is loaded once per folder
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder, run("validate", str(folder))


@pytest.mark.parametrize("change", [
    "    kind: peer\n",
    "    enabled: false\n",
    "    audience:\n      en: Physicians only\n",
    "    roles: [physician]\n",
])
@pytest.mark.parametrize("contact", ["occupational-medicine", "psychologist"])
def test_a_level3_contact_cannot_be_hidden_or_made_something_else(run, tmp_path, contact, change):
    folder, result = _validate(run, tmp_path, "resources.yaml", f"resources:\n  - id: {contact}\n{change}")
    assert result.exit_code == 2
    assert f"{folder / 'resources.yaml'}:2: resources[0].id: a contact of level 3 (act now) cannot be hidden" in result.stdout
    # The crisis commands fall back to the packaged guide: the contact is there, as packaged.
    triage = run("--data-dir", str(folder), "triage", "--red-flag", "severe-distress", "--json")
    data = json.loads(triage.stdout)
    assert data["level"] == 3 and contact in [r["id"] for r in data["resources"]]
    assert all(r["kind"] != "peer" for r in data["resources"]) and data["peers"] == []


def test_a_level3_contact_is_filled_in_freely(run, tmp_path):
    text = (
        "resources:\n  - id: occupational-medicine\n    name:\n      en: Occupational health, Hôpital Nord\n"
        "    phone: '04 72 11 22 33'\n    extension: '12'\n    hours:\n      en: 8:00 to 18:00\n"
    )
    _, result = _validate(run, tmp_path, "resources.yaml", text)
    assert result.exit_code == 0, result.output


def test_an_unknown_key_on_a_level3_contact_is_said_as_such(run, tmp_path):
    folder, result = _validate(run, tmp_path, "resources.yaml", "resources:\n  - id: psychologist\n    fone: '1'\n")
    assert f"{folder / 'resources.yaml'}:3: resources[0].fone: unknown key" in result.stdout


def test_the_level3_checkin_summary_cannot_be_replaced(run, tmp_path, guide):
    summaries = [dict(s) for s in guide.checkin_summaries]
    allowed = [*summaries[:3], summaries[3]]
    allowed[1] = {"en": "Our own words for level 1.", "fr": "Nos mots pour le niveau 1."}
    import yaml

    _, ok = _validate(run, tmp_path, "checkin.yaml", yaml.safe_dump({"checkin_summaries": allowed}))
    assert ok.exit_code == 0, ok.output
    weakened = [*allowed[:3], {"en": "Nothing to do.", "fr": "Rien à faire."}]
    folder, result = _validate(run, tmp_path, "checkin.yaml", yaml.safe_dump({"checkin_summaries": weakened}))
    assert result.exit_code == 2
    assert re.search(rf"{re.escape(str(folder / 'checkin.yaml'))}:\d+: checkin_summaries\[3\]: what to do at level 3", result.stdout)
    # The check-in falls back: a red flag still reads "act immediately".
    out = run("--data-dir", str(folder), "checkin", "--event-date", "2026-01-05", "--red-flag", "dark-thoughts",
              "--sign", "none", "--trend", "same", "--item", "none", "--support-used", "no", "--json")
    assert out.exit_code == 0 and "Nothing to do" not in out.stdout


def test_every_packaged_level3_action_is_protected_by_the_rule_not_by_its_id(run, tmp_path, guide):
    """Whatever level-3 actions the packaged guide has (new ones included), none can be changed."""
    level3 = [a.id for a in guide.actions if 3 in a.levels]
    assert level3
    text = "actions:\n" + "".join(f"  - id: {aid}\n    text:\n      en: Nothing.\n" for aid in level3)
    folder, result = _validate(run, tmp_path, "levels.yaml", text)
    assert result.exit_code == 2
    for index in range(len(level3)):
        assert f"{folder / 'levels.yaml'}:{2 + 3 * index}: actions[{index}].id: what to do at level 3" in result.stdout


def test_a_new_kind_of_packaged_contact_is_protected_without_a_change_to_the_list():
    """A 24/7 route added to the packaged data later, of a kind of its own, is a level-3 contact."""
    from secondvictim.guide.merge import Assembly

    assembly = Assembly()
    packaged, institution = Path("data/resources.yaml"), Path("mine/resources.yaml")
    route = {"id": "night-route", "kind": "route", "name": {"en": "Night route"}, "audience": {"en": "All"}}
    assembly.add_file(packaged, {"resources": [route]}, packaged=True)
    assembly.add_file(institution, {"resources": [{"id": "night-route", "phone": "01 23 45 67 89"}]})
    assert assembly.problems == []
    assembly.add_file(institution, {"resources": [{"id": "night-route", "enabled": False}]})
    assert [key for _, key, _ in assembly.problems] == ["p.protected_contact"]


# --- Smaller guarantees ---------------------------------------------------------------------------


def test_markdown_from_institution_data_prints_as_written(run, tmp_path):
    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "resources.yaml").write_text(
        "resources:\n  - id: psychologist\n    how_to_reach:\n"
        "      en: \"~~call~~ us\\n# Heading\\n```\\n- listed\\n1. numbered\\n===\\n    code &amp;\"\n",
        encoding="utf-8",
    )
    card = run("--data-dir", str(folder), "card", "--format", "md")
    assert card.exit_code == 0, card.output
    from markdown_it import MarkdownIt  # Rich's own Markdown parser: CommonMark, with GFM's ~~

    html = MarkdownIt("commonmark").enable(["strikethrough", "table"]).render(card.stdout)
    reach = html[html.index("~~call~~ us") :]
    reach = reach[: reach.index("code &amp;amp;") + len("code &amp;amp;")]
    for markup in ("<del>", "<h1>", "<h2>", "<pre>", "<code>", "<ol", "<ul", "<li>", "<hr"):
        assert markup not in reach, (markup, reach)
    assert "# Heading" in reach and "1. numbered" in reach and "- listed" in reach


@pytest.mark.parametrize("blank", ["\u3164", "\u3164\u3164", "\u2800", "\u0301", "\uffa0 \u115f"])
def test_a_label_of_invisible_letters_is_refused(run, tmp_path, blank):
    folder, result = _validate(run, tmp_path, "signs.yaml",
                               f"warning_signs:\n  - id: our-sign\n    label:\n      en: \"{blank}\"\n      fr: ok\n")
    assert result.exit_code == 2
    assert f"{folder / 'signs.yaml'}:4: warning_signs" in result.stdout


def test_a_full_stderr_does_not_change_the_exit_code(installed_command, tmp_path):
    import subprocess

    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    with open("/dev/full", "w") as full:
        bad = subprocess.run([str(installed_command), "triage", "--red-flag", "nonsense"], stdout=subprocess.PIPE,
                             stderr=full, cwd=tmp_path, timeout=60)
        good = subprocess.run([str(installed_command), "triage", "--red-flag", "severe-distress"],
                              stdout=subprocess.PIPE, stderr=full, cwd=tmp_path, timeout=60)
    assert bad.returncode == 2
    assert good.returncode == 0 and b"LEVEL 3 OF 3" in good.stdout


@pytest.mark.parametrize("args", [["--lang", "fr", "card", "--format", "md"], ["schema", "triage"]])
def test_file_formats_on_stdout_are_utf8_whatever_the_locale(installed_command, tmp_path, args):
    import subprocess

    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LANG": "C"}
    done = subprocess.run([str(installed_command), *args], capture_output=True, cwd=tmp_path, env=env, timeout=60)
    assert done.returncode == 0
    text = done.stdout.decode("utf-8")
    if args[0] == "schema":
        json.loads(text)
    else:
        assert "médecine du travail" in text and "?" not in text.splitlines()[0]


def test_a_checkin_rendering_failure_falls_back_keeping_the_institutions_signs(run, tmp_path, monkeypatch):
    """The check-in's answers and the previous contact's, given against the institution's guide,
    are still named when the packaged guide is shown instead."""
    from datetime import timedelta

    from secondvictim.commands import checkin_view as document

    folder = tmp_path / "institution"
    folder.mkdir()
    (folder / "signs.yaml").write_text(
        "warning_signs:\n  - id: unit-sign\n    label: {en: Our own sign, fr: Notre signe}\n", encoding="utf-8"
    )
    before = tmp_path / "before.json"
    event = (date.today() - timedelta(days=5)).isoformat()
    first = run("--data-dir", str(folder), "triage", "--event", "--sign", "unit-sign", "--role", "nurse",
                "--internal", "yes", "--event-date", event, "-o", str(before))
    assert first.exit_code == 0, first.output
    real = document.checkin_rest

    def fails_once(guide, result, lang):
        if not fails_once.done:
            fails_once.done = True
            _broken_renderer()
        return real(guide, result, lang)

    fails_once.done = False
    monkeypatch.setattr(document, "checkin_rest", fails_once)
    result = run("--data-dir", str(folder), "checkin", "--previous", str(before), "--red-flag", "none",
                 "--sign", "unit-sign", "--trend", "same", "--item", "none", "--support-used", "no")
    assert result.exit_code == 0, result.output
    assert "ZeroDivisionError" in result.stderr and "LEVEL 2" in result.stdout
    assert "Our own sign" in result.stdout


def test_a_pasted_run_of_zero_width_characters_counts_as_no_row():
    """The collapse of an answered question moves up as many rows as the terminal showed: a run
    of zero-width characters counted one column each, and erased the lines above the question
    (the emergency numbers)."""
    from secondvictim.prompts import Asker
    from secondvictim.render.wrapping import display_width

    assert display_width("\u200b" * 500 + "\u200d\ufeff\u0301y") == 1
    assert display_width("中文") == 4
    asker = Asker(columns=80)
    assert asker._rows("> " + "\u200b" * 500 + "1") == 1
    assert asker._rows("> " + "x" * 100) == 2
    wide = Asker(width=100, columns=200)  # the terminal's width, not the 100 columns we lay out
    assert wide._rows("> " + "x" * 150) == 1
