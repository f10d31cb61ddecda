"""Boilerplate rules as named, documented records, grouped by family.

A :class:`Rule` says *what* it catches (VERBOSE regex patterns, one comment per
branch), *which kind* of boilerplate that is, *how sure* it is (``weight``),
*when* it may fire (``context``: a pattern alone, or a pattern in a block that
also addresses the reader or talks about itself), and *why*, with examples and
counterexamples that the test-suite runs.

Why the ``context`` switch: the junk that survives other extractors is prose
("Sign up for our daily newsletter…"), and the hard negatives are prose about
the same topics ("The company's pixel… sent details to Facebook, the
investigation found").  What separates them is not vocabulary but *stance*: a
notice speaks to the reader or partner (you, please, imperative verbs) or about
the story itself (this article, our journalism); a news sentence reports
(said, according to).  See :mod:`declutter.rules.cues`.

Families are packages with one module per kind or group (``republish``,
``wire``, ``promo``, ``credits``, ``furniture``), so each module stays near
the STYLE guide's ~400 lines; :data:`REGISTRY` lists them all in one tuple.
Users add their own with :func:`declutter.Rule` and ``Config(extra_rules=…)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import re

import regex

from .prefilter import gate_pattern, required_literals

Context = Literal["any", "address", "self", "address_or_self", "not_reported"]

#: Flags every rule pattern is compiled with: VERBOSE so each branch can carry
#: a comment, IGNORECASE because scrapers change case, V1 for set operations.
RULE_FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.V1
#: Prefixed to every case-insensitive rule pattern: simple case folding.  V1
#: turns on full case folding under IGNORECASE ('ß' = 'ss'), which the rules
#: never need and which makes a search about twice as slow; the case-folded
#: twins (lower-cased text, no IGNORECASE) never had it, so both paths now
#: match alike.
SIMPLE_CASE = "(?-f)"

#: A person's name in a credit or bio line: two to four capitalised words
#: (particles 'de', 'van', 'von' … between them); shared by the rule families.
NAME = r"(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?:(?-i:\p{Lu})[\p{L}'’.-]+|de|da|van|von|del|la|le)){1,3}"

#: Not inside quoted speech: the nearest quotation mark before the match is not
#: an opening one still open.  Put at the END of a branch (checked only once the
#: branch has matched).  A straight '"' counts as opening: a miss, never a false hit.
#: Why: '« Aidez-nous à continuer », lance la directrice' is news, and its verb
#: ('lance') is not one the reported-speech cues know.
#: German quotes open low and close high ('„Ja“, sagte sie.'): a '“' that closes
#: a '„' opens nothing, so what follows a German quotation is outside quotes.
OUTSIDE_QUOTES = r"""(?<![«„"][^«»“”„"\n]{0,400})(?<!(?<!„[^„“”\n]{0,400})“[^«»“”„"\n]{0,400})"""
#: The same for curly and angle quotes only, where a straight '"' is markup
#: (a pasted link's href) or a quoted label, not speech.
OUTSIDE_CURLY_QUOTES = r"""(?<![«„][^«»“”„\n]{0,400})(?<!(?<!„[^„“”\n]{0,400})“[^«»“”„\n]{0,400})"""


def fragment(phrases: str) -> str:
    """``phrases`` (a VERBOSE alternation ending in a line break) where a fragment
    starts: at the block's start or right after a sentence's, a list's or a
    clause's punctuation ('… 7am. Unsubscribe any time.'), never after a word
    ('Readers can unsubscribe …').

    A pattern of its own (one entry of ``Rule.patterns``), with two branches:
    the anchored one runs apart, at position 0 only (see
    :func:`split_branches`), the other opens with punctuation.
    Joined to an alternation of word-led branches, that punctuation would cost
    the whole alternation its fast scan (``comments.chrome`` ran five to ten
    times slower in ``rulecost``), and so would a lookbehind at a branch's start.
    """
    return rf"""^\W{{0,3}}(?:{phrases})\b
            | [.!?…:;|•·–—]\s+\W{{0,2}}(?:{phrases})\b"""


#: Constructs that tell upper from lower case: a pattern holding one cannot
#: run on lower-cased text.
CASE_SENSITIVE = ("(?-i", r"\p{Lu", r"\p{Ll", r"\p{Lt", r"\p{Upper", r"\p{Lower", r"\P{", r"\N{", r"\x", r"\u", r"\U")


def fold_pattern(pattern: str) -> str | None:
    """The pattern for lower-cased text: its literal letters lower-cased,
    escapes (``\\S``, ``\\W``, ``\\p{L}``) untouched; None when it reads case.

    Why: matching without IGNORECASE on text lower-cased once per block is
    30-40% cheaper than case-insensitive matching, and the rules run on
    every paragraph of every article.
    """
    if any(c in pattern for c in CASE_SENSITIVE):
        return None
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            j = i + 2
            if pattern[i + 1 : i + 2] in ("p", "P") and pattern[j : j + 1] == "{":
                j = pattern.index("}", j) + 1
            out.append(pattern[i:j])
            i = j
            continue
        if pattern.startswith(("(?P<", "(?P="), i):  # group names keep their case
            j = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i:j])
            i = j
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


