"""Stage 1 — ``segment``: plain text → blocks.

Splits paragraphs (blank lines; single newlines when the text has none; double
spaces when it has no newlines at all), normalises odd whitespace, strips
markdown and HTML remnants, repairs scraper spacing damage without changing a
word, and splits section headings glued to the end of a paragraph.

Every repair is a named entry in :data:`SPACING_REPAIRS` so that it can be
read, tested and switched off on its own.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable
from dataclasses import dataclass

import regex

from .config import Config
from .model import NO_SIGNALS, Block, Signals

# --- whitespace -------------------------------------------------------------

#: Spaces that are not U+0020: NBSP, the U+2000 family, narrow NBSP, ideographic.
ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
#: Invisible characters scrapers leave inside words; removed outright.
INVISIBLES = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
BLANK_LINE = regex.compile(r"\n[ \t]*\n\s*")
MULTI_SPACE = regex.compile(r" {2,}")
#: Paragraph break in a text without newlines: two or more spaces.  (Typists'
#: double spaces after every sentence then give one block per sentence: the
#: words all stay, only the paragraphing is finer.)
DOUBLE_SPACE_BREAK = regex.compile(r" {2,}(?=\S)")

#: Hard-wrapped lines: every line but the last is at least this long …
WRAP_MIN_LINE = 30
#: … at most this long …
WRAP_MAX_LINE = 120
#: … and at least this share of the longest line.
WRAP_MIN_RATIO = 0.6
#: A line ending in one of these breaks mid-clause (hard wrap, not a list).
WRAP_CONTINUATION = ",-–;"

BULLET = regex.compile(r"^\s*(?:[•·▪◦‣●○■□–—]|[-*+](?=\s)|\d{1,2}[.)](?=\s))")

# --- markup remnants --------------------------------------------------------

MD_HEADING = regex.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
#: First characters of a markdown horizontal rule ('---', '***', '___').
RULE_CHARS = ("-", "*", "_")
MD_RULE = regex.compile(r"^\s*(?:[-*_]\s*){3,}$")
MD_IMAGE_INLINE = regex.compile(r"(?<!\w)!\[([^\]\n]{0,300})\]\([^)\s]{1,600}\)")
MD_LINK = regex.compile(r"(?<![!\w])\[([^\]\n]{1,300})\]\((?:https?://|/|#|mailto:)[^)\s]{0,600}\)(?!\w)")
MD_BOLD = regex.compile(r"(?<!\w)(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1(?!\w)")
MD_ITALIC = regex.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])")
#: '_italics_': the underscore form, kept apart from snake_case names, handles
#: ('@a_b_c') and URL paths ('/_next_/'): no word character or slash may
#: touch either marker.
MD_UNDERSCORE_ITALIC = regex.compile(r"(?<![\w/_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_/])_(?![\w/_])")
MD_QUOTE = regex.compile(r"^\s{0,3}>\s?")
#: Markup removal repeats until nothing changes, at most this often (each
#: pass frees the neighbours of the spans it unwrapped).
MARKUP_MAX_PASSES = 32
HTML_TAG = regex.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,600}>|<!--.{0,2000}?-->", regex.DOTALL)
#: A paragraph of tags (and HTML comments) only: a pasted embed or tracker,
#: kept whole as one block for the rules to judge instead of vanishing (the
#: rule ``markup.html_fragment`` removes it with this same pattern).
ONLY_TAGS_PATTERN = r"^\s*(?:(?:<[!/]?[a-zA-Z][^<>]{0,600}>|<!--[\s\S]{0,2000}?-->)\s*)+$"
ONLY_TAGS = regex.compile(ONLY_TAGS_PATTERN)
#: An embed or tracker pasted inside a paragraph of prose: a script with its
#: code, or an element that loads something (an attribute is required, so a
#: mention of '<img>' or '<script>' in prose is not one).  It is cut out as a
#: block of its own, placed after the paragraph, so the rules can name it
#: (a counting pixel, a partner script) instead of markup removal dropping it
#: without a word.
EMBED_IN_PROSE = regex.compile(
    r"(?:<!--[^<>]{0,200}-->\s*)?"
    r"(?:<script\b[^<>]{0,600}>[\s\S]{0,4000}?</script\s*>"
    r"|<(?:img|iframe|embed|object|video|audio|source|noscript)\s[^<>]{1,600}>(?:[\s\S]{0,2000}?</(?:iframe|object|video|audio|noscript)\s*>)?)"
    r"(?:\s*<!--[^<>]{0,200}-->)?",
    regex.IGNORECASE,
)
#: Inline tags join their text to the neighbours; any other tag is a break.
INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var".split()
)
#: Entities decoded in plain text: punctuation only, so no new word appears.
SAFE_ENTITIES = regex.compile(
    r"&(?:nbsp|amp|quot|apos|lt|gt|rsquo|lsquo|rdquo|ldquo|mdash|ndash|hellip|laquo|raquo|#39|#x27|#160|#8217|#8216|#8220|#8221|#8211|#8212);"
)

# --- spacing repairs ----------------------------------------------------------


@dataclass(frozen=True)
class Repair:
    """A named spacing repair: pattern, replacement, and what accident it undoes."""

    name: str
    pattern: regex.Pattern[str]
    replacement: str | Callable[[regex.Match[str]], str]
    why: str
    #: The repair only runs when one of these substrings occurs (fast pre-check).
    needs: tuple[str, ...] = ()


def _glued_sentence(m: regex.Match[str]) -> str:
    """Insert the missing space unless the dot is inside a URL, e-mail or domain."""
    s = m.string
    start = s.rfind(" ", 0, m.start()) + 1
    end = s.find(" ", m.end())
    token = s[start : end if end != -1 else len(s)]
    if "@" in token or "://" in token or "www." in token or "/" in token:
        return m.group(0)
    return m.group(1) + " "


SPACING_REPAIRS: tuple[Repair, ...] = (
    Repair(
        "space_before_comma",
        regex.compile(r"(?<=[\w\])”’\"]) +(?=[,.](?:\s|$))(?!\.\.)"),
        "",
        "'Airbase ,' → 'Airbase,': inline markup removed before the comma leaves a space",
        (" ,", " ."),
    ),
    Repair(
        "space_inside_brackets",
        regex.compile(r"(?<=[(\[]) +| +(?=[)\]])"),
        "",
        "'( RIAC)' → '(RIAC)'",
        ("( ", "[ ", " )", " ]"),
    ),
    Repair(
        "space_after_opening_quote",
        regex.compile(r"(?<=(?:^|[\s(\[])[“‘]) +(?=\S)"),
        "",
        "'“ Israel' → '“Israel'",
        ("“ ", "‘ "),
    ),
    Repair(
        "missing_space_after_sentence",
        regex.compile(r"([.!?])(?<=\p{Ll}\p{Ll}[.!?])(?=\p{Lu}\p{Ll})"),
        _glued_sentence,
        "'infractions.They' → 'infractions. They' (never inside U.S., 3.5, URLs or e-mails)",
    ),
)


def repairs_for(text: str) -> tuple[Repair, ...]:
    """The repairs that can fire anywhere in ``text``: checked once per document,
    so the paragraphs of a 200-line page dump skip every repair that has no
    occasion anywhere in it."""
    out = []
    for r in SPACING_REPAIRS:
        if r.needs:
            if any(n in text for n in r.needs):
                out.append(r)
        elif r.pattern.search(text):
            out.append(r)
    return tuple(out)


def repair_spacing(text: str, repairs: tuple[Repair, ...] = SPACING_REPAIRS) -> str:
    """Apply the spacing repairs to one paragraph (``repairs``: see :func:`repairs_for`)."""
    for r in repairs:
        needs = r.needs
        if needs:
            for n in needs:
                if n in text:
                    break
            else:
                continue  # none of the substrings the repair needs: skip its regex
        text = r.pattern.sub(r.replacement, text)
    return MULTI_SPACE.sub(" ", text).strip() if "  " in text else text.strip()


# --- glued headings -----------------------------------------------------------

_SMALL = (
    "of|for|the|and|in|on|to|a|an|at|by|with|vs|or|from|into|over|after|before|under|amid|"
    "de|la|le|les|des|du|el|los|las|y|et|und|der|die|das|im|am|zu|von|für|en|del|al"
)
_CAP = r"[\p{Lu}\d][\p{L}\d'’&-]*"
#: A title-case tail after a sentence end: 'said. Rules of Engagement'.
GLUED_TAIL = regex.compile(
    rf"""
    (?<=(?:\p{{Ll}}\p{{Ll}}|\d|%|[)\]])[.!?][”"’»]?|[.!?][”"’»])   # a real sentence end, not 'U.S.' or 'Mr.'
    \s+
    (?P<tail>{_CAP}(?:\s+(?:{_CAP}|(?:{_SMALL})(?=\s))){{1,15}})     # capitalised words, small words inside
    \s*$
    """,
    regex.VERBOSE,
)
#: How far from a paragraph's end a glued heading can start.
GLUED_SEARCH_CHARS = 240
#: A paragraph must keep at least this many words before a heading is split off.
GLUED_MIN_PREFIX_WORDS = 8
#: Blocks a glued heading is looked for in: paragraphs, and markdown headings,
#: whose text is a paragraph to the next pass once the marker is gone.
GLUED_HEADING_ORIGINS = frozenset({"text", "markdown_heading"})


def split_glued_heading(text: str, max_words: int) -> tuple[str, str] | None:
    """``'…Shein said. Rules of Engagement'`` → ``('…Shein said.', 'Rules of Engagement')``."""
    if not text or not text[-1].isalnum():
        return None  # a glued heading ends in a letter or digit, most paragraphs in punctuation
    if text.count(" ") < GLUED_MIN_PREFIX_WORDS + 1:
        return None  # too short to hold a paragraph and a heading (menu lines: most of a page)
    # the tail is at most 16 short words: search only the paragraph's end
    offset = max(0, len(text) - GLUED_SEARCH_CHARS)
    m = GLUED_TAIL.search(text, offset)
    if not m:
        return None
    tail = m.group("tail")
    words = tail.split()
    if not 2 <= len(words) <= max_words or words[-1].lower() in _SMALL.split("|"):
        return None
    if tail.isupper() and len(words) < 3:  # 'AP Reuters' style tags
        return None
    head = text[: m.start("tail")].rstrip()
    if len(head.split()) < GLUED_MIN_PREFIX_WORDS:
        return None
    return head, tail


# --- paragraphs ------------------------------------------------------------------


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = INVISIBLES.sub("", text)
    return ODD_SPACES.sub(" ", text)


def _continues(line: str) -> bool:
    """Opens mid-sentence: a lower-case letter, or a letter of a script
    without case (CJK, Arabic…), where a capital tells nothing."""
    c = line[:1]
    return c.isalpha() and not c.isupper()


def _hard_wrapped(lines: list[str]) -> bool:
    longest = max(map(len, lines))
    if not all(WRAP_MIN_LINE <= len(x) <= WRAP_MAX_LINE and len(x) >= WRAP_MIN_RATIO * longest for x in lines[:-1]):
        return False  # the cheap length test first: most multi-line chunks are menus
    if not any(_continues(x) for x in lines[1:]) and not any(x[-1:] in WRAP_CONTINUATION for x in lines[:-1]):
        return False  # every line opens like a new item and none breaks mid-clause: a list
    return not any(BULLET.match(x) or MD_HEADING.match(x) for x in lines)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a normalised text, per the module docstring."""
    return [p for p, _ in split_marked(text)]


