"""Asks that lean on this very story or on how the outlet is run, not on a sign-up or a gift word.

'If this story helped you, …' opens an ask for money or for a sign-up in six languages; 'we never
put our reporting behind a paywall' is a donation box's reasons (the tax status is in :mod:`.offers`); 'Donations: …' is its label.  The
grammar carries the notice: the story as what the reader liked (a news sentence reports what *others*
liked), the outlet's own paywall.
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule
from .vocab import NEWSLETTER_LABEL_MAX_WORDS, NO_OTHER_RECIPIENT

#: The reader liked or used this very story ('If you enjoyed this report', 'Si te gustó esta nota',
#: 'Se gostou desta reportagem', 'Si cet article vous a plu', 'Se ti è piaciuto questo articolo',
#: 'Wenn Ihnen dieser Beitrag gefallen hat'): a conditional that opens an ask.
IF_YOU_LIKED = r"""
    (?:if\s+(?:you\s+(?:liked|enjoyed|valued|appreciated)\s+(?:this|these|our|reading)
        |you\s+found\s+(?:value\s+in\s+this|this\s+\w+\s+(?:useful|helpful|valuable))
        |this\s+(?:story|article|report|piece|reporting|explainer|guide|investigation)\s+(?:informed|helped|mattered\s+to
        |was\s+(?:useful|helpful|valuable)\s+(?:to|for))\s+you)                                     # en
    |si\s+(?:te|le|les|os)\s+(?:ha\s+|han\s+)?(?:gust(?:ó|ado|aron)|servid[oa]|sirvi(?:ó|eron)|result(?:ó|ado)\s+útil)
        \s+(?:est[aeo]s?|nuestr[oa]s?|lo\s+que)\b                                                 # es
    |si\s+(?:vous\s+avez|tu\s+as)\s+(?:aimé|apprécié)\s+(?:cet|cette|ce|ces|nos|notre|nous\s+lire)\b
    |si\s+(?:cet|cette|ce)\s+(?:article|enquête|reportage|texte)\s+vous\s+a\s+(?:plu|été\s+utile|intéressée?)  # fr
    |se\s+(?:ti|vi)\s+(?:è|sono)\s+piaciut[oaie]\s+(?:quest[oaie]|il\s+nostro|la\s+nostra)\b
    |se\s+hai\s+apprezzato\s+(?:quest[oa]|il\s+nostro|la\s+nostra)\b
    |se\s+(?:questo|questa)\s+(?:articolo|inchiesta|storia)\s+ti\s+è\s+(?:piaciut[oa]|stat[oa]\s+utile)     # it
    |se\s+(?:você\s+)?(?:gostou|curtiu)\s+(?:dest[ae]s?|dess[ae]s?|d[oa]\s+noss[oa]|de\s+ler)\b
    |se\s+(?:esta|essa|este|esse)\s+(?:reportagem|matéria|texto|artigo)\s+(?:foi\s+útil|te\s+ajudou|lhe\s+foi\s+útil)  # pt
    |wenn\s+(?:ihnen|dir|euch)\s+(?:dieser|diese|dieses)\s+(?:artikel|text|beitrag|recherche|geschichte|bericht)\s+
        (?:gefallen\s+hat|gefällt|geholfen\s+hat|genützt\s+hat)                                     # de
    # the same as a question of its own: 'Did this story help you?', '¿Te sirvió esta nota?', 'Gostou deste
    # texto?', 'Cet article vous a plu ?', 'Ti è piaciuto questo articolo?', 'Hat Ihnen dieser Text geholfen?'
    |did\s+this\s+(?:story|article|piece|report|explainer|guide)\s+(?:help|inform)\s+you\s*\?
    |found\s+this\s+(?:story|article|piece|report|explainer|guide)\s+(?:useful|helpful|valuable)\s*\?
    |(?:te|le|les|os)\s+(?:ha\s+|han\s+)?(?:gust(?:ó|ado|aron)|servid[oa]|sirvi(?:ó|eron))\s+(?:est[aeo]s?|nuestr[oa]s?)\s+[^?.!\n]{0,30}\?
    |(?:você\s+)?(?:gostou|curtiu)\s+(?:dest[ae]s?|dess[ae]s?)\s+[^?.!\n]{0,30}\?
    |(?:cet|cette|ce)\s+(?:article|enquête|reportage|texte)\s+vous\s+a\s+(?:plu|été\s+utile|intéressée?)\s*\?
    |(?:ti|vi)\s+(?:è|sono)\s+piaciut[oaie]\s+quest[oaie]\s+[^?.!\n]{0,30}\?
    |(?:questo|questa)\s+(?:articolo|inchiesta|storia)\s+ti\s+è\s+stat[oa]\s+utile\s*\?
    |(?:hat|haben)\s+(?:ihnen|dir|euch)\s+(?:dieser|diese|dieses|der|die|das)\s+(?:artikel|text|beitrag|recherche
        |geschichte|bericht)\s+(?:gefallen|geholfen|genützt)\s*\?)