def top_level_branches(pattern: str) -> list[str]:
    """A VERBOSE pattern's top-level alternatives (escapes, classes, groups and
    comments respected)."""
    branches: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: ']' right after '[' or '[^' is a literal
            i += 1
            if pattern[i : i + 1] == "^":
                i += 1
            if pattern[i : i + 1] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "#":  # a VERBOSE comment runs to the end of the line
            end = pattern.find("\n", i)
            i = n if end == -1 else end
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


#: A '^' opening an alternative inside a group: '(?:^|[.!?]\s+)Sign up'.
NESTED_ANCHOR = regex.compile(r"(?:\(\?:|\(|\|)\s*\^")


def _code_start(branch: str) -> str:
    """A VERBOSE branch without its leading blanks and comment lines."""
    text = branch.lstrip()
    while text.startswith("#"):
        end = text.find("\n")
        text = "" if end == -1 else text[end + 1 :].lstrip()
    return text


def split_branches(pattern: str) -> tuple[str, ...]:
    """A pattern's top-level branches as separate patterns: the '^' branches
    together, each branch with a nested '^', each case-folded branch, and the
    branches that read letter case together.

    Why: one branch anchored at the start inside an alternation stops the
    engine from skipping ahead to where the other branches can begin; it then
    tries the whole alternation at every position (a rule four times slower).
    A '^' inside a branch's group ("(?:^|[.] )Sign up") does the same to the
    whole pattern, so such a branch runs on its own.  The anchored pattern
    comes first: it is tried at position 0 only, where the original
    alternation would also have matched first.
    """
    anchored: list[str] = []  # their code, without the '^'
    nested: list[str] = []
    folding: list[str] = []
    cased: list[str] = []  # branches that read letter case, apart so the rest can run case-folded
    for b in top_level_branches(pattern):
        code = _code_start(b)
        if code.startswith("^"):
            anchored.append(code[1:])
        elif NESTED_ANCHOR.search(b):
            nested.append(b)
        else:
            (folding if fold_pattern(b) is not None else cased).append(b)
    parts = (["^(?:" + "\n|".join(anchored) + "\n)"] if anchored else []) + nested
    # Case-folded branches run one by one: alone, a branch lets the engine
    # skip ahead to where it can begin, which an alternation of twenty
    # branches does not, and a part that matches ends the search (evidence
    # is the first matching branch's match).  On news paragraphs, where
    # nothing matches, that halves the cost of the big rules.
    parts += folding
    if cased:  # joined across line ends: a branch may end in a VERBOSE comment
        parts.append("\n|".join(cased))
    return (pattern,) if len(parts) == 1 else tuple(parts)


#: The slots of a :class:`Part` built on first read.
_LAZY_PART_SLOTS = frozenset({"folded_source", "gate", "gate_search", "twin"})


