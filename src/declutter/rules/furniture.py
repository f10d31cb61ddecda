"""Page furniture: related links, share buttons, follow prompts, comment chrome,
cookie banners, menus, ad labels and pasted markup."""

from __future__ import annotations

from . import Rule, fragment, group

#: Button rows and labels are short; longer blocks need prose rules.
WIDGET_MAX_WORDS = 40
#: A "Related: headline" line is one teaser, maybe a few.
RELATED_MAX_WORDS = 60
#: A comment policy is a few sentences (the longest seen: 55 words); a
#: paragraph beyond this is prose about comments.
COMMENT_POLICY_MAX_WORDS = 80
#: Notes of the comment section that open a block or a sentence (see
#: :func:`declutter.rules.fragment`): an empty thread ('Be the first to
#: comment', not '… rushed to be the first to comment'), the authors'
#: responsibility disclaimer, the moderation rule, 'log in to comment'.
COMMENT_NOTES = r"""
    be\s+the\s+first\s+to\s+(?:comment|reply)                                              # an empty thread
    |soyez\s+l[ea]\s+premi(?:er|ère)\s+à\s+(?:commenter|réagir)|s[eé]a?\s+el\s+primero\s+en\s+(?:comentar|opinar)
    |sii\s+il\s+primo\s+a\s+commentare|seja\s+o\s+primeiro\s+a\s+comentar
    |schreiben\s+sie\s+den\s+ersten\s+kommentar|sei\s+(?:der|die)\s+erste\W{1,3}(?:der|die)\s+kommentiert
    |(?:(?:the|les|los|os|i|die)\s+)?(?:comments?|commentaires|comentarios|comentários|commenti|kommentare)\s+
      (?:are|sont|son|são|sono|sind|liegen|stehen)\s+(?:[\w-]+\s+){0,4}?
      (?:responsibility|responsabilité|responsabilidad|responsabilidade|responsabilità|verantwortung)\b
      [^.]{0,30}\b(?:authors|auteurs|autores|autori|verfasser\w*|autor\w*)\b
      (?=\s*(?:[.;!]|$|y\s+no\s+(?:reflejan|representan|necesariamente)|and\s+(?:do|does)\s+not\s+(?:reflect|represent)
        |et\s+ne\s+(?:reflètent|représentent)|und\s+(?:geben|spiegeln)\s+nicht|e\s+non\s+(?:riflettono|rappresentano)
        |e\s+não\s+(?:refletem|representam)))
                                        # the disclaimer, ending there: "Los comentarios son responsabilidad de sus autores."
    |(?:les\s+)?(?:commentaires|réactions)\s+(?:publiés\s+)?n['’]engagent\s+que\s+leurs\s+auteurs
    |les\s+(?:réactions|commentaires)\s+(?:sont|seront)\s+(?:pré-?)?modérées?\s+
      (?:a\s+priori|a\s+posteriori|avant\s+(?:leur\s+)?publication)                         # "Les réactions sont modérées a priori"
    |(?:connectez-vous|identifiez-vous|connecte-toi)\s+pour\s+(?:réagir|commenter)           # log in to comment
    |inici[ae]\s+sesi[oó]n\s+para\s+(?:comentar|opinar)
    |(?:melden\s+sie\s+sich\s+an|loggen\s+sie\s+sich\s+ein|melde\s+dich\s+an),?\s+um\s+
      (?:zu\s+kommentieren|mitzudiskutieren|einen\s+kommentar)
    |(?:accedi|registrati)\s+per\s+(?:commentare|lasciare\s+un\s+commento)
    |(?:faça\s+login|inicie\s+sess[aã]o)\s+para\s+comentar
"""
#: A consent button or link label ('Cookie settings', 'Manage preferences').
CONSENT_LABEL_MAX_WORDS = 6
#: A consent banner, purposes and buttons included (the longest seen: about
#: 100 words); a longer block is an article about consent.
CONSENT_BANNER_MAX_WORDS = 120

