"""A broken environment: each fault ends with a clear message and a documented exit code.

Never a traceback, never exit 70; and whenever the institution's data is the problem, `triage`
still prints a recommendation from the packaged guide.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys

import pytest

from secondvictim.guide.loader import load

pytestmark = pytest.mark.exhaustive


def _clean(result, code):
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stdout + result.stderr
    assert "unexpected error" not in result.stderr


def _shell(installed_command, script, timeout=30, env=None):
    """Run `script` in sh with $SV the installed command; the process must end within `timeout`."""
    return subprocess.run(
        ["sh", "-c", script],
        capture_output=True,
        timeout=timeout,
        env={**os.environ, "SV": str(installed_command), **(env or {})},
        check=False,
    )


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENAMETOOLONG, errno.EIO])
def test_a_data_folder_that_cannot_be_entered(run, tmp_path, monkeypatch, code):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "resources.yaml").write_text("resources: []\n")
    real_listdir, real_scandir = os.listdir, os.scandir

    def refuse(real):
        def inner(path=".", *args, **kwargs):
            if str(path) == str(folder):
                raise OSError(code, os.strerror(code), str(path))
            return real(path, *args, **kwargs)

        return inner

    # As root, chmod 000 does not stop anything: the refusal is simulated where the folder is read.
    monkeypatch.setattr(os, "listdir", refuse(real_listdir))
    monkeypatch.setattr(os, "scandir", refuse(real_scandir))
    checked = run("validate", str(folder))
    _clean(checked, 2)
    assert str(folder) in checked.stdout
    triage = run("--data-dir", str(folder), "triage", "--red-flag", "danger")
    _clean(triage, 0)
    assert "LEVEL 3 OF 3" in triage.stdout and "112" in triage.stdout
    assert "cannot be used" in triage.stderr
    _clean(run("--data-dir", str(folder), "signs"), 2)


def test_files_that_cannot_be_opened_are_located(run, tmp_path, monkeypatch):
    folder = tmp_path / "unreadable"
    folder.mkdir()
    for name in ("resources.yaml", "signs.yaml"):
        (folder / name).write_text("x: 1\n")
    real = os.open

    def refuse(path, flags, *args, **kwargs):
        if str(path).startswith(str(folder) + os.sep):
            raise OSError(errno.EIO, "Input/output error", str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    data = json.loads(run("validate", str(folder), "--json").stdout)
    assert [(p["file"], p["line"], p["code"]) for p in data["problems"]] == [
        (str(folder / "resources.yaml"), 1, "p.cannot_read"),
        (str(folder / "signs.yaml"), 1, "p.cannot_read"),
    ]
    _clean(run("--data-dir", str(folder), "triage", "--event"), 0)


@pytest.mark.parametrize("variable", ["HOME", "XDG_CONFIG_HOME"])
def test_a_configuration_folder_out_of_reach(run, tmp_path, monkeypatch, variable):
    """A HOME left from another user, or a configuration path too long: the packaged guide."""
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv(variable, "/" + "x" * 5000)  # ENAMETOOLONG for real
    for args in (["triage", "--event"], ["signs"], ["validate"]):
        _clean(run(*args), 0)
    locked = tmp_path / "other-user"
    (locked / ".config" / "secondvictim").mkdir(parents=True)
    (locked / "secondvictim").mkdir()
    monkeypatch.setenv(variable, str(locked))
    real_stat = os.stat

    def refuse(path, *args, **kwargs):
        if str(path).startswith(str(locked)):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", refuse)
    load.cache_clear()
    _clean(run("triage", "--red-flag", "danger"), 0)
    _clean(run("validate"), 0)


def test_a_configuration_folder_that_cannot_be_listed(run, tmp_path, monkeypatch):
    config = tmp_path / "config" / "secondvictim"
    config.mkdir(parents=True)
    real = os.listdir

    def refuse(path=".", *args, **kwargs):
        if str(path) == str(config):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "listdir", refuse)
    triage = run("triage", "--red-flag", "dark-thoughts")
    _clean(triage, 0)
    assert "3114" in triage.stdout and "permission denied" in triage.stderr
    _clean(run("resources"), 2)


def test_a_folder_name_in_bytes_that_are_not_utf8(installed_command, tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), b"caf\xe9-\x1b[2J")
    os.mkdir(folder)
    with open(os.path.join(folder, b"resources.yaml"), "wb") as f:
        f.write(b"resources:\n  - id: x\n")
    env = {"SVDIR": os.fsdecode(folder)}
    shown = _shell(installed_command, '"$SV" validate "$SVDIR"', env=env)
    assert shown.returncode == 2
    assert b"caf\\xe9-\\x1b[2J/resources.yaml:2: resources[0].kind" in shown.stdout
    data = _shell(installed_command, '"$SV" validate "$SVDIR" --json', env=env)
    assert data.returncode == 2
    report = json.loads(data.stdout.decode("utf-8"))  # valid UTF-8 whatever the name
    assert os.fsencode(report["problems"][0]["file"]) == os.path.join(folder, b"resources.yaml")
    triage = _shell(installed_command, '"$SV" --data-dir "$SVDIR" triage --red-flag danger', env=env)
    assert triage.returncode == 0 and b"LEVEL 3 OF 3" in triage.stdout
    assert b"\x1b" not in triage.stdout + triage.stderr


def test_closed_standard_input(installed_command):
    answered = _shell(installed_command, '"$SV" triage --event 0<&-')
    assert answered.returncode == 0 and b"LEVEL 1 OF 3" in answered.stdout
    asked = _shell(installed_command, '"$SV" triage 0<&-')
    assert asked.returncode == 2 and b"--event or --no-event is needed" in asked.stderr


@pytest.mark.parametrize(
    "args", ["triage --red-flag danger", "triage --event --json", "card", "signs --json", "validate"]
)
def test_closed_standard_output(installed_command, args):
    done = _shell(installed_command, f'"$SV" {args} >&-')
    assert done.returncode == 3, done.stderr
    assert done.stderr.strip().splitlines()[-1] == b"The output cannot be written (EBADF)."


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", ["triage --red-flag danger", "triage --event --json", "card", "signs --json"])
def test_standard_output_on_a_full_disk(installed_command, args):
    done = _shell(installed_command, f'"$SV" {args} > /dev/full')
    assert done.returncode == 3
    assert done.stderr.strip().splitlines()[-1] == b"The output cannot be written (ENOSPC)."


def test_a_reader_that_goes_away(installed_command):
    done = subprocess.run(
        ["bash", "-c", '"$SV" about | true; exit "${PIPESTATUS[0]}"'],
        capture_output=True,
        timeout=30,
        env={**os.environ, "SV": str(installed_command)},
        check=False,
    )
    assert done.returncode == 141
    assert done.stderr == b""


def test_a_fifo_and_endless_devices_in_the_data_folder(installed_command, tmp_path):
    folder = tmp_path / "devices"
    folder.mkdir()
    os.mkfifo(folder / "resources.yaml")
    (folder / "about.yaml").symlink_to("/dev/zero")
    (folder / "signs.yaml").symlink_to("/dev/urandom")
    env = {"SVDIR": str(folder)}
    checked = _shell(installed_command, '"$SV" validate "$SVDIR"', timeout=20, env=env)
    assert checked.returncode == 2
    for name in ("about.yaml", "resources.yaml", "signs.yaml"):
        assert f"{folder / name}:1: not a regular file".encode() in checked.stdout
    triage = _shell(installed_command, '"$SV" --data-dir "$SVDIR" triage --red-flag danger', timeout=20, env=env)
    assert triage.returncode == 0 and b"LEVEL 3 OF 3" in triage.stdout


# Typed at each question of the interactive triage: Unicode digits ("²" sits next to "1" on a
# French keyboard), other scripts, escape sequences, absurd numbers.
ODD_ANSWERS = ["²", "¹,³", "１", "٣", "𝟙", "⁴", "½", "Ⅻ", "\u202e1", "\x1b[A", "\x00", "9" * 5000, "-1", "0", "1,,2", "ｙ"]


@pytest.fixture
def terminal(keyboard):
    keyboard.at_terminal = True


@pytest.mark.parametrize("answer", ODD_ANSWERS)
def test_odd_answers_at_every_question(run, terminal, answer):
    # The questions in order: red flags, event, warning signs, role, internal resources.
    for position in range(5):
        answers = ["", "y", "", "", ""]
        answers[position] = answer
        result = run("triage", input="\n".join(answers) + "\n" * 12)
        assert result.exit_code in (0, 1), (position, result.exit_code, result.stderr)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "unexpected error" not in result.output
        assert "\x1b" not in result.output and "\u202e" not in result.output
        if result.exit_code == 0:
            assert "LEVEL " in result.stdout


def test_an_answer_in_bytes_that_are_not_utf8_is_asked_again(run, terminal):
    result = run("triage", input=b"\xe9\n")
    assert result.exit_code == 1  # asked again; then the input ended
    assert "Please type numbers" in result.stderr and "unexpected error" not in result.stderr


@pytest.mark.parametrize("force", [False, True])
def test_an_output_name_at_the_file_name_limit(run, tmp_path, monkeypatch, force):
    monkeypatch.chdir(tmp_path)
    longest = "s" * (255 - len(".md")) + ".md"
    args = ["triage", "--event", "-o", longest] + (["--force"] if force else [])
    if force:
        (tmp_path / longest).write_text("old")
    _clean(run(*args), 0)
    assert (tmp_path / longest).read_text().startswith("# ")
    assert sorted(p.name for p in tmp_path.iterdir()) == [longest]
    too_long = "s" * 253 + ".md"
    result = run("triage", "--event", "-o", too_long)
    _clean(result, 3)
    assert "the name is too long" in result.stderr


@pytest.mark.parametrize("day", ["9999-12-31", "9999-12-01", "31/12/9999", "0001-01-01", "2026-02-30"])
def test_an_event_date_near_the_ends_of_the_calendar(run, day, tmp_path):
    for args in (
        ["triage", "--event", "--event-date", day],
        ["triage", "--event", "--event-date", day, "--followup-ics", str(tmp_path / "f.ics")],
        ["followup", "--event-date", day],
    ):
        result = run(*args)
        _clean(result, 2)
        assert result.stdout == ""  # refused before anything is printed
        assert "--event-date" in result.stderr
    assert not (tmp_path / "f.ics").exists()


def test_python_dash_m_in_a_broken_locale(tmp_path):
    env = {**os.environ, "LC_ALL": "fr_FR.ISO-8859-1", "LANG": "fr_FR.ISO-8859-1", "PYTHONIOENCODING": ""}
    done = subprocess.run(
        [sys.executable, "-m", "secondvictim", "signs", "--json"], capture_output=True, env=env, timeout=30, check=False
    )
    assert done.returncode == 0
    json.loads(done.stdout.decode("utf-8"))
