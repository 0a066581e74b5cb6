"""The golden corpus: what the command line prints, writes and exits with, for every command.

Made before a move of the code (issue 21) and kept as a test (`tests/test_golden.py`): the move is
done when every byte is the same. The cases run in-process as the tests' `run` fixture runs them
(stdin not a terminal, so no question is asked), in one worker process per moment whose clock is
frozen by libfaketime (so that no patch point of the code is needed, before or after a move), with
a fixed time zone and locale, no configuration, `NO_COLOR` and 80 columns. Only what differs by design between
two runs is normalised: the temporary folder (always the same length, so that wrapping is kept)
and the random plan ids (replaced by a placeholder of the same length, in order of appearance),
and the packaged data's folder (where the tree is checked out, named by validate --json).

Regenerate (only from a tree whose behaviour is the reference, never to make a move pass), e.g.
from main's tip in a separate checkout:
    git worktree add /tmp/golden-main main && cp -r tests/golden /tmp/golden-main/tests/
    cd /tmp/golden-main && python -m tests.golden.make && cp tests/golden/corpus.json BACK
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).with_name("corpus.json")
FAKETIME_LIBS = (
    "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
    "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
    "/usr/lib/faketime/libfaketime.so.1",
)
# A Wednesday morning; the level-3 cases also run on a Saturday night (who can be reached now).
NOW = "2026-03-04 10:30:00"
NIGHT = "2026-03-07 03:00:00"
LATER = "2026-03-09 09:15:00"

INSTITUTION = """\
resources:
  - id: psychologist
    name:
      en: Staff psychology unit, Hôpital Nord
    phone: "04 72 11 22 33"
    extension: "5510"
    hours:
      en: Monday to Friday, 8:30 to 18:00
  - id: house-of-psychology
    enabled: false
  - id: regional-helpline
    kind: external
    name:
      en: Rhône regional support line
    phone: "04 72 00 00 01"
    audience:
      en: Every health professional of the region
"""

BROKEN = """\
resources:
  - id: psychologist
    phone: 0472112233
    colour: blue
  - id: psychologist
    name:
      en: Twice
