"""Find the article region of a page and pin what lies outside it.

Observations (readability's and trafilatura's, checked on the AEB pages):

1. Article paragraphs are long, carry commas and few links, and sit as
   siblings under one container; menus, teasers and footers are short and
   link-dense.  So each prose block votes for its parent (full weight), its
   grandparent (half) and a few more ancestors (less), and the container with
   the most votes, discounted by its link density and weighted by its
   class/id tokens, is the article region.
2. Article bodies are split: ads and embeds cut them into sibling containers.
   Siblings of the winner that collect a fair share of its votes join it.
3. Inside the region, furniture still announces itself in markup (a share bar,
   a "related" box, a newsletter form) and by link density; outside it,
   everything is boilerplate and markup tells only *which kind*.

Pinned decisions made here (rules ``html.*``) are final: the shared text
stages skip pinned blocks.  Unpinned blocks in the region go on to the rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from lxml import etree

from .dom import RawBlock
from .tokens import CONTENT, NOT_CONTENT, TokenGroup, furniture_group, split_tokens

T = TypeVar("T")

# --- main-region scoring: readability's scheme, calibrated together on the AEB
# --- pages; do not tune one in isolation.

#: Blocks shorter than this (characters) do not vote for a container.
MIN_VOTE_CHARS = 25
#: Blocks at least this link-dense do not vote (teaser lists, menus).
MAX_VOTE_LINK_DENSITY = 0.5
#: Characters per extra point of a vote, and the most such points.
CHARS_PER_POINT = 100
MAX_LENGTH_POINTS = 3
#: How many ancestors a vote reaches (parent, grandparent, then /3 per level).
VOTE_LEVELS = 5
#: Class/id weight: a container named like content, or like furniture.
CLASS_WEIGHT = 25.0
#: ... but the bonus needs this many votes of the container's own (two
#: paragraphs' worth), so a named wrapper of a headline cannot win on it.
CLASS_BONUS_MIN_VOTES = 5.0
#: A sibling joins the region with this share of the winner's score ...
SIBLING_SHARE = 0.2
#: ... but never with less than this.
SIBLING_MIN_SCORE = 10.0
#: A winner holding less than this share of the page's (likely) prose climbs
#: to its parent, while the parent's link density stays under the maximum.
MIN_COVERAGE = 0.5
MAX_CLIMB_LINK_DENSITY = 0.35
#: A bare sibling paragraph joins when at least this long and link-light.
SIBLING_PARAGRAPH_CHARS = 80
SIBLING_PARAGRAPH_LINK_DENSITY = 0.25
#: ... and is one paragraph (a box with a paragraph and a caption at most),
#: not a teaser list whose summaries are prose too.
SIBLING_PARAGRAPH_BLOCKS = 2

#: readability.js's winner corrections (see :func:`_promote`): how many top
#: candidates are compared, the share of the winner's score that makes an
#: alternative, how many alternatives must share an ancestor, and the fall-off
#: that stops the walk up.
TOP_CANDIDATES = 5
ALTERNATIVE_SHARE = 0.75
MIN_ALTERNATIVES = 3
PARENT_THRESHOLD_DIVISOR = 3

# --- inside the region ---------------------------------------------------------

#: A furniture-named element holding at least this share of the region's
#: prose is a wrapper ("post-content share-enabled"), and its name is ignored.
WRAPPER_PROSE_SHARE = 0.5
#: The same for the whole page, when deciding which prose may vote.
WRAPPER_PAGE_SHARE = 0.8
#: A non-heading block in the region at least this link-dense is a link list.
LINK_LIST_DENSITY = 0.5
#: Share of a title's words a heading must share with the page's title metadata.
TITLE_MIN_OVERLAP = 0.6

#: Tag names that say "not the article" even without class names.
TAG_KINDS: dict[str, tuple[str, str]] = {
    "nav": ("navigation", "nav"),
    "footer": ("footer", "footer"),
    "aside": ("related_links", "aside"),
    # image captions and credits: not article prose in the ground truths we
    # know (AEB, schema.org articleBody)
    "figure": ("photo_credit", "caption"),
    "figcaption": ("photo_credit", "caption"),
}
#: ARIA landmark roles that say the same.
ROLE_TOKENS: dict[str, str] = {
    "navigation": "nav", "complementary": "sidebar", "contentinfo": "footer", "banner": "masthead",
    "search": "nav", "menu": "menu", "menubar": "menu", "dialog": "cookie",
}
#: Elements whose names never make their content unlikely (page-wide classes
#: such as ``<body class="has-sidebar">`` say nothing about the article).
UNLIKELY_EXEMPT_TAGS: frozenset[str] = frozenset({"html", "body", "article", "main"})
_COMMAS = (",", "，", "、", "،")


class TokenCache:
    """class/id/role tokens per element, computed once per element."""

    def __init__(self) -> None:
        self._cache: dict[etree._Element, frozenset[str]] = {}

    def __call__(self, el: etree._Element) -> frozenset[str]:
        got = self._cache.get(el)
        if got is None:
            cls, ident, role = el.get("class"), el.get("id"), el.get("role")
            got = split_tokens(f"{cls or ''} {ident or ''}") if cls or ident else frozenset()
            if role and role.lower() in ROLE_TOKENS:
                got = got | {ROLE_TOKENS[role.lower()]}
            self._cache[el] = got
        return got

    def union(self, els: Iterable[etree._Element]) -> frozenset[str]:
        out: set[str] = set()
        for el in els:
            out.update(self(el))
        return frozenset(out)


def _vote(b: RawBlock) -> float:
    n = len(b.text)
    if n < MIN_VOTE_CHARS or b.heading_level or b.link_density >= MAX_VOTE_LINK_DENSITY:
        return 0.0
    commas = sum(b.text.count(c) for c in _COMMAS)
    return 1.0 + commas + min(n // CHARS_PER_POINT, MAX_LENGTH_POINTS)


def _class_weight(el: etree._Element, tokens: TokenCache, votes: float) -> float:
    """Readability's class weight; the bonus only for containers with real votes
    (a ``content-wrapper`` around a title and a byline is not the article)."""
    toks = tokens(el)
    w = 0.0
    if votes >= CLASS_BONUS_MIN_VOTES and (toks & CONTENT or el.get("itemprop") == "articleBody"):
        w += CLASS_WEIGHT
    if toks & NOT_CONTENT:
        w -= CLASS_WEIGHT
    return w


@dataclass(frozen=True, slots=True)
class Region:
    """The article region: one or more sibling containers.

    ``prose`` maps every ancestor of a voting block to the characters of
    voting prose under it, so a marked element that holds most of the
    article's prose is recognised as a wrapper, not furniture.
    """

    roots: frozenset[etree._Element]
    score: float
    prose: dict[etree._Element, int]
    total_prose: int

    def wraps_article(self, el: etree._Element) -> bool:
        return self.prose.get(el, 0) >= WRAPPER_PROSE_SHARE * self.total_prose


def _unlikely(b: RawBlock, groups: GroupCache, prose: dict[etree._Element, int], total: int) -> bool:
    """Inside an element named like furniture (comments, sidebar, footer) that
    does not also call itself content: readability's "unlikely candidate".

    Layout wrappers carry such names too (``content-with-sidebar``,
    ``non-ad-column``); an element holding nearly all the page's prose is one,
    unless it is a comment section (a long thread is most of a page's prose).
    """
    tokens = groups.tokens
    for el in b.ancestors + (b.el,):
        if el.tag in UNLIKELY_EXEMPT_TAGS:
            continue
        g = groups(el)
        if g is _NO_GROUP or tokens(el) & CONTENT:
            continue
        if g.kind == "comments" or prose.get(el, 0) < WRAPPER_PAGE_SHARE * total:
            return True
    return False


def find_region(blocks: list[RawBlock], groups: GroupCache) -> Region | None:
    """Readability-style container vote (see module docstring).

    Prose inside furniture-named elements does not vote (a long comment
    thread outweighs the article otherwise), unless nothing else would.
    """
    tokens = groups.tokens
    scores: dict[etree._Element, float] = {}
    prose: dict[etree._Element, int] = {}
    shared = Counter(b.el for b in blocks)
    voters = [(b, v) for b in blocks if (v := _vote(b))]
    for b, _ in voters:
        n = len(b.text)
        for a in b.ancestors:
            prose[a] = prose.get(a, 0) + n
        prose[b.el] = prose.get(b.el, 0) + n
    total = sum(len(b.text) for b, _ in voters)
    likely = [(b, v) for b, v in voters if not _unlikely(b, groups, prose, total)] or voters
    likely_prose: dict[etree._Element, int] = {}
    for b, v in likely:
        # paragraphs straight inside a container (``<div>text<br><br>text</div>``)
        # vote for that container, as after readability's div-to-p conversion
        chain = b.ancestors + (b.el,) if shared[b.el] > 1 else b.ancestors
        for level, c in enumerate(reversed(chain[-VOTE_LEVELS:])):
            div = 1 if level == 0 else 2 if level == 1 else level * 3
            scores[c] = scores.get(c, 0.0) + v / div
        n = len(b.text)
        for a in b.ancestors + (b.el,):
            likely_prose[a] = likely_prose.get(a, 0) + n
    if not scores:
        return None
    total_likely = sum(len(b.text) for b, _ in likely)
    # link density of each candidate, from the blocks under it
    chars = dict.fromkeys(scores.keys() | likely_prose.keys(), 0)
    links = dict.fromkeys(chars, 0)
    count = dict.fromkeys(chars, 0)
    for b in blocks:
        n, lc = len(b.text), b.link_chars
        for a in b.ancestors + (b.el,):
            if a in chars:
                chars[a] += n
                links[a] += lc
                count[a] += 1

    def density(el: etree._Element) -> float:
        return links[el] / chars[el] if chars.get(el) else 0.0

    final = {c: (s + _class_weight(c, tokens, s)) * (1 - density(c)) for c, s in scores.items()}
    top = _promote(max(final, key=final.__getitem__), final)
    # paragraph clustering: a winner holding little of the page's prose is one
    # box of a body split into boxes; climb while the parent stays link-light
    while likely_prose.get(top, 0) < MIN_COVERAGE * total_likely:
        parent = top.getparent()
        if parent is None or parent.tag in ("body", "html") or density(parent) >= MAX_CLIMB_LINK_DENSITY:
            break
        top = parent
    best = final.get(top, 0.0)
    roots = {top}
    parent = top.getparent()
    if parent is not None:
        threshold = max(SIBLING_MIN_SCORE, best * SIBLING_SHARE)
        top_class = top.get("class")
        for sib in parent:
            if sib is top or not isinstance(sib.tag, str):
                continue
            bonus = best * SIBLING_SHARE if top_class and sib.get("class") == top_class else 0.0
            if final.get(sib, 0.0) + bonus >= threshold:
                roots.add(sib)
            elif (likely_prose.get(sib, 0) >= SIBLING_PARAGRAPH_CHARS and count[sib] <= SIBLING_PARAGRAPH_BLOCKS
                  and density(sib) < SIBLING_PARAGRAPH_LINK_DENSITY and groups(sib) is _NO_GROUP):
                roots.add(sib)
    total = sum(prose.get(r, 0) for r in roots)
    return Region(frozenset(roots), best, prose, total)


def _promote(top: etree._Element, final: dict[etree._Element, float]) -> etree._Element:
    """readability.js's corrections of the winner, for bodies split into boxes.

    1. When several near-winners share an ancestor of the winner, that
       ancestor is the article (paragraphs wrapped one box each).
    2. Walk up while the parent keeps a fair share of the score, and take it
       when it scores higher.
    3. An only child stands for its parent.
    """
    best = final[top]
    ranked = sorted(final, key=final.__getitem__, reverse=True)[1:TOP_CANDIDATES]
    alternatives = [c for c in ranked if final[c] >= ALTERNATIVE_SHARE * best]
    if len(alternatives) >= MIN_ALTERNATIVES:
        alt_ancestors = [set(c.iterancestors()) for c in alternatives]
        for anc in top.iterancestors():
            if anc.tag in ("body", "html"):
                break
            if sum(anc in a for a in alt_ancestors) >= MIN_ALTERNATIVES:
                top = anc
                break
    last = final.get(top, best)
    threshold = last / PARENT_THRESHOLD_DIVISOR
    parent = top.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        if parent not in final:
            parent = parent.getparent()
            continue
        score = final[parent]
        if score < threshold:
            break
        if score > last:
            top = parent
            break
        last = score
        parent = parent.getparent()
    while (parent := top.getparent()) is not None and parent.tag not in ("body", "html") and len(parent) == 1:
        top = parent
    return top


#: ``probe`` result meaning "this element does not answer, look further out".
_MISS: Any = object()


def nearest_answer(
    chain: Sequence[etree._Element], memo: dict[etree._Element, T], probe: Callable[[etree._Element], T], default: T
) -> T:
    """Walk ``chain`` from its innermost element outwards to the first element
    that answers (``probe`` returns something other than ``_MISS``) or whose
    answer is memoised, and memoise that answer on every element walked past.

    Blocks share most of their ancestors, so after the first few blocks a walk
    stops after a step or two.  An element that answers is never memoised
    itself, so checking the memo before the probe gives the same result.
    """
    k = len(chain) - 1
    found = default
    while k >= 0:
        el = chain[k]
        if el in memo:
            found = memo[el]
            break
        got = probe(el)
        if got is not _MISS:
            found = got
            break
        k -= 1
    for el in chain[k + 1:]:
        memo[el] = found
    return found


def in_region(b: RawBlock, region: Region | None, memo: dict[etree._Element, bool]) -> bool:
    """Whether the block lies under a region root (memoised along ancestor chains)."""
    if region is None:
        return True
    roots = region.roots
    return nearest_answer(b.ancestors + (b.el,), memo, lambda el: True if el in roots else _MISS, False)


def inner_chain(b: RawBlock, region: Region | None) -> list[etree._Element]:
    """The block's element and its ancestors *below* the region root."""
    chain = list(b.ancestors) + [b.el]
    if region is None:
        return chain
    for i in range(len(chain) - 1, -1, -1):
        if chain[i] in region.roots:
            return chain[i + 1:]
    return chain


_NO_GROUP = TokenGroup("", "", frozenset())


class GroupCache:
    """The furniture group each element names (class/id/role tokens or tag), memoised."""

    def __init__(self, tokens: TokenCache) -> None:
        self.tokens = tokens
        self._cache: dict[etree._Element, TokenGroup] = {}
        self._near: dict[etree._Element, TokenGroup | None] = {}

    def __call__(self, el: etree._Element) -> TokenGroup:
        got = self._cache.get(el)
        if got is None:
            # page-wide classes (``<body class="has-sidebar">``) name no furniture
            toks = self.tokens(el) if el.tag not in UNLIKELY_EXEMPT_TAGS - {"article", "main"} else frozenset()
            got = furniture_group(toks) if toks else None
            if got is not None:
                got = TokenGroup(got.name, got.kind, got.tokens & toks)  # the tokens that hit
            elif el.tag in TAG_KINDS:
                kind, name = TAG_KINDS[el.tag]
                got = TokenGroup(name, kind, frozenset({el.tag}))
            else:
                got = _NO_GROUP
            self._cache[el] = got
        return got

    def nearest_outside(self, chain: list[etree._Element]) -> TokenGroup | None:
        """:meth:`nearest` for a full ancestor chain, memoised along the chain
        (blocks outside the region share most of their ancestors)."""
        def probe(el: etree._Element) -> TokenGroup | None:
            g = self(el)
            return _MISS if g is _NO_GROUP else g

        return nearest_answer(chain, self._near, probe, None)

    def nearest(self, chain: list[etree._Element], region: Region | None = None) -> TokenGroup | None:
        """The group named by the nearest marked element of ``chain`` (wrappers of
        the article's prose in ``region`` do not count)."""
        for el in reversed(chain):
            g = self(el)
            if g is not _NO_GROUP and (region is None or not region.wraps_article(el)):
                return g
        return None


def title_words(text: str) -> set[str]:
    return {w.strip(".,:;!?\"“”«»'’()").lower() for w in text.split()} - {""}


def is_title(text: str, candidates: Iterable[str | None]) -> bool:
    """``text`` carries most words of one of the metadata titles (and vice versa)."""
    words = title_words(text)
    if not words:
        return False
    for cand in candidates:
        if not cand:
            continue
        cw = title_words(cand)
        if cw and len(words & cw) / len(words) >= TITLE_MIN_OVERLAP and len(words & cw) / len(cw) >= TITLE_MIN_OVERLAP / 2:
            return True
    return False