class Part:
    """One part of a rule's pattern (see :func:`split_branches`), compiled on first use.

    The case-folded twin, when the part has one, does the work; the
    case-insensitive original is compiled only when asked for (text whose
    lower case changes length, :meth:`Rule.search`): compiling with
    IGNORECASE costs three times as much, and most parts never need it.

    The folded pattern, its literal gate and the compiled twin are built the
    first time a block reaches the part (unset slots fall through to
    :meth:`__getattr__`, so a built part costs nothing extra): a run over one
    short article compiles the few dozen parts its blocks trigger instead of
    all thousand, which is most of a one-file command's start-up.  :meth:`build` builds a part whole
    (:func:`declutter.warm_up` every rule's).
    """

    __slots__ = ("source", "folded_source", "twin", "gate", "gate_search", "_original")

    def __init__(self, source: str) -> None:
        self.source = source
        self._original: regex.Pattern[str] | None = None

    def __getstate__(self) -> str:
        """Pickled as its source: the compiled parts are rebuilt on first use
        (a configuration with user rules crosses to worker processes)."""
        return self.source

    def __setstate__(self, source: str) -> None:
        self.source = source
        self._original = None

    def __getattr__(self, name: str) -> object:
        """Build ``folded_source``, ``gate``, ``gate_search`` or ``twin`` on first read (only unset slots get here)."""
        if name not in _LAZY_PART_SLOTS:
            raise AttributeError(name)  # never look anything else up lazily (pickle probes dunders)
        if name == "folded_source":
            #: the case-folded twin's pattern, or None when the part reads case
            self.folded_source: str | None = fold_pattern(self.source)
            return self.folded_source
        folded_source = self.folded_source
        if name == "gate":
            #: literals one of which every match holds, checked before the folded
            #: search (see :mod:`declutter.rules.prefilter`); None: always search
            self.gate: tuple[str, ...] | None = None if folded_source is None else required_literals(folded_source)
            return self.gate
        if name == "gate_search":
            #: a long gate's literals as one search (None: test them one by one)
            gate = self.gate
            self.gate_search: re.Pattern[str] | None = None if gate is None else gate_pattern(gate)
            return self.gate_search
        if name == "twin" and folded_source is not None:
            # the same engine and flags as the original but IGNORECASE.  Not the
            # stdlib engine, although it is a little faster here: it backtracks
            # exponentially on patterns ``regex`` runs in linear time (a
            # share-button row, ``(?:\W*(?:share|…)\W*){3,}$``, on 22 '0 ' tokens)
            self.twin: regex.Pattern[str] = regex.compile(folded_source, RULE_FLAGS & ~regex.IGNORECASE)
            return self.twin
        raise AttributeError(name)

    @property
    def folded(self) -> regex.Pattern[str] | None:
        """The case-folded twin, run on lower-cased text (None: the part reads case)."""
        return None if self.folded_source is None else self.twin

    def build(self) -> None:
        """Compile everything this part may need now (errors surface here)."""
        if self.folded_source is None:
            self.original()
        else:
            _ = self.twin, self.gate, self.gate_search

    def original(self) -> regex.Pattern[str]:
        if self._original is None:
            self._original = regex.compile(SIMPLE_CASE + self.source, RULE_FLAGS)
        return self._original


