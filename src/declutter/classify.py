"""Stage 3 — ``classify``: pattern rules give each block a first verdict.

Context-free, like jusText's first pass: each block is judged on its own text
and features.  Rules add evidence per boilerplate kind; the strongest kind wins
when its evidence reaches ``Config.boilerplate_threshold`` and is *pinned* at
``Config.pin_threshold`` (smoothing then leaves it alone).  A block with some
evidence that falls short stays body but remembers its ``candidate`` kind, so
that the neighbour pass can finish the job inside a run of notices.

Also here: notices glued onto the end of a body paragraph are split off when
the trailing sentences alone are pinned boilerplate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .config import Config
from .features import Features, measure
from .model import Block, Decision
from .rules import REGISTRY, Rule

#: Blocks longer than this are rarely notices; rule evidence is halved.
#: Calibrated so the seed's 87-word tracking-code paragraph keeps full weight.
LONG_BLOCK_WORDS = 150
LONG_BLOCK_FACTOR = 0.5

#: At most this many trailing sentences are tried as a glued notice.
GLUED_NOTICE_MAX_SENTENCES = 4

SENTENCE_SPLIT = regex.compile(r"(?<=[.!?…][\"”’)\]]?)\s+(?=[\p{Lu}\d(\[“\"«—–-])")


@dataclass(frozen=True, slots=True)
class Verdict:
    label: str
    kind: str
    rule: str
    score: float
    evidence: str
    candidate: str = ""
    candidate_score: float = 0.0


def active_rules(config: Config) -> tuple[Rule, ...]:
    return tuple(r for r in REGISTRY + config.extra_rules if config.rule_enabled(r.name))


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


def judge(text: str, f: Features, rules: tuple[Rule, ...], config: Config) -> Verdict:
    """Sum rule evidence per (label, kind); return the winning verdict."""
    scores: dict[tuple[str, str], float] = {}
    best_rule: dict[tuple[str, str], tuple[float, Rule, str]] = {}
    factor = LONG_BLOCK_FACTOR if f.words > LONG_BLOCK_WORDS else 1.0
    for rule in rules:
        if rule.max_words is not None and f.words > rule.max_words:
            continue
        m = rule.search(text)
        if m is None or not _context_ok(rule, f):
            continue
        key = (rule.label, rule.kind)
        w = rule.weight * factor
        scores[key] = scores.get(key, 0.0) + w
        if key not in best_rule or w > best_rule[key][0]:
            best_rule[key] = (w, rule, m.group(0)[:120])
    if not scores:
        return Verdict("body", "body", "default.body", 0.0, "")
    key = max(scores, key=lambda k: scores[k])
    total = scores[key]
    _, rule, evidence = best_rule[key]
    if total >= config.boilerplate_threshold:
        return Verdict(key[0], key[1], rule.name, total, evidence)
    return Verdict("body", "body", "default.body", 0.0, evidence, candidate=key[1], candidate_score=total)


def _decision(v: Verdict, config: Config) -> Decision:
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


def _split_glued_notice(block: Block, rules: tuple[Rule, ...], config: Config) -> list[Block] | None:
    """'…higher on the day. (Reporting by …)' → body block + notice block."""
    sentences = SENTENCE_SPLIT.split(block.text)
    if len(sentences) < 2:
        return None
    limit = min(GLUED_NOTICE_MAX_SENTENCES, len(sentences) - 1)
    for k in range(1, limit + 1):
        tail = " ".join(sentences[-k:])
        v = judge(tail, measure(tail), rules, config)
        if v.label == "boilerplate" and v.score >= config.pin_threshold:
            # grow the notice backwards while the previous sentence is boilerplate too
            while k < limit:
                prev = sentences[-k - 1]
                pv = judge(prev, measure(prev), rules, config)
                if pv.label != "boilerplate":
                    break
                k += 1
                tail = " ".join(sentences[-k:])
                v = judge(tail, measure(tail), rules, config)
            head = " ".join(sentences[:-k])
            head_block = replace(block, text=head, features=measure(head))
            tail_block = replace(block, text=tail, features=measure(tail), origin="glued_notice")
            return [
                head_block.decide(_decision(judge(head, head_block.features, rules, config), config)),
                tail_block.decide(_decision(v, config)),
            ]
    return None


def classify(blocks: list[Block], config: Config) -> list[Block]:
    """First verdict for every block (and glued notices split off)."""
    rules = active_rules(config)
    out: list[Block] = []
    for b in blocks:
        f = b.features if b.features is not None else measure(b.text)
        if b.pinned:  # an earlier stage (HTML structure, page locator) already decided
            out.append(replace(b, features=f))
            continue
        v = judge(b.text, f, rules, config)
        if v.label != "boilerplate" and b.origin == "text":
            parts = _split_glued_notice(b, rules, config)
            if parts:
                out.extend(parts)
                continue
        out.append(replace(b, features=f).decide(_decision(v, config)))
    return [replace(b, index=i) for i, b in enumerate(out)]
