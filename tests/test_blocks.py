"""Block-level fixtures written for this project, in other wording than the
dev set: notices (positive.jsonl) must be removed with the right kind family,
hard negatives (negative.jsonl) must stay body.  Same embedding as the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import devset

HERE = Path(__file__).resolve().parent / "fixtures" / "blocks"


def _load(name: str) -> list[devset.Row]:
    lines = (HERE / name).read_text("utf-8").splitlines()
    return [devset.Row(outlet="fixture", **json.loads(line)) for line in lines if line.strip()]


@pytest.mark.parametrize("row", _load("positive.jsonl"), ids=lambda r: f"{r.category}:{r.text[:40]}")
def test_notice_removed_with_its_family(row: devset.Row) -> None:
    outcome, _ = devset.run(row)
    assert outcome.right_family, f"{row.category} missed: {[(r.kind, r.rule) for r in outcome.removed]}"


@pytest.mark.parametrize("row", _load("negative.jsonl"), ids=lambda r: r.text[:40])
def test_hard_negative_kept(row: devset.Row) -> None:
    outcome, article = devset.run(row)
    assert not outcome.detected and devset.visible(row.text) in article.text