def split_marked(text: str) -> list[tuple[str, bool]]:
    """Paragraphs, each flagged when it is one line of a blank-line separated
    chunk of several lines (a list's item, when the text also has blank lines)."""
    text = text.strip()
    if not text:
        return []
    if "\n" not in text:
        paras = [p for p in DOUBLE_SPACE_BREAK.split(text) if p.strip()] if "  " in text else [text]
        return [(p, False) for p in paras]
    chunks = BLANK_LINE.split(text)
    if len(chunks) == 1:  # one newline per paragraph: lines are paragraphs, not items
        return [(line, False) for line in text.split("\n") if line.strip()]
    out: list[tuple[str, bool]] = []
    for chunk in chunks:
        if "\n" not in chunk:  # a one-line chunk (BLANK_LINE took the spaces around it)
            if chunk.strip():
                out.append((chunk.strip(), False))
            continue
        lines = [line for line in map(str.strip, chunk.split("\n")) if line]
        if len(lines) > 1 and _hard_wrapped(lines):
            out.append((" ".join(lines), False))
        else:
            item = len(lines) > 1
            out += [(line, item) for line in lines]
    return out


#: Bare tags that are markup even without attributes; other bare tags such as
#: '<img>' or '<script>' inside prose are mentions ('strips out <img> tags').
FORMATTING_TAGS = INLINE_TAGS | frozenset("p br div li ul ol h1 h2 h3 h4 h5 h6 blockquote hr tr td th table".split())


