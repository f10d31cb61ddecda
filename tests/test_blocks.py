"""Block-level fixtures written for this project, in other wording than the
dev set: notices (positive.jsonl) must be removed with the right kind family,
hard negatives (negative.jsonl) must stay body.  Same embedding as the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import declutter
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


def _glued(row: devset.Row) -> tuple[str, str]:
    """The row glued onto the last body paragraph, as scrapers leave notices."""
    body = devset.BODIES.get(row.lang, devset.BODIES["en"])
    text = "\n\n".join(["Council approves water plant overhaul", *body[:-1], body[-1] + " " + row.text])
    return text, body[-1]


@pytest.mark.parametrize("row", _load("positive.jsonl"), ids=lambda r: f"{r.category}:{r.text[:40]}")
def test_a_notice_glued_onto_the_last_sentence_never_takes_the_body_with_it(row: devset.Row) -> None:
    text, last = _glued(row)
    assert last in declutter.clean(text).text


@pytest.mark.parametrize("row", _load("negative.jsonl"), ids=lambda r: r.text[:40])
def test_a_hard_negative_glued_onto_the_last_sentence_stays(row: devset.Row) -> None:
    text, last = _glued(row)
    out = declutter.clean(text).text
    assert last in out and devset.visible(row.text) in out


def test_notices_glued_onto_the_last_sentence_are_nearly_all_removed() -> None:
    """Measured 2026-11-25: 45 of the 1,125 fixture notices keep their opening
    when glued (4.0%; 41 of 1,072, 40 of 1,016 and 35 of 900 earlier that day; 22 of 713, 3.1%, on 2026-11-24, before the round-22
    fixtures added more captions and statement openings): photo captions,
    whose caption sentence stays by design when it is glued onto a body
    paragraph (only its credit tells it apart), and notices opening with a
    plain statement ('Our paper belongs to its readers.', 'The columnist is a
    retired headteacher.')."""
    rows = _load("positive.jsonl")
    kept = [r.text for r in rows if devset.visible(r.text)[:40] in declutter.clean(_glued(r)[0]).text]
    assert len(kept) <= 0.04 * len(rows), kept


def test_a_notice_in_its_own_paragraph_leaves_nothing_behind() -> None:
    """Removed *whole*: a notice judged as one must not leave its opening
    ('Newsletter: …', 'Pictured: …') in the text as a body paragraph.
    Measured 2026-11-24: 1 of 445 fixture notices leaves its first sentence
    (a pointer to the outlet's own newsletter, kept on purpose)."""
    rows = _load("positive.jsonl")
    left = [r.text for r in rows if devset.visible(r.text)[:40] in devset.run(r)[1].text]
    assert len(left) <= 1, left
