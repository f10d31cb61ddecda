"""Comment-section chrome and moderation notes."""

from __future__ import annotations

from .. import Rule, fragment
from ..republish.advice import ADVICE
from .vocab import WIDGET_MAX_WORDS

#: A comment policy is a few sentences (the longest seen: 55 words); a
#: paragraph beyond this is prose about comments.
COMMENT_POLICY_MAX_WORDS = 80
#: A comment policy lists what it bans, spam among them ('no personal attacks, no spam'), which the
#: newsletter rules' small print also reads (2.0 plus support, 2.5): the policy's own label outranks them.
COMMENT_POLICY_WEIGHT = 3.0

#: 'on this story' after a comment note (en, fr, es, pt, it, de).
THIS_STORY = r"""(?:on|for|under|to|sur|pour|sous|en|para|em|n[ae]|nest[ae]|per|su|in|für|unter|zu|bei)\s+
    (?:this|cet|cette|ce|este|esta|esse|essa|questo|questa|diesen|diesem|dieser)\s+(?:article|story|post|page|piece|report
    |artículo|nota|noticia|notícia|matéria|artigo|reportagem|articolo|notizia|artikel|beitrag|text|texte)"""

#: Notes of the comment section that open a block or a sentence (see
#: :func:`declutter.rules.fragment`): an empty thread ('Be the first to
#: comment', not '… rushed to be the first to comment'), the authors'
#: responsibility disclaimer, the moderation rule ('log in to comment' is ``SIGN_IN``'s).
COMMENT_NOTES = r"""
    be\s+the\s+first\s+to\s+(?:comment|reply)                                              # an empty thread
    |soyez\s+l[ea]\s+premi(?:er|ère)\s+à\s+(?:commenter|réagir)|s[eé]a?\s+el\s+primero\s+en\s+(?:comentar|opinar)
    |sii\s+il\s+primo\s+a\s+commentare|seja\s+o\s+primeiro\s+a\s+comentar
    |schreiben\s+sie\s+den\s+ersten\s+kommentar|sei\s+(?:der|die)\s+erste\W{1,3}(?:der|die)\s+kommentiert
    |(?:(?:the|les|los|os|i|die)\s+)?(?:(?:veröffentlichten|publizierten)\s+)?(?:comments?|commentaires|comentarios|comentários
      |commenti|kommentare)(?:\s+(?:posted|published|publiés|publicados|pubblicati|vertidos|expressed|exprimés|expresados
        |espressi|expressos|des\s+lecteurs|de\s+los\s+lectores|dos\s+leitores|dei\s+lettori|der\s+leser))?\s+
      (?:are|sont|son|são|sono|sind|liegen|stehen)\s+(?:[\w-]+\s+){0,4}?
      (?:responsibility|responsabilité|responsabilidad|responsabilidade|responsabilità|verantwortung)\b
      [^.]{0,30}\b(?:authors|auteurs|autores|autori|verfasser\w*|autor\w*|(?:those|people)\s+who\s+(?:write|post)\s+them
        |ceux\s+qui\s+les\s+(?:écrivent|publient)|quienes\s+los\s+(?:escriben|firman|publican)
        |chi\s+li\s+(?:scrive|pubblica)|quem\s+os\s+(?:escreve|publica|assina))\b
      (?=\s*(?:[.;!]|$|y\s+no\s+(?:reflejan|representan|necesariamente)|and\s+(?:do|does)\s+not\s+(?:reflect|represent)
        |et\s+ne\s+(?:reflètent|représentent)|und\s+(?:geben|spiegeln)\s+nicht|e\s+non\s+(?:riflettono|rappresentano)
        |e\s+não\s+(?:refletem|representam)))
                                        # the disclaimer, ending there: "Los comentarios son responsabilidad de sus autores."
    |(?:les\s+)?(?:commentaires|réactions)\s+(?:publiés\s+)?n['’]engagent\s+que\s+leurs\s+auteurs
    |les\s+(?:réactions|commentaires)\s+(?:sont|seront)\s+(?:pré-?)?modérées?\s+
      (?:a\s+priori|a\s+posteriori|avant\s+(?:leur\s+)?publication)                         # "Les réactions sont modérées a priori"
    |(?:to\s+(?:comment|post\s+a\s+comment|join\s+the\s+(?:discussion|conversation))|pour\s+(?:commenter|réagir)
      |para\s+(?:comentar|opinar)|per\s+commentare|um\s+(?:zu\s+kommentieren|kommentieren\s+zu\s+können)
      |zum\s+kommentieren)\s*,?\s+
      (?:you\s+(?:must|need\s+to|have\s+to|will\s+need\s+to)|vous\s+devez|il\s+(?:faut|vous\s+faut)|debes|debe|tienes\s+que
      |es\s+necesario|devi|è\s+necessario|bisogna|müssen\s+sie|musst\s+du|você\s+precisa|é\s+necessário|precisa)\b
                                        # "To comment, you must be signed in", "Per commentare devi essere registrato"
    |(?:(?:the|our|les|los|os|i|die)\s+)?(?:(?:readers['’]?|reader|user)\s+)?
      (?:comments?|commenting|commentaires|comentarios|comentários|commenti|kommentare|kommentarfunktion)
      (?:\s+(?:des\s+lecteurs|de\s+los\s+lectores|dos\s+leitores|dei\s+lettori|der\s+leser))?
      \s+(?:are|is|sont|están|son|estão|são|sono|ist|sind|steht|stehen|unterliegen|reflect|represent)\s+
      (?:(?:only\s+|nur\s+)?(?:available|open|reserved|réservés|reservados|exclusivos|riservati|verfügbar|offen)\s+
          (?:only\s+)?(?:to|for|aux|a|para|agli|ai|für)\s+(?:(?:our|los|os|nos|unsere|i\s+nostri)\s+)?
          (?:subscribers|members|registered|abonné|suscriptores|socios|assinantes|abbonati|abonnent|registriert)
                                        # subscribers only: "Les commentaires sont réservés aux abonnés"
        |(?:subject\s+to|soumis\s+à|sujetos\s+a|sujeitos\s+a|soggetti\s+a|einer|der)\s+(?:la\s+|une\s+|a\s+)?
          (?:moderation|modération|moderaci[oó]n|moderação|moderazione|approval|approbation|aprobaci[oó]n|aprovação
          |approvazione|prüfung)\b     # "Reader comments are subject to moderation", "Los comentarios de los lectores están sujetos a aprobación"
        |(?:solely\s+|only\s+)?(?:the\s+)?(?:views|opinions)\s+of\s+(?:the\s+|their\s+)?(?:commenters?|readers?
          |users?|authors?|writers?|individuals?|posters?))
                                        # "User comments represent the opinions of their authors"
    |(?:(?:only|seul(?:e)?s|solo|sólo|solamente|únicamente|apenas|somente|soltanto|nur)\s+)?(?:(?:les|los|os|gli|die|our)\s+)?
      (?:(?:paying|registered|logged-in|verified|digital)\s+)?
      (?:subscribers|(?<=(?:paying|registered|premium|digital)\s+)members|registered\s+users|abonnés|abonnées|suscriptores|assinantes|abbonati|abonnenten|abonnentinnen)
      \s+(?:can|may|are\s+able\s+to|peuvent|pueden|podem|possono|können)\s+
      (?:(?:diesen|diesen\s+artikel|diesen\s+beitrag|dieses\s+thema)\s+)?
      (?:comment|post\s+(?:a\s+)?comments?|leave\s+(?:a\s+)?comments?|join\s+the\s+(?:discussion|conversation)|commenter
      |réagir|comentar|commentare|kommentieren|mitdiskutieren)
      (?=\s*(?:[.!]|$)|\s+(?:on|to|under)\s+(?:this|these|our)\s+(?:article|story|stories|articles|post|piece)
        |\s+(?:cet|cette|ces|nos)\s+(?:article|contenu|articles)|\s+(?:este|esta|estos|nuestros)\s+(?:artículo|nota|noticia|artículos)
        |\s+(?:esta|este|nossas|nossos)\s+(?:notícia|matéria|artigo|reportagem|notícias|artigos)
        |\s+(?:questo|questa|i\s+nostri)\s+(?:articolo|notizia|articoli))
                                        # subscribers only: "Subscribers can comment on this story"
    |no\s+se\s+publicar[aá]n\s+(?:los\s+)?(?:mensajes|comentarios)\s+(?:con|que)\b      # es moderation rule
    |(?:(?:the|les|los|os|i|die)\s+)?(?:comments?|commenting|commentaires|comentarios|comentários|commenti|kommentare)
      (?:\s+""" + THIS_STORY + r""")?
      (?:\s+(?:are|is|have\s+been|has\s+been|sont|ont\s+été|están|han\s+sido|estão|foram|sono|sind|wurden))?
      \s+(?:now\s+|currently\s+|temporarily\s+)?
      (?:closed|disabled|turned\s+off|switched\s+off|fermés|désactivés|clos|cerrados|desactivados|deshabilitados
      |desativados|encerrados|fechados|chiusi|disattivati|geschlossen|deaktiviert)
      (?:\s+""" + THIS_STORY + r""")?(?=\s*(?:[.!;]|$))
                                        # the thread closed, the sentence ending there: "Comments on this story are
                                        # closed.", terse: "Comentários desativados para esta notícia."
    |(?:(?:the|les|los|os|i|die)\s+)?(?:(?:readers['’]?|reader|user)\s+)?(?:comments?|commentaires
      |comentarios|comentários|commenti|kommentare)\s+(?:expressed|posted|published|made|left|exprimés|publiés
      |expresados|publicados|vertidos|espressi|pubblicati|expressos|geäußerten?)\s+(?:here|below|on\s+this\s+(?:site|page
      |website)|ici|aquí|aqui|qui|hier)\s+(?:do|does|ne|no|non|não|geben|spiegeln)\s+(?:not\s+)?(?:necessarily\s+)?
      (?:reflect|represent|reflètent|représentent|reflejan|representan|riflettono|rappresentano|refletem|representam)\b
                                        # "Comments posted here do not reflect the views of …"
    |(?:bitte\s+)?(?:beachten|respektieren)\s+sie\s+(?:unsere|die)\s+(?:netiquette|diskussionsregeln|forenregeln)
    |(?:please\s+)?(?:read|follow|respect|observe)\s+our\s+(?:netiquette|comment(?:ing)?\s+(?:rules|guidelines))
    |(?:merci\s+de\s+)?(?:respecter|respectez)\s+(?:notre|la)\s+(?:n[ée]tiquette|charte)
    |(?:por\s+favor,?\s+)?(?:respeta|respete|lee|lea)\s+(?:nuestras?|las)\s+(?:normas\s+de\s+participaci[oó]n|netiqueta)
    |(?:si\s+prega\s+di\s+)?(?:rispetta(?:re)?|leggi|leggere)\s+la\s+(?:nostra\s+)?netiquette
                                        # netiquette reminders over the thread
    |(?:kommentare|beiträge|postings|leserbriefe)\s+werden\s+vor\s+(?:der|ihrer)\s+(?:veröffentlichung|freischaltung)
      \s+(?:von\s+der\s+redaktion\s+)?(?:geprüft|moderiert|gelesen|freigeschaltet)  # de moderation rule
"""

