"""Sign-up asks the main newsletter rules miss: a newsletter named by its title ('Subscribe to The
Tide Table for …'), a mailing list joined in five languages, push alerts, and the sign-off that
opens the box ('Thanks for reading!').
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .vocab import NEWSLETTER_LABEL_MAX_WORDS

#: A newsletter's sign-off opening the promo after the story: 'Thanks for reading!' (en, fr, es, de, it, pt).
THANKS_FOR_READING = r"""
    (?:thanks|thank\s+you)\s+(?:(?:so|very)\s+much\s+)?for\s+reading(?:\s+(?:this|our\s+\w+|to\s+the\s+end|all\s+the\s+way))?
    |merci\s+(?:de\s+nous\s+avoir\s+lue?s?|pour\s+votre\s+lecture|de\s+votre\s+lecture|d['’]avoir\s+lu)
    |gracias\s+por\s+(?:leernos|leer|tu\s+lectura)|danke\s+(?:fürs\s+lesen|für\s+(?:ihr|dein)\s+interesse)
    |grazie\s+(?:per\s+aver\s+letto|di\s+averci\s+letto)|obrigad[oa]\s+por\s+(?:ler|nos\s+ler|sua\s+leitura)
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

SIGNUP = (
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
                         "Subscribe to Harbour Gazette on YouTube",
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
                (?=[\W\p{Variation_Selector}]*$)                                   # the button: '… ative as notificações 🔔'
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
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="An ask to turn on the outlet's notifications or receive its breaking-news alerts, led by an "
            "imperative; a how-to sentence goes on to say what for, and a report is in reported speech.",
        examples=("Não perca nada: ative as notificações 🔔", "Recibe las alertas de última hora en tu móvil.",
                  "Turn on notifications 🔔"),
        counterexamples=("Turn on notifications for the weather app to get warnings before storms arrive.",
                         "Quem recebe os alertas de última hora da Defesa Civil deve deixar a área, segundo o órgão.",
                         "«Activez les notifications», conseille la préfecture aux habitants de la vallée."),
    ),
)
