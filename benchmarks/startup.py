"""Start-up benchmark: each secondvictim command against the floor, a minimal Typer app.

    python benchmarks/startup.py [--rounds N]

In one run it alternates our commands with the floor (so that both see the same machine load)
and prints, for each command, the median wall time, the ratio to the matching floor (our
`--help` against the floor's `--help`, everything else against the floor's command) and the peak
memory (maximum resident set size) with its ratio to the floor's.

Every command runs once before the measures, and PYTHONDONTWRITEBYTECODE is left out of the
commands' environment: the figures are those of an installed program, whose modules Python
has compiled once (pip does it at install time), not of a first run or of an environment that
forbids the bytecode cache (there every start recompiles our modules, about 30 ms more).
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
OURS = shutil.which("secondvictim", path=str(Path(PYTHON).parent)) or "secondvictim"
FLOOR = [PYTHON, str(HERE / "floor_app.py")]

# (label, our arguments, which floor it is compared with, target ratio)
COMMANDS = [
    ("--help", ["--help"], "help", 1.1),
    ("--version", ["--version"], "command", 1.1),
    ("script", ["script"], "command", 1.3),
    ("resources", ["resources"], "command", 1.3),
    ("signs", ["signs"], "command", 1.3),
    ("avoid", ["avoid"], "command", 1.3),
    ("triage --json", ["triage", "--event", "--sign", "guilt", "--json"], "command", 1.3),
    ("triage (first prompt)", ["triage"], "command", 1.3),
    ("checkin --json", ["checkin", "--event-date", "2026-01-05", "--sign", "guilt", "--json"], "command", 1.3),
    ("validate", ["validate"], "command", 1.3),
]
FLOORS = {"help": [*FLOOR, "--help"], "command": [*FLOOR, "--loud", "--name", "x"]}
MEMORY_TARGET = 1.3
# The environment of a terminal user, with the bytecode cache allowed; output is discarded.
TERMINAL_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
ENV = TERMINAL_ENV | {"NO_COLOR": "1"}


def run(argv: list[str]) -> tuple[float, int]:
    """Wall time (s) and peak memory (KiB) of one run, output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited with {proc.returncode}")
    return elapsed, usage.ru_maxrss


def run_until_prompt(argv: list[str]) -> tuple[float, int]:
    """Time until the first prompt ("> ") shows in a terminal, and the peak memory by then."""
    master, slave = pty.openpty()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, close_fds=True, env=TERMINAL_ENV)
    os.close(slave)
    seen = b""
    while b"> " not in seen:
        ready, _, _ = select.select([master], [], [], 10)
        if not ready:
            proc.kill()
            raise SystemExit("no prompt within 10 s")
        seen += os.read(master, 4096)
    elapsed = time.perf_counter() - start
    os.write(master, b"\x04")  # end of input: the triage stops
    _, _, usage = os.wait4(proc.pid, 0)
    os.close(master)
    return elapsed, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="runs of each command (default 9)")
    rounds = parser.parse_args().rounds

    samples: dict[str, list[tuple[float, int]]] = {label: [] for label, *_ in COMMANDS}
    floor: dict[str, list[tuple[float, int]]] = {kind: [] for kind in FLOORS}
    for round_ in range(rounds + 1):
        for label, args, kind, _target in COMMANDS:
            measure = run_until_prompt if label.endswith("(first prompt)") else run
            ours, floors = measure([OURS, *args]), run(FLOORS[kind])
            if round_:  # the first round warms up: Python writes its bytecode cache
                samples[label].append(ours)
                floor[kind].append(floors)

    def medians(values: list[tuple[float, int]]) -> tuple[float, float]:
        return statistics.median(v[0] for v in values), statistics.median(v[1] for v in values) / 1024

    print(f"python {sys.version.split()[0]}, {rounds} rounds, medians")
    print(
        f"{'command':<24}{'time':>9}{'floor':>9}{'ratio':>7}{'target':>8}{'memory':>10}{'floor':>9}{'ratio':>7}  result"
    )
    for label, _args, kind, target in COMMANDS:
        ours_t, ours_m = medians(samples[label])
        floor_t, floor_m = medians(floor[kind])
        ratio_t, ratio_m = ours_t / floor_t, ours_m / floor_m
        ok = ratio_t <= target and ratio_m <= MEMORY_TARGET
        print(
            f"{label:<24}{ours_t:>8.3f}s{floor_t:>8.3f}s{ratio_t:>7.2f}{target:>8.1f}"
            f"{ours_m:>8.1f}MB{floor_m:>7.1f}MB{ratio_m:>7.2f}  {'ok' if ok else 'OVER'}"
        )
    for kind, values in floor.items():
        t, m = medians(values)
        print(f"floor {kind:<18}{t:>8.3f}s{'':>24}{m:>8.1f}MB")


if __name__ == "__main__":
    main()
