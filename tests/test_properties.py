"""Invariants over arbitrary text (hypothesis).

- ``clean`` never raises on any string;
- cleaning clean output of text input changes nothing;
- every word of the output occurs in the input: in the raw input, or in its
  text content (inline tags such as ``<b>`` join their neighbours, as a
  browser renders them) after removing the invisible characters that
  segmentation deletes on purpose (zero-width spaces, soft hyphens).
"""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import declutter
from declutter.config import DEFAULT_CONFIG
from declutter.load import fix_mojibake, load
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
# a share-button row of many tokens and a non-button end: exponential
# backtracking in the stdlib engine (the rules must stay on ``regex``)
@example("0 " * 22 + "zzz")
def test_never_raises(text: str) -> None:
    article = declutter.clean(text)
    assert isinstance(article.text, str)


@SETTINGS
@given(ANY_TEXT)
@example("**0**__0__")  # unwrapping one emphasis span frees its neighbour
@example("[0](http://)__0__")  # … or a link
@example("&amp;lt;b&amp;gt;x")  # a decoded entity reveals a tag
@example("0 0 0 0 aa.SiGN UP NEWSLETTer.Aa B\r: 0 0 0 0 0 0 0 0 0 0 0 B")  # glued heading after a notice
@example("# ab.ShAREONFACEBOOKSHAREON")  # a notice glued into a markdown heading
@example("# 0 0 0 0 0 0 0 0. 0b 0\r0")  # … or a heading glued into one
@example(":::. RELATED POSTS")  # nothing but punctuation before a notice
@example("0\r0\r0\r0\r0\r0\r0\r0 0 0 lo.ShAREONFACEBOOKSHAREON")  # short lines around a four-word line
# the rules remove the last sentence: what is left is a sentence and a 'footer'
@example("Â¡\x85")  # a stray character blocked the mojibake repair until cleaning dropped it
@example("*\x0b]0*")  # a spacing repair ('* ]' → '*]') made an emphasis span markup removal unwraps
@example("0 0 0 0 0 0 0 A O 0.\r0\r0\r0\r0\r0\r0\r0\r0 0 O TAG @00 0 YOU 0 0 0.")
def test_idempotent(text: str) -> None:
    # Text input only: HTML's paragraphs are elements, and its output re-read as
    # plain text meets the text-only glued-heading repair; see the README's
    # known limitations.
    assume(load(text, max_chars=DEFAULT_CONFIG.max_input_chars).kind == "text")
    once = declutter.clean(text).text
    assert declutter.clean(once).text == once


@SETTINGS
@given(ANY_TEXT)
@example("Ã\x80")  # mojibake of 'À', repaired on load
@example("Ã\xad")  # … of 'í', whose second byte is a soft hyphen when read as Latin-1
def test_output_words_come_from_input(text: str) -> None:
    visible = INVISIBLES.sub("", text)
    # mojibake repair ('Ã€' → 'À') is the one documented change of characters
    repaired = INVISIBLES.sub("", fix_mojibake(text)[0])  # load repairs before segmentation drops invisibles
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
