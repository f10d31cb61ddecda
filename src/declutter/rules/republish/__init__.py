"""Republishing and syndication notices: the boxes nonprofit and partner newsrooms
attach so other sites can run their stories.

Each rule pairs *topic* vocabulary (pixel, Creative Commons, originally
published) with a *stance* condition (the block addresses the partner, or talks
about "this story"), because news stories discuss the same topics.

One module per kind (tracking, attribution, license, social, partners, terms and embargo, cta,
source_line);
``vocab`` holds the words several of them share.
"""

from __future__ import annotations

from .. import group
from .attribution import ATTRIBUTION
from .cta import CTA, CTA_FOREIGN
from .embargo import EMBARGO
from .license import LICENSE
from .partners import PARTNER_SITE, RULES_FOR_PARTNERS
from .social import SOCIAL_TAGGING, SOCIAL_TAGGING_FOREIGN, SOCIAL_TAGGING_STANDALONE
from .source_line import SOURCE_LINE
from .terms import TERMS
from .tracking import TRACKING, TRACKING_MORE

RULES = group(*TRACKING, *TRACKING_MORE, *ATTRIBUTION, *SOURCE_LINE, *LICENSE,
              *SOCIAL_TAGGING, *SOCIAL_TAGGING_FOREIGN, *SOCIAL_TAGGING_STANDALONE,
              *RULES_FOR_PARTNERS, *PARTNER_SITE, *TERMS, *EMBARGO, *CTA, *CTA_FOREIGN)
