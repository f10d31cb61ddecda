"""Invariants over arbitrary text (hypothesis).

- ``clean`` never raises on any string;
- cleaning clean output changes nothing;
- every word of the output occurs in the input: in the raw input, or in its
  text content (inline tags such as ``<b>`` join their neighbours, as a
  browser renders them) after removing the invisible characters that
  segmentation deletes on purpose (zero-width spaces, soft hyphens).
"""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import declutter
from declutter.load import fix_mojibake
from declutter.segment import HTML_TAG, INVISIBLES, _strip_tags

WORD = regex.compile(r"\w+")

# Text built from article-like pieces, so the strategy reaches real code paths
# (titles, headings, notices, markup) rather than only random noise.
PIECES = st.sampled_from(
    [
        "Rules of Engagement", "The council met on Monday.", " said.", "originally appeared on Example News",
        "© 2024 Example Wire. All rights reserved.", "Share on Facebook Share on X", "\n\n", "\n", "  ",
        "Please tag @example when you republish this story.", "( RIAC)", "Airbase ,", "“ Israel", "rule.They",
        "<p>", "</p>", "<b>bold</b>of", "## Heading", "**strong**", "[link](https://example.org)", "•",
        "Sign up for our newsletter.", "U.S.", "3.5", "e.g.", "www.example.org", "a.b@example.org", " — ",
        " | ", "Title line", "Reporting by Jane Doe; Editing by Sam Roe", "Follow us on Twitter",
        # whole-page furniture, so the locator's paths are reached too
        "Home\nNews\nSport\nWeather\nVideo\nTravel\nJobs\n", "\n\nMost read\n", "\n\n3 Comments\n",
        "\n\nMy favourite spots:\n", "300 g flour\n", "Related Posts\n", "Mittwoch | 31. Juli 2019\n",
        "12 thoughts on “Title line”\n", "We use cookies to improve your experience on our website.\n",
        "\n\nThe harbour board approved the new ferry timetable on Monday after a long debate.\n\n",
    ]
)
ARTICLEISH = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=30).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=400), ARTICLEISH)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(ANY_TEXT)
def test_never_raises(text: str) -> None:
    article = declutter.clean(text)
    assert isinstance(article.text, str)


@SETTINGS
@given(ANY_TEXT)
def test_idempotent(text: str) -> None:
    once = declutter.clean(text).text
    assert declutter.clean(once).text == once


@SETTINGS
@given(ANY_TEXT)
@example("Ã\x80")  # mojibake of 'À', repaired on load
def test_output_words_come_from_input(text: str) -> None:
    visible = INVISIBLES.sub("", text)
    # mojibake repair ('Ã€' → 'À') is the one documented change of characters
    repaired = fix_mojibake(visible)[0]
    references = (visible, HTML_TAG.sub("", visible), _strip_tags(visible), repaired, _strip_tags(repaired))
    out = declutter.clean(text)
    for w in set(WORD.findall(out.text)):
        assert any(w in ref for ref in references), f"{w!r} does not occur in the input"


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_give_article_or_input_error(data: bytes) -> None:
    try:
        declutter.clean(data)
    except declutter.InputError:
        pass
