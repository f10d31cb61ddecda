"""A cookie banner's first sentence in the site's own voice ('We use cookies …', 'Utilizamos cookies
propias y de terceros …').

``cookie_notice.banner`` reads such a sentence only when the block also speaks to the reader or as
the outlet, and the stance cues do not know every language's first person ('utilizamos',
'utilizziamo'); a banner's opening sentence often has no other cue.  Here the first-person verb must
open the sentence, outside quotes, with no reported-speech cue in the block: a site quoted in the
news ('"We use cookies", the notice said') or a report on trackers is body.
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule
from .consent import CONSENT_BANNER_MAX_WORDS

#: The site saying it sets cookies, in the first person or as 'this site' (en, fr, es, de, it, pt).
WE_USE = r"""(?:we\s+(?:use|set|place|store)|this\s+(?:site|website)\s+uses|nous\s+(?:utilisons|déposons)|ce\s+site\s+utilise
    |utilizamos|usamos|empleamos|este\s+(?:sitio|site|portal)\s+(?:web\s+)?(?:utiliza|usa)
    |wir\s+(?:verwenden|nutzen|setzen)|diese\s+(?:website|webseite|seite)\s+(?:verwendet|nutzt)
    |utilizziamo|usiamo|questo\s+sito\s+(?:web\s+)?(?:utilizza|usa))"""

#: The banners' stock phrase for whose cookies: 'cookies propias y de terceros', 'first- and third-party cookies'.
OWN_AND_THIRD_PARTY = r"""(?:cookies?\s+(?:propias|própri[oa]s|proprie|propres|techniques)\s+(?:y|e|et)\s+(?:de\s+|di\s+)?
    (?:terceros|terceiros|terze\s+parti|tiers)|first[\s-]\s*(?:party\s+)?and\s+third[\s-]party\s+cookies)"""

CONSENT_VOICE = (
    Rule(
        name="cookie_notice.we_use",
        triggers=("cookie",),
        kind="cookie_notice",
        patterns=(
            # the first-person verb where the sentence starts, then the cookies (the literal first, the
            # sentence start a lookbehind: the search scans for 'cookie', not for every full stop)
            r"""cookies?\b(?<=(?:^|[.!?:]\s+)[\W_]{0,3}""" + WE_USE + r"""\s+(?:[\w'’-]+\s+){0,3}?cookies?)""" + OUTSIDE_QUOTES,
            r"""\b""" + OWN_AND_THIRD_PARTY + r"""\b""" + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=CONSENT_BANNER_MAX_WORDS,
        weight=2.0,
        why="A banner's opening sentence, the site saying it uses its own and third parties' cookies; news "
            "about cookies names whose site and who reported it.",
        examples=(
            "Utilizamos cookies de análisis para saber qué noticias se leen más.",
            "We use essential and measurement cookies; partners set a few of them.",
            "Questo sito usa cookie tecnici e di profilazione.",
            "Este portal usa cookies propias y ajenas con fines estadísticos.",
        ),
        counterexamples=(
            "“We use cookies like every other shop online,” the retailer's lawyer told the court.",
            "El diario utiliza cookies propias y de terceros sin pedir permiso, según la denuncia de la asociación.",
            "Most of the sites in the sample set first- and third-party cookies on arrival, researchers found.",
        ),
    ),
)
