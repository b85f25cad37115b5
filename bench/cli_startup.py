"""Time ``mtqa --help`` (start-up cost of the CLI) over several runs; target < 0.5 s.

python bench/cli_startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mtqa", "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    print(f"mtqa --help: median {statistics.median(times):.3f} s, max {max(times):.3f} s over {args.runs} runs")


if __name__ == "__main__":
    main()
