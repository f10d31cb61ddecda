"""Vocabulary shared by this family's rule modules."""

from __future__ import annotations

#: Words for the act of republishing, shared by the kinds' patterns.
REPUB = r"(?:re-?publish\w*|republication|re-?print\w*|re-?post\w*|syndicat\w*|re-?use\w*|re-?run\w*)"

#: What a notice calls the story (the words, for triggers, and the pattern).
STORY_WORDS = ("story", "stories", "article", "articles", "piece", "pieces", "report", "essay", "analysis",
               "investigation", "column", "op-ed", "work", "content", "post", "version", "journalism", "reporting")

STORY = "(?:" + "|".join(STORY_WORDS) + ")"