"""

RED_FLAGS = ("severe-distress", "major-disorganisation", "dark-thoughts", "danger")
COMMANDS = (
    "triage", "checkin", "team", "script", "resources", "signs", "avoid", "about",
    "card", "page", "followup", "validate", "init", "schema", "practice", "handout", "protocol",
)  # fmt: skip


def case(name: str, *args: str, when: str = NOW, env: dict[str, str] | None = None) -> dict[str, Any]:
    return {"name": name, "args": list(args), "when": when, "env": env or {}}


def _reference(lang: str) -> list[dict[str, Any]]:
    out = [case(f"{lang}-{c}", "--lang", lang, c) for c in ("script", "signs", "avoid", "about")]
    out += [case(f"{lang}-{c}-json", "--lang", lang, c, "--json") for c in ("script", "signs", "avoid", "about")]
    out += [
        case(f"{lang}-about-sources", "--lang", lang, "about", "--sources"),
        case(f"{lang}-about-sources-json", "--lang", lang, "about", "--sources", "--json"),
        case(f"{lang}-resources", "--lang", lang, "resources"),
        case(f"{lang}-resources-internal", "--lang", lang, "resources", "--internal", "--role", "nurse"),
        case(f"{lang}-resources-external-json", "--lang", lang, "resources", "--external", "--json"),
        case(f"{lang}-card", "--lang", lang, "card"),
        case(f"{lang}-card-txt", "--lang", lang, "card", "--format", "txt"),
        case(f"{lang}-card-html", "--lang", lang, "card", "-o", f"{lang}-card.html"),
        case(f"{lang}-card-md-file", "--lang", lang, "card", "--format", "md", "-o", f"{lang}-card.txt"),
        case(f"{lang}-card-json", "--lang", lang, "card", "--json"),
        case(f"{lang}-card-pocket", "--lang", lang, "card", "--size", "pocket"),
        case(f"{lang}-card-pocket-html", "--lang", lang, "card", "--size", "pocket", "-o", f"{lang}-pocket.html"),
        case(f"{lang}-card-pocket-json", "--lang", lang, "card", "--size", "pocket", "--json"),
        case(f"{lang}-page", "--lang", lang, "page", "-o", f"{lang}-page.html"),
        case(f"{lang}-handout", "--lang", lang, "handout"),
        case(f"{lang}-handout-tu-md", "--lang", lang, "handout", "--address", "tu", "--format", "md"),
        case(f"{lang}-handout-html", "--lang", lang, "handout", "-o", f"{lang}-handout.html"),
        case(f"{lang}-handout-json", "--lang", lang, "handout", "--json"),
        case(f"{lang}-handout-bad-address", "--lang", lang, "handout", "--address", "il"),
        case(f"{lang}-protocol", "--lang", lang, "protocol", "--format", "md"),
        case(f"{lang}-protocol-html", "--lang", lang, "protocol", "-o", f"{lang}-protocol.html"),
        case(f"{lang}-protocol-json", "--lang", lang, "protocol", "--json"),
        case(f"{lang}-schema-list", "--lang", lang, "schema"),
        case(f"{lang}-practice-list", "--lang", lang, "practice"),
        case(f"{lang}-practice-json", "--lang", lang, "practice", "dark-thoughts", "--reply", "1", "--reply", "2", "--json"),
        case(f"{lang}-practice-replies", "--lang", lang, "practice", "tears-after-error", "--reply", "2", "--reply", "1"),
    ]
    return out


def _triage(lang: str) -> list[dict[str, Any]]:
    base = ("--lang", lang, "triage")
    out = [case(f"{lang}-triage-{flag}", *base, "--red-flag", flag) for flag in RED_FLAGS]
    out += [
        case(f"{lang}-triage-night", *base, "--red-flag", "dark-thoughts", when=NIGHT),
        case(f"{lang}-triage-all-flags-json", *base, *(a for f in RED_FLAGS for a in ("--red-flag", f)), "--json"),
        case(f"{lang}-triage-no-event", *base, "--red-flag", "none", "--no-event"),
        case(f"{lang}-triage-no-event-json", *base, "--no-event", "--json"),
        case(f"{lang}-triage-level1", *base, "--red-flag", "none", "--event", "--sign", "none", "--situation", "none",
             "--role", "nurse", "--internal", "yes"),
        case(f"{lang}-triage-level2", *base, "--red-flag", "none", "--event", "--sign", "guilt", "--sign", "anxiety",
             "--situation", "paediatric-event", "--role", "physician", "--internal", "no", "--event-date", "2026-03-02",
             "--workdays", "--full"),
        case(f"{lang}-triage-level2-json", *base, "--event", "--sign", "withdrawal", "--role", "physician",
             "--internal", "unknown", "--event-date", "2026-03-03", "--json"),
        case(f"{lang}-triage-md", *base, "--red-flag", "none", "--event", "--sign", "guilt", "-o", f"{lang}-summary.md"),
        case(f"{lang}-triage-html", *base, "--red-flag", "dark-thoughts", "-o", f"{lang}-summary.html", "--followup-ics",
             f"{lang}-plan.ics", "--alarm-time", "08:45"),
        case(f"{lang}-triage-json-file", *base, "--event", "--sign", "guilt", "-o", f"{lang}-summary.json", "--format", "json",
             "--event-date", "2026-03-01"),
        case(f"{lang}-triage-txt-refused", *base, "--event", "-o", f"{lang}-summary.txt"),
        case(f"{lang}-triage-stdout-summary", *base, "--event", "--sign", "guilt", "-o", "-", "--format", "md"),
        case(f"{lang}-triage-past-ics", *base, "--event", "--sign", "guilt", "--event-date", "2026-01-10",
             "--followup-ics", f"{lang}-old.ics"),
        case(f"{lang}-triage-bad-flag", *base, "--red-flag", "sadness"),
        case(f"{lang}-triage-bad-flag-json", *base, "--red-flag", "sadnes", "--json"),
        case(f"{lang}-triage-future", *base, "--event", "--event-date", "2027-01-01"),
        case(f"{lang}-triage-bad-time", *base, "--event", "--alarm-time", "25:00"),
    ]
    return out


def _plans(lang: str) -> list[dict[str, Any]]:
    out = [
        case(f"{lang}-followup", "--lang", lang, "followup", "--event-date", "2026-03-02"),
        case(f"{lang}-followup-ics", "--lang", lang, "followup", "--event-date", "2026-03-02", "--workdays",
             "--ics", f"{lang}-followup.ics", "--alarm-time", "07:30"),
        case(f"{lang}-followup-json", "--lang", lang, "followup", "--event-date", "2026-02-20", "--json"),
        case(f"{lang}-team", "--lang", lang, "team", "--event-date", "2026-03-03", "--no-death", "--situation", "none"),
        case(f"{lang}-team-death-ics", "--lang", lang, "team", "--event-date", "2026-03-03", "--death",
             "--situation", "staff-death", "--ics", f"{lang}-team.ics", "-o", f"{lang}-team.md"),
        case(f"{lang}-team-json", "--lang", lang, "team", "--event-date", "2026-03-04", "--death", "--situation",
             "none", "--json"),
        case(f"{lang}-checkin-flag", "--lang", lang, "checkin", "--event-date", "2026-03-01", "--red-flag", "danger"),
        case(f"{lang}-checkin-full", "--lang", lang, "checkin", "--event-date", "2026-03-01", "--red-flag", "none",
             "--sign", "guilt", "--trend", "worse", "--item", "sleep", "--item", "leaving", "--support-used", "no",
             "--step", "review-meeting=2026-03-14", "--step", "complaint-letter"),
        case(f"{lang}-checkin-json", "--lang", lang, "checkin", "--event-date", "2026-03-01", "--red-flag", "none",
             "--sign", "none", "--trend", "easing", "--item", "none", "--support-used", "yes", "--json",
             "--followup-ics", f"{lang}-checkin.ics"),
        case(f"{lang}-checkin-when", "--lang", lang, "checkin", "--red-flag", "none"),
    ]
    return out


def _thread(lang: str) -> list[dict[str, Any]]:
    """A triage kept as a summary, then check-ins and follow-ups that read it (--previous)."""
    return [
        case(f"{lang}-thread-1-triage", "--lang", lang, "triage", "--red-flag", "none", "--event", "--sign", "guilt",
             "--event-date", "2026-03-03", "-o", f"{lang}-first.json"),
        case(f"{lang}-thread-2-checkin", "--lang", lang, "checkin", "--previous", f"{lang}-first.json", "--red-flag",
             "none", "--sign", "guilt", "--trend", "same", "--item", "sleep", "--support-used", "unknown",
             "-o", f"{lang}-second.json", "--followup-ics", f"{lang}-second.ics", when=LATER),
        case(f"{lang}-thread-3-checkin", "--lang", lang, "checkin", "--previous", f"{lang}-second.json",
             "--red-flag", "dark-thoughts", "--json", when=LATER),
        case(f"{lang}-thread-4-followup", "--lang", lang, "followup", "--previous", f"{lang}-first.json", "--ics",
             f"{lang}-again.ics", "--force", when=LATER),
        case(f"{lang}-thread-5-other-event", "--lang", lang, "checkin", "--previous", f"{lang}-first.json",
             "--event-date", "2026-02-01", when=LATER),
        case(f"{lang}-thread-6-team-previous", "--lang", lang, "team", "--event-date", "2026-03-03", "--death",
             "--situation", "none", "-o", f"{lang}-team.json"),
        case(f"{lang}-thread-7-team-again", "--lang", lang, "team", "--previous", f"{lang}-team.json", "--json",
             when=LATER),
        case(f"{lang}-thread-8-not-ours", "--lang", lang, "checkin", "--previous", "institution/resources.yaml"),
    ]


def _institution(lang: str) -> list[dict[str, Any]]:
    data = ("--lang", lang, "--data-dir", "institution")
    broken = ("--lang", lang, "--data-dir", "broken")
    return [
        case(f"{lang}-inst-resources", *data, "resources"),
        case(f"{lang}-inst-resources-json", *data, "resources", "--json"),
        case(f"{lang}-inst-triage", *data, "triage", "--red-flag", "danger", "--json"),
        case(f"{lang}-inst-triage-text", *data, "triage", "--red-flag", "none", "--event", "--sign", "guilt"),
        case(f"{lang}-inst-card", *data, "card", "--format", "md"),
        case(f"{lang}-inst-card-pocket", *data, "card", "--size", "pocket", "--format", "md"),
        case(f"{lang}-inst-validate", *data, "validate"),
        case(f"{lang}-inst-validate-json", *data, "validate", "--json"),
        case(f"{lang}-inst-page", *data, "page", "-o", f"{lang}-inst-page.html"),
        case(f"{lang}-inst-handout", *data, "handout", "--address", "tu", "--format", "md"),
        case(f"{lang}-inst-protocol", *data, "protocol", "-o", f"{lang}-inst-protocol.html"),
        case(f"{lang}-inst-protocol-json", *data, "protocol", "--json"),
        case(f"{lang}-inst-about-sources", *data, "about", "--sources"),
        case(f"{lang}-broken-validate", "--lang", lang, "validate", "broken"),
        case(f"{lang}-broken-validate-json", "--lang", lang, "validate", "broken", "--json"),
        case(f"{lang}-broken-triage-fallback", *broken, "triage", "--red-flag", "dark-thoughts"),
        case(f"{lang}-broken-triage-strict", *broken, "triage", "--red-flag", "dark-thoughts", "--strict", "--json"),
        case(f"{lang}-broken-script", *broken, "script"),
        case(f"{lang}-validate-packaged", "--lang", lang, "validate"),
        case(f"{lang}-env-data-dir", "--lang", lang, "resources", "--internal", env={"SECONDVICTIM_DATA_DIR": "institution"}),
    ]


def _errors_and_help(lang: str) -> list[dict[str, Any]]:
    out = [case(f"{lang}-help-{c}", "--lang", lang, c, "--help") for c in COMMANDS]
    out += [
        case(f"{lang}-help", "--lang", lang, "--help"),
        case(f"{lang}-no-args", "--lang", lang),
        case(f"{lang}-unknown-command", "--lang", lang, "triag"),
        case(f"{lang}-unknown-option", "--lang", lang, "script", "--jsn"),
        case(f"{lang}-missing-value", "--lang", lang, "triage", "--role"),
        case(f"{lang}-extra-arg", "--lang", lang, "script", "extra"),
        case(f"{lang}-page-no-output", "--lang", lang, "page"),
        case(f"{lang}-card-exists", "--lang", lang, "card", "--format", "md", "-o", "institution/resources.yaml"),
        case(f"{lang}-schema-triage", "--lang", lang, "schema", "triage"),
        case(f"{lang}-schema-near", "--lang", lang, "schema", "triag"),
        case(f"{lang}-schema-unknown", "--lang", lang, "schema", "nothing"),
        case(f"{lang}-init", "--lang", lang, "init", f"{lang}-starter"),
        case(f"{lang}-init-again", "--lang", lang, "init", f"{lang}-starter"),
        case(f"{lang}-init-no-dir", "--lang", lang, "init"),
        case(f"{lang}-practice-unknown", "--lang", lang, "practice", "nothing"),
        case(f"{lang}-lang-after", "script", "--lang", lang, "--plain"),
    ]
    return out


def cases() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for lang in ("en", "fr"):
        for part in (_reference, _triage, _plans, _thread, _institution, _errors_and_help):
            out += part(lang)
    out += [
        case("version", "--version"),
        case("bad-lang", "--lang", "de", "script"),
        case("env-lang", "script", env={"SECONDVICTIM_LANG": "fr"}),
        case("env-lang-unknown", "signs", env={"SECONDVICTIM_LANG": "klingon"}),
        case("locale-fr", "avoid", env={"LANG": "fr_FR.UTF-8"}),
    ]
    return out


def faketime_lib() -> str:
    for path in FAKETIME_LIBS:
        if os.path.exists(path):
            return path
    raise RuntimeError("libfaketime is needed for the golden corpus (apt-get install faketime)")


def prepare(root: Path) -> None:
    """The folders every case may name: an institution's data, and a broken one."""
    (root / "institution").mkdir()
    (root / "institution" / "resources.yaml").write_text(INSTITUTION, encoding="utf-8")
    (root / "broken").mkdir()
    (root / "broken" / "resources.yaml").write_text(BROKEN, encoding="utf-8")
    (root / "home").mkdir()


def snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            found[str(path.relative_to(root))] = (path.stat().st_mode & 0o777, path.read_bytes())
    return found


class Normaliser:
    """The temporary folder and the random plan ids, replaced by the same placeholders each run."""

    PLAN = re.compile(rb"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")
    # A plan's short code (issue 24), where it is written: after "plan", in JSON, in a file name.
    CODE = re.compile(
        rb"((?:Plan code: |[Pp]lan |plan_code\": \"|Code du plan(?: |\xc2\xa0): |\d{4}-\d{2}-\d{2}-))([2-9A-HJ-NP-Z]{4})(?![0-9A-Za-z])"
    )

    def __init__(self, root: Path, packaged: str) -> None:
        self.root = str(root).encode()
        # The packaged data's folder: where the tree is checked out (the same corpus from any).
        self.packaged = packaged.encode()
        self.plans: dict[bytes, bytes] = {}
        self.codes: dict[bytes, bytes] = {}

    def _plan(self, match: re.Match[bytes]) -> bytes:
        found = match.group(0)
        if found not in self.plans:
            self.plans[found] = b"plan%028d" % len(self.plans)
        return self.plans[found]

    def _code(self, match: re.Match[bytes]) -> bytes:
        found = match.group(2)
        if found not in self.codes:
            self.codes[found] = b"Z%03d" % len(self.codes)
        return match.group(1) + self.codes[found]

    def __call__(self, data: bytes) -> str:
        data = data.replace(self.root, b"/TMP/golden-xxxxxxxx"[: len(self.root)].ljust(len(self.root), b"x"))
        data = data.replace(self.packaged, b"/PACKAGED/data")
        data = self.CODE.sub(self._code, data)
        return self.PLAN.sub(self._plan, data).decode("utf-8", errors="backslashreplace")


