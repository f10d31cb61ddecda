"""Agency lines: a wire story's time stamp, its dateline left on a line of its own, and the lines that credit
the wires for the story ('Staff and agencies', 'Compiled from wire reports (AP, AFP)', 'Elaborado con
información de agencias'), in six languages.

Apart from :mod:`.credits` (people credited by role) to keep both modules short; the kind is the same.
"""

from __future__ import annotations

from .. import NAME, Rule
from .credits import CITY_CAPS, CODE, CREDITS_MAX_WORDS, DESK_CODE_MAX_WORDS
from .vocab import AGENCY, AGENCY_NAMES

#: An agency's time-stamp line ('ANI | Updated: Mar 3, 2024 18:42 IST') is about ten tokens.
AGENCY_STAMP_MAX_WORDS = 14

#: Agencies named after a wire credit: ' (AP, AFP, Reuters)', ': dpa, KNA', ' including AP and Reuters'.
#: Any capitalised name or a lower-case agency code: after a wire credit every name is an agency, and a
#: copy of the ``AGENCY`` list costs more compile time than the rule's other branches together.
_LISTED_AGENCY = r"(?:(?-i:\p{Lu})[\p{L}.&-]{1,25}(?:\s+(?-i:\p{Lu})[\p{L}.&-]{1,25}){0,2}|dpa|epd|kna|ots|rtr|apa)"
AGENCY_LIST = rf"""(?:(?:\s*[(:–—-]\s*|\s*,\s*|\s+(?:including|such\s+as|like|incluidas?|incluindo|notamment|tra\s+cui
    |darunter)\s+){_LISTED_AGENCY}(?:\s*(?:,|/|and|y|e|et|und|&)\s*{_LISTED_AGENCY}){{0,5}}\s*\)?)"""

#: A story put together ('compiled', 'written up') in the five other languages.
COMPILED_FOREIGN = r"""(?:elaborad[oa]|redactad[oa]|compilad[oa]|escrit[oa]|preparad[oa]|redigid[oa]|rédigée?|compilée?
    |préparée?|écrite?|réalisée?|redatt[oa]|compilat[oa]|scritt[oa]|preparat[oa]|zusammengestellt|verfasst|erstellt)"""

#: The wires as a source, in the five other languages: agencies, their dispatches and copy.
WIRE_FOREIGN = r"""(?:agencias|agences|agenzie|agências|agenturen|agenturmaterial|agenturmeldungen|agenturberichte(?:n)?
    |despachos|teletipos|dépêches|dispacci|lanci\s+d['’]agenzia|lanci\s+di\s+agenzia|notas\s+de\s+agência)"""

