"""Run every benchmark and write ``results/README-tables.md``.

One command for the numbers in the README: the HTML track, the whole-page
text track and the speed run, stamped with date and machine, because
accuracy is comparable across machines but speed is not.

Usage: ``python benchmarks/run_all.py [--data DIR] [--systems a,b] [--limit N]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import html_systems
import run_html
import run_speed
import run_text
import text_systems
from corpus import DEFAULT_DATA, RESULTS_DIR
from harness import System
from machine import machine_info


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--systems", help="comma list for both accuracy tracks (names a track lacks are skipped)"
    )
    parser.add_argument("--limit", type=int)
    parser.add_argument("--speed-system", default="declutter")
    args = parser.parse_args(argv)

    common = ["--data", str(args.data), "--markdown"]
    if args.limit is not None:
        common += ["--limit", str(args.limit)]

    def track_args(registry: Sequence[System]) -> list[str]:
        """``--systems`` narrowed to the names this track knows."""
        if not args.systems:
            return common
        names = {s.name for s in registry}
        wanted = [n for n in args.systems.split(",") if n in names]
        return common + ["--systems", ",".join(wanted)] if wanted else common

    html = run_html.main(track_args(html_systems.SYSTEMS))
    text = run_text.main(track_args(text_systems.SYSTEMS))
    speed = run_speed.main(common + ["--system", args.speed_system])

    m = machine_info()
    doc = "\n".join(
        [
            "# Benchmark results",
            "",
            f"- date: {m['date']}",
            f"- machine: {m['nproc']} cores, {m['cpu']}",
            f"- python: {m['python']}",
            f"- data: AEB ({args.data.name}){'' if args.limit is None else f', first {args.limit} pages'}",
            "",
            "## HTML track (AEB metric)",
            "",
            html,
            "",
            "## Whole-page text track (AEB metric)",
            "",
            text,
            "",
            "## Speed (sequential, one process)",
            "",
            speed,
            "",
        ]
    )
    out = RESULTS_DIR / "README-tables.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(doc, encoding="utf-8")
    print(f"\nwrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
