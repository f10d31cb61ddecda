"""Wire-service and site copyright lines, and reporting/editing credit lines.

One module per kind (copyright, credits, agency_lines: time stamps, datelines and wire credits,
contributors: contributor, desk and agency-byline lines); ``vocab`` holds the agency names and
codes both use.
"""

from __future__ import annotations

from .. import group
from .agency_lines import AGENCY_LINES
from .contributors import CONTRIBUTORS
from .copyright import COPYRIGHT
from .credits import CREDITS

RULES = group(*COPYRIGHT, *CREDITS, *AGENCY_LINES, *CONTRIBUTORS)
