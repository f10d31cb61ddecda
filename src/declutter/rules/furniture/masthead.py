"""The publisher's legal lines in a footer: imprint and masthead fields, the
outlet's parent organisation, a row of legal links closed by a copyright or
closing one, and a copyright line that gives the publisher's registration number.

Like the footer rules in :mod:`.page`, these read the *shape* of the line: an
'Imprint:' label before a company's legal form, two 'Role: Name' fields of a
masthead, a row of link labels ending in '©'.  A news sentence naming an
editor or a publisher has verbs between the names.
"""

from __future__ import annotations

from .. import Rule
from .page import COMPANY_ID, FOOT_ITEM, LEGAL, LEGAL_SOLO

#: An imprint or masthead block: publisher, address, editors (the longest seen: 40 words).
IMPRINT_MAX_WORDS = 70

#: The outlet's parent line is a sentence or two.
PARENT_LINE_MAX_WORDS = 40

#: A legal-link row closed by its copyright line.
LEGAL_ROW_MAX_WORDS = 60

#: A copyright line with the publisher's registration number: a sentence or two.
COPYRIGHT_COMPANY_MAX_WORDS = 50

#: A link about the site rather than the copy: privacy, cookies, the imprint, accessibility.  A
#: copyright line followed only by the copy's own terms ('Terms of Use | Reprints') stays a
#: copyright notice; one followed by the privacy link is the site's footer.
SITE_LEGAL = r"""(?:privacy|cookie|impressum|datenschutz|do\s+not\s+sell|confidentialité|mentions\s+légales|privacidad
    |aviso\s+legal|informativa|privacidade|accessib|barrierefrei|imprint)"""

#: The copyright mark or word that opens a site's copyright line
#: ('(c)' and the word only before a year: 'the copyright case' is news).
COPYRIGHT_MARK = r"""(?:©|\(c\)\s*\d{4}|\bcopyright\s*(?:©\s*|\(c\)\s*)?\d{4})"""

#: What an imprint calls itself (en, de, fr, es, it, pt).
IMPRINT_LABEL = r"""(?:imprint|impressum|legal\s+notice|publisher\s+information|mentions\s+légales|aviso\s+legal
    |note\s+legali|colophon|expediente|ficha\s+técnica)"""

#: A company's legal form, as an imprint gives the publisher's name.
LEGAL_FORM = r"""(?:llc|l\.l\.c\.|inc|ltd|plc|corp|gmbh|ggmbh|ag|kg|e\.\s?v|s\.?a\.?s|sarl|s\.?a|s\.?l|s\.?r\.?l
    |s\.?p\.?a|ltda|lda|b\.?v|n\.?v|oy|ab)\.?"""

#: A masthead role before its colon (en, de, fr, es, it, pt); not a bare 'Director:' or 'Editor:',
#: which a film's or a book's fact box has too.
ROLE = r"""(?:publisher|editor[-\s]in[-\s]chief|managing\s+editor|executive\s+editor|editorial\s+director
    |herausgeber(?:in)?|chefredakt(?:eur|eurin|ion)|redaktionsleitung|v\.\s?i\.\s?s\.\s?d\.\s?p\.
    |directeur\s+de\s+(?:la\s+)?publication|directrice\s+de\s+(?:la\s+)?publication|rédact(?:eur|rice)\s+en\s+chef
    |director(?:a)?\s+general|editor(?:a)?\s+jef[ea]|direttore\s+responsabile|direttrice\s+responsabile
    |capo\s?redattore|diretor(?:a)?-geral|editor(?:a)?-chefe|diretor(?:a)?\s+de\s+redação)"""

#: The person or company after a role's colon.
HOLDER = r"""(?-i:\p{Lu})[\p{L}'’.-]*"""

#: The organisation an outlet belongs to, in a footer's own words.
PARENT_NOUN = r"""(?:project|program|programme|publication|initiative|service|product|newsroom|venture)"""

#: A station's identification row: name, frequency, licensee (the longest seen: 15 words).
STATION_ROW_MAX_WORDS = 30

#: A broadcast frequency as a station's line gives it: '89.7 FM', '1010 AM', 'FM 101,3', '98.5 MHz'.
FREQUENCY = r"""(?:\d{2,3}[.,]\d\s*(?:fm|mhz)|\d{3,4}\s*(?:am|khz)|fm\s*\d{2,3}(?:[.,]\d)?)"""

