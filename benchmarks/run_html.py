"""HTML track: each system gets the raw page HTML; scored with the AEB metric.

Usage: ``python benchmarks/run_html.py [--systems a,b] [--limit N]
[--per-page out.csv] [--markdown]``.  Writes ``results/html.json``.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus import Page
from harness import run_track
from html_systems import SYSTEMS


def html_inputs(pages: list[Page]) -> list[tuple[Page, str]]:
    """The HTML track feeds each system the decoded page HTML as it is."""
    return [(p, p.html) for p in pages]


def main(argv: Sequence[str] | None = None) -> str:
    return run_track("html", SYSTEMS, html_inputs, argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
