"""Wire-service and site copyright lines, and reporting/editing credit lines."""

from __future__ import annotations

from . import Rule, group

#: A copyright notice is a short line; longer blocks that merely mention
#: copyright are news.  Calibrated on the dev set (longest notice: 31 words).
COPYRIGHT_MAX_WORDS = 60

#: "With information from EFE" lines stand alone.
AGENCY_LINE_MAX_WORDS = 15

#: Credit lines ("Reporting by …; Editing by …") are short.
CREDITS_MAX_WORDS = 60

COPYRIGHT = (
    Rule(
        name="wire.copyright.notice",
        triggers=('©', '(c)', 'copyright', 'copr', 'dpa:', 'reserved', 'vorbehalten', 'réservés', 'reservados', 'riservati'),
        kind="wire.copyright",
        patterns=(
            r"""
            (?:©|\(c\)|\bcopyright\b|\bcopr\.)\s*(?:\d{4}|(?-i:\p{Lu}))                  # "© 2023 …", "(c) Reuters"
            | ^\W{0,3}©\s*\w                                                       # a line opening with ©: "© dpa-infocom"
            | \bdpa:\d{6}-\d{2}-\d+                                                # a dpa wire id: 'dpa:231104-99-123456/3'
            | \ball\s+rights\s+reserved\b
            | \balle\s+rechte\s+vorbehalten\b | \btous\s+droits\s+réservés\b
            | \btodos\s+los\s+derechos\s+reservados\b | \btutti\s+i\s+diritti\s+riservati\b
            """,
        ),
        max_words=COPYRIGHT_MAX_WORDS,
        weight=2.0,
        why="Copyright lines close wire copy and site footers.",
        examples=("© Thomson Reuters 2020. All rights reserved.", "©2024 Bloomberg L.P.",
                  "(c) dpa-infocom, dpa:240312-99-455120/2"),
        counterexamples=(
            "Lawyers for the author argued that the novel's opening chapter had been copied almost "
            "word for word from a short story.",
        ),
    ),
    Rule(
        name="wire.copyright.reproduction_prohibited",
        triggers=('may not', 'must not', 'cannot', 'no part', 'reproduc', 'redistribu', 'redifus', 'vervielf', 'prohibida', 'interdite', 'nachdruck'),
        kind="wire.copyright",
        patterns=(
            r"""
            \b(?:may\s+not|must\s+not|cannot)\s+be\s+(?:re-?produced|re-?published|re-?distributed|
                broadcast|rewritten|copied)
            | \bno\s+part\s+of\s+this\s+(?:material|article|publication|content)
            | \b(?:reproduction|redistribution|redifusión|reproducción|redistribución|vervielfältigung)\b
                [^.]{0,120}\b(?:prohibited|forbidden|prohibida|interdite|untersagt|without|sin|ohne|sans)\b
            | \bqueda\s+prohibida\b | \breproduction\s+interdite\b | \bnachdruck\s+(?:nur|verboten)
            """,
        ),
        max_words=COPYRIGHT_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'May not be reproduced without permission' lines from wire services.",
        examples=("Queda prohibida la redistribución total o parcial de este contenido sin autorización.",),
        counterexamples=("The court said the photos may not be reproduced, the lawyer told reporters.",),
    ),
)

