"""Syndication facts read out of the boilerplate: who published the story first,
where, under which licence, and which social handles the outlet asked for."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from .model import Block, Syndication
from .rules import SIMPLE_CASE

_SMALL = r"(?:of|for|the|and|&|de|la|le|les|des|du|del|der|die|das|von|van|y|e|da|do|di|dos)(?!\w)"
_WORD = r"[\p{Lu}\d][\w'’&-]*(?:\.[\w'’&-]+)*"
_NAME = rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|{_SMALL})(?=\s|$|[.,;:)])){{0,6}})"

#: Patterns that name the original publisher, most specific first, each with
#: the literal cues one of which it needs (checked before the regex runs).
_PUBLISHER_SPECS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("originally", "first", "also"),
     rf"(?i:originally|first|also)\s+(?i:appeared|published|ran|posted|printed)\s+(?i:in)\s+\w+\s+(?i:by)\s+(?:the\s+)?{_NAME}"),
    (("originally", "first", "also"),
     rf"(?i:originally|first|also)\s+(?i:appeared|published|ran|posted|printed)\s+(?i:on|in|at|by)\s+(?:the\s+)?{_NAME}"),
    (("published", "printed", "adapted", "posted"),
     rf"(?i:re-?published|re-?printed|adapted|re-?posted)\s+(?:here\s+)?(?i:from)\s+(?:the\s+)?{_NAME}"),
    (("originally published this", "first published this", "originally ran this", "first ran this"),
     rf"{_NAME}\s+(?i:originally|first)\s+(?i:published|ran)\s+(?i:this)"),
    (("published by", "reported by", "produced by"),
     rf"(?i:was\s+(?:first\s+)?(?:published|reported|produced))\s+(?i:by)\s+(?:the\s+)?{_NAME}"),
    (("publié",),
     rf"(?i:publiée?\s+(?:initialement|originellement|à\s+l['’]origine)?\s*(?:sur|par|dans))\s+{_NAME}"),
    (("publicó", "publico"),
     rf"(?i:public[óo]\s+(?:originalmente|inicialmente|por\s+primera\s+vez)\s+(?:en|por))\s+{_NAME}"),
    (("publicad",),
     rf"(?i:publicad[oa]\s+(?:originalmente|inicialmente|por\s+primera\s+vez)\s+(?:en|por))\s+{_NAME}"),
    (("zuerst", "ursprünglich", "erstmals"),
     rf"(?i:zuerst|ursprünglich|erstmals)\s+(?i:bei|auf|in|im)\s+{_NAME}"),
    (("pubblicat", "apparso", "apparsa"),
     rf"(?i:(?:pubblicat[oa]|appars[oa])\s+(?:originariamente|originalmente|per\s+la\s+prima\s+volta|inizialmente)"
     rf"|(?:originariamente|originalmente)\s+pubblicat[oa])\s+(?i:su|in|da|sul|sulla|nel|nella)\s+{_NAME}"),
    (("publicad",),
     rf"(?i:(?:(?:re)?publicad[oa]\s+originalmente|originalmente\s+publicad[oa])\s+(?:em|no|na|pel[oa]))\s+(?:(?i:site|portal|jornal)\s+(?i:d[aoe])\s+)?{_NAME}"),
    (("version of",),
     rf"(?i:version\s+of\s+this\s+\w+\s+(?:also\s+)?(?:ran|appeared|aired|was\s+(?:first\s+)?(?:published|posted|printed)))"
     rf"\s+(?i:in|on|at|by)\s+(?:the\s+)?{_NAME}"),
    (("partners at", "partner at", "friends at"),
     rf"(?i:from\s+our\s+(?:partners?|friends)\s+at)\s+(?:the\s+)?{_NAME}"),
    (("©", "(c)", "copyright"),
     rf"(?:©|\(c\)|(?i:copyright))\s*(?:\d{{4}}\s+)?{_NAME}"),
)
PUBLISHER_PATTERNS: tuple[tuple[tuple[str, ...], regex.Pattern[str]], ...] = tuple(
    (cues, regex.compile(SIMPLE_CASE + p, regex.V1)) for cues, p in _PUBLISHER_SPECS
)
_TRAILING_SMALL = regex.compile(rf"(?:\s+{_SMALL})+$")
URL = regex.compile(r"https?://[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+|\b[\w-]+(?:\.[\w-]+)+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
HANDLE = regex.compile(r"(?<![\w.@])@[A-Za-z0-9_][\w.]{0,29}[A-Za-z0-9_]")
#: Bare domains count as links only with one of these endings.
DOMAIN_ENDINGS = (".org", ".com", ".net", ".news", ".info", ".media", ".co.uk", ".org.uk", ".de", ".fr", ".es", ".io", ".us", ".ca", ".au")


#: Punctuation trimmed off a whitespace token before it is checked as an e-mail.
_TOKEN_EDGES = "()[]<>{}\"'“”‘’,;:.!?"


def _emails(text: str) -> tuple[str, ...]:
    """E-mail addresses, checked only on the tokens that contain an '@'."""
    if "@" not in text:
        return ()
    tokens = (t.strip(_TOKEN_EDGES) for t in text.split() if "@" in t)
    return _unique(t for t in tokens if EMAIL.fullmatch(t))


def _links(text: str) -> list[str]:
    low = text.lower()
    if "://" not in low and "www." not in low and not any(e in low for e in DOMAIN_ENDINGS):
        return []  # nothing link-like: skip the word-by-word scan
    out = []
    for u in URL.findall(text):
        u = u.rstrip(".,;:")
        if u.startswith(("http", "www.")) or u.lower().endswith(DOMAIN_ENDINGS):
            out.append(u)
    return out


CC_CODE = regex.compile(r"\bCC[- ]?(?P<code>BY(?:-(?:NC|ND|SA))*|0)(?:\s*(?P<ver>\d\.\d))?|\b(?P<bare>BY-(?:NC|ND|SA)(?:-(?:NC|ND|SA))*)\s+(?P<bver>\d\.\d)", regex.I)
CC_SPELLED = regex.compile(
    r"\bAttribution(?P<parts>(?:[- ](?:Non-?Commercial|No-?Derivatives|No-?Derivs|Share-?Alike))*)(?:\s+(?P<ver>\d\.\d))?",
    regex.I,
)
CC_NAME = regex.compile(r"creative[- ]commons", regex.I)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item.rstrip(".,;:"), None)
    return tuple(seen)


#: Literal cues one of which every licence pattern needs: 'cc-' / 'cc ' /
#: 'ccby' / 'cc0' (CC_CODE), 'by-' (its bare 'BY-NC-ND 4.0'), 'attribution'
#: (CC_SPELLED), 'creative' (CC_NAME).  Bare 'cc' would not do: 'according'.
LICENSE_CUES = ("cc-", "cc ", "ccby", "cc0", "by-", "attribution", "creative")


def find_license(text: str) -> str | None:
    low = text.lower()
    if not any(c in low for c in LICENSE_CUES):
        return None  # most notices name no licence: skip the three searches
    m = CC_CODE.search(text)
    if m:
        code = (m.group("code") or m.group("bare")).upper()
        ver = m.group("ver") or m.group("bver")
        return f"CC {code}" + (f" {ver}" if ver else "") if code != "0" else "CC0"
    m = CC_SPELLED.search(text)
    if m and CC_NAME.search(text) or (m and m.group("parts")):
        parts = m.group("parts").lower()
        code = "BY" + "".join(
            tag for key, tag in (("commercial", "-NC"), ("deriv", "-ND"), ("share", "-SA")) if key in parts
        )
        return f"CC {code}" + (f" {m.group('ver')}" if m.group("ver") else "")
    return "Creative Commons" if CC_NAME.search(text) else None


#: Literal cues without which no publisher pattern can match (a fast pre-check):
#: every pattern's own cues, so the list cannot drift from the patterns.
PUBLISHER_CUES = tuple(sorted({c for cues, _ in _PUBLISHER_SPECS for c in cues}))


def find_publisher(text: str) -> str | None:
    low = text.lower()
    if not any(c in low for c in PUBLISHER_CUES):
        return None
    for cues, pat in PUBLISHER_PATTERNS:
        if not any(c in low for c in cues):
            continue
        m = pat.search(text)
        if m:
            name = _TRAILING_SMALL.sub("", m.group("name")).rstrip(".,;:")
            name = regex.sub(r"\s+\d{4}$", "", name)
            if name and not name[0].isdigit():
                return name
    return None


def extract(blocks: Iterable[Block], canonical_url: str | None = None) -> Syndication:
    """Read the facts from boilerplate blocks, attribution notices first.

    Only notices the rules removed (and any republishing or wire kind) are
    read: page furniture removed by the HTML or page locator (menus, footers)
    holds the site's own links and handles, not facts about this story.
    """
    removed = [
        b for b in blocks
        if b.label == "boilerplate"
        and (b.kind.startswith(("republish", "wire")) or any(d.stage in ("classify", "smooth") for d in b.decisions))
    ]
    ordered = sorted(removed, key=lambda b: (not b.kind.startswith("republish"), b.index))
    publisher = None
    for b in ordered:
        if b.kind.startswith(("republish", "wire.copyright")):
            publisher = find_publisher(b.text)
            if publisher:
                break
    license_ = next((lic for b in ordered if (lic := find_license(b.text))), None)
    text = "\n".join(b.text for b in removed)
    emails = _emails(text)
    no_mail = EMAIL.sub(" ", text) if emails else text
    return Syndication(
        original_publisher=publisher,
        urls=_unique(_links(no_mail)),
        license=license_,
        handles=_unique(HANDLE.findall(no_mail)),
        emails=emails,
        canonical_url=canonical_url,
    )