#: One consent button as banners label them, in six languages (lower case:
#: rule patterns run case-folded).  ``CONSENT_BUTTON_ROW`` needs two of them,
#: or one of ``CONSENT_BUTTON_SURE``, at the very end of the block.
CONSENT_BUTTON = r"""[\[(«"“‘']?\s*(?:
      ok(?:ay)?|got\s+it|i\s+(?:agree|accept|consent|understand)|agree(?:\s+(?:and|&)\s+(?:close|continue))?
    | accept(?:\s+(?:all|cookies|and\s+close|&\s+close))?|allow(?:\s+all)?(?:\s+cookies)?|decline(?:\s+all)?
    | reject(?:\s+all)?|refuse|deny|(?:more|manage|cookie)\s+(?:options|settings|preferences)|settings|preferences
    | customi[sz]e|only\s+(?:necessary|essential)(?:\s+cookies)?|necessary\s+only|show\s+purposes|learn\s+more
    | more\s+info(?:rmation)?                                                                     # en
    | j['’]accepte|(?:tout\s+)?accepter(?:\s+(?:tout|et\s+fermer))?|(?:tout\s+)?refuser(?:\s+tout)?|paramétrer
    | personnaliser|continuer\s+sans\s+accepter|en\s+savoir\s+plus                                 # fr
    | acepto|aceptar(?:\s+tod[oa]s?)?|rechazar(?:\s+tod[oa]s?)?|configurar|personalizar|más\s+información|ajustes  # es
    | (?:alle\s+)?akzeptieren|zustimmen|(?:alle\s+)?ablehnen|einstellungen|mehr\s+erfahren|verstanden|einverstanden  # de
    | accetto|accetta(?:\s+tutt[io])?|rifiuta(?:\s+tutt[io])?|personalizza|impostazioni|scopri\s+di\s+più
    | continua\s+senza\s+accettare                                                               # it
    | aceito|aceitar(?:\s+todos)?|rejeitar(?:\s+todos)?|recusar|definições|configurações|saber\s+mais  # pt
    )\s*[\])»"”’']?"""
CONSENT_BUTTON_SURE = r"""[\[(«"“‘']?\s*(?:ok(?:ay)?,?\s+got\s+it|got\s+it|i\s+(?:agree|accept)|accept\s+all|allow\s+all
    |agree\s+(?:and|&)\s+close|j['’]accepte|tout\s+accepter|acepto|aceptar\s+todo|alle\s+akzeptieren|einverstanden
    |accetto|accetta\s+tutti|aceito|aceitar\s+todos)\s*[\])»"”’']?"""
#: What a banner is about; one of them must come before its buttons.
CONSENT_TOPIC = r"""(?:cookies?|consent\w*|privacy|privacidad|privacidade|privatsphäre|datenschutz\w*|vie\s+privée
    |trackers?|traceurs?|devices?|(?:end)?gerät|appareils?|dispositivos?|einwilligung|zustimmung|consenso)"""
