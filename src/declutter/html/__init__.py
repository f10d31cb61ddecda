"""HTML input: DOM → blocks with markup signals, then the shared pipeline.

    parse → metadata → prune → walk → region → pin (html.*) → shared stages → assemble

The DOM replaces ``segment`` and the page locator: :mod:`.dom` turns the page
into paragraph-sized blocks with markup signals, :mod:`.content` finds the
article region, :mod:`.label` pins the title and the furniture.  The blocks of
the region then go through the same ``features → classify → smooth →
structure`` stages as plain text, so one rule set serves both paths and HTML
only adds signals.
"""

from __future__ import annotations

from dataclasses import replace

from ..assemble import assemble, split_title
from ..config import Config
from ..model import Article, Block, Decision, Metadata
from . import content, dom, label, metadata

__all__ = ["clean_html_text"]

#: Stages the HTML path leaves out: the DOM region replaces the text locator
#: (and its second pass after the rules).
SKIPPED_STAGES = ("locate", "relocate")


def _republish_fix(b: Block) -> Block:
    """A body verdict inside a republishing box becomes boilerplate."""
    if b.label == "boilerplate":
        return b
    return b.decide(Decision("boilerplate", "republish.rules", "html.republish_box", "html",
                             evidence="inside a republish element", pinned=True))


def _merge_staged(blocks: list[Block], staged_idx: list[int], staged: list[Block],
                  republish: set[int]) -> list[Block]:
    """Put the staged blocks back in place of the DOM blocks they came from.

    The classifier may split a notice glued onto a paragraph's end into a
    block of its own (origin ``glued_notice``), which follows its head.
    """
    groups: dict[int, list[Block]] = {}
    k = -1
    for b in staged:
        if b.origin != "glued_notice" or k < 0:
            k += 1
        groups.setdefault(staged_idx[k], []).append(b)
    rebuilt: list[Block] = []
    for i, b in enumerate(blocks):
        parts = groups.get(i, [b])
        if i in republish:
            parts = [_republish_fix(p) for p in parts]
        rebuilt.extend(parts)
    return [b if b.index == i else replace(b, index=i) for i, b in enumerate(rebuilt)]


def clean_html_text(html: str, config: Config, *, warnings: tuple[str, ...] = ()) -> Article:
    """Decoded HTML → :class:`Article` (see module docstring)."""
    from ..pipeline import run_stages

    notes = list(warnings)
    root, parse_notes = dom.parse(html)
    notes.extend(parse_notes)
    if root is None:
        notes.append("no HTML elements found")
        return assemble([], warnings=tuple(notes), source="html", metadata=Metadata())
    meta = metadata.read(root)
    dom.prune(root)
    raw = dom.walk(root)
    tokens = content.TokenCache()
    region = content.find_region(raw, content.GroupCache(tokens))
    blocks, inside, republish = label.label(raw, region, meta, tokens)

    staged_idx = [i for i, ok in enumerate(inside) if ok and blocks[i].label != "title"]
    staged = run_stages([blocks[i] for i in staged_idx], config, skip=SKIPPED_STAGES)
    blocks = _merge_staged(blocks, staged_idx, staged, set(republish))

    title_block = next((b for b in blocks if b.label == "title"), None)
    site = meta.site_name
    # og:title / JSON-LD headline first; else assemble splits the title heading
    # exactly as it splits a text's title line (same result on both paths)
    title = meta.title
    from_title_tag: tuple[str, str | None, str] | None = None
    if meta.html_title and (site is None or (title is None and title_block is None)):
        # '<title>Headline – Site</title>': the site name where the page names it
        haystack = "\n".join(b.text for b in blocks)
        from_title_tag = split_title(metadata.strip_site(meta.html_title, site), haystack)
        if title_block is None:
            title = title or from_title_tag[0]
            site = site or from_title_tag[1]
    md = Metadata(author=meta.author, published=meta.published, url=meta.canonical, language=meta.language)
    article = assemble(blocks, metadata=md, source="html", page_title=title, page_site=site,
                       warnings=tuple(notes))
    if article.site_name is None and from_title_tag and from_title_tag[1]:
        # the title heading named no site (assemble tried first): the <title>'s
        article = replace(article, site_name=from_title_tag[1])
    if meta.source and meta.source not in article.syndication.urls:
        syn = replace(article.syndication, urls=(meta.source,) + article.syndication.urls)
        article = replace(article, syndication=syn)
    return article
