"""Donation, membership and 'reader-funded' asks."""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .vocab import NEWSLETTER_LABEL_MAX_WORDS, NO_OTHER_RECIPIENT, PROMO_OPENER_WEIGHT

#: 'No', 'without' before who does not pay for the outlet.
NOT_BY = r"(?:no|zero|sans|aucune?|pas\s+de|sin|ningún|ohne|keine?n?|senza|nessuna?|sem|nenhum)"
#: Who does not pay for the outlet: 'No billionaire, no paywall.'
NOT_FUNDED_BY = NOT_BY + r"""\s+
    (?:(?:[\w-]+\s+)?(?:paywall|billionaire|advertiser|shareholder)s?                                # en
      |milliardaires?|actionnaires?|annonceurs?|mur\s+payant|publicité                               # fr
      |anunciantes?|publicidad|muro\s+de\s+pago|accionistas?|multimillonarios?                        # es
      |werbung|paywall|bezahlschranke|milliardär\w*|anzeigenkunden|aktionär\w*                        # de
      |pubblicità|inserzionisti|azionisti|miliardari                                                 # it
      |publicidade|acionistas?|bilionários?)\b                                                       # pt
"""

DONATION = (
    Rule(
        name="donation.ask",
        triggers=('donat', 'donor', 'gift', 'give', 'giving', 'chip in', 'contribut', 'member', '-supported', 'powered by', 'join them', 'join us', 'become a', 'deductible', 'support', 'fund', 'sponsor', 'readers like', 'newsmatch', 'blocker', 'adblocker', 'every dollar', 'every euro', 'every pound', 'every gift',
                  'pitch in', 'if you value', 'campaign', 'journalism costs', 'journalism isn', 'journalism is not',
                  'becoming a', 'depends on', 'relies on', 'keep our', 'keeping our', 'keep this', 'keeping this',
                  'made possible', 'join our', 'help fund', 'help us fund', 'help pay', 'help us pay', 'help support',
                  'help us support', 'please consider', 'cup of coffee', 'of a coffee', 'than a coffee', 'sustainer'),
        kind="donation",
        patterns=(
            r"""
            \b(?:donat\w*|donors?|gifts?|give|chip\s+in|contribut(?:e|ions?)|member(?:ship)?s?|tax-deductible
               |support|supporting|fund(?:ed|ing)?|sponsor\w*)\b
                [^.]{0,120}\b(?:journalism|newsroom|reporting|nonprofit|non-profit|our\s+work|readers\s+like\s+you
                                 |(?:local|independent|nonprofit|community)\s+news|public\s+media
                                 |(?:this|our)\s+(?:site|website)\s+(?:free|going|alive|independent))\b
            | \bbecom(?:e|ing)\s+an?\s+(?:[\w'’&.-]+\s+){0,3}?(?:member|supporter|donor|patron|subscriber)\b
                                                                        # "Become a (sustaining) member", "… a Delta Ledger supporter"
            | \bhelp\s+(?:us\s+)?(?:fund|pay\s+for|support)\s+(?:more\s+|our\s+)?(?:stories|reporting|journalism|work)\b
            | \bmade\s+possible\s+by\s+(?:our\s+|the\s+)?(?:readers|members|donors|supporters|listeners|viewers|you
                |friends|patrons|sustainers)\b                                          # "made possible by our patrons"
            | \bplease\s+consider\s+(?:subscribing|supporting|donating|giving|joining|becoming|making\s+a
                |a\s+(?:[\w-]+\s+){0,2}?(?:gift|donation|subscription|contribution|membership))\b
                                                                        # "please consider a tax-deductible gift"
            | \b(?:less\s+than|the\s+(?:price|cost)\s+of)\s+a\s+(?:cup\s+of\s+)?coffee\s+(?:a|per|each)\s+(?:week|month)\b
                                                                        # the price of support: "less than a coffee a month"
            | \bjoin\s+(?:our\s+)?(?:[\d,.]+\s+)?(?:other\s+)?(?:members|supporters|donors)\b
            | \bkeep(?:ing)?\s+(?:our|this)\s+(?:reporting|journalism|site|website|newsroom|coverage)\s+
                (?:free|going|alive|independent|open)\b                            # "help us keep our reporting free"
            | \b(?:journalism|reporting|newsroom|work)\s+(?:depends|relies)\s+on\s+(?:you|readers|your\s+support|people\s+like\s+you)\b
            | \b(?:funded|supported|powered)\s+by\s+(?:its\s+|our\s+)?(?:members|readers|donors|listeners|viewers)\b
            | \bjoin\s+(?:them|us)\s+(?:today|now)\b
            | \b(?:readers\s+like\s+you|reader-supported|member-supported|listener-supported)\b
            | \bnewsmatch\b | \bswitch\s+off\s+your\s+ad\s?blocker | \bsupport\s+us\b
            | \bjournalism\s+(?:costs|isn['’]t\s+free|is\s+not\s+free)
            | \bcampaign\b[^.]{0,40}[$€£]\s?\d
            | \bany\s+(?:amount|size)\b(?<=\b(?:gift|donation|contribution)s?\s+of\s+any\s+(?:amount|size))
                                                                        # "a gift of any amount" (rare words first: faster)
            | \byour\s+(?:gift|donation|contribution)\b[^.]{0,40}?\b(?:sustains|keeps|funds|powers|supports)\s+
                (?:our|this)\s+(?:[\w-]+\s+)?(?:ministry|mission|apostolate|outreach|station|podcast|show|work)\b
                                                                        # faith and charity media: "your gift sustains our mission"
            | \b(?:short\s+of|away\s+from|shy\s+of)\s+(?:reaching\s+)?our\s+(?:[\w-]+\s+){0,2}?(?:goal|target)\b
                (?<=\d\s+(?:more\s+)?(?:donors|members|supporters|sustainers|gifts)\s+(?:short\s+of|away\s+from|shy\s+of)
                    \s+(?:reaching\s+)?our\s+(?:[\w-]+\s+){0,2}?(?:goal|target))   # the drive's tally: "200 donors short of our goal"
            | \bneed\s+(?:just\s+|only\s+)?[\d,.]+\s+more\s+(?:donors|members|supporters|sustainers)\s+to\s+
                (?:reach|meet|hit|make)\s+our\b
            """,
            # words of the ask only (no 'our journalism'): they count when no charity or crowdfunding
            # page gets the money ('before you chip in to a crowdfunding page', 'the charity claims
            # 25p on every pound'): advice on giving well speaks to the reader too
            r"""
            \bmake\s+a\s+(?:gift|donation|contribution)\b{G} | \bgive\s+what\s+you\s+can\b{G}
            | \b(?:donat\w*|gifts?|contribut\w*|support(?:ing)?\s+us)\b[^.]{{0,60}}\b(?:today|now)\b{G}
            | \b(?:donations?|gifts?|contributions?)\b[^.]{{0,60}}\b(?:matched|doubled|tripled)\b{G}   # matching-gift drives
            | \b(?:donate|give|chip\s+in)\s+(?:now|today|here)\b{G}
            | \b(?:chip|pitch)\s+in\b{G} | \bif\s+you\s+value\b{G}
            | \bfund(?:raising\s+(?:drive|campaign|appeal|goal|target|deadline|month|week|season|match)|\s+drive)\b{G}
                                                                        # the drive, not 'a fundraising consultant'
            | \b(?:monthly|one-time|recurring|annual|yearly)\s+(?:contribution|donation|gift|membership){G}
            | \bevery\s+(?:dollar|euro|pound|gift)\b{G}
            | \b(?:memberships?|donations?|gifts?|contributions?)\s+(?:start|starts|begin)\s+(?:at|from)\b{G}
            """.format(G=NO_OTHER_RECIPIENT),
        ),
        context="address_or_self",
        weight=2.0,
        why="Asks for money speak to the reader about 'our journalism'; quoted donors' speech is news.",
        examples=(
            'We are a registered charity with no owner: chip in today and keep our reporters on the road.',
            "Support independent journalism. ProPublica is a nonprofit, and a gift of any size helps.",
            "DONATE: Every dollar you give before December 31 will be matched.",
            "Your donation today will be matched by a local foundation.",
            "This newsroom is funded by its members. Join them today.",
            "Our reporting depends on you: make a gift before Friday and it will be doubled.",
            "Your gift keeps community news coming to your porch every week.",
            "Memberships start at $4 a month, and every one of them keeps you in the loop.",
            "If this explainer helped you, please consider a subscription to our weekly edition.",
            "We are a small nonprofit newsroom: please consider a recurring monthly donation.",
            "Becoming a patron costs you the price of a coffee a month, and it keeps us on the beat.",
            "This podcast episode was made possible by the sustainers of our station. Thank you.",
            "Carry the Word further with us: your gift of any size keeps our parish radio on the air.",
            "Your donation this Advent sustains our mission of faith-filled broadcasting.",
            "One last thing: we are 140 members short of our winter target. Will you be one of them?",
            "We need just 90 more supporters to reach our year-end goal.",
            "Become an Upper Valley Times member for the price of one paper a week.",
        ),
        counterexamples=(
            'Set up a monthly donation by direct debit, and the charity will not need to chase you for it.',
            "Before you chip in to a stranger's crowdfunding page, check that a real person stands behind it.",
            "Amazon is now letting you listen to music free on smartphones, and customers without a Prime "
            "membership or subscription could now access ad-supported music for free.",
            "If other means of identifying cost-effective giving opportunities seem more promising, we may "
            "move our staff away from this grant.",
            "Donations to the food bank fell by nearly a third this year, forcing it to cut Saturday "
            "hours, director Alicia Moreno said.",
            "“We rely on donations for about 70 percent of our budget,” said Tom Reyes, who runs the shelter.",
            "Several of our readers contributed reporting to this investigation, which took a year.",
            "The state grant program, which will fund local news outlets in 14 counties, starts in July.",
            "Basic phone plans now cost less than a coffee per week in most markets, analysts note.",
            "The organ's restoration, made possible by patrons of the cathedral, took four years.",
            "The diocese accepts gifts of any amount for the flood appeal, a spokesman said.",
            "The blood bank needs 300 more donors to reach its holiday target, officials said.",
            "The appeal ended 40 donors short of its goal, and the shelter's roof repair was postponed.",
        ),
    ),
    Rule(
        name="donation.reader_funded",
        triggers=('free to read', 'free for', 'join the', 'join our', 'runs on', 'survives on'),
        kind="donation",
        patterns=(
            r"""
            \b(?:free\s+(?:to\s+read|for\s+(?:every\s+reader|all\s+(?:our\s+)?readers|readers))        # "free to read"
              | (?:journalism|reporting|stories|coverage|newsroom|site|website)\b[^.]{0,30}
                  \bfree\s+for\s+(?:everyone|all|anyone))                          # "our journalism is free for everyone"
            \b[^.]{0,60}\b(?:because|thanks\s+to)\b[^.]{0,40}
            \b(?:readers|members|donors|supporters|subscribers|neighbors|neighbours|you|generosity)\b
            """,
            r"""
            \bjoin\s+(?:the\s+|our\s+)?(?:[\d,.]+\s+)?(?:other\s+)?(?:readers|listeners|viewers|people|neighbors
                |neighbours|members)\s+who\s+(?:already\s+)?(?:fund|support|back|pay\s+for|sustain|keep)\s+
                (?:us|this\s+(?:newsroom|site|paper|station|work)|our\s+(?:journalism|reporting|newsroom|work))\b
                                                                        # "Join the 3,000 readers who fund us"
            """ + OUTSIDE_QUOTES,
            r"""
            \b(?:radio|television|tv|station|newsroom|journalism|reporting|site|paper|newspaper|magazine|podcast
                |media|news)\s+(?:runs|survives)\s+(?:entirely\s+|only\s+)?on\s+
                (?:you|your\s+(?:support|generosity|gifts?|donations?)|(?:readers|listeners|viewers|people)\s+like\s+you
                  |(?:reader|listener|viewer|member)s?['’]?\s+(?:support|donations|gifts|generosity))\b
                                                                        # "Public radio runs on you.", "… on listener support"
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        weight=2.0,
        why="'Free to read because readers pay for it', 'join the readers who fund us', 'this radio runs "
            "on you': donation boxes, often with no 'we'; the funder must be readers or members, and "
            "reported or quoted speech is news.",
        examples=(
            "Every story we publish is free to read because people like you pitch in. Memberships start at $4.",
            "The Harbor Light's reporting is free for everyone thanks to 2,100 members.",
            "No owner, no paywall. Join the 5,200 neighbours who pay for this newsroom.",
            "Community television survives on viewers like you. Pledge during this week's drive.",
            "This podcast runs on listener support. Thank you for keeping it going.",
        ),
        counterexamples=(
            "Entry to the museum is free for everyone thanks to a city grant, the director said.",
            "The paper's flood coverage is free to read thanks to a one-year grant from a state foundation.",
            "“Join the 2,000 readers who support us,” the appeal began, and 800 people did within a week.",
            "The station runs on listeners like you, its manager told the board, and on grants for the rest.",
            "Like most small stations, the radio runs on listener donations, which fell by a fifth, the report found.",
        ),
    ),
    Rule(
        name="donation.independence",
        triggers=('paywall', 'billionaire', 'advertiser', 'shareholder', 'milliardaire', 'actionnaire', 'annonceur',
                  'mur payant', 'publicité', 'anunciante', 'publicidad', 'muro de pago', 'accionista',
                  'multimillonario', 'werbung', 'bezahlschranke', 'milliardär', 'anzeigenkunden', 'aktionär',
                  'pubblicità', 'inserzionist', 'azionist', 'miliardari', 'publicidade', 'acionista', 'bilionári'),
        kind="donation",
        patterns=(
            fragment(NOT_FUNDED_BY),                            # the box's first line: "No billionaire, no paywall."
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=PROMO_OPENER_WEIGHT,
        why="A donation box opens by saying who does not pay for the outlet; weak alone (a sentence can "
            "start so), it keeps the opening with the ask below it.",
        examples=(
            "No billionaire owner, no paywall: just 6,000 readers.",
            "Sin accionistas ni publicidad, solo lectores.",
            "Ohne Werbung, ohne Paywall, ohne Konzern im Rücken.",
        ),
        counterexamples=(
            "The site, which has no paywall, said traffic doubled last year.",
            "El festival se celebrará sin publicidad en las calles, según informó el ayuntamiento.",
        ),
    ),
    Rule(
        name="donation.pledge",
        triggers=('make a', 'make your', 'set up a', 'set up your'),
        kind="donation",
        patterns=(
            r"""
            (?:^|[.!?:]\s+)(?:make|set\s+up)\s+(?:a|your)\s+(?:[\w-]+\s+){0,2}?
                (?:gift|donation|contribution|pledge)                                 # "Make a recurring gift of $10"
                (?=\s*(?:[.!:;,—–]|$|of\s+(?:any|just|only|as\s+little|[$€£₹]|\d)|in\s+(?:a|one|two|under|less)
                   |today|now|and\b
                   |to\s+[^.!?]{1,60}?\b(?:during|in|before\s+the\s+end\s+of)\s+(?:our|this)\s+(?:[\w-]+\s+){0,2}?
                     (?:drive|campaign|appeal|pledge|fundraiser|membership\s+(?:drive|week|month))\b))
                                                                        # … an amount, 'today', the end, or 'to <us> during our drive'
            """,
        ),
        context="not_reported",
        weight=2.0,
        why="A sentence that opens 'Make a (monthly) gift' asks the reader for money; news reports gifts "
            "with a subject ('Readers made …').",
        examples=(
            "Our reporters answer to readers, not advertisers. Set up a monthly donation in two minutes.",
            "Make a year-end gift of any size and it goes straight to the newsroom.",
            "Make your pledge to Valley Community Radio during our autumn drive and get a thank-you mug.",
        ),
        counterexamples=(
            "Readers who make a recurring gift receive a tote bag, the station said.",
            "“Make a gift to the school fund,” the principal wrote in a letter to parents last spring.",
            "Set up a gift fund for your grandchildren early, financial planners advise.",
            "Make a donation to the hospital during its spring appeal, the mayor urged residents on Monday.",
        ),
    ),
    Rule(
        name="donation.foreign_language",
        triggers=('un don', 'soutenez', 'soutenir', 'donaci', 'dona', 'apoya', 'spenden', 'unterstützen', 'mitglied',
                  'sostieni', 'donazione', 'apoie', 'doação', 'doe agora', 'werden sie', 'sichern sie', 'sosten',
                  'sostén', 'hazte', 'hacete', 'apoyá', 'comunidad de socios', 'rejoins', 'rejoignez', 'súmate', 'sumate', 'únete',
                  'unete', 'súmese', 'únase', 'unisciti', 'junte-se', 'junta-te', 'schließ dich', 'schliess dich',
                  'schließen sie sich', 'werde teil', 'doná', 'unterstütze', 'aporte', 'donativo', 'contribuci',
                  'hacés posible', 'haces posible', 'werde mitglied', 'werde abonnent', 'werde soli', 'werde unterstützer',
                  'werde förder', 'werde genoss', 'werde digital', 'werde online', 'werde jetzt', 'werde supporter',
                  'werde freund', 'qualquer valor', 'contribua', 'colabore', 'ajude', 'ajudem a manter'),
        kind="donation",
        patterns=(
            r"""
            \bfaites\s+un\s+don\b""" + OUTSIDE_QUOTES + r""" | \bsoutenez\b""" + OUTSIDE_QUOTES + r""" | \bsoutenir\s+(?-i:\p{Lu})                              # fr
            | (?:^|[.!?:|•·→–—]\s+)\W{0,3}faire\s+un\s+don(?:\s+(?:maintenant|ici|en\s+ligne))?(?=\s*(?:[.!:→»›|]|$))
                                                                        # the infinitive only as a button: '… compte. Faire un don →'
                                                                        # (not a report that a charity 'invite chacun à faire un don')
            | \bhaz\s+una\s+donaci[oó]n\b""" + OUTSIDE_QUOTES + r""" | (?:^|[.!?:]\s+)\W*dona\s+(?:ahora|hoy|aquí|ya)\b | \bap[oó]y[aá](?:nos)?\s+(?:nuestro|el)\s+periodismo  # es
            | \bjetzt\s+spenden\b | \bmitglied\s+werden\b                                        # de
            | \b(?:unterstützen|spenden)\s+sie\b(?!\s+(?:am\s+besten|lieber|besser|möglichst|nur|direkt|nicht|nie)\b)
                (?![^.]{0,40}\b(?:an|bei)\s+(?!uns\b|unser))       # advice on giving: 'Spenden Sie am besten direkt an …'
            | \bwerden\s+sie\s+(?:jetzt\s+)?(?:mitglied|unterstützer\w*|förder\w*)
            | \bsichern\s+sie\s+unabhängigen\s+journalismus
            | \bsost[eé]n(?:ga)?\s+(?:el\s+|nuestro\s+)?periodismo | \b(?:hazte|hacete|súmate|sumate)\s+(?:como\s+)?soci[oa] | \bcomunidad\s+de\s+socios  # es
            | \bsostieni(?:ci)?\b""" + OUTSIDE_QUOTES + r""" | \bfai\s+una\s+donazione\b""" + OUTSIDE_QUOTES + r""" | (?:^|[.!?:]\s+)\W*dona\s+ora\b                        # it
            | \bapoie\b[^.]{0,40}\bjornalismo | \bfaça\s+uma\s+doação\b""" + OUTSIDE_QUOTES + r""" | \bdoe\s+agora\b""" + OUTSIDE_QUOTES + r"""   # pt; none quoted:
                                                                        # '« Faites un don », a lancé le président' is news
            """,
            # "join the people who fund us": a join imperative, then 'who fund us' or 'who fund this
            # outlet' (a thousands separator is no sentence end); never inside a quote
            r"""
            (?:\b(?:rejoins|rejoignez)\s+(?:les|nos|la)\b(?:[^.]|\.\d){0,50}\bqui\s+                  # fr
                (?:nous\s+(?:financent|soutiennent|font\s+vivre|permettent)
                  |(?:financent|soutiennent|font\s+vivre)\s+(?:ce\s+(?:journal|média|site|projet)|notre\s+\w+))
              | \b(?:súmate|sumate|únete|unete|súmese|únase)\s+a\b(?:[^.]|\.\d){0,50}\bque\s+           # es
                (?:nos\s+(?:sostiene|sostienen|apoya|apoyan|financia|financian)
                  |(?:sostiene|sostienen|apoya|apoyan|financia|financian|hacen?\s+posible)\s+
                   (?:este|esta|nuestro|nuestra|el\s+periodismo)\b)
              | \bunisciti\s+a\w*\b(?:[^.]|\.\d){0,50}\bche\s+                                          # it
                (?:ci\s+(?:sostiene|sostengono|finanzia|finanziano)
                  |(?:sostiene|sostengono|finanzia|finanziano)\s+(?:questo|questa|il\s+nostro|la\s+nostra)\b)
              | \b(?:junte-se|junta-te)\s+a\w*\b(?:[^.]|\.\d){0,50}\bque\s+                               # pt
                (?:nos\s+(?:apoia|apoiam|sustenta|sustentam|financia|financiam)
                  |(?:apoiam|sustentam|financiam|mantêm)\s+(?:este|esta|o\s+nosso|a\s+nossa|nosso|nossa)\b)
              | \b(?:schlie(?:ß|ss)\s+dich|schlie(?:ß|ss)en\s+sie\s+sich|werde\s+teil|werden\s+sie\s+teil)\b # de
                (?:[^.]|\.\d){0,50}\bdie\s+(?:uns|unseren\s+journalismus|unsere\s+arbeit)\s+(?:\w+\s+){0,3}?
                (?:unterstützen|finanzieren|tragen|ermöglichen)\b
              | \bunterstütze\s+uns\b | \bdoná\b)                                       # de du-form, es voseo: "Doná"
            """ + OUTSIDE_QUOTES,
            # a second imperative with the means of giving, opening a sentence or after a comma:
            # 'Si puedes, apoya a Radio Sur con un aporte mensual', 'Werde Fördermitglied',
            # 'Contribua com o Jornal X: faça um Pix de qualquer valor'
            r"""
            (?:^|[.!?:,;]\s+)\W*(?:apoya|apoyá|apoye|apóyanos|apoyanos|ayuda|ayudá|ayude|ayúdanos|contribuye|contribuí|contribuya|colabora
                |colaborá|colabore)\s+(?:a\s+[^.,:;]{1,40}?\s+)?con\s+(?:un|una|tu|su)\s+
                (?:aporte|donaci[oó]n|donativo|contribuci[oó]n)\b                                  # es
            | \bhac[eé]s\s+posible\s+que\s+(?:sigamos|podamos|continuemos|existamos)\b           # es: "you make it possible that we go on"
            | (?:^|[.!?:,;]\s+)\W*(?:apoie|ajude|contribua|colabore)\s+(?:[oa]\s+[^.,:;]{1,40}?\s+)?
                com\s+(?:um|uma|sua|seu|a\s+sua|o\s+seu)\s+(?:contribuição|doação|assinatura|apoio|pix)\b""" + OUTSIDE_QUOTES + r"""
                                                                        # pt: "Apoie o X com uma contribuição mensal"
            | (?:^|[.!?:–—]\s+)\W*werde\s+(?:jetzt\s+)?(?:soli-?|förder-?|digital-?|online-?)?
                (?:mitglied|abonnent|unterstützer|förder|genoss|supporter|freund)\w*                 # de du-form: "Werde Soli-Abonnent*in"
            | \b(?:faça|faz|envie|mande|doe)\s+(?:um|uma|sua|a\s+sua|o\s+seu|seu)\s+(?:pix|doação|contribuição)\s+
                de\s+qualquer\s+valor\b                                                           # pt: "faça um Pix de qualquer valor"
            | (?:^|[.!?]\s+)\W*(?:contribua|colabore)\s+com\s+(?:o\s+|a\s+)?(?:nosso\s+|nossa\s+)?
                (?:jornalismo|trabalho|projeto|redação|site|jornal)\b                              # pt: "Contribua com o nosso jornalismo"
            | \bajud(?:e|em)\s+a\s+manter\s+(?:o\s+)?(?:nosso\s+)?jornalismo\s+(?:independente|local|livre|vivo)\b
            """ + OUTSIDE_QUOTES,
            # 'Contribua com o Jornal X:' names the outlet, then a colon (reads case)
            r"""(?:^|[.!?]\s+)\W*contribua\s+com\s+(?:o|a)\s+(?-i:\p{Lu})[\w.-]*(?:\s+(?:d[aoe]s?\s+)?(?-i:\p{Lu})[\w.-]*){0,3}\s*:""",
        ),
        weight=2.0,
        why="Donation asks in French, Spanish, German, Italian and Portuguese, led by an imperative: give, "
            "support, or join the readers who fund us (outside quotes).",
        examples=("Reporterre ne vit que grâce aux dons de ses lecteurs. Soutenir Reporterre",
                  "Pas d'actionnaire derrière nous, seulement vous. Faire un don maintenant →",
                  "Cada aporte cuenta. Dona aquí",
                  "Pas de pub, pas de patron. Rejoignez les 9 800 lecteurs qui font vivre ce journal.",
                  "Únete a los 2.400 socios que nos sostienen cada mes.",
                  "Schließ dich den 3.100 Leserinnen und Lesern an, die uns monatlich unterstützen.",
                  "Unisciti ai lettori che ci sostengono: bastano pochi euro.",
                  "Unser Archiv ist offen für alle. Unterstütze uns, damit das so bleibt.",
                  "Doná lo que puedas: cada peso sostiene una investigación.",
                  "Apoyá el periodismo local: hacete socia por menos de lo que cuesta un café.",
                  "Informar desde la frontera no es fácil. Si te sirve, ayuda a Voz del Sur con una donación puntual.",
                  "Sin anunciantes ni dueños: apóyanos con un aporte mensual.",
                  "Con tu cuota de 3 € haces posible que sigamos investigando.",
                  "Wir zeigen keine Werbung. Werde Fördermitglied, schon ab 5 Euro im Monat.",
                  "Faça um Pix de qualquer valor e mantenha a redação de pé.",
                  "Contribua com o Diário da Serra: cada real conta.",
                  "Ajude a manter o jornalismo local vivo no interior.",
                  "Sem patrão nem anúncios. Apoie a Rádio Várzea com uma doação de qualquer valor."),
        counterexamples=('Spenden Sie lieber direkt an bekannte Hilfswerke, deren Website Sie selbst aufrufen.',
                  "Les dons aux associations ont baissé de 10 % cette année, selon l'étude.",
                         "Le Secours populaire invite les familles à faire un don de jouets avant le 15 décembre.",
                         "El club dona hoy 5.000 euros al hospital infantil, según informó su presidente.",
                         "«Únete a los vecinos que nos apoyan», rezaba la pancarta de la asociación en la plaza.",
                         "Rejoignez les bénévoles qui soutiennent la banque alimentaire, lance la préfecture.",
                         "„Unterstütze uns!“, rief die Trainerin den Fans vor dem Finale zu.",
                         "El municipio apoya a los comedores con un aporte mensual de 500 dólares.",
                         "Er werde Mitglied des Aufsichtsrats, teilte der Konzern am Montag mit.",
                         "O golpista pediu que a vítima fizesse um Pix de R$ 900 para liberar o prêmio.",
                         "A prefeitura pede que a população contribua com a campanha do agasalho até sexta.",
                         "«Apoie o hospital com uma doação», pediu o prefeito durante a visita.",
                         "« Faites un don, même petit », a répété la présidente du club devant les parents."),
    ),
    Rule(
        name="donation.foreign_appeal",
        triggers=('aidez-nous', 'ayúdanos', 'ayudanos', 'helfen sie uns', 'hilf uns', 'aiutaci', 'ajuda-nos',
                  'ajude-nos', 'apoia-nos', 'apoie-nos', 'dons de', 'nos ayud', 'nous aidez', 'ci aiut',
                  'nos ajuda', 'que par vous', 'que par toi', 'gracias a ti', 'gracias a usted', 'gracias a vos',
                  'grazie a te', 'grazie a voi', 'graças a você', 'graças a ti', 'grazie a chi', 'gracias a quien',
                  'graças a quem'),
        kind="donation",
        patterns=(
            r"""
            (?:\baidez-nous\s+à\s+(?:continuer|rester|poursuivre|maintenir|faire\s+vivre)               # fr
              | \b(?:vi[tv]\w*|existe\w*)\s+(?:que\s+)?(?:grâce\s+)?(?:aux|des)\s+dons\s+de\s+nos\s+
                  (?:lect(?:eurs|rices)|abonnés|membres)                          # "nous vivons des dons de nos lecteurs"
              | \bne\s+vit\s+que\s+(?:grâce\s+)?(?:aux|des)\s+dons\s+de\s+ses\s+
                  (?:lect(?:eurs|rices)|abonnés|membres)                          # the outlet on itself: "ne vit que grâce aux dons de ses lecteurs"
              | \bay[uú]danos\s+a\s+(?:seguir|continuar|mantener|sostener)                           # es
              | \b(?:helfen\s+sie\s+uns|hilf\s+uns)\b[^.]{0,40}\b(?:weiter|unabhängig|zu\s+bleiben)  # de
              | \baiutaci\s+a\s+(?:continuare|restare|mantenere)                                     # it
              | \b(?:ajud[ae]|apoi[ae])-nos\s+a\s+(?:continuar|manter|seguir|existir)                # pt
              | \b(?:nos\s+ayud(?:as|áis|an)|nous\s+aidez|ci\s+aiut(?:i|ate)|nos\s+ajuda[sm]?)\s+(?:a|à)\s+
                  (?:seguir|continuar|mantener|sostener|continuer|rester|poursuivre|continuare|restare|mantenere
                  |manter|existir)                                      # "(with a monthly gift) you help us carry on"
              | \b(?:(?:journal|média|site|magazine|radio|rédaction|quotidien|hebdo(?:madaire)?|mensuel)\s+ne\s+
                    (?:tient|vit|existe|survit|fonctionne)|nous\s+ne\s+(?:tenons|vivons|existons|survivons))
                  \s+que\s+par\s+(?:vous|toi)\b                                 # "ce journal ne tient que par vous"
              | \b(?:existimos|vivimos|sobrevivimos|esistiamo|viviamo|sopravviviamo|sobrevivemos
                  |(?:diario|peri[oó]dico|medio|proyecto|revista|sitio|giornale|testata|progetto|sito|jornal|site|projeto)
                    \s+(?:solo\s+|sólo\s+|só\s+|apenas\s+)?(?:existe|vive|sobrevive|esiste|sopravvive))\s+
                  (?:solo\s+|sólo\s+|solamente\s+|soltanto\s+|só\s+|apenas\s+)?
                  (?:gracias\s+a\s+(?:ti|usted(?:es)?|vos)|grazie\s+a\s+(?:te|voi)|graças\s+a\s+(?:vocês?|ti))\b
                                                                        # the outlet, or 'we', lives thanks to you
              | \b(?:vive|esiste|existe|sobrevive|viviamo|vivimos|vivemos)\s+(?:solo\s+|soltanto\s+|só\s+|apenas\s+)?
                  (?:grazie\s+a|gracias\s+a|graças\s+a)\s+(?:chi|quien(?:es)?|quem)\s+(?:l[oa]s?|ci|nos|o|a)\s+
                  (?:legge|leggono|lee|leen|lê|leem|sostiene|sostengono|apoya|apoyan|apoia|apoiam)\b)
                                                                        # "vive grazie a chi lo legge": lives on its readers
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        weight=2.0,
        why="'Help us carry on', 'lives on its readers' gifts': appeals in the outlet's own voice; the "
            "same words in a quote or in reported speech are news.",
        examples=(
            "Sem anunciantes nem investidores, dependemos de quem nos lê. Ajude-nos a continuar.",
            "Aucune publicité, aucun actionnaire : aidez-nous à rester libres.",
            "Notre rédaction vit des dons de nos lecteurs, et d'eux seuls.",
            "Con tu cuota nos ayudas a seguir publicando sin muros de pago.",
            "Notre média ne tient que par vous : pas d'actionnaire, pas de publicité.",
            "Sin publicidad ni inversores: este diario existe solo gracias a ti.",
            "Il nostro settimanale non ha editori alle spalle e vive grazie a chi lo legge.",
        ),
        counterexamples=(
            "« Aidez-nous à continuer », lance la présidente de l'association, qui craint la fermeture.",
            "La gendarmerie lance un appel : aidez-nous à retrouver Émile, disparu depuis samedi.",
            "« Nous vivons des dons de nos lecteurs », reconnaît la fondatrice du trimestriel.",
            "Le site, qui vit grâce aux dons de ses lecteurs, a annoncé lundi la fin de son édition papier.",
            "Le journal vit grâce aux dons de ses lecteurs depuis 2008 et emploie douze journalistes.",
            "Los voluntarios nos ayudan a seguir buscando, dijo la hermana del pescador desaparecido.",
            "« Ce club ne vit que par vous », a lancé le président aux supporters réunis samedi.",
            "El grupo sobrevive gracias a usted y a otros vecinos, escribió la presidenta en su carta.",
            "Il rifugio vive grazie a chi lo sostiene con piccole offerte, ha spiegato il gestore.",
        ),
    ),
    Rule(
        name="donation.foreign_address",
        triggers=('grâce à vous', 'chaque don', 'votre don', 'votre soutien', 'tu aporte', 'tu apoyo',
                  'tu donaci', 'tu contribuci', 'tu cuota', 'tu suscripci', 'journalisme', 'periodismo',
                  'journalismus', 'giornalismo', 'jornalismo', 'ihre spende', 'deine spende', 'ihre unterstützung',
                  'deine unterstützung', 'il tuo', 'o seu', 'a sua', 'o teu', 'a tua', 'mois', 'mes', 'monat',
                  'mês', 'möglich gemacht', 'rendu possible', 'rendue possible', 'hecho posible',
                  'hecha posible', 'posible gracias', 'reso possibile', 'resa possibile', 'possibile grazie',
                  'tornado possível', 'tornada possível', 'appuyez notre', 'appuyez nos', 'reçu fiscal', 'reçus fiscaux',
                  "reçu d'impôt", 'reçu d’impôt', "reçus d'impôt", 'reçus d’impôt', 'reçu pour fins', 'aporte',
                  'faça parte', 'façam parte', 'ajude a manter', 'ajudem a manter', 'ajuda a manter', 'freiwillig'),
        kind="donation",
        patterns=(
            r"""
            \bgrâce\s+à\s+vous\b | \bchaque\s+don\s+compte\b                                         # fr
            | \bappuyez\s+(?:notre|nos)\s+(?:salle|journalisme|rédaction|média|journal|travail|équipe|journalistes)
            | \bdons?\b[^.]{0,80}\breçus?\s+(?:fiscal|fiscaux|d['’]impôts?|pour\s+fins\s+d['’]impôt)\b
                                                                        # Quebec: "un reçu fiscal pour tout don de 20 $"
            | \baporte\s+(?:únic[oa]|mensual|puntual|recurrente)\s+o\s+(?:mensual|únic[oa]|puntual|recurrente)\b  # es
            | (?:\bmöglich\s+gemacht|\brendue?s?\s+possible|\bhech[oa]s?\s+posible|\bposible\s+gracias\s+a
                |\bres[oaie]\s+possibil[ei]|\bpossibile\s+grazie\s+a|\btornad[oa]s?\s+possível)\b
                (?:[^.]|\.\d){0,50}
                \b(?:menschen|leser\w*|unterstützer\w*|mitglieder\w*|spender\w*|abonnent\w*|förder\w*          # de
                  |lect(?:eurs|rices)|donat(?:eurs|rices)|abonnés|membres|personnes                         # fr
                  |lector(?:es|as)|socios|socias|donantes|suscriptor(?:es|as)|personas                     # es
                  |lett(?:ori|rici)|sostenitori|donatori|abbonati|persone                                   # it
                  |leitor(?:es|as)|apoiadores|assinantes|doadores|pessoas)\b                                # pt
                                                                        # "made possible by 2,000 readers" in five languages
            | \bvotre\s+(?:don|soutien)\s+(?:nous\s+permet|permet|compte|est\s+(?:essentiel|précieux))
            | \btu\s+(?:aporte|apoyo|donaci[oó]n|contribuci[oó]n|cuota|suscripci[oó]n)\b[^.]{0,60}
                \b(?:permite|hace\s+posible|hace\s+la\s+diferencia|garantiza|sostiene|cuenta)\b      # es
            | \b(?:le\s+journalisme|el\s+periodismo|journalismus|il\s+giornalismo|o\s+jornalismo)\b
                (?:\s+[\w-]+){0,2}\s+(?:co[uû]te|cuesta|kostet|costa|custa)\b                         # "journalism costs"
            | \b(?:ihre|deine)\s+(?:spende|unterstützung)\b                                          # de
            | \bmit\s+einem\s+freiwilligen\s+(?:beitrag|betrag|abo|zuschuss)\b
            | \bil\s+tuo\s+(?:contributo|sostegno)\b                                                 # it
            | \b(?:o\s+seu|a\s+sua|o\s+teu|a\s+tua)\s+(?:contributo|contribuição|apoio|donativo|doação)\b  # pt
            | \bfaça(?:m)?\s+parte\s+d[ao]\s+(?:nosso|nossa)\s+(?:[\w-]+\s+)?(?:programa|comunidade|clube|rede|grupo)\b
            | \bajud(?:e|em|a)\s+a\s+manter\s+(?:[oa]s?\s+)?(?:nossas?|nossos?)\s+(?:reportagens|jornalismo|notícias
                |conteúdos?|matérias|site|jornal|redação)\b                        # "ajude a manter o nosso jornalismo"
            | \b(?:à\s+partir\s+de|dès|desde|ab|a\s+partire\s+da|a\s+partir\s+de)\s+
                (?:(?:r\$|us\$|[$€£])\s?\d[\d.,]*|\d[\d.,]*\s*(?:€|euros?|\$|dollars?|reais|francs?|chf|pesos))\s*
                (?:par|al|pro|im|por|ao|a|/)\s*(?:mois|mes|monat|mese|m[eê]s)\b
                                                                        # "à partir de 5 € par mois", "a partir de R$ 10 por mês"
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="Donation appeals in French, Spanish, German, Italian and Portuguese that describe rather "
            "than command: they count only when the block speaks to the reader or as the outlet.",
        examples=(
            "Ce journal n'appartient qu'à ses lecteurs et ne vit que grâce à vous.",
            "Tu aporte hace posible que nuestras investigaciones sigan abiertas.",
            "Guter Journalismus kostet Geld. Ihre Spende hilft uns dabei.",
            "Vous pouvez nous soutenir à partir de 3 € par mois, sans engagement.",
            "Möglich gemacht wird diese Recherche von 1.800 Menschen, die uns jeden Monat etwas geben.",
            "Esta reportagem foi tornada possível por 640 leitores que nos apoiam todos os meses.",
            "Você nos apoia a partir de R$ 8 por mês, cancelando quando quiser.",
            "Appuyez notre journalisme local : chaque contribution vous donne droit à un reçu fiscal pour vos dons.",
            "Puedes sumarte con un aporte mensual o único desde tu tarjeta.",
            "Faça parte da nossa comunidade de apoiadores e ajude a manter o nosso jornalismo independente.",
            "Du kannst uns mit einem freiwilligen Beitrag helfen, ganz ohne Abo.",
        ),
        counterexamples=(
            "Les dons aux associations ont baissé de 10 % cette année, selon l'étude.",
            "« Sans les dons de nos lecteurs, le mensuel aurait fermé », constate son fondateur.",
            "Der Verein bietet Mitgliedschaften ab 5 Euro im Monat an, teilte der Vorstand mit.",
            "La restauration de l'orgue a été rendue possible par 1 200 donateurs, indique la paroisse.",
            "Les dons de plus de 20 $ à la fondation donnent droit à un reçu fiscal, précise l'organisme.",
            "Los socios pagan un aporte mensual o único según sus ingresos, explicó la cooperativa.",
        ),
    ),
)
