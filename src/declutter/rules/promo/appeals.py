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
GIFT_WORD = r"""(?:donat\w*|donor|gift|contribut\w*|chip\s+in|pitch\s+in|support\s+us|become\s+a\s+(?:member|supporter)
    |donaci[oó]n|donativo|aporte|apóyanos|apoyanos|apoya\s+(?:a|nuestro)|hazte\s+soci[oa]|don\b|dons\b|faites\s+un\s+don
    |soutenez|soutenir|donazione|sostienici|sostieni|contributo|doação|doe\b|apoie|contribua|contribuição|spende\w*
    |unterstütze\w*|unterstützen\s+sie)"""

#: What the ask after it is about: a newsletter.
LETTER_WORD = r"""(?:newsletter|mailing\s+list|bolet[ií]n|infolettre|lettre\s+d['’]information|boletim)"""

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
)
