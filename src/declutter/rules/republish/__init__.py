"""Republishing and syndication notices: the boxes nonprofit and partner newsrooms
attach so other sites can run their stories.

Each rule pairs *topic* vocabulary (pixel, Creative Commons, originally
published) with a *stance* condition (the block addresses the partner, or talks
about "this story"), because news stories discuss the same topics.

One module per kind (tracking, attribution, license, social, partners, terms and embargo, cta,
source_line, contact: whom partners write to, permission_line: 'Reproduction permitted citing the source'), with the other languages' attribution notes and partner conditions in
``attribution_foreign`` and ``partners_foreign``;
``vocab`` holds the words several of them share, ``advice`` the veto that keeps them off service
journalism ('credit the photographer in your caption': the reader's own things, never the outlet's).
"""

from __future__ import annotations

from .. import group
from .attribution import ATTRIBUTION, SISTER_TITLE
from .attribution_foreign import ATTRIBUTION_FOREIGN, CREDIT_LINE_FOREIGN, TAKEN_FROM_FOREIGN
from .contact import CONTACT
from .cta import CTA, CTA_FOREIGN
from .embargo import EMBARGO
from .license import LICENSE
from .partners import IMAGES_EXCLUDED, PARTNER_SITE, RULES_FOR_PARTNERS
from .partners_foreign import PERMISSION_FOREIGN, REUSE_TERMS_FOREIGN, RULES_FOR_PARTNERS_FOREIGN
from .permission_line import PERMISSION_LINE
from .social import SOCIAL_TAGGING, SOCIAL_TAGGING_FOREIGN, SOCIAL_TAGGING_STANDALONE
from .source_line import SOURCE_LINE
from .terms import TERMS
from .tracking import TRACKING, TRACKING_FOREIGN_INSTRUCTION, TRACKING_MORE

# English and foreign tuples interleave so the rule order stays the one the
# rules were tuned with: on equal weight, the earlier rule is the one a
# decision names (classify.judge).
RULES = group(*TRACKING, *TRACKING_MORE, *TRACKING_FOREIGN_INSTRUCTION,
              *ATTRIBUTION, *ATTRIBUTION_FOREIGN, *SISTER_TITLE, *TAKEN_FROM_FOREIGN, *CREDIT_LINE_FOREIGN,
              *SOURCE_LINE, *LICENSE,
              *SOCIAL_TAGGING, *SOCIAL_TAGGING_FOREIGN, *SOCIAL_TAGGING_STANDALONE,
              *RULES_FOR_PARTNERS, *RULES_FOR_PARTNERS_FOREIGN, *PARTNER_SITE, *PERMISSION_FOREIGN, *IMAGES_EXCLUDED,
              *REUSE_TERMS_FOREIGN, *PERMISSION_LINE, *CONTACT,
              *TERMS, *EMBARGO, *CTA, *CTA_FOREIGN)
