"""Where the benchmark data lives and how it is loaded.

Paths are resolved relative to the repository root (the parent of
``benchmarks/``) so the scripts work from any working directory and in a
fresh clone that has ``shared/`` beside it.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "data" / "scrapinghub-aeb"
DEFAULT_SEED_GLOB = "../shared/seed/*.txt"
CACHE_DIR = BENCH_DIR / ".cache"
RESULTS_DIR = BENCH_DIR / "results"


@dataclass(frozen=True, slots=True)
class Page:
    """One AEB page: raw HTML (decoded UTF-8) plus its ground truth."""

    id: str
    url: str
    html: str
    truth: str


def page_ids(data_dir: Path) -> list[str]:
    """Sorted ids, so ``--limit N`` always picks the same pages."""
    return sorted(p.name.removesuffix(".html.gz") for p in (data_dir / "html").glob("*.html.gz"))


def load_pages(data_dir: Path, limit: int | None = None) -> list[Page]:
    """Load pages that have both HTML and ground truth (AEB: all 181)."""
    data_dir = data_dir.resolve()
    if not (data_dir / "ground-truth.json").is_file():
        raise SystemExit(f"no ground-truth.json under {data_dir} (use --data)")
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    ids = [i for i in page_ids(data_dir) if i in truth]
    if limit is not None:
        ids = ids[:limit]
    pages = []
    for pid in ids:
        with gzip.open(data_dir / "html" / f"{pid}.html.gz", "rt", encoding="utf-8") as f:
            html = f.read()
        entry = truth[pid]
        pages.append(Page(pid, entry.get("url", ""), html, entry.get("articleBody", "")))
    return pages


def seed_files() -> list[Path]:
    """The seed articles under ``../shared/seed`` relative to the repo root."""
    return sorted(REPO_ROOT.glob(DEFAULT_SEED_GLOB))
