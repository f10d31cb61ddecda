"""The HTML path: golden page fixtures, markup artefacts, bad input, properties.

Golden fixtures live in ``tests/fixtures/html/<slug>/{input.html, expected.json}``
(same schema as ``fixtures/articles``, compared field by field with the same
readable diff).  ``input.html`` is stored as the bytes a crawler would save
(the ``cp1252-page`` fixture is Windows-1252).  Goldens are regenerated only
on request, one slug at a time, after reading the diff::

    python tests/test_html.py --regen SLUG [SLUG ...]           # show the diff
    python tests/test_html.py --regen --write SLUG [SLUG ...]   # and write it
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

import declutter  # noqa: E402
from test_fixtures import compare, project  # noqa: E402

HTML_FIXTURES = Path(__file__).parent / "fixtures" / "html"
SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"


def html_dirs() -> list[Path]:
    return sorted(p for p in HTML_FIXTURES.iterdir() if p.is_dir()) if HTML_FIXTURES.is_dir() else []


def run(d: Path) -> declutter.Article:
    return declutter.clean((d / "input.html").read_bytes())


# --- golden fixtures ------------------------------------------------------------------


def test_there_are_enough_html_fixtures() -> None:
    assert len(html_dirs()) >= 10


@pytest.mark.parametrize("fixture_dir", [pytest.param(d, id=d.name) for d in html_dirs()])
def test_html_fixture(fixture_dir: Path) -> None:
    expected = json.loads((fixture_dir / "expected.json").read_text(encoding="utf-8"))
    article = run(fixture_dir)
    assert article.source == "html"
    problems = compare(expected, project(article))
    assert not problems, f"{fixture_dir.name}:\n" + "\n".join(problems)


def test_cp1252_fixture_is_not_utf8() -> None:
    raw = (HTML_FIXTURES / "cp1252-page" / "input.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Zoë Müller" in run(HTML_FIXTURES / "cp1252-page").text


def test_metadata_and_syndication() -> None:
    a = run(HTML_FIXTURES / "nonprofit-republish-modal")
    assert a.metadata.author == "Maria Lopez"
    assert a.metadata.published == "2024-03-05T09:00:00-07:00"
    assert a.metadata.language == "en"
    assert a.metadata.url == "https://valleyledger.org/2024/03/05/county-water-rules/"
    s = run(HTML_FIXTURES / "syndicated-canonical").syndication
    assert s.canonical_url == "https://healthnewsdesk.example.org/2024/rural-hospitals-maternity/"
    assert s.canonical_url in s.urls  # canonical on another host = syndicated
    assert run(HTML_FIXTURES / "wire-story").syndication.urls[0].startswith("https://wire.example.com/")
    sp = run(HTML_FIXTURES / "spanish-br-paragraphs")
    assert (sp.metadata.author, sp.site_name) == ("Lucía Gómez", "Diario del Sur")


def test_boilerplate_carries_html_rules() -> None:
    a = run(HTML_FIXTURES / "blog-with-comments")
    kinds = {r.kind for r in a.boilerplate}
    assert {"comments", "navigation", "footer"} <= kinds
    assert all(r.rule.startswith(("html.", "page.")) or "." in r.rule for r in a.boilerplate)
    assert "Tried this last weekend" not in a.text


# --- markup artefacts --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Rules <b>of</b> engagement</p>", "Rules of engagement"),  # inline: no split
        ("<p><b>Rules</b> of engagement</p>", "Rules of engagement"),
        ("<p>in<i>cred</i>ible</p>", "incredible"),  # inline inside a word: not split
        ("<p>A&nbsp;B &amp; C&#8217;s</p>", "A B & C’s"),
        ("<p>one\n   two\t three</p>", "one two three"),
    ],
)
def test_inline_markup_and_entities(html: str, expected: str) -> None:
    page = f"<html><body><article>{html}<p>{'Filler sentence for the article body. ' * 6}</p></article></body></html>"
    assert declutter.clean_html(page).blocks[0].text == expected


def test_blocks_do_not_glue() -> None:
    page = "<html><body><div><p>first</p><p>second</p><ul><li>a</li><li>b</li></ul>x<br><br>y</div></body></html>"
    texts = [b.text for b in declutter.clean_html(page).blocks]
    assert texts == ["first", "second", "a", "b", "x", "y"]


def test_invisible_content_dropped() -> None:
    page = (
        "<html><head><style>p{}</style></head><body><script>var x='hidden';</script>"
        "<noscript>enable js</noscript><template><p>tpl</p></template>"
        "<p style='display: none'>gone</p><p hidden>gone too</p>"
        "<form><input value='q'><button>Search</button></form><p>Visible text here.</p></body></html>"
    )
    text = " ".join(b.text for b in declutter.clean_html(page).blocks)
    assert text == "Visible text here."


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"])
def test_binary_is_input_error(data: bytes) -> None:
    with pytest.raises(declutter.InputError):
        declutter.clean_html(data)


def test_truncated_html_yields_what_it_holds() -> None:
    a = run(HTML_FIXTURES / "broken-html")
    assert a.paragraphs[-1].startswith("Drivers were told")
    page = "<html><body><article><h1>Cut short</h1><p>The first paragraph is complete and long enough to count.</p><p>The second was cut off mid"
    assert declutter.clean_html(page).paragraphs[-1].endswith("cut off mid")


def test_deep_nesting_keeps_later_text() -> None:
    """libxml2 drops everything after its depth limit; we re-parse flat instead."""
    depth = 10_000
    page = "<html><body>" + "<div>" * depth + "<p>Deep paragraph, with enough words to count as prose.</p>" + \
        "</div>" * depth + "<p>After the nesting, the article goes on for a while.</p></body></html>"
    a = declutter.clean_html(page)  # its time is a row of benchmarks/run_speed.py
    texts = [b.text for b in a.blocks]
    assert any("Deep paragraph" in t for t in texts) and any("After the nesting" in t for t in texts)
    assert any("nested deeper" in w for w in a.warnings)


def test_a_20_mb_page_keeps_every_paragraph() -> None:
    para = "<p>" + "The council met on Monday and decided things, many things, all of them. " * 10 + "</p>"
    page = "<html><body><nav><a href='/'>Home</a></nav><article>" + para * 28_000 + "</article></body></html>"
    assert len(page) > 20_000_000
    a = declutter.clean_html(page)  # its time is a row of benchmarks/run_speed.py
    assert len(a.paragraphs) == 28_000


def test_empty_and_markup_only() -> None:
    for page in ("", "<html></html>", "<html><body><div></div></body></html>"):
        a = declutter.clean_html(page)
        assert a.sections == () and a.warnings


# --- properties (hypothesis) -----------------------------------------------------------

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TAGS = st.sampled_from(["<p>", "</p>", "<div class='share'>", "</div>", "<br>", "<h2>", "</h2>", "<li>",
                        "<a href='x'>", "</a>", "<b>", "<!--", "-->", "<script>", "</script>", "&nbsp;",
                        "&amp;", "<table><tr><td>", "<html>", "<body>", "<?xml version='1.0' encoding='utf-8'?>"])
HTMLISH = st.lists(st.one_of(TAGS, st.text(max_size=30)), max_size=40).map("".join)


@SETTINGS
@given(st.binary(max_size=600))
def test_any_bytes_only_input_error(data: bytes) -> None:
    try:
        declutter.clean_html(data)
        declutter.clean(data)
    except declutter.InputError:
        pass


@SETTINGS
@given(HTMLISH)
def test_any_markup_never_raises(page: str) -> None:
    a = declutter.clean_html(page)
    assert isinstance(a.text, str)


# --- seed as HTML ------------------------------------------------------------------------


def seed_files() -> list[Path]:
    return sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []


def seed_to_html(text: str) -> str:
    """Title in <h1>, headings in <h2>, paragraphs in <p>, notices in a republish div.

    The split mirrors what the text path found, so the comparison tests the
    HTML path's handling of the same content, not the text segmentation.
    """
    from html import escape

    art = declutter.clean(text)
    body = "".join(
        (f"<h2>{escape(s.heading)}</h2>" if s.heading else "") + "".join(f"<p>{escape(p)}</p>" for p in s.paragraphs)
        for s in art.sections
    )
    title_block = next((b.text for b in art.blocks if b.label == "title"), art.title or "")
    notices = "".join(f"<p>{escape(r.text)}</p>" for r in art.boilerplate)
    return (
        f"<!DOCTYPE html><html><head><title>{escape(title_block)}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{escape(title_block)}</h1>{body}"
        f"<div class='republish-box'>{notices}</div></article><footer>Footer</footer></body></html>"
    )


@pytest.mark.parametrize("seed", [pytest.param(p, id=p.stem) for p in seed_files()])
def test_seed_as_html_matches_text(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    from_text = declutter.clean(text)
    from_html = declutter.clean_html(seed_to_html(text))
    assert from_html.title == from_text.title
    assert from_html.site_name == from_text.site_name
    assert [s.to_dict() for s in from_html.sections] == [s.to_dict() for s in from_text.sections]
    text_kinds = [r.kind for r in from_text.boilerplate]
    html_kinds = [r.kind for r in from_html.boilerplate if not r.rule.startswith("html.outside")]
    assert html_kinds == text_kinds


# --- golden regeneration (explicit command only) ---------------------------------------


def _regen(slugs: list[str], write: bool) -> None:
    for slug in slugs:
        d = HTML_FIXTURES / slug
        path = d / "expected.json"
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        new = json.dumps(project(run(d)), ensure_ascii=False, indent=2) + "\n"
        sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                                   f"{slug} (golden)", f"{slug} (current)"))
        if write and old != new:
            path.write_text(new, encoding="utf-8")
            print(f"{slug}: written")


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or args[0] != "--regen":
        raise SystemExit(__doc__)
    write = "--write" in args
    _regen([a for a in args[1:] if a != "--write"], write)


def test_mislabelled_utf8_that_is_cp1252() -> None:
    page = ("<html><head><meta charset='utf-8'><title>Caf\u00e9</title></head><body><article>"
            "<p>\u201cWe\u2019re still here,\u201d said Zo\u00eb, whose caf\u00e9 opened in 1998 on the square.</p>"
            "</article></body></html>").encode("cp1252")
    a = declutter.clean(page)
    assert a.source == "html"
    assert "\u201cWe\u2019re still here,\u201d said Zo\u00eb" in a.text


def test_a_notice_glued_into_an_html_paragraph_is_split_off_not_the_paragraph() -> None:
    html = """<html><head><title>Council votes</title></head><body><article>
    <h1>Council approves ferry timetable</h1>
    <p>The harbour board on Monday approved a new ferry timetable that adds two evening crossings
    to the island from April, after a year of complaints from commuters.</p>
    <p>The extra crossings will be paid for by a small rise in the price of monthly passes, the board
    said. This story was originally published by Coastal Courier and is republished here with permission.</p>
    </article></body></html>"""
    a = declutter.clean(html)
    assert a.paragraphs[-1].endswith("the board said.")
    assert [r.kind for r in a.boilerplate] == ["republish.attribution"]
    assert a.boilerplate[0].text.startswith("This story was originally published")


def test_the_text_locator_never_runs_on_html_articles() -> None:
    """The DOM found the article region; the text locator's second pass (after
    the rules removed a notice) must not take its short paragraphs for a footer."""
    towns = ["Oslo", "Bergen", "Tromsø", "Bodø", "Molde", "Ålesund", "Hamar", "Narvik"]
    html = (
        "<html><head><title>Eight towns - Example</title></head><body><article><h1>Eight towns</h1>"
        "<p>The network connects the northern towns with the capital, and the operator said on Monday that "
        "trains would run every hour from next spring onwards, weather permitting.</p>"
        + "".join(f"<p>{t}</p>" for t in towns)
        + "<p>This article was originally published by Nordic Wire and is republished here under a "
        "Creative Commons license.</p></article></body></html>"
    )
    a = declutter.clean(html)
    assert [p for s in a.sections for p in s.paragraphs][1:] == towns
    assert [r.kind for r in a.boilerplate][-1].startswith("republish")
