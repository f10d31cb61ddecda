"""HTML input: DOM → blocks with markup signals, then the shared pipeline.

Placeholder until the DOM extractor lands: strips markup to text.
"""

from __future__ import annotations

from ..config import Config
from ..model import Article


def clean_html_text(html: str, config: Config, *, warnings: tuple[str, ...] = ()) -> Article:
    import lxml.html

    from ..pipeline import clean_text

    try:
        root = lxml.html.fromstring(html)
        text = "\n\n".join(t.strip() for t in root.itertext() if t.strip())
    except Exception:  # noqa: BLE001 - placeholder
        text = ""
    return clean_text(text, config, warnings=warnings)
