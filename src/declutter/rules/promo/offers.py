"""Paid offers and their small print: 'Subscribe from $1 a week', 'Cancel anytime', 'Donations are
tax-deductible to the extent allowed by law'.

A subscription sold with a price is an ask for the reader's money, like a donation box (kind
``donation``); its imperative ('Subscribe', 'Abonnez-vous') also fires the newsletter rules (2.0),
so these weigh a little more.
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .vocab import NEWSLETTER_LABEL_MAX_WORDS

#: A price offer outweighs the newsletter sign-up that its 'Subscribe' also fires (2.0), and a
#: tax-deductible gift the footer's tax-status line ('X is a 501(c)(3) newsroom', 2.0) beside it.
PAID_OFFER_WEIGHT = 2.25

#: A price: '$1', '1 €', 'R$ 4,90', '99p', '2 euros'.
PRICE = r"""
    (?:(?:r\$|us\$|a\$|c\$|[$€£])\s?\d[\d.,]*
      |\d[\d.,]*\s*(?:€|£|\$|euros?|dollars?|reais|francs?|chf|pesos|cents?|p\b|ct\b))
"""

#: Subscribe, as an imperative, in six languages (the polite and familiar forms).
SUBSCRIBE = r"""
    (?:subscribe|abonnez-vous|abonne-toi|suscr[ií]b(?:ete|ase|ite)|abonnieren\s+sie|abonniere|abbonati|abbonatevi
      |assine|subscreva|subscreve|assina)
"""

#: 'Cancel anytime' and its kin, the small print of a paid offer (fr, es, de, it, pt).
CANCEL_ANY_TIME = r"""
    (?:cancel\s+(?:at\s+)?any\s*time|cancel\s+whenever\s+you\s+(?:like|want)
      |(?:sans\s+engagement|résiliable\s+(?:à\s+tout\s+moment|en\s+un\s+clic))
      |cancela\s+cuando\s+quieras|(?:sin\s+permanencia|cancelable\s+en\s+cualquier\s+momento)
      |jederzeit\s+kündbar|monatlich\s+kündbar
      |disdici\s+quando\s+vuoi|(?:senza\s+vincoli|disdicibile\s+in\s+qualsiasi\s+momento)
      |cancele\s+quando\s+quiser|(?:sem\s+fidelidade|sem\s+multa))
    (?=\s*(?:[.!;|·•)\]]|$))
