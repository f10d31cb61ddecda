"""Every labelled dev block, embedded in a body: notices found with the right
kind family, hard negatives kept, precision and recall at least 0.95."""

from __future__ import annotations

from collections import defaultdict

import pytest

import devset

ROWS = devset.rows() if devset.DEV.exists() else []
FLOOR = 0.95

pytestmark = pytest.mark.skipif(not ROWS, reason=f"dev set not found at {devset.DEV}")


def _id(row: devset.Row) -> str:
    return f"{row.category}:{row.outlet}:{row.text[:40]}"


@pytest.mark.parametrize("row", [r for r in ROWS if not r.is_body], ids=_id)
def test_boilerplate_block_is_found(row: devset.Row) -> None:
    outcome, article = devset.run(row)
    assert outcome.right_family, (
        f"{row.category} not removed with its family; removed: "
        f"{[(r.kind, r.rule) for r in outcome.removed]}\nblocks: "
        f"{[(b.label, b.kind, b.rule, b.text[:60]) for b in article.blocks]}"
    )


@pytest.mark.parametrize("row", [r for r in ROWS if r.is_body], ids=_id)
def test_hard_negative_stays_body(row: devset.Row) -> None:
    outcome, article = devset.run(row)
    assert not outcome.detected, f"body text removed as {[(r.kind, r.rule) for r in outcome.removed]}"
    assert row.text in article.text


def test_template_body_never_removed() -> None:
    for row in ROWS:
        _, article = devset.run(row)
        for para in devset.BODIES.get(row.lang, devset.BODIES["en"]):
            assert para in article.text, f"template paragraph lost next to {row.category}: {para[:50]}"


def test_precision_and_recall_floor(capsys: pytest.CaptureFixture[str]) -> None:
    outcomes = [devset.run(r)[0] for r in ROWS]
    precision, recall = devset.scores(outcomes)
    per: dict[str, list[devset.Outcome]] = defaultdict(list)
    for o in outcomes:
        per[o.row.category].append(o)
    with capsys.disabled():
        print(f"\ndev set: {len(outcomes)} blocks  precision {precision:.3f}  recall {recall:.3f}")
        for cat, os in sorted(per.items()):
            ok = sum((not o.detected) if cat == "body" else o.right_family for o in os)
            print(f"  {cat:<26} {ok}/{len(os)}")
    assert precision >= FLOOR and recall >= FLOOR