@dataclass(frozen=True)
class Veto:
    """A block-level condition that cancels a rule's match (see ``Rule.unless``).

    The veto holds when the block's first ``scan_chars`` characters hold ``any_of``
    (or the block is at least ``long_chars`` long) and hold nothing of ``none_of``.
    Two plain searches, read only once a pattern has matched: kept out of the
    patterns, where a whole-block lookaround slows every position the engine tries.
    Like the rules' parts, both run case-folded on the lower-cased block where
    they read no case (``any_of``, a plain alternation, on the stdlib engine:
    2.5 times faster there), and the last verdict is kept: the rules that
    share a veto read it on the same block one after another.
    """

    any_of: str
    none_of: str
    long_chars: int | None = None
    scan_chars: int = 1000
    _any: regex.Pattern[str] = field(init=False, repr=False, compare=False)
    _none: regex.Pattern[str] = field(init=False, repr=False, compare=False)
    #: the case-folded twins, for lower-cased text (None: a pattern reads case)
    _any_folded: re.Pattern[str] | regex.Pattern[str] | None = field(default=None, init=False, repr=False,
                                                                    compare=False)
    _none_folded: regex.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    #: (block, verdict) of the last block read (one tuple, swapped whole)
    _last: tuple[str, bool] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "_any", regex.compile(SIMPLE_CASE + self.any_of, RULE_FLAGS))
            object.__setattr__(self, "_none", regex.compile(SIMPLE_CASE + self.none_of, RULE_FLAGS))
            any_folded, none_folded = fold_pattern(self.any_of), fold_pattern(self.none_of)
            if any_folded is not None and none_folded is not None:
                try:
                    twin: re.Pattern[str] | regex.Pattern[str] = re.compile(any_folded, re.VERBOSE)
                except re.error:  # syntax of ``regex`` only
                    twin = regex.compile(any_folded, RULE_FLAGS & ~regex.IGNORECASE)
                object.__setattr__(self, "_any_folded", twin)
                object.__setattr__(self, "_none_folded", regex.compile(none_folded, RULE_FLAGS & ~regex.IGNORECASE))
        except regex.error as exc:
            raise ValueError(f"bad veto pattern: {exc}") from exc

    def holds(self, text: str) -> bool:
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        head = text[: self.scan_chars]
        long_enough = self.long_chars is not None and len(text) >= self.long_chars
        lowered = head.lower()
        any_folded, none_folded = self._any_folded, self._none_folded
        if any_folded is not None and none_folded is not None and len(lowered) == len(head):
            verdict = bool(long_enough or any_folded.search(lowered)) and none_folded.search(lowered) is None
        else:  # 'İ' lowers to two characters: the patterns as written
            verdict = self.holds_unfolded(text)
        object.__setattr__(self, "_last", (text, verdict))
        return verdict

    def holds_unfolded(self, text: str) -> bool:
        """:meth:`holds` with the case-insensitive patterns as written (tests compare the two)."""
        head = text[: self.scan_chars]
        long_enough = self.long_chars is not None and len(text) >= self.long_chars
        return bool(long_enough or self._any.search(head)) and self._none.search(head) is None


