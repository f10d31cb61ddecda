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

#: A charity or a crowdfunding page as the one who gets the money, not the
#: outlet: service journalism about giving ('before you give to a charity, …',
#: 'the charity can claim 25p on every pound').  An outlet that calls itself a
#: charity says so with a copula or an apposition ('X is a registered charity',
#: 'us, a registered charity'), which does not count.
OTHER_RECIPIENT = r"""(?:(?<!(?:\b(?:is|are|as|we['’]re)|,)\s+an?\s+(?:[\w-]+\s+){0,2})\bcharit(?:y|ies)\b
    |\bcrowd-?fund(?:ing|er)\b)"""

#: Put at the END of a weak donation branch (vocabulary only: 'every pound',
#: 'chip in', 'a monthly donation'): the block names no such other recipient
#: anywhere, before or after the match.  Advice on how to give well uses the
#: words of a donation box about someone else's appeal.
NO_OTHER_RECIPIENT = (
    r"(?<!" + OTHER_RECIPIENT + r"(?s:.){0,2000})(?!(?s:.){0,2000}?" + OTHER_RECIPIENT + r")"
)

#: The reader's own list or letter ('join your mailing list', 'your own
#: newsletter', 'their weekly digest'): advice to someone who runs one, not an
#: outlet's sign-up ask.  Put right AFTER the list noun (rare words first, then
#: the look back).  'your inbox' is the reader's too, but there the outlet's
#: letter is delivered, so inboxes and e-mail are not guarded.
NOT_READERS_OWN_LIST = (
    r"(?<!\b(?:your|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:newsletters?|mailing\s+lists?|briefings?|digests?|bulletins?))"
)
