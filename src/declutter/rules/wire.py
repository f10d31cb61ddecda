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

#: A desk-code signature ('mk/rt (AFP, dpa)', 'Quelle: ntv.de, ghö/dpa/AFP')
#: is a handful of tokens; the longest seen has 8 words.
DESK_CODE_MAX_WORDS = 12

#: Wire and national news agencies, as a class (not outlets): the names that
#: close agency copy in tags, desk codes and 'with inputs from' lines.
AGENCY = (
    r"(?:AP|AFP|Reuters|dpa|EFE|ANSA|PTI|IANS|ANI|UPI|Xinhua|Kyodo|Yonhap|APA|ANP|Belga|SDA|ATS|KNA|epd"
    r"|Lusa|TASS|AAP|PA|Bloomberg|Europa\s+Press|Agência\s+Brasil|Agencia\s+Brasil|Notimex|Télam|rtr|ots)"
)
#: An editor's desk code: two to four lower-case letters ('mk', 'jlr', 'ghö').
CODE = r"(?-i:\p{Ll}{2,4})"
#: Desk codes and agencies joined by at least one slash ('mvs/cgs/jlr',
#: 'bur-sba/jmi/cbn', 'ghö/dpa/AFP'); a hyphen only inside a slashed chain.
CODE_CHAIN = rf"(?:{CODE}|{AGENCY})(?:-{CODE})?(?:\s?/\s?(?:{CODE}|{AGENCY})(?:-{CODE})?){{1,6}}"
#: A numeric date closing an Austrian-style signature: '14.3.2024', '3. 5. 24'.
NUMERIC_DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})"
#: A photo credit written with ©: '© BELGA PHOTO NAME', '© AFP Photo / NAME';
#: those are photo_credit, not a copyright notice (see ``photo_credit.caption_tail``).
NOT_PHOTO = r"(?![^.©]{0,40}?\b(?:photo|foto|bild)\b)"