#: The buttons close the block, after the banner's last sentence or a
#: separator, with the banner's topic within the block's last 800 characters.
#: A pattern of its own: led by punctuation, joined to word-led branches it
#: would cost them their fast scan.  The topic is a lookbehind at the END,
#: checked only where a row of buttons has already matched up to the end: the
#: pattern costs a scan for punctuation, not one per topic word.
CONSENT_BUTTON_ROW = (
    r"""[.!?…:)\]»"”|/·•]\s*(?:"""
    + r"""(?:""" + CONSENT_BUTTON + r"""(?:\s*[|/·•,]\s*|\s+)){1,5}""" + CONSENT_BUTTON
    + r"""|""" + CONSENT_BUTTON_SURE + r""")\W*$"""
    + r"""(?<=\b""" + CONSENT_TOPIC + r"""\b[^\n]{0,800})"""
)

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
            \s*(?::|▸|»|›|>|\||–|—|-|→|➜|➔|➞|⟶|▶|►|❯|\s*$)                     # label followed by the list (or an arrow)
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
                  "Lee más: Qué cambia con la nueva ley de alquileres",
                  "Read next ➜ How the harbour dredging will be paid for",
                  "Leggi anche ▶ Il nuovo orario dei treni regionali"),
        counterexamples=("Read more carefully, the memo tells a different story.",
                         "More news from the front arrived on Tuesday: the bridge had fallen.",
                         "More from the mayor came later: she would not run again.",
                         "Lee también poesía, dice la autora, aunque prefiere las novelas.",
                         "Read next to the original, the revised forecast → looks far gloomier."),
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
               "kopieren", "pdf", "𝕏", "xing", "tumblr", "vk", "pocket", "weibo", "viber",
               "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        kind="share_widget",
        patterns=(
            r"""
            ^(?:[\W\p{Variation_Selector}\p{Join_Control}]*                 # emoji with their variation selectors: "✉️ Email"
               (?:\d+|(?:share(?:\s+(?:on|via|this|to))?|tweet|pin(?:\s+it)?|e-?mail|print|copy(?:\s+link)?|facebook|twitter
               |X|𝕏|xing|tumblr|vk|pocket|weibo|viber|linkedin|whatsapp|reddit|pinterest|bluesky|threads|telegram|flipboard|mastodon|rss|menu|search|close
               |donate|comments?|save|more|click\s+to\s+share\s+on|\(opens\s+in\s+new\s+window\)|on|via|link|a|friend
               |to|this|share\s+this\s+(?:story|article)|teilen|partager|compartir|drucken|imprimer|imprimir
               |click|opens|in|new|window|tab|send|friend|messenger|sms|flip|bookmark|gift\s+(?:this\s+)?article
               |sur|par|auf|per|su|por|no|em|envoyer|enviar|senden|inviare|courriel|correo|compartilhar|partilhar
               |condividi|condividere|stampa|teile
               |friendly|pdf|en|copier|le|lien|copiar|el|enlace|kopieren|copia|il|artikel     # "Print Friendly, PDF"
               |electr[oó]nico|e-mail
               |copied|kopiert|copié|copiado|copiato)                                        # "Link kopiert!" once clicked
               (?!\w))[\W\p{Variation_Selector}\p{Join_Control}]*){3,}$    # (?!\w): whole words, not 'em|a|il'
            """,
            r"^\W*(?:share\s+this(?:\s+(?:story|article|page))?|share\s+on|partager|compartir|teilen)\s*:?\s*$",
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="A run of share-button labels is never prose.",
        examples=("Share on Facebook Share on X Share via Email Copy link", "Tweet Share Pin It Email 0 Comments",
                  "Partager sur Facebook Partager sur X Envoyer par e-mail",
                  "Print  PDF  Email", "Teilen  WhatsApp  Facebook  Link kopieren",
                  "Compartir  X  Copiar enlace  Correo electrónico",
                  "🖨️ Print  ✉️ Email  🔗 Link copied", "Share via 𝕏 · Xing · Pocket · Email"),
        counterexamples=("Share prices fell on Facebook and Twitter news.",
                         "Print friendly, the PDF said, was the editor's email subject line.",
                         "Pocket, Xing and Tumblr all lost users that year."),
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
                  'règles de', 'charte de', 'netiquette', 'regole', 'comentar', 'opinar', 'kommentier',
                  'mitzudiskutieren', 'réactions'),
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
            fragment(COMMENT_NOTES),                            # "Be the first to comment", disclaimers, moderation
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="Comment-section chrome: counts, sort controls, log in to comment.",
        examples=("12 Comments. Sort by: Newest | Oldest", "Comments are closed. Moderation FAQ",
                  "View all comments (42)", "Voir les commentaires (7)", "Netiquette: keine Beleidigungen, kein Spam.",
                  "Die Kommentare werden vormoderiert. Wir schalten sie werktags frei.",
                  "No replies yet. Be the first to comment!", "Sé el primero en opinar",
                  "Les réactions sont modérées avant publication. Identifiez-vous pour commenter.",
                  "Os comentários são de inteira responsabilidade de seus autores e não refletem a opinião do site.",
                  "Melden Sie sich an, um mitzudiskutieren."),
        counterexamples=(
            "After the article was published, readers flooded the paper's website with comments, "
            "many of them criticizing the school board's decision.",
            "Las normas de participación ciudadana aprobadas en marzo obligan a consultar a los vecinos.",
            "Les commentaires sont fermés sur la page Facebook de la mairie depuis lundi.",
            "Hundreds of fans rushed to be the first to comment on the singer's post.",
            "El juez concluyó que los comentarios son responsabilidad de sus autores y no del periódico.",
            "Comments are the responsibility of their authors, the court ruled in the defamation case.",
            "Los comentarios son responsabilidad de sus autores y no del diario, resolvió la jueza.",
        ),
    ),
    Rule(
        name="comments.policy",
        triggers=('comment', 'house rules', 'kommentar', 'comentario', 'comentário', 'nos reservamos', 'before your',
                  'switched off', 'turned off'),
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
            | \bwe(?:['’]ve|\s+have)?\s+(?:switched|turned)\s+off\s+(?:(?:the|all|reader)\s+)?
                (?:comments|commenting|responses|replies)\b                       # the outlet closing its thread
            | \bwe(?:['’]ve|\s+have)\s+(?:closed|disabled|suspended|paused)\s+(?:(?:the|all|reader)\s+)?
                (?:comments|commenting|responses)\s+(?:on|for|under)\s+(?:this|these)\b
            | \bnous\s+avons\s+(?:fermé|désactivé|suspendu|clos)\s+les\s+(?:commentaires|réactions)         # fr
            | \bhemos\s+(?:cerrado|desactivado|deshabilitado|suspendido)\s+(?:los\s+)?comentarios             # es
            | \babbiamo\s+(?:chiuso|disattivato|sospeso)\s+i\s+commenti                                      # it
            | \b(?:desativamos|encerramos|fechamos|suspendemos)\s+os\s+comentários                           # pt
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
            "Because this case is before the courts, we have turned off comments on this story.",
            "Nous avons fermé les commentaires de cet article en raison de nombreux messages haineux.",
        ),
        counterexamples=(
            "Comments on the city's Facebook page were removed after the mayor's aides flagged them, the report found.",
            "The House Rules Committee will take up the bill on Thursday, a spokesperson said.",
            "The platform switched off comments on videos of children in 2019 after advertisers complained.",
        ),
    ),
)

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
