"""Stage 4 — ``smooth``: revise verdicts by neighbours (jusText's second pass).

Boilerplate comes in runs: a republishing box is several paragraphs, and its
short bullets ("Our recommended example is:") carry no keywords of their own.
Three revisions, all only from body to boilerplate, and never on a pinned block:

``context.repeated_copy``
    a very long block that repeats what the other body blocks already say (a
    page's flattened or hidden second copy of the story).

``context.between_notices``
    a short or weakly suspicious block with boilerplate on both sides.
``context.trailing_run``
    in the closing run (the longest suffix of notices and suspicious blocks,
    from its first pinned notice on), suspicious blocks belong to the run.

A long block with no evidence of its own is never moved, nor is a short one
that reports news ('Supporters said the routes would help.'): no body
paragraph is lost to context alone.
"""

from __future__ import annotations

from .config import Config
from .features import TOKEN
from .notice_words import second_opinion
from .model import Block, Decision

#: A block this short (in words) with no evidence of its own may take its
#: neighbours' label: list bullets and lead-ins ("Our recommended example is:").
#: Body paragraphs are longer; calibrated so no fixture paragraph qualifies.
SHORT_BLOCK_WORDS = 12
#: A body block at least this long with no rule evidence is "solid body" and
#: ends any trailing run.
SOLID_BODY_WORDS = 30


def _reported(b: Block) -> bool:
    """A sentence of news narration with no rule evidence: body wherever it
    stands, even as the short last paragraph after a notice."""
    f, d = b.features, b.final
    return (f.terminal and f.reports and not (d and d.candidate) and not f.bullet
            and not f.addresses_reader and not f.refers_to_itself)


def _suspicious(b: Block) -> bool:
    d = b.final
    return b.label == "body" and not b.pinned and not _reported(b) and (
        b.features.words <= SHORT_BLOCK_WORDS
        or bool(d and d.candidate)
        or (b.features.bullet and b.features.words <= SOLID_BODY_WORDS)
        or b.text.rstrip().endswith(":")
    )


def _solid(b: Block) -> bool:
    d = b.final
    return b.label == "body" and (b.pinned or (b.features.words >= SOLID_BODY_WORDS and not (d and d.candidate)))


def _take_kind(b: Block, *neighbours: Block) -> str:
    d = b.final
    kinds = [n.kind for n in neighbours if n.label == "boilerplate"]
    if d and d.candidate and d.candidate in kinds:
        return d.candidate
    if d and d.candidate:
        fam = d.candidate.split(".")[0]
        for k in kinds:
            if k.split(".")[0] == fam:
                return k
    return kinds[0] if kinds else (d.candidate if d and d.candidate else "navigation")


#: A body block this long (in words) may be a second copy of the article: page
#: dumps carry the story flattened into one block (structured data, a print or
#: teaser copy) beside its paragraphs.  Real paragraphs stay well under it.
COPY_MIN_WORDS = 150
#: … and is one when at least this share of its word 4-grams already stand in
#: the other body blocks (an article quoting itself repeats a sentence, not most).
COPY_MIN_SHARE = 0.6
COPY_SHINGLE = 4


def _shingles(text: str) -> set[tuple[str, ...]]:
    w = TOKEN.findall(text.lower())
    return {tuple(w[i : i + COPY_SHINGLE]) for i in range(len(w) - COPY_SHINGLE + 1)}


def repeated_copies(blocks: list[Block]) -> list[Block]:
    """Mark long body blocks that repeat the rest of the body (``context.repeated_copy``).

    A copy word for word of an earlier block goes; otherwise the block goes
    when most of its 4-grams stand in other, different body blocks, so of two
    identical copies with no paragraphs beside them the first stays.
    """
    long = [i for i, b in enumerate(blocks)
            if b.label == "body" and not b.pinned and b.features.words >= COPY_MIN_WORDS]
    if not long:
        return blocks
    out = list(blocks)
    grams = {i: _shingles(b.text) for i, b in enumerate(blocks) if b.label == "body"}
    for i in long:
        own, text = grams[i], blocks[i].text
        if not own:
            continue
        if any(blocks[j].text == text for j in grams if j < i):
            why = "the same text as a block above"
        else:
            covered = own & set().union(*(g for j, g in grams.items() if blocks[j].text != text))
            share = len(covered) / len(own)
            if share < COPY_MIN_SHARE:
                continue
            why = f"{share:.0%} of its text stands in other body blocks"
        del grams[i]  # a copy covers nothing for the next candidate
        out[i] = blocks[i].decide(Decision("boilerplate", "duplicate", "context.repeated_copy", "smooth",
                                           evidence=why, pinned=True))
    return out


def smooth(blocks: list[Block], config: Config) -> list[Block]:
    out = repeated_copies(blocks)
    n = len(out)
    # between notices
    for i in range(1, n - 1):
        prev, cur, nxt = out[i - 1], out[i], out[i + 1]
        if prev.label == "boilerplate" and nxt.label == "boilerplate" and _suspicious(cur):
            out[i] = cur.decide(
                Decision("boilerplate", _take_kind(cur, prev, nxt), "context.between_notices", "smooth",
                         evidence=f"between {prev.kind} and {nxt.kind}")
            )
    # trailing run: the longest suffix of notices and suspicious blocks,
    # starting at its first pinned notice
    start = n
    while start > 0 and (out[start - 1].label == "boilerplate" or _suspicious(out[start - 1])):
        start -= 1
    first_notice = next((i for i in range(start, n) if out[i].label == "boilerplate" and out[i].pinned), n)
    if first_notice < n:
        for i in range(first_notice + 1, n):
            cur = out[i]
            if _suspicious(cur):
                prev = next((out[j] for j in range(i - 1, -1, -1) if out[j].label == "boilerplate"), cur)
                out[i] = cur.decide(
                    Decision("boilerplate", _take_kind(cur, prev), "context.trailing_run", "smooth",
                             evidence="inside the closing run of notices")
                )
    return trailing_second_opinions(out, config)


def trailing_second_opinions(blocks: list[Block], config: Config) -> list[Block]:
    """At the end of the article, a body block that is a notice by its words
    and its voice (:mod:`declutter.notice_words`) joins the notices after it.

    Walked from the last block back, over notices and such blocks, up to the
    first body block that is neither: notices close an article, while a
    sentence in the outlet's voice about a newsletter or a donation in the
    middle of a story is the story's own (a media column, a fund drive).
    """
    out = list(blocks)
    for i in range(len(out) - 1, -1, -1):
        b = out[i]
        if b.label == "boilerplate":
            continue
        if b.label != "body" or b.pinned or b.features is None:
            break
        o = second_opinion(b.text, b.features)
        if o is None or not config.rule_enabled(o.rule):
            break
        out[i] = b.decide(Decision("boilerplate", o.kind, o.rule, "smooth", evidence=o.evidence))
    return out
