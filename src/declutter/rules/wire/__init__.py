"""Wire-service and site copyright lines, and reporting/editing credit lines.

One module per kind (copyright, credits); ``vocab`` holds the agency names and
codes both use.
"""

from __future__ import annotations

from .. import group
from .copyright import COPYRIGHT
from .credits import CREDITS

RULES = group(*COPYRIGHT, *CREDITS)