BASE_ENV = {
    "LANG": "C.UTF-8",
    "TZ": "UTC",
    "NO_COLOR": "1",
    "COLUMNS": "80",
    "LINES": "24",
}


def worker_environment(root: Path, when: str) -> dict[str, str]:
    """The worker's environment: frozen at `when`, no configuration, no colour, 80 columns."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(root / "home"),
        "XDG_CONFIG_HOME": str(root / "config"),
        "PYTHONHASHSEED": "0",
        # The tree this file is in: its own code (src) and its tests, installed or not.
        "PYTHONPATH": f"{Path(__file__).parents[2] / 'src'}:{Path(__file__).parents[2]}",
        "LD_PRELOAD": faketime_lib(),
        "FAKETIME": when,
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        **BASE_ENV,
    }


def work(root: Path, specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """In the worker: run each case in this process (the guide loaded once), as the tests' `run`
    fixture does; the raw bytes and the files each case changed."""
    from secondvictim.guide.loader import packaged_data_dir
    from tests.invoke import invoke

    os.chdir(root)
    before = snapshot(root)
    out = []
    for spec in specs:
        env = {k: (str(root / v) if k == "SECONDVICTIM_DATA_DIR" else v) for k, v in spec["env"].items()}
        result = invoke(spec["args"], env=env)
        after = snapshot(root)
        changed = {name: [mode, content.hex()] for name, (mode, content) in after.items() if before.get(name) != (mode, content)}
        before = after
        out.append({
            "exit": result.exit_code,
            "stdout": result.stdout_bytes.hex(),
            "stderr": (result.stderr_bytes or b"").hex(),
            "files": changed,
            "exception": None if isinstance(result.exception, SystemExit | None) else repr(result.exception),
            "packaged": str(packaged_data_dir()),
        })
    return out


def run_moment(root: Path, when: str, specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One worker process, its clock frozen at `when` (libfaketime), for the cases of that moment."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.golden.make", "--worker", str(root)],
        input=json.dumps(specs).encode(),
        env=worker_environment(root, when),
        capture_output=True,
        timeout=900,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace"))
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


def record(specs: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Every case, by moment in the order NOW, NIGHT, LATER (a later case may read a file an
    earlier one wrote: a check-in reads the triage's summary); kept in the corpus's order."""
    specs = cases() if specs is None else specs
    root = Path(tempfile.mkdtemp(prefix="golden-", dir="/tmp"))
    try:
        prepare(root)
        raw: dict[str, dict[str, Any]] = {}
        for when in (NOW, NIGHT, LATER):
            chosen = [s for s in specs if s["when"] == when]
            raw.update({s["name"]: r for s, r in zip(chosen, run_moment(root, when, chosen), strict=True)})
        normal = Normaliser(root, next(iter(raw.values()))["packaged"])
        results: dict[str, Any] = {}
        for spec in specs:
            got = raw[spec["name"]]
            results[spec["name"]] = {
                "args": spec["args"],
                "when": spec["when"],
                "env": spec["env"],
                "exit": got["exit"],
                "exception": got["exception"],
                "stdout": normal(bytes.fromhex(got["stdout"])),
                "stderr": normal(bytes.fromhex(got["stderr"])),
                "files": {
                    name: {"mode": oct(mode), "content": normal(bytes.fromhex(content))}
                    for name, (mode, content) in got["files"].items()
                },
            }
        return results
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    corpus = record()
    CORPUS.write_text(json.dumps(corpus, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(corpus)} cases written to {CORPUS}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        sys.stdout.write(json.dumps(work(Path(sys.argv[2]), json.load(sys.stdin))))
    else:
        main()
