"""Data types that flow through the pipeline and come out of it.

Every stage takes and returns these frozen records, so a stage can be run and
inspected on its own, and a block keeps every decision made about it
(label, kind, rule, stage, evidence) from the first verdict to the final one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

Label = Literal["title", "body", "heading", "boilerplate"]

#: Labels a block can end with.  ``title`` is the article title line.
LABELS: tuple[Label, ...] = ("title", "body", "heading", "boilerplate")


@dataclass(frozen=True, slots=True)
class Decision:
    """One verdict on a block: what it is, who said so and why."""

    label: Label
    kind: str
    rule: str
    stage: str
    evidence: str = ""
    pinned: bool = False
    #: Total rule evidence for ``kind`` (or, on a body verdict, for the
    #: strongest boilerplate kind that fell short: see ``candidate``).
    score: float = 0.0
    #: On a body verdict: the boilerplate kind with some evidence, if any.
    candidate: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": self.label,
            "kind": self.kind,
            "rule": self.rule,
            "stage": self.stage,
            "evidence": self.evidence,
            "pinned": self.pinned,
            "score": round(self.score, 3),
        }
        if self.candidate:
            out["candidate"] = self.candidate
        return out


@dataclass(frozen=True, slots=True)
class Signals:
    """Markup hints a block carries when it comes from HTML (all optional).

    The plain-text path leaves them at their defaults, except ``list_item``
    for a line of a multi-line chunk; the classifier treats them as extra
    evidence, never as the only evidence.
    """

    tag: str = ""
    heading_level: int = 0
    tokens: frozenset[str] = frozenset()  # class/id/ancestor tokens: "share", "nav", ...
    link_density: float = 0.0
    in_main: bool | None = None  # inside the detected article region
    list_item: bool = False
    #: HTML only: nearest ancestor tags (innermost last), nesting depth, and
    #: position in the page (0 = first block, 1 = last).
    ancestor_tags: tuple[str, ...] = ()
    depth: int = 0
    position: float = 0.0


NO_SIGNALS = Signals()


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-sized piece of the input and its decisions so far."""

    index: int
    text: str
    decisions: tuple[Decision, ...] = ()
    signals: Signals = NO_SIGNALS
    features: Any = None  # ``features.Features`` once that stage has run
    #: Where the block came from: ``text`` (a paragraph), ``glued_heading``
    #: (a heading split off a paragraph's end), ``markdown_heading``,
    #: ``glued_notice`` (a notice split off a paragraph's end), ``html``.
    origin: str = "text"

    @property
    def final(self) -> Decision | None:
        return self.decisions[-1] if self.decisions else None

    # label/kind/rule are read in every later stage's loops: kept to one lookup
    @property
    def label(self) -> Label:
        return self.decisions[-1].label if self.decisions else "body"

    @property
    def kind(self) -> str:
        return self.decisions[-1].kind if self.decisions else "body"

    @property
    def rule(self) -> str:
        return self.decisions[-1].rule if self.decisions else "default.body"

    @property
    def pinned(self) -> bool:
        """True once any pattern rule pinned the label; smoothing leaves it."""
        for d in self.decisions:  # a loop: any() over a generator costs more for 1-3 items
            if d.pinned:
                return True
        return False

    def decide(self, decision: Decision) -> Block:
        # direct construction: ``dataclasses.replace`` introspects fields on
        # every call and this runs for every block at every stage
        return Block(self.index, self.text, self.decisions + (decision,), self.signals, self.features, self.origin)

    def with_features(self, features: Any) -> Block:
        return Block(self.index, self.text, self.decisions, self.signals, features, self.origin)

    def with_index(self, index: int) -> Block:
        return Block(index, self.text, self.decisions, self.signals, self.features, self.origin)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": self.label,
            "kind": self.kind,
            "rule": self.rule,
            "text": self.text,
        }
        if explain:
            out["decisions"] = [d.to_dict() for d in self.decisions]
        return out


@dataclass(frozen=True, slots=True)
class Section:
    """A heading (or ``None`` for the lead) and the body paragraphs under it."""

    heading: str | None
    paragraphs: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"heading": self.heading, "paragraphs": list(self.paragraphs)}


@dataclass(frozen=True, slots=True)
class Removed:
    """A boilerplate block taken out of the article, with its reason."""

    kind: str
    rule: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "rule": self.rule, "text": self.text}


@dataclass(frozen=True, slots=True)
class Syndication:
    """What the boilerplate says about where the story came from and how it may travel."""

    original_publisher: str | None = None
    urls: tuple[str, ...] = ()
    license: str | None = None
    handles: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    canonical_url: str | None = None

    @property
    def found(self) -> bool:
        return bool(
            self.original_publisher or self.urls or self.license or self.handles
            or self.canonical_url
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "original_publisher": self.original_publisher,
            "urls": list(self.urls),
            "license": self.license,
            "handles": list(self.handles),
            "emails": list(self.emails),
            "canonical_url": self.canonical_url,
        }


@dataclass(frozen=True, slots=True)
class Metadata:
    """Page facts that only HTML input usually has; empty for plain text."""

    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "author": self.author,
            "published": self.published,
            "url": self.url,
            "language": self.language,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """The structured result of :func:`declutter.clean`.

    "Nothing found" is an ``Article`` with empty ``sections`` and a message in
    ``warnings``, never ``None``.
    """

    title: str | None
    site_name: str | None
    sections: tuple[Section, ...]
    blocks: tuple[Block, ...]
    syndication: Syndication = field(default_factory=Syndication)
    metadata: Metadata = field(default_factory=Metadata)
    source: Literal["text", "html"] = "text"
    warnings: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def text(self) -> str:
        """Clean body: headings and paragraphs separated by blank lines."""
        parts: list[str] = []
        for s in self.sections:
            if s.heading:
                parts.append(s.heading)
            parts.extend(s.paragraphs)
        return "\n\n".join(parts)

    @property
    def boilerplate(self) -> tuple[Removed, ...]:
        return tuple(
            Removed(b.kind, b.rule, b.text) for b in self.blocks if b.label == "boilerplate"
        )

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        return {
            "title": self.title,
            "site_name": self.site_name,
            "sections": [s.to_dict() for s in self.sections],
            "text": self.text,
            "boilerplate": [r.to_dict() for r in self.boilerplate],
            "blocks": [b.to_dict(explain=explain) for b in self.blocks],
            "syndication": self.syndication.to_dict(),
            "metadata": self.metadata.to_dict(),
            "source": self.source,
            "warnings": list(self.warnings),
        }

    def to_json(self, *, indent: int | None = 2, explain: bool = False) -> str:
        return json.dumps(self.to_dict(explain=explain), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        from .render import to_markdown

        return to_markdown(self)