AGENCY_LINES = (
    Rule(
        name="wire.credits.agency_stamp",
        leads=tuple(dict.fromkeys(name.split()[0].lower() for name in AGENCY_NAMES)),
        kind="wire.credits",
        patterns=(
            rf"""
            # an agency's name and the copy's time stamp on one line: 'PTI | Updated: Mar 3, 2024 09:10 IST'
            ^\W{{0,3}}{AGENCY}\s*[|·•,–—-]\s*(?:last\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht
                |actualizado|publicado|mis\s+à\s+jour|publié|aggiornato|pubblicato|atualizado)
                (?:\s*:\s*|\s+(?:on|at|am|le|el|il|em|às|a\s+las)\s+)(?:\w+\.?,?\s+)?\d[^\n]{{0,40}}$
            """,
        ),
        max_words=AGENCY_STAMP_MAX_WORDS,
        weight=2.0,
        why="A wire story's stamp line, agency then 'Updated:' and a date; a sentence that opens with an "
            "agency goes on in words, not in a time stamp.",
        examples=("IANS | Updated: Jan 9, 2025 07:15 IST", "dpa · Aktualisiert am 4. März 2024, 16:20 Uhr",
                  "Reuters - Published on 12 June 2023"),
        counterexamples=(
            "Reuters - Published figures show 3% growth in the second quarter.",
            "AP updated its style guide on 14 March to drop the hyphen.",
        ),
    ),
    Rule(
        name="wire.credits.dateline",
        triggers=("(",),
        kind="wire.credits",
        patterns=(
            rf"""
            # a dateline left on its own line: 'LIMA, Peru (AP) —', 'OSLO, June 3 (NTB) --', 'ROMA, 2 (ANSA)'
            ^[\W_]{{0,3}}{CITY_CAPS}
                (?=,|[^(\n]*\([^()\n]*\)\s*(?:--|—|–|-|:))                        # a comma part, or a dash after the tag
                (?:,\s*(?-i:\p{{Lu}})[\p{{L}}.'’-]*(?:\s+(?-i:\p{{Lu}})[\p{{L}}.'’-]*){{0,2}})?   # region: ', Kenya'
                (?:,\s*(?:(?-i:\p{{Lu}})\p{{L}}{{2,8}}\.?\s+)?\d{{1,2}}              # date: ', March 4', ', 14',
                    (?:\.?\s+(?:de\s+)?\p{{L}}{{3,10}}\.?(?:\s+(?:de\s+)?\d{{4}})?)?)?          #  ', 12 MAG', ', 3 de mayo de 2024'
                \s*\(\s*(?:(?-i:\p{{Lu}})|(?:dpa|epd|kna|ots|apa|rtr)\b)[\p{{L}}\s.&/-]{{0,30}}\)    # the agency: '(AP)', '(dpa)'
                \s*(?:--|—|–|-|:)?[\W_]{{0,2}}$
            # the German-style dateline, the city in title case: 'Berlin (dpa) –', 'Graz, 4. März (APA) -'
            | ^[\W_]{{0,3}}(?-i:\p{{Lu}}\p{{Ll}}+(?:[\s-]\p{{Lu}}\p{{Ll}}+){{0,2}})(?=,|\s*\()          # the city, then its
                (?:\s*,\s*\d{{1,2}}\.\s*(?-i:\p{{Lu}}\p{{Ll}}+))?                                  # ', 4. März'
                \s*\(\s*(?:(?-i:\p{{Lu}}{{2,6}})|{AGENCY})(?:\s*/\s*(?:(?-i:\p{{Lu}}{{2,6}})|{AGENCY}|{CODE})){{0,2}}\s*\)
                \s*(?:--|—|–|-)[\W_]{{0,2}}$                                                    # the dash it ends on
            """,
        ),
        max_words=DESK_CODE_MAX_WORDS,
        weight=2.0,
        why="A dateline split from its story ('CITY, Country (AGENCY) —') is a line of its own only when "
            "the scraper cut it off; a heading has no agency tag and no dash.",
        examples=("LIMA, Peru (AP) —", "OSLO, June 3 (NTB) --", "ROMA, 2 (ANSA)", "SAN JOSÉ, Costa Rica (EFE) –",
                  "TORINO, 4 GIU (ANSA) -", "QUITO, 9 de marzo (EFE).-", "LYON, 3 mai (AFP) -", "KÖLN, 5. Juni (dpa) -",
                  "Linz (APA) –", "Bad Kissingen, 12. Mai (dpa/lby) -"),
        counterexamples=(
            "WHO (World Health Organization)",
            "LIMA, Peru (AP) — Rescuers pulled three miners from a collapsed shaft on Tuesday.",
            "TORINO, 4 GIU (ANSA) - La Juventus ha presentato il nuovo allenatore.",
            "NASA (the space agency) said the launch was delayed.",
            "Berlin (dpa) – Die Bahn streicht am Wochenende zahlreiche Verbindungen.",
            "Fragen an Berlin (FAQ)",
        ),
    ),
    Rule(
        name="wire.credits.agencies",
        triggers=("agencies", "wires", "and staff", "& staff", "with staff", "wire report", "wire service", "wire dispatch", "wire copy", "agency report",
                  "agency copy", "agency dispatch", "agency material", "news agency",
                  # the wires in the other languages (``WIRE_FOREIGN``)
                  "agencias", "agences", "agenzie", "agências", "agentur", "despachos", "teletipos", "dépêches",
                  "dispacci", "lanci d", "notas de agência"),
        kind="wire.credits",
        patterns=(
            rf"""
            # a byline shared with the agencies: 'Staff and agencies', 'Ana Ruiz and agencies in Lima'
            ^[\W_]{{0,3}}(?:by\s+)?(?:(?:our\s+)?staff|{NAME}|(?:our\s+)?(?:correspondents?|reporters?))\s+(?:and|&)\s+
                (?:agencies|wires|wire\s+services|news\s+agencies)
                (?:\s+in\s+(?-i:\p{{Lu}})[\p{{L}}'’-]+(?:\s+(?-i:\p{{Lu}})[\p{{L}}'’-]+){{0,2}})?[\W_]{{0,3}}$
            | ^[\W_]{{0,3}}(?:agencies|news\s+agencies|wire\s+services|(?:staff\s+and\s+)?wire\s+reports)[\W_]{{0,3}}$
            | ^[\W_]{{0,3}}(?:{AGENCY}|agencies|wires)\s*,?\s+(?:and|&|with)\s+(?:staff|our\s+correspondents?)(?:\s+reports?)?[\W_]{{0,3}}$
                                                                        # the other way round: 'Reuters and staff', 'AFP, with staff'
            | ^[\W_]{{0,3}}(?:(?:our\s+)?staff|{NAME})\s*,\s*with\s+(?:agencies|wires|wire\s+services)[\W_]{{0,3}}$
                                                                        # 'Staff, with wires', 'Ana Ruiz, with agencies'
            # the story's source on a line of its own: 'Compiled by the night desk from wire reports'
            | ^[\W_]{{0,3}}(?:(?:compiled|written|edited|prepared|adapted|assembled|produced|put\s+together)\s+
                (?:by\s+[^.\n]{{1,60}}?\s+)?from
                |based\s+on|from)\s+(?:staff\s+and\s+|our\s+)?(?:wire|agency|news\s+agency|international\s+agency)\s+
                (?:reports|services|copy|dispatches|material)(?:\s+and\s+[^.\n]{{1,40}}?)?
                {AGENCY_LIST}?\.?[\W_]{{0,3}}$                               # '… from wire services (AP, Reuters).'
            # the same in the other languages: 'Elaborado por la redacción con información de agencias (EFE)',
            # 'Rédigé à partir de dépêches d'agences', 'Redatto su lanci d'agenzia', 'Nach Agenturmeldungen erstellt'
            | ^[\W_]{{0,3}}(?:{COMPILED_FOREIGN}(?:\s+(?:por|par|da|dalla|dal|von|pel[oa])\s+[^.\n]{{1,60}}?)?\s+)?
                (?:con|com|avec|a\s+partir\s+de|à\s+partir\s+de|sobre\s+la\s+base\s+de|com\s+base\s+em|sur\s+la\s+base\s+de
                |d['’]après|su|sulla\s+base\s+di|con\s+(?:materiale|informazioni)\s+di|aus|auf\s+basis\s+von|nach|mit|segundo)\s+
                (?:(?:los|las|les|des|de|di|dei|delle|das|dos|der|den)\s+)?
                (?:(?:información|informaciones|informações|informations|informazioni|material|materiale|notas|noticias)\s+
                    (?:de\s+|di\s+|das\s+|d['’])?(?:las\s+|les\s+|le\s+)?)?
                {WIRE_FOREIGN}(?:\s+(?:de\s+|d['’]|di\s+|das\s+)?(?:agencias|agences|agenzia|agenzie|agências|agência))?
                (?:\s+(?:y|et|e|und|und\s+eigenen)\s+[^.\n]{{1,40}}?)?{AGENCY_LIST}?
                (?:\s+(?:erstellt|zusammengestellt|verfasst))?\.?[\W_]{{0,3}}$
            """,
        ),
        max_words=CREDITS_MAX_WORDS,
        weight=2.0,
        why="Lines that credit the wires for the story ('Staff and agencies', 'Compiled from wire reports'); "
            "a news sentence about agencies goes on past the credit.",
        examples=(
            "Staff and agencies in Manila",
            "Dana Price and agencies",
            "Compiled by our world desk from wire reports.",
            "Based on agency reports",
            "AFP and staff",
            "— Reuters, with staff",
            "Staff, with wires",
            "Put together by the weekend desk from wire services (AFP, dpa).",
            "Elaborado por la redacción con información de agencias (EFE, AFP).",
            "Rédigé par notre service international à partir de dépêches d'agences.",
            "Redatto dalla redazione esteri su lanci d'agenzia.",
            "Redigido pela equipe a partir de despachos das agências (Lusa, AFP).",
            "Zusammengestellt von der Nachrichtenredaktion aus Agenturmeldungen (dpa, Reuters).",
        ),
        counterexamples=(
            "Staff and agencies were told to evacuate the building by noon.",
            "The figures were compiled from wire reports and police statements, the researchers said.",
            "Agencies in the region have struggled to keep up with demand.",
            "Reuters and staff at two local papers shared the award.",
            "AFP, with staff cuts looming, closed two bureaus in Africa last year.",
            "Elaborado por el ministerio con información de agencias de inteligencia, el informe se filtró el lunes.",
            "Con agencias de viajes cerradas, los turistas quedaron varados en el aeropuerto.",
            "Nach Agenturberichten wurden mindestens zwölf Menschen verletzt.",
        ),
    ),
)
