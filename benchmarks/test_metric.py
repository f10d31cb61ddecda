"""Edge cases of the AEB metric (run: ``pytest benchmarks/test_metric.py``)."""

from __future__ import annotations

import pytest
from metric import score_page, shingles, summarize, tokenize


def test_tokenize_is_unicode_and_keeps_case() -> None:
    assert tokenize("Ça va, l'été! 42") == ["Ça", "va", "l", "été", "42"]


def test_short_text_is_one_shingle() -> None:
    assert shingles("a b c") == {("a", "b", "c"): 1}
    assert shingles("") == {}
    assert shingles(None) == {}


def test_shingles_are_a_multiset() -> None:
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_identical_texts() -> None:
    s = score_page("one two three four five", "one two three four five")
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)
    assert s.precision == s.recall == 1.0


def test_empty_prediction_counts_for_recall_only() -> None:
    empty = score_page("one two three four five", "")
    full = score_page("one two three four five", "one two three four five x y z")
    assert empty.precision is None and empty.recall == 0.0
    summary = summarize([empty, full])
    assert summary.precision == pytest.approx(2 / 5)
    assert summary.recall == pytest.approx(0.5)


def test_both_empty_is_left_out() -> None:
    s = score_page("", "")
    assert s.precision is None and s.recall is None
    assert summarize([s]).f1 == 0.0
