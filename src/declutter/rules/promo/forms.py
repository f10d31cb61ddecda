"""A sign-up or donation form's own chrome: buttons, confirmations, consent lines, amount pickers.

The asks themselves are prose (``newsletter``, ``donation``); the form around them is short,
verbless or formulaic ('Sign up free', 'Thanks for signing up!', 'One-time · Monthly'), and
news never writes that way about the same things.
"""

from __future__ import annotations

from .. import OUTSIDE_CURLY_QUOTES, OUTSIDE_QUOTES, Rule
from .vocab import NEWSLETTER_LABEL_MAX_WORDS

#: A sign-up form's e-mail field, by its label, in six languages ('Email address', 'Votre adresse e-mail',
#: 'Tu correo electrónico', 'Ihre E-Mail-Adresse', 'Il tuo indirizzo email', 'O seu e-mail').
EMAIL_FIELD = r"""(?:(?:your|votre|ton|tu|su|ihre|deine|(?:il\s+)?tuo|(?:o\s+)?seu|(?:o\s+)?teu)\s+)?
    (?:e-?mail(?:[\s-]?adress?e?)?|email\s+address|courriel|adresse\s+(?:e-?mail|mail|électronique|courriel)
      |correo(?:\s+electr[oó]nico)?|direcci[oó]n\s+de\s+(?:correo|e-?mail)|indirizzo\s+(?:e-?mail|di\s+posta)
      |endereço\s+de\s+e-?mail)"""

#: What a sign-up form's button says, in six languages.
FORM_BUTTON = r"""(?:sign[\s-]?(?:me\s+)?up|subscribe|join|submit|go|send|register
    |s['’]inscrire|je\s+m['’](?:inscris|abonne)|s['’]abonner|m['’]abonner|valider|envoyer|ok
    |suscrib(?:irme|irse|ir|ete)|enviar|apuntarme|registrarme
    |anmelden|abonnieren|absenden|eintragen|registrieren|los
    |iscriviti|iscrivimi|invia|registrati
    |inscrever(?:-me)?|inscreva-se|assinar|cadastrar|subscrever|registar)"""

