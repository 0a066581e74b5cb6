"""Merge benchmark: institution files of 1,000 to 60,000 short items, valid and all invalid.

    python benchmarks/merge.py [--sizes 1000,10000,60000] [--runs 3] [--profile N]

For each size it writes an institution folder whose items are spread over the data files (each
file stays under the 1 MiB limit), then times, as real processes, `validate` and
`triage --red-flag danger` (the median of a few runs), and prints a table with the cost per
1,000 items: when merging is linear, that column stays about flat while the size grows 60-fold.
With all items invalid, `validate` lists the first 50 problems and a count, and `triage` falls
back to the packaged guide; both must still answer in seconds.

`--profile N` runs `validate` in this process on N invalid items under cProfile and prints the
top functions by cumulative time (how a superlinear step was found and fixed).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable
OURS = shutil.which("secondvictim", path=str(Path(PYTHON).parent)) or "secondvictim"

# Short items, one a line, for each list and its file: valid, then with one mistake each.
SHAPES = {
    "signs.yaml": ("warning_signs", "- {{id: w{n}, label: {{en: Sign {n}}}}}", "- {{id: w{n}, label: {n}}}"),
    "resources.yaml": (
        "resources",
        "- {{id: r{n}, kind: external, name: {{en: R{n}}}, audience: {{en: All}}}}",
        "- {{id: r{n}, kind: other, name: {{en: R{n}}}, audience: {{en: All}}}}",
    ),
    "avoid.yaml": ("attitudes", "- {{id: t{n}, avoid: {{en: A{n}}}, instead: {{en: B}}}}", "- {{id: t{n}, avoid: x}}"),
    "levels.yaml": ("actions", "- {{id: a{n}, levels: [2], text: {{en: Do {n}}}}}", "- {{id: a{n}, levels: [7]}}"),
    "followup.yaml": (
        "followup",
        "- {{id: f{n}, day: 9, title: {{en: T}}, when: {{en: W}}, what: {{en: X{n}}}}}",
        "- {{id: f{n}, day: true}}",
    ),
    "about.yaml": ("about", "- {{id: b{n}, title: {{en: T{n}}}, paragraphs: [{{en: P}}]}}", "- {{id: b{n}}}"),
}


def write_institution(folder: Path, items: int, valid: bool) -> None:
    """`items` short items spread evenly over the institution's files."""
    folder.mkdir(parents=True, exist_ok=True)
    names = list(SHAPES)
    for index, name in enumerate(names):
        key, good, bad = SHAPES[name]
        count = items // len(names) + (1 if index < items % len(names) else 0)
        shape = good if valid else bad
        lines = [f"{key}:"] + [shape.format(n=n) for n in range(count)]
        text = "\n".join(lines) + "\n"
        if len(text.encode()) > 1024 * 1024:
            raise SystemExit(f"{name} would exceed the 1 MiB limit with {count} items")
        (folder / name).write_text(text, encoding="utf-8")


def timed(args: list[str], runs: int) -> tuple[float, int, str]:
    """The median wall time of `runs` runs, the exit code and the last output (stdout + stderr)."""
    times, code, output = [], 0, ""
    env = {**os.environ, "NO_COLOR": "1", "LANG": "C.UTF-8"}
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([OURS, *args], capture_output=True, text=True, env=env, check=False)
        times.append(time.perf_counter() - start)
        code, output = done.returncode, done.stdout + done.stderr
    return statistics.median(times), code, output


def profile(items: int) -> None:
    from typer.testing import CliRunner

    from secondvictim.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "institution"
        write_institution(folder, items, valid=False)
        profiler = cProfile.Profile()
        profiler.enable()
        CliRunner().invoke(app, ["validate", str(folder)])
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,60000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    if args.profile:
        profile(args.profile)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for valid in (True, False):
            for size in sizes:
                folder = Path(tmp) / f"{'valid' if valid else 'invalid'}-{size}"
                write_institution(folder, size, valid)
                for label, command in (
                    ("validate", ["validate", str(folder)]),
                    ("triage --red-flag danger", ["--data-dir", str(folder), "triage", "--red-flag", "danger"]),
                ):
                    seconds, code, output = timed(command, args.runs)
                    expected = (0 if valid else 2) if label == "validate" else 0
                    if code != expected or (label != "validate" and "LEVEL 3 OF 3" not in output):
                        raise SystemExit(f"{label} on {folder.name}: exit {code}\n{output[-2000:]}")
                    lines = len(output.splitlines())
                    rows.append((label, "valid" if valid else "invalid", size, seconds, lines))
    print(f"median of {args.runs} runs, {OURS}")
    print()
    print("| command | items | count | time | per 1,000 items | lines of output |")
    print("| --- | --- | --- | --- | --- | --- |")
    for label, kind, size, seconds, lines in rows:
        print(f"| `{label}` | {kind} | {size:,} | {seconds:.2f} s | {seconds / size * 1000:.3f} s | {lines} |")


if __name__ == "__main__":
    main()
