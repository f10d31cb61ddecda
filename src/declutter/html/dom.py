"""Parse HTML with lxml and walk it iteratively into paragraph-sized blocks.

Why this shape:

* **Blocks are what a browser shows as separate boxes.**  Text is gathered
  from the walk's text and tail events into the innermost open block element
  (``p``, ``div``, ``li``, ``h2``, ``td``…); inline elements (``b``, ``a``,
  ``span``) only append, so ``<b>Rules</b>of`` is one word and
  ``Rules <b>of</b>`` two, exactly as rendered.  ``<br><br>`` ends a block.
* **Junk goes before the walk, in C.**  ``script``, ``style``, ``template``,
  form controls and hidden elements are removed with
  :func:`lxml.etree.strip_elements` / XPath, so the Python loop never visits
  them.
* **No recursion.**  :func:`lxml.etree.iterwalk` is an explicit-stack walk, so
  10,000-level nesting cannot overflow Python's stack.  libxml2 itself stops
  at a nesting depth (256, or 2,048 with ``huge_tree``) and silently drops
  *everything* after that point, including later top-level paragraphs.  We
  parse with ``huge_tree`` (real pages stay far below 2,048) and, when the
  parser reports the limit, flatten the container tags and parse again, with
  a warning, so the page still yields what it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex
from lxml import etree

from ..segment import INVISIBLES

#: Elements whose content is never visible text.  ``form`` is handled apart
#: (ASP.NET pages wrap the whole body in one).
DROP_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "map", "select", "button", "input", "textarea", "option",
    "head", "link", "meta", "dialog",
)

#: Hidden elements: the ``hidden`` attribute or an inline ``display:none``.
HIDDEN_XPATH = etree.XPath("//*[@hidden or @style]")
#: Inline styles (spaces removed, lower-cased) that hide an element.
HIDDEN_STYLES = ("display:none", "visibility:hidden")
#: A form without any paragraph in it is a search box or a sign-up form.
SMALL_FORM_XPATH = etree.XPath("//form[not(.//p)]")

#: Tags that start a new block (everything else is inline and only appends).
BLOCK_TAGS: frozenset[str] = frozenset(
    "p div section article main header footer nav aside h1 h2 h3 h4 h5 h6 ul ol li dl dt dd "
    "blockquote pre table thead tbody tfoot tr td th caption figure figcaption form fieldset "
    "legend address hr center details summary body html menu hgroup".split()
)
HEADING_LEVEL: dict[str, int] = {f"h{i}": i for i in range(1, 7)}

#: How many nearest ancestors a block remembers.  Main-region detection and
#: class/id tokens look this far up; a cap keeps pathological nesting linear.
#: Real article paragraphs sit 8-30 levels deep.
MAX_ANCESTORS = 48

#: libxml2's nesting limit with ``huge_tree``; above it the parse is redone flat.
_DEPTH_ERROR = "Excessive depth"
#: Container and inline tags removed by the flat re-parse (blocks that matter,
#: p/li/h1-h6/td/br, are kept; they close themselves and cannot nest deeply).
_FLATTEN = regex.compile(
    r"</?(?:div|span|section|article|main|aside|header|footer|nav|font|b|i|u|em|strong|small|big|"
    r"center|blockquote|table|tbody|tr|ul|ol|dl|a|abbr|sup|sub|figure|form|label|s|strike|q|cite)\b[^>]*>",
    regex.IGNORECASE,
)


#: A block needs one word character; the text path drops such lines too.
_WORD = re.compile(r"\w")
#: Pre-check (stdlib ``re``, several times faster here) for ``segment.INVISIBLES``.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")


@dataclass(slots=True)
class RawBlock:
    """A block as the walk found it, before any judgement."""

    text: str
    tag: str  # innermost block element's tag
    el: etree._Element  # that element
    ancestors: tuple[etree._Element, ...]  # nearest last, at most MAX_ANCESTORS
    link_chars: int
    heading_level: int
    list_item: bool
    order: int

    @property
    def link_density(self) -> float:
        return min(1.0, self.link_chars / len(self.text)) if self.text else 0.0


def parse(html: str) -> tuple[etree._Element | None, list[str]]:
    """HTML text → root element (or None for no markup at all), with warnings."""
    warnings: list[str] = []
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True,
                              no_network=True, recover=True)
    # an XML declaration with an encoding makes lxml refuse a str; it says nothing we need
    if html.lstrip()[:5] == "<?xml":
        html = html[html.find("?>") + 2:]
    try:
        root = etree.fromstring(html, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None, warnings
    if any(_DEPTH_ERROR in e.message for e in parser.error_log):
        warnings.append("HTML nested deeper than the parser allows: container tags flattened")
        try:
            root = etree.fromstring(_FLATTEN.sub(" ", html), parser)
        except (etree.XMLSyntaxError, ValueError):
            return None, warnings
    return root, warnings


def _drop_keep_tail(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _elements(xpath: etree.XPath, root: etree._Element) -> list[etree._Element]:
    """An XPath's results that are elements (the type stubs allow any XPath value)."""
    result = xpath(root)
    return [el for el in result if isinstance(el, etree._Element)] if isinstance(result, list) else []


