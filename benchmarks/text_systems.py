"""The text-track systems: each gets the whole-page text, not the HTML.

HTML-only peers are given the text as minimal HTML: every paragraph
(blank-line separated block) of the page text becomes one escaped ``<p>``.
That is the most neutral way to hand plain text to an HTML extractor: it
keeps the paragraph structure and adds no markup hints of its own.
"""

from __future__ import annotations

import html
import re

from c4 import CURLY_END_MARKS, c4_filter
from harness import Extract, System

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks of a text, stripped, empty ones dropped."""
    return [p.strip() for p in _BLANK_LINE.split(text) if p.strip()]


def as_html(text: str) -> str:
    """Plain text as a minimal HTML page: one escaped ``<p>`` per paragraph."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(text))
    return f"<html><body>\n{body}\n</body></html>"


def _declutter() -> Extract:
    import declutter

    declutter.warm_up()  # the rules compile lazily: set-up, not throughput
    return lambda text: declutter.clean(text).text


def _justext() -> Extract:
    import justext

    stoplist = justext.get_stoplist("English")

    def extract(text: str) -> str:
        found = justext.justext(as_html(text), stoplist)
        return "\n\n".join(p.text for p in found if not p.is_boilerplate)

    return extract


def _boilerpy3() -> Extract:
    from boilerpy3 import extractors

    return lambda text: extractors.ArticleExtractor().get_content(as_html(text))


def _trafilatura() -> Extract:
    import trafilatura

    return lambda text: trafilatura.extract(as_html(text)) or ""


def _c4() -> Extract:
    return c4_filter


def _c4_curly() -> Extract:
    return lambda text: c4_filter(text, CURLY_END_MARKS)


def _keep_everything() -> Extract:
    return lambda text: text


SYSTEMS: tuple[System, ...] = (
    System("declutter", _declutter, "declutter"),
    System("c4-lines", _c4, ""),
    System("c4-lines-curly", _c4_curly, ""),
    System("justext", _justext, "jusText"),
    System("boilerpy3", _boilerpy3, "boilerpy3"),
    System("trafilatura", _trafilatura, "trafilatura"),
    System("keep-everything", _keep_everything, ""),
)
