"""Stage 6 — ``assemble``: labelled blocks → :class:`Article`.

Builds sections from headings and body paragraphs, splits the site name off
the title line (confirming it where the text names the site, and restoring its
capitalisation from there), and reads the syndication facts.
"""

from __future__ import annotations

import regex

from . import syndication
from .model import Article, Block, Decision, Metadata, Section

#: Separators between a title and a site name.  A bare colon is not one:
#: 'Army chief: the border is calm' is a title (readability #400).
TITLE_SEPARATOR = regex.compile(r"\s+(?:—|–|\||-|::|·|•|»|~|/)\s+")
#: An unconfirmed site name is at most this many words.
SITE_MAX_WORDS = 5
#: Shortest confirmed one-word site name (avoids 'the', 'on').
SITE_MIN_CHARS = 3


def _bounded_at(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` as whole words."""
    i = haystack.find(needle)
    while i >= 0:
        end = i + len(needle)
        if (i == 0 or not haystack[i - 1].isalnum()) and (end == len(haystack) or not haystack[end].isalnum()):
            return True
        i = haystack.find(needle, i + 1)
    return False


def _find_spelling(candidate: str, haystack: str, lowered: str | None = None) -> str | None:
    """The candidate as the text spells it (word-bounded, case-insensitive)."""
    if " ".join(candidate.lower().split()) not in (lowered if lowered is not None else haystack.lower()):
        return None  # cheap literal pre-check before the regex
    pat = regex.compile(r"(?<!\w)" + r"\s+".join(map(regex.escape, candidate.split())) + r"(?!\w)", regex.I)
    spellings = [m.group(0) for m in pat.finditer(haystack)]
    if not spellings:
        return None
    capitalised = [s for s in spellings if any(c.isupper() for c in s)]
    return (capitalised or spellings)[0]


def _usual_spelling(candidate: str, haystack: str) -> str | None:
    """The candidate title-cased, as given or in capitals, if the text has it
    as whole words: a literal look-up that spares lower-casing a whole page."""
    joined = " ".join(candidate.split())
    for spelled in dict.fromkeys((joined.title(), joined, joined.upper())):
        if any(c.isupper() for c in spelled) and _bounded_at(haystack, spelled):
            return spelled
    return None


def _confirmed_prefix(part: str, haystack: str) -> tuple[str, str] | None:
    """Longest word-prefix of ``part`` the text names: (spelling, junk after it)."""
    words = part.split()
    candidates = []
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        if n == 1 and (len(cand) < SITE_MIN_CHARS or len(words) > 1):
            continue  # one common word ('red', 'Bayside') is no confirmation of a longer name
        candidates.append((n, cand))
    # the usual spellings first, longest prefix first: most site names are
    # found so, and a long page is lower-cased only when none is
    for n, cand in candidates:
        found = _usual_spelling(cand, haystack)
        if found:
            return found, " ".join(words[n:])
    lowered = haystack.lower()
    for n, cand in candidates:
        found = _find_spelling(cand, haystack, lowered)
        if found:
            spelled = found if any(c.isupper() for c in found) else cand
            return spelled, " ".join(words[n:])
    return None


def split_title(line: str, haystack: str) -> tuple[str, str | None, str]:
    """'Title — site junk' → (title, site name, dropped junk)."""
    seps = list(TITLE_SEPARATOR.finditer(line))
    if not seps:
        return line, None, ""
    # site at the end ('Title | Site'), then at the start ('Site | Title')
    last, first = seps[-1], seps[0]
    tail, head = line[last.end():], line[: first.start()]
    hit = _confirmed_prefix(tail, haystack)
    if hit:
        return line[: last.start()].strip(), hit[0], hit[1]
    hit = _confirmed_prefix(head, haystack)
    # 'Site | Title': the site is the shorter part; a longer head the text
    # repeats is the headline itself (page dumps repeat it as the h1)
    if hit and not hit[1] and len(head.split()) <= len(line[first.end():].split()):
        return line[first.end():].strip(), hit[0], ""
    if len(tail.split()) <= SITE_MAX_WORDS and len(tail.split()) < len(line[: last.start()].split()):
        return line[: last.start()].strip(), tail.strip(), ""
    return line, None, ""


def sections_of(blocks: list[Block]) -> tuple[Section, ...]:
    sections: list[tuple[str | None, list[str]]] = []
    for b in blocks:
        if b.label == "heading":
            sections.append((b.text, []))
        elif b.label == "body":
            if not sections:
                sections.append((None, []))
            sections[-1][1].append(b.text)
    return tuple(Section(h, tuple(ps)) for h, ps in sections)


def assemble(
    blocks: list[Block],
    *,
    warnings: tuple[str, ...] = (),
    metadata: Metadata | None = None,
    source: str = "text",
    page_title: str | None = None,
    page_site: str | None = None,
) -> Article:
    """Build the article; ``page_*`` carry what HTML metadata already knows."""
    blocks = list(blocks)
    title, site = page_title, page_site
    title_i = next((i for i, b in enumerate(blocks) if b.label == "title"), None)
    if title_i is not None:
        haystack = "\n".join(b.text for i, b in enumerate(blocks) if i != title_i)
        t, s, junk = split_title(blocks[title_i].text, haystack)
        title = title or t
        site = site or s
        if s:
            blocks[title_i] = blocks[title_i].decide(
                Decision("title", "title", "title.site_name", "assemble",
                         evidence=f"site {s!r}" + (f", dropped {junk!r}" if junk else ""))
            )
    sections = sections_of(blocks)
    notes = list(warnings)
    if not any(s.paragraphs for s in sections):
        if not blocks:
            notes.append("empty input: no text found")
        else:
            notes.append("no article body found: every block was title, heading or boilerplate")
    md = metadata or Metadata()
    return Article(
        title=title,
        site_name=site,
        sections=sections,
        blocks=tuple(blocks),
        syndication=syndication.extract(blocks, canonical_url=md.url if source == "html" else None),
        metadata=md,
        source="html" if source == "html" else "text",
        warnings=tuple(notes),
    )
