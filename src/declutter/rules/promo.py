"""Newsletter sign-up and donation asks: prose-like promos that pass length and
stop-word tests (jusText #54), so they are caught by topic plus address."""

from __future__ import annotations

from . import Rule, group

NEWSLETTER = (
    Rule(
        name="newsletter.sign_up",
        triggers=('newsletter', 'mailing', 'inbox', 'briefing', 'digest', 'alert', 'bulletin', 'mail', 'email', 'subscribe',
                  'sign up', 'signup', 'sign-up', 'unsubscribe', 'no spam'),
        kind="newsletter",
        patterns=(
            r"""
            \b(?:newsletters?|mailing\s+list|inbox|briefing|digest|e-?mail\s+alerts?|bulletin)\b[^.]{0,100}
                \b(?:sign\s*up|subscribe|register|delivered|receive|join|get|lands|arrives?)\b
            | \b(?:sign\s*up|subscribe|register|join)\b[^.]{0,100}
                \b(?:newsletters?|mailing\s+list|inbox|briefing|digest|e-?mail)\b
            | \benter\s+your\s+e-?mail
            | \be-?mail\s+subscribe\b | \bsubscribe\s+now\b
            | \b(?:get|receive)\b[^.]{0,80}\b(?:newsletter|briefing|digest|(?:in|to|into)\s+your\s+inbox)\b
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
        ),
        counterexamples=(
            "The newspaper, which began as a photocopied newsletter in 1987, now prints 12,000 copies a week.",
            "Customers who sign up for the utility's text alerts will receive a warning at least "
            "48 hours before any planned power shutoff, the company said.",
        ),
    ),
    Rule(
        name="newsletter.foreign_language",
        triggers=('newsletter', 'recib', 'recevez', 'erhalten sie', 'melden sie', 'registrieren sie', 'tragen sie', 'abonnieren', 'abonnez', 'inscrivez', 'lettre', 'suscr', 'bolet', 'infolettre', 'iscriviti', 'assine',
                  'inscreva', 'cadastre'),
        kind="newsletter",
        patterns=(
            r"""
            \bnewsletter\b[^.]{0,60}\b(?:abonnieren|bestellen|anmelden)\b | \babonnieren\s+sie\b[^.]{0,60}\bnewsletter   # de
            | \b(?:melden|registrieren|tragen)\s+sie\s+sich\b[^.]{0,60}\bnewsletter
            | \babonnez-vous\b | \binscrivez-vous\b[^.]{0,60}\b(?:newsletter|lettre)            # fr
            | \blettre\s+d['’]information\b | \binfolettre\b
            | \bsuscr[ií]b\w*\b[^.]{0,60}\b(?:bolet[ií]n|newsletter)                            # es
            | \bbolet[ií]n\b[^.]{0,60}\b(?:suscr[ií]b\w*|recibe|correo)
            | \brecib[ae]\b[^.]{0,40}\bbolet[ií]n | \brecevez\b[^.]{0,40}\b(?:newsletter|lettre)
            | \berhalten\s+sie\b[^.]{0,40}\bnewsletter
            | \biscriviti\b[^.]{0,60}\bnewsletter | \bnewsletter\b[^.]{0,60}\b(?:iscriviti|ricever\w*)\b    # it
            | \b(?:assine|inscreva-se|cadastre-se)\b[^.]{0,60}\bnewsletter | \bnewsletter\b[^.]{0,60}\b(?:receba|receber)\b  # pt
            | ^\W*(?:suscr[ií]b\w*|abonnez-vous|abonnieren)(?:\s+(?:gratis|aquí|ahora|ya|gratuitement|ici|jetzt|kostenlos))?\W*$
            """,
        ),
        weight=2.0,
        why="Newsletter asks in German, French, Spanish, Italian and Portuguese.",
        examples=("Jetzt den CORRECTIV-Newsletter abonnieren: Recherchen jeden Freitag in Ihrem Postfach.",),
        counterexamples=("Le bulletin municipal paraît chaque mois.",),
    ),
)

DONATION = (
    Rule(
        name="donation.ask",
        triggers=('donat', 'donor', 'gift', 'give', 'giving', 'chip in', 'contribut', 'member', '-supported', 'powered by', 'join them', 'join us', 'become a', 'deductible', 'support', 'fund', 'sponsor', 'readers like', 'newsmatch', 'blocker', 'adblocker', 'every dollar', 'every euro', 'every pound', 'every gift',
                  'pitch in', 'if you value', 'campaign', 'journalism costs', 'journalism isn', 'journalism is not',
                  'becoming a', 'depends on', 'relies on', 'keep our', 'keeping our', 'keep this', 'keeping this',
                  'made possible', 'join our', 'help fund', 'help us fund', 'help pay', 'help us pay', 'help support',
                  'help us support'),
        kind="donation",
        patterns=(
            r"""
            \b(?:donat\w*|donors?|gifts?|give|chip\s+in|contribut(?:e|ions?)|member(?:ship)?s?|tax-deductible
               |support|supporting|fund(?:ed|ing)?|sponsor\w*)\b
                [^.]{0,120}\b(?:journalism|newsroom|reporting|nonprofit|non-profit|our\s+work|readers\s+like\s+you
                                 |(?:this|our)\s+(?:site|website)\s+(?:free|going|alive|independent))\b
            | \bbecom(?:e|ing)\s+a\s+(?:[\w-]+\s+)?(?:member|supporter|donor|patron|subscriber)\b   # "Become a (sustaining) member"
            | \bmake\s+a\s+(?:gift|donation|contribution)\b | \bgive\s+what\s+you\s+can\b
            | \bhelp\s+(?:us\s+)?(?:fund|pay\s+for|support)\s+(?:more\s+|our\s+)?(?:stories|reporting|journalism|work)\b
            | \bmade\s+possible\s+by\s+(?:our\s+)?(?:readers|members|donors|supporters|listeners|viewers|you)\b
            | \bjoin\s+(?:our\s+)?(?:[\d,.]+\s+)?(?:other\s+)?(?:members|supporters|donors)\b
            | \bkeep(?:ing)?\s+(?:our|this)\s+(?:reporting|journalism|site|website|newsroom|coverage)\s+
                (?:free|going|alive|independent|open)\b                            # "help us keep our reporting free"
            | \b(?:journalism|reporting|newsroom|work)\s+(?:depends|relies)\s+on\s+(?:you|readers|your\s+support|people\s+like\s+you)\b
            | \b(?:donat\w*|gifts?|contribut\w*|support(?:ing)?\s+us)\b[^.]{0,60}\b(?:today|now)\b
            | \b(?:donations?|gifts?|contributions?)\b[^.]{0,60}\b(?:matched|doubled|tripled)\b   # matching-gift drives
            | \b(?:funded|supported|powered)\s+by\s+(?:its\s+|our\s+)?(?:members|readers|donors|listeners|viewers)\b
            | \bjoin\s+(?:them|us)\s+(?:today|now)\b
            | \b(?:readers\s+like\s+you|reader-supported|member-supported|listener-supported)\b
            | \b(?:donate|give|chip\s+in)\s+(?:now|today|here)\b
            | \bnewsmatch\b | \bswitch\s+off\s+your\s+ad\s?blocker
            | \b(?:chip|pitch)\s+in\b | \bif\s+you\s+value\b | \bfund(?:raising|\s+drive)\b
            | \bsupport\s+us\b | \b(?:monthly|one-time|recurring|annual|yearly)\s+(?:contribution|donation|gift|membership)
            | \bjournalism\s+(?:costs|isn['’]t\s+free|is\s+not\s+free)
            | \bcampaign\b[^.]{0,40}[$€£]\s?\d
            | \bevery\s+(?:dollar|euro|pound|gift)\b
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="Asks for money speak to the reader about 'our journalism'; quoted donors' speech is news.",
        examples=(
            "Support independent journalism. ProPublica is a nonprofit, and a gift of any size helps.",
            "DONATE: Every dollar you give before December 31 will be matched.",
            "Your donation today will be matched by a local foundation.",
            "This newsroom is funded by its members. Join them today.",
            "Our reporting depends on you: make a gift before Friday and it will be doubled.",
        ),
        counterexamples=(
            "Amazon is now letting you listen to music free on smartphones, and customers without a Prime "
            "membership or subscription could now access ad-supported music for free.",
            "If other means of identifying cost-effective giving opportunities seem more promising, we may "
            "move our staff away from this grant.",
            "Donations to the food bank fell by nearly a third this year, forcing it to cut Saturday "
            "hours, director Alicia Moreno said.",
            "“We rely on donations for about 70 percent of our budget,” said Tom Reyes, who runs the shelter.",
            "Several of our readers contributed reporting to this investigation, which took a year.",
        ),
    ),
    Rule(
        name="donation.foreign_language",
        triggers=('un don', 'soutenez', 'soutenir', 'dons de', 'donaci', 'dona', 'apoya', 'spenden', 'unterstützen', 'mitglied',
                  'sostieni', 'donazione', 'apoie', 'doação', 'doe agora', 'werden sie', 'sichern sie', 'sosten',
                  'sostén', 'hazte', 'comunidad de socios'),
        kind="donation",
        patterns=(
            r"""
            \b(?:faites|faire)\s+un\s+don\b | \bsoutenez\b | \bsoutenir\s+(?-i:\p{Lu}) | \bdons\s+de\s+(?:ses|nos)\s+lecteurs  # fr
            | \bhaz\s+una\s+donaci[oó]n\b | \bdona\s+(?:ahora|hoy)\b | \bap[oó]ya(?:nos)?\s+(?:nuestro|el)\s+periodismo  # es
            | \bjetzt\s+spenden\b | \bunterstützen\s+sie\b | \bspenden\s+sie\b | \bmitglied\s+werden\b  # de
            | \bwerden\s+sie\s+(?:jetzt\s+)?(?:mitglied|unterstützer\w*|förder\w*)
            | \bsichern\s+sie\s+unabhängigen\s+journalismus
            | \bsost[eé]n(?:ga)?\s+(?:el\s+|nuestro\s+)?periodismo | \bhazte\s+soci[oa] | \bcomunidad\s+de\s+socios  # es
            | \bsostieni(?:ci)?\b | \bfai\s+una\s+donazione\b | \bdona\s+ora\b                         # it
            | \bapoie\b[^.]{0,40}\bjornalismo | \bfaça\s+uma\s+doação\b | \bdoe\s+agora\b                 # pt
            """,
        ),
        weight=2.0,
        why="Donation asks in French, Spanish, German, Italian and Portuguese.",
        examples=("Reporterre ne vit que grâce aux dons de ses lecteurs. Soutenir Reporterre",),
        counterexamples=("Les dons aux associations ont baissé de 10 % cette année, selon l'étude.",),
    ),
)

RULES = group(*NEWSLETTER, *DONATION)
