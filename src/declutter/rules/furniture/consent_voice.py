"""A cookie banner's first sentence in the site's own voice ('We use cookies …', 'Utilizamos cookies
propias y de terceros …').

``cookie_notice.banner`` reads such a sentence only when the block also speaks to the reader or as
the outlet, and the stance cues do not know every language's first person ('utilizamos',
'utilizziamo'); a banner's opening sentence often has no other cue.  Here the first-person verb must
open the sentence, outside quotes, with no reported-speech cue in the block: a site quoted in the
news ('"We use cookies", the notice said') or a report on trackers is body.

A banner may also open by asking the reader ('Do you accept cookies?', 'Akzeptieren Sie Cookies?'):
the question, then the site speaking of itself ('… let us see which pages readers open').
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

#: The reader asked whether they accept or allow the site's cookies (en, fr, es, de, it, pt).
ACCEPT_QUESTION = r"""(?:(?:do|will|would)\s+you\s+(?:accept|allow|agree\s+to)|acceptez-vous|accepte[sz]?-tu|autorisez-vous
    |¿?\s*(?:aceptas|acepta|aceptás|permites|permite)|akzeptieren\s+sie|akzeptierst\s+du|erlauben\s+sie
    |accetti|accettate|consenti|(?:você\s+)?aceita|aceitas|permite)\s+
    (?:(?:the|our|all|these|les|nos|tous\s+les|las|nuestras|todas\s+las|die|unsere|alle|i|i\s+nostri|tutti\s+i|os|nossos|todos\s+os)\s+)?
    (?:(?:use\s+of|l['’]utilisation\s+des|el\s+uso\s+de(?:\s+las)?|die\s+(?:nutzung|verwendung)\s+von|l['’]uso\s+dei|o\s+uso\s+de)\s+)?
    cookies?\s*\?"""

#: The site speaking of itself after the question: 'us', 'our site', 'nous', 'uns' …
SITE_SELF = r"""\b(?:we|us|our|nous|nos|notre|nosotros|nuestr[oa]s?|wir|uns|unser\w*|noi|ci|nostr[oaie]|nós|noss[oa]s?)\b"""

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
    Rule(
        name="cookie_notice.accept_question",
        triggers=("cookie",),
        kind="cookie_notice",
        patterns=(
            # the question where a sentence starts, then the site's own 'we' or 'us' in the block
            r"""cookies?\s*\?(?<=(?:^|[.!?:]\s+)[\W_]{0,3}""" + ACCEPT_QUESTION + r""")[^\n]{0,300}?""" + SITE_SELF
            + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=CONSENT_BANNER_MAX_WORDS,
        weight=2.0,
        why="A banner asking the reader to accept cookies, then saying what they do for the site; a column or "
            "a how-to asks the question about other sites and reports what it found.",
        examples=(
            "Will you allow cookies? A few keep the site running; the rest tell us which stories you read.",
            "Acceptez-vous les cookies ? Ils nous aident à mesurer l'audience du site.",
            "Akzeptieren Sie Cookies? Sie helfen uns, die Seite zu verbessern.",
            "¿Aceptas las cookies? Nos permiten saber qué noticias se leen más.",
        ),
        counterexamples=(
            "Do you accept cookies? Most people click yes without reading, a study of 2,000 users found.",
            "“Do you accept cookies?” the pop-up asked, and our tester clicked no, the report says.",
        ),
    ),
)
