"""A C4-style line filter, written from the public description of C4's cleaning.

C4 (Raffel et al., 2020) keeps a line of web text only if it looks like prose.
We apply its *line-level* rules and none of its page-level ones (dropping a
whole page for "lorem ipsum", "{", bad words, or fewer than 5 sentences),
because a benchmark page dropped whole would score as a failure rather than
measure line filtering.  A line (stripped, split on newlines) is dropped if:

* it mentions "javascript" (case-insensitive);
* it contains a policy phrase ("terms of use", "privacy policy", ...);
* it does not end in terminal punctuation: . ! ? or a straight double quote;
* it ends in an ellipsis ("...");
* it has fewer than 3 whitespace-separated words.

These are C4's own end marks, which reproduce the reference F1 (~0.806) on
the text track.  ``CURLY_END_MARKS`` adds the closing curly quote (”): it
keeps quoted paragraphs of typographically clean articles and scores a lot
higher, so it is run as a second, stronger baseline (``c4-lines-curly``).
"""

from __future__ import annotations

POLICY_SUBSTRINGS: tuple[str, ...] = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
C4_END_MARKS: tuple[str, ...] = (".", "!", "?", '"')
CURLY_END_MARKS: tuple[str, ...] = (*C4_END_MARKS, "\u201d")
ELLIPSIS = "..."
MIN_WORDS = 3


def keep_line(line: str, end_marks: tuple[str, ...] = C4_END_MARKS) -> bool:
    """True if one stripped line passes every C4 line rule."""
    lower = line.lower()
    if "javascript" in lower or any(p in lower for p in POLICY_SUBSTRINGS):
        return False
    if not line.endswith(end_marks) or line.endswith(ELLIPSIS):
        return False
    return len(line.split()) >= MIN_WORDS


def c4_filter(text: str, end_marks: tuple[str, ...] = C4_END_MARKS) -> str:
    """Keep the lines of ``text`` that C4's line rules keep, one per line."""
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line and keep_line(line, end_marks))
