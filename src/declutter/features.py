"""Stage 2 — ``features``: pure measurements of each block.

Nothing here decides anything; the classifier and the whole-page locator read
these numbers.  Stop-word lists are data files (``data/stopwords-*.txt``) so the
measurements work for English, German, French, Spanish, Portuguese and Italian alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import regex

from .model import Block
from .rules import cues

# Simple patterns use the standard library's ``re``: faster than ``regex`` here.
#: Words for stop-word density: letters only, so numbers don't dilute it.
#: Word tokens (stdlib ``re``: several times faster than ``regex`` here, and
#: the page locator runs it on every line).
TOKEN = re.compile(r"\w+")
LETTER_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")
TERMINAL = re.compile(r"[.!?…:;。！？][\"”’»)\]]*\s*$")
SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
URL = regex.compile(r"https?://\S+|www\.\S+")
HANDLE = regex.compile(r"(?<![\w.])@[A-Za-z0-9_][\w.]{1,30}")

#: Chinese and Japanese characters (kana and CJK ideographs): those scripts
#: write words without spaces.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: About this many such characters make a word (dictionary words are 1-4).
CJK_CHARS_PER_WORD = 2

LANGUAGES = ("en", "de", "fr", "es", "pt", "it")
#: Characters that open a list item (shared with the page locator).
BULLET_CHARS = "•·▪◦‣●-*–"


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
    bullet: bool
    #: The whole-page locator's :class:`~declutter.page_features.Shape` of this
    #: text, kept so that ``relocate`` need not measure the article again.
    page_shape: Any = field(default=None, repr=False, compare=False)

    # Cheap to store, but only some callers need them: computed on first use.
    @cached_property
    def _letter_words(self) -> list[str]:
        return LETTER_WORD.findall(self.text)

    @cached_property
    def sentences(self) -> int:
        return max(1, len(SENTENCE_END.findall(self.text)))

    @cached_property
    def stopword_share(self) -> float:
        """Share of letter-words that are function words (any of the listed languages)."""
        lw = self._letter_words
        return sum(w.lower() in ALL_STOPWORDS for w in lw) / (len(lw) or 1)

    @cached_property
    def terminal(self) -> bool:
        """Ends like a sentence."""
        return bool(TERMINAL.search(self.text))

    @cached_property
    def capitalised_share(self) -> float:
        lw = self._letter_words
        return sum(w[0].isupper() for w in lw) / (len(lw) or 1)

    @cached_property
    def urls(self) -> int:
        return len(URL.findall(self.text)) if "/" in self.text or "www" in self.text else 0

    @cached_property
    def handles(self) -> int:
        return len(HANDLE.findall(self.text)) if "@" in self.text else 0

    @cached_property
    def own_words(self) -> str:
        """The text without quoted speech: what the stance cues read."""
        return cues.unquoted(self.text)

    @cached_property
    def addresses_reader(self) -> bool:
        return cues.addresses_reader(self.own_words, quoted_removed=True)

    @cached_property
    def refers_to_itself(self) -> bool:
        return cues.refers_to_itself(self.own_words, quoted_removed=True)

    @cached_property
    def reports(self) -> bool:
        return cues.reports(self.own_words, quoted_removed=True)

    @cached_property
    def language(self) -> str | None:
        return guess_language([w.lower() for w in self._letter_words])


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


def word_count(text: str) -> int:
    """Whitespace words, plus an estimate for Chinese and Japanese runs.

    Every word limit (headings, credit lines, buttons, short blocks) is counted
    this way.  Without the estimate a Japanese paragraph is one 'word' and
    reads as a label everywhere.  ASCII text costs nothing more.
    """
    return len(text.split()) + cjk_words(text)


def cjk_words(text: str) -> int:
    """Estimated words in the Chinese and Japanese runs of ``text`` (0 for ASCII: a flag, free)."""
    if not text.isascii() and CJK.search(text):
        return len(CJK.findall(text)) // CJK_CHARS_PER_WORD
    return 0


def measure(text: str, page_shape: Any = None) -> Features:
    return Features(
        page_shape=page_shape,
        text=text,
        # whitespace tokens: five times cheaper than counting \w+ runs; every
        # word limit (headings, credit lines, buttons) is counted this way and
        # the fixtures, dev set and benchmarks were re-checked with it
        words=word_count(text),
        chars=len(text),
        bullet=text.lstrip()[:1] in BULLET_CHARS,
    )


def features(blocks: list[Block]) -> list[Block]:
    """Attach :class:`Features` to every block that has none yet.

    Blocks the page locator pinned already carry cheap features.
    """
    return [b if b.features is not None else b.with_features(measure(b.text)) for b in blocks]
