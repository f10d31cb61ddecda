"""A footer's contact line: the outlet's or press office's fields, nothing else.

Its shape, in every language, is two or more fields among a street address, a
postcode and town, a telephone number and an e-mail address, joined by '·',
'|', commas or a full stop before a label ('…, Cedar Falls. Tel. …'):

* 'Harbour Post, 12 Quay Lane, Portmore · Tel. 555-0142'
* 'Service de presse · 8, rue des Tanneurs · 67000 Strasbourg · presse@example.fr'
* 'Redaktion Talbote | Lindenstraße 12 | redaktion@example.de | Tel. 0711 555 210'

What stays body: a sentence that gives an address or a number has verbs
('Anyone with information is asked to call …', 'Volunteers can reach the shelter
at …'); the rule's veto reads them.  :mod:`.page` keeps the older
street-and-US-telephone line (``footer.contact_line``).
"""

from __future__ import annotations

from .. import Rule, Veto

#: A contact line is a handful of fields (the longest seen: about 25 words).
CONTACT_FIELDS_MAX_WORDS = 35

#: An e-mail address.
EMAIL = r"""[\w.+-]+@[\w-]+(?:\.[\w-]+)+"""

#: A telephone or fax number after its label, in six languages ('Tel. 0341 555 210', 'Tél. : 03 88 …').
LABELLED_PHONE = r"""(?:(?:tel(?=[.:\s])|tél|phone|telephone|téléphone|telefon|teléfono|telefone|telefono|fax|ph(?=\.))\.?\s*:?
    # or the desk the number reaches, with its colon: 'Newsroom: 555-0110', 'Redaktion: 0711 …', 'Redazione: 02 …'
    |(?:newsroom|news\s*desk|editorial|advertising|circulation|subscriptions|switchboard|front\s+desk|main\s+office
      |redaktion|anzeigen|aboservice|leserservice|zentrale|rédaction|standard|publicité|abonnements|redacción|publicidad
      |suscripciones|centralita|redazione|pubblicità|abbonamenti|centralino|redação|redacção|publicidade|assinaturas)\s*:)
    \s*\+?[\d(][\d\s()/.-]{4,20}\d"""

#: A telephone number without a label: North American, or international with its '+' code.
BARE_PHONE = r"""(?:(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b
    |\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b)"""

#: A street address: a number and a street word, in each language's order ('200 College Ave',
#: '8, rue des Tanneurs', 'Calle Mayor 5', 'Via Roma 10', 'Rua das Flores, 100', 'Lindenstraße 12',
#: 'Am Schlossgarten 4').
STREET = r"""(?:\b\d{1,5}[a-z]?\s+(?:[\p{L}'’.-]+\s+){1,3}(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?
        |lane|ln\.?|drive|dr\.?|way|place|pl\.?|court|ct\.?|square|sq\.?|parkway|pkwy\.?|highway|hwy\.?|plaza
        |terrace|circle)(?=\W|$)                                                                          # en
    | \b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|quai|route|impasse|cours)\b  # fr
    | \b(?:calle|c/|avenida|avda\.?|paseo|plaza|carrer|camino|ronda|via|viale|piazza|piazzale|corso|largo|vicolo
        |rua|travessa|praça|alameda|estrada|rue|avenue|am|an\s+der|an\s+dem|auf\s+der|im|zum|zur)\s+
        (?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+(?:\s+|,\s*)(?:n\.?\s*|nº\s*)?\d{1,4}[a-z]?\b                   # es it pt, de 'Am Markt 4'
    | \b\p{L}{3,}(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt)\s+\d{1,4}[a-z]?\b)     # de
"""

#: A postcode and its town ('67000 Strasbourg', 'D-04109 Leipzig', 'Portmore, ME 04101', '01310-100').
POSTCODE = r"""(?:\b(?:[A-Z]{1,2}-)?\d{5}\s+(?-i:\p{Lu})\p{L}+|\b(?-i:[A-Z]{2})\s+\d{5}(?:-\d{4})?\b|\b\d{4,5}-\d{3}\b)"""

#: A separator between cells, and the cells skipped before a field: whole cells, then maybe the start of
#: the field's own cell up to a full stop ('Cedar Falls. Tel. …').
SEP_CHAR = r"""[|·•,;/–—]\s*"""
CELLS = r"""(?:[^|·•,;/–—\n]*[|·•,;/–—]\s*)*?(?:[^|·•,;/–—\n]*?\.\s+)?\s*"""