def _strip_tags(text: str) -> str:
    def sub(m: regex.Match[str]) -> str:
        name = (m.group(2) or "").lower()
        whole = m.group(0)
        if not name or not (m.group(1) or name in FORMATTING_TAGS or whole.find(" ", 1) != -1):
            return whole if name else " "
        return "" if name in INLINE_TAGS else " "

    return HTML_TAG.sub(sub, text)


#: Characters of a neighbouring markdown span: removing ours next to one must
#: not glue two words together.
MARKUP_NEIGHBOURS = "*_[]()!"


def _unwrap(m: regex.Match[str], group: int) -> str:
    """Drop emphasis markers; pad with a space where a neighbouring span's
    marker would otherwise glue two words together ('**a****b**')."""
    s, inner = m.string, m.group(group)
    pre = " " if m.start() > 0 and s[m.start() - 1] in MARKUP_NEIGHBOURS else ""
    post = " " if m.end() < len(s) and s[m.end()] in MARKUP_NEIGHBOURS else ""
    return pre + inner + post


def _clean_markup_once(text: str) -> tuple[str, bool]:
    """One pass of markup removal; the flag says a markdown heading was found."""
    heading = False
    if "<" in text and ">" in text and not ONLY_TAGS.match(text):
        text = _strip_tags(text).strip()  # first, so '<p># Heading' is seen as a heading
    lead = text.lstrip()[:1]
    if lead == "#":
        m = MD_HEADING.match(text)
        if m:
            text, heading = m.group(1), True
    elif lead == ">":
        text = MD_QUOTE.sub("", text)
    if "&" in text:
        text = SAFE_ENTITIES.sub(lambda e: htmllib.unescape(e.group(0)), text)
        text = text.replace("\u00a0", " ")
    if "](" in text:
        if not MD_IMAGE_INLINE.fullmatch(text.strip()):
            text = MD_IMAGE_INLINE.sub("", text)
        text = MD_LINK.sub(lambda m: _unwrap(m, 1), text)
    if "*" in text or "__" in text:
        text = MD_BOLD.sub(lambda m: _unwrap(m, 2), text)
        text = MD_ITALIC.sub(lambda m: _unwrap(m, 1), text)
    if "_" in text:
        text = MD_UNDERSCORE_ITALIC.sub(lambda m: _unwrap(m, 1), text)
    return text, heading


