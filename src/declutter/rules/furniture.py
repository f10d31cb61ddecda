"""Page furniture: related links, share buttons, follow prompts, comment chrome,
cookie banners, menus, ad labels and pasted markup."""

from __future__ import annotations

from . import Rule, group

#: Button rows and labels are short; longer blocks need prose rules.
WIDGET_MAX_WORDS = 40
#: A "Related: headline" line is one teaser, maybe a few.
RELATED_MAX_WORDS = 60
#: A comment policy is a few sentences (the longest seen: 55 words); a
#: paragraph beyond this is prose about comments.
COMMENT_POLICY_MAX_WORDS = 80
#: A consent button or link label ('Cookie settings', 'Manage preferences').
CONSENT_LABEL_MAX_WORDS = 6

RELATED = (
    Rule(
        name="related_links.label",
        leads=("related", "read", "also", "see", "more", "recommended", "further", "you", "most", "trending", "don",
               "topics", "tags", "filed", "à", "lire", "voir", "sur", "leer", "lea", "te", "más", "mas", "mehr",
               "lesen", "auch", "weitere", "leggi", "potrebbe", "leia", "veja", "saiba", "find", "explore",
               "a lire", "a voir", "lee", "también", "tambien", "noticias", "das", "zum", "ti", "articoli", "vedi",
               "lê", "ler", "notícias", "discover", "browse"),
        triggers=("▸",),
        kind="related_links",
        patterns=(
            r"""
            ^\W{0,4}(?:related(?:\s+(?:stories|articles|coverage|topics|content|posts|reading|news))?
              |read\s+(?:more|also|next|this\s+next)|also\s+read|see\s+also
              |(?![^\n]*\.\s*$)(?:(?:explore|see|find|discover|browse)\s+)?more\s+
                (?:(?:coverage|reporting|news|articles|reading|headlines|videos)\s+)?(?:on|from|about|in)\b[^:]{0,40}
                                                         # "More coverage from NPR:", "Explore more on these topics:"
                                                         # (a list, not a sentence: no full stop at the end)
              |more\s+stories|recommended(?:\s+(?:stories|for\s+you|reading))?|further\s+reading|you\s+may\s+also\s+like
              |you\s+might\s+also\s+like|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|don['’]t\s+miss
              |topics|tags|filed\s+under
              |(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|également)|sur\s+le\s+même\s+sujet                 # fr
              |leer\s+m[aá]s|le[ea]\s+(?:tambi[eé]n|m[aá]s)|(?:tambi[eé]n\s+)?te\s+puede\s+interesar      # es
              |m[aá]s\s+informaci[oó]n|noticias\s+relacionadas
              |mehr\s+zum\s+thema|zum\s+thema|lesen\s+sie\s+auch|auch\s+interessant|weitere\s+artikel  # de
              |das\s+könnte\s+sie\s+(?:auch\s+)?interessieren
              |leggi\s+anche|(?:ti\s+)?potrebbe\s+interessar(?:ti|e)|articoli\s+correlati|vedi\s+anche          # it
              |le[iê]a?\s+também|ler\s+mais|veja\s+também|saiba\s+mais|notícias\s+relacionadas)         # pt
            \s*(?::|▸|»|›|>|\||–|—|-|\s*$)                                     # label followed by the list
            """,
            r"▸[^▸]*▸",  # "▸ teaser ▸ teaser" (its own pattern: the anchored one above fails fast)
            r"^\W{0,4}(?:see|read|find|explore)\s+more\s+(?:of\s+)?our\s+(?:coverage|reporting|stories|work)\b",
        ),
        max_words=RELATED_MAX_WORDS,
        weight=2.0,
        why="'Related:' / 'Read more:' teaser lines and tag lists.",
        examples=("Read more: Why drought is reshaping farm lending", "Related Topics: Health Industry, Medicaid",
                  "Browse more on these subjects: Drought · Farming · Water rights",
                  "More reporting from the Ledger: Why the mill closed | Who owns the river",
                  "A voir aussi | Les vendanges avancées de trois semaines",
                  "Lee más: Qué cambia con la nueva ley de alquileres"),
        counterexamples=("Read more carefully, the memo tells a different story.",
                         "More news from the front arrived on Tuesday: the bridge had fallen.",
                         "More from the mayor came later: she would not run again.",
                         "Lee también poesía, dice la autora, aunque prefiere las novelas."),
    ),
)

