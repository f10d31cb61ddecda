"""Contributor lines, desk-and-sources lines and bylines that name a wire agency.

Three shapes that close or open agency-based copy, each a whole line of names:

* '<role> <Name> contributed reporting [from <Place>].' — a colleague credited
  under the story (the same sentence going on about a prize or a year is news);
* 'Compiled by the <…> desk | Sources: <agency>, <agency>' — the desk that put
  the story together and the agencies it used;
* 'By <Name>, <Agency>' — a byline whose only affiliation is a wire agency:
  wire copy's credit rather than a staff byline (``byline.by_name``).
"""

from __future__ import annotations

from .. import NAME, Rule
from .credits import CAPITALISED, CREDIT_ITEM
from .vocab import AGENCY, AGENCY_NAMES, PERSONS

#: A contributor line names a few people and places; the longest seen has 16 words.
CONTRIBUTOR_LINE_MAX_WORDS = 30

#: A desk line with its sources: a desk name and a handful of agencies.
DESK_LINE_MAX_WORDS = 25

#: A byline with an agency: up to four names and two agencies.
AGENCY_BYLINE_MAX_WORDS = 20

#: A place or organisation after 'from' / 'in': capitalised words ('New Delhi', 'the United Nations').
PLACE = r"(?:the\s+)?(?-i:\p{Lu})[\p{L}'’.-]*(?:\s+(?:(?-i:\p{Lu})[\p{L}'’.-]*|de|of|la|do|da)){0,3}"

#: What a contributor is called before the name: 'Staff writer', 'Times correspondent'.
CONTRIBUTOR_ROLE = r"""(?:(?:staff|senior|special|contributing|freelance|local|political|business|investigative|data
    |foreign|national|metro|sports|science|health|education|[\p{L}'’.-]+['’]s)\s+)?
    (?:writers?|reporters?|correspondents?|editors?|photographers?|journalists?|researchers?|producers?)"""

#: Each name on a contributor line may carry its own role, an outlet's name before it:
#: 'Ana Ruiz and Harbor Post correspondent Li Wei'.
ROLE_PERSON = rf"""(?:(?:(?-i:\p{{Lu}})[\p{{L}}'’.&-]*\s+){{0,3}}{CONTRIBUTOR_ROLE}\s+)?{NAME}"""
ROLE_PERSONS = rf"""{ROLE_PERSON}(?:\s*(?:,|and|&)\s*(?:and\s+)?{ROLE_PERSON}){{0,3}}"""

#: 'in <Place>' after a contributor's name (en, fr, es, it, pt, de).
IN_PLACE = rf"""\s+(?:in|à|au|en|a|em|no|na|aus)\s+{PLACE}"""

#: The outlet's own correspondents credited together, in place of names: 'avec nos correspondants',
#: 'with our correspondents', 'con nuestros corresponsales', 'mit unseren Korrespondenten'.
OUR_CORRESPONDENTS = r"""(?:our|nos|nuestr[oa]s|noss[oa]s|i\s+nostri|le\s+nostre|unseren)\s+(?:local\s+|locaux\s+|locales\s+|locais\s+)?
    (?:correspondents?|reporters|stringers|correspondant(?:e|es|s)?|corresponsales|correspondentes|corrispondenti
    |korrespondent(?:en|innen)|reporter(?:innen)?)"""

#: 'with' and the articles an agency's name takes after it, per language (the signature's triggers).
SIGNATURE_WITH = (("with", ("", "the ")), ("avec", ("", "l'", "l’")), ("mit", ("", "der ")), ("con", ("", "la ", "l'")),
                  ("com", ("", "a ")))

#: The desk that compiled a story ('the night desk', 'our newsroom', 'the web team').
DESK = r"""(?:desk|newsroom|news\s+team|editorial\s+(?:team|staff|board)|web\s+team|digital\s+team|online\s+team
    |staff\s+writers?|news\s+staff)"""

#: What a story's sources are called on a credit line (en, de, fr, es, it, pt).
SOURCES = r"""(?:sources?|quellen?|fuentes?|fontes?|fonti|agencies|agences|agencias|agenturen|agenzie|agências)"""

#: Agencies listed after a label: 'AP, Reuters and AFP'.
AGENCY_LIST = rf"""(?:the\s+)?{AGENCY}(?:\s*(?:,|/|and|y|und|et|e|&)\s*(?:the\s+)?{AGENCY}){{0,6}}"""

#: A credit word in the part before a sources label: a 'by' credit or the newsroom's name for itself.
CREDIT_WORD = r"""(?:by|par|por|von|di|de|desk|newsroom|staff|team|redacción|rédaction|redaktion|redazione|redação
    |compiled|compilé|compilado|compilato|zusammengestellt)"""