@dataclass(frozen=True)
class Rule:
    """A named boilerplate rule.

    Attributes:
        name: stable dotted name, e.g. ``republish.tracking_code.paste``; shown
            in ``--explain`` and usable in ``Config(disabled_rules=…)``.
        kind: the boilerplate kind from the taxonomy, e.g.
            ``republish.tracking_code``.
        patterns: VERBOSE regexes; the rule fires when any one matches.
        why: one line saying what the rule catches and why it is safe.
        weight: evidence added when the rule fires; 1.0 is enough on its own
            to call a block boilerplate, 2.0 or more pins the label so that
            neighbour smoothing cannot overturn it.
        context: extra condition on the block: ``any`` (the pattern is
            enough), ``address`` (the block must also speak to the reader),
            ``self`` (it must talk about the story or the outlet itself),
            ``address_or_self``, or ``not_reported`` (no reported-speech cue
            such as "said" outside quotes).
        max_words: the rule only applies to blocks of at most this many words
            (labels, buttons and credit lines are short; body text is not).
        label: the label the rule gives; ``boilerplate`` for nearly all.
        examples / counterexamples: real-shaped texts the rule must / must
            not fire on; the test-suite checks both.
        triggers: lower-case literal substrings, one of which every match
            contains; the patterns only run on blocks holding a trigger, which
            keeps the classifier fast.  The test-suite checks that every
            example match contains a trigger.
        in_tables: False for a rule that does not apply to an HTML table's
            cells, where a one-word label is data ('Share' heading a column
            of market shares), not a button.
        leads: lower-case prefixes of the block's first word, for rules
            anchored at the start of a line ('Read more: …', 'By …'): the
            patterns also run when the block, past any leading punctuation,
            opens with one of these.  A rule with neither triggers nor leads
            always runs.
        unless: a :class:`Veto` read over the block once a pattern has
            matched: when it holds, the match does not count.
            How-to prose ('credit the photographer in your caption') is the
            use: a block-level condition kept out of the patterns, where it
            would slow every position the engine tries.
    """

    name: str
    kind: str
    patterns: tuple[str, ...]
    why: str
    weight: float = 1.0
    context: Context = "any"
    max_words: int | None = None
    label: Literal["boilerplate", "heading", "body"] = "boilerplate"
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    in_tables: bool = True
    unless: Veto | None = None
    #: the compiled parts of the patterns (see :class:`Part`); built by
    #: :meth:`engines`, at creation for user rules and when the first rule
    #: set is built for the built-in ones (see :data:`_VALIDATE_ON_CREATION`)
    _engines: tuple[Part, ...] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self.name or "." not in self.name:
            raise ValueError(f"Rule name must be dotted (family.detail), got {self.name!r}")
        if not self.patterns:
            raise ValueError(f"Rule {self.name}: needs at least one pattern")
        if self.weight <= 0:
            raise ValueError(f"Rule {self.name}: weight must be positive")
        for gate in self.triggers + self.leads:
            if not gate or gate != gate.lower():
                raise ValueError(f"Rule {self.name}: triggers and leads must be non-empty lower case, got {gate!r}")
        if _VALIDATE_ON_CREATION:
            try:
                for p in self.patterns:
                    regex.compile(p, RULE_FLAGS)  # errors name the pattern as written
            except regex.error as exc:
                raise ValueError(f"Rule {self.name}: bad pattern: {exc}") from exc
            self.build()

    def engines(self) -> tuple[Part, ...]:
        """The pattern's parts (split once; each compiles on first use, see :class:`Part`)."""
        engines = self._engines
        if engines is None:
            try:
                engines = tuple(Part(part) for p in self.patterns for part in split_branches(p))
            except regex.error as exc:
                raise ValueError(f"Rule {self.name}: bad pattern: {exc}") from exc
            object.__setattr__(self, "_engines", engines)
        return engines

    def build(self) -> None:
        """Compile every part now (user rules at creation: a bad pattern fails there)."""
        try:
            for part in self.engines():
                part.build()
        except regex.error as exc:
            raise ValueError(f"Rule {self.name}: bad pattern: {exc}") from exc

    def vetoed(self, text: str) -> bool:
        """The ``unless`` veto holds for this block."""
        return self.unless is not None and self.unless.holds(text)

    @property
    def compiled(self) -> tuple[regex.Pattern[str], ...]:
        return tuple(part.original() for part in self.engines())

    @property
    def folded(self) -> tuple[regex.Pattern[str] | None, ...]:
        """Per pattern, its case-folded twin run on lower-cased text (None: reads case)."""
        return tuple(part.folded for part in self.engines())

    @property
    def gated(self) -> bool:
        """Runs only on blocks that hold a trigger or open with a lead."""
        return bool(self.triggers or self.leads)

    @property
    def family(self) -> str:
        return self.kind.split(".", 1)[0]

    def search(self, text: str) -> regex.Match[str] | None:
        """The first match of any pattern in ``text`` (case-insensitive)."""
        for part in self._engines or self.engines():
            m = part.original().search(text)
            if m:
                return None if self.vetoed(text) else m
        return None

    def evidence(self, text: str, lowered: str, within: str | None = None) -> str | None:
        """The matched span of ``text`` (None: no match); ``lowered`` is
        ``text.lower()``, on which the case-folded twins run.  ``within`` is
        the paragraph ``text`` was cut from, when it is a piece of one: the
        ``unless`` veto reads the whole paragraph (a how-to's last sentence,
        'some will ask you to link back to the original', is advice because
        of the sentences before it)."""
        same = len(lowered) == len(text)  # 'İ' lowers to two characters: spans would drift
        context = text if within is None else within
        for part in self._engines or self.engines():
            if same and part.folded_source is not None:
                gate = part.gate  # read before the twin: a gated-out part is never compiled
                if gate is not None:
                    search = part.gate_search
                    if search is not None:
                        if search.search(lowered) is None:
                            continue  # none of the many literals the branch needs
                    else:
                        for literal in gate:
                            if literal in lowered:
                                break
                        else:
                            continue  # no literal the branch needs: it cannot match here
                f = part.twin.search(lowered)
                if f:
                    return None if self.vetoed(context) else text[f.start() : f.end()]
            else:
                m = part.original().search(text)
                if m:
                    return None if self.vetoed(context) else m.group(0)
        return None