SHARE = (
    Rule(
        name="share_widget.button_row",
        leads=("share", "tweet", "pin", "e", "print", "copy", "facebook", "twitter", "x", "linkedin", "whatsapp",
               "reddit", "pinterest", "bluesky", "threads", "telegram", "flipboard", "mastodon", "rss", "menu",
               "search", "close", "donate", "comment", "save", "more", "click", "opens", "on", "via", "link", "a",
               "friend", "to", "this", "teilen", "partager", "compartir", "drucken", "imprimer", "imprimir", "in",
               "new", "window", "tab", "send", "messenger", "sms", "flip", "bookmark", "gift", "envoyer", "enviar",
               "compartilhar", "partilhar", "condividi", "stampa", "artikel", "copier", "copiar", "copia",
               "kopieren", "pdf",
               "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        kind="share_widget",
        patterns=(
            r"""
            ^(?:\W*(?:\d+|(?:share(?:\s+(?:on|via|this|to))?|tweet|pin(?:\s+it)?|e-?mail|print|copy(?:\s+link)?|facebook|twitter
               |X|linkedin|whatsapp|reddit|pinterest|bluesky|threads|telegram|flipboard|mastodon|rss|menu|search|close
               |donate|comments?|save|more|click\s+to\s+share\s+on|\(opens\s+in\s+new\s+window\)|on|via|link|a|friend
               |to|this|share\s+this\s+(?:story|article)|teilen|partager|compartir|drucken|imprimer|imprimir
               |click|opens|in|new|window|tab|send|friend|messenger|sms|flip|bookmark|gift\s+(?:this\s+)?article
               |sur|par|auf|per|su|por|no|em|envoyer|enviar|senden|inviare|courriel|correo|compartilhar|partilhar
               |condividi|condividere|stampa|teile
               |friendly|pdf|en|copier|le|lien|copiar|el|enlace|kopieren|copia|il|artikel     # "Print Friendly, PDF"
               |electr[oó]nico|e-mail)(?!\w))\W*){3,}$    # "Copier le lien"; (?!\w): whole words, not 'em|a|il'
            """,
            r"^\W*(?:share\s+this(?:\s+(?:story|article|page))?|share\s+on|partager|compartir|teilen)\s*:?\s*$",
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="A run of share-button labels is never prose.",
        examples=("Share on Facebook Share on X Share via Email Copy link", "Tweet Share Pin It Email 0 Comments",
                  "Partager sur Facebook Partager sur X Envoyer par e-mail",
                  "Print  PDF  Email", "Teilen  WhatsApp  Facebook  Link kopieren",
                  "Compartir  X  Copiar enlace  Correo electrónico"),
        counterexamples=("Share prices fell on Facebook and Twitter news.",
                         "Print friendly, the PDF said, was the editor's email subject line."),
    ),
)

FOLLOW = (
    Rule(
        name="social_follow.follow_us",
        triggers=('follow', 'like us', 'find us', 'suivez', 'síguenos', 'folgen'),
        kind="social_follow",
        patterns=(
            r"""
            ^\W{0,3}(?:(?:follow|like|find)\s+us|follow\s+(?:the\s+)?(?-i:\p{Lu})[\w\s'’&.-]{0,40}?)\s+on\s+
                (?:twitter|x|facebook|instagram|linkedin|bluesky|threads|tiktok|youtube|mastodon|social\s+media)\b
            | \bfollow\s+us\b | \bsuivez-nous\b | \bsíguenos\b | \bfolgen\s+sie\s+uns\b
            """,
        ),
        max_words=WIDGET_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Follow us on …' prompts.",
        examples=("Follow us on Twitter and Facebook.",),
        counterexamples=("Thousands follow the governor on Twitter, where she posts daily, aides said.",),
    ),
)

COMMENTS = (
    Rule(
        name="comments.chrome",
        triggers=('thoughts on', 'thoughts to', 'responses to', 'responses on', 'reactions to', 'will not be published', 'required fields', 'comment', 'repl', 'kommentar', 'commentaire', 'comentario', 'conversation', 'discussion', 'leave a', 'post a', 'add a', 'log in', 'login', 'log-in', 'community', 'sort by', 'moderation',
                  'annuler', 'cancelar', 'commento', 'annulla', 'comentário', 'antwort', 'commenti', 'réagir', 'normas de',
                  'règles de', 'charte de', 'netiquette', 'regole'),
        kind="comments",
        patterns=(
            r"""
            ^\W{0,3}(?:\d+\s+)?(?:comments?|replies|kommentare|commentaires|comentarios|commenti|comentários)\b
                \W{0,3}(?:\d+\W{0,2})?(?:$|sort|\|)                                          # "Comments (12)"
            | \bjoin\s+the\s+(?:conversation|discussion)\b
            | \bcomments?\s+(?:are|is)\s+(?:closed|disabled|moderated)\b
            | \bleave\s+a\s+(?:comment|reply)\b | \bpost\s+a\s+comment\b | \badd\s+a\s+comment\b
            | \blog\s*in\b[^.]{0,40}\b(?:comment|post|reply)\b
            | \bcommunity\s+(?:guidelines|standards|rules)\b | \bsort\s+by:?\s+(?:newest|oldest|best|top)
            | \bmoderation\s+(?:faq|policy)\b
            | ^\W{0,3}\d+\s+(?:thoughts|responses|reactions)\s+(?:on|to)\b            # "7 thoughts on “…”"
            | \byour\s+e-?mail\s+address\s+will\s+not\s+be\s+published\b
            | \brequired\s+fields\s+are\s+marked\b
            | ^\W{0,3}(?:show|view|hide|load|read|see)\s+(?:all\s+|more\s+)?(?:\d+\s+)?comments?\W{0,3}(?:\d+\W{0,2})?$
            | ^\W{0,3}(?:(?:afficher|voir)\s+les\s+commentaires|(?:ver|mostrar)\s+(?:los\s+)?comentarios
                |kommentare\s+(?:anzeigen|einblenden|lesen)|(?:mostra|leggi)\s+(?:i\s+)?commenti
                |ver\s+(?:os\s+)?comentários)\W{0,3}(?:\d+\W{0,2})?$                          # "Voir les commentaires (4)"
            | \bréagir\s+à\s+cet\s+article\b                                                  # fr comment button
            | (?:^|[.!?]\s+)\W{0,3}(?:les\s+commentaires\s+sont|los\s+comentarios\s+(?:están|son)
                |(?:die\s+)?kommentare\s+(?:werden|sind)|i\s+commenti\s+(?:sono|vengono)
                |os\s+comentários\s+(?:são|estão))
                \s+(?:pré-?|pre-?|vor)?(?:modérés|fermés|moderados|cerrados|moderiert|geschlossen|moderati|chiusi
                |fechados)
                (?:\s+(?:a\s+priori|a\s+posteriori|previamente|avant\s+publication|antes\s+de\s+(?:su\s+)?publicaci[oó]n))?
                \s*[.:;!]                                       # the terse sentence "Les commentaires sont modérés a priori."
            | ^\W{0,3}(?:normas\s+de\s+participaci[oó]n|règles\s+de\s+(?:modération|participation)
                |charte\s+de\s+(?:modération|participation)|netiquette|regole\s+(?:della\s+community|per\s+i\s+commenti))
                \s*[:|]                                                                   # rules header: "Normas de participación:"
            | \b(?:laisser|écrire|ajouter)\s+un\s+commentaire\b | \bannuler\s+la\s+réponse\b                 # fr
            | \b(?:deja|dejar|escribe|añade)\s+(?:un|tu)\s+comentario\b | \bcancelar\s+respuesta\b        # es
            | \blascia\s+un\s+commento\b | \bannulla\s+risposta\b                                         # it
            | \bdeixe\s+(?:um|seu)\s+comentário\b | \bcancelar\s+resposta\b                              # pt
            | \bkommentar\s+(?:schreiben|hinterlassen|verfassen)\b | \bantwort\s+abbrechen\b                # de
            """,
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="Comment-section chrome: counts, sort controls, log in to comment.",
        examples=("12 Comments. Sort by: Newest | Oldest", "Comments are closed. Moderation FAQ",
                  "View all comments (42)", "Voir les commentaires (7)", "Netiquette: keine Beleidigungen, kein Spam.",
                  "Die Kommentare werden vormoderiert. Wir schalten sie werktags frei."),
        counterexamples=(
            "After the article was published, readers flooded the paper's website with comments, "
            "many of them criticizing the school board's decision.",
            "Las normas de participación ciudadana aprobadas en marzo obligan a consultar a los vecinos.",
            "Les commentaires sont fermés sur la page Facebook de la mairie depuis lundi.",
        ),
    ),
    Rule(
        name="comments.policy",
        triggers=('comment', 'house rules', 'kommentar', 'comentario', 'comentário', 'nos reservamos', 'before your'),
        kind="comments",
        patterns=(
            r"""
            \bcomments?\b[^.]{0,60}\b(?:are|is|will\s+be|may\s+be)\s+(?:pre-?moderated|moderated|reviewed|removed
                |deleted|not\s+be\s+published)\b                                  # "Comments on this story are premoderated"
            | \bbefore\s+(?:yours|your\s+comment)\s+(?:appears|is\s+published)\b
            | \bhouse\s+rules\b | \bcomment(?:ing)?\s+(?:policy|guidelines|rules)\b
            | \bles\s+commentaires\s+(?:sont|seront)\s+(?:modérés|fermés|clos|désactivés|supprimés)   # fr
            | \b(?:los\s+)?comentarios\s+(?:están|son|serán)\s+(?:moderados|cerrados|eliminados)    # es
            | \bno\s+se\s+permiten\s+(?:los\s+)?comentarios
            | \bnos\s+reservamos\s+el\s+derecho\s+(?:a|de)\s+(?:eliminar|borrar|moderar|retirar)
            | \beinen?\s+kommentar\s+(?:zu\s+)?(?:schreiben|hinterlassen|verfassen)\b               # de
            | \bkommentarfunktion\b | \bkommentare\s+(?:werden|sind)\s+(?:moderiert|geschlossen|deaktiviert)
            | \bi\s+commenti\s+(?:sono|vengono|saranno)\s+(?:moderati|chiusi|rimossi)                # it
            | \bos\s+comentários\s+(?:são|estão|serão)\s+(?:moderados|fechados|removidos)           # pt
            """,
        ),
        context="address_or_self",
        max_words=COMMENT_POLICY_MAX_WORDS,
        weight=2.0,
        why="Comment-policy notes under the story ('comments are premoderated; please see our house "
            "rules') speak to the reader; news about a comment section reports it.",
        examples=(
            "Comments are reviewed before they go live, so please be patient and keep it civil.",
            "Um einen Kommentar zu schreiben, melden Sie sich bitte an.",
            "Les commentaires sont modérés : merci de rester courtois envers nos journalistes et vos voisins.",
        ),
        counterexamples=(
            "Comments on the city's Facebook page were removed after the mayor's aides flagged them, the report found.",
            "The House Rules Committee will take up the bill on Thursday, a spokesperson said.",
        ),
    ),
)

COOKIES = (
    Rule(
        name="cookie_notice.banner",
        triggers=('cookie', 'consent', 'we use cookies', 'privacy', 'tracking technolog', 'accept all', 'reject all', 'manage cookies', 'manage settings', 'manage preferences', 'akzeptieren', 'accepter', 'aceptar',
                  'stimmen sie', 'alle akzeptieren', 'tout accepter', 'device', 'gerät', 'endgerät', 'appareil',
                  'terminal', 'dispositivo', 'clic', 'cliquant', 'klick'),
        kind="cookie_notice",
        patterns=(
            r"""
            \b(?:cookies?|consent|privacy\s+(?:choices|settings|preferences)|tracking\s+technologies)\b[^.]{0,160}
                \b(?:accept|agree|consent|continu\w+|manage|settings|partners|personali[sz]\w*|analy[sz]\w*|preferences|reject)\b
            | \baccept\s+all\b | \breject\s+all\b | \bmanage\s+(?:cookies|settings|preferences)\b
            | \b(?:by\s+(?:continuing|using|browsing|clicking|visiting)|you\s+agree|you\s+consent)\b[^.]{0,100}\bcookies?\b
            | \bwe\s+use\s+cookies\b
            | \b(?:wir|nous|utilizamos|usamos|utilizziamo|usiamo)\b[^.]{0,40}\b(?:cookies?)\b
            | \b(?:uses|verwendet|nutzt|setzt|utilise|utilisons|utiliza|usa|utilizza)\s+(?:\w+\s+){0,2}cookies\b
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
        max_words=120,
        weight=2.0,
        why="Cookie banners say 'we use cookies… you consent'; news about cookie law has no we/you.",
        examples=("This site uses cookies to analyse traffic. By continuing to browse you consent to their use.",
                  "This website uses cookies.  OK",
                  "We and our vendors store and access information on your device, such as unique identifiers.",
                  "En cliquant sur « J'accepte », vous autorisez le dépôt de traceurs."),
        counterexamples=(
            "The app stored location data on users' devices for up to a year, the researchers found.",
            "We found that the app could access information on your device even after you revoked permission.",
            "Regulators fined the retailer €2 million for cookie banners that made it harder to refuse "
            "tracking than to accept it.",
            "The state's new law requires websites that track users across pages to obtain consent "
            "before placing cookies on their devices.",
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
)

NAVIGATION = (
    Rule(
        name="navigation.skip_and_crumbs",
        leads=("skip", "jump", "back", "toggle", "main", "open", "close", "sign", "log", "my", "advertis", "anzeige",
               "publicidad", "publicité", "sponsored", "paid", "partner", "home"),
        triggers=("privacy", "terms", "cookie"),
        kind="navigation",
        patterns=(
            r"""
            ^\W{0,3}(?:skip\s+to\s+(?:main\s+)?(?:content|navigation)|jump\s+to|back\s+to\s+top|toggle\s+navigation
               |main\s+menu|open\s+menu|close\s+menu|sign\s+in|log\s+in|my\s+account|advertisement|advertising
               |anzeige|publicidad|publicité|sponsored(?:\s+content)?|paid\s+content|partner\s+content)\W{0,3}$
            | ^\W{0,3}home\s*(?:›|»|>|/|\|)                                                    # breadcrumbs
            """,
            r"""
            \b(?:privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy)\b[^.]{0,60}
                \b(?:privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy|contact|about\s+us|sitemap)\b
            """,
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="Skip links, breadcrumbs, ad labels and legal-link rows.",
        examples=("Skip to main content", "Home › World › Middle East", "Privacy Policy | Terms of Use | Contact"),
        counterexamples=("The home secretary resigned on Tuesday.",),
    ),
)

MARKUP = (
    Rule(
        name="markup.html_fragment",
        triggers=('<', '!['),
        kind="markup",
        patterns=(
            r"""^\s*(?:<[!/]?[a-zA-Z][^<>]{0,600}>\s*)+$""",    # nothing but tags
            r"""^\s*!\[[^\]]{0,300}\]\([^)\s]{1,600}\)\s*$""",  # a lone markdown image
        ),
        weight=2.0,
        why="HTML or markdown left over as text carries no prose.",
        examples=('<iframe src="https://example.org/embed/1" width="600"></iframe>',),
        counterexamples=("The <b>only</b> bridge closed.",),
    ),
)

FOOTER = (
    Rule(
        name="footer.policy_line",
        kind="footer",
        leads=("our", "editorial", "ethics", "correction", "code", "about", "contact", "impressum", "mentions",
               "aviso", "datenschutz"),
        triggers=("trust principles",),
        patterns=(
            r"""^\W{0,3}(?:our\s+(?:editorial\s+)?standards|editorial\s+(?:standards|policy|guidelines)
               |ethics\s+policy|corrections?\s+policy|code\s+of\s+ethics|about\s+us|contact\s+us|impressum
               |mentions\s+légales|aviso\s+legal|datenschutz(?:erklärung)?)\W{0,3}(?:$|[:|·•–—-])""",
            r"""\btrust\s+principles\b""",
        ),
        max_words=25,
        weight=2.0,
        why="Standards, ethics and legal link lines close a page, never an article's prose.",
        examples=("Our Standards: The Thomson Reuters Trust Principles.", "Impressum | Datenschutz"),
        counterexamples=("Our standards for drinking water are among the strictest in Europe, the minister said.",),
    ),
)

RULES = group(*RELATED, *SHARE, *FOLLOW, *COMMENTS, *COOKIES, *CONSENT_LABELS, *NAVIGATION, *MARKUP, *FOOTER)
