"""A second opinion on blocks no rule fired on: notice words, and who speaks.

The rules match the phrasing of notices.  A notice worded as no rule expects
still says two things news prose seldom says together: it names a notice
topic (republishing, a licence, a newsletter, donations, cookies, …) and it
speaks as the outlet about itself ('we', 'our', 'this story').  Neither is
enough alone: a news report about a newsletter names the topic, a column
says 'we'.  Both, in a short block that reports no news and is no how-to
about the reader's own things, make a notice.

Only the closing blocks of an article are read this way (``smooth``, see
:func:`declutter.smooth.trailing_second_opinions`): notices close articles,
while the outlet's voice on such a topic mid-story is the story's own.  The
words are data (``data/notice-words.txt``, six languages, by kind).  The
verdict is plain boilerplate, never pinned, under the rule name
``notice_words.self`` (switch it off with ``Config(disabled_rules=…)`` like
any rule).

Measured 2026-11-25 with every hard negative of probe rounds 17-26 and both
how-to sets placed at an article's end: no false positive added.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .features import Features
from .rules.republish.advice import ADVICE

#: Longer blocks are prose: a notice says its piece in a few sentences.
NOTICE_MAX_WORDS = 60
#: Evidence of a second opinion: enough to call a block boilerplate, too
#: little to pin it.
NOTICE_WORDS_WEIGHT = 1.0
SELF_RULE = "notice_words.self"


class Opinion(NamedTuple):
    kind: str
    rule: str
    score: float
    evidence: str


@lru_cache(maxsize=None)
def _lexicon() -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """One pattern for any notice word (the gate), and one per kind."""
    text = resources.files("declutter").joinpath("data", "notice-words.txt").read_text("utf-8")
    by_kind: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            kind, _, rest = line.partition(":")
            by_kind.setdefault(kind.strip(), []).append(rest.partition(":")[2].strip().lower())

    def compile_words(words: list[str]) -> re.Pattern[str]:
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternation})")

    every = compile_words([w for ws in by_kind.values() for w in ws])
    return every, tuple((kind, compile_words(ws)) for kind, ws in by_kind.items())


def second_opinion(text: str, f: Features) -> Opinion | None:
    """A notice's kind and rule when the block is one by its words and its
    voice (see module docstring), else None.  Cheapest tests first: most
    blocks are long or hold no notice word."""
    if f.words > NOTICE_MAX_WORDS:
        return None
    every, kinds = _lexicon()
    own = f.own_words.lower()  # the voice cues below read the same unquoted text
    if every.search(own) is None:
        return None
    if f.reports:
        return None
    if not f.refers_to_itself:
        return None
    if ADVICE.holds(text):
        return None
    found = [(set(p.findall(own)), kind) for kind, p in kinds]
    words, kind = max(found, key=lambda x: len(x[0]))
    return Opinion(kind, SELF_RULE, NOTICE_WORDS_WEIGHT, f"notice words ({', '.join(sorted(words))}) in the outlet's own voice")
