"""Whole-page text of each AEB page: the input of the text track.

The text track asks "given everything a naive scraper would keep, can a
system recover the article?".  The page is flattened with ``html_text``
(the same converter as AEB's whole-page baseline) and cached, because the
conversion costs more than some of the systems being measured and must be
identical across runs.

Layout: ``html_text``'s default layout puts a blank line around ``<p>``,
headings, lists, tables..., but only a single newline around ``<div>``,
``<li>``, ``<br>`` and friends.  We keep those defaults (see the README for
the measured effect of doubling every block): a blank line then separates
the page's real blocks, and single newlines stay inside them.

Run ``python benchmarks/pagetext.py`` to (re)build the cache.
"""

from __future__ import annotations

import argparse
import hashlib
from importlib.metadata import version
from pathlib import Path

import html_text
from corpus import CACHE_DIR, DEFAULT_DATA, Page, load_pages


def page_to_text(html: str) -> str:
    """Whole visible text of a page, blocks separated by blank lines."""
    return html_text.extract_text(html, guess_layout=True)


def _cache_path(page: Page) -> Path:
    # Keyed by converter version and the HTML itself, so a new html_text or a
    # changed data set never reads a stale text.
    digest = hashlib.sha1(page.html.encode("utf-8")).hexdigest()[:16]
    return CACHE_DIR / f"pagetext-html_text-{version('html-text')}" / f"{page.id}-{digest}.txt"


def page_text(page: Page) -> str:
    """Cached whole-page text of one page."""
    path = _cache_path(page)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    text = page_to_text(page.html)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return text


def page_texts(pages: list[Page]) -> dict[str, str]:
    """Whole-page texts by page id (built on first use, then read from cache)."""
    return {p.id: page_text(p) for p in pages}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    texts = page_texts(load_pages(args.data, args.limit))
    total = sum(len(t) for t in texts.values())
    print(f"{len(texts)} page texts, {total:,} chars, cached under {CACHE_DIR}")


if __name__ == "__main__":
    main()
