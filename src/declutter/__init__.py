"""declutter: scraped article text or HTML in, clean structured article out.

    >>> import declutter
    >>> a = declutter.clean("A title | Example News\\n\\nThe council met on Monday.\\n\\n"
    ...                     "This story originally appeared on Example News.")
    >>> a.title, a.site_name, a.text
    ('A title', 'Example News', 'The council met on Monday.')
    >>> a.boilerplate[0].kind
    'republish.attribution'
"""

from __future__ import annotations

from .classify import warm_up
from .config import Config
from .errors import DeclutterError, InputError
from .model import Article, Block, Decision, Metadata, Removed, Section, Signals, Syndication
from .pipeline import clean, clean_text
from .rules import REGISTRY, TAXONOMY, Rule


def clean_html(html: str | bytes, config: Config = Config(), *, encoding: str | None = None) -> Article:
    """HTML page (str or bytes) → :class:`Article`, skipping the text/HTML sniffing."""
    return clean(html, config, encoding=encoding, kind="html")


def builtin_rules() -> tuple[Rule, ...]:
    """Every built-in rule, in the order they run.

    Not named ``rules``: that is the subpackage the rules live in, and a
    function of the same name would hide it (``import declutter.rules.wire
    as w`` would fail after ``import declutter``).
    """
    return REGISTRY


__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "Config",
    "DeclutterError",
    "Decision",
    "InputError",
    "Metadata",
    "Removed",
    "Rule",
    "Section",
    "Signals",
    "Syndication",
    "TAXONOMY",
    "builtin_rules",
    "clean",
    "clean_html",
    "clean_text",
    "warm_up",
]
