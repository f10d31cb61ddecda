"""Turn walked blocks into :class:`~declutter.model.Block` with pinned HTML verdicts.

Outside the article region every block is pinned boilerplate; its kind comes
from the nearest marked element (class/id tokens, ``nav``/``footer``/``aside``,
ARIA roles), else from where it sits (before the article: navigation; after
it: footer).  Inside the region, markup-named furniture (share bars, related
boxes, newsletter forms) and link lists are pinned too; the rest goes to the
shared rules unpinned.  The page title (the heading that repeats the title
metadata) is pinned as ``title`` so that ``Article.text`` is the body only.

Blocks inside a *republishing* box are left to the text rules, which know the
finer kinds (licence, tracking code, attribution); :func:`republish_box`
marks them so a body verdict there can be corrected afterwards.
"""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from ..model import Block, Decision, Signals
from ..page_features import shape
from ..segment import clean_markup, repair_spacing
from .content import (
    LINK_LIST_DENSITY,
    GroupCache,
    Region,
    TokenCache,
    in_region,
    inner_chain,
    is_title,
)
from .dom import RawBlock
from .metadata import PageMeta
from .tokens import TokenGroup

#: Blocks this close above the region, below the title, may be bylines
#: (as in the text path's page locator).
BYLINE_WINDOW = 6
#: Token group whose blocks are left to the text rules (see module docstring).
REPUBLISH_GROUP = "republish"


@lru_cache(maxsize=512)
def pinned(label: str, kind: str, rule: str, evidence: str) -> Decision:
    """Decisions are immutable, so blocks with the same verdict share one."""
    return Decision(label, kind, rule, "html", evidence=evidence, pinned=True)  # type: ignore[arg-type]


#: How many nearest ancestor tags a block's signals keep.
SIGNAL_ANCESTOR_TAGS = 8


def _signals(b: RawBlock, tokens: frozenset[str], in_main: bool, total: int) -> Signals:
    if not in_main:
        return _outside_signals(b.tag, b.heading_level, tokens, round(b.link_density, 1), b.list_item)
    return Signals(b.tag, b.heading_level, tokens, round(b.link_density, 3), in_main, b.list_item,
                   tuple(a.tag for a in b.ancestors[-SIGNAL_ANCESTOR_TAGS:]), len(b.ancestors),
                   round(b.order / max(1, total - 1), 3))


@lru_cache(maxsize=4096)
def _outside_signals(tag: str, level: int, tokens: frozenset[str], density: float, list_item: bool) -> Signals:
    """Signals of a pinned block outside the region: shared, coarser (link
    density to one decimal, no ancestry), since no later stage reads them and
    four in five blocks of a page are outside."""
    return Signals(tag, level, tokens, density, False, list_item)


def find_title(raw: list[RawBlock], inside: list[bool], meta: PageMeta) -> int | None:
    """Index of the block that is the page's title heading, if any.

    The heading (h1 first, then h2) that repeats ``og:title``/``<title>``;
    without title metadata, the first h1 before the end of the region.
    """
    cands = (meta.title, meta.html_title)
    last_in = max((i for i, ok in enumerate(inside) if ok), default=len(raw) - 1)
    for level in (1, 2):
        for i, b in enumerate(raw[: last_in + 1]):
            if b.heading_level == level and is_title(b.text, cands):
                return i
    if not any(cands):
        return next((i for i, b in enumerate(raw[: last_in + 1]) if b.heading_level == 1), None)
    return None


def _outside(group: TokenGroup | None, before: bool) -> Decision:
    if group is not None:
        return pinned("boilerplate", group.kind, f"html.outside.{group.name}",
                      f"outside the article, in a {group.name} element")
    if before:
        return pinned("boilerplate", "navigation", "html.outside.before", "page head before the article")
    return pinned("boilerplate", "footer", "html.outside.after", "page foot after the article")


def label(raw: list[RawBlock], region: Region | None, meta: PageMeta,
          tokens: TokenCache) -> tuple[list[Block], list[bool], set[int]]:
    """Blocks with pinned verdicts; which are in the region; which sit in a republish box.

    Consecutive blocks outside the region with the same verdict (the items
    of one menu, the lines of one footer) become one block, lines joined by
    newlines: one removed entry per piece of furniture, and four in five of
    a page's blocks need no object of their own.
    """
    memo: dict[etree._Element, bool] = {}
    inside = [in_region(b, region, memo) for b in raw]
    title_i = find_title(raw, inside, meta)
    first_in = next((i for i, ok in enumerate(inside) if ok), len(raw))
    title_text = raw[title_i].text if title_i is not None else None
    total = len(raw)
    out: list[Block] = []
    out_inside: list[bool] = []
    republish: set[int] = set()
    groups = GroupCache(tokens)
    run: list[str] = []  # texts of the pending run of outside blocks
    run_d: Decision | None = None
    run_first: RawBlock | None = None
    run_tokens: frozenset[str] = frozenset()

    def end_run() -> None:
        nonlocal run_d, run_first
        if run_first is not None and run_d is not None:
            b = run_first
            sig = _outside_signals(b.tag, b.heading_level, run_tokens, round(b.link_density, 1), b.list_item)
            out.append(Block(len(out), "\n".join(run), (run_d,), sig, origin="html"))
            out_inside.append(False)
        run.clear()
        run_d, run_first = None, None

    for i, b in enumerate(raw):
        ok = inside[i]
        if not ok and i != title_i and b.text != title_text:
            g = groups.nearest_outside(list(b.ancestors) + [b.el])
            d = _outside(g, i < first_in)
            if g is None and i < first_in and (title_i or 0) < i and first_in - i <= BYLINE_WINDOW:
                s = shape(b.text)
                if s.dated or s.byline:
                    d = pinned("boilerplate", "byline", "html.outside.byline_line",
                               "date or author line between the title and the article")
            if d is not run_d:
                end_run()
                run_d, run_first, run_tokens = d, b, (g.tokens if g else frozenset())
            run.append(b.text)
            continue
        end_run()
        if i == title_i:
            d = pinned("title", "title", "html.title", "heading that repeats the title metadata")
            out.append(Block(len(out), b.text, (d,), _signals(b, frozenset(), ok, total), origin="html"))
            out_inside.append(ok)
            continue
        if ok:
            # the text path's markup clean-up and spacing repairs ('Airbase ,',
            # '( RIAC)' left by inline markup), on the region only: furniture
            # text is not read.  Same treatment as text input, so re-cleaning
            # the output changes nothing.
            b.text = repair_spacing(clean_markup(b.text)[0])
        group = groups.nearest(inner_chain(b, region), region) if ok else None
        sig = _signals(b, group.tokens if group else frozenset(), ok, total)
        dd: Decision | None = None
        if b.text == title_text:
            dd = pinned("boilerplate", "navigation", "html.title_repeat", "repeats the title")
        elif group is not None and group.name == REPUBLISH_GROUP:
            republish.add(len(out))
        elif group is not None:
            dd = pinned("boilerplate", group.kind, f"html.inside.{group.name}",
                        f"in a {group.name} element inside the article")
        elif title_i is not None and i < title_i:
            dd = pinned("boilerplate", "navigation", "html.above_title", "above the title inside the article")
        elif b.link_density >= LINK_LIST_DENSITY and not b.heading_level:
            dd = pinned("boilerplate", "related_links", "html.link_list", f"link density {b.link_density:.1f}")
        out.append(Block(len(out), b.text, (dd,) if dd else (), sig, origin="html"))
        out_inside.append(ok)
    end_run()
    return out, out_inside, republish