def clean_markup(text: str) -> tuple[str, str]:
    """Strip markdown/HTML remnants from one paragraph; return (text, origin).

    Passes repeat until nothing changes: unwrapping one span can free its
    neighbour ('**a**__b__' → '**a** b'), a decoded entity can reveal a tag
    ('&lt;b&gt;'), so cleaning the output again is a no-op.
    """
    origin = "text"
    for _ in range(MARKUP_MAX_PASSES):
        cleaned, heading = _clean_markup_once(text)
        if heading:
            origin = "markdown_heading"
        if cleaned == text:
            break
        text = cleaned
    return text, origin


HAS_WORD = regex.compile(r"\w")
#: Substrings without which :func:`clean_markup` has nothing to do.
MARKUP_SIGNS = ("<", "&", "](", "*", "_", "#", ">")
#: The same as one pattern, checked per line once the document holds any.
MARKUP_SIGN = re.compile(r"[<&*#>_]|\]\(")


#: A line of a multi-line chunk in a text that has blank lines: a list item
#: (never a heading; see :mod:`declutter.structure`).
LIST_LINE = Signals(list_item=True)

#: Block-level tags of an HTML fragment pasted into text: a paragraph break
#: (a line break for ``<br>``), as a browser lays them out.
BLOCK_BREAK_TAG = regex.compile(
    r"<(/?)(p|div|li|h[1-6]|blockquote|section|article|header|footer|ul|ol|table|tr|br|hr)\b[^<>]{0,600}?/?>",
    regex.IGNORECASE,
)


CLOSING_BLOCK_TAG = regex.compile(r"</(?:p|div|li|h[1-6]|blockquote|section|article|td|tr|ul|ol)\s*>", regex.IGNORECASE)


