"""Stage 7 — ``render``: an :class:`Article` as plain text, markdown or an explanation."""

from __future__ import annotations

from .model import Article


def to_text(article: Article) -> str:
    return article.text


def to_markdown(article: Article) -> str:
    """Title as ``#``, section headings as ``##``, paragraphs as they are."""
    parts: list[str] = []
    if article.title:
        parts.append(f"# {article.title}")
    for s in article.sections:
        if s.heading:
            parts.append(f"## {s.heading}")
        parts.extend(s.paragraphs)
    return "\n\n".join(parts)


#: Width of the text excerpt in an explanation line.
EXPLAIN_EXCERPT = 70


def explain(article: Article) -> str:
    """One line per block: label, kind, rule, excerpt; then the decision trail."""
    lines = [
        f"title: {article.title!r}  site: {article.site_name!r}  source: {article.source}",
    ]
    for b in article.blocks:
        text = b.text if len(b.text) <= EXPLAIN_EXCERPT else b.text[: EXPLAIN_EXCERPT - 1] + "…"
        lines.append(f"[{b.index:3}] {b.label:<11} {b.kind:<26} {b.rule:<44} {text}")
        for d in b.decisions:
            ev = f"  {d.evidence}" if d.evidence else ""
            pin = " pinned" if d.pinned else ""
            lines.append(f"        {d.stage:>9}: {d.label}/{d.kind} by {d.rule} (score {d.score:.2f}{pin}){ev}")
    if article.syndication.found:
        lines.append(f"syndication: {article.syndication.to_dict()}")
    for w in article.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines)
