"""Hand mutations of the safety lines: does the suite notice when one of them is broken?

    python benchmarks/hand_mutations.py [--only NAME] [--list] [--keep DIR]

Each mutation below breaks one documented safety behaviour (the level-3 protection of the merge,
a red flag giving level 3 in the triage and the check-in, the follow-up from level 1 up, the
one-month contact from day 21, the assessment rules, the reminders around process steps, the
page's rule and call list). One at a time, it is applied to a scratch copy of the project (src,
data, tests, README.md, docs), the tests that state that behaviour run there (`-n 0 -x`, niced),
and the mutation is said killed (a test failed), survived (every test passed) or broken (the
tests could not run). The project itself is never touched.

Unlike mutmut's operators, each mutation is chosen for what it would cost a user; its tests are
named, so that a survivor says which test file should have caught it. The page's mutations run
the exhaustive tier too (the page is compared with Python only there, with node).
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from mutation import copy_project  # benchmarks/, the script's folder

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("src", "data", "tests", "README.md", "docs", "pyproject.toml")
PKG = "src/secondvictim/"

MERGE_TESTS = ("tests/test_safety_lines.py", "tests/test_merge_pinned.py", "tests/test_merge_rules.py", "tests/test_pinned.py", "tests/test_institution.py", "tests/test_level3.py", "tests/test_loader.py")
TRIAGE_TESTS = ("tests/test_safety_lines.py", "tests/test_triage.py", "tests/test_level3.py", "tests/test_pinned.py")
CHECKIN_TESTS = ("tests/test_safety_lines.py", "tests/test_checkin.py", "tests/test_pinned.py", "tests/test_level3.py")
FOLLOWUP_TESTS = ("tests/test_safety_lines.py", "tests/test_pinned.py", "tests/test_checkin_cli.py", "tests/test_takeaway.py")
PAGE_TESTS = ("tests/test_page_rule.py", "tests/test_page_calls.py", "tests/test_page.py")


class Mutation(NamedTuple):
    name: str
    what: str  # the behaviour it breaks, as a user would see it
    path: str
    old: str  # must occur exactly once in the file
    new: str
    tests: tuple[str, ...]
    exhaustive: bool = False  # run the exhaustive tier too


MUTATIONS = [
    # --- merge: what an institution may not change (README, "What an institution may not change")
    Mutation("merge-levels-3", "the level-3 entry of levels.yaml reworded by an institution", PKG + "guide/merge.py",
             'lambda item: item.get("level") == 3', 'lambda item: item.get("level") == 4', MERGE_TESTS),
    Mutation("merge-actions-3", "an action of level 3 changed or hidden by an institution", PKG + "guide/merge.py",
             'lambda item: 3 in (item.get("levels") or ())', 'lambda item: 4 in (item.get("levels") or ())',
             MERGE_TESTS),
    Mutation("merge-red-flags", "a red flag changed or hidden by an institution", PKG + "guide/merge.py",
             'Protection(("red_flags",), lambda item: True,', 'Protection(("red_flags",), lambda item: False,',
             MERGE_TESTS),
    Mutation("merge-emergency", "a national emergency number changed by an institution", PKG + "guide/merge.py",
             'item.get("kind") == "emergency"', 'item.get("kind") == "emergencies"', MERGE_TESTS),
    Mutation("merge-contact-kind", "a packaged contact of a kind of its own (a 24/7 route) hidden",
             PKG + "guide/merge.py", 'return item.get("id") in LEVEL3_CONTACTS or item.get("kind")',
             'return item.get("id") in LEVEL3_CONTACTS and item.get("kind")', MERGE_TESTS),
    Mutation("merge-hiding", "a level-3 item hidden with enabled: false", PKG + "guide/merge.py",
             "if not enabled or any(name in rule.fixed for name in changed):",
             "if any(name in rule.fixed for name in changed):", MERGE_TESTS),
    Mutation("merge-fields", "a level-3 contact's kind, audience or roles changed", PKG + "guide/merge.py",
             "if not enabled or any(name in rule.fixed for name in changed):", "if not enabled:", MERGE_TESTS),
    Mutation("merge-own-items", "an institution's own items protected as if packaged", PKG + "guide/merge.py",
             "    if not entry.packaged:\n        return None", "    if False:\n        return None", MERGE_TESTS),
    Mutation("merge-checkin-summary-3", "the check-in's level-3 summary reworded", PKG + "guide/merge.py",
             '("checkin_summaries", 3): "p.protected_level3",', '("checkin_summaries", 2): "p.protected_level3",',
             MERGE_TESTS),
    Mutation("merge-safety-words", "the first words at a red flag reworded", PKG + "guide/merge.py",
             '    ("safety_words",): "p.protected_level3",\n', "", MERGE_TESTS),
    Mutation("merge-after-red-flag", "what every contact after a red flag does first reworded", PKG + "guide/merge.py",
             '    ("after_red_flag",): "p.protected_level3",\n', "", MERGE_TESTS),
    Mutation("merge-texts-compare", "a protected text replaced, the change unseen", PKG + "guide/merge.py",
             "is not _ABSENT and _at(value, loc[1:]) != before", "is not _ABSENT and _at(value, loc[1:]) == before",
             MERGE_TESTS),
    Mutation("merge-texts-kept", "a refused text still written into the guide", PKG + "guide/merge.py",
             "            else:\n                continue\n",
             "            else:\n                parts = [((key,), value)]\n",
             MERGE_TESTS),
    # --- triage: a red flag is level 3; follow-up from level 1 up (data/levels.yaml's header)
    Mutation("triage-red-flag-level", "a red flag gives level 2", PKG + "rules/triage.py",
             "return 3, answers.red_flags", "return 2, answers.red_flags", TRIAGE_TESTS),
    Mutation("triage-one-red-flag", "one red flag alone is not level 3", PKG + "rules/triage.py",
             "    if answers.red_flags:\n        return 3",
             "    if answers.red_flags and len(answers.red_flags) > 1:\n        return 3", TRIAGE_TESTS),
    Mutation("triage-signs-level", "a warning sign gives level 1", PKG + "rules/triage.py",
             "return 2, answers.signs", "return 1, answers.signs", TRIAGE_TESTS),
    Mutation("triage-followup-level-1", "no follow-up steps at level 1", PKG + "rules/triage.py",
             "for f in guide.followup) if level > 0 else ()", "for f in guide.followup) if level > 1 else ()",
             TRIAGE_TESTS),
    Mutation("triage-first-words", "level 1 gets the words for level 0", PKG + "rules/triage.py",
             "return guide.key_message if level > 0 else", "return guide.key_message if level > 1 else",
             TRIAGE_TESTS),
    # --- check-in (the header of data/checkin.yaml)
    Mutation("checkin-red-flag-level", "a red flag at a check-in gives level 2", PKG + "rules/checkin.py",
             'level, reasons = 3, [Reason(kind="red-flag"', 'level, reasons = 2, [Reason(kind="red-flag"',
             CHECKIN_TESTS),
    Mutation("checkin-one-red-flag", "one red flag alone at a check-in is not level 3", PKG + "rules/checkin.py",
             "    if answers.red_flags:\n        level, reasons = 3",
             "    if answers.red_flags and len(answers.red_flags) > 1:\n        level, reasons = 3", CHECKIN_TESTS),
    Mutation("checkin-one-month-22", "one month from day 22", PKG + "rules/checkin.py",
             "ONE_MONTH = 21", "ONE_MONTH = 22", CHECKIN_TESTS),
    Mutation("checkin-one-month-20", "one month from day 20", PKG + "rules/checkin.py",
             "ONE_MONTH = 21", "ONE_MONTH = 20", CHECKIN_TESTS),
    Mutation("checkin-assessment-day", "no assessment on day 21 itself", PKG + "rules/checkin.py",
             "return day >= ONE_MONTH and bool(persisting)", "return day > ONE_MONTH and bool(persisting)",
             CHECKIN_TESTS),
    Mutation("checkin-assessment-red-flag", "a red flag at one month calls for no assessment", PKG + "rules/checkin.py",
             "answers.red_flags or answers.signs or answers.items or answers.trend in",
             "answers.signs or answers.items or answers.trend in", CHECKIN_TESTS),
    Mutation("checkin-assessment-sign", "a warning sign at one month calls for no assessment", PKG + "rules/checkin.py",
             "answers.red_flags or answers.signs or answers.items or answers.trend in",
             "answers.red_flags or answers.items or answers.trend in", CHECKIN_TESTS),
    Mutation("checkin-assessment-item", "a re-check item at one month calls for no assessment", PKG + "rules/checkin.py",
             "answers.red_flags or answers.signs or answers.items or answers.trend in",
             "answers.red_flags or answers.signs or answers.trend in", CHECKIN_TESTS),
    Mutation("checkin-assessment-same", "the same at one month calls for no assessment", PKG + "rules/checkin.py",
             "answers.trend in (Trend.same, Trend.worse)", "answers.trend in (Trend.worse,)", CHECKIN_TESTS),
    Mutation("checkin-closing-steps", "the follow-up closes with a process step still to come", PKG + "rules/checkin.py",
             "elif one_month and answers.trend is Trend.easing and not steps:",
             "elif one_month and answers.trend is Trend.easing:", CHECKIN_TESTS),
    Mutation("checkin-worse-previous", "a worse trend gives less than the previous level", PKG + "rules/checkin.py",
             "if answers.trend is Trend.worse and previous_level is not None",
             "if answers.trend is Trend.same and previous_level is not None", CHECKIN_TESTS),
    Mutation("checkin-after-level-3", "after a level-3 contact, level 1 before the support is in place",
             PKG + "rules/checkin.py", "            level = max(level, 2)", "            level = max(level, 1)",
             CHECKIN_TESTS),
    Mutation("checkin-watching", "support confirmed by a 'no'", PKG + "rules/checkin.py",
             "c.answers.support_used is SupportUsed.yes for c in", "c.answers.support_used is not None for c in",
             CHECKIN_TESTS),
    Mutation("checkin-not-asked", "red flags not asked let the follow-up close", PKG + "rules/checkin.py",
             "previous_level == 3 or answers.red_flags is None):", "previous_level == 3):", CHECKIN_TESTS),
    # --- follow-up: the reminders around process steps
    Mutation("followup-step-break", "one unplaceable step drops every later step's reminders",
             PKG + "rules/followup.py",
             "or contact.step not in steps:\n            continue", "or contact.step not in steps:\n            break",
             FOLLOWUP_TESTS),
    Mutation("followup-step-before", "the step before it not moved to today at the latest", PKG + "rules/checkin.py",
             "before = max(step.on - timedelta(days=1), today)", "before = step.on - timedelta(days=1)",
             CHECKIN_TESTS),
    # --- the page: its rule and whom it calls (compared with Python in the exhaustive tier)
    Mutation("page-red-flag-level", "the page gives level 2 at a red flag", PKG + "page/rule.js",
             "if (answers.redFlags.length) return [3,", "if (answers.redFlags.length) return [2,", PAGE_TESTS,
             True),
    Mutation("page-followup-level-1", "the page gives no follow-up at level 1", PKG + "page/rule.js",
             "followup: level > 0 ?", "followup: level > 1 ?", PAGE_TESTS, True),
    Mutation("page-calls-level-3", "the page's level-3 call list as below level 3", PKG + "page/ui.js",
             "  if (rec.level === 3) {\n    const needed", "  if (rec.level === 4) {\n    const needed", PAGE_TESTS,
             True),
    Mutation("page-calls-occupational", "the page forgets occupational medicine at level 3", PKG + "page/ui.js",
             "r.id === RULE.occupationalMedicine && reachable(r)", "r.id === RULE.occupationalMedicine && false",
             PAGE_TESTS, True),
    Mutation("page-calls-routes", "the page forgets the 24/7 routes at level 3", PKG + "page/ui.js",
             '(r) => r.kind === "on-call" && reachable(r)', '(r) => r.kind === "oncall" && reachable(r)',
             PAGE_TESTS, True),
    Mutation("page-calls-emergency", "the page drops the emergency numbers below level 3", PKG + "page/ui.js",
             "    rec.emergency.map(ruleResource).filter(reachable).map(callLine),\n  );",
             "  );", PAGE_TESTS, True),
]


def scratch(base: Path) -> Path:
    folder = base / "project"
    copy_project(folder, COPIED)
    return folder


def run_tests(folder: Path, mutation: Mutation) -> int:
    """pytest's exit code for the mutation's tests in `folder` (its `src` first on the path)."""
    env = {**os.environ, "PYTHONPATH": str(folder / "src"), "NO_COLOR": "1", "COLUMNS": "100"}
    marker = ["-m", "exhaustive or not exhaustive"] if mutation.exhaustive else []
    command = ["nice", "-n", "10", sys.executable, "-m", "pytest", "-q", "-x", "-n", "0", "-p", "no:randomly",
               "-p", "no:cacheprovider", *marker, *mutation.tests]  # fmt: skip
    return subprocess.run(command, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode


def verdict(code: int) -> str:
    return {0: "survived", 1: "killed"}.get(code, f"broken (pytest exit {code})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", default=[], help="mutation names to run (globs)")
    parser.add_argument("--list", action="store_true", help="list the mutations and what each breaks")
    parser.add_argument("--keep", type=Path, help="the scratch folder, kept (default: a temporary one, removed)")
    args = parser.parse_args()
    chosen = [m for m in MUTATIONS if not args.only or any(fnmatch.fnmatch(m.name, g) for g in args.only)]
    if args.list:
        for m in chosen:
            print(f"{m.name}: {m.what}")
        return 0
    base = args.keep or Path(tempfile.mkdtemp(prefix="secondvictim-hand-"))
    folder = scratch(base)
    survived = []
    try:
        for m in chosen:
            target = folder / m.path
            original = target.read_text(encoding="utf-8")
            if original.count(m.old) != 1:
                print(f"{m.name}: not applied (its line is not found once in {m.path})", flush=True)
                survived.append(m.name)
                continue
            target.write_text(original.replace(m.old, m.new), encoding="utf-8")
            started = time.monotonic()
            try:
                result = verdict(run_tests(folder, m))
            finally:
                target.write_text(original, encoding="utf-8")
            print(f"{m.name}: {result} ({time.monotonic() - started:.0f} s): {m.what}", flush=True)
            if result != "killed":
                survived.append(m.name)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    print(f"\n{len(chosen) - len(survived)}/{len(chosen)} killed" + (f"; not killed: {', '.join(survived)}" if survived else ""))
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
