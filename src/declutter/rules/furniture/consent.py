"""Cookie and consent banners, and their button labels."""

from __future__ import annotations

from .. import Rule
from .vocab import CONSENT_BUTTON_ROW

#: A consent button or link label ('Cookie settings', 'Manage preferences').
CONSENT_LABEL_MAX_WORDS = 6

#: A consent banner, purposes and buttons included (the longest seen: about
#: 100 words); a longer block is an article about consent.
CONSENT_BANNER_MAX_WORDS = 120

COOKIES = (
    Rule(
        name="cookie_notice.banner",
        triggers=('cookie', 'consent', 'we use cookies', 'privacy', 'tracking technolog', 'accept all', 'reject all', 'manage cookies', 'manage settings', 'manage preferences', 'akzeptieren', 'accepter', 'aceptar',
                  'stimmen sie', 'alle akzeptieren', 'tout accepter', 'device', 'gerät', 'endgerät', 'appareil',
                  'terminal', 'dispositivo', 'clic', 'cliquant', 'klick', 'consenso', 'einwilligung', 'zustimmung',
                  'poursuivant votre', 'continuant votre', 'poursuivant à', 'continuant à', 'continúa navegando',
                  'continua navegando', 'continúas navegando', 'continuas navegando', 'continuar navegando',
                  'continuar con la navegaci', 'continuar a navegar', 'weitere nutzung', 'weiteren nutzung',
                  'weiter surfen', 'proseguendo', 'continuando a navega',
                  'we and our', 'wir und unsere', 'nous et nos', 'nosotros y nuestros', 'noi e i nostri',
                  'nós e os nossos'),
        kind="cookie_notice",
        patterns=(
            r"""
            \b(?:cookies?|consent|privacy\s+(?:choices|settings|preferences)|tracking\s+technologies)\b[^.]{0,160}
                \b(?:accept|agree|consent|continu\w+|manage|settings|partners|personali[sz]\w*|analy[sz]\w*|preferences|reject)\b
            | \baccept\s+all\b | \breject\s+all\b | \bmanage\s+(?:cookies|settings|preferences)\b
            | \b(?:by\s+(?:continuing|using|browsing|clicking|visiting)|you\s+agree|you\s+consent)\b[^.]{0,100}\bcookies?\b
            | \bwe\s+use\s+cookies\b
            | \b(?:wir|nous|utilizamos|usamos|utilizziamo|usiamo)\b[^.]{0,40}\b(?:cookies?)\b
            | \b(?:uses|verwendet|nutzt|setzt|utilise|utilisons|utiliza|usa|utilizza)\s+(?:\w+\s+){0,2}cookies?\b
                                                                        # "Questo sito usa cookie tecnici" (it: no plural -s)
            | \b(?:we\s+(?:ask\s+for|need|request|require|would\s+like)\s+your|nous\s+(?:vous\s+)?demandons\s+votre
                |pedimos\s+(?:su|tu|o\s+seu|seu|teu)|bitten\s+wir\s+(?:sie\s+)?um\s+ihre|chiediamo\s+il\s+(?:tuo|vostro))
                \s+(?:consent|consentement|consentimiento|einwilligung|zustimmung|consenso|consentimento)\b
                                                                        # "we ask for your consent before setting trackers"
            | \b(?:(?:poursuivant|continuant)\s+(?:votre\s+navigation|à\s+naviguer)
                |contin[uú]as?\s+navegando|continuar\s+(?:navegando|con\s+la\s+navegaci[oó]n|a\s+navegar)
                |weitere[n]?\s+nutzung\s+(?:dieser|der|unserer)\s+(?:web)?seite|weiter\s+surfen
                |proseguendo\s+(?:la\s+|con\s+la\s+)?navigazione|continuando\s+a\s+naviga(?:re|r))
                [^.]{0,120}\b(?:cookies?|traceurs?|accept\w*|consent\w*|acept\w*|akzeptier\w*|zustimm\w*|einverstanden
                |accett\w*|consen\w*|aceit\w*|concord\w*)                  # "En poursuivant votre navigation, vous acceptez…"
            | \b(?:we|wir|nous|nosotros|noi|nós)\s+(?:and|und|et|y|e)\s+(?:our|unsere|nos|nuestros|i\s+nostri|os\s+nossos)
                \s+(?:\d+\s+)?(?:[\w-]+\s+)?(?:partners?|vendors|partenaires|socios|parceiros|fornitori|(?:dritt)?anbieter)\b
                [^.]{0,100}\b(?:cookies?|data|daten|données|datos|dati|dados|information\w*|informazioni|informações
                |devices?|gerät\w*|appareils?|dispositiv\w*|identifi\w*|process\w*|verarbeiten|traitons|tratamos
                |trattiamo|store|speichern|stockons|almacenamos|archiviamo|armazenamos|access)\b
                                                                        # the consent platforms' "We and our 212 partners store…"
            | \b(?:store|stock|speicher|almacen|archivi|armazen)\w*\b[^.]{0,40}
                \b(?:information|informationen|informations|información|informazioni|informações)
                \s+(?:on|auf|sur|en|su|num|no|em)\s+(?:[\w-]+\s+){0,2}?(?:device|(?:end)?gerät|appareil|terminal|dispositivo)\b
                                                       # consent platforms: "store and/or access information on a device"
            | \b(?:by\s+clicking|mit\s+(?:dem\s+)?klick\s+auf|en\s+cliquant\s+sur|al\s+hacer\s+clic\s+en
                |cliccando\s+su|ao\s+clicar\s+em)\b[^.]{0,60}
                \b(?:accept\w*|agree\w*|consent\w*|zustimm\w*|akzeptier\w*|willigen|einwillig\w*|consen\w*
                |acept\w*|acconsent\w*|aceit\w*|concord\w*)                         # "Mit Klick auf „OK“ akzeptieren Sie die Nutzung"
            | \bstimmen\s+sie\b[^.]{0,80}\bzu\b | \b(?:accepter|refuser|aceptar|rechazar|akzeptieren|ablehnen)\s*(?:/|\||·|$)
            | \balle\s+akzeptieren\b | \btout\s+accepter\b | \baceptar\s+todas?\b
            """,
        ),
        context="address_or_self",
        max_words=CONSENT_BANNER_MAX_WORDS,
        weight=2.0,
        why="Cookie banners say 'we use cookies… you consent'; news about cookie law has no we/you.",
        examples=("This site uses cookies to analyse traffic. By continuing to browse you consent to their use.",
                  "This website uses cookies.  OK",
                  "We and our vendors store and access information on your device, such as unique identifiers.",
                  "En cliquant sur « J'accepte », vous autorisez le dépôt de traceurs.",
                  "Este sitio usa cookie de análisis; si continúa navegando, entendemos que lo acepta.",
                  "Before we set any optional trackers, we need your consent.",
                  "Nous et nos 140 partenaires traitons des données personnelles, comme votre adresse IP.",
                  "Wir und unsere Partner speichern Informationen auf Ihrem Gerät."),
        counterexamples=(
            "The app stored location data on users' devices for up to a year, the researchers found.",
            "We found that the app could access information on your device even after you revoked permission.",
            "Regulators fined the retailer €2 million for cookie banners that made it harder to refuse "
            "tracking than to accept it.",
            "The state's new law requires websites that track users across pages to obtain consent "
            "before placing cookies on their devices.",
            "Al continuar navegando por el centro histórico, los turistas encuentran decenas de tiendas nuevas.",
            "“We and our partners process thousands of claims a week,” said the insurer's director.",
        ),
    ),
    Rule(
        name="cookie_notice.consent_prompt",
        triggers=('cookie', 'consent', 'privacy', 'privacidad', 'privacidade', 'privatsphäre', 'datenschutz',
                  'vie privée', 'tracker', 'traceur', 'device', 'einwilligung', 'zustimmung', 'consenso', 'gerät',
                  'endgerät', 'appareil', 'dispositivo'),
        kind="cookie_notice",
        patterns=(
            r"""
            \b(?:utilizamos|usamos|empleamos|utilizziamo|usiamo)\s+(?:[\w-]+\s+){0,3}?cookies?\b
                (?=\s*(?:[,.;:(]|$|para\b|y\b|e\b|per\b))           # es it pt, the verb alone says 'we': "Utilizamos cookies para…"
            """,
            CONSENT_BUTTON_ROW,                                 # the banner ends in its buttons: "… Allow | Decline"
        ),
        context="not_reported",
        max_words=CONSENT_BANNER_MAX_WORDS,
        weight=2.0,
        why="A consent banner that needs no 'we' or 'you' cue: a verb that is its own 'we' ('Utilizamos "
            "cookies para…'), or a row of consent buttons closing a block about cookies or consent ('… Accept "
            "| Reject'); news about consent reports it, and no paragraph of prose ends in buttons.",
        examples=(
            "Utilizamos cookies para medir a audiência e mostrar anúncios relevantes.",
            "Some features need small files kept on your device. Got it",
            "Diese Seite speichert Daten auf Ihrem Gerät, für Statistik und Werbung. Mehr erfahren · Akzeptieren",
            "Usiamo cookie per personalizzare i contenuti.  Rifiuta  Accetta tutti",
        ),
        counterexamples=(
            "Usamos cookies de mantequilla en la receta, explica la pastelera.",
            "The regulator said cookie walls, which make readers accept tracking or leave, are unlawful.",
            "A bakery near the station says it sells more cookies than bread, which shocks its owner.",
            "The court found the app sent device data to advertisers even after users pressed decline.",
            "Les députés ont voté sur le consentement. Pour : 312. Contre : 201.",
        ),
    ),
)

