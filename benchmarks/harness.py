"""Run extractors over pages, time them, score them, and report.

Shared by both accuracy tracks so they time, count failures and format
results the same way.  Each system is a zero-argument factory returning an
``Extract`` function: the factory does the imports and one-off setup, so
that neither import time nor a missing peer package leaks into (or breaks)
another system's run.
"""

from __future__ import annotations

import csv
import json
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from corpus import Page
from machine import machine_info
from metric import PageScore, Summary, score_page, summarize

Extract = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class System:
    """A named extractor, built lazily.

    ``dist`` names the package whose version is reported ("" for the small
    baselines implemented here, reported as "ours").
    """

    name: str
    factory: Callable[[], Extract]
    dist: str


@dataclass(slots=True)
class SystemResult:
    """Scores and timing of one system over one track."""

    name: str
    version: str
    summary: Summary
    seconds: float
    failures: int
    page_scores: list[tuple[Page, PageScore]] = field(repr=False)
    errors: list[str] = field(default_factory=list, repr=False)

    @property
    def pages_per_s(self) -> float:
        return self.summary.pages / self.seconds if self.seconds else float("inf")

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            **asdict(self.summary),
            "seconds": round(self.seconds, 4),
            "pages_per_s": round(self.pages_per_s, 2),
            "failures": self.failures,
            "errors": self.errors[:10],
        }


def declutter_available() -> bool:
    """True once ``declutter.clean`` exists and runs on a trivial input."""
    try:
        import declutter

        declutter.clean("x")
    except Exception:  # noqa: BLE001 - any failure means "not usable yet"
        return False
    return True


def pick_systems(registry: Sequence[System], spec: str | None) -> list[System]:
    """Systems named in a comma list (``--systems``), or all available ones.

    With no ``--systems``, declutter is skipped (with a note) while the
    library is not there yet, so the peers can still be measured.  Named
    explicitly, an unknown system is an error.
    """
    by_name = {s.name: s for s in registry}
    if spec:
        names = [n.strip() for n in spec.split(",") if n.strip()]
        unknown = [n for n in names if n not in by_name]
        if unknown:
            raise SystemExit(f"unknown system(s) {unknown}; choose from {list(by_name)}")
        return [by_name[n] for n in names]
    chosen = list(registry)
    if not declutter_available():
        print("note: declutter.clean is not usable yet; skipping it", file=sys.stderr)
        chosen = [s for s in chosen if s.name != "declutter"]
    return chosen


def run_system(system: System, version: str, inputs: Sequence[tuple[Page, str]]) -> SystemResult:
    """Extract every page sequentially, timing only the extraction calls.

    A page whose extraction raises counts as a failure and as an empty
    prediction (recall 0, left out of precision), as in the AEB.

    Every system first extracts one page untimed: one-time set-up (imports,
    pattern compilation, stop lists, parser start-up) is not throughput, and
    a scraper pays it once per process, not once per page.
    """
    extract = system.factory()
    if inputs:
        try:
            extract(inputs[0][1])
        except Exception:  # noqa: BLE001 - the timed pass records the failure
            pass
    seconds = 0.0
    failures = 0
    errors: list[str] = []
    scores: list[tuple[Page, PageScore]] = []
    for page, data in inputs:
        start = time.perf_counter()
        try:
            pred = extract(data)
        except Exception as exc:  # noqa: BLE001 - a peer crashing on a page is a result
            pred = ""
            failures += 1
            errors.append(f"{page.id}: {type(exc).__name__}: {exc}")
            if len(errors) == 1:
                traceback.print_exc(limit=3, file=sys.stderr)
        seconds += time.perf_counter() - start
        scores.append((page, score_page(page.truth, pred or "")))
    summary = summarize(s for _, s in scores)
    return SystemResult(system.name, version, summary, seconds, failures, scores, errors)


def _rate(per_s: float) -> str:
    """Pages/s with sensible precision (trivial baselines run at millions/s)."""
    return f"{per_s:.1f}" if per_s < 1000 else f"{per_s:,.0f}"


def markdown_table(results: Sequence[SystemResult]) -> str:
    """Results as a markdown table, best F1 first."""
    rows = [
        "| system | version | F1 | precision | recall | pages/s | failures |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in sorted(results, key=lambda r: -r.summary.f1):
        s = r.summary
        rows.append(
            f"| {r.name} | {r.version} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} "
            f"| {_rate(r.pages_per_s)} | {r.failures} |"
        )
    return "\n".join(rows)


def write_json(path: Path, track: str, data_dir: Path, results: Sequence[SystemResult]) -> None:
    """Results plus the when/where of the measurement."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "track": track,
        "machine": machine_info(),
        "data": str(data_dir),
        "pages": results[0].summary.pages if results else 0,
        "systems": {r.name: r.to_json() for r in results},
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:.4f}"


def _page_f1(s: PageScore) -> float:
    """Per-page F1 for sorting only (an empty prediction counts as 0)."""
    p, r = s.precision or 0.0, s.recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def write_per_page(path: Path, results: Sequence[SystemResult]) -> None:
    """Per-page precision/recall, worst page F1 first, for debugging a system.

    Precision is blank where the prediction was empty (it does not count).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["system", "page_id", "url", "f1", "precision", "recall", "tp", "fp", "fn"])
        for r in results:
            for page, s in sorted(r.page_scores, key=lambda ps: _page_f1(ps[1])):
                row = [r.name, page.id, page.url, f"{_page_f1(s):.4f}"]
                w.writerow([*row, _fmt(s.precision), _fmt(s.recall), s.tp, s.fp, s.fn])


def run_track(
    track: str,
    registry: Sequence[System],
    make_inputs: Callable[[list[Page]], list[tuple[Page, str]]],
    argv: Sequence[str] | None,
    description: str,
) -> str:
    """Command line shared by the accuracy tracks; returns the markdown table.

    Prints progress to stderr and the table to stdout; with ``--markdown``
    only the bare table is printed (for pasting into the README).
    """
    import argparse

    from corpus import DEFAULT_DATA, RESULTS_DIR, load_pages

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="AEB data directory")
    parser.add_argument(
        "--systems", help="comma list; default: all " + ",".join(s.name for s in registry)
    )
    parser.add_argument("--limit", type=int, help="only the first N pages (sorted by id)")
    parser.add_argument("--per-page", type=Path, help="write per-page P/R as CSV here")
    parser.add_argument(
        "--out", type=Path, default=RESULTS_DIR / f"{track}.json", help="results JSON"
    )
    parser.add_argument("--markdown", action="store_true", help="print only the markdown table")
    args = parser.parse_args(argv)

    systems = pick_systems(registry, args.systems)
    pages = load_pages(args.data, args.limit)
    inputs = make_inputs(pages)
    from machine import dist_version

    results = []
    for system in systems:
        print(f"[{track}] {system.name} on {len(pages)} pages ...", file=sys.stderr, flush=True)
        result = run_system(system, dist_version(system.dist) if system.dist else "ours", inputs)
        s = result.summary
        print(
            f"[{track}] {system.name}: F1={s.f1:.3f} P={s.precision:.3f} R={s.recall:.3f} "
            f"{result.pages_per_s:.1f} pages/s, {result.failures} failures",
            file=sys.stderr,
            flush=True,
        )
        results.append(result)
    write_json(args.out, track, args.data.resolve(), results)
    if args.per_page:
        write_per_page(args.per_page, results)
    table = markdown_table(results)
    if not args.markdown:
        print(f"\n{track} track, {len(pages)} pages (results: {args.out})\n")
    print(table)
    return table
