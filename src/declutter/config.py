"""One immutable, keyword-only configuration object.

Every threshold the pipeline uses is a field here, with its default, its effect
and its false-positive risk, so a caller can see and change the knobs without
reading the code.  Defaults were calibrated together on the development data
(``../shared/data/boilerplate-dev.jsonl``, the seed and the fixtures): do not
tune one in isolation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .rules import Rule

Mode = Literal["auto", "article", "page"]


@dataclass(frozen=True, kw_only=True)
class Config:
    """Settings for :func:`declutter.clean`.

    Fields:
        boilerplate_threshold: score a block needs before a rule may call it
            boilerplate (default 1.0, one full-weight rule).  Lower removes more
            prose-like notices and risks body text.
        pin_threshold: score at which a rule's verdict is pinned, so neighbour
            smoothing can no longer overturn it (default 2.0).
        heading_max_words: longest line (in words) that can be a section
            heading (default 12).  Longer lines are always paragraphs.
        glued_heading_max_words: longest title-case tail split off the end of a
            paragraph as a heading (default 6).  Higher catches long glued
            headings and risks splitting proper-noun sentence ends.
        mode: ``"article"`` treats the input as an article (every block is body
            unless a rule says otherwise); ``"page"`` treats it as a whole-page
            dump and looks for the article inside; ``"auto"`` (default) decides
            from the text's shape.
        max_input_chars: inputs longer than this raise :class:`InputError`
            instead of running for minutes (default 64 million characters).
        extra_rules: user rules (see :class:`declutter.Rule`) run with the
            built-in ones and shown in ``--explain``.
        disabled_rules: names (or dotted prefixes) of rules to switch off.
    """

    boilerplate_threshold: float = 1.0
    pin_threshold: float = 2.0
    heading_max_words: int = 12
    glued_heading_max_words: int = 6
    mode: Mode = "auto"
    max_input_chars: int = 64_000_000
    extra_rules: tuple[Rule, ...] = ()
    disabled_rules: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not 0 < self.boilerplate_threshold <= self.pin_threshold:
            raise ValueError(
                "Config: need 0 < boilerplate_threshold <= pin_threshold, got "
                f"{self.boilerplate_threshold} and {self.pin_threshold}"
            )
        if self.heading_max_words < 1 or self.glued_heading_max_words < 1:
            raise ValueError("Config: heading word limits must be at least 1")
        if self.mode not in ("auto", "article", "page"):
            raise ValueError(f"Config: mode must be auto, article or page, got {self.mode!r}")
        if self.max_input_chars < 1:
            raise ValueError("Config: max_input_chars must be positive")
        if not isinstance(self.disabled_rules, frozenset):
            object.__setattr__(self, "disabled_rules", frozenset(self.disabled_rules))
        if not isinstance(self.extra_rules, tuple):
            object.__setattr__(self, "extra_rules", tuple(self.extra_rules))

    def rule_enabled(self, name: str) -> bool:
        return not any(
            name == off or name.startswith(off + ".") for off in self.disabled_rules
        )


DEFAULT_CONFIG = Config()
