"""Required literals: the strings one of which every match of a pattern holds.

A rule's trigger gates the whole rule, but a big rule has twenty or thirty
branches (see :func:`declutter.rules.split_branches`), and once any trigger is
in a paragraph every branch searches all of it.  Most branches cannot match
there: ``\\bmake\\s+a\\s+(?:gift|donation)`` needs 'make'.  A substring test for
such a literal is several times cheaper than a regex search that fails, so
each case-folded branch is given its required literals, read off the parse
tree of the pattern, and is skipped when none is in the lower-cased text.

The analysis is conservative: a construct it does not understand contributes
no requirement, and a pattern it cannot parse gets no gate at all (it then
runs as before).  The idea is the prefilter of RE2 and of code-search engines;
the parse tree is Python's own regular-expression parser's.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import regex

try:  # Python 3.11+; the same parser was public as sre_parse before
    _sre: Any = importlib.import_module("re._constants")
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _sre = importlib.import_module("sre_constants")
    _sre_parse = importlib.import_module("sre_parse")

#: A required literal shorter than this is in most paragraphs: no gate.
MIN_LITERAL_CHARS = 3
#: Up to this many strings a gate is checked by substring tests, one by one …
MAX_GATE_STRINGS = 6
#: … beyond it, up to this many, by one search of their alternation (a
#: branch that needs one of twenty verbs in five languages still skips every
#: paragraph in a sixth); more strings than this are no real requirement.
MAX_SEARCHED_GATE_STRINGS = 64

#: Unicode property classes, which Python's parser does not know: any
#: non-literal class stands in for them (it only breaks a run of literals).
_PROPERTY_CLASS = regex.compile(r"\\[pP]\{[^}]*\}")
#: Set syntax of ``regex``'s version 1 that Python's parser would misread as
#: literals (nested sets, set operations): patterns using it get no gate.
_SET_SYNTAX = regex.compile(r"\[\[|&&|~~|\[[^\]]*--")
_REPEATS = tuple(
    getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, name)
)


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop a string that holds another of the set: 'starts' when 'start' is in it."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _best(cands: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: longest shortest string, then fewest strings."""
    return max(cands, key=lambda s: (min(map(len, s)), -len(s))) if cands else None


def _sequence(items: Any) -> frozenset[str] | None:
    """Requirement of a sequence of parse-tree nodes: any of the returned
    strings occurs in every match (None: nothing known)."""
    cands: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            cands.append(frozenset(["".join(run)]))
            run = []
        sub: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            sub = _sequence(av[-1].data)
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            sub = _sequence(av.data)
        elif op is _sre.BRANCH:
            alternatives = [_sequence(a.data) for a in av[1]]
            if all(alternatives):
                sub = _minimal(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            sub = _sequence(av[2].data)
        # classes, anchors, lookarounds, back-references: no requirement
        if sub:
            cands.append(sub)
    if run:
        cands.append(frozenset(["".join(run)]))
    return _best(cands)


def required_literals(folded_source: str) -> tuple[str, ...] | None:
    """The gate of a case-folded VERBOSE pattern: literal strings one of which
    every match contains, or None when there is no useful one."""
    if _SET_SYNTAX.search(folded_source):
        return None
    try:
        tree = _sre_parse.parse(_PROPERTY_CLASS.sub(r"\\w", folded_source), re.VERBOSE)
    except Exception:  # regex-only syntax: no gate, the pattern runs as it is
        return None
    need = _sequence(tree.data)
    if not need or min(map(len, need)) < MIN_LITERAL_CHARS or len(need) > MAX_SEARCHED_GATE_STRINGS:
        return None
    return tuple(sorted(need, key=len))


def gate_pattern(gate: tuple[str, ...]) -> re.Pattern[str] | None:
    """One search for a gate too long for substring tests (None: test them one by one)."""
    if len(gate) <= MAX_GATE_STRINGS:
        return None
    return re.compile("|".join(re.escape(s) for s in sorted(gate, key=len, reverse=True)))
