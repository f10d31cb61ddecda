"""Cookie and consent banners, and their button labels."""

from __future__ import annotations

from .. import Rule, Veto, fragment
from ..republish.advice import READERS_OWN
from .vocab import CONSENT_BUTTON, CONSENT_BUTTON_ROW, READER_RUNS_SITE

#: Buttons of a banner's row that ``CONSENT_BUTTON`` lacks: a settings button naming the
#: cookies ('Configurar cookies', 'Gérer les cookies') and the necessary-only choice ('Nur
#: notwendige', 'Solo necesarias'); only in a row with an accept or refuse button.
ROW_BUTTON = r"""(?:""" + CONSENT_BUTTON + r"""|\s*(?:(?:configurar|personalizar|gestionar|ajustar|paramétrer|gérer
    |personnaliser|manage|customi[sz]e|adjust|verwalten|gestisci|personalizza|gerir)\s+(?:(?:les|las|os|le|i)\s+)?cookies?
    |(?:nur|solo|sólo|seulement|uniquement|apenas|somente)\s+(?:(?:les|las|los|i|os|as)\s+)?(?:notwendige|erforderliche
    |essenzielle|necesarias|necesarios|esenciales|nécessaires|essentiels|necessari[oe]?|essenziali|necessários|essenciais)
    (?:\s+cookies?)?)\s*)"""

#: A consent button or link label ('Cookie settings', 'Manage preferences'), or a banner's
#: title ('La tua privacy è importante per noi'); every branch spans the whole line.
CONSENT_LABEL_MAX_WORDS = 8

#: A consent banner, purposes and buttons included (the longest seen: about
#: 100 words); a longer block is an article about consent.
CONSENT_BANNER_MAX_WORDS = 120

#: The reader's own browser or phone, named with a possessive: a how-to ('open your browser
#: settings and block third-party cookies', 'desactiva las cookies en tu móvil') is service
#: journalism, not a banner.  A veto, before or after the cookie word, on the banner's generic
#: 'cookie … settings' branch only: a banner also says 'we use cookies', which other branches catch.
OWN_DEVICE = r"""\b(?:your|tu|su|votre|ton|ihrem|ihren|deinem|deinen|il\s+tuo|seu|teu)\s+
    (?:(?:own|web|mobile|internet)\s+)?(?:browsers?|navigateur|navegador|browser|phone|smartphone|iphone|android
    |móvil|movil|celular|handy|téléphone|telefono|cellulare|telemóvel|telefone|computer|laptop|ordinateur
    |ordenador|computador)\b"""
#: The outlet speaking of itself: a banner ('we', 'our site') that also tells the reader how to
#: set their browser is still a banner.
SELF_WORD = r"""\b(?:we|our|us|this\s+(?:site|website)|nous|nos|notre|ce\s+site|nosotros|nuestr[oa]s?|este\s+sitio
    |wir|uns|unsere?\w*|diese\s+(?:seite|website)|noi|nostr[oaie]|questo\s+sito|nós|noss[oa]s?|este\s+site)\b"""
#: Talk about banners, which a banner never does of itself ('once a cookie banner appears',
#: 'devant une bannière de cookies'; read from 'banner' on, so that it is found from a match on
#: 'cookie' too), and the reader's own site or photos (``READERS_OWN``:
#: 'the banner on your own website should …'): service journalism too.
BANNER_TALK = r"""\b(?:(?:banners?|pop-?ups?|walls?)(?<=\b(?:cookie|consent)[- ]?(?:banners?|pop-?ups?|walls?))
    |banners?\s+(?:de|dei|di)\s+(?:cookies?|consentimento|consenso)|bannières?\s+(?:de\s+)?cookies?|bandeaux?\s+(?:de\s+)?cookies?
    |avisos?\s+de\s+cookies|(?:pop-?ups?|fen[eê]tres?|ventanas?)\s+de\s+cookies)\b"""
