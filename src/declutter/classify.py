"""Stage 3 — ``classify``: pattern rules give each block a first verdict.

Context-free, like jusText's first pass: each block is judged on its own text
and features.  Rules add evidence per boilerplate kind; the strongest kind wins
when its evidence reaches ``Config.boilerplate_threshold`` and is *pinned* at
``Config.pin_threshold`` (smoothing then leaves it alone).  A block with some
evidence that falls short stays body but remembers its ``candidate`` kind, so
that the neighbour pass can finish the job inside a run of notices.

Also here: notices glued onto the end of a body paragraph are split off when
the trailing sentences alone are boilerplate, and a paragraph judged a notice
as a whole keeps its plainly-body opening sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import regex

from .config import DEFAULT_CONFIG, Config
from .features import Features, measure
from .model import Block, Decision
from .rules import REGISTRY, Rule
from .rules.cues import trie_pattern
from .segment import HAS_WORD

#: Blocks longer than this are rarely notices; rule evidence is halved.
#: Calibrated so the seed's 87-word tracking-code paragraph keeps full weight.
LONG_BLOCK_WORDS = 150
LONG_BLOCK_FACTOR = 0.5
#: Past this many words a block is an article's text run together (a page
#: dump's flattened copy of the story, a paragraph-less post): one notice
#: phrase inside it is never the block's nature, so evidence counts a quarter
#: (a notice glued onto its end is still split off, see ``_split_glued_notice``).
VERY_LONG_BLOCK_WORDS = 400
VERY_LONG_BLOCK_FACTOR = 0.25

#: A kind's score is its strongest rule plus this share of the others, so
#: several generic rules cannot outvote one specific rule of another kind.
SUPPORT_SHARE = 0.25

#: Blocks whose trailing sentences may be a glued notice: paragraphs, HTML
#: blocks and markdown headings (once cleaned, a heading's text is a paragraph
#: to the next pass, so both must be treated alike for re-cleaning to be stable).
SPLITTABLE_ORIGINS = frozenset({"text", "markdown_heading", "html"})
#: At most this many trailing sentences are tried as a glued notice.
GLUED_NOTICE_MAX_SENTENCES = 4
#: A paragraph judged a notice as a whole gives back a body opening when the
#: notice after it has at most this many sentences (each candidate tail is
#: judged, so the bound keeps long blocks linear).
NOTICE_BLOCK_MAX_SENTENCES = 6
#: Kinds whose notice keeps the sentence before its last one however plain
#: it reads: a photo caption is a news-like sentence, its credit makes it a
#: caption ('The ferry docks for the first time. Photo: J. Doe').  Only the
#: sentences before the caption, a body paragraph the caption was glued onto,
#: are given back.
CAPTION_KINDS = frozenset({"photo_credit"})
#: The shortest notice of those kinds, in sentences: the caption and its credit.
CAPTION_MIN_SENTENCES = 2
#: A notice opening with a short label and a colon ('Newsletter: …',
#: 'About the author: …', 'Pictured: …') is one notice from its first word.
LABEL_OPENING = regex.compile(r"^\W{0,3}\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}\s*:\s")
#: A paragraph already judged a notice is split only when the part before the
#: notice is plainly body: this many words, not speaking to the reader.
GLUED_BODY_MIN_WORDS = 12

#: HTML tags of table cells (see ``Rule.in_tables``).
TABLE_CELL_TAGS = frozenset({"td", "th"})

#: What a line-anchored rule's ``\W{0,3}`` may skip before its lead word.
LEADING_NONWORD = re.compile(r"\W+")
#: Leads are looked up by this many opening characters of a block.
LEAD_INDEX_CHARS = 2

#: Sentence starts: after end punctuation (and a closing quote), before a
#: capital, digit, symbol, opening quote or bracket, '¿' / '¡', or markdown
#: emphasis around a capital ('… department. _This work is licensed …_').
SENTENCE_SPLIT = regex.compile(
    r"(?<=[.!?…][\"”’)\]]?)\s+(?=[\p{Lu}\p{S}(\[“\"«—–¿¡-]|[_*]+\p{Lu})"
    # before a number, not after an abbreviation that announces one ('Tel. 0341 …', 'No. 5')
    r"|(?<=[.!?…][\"”’)\]]?)(?<!\b(?i:tel|tél|ph|fax|nr|no|art|vol|pp?)\.)\s+(?=\d)"
)
#: A paragraph judged a notice that has no sentence start by that pattern may
#: still be a body sentence with a lower-case notice glued on ('…the works
#: department. if u republish this pls keep the byline'): there, a stop after a
#: lower-case word followed by a lower-case word is tried too, so the body
#: sentence is not removed with the notice.
LOWER_CASE_SENTENCE_SPLIT = regex.compile(r"(?<=\p{Ll}\p{Ll}[.!?…][\"”’)\]]?)\s+(?=\p{Ll})")


@dataclass(frozen=True, slots=True)
class Verdict:
    label: str
    kind: str
    rule: str
    score: float
    evidence: str
    candidate: str = ""
    candidate_score: float = 0.0


#: The verdict on a block no rule fired on (most blocks): one shared value.
NO_EVIDENCE = Verdict("body", "body", "default.body", 0.0, "")
#: Its decision, shared likewise (decisions are immutable).
PLAIN_BODY = Decision("body", "body", "default.body", "classify")


def active_rules(config: Config) -> tuple[Rule, ...]:
    return tuple(r for r in REGISTRY + config.extra_rules if config.rule_enabled(r.name))


class RuleSet:
    """The active rules, with a trigger index for a fast pre-check.

    All triggers form one trie-shaped pattern inside a lookahead, so a single
    ``findall`` returns the longest trigger starting at every word start of a
    block (triggers match at the start of a word: 'publish' needs its own
    'republish').  Every shorter trigger that is a prefix of a found one starts there
    too, hence ``owners`` maps each trigger to the rules of all its prefixes.
    """

    __slots__ = ("rules", "always", "scanner", "owners", "loose", "leads_by_start")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        # the rules' patterns are not compiled here: each part compiles the
        # first time a block reaches it (see rules.Part), or all in warm_up
        self.always = frozenset(i for i, r in enumerate(rules) if not r.gated)
        # line-anchored rules, indexed by their leads' first two characters
        # (one-character leads by that character): a block's opening is
        # compared with the few leads that start like it, not with all of them
        lead_owners: dict[str, set[int]] = {}
        for i, r in enumerate(rules):
            for lead in r.leads:
                lead_owners.setdefault(lead, set()).add(i)
        by_start: dict[str, list[tuple[str, frozenset[int]]]] = {}
        for lead, ix in sorted(lead_owners.items()):
            by_start.setdefault(lead[:LEAD_INDEX_CHARS], []).append((lead, frozenset(ix)))
        self.leads_by_start = {k: tuple(v) for k, v in by_start.items()}
        direct: dict[str, set[int]] = {}
        for i, r in enumerate(rules):
            for t in r.triggers:
                direct.setdefault(t, set()).add(i)
        # a trigger's owners: the rules of every trigger that is a prefix of it
        # (prefixes looked up, not every pair compared: thousands of triggers)
        self.owners = {
            t: frozenset(i for k in range(1, len(t) + 1) for i in direct.get(t[:k], ())) for t in direct
        }
        # Triggers are matched where a word starts (10x fewer attempts than at
        # every character); the few that start with punctuation ('©', '@',
        # '<img') are plain substring checks.
        worded = [t for t in direct if t[:1].isalnum()]
        self.loose = tuple((t, self.owners[t]) for t in direct if not t[:1].isalnum())
        # '(?<!\w)' is '\b' before a word character, and 20% faster in ``re``
        self.scanner = re.compile(r"(?<!\w)(?=(" + trie_pattern(worded) + "))") if worded else None

    def candidates(self, text: str, lowered: str | None = None) -> list[Rule]:
        """Rules worth running on ``text`` (a trigger occurs in it or a lead opens it);
        ``lowered`` is ``text.lower()`` when the caller has it."""
        hit = set(self.always)
        if lowered is None:
            lowered = text.lower()
        by_start = self.leads_by_start
        if by_start:
            skip = LEADING_NONWORD.match(lowered)
            head = lowered[skip.end():] if skip else lowered
            for key in {head[:1], head[:LEAD_INDEX_CHARS]}:
                for lead, ix in by_start.get(key, ()):
                    if head.startswith(lead):
                        hit.update(ix)
        if self.scanner is not None:
            for found in set(self.scanner.findall(lowered)):
                hit.update(self.owners[found])
        for t, ix in self.loose:
            if t in lowered:
                hit.update(ix)
        return [self.rules[i] for i in sorted(hit)]


_RULESETS: dict[int, tuple[Config, RuleSet]] = {}
#: Distinct configs whose rule sets are kept compiled (bounded: no leak).
MAX_CACHED_RULESETS = 16


def ruleset(config: Config) -> RuleSet:
    cached = _RULESETS.get(id(config))
    if cached is not None and cached[0] is config:
        return cached[1]
    if len(_RULESETS) >= MAX_CACHED_RULESETS:
        _RULESETS.clear()
    rs = RuleSet(active_rules(config))
    _RULESETS[id(config)] = (config, rs)
    return rs


def warm_up(config: Config = DEFAULT_CONFIG) -> None:
    """Compile every active rule now instead of on first use.

    Rules compile lazily, so a one-file run builds only the few it needs;
    a long run (a crawler, a benchmark) can pay the whole set-up, a second
    or two, before its first page instead of spread over its first pages.
    """
    for rule in ruleset(config).rules:
        rule.build()


def _context_ok(rule: Rule, f: Features) -> bool:
    c = rule.context
    if c == "any":
        return True
    if c == "address":
        return f.addresses_reader
    if c == "self":
        return f.refers_to_itself
    if c == "address_or_self":
        return f.addresses_reader or f.refers_to_itself
    return not f.reports  # "not_reported"


def judge(text: str, f: Features, rules: RuleSet, config: Config, *, cell: bool = False,
          within: str | None = None) -> Verdict:
    """Sum rule evidence per (label, kind); return the winning verdict
    (``cell``: the block is an HTML table cell, see ``Rule.in_tables``;
    ``within``: the paragraph ``text`` is a piece of, read by the rules' vetoes)."""
    weights: dict[tuple[str, str], list[float]] = {}
    best_rule: dict[tuple[str, str], tuple[float, Rule, str]] = {}
    factor = (1.0 if f.words <= LONG_BLOCK_WORDS
              else LONG_BLOCK_FACTOR if f.words <= VERY_LONG_BLOCK_WORDS else VERY_LONG_BLOCK_FACTOR)
    lowered = text.lower()
    for rule in rules.candidates(text, lowered):
        if rule.max_words is not None and f.words > rule.max_words:
            continue
        if cell and not rule.in_tables:
            continue
        # the pattern first: most candidate rules' gates rule them out at once,
        # while a stance cue costs a few regex passes the first time it is read
        found = rule.evidence(text, lowered, within)
        if found is None or not _context_ok(rule, f):
            continue
        key: tuple[str, str] = (rule.label, rule.kind)
        w = rule.weight * factor
        weights.setdefault(key, []).append(w)
        if key not in best_rule or w > best_rule[key][0]:
            best_rule[key] = (w, rule, found[:120])
    if not weights:
        return NO_EVIDENCE
    scores = {k: max(ws) + SUPPORT_SHARE * (sum(ws) - max(ws)) for k, ws in weights.items()}
    key = max(scores, key=lambda k: scores[k])
    total = scores[key]
    _, rule, evidence = best_rule[key]
    if total >= config.boilerplate_threshold:
        return Verdict(key[0], key[1], rule.name, total, evidence)
    return Verdict("body", "body", "default.body", 0.0, evidence, candidate=key[1], candidate_score=total)


def _decision(v: Verdict, config: Config) -> Decision:
    if v is NO_EVIDENCE:
        return PLAIN_BODY
    if v.label == "body" and v.rule == "default.body":
        return Decision(
            "body", "body", "default.body", "classify",
            evidence=(f"weak {v.candidate}: {v.evidence!r}" if v.candidate else ""),
            score=v.candidate_score, candidate=v.candidate,
        )
    return Decision(
        v.label,  # type: ignore[arg-type]
        v.kind if v.label == "boilerplate" else v.label,
        v.rule,
        "classify",
        evidence=v.evidence,
        pinned=v.score >= config.pin_threshold,
        score=v.score,
    )


def _parts(block: Block, head: str, hf: Features, hv: Verdict, tail: str, tail_f: Features, v: Verdict,
           config: Config) -> list[Block]:
    """The body head and the notice tail of a split paragraph, each with its verdict."""
    head_block = replace(block, text=head, features=hf)
    tail_block = replace(block, text=tail, features=tail_f, origin="glued_notice")
    return [head_block.decide(_decision(hv, config)), tail_block.decide(_decision(v, config))]


def _judged(text: str, rules: RuleSet, config: Config, within: str | None = None) -> tuple[str, Features, Verdict]:
    """A piece of a split paragraph with its measurements and verdict."""
    f = measure(text)
    return text, f, judge(text, f, rules, config, within=within)


def _is_notice(sentence: str, rules: RuleSet, config: Config, within: str | None = None) -> bool:
    return _judged(sentence, rules, config, within)[2].label == "boilerplate"


def _plain_body(hf: Features, hv: Verdict) -> bool:
    """Plainly body: long enough, no rule evidence, not speaking to the reader or about itself."""
    return not (hv.label != "body" or hv.candidate or hf.words < GLUED_BODY_MIN_WORDS
                or hf.addresses_reader or hf.refers_to_itself)


def _split_glued_notice(
    block: Block, rules: RuleSet, config: Config, *, require_plain_head: bool = False, min_tail: int = 1
) -> list[Block] | None:
    """'…higher on the day. (Reporting by …)' → body block + notice block."""
    sentences = SENTENCE_SPLIT.split(block.text)
    if len(sentences) < 2 and require_plain_head:
        sentences = LOWER_CASE_SENTENCE_SPLIT.split(block.text)
    if len(sentences) < 2:
        return None
    if require_plain_head:
        return _keep_plain_head(block, sentences, rules, config, min_tail)
    limit = min(GLUED_NOTICE_MAX_SENTENCES, len(sentences) - 1)
    # a body paragraph gives up its last sentences to what is a notice on its
    # own (checked: 150 hard negatives glued onto a body paragraph all stay)
    # The tail is judged as a piece of this paragraph: a veto that holds for the
    # paragraph (how-to advice about the reader's own site) holds for its last sentence.
    whole = block.text
    for k in range(1, limit + 1):
        tail, tail_f, v = _judged(" ".join(sentences[-k:]), rules, config, whole)
        if v.label == "boilerplate" and v.score >= config.boilerplate_threshold:
            # grow the notice backwards while the previous sentence is boilerplate too
            while k < limit and _is_notice(sentences[-k - 1], rules, config, whole):
                k += 1
                tail, tail_f, v = _judged(" ".join(sentences[-k:]), rules, config, whole)
            head = " ".join(sentences[:-k])
            if not HAS_WORD.search(head):
                # nothing but punctuation before the notice (':::. RELATED POSTS'):
                # the whole block is the notice, no word-less paragraph is left behind
                return [block.with_features(measure(block.text)).decide(_decision(v, config))]
            hf = measure(head)
            return _parts(block, head, hf, judge(head, hf, rules, config), tail, tail_f, v, config)
    return None


def _keep_plain_head(block: Block, sentences: list[str], rules: RuleSet, config: Config,
                     min_tail: int = 1) -> list[Block] | None:
    """A paragraph judged a notice as a whole: keep the longest plainly-body
    opening whose remaining sentences are a notice on their own.

    Notices glue onto a paragraph's last sentence ('…next year. Don't miss a
    story. Sign up for our newsletter.'); without this the body sentence goes
    with them.  A notice that opens like one ('Sign up…', 'This story…') stays whole.
    """
    if LABEL_OPENING.match(sentences[0]):
        return None  # 'Newsletter: …', 'Pictured: …': the label opens the notice
    first = measure(sentences[0])
    if first.addresses_reader or first.refers_to_itself or judge(sentences[0], first, rules, config).candidate:
        return None
    for k in range(min_tail, min(len(sentences), NOTICE_BLOCK_MAX_SENTENCES + 1)):
        head = " ".join(sentences[:-k])
        hf = measure(head)
        if hf.words < GLUED_BODY_MIN_WORDS:
            return None  # heads only get shorter from here
        tail, tail_f, v = _judged(" ".join(sentences[-k:]), rules, config)
        if v.label != "boilerplate":
            continue
        hv = judge(head, hf, rules, config)
        if not _plain_body(hf, hv):
            continue
        # the notice's own first sentence may read as plain body inside the
        # head ('Dana Kim is a staff writer.' before 'Reach her at …'): take
        # back every last head sentence that is a notice on its own
        while k + 1 < len(sentences) and _is_notice(sentences[-k - 1], rules, config):
            shorter, sf, sv = _judged(" ".join(sentences[: -k - 1]), rules, config)
            if not _plain_body(sf, sv):
                break
            k += 1
            head, hf, hv = shorter, sf, sv
            tail, tail_f, v = _judged(" ".join(sentences[-k:]), rules, config)
        return _parts(block, head, hf, hv, tail, tail_f, v, config)
    return None


def classify(blocks: list[Block], config: Config) -> list[Block]:
    """First verdict for every block (and glued notices split off)."""
    rules = ruleset(config)
    judged: list[Block] = []
    for b in blocks:
        f = b.features if b.features is not None else measure(b.text)
        if b.pinned:  # an earlier stage (HTML structure, page locator) already decided
            judged.append(b if b.features is f else b.with_features(f))
            continue
        v = judge(b.text, f, rules, config, cell=b.signals.tag in TABLE_CELL_TAGS)
        judged.append(Block(b.index, b.text, b.decisions + (_decision(v, config),), b.signals, f, b.origin))
    # Notices glue onto the paragraph just before a run of notices, or onto
    # the last paragraph; only those are worth splitting sentence by sentence.
    last_body = max((i for i, b in enumerate(judged) if b.label != "boilerplate"), default=-1)
    out: list[Block] = []
    for i, b in enumerate(judged):
        before_notice = i + 1 < len(judged) and judged[i + 1].label == "boilerplate"
        if b.origin in SPLITTABLE_ORIGINS and (before_notice or i >= last_body):
            notice = b.label == "boilerplate"
            if not notice or b.final is not None and b.final.stage == "classify":
                # a caption and its credit are one notice: only what comes before the caption is given back
                min_tail = CAPTION_MIN_SENTENCES if notice and b.kind in CAPTION_KINDS else 1
                parts = _split_glued_notice(replace(b, decisions=()), rules, config, require_plain_head=notice,
                                            min_tail=min_tail)
                if parts:
                    out.extend(parts)
                    continue
        out.append(b)
    return [b if b.index == i else b.with_index(i) for i, b in enumerate(out)]
