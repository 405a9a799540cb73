"""Run the benchmarks one after another (`make bench`); each prints its own figures.

    .venv/bin/python bench/run_all.py [NAME ...] [--write]

NAME picks benches by name (``safety``, ``chat``, ...); none means all. ``--write`` is passed to
the benches that can update their section of bench/README.md. Benches run one at a time, never in
parallel, because they time a 2-core machine; a failing bench is reported and the rest still run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (script, accepts --write)
BENCHES = {
    "safety": ("safety_bench.py", True),
    "chat": ("chat_bench.py", True),
    "alert_latency": ("alert_latency_bench.py", False),
    "llm_overhead": ("llm_overhead_bench.py", False),
    "measures": ("measures_bench.py", False),
    "caseload": ("caseload_bench.py", False),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHES))
    parser.add_argument("--write", action="store_true", help="update bench/README.md")
    args = parser.parse_args()
    unknown = sorted(set(args.names) - set(BENCHES))
    if unknown:
        parser.error(f"unknown bench {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
    names = args.names or list(BENCHES)
    failed = []
    for name in names:
        script, writes = BENCHES[name]
        if not (HERE / script).is_file():
            print(f"== {name}: {script} not found, skipped", flush=True)
            continue
        command = [sys.executable, str(HERE / script)]
        if args.write and writes:
            command.append("--write")
        print(f"== {name}: {' '.join(command[1:])}", flush=True)
        started = time.monotonic()
        code = subprocess.call(command, cwd=HERE.parent)
        print(f"== {name}: exit {code} after {time.monotonic() - started:.0f} s", flush=True)
        if code != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