#: The article an agency's name may take after 'with' ('avec l'AFP', 'con la ANSA', 'with the AP').
AGENCY_ARTICLE = r"(?:l['’]\s*|la\s+|the\s+|a\s+|der\s+)?"

CONTRIBUTORS = (
    Rule(
        name="wire.credits.contributed_reporting",
        triggers=("contributed", "contribuyó", "contribuyeron", "contribuiu", "contribuíram", "a contribué",
                  "ont contribué", "ha contribuito", "hanno contribuito", "mitgearbeitet", "colaboró", "colaboraron",
                  "colaborou", "colaboraram", "a collaboré", "ont collaboré", "ha collaborato", "hanno collaborato"),
        kind="wire.credits",
        patterns=(
            rf"""
            # the whole line: 'Staff writer Ana Ruiz contributed reporting from Lima.'
            # (each name may have its role: 'Ana Ruiz and Post correspondent Li Wei contributed reporting.')
            ^\W{{0,3}}(?:{CONTRIBUTOR_ROLE}\s+)?(?:{PERSONS}|{ROLE_PERSONS})(?:\s*,\s*(?:a\s+|an\s+)?{CONTRIBUTOR_ROLE}(?:\s+(?:for|at|with)\s+{PLACE})?\s*,)?
                \s+(?:also\s+)?contributed\s+(?:additional\s+|further\s+)?(?:reporting|research|to\s+this\s+(?:report|story|article))
                (?:\s+(?:from|in)\s+{PLACE}(?:\s*(?:,|and)\s*{PLACE}){{0,3}})?\.?\W{{0,3}}$
            # 'contributed' alone after a staff role: 'Staff writers A and B contributed.' (never 'Ana Ruiz and Li Wei
            # contributed.' alone, which closes a story about a fund as well)
            | ^\W{{0,3}}{CONTRIBUTOR_ROLE}\s+{ROLE_PERSONS}\s+(?:also\s+)?contributed\.?\W{{0,3}}$
            # in any of the six languages, the verb with or without its object, and more credits after it:
            # 'Paulo Nery contributed. Charts by the X desk.', 'Ana Gil y Luis Paz colaboraron desde Lima. Edición: Eva Roca.'
            | ^\W{{0,3}}(?:{CONTRIBUTOR_ROLE}\s+)?(?:{PERSONS}|{ROLE_PERSONS})\s+(?:also\s+|también\s+|também\s+|aussi\s+|anche\s+)?
                (?:contributed(?:\s+(?:additional\s+|further\s+)?(?:reporting|research))?|colabor(?:ó|aron|ou|aram)
                |(?:a|ont)\s+(?:collaboré|contribué)|(?:ha|hanno)\s+(?:collaborato|contribuito)|contribu(?:yó|yeron|iu|íram)
                |(?:hat|haben)\s+mitgearbeitet)
                (?:\s+(?:from|in|desde|de|depuis|da|em|en|à|a|aus)\s+{PLACE})?
                (?:\s*[.;|]\s*{CREDIT_ITEM}){{1,4}}\.?\W{{0,3}}$
            | ^\W{{0,3}}{PERSONS}\s+(?:contribuyó|contribuyeron|contribuiu|contribuíram|a\s+contribué|ont\s+contribué
                |ha\s+contribuito|hanno\s+contribuito)\s+(?:con\s+información\s+|com\s+informações\s+)?
                (?:a|à|para|al)\s+(?:este|esta|cet|cette|questo|questa|a\s+esta|este|o\s+presente|la\s+presente)\s*
                (?:informe|reportaje|nota|artículo|reportagem|matéria|reportage|article|articolo|servizio|texto|texte)
                (?:\s+(?:desde|depuis|da|de|from)\s+{PLACE})?\.?\W{{0,3}}$
            | ^\W{{0,3}}an\s+(?:diesem|dem)\s+(?:bericht|beitrag|artikel|text)\s+(?:hat|haben)\s+{PERSONS}\s+mitgearbeitet\.?\W{{0,3}}$
            """,
        ),
        max_words=CONTRIBUTOR_LINE_MAX_WORDS,
        weight=2.0,
        why="A line crediting a colleague with reporting on the story; the same names in a sentence that goes "
            "on ('… contributed reporting to the series that won a prize') are news.",
        examples=("Staff writer Omar Haddad contributed reporting.",
                  "Senior correspondent Mei Tanaka contributed reporting from Osaka and Kobe.",
                  "Lars Eke and Priya Nair also contributed reporting.",
                  "Staff reporter Nell Ames and Tidewater Herald correspondent Raúl Pinto contributed reporting.",
                  "Ruth Abara, a reporter for the Coastal Ledger, contributed reporting from Accra.",
                  "Inés Paredes contribuyó a este informe desde Quito.",
                  "Freelance reporters Kim Osei and Lale Demir contributed.",
                  "Paulo Nery contributed. Charts by the Lakeside graphics desk.",
                  "Marta Gil y Pablo Ruiz colaboraron desde Lima. Edición: Ana Sanz.",
                  "Anne Vidal a contribué à cet article.",
                  "An diesem Bericht hat Tobias Rainer mitgearbeitet."),
        counterexamples=("Staff writer Omar Haddad contributed reporting to the 2019 series that won a state award.",
                         "Mei Tanaka contributed research that helped overturn the conviction, her lawyer said.",
                         ("Staff reporter Nell Ames and Herald correspondent Raúl Pinto contributed reporting to the "
                          "2021 series on flooding."),
                         "Researchers from Kobe contributed to the study of the fault line.",
                         "Dozens of neighbours gave money. Maria Lopez and Tom Hale contributed.",
                         "La Cruz Roja y Cáritas colaboraron desde el primer día con las familias."),
    ),
    Rule(
        name="wire.credits.desk_sources",
        triggers=("compiled by", "written by", "edited by", "prepared by", "produced by", "put together by",
                  "source", "quelle", "fuente", "fonte", "fonti", "agencies", "agences", "agencias", "agenturen",
                  "agenzie", "agências"),
        kind="wire.credits",
        patterns=(
            rf"""
            # the desk that made the story, maybe with its sources: 'Compiled by the night desk | Sources: AP, AFP'
            ^\W{{0,3}}(?:compiled|written|edited|prepared|produced|put\s+together)\s+by\s+(?:the\s+|our\s+)?
                (?:[\p{{L}}'’.&-]+\s+){{0,5}}?{DESK}\b
                (?:\s*(?:[|·•;,–—-]\s*|\b(?:with|from)\s+)(?:{SOURCES}\s*:\s*|(?:files|material|reports)\s+from\s+|via\s+)?
                    {AGENCY_LIST}(?:\s+(?:reports|copy|dispatches|material|files))?
                    (?:\s+and\s+(?:[\p{{L}}'’-]+\s+){{0,2}}(?:statements|releases|filings|documents|interviews|data|sources))?)?
                \.?\W{{0,3}}$                                            # '… and company statements
            # a short credit, a separator, then the agencies it used: 'Story by Ana Ruiz | Sources: Reuters, AFP',
            # 'Redacción | Fuentes: EFE y AFP'
            | ^\W{{0,3}}(?=[^|·•\n]{{0,80}}?\b{CREDIT_WORD}\b)[^|·•\n]{{1,80}}?\s*[|·•–—]\s*{SOURCES}\s*:\s*{AGENCY_LIST}\.?\W{{0,3}}$
            """,
        ),
        max_words=DESK_LINE_MAX_WORDS,
        weight=2.0,
        why="A line naming the desk that compiled the story and the agencies it drew on; a sentence about a "
            "desk or a source goes on in words.",
        examples=("Compiled by the Riverton Sentinel world desk | Sources: Reuters, AFP",
                  "Written by our web team with files from AP and Reuters",
                  "Put together by the weekend desk from AFP and dpa dispatches",
                  "Compiled by the Harbour Times business desk from Bloomberg reports and court filings.",
                  "Compiled by the night desk.",
                  "Story by Ana Ruiz | Sources: Reuters, AFP",
                  "Redacción | Fuentes: EFE y AFP",
                  "Zusammengestellt von der Redaktion · Quellen: dpa, AFP"),
        counterexamples=("Compiled by the night desk, the overnight figures show a sharp drop in arrivals.",
                         "Oil rose 3% on Tuesday | Source: Reuters",
                         "Prepared by the city's finance staff, the budget cuts 40 jobs.",
                         "Put together by the desk from Reuters reports and filings, the index fell 4%."),
    ),
    Rule(
        name="wire.credits.agency_byline",
        leads=("by ", "von ", "par ", "por ", "di ", "de ", "door "),  # whole words: 'de' alone opens 'Despite'
        kind="wire.credits",
        patterns=(
            rf"""
            # 'By ANA RUIZ Associated Press', 'Von Jana Ott und Uwe Kern, dpa', 'Par Anne Roy (AFP)',
            # 'Por Ana Gil, con EFE y Reuters'
            ^\W{{0,3}}(?:by|von|par|por|di|de|door)\s+{PERSONS}\s*(?:[,|/·–—-]\s*|\(\s*|\s)
                (?:(?:with|avec|mit|con|com)\s+)?{AGENCY_ARTICLE}{AGENCY}
                (?:\s*(?:[,/]|and|und|et|y|e|&)\s*(?:de\s+|da\s+|di\s+)?{AGENCY_ARTICLE}{AGENCY})*\)?
                (?:\s+(?:[\p{{L}}-]+\s+){{0,2}}(?:writer|correspondent|reporter|editor|korrespondent(?:in)?|correspondant(?:e)?
                  |corresponsal|corrispondente))?\W{{0,3}}$                    # 'By Ana Ruiz, AP Science Writer'
            # a signature closing the story, names, maybe the outlet, then the agency it used:
            # '— Ana Ruiz, Harbor Post, with AFP', 'Léa Morel, avec l'AFP'
            | ^\W{{0,3}}{PERSONS}\s*,\s*(?:{CAPITALISED}\s*,\s*)?(?:with|avec|mit|con|com)\s+{AGENCY_ARTICLE}{AGENCY}
                (?:\s*(?:[,/]|and|und|et|y|e|&)\s*{AGENCY_ARTICLE}{AGENCY})*\W{{0,3}}$
            """,
        ),
        # the signature's 'with AGENCY' ('avec l'AFP', 'con la ANSA'): phrases, not the bare 'with'
        triggers=tuple(dict.fromkeys(f"{w} {art}{name.lower()}" for w, arts in SIGNATURE_WITH for art in arts
                                     for name in AGENCY_NAMES)),
        max_words=AGENCY_BYLINE_MAX_WORDS,
        weight=2.5,  # above ``byline.by_name``: the agency makes it wire copy's credit
        why="A byline whose affiliation is a wire agency credits agency copy; a staff byline names no agency.",
        examples=("By TOMAS REYES Associated Press", "Von Jana Ott und Uwe Kern, dpa", "Par Anne Roy (AFP)",
                  "By Kofi Mensah, Reuters", "By DANA OKAFOR, AP Health Writer", "Par Léa Morel, avec l'AFP et Belga", "Por Ana Gil, con EFE",
                  "— Tomas Berg, Nordic Ledger, with Reuters", "Inés Moreno, con EFE"),
        counterexamples=("By Tuesday the Reuters report had been corrected.",
                         "Ana Ruiz, the mayor, with AFP cameras rolling, cut the ribbon.",
                         "By Ana Ruiz and Reuters staff, the award was shared with two local papers."),
    ),
    Rule(
        name="wire.credits.byline_with_contributors",
        leads=("by ", "von ", "par ", "por ", "di ", "de "),
        kind="wire.credits",
        patterns=(
            rf"""
            # a multi-bureau credit: the writer, then colleagues in other places, names and places only:
            # 'By Ana Ruiz, with Li Wei in Lima', 'Par Anne Roy, avec Marc Bel à Nantes et Léa Morel à Lyon'
            ^\W{{0,3}}(?:by|par|por|von|di|de)\s+{PERSONS}\s*[,;]\s*(?:with|avec|con|com|mit)\s+
                (?:{PERSONS}{IN_PLACE}
                    (?:\s*(?:,|and|et|y|e|und)\s*(?:(?:with|avec|con|com|mit)\s+)?{PERSONS}{IN_PLACE}){{0,3}}
                |{OUR_CORRESPONDENTS}{IN_PLACE}(?:\s*(?:,|and|et|y|e|und)\s*{PLACE}){{0,4}})   # '…, avec nos correspondants
                \.?\W{{0,3}}$                                                              #  à Rodez et Millau'
            """,
        ),
        max_words=AGENCY_BYLINE_MAX_WORDS,
        weight=2.5,  # above ``byline.by_name``: colleagues credited by bureau make it a contributor line
        why="A byline crediting colleagues in other bureaus ('By X, with Y in Z') is a wire-style contributor "
            "line; a sentence that opens with 'By …' goes on past the places.",
        examples=("By Hana Ortiz, with Piet Laan in Rotterdam", "Par Élise Garnier, avec Hugo Bret à Rennes",
                  "Por Julia Campos, con Mateo Ríos en Quito y Sara León en Lima",
                  "Par Claire Vautrin, avec nos correspondants à Brest, Quimper et Lorient",
                  "By Ruth Okafor, with our correspondents in Kano and Jos"),
        counterexamples=("By Tuesday, with Ana Ruiz in Lima, the team had finished the count.",
                         "Par Élise Garnier, avec Hugo Bret à Rennes, la pièce a triomphé.",
                         "Par ailleurs, avec nos correspondants à Lyon, nous avons suivi le procès."),
    ),
)