#: Content blocked until consent, in six languages: 'To view this content …'.
EMBED_GATE = r"""(?:to\s+(?:view|see|watch|display|load|play)\s+this\s+(?:content|video|embed|post|media|map|element|podcast)
    |pour\s+(?:afficher|voir|lire|visionner)\s+ce\s+contenu|para\s+(?:ver|mostrar|visualizar)\s+este\s+conte[nú]\w+
    |um\s+(?:diesen|den)\s+(?:externen\s+)?inhalt\s+(?:zu\s+sehen|anzuzeigen|zu\s+laden)
    |per\s+(?:visualizzare|vedere)\s+(?:questo|il)\s+contenuto)"""

COOKIE_CHOICES = (
    Rule(
        name="cookie_notice.preferences",
        triggers=("cookie", "always active", "cannot be switched", "cannot be turned", "do not sell", "to view this",
                  "to see this", "to watch this", "to display this", "to load this", "to play this", "pour afficher ce",
                  "pour voir ce", "pour lire ce", "pour visionner ce", "para ver este", "para mostrar este",
                  "para visualizar este", "um diesen inhalt", "um den inhalt", "um den externen", "per visualizzare",
                  "per vedere questo", "per vedere il contenuto", "withdraw your", "revoke your",
                  "change your consent", "retirer votre", "modifier votre", "retirar su", "retirar tu", "retirar o", "revocar su", "revocar tu",
                  "modificar su", "modificar tu", "accept,", "accepter,", "aceptar,", "akzeptieren,", "accettare,", "aceitar,",
                  "revocare", "einwilligung jederzeit", "zustimmung jederzeit"),
        kind="cookie_notice",
        patterns=(
            r"""
            \bcookies?\b[^.]{0,60}\balways\s+active\b                             # a consent panel's category row
            | \bcannot\s+be\s+(?:switched|turned)\s+off\s+in\s+our\s+systems?\b
            | \byou(?:['’]ve|\s+have)\s+(?:declined|rejected|refused|disabled|blocked|not\s+accepted|opted\s+out\s+of
                |turned\s+off)\s+(?:[\w-]+\s+){0,3}?cookies\b                  # "You have declined analytics cookies"
            | \b(?:please\s+)?(?:enable|allow|accept|activate)\s+(?:[\w-]+\s+){0,3}?cookies\s+to\s+(?:view|see|watch
                |display|load|play)\b                                         # "Enable social media cookies to watch"
            # the opt-out link of US privacy laws, alone on its line or after a label (the start is a
            # lookbehind at the end: a branch led by punctuation would cost the others their fast scan)
            | \bdo\s+not\s+sell\s+(?:or\s+share\s+)?my\s+(?:personal\s+)?(?:info(?:rmation)?|data)\W*$
                (?<=(?:^|[:|•·])\W{0,6}do\s+not\s+sell[^\n]{0,60})
            """,
            rf"""
            # content held back until consent: 'To see this post, allow … cookies'
            \b{EMBED_GATE}\b[^.]{{0,100}}\b(?:cookies?|consent\w*|consentement|consentimiento|consentimento|consenso
                |einwilligung|zustimm\w*|accept\w*|acept\w*|akzeptier\w*|accett\w*|aceit\w*)
            """,
            r"""
            # taking consent back: 'You can withdraw your consent at any time'
            \b(?:withdraw|revoke|change)\s+your\s+(?:consent|cookie\s+(?:choices|preferences|settings))\s+at\s+any\s+time\b
            | \b(?:retirer|modifier)\s+votre\s+consentement\s+à\s+tout\s+moment\b                        # fr
            | \b(?:retirar|revocar|modificar)\s+(?:su|tu)\s+consentimiento\s+en\s+cualquier\s+momento\b     # es
            | \b(?:einwilligung|zustimmung)\s+jederzeit\s+(?:widerrufen|ändern|anpassen)\b                   # de
            | \brevocare\s+(?:il\s+)?(?:tuo\s+|suo\s+)?consenso\s+in\s+qualsiasi\s+momento\b              # it
            | \bretirar\s+o\s+(?:seu\s+)?consentimento\s+a\s+qualquer\s+momento\b                         # pt
            # the choice a banner offers: 'accepter, refuser ou personnaliser vos choix'
            | \b(?:accept|accepter|aceptar|akzeptieren|accettare|aceitar)\s*,\s*(?:reject|refuse|decline|refuser|rechazar
                |ablehnen|rifiutare|rejeitar|recusar)\s*,?\s*(?:or|ou|o|oder)\s+(?:manage|customi[sz]e|adjust|set|change
                |paramétrer|personnaliser|gérer|configurar|personalizar|anpassen|verwalten|personalizzare|gestire)\s+
                (?:your|vos|sus|tus|ihre|le\s+tue|suas)\b
            """,
        ),
        context="not_reported",
        max_words=CONSENT_BANNER_MAX_WORDS,
        weight=2.0,
        why="Consent panels' own sentences (category rows, 'you have declined …', content held back until "
            "consent, taking consent back, the opt-out link); news about consent reports it.",
        examples=("Performance cookies: always active", "You've rejected advertising cookies, so some videos may not load.",
                  "To watch this video, accept the cookies of our video partner.",
                  "Pour afficher ce contenu, vous devez accepter les cookies de réseaux sociaux.",
                  "Sie können Ihre Einwilligung jederzeit widerrufen.",
                  "Vous pouvez accepter, refuser ou personnaliser vos choix en bas de chaque page.",
                  "Privacy | Do not sell my personal info"),
        counterexamples=(
            "Patients can withdraw their consent at any time, the trial's organisers said.",
            "Under the proposal, users could accept, reject or manage cookies with a single browser setting.",
            "Companies must post a “Do Not Sell My Personal Information” link on their homepages by July.",
            "To view this content, the court found, visitors first had to consent to dozens of trackers.",
        ),
    ),
)

