"""Stage 5 — ``structure``: which body blocks are the title and section headings.

Runs after smoothing, on body blocks only, so boilerplate never becomes a
heading.  The two predicates are nested on purpose: every heading-like line is
also title-like.  That makes the result stable under re-cleaning: the block
after a title is never title-like, so ``clean(clean(x).text)`` finds no new
title, and a heading's next body block is the same in both passes.
"""

from __future__ import annotations

import regex

from .config import Config
from .model import Block, Decision

#: Longest title line, in words (title plus site name plus scraper junk).
TITLE_MAX_WORDS = 30

#: Endings that make a line a sentence, not a heading ('?' and '!' may end headings).
SENTENCE_ENDING = regex.compile(r"[.:;,…·—–-][\"”’»)\]]*\s*$")
STARTS_LIKE_HEADING = regex.compile(r"^[\"“«‘'(]?[\p{Lu}\d]")


def line_like(b: Block, max_words: int) -> bool:
    """Short, starts capitalised, does not end like a sentence."""
    f = b.features
    return (
        f.words <= max_words
        and not f.bullet
        and b.origin != "glued_notice"
        and not SENTENCE_ENDING.search(b.text)
        and bool(STARTS_LIKE_HEADING.match(b.text))
    )


#: Blocks that are items of a list (HTML ``li``, or a line of a multi-line
#: chunk in text) or cells of a table: never headings.
ITEM_TAGS = frozenset({"li", "td", "th", "dd", "dt"})


def _item(b: Block) -> bool:
    return b.signals.list_item or b.signals.tag in ITEM_TAGS


def structure(blocks: list[Block], config: Config) -> list[Block]:
    out = list(blocks)
    body = [i for i, b in enumerate(out) if b.label == "body"]
    if not body:
        return out

    def title_like(i: int) -> bool:
        return line_like(out[i], TITLE_MAX_WORDS)

    def heading_like(i: int) -> bool:
        return line_like(out[i], config.heading_max_words)

    first = body[0]
    nxt = body[1] if len(body) > 1 else None
    if (
        nxt is not None
        and out[first].origin != "html"  # HTML: the DOM found the title
        # (a heading glued to a paragraph that turned out to be a notice is the
        # first line of the output, and cleaning the output again makes it the title)
        and (title_like(first) or out[first].origin == "markdown_heading")
        and not title_like(nxt)
    ):
        out[first] = out[first].decide(
            Decision("title", "title", "title.first_line", "structure",
                     evidence="first body line, short, followed by a paragraph")
        )
        body = body[1:]
    for pos, i in enumerate(body):
        nxt_i = body[pos + 1] if pos + 1 < len(body) else None
        b = out[i]
        if b.origin in ("glued_heading", "markdown_heading") and nxt_i is not None:
            rule = "heading.glued" if b.origin == "glued_heading" else "heading.markdown"
        elif (b.signals.heading_level and nxt_i is not None):
            rule = "heading.html"
        elif (
            nxt_i is not None and heading_like(i) and not title_like(nxt_i) and not _item(b)
            # the last of a run of short lines, each its own paragraph, is a
            # list's last item, not a heading (a heading may follow a list block)
            and not (pos > 0 and out[body[pos - 1]].label != "heading" and title_like(body[pos - 1])
                     and not _item(out[body[pos - 1]]))
        ):
            rule = "heading.standalone"
        else:
            continue
        out[i] = b.decide(Decision("heading", "heading", rule, "structure",
                                   evidence="short line before a paragraph"))
    return out
