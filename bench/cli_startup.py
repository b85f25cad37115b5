"""Start-up cost of the CLI: CPU and wall time of ``mtqa --help`` and ``mtqa checks``; target < 0.15 s CPU.

    python bench/cli_startup.py [--runs 15] [--imports]

CPU time (user + system of the child, from ``os.wait4``) is what the target is about: on a shared
machine it moves far less than wall time. ``python -c pass`` is measured in the same run as the
yardstick; the ratios to it are the figures to compare across machines. ``--imports`` also prints the
slowest imports of each command (``python -X importtime``), cumulative, in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "mtqa --help": [sys.executable, "-m", "mtqa", "--help"],
    "mtqa checks": [sys.executable, "-m", "mtqa", "checks"],
    "mtqa checks --json": [sys.executable, "-m", "mtqa", "checks", "--json"],
}


def measure(command: list[str]) -> tuple[float, float]:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - started


def slowest_imports(command: list[str], count: int = 12) -> list[tuple[int, str]]:
    result = subprocess.run([command[0], "-X", "importtime", *command[1:]], capture_output=True, text=True)
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
    args = parser.parse_args()
    cpu: dict[str, list[float]] = {name: [] for name in COMMANDS}
    wall: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):  # interleaved, so that a burst of load hits every command alike
        for name, command in COMMANDS.items():
            seconds_cpu, seconds_wall = measure(command)
            cpu[name].append(seconds_cpu)
            wall[name].append(seconds_wall)
    base = statistics.median(cpu["python -c pass"])
    print(f"{'command':22} {'CPU median':>10} {'CPU min':>8} {'wall median':>11} {'CPU / python -c pass':>21}")
    for name in COMMANDS:
        median = statistics.median(cpu[name])
        print(
            f"{name:22} {median:9.3f}s {min(cpu[name]):7.3f}s {statistics.median(wall[name]):10.3f}s"
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