NEWSLETTER_FORM = (
    Rule(
        name="newsletter.button",
        triggers=('sign up', 'signup', 'sign-up', 'subscribe', 'newsletter', 'sign me up'),
        kind="newsletter",
        patterns=(
            r"""
            # the whole block a sign-up label or button: "Newsletter sign-up", "Sign up free", "Sign me up"
            # (a bare '<button>' tag that markup removal leaves in front of its label is skipped)
            ^[\W_]{0,3}(?:<button\b[^<>]{0,100}>\s*)?
            (?:(?:free\s+|daily\s+|weekly\s+)?(?:e-?mail\s+)?newsletters?\s+(?:sign[\s-]?up|subscriptions?|registration)
                |sign\s+me\s+up(?:\s+(?:now|today|for\s+(?:it|free|the\s+newsletter)))?
                |(?:sign[\s-]?up|subscribe)(?:\s+(?:to|for))?\s+(?:our\s+|the\s+)?(?:free\s+)?(?:e-?mail\s+)?newsletters?
                |(?:(?:your\s+)?e-?mail(?:\s+address)?\s*[:*]?\s+)?                    # a field's label first: "Email address  Subscribe"
                 (?:sign[\s-]?up|subscribe)(?:\s+(?:now|here|today|free|for\s+free|it['’]s\s+free))?)[\W_]{0,3}$
            """,
            r"""
            # a promo ending in its button after a sentence or a link: "… every Friday. Sign up free"
            [.!?>|•·]\s*[^\w\s]{0,3}\s*(?:sign[\s-]?up|subscribe)(?:\s+(?:now|here|today|free|for\s+free))?
                \s*(?:</a>)?[\W_]{0,3}$     # not in curly quotes (straight ones: a link's href)
            """ + OUTSIDE_CURLY_QUOTES,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="A sign-up label or a box closing on its button ('… every Friday. Sign up free'); news does not "
            "end a sentence and then say 'Subscribe'.",
        examples=(
            "Email newsletter signup",
            "Your email:  Sign up",
            "Sign up for our newsletters",
            "The Long Read: one deep story from our archive, every second Sunday. Sign up",
            "Five things to know before work. <a href=\"/email\">Subscribe now</a>",
            "Sign me up!",
            "<button>Sign me up",
        ),
        counterexamples=(
            "More than 4,000 parents rushed to sign up for the free breakfast programme on its first day.",
            "Asked whether she would renew, the retiree said she had no reason to subscribe.",
            "Newsletter subscriptions at the paper rose 30 percent after the election, its editor said.",
        ),
    ),
    Rule(
        name="newsletter.account",
        triggers=('signing up', 'subscribing', 'forward this', 'forwarded this', 'already a subscriber',
                  'manage your', 'confirm your', "you're reading", 'you’re reading', 'you are reading', 'enter a valid',
                  'subscribe here', 'sign up here', 'signup here', "you're now", 'you’re now', "you're subscribed",
                  'you’re subscribed', "you're signed", 'you’re signed', "you're all", 'you’re all', 'you are now',
                  'you are subscribed', 'you are signed', 'you are all'),
        kind="newsletter",
        patterns=(
            r"""
            \b(?:sign\s*up|subscribe)\s+here\b                                           # "Forwarded this? Subscribe here"
            | (?:^\W*|[.!?:]\s+\W*)you(?:['’]re|\s+are)\s+(?:now\s+|all\s+)?(?:subscribed|signed\s+up)(?=\s*(?:[.!]|$))
                                                                        # the confirmation as a sentence: "You're subscribed!"
            | \bthanks?\s+(?:you\s+)?for\s+(?:signing\s+up|subscribing)\b                # the confirmation: "Thanks for signing up!"
            | (?:^\W*|[.!?:]\s+\W*|\bplease\s+|\b(?:inbox|e-?mail|folder|link|button|here)\)?\s+to\s+)
                confirm\s+your\s+(?:subscription|sign-?up|e-?mail\s+address)\b         # an instruction, not a phrase reported
            | \benter\s+a\s+valid\s+e-?mail\b                                          # the form's error line
            | \bforward(?:ed)?\s+this\s+(?:e-?mail|newsletter|message|issue|edition)\b      # a newsletter's own header or footer
            | \byou(?:['’]re|\s+are)\s+reading\s+[^.]{0,60}\b(?:newsletter|briefing|digest|bulletin)\b
            | \balready\s+a\s+subscriber\?[^.]{0,30}\b(?:newsletters?|e-?mail|preferences)\b
            | \bmanage\s+your\s+(?:newsletter|e-?mail|mailing|subscription)s?\s+
                (?:preferences|settings|subscriptions?)\b                              # "Manage your newsletter preferences"
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="The sign-up's own chrome: its confirmation, error line, preferences link and the e-mail "
            "edition's header; they speak to the subscriber, news about subscribers does not.",
        examples=(
            "You're all set! Thank you for subscribing. Look out for a message asking you to confirm your email address.",
            "You are reading Night Shift, the evening briefing from our metro desk. Did someone forward this email? "
            "Subscribe here.",
            "Manage your email preferences or unsubscribe from this list.",
            "That doesn't look right. Enter a valid email and try again.",
            "Done! You're now signed up. Watch your inbox on Friday.",
        ),
        counterexamples=(
            "The fake message told recipients to “confirm your subscription” by clicking a link, police said.",
            "Volunteers who are signing up for the cleanup should bring gloves, organisers said.",
            "The pop-up asked visitors to confirm your subscription, a phrase the regulator called misleading.",
            "If you're subscribed to the premium tier, your bill rises by $3 in May.",
            "Staff were told not to forward this email to anyone outside the agency, according to the memo.",
        ),
    ),
    Rule(
        name="newsletter.consent",
        triggers=('tick this', 'untick this', 'check this', 'uncheck this', "we'll also", 'we’ll also', "we'll send",
                  'we’ll send', "we'll email", 'we’ll email', "we'll e-mail", 'we’ll e-mail', 'we will also',
                  'we will send', 'we will email', 'we will e-mail', 'recaptcha', 'by signing up', 'by subscribing',
                  'by registering', 'by clicking'),
        kind="newsletter",
        patterns=(
            r"""
            \b(?:un)?(?:tick|check)\s+this\s+box\s+if\b                                  # the consent box: "Untick this box if …"
            | \bwe(?:['’]ll|\s+will)\s+(?:also\s+)?(?:send|e-?mail)\s+you\b[^.]{0,80}
                \b(?:offers|updates|promotions|newsletters?|marketing)\b""" + OUTSIDE_QUOTES + r"""
                                                                        # "We'll also send you offers from our partners"
            | \bprotected\s+by\s+recaptcha\b                                              # the form's captcha line
            | \bby\s+(?:signing\s+up|subscribing|registering
                |clicking\s+(?:on\s+)?['’"“]?(?:sign\s*up|subscribe|submit|join|register)\b['’"”]?)\s*,?\s+
                you\s+(?:agree|consent|accept|acknowledge)\b                                # "By registering, you accept the site terms"
            """,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="The consent lines of a sign-up form (marketing tick box, captcha notice, 'by signing up you "
            "agree'); news reports such terms with a subject and a reporting verb.",
        examples=(
            "We will occasionally email you about events and offers from our sponsors. Tick this box if you agree.",
            "By signing up you accept the site's conditions and its data notice.",
            "This form is protected by reCAPTCHA; Google's privacy policy and terms apply.",
            'By clicking "Join", you consent to receive our morning email.',
        ),
        counterexamples=(
            "Voters who tick this box if they want a postal ballot will get one within ten days, the clerk said.",
            "“We will send you updates on the recall,” the carmaker told owners in a letter.",
            "By clicking “Accept”, users agreed to terms that let the app sell their location, regulators found.",
        ),
    ),
    Rule(
        name="newsletter.form_field",
        triggers=('email', 'mail', 'e-mail', 'courriel', 'correo', 'adresse', 'direcci', 'indirizzo', 'endereço'),
        kind="newsletter",
        patterns=(
            # the form alone: its e-mail field's label, the blank or sample address typed in it, and its button
            # ('Email address: ________ [Sign up]', 'Votre courriel … [Valider]', 'E-Mail-Adresse eingeben  Anmelden')
            rf"""^[\W_]{{0,3}}{EMAIL_FIELD}(?:\s+(?:eingeben|inserisci|introduce|ingresa|saisir|here|ici|aquí|hier|qui|aqui))?
                \s*[:*]?\s*(?:[_.…·-]{{3,}}|\[[\s_.]*\]|\(\s*\)|[\w.+-]+@[\w-]+\.[\w.]+|<[^<>\n]{{1,200}}>)?
                \s*[\[(<«›→]?\s*{FORM_BUTTON}\s*[\])>»‹←→!]?[\W_]{{0,3}}$""",
        ),
        max_words=12,
        weight=2.0,
        why="A sign-up form reduced to text: the e-mail field's label, its blank, and the button, in six "
            "languages; a sentence has verbs and objects between them.",
        examples=("Your email ............ Join", "Votre adresse e-mail : [ ] [Valider]",
                  "Tu correo electrónico ___ Suscribirme", "Ihre E-Mail-Adresse  [Anmelden]",
                  "Indirizzo email: nome@esempio.it → Iscriviti", "O seu e-mail: ______ Subscrever"),
        counterexamples=("Email address changes must be sent to the registrar before the vote, officials said.",
                         "Your email could be the next target: scammers join forces online.",
                         "Correo electrónico: la herramienta que más usan los jubilados para enviar fotos."),
    ),
)

#: A donation button's label is one to four words ('Donate', 'Give now', 'Jetzt spenden').
DONATION_BUTTON_MAX_WORDS = 4

#: Tip and crowdfunding platforms that creators list in a row of links.
TIP_PLATFORMS = r"""
    (?:patreon|ko-?fi|buy\s+me\s+a\s+coffee|paypal|liberapay|venmo|cash\s?app|steady|tipeee|apoia\.se|catarse
      |ulule|helloasso|gofundme|bizum|twint|pix|mercado\s+pago|substack|memberful)
"""

#: The ways to pay a donation box lists beside the tip platforms: a bank transfer, a card, a direct
#: debit (en, de, fr, es, it, pt).
PAYMENT_METHOD = rf"""(?:{TIP_PLATFORMS}|bank\s+transfer|wire\s+transfer|direct\s+debit|credit\s+card|debit\s+card|cheque|check
    |überweisung|lastschrift|sepa(?:-lastschrift)?|kreditkarte|dauerauftrag
    |virement(?:\s+bancaire)?|prélèvement(?:\s+(?:mensuel|sepa))?|carte\s+bancaire|chèque
    |transferencia(?:\s+bancaria)?|tarjeta(?:\s+de\s+crédito)?|domiciliaci[oó]n|mercadopago
    |bonifico(?:\s+bancario)?|carta\s+di\s+credito|satispay|rid
    |transferência(?:\s+bancária)?|cartão(?:\s+de\s+crédito)?|mb\s*way|boleto|apple\s+pay|google\s+pay)"""

#: A donation box's label before its ways to pay: 'Jetzt unterstützen:', 'Support us:', 'Faire un don :'.
SUPPORT_LABEL = r"""(?:(?:jetzt\s+)?(?:unterstützen|spenden)|unterstütze\s+uns|so\s+können\s+sie\s+(?:uns\s+)?(?:unterstützen|spenden)
    |spendenkonto|support\s+us|support\s+our\s+(?:work|journalism|reporting)|donate(?:\s+now)?|give(?:\s+now)?|ways\s+to\s+(?:give|donate)
    |faire\s+un\s+don|(?:nous\s+)?soutenir|soutenez(?:-nous)?|dona(?:r|\s+ahora)?|haz\s+una\s+donaci[oó]n|ap[oó]yanos
    |sostienici|dona\s+ora|fai\s+una\s+donazione|doe(?:\s+agora)?|doar|apoie(?:-nos)?)"""

DONATION_FORM = (
    Rule(
        name="donation.button",
        leads=('donat', 'give', 'faire', 'spende', 'jetzt', 'dona', 'doná', 'doar', 'doe', 'haz', 'fai', 'je',
               'unterstütz', 'soutenir', 'soutenez', 'nous', 'apoy', 'apóy', 'sostien', 'apoi', 'support'),
        kind="donation",
        patterns=(
            r"""
            # the whole block a donation button: "Donate", "Donate now →", "Jetzt spenden", "Faire un don"
            ^[\W_]{0,3}(?:donate(?:\s+(?:now|today|here|monthly|once))?|give\s+(?:now|today|monthly|once)
                |faire\s+un\s+don|je\s+(?:fais\s+un\s+don|donne)|(?:jetzt\s+)?spenden
                |dona(?:r)?(?:\s+(?:ahora|ya|aquí|ora|qui))?|doná|haz\s+una\s+donaci[oó]n|fai\s+una\s+donazione
                |doar(?:\s+agora)?|doe(?:\s+agora)?
                |(?:jetzt\s+)?unterstützen|unterstütze\s+uns|(?:nous\s+)?soutenir|soutenez(?:-nous)?|je\s+soutiens  # "Jetzt unterstützen"
                |ap[oó]y(?:a|anos|ar)(?:\s+ahora)?|sostienici|apoi(?:e|ar)(?:-nos)?(?:\s+agora)?
                |support\s+(?:us|our\s+(?:work|journalism|reporting|newsroom)))[\W_]{0,3}$
            """,
        ),
        max_words=DONATION_BUTTON_MAX_WORDS,
        weight=2.0,
        why="A donation button on a line of its own ('Donate', 'Jetzt spenden'); news never ends a "
            "paragraph on the bare imperative.",
        examples=("Donate", "♥ Donate now", "Faire un don →", "Jetzt spenden", "Dona ahora", "Doe agora",
                  "JETZT UNTERSTÜTZEN", "Nous soutenir →", "Apóyanos", "Support our journalism"),
        counterexamples=(
            "Donate blood this weekend, the Red Cross urged after a summer shortage.",
            "Spenden für die Flutopfer gingen bis Montag kaum ein.",
            "Unterstützen statt strafen",
            "Support our troops",
        ),
    ),
    Rule(
        name="donation.platforms",
        triggers=('patreon', 'ko-fi', 'kofi', 'buy me a coffee', 'buy us a coffee', 'paypal', 'liberapay', 'venmo',
                  'cashapp', 'cash app', 'steady', 'tipeee', 'apoia.se', 'catarse', 'ulule', 'helloasso',
                  'gofundme', 'bizum', 'twint', 'pix', 'mercado pago', 'substack', 'memberful', 'bank transfer',
                  'wire transfer', 'direct debit', 'überweisung', 'lastschrift', 'virement', 'prélèvement',
                  'transferencia', 'domiciliaci', 'bonifico', 'satispay', 'transferência', 'mb way', 'mbway', 'boleto'),
        kind="donation",
        patterns=(
            rf"""
            # a row of tip links, alone or before a short thanks: "Patreon | Ko-fi | PayPal — thank you"
            ^[\W_]{{0,3}}{TIP_PLATFORMS}(?:\s*[|·•/]\s*{TIP_PLATFORMS}){{1,6}}[\W_]{{0,3}}(?:$|[—–:-]\s)
            # a support label, then the ways to pay and nothing else: 'Jetzt unterstützen: Steady | PayPal | Überweisung'
            | ^[\W_]{{0,3}}{SUPPORT_LABEL}(?:\s+(?:le|la|l['’]|el|il|o|a|das|den|die|the|our|notre|nuestro|nuestra|il\s+nostro
                |o\s+nosso|a\s+nossa|uns)\s*[\w'’.-]+(?:\s+[\w'’.-]+)?)?\s*(?:[:|–—-]|[→➜▸»])\s*
                (?:{PAYMENT_METHOD}(?:\s*(?:[|·•/,]|\s(?:or|ou|o|oder|od\.)\s)\s*|[\W_]{{0,3}}$)){{1,7}}$
            """,
            r"""
            # the ask by name: "Support the show on Patreon", "Buy us a coffee on Ko-fi"
            \b(?:support|back|join|fund)\s+(?:us|me|the\s+(?:show|podcast|channel|newsletter|project|site))\s+
                (?:on|via|at)\s+(?:patreon|ko-?fi|steady|liberapay|tipeee|apoia\.se|catarse|buy\s+me\s+a\s+coffee)\b
            | \bbuy\s+(?:me|us)\s+a\s+(?:coffee|ko-?fi)\b
            """ + OUTSIDE_QUOTES,
            # a tip imperative opening its fragment, then the platform: '♥ Pitch in via Patreon'
            r"""(?:^|[.!?:;|•·♥❤–—]\s*)[\W\p{Variation_Selector}]{0,3}(?:chip|pitch)\s+in\s+(?:on|via|through|at|with)\s+"""
            + TIP_PLATFORMS + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="Creators' tip asks: a row of Patreon, Ko-fi and PayPal links, or 'support us on Patreon'; "
            "news names the platforms inside a sentence, with a reporting verb.",
        examples=(
            "Ko-fi · PayPal · Liberapay — thank you for keeping this free.",
            "Like the show? Support us on Patreon and get episodes a day early.",
            "If this guide saved you an afternoon, buy me a coffee.",
            "Reader-funded since 2016. ❤ Pitch in via Ko-fi and keep the archive open.",
            "Soutenir le journal : virement · chèque · HelloAsso",
            "Support us → PayPal, bank transfer or direct debit",
        ),
        counterexamples=(
            "PayPal/Venmo transfers rose 12 percent in the quarter, the payments survey found.",
            "The creator earns about $3,000 a month on Patreon and Ko-fi, she said.",
            "“Buy me a coffee and I'll tell you,” the trader joked when asked about the merger.",
            "Neighbours who chip in on GoFundMe have raised $8,000 for the family, organisers said.",
            "Donate: bank transfers to the flood appeal rose sharply after the broadcast.",
        ),
    ),
    Rule(
        name="donation.form",
        triggers=('choose an', 'choose your', 'choose a', 'select an', 'select your', 'select a', 'pick an',
                  'pick your', 'pick a', 'one-time', 'one time', 'choisissez', 'sélectionnez', 'elige un', 'elige tu',
                  'elegí un', 'elegí tu', 'elija un', 'elija su', 'selecciona un', 'selecciona tu', 'escoge un',
                  'escoge tu', 'wählen sie einen', 'wählen sie ihren', 'betrag wählen', 'betrag auswählen',
                  'spendenbetrag', 'scegli un', "scegli l'", 'scegli l’', 'seleziona un', "seleziona l'",
                  'seleziona l’', 'escolha um', 'escolha o', 'selecione um', 'selecione o', 'einmalig', 'ponctuel',
                  'único', 'única', 'una tantum', 'give once', 'donate once', 'other amount', 'custom amount',
                  'enter amount', 'own amount'),
        kind="donation",
        patterns=(
            r"""
            # the amount picker: "Choose an amount: $10 | $25", "Elige un monto", "Betrag wählen"
            # (then a colon, a bar, an amount or the end: "Elige un monto a deducir" is a tax guide)
            \b(?:(?:choose|select|pick)\s+(?:an|your|a)\s+(?:donation\s+|gift\s+|monthly\s+)?amount
              | (?:choisissez|sélectionnez)\s+(?:un|votre)\s+montant
              | (?:elige|elegí|elija|selecciona|escoge)\s+(?:un|tu|el|su)\s+(?:monto|importe)
              | wählen\s+sie\s+(?:einen|ihren)\s+(?:spenden)?betrag | (?:spenden)?betrag\s+(?:aus)?wählen
              | (?:scegli|seleziona)\s+(?:un|l['’])\s*importo | (?:escolha|selecione)\s+(?:um|o)\s+valor)
                \b(?=\s*(?:[:|·•]|[$€£₹]|\d|$))
            # the frequency toggle: "One-time · Monthly", "Einmalig | Monatlich", "Único · Mensual"
            # (a third choice may sit between: "One-time | Annual | Monthly")
            | \b(?:one[\s-]time|(?:give|donate)\s+once|einmalig|ponctuel(?:le)?|únic[oa]|una\s+tantum)\s*[|·•]\s*
                (?:(?:annual|yearly|jährlich|annuel(?:le)?|anual|annuale)\s*[|·•]\s*)?
                (?:(?:give|donate)\s+)?(?:monthly|monatlich|mensuel(?:le)?|mensual|mensile|mensal)\b
            # a row of amounts and its free field: "$5  $10  $25  Other amount"
            | (?:[$€£₹]\s?\d[\d,.]*\s*[|·•/]?\s*){2,}(?:other|custom|enter|your\s+own)\s+amount\b
            | \b(?:monthly|monatlich|mensuel(?:le)?|mensual|mensile|mensal)\s*[|·•]\s*
                (?:(?:annual|yearly|jährlich|annuel(?:le)?|anual|annuale)\s*[|·•]\s*)?
                (?:one[\s-]time|einmalig|ponctuel(?:le)?|únic[oa]|una\s+tantum)\b
            """,
        ),
        max_words=NEWSLETTER_LABEL_MAX_WORDS,
        weight=2.0,
        why="A donation form's amount picker and frequency toggle ('One-time · Monthly'); news writes "
            "amounts and frequencies into sentences, not between bars and dots.",
        examples=(
            "Select your amount  £5  £12  £30  Custom",
            "Monthly | One-time    Give now",
            "Einmalig · Monatlich · Jährlich   Betrag wählen",
            "Elige un monto: 5 € | 10 € | 20 €",
            "Give once · Give monthly",
            "€8   €20   €50   Custom amount",
            "Back our newsroom · Monthly · Yearly · One-time",
        ),
        counterexamples=(
            "Voters can choose an amount between $5 and $50 to give to candidates under the voucher scheme.",
            "The one-time payment, not a monthly one, will reach families in March.",
            "Pension options (monthly, annual or one-time) are listed in the leaflet, the fund said.",
            "Tickets cost $5, $10 or $25, and buyers can also enter an amount of their own.",
            "En la declaración, el contribuyente elige un monto a deducir por cada hijo.",
        ),
    ),
)
