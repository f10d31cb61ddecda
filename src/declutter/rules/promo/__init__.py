"""Newsletter sign-up and donation asks: prose-like promos that pass length and
stop-word tests (jusText #54), so they are caught by topic plus address.

One module per kind (newsletter, donation); ``vocab`` holds what both use.
"""

from __future__ import annotations

from .. import group
from .donation import DONATION
from .newsletter import NEWSLETTER

RULES = group(*NEWSLETTER, *DONATION)
