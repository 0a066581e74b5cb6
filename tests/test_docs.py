"""The README's promises, checked: every command is documented, and every exit code in its table is
produced by a real run that the table describes."""

import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pexpect
import pytest

from secondvictim.errors import EXIT_CODES, ExitCode

ROOT = Path(__file__).resolve().parents[1]


def documented_codes():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("## Exit codes") :].split("\n## ")[0]
    return {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}


def secondvictim(*args, **kwargs):
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "secondvictim", *args], env=env, capture_output=True, text=True,
                          check=False, **kwargs)


def run_ok(tmp_path):
    return secondvictim("triage", "--red-flag", "danger").returncode


def at_the_first_question(act):
    """The exit status of `secondvictim triage` in a terminal, after `act` at its first question."""
    child = pexpect.spawn(sys.executable, ["-m", "secondvictim", "triage"], encoding="utf-8", timeout=15,
                          env={**os.environ, "TERM": "dumb"})
    child.expect_exact("> ")
    act(child)
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def run_input_ended(tmp_path):
    return at_the_first_question(lambda child: child.sendeof())


def run_usage(tmp_path):
    return secondvictim("triage", "--sign", "sadness", "--event").returncode


def run_output_exists(tmp_path):
    target = tmp_path / "summary.md"
    target.write_text("kept\n")
    return secondvictim("triage", "--no-event", "-o", str(target)).returncode


def run_unexpected(tmp_path):
    # A bug, simulated: the rule raises. The real entry point must say so in one line, with the numbers.
    probe = textwrap.dedent(
        """
        import sys
        import secondvictim.rules.triage as rule
        def broken(*args):
            raise RuntimeError("simulated bug")
        rule.recommend = broken
        sys.argv = ["secondvictim", "triage", "--red-flag", "danger"]
        from secondvictim.cli import main
        main()
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert "Traceback" not in result.stderr and "15" in result.stderr and "3114" in result.stderr
    return result.returncode


def run_interrupted(tmp_path):
    return at_the_first_question(lambda child: child.sendintr())


def run_broken_pipe(tmp_path):
    process = subprocess.Popen([sys.executable, "-m", "secondvictim", "card", "--format", "md"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader goes away before anything is written
    stderr = process.stderr.read().decode()
    process.wait(timeout=30)
    assert "Exception ignored" not in stderr and "Traceback" not in stderr
    return process.returncode


def run_terminated(tmp_path, signum=signal.SIGTERM):
    # SIGTERM (or SIGHUP) while the summary file is being written (each write made slow).
    probe = textwrap.dedent(
        f"""
        import os, sys, time
        import secondvictim.files as files
        real = files._write_all
        def slow(fd, data):
            print("writing", flush=True)
            time.sleep(5)
            real(fd, data)
        files._write_all = slow
        sys.argv = ["secondvictim", "triage", "--red-flag", "danger", "-o", {str(tmp_path / "s.md")!r}]
        from secondvictim.cli import main
        main()
        """
    )
    process = subprocess.Popen([sys.executable, "-c", probe], stdout=subprocess.PIPE, text=True)
    for line in process.stdout:
        if line == "writing\n":
            break
    process.send_signal(signum)
    process.wait(timeout=20)
    assert not (tmp_path / "s.md").exists()
    assert [p.name for p in tmp_path.iterdir()] == []
    return process.returncode


RUNS = {
    0: run_ok,
    1: run_input_ended,
    2: run_usage,
    3: run_output_exists,
    70: run_unexpected,
    129: lambda tmp_path: run_terminated(tmp_path, signal.SIGHUP),
    130: run_interrupted,
    141: run_broken_pipe,
    143: run_terminated,
}


def test_the_table_documents_every_code_and_only_those():
    assert documented_codes() == set(RUNS) == {int(code) for code in ExitCode}


def test_the_table_says_what_exit_codes_says():
    """The README's table and errors.EXIT_CODES: the same codes, each with the same meaning."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("## Exit codes") :].split("\n## ")[0]
    rows = dict(re.findall(r"^\| (\d+) \| (.*) \|$", table, re.M))
    assert {int(code): meaning.replace("\\|", "|") for code, meaning in rows.items()} == EXIT_CODES
    # The signals the program says as such: hang-up, Ctrl-C, a closed pipe, SIGTERM.
    assert {128 + signal.SIGHUP, 128 + signal.SIGINT, 128 + signal.SIGPIPE, 128 + signal.SIGTERM} <= set(EXIT_CODES)


@pytest.mark.exhaustive
@pytest.mark.parametrize("code", sorted(RUNS))
def test_each_documented_code_is_what_a_real_run_gives(tmp_path, code):
    assert RUNS[code](tmp_path) == code
