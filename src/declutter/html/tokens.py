"""Class/id vocabularies: what page furniture calls itself in markup.

Data, not code, in trafilatura's manner: named groups of *whole tokens*.  A
``class``/``id`` value is split on spaces, ``-`` and ``_`` (and BEM's ``__``),
so ``c-article-share__button`` yields ``share`` and ``article``, but
``shadow`` never yields ``ad``.  Tokens are English because markup is: the
class names of French, German or Japanese sites are English too, which is what
makes these signals language-independent.

Each group maps to a boilerplate kind of :data:`declutter.rules.TAXONOMY`.
Order matters: the first group a block's tokens hit names its kind, so the
specific groups (cookie banner, comments) come before the generic ones
(sidebar, footer).  :func:`groups` refuses an empty or duplicated token so a
typo cannot silently switch a group off.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple


class TokenGroup(NamedTuple):
    name: str  # rule suffix: ``html.tokens.<name>``
    kind: str  # boilerplate kind
    tokens: frozenset[str]


def groups(*specs: tuple[str, str, str]) -> tuple[TokenGroup, ...]:
    """Build groups from ``(name, kind, "space separated tokens")``, refusing empties and duplicates."""
    seen: set[str] = set()
    out = []
    for name, kind, words in specs:
        toks = frozenset(words.split())
        if not toks:
            raise ValueError(f"token group {name} is empty")
        dupes = toks & seen
        if dupes:
            raise ValueError(f"token group {name}: tokens already used: {sorted(dupes)}")
        seen |= toks
        out.append(TokenGroup(name, kind, toks))
    return tuple(out)


#: Furniture vocabularies, most specific first.  Calibrated by reading the
#: class names of the AEB pages' non-article regions and of common CMS themes
#: (WordPress, Drupal, Arc, Brightspot); none names a site.
FURNITURE: tuple[TokenGroup, ...] = groups(
    ("cookie", "cookie_notice", "cookie cookies consent gdpr cmp cookiebanner cookienotice onetrust"),
    ("comments", "comments", "comment comments commentlist disqus respond discussion replies"),
    ("republish", "republish.rules", "republish republishing reprint syndicate"),
    ("newsletter", "newsletter", "newsletter newsletters subscribe subscription signup optin mailchimp"),
    ("share", "share_widget", "share sharing shares social socials sharebar addthis sharethis"),
    ("related", "related_links",
     "related recommended recommendations recirc recirculation trending popular mostread "
     "most-read taboola outbrain readmore more-stories morestories also-read"),
    ("ad", "advertisement", "ad ads advert adverts advertisement advertising sponsor sponsored dfp adslot adunit"),
    ("nav", "navigation",
     "nav navbar navigation menu menus breadcrumb breadcrumbs skip pagination pager "
     "masthead topbar toolbar"),
    ("tags", "related_links", "tags tag tagcloud topics keywords"),
    ("bio", "author_bio", "bio biography author-bio authorbio about-author"),
    ("byline", "byline", "byline bylines dateline"),
    ("caption", "photo_credit", "caption captions figcaption gallery slideshow carousel lightbox photo-credit"),
    ("sidebar", "related_links", "sidebar aside rail"),
    ("footer", "footer", "footer copyright colophon"),
    ("print", "navigation", "sr-only visually-hidden screen-reader-text print-only"),
)

#: Tokens that speak for article content; they lift a container's score in
#: main-region detection (readability's positive class weight).
CONTENT: frozenset[str] = frozenset(
    "article articlebody article-body story storybody story-body post-body entry-content "
    "post-content content body text main prose".split()
)

#: Tokens of regions that are never the article body, used by the main-region
#: scorer (readability's negative class weight).
NOT_CONTENT: frozenset[str] = frozenset().union(*(g.tokens for g in FURNITURE)) - {"tag", "text"}

_SPLIT = re.compile(r"[\s_]+|(?<=\w)-(?=\w)")


@lru_cache(maxsize=4096)
def split_tokens(value: str) -> frozenset[str]:
    """``"c-article-share__button main"`` → whole values and their parts, lower-cased.

    >>> sorted(split_tokens("post-share_bar"))
    ['bar', 'post', 'post-share_bar', 'share']
    """
    lower = value.lower()
    parts = set(lower.split())
    for p in list(parts):
        parts.update(x for x in _SPLIT.split(p) if x)
    return frozenset(parts)


@lru_cache(maxsize=4096)
def furniture_group(tokens: frozenset[str]) -> TokenGroup | None:
    """The first furniture group any of ``tokens`` belongs to."""
    if not tokens:
        return None
    for g in FURNITURE:
        if not g.tokens.isdisjoint(tokens):
            return g
    return None
