"""Newsletter sign-up asks, boxes, labels and small print."""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .vocab import NEWSLETTER_LABEL_MAX_WORDS, NOT_READERS_OWN_LIST, PROMO_OPENER_WEIGHT

#: Phrases that open a newsletter box: the fear of missing out.
NEWSLETTER_OPENERS = r"""
    stay\s+in\s+the\s+loop|never\s+miss\s+(?:a|an|another)\s+(?:story|thing|update|issue|edition)
    |don['’]t\s+miss\s+(?:a\s+thing|out|(?:a|an|another)\s+(?:story|update|issue|edition|headline))
    |stay\s+(?:informed|up\s+to\s+date)                                                          # en
    |ne\s+(?:manque[sz]?|ratez|rate)\s+(?:plus\s+)?rien|restez\s+informée?s?                     # fr
    |no\s+te\s+pierdas\s+nada|que\s+no\s+se\s+te\s+escape\s+nada|mantente\s+informad[oa]         # es
    |verpass(?:e|en\s+sie)\s+(?:nichts|keinen?|keine)|bleib(?:en\s+sie)?\s+(?:informiert|auf\s+dem\s+laufenden)  # de
    |non\s+perder(?:ti|vi)\s+(?:nulla|niente)|resta\s+aggiornat[oa]                              # it
    |não\s+perca\s+nada|fique\s+por\s+dentro                                                    # pt
"""

#: Sign-up small print: 'unsubscribe any time' as a verbless fragment, ending
#: its sentence ('Abmeldung jederzeit möglich, heißt es in …' is news).
UNSUBSCRIBE_ANY_TIME = r"""
    (?:unsubscribe|opt\s+out|désinscription|désabonnement|abmeldung|abbestellung|disiscrizione
      |cancelamento|descadastramento)
    \s+(?:(?:possible|möglich|ist|est|è|é)\s+)?
    (?:(?:at\s+)?any\s*time|à\s+tout\s+moment|en\s+un\s+(?:seul\s+)?clic|jederzeit|mit\s+einem\s+klick
      |in\s+(?:qualsiasi|ogni)\s+momento|con\s+un\s+clic|a\s+qualquer\s+momento|com\s+um\s+clique)
    (?:\s+(?:möglich|possible|possibile|possível))?(?=\s*(?:[.!;|·•)\]]|$))     # and nothing more: small print
"""

#: A promo's question to the reader about this very story: 'Want more stories like this?',
#: 'Enjoyed this article?'; a sentence of its own, ending in its question mark.
MORE_LIKE_THIS = r"""
    (?:want|like|love|need)\s+more\s+(?:[\w-]+\s+){0,3}?(?:news|stories|reporting|coverage|journalism|articles|pieces)
        \s+like\s+(?:this|these|that)
    |(?:enjoy(?:ed)?|liked?|loved?|appreciate[ds]?)\s+this\s+(?:story|article|piece|report|newsletter|post|explainer)
        (?:\s+(?:useful|helpful|interesting|valuable))?
"""

