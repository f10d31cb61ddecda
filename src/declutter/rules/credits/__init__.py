"""Photo credits, author bios, disclosures, tip lines and bylines.

One module per group (photo, bios, tips, opinion, disclosure, taglines (an author's note in brackets or
emphasis), bylines); ``vocab`` holds what several use.
"""

from __future__ import annotations

from .. import group
from .bios import BIO
from .bylines import BYLINE, DATELINE
from .disclosure import DISCLOSURE
from .opinion import OPINION
from .photo import PHOTO
from .taglines import TAGLINES
from .tips import TIPS

RULES = group(*PHOTO, *BIO, *TIPS, *OPINION, *DISCLOSURE, *TAGLINES, *BYLINE, *DATELINE)
