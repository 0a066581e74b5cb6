"""Mutation run over the rule modules: how many small changes to the code the tests notice.

    pip install mutmut            # 3.x; not a test dependency, and never run in CI
    python benchmarks/mutation.py [--modules triage,checkin,merge] [--jobs 1] [--minutes M] [--keep DIR]
                                  [--again] [--only GLOB]

For each module, a scratch copy of the project (src, data, tests, README.md) gets a
`[tool.mutmut]` section that mutates that module alone and selects only its own test files, so
that each mutant runs in seconds; mutmut 3 then runs, for each mutant, the tests that reach the
mutated function. The run is niced. It prints, per module, the mutants killed, survived, timed out
and not covered, the score (killed and timed out over all tested), and each survivor's name;
`mutmut show NAME` in the scratch folder (`--keep DIR`) shows its diff.

The project itself is never touched: no `mutants/` folder, no configuration in pyproject.toml.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTMUT = str(Path(sys.executable).with_name("mutmut"))

# Each rule module and the test files that state its rule (written from the brief, the README and
# the data's headers). Scoped so that a mutant runs its own tests, not the whole suite.
MODULES: dict[str, list[str]] = {
    "triage": ["tests/test_safety_lines.py", "tests/test_triage.py", "tests/test_level3.py"],
    "checkin": ["tests/test_safety_lines.py", "tests/test_checkin.py", "tests/test_pinned.py", "tests/test_level3.py"],
    "merge": ["tests/test_safety_lines.py", "tests/test_merge_pinned.py", "tests/test_merge_rules.py", "tests/test_pinned.py", "tests/test_institution.py", "tests/test_level3.py", "tests/test_loader.py"],
    "team": ["tests/test_team.py"],
    "followup": ["tests/test_followup_pinned.py", "tests/test_contracts.py", "tests/test_pinned.py", "tests/test_checkin_cli.py", "tests/test_takeaway.py"],
    "parsing": ["tests/test_parsing_pinned.py", "tests/test_pinned.py", "tests/test_prompts.py", "tests/test_cli.py", "tests/test_level3.py"],
    "hours": ["tests/test_level3.py", "tests/test_pinned.py"],
}
# Where each module lives in the package.
PLACES = {"merge": "guide/merge", "parsing": "parsing", **{m: f"rules/{m}" for m in ("triage", "checkin", "team", "followup", "hours")}}
COPIED = ("src", "data", "tests", "README.md", "docs", "benchmarks")


def copy_project(folder: Path, names: tuple[str, ...] = COPIED) -> None:
    """A fresh copy of the project's `names` (folders and files) in `folder`."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name in names:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, folder / name)


def scratch(module: str, base: Path, again: bool = False) -> Path:
    """A copy of the project to mutate `module` in; with `again`, the kept one (only its
    configuration written anew)."""
    folder = base / module
    if again and (folder / "mutants").is_dir():
        (folder / "pyproject.toml").write_text(configuration(module), encoding="utf-8")
        return folder
    copy_project(folder)
    (folder / "pyproject.toml").write_text(configuration(module), encoding="utf-8")
    return folder


def configuration(module: str) -> str:
    """The project's pyproject.toml, with mutmut's section for `module`."""
    tests = ", ".join(f'"{t}"' for t in MODULES[module])
    return (ROOT / "pyproject.toml").read_text(encoding="utf-8") + (
        "\n[tool.mutmut]\n"
        'source_paths = ["src"]\n'
        f'only_mutate = ["src/secondvictim/{PLACES[module]}.py"]\n'
        f"pytest_add_cli_args_test_selection = [{tests}]\n"
        'also_copy = ["data", "tests", "README.md", "docs"]\n'
        # No xdist (the project's addopts has `-n auto`): under xdist `-x` exits with 2, not 1, and
        # mutmut would judge a killed mutant by that code.
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q", "-x", "-n", "0"]\n'
        # Each mutant forks from a process that has only collected the tests: forked from one that
        # has run them (mutmut's default), a test reading a cached result (tests/test_checkin.py's
        # `results`) would see the unmutated code's answers, and the mutant would "survive".
        'process_isolation = "forkserver"\n'
    )


def results(folder: Path) -> dict[str, list[str]]:
    """The mutants by status, from `mutmut results --all true`."""
    out = subprocess.run(
        [MUTMUT, "results", "--all", "true"], cwd=folder, capture_output=True, text=True, check=False
    ).stdout
    by_status: dict[str, list[str]] = {}
    for line in out.splitlines():
        match = re.match(r"^\s*(\S+):\s*(.+?)\s*$", line)
        if match:
            by_status.setdefault(match[2], []).append(match[1])
    return by_status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--modules", default=",".join(MODULES), help="comma-separated, from: " + ", ".join(MODULES))
    parser.add_argument("--jobs", type=int, default=1, help="mutants run at once (default 1: a shared machine)")
    parser.add_argument(
        "--only", action="append", default=[], help="mutant names to run (globs, e.g. 'secondvictim.rules.checkin.x_level_of*')"
    )
    parser.add_argument("--minutes", type=float, help="stop each module's run after this long (the rest: not checked)")
    parser.add_argument(
        "--again", action="store_true", help="with --keep: go on in the kept folder (its test stats and results)"
    )
    parser.add_argument("--keep", type=Path, help="the scratch folder, kept (default: a temporary one, removed)")
    args = parser.parse_args()
    if not Path(MUTMUT).exists():
        print("mutmut is not installed beside this Python: pip install mutmut", file=sys.stderr)
        return 2
    base = args.keep or Path(tempfile.mkdtemp(prefix="secondvictim-mutation-"))
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    summary = []
    try:
        for module in args.modules.split(","):
            folder = scratch(module, base, args.again)
            started = time.monotonic()
            run = subprocess.Popen(
                ["nice", "-n", "10", MUTMUT, "run", "--max-children", str(args.jobs), *args.only],
                cwd=folder,
                env=env,
                stdout=subprocess.DEVNULL,
                start_new_session=True,
            )
            try:
                run.wait(timeout=args.minutes * 60 if args.minutes else None)
            except subprocess.TimeoutExpired:
                # Bounded: the mutants not run by then are counted as "not checked".
                os.killpg(run.pid, signal.SIGTERM)
                run.wait()
            by_status = results(folder)
            killed = len(by_status.get("killed", [])) + len(by_status.get("timeout", []))
            survived = by_status.get("survived", [])
            untested = by_status.get("no tests", [])
            # "not checked": not run before --minutes ran out; any other status is said as is.
            other = {s: len(v) for s, v in by_status.items() if s not in ("killed", "timeout", "survived", "no tests")}
            tested = killed + len(survived) + len(untested)
            score = 100 * killed / tested if tested else 0.0
            minutes = (time.monotonic() - started) / 60
            summary.append((module, tested, killed, len(survived), len(untested), score, minutes))
            print(f"{module}: {killed}/{tested} killed ({score:.1f} %), {len(survived)} survived, "
                  f"{len(untested)} not reached by a test, {other or ''} in {minutes:.1f} min", flush=True)  # fmt: skip
            for name in survived + untested:
                print(f"  survived: {name}", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    print("\n| module | mutants | killed | survived | not reached | score |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for module, tested, killed, survived, untested, score, _ in summary:
        print(f"| {module} | {tested} | {killed} | {survived} | {untested} | {score:.1f} % |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
