"""Cheap per-block measurements for the whole-page locator (:mod:`declutter.page`).

A page dump has ten to a hundred times more blocks than its article, and
nearly all of them are one-line menu items.  The locator therefore runs
*before* the full :mod:`declutter.features` and rule classifier, on these
measurements only: a handful of string operations per block, no rule regexes.
Only the blocks the locator keeps pay for the full pipeline.

Every word list is a data file (``data/page-cues.txt``, ``page-bylines.txt``,
``page-consent.txt``, ``months.txt``, and the shared ``stopwords-*.txt``), with English, German,
French and Spanish entries, so that no decision leans on English words alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .features import ALL_STOPWORDS, Features

#: Lines longer than this (in words) are never section cues: a cue is a label.
#: Calibrated on AEB page texts: menu headings and section labels have 1-4
#: words; "More from <outlet name>" has up to 6.
CUE_MAX_WORDS = 6

#: Letter words (stdlib ``re``: several times faster than ``regex`` here).
LETTER_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
#: Closing quotes and brackets that may follow a sentence end.
CLOSERS = "\"”’»)]'"
#: Characters that end a sentence (CJK full stops included).
SENTENCE_ENDERS = frozenset(".!?…:;。！？")
#: Numeric dates and clock times: '19.11.2019', '2019-11-19', '11/19/19', '10:31'.
NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}[:h]\d{2}\b")
BULLETS = "•·▪◦‣●-*–"


def _read(name: str) -> list[tuple[str, str]]:
    """``lang: phrase`` lines of a data file (``kind: lang: phrase`` keeps the kind)."""
    text = resources.files("declutter").joinpath("data", name).read_text("utf-8")
    out: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            head, _, phrase = line.rpartition(":")
            out.append((head.strip(), phrase.strip()))
    return out


#: A cue phrase ending in this may be followed by a few words ('More from …').
OPEN_TAIL = " *"
OPEN_TAIL_PATTERN = r"(?:\s+\S+){1,4}"


def _alternation(phrases: list[str]) -> str:
    def one(p: str) -> str:
        tail = OPEN_TAIL_PATTERN if p.endswith(OPEN_TAIL) else ""
        return re.escape(p.removesuffix(OPEN_TAIL)).replace(r"\ ", r"\s+") + tail

    return "|".join(sorted({one(p) for p in phrases}, key=len, reverse=True))


@lru_cache(maxsize=None)
def cue_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One anchored pattern per boilerplate kind in ``page-cues.txt``.

    A cue is the whole line: the phrase, optionally a count before or after it
    ('12 Comments', 'Comments (3)') and trailing punctuation ('Related:').
    """
    by_kind: dict[str, list[str]] = {}
    for head, phrase in _read("page-cues.txt"):
        kind = head.split(":", 1)[0].strip()
        by_kind.setdefault(kind, []).append(phrase.lower())
    count = r"(?:[\(\[]?\d+[\)\]]?\s*)?"
    return tuple(
        (kind, re.compile(rf"^\W*{count}(?:{_alternation(ps)})\W*{count}\W*$"))
        for kind, ps in by_kind.items()
    )


@lru_cache(maxsize=None)
def _byline_pattern() -> re.Pattern[str]:
    phrases = [p.lower() for _, p in _read("page-bylines.txt")]
    return re.compile(rf"^\W*(?:{_alternation(phrases)})\b")


@lru_cache(maxsize=None)
def _month_pattern() -> re.Pattern[str]:
    words = [w for _, line in _read("months.txt") for w in line.lower().split()]
    return re.compile(rf"\b(?:{_alternation(words)})\b\.?")


@lru_cache(maxsize=None)
def _consent_words() -> tuple[str, ...]:
    return tuple(sorted({w.lower() for _, w in _read("page-consent.txt")}))


def is_cookie_banner(lower: str) -> bool:
    """'cookie' next to a consent word (any of en/de/fr/es): a banner, not a recipe."""
    return "cookie" in lower and any(w in lower for w in _consent_words())


def cue_kind(lower: str) -> str:
    """Kind of section a short line opens ('' when it opens none)."""
    for kind, pat in cue_patterns():
        if pat.match(lower):
            return kind
    return ""


def is_dated(lower: str) -> bool:
    """A date or time stamp: '19.11.2019', '10:31 pm', 'Nov 19, 2019', '3. März'."""
    if NUMERIC_DATE.search(lower):
        return True
    return any(c.isdigit() for c in lower) and bool(_month_pattern().search(lower))


def ends_sentence(text: str) -> bool:
    """Ends with sentence punctuation, possibly inside closing quotes or brackets."""
    t = text.rstrip().rstrip(CLOSERS)
    if not t:
        return False
    if t[-1] in SENTENCE_ENDERS:
        return True
    # a quotation that closes the paragraph: '… a "very dangerous development”'
    return text.rstrip()[-1:] in "”»"


@dataclass(frozen=True, slots=True)
class Shape:
    """What the locator knows about one block."""

    words: int
    letters: int  # letter-words (stop-word share denominator)
    stop_share: float  # share of letter-words that are function words (en/de/fr/es)
    terminal: bool
    cue: str  # boilerplate kind of a section-opening label, or ''
    dated: bool
    byline: bool  # opens like a byline ('By …', 'Von …', 'Par …', 'Por …')
    bullet: bool
    cookie: bool  # a consent banner: 'cookie' and a consent word


def shape(text: str) -> Shape:
    lower = text.lower()
    words = len(text.split())
    letter_words = LETTER_WORD.findall(lower)
    n = len(letter_words)
    stops = sum(1 for w in letter_words if w in ALL_STOPWORDS)
    short = words <= CUE_MAX_WORDS
    return Shape(
        words=words,
        letters=n,
        stop_share=stops / n if n else 0.0,
        terminal=ends_sentence(text),
        cue=cue_kind(lower) if short else "",
        dated=is_dated(lower) if words <= 2 * CUE_MAX_WORDS else False,
        byline=bool(_byline_pattern().match(lower)) if words <= 2 * CUE_MAX_WORDS else False,
        bullet=text.lstrip()[:1] in BULLETS,
        cookie=is_cookie_banner(lower),
    )


def cheap_features(text: str, s: Shape) -> Features:
    """A :class:`Features` for a block the locator removed (no cue regexes run).

    Later stages only read features of body blocks, but every block must have
    them; this keeps removed page furniture from costing a full measurement
    (the stance cues stay lazy properties of :class:`Features`).
    """
    return Features(
        text=text,
        words=s.words,
        chars=len(text),
        sentences=1,
        stopword_share=s.stop_share,
        terminal=s.terminal,
        capitalised_share=0.0,
        urls=0,
        handles=0,
        bullet=s.bullet,
    )
