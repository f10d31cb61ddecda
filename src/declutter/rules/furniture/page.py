"""Menus, pasted markup fragments and site footers."""

from __future__ import annotations

from ...segment import ONLY_TAGS_PATTERN
from .. import Rule
from .vocab import WIDGET_MAX_WORDS

NAVIGATION = (
    Rule(
        name="navigation.skip_and_crumbs",
        leads=("skip", "jump", "back", "toggle", "main", "open", "close", "sign", "log", "my", "advertis", "anzeige",
               "publicidad", "publicité", "sponsored", "paid", "partner", "home"),
        triggers=("privacy", "terms", "cookie"),
        kind="navigation",
        patterns=(
            r"""
            ^\W{0,3}(?:skip\s+to\s+(?:main\s+)?(?:content|navigation)|jump\s+to|back\s+to\s+top|toggle\s+navigation
               |main\s+menu|open\s+menu|close\s+menu|sign\s+in|log\s+in|my\s+account|advertisement|advertising
               |anzeige|publicidad|publicité|sponsored(?:\s+content)?|paid\s+content|partner\s+content)\W{0,3}$
            | ^\W{0,3}home\s*(?:›|»|>|/|\|)                                                    # breadcrumbs
            """,
            r"""
            \b(?:privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy)\b[^.]{0,60}
                \b(?:privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy|contact|about\s+us|sitemap)\b
            """,
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="Skip links, breadcrumbs, ad labels and legal-link rows.",
        examples=("Skip to main content", "Home › World › Middle East", "Privacy Policy | Terms of Use | Contact"),
        counterexamples=("The home secretary resigned on Tuesday.",),
    ),
)

MARKUP = (
    Rule(
        name="markup.html_fragment",
        triggers=('<', '!['),
        kind="markup",
        patterns=(
            ONLY_TAGS_PATTERN,                                  # nothing but tags and comments
            r"""^\s*!\[[^\]]{0,300}\]\([^)\s]{1,600}\)\s*$""",  # a lone markdown image
        ),
        weight=2.0,
        why="HTML or markdown left over as text carries no prose.",
        examples=('<iframe src="https://example.org/embed/1" width="600"></iframe>',
                  '<!-- begin embed --><div id="player-7"></div><!-- end embed -->'),
        counterexamples=("The <b>only</b> bridge closed.",),
    ),
)

FOOTER = (
    Rule(
        name="footer.policy_line",
        kind="footer",
        leads=("our", "editorial", "ethics", "correction", "code", "about", "contact", "impressum", "mentions",
               "aviso", "datenschutz"),
        triggers=("trust principles",),
        patterns=(
            r"""^\W{0,3}(?:our\s+(?:editorial\s+)?standards|editorial\s+(?:standards|policy|guidelines)
               |ethics\s+policy|corrections?\s+policy|code\s+of\s+ethics|about\s+us|contact\s+us|impressum
               |mentions\s+légales|aviso\s+legal|datenschutz(?:erklärung)?)\W{0,3}(?:$|[:|·•–—-])""",
            r"""\btrust\s+principles\b""",
        ),
        max_words=25,
        weight=2.0,
        why="Standards, ethics and legal link lines close a page, never an article's prose.",
        examples=("Our Standards: The Thomson Reuters Trust Principles.", "Impressum | Datenschutz"),
        counterexamples=("Our standards for drinking water are among the strictest in Europe, the minister said.",),
    ),
)