def _block_breaks(text: str) -> str:
    """'<p>One.</p><p>Two.</p>' → paragraphs, not 'One. Two.' (inline tags stay for clean_markup)."""
    return BLOCK_BREAK_TAG.sub(lambda m: "\n" if m.group(2).lower() == "br" else "\n\n", text)


def _embeds_apart(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Cut embeds pasted into prose out into paragraphs of their own (see
    :data:`EMBED_IN_PROSE`); a paragraph of tags only is already one."""
    out: list[tuple[str, bool]] = []
    for raw, item in pieces:
        if "<" not in raw or ONLY_TAGS.match(raw):
            out.append((raw, item))
            continue
        embeds = [m.group(0) for m in EMBED_IN_PROSE.finditer(raw)]
        prose = " ".join(EMBED_IN_PROSE.sub(" ", raw).split()) if embeds else raw
        if not embeds or not HAS_WORD.search(HTML_TAG.sub(" ", prose)):
            out.append((raw, item))  # nothing pasted, or nothing else: judged whole
            continue
        out.append((prose, item))
        out.extend((e, item) for e in embeds)
    return out


def _markup_and_spacing(text: str, origin: str) -> tuple[str, str]:
    """Markup removal and spacing repairs, alternated until neither changes the text."""
    for _ in range(MARKUP_MAX_PASSES):
        cleaned, found = clean_markup(text)
        repaired = repair_spacing(cleaned)
        if found == "markdown_heading":
            origin = found
        if repaired == text:
            break
        text = repaired
    return text, origin


def segment(text: str, config: Config) -> list[Block]:
    """Plain text → blocks, with glued headings split off (origin ``glued_heading``)."""
    paragraphs: list[tuple[str, str, Signals]] = []
    text = normalise(text)
    if "</" in text and CLOSING_BLOCK_TAG.search(text):  # markup, not a mention of '<p>'
        text = _block_breaks(text)
    # newlines as spaces: a hard-wrapped paragraph is joined with spaces
    repairs = repairs_for(text.replace("\n", " "))
    # document-level pre-checks: a page dump's hundreds of lines skip the
    # markup and spacing passes when the text holds nothing for them
    markup = any(m in text for m in MARKUP_SIGNS)
    spacing = bool(repairs) or "  " in text
    pieces = split_marked(text)
    if markup and "<" in text:
        pieces = _embeds_apart(pieces)
    for raw, item in pieces:
        if raw.lstrip()[:1] in RULE_CHARS and MD_RULE.match(raw):
            continue
        cleaned, origin = clean_markup(raw) if markup and MARKUP_SIGN.search(raw) else (raw, "text")
        if not spacing and cleaned is raw:
            cleaned = cleaned.strip()
        elif not ("<" in cleaned and ONLY_TAGS.match(cleaned)):
            # removed markup can bring a repair's occasion that the raw text lacked
            repaired = repair_spacing(cleaned, repairs if cleaned is raw else SPACING_REPAIRS)
            if markup and repaired != cleaned.strip() and MARKUP_SIGN.search(repaired):
                # … and a repair can bring markup's ('* ]0*' → '*]0*'): clean
                # both to a fixpoint, as a second pass over the output would
                repaired, origin = _markup_and_spacing(repaired, origin)
            cleaned = repaired
        if cleaned[:1].isalnum() or HAS_WORD.search(cleaned):
            paragraphs.append((cleaned, origin, LIST_LINE if item else NO_SIGNALS))
    out: list[Block] = []
    last = len(paragraphs) - 1
    max_words = config.glued_heading_max_words
    for i, (para, origin, signals) in enumerate(paragraphs):
        # cheap tests first: a glued heading ends in a letter or digit and
        # needs a paragraph before it (most lines of a page dump fail here)
        if origin in GLUED_HEADING_ORIGINS and i < last and para[-1:].isalnum() and para.count(" ") > GLUED_MIN_PREFIX_WORDS:
            split = split_glued_heading(para, max_words)
            if split:
                out.append(Block(len(out), split[0], (), signals, None, origin))
                out.append(Block(len(out), split[1], (), NO_SIGNALS, None, "glued_heading"))
                continue
        out.append(Block(len(out), para, (), signals, None, origin))
    return out
