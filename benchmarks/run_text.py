"""Whole-page text track: each system gets the page's visible text, not its HTML.

Usage: ``python benchmarks/run_text.py [--systems a,b] [--limit N]
[--per-page out.csv] [--markdown]``.  Writes ``results/text.json``.
The page texts come from ``pagetext.py`` (cached under ``.cache/``).
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus import Page
from harness import run_track
from pagetext import page_texts
from text_systems import SYSTEMS


def text_inputs(pages: list[Page]) -> list[tuple[Page, str]]:
    """The text track feeds each system the cached whole-page text."""
    texts = page_texts(pages)
    return [(p, texts[p.id]) for p in pages]


def main(argv: Sequence[str] | None = None) -> str:
    return run_track("text", SYSTEMS, text_inputs, argv, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