COPYRIGHT = (
    Rule(
        name="wire.copyright.notice",
        triggers=('©', '(c)', 'copyright', 'copr', 'dpa:', 'reserved', 'vorbehalten', 'réservés', 'reservados', 'riservati'),
        kind="wire.copyright",
        patterns=(
            rf"""
            (?:©|\(c\)|\bcopyright\b|\bcopr\.){NOT_PHOTO}\s*(?:\d{{4}}|(?-i:\p{{Lu}}))    # "© 2023 …", "(c) Reuters"
            | ^\W{{0,3}}©{NOT_PHOTO}\s*\w                                            # a line opening with ©: "© dpa-infocom"
            | \bdpa:\d{{6}}-\d{{2}}-\d+                                               # a dpa wire id: 'dpa:231104-99-123456/3'
            | \ball\s+rights\s+reserved\b
            | \balle\s+rechte\s+vorbehalten\b | \btous\s+droits\s+réservés\b
            | \btodos\s+los\s+derechos\s+reservados\b | \btutti\s+i\s+diritti\s+riservati\b
            """,
        ),
        max_words=COPYRIGHT_MAX_WORDS,
        weight=2.0,
        why="Copyright lines close wire copy and site footers; '© AGENCY PHOTO name' is a photo credit.",
        examples=("© Thomson Reuters 2020. All rights reserved.", "©2024 Bloomberg L.P.",
                  "(c) dpa-infocom, dpa:240312-99-455120/2"),
        counterexamples=(
            "Lawyers for the author argued that the novel's opening chapter had been copied almost "
            "word for word from a short story.",
            "The agency said its photo desk in Brussels would close, ending a copyright dispute with Belga.",
        ),
    ),
    Rule(
        name="wire.copyright.reproduction_prohibited",
        triggers=('may not', 'must not', 'cannot', 'no part', 'reproduc', 'redistribu', 'redifus', 'vervielf', 'prohibida',
                  'interdite', 'nachdruck', 'this material', 'this content', 'this article', 'this story',
                  'this publication', 'any unauthori', 'riproduzione', 'proibida', 'é proibid'),
        kind="wire.copyright",
        patterns=(
            r"""
            \b(?:may\s+not|must\s+not|cannot)\s+be\s+(?:re-?produced|re-?published|re-?distributed|
                broadcast|rewritten|copied)
            | \bno\s+part\s+of\s+this\s+(?:material|article|publication|content)
            | \b(?:reproduction|redistribution|redifusión|reproducción|redistribución|vervielfältigung)\b
                [^.]{0,120}\b(?:prohibited|forbidden|prohibida|interdite|untersagt|without|sin|ohne|sans)\b
            | \bqueda\s+prohibida\b | \breproduction\s+interdite\b | \bnachdruck\s+(?:nur|verboten)
            # the notice speaking of itself: 'This material is subject to copyright'
            | \bthis\s+(?:material|content|article|story|publication)\s+is\s+(?:subject\s+to|protected\s+by)\s+copyright\b
            # 'unauthorised copying or republication of this content is prohibited'
            | \bany\s+unauthori[sz]ed\s+(?:use,?\s+(?:or\s+)?)?(?:copying|reproduction|redistribution|distribution
                |republication|mirroring)\b[^.]{0,80}\b(?:prohibited|forbidden|not\s+permitted)\b
            | \bunauthori[sz]ed\s+use\s+of\s+this\s+(?:material|content|article|story)\b
            | \briproduzione\s+riservata\b                                     # it: the standard footer
            | \b(?:é\s+)?proibida\s+a\s+(?:reprodução|redistribuição|cópia)\b     # pt
            """,
        ),
        max_words=COPYRIGHT_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'May not be reproduced without permission' lines from wire services.",
        examples=(
            "Queda prohibida la redistribución total o parcial de este contenido sin autorización.",
            "This content is protected by copyright; any unauthorized reproduction or distribution of it is prohibited.",
            "Riproduzione riservata ©",
            "É proibida a reprodução deste conteúdo sem autorização prévia.",
        ),
        counterexamples=(
            "The court said the photos may not be reproduced, the lawyer told reporters.",
            "Much of the material used to train the model was subject to copyright, and artists want a share "
            "of the revenue.",
            "Any unauthorized use of drones within five miles of the stadium is prohibited during the final.",
        ),
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
        triggers=("con información", "avec", "mit material", "with reporting", "information from", "inputs",
                  "com informaç", "com agência", "con agencias", "mit agentur", "quelle", "fuente", "fonte",
                  "source"),
        patterns=(
            rf"""
            # 'Con información de EFE', 'With inputs from PTI', 'Com informações da Agência Brasil'
            ^[\W_]{{0,3}}(?:con\s+información\s+de|avec|mit\s+material\s+von|with\s+reporting\s+from
                |with\s+information\s+from|with\s+(?:additional\s+)?inputs?\s+from
                |com\s+informações\s+d[aoe]s?)
                \s+(?:(?-i:\p{{Lu}})|dpa\b|epd\b|kna\b|afp\b|agenc|agências)[^.]{{0,80}}\.?[\W_]{{0,3}}$
            # 'With PTI inputs', 'With agency inputs'
            | ^[\W_]{{0,3}}with\s+(?:{AGENCY}|agency|agencies|wire)(?:\s*(?:,|and|&)\s*{AGENCY})*\s+inputs?[\W_]{{0,3}}$
            # a bare 'with agencies' line: 'Com agências', 'Con agencias', 'Mit Agenturmaterial'
            | ^[\W_]{{0,3}}(?:com\s+agências|con\s+agencias|avec\s+agences|mit\s+agentur(?:en|material))[\W_]{{0,3}}$
            # a source line naming only agencies: 'Quelle: dpa', 'Fuente: EFE y AFP'
            | ^[\W_]{{0,3}}(?:quelle|fuente|fonte|sources?)\s*:\s*{AGENCY}
                (?:\s*(?:,|/|and|y|und|et|e|&)\s*{AGENCY})*[\W_]{{0,3}}$
            """,
        ),
        max_words=AGENCY_LINE_MAX_WORDS,
        weight=2.0,
        why="A short standalone 'With information from EFE' line; longer text opening so is prose.",
        examples=("Con información de EFE y Reuters.", "Avec AFP", "Mit Material von dpa",
                  "(With additional inputs from ANI)", "With IANS inputs", "Com informações de agências.",
                  "Fuente: EFE y AFP"),
        counterexamples=(
            "Avec Emmanuel Macron, le gouvernement a présenté mardi un plan de relance pour l'industrie.",
            "With inputs from farmers and local officials, the district drew up a new irrigation plan.",
            "Source: a senior official familiar with the talks.",
        ),
    ),
    Rule(
        name="wire.credits.agency_tag",
        leads=("ap", "afp", "reuters", "dpa", "efe", "ansa", "pti", "ians", "ani", "upi", "xinhua", "bloomberg",
               "europa", "cnn", "bbc", "kyodo", "yonhap", "apa", "anp", "belga", "sda", "ats", "kna", "epd", "lusa",
               "tass", "aap", "pa", "ots", "rtr", "notimex", "télam", "agência", "agencia"),
        kind="wire.credits",
        patterns=(
            rf"""^\W{{0,3}}(?:{AGENCY}|CNN|BBC)
                (?:\s*[/,]\s*(?:{AGENCY}|(?-i:\p{{Lu}})\w+))*\W{{0,3}}$""",
        ),
        max_words=6,
        weight=2.0,
        why="A lone agency tag line ('Reuters', 'AFP/dpa') closing wire copy.",
        examples=("(AFP)", "dpa/AFP", "(Belga)", "ANSA"),
        counterexamples=("Reuters could not verify the footage.",),
    ),
    Rule(
        name="wire.credits.desk_code",
        triggers=("/", "("),
        kind="wire.credits",
        patterns=(
            rf"""
            # the whole line is a desk code, maybe after an agency and before an
            # agency list: 'EFE mvs/cgs/jlr', 'mk/rt (AFP, dpa, Reuters)', 'bur-sba/jmi/cbn'
            ^[\W_]{{0,3}}(?:{AGENCY}[\s,:–—-]+)?{CODE_CHAIN}
                (?:\s*\(\s*{AGENCY}(?:\s*[,/;]\s*{AGENCY})*\s*\))?[\W_]{{0,3}}$
            # a short credit line ending in a desk code after a separator:
            # 'Édition : Jeanne Roy — bur-abc/de', 'Quelle: beispiel.de, abc/dpa/AFP'
            | ^[^\n]{{0,80}}?[,;:–—]\s*{CODE_CHAIN}[\W_]{{0,3}}$
            # an Austrian-style signature closing with a date: '(APA, red, 14.3.2024)'
            | ^[\W_]{{0,3}}\(\s*(?:(?:{AGENCY}|{CODE}|(?-i:\p{{Lu}}\p{{Ll}}+)(?:\s+(?-i:\p{{Lu}}\p{{Ll}}+)){{0,2}})\s*,\s*){{1,3}}
                {NUMERIC_DATE}\s*\)[\W_]{{0,3}}$
            """,
        ),
        max_words=DESK_CODE_MAX_WORDS,
        weight=2.0,
        why="Editors' desk codes and dated agency signatures that close wire copy; prose never ends in 'jlr/cgs'.",
        examples=("afp tjs/lpa", "ANSA bsc/mre", "dk/ab (dpa, KNA)", "Rédaction : Paul Martin — lch/pdm",
                  "(dpa, ksh, 2.10.2023)"),
        counterexamples=(
            "The turbines spin at 15 rpm/min when the wind is weak.",
            "Fans of AC/DC queued overnight.",
            "TCP/IP",
            "The vote (held on 14.3.2024) was close.",
        ),
    ),
)

RULES = group(*COPYRIGHT, *CREDITS)
