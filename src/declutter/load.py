"""Stage 0 — ``load``: bytes or str in, decoded text and its kind out.

Decides whether the input is HTML or plain text, decodes bytes (BOM, declared
charset, UTF-8, then a cp1252 fallback that can decode anything), repairs the
commonest mojibake (UTF-8 read as cp1252), and refuses binary formats with a
message that names them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import regex

from .errors import InputError

#: Magic numbers of formats users feed us by mistake, with what to do instead.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document (extract its text first)"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or docx/xlsx)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ", "xz-compressed data (decompress it first)"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"wOFF", "a web font"),
)

#: Share of control bytes above which bytes are binary, not text.  Real text
#: has almost none; 10% leaves room for a few stray form feeds.
MAX_CONTROL_SHARE = 0.10

#: Bytes that do not occur in text (tab, newlines, form feed are allowed).
CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x7f"

#: How many leading bytes are inspected for charset declarations and binary junk.
SNIFF_BYTES = 4096

_HTML_START = regex.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b|<title\b)",
    regex.IGNORECASE | regex.DOTALL,
)
_BLOCK_TAG = regex.compile(r"</(?:p|div|li|td|h[1-6]|article|section|table|ul)\s*>", regex.IGNORECASE)
#: A text with at least this many closing block tags per 1,000 characters is
#: HTML even without a doctype (a fragment or a saved body).
HTML_TAG_DENSITY = 1.0
#: A fragment needs at least this many closing block tags to count as HTML.
HTML_MIN_BLOCK_TAGS = 3

_MOJIBAKE = regex.compile(r"(?:Ã[\x80-\xbf©¨¢¤§¼½¾¡³º¶±­]|â€[\x80-\xbf™œ˜¦“”]|Â[\xa0-\xbf])")
_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", regex.IGNORECASE)
#: Stdlib ``re``: on a 500 kB page it is about 20x faster than ``regex`` for this class.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Characters every mojibake match starts with: a cheap pre-check before the
#: regex (three substring scans beat one regex alternation here).
_MOJIBAKE_LEADS = ("Ã", "â€", "Â")

Kind = Literal["text", "html"]


@dataclass(frozen=True, slots=True)
class Loaded:
    """Decoded input, what kind it is, and what loading had to repair."""

    text: str
    kind: Kind
    encoding: str | None = None
    warnings: tuple[str, ...] = ()


def looks_like_html(text: str) -> bool:
    """A page (doctype/html/head/body at the start) or a dense HTML fragment."""
    head = text[:SNIFF_BYTES]
    if _HTML_START.match(head):
        return True
    if not head.lstrip().startswith("<") or ("</" not in head and "</" not in text[-SNIFF_BYTES:]):
        return False  # a text that opens with prose and pastes some tags is text
    tags = len(_BLOCK_TAG.findall(text[: 200_000]))
    size = max(1, min(len(text), 200_000))
    return tags >= HTML_MIN_BLOCK_TAGS and tags * 1000 / size >= HTML_TAG_DENSITY


def fix_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 decoded as cp1252/latin-1 ('â€™' → '’'), if that is clearly what happened."""
    if not any(lead in text for lead in _MOJIBAKE_LEADS) or not _MOJIBAKE.search(text):
        return text, False
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)):
            return fixed, True
    # a character that was never UTF-8 bytes ('Â¡\x85', 'Ã© ✓') blocks the
    # whole-text round trip: repair each mojibake sequence on its own, so
    # that cleaning (which may drop that character) cannot unblock it later
    fixed = _MOJIBAKE.sub(_fix_sequence, text)
    return fixed, fixed != text


def _fix_sequence(m: regex.Match[str]) -> str:
    for codec in ("cp1252", "latin-1"):
        try:
            return m.group(0).encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return m.group(0)


def _binary_reason(data: bytes) -> str | None:
    head = data[:SNIFF_BYTES]
    for magic, what in BINARY_SIGNATURES:
        if head.startswith(magic):
            return what
    if not head:
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM: text, decoded below
        return None
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))  # C speed, no Python loop
    if b"\x00" in head or controls / len(head) > MAX_CONTROL_SHARE:
        return "binary data"
    return None


def decode(data: bytes, *, encoding: str | None = None) -> tuple[str, str]:
    """Bytes → str: explicit encoding, BOM, declared charset, UTF-8, then cp1252."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot decode input as {encoding!r}: {exc}; omit the encoding to auto-detect") from exc
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(data[:SNIFF_BYTES])
    if m:
        declared = m.group(1).decode("ascii", "ignore").lower()
        if declared not in ("utf-8", "utf8"):
            try:
                return data.decode(declared), declared
            except (LookupError, UnicodeDecodeError):
                pass
    from bs4.dammit import UnicodeDammit

    dammit = UnicodeDammit(data[:2_000_000], ["utf-8", "cp1252"], is_html=True)
    codec = dammit.original_encoding or "cp1252"
    try:
        return data.decode(codec), codec
    except (LookupError, UnicodeDecodeError):
        return data.decode("cp1252", errors="replace"), "cp1252"


def load(data: str | bytes, *, max_chars: int, encoding: str | None = None, kind: Kind | None = None) -> Loaded:
    """Turn raw input into :class:`Loaded`; raise :class:`InputError` for unusable input."""
    warnings: list[str] = []
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if len(raw) > max_chars * 4:
            raise InputError(
                f"input is {len(raw):,} bytes, over the limit of {max_chars:,} characters; "
                "split it or raise Config(max_input_chars=…)"
            )
        reason = _binary_reason(raw)
        if reason:
            raise InputError(f"input looks like {reason}, not text or HTML")
        text, used = decode(raw, encoding=encoding)
        # UTF-8 and single-byte codecs map control characters only from
        # control bytes: check the bytes at C speed instead of the text.
        maybe_control = not used.replace("-", "").replace("_", "").lower().startswith(
            ("utf8", "ascii", "cp125", "windows125", "latin", "iso8859")
        ) or len(raw.translate(None, CONTROL_BYTES)) != len(raw)
    elif isinstance(data, str):
        text, used, maybe_control = data, None, True
    else:
        raise InputError(f"clean() takes str or bytes, not {type(data).__name__}")
    if len(text) > max_chars:
        raise InputError(
            f"input is {len(text):,} characters, over the limit of {max_chars:,}; "
            "split it or raise Config(max_input_chars=…)"
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    text, fixed = fix_mojibake(text)
    if fixed:
        warnings.append("repaired mojibake (UTF-8 text that had been decoded as cp1252)")
    if maybe_control and _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
        warnings.append("replaced control characters with spaces")
    detected: Kind = kind or ("html" if looks_like_html(text) else "text")
    return Loaded(text=text, kind=detected, encoding=used, warnings=tuple(warnings))
