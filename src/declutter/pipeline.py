"""The pipeline: small named stages, each typed in and out, run in order.

    load → segment → [locate] → features → classify → smooth → [relocate] → structure → assemble

``TEXT_STAGES`` lists the block stages so tests (and curious users) can run
any prefix of them with :func:`run_stages`.  HTML input replaces ``segment``
with the DOM walk in :mod:`declutter.html`, then feeds the same stages.
"""

from __future__ import annotations

from collections.abc import Callable

from .assemble import assemble
from .classify import classify
from .config import DEFAULT_CONFIG, Config
from .features import features
from .load import load
from .model import Article, Block
from .page import inside_article, locate, relocate
from .segment import segment
from .smooth import smooth
from .structure import structure

Stage = Callable[[list[Block], Config], list[Block]]


def _features(blocks: list[Block], config: Config) -> list[Block]:
    return features(blocks)


def _smooth(blocks: list[Block], config: Config) -> list[Block]:
    """Neighbour revision, on the article's blocks only when a page was located."""
    return inside_article(smooth, blocks, config)


def _relocate(blocks: list[Block], config: Config) -> list[Block]:
    """Whole-page dumps: trim furniture the rules' removals left at the article's edges."""
    return relocate(blocks, config)


def _locate(blocks: list[Block], config: Config) -> list[Block]:
    """Whole-page dumps: find the article run (no-op for article-shaped text)."""
    return locate(blocks, config)


#: The block stages after segmentation, in order.  ``locate`` comes first so
#: that page furniture it pins never pays for the full features and rules.
TEXT_STAGES: tuple[tuple[str, Stage], ...] = (
    ("locate", _locate),
    ("features", _features),
    ("classify", classify),
    ("smooth", _smooth),
    ("relocate", _relocate),
    ("structure", structure),
)


def run_stages(
    blocks: list[Block], config: Config, *, until: str | None = None, skip: tuple[str, ...] = ()
) -> list[Block]:
    """Run the block stages in order, stopping after ``until`` if given.

    ``skip`` names stages to leave out (the HTML path skips ``locate``: the
    DOM already found the article region).
    """
    for name, stage in TEXT_STAGES:
        if name in skip:
            continue
        blocks = stage(blocks, config)
        if name == until:
            break
    return blocks


def clean_text(text: str, config: Config = DEFAULT_CONFIG, *, warnings: tuple[str, ...] = ()) -> Article:
    """Plain text → :class:`Article` (``text`` already decoded)."""
    blocks = run_stages(segment(text, config), config)
    return assemble(blocks, warnings=warnings, source="text")


def clean(
    data: str | bytes,
    config: Config = DEFAULT_CONFIG,
    *,
    encoding: str | None = None,
    kind: str | None = None,
) -> Article:
    """Text or HTML (str or bytes, auto-detected) → :class:`Article`."""
    loaded = load(data, max_chars=config.max_input_chars, encoding=encoding,
                  kind=kind)  # type: ignore[arg-type]
    if loaded.kind == "html":
        from .html import clean_html_text

        return clean_html_text(loaded.text, config, warnings=loaded.warnings)
    return clean_text(loaded.text, config, warnings=loaded.warnings)
