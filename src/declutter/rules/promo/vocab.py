"""Vocabulary shared by this family's rule modules."""

from __future__ import annotations

#: A newsletter's name used as a label ('Newsletter: The Briefing, a daily …')
#: heads a short promo box; longer blocks that open so are prose about one.
NEWSLETTER_LABEL_MAX_WORDS = 60

#: Weak evidence (below ``boilerplate_threshold``): a promo box's opening line
#: ('Stay in the loop: …', 'No billionaire, no paywall.') reads like prose on
#: its own, so alone it stays body; it keeps the box whole when the ask below
#: it is a notice (``classify`` gives a plainly-body opening back otherwise).
PROMO_OPENER_WEIGHT = 0.5