NEWSLETTER = (
    Rule(
        name="newsletter.sign_up",
        triggers=('newsletter', 'mailing', 'inbox', 'briefing', 'digest', 'alert', 'bulletin', 'mail', 'email', 'subscribe',
                  'sign up', 'signup', 'sign-up', 'unsubscribe', 'no spam', 'roundup', 'round-up', 'like this',
                  'like it', 'like these', 'like them', 'our free', 'e-news', 'readers who', 'subscribers who',
                  'people who', 'neighbors who', 'neighbours who', 'locals who'),
        kind="newsletter",
        patterns=(
            r"""
            \b(?:(?:newsletters?|mailing\s+list|briefing|digest|bulletin)\b""" + NOT_READERS_OWN_LIST + r"""
                |inbox|e-?mail\s+alerts?)\b[^.]{0,100}
                \b(?:sign\s*up|subscribe|register|delivered|receive|join|get|lands|arrives?)\b
            | \b(?:sign\s*up|subscribe|register|join)\b[^.]{0,100}
                \b(?:(?:newsletters?|mailing\s+list|briefing|digest)\b""" + NOT_READERS_OWN_LIST + r"""
                  |inbox|e-?mail|e-?bulletins?|e-?news)\b          # not the reader's own list: 'join your mailing list'
                                                                    # "Subscribe to the trade weekly's e-bulletin"
            | \bsubscribe\s+(?:for\s+free\s+|free\s+)?to\s+(?:receive|get)\s+(?:new|future|every|all|our|my)\s+
                (?:posts|issues|editions|essays|episodes|letters|dispatches)\b   # a blog-letter's footer: "Subscribe for free to receive new posts"
            | \benter\s+your\s+e-?mail
            | \byour\s+e-?mail(?:\s+address)?\s+(?:below|here|above|in\s+the\s+box)\b
                                                                    # a form's instruction: "Type your e-mail address below"
            | \be-?mail\s+subscribe\b | \bsubscribe\s+now\b
            | \b(?:get|receive)\b[^.]{0,80}\b(?:newsletter|briefing|digest|round-?up
                                               |(?:in|to|into)\s+your\s+(?:inbox|mailbox|email))\b
            | \b(?:get|receive)\s+(?:more\s+)?(?:stories|news|articles|reporting|more)\s+like\s+(?:this|it|these|them)\b
                                                                                    # "Liked this? Get more like it …"
            | \bour\s+free\s+(?:[\w-]+\s+){0,2}(?:newsletter|round-?up|digest|briefing|bulletin|e-?mail)\b
                                                                                    # "… our free weekly roundup"
            | \bjoin\s+(?:the\s+|our\s+)?(?:(?:more\s+than|over|nearly|almost|some)\s+)?(?:\d[\d,.]*\s*k?|thousands\s+of
                |tens\s+of\s+thousands\s+of|hundreds\s+of)\s+(?:other\s+)?(?:[\w-]+\s+)?(?:readers|subscribers|people
                |neighbors|neighbours|locals)\s+who\s+
                (?:already\s+)?(?:get|receive|read|open|start|begin)\b        # "Join 20,000 readers who get it every Friday"
            | \balerts?\b[^.]{0,60}?\b(?:text|send)\s+(?:the\s+word\s+)?["“']?\w{2,20}["”']?\s+to\s+\d{3,6}\b
            | \b(?:text|send)\s+(?:the\s+word\s+)?["“']?\w{2,20}["”']?\s+to\s+\d{3,6}\b[^.]{0,60}?\balerts?\b
                                                                        # "Text NEWS to 12345 for alerts"
            | \b(?:get|receive)\s+(?:our\s+)?(?:free\s+)?(?:breaking[\s-]news|news|text|sms|push|e-?mail)\s+alerts\b
            | \bunsubscribe\s+(?:at\s+)?any\s*time\b | \bno\s+spam\b
            | ^\W*(?:sign\s*up|subscribe)(?:\s+(?:now|here|today|for\s+free))?\W*$
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="Newsletter sign-up asks speak to the reader; 'a photocopied newsletter in 1987' does not.",
        examples=(
            "Sign up for Chalkbeat Chicago's free daily newsletter to keep up with classroom news.",
            "Get KFF Health News' Morning Briefing in your inbox. It's free. Subscribe.",
            "Enjoyed this piece? Get more stories like this every Tuesday with Field Notes, our free roundup "
            "of farm and food reporting.",
            "Want the week's best reads? The Sunday Slow, our free weekend digest, brings them to you.",
            "Five minutes of county news at breakfast: pop your email address in the box and we do the rest.",
            "Glad you made it to the end of Slow Field! Subscribe for free to get new essays in your inbox each week.",
            "Subscribe to the Harbour Traders' fortnightly e-bulletin for port notices, jobs and tenders.",
            "Never miss the match report. Join 8,500 readers who get The Final Whistle in their inbox on Mondays.",
            "Want storm warnings first? Text STORM to 40404 and we will send you alerts as they happen.",
            "Get our breaking news alerts on your phone, free.",
        ),
        counterexamples=(
            'To grow a small shop, ask each buyer at the till to join your mailing list.',
            "The newspaper, which began as a photocopied newsletter in 1987, now prints 12,000 copies a week.",
            "Customers who sign up for the utility's text alerts will receive a warning at least "
            "48 hours before any planned power shutoff, the company said.",
            "Parents get a weekly roundup of cafeteria menus from the district, which sends about 9,000 of them.",
            "To see whether your data leaked, type your email address into the breach checker, security experts advise.",
            "Residents can subscribe to the council's flood e-bulletin, which went out 40 times last winter, officials said.",
            "Readers who subscribe to receive new posts from the blog were exposed in the leak, the company said.",
            "Volunteers will join the 1,200 readers who read to children at the library every week.",
            "Residents can text FLOOD to 57200 to get the county's flood alerts.",
        ),
    ),
    Rule(
        name="newsletter.label",
        triggers=('newsletter', 'infolettre', 'boletín', 'boletin'),
        kind="newsletter",
        patterns=(
            r"""
            ^\W{0,4}(?:(?:the|our|der|die|das|unser(?:e|en)?|notre|la|le|nuestro|el|il|la\s+nostra|a\s+nossa)\s+)?
                (?:[\w-]+\s+)?[\w-]*?(?:newsletters?|infolettre|bolet[ií]n)       # "The Morning Newsletter", "Der Abend-Newsletter"
                \s*(?::|\||▸|»)\s*\S                                               # then a colon: "Newsletter: The Briefing, …"
            """,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="A promo box headed by 'Newsletter:' or 'The Morning Newsletter:'; prose about a newsletter "
            "does not open with its name and a colon.",
        examples=(
            "Newsletter: Field Notes, a weekly look at farming, food prices and rural life.",
            "Unser Abend-Newsletter: die wichtigsten Nachrichten des Tages, kompakt.",
            "Boletín | Lo esencial de la semana en cinco minutos",
        ),
        counterexamples=(
            "The newsletter, which a former teacher started in her kitchen, now has 30,000 readers.",
            "Newsletter: the word the editor used for a venture that became a $10 million business, she said.",
            "The station's newsletter: a two-page printout that volunteers once delivered door to door.",
        ),
    ),
    Rule(
        name="newsletter.opener",
        triggers=('stay in the loop', 'never miss', "don't miss", 'don’t miss', 'stay informed', 'stay up to date',
                  'ne manque', 'ne ratez', 'ne rate', 'restez informé', 'no te pierdas', 'que no se te', 'mantente',
                  'verpasse', 'bleib informiert', 'bleiben sie informiert', 'bleib auf dem', 'bleiben sie auf dem',
                  'non perderti', 'non perdetevi', 'resta aggiornat', 'não perca', 'fique por dentro', 'newsletter',
                  'infolettre', 'bolet'),
        kind="newsletter",
        patterns=(
            fragment(NEWSLETTER_OPENERS),                       # the box's first line: "Stay in the loop: …"
            r"""
            \b(?:our|notre|nuestro|unser(?:e|en)?|la\s+nostra|a\s+nossa|o\s+nosso)\s+(?:[\w-]+\s+){0,2}?
                (?:newsletter|infolettre|bolet[ií]n|boletim)\b""" + OUTSIDE_QUOTES + r"""   # "notre infolettre arrive le jeudi"
            """,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=PROMO_OPENER_WEIGHT,
        why="A newsletter box opens with a fear of missing out or 'our newsletter'; weak alone (prose can "
            "say it too), it keeps the opening with the sign-up below it.",
        examples=(
            "Stay in the loop: the Harbour Notes digest goes out every Thursday evening.",
            "Ne ratez plus rien de la scène locale : notre infolettre paraît chaque vendredi.",
            "Verpassen Sie keine Folge mehr: Der Podcast-Newsletter kommt jeden Montag.",
            "Não perca nada do que acontece na cidade.",
        ),
        counterexamples=(
            "Residents who want to stay in the loop can attend the council's monthly meetings, the mayor said.",
            "« Notre newsletter touche 20 000 personnes », se félicite la fondatrice de l'association.",
        ),
    ),
    Rule(
        name="newsletter.more_like_this",
        triggers=('like this', 'like these', 'like that', 'this story', 'this article', 'this piece', 'this report',
                  'this newsletter', 'this post', 'this explainer'),
        kind="newsletter",
        patterns=(
            r"""(?:^|[.!?…:;|•·–—]\s+)[\W\p{Variation_Selector}]{0,4}(?:""" + MORE_LIKE_THIS + r""")\s*\?""" + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=1.0,
        why="A question to the reader about this very story ('Want more stories like this?') opens a sign-up "
            "or support ask; news reports no such question outside quotes.  Enough on its own (not pinned), so "
            "it goes with the ask it heads when both are glued onto a body paragraph.",
        examples=("Want more stories like this?", "Enjoyed this story? Our Friday letter has five more.",
                  "Liked this explainer?"),
        counterexamples=("Want more rain like this? Farmers in the valley certainly do.",
                         "“Did you enjoy this story?” the teacher asked, and the class said yes.",
                         "Readers who liked this article also bought the author's memoir, the shop said."),
    ),
    Rule(
        name="newsletter.small_print",
        triggers=('spam', 'unsubscribe', 'opt out', 'désinscri', 'désabonn', 'abmeld', 'abbestell', 'disiscri',
                  'cancelamento', 'descadastr', 'darte de baja', 'darse de baja', 'date de baja', 'paid subscriber',
                  'free subscriber'),
        kind="newsletter",
        patterns=(
            r"""
            \b(?:no|zero|never\s+any|kein(?:en)?|pas\s+de|jamais\s+de|sin|cero|niente|nessuno|sem|nada\s+de)
                \s+spam\b(?=\s*(?:[,.;!:·|–—]|$))                     # the promise: "No spam, ever." / "Kein Spam."
            | \bbecom(?:e|ing)\s+a\s+(?:free\s+or\s+paid|paid\s+or\s+free)\s+subscriber\b   # a blog-letter's footer
            | \b(?:darte|darse|date)\s+de\s+baja\s+(?:en\s+cualquier\s+momento|cuando\s+quieras|con\s+un\s+(?:solo\s+)?clic)
                                                                        # es: "puedes darte de baja cuando quieras"
            """,
            fragment(UNSUBSCRIBE_ANY_TIME),                     # "Unsubscribe anytime." / "Abmeldung jederzeit möglich"
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="The small print under a sign-up box ('No spam. Unsubscribe anytime.') is a verbless promise; "
            "news says who may unsubscribe, and says so in reported speech.",
        examples=(
            "The Tide Table arrives every Friday at noon. Zero spam; unsubscribe anytime.",
            "Jeden Sonntag die Woche im Rückblick. Kein Spam, Abmeldung jederzeit möglich.",
            "Chaque mardi, nos meilleures enquêtes. Désinscription en un clic.",
            "Un resumen semanal de ciencia. Puedes darte de baja cuando quieras.",
            "To receive new letters and support this work, consider becoming a free or paid subscriber.",
        ),
        counterexamples=(
            "Customers can unsubscribe at any time, but few do, the company told investors.",
            "The council's new texting service, which residents can unsubscribe from at any time, went live in May.",
            "No spam filter caught the fraudulent invoices, which looked like ordinary supplier bills.",
            "Abmeldung jederzeit möglich, heißt es in den Vertragsbedingungen der Bank.",
            "Becoming a paid or free subscriber takes one click, the platform's founder told investors.",
        ),
    ),
    Rule(
        name="newsletter.foreign_language",
        triggers=('abonnieren', 'abonniere', 'melden sie', 'registrieren sie', 'tragen sie', 'jetzt', 'abonnez',
                  'inscrivez', "s'abonner", 's’abonner', "s'inscrire", 's’inscrire', 'suscr', 'escribe tu',
                  'iscriviti', 'assine', 'inscreva', 'cadastre', "je m'abonne", 'je m’abonne', "je m'inscris",
                  'je m’inscris', 'iscrivimi', 'inscrever', 'melde dich', 'trag dich', 'trage dich',
                  'registriere dich', 'abonne-toi', 'inscris-toi', 'subscrev', 'inscreve-te', 'registe-se',
                  'escriba', 'introduce tu', 'introduce su', 'introduzca', 'ingresa', 'ingrese', 'saisissez',
                  'saisis', 'entrez votre', 'indiquez', 'inserisci', 'digite', 'insira', 'introduza',
                  'geben sie ihre', 'gib deine', 'déjanos', 'dejanos', 'déjenos', 'dejenos', 'dejános', 'deja tu',
                  'dejá tu', 'deje su', 'laissez-nous', 'laisse-nous', 'lasciaci', 'lasciateci', 'deixe-nos', 'deixa-nos',
                  'deixe seu', 'deixe o seu', 'deixe aqui', 'hinterlasse', 'hinterlassen sie', 'bestellen',
                  'anfordern', 'suscribirse', 'assinar', 'iscriversi', 'recevez', 'reçois', 'recib', 'ricevi', 'receba', 'recebe',
                  'erhalten sie', 'erhalte', 'apúnt', 'apunt', 'regístr', 'registrate', 'registrese', 'eingeben',
                  'anmelden', 'eintragen'),
        kind="newsletter",
        patterns=(
            r"""
            \babonnier(?:e|t|en\s+sie)\b[^.]{0,60}\bnewsletter                                    # de, Sie and du
            | (?:\b(?:melden|registrieren|tragen)\s+sie\s+sich|\b(?:melde|registriere|trag|trage)\s+dich)\b
                [^.]{0,60}\b(?:newsletter|briefing|verteiler|mailingliste)                      # Sie and du: "Melde dich für … an"
                (?!\w*\s+(?:der|des|ihrer|ihres|deiner|deines|eines|einer|von|vom)\b)  # not someone else's list:
                                                                        # 'in den Verteiler der Elternschaft', '… Ihres Vereins'
            | (?:^|[.!?:–—·•|]\s+)jetzt\s+(?:kostenlos\s+|gratis\s+|hier\s+)?(?:anmelden|abonnieren|registrieren|eintragen)
                (?:\s*[!:.»›→]|\s*$|\s+und\b)                                          # the button: "Jetzt kostenlos anmelden"
            | (?:^|[.!?:–—·•|]\s+)[\W\p{Variation_Selector}]{0,4}(?:(?:jetzt|hier|gleich)\s+)?(?:kostenlos\s+|gratis\s+)?
                (?:für\s+(?:den|unseren)|zum|in\s+(?:den|unseren))\s+(?:[\w-]+\s+)?[\w-]*(?:newsletter|verteiler)\s+
                (?:[„"«»‚][^„“”"«»\n]{1,40}[“”"«»‘]\s+)?(?:kostenlos\s+)?(?:anmelden|registrieren|eintragen)\b
                (?!\s+(?:zu|will|wollen|möchte|möchten|kann|können|konnten|muss|müssen|darf|dürfen|sollen)\b)
                                                                        # the infinitive as an ask, the sentence opening with it:
                                                                        # "Jetzt für unseren Newsletter anmelden, dann …"
            | \bjetzt\s+(?:den\s+|unseren\s+)?[\w-]*newsletter\s+(?:[„"«»‚][^„“”"«»\n]{1,40}[“”"«»‘]\s+)?(?:kostenlos\s+)?
                (?:abonnieren|bestellen)\b(?!\s+(?:zu|will|wollen|möchte|möchten|kann|können|muss|müssen)\b)
                                                                        # its title may follow: 'Jetzt den Newsletter „…“ abonnieren'

            | (?:^|[.!?:–—|]\s+)[\W\p{Variation_Selector}]{0,4}(?:hier\s+)?(?:(?:den|unseren|zum)\s+)?[\w-]*newsletter\s+(?:kostenlos\s+|gratis\s+|hier\s+)?
                (?:abonnieren|bestellen|anfordern)(?=\s*(?:[!»›→|]|\.?\s*$|[–—-]\s*(?:kostenlos|gratis|jederzeit|hier|jetzt)\b))
                                                                        # the button as an infinitive: "Newsletter abonnieren – kostenlos"
            | (?:^|[.!?:–—|,]\s+)[\W\p{Variation_Selector}]{0,4}(?:recevez|reçois|recibe|recib[ií]|reciba|ricevi|receba|recebe|erhalten\s+sie|erhalte)\s+
                (?:gratuitement\s+|gratis\s+|grátis\s+|gratuitamente\s+|kostenlos\s+)?
                (?:(?:chaque|tous\s+les|cada|todos\s+los|ogni|jeden|todos\s+os|todas\s+as)\s+\w+\s+)?
                (?:nos|notre|nuestr[oa]s?|le\s+nostre|la\s+nostra|i\s+nostri|noss[oa]s?|unsere[n]?)\s+(?:[\w-]+\s+){0,2}?
                (?:alertes?|alertas?|alert|notifiche|notificaciones|notifications|notificações|eilmeldungen
                |push-?mitteilungen|newsletters?|bolet[ií]n|boletim|infolettres?|lettres?)\b""" + OUTSIDE_QUOTES + r"""
                                                                        # an imperative offer: "Recevez gratuitement nos alertes"
            | (?:^|[.!?:–—|]\s+)[\W\p{Variation_Selector}]{0,4}(?:suscribirse\s+al?|assinar\s+(?:a|o)|iscriversi\s+alla)\s+(?:[\w-]+\s+)?
                (?:newsletter|bolet[ií]n|boletim)\b(?=\s*(?:[!»›→|]|\.?\s*$|[–—-]))   # es, pt, it: "Suscribirse al boletín"
            | \b(?:abonnez-vous|abonne-toi)\b(?![^.]{0,25}\b(?:cha[iî]nes?|comptes?|pages?)\b)    # fr, vous and tu (a channel or an
                                                                                      # account on a network is social_follow)
                (?!\s+(?:à|a)\s+(?:l['’]une?|une?|des|plusieurs|chacune?|celles?|celui|ceux|ces|cette|d['’]autres)\b)
                (?![^.]{0,60}\b(?:pendant|résiliez|résilie|le\s+temps\s+d))   # advice on any service: 'abonnez-vous à
                                                                        # l'une pendant un mois, puis résiliez'
                """ + OUTSIDE_QUOTES + r"""                              # a quoted founder's 'Abonnez-vous, partagez'
            | \b(?:inscrivez-vous|inscris-toi)\b[^.]{0,60}\b(?:newsletter|lettre|infolettre)
            | ^\W*s['’](?:abonner|inscrire)\s+(?:à|aux?)\s+(?:la\s+|notre\s+|nos\s+|l['’])?
                (?:newsletters?|lettres?|infolettres?)\b                                          # "S'abonner à la newsletter"
            | \b(?:suscr[ií]b(?:ete|ase|anse|irte|ite)|ap[uú]nt(?:ate|ese|ense|ensé)|reg[ií]str(?:ate|ese|ate))\b
                [^.]{0,60}\b(?:bolet[ií]n|newsletter)                 # es, with voseo 'suscribite': "apúntate a nuestro newsletter"
            | \bescribe\s+tu\s+(?:correo|e-?mail|dirección)                                       # es form field
            | (?:^|[.!?:·•|]\s+)\W{0,3}(?:ihre\s+|deine\s+)?e-?mail(?:-?adresse)?\s+eingeben\b           # de form field
            | \biscriviti\b[^.]{0,60}\bnewsletter                                                 # it
            | \b(?:assine|inscreva-se|cadastre-se|subscreva|subscreve|inscreve-te|registe-se)\b
                [^.]{0,60}\b(?:newsletter|boletim)                                              # pt, Brazil and Portugal
            | \b(?:escriba|introduce|introduzca|ingresa|ingrese|saisissez|saisis|entrez|indiquez|inserisci
                |digite|insira|introduza|geben\s+sie|gib)\s+
                (?:tu|su|votre|ton|la\s+tua|il\s+tuo|o\s+seu|seu|o\s+teu|ihre|deine)\s+
                (?:correo(?:\s+electr[oó]nico)?|e-?mail(?:-adresse)?|mail|courriel
                  |adresse\s+(?:e-?mail|électronique|courriel)|direcci[oó]n\s+de\s+(?:correo|e-?mail)
                  |indirizzo\s+(?:e-?mail|di\s+posta)|endereço\s+de\s+e-?mail)
                (?:\s+ein)?\s*(?::|\[|→|➜|▸|…|$|(?:aquí|ici|abajo|ci-dessous|qui|aqui|abaixo|hier)\b)
                                                                        # a form's field: "Introduzca su correo electrónico:"
            | \b(?:déjanos|dejanos|déjenos|dejenos|dejános|deja|dejá|deje|laissez-nous|laisse-nous|lasciaci|lasciateci
                |deixe-nos|deixa-nos|deixe|hinterlasse|hinterlassen\s+sie)\s+
                (?:aquí\s+|ici\s+|qui\s+|aqui\s+|uns\s+|hier\s+)?
                (?:tu|su|votre|ton|la\s+tua|il\s+tuo|o\s+seu|seu|o\s+teu|teu|ihre|deine)\s+
                (?:correo|e-?mail|mail|courriel|adresse\s+(?:e-?mail|mail|électronique)|indirizzo\s+(?:e-?mail|di\s+posta)
                |endereço\s+de\s+e-?mail|e-mail-adresse)\b""" + OUTSIDE_QUOTES + r"""   # "… déjanos tu correo y listo"
            | ^\W*(?:suscr[ií]b\w*|abonnez-vous|abonnieren|iscriviti|assine|inscreva-se)
                (?:\s+(?:gratis|aquí|ahora|ya|gratuitement|ici|jetzt|kostenlos|ora|agora))?\W*$
            | [\s\[(«"“](?:suscribirme|suscribirse|je\s+m['’](?:abonne|inscris)|iscrivimi|inscrever-me)\W*$
                                                                        # a form's button last: "… [Je m'abonne]"
            """,
        ),
        weight=2.0,
        why="Newsletter asks in German, French, Spanish, Italian and Portuguese, led by an imperative "
            "or a form's button; noun-led asks are in newsletter.foreign_delivery.",
        examples=(
            "Jetzt den CORRECTIV-Newsletter abonnieren: Recherchen jeden Freitag in Ihrem Postfach.",
            "Jetzt unseren Newsletter „Der Feierabend“ bestellen, gratis.",
            "Abonniere unseren Wochen-Newsletter und verpasse keine Recherche mehr.",
            "S'abonner à la lettre du soir",
            "Lo mejor de la semana, cada sábado.  Escribe tu correo  Suscribirme",
            "Trag dich für unseren Verteiler ein: montags die Termine der Woche.",
            "Toutes les nouvelles du quartier, chaque vendredi. Inscris-toi à notre infolettre !",
            "Subscreve o boletim das sextas e recebe as histórias da semana.",
            "Cada lunes, la agenda cultural de la ciudad. Ingrese su dirección de correo aquí",
            "Les sorties du week-end, chaque jeudi. Votre adresse e-mail  [ Je m'inscris ]",
            "Cada viernes, la agenda de la comarca en cinco minutos: déjanos tu mail y te la mandamos.",
            "Le point sur la ville chaque matin ? Laissez-nous votre adresse e-mail.",
            "Alle Termine der Woche, jeden Montag. 📨 Wochen-Newsletter bestellen – gratis",
            "La agenda del fin de semana, cada jueves. Suscribirse al boletín »",
            "🔔 Recibe gratis nuestras alertas de última hora",
            "✉️ Ricevi le nostre notifiche sulle notizie locali",
            "Gleich zum Wochenend-Newsletter anmelden: Ausflugstipps jeden Freitag.",
        ),
        counterexamples=(
            'Abonnez-vous à une plateforme pendant un mois, puis résiliez avant le renouvellement.',
            'Tragen Sie sich in den Verteiler des Elternbeirats ein, um keine Termine zu verpassen.',
            "Abonnez-vous à notre chaîne vidéo pour ne rien manquer de nos reportages.",
            "Le bulletin municipal paraît chaque mois.",
            "Plus de 10 000 lecteurs ont choisi de s'abonner à la newsletter depuis sa création, selon l'éditeur.",
            "Bürger können sich ab Montag online anmelden. Jetzt anmelden müssen nur Neubürger.",
            "Para reclamar el reembolso, ingrese su correo en el portal de la agencia tributaria antes del viernes.",
            "Melde dich bei der Polizei, wenn du etwas gesehen hast, rief der Bürgermeister.",
            "«Déjanos tu correo y te devolvemos el dinero», decía el mensaje falso, según la policía.",
            "Newsletter abonnieren müssen künftig alle Vereinsmitglieder, die Rundbriefe lesen wollen.",
            "Wer jetzt den Newsletter „Hofblatt“ abonnieren will, muss sich beim Verein melden, teilte der Vorstand mit.",
            "Den Newsletter bestellen konnten Leser bislang nur per Post.",
            "Suscribirse al boletín oficial cuesta 30 euros al año en la mayoría de provincias.",
            "« Recevez nos alertes météo sur votre portable », répète la préfecture depuis lundi.",
            "Für den Newsletter anmelden konnten sich bislang nur Vereinsmitglieder.",
        ),
    ),
    Rule(
        name="newsletter.foreign_delivery",
        triggers=('newsletter', 'lettre', 'infolettre', 'bolet', 'recib', 'recevez', 'erhalten sie', 'dans votre',
                  'en tu', 'in ihr', 'in dein', 'nella tua', 'na sua', 'no seu', 'na tua', 'no teu', 'en vous',
                  'votre adresse', 'mit ihrer', 'mit deiner', 'abmeld', 'désinscri', 'désabonn', 'ricevi', 'receba',
                  'recebe', 'by email', 'by e-mail', 'via email', 'via e-mail', 'par e-mail', 'par email',
                  'par courriel', 'par mail', 'por correo', 'por e-mail', 'por email', 'per e-mail', 'per mail',
                  'per email', 'via mail', 'über e-mail'),
        kind="newsletter",
        patterns=(
            r"""
            \bnewsletter\b[^.]{0,60}\b(?:abonnieren|bestellen|anmelden)\b                          # de
            | \berhalten\s+sie\b[^.]{0,40}\bnewsletter
            | \bin\s+(?:ihr|dein)(?:em|en)?\s+(?:e-mail-)?(?:postfach|posteingang)\b              # "in Ihrem Postfach"
            | \bmit\s+(?:ihrer|deiner)\s+anmeldung\b | \babmeld\w*\b[^.]{0,30}\bjederzeit\b        # sign-up small print
            | (?:\blettre\s+d['’]information|\binfolettre)\b                                       # fr, but not the reader's
                (?<!\b(?:ton|ta|votre|son|sa|leur|(?:lancer|créer|rédiger|démarrer|tenir|écrire|concevoir)
                    \s+(?:une|la|l['’]|sa|son|ta|ton|votre))\s*(?:\w+\s+)?(?:lettre\s+d['’]information|infolettre))
                (?!\s+(?:de|d['’]|du|des|pour)\s*(?:ton|ta|tes|votre|vos|son|sa|ses|leur)\b)
                                                                        # own or launched one: 'lancer l'infolettre de ton club' is advice
            | \brecevez\b[^.]{0,40}\b(?:newsletter|lettre|alertes?|notifications)\b         # "Recevez nos alertes info"
            | \bdans\s+votre\s+bo[iî]te\s+(?:mail|e-?mail|aux\s+lettres|de\s+réception)\b
            | \ben\s+vous\s+inscrivant\b | \bvotre\s+adresse\s+(?:e-?mail|mail|électronique|courriel)\b
            | \b(?:vous\s+)?(?:désinscrire|désabonner)\b[^.]{0,30}\bà\s+tout\s+moment\b
            | \bbolet[ií]n\b(?<!\b(?:tu|su|vuestro|propio|crea|crear|lanza|lanzar)\s+(?:[\w-]+\s+)?bolet[ií]n)
                [^.]{0,60}\b(?:suscr[ií]b\w*|recibe|correo)                          # es, not the reader's own: 'crea tu propio boletín'
            | \brecib[ae]\b[^.]{0,40}\bbolet[ií]n
            | \ben\s+tu\s+(?:bandeja\s+de\s+entrada|correo(?:\s+electr[oó]nico)?|buz[oó]n)\b     # "en tu bandeja de entrada"
            | \bnewsletter\b[^.]{0,60}\b(?:iscriviti|ricever\w*)\b                                # it
            | \bnella\s+tua\s+(?:casella|mail|posta)\b
            | \b(?:ricevi|receba|recebe)\b[^.]{0,40}\b(?:newsletter|boletim)\b                  # it, pt: "Ricevi ogni lunedì la newsletter"
            | \bnewsletter\b[^.]{0,60}\b(?:receba|receber)\b                                      # pt
            | \b(?:na|no)\s+(?:sua|seu|tua|teu)\s+(?:caixa\s+de\s+(?:entrada|correio)|e-?mail)\b
            # the imperative to receive (them) by e-mail, in six languages: 'Recevez-les par e-mail', 'Get it by
            # email', 'Recíbelas por correo', 'Erhalten Sie sie per E-Mail', 'Ricevile via email', 'Receba-as por e-mail'
            | (?:^|[.!?:;–—·•|]\s+)[\W\p{Variation_Selector}]{0,4}
                (?:(?:recevez|reçois|recib[ae]|erhalten\s+sie|erhalte|ricevi|receba|recebe|get|receive)
                # a pronoun for the outlet's stories or 'our …', not the reader's own bills ('recevez vos relevés')
                (?:-(?:les|la|le|l[ao]s?|[oa]s?|l[ae]s)\b|\s+(?:[^.!?\n]{0,30}?\s)?(?:nos|notre|nuestr[oa]s?|unsere[nm]?|le\s+nostre
                  |il\s+nostro|la\s+nostra|i\s+nostri|as\s+nossas|os\s+nossos|a\s+nossa|o\s+nosso|our|it|them|sie)\b)
                |rec[ií]b(?:el|al)[oa]s?|ricevil[aeio])                 # the pronoun fused: 'Recíbelas', 'Ricevili'
                [^.!?\n]{0,60}?\b(?:par|por|per|via|by|über)\s+(?:e-?mail|courriel|mail|correo(?:\s+electr[oó]nico)?
                |posta\s+elettronica)\b
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="Noun-led newsletter promos and sign-up small print in German, French, Spanish, Italian and "
            "Portuguese: they speak to the reader ('Ihr Postfach', 'vous'); news about a newsletter does not.",
        examples=(
            "Le Réveil, notre lettre d'information du matin, chaque jour dans votre boîte mail.",
            "Recibe cada martes nuestro boletín de ciencia en tu bandeja de entrada.",
            "Mit Ihrer Anmeldung landet unser Überblick jeden Morgen in Ihrem Postfach. Abmeldung jederzeit möglich.",
            "En vous inscrivant, vous acceptez de recevoir nos offres.",
            "Le notizie della sera nella tua casella di posta, ogni giorno alle 20.",
            "Ricevi ogni venerdì la newsletter del nostro giornale sul clima.",
            "Recevez gratuitement nos alertes sur votre téléphone.",
            "Vous aimez nos reportages ? Recevez-les chaque dimanche par courriel.",
            "¿Te gustan nuestras crónicas? Recíbelas primero por correo electrónico.",
            "Get our weekend picks by email every Friday.",
        ),
        counterexamples=(
            'Crea tu propio boletín y pide a tus clientes que se suscriban desde la factura.',
            "Le bulletin municipal paraît chaque mois.",
            "Lancée il y a cinq ans, la lettre d'information du collectif réunit aujourd'hui 40 000 lecteurs.",
            "El boletín de la alcaldía, que se reparte por correo, anunció los cortes de agua del martes.",
            "Die Ermittler fanden die Nachricht in ihrem Postfach, teilte die Polizei mit.",
            "Chi si iscrive riceve ogni mese la newsletter del comune, che ha 4.000 abbonati.",
            "Vous voulez créer l'infolettre de votre club ? Choisissez d'abord un outil gratuit et un rythme tenable.",
            "Pour ta première lettre d'information, garde un ton simple et demande l'accord de tes contacts.",
            "Residents can get the results by email, the county clerk said.",
            "Recevez vos relevés de compte par e-mail : la banque facture désormais l'envoi papier.",
        ),
    ),
    Rule(
        name="newsletter.brings_you",
        triggers=('newsletter', 'infolettre', 'lettre', 'bolet'),
        kind="newsletter",
        patterns=(
            # the quote check right after the newsletter's word: the newsletter is not in quoted
            # speech, whatever quotes its name after it carries ('„Der Abendbote“')
            r"""
            \b(?:newsletter|infolettre|lettre\s+d['’]information|bolet[ií]n|boletim)\b""" + OUTSIDE_QUOTES + r"""
                [^.]{0,80}?                                                                           # "Unser Newsletter … bringt
                \b(?:(?:bringt|liefert|schickt|sendet)\s+(?:ihnen|dir|euch)                               #  Ihnen werktags …"
                |vous\s+(?:apporte|envoie|livre)|t['’](?:apporte|envoie|livre)                          # fr
                |(?:te|le|les)\s+(?:trae|lleva|envía|manda|acerca)|ti\s+(?:porta|invia|manda)          # es, it
                |(?:te|lhe|lhes)\s+(?:traz|leva|envia|manda))\b                                        # pt
            """,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="The newsletter as the subject that brings the reader something ('Unser Newsletter bringt Ihnen "
            "…', 'notre infolettre vous apporte …'): a promo by its grammar, in German, French, Spanish, "
            "Italian and Portuguese; a news sentence that says so reports someone's view.",
        examples=(
            "Unser Abendbrief, der Newsletter aus dem Rathaus, schickt Ihnen montags die Termine der Woche.",
            "Nuestro boletín te trae cada domingo las cinco historias que no te puedes perder.",
            "Chaque samedi, notre infolettre vous apporte le meilleur de la semaine.",
        ),
        counterexamples=(
            "Der Newsletter der Partei bringt Ihnen gar nichts, sagte der Verbraucherschützer.",
            "« Cette newsletter vous apporte des clients », assure la consultante.",
        ),
    ),
    Rule(
        name="newsletter.delivery",
        triggers=('delivered every', 'delivered each', 'delivered weekdays', 'delivered daily', 'delivered weekly',
                  'delivered twice', 'delivered on', 'delivered to your', 'delivered straight', 'delivered free',
                  'delivered monday', 'delivered tuesday', 'delivered wednesday', 'delivered thursday',
                  'delivered friday', 'delivered saturday', 'delivered sunday', 'newsletter', 'briefing', 'digest',
                  'roundup', 'round-up', 'bulletin', 'email', 'e-mail'),
        kind="newsletter",
        patterns=(
            r"""
            # a verbless cadence line: "Delivered weekdays at 6am." / "Delivered to your inbox every Sunday —"
            (?:^|[.!?…:;|•·–—]\s+)[\W_]{0,2}delivered\s+(?:free\s+)?(?:(?:to|into|straight\s+to)\s+your\s+inbox\s+)?
                (?:every\s+\w+|each\s+\w+|weekdays|daily|weekly|monthly|twice\s+(?:a|per)\s+(?:week|day)
                  |on\s+\w+days?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)
                (?:\s+(?:morning|evening|afternoon|night)s?)?
                (?:\s+(?:at|by|before)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?(?:\s+\w{2,5})?)?
                (?=\s*(?:[.!;,—–|]|$))
            """,
            r"""
            # the outlet's own newsletter and when it lands: "our free Sunday digest arrives every week"
            \bour\s+(?:[\w'’-]+\s+){0,3}?(?:newsletter|briefing|digest|round-?up|bulletin|e-?mail)s?\b[^.]{0,60}?
                \b(?:lands|arrives|goes\s+out|comes\s+out|hits\s+(?:your\s+)?inbox(?:es)?|drops|is\s+delivered)\b
                [^.]{0,40}?\b(?:every|each|weekdays|daily|weekly|twice|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="A newsletter promo says when it lands ('Delivered weekdays at 7am', 'our digest arrives every "
            "Friday'); news says who sends it, in reported speech or with a named sender.",
        examples=(
            "The Closing Bell explains what moved the markets. Delivered weekdays at 5pm, free.",
            "Delivered to your inbox every Sunday morning.",
            "Not a morning person? Our evening briefing arrives each weeknight with the day's five big stories.",
        ),
        counterexamples=(
            "Delivered every Tuesday by volunteers, the food parcels reach about 300 households.",
            "The council's newsletter arrives every quarter, though few residents read it.",
            "“Our newsletter goes out every Friday to 8,000 families,” the principal said.",
        ),
    ),
)
