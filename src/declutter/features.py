"""Stage 2 — ``features``: pure measurements of each block.

Nothing here decides anything; the classifier and the whole-page locator read
these numbers.  Stop-word lists are data files (``data/stopwords-*.txt``) so the
measurements work for English, German, French and Spanish alike.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import regex

from .model import Block
from .rules import cues

WORD = regex.compile(r"\w+")
#: Words for stop-word density: letters only, so numbers don't dilute it.
LETTER_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
TERMINAL = regex.compile(r"[.!?…:;。！？][\"”’»)\]]*\s*$")
SENTENCE_END = regex.compile(r"[.!?…](?=\s|$)")
URL = regex.compile(r"https?://\S+|www\.\S+")
HANDLE = regex.compile(r"(?<![\w.])@[A-Za-z0-9_][\w.]{1,30}")

LANGUAGES = ("en", "de", "fr", "es")


@lru_cache(maxsize=None)
def stopwords(lang: str) -> frozenset[str]:
    text = resources.files("declutter").joinpath("data", f"stopwords-{lang}.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


ALL_STOPWORDS: frozenset[str] = frozenset().union(*(stopwords(lang) for lang in LANGUAGES))


@dataclass(frozen=True, slots=True)
class Features:
    """Measurements of one block."""

    words: int
    chars: int
    sentences: int
    stopword_share: float  # share of letter-words that are function words (any language)
    terminal: bool  # ends like a sentence
    capitalised_share: float  # share of letter-words starting upper-case
    urls: int
    handles: int
    addresses_reader: bool
    refers_to_itself: bool
    reports: bool
    bullet: bool
    language: str | None


def guess_language(words: list[str]) -> str | None:
    """Language whose stop-words cover the most words (None when too few words)."""
    if len(words) < 4:
        return None
    best, best_n = None, 0
    for lang in LANGUAGES:
        sw = stopwords(lang)
        n = sum(1 for w in words if w in sw)
        if n > best_n:
            best, best_n = lang, n
    return best


def measure(text: str) -> Features:
    letter_words = LETTER_WORD.findall(text)
    lower = [w.lower() for w in letter_words]
    n_letters = len(letter_words) or 1
    return Features(
        words=len(WORD.findall(text)),
        chars=len(text),
        sentences=max(1, len(SENTENCE_END.findall(text))),
        stopword_share=sum(1 for w in lower if w in ALL_STOPWORDS) / n_letters,
        terminal=bool(TERMINAL.search(text)),
        capitalised_share=sum(1 for w in letter_words if w[0].isupper()) / n_letters,
        urls=len(URL.findall(text)),
        handles=len(HANDLE.findall(text)),
        addresses_reader=cues.addresses_reader(text),
        refers_to_itself=cues.refers_to_itself(text),
        reports=cues.reports(text),
        bullet=text.lstrip()[:1] in "•·▪◦‣●-*–",
        language=guess_language(lower),
    )


def features(blocks: list[Block]) -> list[Block]:
    """Attach :class:`Features` to every block."""
    return [replace(b, features=measure(b.text)) for b in blocks]