CREDITS = (
    Rule(
        name="wire.credits.reporting_editing",
        triggers=("reporting by", "writing by", "editing by", "compiled by", "translated by", "graphics by",
                  "research by", "checking by", "assistance from",
                  "contributed", "contributing", "contributor", "((", "redacción", "información de", "edición de", "material von",
                  "mitarbeit", "édité", "edited by", "editado", "bearbeitet", "redigiert", "texte", "rédaction", "reportaje", "texto", "reportage", "rédigé", "avec afp", "avec reuters", "avec ap",
                  "avec dpa"),
        kind="wire.credits",
        patterns=(
            r"""
            \b(?:reporting|writing|editing|additional\s+reporting|compiled|translated|graphics
                |research|fact-?checking)\s+by\s+(?-i:\p{Lu})                    # "Editing by Gareth Jones"
            | ^\W{0,4}(?:--|—|–)?\s*with\s+assistance\s+from\s+(?-i:\p{Lu})               # Bloomberg
            | \b(?:writers?|reporters?|correspondents?)\s+[^.]{0,120}\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)
            | \bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)
            | \b(?:ap|afp|reuters|associated\s+press|bloomberg|upi)\s+(?:writers?|reporters?|correspondents?|photographers?)\b
                [^.]{0,80}\bcontributed\b                                     # "AP reporters X and Y contributed from …"
            | \b(?:the\s+)?(?:associated\s+press|reuters|afp|ap|bloomberg|dpa|efe|upi)\s+contributed\s+(?:reporting|to)\b
            | ^\s*\(\([^()]{0,200}@[^()]{0,200}\)\)\s*$                              # ((reporter@agency; +44 …))
            | \b(?:redacción|información|edición)\s+de\s+(?-i:\p{Lu})[^;]{0,60};        # es
            | \b(?:mit\s+material\s+von|mitarbeit:)\s                                # de
            | ;\s*(?:édité|edited|editado|edición|bearbeitet|redigiert)\s+(?:par|by|por|von)\s+(?-i:\p{Lu})  # '…; édité par X'
            | ^\W{0,3}(?:reportage|texte|rédaction|información|reportaje|texto)\s+(?:de|par|por)\s+(?-i:\p{Lu})[^;]{0,60};
            | \b(?:reportage|rédigé|édité|avec)\s+(?:par\s+)?(?:AFP|Reuters|AP|dpa)\b # fr
            | ^\W{0,3}(?:contributing|contributors?)\s*:\s*(?-i:\p{Lu})                  # "Contributing: Jane Doe, USA TODAY"
            """,
        ),
        max_words=CREDITS_MAX_WORDS,
        weight=2.0,
        why="Wire credit lines and contact blocks; a sentence with 'taken by an AP photographer' is not one.",
        examples=(
            "(Reporting by Daniela Ortiz; Writing by Sam Holmes; Editing by Chizu Nomiyama)",
            "--With assistance from Anna Kowalski and Ravi Menon.",
            "Contributing: Ana Ruiz, The Arizona Republic",
            "This story has been corrected. The Associated Press contributed reporting.",
        ),
        counterexamples=(
            "The photograph, taken by an Associated Press photographer in 1972, later won a Pulitzer Prize.",
        ),
    ),
    Rule(
        name="wire.credits.with_agency",
        kind="wire.credits",
        triggers=("con información", "avec", "mit material", "with reporting", "information from"),
        patterns=(
            r"""^\W{0,3}(?:con\s+información\s+de|avec|mit\s+material\s+von|with\s+reporting\s+from
                |with\s+information\s+from)\s+(?:(?-i:\p{Lu})|dpa\b|epd\b|kna\b|afp\b)[^.]{0,80}\.?\W{0,3}$""",
        ),
        max_words=AGENCY_LINE_MAX_WORDS,
        weight=2.0,
        why="A short standalone 'With information from EFE' line; longer text opening so is prose.",
        examples=("Con información de EFE y Reuters.", "Avec AFP", "Mit Material von dpa"),
        counterexamples=("Avec Emmanuel Macron, le gouvernement a présenté mardi un plan de relance pour l'industrie.",),
    ),
    Rule(
        name="wire.credits.agency_tag",
        leads=("ap", "afp", "reuters", "dpa", "efe", "ansa", "pti", "ians", "upi", "xinhua", "bloomberg",
               "europa", "cnn", "bbc"),
        kind="wire.credits",
        patterns=(
            r"""^\W{0,3}(?:AP|AFP|Reuters|dpa|EFE|ANSA|PTI|IANS|UPI|Xinhua|Bloomberg|Europa\s+Press|CNN|BBC)
                (?:\s*[/,]\s*(?:AP|AFP|Reuters|dpa|EFE|ANSA|PTI|IANS|UPI|Xinhua|(?-i:\p{Lu})\w+))*\W{0,3}$""",
        ),
        max_words=6,
        weight=2.0,
        why="A lone agency tag line ('Reuters', 'AFP/dpa') closing wire copy.",
        examples=("(AFP)", "dpa/AFP"),
        counterexamples=("Reuters could not verify the footage.",),
    ),
)

RULES = group(*COPYRIGHT, *CREDITS)