MASTHEAD = (
    Rule(
        name="footer.station_id",
        triggers=("fm", "mhz", "khz"),
        kind="footer",
        patterns=(
            rf"""
            # a row of three or more short items between dots or bars, one of them closing on the frequency:
            # 'KVLR PUBLIC RADIO · 91.3 FM · A SERVICE OF THE VALLEY COLLEGE'
            ^\W{{0,3}}(?:[^|·•\n]{{1,60}}[|·•]\s*){{2,6}}[^|·•\n]{{1,60}}$
                (?<=(?:^\W{{0,3}}|[|·•]\s*)(?:[\w'’&.-]+\s+){{0,4}}?{FREQUENCY}\s*(?:[|·•][^\n]{{0,400}})?)
            """,
        ),
        max_words=STATION_ROW_MAX_WORDS,
        weight=2.0,
        why="A broadcaster's identification row (name · frequency · licensee) closes its pages; a news "
            "sentence gives a frequency inside prose, not as an item between dots.",
        examples=("WVLR · 90.1 FM · Member station of the Valley Public Media network",
                  "Radio Talgrund | UKW 98,4 MHz | Ein Programm des Bürgerfunk e.V.",
                  "KVLR 91.3 FM · Listener-supported · A service of the Valley College"),
        counterexamples=("The station moved to 90.1 FM in 2019 · listeners followed, the manager said · ratings rose",
                         "Tune in at 7 p.m. on 90.1 FM for the debate."),
    ),
    Rule(
        name="footer.imprint",
        triggers=("imprint", "impressum", "legal notice", "publisher information", "mentions légales", "aviso legal",
                  "note legali", "colophon", "expediente", "ficha técnica", "editor-in-chief", "editor in chief",
                  "managing editor", "executive editor", "editorial director", "herausgeber", "chefredakt",
                  "redaktionsleitung", "v.i.s.d.p", "v. i. s. d. p", "directeur de la publication",
                  "directrice de la publication", "directeur de publication", "rédacteur en chef", "rédactrice en chef",
                  "director general", "directora general", "editor jefe", "editora jefa", "direttore responsabile",
                  "direttrice responsabile", "caporedattore", "capo redattore", "diretor-geral", "diretora-geral",
                  "editor-chefe", "editora-chefe", "diretor de redação", "diretora de redação"),
        kind="footer",
        patterns=(
            rf"""
            # the label, then the publisher's company: 'Imprint: Harbor Media LLC, 12 Quay St.'
            ^\W{{0,3}}{IMPRINT_LABEL}\s*[:|–—-]\s*{HOLDER}[^\n:]{{0,60}}?\s{LEGAL_FORM}(?=[\s,;|·•]|$)
            # two masthead fields, each a role, its colon and a name: 'Publisher: Ana Roy · Editor: Li Wei'
            | \b{ROLE}\s*:\s*{HOLDER}[^\n:]{{0,120}}?[\s,;.|·•–—-]{ROLE}\s*:\s*{HOLDER}
            # the German and French legally responsible editor alone: 'V.i.S.d.P.: Jana Ott'
            | ^\W{{0,3}}(?:v\.\s?i\.\s?s\.\s?d\.\s?p\.|directeur\s+de\s+(?:la\s+)?publication
                |directrice\s+de\s+(?:la\s+)?publication|direttore\s+responsabile|direttrice\s+responsabile)\s*:?\s*
                {HOLDER}(?:\s+{HOLDER}){{1,3}}\.?\W{{0,3}}$
            """,
        ),
        max_words=IMPRINT_MAX_WORDS,
        weight=2.0,
        why="An imprint or masthead: the publisher's company after its label, or 'Role: Name' fields; a news "
            "sentence about an editor or a publisher has verbs between the names.",
        examples=("Imprint: Quayside Media LLC, 14 Harbour Rd., Port Ellis. Editor-in-chief: Dora Finch.",
                  "Impressum: Lindenblatt Verlag GmbH, Marktplatz 3, 79098 Freiburg",
                  "Herausgeber: Paul Kessler · Chefredakteurin: Mira Schenk",
                  "Directrice de la publication : Claire Bastide",
                  "Publisher: Hal Brody | Managing editor: Nia Osei | Newsroom: (555) 010-2200",
                  "Direttore responsabile: Marco Sala"),
        counterexamples=("Editor-in-chief Dora Finch said the paper would stop printing on Mondays.",
                         "The publisher, Quayside Media LLC, was fined after the editor resigned.",
                         "Ein Impressum fehlte auf der Seite der Nordwerk GmbH, sagte der Anwalt.",
                         "Director: Ana Ruiz. Editor: Tom Lee. The film opens in 40 cinemas on Friday."),
    ),
    Rule(
        name="footer.outlet_parent",
        triggers=("project of", "program of", "programme of", "publication of", "initiative of", "service of",
                  "product of", "newsroom of", "venture of"),
        kind="footer",
        patterns=(
            rf"""
            # the outlet's owner as the footer states it: 'The Ledger is a project of the Quay Trust, a nonprofit
            # organization.'; 'X is a publication of Y Media LLC.' (the sentence ends there)
            ^\W{{0,3}}[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,5}}?\s+is\s+(?:a|an)\s+(?:(?:editorially\s+)?independent\s+)?
                {PARENT_NOUN}\s+of\s+(?:the\s+)?[^.,;\n]{{2,80}}?
                (?:,\s+(?:an?\s+)?(?:independent\s+|registered\s+)?(?:non-?profit|not-for-profit|non-?partisan|charitable
                    |501\s?\(c\)\s?\(3\)|public\s+charity)(?:\s+(?:news|media|journalism|educational))?
                    (?:\s+(?:organi[sz]ation|corporation|foundation|charity|institute|group))?
                |\s+(?:{LEGAL_FORM}|foundation|trust))
                \s*(?:[.;]|$)
            """,
        ),
        context="not_reported",
        max_words=PARENT_LINE_MAX_WORDS,
        weight=0.5,
        why="The outlet naming its parent organisation in its footer: a hint only (never enough alone), so that "
            "a footer opening with it is not split off as body; a news story about a charity's project keeps it.",
        examples=("The Ridge Courier is a project of the Ridgeline Civic Trust, a nonprofit organization.",
                  "Harbor Voice is a publication of Quayside Media LLC."),
        counterexamples=("The clinic is a project of the Harbor Health Foundation, a nonprofit that runs three "
                         "hospitals, the mayor said.",
                         "The dam is a project of the regional water board."),
    ),
    Rule(
        name="footer.legal_row_copyright",
        triggers=("©", "(c)", "copyright"),
        kind="footer",
        patterns=(
            rf"""
            # a row of link labels, a legal one among them, closed by the copyright line:
            # 'Privacy · Terms · Contact — © 2024 Outlet, all rights reserved'
            # (the legal label looked for once the row has matched: a look back over the row)
            ^\W{{0,3}}(?:{FOOT_ITEM}\W{{1,5}}){{2,20}}(?:©|\(c\)|copyright\b)
                (?<=\b{LEGAL}[^©\n]{{0,400}}(?:©|\(c\)|copyright))[^\n]{{0,120}}$
            """,
            rf"""
            # the other way round, the copyright line first and the row after a separator, a legal label
            # about the site in the row: '© 2025 Outlet LLC | Privacy Notice | Terms | Advertise',
            # '© 2025 Outlet — Terms · Privacy · Do Not Sell My Info', '… · Impressum · Datenschutz'
            {COPYRIGHT_MARK}[^\n]{{0,160}}?[|·•–—]\s*
                (?:(?:{FOOT_ITEM}\W{{1,5}}){{1,20}}{FOOT_ITEM}|{LEGAL_SOLO})\W{{0,3}}$
                (?<=[|·•–—][^©\n]{{0,400}}?\b{SITE_LEGAL}[^©\n]{{0,400}})
            """,
        ),
        max_words=LEGAL_ROW_MAX_WORDS,
        weight=2.5,  # above the copyright rules' 2.0: the links make the line the footer, the © closes it
        why="A footer row of legal links that ends in or follows the site's copyright line is the footer; a "
            "copyright line alone ('© 2024 Outlet') or with the copy's terms ('| Terms of Use | Reprints') stays "
            "the copyright rules'.",
        examples=("Privacy Policy · Terms of Use · Contact Us · Sitemap — © 2025 Ridge Courier, all rights reserved",
                  "Impressum | Datenschutz | Kontakt | © Lindenblatt Verlag 2024",
                  "© 2023 Alder Bay Media LLC | Terms of Service | Privacy Notice | Advertise",
                  "© 2025 Quayside Press — Cookie Policy · Accessibility · Do Not Sell My Info",
                  "© 2024 NORDWERK MEDIEN GMBH · Alle Rechte vorbehalten · AGB · Datenschutzerklärung"),
        counterexamples=("Privacy, terms and contact details: the court said the copyright claim had no merit.",
                         "Contact us about privacy and copyright issues at the county office.",
                         "The © mark is optional under the treaty — privacy terms and contact rules are not."),
    ),
    Rule(
        name="footer.copyright_company",
        triggers=("©", "(c)", "copyright"),
        kind="footer",
        patterns=(
            rf"""
            # the site's copyright line with the publisher's registration or tax number after it:
            # '© Outlet, a service of X Trust. Registered charity no. 1234567', '© 2024 X srl – P.IVA …'
            {COPYRIGHT_MARK}[^\n]{{0,200}}?(?:{COMPANY_ID})
            """,
        ),
        max_words=COPYRIGHT_COMPANY_MAX_WORDS,
        weight=2.5,  # above the copyright rules' 2.0: the registration number makes the line the legal footer
        why="A copyright line that also gives the publisher's registration or tax number is the legal footer; "
            "news about a copyright case quotes no such number.",
        examples=("Text © The Brackenridge Courant, part of the Brackenridge Media Trust. Registered charity number 1098765.",
                  "© 2024 Gazzetta del Porto srl – P.IVA 09876543210",
                  "Copyright 2025 Harbourside Media Ltd. Company number 08123456. Registered in England"),
        counterexamples=("The charity's © logo, registered as a trade mark in 2011, was copied by the firm, the court said.",
                         "A © symbol and a charity's name were printed on the fake tickets sold outside the stadium."),
    ),
)
