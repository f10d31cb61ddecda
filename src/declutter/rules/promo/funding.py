"""How an outlet says it is paid for: the opening lines of a donation box.

'Independent journalism costs money.', '… financed only by its readers.': such a line reads like
prose on its own, so it is weak evidence (below ``boilerplate_threshold``); it keeps the box
whole when the ask below it is a notice, instead of leaving its opening behind as body.  One
line is enough on its own: the reading is free because readers pay for it, in French, Spanish,
German, Italian and Portuguese (``donation.reader_funded_foreign``; the English one is
``donation.reader_funded``).
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .donation import NOT_BY
from .vocab import NEWSLETTER_LABEL_MAX_WORDS, PROMO_OPENER_WEIGHT

#: 'Journalism costs money' and 'is not free', in six languages, as a sentence of its own.
JOURNALISM_COSTS = r"""
    (?:(?:good|independent|quality|local|real|unabhängiger|guter|kritischer|lokaler|qualitäts)\s+)?
    (?:journalism|journalismus|le\s+journalisme|el\s+periodismo|il\s+giornalismo|o\s+jornalismo)
    (?:\s+(?:indépendant|de\s+qualité|local|independiente|de\s+calidad|indipendente|di\s+qualità|independente
      |de\s+qualidade))?\s+
    (?:costs\s+money|isn['’]t\s+free|is\s+not\s+free|has\s+a\s+(?:cost|price)|kostet(?:\s+geld)?|ist\s+nicht\s+(?:gratis|umsonst)
      |a\s+un\s+(?:coût|prix)|co[uû]te(?:\s+cher)?|n['’]est\s+pas\s+gratuit|cuesta(?:\s+dinero)?|no\s+es\s+gratis|tiene\s+un\s+costo
      |costa|non\s+è\s+gratis|ha\s+un\s+costo|custa(?:\s+caro|\s+dinheiro)?|não\s+é\s+de\s+graça|tem\s+um\s+custo)
    (?=\s*(?:[.!:;,–—]|$))
"""

#: An outlet calling itself independent, in a copular sentence ('X est un média indépendant', 'We are
#: an independent newsroom'); an apposition ('X, un média indépendant, a révélé …') is news.
INDEPENDENT_OUTLET = r"""
    \b(?:is|are|est|sommes|es|somos|ist|sind|è|siamo|é)\s+(?:an?|un|une|una|uno|ein|eine|um|uma)\s+
    (?:(?:independent|indépendante?|independiente|unabhängige[rs]?|indipendente|independente|free|libre|unabhängiges)\s+
        (?:[\w-]+\s+){0,2}?)?
    (?:newsroom|outlet|publication|(?:news\s+)?site|magazine|média|journal|site|mensuel|hebdo(?:madaire)?|quotidien
      |medio|diario|periódico|revista|medium|magazin|zeitung|portal|giornale|testata|rivista|jornal|veículo)
    (?:\s+(?:[\w-]+\s+){0,2}?(?:indépendante?|libre|independiente|unabhängig|indipendente|independente))?
    \s*[,:–—-]?\s*(?:(?:with|avec|con|mit|com)\s+)?
"""

#: Who an independent outlet says does not pay for it (the rare words of ``NOT_FUNDED_BY``).
FUNDER_WORDS = ('paywall', 'billionaire', 'advertiser', 'shareholder', 'milliardaire', 'actionnaire', 'annonceur',
                'publicité', 'publicidad', 'publicidade', 'anunciante', 'accionista', 'werbung', 'bezahlschranke',
                'aktionär', 'pubblicità', 'inserzionist', 'azionist', 'acionista')

FUNDING = (
    Rule(
        name="donation.funding_opener",
        triggers=('journalism', 'journalisme', 'periodismo', 'giornalismo', 'jornalismo', 'financ', 'finanz',
                  'funded', 'soutenu', 'sostenid', 'sostenut', 'sustentad'),
        kind="donation",
        patterns=(
            fragment(JOURNALISM_COSTS),                          # "Independent journalism costs money."
            r"""
            # the outlet on who pays for it: its readers alone ('… financé uniquement par ses lecteurs')
            \b(?:funded|financed)\s+(?:entirely|solely|only|wholly|exclusively)\s+by\s+(?:its|our)\s+
                (?:readers|members|subscribers|listeners|viewers)\b                                           # en
            | \b(?:financée?s?|soutenue?s?)\s+(?:uniquement|exclusivement|entièrement|seulement)\s+par\s+(?:ses|nos)\s+
                (?:lect(?:eurs|rices)|abonnée?s|membres|donat(?:eurs|rices))\b                                 # fr
            | \bfinanziert\s+sich\s+(?:[^.]{0,60}?[\s,–—-])?(?:nur|ausschließlich|allein|vollständig|komplett)\s+
                (?:durch|über|von|aus)\s+(?:seine|ihre|unsere)\s+(?:leser|abonnent|mitglied|unterstützer|spender)\w*  # de
            | \b(?:financiad[oa]s?|sostenid[oa]s?)\s+(?:únicamente|exclusivamente|solo|sólo|solamente|íntegramente)\s+
                por\s+(?:sus|nuestr[oa]s)\s+(?:lector(?:es|as)|soci[oa]s|suscriptor(?:es|as)|miembros)\b        # es
            | \b(?:finanziat[oaie]|sostenut[oaie])\s+(?:solo|soltanto|esclusivamente|unicamente|interamente)\s+
                da(?:i|lle)\s+(?:suoi|sue|nostri|nostre)\s+(?:lettori|lettrici|abbonati|soci|sostenitori)\b   # it
            | \b(?:financiad[oa]s?|sustentad[oa]s?)\s+(?:apenas|exclusivamente|somente|só|unicamente|integralmente)\s+
                pel[oa]s\s+(?:seus|suas|nossos|nossas)\s+(?:leitor(?:es|as)|assinantes|apoiador(?:es|as)|membros)\b  # pt
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=PROMO_OPENER_WEIGHT,
        why="A donation box opens by saying journalism costs money or that readers alone pay for the outlet; "
            "weak alone (a media story can say it), it keeps the opening with the ask below it.",
        examples=(
            "Independent journalism costs money. We have no owner and no ads.",
            "Le Fil Vert est un média libre, financé uniquement par ses lecteurs.",
            "Die Lokalzeitung finanziert sich ohne Anzeigen – ausschließlich durch ihre Abonnentinnen und Abonnenten.",
            "El periodismo de calidad cuesta dinero: este diario está financiado solo por sus socios.",
            "Il giornalismo indipendente costa. Questo sito è finanziato soltanto dai suoi lettori.",
        ),
        counterexamples=(
            "Journalism costs money, and the paper lost $2 million last year, its publisher said.",
            "« Le journalisme a un coût », rappelle la directrice de la publication.",
            "The journalism costs of the merger were not disclosed.",
            "Mediapart, financé par ses abonnés depuis 2008, a publié l'enquête lundi.",
        ),
    ),
    Rule(
        name="donation.independent_outlet",
        triggers=FUNDER_WORDS,
        kind="donation",
        # who does not pay first, one pattern per word (each then runs only where its word is: an
        # alternation of twenty words has no fast scan), the outlet calling itself independent a
        # lookbehind checked once the word matched
        patterns=tuple(
            word + r"\w*(?<=\b" + NOT_BY + r"\s+(?:[\w-]+\s+)?\w+)"   # 'sans publicité'
            r"(?<=" + INDEPENDENT_OUTLET + r"[^.;!?]{0,40}\b" + NOT_BY + r"\s+(?:[\w-]+\s+)?\w+)" + OUTSIDE_QUOTES
            for word in FUNDER_WORDS
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=PROMO_OPENER_WEIGHT,
        why="A donation box opens with the outlet calling itself independent, with no owner or ads ('X est un "
            "média indépendant, sans publicité'); weak alone, and an apposition in a news sentence is no such claim.",
        examples=(
            "La Vigie est un hebdomadaire libre, sans actionnaire ni publicité.",
            "We are an independent newsroom with no billionaire owner and no paywall.",
        ),
        counterexamples=(
            "Le site, un média indépendant sans publicité, a été racheté lundi par un groupe de presse régional.",
            "The paper is an independent weekly with no paywall, its new owner said on Monday.",
        ),
    ),
    Rule(
        name="donation.reader_funded_foreign",
        triggers=('gratuit', 'gratis', 'grátis', 'kostenlos', 'frei zugänglich', 'accès libre', 'libre d',
                  'acceso libre', 'acceso abierto', 'accesso libero', 'acesso livre', 'aberto a todos', 'abierto a todos',
                  'ohne paywall', 'sans paywall', 'sin muro', 'senza paywall', 'sem paywall'),
        kind="donation",
        patterns=(
            r"""
            # free to read, then thanks to whom, then readers or members: 'es gratis y seguirá así gracias
            # a nuestros lectores', 'bleibt kostenlos, weil Leserinnen und Leser uns unterstützen'
            (?:\bgratuit[oae]?s?|\bgratis|\bgrátis|\bkostenlos|\bfrei\s+zugänglich|\ben\s+accès\s+libre|\blibre\s+d['’]accès
              |\bde\s+acceso\s+(?:libre|abierto)|\bad\s+accesso\s+libero|\bde\s+acesso\s+livre|\babiert[oa]s?\s+a\s+todos
              |\baberto\s+a\s+todos|\b(?:ohne|sans|sin\s+muro\s+de\s+pago|senza|sem)\s+paywall)\b
            [^.]{0,60}\b(?:grâce\s+(?:à|aux)|gracias\s+a|dank|weil|grazie\s+(?:a|ai|alle|agli)|graças\s+(?:a|aos|às))\b(?:[^.]|\.\d){0,40}
            \b(?:lect(?:eurs|rices)|abonnés|membres|donat(?:eurs|rices)|lector(?:es|as)|soci[oa]s|suscriptor(?:es|as)|donantes
              |leser(?:innen)?|unterstützer(?:innen)?|mitglieder(?:n)?|abonnent(?:en|innen)|spender(?:n|innen)?|lett(?:ori|rici)
              |abbonati|sostenitori|donatori|leitor(?:es|as)|assinantes|apoiadores|sócios|doadores)\b
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        weight=2.0,
        why="'Free to read because readers pay for it' in French, Spanish, German, Italian and Portuguese; the "
            "funder must be readers or members, and reported or quoted speech is news.",
        examples=(
            "Nuestro periódico es de acceso libre gracias a los 3.000 socios que lo financian.",
            "Unsere Texte bleiben kostenlos, weil Leserinnen und Leser uns monatlich unterstützen.",
            "Tout est en accès libre grâce à nos lectrices et lecteurs donateurs.",
        ),
        counterexamples=(
            "La entrada al museo es gratuita gracias a una subvención regional, explicó la directora.",
            "Le site reste gratuit grâce à ses lecteurs, a expliqué son fondateur lors du salon.",
        ),
    ),
)