"""

#: Where the conditional starts, one for each language's opening words (the rules' triggers).
IF_YOU_LIKED_TRIGGERS = (
    'if you liked', 'if you enjoyed', 'if you valued', 'if you appreciated', 'if you found', 'if this story',
    'if this article', 'if this report', 'if this piece', 'if this explainer', 'if this guide',
    'if this investigation', 'si te gust', 'si te ha', 'si te sirv', 'si te result', 'si le gust', 'si le ha',
    'si le sirv', 'si les', 'si os', 'si vous avez aim', 'si vous avez appr', 'si tu as aim', 'si tu as appr',
    'si cet article', 'si cette enqu', 'si ce reportage', 'si ce texte', 'se ti è', 'se ti sono', 'se vi è',
    'se vi sono', 'se hai apprezzato', 'se questo articolo', 'se questa', 'se você', 'se gostou', 'se curtiu',
    'se esta', 'se essa', 'se este', 'se esse', 'wenn ihnen dies', 'wenn dir dies', 'wenn euch dies',
    'did this', 'found this', 'te gust', 'te ha', 'te han', 'te sirv', 'le gust', 'le ha', 'le sirv', 'les gust', 'os gust',
    'gostou', 'curtiu', 'você gostou', 'você curtiu', 'vous a plu', 'vous a été', 'vous a intéress', 'ti è piac',
    'ti sono piac', 'vi è piac', 'vi sono piac', 'ti è stat', 'hat ihnen', 'hat dir', 'hat euch', 'haben ihnen',
)

#: What the ask after it is about: money.
GIFT_WORD = r"""(?:donat\w*|donor|gift|contribut\w*|chip\s+in|pitch\s+in|support(?:ing)?\s+us|become\s+a\s+(?:member|supporter)
    |support(?:ing)?\s+our\s+(?:work|journalism|reporting|newsroom)
    |donaci[oó]n|donativo|aporte|apóyanos|apoyanos|apoyarnos|apoya\s+(?:a|nuestro)|apoyar\s+(?:a|nuestro|el)|hazte\s+soci[oa]
    |don\b|dons\b|faites\s+un\s+don|soutenez|soutenir|donazione|sostienici|sostieni|sostener(?:ci|e|lo|la)|contributo|doação
    |doe\b|apoie|apoiar(?:-nos)?|nos\s+apoiar|contribua|contribuição|spende\w*|unterstütze\w*|unterstützen\s+sie)"""

#: What the ask after it is about: a newsletter.
LETTER_WORD = r"""(?:newsletter|mailing\s+list|bolet[ií]n|infolettre|lettre\s+d['’]information|boletim)"""

#: A donation box's heading: how many ways, or how, to support the outlet or its journalism (en, fr, es, de,
#: it, pt).  What is supported is the outlet ('us', 'our work') or journalism: 'Three ways to support a
#: grieving friend' is advice.
WAYS_TO_SUPPORT = r"""(?:
    (?:(?:\d+|two|three|four|five|several|other|more)?\s*ways\s+(?:you\s+can\s+|to\s+)(?:support|help|back|fund)
        |how\s+(?:you\s+can|to)\s+(?:support|help|back|fund))\s+(?:us|our\s+(?:work|journalism|reporting|newsroom)
        |(?:independent|local|nonprofit|public-interest)\s+(?:journalism|news|media))                                # en
  | (?:(?:\d+|deux|trois|quatre|cinq|plusieurs)\s+(?:façons|manières|moyens)\s+de|comment)\s+(?:nous\s+(?:soutenir|aider)
        |soutenir\s+(?:notre\s+(?:travail|journalisme|rédaction)|le\s+journalisme\s+(?:indépendant|local)))             # fr
  | (?:(?:\d+|dos|tres|cuatro|cinco|varias)\s+(?:formas|maneras)\s+de|c[oó]mo)\s+(?:apoyarnos|ayudarnos
        |apoyar\s+(?:nuestro\s+(?:trabajo|periodismo)|el\s+periodismo\s+(?:independiente|local)))                  # es
  | (?:(?:\d+|zwei|drei|vier|fünf)\s+(?:wege|möglichkeiten),?|so\s+können\s+sie|wie\s+sie)\s+(?:uns|unsere\s+arbeit
        |unabhängigen\s+journalismus)\s+(?:zu\s+)?unterstützen(?:\s+können)?                                       # de
  | (?:(?:\d+|due|tre|quattro|cinque)\s+modi\s+per|come)\s+(?:sostenerci|aiutarci|sostenere\s+(?:il\s+nostro\s+(?:lavoro
        |giornalismo)|il\s+giornalismo\s+(?:indipendente|locale)))                                                  # it
  | (?:(?:\d+|duas|três|quatro|cinco)\s+(?:formas|maneiras)\s+de|como)\s+(?:nos\s+apoiar|apoiar-nos|nos\s+ajudar
        |apoiar\s+(?:o\s+nosso\s+trabalho|o\s+jornalismo\s+(?:independente|local)|nosso\s+(?:trabalho|jornalismo))))  # pt
"""

#: One way to give, as a donation box lists it: 'a monthly donation', '2. un don ponctuel', 'doação única'.
GIFT_OPTION = r"""(?:
    (?:an?\s+)?(?:one-?time|single|monthly|recurring|annual|yearly)\s+(?:donation|gift|contribution)           # en
  | (?:une?\s+)?don\s+(?:ponctuel|mensuel|régulier|unique|annuel)                                            # fr
  | (?:una?\s+)?(?:donaci[oó]n|aporte|aportación)\s+(?:única|único|puntual|mensual|recurrente|anual)            # es
  | (?:eine\s+)?(?:einmalige|monatliche|regelmäßige|jährliche)\s+spende                                         # de
  | (?:una\s+)?donazione\s+(?:singola|una\s+tantum|mensile|ricorrente|annuale)                                 # it
  | (?:uma\s+)?doação\s+(?:única|mensal|recorrente|anual|pontual))"""

APPEALS = (
    Rule(
        name="donation.if_you_liked",
        triggers=IF_YOU_LIKED_TRIGGERS,
        kind="donation",
        patterns=(
            r"""\b""" + IF_YOU_LIKED + OUTSIDE_QUOTES + r"""[^.!?\n]{0,80}?(?:[.!?]\s*[^.!?\n]{0,80}?)?\b"""
            + GIFT_WORD + NO_OTHER_RECIPIENT,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="'If this story helped you, give …': the reader's use of this very story, then an ask for money, in "
            "six languages; a report says what others liked, and a charity's appeal names the charity.",
        examples=(
            "If you valued this explainer, a small gift keeps the next one coming.",
            "Si te sirvió esta nota, apóyanos con un aporte de cualquier monto.",
            "Se você gostou deste texto, apoie a redação com uma contribuição mensal.",
            "Si cet article vous a plu, soutenez notre travail par un don.",
            "Se questo articolo ti è stato utile, sostienici con una piccola donazione.",
            "Wenn Ihnen dieser Beitrag gefallen hat, unterstützen Sie uns mit einer Spende.",
            "Did this guide help you? A gift of any size keeps the next one free.",
            "¿Te sirvió esta nota? Apóyanos con un aporte mensual.",
            "Se ti è piaciuto questo articolo, pensa a sostenerci: senza lettori non esistiamo.",
            "If you valued this story, please consider supporting our newsroom.",
        ),
        counterexamples=(
            "If you liked the old park, the mayor said, you will love the new one, built with a $2 million donation.",
            "Si te gustó el concierto, la orquesta acepta donaciones para la gira, explicó su director.",
            "If this story helped you, consider giving to the county food bank, a registered charity.",
        ),
    ),
    Rule(
        name="newsletter.if_you_liked",
        triggers=IF_YOU_LIKED_TRIGGERS,
        kind="newsletter",
        patterns=(
            r"""\b""" + IF_YOU_LIKED + OUTSIDE_QUOTES + r"""[^.!?\n]{0,80}?(?:[.!?]\s*[^.!?\n]{0,80}?)?\b"""
            + LETTER_WORD + r"""\b(?<!\b(?:your|their|tu|votre|ihr|deine?n?|il\s+tuo|o\s+seu|seu)\s+(?:own\s+|propio\s+|propre\s+)?"""
            + LETTER_WORD + r""")""",
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="'If you enjoyed this story, get our newsletter': the reader's liking of this very story, then the "
            "outlet's letter, in six languages; the reader's own newsletter is advice, a report names who liked it.",
        examples=(
            "If you enjoyed this piece, our Friday newsletter has five more like it.",
            "Si te ha gustado esta historia, recibe gratis nuestro boletín de los domingos.",
            "Se gostou desta reportagem, assine a nossa newsletter semanal.",
        ),
        counterexamples=(
            "If you liked this recipe, add it to your own newsletter for customers, the baker suggests.",
            "Si vous avez aimé le festival, sa newsletter annonce déjà l'édition 2026, précise l'organisatrice.",
        ),
    ),
    Rule(
        name="donation.no_paywall",
        triggers=('paywall', 'only works if', 'only works when', 'only works because'),
        kind="donation",
        patterns=(
            r"""
            # the outlet on its own paywall: 'we don't put our reporting behind a paywall'
            \bwe\s+(?:don['’]t|do\s+not|won['’]t|will\s+not|will\s+never|never|refuse\s+to)\s+(?:put|lock|hide|place)\s+
                (?:our|this|any\s+of\s+our)\s+(?:[\w-]+\s+)?(?:journalism|reporting|stories|work|coverage|articles|news)\s+
                behind\s+(?:a\s+)?paywall
            # and why that needs the reader: 'It only works when enough readers chip in.'
            | \b(?:that|this|it)\s+only\s+works\s+(?:if|when|because)\s+(?:some\s+of\s+|enough\s+of\s+|more\s+of\s+|each\s+of\s+)?
                (?:you|our\s+readers|readers\s+like\s+you)\s+(?:pay|give|chip\s+in|pitch\s+in|support\s+it|contribute|donate)\b
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="A donation box explains that the outlet keeps its own reporting outside a paywall and that this needs "
            "readers who pay; news about paywalls names whose paywall and who said so.",
        examples=(
            "We will never lock our local coverage behind a paywall.",
            "Everything we publish is open to all. It only works because enough of you chip in.",
        ),
        counterexamples=(
            "“We don't put our reporting behind a paywall,” the publisher told the conference.",
            "The paper's owners say the model only works if readers pay, but subscriptions fell 8 percent.",
        ),
    ),
    Rule(
        name="donation.label",
        leads=('donation', 'donate', 'support', 'spenden', 'dons', 'donaci', 'donativos', 'donazioni', 'doaç', 'doac'),
        kind="donation",
        patterns=(
            r"""
            # a donation box headed by its label and a colon: 'Donations: We are run by volunteers …'
            ^\W{0,3}(?:donations?|donate|support(?:\s+us)?|spenden|dons|donaciones|donativos|donazioni|doações|doacoes)\s*[:|–—]\s*\S
            """ + NO_OTHER_RECIPIENT,
        ),
        context="self",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="A donation box's label, then the outlet on itself ('Donations: we are a student paper …'); a "
            "charity drive's notice in a news story does not speak as 'we' and names the charity.",
        examples=(
            "Donations: We are a volunteer-run weekly. Help us pay the printer → example.org/give",
            "Spenden: Wir sind ein kleines Team ohne Verlag. Unterstützen Sie uns.",
        ),
        counterexamples=(
            "Donations: residents can leave canned food and blankets at the fire station until Friday.",
            "Support: the plan won backing from 60 percent of voters in the latest poll.",
            "Donations: we thank everyone who gave to the hospice charity this winter.",
        ),
    ),
    Rule(
        name="donation.ways_to_support",
        triggers=('ways to', 'ways you', 'how you can', 'how to support', 'how to help', 'façons de', 'manières de',
                  'moyens de', 'comment nous', 'comment soutenir', 'formas de', 'maneras de', 'cómo apoya', 'como apoya',
                  'cómo ayuda', 'como ayuda', 'wege', 'möglichkeiten', 'so können sie', 'wie sie uns', 'wie sie unsere',
                  'modi per', 'come sosten', 'come aiutarci', 'maneiras de', 'como nos', 'como apoiar',
                  # the gift options the list names
                  'one-time', 'onetime', 'single gift', 'single donation', 'monthly gift', 'monthly donation',
                  'monthly contribution', 'recurring', 'annual gift', 'don ponctuel', 'don mensuel', 'don régulier',
                  'don unique', 'donación', 'donacion', 'aporte', 'aportación', 'spende', 'donazione', 'doação', 'doacao'),
        kind="donation",
        patterns=(
            # the heading opening the block, then a colon, a list or the end: 'Three ways to support us:'
            r"""^[\W\d_]{0,4}""" + WAYS_TO_SUPPORT + r"""\s*(?:[:?!]|$|\s+\d[.)])""" + NO_OTHER_RECIPIENT,
            # the list itself: two gift options in a row ('1. un don unique 2. un don chaque mois')
            r"""\b""" + GIFT_OPTION + r"""\b[^\n]{0,40}?\b""" + GIFT_OPTION + r"""\b""" + NO_OTHER_RECIPIENT,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="A donation box's heading ('3 ways to support us:') or its list of gift options; advice names "
            "whom to support, and a report on a charity names the charity.",
        examples=("Three ways you can support our reporting:", "Deux façons de nous aider : un don ou un partage.",
                  "4 formas de apoyar el periodismo independiente: 1. Donación única 2. Donación mensual",
                  "So können Sie uns unterstützen:", "Tre modi per sostenerci", "Como nos apoiar?",
                  "Give once or give monthly: a one-time gift or a monthly gift, whatever suits you."),
        counterexamples=("Three ways to support a grieving friend, according to hospice nurses",
                         "Five ways to help flood victims: give to the charity appeal or volunteer.",
                         "The charity offers a one-time donation or a monthly donation by direct debit."),
    ),
    Rule(
        name="donation.gift_option_item",
        leads=("a", "an", "one", "single", "monthly", "recurring", "annual", "yearly", "un", "une", "don", "una",
               "donaci", "aporte", "aportaci", "eine", "einmalige", "monatliche", "regelmäßige", "jährliche",
               "donazione", "uma", "doação", "doacao", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        kind="donation",
        patterns=(
            # one gift option alone on a list line: '2. un don mensuel', '- Monthly donation'
            r"""^[\W_]{0,3}(?:\d{1,2}[.)]\s*)?""" + GIFT_OPTION + r"""[\W_]{0,3}$""",
        ),
        max_words=6,
        in_tables=False,
        weight=1.0,
        why="A list line naming one way to give ('2. un don mensuel') is a donation box's item; at the "
            "threshold, not pinned, since a giving guide may list the same options.",
        examples=("1. un don ponctuel", "- Monthly donation", "3) Doação mensal", "Einmalige Spende"),
        counterexamples=("Monthly donations fell 8% last year", "1. Donación única del Gobierno por la DANA"),
    ),
)
