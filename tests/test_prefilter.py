"""The branch prefilter: a gate may skip a search only where it cannot match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from declutter.rules import REGISTRY
from declutter.rules.prefilter import required_literals

BLOCKS = Path(__file__).parent / "fixtures" / "blocks"


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        (r"\bmake\s+a\s+(?:gift|donation)\b", ("make",)),
        # the longest shortest literal wins: 'gift'/'donation' over 'make' here
        (r"\bme\s+a\s+(?:gift|donation)\b", ("gift", "donation")),
        # every alternative must hold a literal, and a string holding another is dropped
        (r"\b(?:memberships?|gifts?)\s+(?:start|starts|begin)\s+at\b", ("begin", "start")),
        (r"\b(?:join|\w+)\s+us\b", None),  # an alternative without a literal: no requirement
        (r"\bab\s+cd\b", None),  # literals too short to be worth a look-up
        (r"(?:foo)?\s*\p{L}+", None),  # optional parts and classes require nothing
        (r"[[a-z]--[aeiou]]xyz", None),  # regex's set operations: not read, not gated
        (r"\bnewsmatch\b  # a comment in VERBOSE mode", ("newsmatch",)),
    ],
)
def test_required_literals(pattern: str, gate: tuple[str, ...] | None) -> None:
    got = required_literals(pattern)
    assert (sorted(got) if got else None) == (sorted(gate) if gate else None)


def _texts() -> list[str]:
    out = [t for r in REGISTRY for t in r.examples + r.counterexamples]
    for name in ("positive.jsonl", "negative.jsonl"):
        out += [json.loads(line)["text"] for line in (BLOCKS / name).read_text("utf-8").splitlines() if line.strip()]
    return out


def test_gated_evidence_agrees_with_the_plain_search() -> None:
    """On every example, counterexample and fixture block, the gated,
    case-folded evidence finds a match exactly when the patterns do."""
    texts = _texts()
    gated = sum(part.gate is not None for r in REGISTRY for part in r.engines())
    assert gated > len(REGISTRY)  # most big rules' branches have a gate
    for rule in REGISTRY:
        for text in texts:
            assert (rule.evidence(text, text.lower()) is None) == (rule.search(text) is None), (rule.name, text)