#: Any field, and the fields a telephone label or an '@' holds (the rule's triggers).
ANY_FIELD = rf"""(?:{EMAIL}|{LABELLED_PHONE}|{BARE_PHONE}|{STREET}|{POSTCODE})"""
#: A telephone label left dangling at the line's end is a field too: sentence splitting may cut 'Tel.'
#: from its number ('… 1A0 · Tel.' + '250-555-0199 · …'), and the first part must still read as fields.
GATED_FIELD = rf"""(?:{EMAIL}|{LABELLED_PHONE}|(?:tel|tél|phone|telefon|teléfono|telefone|telefono|fax)\.?\s*:?\s*$)"""

#: Words of a sentence, which a contact line has none of (en, fr, es, de, it, pt): a police appeal or a
#: news sentence that gives an address and a number.  'est' and 'são' in lower case only: 'Rue de l'Est',
#: 'São Paulo' are addresses.
SENTENCE_WORDS = r"""\b(?:is|are|was|were|be|been|said|says|asked|call|calls|called|can|could|should|will|would|has|have
    |had|police|please|reach|visit|write|told|at|(?-i:est)|sont|était|appelez|selon|peut|es|son|fue|dijo|según|llame|puede
    |ist|sind|war|wurde|sagte|laut|bitte|rufen|kann|è|sono|era|secondo|chiamare|può|é|(?-i:são)|foi|disse|segundo|ligue
    |pode|sich|bittet|melden|polizei|policía|polizia|polícia|gendarmerie|demande|veuillez|pide|llamar|prega|pede|ligar)\b"""

#: A veto's ``none_of`` that never matches: any sentence word cancels the match.
NEVER = r"(?!)"

CONTACT = (
    Rule(
        name="footer.contact_fields",
        kind="footer",
        triggers=("@", "tel.", "tel:", "tel ", "tél", "phone", "telephone", "telefon", "teléfono", "telefone", "telefono", "fax", "ph.",
                  "newsroom:", "news desk:", "newsdesk:", "editorial:", "advertising:", "circulation:", "subscriptions:",
                  "switchboard:", "front desk:", "main office:", "redaktion:", "anzeigen:", "aboservice:", "leserservice:",
                  "zentrale:", "rédaction :", "rédaction:", "standard :", "standard:", "publicité :", "publicité:",
                  "abonnements :", "abonnements:", "redacción:", "publicidad:", "suscripciones:", "centralita:",
                  "redazione:", "pubblicità:", "abbonamenti:", "centralino:", "redação:", "redacção:", "publicidade:",
                  "assinaturas:"),
        patterns=(
            rf"""
            # two or more fields, one of them an e-mail or a labelled telephone, in either order, each at the start
            # of a cell (after the line's start, a separator or a full stop), so that the search tries a few cell
            # starts, not every character: 'Press office | 200 College Ave | news@example.edu'
            ^{CELLS}{ANY_FIELD}[^\n]*?{SEP_CHAR}{CELLS}{GATED_FIELD}
            | ^{CELLS}{GATED_FIELD}[^\n]*?{SEP_CHAR}{CELLS}{ANY_FIELD}
            """,
        ),
        unless=Veto(any_of=SENTENCE_WORDS, none_of=NEVER),
        max_words=CONTACT_FIELDS_MAX_WORDS,
        weight=2.0,
        why="A line of contact fields only (address, postcode, telephone, e-mail) is a footer; a sentence that "
            "gives an address and a number has verbs, which the veto reads.",
        examples=("Harbour Post, 12 Quay Lane, Suite 4, Portmore. Tel. 555-0142",
                  "Media relations | 45 Campus Drive | press@northfield.example | Newsroom",
                  "Service de presse · 8, rue des Tanneurs · 67000 Strasbourg · presse@ville.example",
                  "Redaktion Talbote · Lindenstraße 12 · 70173 Stuttgart · Tel. 0711 555 210",
                  "Gabinete de comunicación, Calle Mayor 5, 28013 Madrid, prensa@ayto.example",
                  "Ufficio stampa — Via Roma 10 — ufficiostampa@comune.example",
                  "Assessoria de imprensa | Rua das Flores, 100 | Tel. (11) 5555-0101",
                  "THE MILL CREEK LEDGER, 48 FRONT ST., MILL CREEK — ADVERTISING: 555-0187",
                  "Redazione: 0461 555 210 · Via Manci 4 · 38122 Trento"),
        counterexamples=("Anyone with information is asked to call police at 555-0142 or write to tips@police.example.",
                         "Volunteers can reach the shelter at 80 Pine Road, 555-010-2231, volunteers@shelter.example",
                         "Le service de presse est joignable au 8, rue des Tanneurs, tél. 03 88 55 55 55.",
                         "Die Polizei bittet unter Tel. 0711 8990 um Hinweise; Zeugen melden sich in der Lindenstraße 12.",
                         "The newsroom moved to 12 Quay Lane in 2019; circulation: 8,500 copies a week, down from 12,000."),
    ),
)
