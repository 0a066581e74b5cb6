"""Render benchmark: every command and format on institution data of 1,000 to 60,000 items.

    python benchmarks/render.py [--sizes 1000,10000,60000] [--profile N]

The institution's items are spread over its files as in `merge.py` (each file under the 1 MiB
limit), with resources that can be called (a phone number) and others reached another way, so
that every renderer has a long list of each kind to lay out. The guide is loaded once per size
(the merge benchmark times loading); then each command runs in this process on the loaded guide,
and the table gives its time and the cost per 1,000 items: when rendering is linear, that column
stays about flat while the size grows 60-fold. A quadratic step (`r not in ready` over a list of
5,000 resources took 35 s) shows as a column that grows with the size.

`--profile N` runs every command on N items under cProfile and prints the top functions.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from merge import SHAPES, write_institution

# Resources with a number (they are listed one by one) and without (they share one line).
SHAPES = {
    **SHAPES,
    "resources.yaml": (
        "resources",
        "- {{id: r{n}, kind: external, name: {{en: R{n}}}, audience: {{en: All}}, phone: '01 {n:08d}'}}",
        "- {{id: r{n}, kind: other}}",
    ),
}

COMMANDS = [
    ["triage", "--red-flag", "severe-distress", "--full"],
    ["triage", "--event", "--sign", "withdrawal", "--role", "nurse", "--internal", "yes"],
    ["triage", "--red-flag", "severe-distress", "--json"],
    ["triage", "--red-flag", "severe-distress", "-o", "{out}/t.html", "--force"],
    ["triage", "--red-flag", "severe-distress", "-o", "{out}/t.md", "--force"],
    ["checkin", "--event-date", "{event}", "--red-flag", "none", "--sign", "withdrawal", "--trend", "same",
     "--item", "none", "--support-used", "no"],
    ["checkin", "--event-date", "{event}", "--red-flag", "none", "--sign", "withdrawal", "--trend", "same",
     "--item", "none", "--support-used", "no", "--json"],
    ["team", "--no-death", "--situation", "none"],
    ["resources"],
    ["resources", "--json"],
    ["signs"],
    ["avoid"],
    ["about"],
    ["script"],
    ["followup"],
    ["card", "--format", "txt"],
    ["card", "--format", "md"],
    ["card", "--format", "html"],
    ["card", "--json"],
    ["page", "-o", "{out}/page.html", "--force"],
]


def write(folder: Path, items: int) -> None:
    import merge

    merge.SHAPES = SHAPES
    write_institution(folder, items, valid=True)


def run_all(folder: Path, out: Path) -> list[tuple[str, float, int]]:
    from datetime import date, timedelta

    from typer.testing import CliRunner

    from secondvictim.cli import program
    from secondvictim.guide.loader import load

    load.cache_clear()
    event = (date.today() - timedelta(days=7)).isoformat()
    start = time.perf_counter()
    load(folder)
    rows = [("(loading, once)", time.perf_counter() - start, 0)]
    runner = CliRunner()
    for command in COMMANDS:
        args = ["--data-dir", str(folder), *(a.format(out=out, event=event) for a in command)]
        start = time.perf_counter()
        result = runner.invoke(program(args), args, prog_name="secondvictim")
        seconds = time.perf_counter() - start
        if result.exit_code != 0:
            raise SystemExit(f"{' '.join(command)}: exit {result.exit_code}\n{result.output[-2000:]}")
        rows.append((" ".join(command).replace("{out}/", "").replace("{event}", "DATE"), seconds, len(result.output)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,60000")
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    os.environ.update(NO_COLOR="1", COLUMNS="100")
    with tempfile.TemporaryDirectory() as tmp:
        if args.profile:
            folder = Path(tmp) / "institution"
            write(folder, args.profile)
            profiler = cProfile.Profile()
            profiler.enable()
            run_all(folder, Path(tmp))
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            return
        table = {}
        sizes = [int(s) for s in args.sizes.split(",")]
        for size in sizes:
            folder = Path(tmp) / f"institution-{size}"
            write(folder, size)
            for label, seconds, chars in run_all(folder, Path(tmp)):
                table.setdefault(label, []).append((seconds, chars))
    print("| command | " + " | ".join(f"{s:,} items" for s in sizes) + " | per 1,000 items at the largest |")
    print("| --- |" + " --- |" * (len(sizes) + 1))
    for label, cells in table.items():
        times = " | ".join(f"{seconds:.2f} s" for seconds, _ in cells)
        print(f"| `{label}` | {times} | {cells[-1][0] / sizes[-1] * 1000:.3f} s |")


if __name__ == "__main__":
    main()