#: Asking the reader to sign in before commenting, where a sentence starts, maybe politely
#: ('Please sign in to comment', 'Bitte melden Sie sich an, um zu kommentieren').
SIGN_IN = r"""
    (?:please\s+)?(?:log|sign)\s*(?:in|on)\s+(?:or\s+(?:register|sign\s+up|create\s+an\s+account)\s+)?to\s+
      (?:comment|post\s+a\s+comment|leave\s+a\s+comment|reply|join\s+the\s+(?:discussion|conversation))
    |you\s+(?:must|need\s+to|have\s+to)\s+be\s+(?:logged|signed)\s+in\s+to\s+(?:comment|post|reply|leave\s+a\s+comment)
    |(?:(?:merci\s+de|veuillez)\s+vous\s+(?:connecter|identifier)|connectez-vous|identifiez-vous|connecte-toi
      |vous\s+devez\s+être\s+(?:connecté|identifié)(?:e|\(e\))?)\s+pour\s+
      (?:réagir|commenter|participer\s+(?:à\s+la\s+)?(?:discussion|conversation|débat))                       # fr
    |(?:por\s+favor,?\s+)?inici[ae]\s+sesi[oó]n\s+para\s+(?:comentar|opinar)
    |(?:debes|debe|tienes\s+que|tiene\s+que)\s+iniciar\s+sesi[oó]n\s+para\s+(?:comentar|opinar)                # es
    |(?:bitte\s+)?(?:melden\s+sie\s+sich\s+an|loggen\s+sie\s+sich\s+ein|melde\s+dich\s+an
      |sie\s+müssen\s+(?:angemeldet|eingeloggt)\s+sein),?\s+um\s+(?:zu\s+kommentieren|mitzudiskutieren|einen\s+kommentar)  # de
    |(?:accedi|registrati|(?:devi\s+)?effettua(?:re)?\s+(?:il\s+login|l['’]accesso))\s+per\s+(?:commentare
      |lasciare\s+un\s+commento)                                                                                  # it
    |(?:faça\s+login|inicie\s+sess[aã]o|entre\s+na\s+sua\s+conta|(?:é\s+preciso|você\s+precisa)\s+estar\s+(?:logad[oa]
      |conectad[oa]))\s+para\s+comentar                                                                          # pt
"""

