"""Photo credits, author bios, disclosures, tip lines and bylines.

One module per group (photo, bios, opinion, disclosure, bylines); ``vocab`` holds what several use.
"""

from __future__ import annotations

from .. import group
from .bios import BIO
from .bylines import BYLINE, DATELINE
from .disclosure import DISCLOSURE
from .opinion import OPINION
from .photo import PHOTO

RULES = group(*PHOTO, *BIO, *OPINION, *DISCLOSURE, *BYLINE, *DATELINE)
