"""Cheap per-block measurements for the whole-page locator (:mod:`declutter.page`).

A page dump has ten to a hundred times more blocks than its article, and
nearly all of them are one-line menu items.  The locator therefore runs
*before* the full :mod:`declutter.features` and rule classifier, on these
measurements only: a handful of string operations per block, no rule regexes.
Only the blocks the locator keeps pay for the full pipeline.

Every word list is a data file (``data/page-cues.txt``, ``page-bylines.txt``,
``page-consent.txt``, ``months.txt``, and the shared ``stopwords-*.txt``), with English, German,
French, Spanish, Portuguese and Italian entries, so that no decision leans on English words alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .features import ALL_STOPWORDS, BULLET_CHARS, TOKEN, Features, cjk_words

#: Lines longer than this (in words) are never section cues: a cue is a label.
#: Calibrated on AEB page texts: menu headings and section labels have 1-4
#: words; "More from <outlet name>" has up to 6.
CUE_MAX_WORDS = 6

#: Closing quotes and brackets that may follow a sentence end.
CLOSERS = "\"”’»)]'"
#: Characters that end a sentence (CJK full stops included).
SENTENCE_ENDERS = frozenset(".!?…:;。！？")
#: Numeric dates and clock times: '19.11.2019', '2019-11-19', '11/19/19', '10:31'.
NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}[:h]\d{2}\b")
DIGIT = re.compile(r"\d")
_IS_STOPWORD = ALL_STOPWORDS.__contains__


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
#: How many words may follow an open-tailed cue phrase.
OPEN_TAIL_MAX_WORDS = 4


def _key(text: str) -> tuple[str, ...]:
    """Words of a line without numbers and punctuation: '12 Comments:' → ('comments',)."""
    return tuple(t for t in TOKEN.findall(text.lower()) if not t.isdigit())


#: A cue phrase ending in this heads a comment thread followed by a quoted title.
TITLED_TAIL = " …"
#: Quotation marks one of which a titled thread header must hold.
TITLE_QUOTES = "“\"«„‘'"
#: Longest titled thread header, in words (count, phrase and the post's title).
TITLED_MAX_WORDS = 40

CueTable = dict[tuple[str, ...], str]


@lru_cache(maxsize=None)
def cue_table() -> tuple[CueTable, CueTable, CueTable]:
    """(exact, open-tailed, titled) phrases of ``page-cues.txt``, word tuples → kind.

    A cue is the whole line: the phrase, maybe a count ('12 Comments',
    'Comments (3)') and punctuation ('Related:'); an open-tailed phrase may be
    followed by a few words ('More from <outlet>'); a titled phrase follows a
    count and precedes a quoted title ('34 responses to “…”').  Dictionary
    look-ups, not a regex alternation: this runs on every short line of every page.
    """
    exact: CueTable = {}
    tails: CueTable = {}
    titled: CueTable = {}
    for head, phrase in _read("page-cues.txt"):
        kind = head.split(":", 1)[0].strip()
        if phrase.endswith(TITLED_TAIL):
            table, phrase = titled, phrase.removesuffix(TITLED_TAIL)
        elif phrase.endswith(OPEN_TAIL):
            table, phrase = tails, phrase.removesuffix(OPEN_TAIL)
        else:
            table = exact
        key = _key(phrase)
        if key:
            table.setdefault(key, kind)
    return exact, tails, titled


def titled_cue(text: str, tokens: list[str]) -> str:
    """Kind of a counted, titled thread header ('12 thoughts on “Title”'), or ''."""
    if not tokens or not tokens[0].isdigit() or not any(q in text for q in TITLE_QUOTES):
        return ""
    titled = cue_table()[2]
    words = tokens[1:4]
    for n in range(len(words), 0, -1):
        kind = titled.get(tuple(words[:n]))
        if kind:
            return kind
    return ""


@lru_cache(maxsize=None)
def _byline_pattern() -> re.Pattern[str]:
    phrases = sorted({re.escape(p.lower()).replace(r"\ ", r"\s+") for _, p in _read("page-bylines.txt")},
                     key=len, reverse=True)
    return re.compile(rf"^\W*(?:{'|'.join(phrases)})\b")


@lru_cache(maxsize=None)
def month_words() -> frozenset[str]:
    return frozenset(w for _, line in _read("months.txt") for w in line.lower().split())


@lru_cache(maxsize=None)
def _consent_words() -> tuple[str, ...]:
    return tuple(sorted({w.lower() for _, w in _read("page-consent.txt")}))


def is_cookie_banner(lower: str) -> bool:
    """'cookie' next to a consent word (any of en/de/fr/es/pt/it): a banner, not a recipe."""
    return "cookie" in lower and any(w in lower for w in _consent_words())


def cue_kind(key: tuple[str, ...]) -> str:
    """Kind of section a short line opens ('' when it opens none); ``key`` from :func:`_key`."""
    exact, tails, _ = cue_table()
    kind = exact.get(key)
    if kind:
        return kind
    for n in range(1, len(key)):
        if len(key) - n <= OPEN_TAIL_MAX_WORDS and key[:n] in tails:
            return tails[key[:n]]
    return ""


def is_dated(lower: str, tokens: list[str]) -> bool:
    """A date or time stamp: '19.11.2019', '10:31 pm', 'Nov 19, 2019', '3. März'."""
    if not DIGIT.search(lower):
        return False
    if NUMERIC_DATE.search(lower):
        return True
    months = month_words()
    return any(t in months for t in tokens)


def ends_sentence(text: str) -> bool:
    """Ends with sentence punctuation, possibly inside closing quotes or brackets."""
    t = text.rstrip().rstrip(CLOSERS)
    if not t:
        return False
    if t[-1] in SENTENCE_ENDERS:
        return True
    # a quotation that closes the paragraph: '… a "very dangerous development”'
    return text.rstrip()[-1:] in "”»"


class Shape(NamedTuple):
    """What the locator knows about one block (a tuple: built ~30k times a second)."""

    words: int
    stop_share: float  # share of tokens that are function words (en/de/fr/es/pt/it); 0 under 4 words
    terminal: bool
    cue: str  # boilerplate kind of a section-opening label, or ''
    dated: bool
    byline: bool  # opens like a byline ('By …', 'Von …', 'Par …', 'Por …')
    bullet: bool
    cookie: bool  # a consent banner: 'cookie' and a consent word
    #: holds a digit (an ingredient, a table row, a score line); counted on short lines only
    numeric: bool = False
    #: ends with a colon: a lead-in announcing a list ('My favourite spots:')
    lead_in: bool = False
    #: the same text as the block before (a gallery's repeated caption), set by the locator
    repeat: bool = False


#: Under this many words a line's function-word share is never read (the
#: locator scores such lines as furniture or short sentences by punctuation).
STOP_SHARE_MIN_WORDS = 4
#: Lines up to this long may be a date stamp or a byline.
STAMP_MAX_WORDS = 2 * CUE_MAX_WORDS


@lru_cache(maxsize=None)
def _first_words() -> tuple[frozenset[str], frozenset[str]]:
    """First words of the cue phrases and of the byline openers: a line whose
    first word is none of them skips that look-up (most lines of a page)."""
    exact, tails, _ = cue_table()
    cues = frozenset(k[0] for k in (*exact, *tails))
    bylines = frozenset(TOKEN.findall(p.lower())[0] for _, p in _read("page-bylines.txt") if TOKEN.search(p))
    return cues, bylines


def shape(text: str) -> Shape:
    """The locator's measurements of one line (see :class:`Shape`).

    Runs on every line of a page, so each measurement is taken only where it
    can matter: the function-word share on whitespace words (lines of four
    words or more), the cue, date and byline tests on short lines, and the
    ``\\w+`` tokens only for those.
    """
    lower = text.lower()
    parts = lower.split()
    words = len(parts) + cjk_words(text)  # as :func:`~declutter.features.word_count`
    stop_share = 0.0
    cue = ""
    dated = byline = numeric = False
    if parts and words >= STOP_SHARE_MIN_WORDS:
        # whitespace words, not ``\\w+`` tokens: several times cheaper on the
        # long lines, and the share is only compared with a low threshold
        # (AEB page texts and the fixtures give the same articles either way)
        stop_share = sum(map(_IS_STOPWORD, parts)) / len(parts)
    if words <= TITLED_MAX_WORDS:
        m = TOKEN.search(lower)
        if m is not None:
            head = m.group()
            cue_first, byline_first = _first_words()
            tokens: list[str] | None = None
            if head.isdigit():
                tokens = TOKEN.findall(lower)
                cue = titled_cue(text, tokens)
            if words <= STAMP_MAX_WORDS:
                numeric = DIGIT.search(lower) is not None
                if not cue and words <= CUE_MAX_WORDS and (head in cue_first or head.isdigit()):
                    tokens = tokens or TOKEN.findall(lower)
                    key = tuple(t for t in tokens if not t.isdigit())
                    if key and key[0] in cue_first:
                        cue = cue_kind(key)
                if numeric:
                    dated = is_dated(lower, tokens or TOKEN.findall(lower))
                byline = head in byline_first and _byline_pattern().match(lower) is not None
    return Shape(
        words,
        stop_share,
        ends_sentence(text),
        cue,
        dated,
        byline,
        text.lstrip()[:1] in BULLET_CHARS,
        "cookie" in lower and is_cookie_banner(lower),
        numeric,
        text.rstrip()[-1:] == ":",
    )


def cheap_features(text: str, s: Shape) -> Features:
    """A :class:`Features` for a block the locator removed (no cue regexes run).

    Later stages only read features of body blocks, but every block must have
    them; this keeps removed page furniture from costing a full measurement
    (the stance cues stay lazy properties of :class:`Features`).
    """
    return Features(text=text, words=s.words, chars=len(text), bullet=s.bullet)
