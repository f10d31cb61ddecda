"""Stance cues: does a block speak to the reader, about itself, or report news?

These are the context conditions rules can ask for (see :class:`Rule.context`).
The word lists are data files in ``declutter/data/cues-*.txt`` (one
``lang: phrase`` a line) so a language can be added without touching code.

Quoted speech is removed before looking for cues: "We rely on donations," said
the director' is a news sentence, and its "we" is the director's, not the
outlet's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

#: Text between matching quotation marks, removed before cue detection.
#: Bounded repetition keeps it linear on unbalanced quotes.
QUOTED = re.compile(
    r"""
      “[^“”]{0,600}”          # curly double quotes
    | «[^«»]{0,600}»          # guillemets (French, Spanish)
    | „[^„“”]{0,600}[“”]      # German low-high quotes
    | "[^"\n]{0,600}"         # straight double quotes
    | (?<!\w)‘[^‘\n]{0,600}?’(?!\w)   # single quotes (British speech), curly …
    | (?<!\w)'[^\n]{0,600}?'(?!\w)    # … or straight: a mark inside a word
                                    # ('don’t', "readers'") is an apostrophe
    """,
    re.VERBOSE,
)

#: Where a sentence (or bullet, or list item) starts: imperative verbs are
#: only looked for right after one of these.
SENTENCE_BOUNDARY = re.compile(r"[.!?:;•·▸|>–—-][\"”’)\]]*\s+")
#: Signs a sentence may open with before its first word: Spanish '¡' and '¿',
#: arrows and emoji ('📩 Join…', '👉 Follow…'), which carry no words.
LEAD_SIGNS = r"(?:[¡¿\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+\s*)?"
#: The first word after a sentence start (skipping signs and a list number), for the gate.
FIRST_WORD = re.compile(rf"\s*{LEAD_SIGNS}(?:[\(\[]?\d[.)]\s*)?([^\W\d_]+)")
#: What may stand between a sentence start and its verb: signs, a list number.
LEAD = rf"\s*{LEAD_SIGNS}(?:[\(\[]?\d[.)]\s*)?"


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


def _atom(ch: str) -> str:
    """One phrase character as a pattern: a space is any whitespace, an
    apostrophe either apostrophe."""
    if ch == " ":
        return r"\s+"
    if ch in "'’":
        return "['’]"
    return re.escape(ch)


def trie_pattern(words: list[str], atom: Callable[[str], str] = re.escape) -> str:
    """A regex alternation factored as a trie ('pub(?:lish|lic)').

    The engines try an alternation's branches one after another at every
    position; factored, a position that starts no phrase is rejected after
    one character.  Several times faster for word lists of any size.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [atom(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class PhraseSet:
    """A phrase list compiled for speed.

    Case-insensitive phrases form one trie-shaped stdlib pattern run on the
    lower-cased text; ``=phrase`` entries (case matters: German "Ihr") form a
    second pattern run on the text as written.
    """

    def __init__(self, phrases: list[str], *, sentence_initial: bool = False) -> None:
        insensitive = sorted({" ".join(p.lower().split()).replace("’", "'") for p in phrases if not p.startswith("=")})
        sensitive = [p[1:] for p in phrases if p.startswith("=")]
        lead = LEAD if sentence_initial else r"\b"
        self.sentence_initial = sentence_initial
        #: First words of the phrases: a sentence whose first word is not one
        #: of them cannot match, so its regex match is skipped.
        self.first_words = frozenset(
            m.group(1).lower() for p in phrases if (m := FIRST_WORD.match(p.lstrip("="))) is not None
        )
        self.lowered = (
            re.compile(rf"{lead}(?:{trie_pattern(insensitive, _atom)})(?![\w@])") if insensitive else None
        )
        self.cased = (
            re.compile(rf"{lead}(?:{trie_pattern(sorted(set(sensitive)), _atom)})(?![\w@])") if sensitive else None
        )

    def _at(self, text: str, lowered: str, i: int | None) -> bool:
        """A phrase anywhere (``i`` None) or right at position ``i``."""
        for pat, t in ((self.lowered, lowered), (self.cased, text)):
            if pat is not None and (pat.search(t) if i is None else pat.match(t, i)):
                return True
        return False

    def search(self, text: str) -> bool:
        lowered = text.lower()
        if not self.sentence_initial:
            return self._at(text, lowered, None)
        if len(lowered) != len(text):  # 'İ' lowers to two characters: positions would drift
            text = lowered
        first = self.first_words
        for i in [0] + [m.end() for m in SENTENCE_BOUNDARY.finditer(lowered)]:
            head = FIRST_WORD.match(lowered, i)
            if head is not None and head.group(1) in first and self._at(text, lowered, i):
                return True
        return False


@lru_cache(maxsize=None)
def _cue(name: str, sentence_initial: bool = False) -> PhraseSet:
    phrases = [p for ps in _read_phrases(name).values() for p in ps]
    return PhraseSet(phrases, sentence_initial=sentence_initial)


def unquoted(text: str) -> str:
    """The text with quoted speech blanked out."""
    return QUOTED.sub(" ", text) if ('"' in text or "“" in text or "«" in text or "„" in text or "‘" in text or "'" in text) else text


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