COMMENTS = (
    Rule(
        name="comments.sign_in",
        triggers=("log in", "login", "log on", "logged in", "sign in", "sign on", "signed in", "connecter", "connectez",
                  "identifier", "identifiez", "connecte-toi", "sesión", "sesion", "melden sie sich", "melde dich",
                  "loggen sie", "angemeldet", "eingeloggt", "accedi", "registrati", "effettua", "faça login",
                  "sessão", "sessao", "sua conta", "connecté", "identifié", "logad", "conectad"),
        kind="comments",
        patterns=(fragment(SIGN_IN),),
        max_words=WIDGET_MAX_WORDS,
        context="not_reported",
        weight=2.5,
        why="'Sign in to comment' prompts; above 2.0 so that a registration button glued after one ('… Noch "
            "kein Konto? Jetzt registrieren') stays comment chrome, not a sign-up ask.",
        examples=("Please sign in to join the discussion.", "You must be logged in to post a comment.",
                  "Bitte melden Sie sich an, um zu kommentieren. Noch kein Konto? Jetzt registrieren",
                  "Veuillez vous connecter pour réagir à cet article.", "Inicia sesión para comentar",
                  "Melden Sie sich an, um mitzudiskutieren.", "Vous devez être connecté pour commenter.",
                  "É preciso estar logado para comentar."),
        counterexamples=("Customers had to sign in to comment on products, which cut spam by half, the retailer said.",
                         "Staff could not sign in to reply to patients for most of Tuesday."),
    ),
    Rule(
        name="comments.chrome",
        unless=ADVICE,
        triggers=('thoughts on', 'thoughts to', 'responses to', 'responses on', 'reactions to', 'will not be published', 'required fields', 'comment', 'repl', 'kommentar', 'commentaire', 'comentario', 'conversation', 'discussion', 'leave a', 'post a', 'add a', 'log in', 'login', 'log-in', 'community', 'sort by', 'moderation',
                  'annuler', 'cancelar', 'commento', 'annulla', 'comentário', 'antwort', 'commenti', 'réagir', 'normas de',
                  'règles de', 'charte de', 'netiquette', 'regole', 'comentar', 'opinar', 'kommentier',
                  'mitzudiskutieren', 'réactions', 'have your say', 'zum forum', 'ins forum',
                  'forenregeln', 'forumsregeln', 'diskussionsregeln', 'no se publicar', 'beiträge werden vor',
                  'postings werden vor', 'leserbriefe werden vor', 'charte', 'normas de participaci', 'netiqueta', 'kommentare werden vor'),
        kind="comments",
        patterns=(
            r"""
            ^\W{0,3}(?:\d+\s+)?(?:comments?|replies|kommentare|commentaires|comentarios|commenti|comentários)\b
                \W{0,3}(?:\d+\W{0,2})?(?:$|sort|\||[–—-]\s                                   # "Comments (12)"
                |\W{0,3}(?:(?:add|leave|post|write)\s+(?:yours|your\s+own|one)\W{0,3}$|ajoute[rz]?\s+le\s+vôtre
                |añad(?:e|ir)\s+el\s+tuyo|aggiungi\s+il\s+tuo|adicione\s+o\s+seu))       # "37 Comments · Add yours"
            | \bjoin\s+the\s+(?:conversation|discussion)\b
            # a sentence of its own, not "…, comments are disabled under the platform's rules"
            | \bcomments?\s+(?:are|is)\s+(?:closed|disabled|moderated)\b
                (?<=(?:^|[.!?:;|•·–—)]\s{1,3})\W{0,3}(?:(?:the|our|reader|user|all)\s+)?comments?\s+(?:are|is)\s+\w+)
            # the button, not "anyone can leave a comment"
            | \b(?:leave|post|add)\s+a\s+(?:comment|reply)\b
                (?<!\b(?:can|could|may|might|will|would|cannot|can['’]t|you|they|people|users|viewers|readers
                    |anyone)\s+\w+\s+a\s+\w+)
            | \blog\s*in\b[^.]{0,40}\b(?:comment|post|reply)\b
            # ours, not "the site's" or "Meta's community standards", nor a how-to about moderating the
            # reader's own blog ("set community guidelines for your own blog": the ADVICE veto)
            | \bcommunity\s+(?:guidelines|standards|rules)\b
                (?<!(?:['’]s|\b(?:their|its|his|her|each|every|any))\s+community\s+\w+)
                """ + r"""
            | \bsort\s+by:?\s+(?:newest|oldest|best|top)
            | \bmoderation\s+(?:faq|policy)\b
            | ^\W{0,3}\d+\s+(?:thoughts|responses|reactions)\s+(?:on|to)\b            # "7 thoughts on “…”"
            | \byour\s+e-?mail\s+address\s+will\s+not\s+be\s+published\b
            | \brequired\s+fields\s+are\s+marked\b
            | ^\W{0,3}(?:show|view|hide|load|read|see)\s+(?:all\s+|more\s+)?(?:\d+\s+)?(?:more\s+|previous\s+|older\s+)?
                (?:comments?|repl(?:y|ies)|responses)\W{0,3}(?:\d+\W{0,2})?$            # "Show more replies ▾"
            | ^\W{0,3}(?:report|flag)\s+(?:this\s+)?(?:comment|reply)\W{0,3}$             # "Report this comment ⚑"
            | ^\W{0,3}have\s+your\s+say\b(?:\W{0,4}$|(?=[^\n]{0,160}\bcomments?\b))       # "Have your say" over the thread
            | \b(?:tell\s+us|let\s+us\s+know|share\s+your\s+(?:thoughts|views|opinions?))\b[^.!?]{0,60}
                \bin\s+the\s+comments?\b                                  # "Let us know your view in the comments"
            | ^\W{0,3}(?:zum|ins)\s+forum\W{0,3}(?:$|\(|[–—|:-])                       # de forum link
            | \bunsere[rn]?\s+(?:community-?(?:richtlinien|regeln)|forenregeln|forumsregeln|diskussionsregeln)\b
            | ^\W{0,3}(?:(?:afficher|voir)\s+les\s+commentaires|(?:ver|mostrar)\s+(?:los\s+)?comentarios
                |kommentare\s+(?:anzeigen|einblenden|lesen)|(?:mostra|leggi)\s+(?:i\s+)?commenti
                |ver\s+(?:os\s+)?comentários)\W{0,3}(?:\d+\W{0,2})?$                          # "Voir les commentaires (4)"
            | \bréagir\s+à\s+cet\s+article\b                                                  # fr comment button
            | (?:^|[.!?]\s+)\W{0,3}(?:les\s+commentaires(?:\s+des\s+lecteurs)?\s+sont
                |los\s+comentarios(?:\s+de\s+los\s+lectores)?\s+(?:están|son)
                |(?:die\s+)?kommentare(?:\s+der\s+leser)?\s+(?:werden|sind)
                  (?:\s+(?:für|unter|bei|zu)\s+(?:diesen|diesem|dieser|dem)\s+(?:artikel|beitrag|text))?
                |i\s+commenti(?:\s+dei\s+lettori)?\s+(?:sono|vengono)
                |os\s+comentários(?:\s+dos\s+leitores)?\s+(?:são|estão))
                \s+(?:pré-?|pre-?|vor)?(?:modérés|fermés|moderados|cerrados|moderiert|geschlossen|moderati|chiusi
                |fechados|désactivés|desactivados|deshabilitados|deaktiviert|disattivati|disabilitati|desativados
                |desabilitados|encerrados|suspendus|suspendidos|sospesi|suspensos)
                (?:\s+(?:a\s+priori|a\s+posteriori|previamente|avant\s+publication|antes\s+de\s+(?:su\s+)?publicaci[oó]n))?
                (?:\s+(?:pour|sur|sous|para|en|in|für|unter|bei|per|su|nest[ae]|nest[ae]s|neste|nesta|dest[ae]|on|for)\s+
                  (?:(?:cet|cette|ce|este|esta|diesen|diesem|dieser|questo|questa|this)\s+)?
                  (?:article|story|page|artículo|nota|noticia|artikel|beitrag|articolo|notizia|notícia|matéria|artigo
                  |reportagem|texto|texte|contenu|contenido|conteúdo))?
                \s*[.:;!]                                       # the terse sentence "Les commentaires sont modérés a priori."
            | ^\W{0,3}(?:normas\s+de\s+participaci[oó]n|règles\s+de\s+(?:modération|participation)
                |charte\s+de\s+(?:modération|participation)|netiquette|regole\s+(?:della\s+community|per\s+i\s+commenti))
                \s*[:|]                                                                   # rules header: "Normas de participación:"
            | \b(?:laisser|laissez|écrire|écrivez|ajouter|ajoutez)\s+(?:un|votre)\s+commentaire\b
            | \bannuler\s+la\s+réponse\b                                                                   # fr
            | \b(?:deja|dejá|deje|dejar|escribe|añade)\s+(?:un|tu|su)\s+comentario\b | \bcancelar\s+respuesta\b  # es
            | \blascia(?:te)?\s+(?:un|il\s+tuo|il\s+vostro)\s+commento\b | \bannulla\s+risposta\b                # it
            | \b(?:deixe|deixa)\s+(?:(?:o\s+)?(?:seu|teu)|um|aqui\s+o\s+seu)\s+comentário\b | \bcancelar\s+resposta\b  # pt
            # a count of comments after a separator closing the line: '… | 8 comentários', '· 12 Kommentare'
            # (the noun first, the separator and count a lookbehind checked once it matched)
            | \b(?:comments?|comentários|comentarios|commentaires|commenti|kommentare|réactions|reacciones
                |respuestas|replies|risposte|respostas)\W{0,3}$(?<=[|·•]\s{0,3}\d{1,6}\s+\w+\W{0,3})
            | \bkommentar\s+(?:schreiben|hinterlassen|verfassen)\b | \bantwort\s+abbrechen\b                # de
            """,
            fragment(COMMENT_NOTES),                            # "Be the first to comment", disclaimers, moderation
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="Comment-section chrome: counts, sort controls, log in to comment.",
        examples=("12 Comments. Sort by: Newest | Oldest", "Comments are closed. Moderation FAQ",
                  "View all comments (42)", "14 comments · Leave yours", "Commenti (3) · Aggiungi il tuo", "Voir les commentaires (7)", "Netiquette: keine Beleidigungen, kein Spam.",
                  "Die Kommentare werden vormoderiert. Wir schalten sie werktags frei.",
                  "No replies yet. Be the first to comment!", "Sé el primero en opinar",
                  "Les réactions sont modérées avant publication. Identifiez-vous pour commenter.",
                  "Os comentários são de inteira responsabilidade de seus autores e não refletem a opinião do site.",
"View 4 more replies", "Flag this comment",
                  "Have your say", "Let us know what you make of the plan in the comments.",
                  "Commenting is available only to subscribers.", "To comment, you need to be signed in.",
                  "Per commentare è necessario essere registrati.", "Comments are subject to moderation.",
                  "User comments represent the views of their authors. Please be respectful.",
                  "Los comentarios de los lectores están moderados.", "Zum Forum (58 Postings)",
                  "Bitte halten Sie sich an unsere Forenregeln.",
                  "Note: Comments posted here do not necessarily reflect those of the paper or its staff.",
                  "Kommentare (12) – Beiträge werden vor der Freischaltung von der Redaktion gelesen.",
                  "Please follow our netiquette: no insults, no spam.",
                  "Merci de respecter notre charte : pas d'insultes, pas de publicité.",
                  "Os comentários são da responsabilidade de quem os escreve.",
                  "Only paying members can comment on this story. Join today.",
                  "Seuls les abonnés peuvent réagir à cet article.", "Solo los suscriptores pueden comentar.",
                  "Nur Abonnenten können diesen Artikel kommentieren.",
                  "Os comentários estão desativados nesta matéria.", "I commenti sono disattivati per questo articolo.",
                  "The vote was delayed again. Comments on this story have been closed.",
                  "Commentaires désactivés pour cet article.", "Comentarios cerrados en esta noticia.",
                  "Deixa o teu comentário · 3 respostas", "Laissez votre commentaire | 14 réactions",
                  "Actualizado a las 9:40 · 23 comentarios",
                  "Los comentarios publicados son de exclusiva responsabilidad de quienes los escriben."),
        counterexamples=(
            "Check what the forum's community guidelines allow before you post under a story; most ban insults.",
            "Anyone can leave a comment on a public video, and on children's channels comments are disabled automatically.",
            "After the article was published, readers flooded the paper's website with comments, "
            "many of them criticizing the school board's decision.",
            "Las normas de participación ciudadana aprobadas en marzo obligan a consultar a los vecinos.",
            "Les commentaires sont fermés sur la page Facebook de la mairie depuis lundi.",
            "Hundreds of fans rushed to be the first to comment on the singer's post.",
            "El juez concluyó que los comentarios son responsabilidad de sus autores y no del periódico.",
            "Comments are the responsibility of their authors, the court ruled in the defamation case.",
            "Los comentarios son responsabilidad de sus autores y no del diario, resolvió la jueza.",
            "The agency said comments are subject to review before the rule is finalised in June.",
            "Residents who want to have your say on the budget were told to attend Tuesday's meeting.",
            "Users flagged the comment to moderators, but it stayed up for three days.",
            "Zum Forum der Stadtwerke kamen am Abend mehr als 200 Bürgerinnen und Bürger.",
            "The minister said the comments made here do not reflect government policy.",
            "Die Beiträge werden vor der Veröffentlichung im Amtsblatt vom Gemeinderat geprüft.",
            "Only subscribers can comment on the draft tariff until Friday, the regulator said.",
            "Os comentários estão desativados na página do prefeito desde segunda-feira.",
            "Under the new rules, members can comment on bills before the committee votes.",
            "Comments on the zoning plan are closed, and the board will vote in May.",
            "Les commentaires fermés sur la page de la mairie ont relancé la polémique.",
            "Los comentarios publicados son responsabilidad de sus autores, sentenció el tribunal supremo.",
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
            | \b(?:comments?|commenting|responses)\s+(?:have|has)\s+been\s+(?:switched|turned)\s+off\s+
                (?:on|for|under|below)\s+(?:this|these)\b                       # passive: "Commenting has been turned off under this story"
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
        weight=COMMENT_POLICY_WEIGHT,
        why="Comment-policy notes under the story ('comments are premoderated; please see our house "
            "rules') speak to the reader; news about a comment section reports it.",
        examples=(
            "Comments are reviewed before they go live, so please be patient and keep it civil.",
            "Um einen Kommentar zu schreiben, melden Sie sich bitte an.",
            "Les commentaires sont modérés : merci de rester courtois envers nos journalistes et vos voisins.",
            "Because this case is before the courts, we have turned off comments on this story.",
            "Nous avons fermé les commentaires de cet article en raison de nombreux messages haineux.",
            "Commenting has been turned off on this story for legal reasons.",
            "Comment guidelines: please stay on topic; no insults, no spam. We remove posts that break them.",
        ),
        counterexamples=(
            "Comments on the city's Facebook page were removed after the mayor's aides flagged them, the report found.",
            "The House Rules Committee will take up the bill on Thursday, a spokesperson said.",
            "The platform switched off comments on videos of children in 2019 after advertisers complained.",
            "Commenting has been turned off on the minister's page since the scandal broke, his office said.",
        ),
    ),
)
