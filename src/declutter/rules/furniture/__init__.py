"""Page furniture: related links, share buttons, follow prompts, comment chrome,
cookie banners, menus, ad labels and pasted markup.

One module per group (links, pointers, forward (pass-it-on asks, bulleted network items), follow, comments, consent and the banner's own voice in
consent_voice, page, a footer's contact fields in contact, masthead, ads); ``vocab`` holds what several use.
"""

from __future__ import annotations

from .. import group
from .ads import ADS
from .comments import COMMENTS
from .contact import CONTACT
from .consent import CONSENT_LABELS, COOKIE_CHOICES, COOKIES
from .consent_voice import CONSENT_VOICE
from .follow import FOLLOW
from .forward import FORWARD
from .links import RELATED, SHARE
from .masthead import MASTHEAD
from .page import FOOTER, MARKUP, NAVIGATION
from .pointers import POINTERS

RULES = group(*RELATED, *POINTERS, *SHARE, *FORWARD, *FOLLOW, *COMMENTS, *COOKIES, *COOKIE_CHOICES, *CONSENT_LABELS, *CONSENT_VOICE, *NAVIGATION, *MARKUP, *FOOTER, *CONTACT, *MASTHEAD, *ADS)
