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

#: Sentence starts: beginning of text, or after terminal punctuation / bullets.
SENTENCE_START = r"(?:^|(?<=[.!?:;•·▸|>\-–—]\s{0,3})|(?<=\n))\s*(?:[\(\[]?\d\)\s*)?"


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


def _phrase_regex(phrases: list[str], *, sentence_initial: bool = False) -> regex.Pattern[str]:
    """One alternation for a phrase list; ``=phrase`` is matched case-sensitively."""
    parts = []
    for p in phrases:
        sensitive = p.startswith("=")
        body = regex.escape(p.lstrip("=")).replace(r"\ ", r"\s+")
        body = body.replace("'", "['’]")
        parts.append(body if sensitive else f"(?i:{body})")
    alternation = "|".join(sorted(parts, key=len, reverse=True))
    lead = SENTENCE_START if sentence_initial else r"(?<![\w@])"
    return regex.compile(rf"{lead}(?:{alternation})(?![\w@])", regex.V1)


@lru_cache(maxsize=None)
def _cue(name: str, sentence_initial: bool = False) -> regex.Pattern[str]:
    phrases = [p for ps in _read_phrases(name).values() for p in ps]
    return _phrase_regex(phrases, sentence_initial=sentence_initial)


def unquoted(text: str) -> str:
    """The text with quoted speech blanked out."""
    return QUOTED.sub(" ", text) if ('"' in text or "“" in text or "«" in text or "„" in text) else text


def addresses_reader(text: str) -> bool:
    """Second person, a polite request, or an imperative sentence opening."""
    t = unquoted(text)
    return bool(_cue("cues-address.txt").search(t) or _cue("cues-imperative.txt", True).search(t))


def refers_to_itself(text: str) -> bool:
    """'this story', 'our journalism', 'we' (outside quotes)."""
    return bool(_cue("cues-self.txt").search(unquoted(text)))


def reports(text: str) -> bool:
    """Reported speech or news narration outside quotes ('said', 'according to')."""
    return bool(_cue("cues-reported.txt").search(unquoted(text)))


def preload() -> None:
    """Compile every cue pattern now (import-time cost, not first-call cost)."""
    _cue("cues-address.txt")
    _cue("cues-imperative.txt", True)
    _cue("cues-self.txt")
    _cue("cues-reported.txt")


preload()
