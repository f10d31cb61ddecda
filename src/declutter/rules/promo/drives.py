"""A donation drive as the outlet runs it: the drive named as its own, the gift a sponsor matches, and
the small sum asked for as a question.

The asks in :mod:`.donation` lean on 'our journalism' or an imperative; these lean on the drive
itself ('Our autumn pledge drive closes Friday', 'jede Spende wird verdoppelt') or on a price put to
the reader ('Could you spare $3?'), in six languages.  What stays body: a report names whose drive
it is and who said so, and a charity's appeal names the charity (the rules' veto).

Each concept is a tuple of branches, one per language (or word order), each led by its own words:
joined as top-level alternatives, every branch runs apart with its own literal gate (see
:func:`declutter.rules.split_branches`), so the rules cost next to nothing on news paragraphs.
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, Veto
from .vocab import NEWSLETTER_LABEL_MAX_WORDS, OTHER_RECIPIENT

#: Kinds of fundraising drive an English box names, and the drive's nouns (the triggers pair them).
DRIVE_KINDS = ("member", "membership", "pledge", "donor", "fund", "fundraising", "giving", "reader", "subscriber",
               "sustainer", "year-end", "end-of-year", "matching gift", "matching-gift")
DRIVE_NOUNS = ("drive", "campaign", "appeal", "challenge", "week", "month")

#: The outlet's own fundraising drive (en, fr, es, de, it, pt): 'our spring member drive', 'notre
#: campagne de dons', 'nuestra campaña de socios', 'unsere Spendenaktion', 'la nostra campagna abbonamenti',
#: 'a nossa campanha de assinaturas'.
OUR_DRIVE = (
    r"""\bour\s+(?:[\w-]+\s+){0,2}?(?:member(?:ship)?|pledge|donor|fund|fundraising|giving|reader|subscriber|sustainer
        |year-end|end-of-year|matching[\s-]gift)\s+(?:drive|campaign|appeal|challenge|week|month)s?\b""",        # en
    r"""\bnotre\s+(?:grande\s+)?campagne\s+(?:annuelle\s+)?(?:de\s+dons|d['’]adhésions?|d['’]abonnements?|de\s+financement
        |de\s+soutien|de\s+collecte|de\s+membres)\b""",
    r"""\bnotre\s+(?:appel|collecte)\s+aux\s+dons\b""",                                                          # fr
    r"""\bnuestra\s+(?:gran\s+)?campaña\s+(?:anual\s+)?de\s+(?:socios|socias|donaciones|membres[ií]as?|suscripciones
        |financiaci[oó]n|recaudaci[oó]n|apoyo|mecenazgo)\b""",                                                    # es
    r"""\bunsere[rnm]?\s+(?:[\w-]+\s+)?(?:spendenaktion|spendenkampagne|spendenwoche|spendenaufruf|abo-?aktion|abo-?kampagne
        |mitglieder-?kampagne|mitglieder-?aktion|crowdfunding-?kampagne|unterstützer-?kampagne)\b""",            # de
    r"""\bnostra\s+campagna\s+(?:annuale\s+)?(?:di\s+)?(?:raccolta\s+fondi|abbonamenti|sostegno|donazioni|soci
        |crowdfunding|tesseramento)\b""",                                                                        # it
    r"""\bnossa\s+campanha\s+(?:anual\s+)?de\s+(?:doações|assinaturas|apoio|financiamento|sócios|arrecadação
        |crowdfunding|membros)\b""",                                                                              # pt
)

#: A sponsor doubling the reader's gift (en, fr, es, de, it, pt): 'a match doubles every gift', 'chaque don
#: sera doublé', 'cada donación se duplica', 'jede Spende wird verdoppelt', 'ogni donazione sarà raddoppiata',
#: 'cada doação será dobrada'.
MATCHED_GIFT = (
    r"""\b(?:doubles|triples|matches)\s+(?:every|each|your|all)\s+(?:gifts?|donations?|dollars?|contributions?|pledges?)\b""",
    r"""\b(?:every|each|your|all)\s+(?:gifts?|donations?|contributions?|pledges?)\s+(?:[\w-]+\s+){0,6}?
        (?:will\s+be|is|are|gets?)\s+(?:matched|doubled|tripled)\b""",                                            # en
    r"""\b(?:chaque|votre|tout)\s+don\s+(?:[\w'’-]+\s+){0,4}?(?:sera|est)\s+(?:doublé|triplé|abondé)\b""",          # fr
    r"""\b(?:cada|tu|su)\s+(?:donaci[oó]n|aporte|aportaci[oó]n)\s+(?:[\w-]+\s+){0,4}?(?:se\s+(?:duplica|duplicará|triplica)
        |(?:será|es)\s+(?:duplicad[oa]|doblad[oa]|triplicad[oa]|igualad[oa]))\b""",                               # es
    r"""\b(?:jede|ihre|deine)\s+spende\s+(?:[\w-]+\s+){0,4}?wird\s+(?:[\w-]+\s+){0,3}?(?:verdoppelt|verdreifacht)\b""",
    r"""\bwird\s+(?:[\w-]+\s+){0,3}?(?:jede|ihre|deine)\s+spende\s+(?:[\w-]+\s+){0,4}?(?:verdoppelt|verdreifacht)\b""",  # de
    r"""\b(?:ogni|la\s+tua)\s+donazione\s+(?:[\w-]+\s+){0,4}?(?:sarà|viene|verrà)\s+(?:raddoppiata|triplicata)\b""",  # it
    r"""\b(?:cada|a\s+sua|sua|a\s+tua)\s+doação\s+(?:[\w-]+\s+){0,4}?(?:será|é)\s+(?:dobrada|duplicada|triplicada)\b""",  # pt
)

#: A sum of money as an ask names it: '$3', '5 €', 'R$ 10', '2 euros'.
AMOUNT = r"""(?:(?:us\$|r\$|[$€£])\s?\d[\d.,]*|\d[\d.,]*\s*(?:€|\$|£|euros?|dollars?|bucks|pounds?|pesos|reais|francs?))"""

#: The reader asked whether they can give a small sum (en, fr, es, de, it, pt).
SPARE_QUESTION = (
    rf"""\b(?:could|can|would|will)\s+you\s+(?:spare|give|chip\s+in|pitch\s+in|donate|contribute|afford|send\s+us)\s+
        (?:us\s+)?(?:just\s+|only\s+|as\s+little\s+as\s+)?{AMOUNT}""",                                             # en
    rf"""\b(?:pourriez-vous|pouvez-vous|peux-tu|pourrais-tu)\s+(?:nous\s+)?(?:donner|verser|offrir|consacrer)\s+
        (?:seulement\s+|juste\s+|même\s+)?{AMOUNT}""",                                                             # fr
    rf"""\b(?:puedes|podrías|puede|podría|podés)\s+(?:aportar|donar|dar(?:nos)?|regalarnos|colaborar\s+con)\s+
        (?:solo\s+|sólo\s+|apenas\s+)?{AMOUNT}""",                                                                 # es
    rf"""\b(?:können\s+sie|könnten\s+sie|kannst\s+du|könntest\s+du)\s+(?:uns\s+)?(?:mit\s+)?(?:nur\s+|schon\s+)?{AMOUNT}\s+
        (?:geben|spenden|erübrigen|entbehren|unterstützen|beitragen)""",                                            # de
    rf"""\b(?:puoi|potresti|può|potrebbe)\s+(?:donare|darci|dare|regalarci|contribuire\s+con)\s+(?:anche\s+)?(?:solo\s+)?{AMOUNT}""",  # it
    rf"""\b(?:pode|podes|poderia|poderias)\s+(?:doar|dar|contribuir\s+com|ajudar\s+com)\s+(?:apenas\s+|só\s+)?{AMOUNT}""",  # pt
)


def _alternatives(branches: tuple[str, ...]) -> str:
    """The branches as one pattern's top-level alternatives, each closed by the quote check."""
    return "\n|".join(b + OUTSIDE_QUOTES for b in branches)


#: A charity or a crowdfunding page named anywhere in the block gets the money, not the outlet (the
#: ``NO_OTHER_RECIPIENT`` test as a veto: read once a pattern has matched, compiled once).
OTHER_RECIPIENT_VETO = Veto(any_of=OTHER_RECIPIENT, none_of=r"(?!)", scan_chars=2000)


DRIVES = (
    Rule(
        name="donation.drive",
        triggers=(*(f"{k} {n}" for k in DRIVE_KINDS for n in DRIVE_NOUNS),
                  'campagne de', "campagne d'", 'campagne d’', 'campagne annuelle', 'grande campagne', 'appel aux dons',
                  'collecte aux dons', 'campaña de', 'campaña anual', 'gran campaña', 'spendenaktion', 'spendenkampagne',
                  'spendenwoche', 'spendenaufruf', 'abo-aktion', 'aboaktion', 'abo-kampagne', 'abokampagne',
                  'mitglieder-kampagne', 'mitgliederkampagne', 'mitglieder-aktion', 'mitgliederaktion',
                  'crowdfunding-kampagne', 'crowdfundingkampagne', 'unterstützer-kampagne', 'unterstützerkampagne',
                  'nostra campagna', 'nossa campanha',
                  'doubles every', 'doubles each', 'doubles your', 'doubles all', 'triples every', 'triples each',
                  'triples your', 'triples all', 'matches every', 'matches each', 'matches your', 'matches all',
                  'every gift', 'every donation', 'every contribution', 'every pledge', 'each gift', 'each donation',
                  'each contribution', 'each pledge', 'your gift', 'your donation', 'your contribution', 'your pledge',
                  'all gifts', 'all donations', 'all contributions', 'all pledges',
                  'chaque don', 'votre don', 'tout don', 'cada donaci', 'cada aporte', 'cada aportaci', 'tu donaci',
                  'tu aporte', 'tu aportaci', 'su donaci', 'su aporte', 'su aportaci', 'jede spende', 'ihre spende',
                  'deine spende', 'ogni donazione', 'la tua donazione', 'cada doação', 'sua doação', 'tua doação'),
        kind="donation",
        unless=OTHER_RECIPIENT_VETO,
        patterns=(
            _alternatives(OUR_DRIVE),                           # the drive as the outlet's own: "Our spring member drive …"
            _alternatives(MATCHED_GIFT),                        # a sponsor doubling the reader's gift
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="The outlet's own fundraising drive, or a sponsor doubling every gift, in six languages; a report "
            "says whose drive it is and who said so, and a charity appeal names the charity.",
        examples=("Our year-end giving campaign closes Friday at midnight.",
                  "Last week of our pledge drive: a local bakery triples every donation until Sunday.",
                  "Every gift made before June 30 will be matched by two longtime readers.",
                  "Notre campagne de dons se termine dimanche : chaque don sera doublé par une fondation.",
                  "Nuestra campaña de socios termina el domingo y cada aporte se duplica gracias a un mecenas.",
                  "Unsere Abo-Aktion läuft noch bis Ende März.", "Bis Freitag wird jede Spende von einer Stiftung verdoppelt.",
                  "La nostra campagna abbonamenti chiude domenica.",
                  "A nossa campanha de assinaturas termina esta semana: cada doação será dobrada."),
        counterexamples=("“Our membership drive raised $40,000,” said the museum's director.",
                         "The governor's campaign ended with a rally in the capital on Sunday.",
                         "Every donation to the county food bank will be matched by the state, officials said.",
                         "Gifts to the hospital charity are doubled by an anonymous donor until Friday.",
                         "La campagne de dons de la Croix-Rouge a récolté 2 millions d'euros, selon l'association.",
                         "Jede Spende an die Tafel wird verdoppelt, sagte die Vorsitzende des Vereins."),
    ),
    Rule(
        name="donation.spare",
        triggers=('could you', 'can you', 'would you', 'will you', 'pourriez-vous', 'pouvez-vous', 'peux-tu',
                  'pourrais-tu', 'puedes', 'podrías', 'podrias', 'puede', 'podría', 'podria', 'podés', 'können sie',
                  'könnten sie', 'kannst du', 'könntest du', 'puoi', 'potresti', 'può', 'potrebbe', 'pode', 'podes',
                  'poderia', 'poderias'),
        kind="donation",
        unless=OTHER_RECIPIENT_VETO,
        patterns=(_alternatives(SPARE_QUESTION),),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="The reader asked for a small sum as a question ('Could you spare $3?'), in six languages; a quoted "
            "or reported ask is news, and a charity's names the charity.",
        examples=("One more thing: can you chip in $5 so this stays free for everyone?",
                  "Pourriez-vous nous donner 3 € ? Notre site n'a ni pub ni actionnaire.",
                  "¿Puedes aportar 2 euros al mes? Sin lectores no hay periodismo local.",
                  "Können Sie uns mit 5 Euro unterstützen? Wir haben keine Paywall.",
                  "Puoi donare anche solo 2 euro? Nessun editore ci paga.",
                  "Pode contribuir com R$ 10? O nosso site é gratuito."),
        counterexamples=("“Can you spare $2 for the bus?” the man asked, according to the complaint.",
                         "Could you give $20 to a stranger online? Many do, a charity survey found.",
                         "Can you afford $1,200 a month in rent? Most young workers cannot, the report said."),
    ),
)
