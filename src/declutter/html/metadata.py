"""Page facts from ``<head>``, Open Graph, Dublin Core and JSON-LD.

Read *before* pruning, because JSON-LD lives in ``<script>`` elements.  Why
each source: ``og:title`` and JSON-LD ``headline`` are the article title
without the site suffix that ``<title>`` carries; ``og:site_name`` and JSON-LD
``publisher`` name the site; ``rel=canonical`` (or ``dc.source``) pointing at
another host says the story was syndicated from there.  Nothing is fetched:
URLs are only read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

from ..assemble import TITLE_SEPARATOR

#: JSON-LD types whose fields describe the article itself.
ARTICLE_TYPES: frozenset[str] = frozenset(
    "Article NewsArticle BlogPosting ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "BackgroundNewsArticle ReviewNewsArticle TechArticle ScholarlyArticle LiveBlogPosting "
    "WebPage Report".split()
)
#: JSON-LD documents larger than this are not parsed (a data dump, not metadata).
MAX_JSONLD_CHARS = 2_000_000
#: Meta names (lower-cased ``name``/``property``/``itemprop``) per field, best first.
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline", "sailthru.title")
SITE_KEYS = ("og:site_name", "application-name", "al:android:app_name", "twitter:site")
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")
DATE_KEYS = ("article:published_time", "datepublished", "dc.date", "dc.date.issued", "pubdate",
             "publishdate", "date", "sailthru.date", "parsely-pub-date", "og:published_time")
SOURCE_KEYS = ("dc.source", "dcterms.source", "original-source", "syndication-source")


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page says about itself (every field may be missing)."""

    title: str | None = None  # og:title / JSON-LD headline (no site suffix, usually)
    html_title: str | None = None  # the <title> element
    site_name: str | None = None
    author: str | None = None
    published: str | None = None
    canonical: str | None = None
    language: str | None = None
    source: str | None = None  # dc.source or a canonical URL on another host
    article_body: str | None = None  # JSON-LD articleBody


def _clean(s: object) -> str | None:
    if not isinstance(s, str):
        return None
    out = " ".join(s.split())
    return out or None


def _names(value: object) -> str | None:
    """A JSON-LD person/organisation (dict, list or string) → display name(s)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for it in items[:10]:
        name = _clean(it.get("name")) if isinstance(it, dict) else _clean(it)
        if name and not name.startswith("http"):
            names.append(name)
    return ", ".join(dict.fromkeys(names)) or None


def _jsonld_objects(root: etree._Element) -> list[dict[str, object]]:
    """Every JSON object in the page's JSON-LD, flattened iteratively (@graph, lists)."""
    out: list[dict[str, object]] = []
    for script in root.iterfind(".//script[@type='application/ld+json']"):
        raw = script.text or ""
        if not raw.strip() or len(raw) > MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(raw.strip().rstrip(";"))
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                out.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
    return out


def _types(obj: dict[str, object]) -> set[str]:
    t = obj.get("@type")
    return {x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)}


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def strip_site(title: str, site: str | None) -> str:
    """'Title | Site' → 'Title' when the part after the last separator is the site."""
    if not site:
        return title
    seps = list(TITLE_SEPARATOR.finditer(title))
    if seps:
        last, first = seps[-1], seps[0]
        if title[last.end():].strip().lower() == site.lower():
            return title[: last.start()].strip()
        if title[: first.start()].strip().lower() == site.lower():
            return title[first.end():].strip()
    return title


def read(root: etree._Element) -> PageMeta:
    """Collect :class:`PageMeta` from the unpruned tree."""
    meta: dict[str, str] = {}
    for m in root.iterfind(".//meta"):
        content = _clean(m.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = m.get(attr)
            if key:
                meta.setdefault(key.strip().lower(), content)
    canonical = None
    for link in root.iterfind(".//link[@rel]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            canonical = _clean(link.get("href"))
            break
    article: dict[str, object] = {}
    site_ld = None
    for obj in _jsonld_objects(root):
        types = _types(obj)
        if types & ARTICLE_TYPES and (not article or "articleBody" in obj and "articleBody" not in article):
            article = obj
        if "WebSite" in types or "Organization" in types or "NewsMediaOrganization" in types:
            site_ld = site_ld or _clean(obj.get("name"))
    publisher = article.get("publisher")
    site = next((meta[k] for k in SITE_KEYS if k in meta and not meta[k].startswith("@")), None)
    site = site or (_names(publisher) if publisher else None) or site_ld
    html_title = _clean(root.findtext(".//title"))
    title = next((meta[k] for k in TITLE_KEYS if k in meta), None) or _clean(article.get("headline"))
    lang_el = root if root.get("lang") else root.find(".//*[@lang]")
    language = _clean(lang_el.get("lang")) if lang_el is not None else None
    language = language or meta.get("content-language") or meta.get("og:locale")
    source = next((meta[k] for k in SOURCE_KEYS if k in meta), None)
    own = _host(meta.get("og:url"))
    if not source and canonical and own and _host(canonical) and _host(canonical) != own:
        source = canonical
    body = article.get("articleBody")
    return PageMeta(
        title=strip_site(title, site) if title else None,
        html_title=html_title,
        site_name=site,
        author=next((meta[k] for k in AUTHOR_KEYS if k in meta and not meta[k].startswith("http")), None)
        or _names(article.get("author")),
        published=next((meta[k] for k in DATE_KEYS if k in meta), None) or _clean(article.get("datePublished")),
        canonical=canonical or meta.get("og:url"),
        language=language,
        source=source,
        article_body=body if isinstance(body, str) and body.strip() else None,
    )
