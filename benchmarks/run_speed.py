"""Throughput of ``clean``: seed article, size linearity, the AEB corpus, and
two hostile HTML inputs (a 20 MB page, 10,000-deep nesting).

Why these inputs: the seed article is the typical single call; the 1x/10x/
100x article shows whether time grows linearly with size (a quadratic step
shows up as MB/s falling with size); the AEB page texts and HTML pages are
realistic, messy whole pages.  Everything runs sequentially in one process;
only the ``clean`` calls are timed.

Usage: ``python benchmarks/run_speed.py [--system NAME] [--markdown]``.
``--system`` measures a peer instead (e.g. ``trafilatura``), useful while
declutter is not there yet.  Writes ``results/speed.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import html_systems
import text_systems
from corpus import DEFAULT_DATA, RESULTS_DIR, load_pages, seed_files
from harness import Extract, System, declutter_available
from machine import dist_version, machine_info
from pagetext import page_texts
from text_systems import paragraphs

MB = 1_000_000


@dataclass(frozen=True, slots=True)
class SpeedRow:
    """Timing of one input set: ``runs`` calls over ``docs`` documents each."""

    input: str
    docs: int
    bytes: int
    runs: int
    seconds: float

    @property
    def s_per_run(self) -> float:
        return self.seconds / self.runs

    @property
    def docs_per_s(self) -> float:
        return self.docs * self.runs / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.bytes * self.runs / self.seconds / MB

    def to_json(self) -> dict[str, object]:
        return {
            **asdict(self),
            "s_per_run": self.s_per_run,
            "docs_per_s": self.docs_per_s,
            "mb_per_s": self.mb_per_s,
        }


def time_docs(extract: Extract, label: str, docs: Sequence[str], min_seconds: float) -> SpeedRow:
    """Call ``extract`` on every doc, repeating the whole set for ``min_seconds``.

    One untimed warm-up call first, so lazy imports and caches inside the
    system are not billed to the first measured run.
    """
    extract(docs[0])
    runs = 0
    seconds = 0.0
    while runs == 0 or seconds < min_seconds:
        for doc in docs:
            start = time.perf_counter()
            extract(doc)
            seconds += time.perf_counter() - start
        runs += 1
    size = sum(len(d.encode("utf-8")) for d in docs)
    return SpeedRow(label, len(docs), size, runs, seconds)


def scaled_article(text: str, times: int) -> str:
    """One article ``times`` as long: the first paragraph (the title) once,
    then the body paragraphs repeated, all separated by blank lines."""
    paras = paragraphs(text)
    return "\n\n".join(paras[:1] + paras[1:] * times)


def _find(registry: Sequence[System], name: str) -> System | None:
    return next((s for s in registry if s.name == name), None)


def markdown_table(system: str, version: str, rows: Sequence[SpeedRow]) -> str:
    out = [
        f"`{system}` {version}",
        "",
        "| input | docs | size | runs | ms/run | docs/s | MB/s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        out.append(
            f"| {r.input} | {r.docs} | {r.bytes / 1000:,.1f} kB | {r.runs} | {r.s_per_run * 1000:.3f} "
            f"| {r.docs_per_s:,.1f} | {r.mb_per_s:.2f} |"
        )
    return "\n".join(out)


def large_html_page() -> str:
    """A 20 MB article page (28,000 paragraphs): time must stay linear in size."""
    para = "<p>" + "The council met on Monday and decided things, many things, all of them. " * 10 + "</p>"
    return "<html><body><nav><a href='/'>Home</a></nav><article>" + para * 28_000 + "</article></body></html>"


def deep_html_page(depth: int = 10_000) -> str:
    """Containers nested past libxml2's depth limit: the flat re-parse must stay cheap."""
    return ("<html><body>" + "<div>" * depth + "<p>Deep paragraph, with enough words to count as prose.</p>"
            + "</div>" * depth + "<p>After the nesting, the article goes on for a while.</p></body></html>")


def main(argv: Sequence[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--system", default="declutter", help="text/HTML system to time")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seed", type=Path, help="seed article (default: ../shared/seed/*.txt)")
    parser.add_argument("--min-seconds", type=float, default=2.0, help="minimum timed time per row")
    parser.add_argument("--limit", type=int, help="only the first N AEB pages")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "speed.json")
    parser.add_argument("--markdown", action="store_true", help="print only the markdown table")
    args = parser.parse_args(argv)

    if args.system == "declutter" and not declutter_available():
        note = "declutter.clean is not usable yet: speed not measured (try --system trafilatura)"
        print(f"note: {note}", file=sys.stderr)
        return f"_{note}_"
    text_system = _find(text_systems.SYSTEMS, args.system)
    html_system = _find(html_systems.SYSTEMS, args.system)
    if text_system is None and html_system is None:
        raise SystemExit(f"unknown system {args.system!r}")
    known = text_system or html_system
    assert known is not None
    version = dist_version(known.dist) if known.dist else "ours"

    seeds = [args.seed] if args.seed else seed_files()
    if not seeds:
        raise SystemExit("no seed article found under ../shared/seed (use --seed)")
    seed = seeds[0].read_text(encoding="utf-8")
    pages = load_pages(args.data, args.limit)
    rows: list[SpeedRow] = []

    def log(row: SpeedRow) -> None:
        rows.append(row)
        print(
            f"[speed] {row.input}: {row.s_per_run:.4f} s/run, {row.mb_per_s:.2f} MB/s",
            file=sys.stderr,
            flush=True,
        )

    if text_system is not None:
        extract = text_system.factory()
        log(time_docs(extract, f"seed article ({seeds[0].name})", [seed], args.min_seconds))
        for times in (1, 10, 100):
            log(
                time_docs(
                    extract, f"seed body x{times}", [scaled_article(seed, times)], args.min_seconds
                )
            )
        texts = list(page_texts(pages).values())
        log(time_docs(extract, "AEB whole-page texts", texts, 0.0))
    if html_system is not None:
        extract = html_system.factory()
        log(time_docs(extract, "AEB HTML pages", [p.html for p in pages], 0.0))
        log(time_docs(extract, "HTML page of 20 MB", [large_html_page()], 0.0))
        log(time_docs(extract, "HTML nested 10,000 deep", [deep_html_page()], 0.0))

    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "system": args.system,
        "version": version,
        "machine": machine_info(),
        "rows": [r.to_json() for r in rows],
    }
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    table = markdown_table(args.system, version, rows)
    if not args.markdown:
        print(f"\nspeed (results: {args.out})\n")
    print(table)
    return table


if __name__ == "__main__":
    main()
