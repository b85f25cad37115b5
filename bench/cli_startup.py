"""Start-up cost of the CLI: CPU and wall time of ``mtqa --help`` and ``mtqa checks``; target < 0.15 s CPU.

    python bench/cli_startup.py [--runs 15] [--imports] [--baseline OTHER/src]

CPU time (user + system of the child, from ``os.wait4``) is what the target is about: on a shared
machine it moves far less than wall time. ``python -c pass`` is measured in the same run as the
yardstick; the ratios to it are the figures to compare across machines. ``--imports`` also prints the
slowest imports of each command (``python -X importtime``), cumulative, in milliseconds.
``--baseline`` measures the mtqa commands of another source tree too (a checkout of an earlier commit,
put first on PYTHONPATH), interleaved with these, for a before/after in one run.

The commands run with no terminal (standard input, output and error are not terminals), as in CI or a
pipe: ``mtqa checks`` then prints the table stored in its index of the built-in checks. On a terminal,
or at any width other than 80 columns, rich lays the table out: the row ``COLUMNS=100`` measures that.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "mtqa --help": [sys.executable, "-m", "mtqa", "--help"],
    "mtqa checks": [sys.executable, "-m", "mtqa", "checks"],
    "mtqa checks --json": [sys.executable, "-m", "mtqa", "checks", "--json"],
    "mtqa checks, COLUMNS=100": ["env", "COLUMNS=100", sys.executable, "-m", "mtqa", "checks"],
}
BASELINE = " (baseline)"


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - started


def slowest_imports(command: list[str], count: int = 12) -> list[tuple[int, str]]:
    at = command.index(sys.executable)
    command = [*command[: at + 1], "-X", "importtime", *command[at + 1 :]]
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    rows = []
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if cumulative.strip().isdigit():
                rows.append((int(cumulative) // 1000, name.rstrip()))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--imports", action="store_true", help="print the slowest imports of each command")
    parser.add_argument("--baseline", metavar="SRC", help="also measure the mtqa of this source folder")
    args = parser.parse_args()
    runs: dict[str, tuple[list[str], dict[str, str] | None]] = {name: (c, None) for name, c in COMMANDS.items()}
    if args.baseline:
        env = {**os.environ, "PYTHONPATH": str(Path(args.baseline).resolve())}
        for name, command in COMMANDS.items():
            if name.startswith("mtqa"):
                runs[name + BASELINE] = (command, env)
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    wall: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.runs):  # interleaved, so that a burst of load hits every command alike
        for name, (command, env) in runs.items():
            seconds_cpu, seconds_wall = measure(command, env)
            cpu[name].append(seconds_cpu)
            wall[name].append(seconds_wall)
    base = statistics.median(cpu["python -c pass"])
    print(f"{'command':36} {'CPU median':>10} {'CPU min':>8} {'wall median':>11} {'CPU / python -c pass':>21}")
    for name in (name for command in COMMANDS for name in (command, command + BASELINE) if name in runs):
        median = statistics.median(cpu[name])
        print(
            f"{name:36} {median:9.3f}s {min(cpu[name]):7.3f}s {statistics.median(wall[name]):10.3f}s"
            f" {median / base:20.1f}x"
        )
    if args.imports:
        for name, command in COMMANDS.items():
            if name.startswith("mtqa"):
                print(f"\nslowest imports of {name} (cumulative ms):")
                for milliseconds, module in slowest_imports(command):
                    print(f"  {milliseconds:6} {module}")


if __name__ == "__main__":
    main()
