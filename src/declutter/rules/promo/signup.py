"""Sign-up asks the main newsletter rules miss: a newsletter named by its title ('Subscribe to The
Tide Table for …'), a mailing list joined in five languages, push alerts, and the sign-off that
opens the box ('Thanks for reading!'), and its headline question ('Sie wollen nichts mehr verpassen?').
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .vocab import NEWSLETTER_LABEL_MAX_WORDS

#: A promo box's headline question is a sentence of a few words.
FOMO_QUESTION_MAX_WORDS = 12

#: A newsletter's sign-off opening the promo after the story: 'Thanks for reading!' (en, fr, es, de, it, pt).
THANKS_FOR_READING = r"""
    (?:thanks|thank\s+you)\s+(?:(?:so|very)\s+much\s+)?for\s+reading(?:\s+(?:this|our\s+\w+|to\s+the\s+end|all\s+the\s+way))?
    |merci\s+(?:de\s+nous\s+avoir\s+lue?s?|pour\s+votre\s+lecture|de\s+votre\s+lecture|d['’]avoir\s+lu)
    |gracias\s+por\s+(?:leernos|leer|tu\s+lectura)|danke\s+(?:fürs\s+lesen|für\s+(?:ihr|dein)\s+interesse)
    |grazie\s+(?:per\s+aver\s+letto|di\s+averci\s+letto)|obrigad[oa]\s+por\s+(?:ler|nos\s+ler|sua\s+leitura)
"""

#: A promo box's headline as a question to the reader: not missing anything, staying informed (en, de,
#: fr, es, it, pt).
FOMO_QUESTION = r"""
    (?:(?:do\s+you\s+)?(?:want|wish)\s+to\s+(?:stay\s+(?:in\s+the\s+loop|informed|up\s+to\s+date)
        |never\s+miss\s+(?:a\s+thing|a\s+story|an?\s+\w+))|don['’]t\s+want\s+to\s+miss\s+(?:a\s+thing|anything|a\s+story)  # en
    |(?:sie\s+wollen|du\s+willst|wollen\s+sie|willst\s+du|möchten\s+sie|möchtest\s+du)\s+
        (?:(?:nichts|keine\s+\w+)\s+(?:mehr\s+)?verpassen|(?:immer\s+)?(?:auf\s+dem\s+laufenden|informiert)\s+bleiben)  # de
    |(?:vous\s+ne\s+voulez|tu\s+ne\s+veux|ne\s+voulez-vous)\s+rien\s+(?:manquer|rater)|envie\s+de\s+ne\s+rien\s+(?:manquer|rater)
    |(?:vous\s+voulez|tu\s+veux)\s+rester\s+informée?s?                                                      # fr
    |(?:no\s+)?(?:quieres|quiere|querés)\s+(?:perderte\s+nada|perderse\s+nada|estar\s+al\s+(?:día|tanto))            # es
    |non\s+(?:vuoi|volete)\s+perder(?:ti|vi|e)\s+(?:nulla|niente)|(?:vuoi|volete)\s+restare\s+aggiornat[oiae]        # it
    |(?:não\s+)?(?:quer|queres)\s+(?:perder\s+nada|ficar\s+(?:por\s+dentro|bem\s+informad[oa])))                  # pt
"""

#: Where a newsletter's title is not a channel or a podcast: 'Subscribe to The Daily on YouTube'
#: is a follow prompt, 'wherever you get your podcasts' a podcast's.
NOT_A_CHANNEL = r"""(?![^.!?\n]{0,80}\b(?:youtube|channel|podcasts?|spotify|apple|itunes|rss|feed|wherever\s+you))"""

#: A mailing list (es, fr, it, pt, de).
MAILING_LIST = r"""
    (?:lista\s+de\s+(?:correo|difusi[oó]n|distribuci[oó]n|e-?mails?|envíos|transmissão|correio)
      |liste\s+de\s+(?:diffusion|courriels?|distribution|lecteurs)|mailing[\s-]?list[ea]?
      |lista\s+di\s+distribuzione|mailingliste|verteiler)
"""

#: The reader asked whether they are not on the list yet ('Not on our list yet?', 'Pas encore inscrit ?',
#: '¿Todavía no estás suscrito?', 'Noch nicht angemeldet?', 'Non sei ancora iscritto?', 'Ainda não é
#: inscrito?'): a question that only a sign-up box puts, in six languages.
NOT_YET = r"""(?:
    not\s+(?:yet\s+)?(?:on|in)\s+our\s+(?:mailing\s+|e-?mail\s+)?list(?:\s+yet)?
    | not\s+(?:yet\s+)?(?:subscribed|signed\s+up|a\s+subscriber)(?:\s+(?:to|for)\s+(?:our|the)\s+(?:newsletter|list|emails?|briefing))?(?:\s+yet)?
    | (?:have\s*n['’]?t|haven['’]t|have\s+not)\s+(?:yet\s+)?(?:subscribed|signed\s+up)(?:\s+(?:to|for)\s+(?:our|the)\s+\w+)?(?:\s+yet)?  # en
    | (?:(?:vous\s+n['’]êtes|tu\s+n['’]es)\s+)?pas\s+encore\s+(?:inscrite?s?|abonnée?s?)(?:\s+à\s+(?:notre|la)\s+(?:newsletter|lettre|liste)\w*)?  # fr
    | (?:¿\s*)?(?:todav[ií]a|a[uú]n)\s+no\s+(?:est[aá]s|est[aá]|te\s+has|se\s+ha)\s+(?:suscrit[oa]|apuntad[oa]|registrad[oa]|en\s+nuestra\s+lista)  # es
    | noch\s+nicht\s+(?:angemeldet|abonniert|registriert|auf\s+unserer\s+liste|im\s+verteiler)                       # de
    | (?:non\s+(?:sei|siete)\s+ancora|ancora\s+non)\s+(?:iscritt[oaie]|abbonat[oaie])                                # it
    | ainda\s+não\s+(?:é|está|se)\s+(?:inscrit[oa]|cadastrad[oa]|assinante|na\s+nossa\s+lista|inscreveu|cadastrou))  # pt
    (?:\s+(?:to|for|à|a|al|alla|na|no|in|zu|für|für\s+den)\s+[^?\n]{0,40}?)?(?=\s*\?)"""

SIGNUP = (
    Rule(
        name="newsletter.fomo_question",
        leads=('want', 'do', 'don', 'wish', 'sie', 'du', 'wollen', 'willst', 'möchten', 'möchtest', 'vous', 'tu',
               'ne', 'envie', 'quieres', 'quiere', 'querés', 'no', 'non', 'vuoi', 'volete', 'não', 'quer'),
        kind="newsletter",
        patterns=(
            r"""^[\W\p{Variation_Selector}]{0,4}""" + FOMO_QUESTION + r"""\s*\?[\W\p{Variation_Selector}]{0,4}$""",
        ),
        context="not_reported",
        max_words=FOMO_QUESTION_MAX_WORDS,
        weight=1.0,
        why="A paragraph that is nothing but the question 'Don't want to miss a thing?' heads a sign-up box; "
            "enough alone (not pinned), since a news paragraph never consists of that one question.",
        examples=("Don't want to miss a thing?", "Du willst keine Folge mehr verpassen?", "¿No quieres perderte nada?",
                  "Vous ne voulez rien rater ?", "Non vuoi perderti nulla? 📬"),
        counterexamples=("Don't want to miss a thing? Then arrive early, organisers said, as gates close at 7.",
                         "Sie wollen nichts verpassen? Das Festival beginnt um 18 Uhr auf dem Marktplatz."),
    ),
    Rule(
        name="newsletter.not_yet",
        triggers=('not on our', 'not in our', 'not yet on', 'not yet in', 'not subscribed', 'not yet subscribed',
                  'not signed up', 'not yet signed', 'not a subscriber', 'not yet a', "haven't", 'haven’t', 'havent',
                  'have not', 'pas encore', 'todavía no', 'todavia no', 'aún no', 'aun no', 'noch nicht', 'non sei ancora',
                  'non siete ancora', 'ancora non', 'ainda não'),
        kind="newsletter",
        patterns=(fragment(NOT_YET + OUTSIDE_QUOTES + "\n"),),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="'Not on our list yet?' asks the reader to sign up, as a question only a sign-up box puts; a news "
            "question about someone else's registration names it and reports the answer.",
        examples=("Not subscribed yet? It takes ten seconds and costs nothing.",
                  "(Haven't signed up yet? Our Friday letter is where the scoops land first.)",
                  "Pas encore inscrite à notre lettre ? Elle arrive chaque lundi.",
                  "¿Todavía no estás suscrito? Te llega gratis cada viernes.",
                  "Noch nicht angemeldet? Der Newsletter kommt jeden Morgen um sieben.",
                  "Non sei ancora iscritto? È gratis.", "Ainda não é inscrito? Leva um minuto."),
        counterexamples=("Not on the voter roll yet? Officials say the deadline is Friday.",
                         "Haven't signed up yet? Many farmers have not, the ministry said, and the deadline is near.",
                         "« Pas encore inscrit ? » demande la secrétaire à chaque parent qui arrive, raconte le directeur."),
    ),
    Rule(
        name="newsletter.sign_off",
        triggers=('thanks for', 'thank you for', 'thanks so', 'thank you so', 'thanks very', 'thank you very',
                  'merci de', 'merci pour', "merci d'", 'merci d’', 'gracias por', 'danke für', 'grazie per',
                  'grazie di', 'obrigado por', 'obrigada por'),
        kind="newsletter",
        patterns=(
            fragment(THANKS_FOR_READING) + r"""(?=\s*(?:[!.…]|$))""",   # a sentence of its own: 'Thanks for reading!'
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=1.0,
        why="'Thanks for reading!' signs off a story and opens the promo after it; enough on its own (not "
            "pinned), so it goes with the ask below it when both are glued onto a body paragraph.",
        examples=("Thanks so much for reading!", "Merci de nous avoir lus. Notre lettre arrive chaque lundi."),
        counterexamples=("“Thanks for reading,” the columnist wrote in her last piece, and she signed off.",
                         "Thanks for reading aloud to the class, the teacher told the volunteers, was her daily line."),
    ),
    Rule(
        name="newsletter.subscribe_to_title",
        triggers=('subscribe to', 'subscribe for free to', 'subscribe free to'),
        kind="newsletter",
        patterns=(
            # 'Subscribe to The Tide Table for weekend reads': the imperative opening a sentence, then a title
            # in capitals, then what it brings or the sentence's end
            # (the literal first, the sentence start before it a lookbehind)
            r"""subscribe(?<=(?:^|[.!?…:;|•·–—]\s+)\W{0,3}subscribe)\s+(?:for\s+free\s+|free\s+)?to\s+""" + NOT_A_CHANNEL + r"""["“„«‘]?
                (?-i:\p{Lu})[\w'’-]*(?:\s+(?:(?-i:\p{Lu})[\w'’-]*|of|the|and|&|on|in|at|for)){0,5}["”“»’]?
                (?:\s+(?:for|to\s+(?:get|receive)|and\s+(?:get|receive))\b|\s*[—–:]|\s*[.!]?\s*$)""" + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="'Subscribe to <Title> for …' asks the reader to sign up for a named letter; news does not open a "
            "sentence with that imperative outside quotes.",
        examples=("Subscribe to Field Notes for a weekly dose of farm news and recipes.",
                  "Liked this? Subscribe to “The Night Shift” and get it every Friday."),
        counterexamples=("Subscribe to The Daily wherever you get your podcasts, the host says at the end of each show.",
                         "Subscribe to Harbour Gazette on YouTube, the hoax message told pensioners.",
                         "Customers who subscribe to Netflix for a year pay less, the company said."),
    ),
    Rule(
        name="newsletter.mailing_list",
        triggers=('únete', 'unete', 'súmate', 'sumate', 'suscr', 'apúntate', 'apuntate', 'rejoignez', 'rejoins',
                  'inscrivez', 'inscris', 'abonnez', 'unisciti', 'iscriviti', 'junte-se', 'junta-te', 'inscreva',
                  'entre na', 'entre para', 'tragen sie', 'trag dich', 'trage dich'),
        kind="newsletter",
        patterns=(
            r"""
            (?:\b(?:únete|unete|súmate|sumate|suscr[ií]bete|apúntate|apuntate|únase|suscríbase          # es
              |rejoignez|rejoins|inscrivez-vous|inscris-toi|abonnez-vous|abonne-toi                 # fr
              |unisciti|iscriviti|entra                                                             # it
              |junte-se|junta-te|inscreva-se|entre)\s+                                              # pt
                (?:(?:a|à|al|na|no|alla|nella|en|dans|para|in)\s+)?(?:l['’]|la\s+|a\s+)?
                (?:nuestra|nuestro|notre|nossa|nosso|nostra)\s+""" + MAILING_LIST + r"""\b
            | \b(?:tragen\s+sie\s+sich|trag(?:e)?\s+dich)\s+in\s+unsere[nrm]?\s+""" + MAILING_LIST + r"""\b)  # de
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="'Join our mailing list' in Spanish, French, Italian, Portuguese and German: an imperative and "
            "'our' list; a report says whose list and in reported speech.",
        examples=("¡Súmate a nuestra lista de correo y recibe la agenda cada jueves!",
                  "Rejoignez notre liste de diffusion : un courriel par semaine, pas plus.",
                  "Junte-se à nossa lista de e-mails para não perder nenhuma edição."),
        counterexamples=("«Únete a nuestra lista de correo», decía el mensaje fraudulento, según la policía.",
                         "La asociación invitó a los vecinos a unirse a su lista de correo para recibir avisos."),
    ),
    Rule(
        name="newsletter.push_alerts",
        triggers=('notifica', 'notifiche', 'benachrichtigung', 'mitteilungen', 'alert', 'eilmeldung'),
        kind="newsletter",
        patterns=(
            # turning on the outlet's notifications, the block ending there or 'our' notifications
            # (the nouns first, the imperative at a sentence start a lookbehind checked once they matched)
            r"""
            (?:notificações|notifications|notificaciones|benachrichtigungen|mitteilungen|notifiche|alerts|alertas|alertes)\b
                (?=[\W\p{Variation_Selector}]*$                                    # the button: '… ative as notificações 🔔'
                  # or what they bring, then the link's arrow or news the outlet covers: '… for election night results →',
                  # 'activez les alertes pour les résultats du scrutin' (not 'for the weather app')
                  |\s+(?:for|on|about|pour|sur|para|sobre|de|für|zu|zum|zur|per|su|sui|sulle)\s+[^.!?\n]{0,50}?
                    (?:[→›»➜▸▶]\W*$|\b(?:results|coverage|updates|headlines|scores|breaking\s+news|live\s+blog
                    |résultats|couverture|actualités|resultados|cobertura|noticias|notícias|últimas|ergebnisse|eilmeldungen
                    |berichterstattung|nachrichten|risultati|notizie|aggiornamenti|diretta|en\s+direct|en\s+directo|ao\s+vivo)\b))
                (?<=(?:^|[.!?:–—|]\s+)[\W\p{Variation_Selector}]{0,4}
                (?:ative|ativa|activez|active|activa|actívalas|activá|aktivieren\s+sie|aktiviere|attiva|attivate|turn\s+on
                  |enable|switch\s+on)\s+
                (?:(?:as|les|las|los|die|le|the|our|nos|nossas|nuestras|unsere|le\s+nostre)\s+)?(?:push[\s-]?)?\w+)
            """ + OUTSIDE_QUOTES,
            # receiving the breaking-news alerts, led by the imperative: 'Receba os alertas de última hora'
            r"""
            (?:receba|recebe|recibe|recevez|reçois|ricevi|erhalten\s+sie)
                (?<=(?:^|[.!?:–—|]\s+)[\W\p{Variation_Selector}]{0,4}(?:receba|recebe|recibe|recevez|reçois|ricevi|erhalten\s+sie))
                \s+(?:gratuitamente\s+|gratis\s+|gratuitement\s+|kostenlos\s+)?(?:os|as|les|los|las|die|le|gli|i)\s+
                (?:alertas?|alertes?|notificações|notificaciones|notifications|notifiche|eilmeldungen|push-?mitteilungen)\s+
                (?:de\s+(?:última|dernière)\s+(?:hora|minute)|urgentes?|info|dell['’]ultima\s+ora|en\s+direct)\b
            """ + OUTSIDE_QUOTES,
            # signing up for the outlet's alerts, the imperative opening a sentence or following a label:
            # 'BREAKING NEWS: Sign up to get push notifications when big stories break.'  The alerts close the
            # sentence or say what they bring; 'from your county's app' is a how-to about someone else's alerts
            r"""
            (?:notifications|alerts)\b
                (?=\s*(?:[.!;—–]|$|(?:when|whenever|as\s+soon\s+as|the\s+moment)\s+(?:major\s+|big\s+|important\s+)?
                  (?:news|stories|a\s+(?:big\s+|major\s+)?story|something\s+big|it)\b|(?:on|about|for)\s+(?:major|big|breaking
                  |top|the\s+(?:biggest|latest))\b|from\s+(?:us|our)\b|and\s+(?:hear|be\s+the\s+first|know|learn|find\s+out)\b))
                (?<=(?:^|[.!?:–—|]\s+)[\W\p{Variation_Selector}]{0,4}(?:sign\s*up|opt\s+in|register|subscribe)\s+
                (?:now\s+|here\s+|today\s+)?(?:(?:to|and)\s+(?:receive|get)|for)\s+(?:our\s+)?(?:free\s+)?
                (?:push\s+notifications|(?:breaking[\s-]news|news|text|sms|push|mobile|e-?mail)\s+alerts))
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="An ask to turn on the outlet's notifications or receive its breaking-news alerts, led by an "
            "imperative; a how-to sentence goes on to say what for, and a report is in reported speech.",
        examples=("Não perca nada: ative as notificações 🔔", "Recibe las alertas de última hora en tu móvil.",
                  "Turn on notifications 🔔", "LIVE UPDATES: Sign up for our free news alerts on the biggest stories.",
                  "Subscribe to get push notifications whenever news breaks.",
                  "Switch on notifications for live coverage of the count →",
                  "Aktivieren Sie die Benachrichtigungen für die Ergebnisse der Landtagswahl"),
        counterexamples=("Turn on notifications for the weather app to get warnings before storms arrive.",
                         "Quem recebe os alertas de última hora da Defesa Civil deve deixar a área, segundo o órgão.",
                         "«Activez les notifications», conseille la préfecture aux habitants de la vallée.",
                         "Residents can register for push notifications from the county's emergency app before storm season.",
                         "Residents who sign up for text alerts when floods threaten will get a call, the county said.",
                         "Turn on alerts for your bank card to spot fraud early, consumer groups advise."),
    ),
)
