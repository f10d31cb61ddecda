"""Newsletter sign-up and donation asks: prose-like promos that pass length and
stop-word tests (jusText #54), so they are caught by topic plus address.

One module per kind (newsletter, donation), one for the forms around both
(buttons, confirmations, consent lines, amount pickers), one for how an outlet
says it is paid for (``funding``: a donation box's weak openers), one for paid
offers and their small print (``offers``), one for the sign-up asks that name a
title, a mailing list or push alerts (``signup``), one for asks that lean on this story or on how the
outlet is run (``appeals``), one for a drive's own voice (``drives``: the drive, a matched gift, a small sum
asked as a question); ``vocab`` holds what they share.
"""

from __future__ import annotations

from .. import group
from .appeals import APPEALS
from .donation import DONATION
from .drives import DRIVES
from .forms import DONATION_FORM, NEWSLETTER_FORM
from .funding import FUNDING
from .newsletter import NEWSLETTER
from .offers import OFFERS
from .signup import SIGNUP

RULES = group(*NEWSLETTER, *SIGNUP, *NEWSLETTER_FORM, *DONATION, *DONATION_FORM, *FUNDING, *OFFERS, *APPEALS, *DRIVES)