"""

#: An outlet's word for itself, before its nonprofit status and the tax relief on gifts to it.
OUTLET_NOUN = r"""(?:newsroom|news\s+(?:site|outlet|organi[sz]ation|service)|newspaper|magazine|publication|station
    |journalis\w*|redaktion|zeitung|magazin|medienhaus|rédaction|journal|média|redacci[oó]n|periodismo|diario|peri[oó]dico
    |revista|redazione|giornal\w*|testata|rivista|redação|jornal\w*)"""

#: The outlet's nonprofit status as it states it.
NONPROFIT = r"""(?:non-?profit|not-for-profit|501\s?\(c\)\s?\(3\)|gemeinnützig\w*|reconnue?\s+d['’]intérêt\s+général
    |association\s+loi\s+1901|sin\s+(?:ánimo|fines)\s+de\s+lucro|senza\s+(?:scopo\s+di\s+lucro|fini\s+di\s+lucro)
    |sem\s+fins\s+lucrativos|onlus)"""

#: Gifts to it are deductible, in six languages.
DEDUCTIBLE = r"""(?:tax[\s-]deductible|(?:steuerlich\s+)?absetzbar|déductibles?|deducibles?|deducibili|detraibili
    |dedutíve(?:l|is))"""

OFFERS = (
    Rule(
        name="donation.paid_offer",
        triggers=('subscribe', 'abonnez', 'abonne-toi', 'suscr', 'abonnier', 'abbonat', 'assine', 'subscrev',
                  'assina', 'unlimited'),
        kind="donation",
        patterns=(
            # the imperative and a price: 'Subscribe from $1 a week', 'Abonnez-vous pour 1 € le premier mois'
            r"""
            \b""" + SUBSCRIBE + r"""(?:\s+(?:now|today|here|maintenant|dès\s+maintenant|ahora|ya|jetzt|ora|agora))?\s+
                (?:from|for|at|pour|dès|à\s+partir\s+de|à|desde|por|a\s+partir\s+de|ab|für|zu|da|a|per)\s+
                (?:(?:just|only|seulement|solo|sólo|nur|apenas|as\s+little\s+as)\s+)?""" + PRICE + OUTSIDE_QUOTES,
            # de, the price before the infinitive: 'Jetzt für 1 € abonnieren' (the verb first, the price a lookbehind)
            r"""\babonnieren\b(?<=\b(?:für|ab)\s+""" + PRICE + r"""[^.!?]{0,30}?abonnieren)""" + OUTSIDE_QUOTES,
            # unlimited access sold with a price or 'cancel anytime': 'Unlimited digital access for $2 a month'
            r"""
            \bunlimited\s+(?:digital\s+)?access\b
                (?:[^.!?]{0,40}?(?:""" + PRICE + r"""|\bcancel\s+(?:at\s+)?any\s*time\b)
                  |(?<=""" + PRICE + r"""[^.!?]{0,40}?unlimited\s+(?:digital\s+)?access))""" + OUTSIDE_QUOTES,
        ),
        context="address_or_self",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=PAID_OFFER_WEIGHT,
        why="A subscription offered with its price speaks to the reader and asks for money; news about a "
            "streaming service's prices reports them.",
        examples=(
            "Subscribe for just $2 a month and read every story on any device.",
            "Unlimited digital access for £1 a week: read us on your phone, tablet and laptop.",
            "Abonne-toi dès 3 € par mois pour lire toutes nos enquêtes.",
            "Suscríbete por 1 € el primer mes y apoya el periodismo de tu ciudad.",
            "Jetzt für 1 € im ersten Monat abonnieren und Ihre Lokalzeitung überall lesen.",
        ),
        counterexamples=(
            "The streamer now offers unlimited access for $7 a month, a price analysts called aggressive.",
            "“Subscribe for $1 a week,” read the banner, which the regulator said misled readers.",
            "Readers who subscribe for $5 a month get the print edition, the publisher said.",
        ),
    ),
    Rule(
        name="donation.paid_small_print",
        triggers=('cancel', 'sans engagement', 'résiliable', 'cancela', 'sin permanencia', 'kündbar',
                  'disdici', 'senza vincoli', 'cancele', 'sem fidelidade', 'sem multa'),
        kind="donation",
        patterns=(
            fragment(CANCEL_ANY_TIME),                              # "… digital access. Cancel anytime."
            r"""\b(?:[\w-]+\s+){0,3}(?:access|accès|acceso|zugang|accesso|acesso)\b[^.!?]{0,40},\s*""" + CANCEL_ANY_TIME,
                                                                    # after a comma: '… unlimited access, cancel anytime'
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="A paid offer's small print ('Cancel anytime.', 'Sans engagement.') is a verbless promise; news says "
            "who may cancel, in a sentence with a subject or in reported speech.",
        examples=(
            "Every story, every puzzle, every archive page. Cancel anytime.",
            "Tout le site en illimité pour 4 € par mois. Sans engagement.",
            "Digitalabo mit vollem Zugang, jederzeit kündbar.",
        ),
        counterexamples=(
            "Customers can cancel anytime, but most keep the plan for years, the company said.",
            "Sans engagement, la promesse du forfait a séduit 2 millions de clients, selon l'opérateur.",
            "Der Vertrag ist jederzeit kündbar, betonte die Verbraucherzentrale.",
        ),
    ),
    Rule(
        name="donation.tax_deductible",
        triggers=('deductible', 'déductible', 'défiscalis', 'deducible', 'desgrava', 'absetzbar', 'deducibil',
                  'detraibil', 'dedutíve', 'dedutive'),
        kind="donation",
        patterns=(
            r"""
            (?:\b(?:donations?|gifts?|contributions?|memberships?)\b[^.]{0,60}\btax[\s-]deductible\b[^.]{0,20}?
                \bto\s+the\s+(?:full(?:est)?\s+)?extent\s+(?:allowed|permitted|provided)\s+(?:by|under)\s+(?:the\s+)?law\b
                                                                        # the legal formula of a donation box
            | \byour\s+(?:donation|gift|contribution|membership)\s+(?:is|will\s+be)\s+(?:fully\s+|100\s?%\s+)?tax[\s-]deductible\b
            | \b(?:déductible|défiscalisable)s?\s+(?:à\s+(?:hauteur\s+de\s+)?\d{2}\s?%\s+)?(?:de\s+|sur\s+)?
                (?:vos|votre|tes|ton)\s+impôts?\b                                                     # fr
            | \b(?:deducible|desgravable)s?\b[^.]{0,40}\b(?:tu|su)\s+(?:declaraci[oó]n|renta|irpf|impuestos)\b  # es
            | \b(?:ihre|deine)\s+(?:spende|unterstützung|mitgliedschaft)\s+(?:ist|sind)\s+steuerlich\s+absetzbar\b  # de
            | \b(?:deducibil[ei]|detraibil[ei])\b[^.]{0,40}\b(?:tua|sua)\s+dichiarazione\b             # it
            | \bdedut[ií]ve(?:l|is)\s+(?:d[oe]|n[oa])\s+(?:seu|teu|sua|tua)\s+(?:imposto|ir|declaração)\b)  # pt
            """ + OUTSIDE_QUOTES,
            # the outlet's nonprofit status as a copula or an adjective, then the relief on gifts to it ('X is a
            # nonprofit; gifts to us are tax-deductible'); the rare relief word first, the rest a
            # lookbehind checked once it matched
            DEDUCTIBLE + r"""\b(?<=(?:""" + OUTLET_NOUN + r"""(?:\s+[\w'’.-]+){0,4}?\s*(?:\s(?:is|ist|est|es|è|é|are|sind
                |sont|son|sono|são)|,)\s+(?:(?:an?|ein\w*|une?|una?|uma?)\s+)?(?:[\w-]+\s+){0,2}?""" + NONPROFIT
            + r"""|""" + NONPROFIT + r"""\s+(?:[\w-]+\s+){0,2}?""" + OUTLET_NOUN + r""")[^.]{0,80}?\b(?:donations?|gifts?|contributions?|spenden|zuwendungen|dons|donaciones|donativos
                |donazioni|erogazioni|doações)\b[^.]{0,40}?""" + DEDUCTIBLE + r""")""" + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=PAID_OFFER_WEIGHT,
        why="A donation box tells the reader their gift is deductible ('to the extent allowed by law', 'de vos "
            "impôts'); news about a charity's tax status reports it with a source.",
        examples=(
            "We are a nonprofit newsroom. Gifts are tax-deductible to the fullest extent permitted by law.",
            "Chaque don est déductible à 66 % de vos impôts.",
            "Deine Spende ist steuerlich absetzbar.",
            "The Ridge Courier is a nonprofit news site, and all gifts are tax-deductible.",
            "Unsere Redaktion ist gemeinnützig organisiert; Spenden an uns sind steuerlich absetzbar.",
        ),
        counterexamples=(
            "Donations to the flood fund are tax-deductible to the extent allowed by law, the foundation said.",
            "Les dons aux associations sont déductibles de l'impôt sur le revenu à hauteur de 66 %.",
            "Der Tierschutzverein gilt als gemeinnützig, und Spenden an ihn lassen sich von der Steuer absetzen.",
            "The newspaper's owner gave to a nonprofit shelter, and the gifts were tax-deductible, filings show.",
        ),
    ),
)