def prune(root: etree._Element) -> None:
    """Remove invisible content in place (after metadata has been read)."""
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    hidden = [
        el for el in _elements(HIDDEN_XPATH, root)
        if el.get("hidden") is not None
        or any(h in "".join(el.get("style", "").split()).lower() for h in HIDDEN_STYLES)
    ]
    for el in hidden + _elements(SMALL_FORM_XPATH, root):
        _drop_keep_tail(el)


def walk(root: etree._Element) -> list[RawBlock]:
    """Iterative walk → blocks in document order (see module docstring)."""
    body = root.find("body")
    start = body if body is not None else root
    blocks: list[RawBlock] = []
    parts: list[str] = []
    link_chars = 0
    link_depth = 0
    open_els: list[etree._Element] = []  # every open element, for ancestors
    block_stack: list[tuple[etree._Element, int]] = []  # open block elements, their depth
    pending_br = False
    block_tags, heading_level = BLOCK_TAGS, HEADING_LEVEL
    has_word, invisible = _WORD.search, _INVISIBLE.search

    def flush() -> None:
        nonlocal link_chars
        text = "".join(parts)
        parts.clear()
        if invisible(text):  # zero-width characters out, as on the text path
            text = INVISIBLES.sub("", text)
        text = " ".join(text.split())
        lc, link_chars = link_chars, 0
        if not has_word(text):  # '|', '•', ':' between links: nothing to read
            return
        el, depth_at = block_stack[-1] if block_stack else (start, 0)
        tag = el.tag
        level = 0
        list_item = False
        for b, _ in reversed(block_stack[-MAX_ANCESTORS:]):
            t = b.tag
            if not level and t in heading_level:
                level = heading_level[t]
            if t == "li":
                list_item = True
        anc = tuple(open_els[max(0, depth_at - MAX_ANCESTORS):depth_at])
        blocks.append(RawBlock(text, tag, el, anc, min(lc, len(text)), level, list_item, len(blocks)))

    # The loop below is the hot path (one pass per element): text and tail
    # handling is inlined, whitespace before a block's first word is never
    # stored, and ``flush`` is only called when there is something to flush.
    for event, el in etree.iterwalk(start, events=("start", "end")):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            open_els.append(el)
            if tag in block_tags:
                if parts:
                    flush()
                pending_br = False
                block_stack.append((el, len(open_els) - 1))
            elif tag == "br":
                if pending_br:
                    if parts:
                        flush()
                    pending_br = False
                elif parts:
                    parts.append("\n")
                    pending_br = True
            elif tag == "a":
                link_depth += 1
            s = el.text
        else:
            if tag in block_tags:
                if parts:
                    flush()
                pending_br = False
                block_stack.pop()
            elif tag == "a":
                link_depth -= 1
            open_els.pop()
            s = el.tail if el is not start else None
        if s and (parts or not s.isspace()):
            parts.append(s)
            if link_depth:
                link_chars += len(s.strip())
            if pending_br and not s.isspace():
                pending_br = False
    if parts:
        flush()
    return blocks