def group(*rules: Rule) -> tuple[Rule, ...]:
    """Compose a family's rules, refusing an empty group or duplicate names."""
    if not rules:
        raise ValueError("a rule group cannot be empty")
    names = [r.name for r in rules]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ValueError(f"duplicate rule names: {sorted(dupes)}")
    return rules


#: A rule's patterns are compiled (and so checked) when it is created: a user's
#: bad pattern is an error where it is written.  Built-in rules compile when
#: the classifier first builds its rule set (the first ``clean`` call) instead:
#: ``import declutter`` would otherwise spend 0.4 s on a few hundred patterns
#: that a program importing it may never use.
_VALIDATE_ON_CREATION = True


def _load_registry() -> tuple[Rule, ...]:
    global _VALIDATE_ON_CREATION
    _VALIDATE_ON_CREATION = False
    try:
        from . import credits, furniture, promo, republish, wire
    finally:
        _VALIDATE_ON_CREATION = True

    rules = (
        republish.RULES + wire.RULES + promo.RULES + credits.RULES + furniture.RULES
    )
    group(*rules)  # checks global name uniqueness
    return rules


#: Every built-in rule (patterns compiled when the first rule set is built).
REGISTRY: tuple[Rule, ...] = _load_registry()

#: The boilerplate kinds declutter knows, with one line each (the taxonomy).
TAXONOMY: dict[str, str] = {
    "republish.tracking_code": "instructions to keep or paste a tracking pixel / HTML snippet",
    "republish.attribution": "'originally appeared on X', 'republished from X', partner notes",
    "republish.license": "Creative Commons or other licence terms for reuse of the story",
    "republish.social_tagging": "rules for tagging or mentioning the outlet on social media",
    "republish.rules": "conditions for republishing: no edits, keep bylines, photos excluded",
    "republish.cta": "'Republish this story' buttons and calls to action",
    "wire.copyright": "copyright and reproduction-prohibited lines (wire services, sites)",
    "wire.credits": "'Reporting by …; Editing by …', contributor and wire contact lines",
    "newsletter": "newsletter and mailing-list sign-up asks",
    "donation": "donation, membership and 'support our journalism' asks",
    "related_links": "'Related', 'Read more', topic and tag lists",
    "share_widget": "share buttons and social-network button labels",
    "social_follow": "'Follow us on …' prompts",
    "photo_credit": "photo / image captions' credit lines",
    "author_bio": "author biographies, disclosures and tip lines",
    "cookie_notice": "cookie and consent banners",
    "comments": "comment-section chrome: counts, sort, log in to comment",
    "navigation": "menus, breadcrumbs, skip links, page furniture",
    "advertisement": "ad slot labels and sponsored-content markers",
    "byline": "author and date lines at the top of a story",
    "footer": "site footer: legal links, contact, about",
    "markup": "HTML or markdown fragments pasted as text",
    "duplicate": "a second copy of text the article already holds (a page's flattened copy of the story)",
}


def kind_family(kind: str) -> str:
    """``republish.tracking_code`` → ``republish``; ``newsletter`` → ``newsletter``."""
    return kind.split(".", 1)[0]


__all__ = ["Rule", "Veto", "REGISTRY", "TAXONOMY", "group", "kind_family", "RULE_FLAGS"]