HOW_TO = rf"""(?:{OWN_DEVICE}|{BANNER_TALK}|{READERS_OWN})"""
#: The same with the reader's own site, for the vetoes read once a pattern has matched (not inside the
#: patterns, where every alternative is tried at every position a branch matches).
HOW_TO_OR_SITE = rf"""(?:{HOW_TO}|{READER_RUNS_SITE})"""
NOT_HOW_TO = (rf"""(?!(?:(?<={HOW_TO}(?s:.*))|(?=(?s:.*){HOW_TO}))"""
              rf"""(?<!{SELF_WORD}(?s:.*))(?!(?s:.*){SELF_WORD}))""")

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
            \b(?:cookies?|consent|privacy\s+(?:choices|settings|preferences)|tracking\s+technologies)\b""" + NOT_HOW_TO
            + r"""[^.]{0,160}
                \b(?:accept|agree|consent|continu\w+|manage|settings|partners|personali[sz]\w*|analy[sz]\w*|preferences|reject)\b
                                                        # (not a how-to about the reader's own browser or phone)
            | \bwe(?:['’]d|\s+would)\s+(?:also\s+)?like\s+to\s+(?:set|use|place|store|add)\s+(?:[\w-]+\s+){0,2}?cookies\b
                                                        # "We'd like to set additional cookies to understand …"
            | (?:\baccept\s+all\b | \breject\s+all\b | \bmanage\s+(?:cookies|settings|preferences)\b)""" + NOT_HOW_TO + r"""
                                                        # the buttons, not named in a how-to ('look for “Reject all”')
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
            | \bstimmen\s+sie\b[^.]{0,80}\bzu\b
            | \b(?:accepter|aceptar|akzeptieren)\s*(?:/|\||·|$)   # an accept button in a row ('Refuser | Accepter');
                                                        # only gated words: 'Tout refuser' alone is lone_button's
            | \balle\s+akzeptieren\b""" + NOT_HOW_TO + r""" | \btout\s+accepter\b""" + NOT_HOW_TO + r"""
            | \baceptar\s+todas?\b""" + NOT_HOW_TO + r"""
            """,
        ),
        # advice to someone who runs a site ('If you own a shop website, ask visitors for consent …'),
        # never said by the site itself: read once a pattern has matched
        unless=Veto(any_of=READER_RUNS_SITE, none_of=SELF_WORD),
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
                  "Wir und unsere Partner speichern Informationen auf Ihrem Gerät.",
                  "We would also like to use measurement cookies so we can see which pages readers visit.",
                  "Cookies keep our site running. You can manage cookie settings in your browser at any time."),
        counterexamples=(
            "When a cookie banner appears, look for “Reject all” before you click anything.",
            "Face à un bandeau de cookies, vous pouvez chercher « Tout refuser » au lieu de cliquer sur « Tout accepter ».",
            "The cookie banner on your own website should make “Reject” as easy to find as “Accept”.",
            "If you own an online store, get consent before analytics cookies load, and put reject all next to accept.",
            "Si vous gérez un blog, demandez le consentement avant tout cookie de mesure et proposez de refuser.",
            "Wenn Sie einen Online-Shop betreiben, brauchen Sie die Einwilligung Ihrer Besucher für Cookies zur Analyse.",
            "To stop ad tracking, open your phone's settings and turn off cookie personalisation.",
            "Quieres borrar las cookies? Abre tu navegador, entra en la configuración y elige borrar datos.",
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
        # a how-to that names the buttons it advises on ('… as visible as "accept all."') and never
        # speaks as the site: the same test as ``NOT_HOW_TO``, read once a pattern has matched
        unless=Veto(any_of=HOW_TO_OR_SITE, none_of=SELF_WORD),
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
            ("When you build a site for a client, ask visitors about cookies with two equal buttons: \"Decline\" "
             "and \"Accept all\""),
        ),
    ),
)

#: Content blocked until consent, in six languages: 'To view this content …'.
EMBED_GATE = r"""(?:to\s+(?:view|see|watch|display|load|play)\s+this\s+(?:content|video|embed|post|media|map|element|podcast)
    |pour\s+(?:afficher|voir|lire|visionner)\s+ce\s+contenu|para\s+(?:ver|mostrar|visualizar)\s+este\s+conte[nú]\w+
    |um\s+(?:diesen|den)\s+(?:externen\s+)?inhalt\s+(?:zu\s+sehen|anzuzeigen|zu\s+laden)
    |per\s+(?:visualizzare|vedere)\s+(?:questo|il)\s+contenuto)"""
#: The same with a pronoun or an article ('Pour l'afficher', 'Zum Anzeigen des Videos'): said of
#: queues and exhibitions too, so only with a consent word proper (not 'accept').
EMBED_GATE_PRONOUN = r"""(?:pour\s+l['’](?:afficher|voir|lire|visionner|écouter)|pour\s+(?:le|la|les)\s+(?:afficher|voir|lire|visionner)
    |para\s+(?:ver|mostrar|visualizar|reproducir)(?:lo|la|los|las)\b|para\s+(?:vê|visualizá|mostrá)-(?:lo|la)
    |zum\s+(?:anzeigen|laden|abspielen|ansehen)\s+(?:dieses|des|der|von)|um\s+(?:ihn|es|sie)\s+(?:anzuzeigen|zu\s+sehen)
    |per\s+(?:visualizzarl[oia]|vederl[oia]|riprodurl[oia]))"""      # pronoun forms: 'Pour l'afficher, …'

#: Content from another site held in a box until consent: 'This content is hosted by …',
#: 'Externer Inhalt' (de, en, fr, es, it, pt).
EMBED_HOST = r"""(?:this\s+(?:content|video|post|embed)\s+is\s+(?:hosted|provided|served)\s+by
    |ce\s+contenu\s+est\s+(?:hébergé|fourni|proposé)\s+par
    |este\s+contenido\s+(?:está\s+alojado\s+en|es\s+(?:proporcionado|facilitado|servido)\s+por)
    |dieser\s+inhalt\s+(?:wird\s+von|stammt\s+von)|questo\s+contenuto\s+è\s+(?:ospitato|fornito)\s+da
    |este\s+conteúdo\s+(?:está\s+alojado|é\s+(?:fornecido|disponibilizado))\s+(?:em|por|pel[oa]))"""
EXTERNAL_CONTENT = r"""(?:externer\s+inhalt|externe\s+inhalte|external\s+content|embedded\s+content|contenu\s+externe
    |contenido\s+externo|contenuto\s+esterno|conteúdo\s+externo)"""

#: A consent panel's cookie categories, in six languages ('Analytics cookies', 'Cookies
#: strictement nécessaires', 'Funktionale Cookies').
COOKIE_CATEGORY = r"""(?:(?:strictly\s+)?(?:necessary|essential|functional|functionality|analytics?|analytical|performance
        |statistics?|advertising|marketing|targeting|preference|personali[sz]ation|social\s+media)\s+cookies
    | cookies\s+(?:strictement\s+)?(?:nécessaires|essentiels|fonctionnels|analytiques|publicitaires|de\s+performance
        |de\s+mesure\s+d['’]audience|de\s+personnalisation)                                             # fr
    | cookies\s+(?:estrictamente\s+)?(?:necesarias|técnicas|funcionales|analíticas|de\s+análisis|publicitarias
        |de\s+publicidad|de\s+preferencias|de\s+rendimiento)                                            # es
    | (?:unbedingt\s+)?(?:notwendige|erforderliche|essenzielle|funktionale)\s+cookies
        |(?:statistik|marketing|analyse|komfort)-cookies                                                  # de
    | cookie\s+(?:strettamente\s+)?(?:necessari|tecnici|funzionali|analitici|di\s+profilazione|di\s+marketing|statistici)  # it
    | cookies\s+(?:estritamente\s+)?(?:necessários|essenciais|funcionais|analíticos|de\s+desempenho|de\s+publicidade
        |de\s+marketing))                                                                              # pt
    """

#: The site or the reader in the rest of the sentence ('… help us', '… show you'), object
#: pronouns included: a category's explanation speaks for the site.
STANCE = r"""(?=[^.]{0,160}?\b(?:us|we|our|you|your|nous|vous|votre|vos|nos|nuestr\w+|usted|tu|te|uns|unser\w*|ihnen
    |ihre?[mns]?|ci|noi|nostr\w|ti|tuo|tua|nós|noss\w+|você|seu|sua)\b)"""

#: A row of category toggles: a label and up to nine categories with their notes.
CATEGORY_ROW_MAX_WORDS = 30

#: A consent panel's category toggle as its row names it, without the word 'cookies'
#: ('Strictly necessary (always on)', 'Performance', 'Mesure d'audience'), in six languages.
TOGGLE = r"""(?:(?:strictly\s+)?necessary|essential|functional|functionality|performance|analytics|statistics
    |targeting|advertising|marketing|personali[sz]ation|preferences|social\s+media                         # en
    |(?:strictement\s+)?nécessaires|essentiels|fonctionnels|mesure\s+d['’]audience|statistiques|publicité
    |personnalisation|réseaux\s+sociaux|préférences                                                      # fr
    |(?:estrictamente\s+)?necesarias|técnicas|funcionales|analíticas|rendimiento|estadísticas|publicidad
    |preferencias|redes\s+sociales|personalización                                                      # es
    |(?:unbedingt\s+)?(?:notwendig|erforderlich)e?|essenziell|funktional|statistik|komfort|externe\s+medien
    |präferenzen|personalisierung                                                                       # de
    |(?:strettamente\s+)?necessari|tecnici|funzionali|statistiche|profilazione|pubblicità|preferenze|social  # it
    |(?:estritamente\s+)?necessários|essenciais|funcionais|desempenho|estatísticas|publicidade|preferências
    |redes\s+sociais|personalização)                                                                    # pt
    (?:\s+cookies?)?(?:\s*\([^()\n]{1,30}\))?"""

#: What one toggle of the row must be: the category that cannot be switched off.
NECESSARY = r"""(?:necessary|essential|nécessaires|essentiels|necesarias|notwendig|erforderlich|essenziell|necessari
    |necessários|essenciais|técnicas|tecnici)"""

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
                  "revocare", "einwilligung jederzeit", "zustimmung jederzeit", "pour l'afficher", "pour l’afficher",
                  "pour le voir", "pour la voir", "pour l'écouter", "pour l’écouter", "pour le visionner", "pour les afficher",
                  "pour la visionner", "para verlo", "para verla", "para mostrarlo", "para visualizarlo",
                  "para reproducirlo", "para vê-lo", "para visualizá-lo", "zum anzeigen", "zum laden",
                  "zum abspielen", "zum ansehen", "anzuzeigen", "per visualizzarl", "per vederl", "per riprodurl",
                  "hosted by", "provided by", "served by", "hébergé par", "fourni par", "proposé par", "alojado en",
                  "proporcionado por", "facilitado por", "servido por", "inhalt wird von", "inhalt stammt von",
                  "ospitato da", "fornito da", "alojado em", "alojado por", "fornecido", "disponibilizado",
                  "externer inhalt", "externe inhalte", "external content", "embedded content", "contenu externe",
                  "contenido externo", "contenuto esterno", "conteúdo externo"),
        kind="cookie_notice",
        patterns=(
            r"""
            \bcookies?\b[^.]{0,60}\balways\s+(?:active|on|enabled)\b              # a consent panel's category row
            | \bcookies?\b[^.]{0,60}\b(?:stay|remain|are|will\s+(?:stay|remain|be))\s+(?:off|disabled|switched\s+off
                |turned\s+off|inactive)\s+until\s+you\b                    # "… cookies stay off until you switch them on"
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
            | \b{EMBED_GATE_PRONOUN}[^.]{{0,100}}\b(?:cookies?|consent\w*|consentement|consentimiento|consentimento
                |consenso|einwilligung|zustimm\w*)
            # a box naming the site that hosts the content, then asking for consent:
            # 'Ce contenu est hébergé par <site>. Pour l'afficher, acceptez les cookies.'
            | \b{EMBED_HOST}\b[^\n]{{0,200}}?\b(?:cookies?|{EMBED_GATE}|{EMBED_GATE_PRONOUN})
            # the box's label alone or before its text: 'Externer Inhalt | Zum Anzeigen …'
            | ^\W*{EXTERNAL_CONTENT}\W*(?:$|[|:–—-]\s*(?-i:\p{{Lu}}))
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
                  "Privacy | Do not sell my personal info",
                  "Essential cookies are always on; the others stay off until you turn them on.",
                  "Ce contenu est proposé par une plateforme tierce. Pour l'afficher, acceptez les cookies associés.",
                  "Zum Anzeigen des Videos müssen Sie der Übermittlung Ihrer Daten an den Anbieter zustimmen.",
                  "Externer Inhalt", "Contenido externo: Para verlo, acepte las cookies de terceros."),
        counterexamples=(
            "Patients can withdraw their consent at any time, the trial's organisers said.",
            "Para verla, los visitantes aceptan esperar dos horas en la fila del museo.",
            "Este contenido está alojado en servidores privados sin el consentimiento de sus autores, denunció la asociación.",
            "External content moderators said they were paid per post, not per hour.",
            "Under the proposal, users could accept, reject or manage cookies with a single browser setting.",
            "Companies must post a “Do Not Sell My Personal Information” link on their homepages by July.",
            "To view this content, the court found, visitors first had to consent to dozens of trackers.",
        ),
    ),
    Rule(
        name="cookie_notice.category_row",
        triggers=("necessary", "essential", "nécessaires", "essentiels", "necesarias", "notwendig", "erforderlich",
                  "essenziell", "necessari", "essenciais", "técnicas", "tecnici"),
        kind="cookie_notice",
        patterns=(
            rf"""
            # a consent panel's row of category toggles, maybe after its label, the necessary one among
            # them: 'Cookie choices: Necessary (always active) · Statistics · Marketing'
            ^\W{{0,3}}(?:[\p{{L}}'’ -]{{3,40}}:\s*)?(?:{TOGGLE}\s*[|·•/,]\s*){{2,8}}{TOGGLE}\W{{0,3}}$
                (?<=\b{NECESSARY}[^\n]*)
            """,
        ),
        max_words=CATEGORY_ROW_MAX_WORDS,
        weight=2.0,
        why="A row of consent categories, the necessary one among them, is a consent panel's toggles; a news "
            "list of categories does not name the one that cannot be switched off.",
        examples=("Manage consent: Essential (always active) · Analytics · Advertising · Social media",
                  "Nécessaires | Mesure d'audience | Publicité | Réseaux sociaux",
                  "Notwendig · Statistik · Marketing · Externe Medien"),
        counterexamples=("Marketing, advertising and social media: the firms' spending rose in all three",
                         "Essential workers · Performance pay · Social media: what the new contract covers"),
    ),
    Rule(
        name="cookie_notice.category",
        triggers=("cookie",),
        kind="cookie_notice",
        patterns=(
            # a category explained where a sentence starts, to the reader or by the site ('Analytics
            # cookies help us see which pages are read', 'Marketing cookies are used to show you ads')
            fragment(r"(?:(?:the|our|les|nos|las|los|nuestras|die|unsere|i\s+nostri|gli|os|as|nossos)\s+)?" + STANCE
                     + COOKIE_CATEGORY + r"""(?:\s*\([^)]{0,40}\))?\s*:?\s+
                (?:(?:they|these|elles?|ils|sie|ellas|estas|esas|queste|elas|essas)\s+)?(?:(?:nous|nos|uns|ci)\s+)?
                (?:help|allow|enable|let|collect|remember|track|measure|store|are\s+(?:used|set|placed|required|needed
                |essential|necessary)|(?:are|is)\s+always|stay|remain|cannot|can\s+be|may\s+be|will\s+(?:only\s+)?be
                |ensure|make|permettent|sont|servent|ayudan|permiten|son|se\s+utilizan|sirven|helfen|ermöglichen|sind
                |werden|dienen|aiutano|consentono|sono|vengono|servono|ajudam|permitem|são)\b"""
                     + NOT_HOW_TO),
        ),
        context="not_reported",
        max_words=CONSENT_BANNER_MAX_WORDS,
        weight=2.0,
        why="A consent panel explains each cookie category to the reader ('Analytics cookies help us …'); "
            "a how-to about one's own browser, or news about ad tracking, does not speak for the site.",
        examples=("Analytics cookies help us see which of our stories are read the most.",
                  "Marketing cookies are used to show you ads that match your interests.",
                  "Cookies de mesure d'audience : elles nous permettent de compter les visites.",
                  "Las cookies analíticas nos permiten saber cuántas personas leen cada noticia.",
                  "Funktionale Cookies helfen uns, Ihre Einstellungen zu speichern."),
        counterexamples=(
            "Advertising cookies allow companies to follow users across websites, the regulator said.",
            "Marketing cookies are set by most news sites, our survey of 200 homepages found.",
            "Essential cookies can be kept even if you block the rest in your browser's privacy menu.",
        ),
    ),
)

CONSENT_LABELS = (
    Rule(
        name="cookie_notice.settings_link",
        triggers=('cookie', 'privacy', 'consent', 'datenschutz', 'manage preferences', 'paramètres', 'paramétrer',
                  'gérer', 'configura', 'impostazioni', 'preferências', 'definições', 'vie privée', 'privacidad',
                  'privatsphäre', 'privacidade', 'riservatezza', '🍪'),
        kind="cookie_notice",
        patterns=(
            r"""
            ^\W*(?:(?:cookies?|privacy|consent)\s+(?:settings|preferences|choices|options)          # en
               |manage\s+(?:cookies|consent|preferences|(?:cookie|privacy)\s+(?:settings|preferences))
               |(?:paramètres|paramétrer|gérer)\s+(?:les\s+|des\s+|mes\s+)?cookies             # fr
               |configura(?:ción|r)\s+(?:de\s+)?(?:las\s+)?cookies                             # es
               |(?:cookie|datenschutz)-?einstellungen                                         # de
               |impostazioni\s+(?:dei\s+)?cookie                                              # it
               |(?:preferências|definições|configurações)\s+de\s+cookies                      # pt
               |cookies\s+on\s+(?:this|our|the)\s+(?:site|website|service|page))                # a banner's title
            \W*$
            # a banner's title, the site vouching for the reader's privacy: 'We value your privacy',
            # 'Your privacy matters to us', 'Nous respectons votre vie privée' (alone on its line)
            | ^\W*(?:we\s+(?:value|respect|care\s+about)\s+your\s+privacy|your\s+privacy\s+(?:matters|is\s+important)(?:\s+to\s+us)?
               |(?:nous\s+)?(?:respectons|protégeons)\s+votre\s+vie\s+privée|votre\s+vie\s+privée\s+(?:compte|est\s+importante)
               |(?:valoramos|respetamos|cuidamos)\s+(?:tu|su)\s+privacidad|(?:tu|su)\s+privacidad\s+(?:es\s+importante|nos\s+importa)
               |wir\s+(?:respektieren|schützen|achten)\s+ihre\s+(?:privatsphäre|daten)|ihre\s+privatsphäre\s+ist\s+uns\s+wichtig
               |(?:rispettiamo|teniamo\s+alla)\s+(?:la\s+)?tua\s+(?:privacy|riservatezza)|la\s+tua\s+privacy\s+è\s+importante
               |(?:valorizamos|respeitamos)\s+a\s+sua\s+privacidade|a\s+sua\s+privacidade\s+é\s+importante)
              (?:\s+(?:para|für|per|pour|to)\s+(?:nosotros|uns|noi|nous|nós|us))?\W*$
            # a cookie emoji before the banner's consent word: '🍪 Cookies?', '🍪 Datenschutz-Einstellungen'
            | ^\W*🍪\W*(?:cookies?|consent\w*|privacy|privacidad|datenschutz\w*|vie\s+privée)\b
            """,
        ),
        max_words=CONSENT_LABEL_MAX_WORDS,
        weight=2.0,
        why="A consent link or button on its own line ('Cookie settings'); never a sentence.",
        examples=("Privacy preferences", "Gérer les cookies", "Cookie-Einstellungen", "Cookies on this website",
                  "We respect your privacy", "Ihre Privatsphäre ist uns wichtig", "Respetamos tu privacidad",
                  "La tua privacy è importante per noi"),
        counterexamples=("Cookie settings are buried three menus deep, the regulator said.",
                         "We value your privacy, the bank wrote to customers whose data was stolen in March."),
    ),
    Rule(
        name="cookie_notice.lone_button",
        leads=("ok", "accept", "allow", "reject", "agree", "zustimmen", "akzeptieren", "accepter", "tout", "alle",
               "aceptar", "rechazar", "accetta", "rifiuta", "aceitar", "your", "decline", "refuse", "deny", "view",
               "use", "only", "necessary", "essential", "manage", "settings", "preferences", "customi", "personali",
               "refuser", "paramétrer", "ablehnen", "einstellungen", "configurar", "rejeitar", "recusar", "autoriser",
               "j'accepte", "j’accepte", "acepto", "accetto", "aceito", "impostazioni", "ajustes", "more", "learn",
               "nur", "solo", "sólo", "uniquement", "seulement", "apenas", "somente", "gestionar", "gérer", "ajustar",
               "verwalten", "gestisci", "personalizza", "gerir", "adjust", "continue", "continuer", "continuar", "continua",
               "weiter"),
        kind="cookie_notice",
        patterns=(
            r"""
            # a consent button left on its own line, or a row of them: 'OK, got it', 'Accept all cookies',
            # '[Accept optional cookies] [Reject optional cookies] [View cookies]', 'Reject non-essential'
            ^\W*(?:(?:ok(?:ay)?\s*[,!.]?\s+got\s+it
                |(?:accept|allow|reject|decline|refuse|block)\s+(?:(?:all|additional|optional|non-?essential|analytics
                    |marketing|advertising|functional|extra)\s+)?cookies
                |(?:accept|allow|reject|decline|refuse)\s+(?:all|non-?essential|optional|additional)
                |(?:use|accept|allow)\s+(?:only\s+)?(?:strictly\s+)?(?:necessary|essential)(?:\s+cookies)?(?:\s+only)?
                |(?:only\s+)?(?:strictly\s+)?(?:necessary|essential)\s+(?:cookies\s+)?only|view\s+cookies
                |continue\s+without\s+(?:accepting|agreeing|consent)|continuer\s+sans\s+accepter|continuar\s+sin\s+aceptar
                |continua\s+senza\s+accettare|continuar\s+sem\s+aceitar|weiter\s+ohne\s+(?:zustimmung|einwilligung|zuzustimmen)
                |agree\s+(?:and|&)\s+close|(?:tout\s+)?accepter\s+(?:et\s+(?:fermer|continuer)|tout|les\s+cookies)
                |tout\s+(?:accepter|refuser)|alle\s+(?:akzeptieren|ablehnen)|(?:aceptar|rechazar)\s+(?:todo|todas|cookies)
                |(?:accetta|rifiuta)\s+tutt[io]|aceitar\s+todos|your\s+privacy\s+choices
                |autoriser\s+et\s+(?:afficher|continuer))[\W_]*){1,4}
                (?:(?:(?:manage|change|cookie|privacy)\s+){0,2}(?:settings|preferences|options|choices)[\W_]*)?$   # a settings button last: '… NECESSARY ONLY  SETTINGS'
            # 'Accept and continue', opening the block: a consent wall's button, maybe with its
            # paid alternative after it ('Akzeptieren und weiter – oder ohne Werbung mit Abo')
            | ^\W*(?:accept|agree|allow|zustimmen|akzeptieren|accepter|aceptar|accetta|aceitar)\s+(?:and|&|und|et|y|e)\s+
                (?:continue|close|weiter(?:lesen)?|continuer|fermer|continuar|cerrar|continua|chiudi|fechar)\b
                (?:\W*$|\s*[–—|-]\s*(?:or|oder|ou|o)\b)
            """,
            # a bare row of consent buttons joined by bars or dots, one of them accepting or refusing
            # ('Accetta | Rifiuta | Personalizza', 'Paramétrer · Tout refuser')
            # (the accept-or-refuse check is a lookbehind at the end: most lines fail on their first word)
            r"""^\W*(?:""" + ROW_BUTTON + r"""\s*[|/·•]\s*){1,5}""" + ROW_BUTTON + r"""\W*$
                (?<=\b(?:accept\w*|reject|decline|refuse[r]?|deny|allow|agree|rechazar|akzeptieren|ablehnen
                |zustimmen|accetta|rifiuta|aceptar|aceitar|rejeitar|recusar|acepto|accetto|aceito|j['’]accepte)\b[^\n]*)""",
        ),
        max_words=25,
        weight=2.0,
        why="Consent buttons alone on a line, or a row of them; no news paragraph is a button label.",
        examples=("OK, got it", "Accept all cookies", "Rechazar todo", "Agree & close",
                  "Accept and continue — or read without ads for £1 a month", "Decline non-essential",
                  "[Accept optional cookies] [Reject optional cookies] [View cookies]", "Use essential cookies only",
                  "Rifiuta · Accetta · Impostazioni", "Paramétrer | Tout refuser | Tout accepter",
                  "Rechazar · Aceptar · Gestionar cookies", "Nur notwendige | Alle akzeptieren",
                  "Allow all cookies  Essential only  Cookie settings", "Continuer sans accepter →",
                  "Continue without accepting"),
        counterexamples=("Allow all the trucks through and the port clears by noon, the union said.",
                         "Agree and continue talking, the mediator urged both unions.",
                         "Reject all three offers, the shareholders were told by the board.",
                         "Settings | Learn more", "Manage cookies | Only necessary",
                         "Continue without agreeing to the merger, the board told the minority shareholders.",
                         "Essential only: what the new grocery list covers"),
    ),
)
