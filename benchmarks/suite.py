"""The test suite's time: the everyday tier (the README's `pytest`) and the exhaustive tier.

    python benchmarks/suite.py [--tier everyday|exhaustive|both] [--rounds N]

Runs each tier as CI does, from the repository's root, and prints its wall time, the CPU time
it used (user and system, the workers' included) and the machine's load average before it
started: a wall time measured on a busy machine says little, the CPU time says what the tier
costs. Speed is measured here, never in a timed test.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIERS = {"everyday": [], "exhaustive": ["-m", "exhaustive"]}


def run_once(args: list[str]) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tier", choices=[*TIERS, "both"], default="everyday")
    parser.add_argument("--rounds", type=int, default=1)
    options = parser.parse_args()
    tiers = list(TIERS) if options.tier == "both" else [options.tier]
    print(f"{os.cpu_count()} cores")
    for tier in tiers:
        walls, cpus = [], []
        for _ in range(options.rounds):
            load = os.getloadavg()[0]
            wall, cpu, code = run_once(TIERS[tier])
            walls.append(wall)
            cpus.append(cpu)
            print(f"  {tier}: {wall:.1f} s wall, {cpu:.1f} s CPU, load before {load:.1f}, exit {code}")
        if options.rounds > 1:
            print(f"{tier}: median {statistics.median(walls):.1f} s wall, {statistics.median(cpus):.1f} s CPU")


if __name__ == "__main__":
    main()
