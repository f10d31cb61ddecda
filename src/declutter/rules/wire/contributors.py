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

from .. import Rule
from .vocab import AGENCY, PERSONS

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
                  "ont contribué", "ha contribuito", "hanno contribuito", "mitgearbeitet"),
        kind="wire.credits",
        patterns=(
            rf"""
            # the whole line: 'Staff writer Ana Ruiz contributed reporting from Lima.'
            ^\W{{0,3}}(?:{CONTRIBUTOR_ROLE}\s+)?{PERSONS}(?:\s*,\s*(?:a\s+|an\s+)?{CONTRIBUTOR_ROLE}(?:\s+(?:for|at|with)\s+{PLACE})?\s*,)?
                \s+(?:also\s+)?contributed\s+(?:additional\s+|further\s+)?(?:reporting|research|to\s+this\s+(?:report|story|article))
                (?:\s+(?:from|in)\s+{PLACE}(?:\s*(?:,|and)\s*{PLACE}){{0,3}})?\.?\W{{0,3}}$
            # es, pt, fr, it, de: 'Ana Ruiz contribuyó a este informe', 'Anne Roy a contribué à cet article'
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
                  "Ruth Abara, a reporter for the Coastal Ledger, contributed reporting from Accra.",
                  "Inés Paredes contribuyó a este informe desde Quito.",
                  "Anne Vidal a contribué à cet article.",
                  "An diesem Bericht hat Tobias Rainer mitgearbeitet."),
        counterexamples=("Staff writer Omar Haddad contributed reporting to the 2019 series that won a state award.",
                         "Mei Tanaka contributed research that helped overturn the conviction, her lawyer said.",
                         "Researchers from Kobe contributed to the study of the fault line."),
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
                    {AGENCY_LIST}(?:\s+(?:reports|copy|dispatches|material|files))?)?
                \.?\W{{0,3}}$
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
                  "Compiled by the night desk.",
                  "Story by Ana Ruiz | Sources: Reuters, AFP",
                  "Redacción | Fuentes: EFE y AFP",
                  "Zusammengestellt von der Redaktion · Quellen: dpa, AFP"),
        counterexamples=("Compiled by the night desk, the overnight figures show a sharp drop in arrivals.",
                         "Oil rose 3% on Tuesday | Source: Reuters",
                         "Prepared by the city's finance staff, the budget cuts 40 jobs."),
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
            """,
        ),
        max_words=AGENCY_BYLINE_MAX_WORDS,
        weight=2.5,  # above ``byline.by_name``: the agency makes it wire copy's credit
        why="A byline whose affiliation is a wire agency credits agency copy; a staff byline names no agency.",
        examples=("By TOMAS REYES Associated Press", "Von Jana Ott und Uwe Kern, dpa", "Par Anne Roy (AFP)",
                  "By Kofi Mensah, Reuters", "By DANA OKAFOR, AP Health Writer", "Par Léa Morel, avec l'AFP et Belga", "Por Ana Gil, con EFE"),
        counterexamples=("By Tuesday the Reuters report had been corrected.",
                         "By Ana Ruiz and Reuters staff, the award was shared with two local papers."),
    ),
)
