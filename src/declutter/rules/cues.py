"""Stance cues: does a block speak to the reader, about itself, or report news?

These are the context conditions rules can ask for (see :class:`Rule.context`).
The word lists are data files in ``declutter/data/cues-*.txt`` (one
``lang: phrase`` a line) so a language can be added without touching code.

Quoted speech is removed before looking for cues: "We rely on donations," said
the director' is a news sentence, and its "we" is the director's, not the
outlet's.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import re

import regex

#: Text between matching quotation marks, removed before cue detection.
#: Bounded repetition keeps it linear on unbalanced quotes.
QUOTED = regex.compile(
    r"""
      “[^“”]{0,600}”          # curly double quotes
    | «[^«»]{0,600}»          # guillemets (French, Spanish)
    | „[^„“”]{0,600}[“”]      # German low-high quotes
    | "[^"\n]{0,600}"         # straight double quotes
    """,
    regex.VERBOSE,
)

#: Where a sentence (or bullet, or list item) starts: imperative verbs are
#: only looked for right after one of these.
SENTENCE_BOUNDARY = regex.compile(r"[.!?:;•·▸|>–—-][\"”’)\]]*\s+")
#: The first word after a sentence start (skipping a list number), for the gate.
FIRST_WORD = re.compile(r"\s*(?:[\(\[]?\d[.)]\s*)?([^\W\d_]+)")
#: What may stand between a sentence start and its verb: a list number.
LEAD = r"\s*(?:[\(\[]?\d[.)]\s*)?"


def _read_phrases(name: str) -> dict[str, list[str]]:
    text = resources.files("declutter").joinpath("data", name).read_text("utf-8")
    out: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        lang, _, phrase = line.partition(":")
        out.setdefault(lang.strip(), []).append(phrase.strip())
    return out


class PhraseSet:
    """A phrase list compiled for speed: one case-insensitive alternation and
    one case-sensitive alternation (for ``=phrase`` entries), each starting
    with the phrase itself so the engine can skip ahead on its first letter."""

    def __init__(self, phrases: list[str], *, sentence_initial: bool = False) -> None:
        def alt(ps: list[str]) -> str:
            bodies = [regex.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in ps]
            return "|".join(sorted(bodies, key=len, reverse=True))

        insensitive = [p for p in phrases if not p.startswith("=")]
        sensitive = [p[1:] for p in phrases if p.startswith("=")]
        lead = LEAD if sentence_initial else r"\b"
        self.sentence_initial = sentence_initial
        #: First words of the phrases: a sentence whose first word is not one
        #: of them cannot match, so its regex match is skipped.
        self.first_words = frozenset(
            m.group(1).lower() for p in phrases if (m := FIRST_WORD.match(p.lstrip("="))) is not None
        )
        self.patterns = tuple(
            regex.compile(rf"{lead}(?:{alt(ps)})(?![\w@])", flags)
            for ps, flags in ((insensitive, regex.I), (sensitive, 0))
            if ps
        )

    def search(self, text: str) -> bool:
        if not self.sentence_initial:
            return any(p.search(text) for p in self.patterns)
        first = self.first_words
        for i in [0] + [m.end() for m in SENTENCE_BOUNDARY.finditer(text)]:
            head = FIRST_WORD.match(text, i)
            if head is not None and head.group(1).lower() in first:
                if any(p.match(text, i) for p in self.patterns):
                    return True
        return False


@lru_cache(maxsize=None)
def _cue(name: str, sentence_initial: bool = False) -> PhraseSet:
    phrases = [p for ps in _read_phrases(name).values() for p in ps]
    return PhraseSet(phrases, sentence_initial=sentence_initial)


def unquoted(text: str) -> str:
    """The text with quoted speech blanked out."""
    return QUOTED.sub(" ", text) if ('"' in text or "“" in text or "«" in text or "„" in text) else text


def addresses_reader(text: str, *, quoted_removed: bool = False) -> bool:
    """Second person, a polite request, or an imperative sentence opening."""
    t = text if quoted_removed else unquoted(text)
    return bool(_cue("cues-address.txt").search(t) or _cue("cues-imperative.txt", True).search(t))


def refers_to_itself(text: str, *, quoted_removed: bool = False) -> bool:
    """'this story', 'our journalism', 'we' (outside quotes)."""
    return bool(_cue("cues-self.txt").search(text if quoted_removed else unquoted(text)))


def reports(text: str, *, quoted_removed: bool = False) -> bool:
    """Reported speech or news narration outside quotes ('said', 'according to')."""
    return bool(_cue("cues-reported.txt").search(text if quoted_removed else unquoted(text)))


def preload() -> None:
    """Compile every cue pattern now (import-time cost, not first-call cost)."""
    _cue("cues-address.txt")
    _cue("cues-imperative.txt", True)
    _cue("cues-self.txt")
    _cue("cues-reported.txt")


preload()
