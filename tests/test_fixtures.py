"""Golden article fixtures: ``tests/fixtures/articles/<slug>/`` (see the README there).

One test per fixture directory.  Each compares ``declutter.clean(input)`` with
the hand-written ``expected.json`` field by field (title, site name, sections,
boilerplate kinds and texts, syndication) and reports *every* field that
differs, with a unified diff for the paragraph and boilerplate lists, so one
run shows the whole damage.

A fixture may carry ``"xfail": "reason"`` in its ``expected.json``; it is then a
strict expected failure (an unexpected pass fails the run, so the marker is
removed as soon as the library is fixed).

Goldens are never updated by this module; ``tests/regen_fixtures.py`` does
that, on request, one slug at a time, printing the diff for review.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

import declutter
from declutter.rules import TAXONOMY

ARTICLES = Path(__file__).parent / "fixtures" / "articles"

#: Keys an ``expected.json`` may hold; anything else is a typo.
EXPECTED_KEYS = frozenset({"title", "site_name", "sections", "boilerplate", "syndication", "xfail"})
SYNDICATION_KEYS = frozenset({"original_publisher", "license", "handles", "urls"})


# --- loading -----------------------------------------------------------------------


def fixture_dirs() -> list[Path]:
    return sorted(p for p in ARTICLES.iterdir() if p.is_dir()) if ARTICLES.is_dir() else []


def input_path(d: Path) -> Path:
    for name in ("input.txt", "input.html"):
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(f"{d.name}: no input.txt or input.html")


def load_expected(d: Path) -> dict[str, Any]:
    return json.loads((d / "expected.json").read_text(encoding="utf-8"))


def run(d: Path) -> declutter.Article:
    """Clean a fixture's input exactly as a user would (bytes for HTML, text for text)."""
    path = input_path(d)
    if path.suffix == ".html":
        return declutter.clean_html(path.read_bytes())
    # newline="" keeps the bytes as written: CRs, odd spaces and all.
    with path.open(encoding="utf-8", newline="") as fh:
        return declutter.clean(fh.read())


def project(article: declutter.Article) -> dict[str, Any]:
    """The part of an :class:`~declutter.Article` a golden file pins (no rule names)."""
    syn = article.syndication
    return {
        "title": article.title,
        "site_name": article.site_name,
        "sections": [
            {"heading": s.heading, "paragraphs": list(s.paragraphs)} for s in article.sections
        ],
        "boilerplate": [{"kind": r.kind, "text": r.text} for r in article.boilerplate],
        "syndication": {
            "original_publisher": syn.original_publisher,
            "license": syn.license,
            "handles": list(syn.handles),
            "urls": list(syn.urls),
        },
    }


# --- comparison -------------------------------------------------------------------------


def _diff(expected: list[str], got: list[str]) -> str:
    lines = difflib.unified_diff(expected, got, "expected", "got", lineterm="", n=1)
    return "\n".join("    " + line for line in lines)


def _section_lines(sections: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for s in sections:
        out.append(f"## {s['heading']}" if s["heading"] is not None else "## (lead, no heading)")
        out.extend(f"¶ {p}" for p in s["paragraphs"])
    return out


def _publisher_key(name: str | None) -> str | None:
    """'The Associated Press' and 'Associated Press' name the same publisher."""
    if name is None:
        return None
    key = name.strip().casefold()
    return key[4:] if key.startswith("the ") else key


def compare(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Every mismatching field as a readable paragraph; empty when all match."""
    problems: list[str] = []
    for field in ("title", "site_name"):
        if expected[field] != got[field]:
            problems.append(f"{field}: expected {expected[field]!r}, got {got[field]!r}")

    exp_s, got_s = expected["sections"], got["sections"]
    if exp_s != got_s:
        heads_e = [s["heading"] for s in exp_s]
        heads_g = [s["heading"] for s in got_s]
        n_e = sum(len(s["paragraphs"]) for s in exp_s)
        n_g = sum(len(s["paragraphs"]) for s in got_s)
        summary = (
            f"sections: headings expected {heads_e}, got {heads_g}; "
            f"paragraphs expected {n_e}, got {n_g}"
        )
        problems.append(summary + "\n" + _diff(_section_lines(exp_s), _section_lines(got_s)))

    exp_b = [f"[{b['kind']}] {b['text']}" for b in expected["boilerplate"]]
    got_b = [f"[{b['kind']}] {b['text']}" for b in got["boilerplate"]]
    if exp_b != got_b:
        problems.append("boilerplate (kind + text, in order):\n" + _diff(exp_b, got_b))

    exp_y, got_y = expected["syndication"], got["syndication"]
    exp_pub, got_pub = exp_y["original_publisher"], got_y["original_publisher"]
    if _publisher_key(exp_pub) != _publisher_key(got_pub):
        problems.append(f"syndication.original_publisher: expected {exp_pub!r}, got {got_pub!r}")
    if exp_y["license"] != got_y["license"]:
        problems.append(
            f"syndication.license: expected {exp_y['license']!r}, got {got_y['license']!r}"
        )
    for key in ("handles", "urls"):  # order carries no meaning
        if sorted(exp_y[key]) != sorted(got_y[key]):
            problems.append(
                f"syndication.{key}: expected {sorted(exp_y[key])}, got {sorted(got_y[key])}"
            )
    return problems


# --- tests ------------------------------------------------------------------------------


def _params() -> list[Any]:
    params = []
    for d in fixture_dirs():
        marks = []
        # A missing or broken golden still gets its test, which then fails loudly.
        try:
            reason = load_expected(d).get("xfail")
        except (OSError, ValueError):
            reason = None
        if reason:
            marks.append(pytest.mark.xfail(reason=str(reason), strict=True))
        params.append(pytest.param(d, id=d.name, marks=marks))
    return params


def test_there_are_fixtures() -> None:
    assert len(fixture_dirs()) >= 15, f"expected at least 15 fixtures in {ARTICLES}"


@pytest.mark.parametrize("fixture_dir", [pytest.param(d, id=d.name) for d in fixture_dirs()])
def test_expected_schema(fixture_dir: Path) -> None:
    """Goldens are well-formed: known keys, taxonomy kinds, no rule names."""
    name = fixture_dir.name
    input_path(fixture_dir)
    exp = load_expected(fixture_dir)
    assert set(exp) <= EXPECTED_KEYS, f"{name}: unknown keys {sorted(set(exp) - EXPECTED_KEYS)}"
    missing = (EXPECTED_KEYS - {"xfail"}) - set(exp)
    assert not missing, f"{name}: missing keys {sorted(missing)}"
    syn_keys = sorted(exp["syndication"])
    assert set(syn_keys) == SYNDICATION_KEYS, f"{name}: syndication keys {syn_keys}"
    for s in exp["sections"]:
        assert set(s) == {"heading", "paragraphs"}, f"{name}: section keys {sorted(s)}"
        assert s["paragraphs"], f"{name}: section {s['heading']!r} has no paragraphs"
    for b in exp["boilerplate"]:
        assert set(b) == {"kind", "text"}, f"{name}: boilerplate entry keys {sorted(b)}"
        assert b["kind"] in TAXONOMY, f"{name}: kind {b['kind']!r} is not in the taxonomy"


@pytest.mark.parametrize("fixture_dir", _params())
def test_fixture(fixture_dir: Path) -> None:
    problems = compare(load_expected(fixture_dir), project(run(fixture_dir)))
    if problems:
        body = "\n\n".join(f"- {p}" for p in problems)
        head = f"fixture {fixture_dir.name!r}: {len(problems)} field(s) differ"
        pytest.fail(f"{head}\n\n{body}", pytrace=False)
