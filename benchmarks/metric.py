"""The Article Extraction Benchmark (AEB) metric, re-implemented from its description.

Why our own copy: the benchmark numbers we publish must be comparable with
the published AEB table, so the scoring follows the original convention
exactly (checked against the public ``evaluate.py`` of
scrapinghub/article-extraction-benchmark), but the code is ours.

Convention (all of it matters for comparability):

* tokens are ``re.findall(r"\\w+", text)`` (Unicode ``\\w``, case kept);
* a document is the *multiset* of its 4-token shingles; a document with
  1-3 tokens has exactly one shingle, made of all its tokens; a document
  with no tokens has no shingles;
* per page, tp = size of the multiset intersection, fp = predicted-only,
  fn = truth-only;
* precision is averaged only over pages whose prediction has shingles
  (tp + fp > 0): an empty prediction does not count for precision at all;
  recall is averaged only over pages whose truth has shingles (tp + fn > 0),
  so an empty prediction there scores recall 0;
* a page where both sides are empty is left out of both averages (the
  reference defines it as 1/1, but its filters drop it before averaging);
* F1 = 2PR / (P + R) of the two averages (not a mean of per-page F1s).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

NGRAM = 4
_TOKEN_RE = re.compile(r"\w+")

Shingle = tuple[str, ...]


def tokenize(text: str | None) -> list[str]:
    """Word tokens as the AEB counts them (punctuation and spacing ignored)."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, n: int = NGRAM) -> Counter[Shingle]:
    """Multiset of ``n``-token shingles; a short non-empty text is one shingle."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    """Shingle counts of one page; precision/recall are None when undefined."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        """None when the prediction is empty: such pages are excluded from P."""
        if self.tp + self.fp == 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """None when the truth is empty: such pages are excluded from R."""
        if self.tp + self.fn == 0:
            return None
        return self.tp / (self.tp + self.fn)


def score_page(truth: str | None, pred: str | None) -> PageScore:
    """Compare one prediction with its ground truth by shingle multisets."""
    true_sh = shingles(truth)
    pred_sh = shingles(pred)
    tp = sum((true_sh & pred_sh).values())
    return PageScore(tp=tp, fp=sum(pred_sh.values()) - tp, fn=sum(true_sh.values()) - tp)


@dataclass(frozen=True, slots=True)
class Summary:
    """Corpus-level scores: P and R are page averages, F1 is computed from them."""

    precision: float
    recall: float
    f1: float
    pages: int


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summarize(scores: Iterable[PageScore]) -> Summary:
    """Average per-page precision and recall (each over its defined pages)."""
    scores = list(scores)
    precision = _mean([s.precision for s in scores if s.precision is not None])
    recall = _mean([s.recall for s in scores if s.recall is not None])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Summary(precision=precision, recall=recall, f1=f1, pages=len(scores))
