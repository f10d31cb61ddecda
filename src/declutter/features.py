"""Stage 2 — ``features``: pure measurements of each block.

Nothing here decides anything; the classifier and the whole-page locator read
these numbers.  Stop-word lists are data files (``data/stopwords-*.txt``) so the
measurements work for English, German, French and Spanish alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources

import re

import regex

from .model import Block
from .rules import cues

# Simple patterns use the standard library's ``re``: faster than ``regex`` here.
WORD = re.compile(r"\w+")
#: Words for stop-word density: letters only, so numbers don't dilute it.
LETTER_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")
TERMINAL = re.compile(r"[.!?…:;。！？][\"”’»)\]]*\s*$")
SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
URL = regex.compile(r"https?://\S+|www\.\S+")
HANDLE = regex.compile(r"(?<![\w.])@[A-Za-z0-9_][\w.]{1,30}")

LANGUAGES = ("en", "de", "fr", "es")


@lru_cache(maxsize=None)
def stopwords(lang: str) -> frozenset[str]:
    text = resources.files("declutter").joinpath("data", f"stopwords-{lang}.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


ALL_STOPWORDS: frozenset[str] = frozenset().union(*(stopwords(lang) for lang in LANGUAGES))


@dataclass(frozen=True)
class Features:
    """Measurements of one block.

    The stance cues and the language guess cost a few regex passes, and only
    blocks that some rule fires on need them, so they are computed on first
    use and cached on the instance.
    """

    text: str = field(repr=False)
    words: int
    chars: int
    sentences: int
    stopword_share: float  # share of letter-words that are function words (any language)
    terminal: bool  # ends like a sentence
    capitalised_share: float  # share of letter-words starting upper-case
    urls: int
    handles: int
    bullet: bool

    @cached_property
    def addresses_reader(self) -> bool:
        return cues.addresses_reader(self.text)

    @cached_property
    def refers_to_itself(self) -> bool:
        return cues.refers_to_itself(self.text)

    @cached_property
    def reports(self) -> bool:
        return cues.reports(self.text)

    @cached_property
    def language(self) -> str | None:
        return guess_language([w.lower() for w in LETTER_WORD.findall(self.text)])


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
    n_letters = len(letter_words) or 1
    stop = ALL_STOPWORDS
    return Features(
        text=text,
        words=len(WORD.findall(text)),
        chars=len(text),
        sentences=max(1, len(SENTENCE_END.findall(text))),
        stopword_share=sum(w.lower() in stop for w in letter_words) / n_letters,
        terminal=bool(TERMINAL.search(text)),
        capitalised_share=sum(w[0].isupper() for w in letter_words) / n_letters,
        urls=len(URL.findall(text)) if "/" in text or "www" in text else 0,
        handles=len(HANDLE.findall(text)) if "@" in text else 0,
        bullet=text.lstrip()[:1] in "•·▪◦‣●-*–",
    )


def features(blocks: list[Block]) -> list[Block]:
    """Attach :class:`Features` to every block that has none yet.

    Blocks the page locator pinned already carry cheap features.
    """
    return [b if b.features is not None else replace(b, features=measure(b.text)) for b in blocks]
