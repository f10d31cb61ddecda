"""The HTML-track systems: declutter and its peers, each called as documented.

Every peer is run with its documented default call.  Two peers were run
with non-default settings for the published AEB table, so they also get an
``-aeb`` row with those settings, which reproduces the published numbers
(trafilatura without comments; jusText with the AEB's length/stopword
thresholds).  Imports happen inside the factories: a peer that is not
installed fails only its own row.
"""

from __future__ import annotations

from harness import Extract, System


def _declutter() -> Extract:
    import declutter

    declutter.warm_up()  # the rules compile lazily: set-up, not throughput
    return lambda html: declutter.clean(html).text


def _trafilatura() -> Extract:
    import trafilatura

    return lambda html: trafilatura.extract(html) or ""


def _trafilatura_aeb() -> Extract:
    import trafilatura

    return lambda html: trafilatura.extract(html, include_comments=False) or ""


def _readability() -> Extract:
    import html_text
    from readability import Document

    return lambda html: html_text.extract_text(Document(html).summary(html_partial=True))


def _justext(**params: object) -> Extract:
    import justext

    stoplist = justext.get_stoplist("English")

    def extract(html: str) -> str:
        paragraphs = justext.justext(html, stoplist, **params)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


#: jusText thresholds used for the published AEB table (not jusText's defaults).
JUSTEXT_AEB_PARAMS: dict[str, object] = {
    "length_low": 50,
    "length_high": 200,
    "stopwords_low": 0.1,
    "stopwords_high": 0.2,
    "max_link_density": 0.2,
    "max_heading_distance": 200,
    "no_headings": True,
}


def _goose3() -> Extract:
    import logging

    from goose3 import Goose

    # goose3 logs a warning per unparsable date; that noise hides progress.
    logging.getLogger("goose3").setLevel(logging.ERROR)
    goose = Goose()
    return lambda html: goose.extract(raw_html=html).cleaned_text or ""


def _boilerpy3() -> Extract:
    from boilerpy3 import extractors

    return lambda html: extractors.ArticleExtractor().get_content(html)


def _whole_page() -> Extract:
    import html_text

    return lambda html: html_text.extract_text(html)


SYSTEMS: tuple[System, ...] = (
    System("declutter", _declutter, "declutter"),
    System("trafilatura", _trafilatura, "trafilatura"),
    System("trafilatura-aeb", _trafilatura_aeb, "trafilatura"),
    System("readability", _readability, "readability-lxml"),
    System("goose3", _goose3, "goose3"),
    System("justext", _justext, "jusText"),
    System("justext-aeb", lambda: _justext(**JUSTEXT_AEB_PARAMS), "jusText"),
    System("boilerpy3", _boilerpy3, "boilerpy3"),
    System("whole-page", _whole_page, "html-text"),
)
