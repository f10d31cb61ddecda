"""Menus, pasted markup fragments and site footers.

Footer rules read the *shape* of a footer line (a row of link labels, a
registration number, a 'Powered by' credit, an address with a telephone
number) rather than single words: news about privacy law or a charity's tax
status is prose, a footer is labels and numbers.
"""

from __future__ import annotations

from ...segment import ONLY_TAGS_PATTERN
from .. import Rule
from .vocab import WIDGET_MAX_WORDS

NAVIGATION = (
    Rule(
        name="navigation.skip_and_crumbs",
        leads=("skip", "jump", "toggle", "main", "open", "close", "sign", "log", "my", "home"),
        kind="navigation",
        patterns=(
            r"""
            ^\W{0,3}(?:skip\s+to\s+(?:main\s+)?(?:content|navigation)|jump\s+to|toggle\s+navigation
               |main\s+menu|open\s+menu|close\s+menu|sign\s+in|log\s+in|my\s+account)\W{0,3}$
            | ^\W{0,3}home\s*(?:›|»|>|/|\|)                                                    # breadcrumbs
            """,
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="Skip links, menu buttons and breadcrumbs (ad labels are ``advertisement.*``, legal rows ``footer.*``).",
        examples=("Skip to main content", "Home › World › Middle East", "Open menu"),
        counterexamples=("The home secretary resigned on Tuesday.",),
    ),
)

MARKUP = (
    Rule(
        name="markup.html_fragment",
        triggers=('<', '!['),
        kind="markup",
        patterns=(
            ONLY_TAGS_PATTERN,                                  # nothing but tags and comments
            r"""^\s*!\[[^\]]{0,300}\]\([^)\s]{1,600}\)\s*$""",  # a lone markdown image
        ),
        weight=2.0,
        why="HTML or markdown left over as text carries no prose.",
        examples=('<iframe src="https://example.org/embed/1" width="600"></iframe>',
                  '<!-- begin embed --><div id="player-7"></div><!-- end embed -->'),
        counterexamples=("The <b>only</b> bridge closed.",),
    ),
)

#: A footer row of links: up to twenty labels (the longest seen: 14).
FOOTER_ROW_MAX_WORDS = 60
#: One legal link alone (the US privacy laws' opt-out link runs to nine words).
LEGAL_LINK_MAX_WORDS = 10
#: A site credit ('© 2024 Outlet. Powered by X | Theme by Y').
SITE_CREDIT_MAX_WORDS = 25
#: Registration and tax numbers sit in a footer's closing lines, with the
#: outlet's name, address and links.
COMPANY_IDS_MAX_WORDS = 80
#: An address with a telephone number, or a 'Back to top' link.
CONTACT_LINE_MAX_WORDS = 30
BACK_TO_TOP_MAX_WORDS = 6

#: A footer link's label (en, de, fr, es, it, pt); a row of them is a footer.
FOOT_ITEM = r"""(?:
      privacy(?:\s+(?:policy|notice|statement|centre|center|settings|preferences))?|your\s+privacy\s+(?:choices|rights)
    | terms(?:\s+(?:of\s+(?:use|service|sale)|(?:and|&)\s+conditions))?|conditions\s+of\s+use
    | (?:user|subscriber|visitor)\s+agreement|cookies?(?:\s+(?:policy|settings|preferences|statement|notice|choices))?
    | ad\s*choices|do\s+not\s+sell\s+(?:or\s+share\s+)?my\s+(?:personal\s+)?info(?:rmation)?
    | accessibility(?:\s+statement)?|contact(?:\s+us)?|about(?:\s+us)?|site\s*map|masthead|careers|jobs
    | advertise(?:\s+with\s+us)?|media\s+kit|(?:ethics|corrections|editorial|comments?|community)\s+(?:policy|guidelines|standards)
    | corrections|ethics|legal(?:\s+notices?)?|imprint|help|faq|rss|newsletters|archives?|staff|our\s+team|subscribe
    | e-?edition|licensing|reprints?(?:\s+(?:&|and)\s+permissions)?|submit\s+a\s+(?:news\s+)?tip|work\s+(?:with|for)\s+us
    | donate|support\s+us
    | (?:fcc\s+)?(?:online\s+)?public\s+(?:inspection\s+)?file|eeo(?:\s+(?:report|public\s+file))?
    | closed\s+captioning(?:\s+(?:contact|assistance|complaints))?|fcc\s+applications                   # en: a US station's
    | impressum|datenschutz(?:erklärung|hinweise|einstellungen)?|agb|nutzungsbedingungen|kontakt
    | barrierefreiheit(?:serklärung)?|cookie-(?:einstellungen|richtlinie)|über\s+uns|mediadaten|karriere|abo
    | leserservice|hilfe|presse|redaktion|widerruf|werben                                                # de
    | mentions\s+légales|(?:politique|charte)\s+de\s+confidentialité|confidentialité|(?:politique|gestion)\s+des\s+cookies
    | cgu|cgv|conditions\s+générales(?:\s+d['’](?:utilisation|usage|vente))?|nous\s+contacter|contactez-nous
    | accessibilité|plan\s+du\s+site|qui\s+sommes-nous|publicité|annonceurs|abonnement|aide|données\s+personnelles
    | charte\s+éditoriale                                                                               # fr
    | aviso\s+legal|política\s+de\s+(?:privacidad|cookies)|privacidad|términos\s+(?:y\s+condiciones|de\s+uso)
    | condiciones\s+(?:de\s+uso|generales)|contacto|contáctenos|contacta(?:nos)?|accesibilidad|mapa\s+(?:del\s+sitio|web)
    | quiénes\s+somos|trabaja\s+con\s+nosotros|publicidad|suscripciones|ayuda|redacción|código\s+ético
    | aviso\s+de\s+privacidad                                                                            # es
    | cookie\s+policy|note\s+legali|termini\s+(?:e\s+condizioni|di\s+(?:utilizzo|uso|servizio))
    | condizioni\s+(?:d['’]uso|di\s+utilizzo)|contatti|contattaci|chi\s+siamo|mappa\s+del\s+sito|accessibilità
    | pubblicità|redazione|lavora\s+con\s+noi|abbonamenti|informativa(?:\s+(?:sulla\s+)?(?:privacy|cookie))?
    | dichiarazione\s+di\s+accessibilità                                                              # it
    | política\s+de\s+(?:privacidade|cookies)|privacidade|termos\s+(?:de\s+(?:uso|utilização|serviço)|e\s+condições)
    | expediente|fale\s+conosco|contacte-nos|contactos?|contatos?|quem\s+somos|estatuto\s+editorial|ficha\s+técnica
    | acessibilidade|mapa\s+do\s+site|publicidade|anuncie|assinaturas?|trabalhe\s+conosco|redação       # pt
    )\b"""

#: The legal words one of a row's labels must hold: a row of section names
#: ('Staff · Jobs · Help') without them may be a menu or a heading.
LEGAL = r"""(?:privacy|terms\s+(?:of|and|&)|cookie|impressum|datenschutz|agb|nutzungsbedingungen|mentions\s+légales
    |confidentialité|cgu|cgv|conditions\s+générales|aviso\s+legal|privacidad|términos|condiciones\s+de\s+uso
    |note\s+legali|termini|informativa|privacidade|termos|(?:user|subscriber)\s+agreement|legal|imprint
    |accessib|acessib|accesib|do\s+not\s+sell|public\s+(?:inspection\s+)?file|eeo\b|closed\s+captioning  # a US station's filings
    # labels only a site's own footer has, never a section or a heading: the site map and the feed
    |site\s*map|rss\b|plan\s+du\s+site|mapa\s+(?:del\s+sitio|do\s+site|web)|mappa\s+del\s+sito|sitemap)"""

#: Links to the outlet's business, which only its footer lists: a row holding one is the footer even
#: without a legal link ('Contact us: … · Advertise · Careers · Corrections').  Not reprints or licensing: they
#: are the copy's terms, which a copyright line lists ('© 2024 … | Reprints & Permissions' is the copyright rules').
BUSINESS = r"""(?:advertise(?:\s+with\s+us)?|careers|corrections|masthead|media\s+kit|e-?edition
    |work\s+(?:with|for)\s+us|karriere|mediadaten|werben|annonceurs|anuncie|trabalhe\s+conosco|trabaja\s+con\s+nosotros
    |lavora\s+con\s+noi)"""

#: A row of business links outranks the contact address it may open with ('Newsroom: desk@… · Advertise
#: · Careers'), which the tip-line rules (2.0) also read.
BUSINESS_ROW_WEIGHT = 2.5

#: A legal link that is a footer line on its own.
LEGAL_SOLO = r"""(?:privacy\s+(?:policy|notice)|terms\s+(?:of\s+(?:use|service)|(?:and|&)\s+conditions)|cookie\s+policy
    |do\s+not\s+sell\s+(?:or\s+share\s+)?my\s+(?:personal\s+)?info(?:rmation)?|your\s+privacy\s+choices
    |datenschutzerklärung|nutzungsbedingungen|politique\s+de\s+confidentialité|conditions\s+générales\s+d['’]utilisation
    |política\s+de\s+privacidad|términos\s+y\s+condiciones|note\s+legali|informativa\s+(?:sulla\s+)?privacy
    |política\s+de\s+privacidade|termos\s+de\s+(?:uso|utilização))"""

#: A 'Powered by' credit names a platform, not its readers (a donation ask).
NOT_READERS = r"""(?!(?:readers|you|people|members|donors|subscribers|listeners|viewers|supporters|our\s|the\s+(?:generosity|support)
    |community|generous)\b)"""

#: An English street address: a number, one to three words and the kind of street ('Way',
#: 'Drive', 'Court' and 'Place' only abbreviated: spelt out, they are common words that would
#: run the rule on most news paragraphs).
STREET = r"""\b\d{1,5}[a-z]?\s+(?:[\p{L}'’.-]+\s+){1,3}(?:street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd\.?
    |dr\.|ln\.|pl\.|sq\.|ct\.|parkway|pkwy\.?|highway|hwy\.?|plaza)(?=\W|$)"""
#: A North American telephone number.
US_PHONE = r"""(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b"""
#: The fields a contact line may close with after its telephone number: an e-mail address or
#: the site's address ('· Tel. … · desk@example.org').
CONTACT_TAIL = r"""(?:\s*[|·•,;/]\s*(?:e-?mail\s*:?\s*|web\s*:?\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+
    |(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?)){0,2}"""

#: A publisher's registration or tax number (it, de, fr, es, pt, br, us, uk, au), any of them a
#: legal footer's; :mod:`.masthead` also reads them after a copyright line.
COMPANY_ID = r"""
    \b(?:p\.\s?iva|partita\s+iva|c\.\s?f\.|codice\s+fiscale)\s*[:.]?\s*(?:it\s?)?\d{11}\b    # it: tax numbers
    | \b(?:registrazione|registrat[ao]|iscrizione|autorizzazione|reg\.)\s+(?:(?:presso|al|del|dal)\s+(?:il\s+)?)?
        (?:tribunale|trib\.)[^.\n]{0,40}?\b(?:n\.|nr\.|n°|numero)\s*(?:\d|$)   # it: press registration ('Reg. Trib. di X n. 12';
                                                                        # the number may be cut off by a sentence split after 'n.')
    # a periodical's registration in fr, es, pt: 'Commission paritaire n° 0925 C 12345', 'CPPAP 0926 W 9…',
    # 'Depósito legal M-12345-2010', 'Registo ERC n.º 123456'
    | \b(?:commission\s+paritaire|cppap)\s*(?:n\s*°|no\.?|:)?\s*\d{4}\s*[a-z]\s*\d
    | \bdep[oó]sito\s+legal\s*(?:n\.?\s*[º°o]\.?\s*)?:?\s*[a-z]{1,2}[\s.-]?\d{1,6}[\s.-]?\d{2,4}\b
    | \bregist(?:o|ro)\s+(?:na\s+|n[ao]\s+)?erc\s*(?:n\.?\s*[º°o]\.?\s*)?:?\s*\d{5,7}\b
    | \bust\.?-?\s?id(?:\.?-?nr\.?)?\s*[:.]?\s*de\s?\d{9}\b | \bumsatzsteuer-?identifikationsnummer\b
    | \b(?:hrb|hra)\s*\d{3,6}\b                                                          # de
    | \bsiret\s*[:.]?\s*\d{3}\s?\d{3}\s?\d{3}\s?\d{5}\b | \bsiren\s*[:.]?\s*\d{3}\s?\d{3}\s?\d{3}\b
    | \brcs\s+[\p{L}-]+\s+(?:[ab]\s+)?\d{3}\s?\d{3}\s?\d{3}\b                                # fr
    | \b(?:cif|nif|nipc)\s*[:.]?\s*[a-z]?-?\d{7,9}[a-z]?\b                                 # es, pt
    | \bcnpj\s*[:.]?\s*\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}\b                                 # br
    | \b(?:ein(?=\s?[:#]|\s\d)|(?:federal\s+)?tax\s+id(?:entification)?(?:\s+(?:number|no\.?))?)\s*[:#]?\s*\d{2}-\d{7}\b
    | \bregistered\s+charity\s+(?:no\.?|number|\#)\s*[:.]?\s*\d{6,8}\b
    | \bcompany\s+(?:registration\s+)?(?:no\.?|number)\s*[:.]?\s*\d{6,8}\b | \bregistered\s+in\s+england\b
    | \babn\s*[:.]?\s*\d{2}\s?\d{3}\s?\d{3}\s?\d{3}\b | \bissn\s*[:.]?\s*\d{4}-\d{3}[\dx]\b
    | \bvat\s+(?:reg(?:istration|\.)?\s+)?(?:no\.?|number)\s*[:.]?\s*[a-z]{0,2}\s?\d[\d\s]{7,12}\b     # en
    """

FOOTER = (
    Rule(
        name="footer.policy_line",
        kind="footer",
        leads=("our", "editorial", "ethics", "correction", "code", "about", "contact", "impressum", "mentions",
               "aviso", "datenschutz"),
        triggers=("trust principles",),
        patterns=(
            r"""^\W{0,3}(?:our\s+(?:editorial\s+)?standards|editorial\s+(?:standards|policy|guidelines)
               |ethics\s+policy|corrections?\s+policy|code\s+of\s+ethics|about\s+us|contact\s+us|impressum
               |mentions\s+légales|aviso\s+legal|datenschutz(?:erklärung)?)\W{0,3}(?:$|[:|·•–—-])""",
            r"""\btrust\s+principles\b""",
        ),
        max_words=25,
        weight=2.0,
        why="Standards, ethics and legal link lines close a page, never an article's prose.",
        examples=("Our Standards: The Thomson Reuters Trust Principles.", "Impressum | Datenschutz"),
        counterexamples=("Our standards for drinking water are among the strictest in Europe, the minister said.",),
    ),
    Rule(
        name="footer.legal_links",
        kind="footer",
        triggers=("privacy", "terms", "cookie", "impressum", "datenschutz", "agb", "nutzungsbedingungen",
                  "mentions légales", "confidentialit", "cgu", "cgv", "conditions générales", "aviso legal",
                  "privacidad", "términos", "condiciones de uso", "note legali", "termini", "informativa",
                  "privacidade", "termos", "user agreement", "subscriber agreement", "legal", "imprint", "accessib",
                  "acessib", "accesib", "do not sell", "política de privacidad", "your privacy", "sitemap",
                  "site map", "rss", "plan du site", "mapa del sitio", "mapa do site", "mapa web", "mappa del sito",
                  "public file", "public inspection file", "eeo", "closed captioning"),
        patterns=(
            rf"""
            # a row of link labels only, separated or run together, one of them legal:
            # 'Privacy Notice · Terms of Service · Sitemap · Contact'
            ^\W{{0,3}}(?:{FOOT_ITEM}\W{{1,5}}){{1,20}}{FOOT_ITEM}\W{{0,3}}$(?<=\b{LEGAL}[^\n]{{0,600}})
            # three or more short items between bars or dots, one a known label, a legal word among them:
            # 'Outlet · VAT 0123 · Privacy · Cookie policy'
            # (not a copyright line with links: '© 2024 Outlet | Terms of Use' is the copyright rules')
            | ^\W{{0,3}}(?:[^|·•\n]{{1,60}}[|·•]){{2,20}}[^|·•\n]{{1,60}}$
                (?<=(?:^|[|·•])\s*{FOOT_ITEM}\s*(?:[|·•][^\n]{{0,600}})?)(?<=\b{LEGAL}[^\n]{{0,600}})
                (?<!(?:©|\(c\)|\bcopyright\b)[^\n]{{0,600}})
            """,
        ),
        max_words=FOOTER_ROW_MAX_WORDS,
        weight=2.0,  # ties go to the cookie rules: a row of privacy choices ('Cookie Preferences | …') is theirs
        why="Rows of legal and contact links end a page; a sentence about a privacy policy is not a row of labels.",
        examples=("Terms of Service · Privacy Notice · Accessibility · Contact", "Privacy Policy Terms of Use Sitemap",
                  "Datenschutz | Nutzungsbedingungen | Barrierefreiheit | Kontakt",
                  "Mentions légales - CGU - Plan du site", "Política de privacidad / Contacto / Mapa web",
                  "Note legali · Chi siamo · Contatti", "Termos de uso | Quem somos | Fale conosco | Anuncie",
                  "Harbor Voice · Masthead · Privacy · Jobs", "millbrookherald.net · RSS · Site map · write to the desk",
                  "Public Inspection File | EEO Public File | Closed Captioning Assistance | WQRT-TV"),
        counterexamples=("The company rewrote its privacy policy and terms of use after the fine, the regulator said.",
                         "Privacy, terms and conditions: what the new data law means for renters",
                         "Le site a modifié ses conditions générales d'utilisation en mars.",
                         "Voters in Ward 3 · turnout 41% · privacy concerns top the list of complaints",
                         "Podcast feeds · RSS readers · why the old tools are back in fashion",
                         "The station's public file shows the ad buys; its EEO report lists 40 staff, regulators said."),
    ),
    Rule(
        name="footer.business_links",
        kind="footer",
        triggers=("advertise", "careers", "corrections", "masthead", "media kit", "e-edition",
                  "eedition", "work with us", "work for us", "karriere", "mediadaten", "werben", "annonceurs", "anuncie",
                  "trabalhe conosco", "trabaja con nosotros", "lavora con noi"),
        patterns=(
            rf"""
            # footer link labels between bars or dots, maybe after one free field (the contact line), one of
            # them the outlet's business: 'Contact us: desk@… · Advertise · Careers · Corrections'
            ^\W{{0,3}}(?:[^|·•\n]{{1,80}}[|·•]\s*)?(?:{FOOT_ITEM}\s*[|·•]\s*){{1,20}}{FOOT_ITEM}\W{{0,3}}$
                (?<=\b{BUSINESS}\b[^\n]{{0,600}})(?<!(?:©|\(c\)|\bcopyright\b)[^\n]{{0,600}})
            """,
        ),
        max_words=FOOTER_ROW_MAX_WORDS,
        weight=BUSINESS_ROW_WEIGHT,
        why="A row of footer links with the outlet's business among them (advertise, careers, corrections); "
            "a news line naming jobs or corrections is a sentence, not labels between dots.",
        examples=("Newsroom: desk@harbourpost.example · Advertise · Careers · Corrections",
                  "About us | Masthead | Work with us | Contact"),
        counterexamples=("Jobs report · Careers fair draws 4,000 · Corrections officers strike",
                         "Advertise, the council was told, or lose the grant."),
    ),
    Rule(
        name="footer.legal_link",
        kind="footer",
        leads=("privacy", "terms", "cookie", "do not", "your privacy", "datenschutz", "nutzungsbedingungen",
               "politique", "conditions", "política", "términos", "note", "informativa", "termos"),
        patterns=(rf"""^\W{{0,3}}{LEGAL_SOLO}\W{{0,3}}$""",),
        max_words=LEGAL_LINK_MAX_WORDS,
        weight=2.5,  # above the cookie rules' 2.0: the opt-out link of US privacy law is a footer link
        why="One legal link alone on its line ('Privacy Policy', the 'do not sell' opt-out link of US privacy laws).",
        examples=("Privacy Notice", "Do Not Sell My Info", "Your Privacy Choices",
                  "Política de privacidade", "Conditions générales d'utilisation"),
        counterexamples=("Privacy policy changes anger users",),
    ),
    Rule(
        name="footer.company_ids",
        kind="footer",
        triggers=("p.iva", "p. iva", "partita iva", "codice fiscale", "c.f.", "registrazione", "registrata", "registrato", "iscrizione", "reg. trib",
                  "autorizzazione", "ust-id", "ust.-id", "ust-idnr", "ustid", "umsatzsteuer", "hrb", "hra", "siret",
                  "siren", "rcs", "cif", "nif", "nipc", "cnpj", "ein:", "ein #", "ein#", *(f"ein {d}" for d in "0123456789"),
                  "tax id", "registered charity", "charity no", "commission paritaire", "cppap", "depósito legal",
                  "deposito legal", "registo", "registro erc",
                  "charity number", "company number", "company no", "company registration", "registered in england",
                  "501", "abn", "vat no", "vat number", "vat reg", "issn"),
        patterns=(
            rf"""
            {COMPANY_ID}
            # the outlet's own tax status as a footer states it: 'X is a registered 501(c)(3) charity.'
            | ^\W{{0,3}}[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,5}}\s+is\s+an?\s+(?:registered\s+|independent\s+)?501\s?\(c\)\s?\(3\)
                \s+(?:(?:non-?profit|not-for-profit|charitable|tax-exempt|non-?partisan),?\s+)*
                (?:(?:news|media|journalism)\s+)?(?:organi[sz]ation|newsroom|corporation|charity|publication|nonprofit)
                \s*(?:[.;]|$)
            """,
        ),
        max_words=COMPANY_IDS_MAX_WORDS,
        weight=2.0,
        why="Registration and tax numbers (P.IVA, USt-IdNr., SIRET, EIN, company number) are a publisher's legal "
            "footer; news quotes no such numbers.",
        examples=("Gazzetta del Porto srl · P.IVA 09876543210 · Reg. Trib. di Bari n. 7/2011",
                  "Lindenblatt Medien GmbH, Amtsgericht Köln HRB 45678, USt-IdNr. DE123456789",
                  "Éditions du Causse SAS, RCS Rodez 812 345 678", "Prairie Wire is an independent 501(c)(3) newsroom.",
                  "Tax ID: 12-3456789", "Registered charity number 1123456",
                  "Le Courrier du Causse – Commission paritaire n° 0927 C 85412 – ISSN 1234-5678",
                  "Heraldo del Valle · Depósito legal Z-1234-1998", "Jornal do Minho · Registo ERC n.º 123456",
                  "Gazzetta della Valle – registrazione presso il Tribunale di Sondrio n."),
        counterexamples=("The foundation is a 501(c)(3) group, which means donors may deduct gifts, its lawyer said.",
                         "The court registry listed 12 cases against the firm, the filing shows.",
                         "Ein 19-Jähriger wurde leicht verletzt.",
                         "Il perito, iscritto al Tribunale di Roma, è il n. 5 della lista."),
    ),
    Rule(
        name="footer.site_credit",
        kind="footer",
        triggers=("powered by", "proudly powered", "site by", "website by", "web design by", "site design by",
                  "theme by", "built with", "propulsé par", "réalisé avec", "desarrollado con", "desarrollado por",
                  "funciona con", "sviluppato da", "realizzato con", "desenvolvido por", "desenvolvido com",
                  "betrieben mit", "erstellt mit"),
        patterns=(
            rf"""
            # a credit to the platform or designer, alone or after the copyright line's full stop:
            # '© 2024 Outlet. Powered by PressKit', 'Proudly powered by WordPress | Theme: X by Y'
            (?:^|[.!|·•–—-]\s+)\W{{0,2}}(?:(?:proudly|fièrement|orgulhosamente)\s+)?
                (?:powered\s+by|(?:web)?site\s+(?:design\s+)?by|web\s+design\s+by|theme\s+by|built\s+with
                |propulsé\s+par|réalisé\s+avec|desarrollado\s+(?:con|por)|funciona\s+con|sviluppato\s+da
                |realizzato\s+con|desenvolvido\s+(?:por|com)|betrieben\s+mit|erstellt\s+mit)
                \s+{NOT_READERS}[\w&'’.+-]+(?:\s+[\w&'’.+-]+){{0,3}}(?<!\.)[^\w.\n]{{0,3}}(?:$|\s[|·•–—-]\s*[^\n]{{0,80}}$)
                                                        # (no full stop at the end: 'Powered by hydrogen.' is a sentence)
            # after the copyright line a full stop may close it: '© 2024 Outlet Inc. Powered by PressKit Pro.'
            | ^\W{{0,3}}(?:©|\(c\)|copyright\b)[^\n]{{0,100}}?[.!|·•–—-]\s+\W{{0,2}}
                (?:powered\s+by|(?:web)?site\s+(?:design\s+)?by|web\s+design\s+by|theme\s+by|built\s+with
                |propulsé\s+par|réalisé\s+avec|desarrollado\s+(?:con|por)|funciona\s+con|sviluppato\s+da
                |realizzato\s+con|desenvolvido\s+(?:por|com)|betrieben\s+mit|erstellt\s+mit)
                \s+{NOT_READERS}[\w&'’.+-]+(?:\s+[\w&'’.+-]+){{0,3}}\W{{0,3}}$
            """,
        ),
        max_words=SITE_CREDIT_MAX_WORDS,
        weight=2.5,  # above a copyright line's 2.0: '© 2024 Outlet. Powered by X' is the site's footer
        why="'Powered by <platform>' credits close a site's footer; 'powered by readers like you' is a donation ask.",
        examples=("© 2023 The Valley Post. Powered by Newspack", "Proudly powered by WordPress | Theme: Ledger by Inkwell",
                  "© 2025 Millbrook Media LLC. Site by Foxglove Studio.",
                  "Site by Foxglove Studio", "Propulsé par WordPress"),
        counterexamples=("Powered by solar panels, the ferry crosses the lake twice an hour.", "Powered by hydrogen.",
                         "The new trams, powered by overhead lines, begin service in May.",
                         "Built with volunteers, the shelter opened in 2019 - Hillside Trust manages it now.",
                         "Copyright law has changed. Powered by streaming, music sales grew 8% last year."),
    ),
    Rule(
        name="footer.terms_acceptance",
        kind="footer",
        triggers=("use of this site", "use of this website", "using this site", "using this website",
                  "accessing this site", "accessing this website", "utilisation de ce site", "uso de este sitio",
                  "nutzung dieser", "uso di questo sito", "uso deste site", "uso deste portal"),
        patterns=(
            r"""
            \b(?:use\s+of\s+this\s+(?:web)?site|by\s+(?:using|accessing)\s+this\s+(?:web)?site)\b[^.]{0,40}?
                \b(?:constitutes|signifies|indicates|means|you\s+(?:agree|accept)|is\s+subject\s+to)\b
                (?:(?!cookie)[^.]){0,80}?\b(?:terms|user\s+agreement|privacy\s+policy|conditions|policies)\b   # en
            | \butilisation\s+de\s+ce\s+site\b[^.]{0,40}?\b(?:implique|vaut|signifie|est\s+soumise)\b
                (?:(?!cookie)[^.]){0,80}?\b(?:conditions|mentions|cgu|politique)\b                             # fr
            | \buso\s+de\s+este\s+sitio\b[^.]{0,40}?\b(?:implica|supone|constituye|está\s+sujeto)\b
                (?:(?!cookie)[^.]){0,80}?\b(?:condiciones|términos|aviso\s+legal|política)\b                     # es
            | \bnutzung\s+dieser\s+(?:web)?seite\b[^.]{0,40}?\b(?:unterliegt|bedeutet|setzt)\b
                (?:(?!cookie)[^.]){0,80}?\b(?:nutzungsbedingungen|agb|bedingungen|datenschutz\w*)                 # de
            | \buso\s+di\s+questo\s+sito\b[^.]{0,40}?\b(?:implica|comporta|costituisce|è\s+soggetto)\b
                (?:(?!cookie)[^.]){0,80}?\b(?:termini|condizioni|informativa|privacy)\b                          # it
            | \buso\s+deste\s+(?:site|portal)\b[^.]{0,40}?\b(?:implica|constitui|significa|está\s+sujeito)\b
                (?:(?!cookie)[^.]){0,80}?\b(?:termos|condições|política)\b                                      # pt
            """,
        ),
        max_words=50,
        weight=2.0,
        why="The site's terms-acceptance line; a cookie banner's 'if you keep browsing, you accept cookies' is not.",
        examples=("Your use of this website constitutes acceptance of our Terms of Service and Privacy Policy.",
                  "L'utilisation de ce site implique l'acceptation des conditions générales d'utilisation.",
                  "El uso de este sitio implica la aceptación de los términos y condiciones."),
        counterexamples=("The judge ruled that use of this site by minors means the operator must verify ages.",),
    ),
    Rule(
        name="footer.contact_line",
        kind="footer",
        triggers=("street", "st.", "avenue", "ave", "road", "rd.", "boulevard", "blvd", "dr.", "ln.", "pl.", "sq.",
                  "ct.", "parkway", "pkwy", "highway", "hwy", "plaza", "fax"),
        patterns=(
            rf"""
            # the outlet's address and telephone, fields only, no sentence:
            # 'The Valley Post, 55 Orchard Road, Suite 2, Millbrook · (555) 014-7730'
            # (the words of a sentence are looked for at the end, once the fields have matched:
            # 'the' only after the first word, as in 'The Valley Post, …')
            # (an e-mail or web address may close it: '… · (555) 014-7730 · desk@example.org')
            ^(?![^\n]{{200}})[^\n]{{0,80}}?{STREET}[^\n]{{0,80}}?{US_PHONE}{CONTACT_TAIL}\W{{0,3}}$
                (?<!\b(?:is|are|was|were|be|asked|call|calls|called|contact|said|says|at|to|or|in|on|with|for|from|near
                |police|should|please)\b[^\n]*)(?<![\p{{L}}\d][^\n]*\bthe\b[^\n]*)
            # telephone and fax numbers together: a contact block, not a police appeal
            # (led by 'fax', the rarer word, with the telephone number as a lookbehind)
            | (?<=\b(?:tel|tél|telefon|teléfono|telefono|telefone|phone)\.?\s*:?\s*\+?[\d(][\d\s()/.-]{{5,20}}\d
                [^\n]{{0,20}}?)\bfax\.?\s*:?\s*\+?[\d(][\d\s()/.-]{{5,20}}\d
            """,
        ),
        max_words=CONTACT_LINE_MAX_WORDS,
        weight=2.0,
        why="An outlet's postal address with its telephone (or telephone and fax) is a footer; a news sentence "
            "that gives an address has verbs.",
        examples=("Millbrook Courier, 55 Orchard Road, Suite 2, Millbrook · (555) 014-7730",
                  "Ridge Gazette, 9 Mill Street, Alder Bay, NS B0K 2A0 · Tel. 613-555-0142 · desk@ridgegazette.ca",
                  "Tel. +49 711 123456 · Fax +49 711 123457"),
        counterexamples=("Anyone with information is asked to call police at (555) 014-7730 or visit 55 Orchard Road.",
                         "Fire crews were called to 12 Elm Street at 4 a.m.; the number to call is (555) 010-3344.",
                         "Volunteers can reach the shelter at 80 Pine Road, 555-010-2231, volunteers@pineshelter.org"),
    ),
    Rule(
        name="footer.back_to_top",
        kind="footer",
        leads=("back", "to top", "top", "nach oben", "zurück", "retour", "haut de", "volver", "ir arriba", "subir",
               "torna", "voltar", "topo"),
        patterns=(
            r"""
            ^\W{0,3}(?:back\s+to\s+(?:the\s+)?top|to\s+top|top\s+of\s+(?:the\s+)?page|(?:zurück\s+)?nach\s+oben
               |retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?|haut\s+de\s+page|volver\s+arriba|ir\s+arriba|subir
               |torna\s+(?:su|in\s+alto|all['’]inizio)|voltar\s+ao\s+topo|topo)\W{0,3}$
            """,
        ),
        max_words=BACK_TO_TOP_MAX_WORDS,
        weight=2.0,
        why="'Back to top' links sit at a page's foot; they are never prose.",
        examples=("Back to top ↑", "↑ Nach oben", "Retour en haut de page", "Volver arriba"),
        counterexamples=("Back to the top of the table went the champions after Sunday's win.",),
    ),
)