CONSENT_LABELS = (
    Rule(
        name="cookie_notice.settings_link",
        triggers=('cookie', 'privacy', 'consent', 'datenschutz', 'manage preferences', 'paramètres', 'paramétrer',
                  'gérer', 'configura', 'impostazioni', 'preferências', 'definições'),
        kind="cookie_notice",
        patterns=(
            r"""
            ^\W*(?:(?:cookies?|privacy|consent)\s+(?:settings|preferences|choices|options)          # en
               |manage\s+(?:cookies|consent|preferences|(?:cookie|privacy)\s+(?:settings|preferences))
               |(?:paramètres|paramétrer|gérer)\s+(?:les\s+|des\s+|mes\s+)?cookies             # fr
               |configura(?:ción|r)\s+(?:de\s+)?(?:las\s+)?cookies                             # es
               |(?:cookie|datenschutz)-?einstellungen                                         # de
               |impostazioni\s+(?:dei\s+)?cookie                                              # it
               |(?:preferências|definições|configurações)\s+de\s+cookies)                      # pt
            \W*$
            """,
        ),
        max_words=CONSENT_LABEL_MAX_WORDS,
        weight=2.0,
        why="A consent link or button on its own line ('Cookie settings'); never a sentence.",
        examples=("Privacy preferences", "Gérer les cookies", "Cookie-Einstellungen"),
        counterexamples=("Cookie settings are buried three menus deep, the regulator said.",),
    ),
    Rule(
        name="cookie_notice.lone_button",
        leads=("ok", "accept", "allow", "reject", "agree", "zustimmen", "akzeptieren", "accepter", "tout", "alle",
               "aceptar", "rechazar", "accetta", "rifiuta", "aceitar", "your"),
        kind="cookie_notice",
        patterns=(
            r"""
            # a consent button left on its own line: 'OK, got it', 'Accept all cookies'
            ^\W*(?:ok(?:ay)?\s*[,!.]?\s+got\s+it|(?:accept|allow|reject)\s+(?:all(?:\s+cookies)?|cookies)
                |agree\s+(?:and|&)\s+close|(?:tout\s+)?accepter\s+(?:et\s+(?:fermer|continuer)|tout|les\s+cookies)
                |tout\s+(?:accepter|refuser)|alle\s+(?:akzeptieren|ablehnen)|(?:aceptar|rechazar)\s+(?:todo|todas|cookies)
                |(?:accetta|rifiuta)\s+tutt[io]|aceitar\s+todos|your\s+privacy\s+choices)\W*$
            # 'Accept and continue', opening the block: a consent wall's button, maybe with its
            # paid alternative after it ('Akzeptieren und weiter – oder ohne Werbung mit Abo')
            | ^\W*(?:accept|agree|allow|zustimmen|akzeptieren|accepter|aceptar|accetta|aceitar)\s+(?:and|&|und|et|y|e)\s+
                (?:continue|close|weiter(?:lesen)?|continuer|fermer|continuar|cerrar|continua|chiudi|fechar)\b
                (?:\W*$|\s*[–—|-]\s*(?:or|oder|ou|o)\b)
            """,
        ),
        max_words=25,
        weight=2.0,
        why="Consent buttons alone on a line; no news paragraph is a button label.",
        examples=("OK, got it", "Accept all cookies", "Rechazar todo", "Agree & close",
                  "Accept and continue — or read without ads for £1 a month"),
        counterexamples=("Allow all the trucks through and the port clears by noon, the union said.",
                         "Agree and continue talking, the mediator urged both unions."),
    ),
)
