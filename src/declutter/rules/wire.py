"""Wire-service and site copyright lines, and reporting/editing credit lines."""

from __future__ import annotations

from . import NAME, Rule, group

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
AGENCY_NAMES = (
    "AP", "AFP", "Reuters", "dpa", "EFE", "ANSA", "PTI", "IANS", "ANI", "UPI", "Xinhua", "Kyodo", "Yonhap", "APA",
    "ANP", "Belga", "SDA", "ATS", "KNA", "epd", "Lusa", "TASS", "AAP", "PA", "Bloomberg", "Europa Press",
    "Agência Brasil", "Agencia Brasil", "Notimex", "Télam", "rtr", "ots",
)
AGENCY = "(?:" + "|".join(name.replace(" ", r"\s+") for name in AGENCY_NAMES) + ")"
#: Broadcasters whose name alone can tag wire copy too ('CNN', 'BBC').
TAG_BROADCASTERS = ("CNN", "BBC")
#: An editor's desk code: two to four lower-case letters ('mk', 'jlr', 'ghö').
CODE = r"(?-i:\p{Ll}{2,4})"
#: Desk codes and agencies joined by at least one slash ('mvs/cgs/jlr',
#: 'bur-sba/jmi/cbn', 'ghö/dpa/AFP'); a hyphen only inside a slashed chain.
CODE_CHAIN = rf"(?:{CODE}|{AGENCY})(?:-{CODE})?(?:\s?/\s?(?:{CODE}|{AGENCY})(?:-{CODE})?){{1,6}}"
#: A numeric date closing an Austrian-style signature: '14.3.2024', '3. 5. 24'.
NUMERIC_DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})"
#: A photo credit written with ©: '© BELGA PHOTO NAME', '© AFP Photo / NAME';
#: those are photo_credit, not a copyright notice (see ``photo_credit.caption_tail``).
#: '© Name pour Outlet' ('© Jane Doe for Outlet') credits a photographer's
#: work for a paper: also a photo credit (``photo_credit.caption_tail``);
#: 'Copyright Name for Outlet' stays a copyright line.
NOT_PHOTO = (
    r"(?![^.©]{0,40}?\b(?:photo|foto|bild)\b"
    r"|(?<=©)\s*(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){1,3}\s+(?:pour|for|para|für|per)\s+(?-i:\p{Lu}))"
)
#: Names listed in a credit line: 'Ana Ruiz', 'Ana Ruiz and Li Wei'.
PERSONS = rf"{NAME}(?:\s*(?:,|and|&|y|e|et|und)\s*{NAME}){{0,3}}"
#: What a copyright notice calls itself (en, de, fr, es, it, pt): all the
#: content, this article or dispatch, the content of this site or of a named
#: outlet; news about copyright names a work or a whole trade ('les contenus
#: des médias').
OWN_CONTENT = (
    r"(?:(?:all|alle|sämtliche|tous\s+les|l['’]ensemble\s+des|todos\s+los|tutti\s+i|todos\s+os)\s+(?:the\s+)?"
    r"(?:contents?|material|inhalte|contenus|contenidos|contenuti|conteúdos|articles|artikel|articoli|artículos|artigos)"
    r"|(?:this|dieser|ce|cet|este|esta|questo|questa)\s+(?:content|material|article|artikel|beitrag|text|contenu"
    r"|texte|contenido|artículo|despacho|nota|articolo|contenuto|testo|notizia|conteúdo|artigo|matéria)"
    r"|(?:diese|cette)\s+(?:meldung|dépêche)"
    r"|(?:the|die|les|los|i|os)\s+(?:contents?|inhalte|contenus|contenidos|contenuti|conteúdos)\s+"
    r"(?:of|on|von|auf|de|du|des|di|del|della|do|da|dos|dieser|dieses|deste|desta)\s+"
    r"(?:this\s+|ce\s+|cette\s+|este\s+|esta\s+|questo\s+|l['’]\s*|la\s+|le\s+|el\s+)?"
    r"(?:site|website|seite|webseite|page|sitio|sito|portal|(?-i:\p{Lu})[\p{L}\p{M}.&-]*)"
    r")"
)
#: 'is protected by copyright' in the six languages.
PROTECTED = (
    r"(?:(?:is|are)\s+(?:subject\s+to|protected\s+by)\s+copyright|(?:sind|ist)\s+urheberrechtlich\s+geschützt"
    r"|(?:est|sont)\s+protégée?s?\s+par\s+(?:le\s+)?(?:droit\s+d['’]auteur|copyright)"
    r"|(?:está|están|é|são|estão)\s+protegid[oa]s?\s+(?:por|pela)\s+(?:(?:los|el|lei\s+de)\s+)?(?:derechos?\s+de\s+autor"
    r"|direitos?\s+autora(?:l|is)|copyright)"
    r"|(?:è|sono)\s+protett[oi]\s+dal?\s+(?:diritto\s+d['’]autore|copyright))"
)

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
                  "Copyright Dana Whitcombe for Harbour Review Syndicate",
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
                  'this publication', 'any unauthori', 'riproduzione', 'proibida', 'é proibid',
                  'ninguna parte', 'aucune partie', 'kein teil', 'nessuna parte', 'nenhuma parte', 'rediffusion',
                  'ripubblicazione', 'reprodução', 'weiterverbreitung', 'urheberrechtlich', 'protégé', 'protegid',
                  'protett', 'all content', 'the content'),
        kind="wire.copyright",
        patterns=(
            r"""
            \b(?:may\s+not|must\s+not|cannot)\s+be\s+(?:re-?produced|re-?published|re-?distributed|
                broadcast|rewritten|copied)
            # 'no part of this dispatch …', in six languages: the notice names itself
            | \b(?:no\s+part\s+of|ninguna\s+parte\s+de|aucune\s+partie\s+de|nessuna\s+parte\s+di|kein\s+teil
                |nenhuma\s+parte)\s+(?:this|these|este|esta|estos|estas|ce|cette|ces|dieses|dieser|questo|questa
                |questi|deste|desta|destes|destas|cet)\s+(?:material|article|publication|content|dispatch|story|report
                |despacho|contenido|artículo|publicación|nota|texto|dépêche|contenu|article|texte|meldung|inhalts
                |artikels|beitrags|textes|articolo|contenuto|materiale|pubblicazione|testo|lancio|conteúdo|artigo
                |publicação|matéria)s?\b
            | \b(?:reproduction|redistribution|redifusión|reproducción|redistribución|vervielfältigung
                |rediffusion|ripubblicazione|reprodução|weiterverbreitung)\b
                [^.]{0,120}\b(?:prohibited|forbidden|prohibida|interdite|untersagt|without|sin|ohne|sans
                |subordonnée|soumise|vietata|proibida|sem|senza)\b
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
            # 'Les contenus … sont protégés par le droit d'auteur', 'Die Inhalte … sind urheberrechtlich
            # geschützt': the rare protected phrase first, then a look back for the notice's own subject
            # (subject first, or joined to the branches above, is three times slower)
            rf"""\b{PROTECTED}(?<=\b{OWN_CONTENT}\b[^.;]{{0,50}}?\b{PROTECTED})""",
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
            "Ninguna parte de este contenido puede copiarse o distribuirse sin permiso previo del medio.",
            "Aucune partie de cette dépêche ne peut être reprise sans l'accord de l'agence.",
            "Sämtliche Inhalte dieser Website sind urheberrechtlich geschützt.",
            "Toute rediffusion de ces textes, même partielle, est soumise à l'accord préalable de la rédaction.",
            "I contenuti di questo sito sono protetti dal diritto d'autore.",
            "Die Inhalte von Nordpresse sind urheberrechtlich geschützt; jede Weitergabe bedarf einer Lizenz.",
        ),
        counterexamples=(
            "The court said the photos may not be reproduced, the lawyer told reporters.",
            "Much of the material used to train the model was subject to copyright, and artists want a share "
            "of the revenue.",
            "Any unauthorized use of drones within five miles of the stadium is prohibited during the final.",
            "No part of this plan has been approved by the regional council yet.",
            "Les romans de Camus sont protégés par le droit d'auteur jusqu'en 2030 en France.",
            "Die Inhalte der Verhandlungen blieben bis zuletzt geheim.",
            "Les contenus publiés par les médias sont protégés par le droit d'auteur.",
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
                  "avec dpa", "with a report", "with report", "with additional reporting", "con reporte", "con un reporte",
                  "com reportagem", "avec la contribution", "avec la collaboration", "con la colaboración",
                  "con la collaborazione", "com a colaboração", "com colaboração", "collaborato", "colaboró",
                  "colaboraron", "colaborou", "colaboraram"),
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
            # a whole line 'Contributed by the Outlet's desk' (a comma only before another name)
            | ^\W{0,3}(?:additional\s+)?(?:reporting\s+)?contributed\s+by\s+(?:the\s+)?(?-i:\p{Lu})
                (?:[^.;,\n]|,\s*(?-i:\p{Lu})){0,80}\.?\W{0,3}$
            """,
            rf"""
            # a reporter credited by name after an optional '(AGENCY) —' tag, names only to the
            # end: '(XNA) — With a report from Ana Ruiz', 'Con la colaboración de Luis Paz',
            # 'Avec la contribution d'Anne Roy', 'Hanno collaborato Ada Neri e Ugo Sala'
            ^\W{{0,3}}(?:\((?-i:\p{{Lu}}{{2,8}})\)\s*[—–-]+\s*)?
                (?:with\s+(?:a\s+)?(?:reports?|additional\s+reporting)\s+(?:from|by)\s+
                |con\s+(?:un\s+)?reportes?\s+de\s+ | com\s+reportagem\s+de\s+
                |(?:avec|con|com)\s+(?:la\s+|a\s+)?(?:contribution|collaboration|colaboración|colaboração
                    |collaborazione)\s+(?:de\s+|di\s+|d['’])
                |ha(?:nno)?\s+collaborato\s*:?\s+ | colabor(?:ou|aram|ó|aron)\s*:?\s+)
                {PERSONS}\.?\W{{0,3}}$
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
            "Contributed by the Tribune's statehouse bureau",
            "(XNA) — With a report from Lina Okoro",
            "Con la colaboración de Marta Gil y Pablo Ruiz.",
            "Avec la contribution d'Anne Leroux",
            "Hanno collaborato Ada Neri e Ugo Sala",
        ),
        counterexamples=(
            "The photograph, taken by an Associated Press photographer in 1972, later won a Pulitzer Prize.",
            "Contributed by Hana Sato in 1988, the quilt now hangs in the county museum.",
            "With a report from Deloitte due next week, the council postponed its vote.",
            "Con la colaboración de Naciones Unidas, el gobierno lanzó un plan de vacunación.",
        ),
    ),
    Rule(
        name="wire.credits.with_agency",
        kind="wire.credits",
        triggers=("con información", "avec", "mit material", "with reporting", "information from", "inputs",
                  "com informaç", "com agência", "con agencias", "mit agentur", "quelle", "fuente", "fonte",
                  "source"),
        leads=("com", "con", "mit", "with"),
        patterns=(
            rf"""
            # 'Con información de EFE', 'With inputs from PTI', 'Com informações da Agência Brasil'
            ^[\W_]{{0,3}}(?:con\s+información\s+de|avec|mit\s+material\s+(?:von|aus)|with\s+reporting\s+from
                |mit\s+material\s+(?:der|des)(?=\s+(?:(?:nachrichten|presse)?agentur|{AGENCY}\b))
                |with\s+information\s+from|with\s+(?:additional\s+)?inputs?\s+from
                |com\s+informações\s+d[aoe]s?)
                \s+(?:(?-i:\p{{Lu}})|dpa\b|epd\b|kna\b|afp\b|agenc|agências)[^.]{{0,80}}\.?[\W_]{{0,3}}$
            # a bare 'with AGENCY' line: '(Com Lusa)', 'Con ANSA', 'Mit dpa und AFP'
            | ^[\W_]{{0,3}}(?:com|con|mit|with)\s+{AGENCY}(?:\s*(?:,|/|e|y|et|und|and|&)\s*{AGENCY})*[\W_]{{0,3}}$
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
                  "Mit Material der Agenturen Reuters und KNA", "(Com Lusa e AFP)", "Con ANSA",
                  "(With additional inputs from ANI)", "With IANS inputs", "Com informações de agências.",
                  "Fuente: EFE y AFP"),
        counterexamples=(
            "Avec Emmanuel Macron, le gouvernement a présenté mardi un plan de relance pour l'industrie.",
            "With inputs from farmers and local officials, the district drew up a new irrigation plan.",
            "Source: a senior official familiar with the talks.",
            "Con Ansa Ricci, la squadra ha vinto il titolo regionale.",
            "Mit Material der Stadtwerke wurde der Spielplatz neu gebaut.",
        ),
    ),
    Rule(
        name="wire.credits.agency_tag",
        # the tag line opens with an agency's first word: derived, not a second list to keep in step
        leads=tuple(dict.fromkeys(name.split()[0].lower() for name in AGENCY_NAMES + TAG_BROADCASTERS)),
        kind="wire.credits",
        patterns=(
            rf"""^\W{{0,3}}(?:{AGENCY}|{"|".join(TAG_BROADCASTERS)})
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
            # a bracketed signature of agencies and desk codes: '(APA, dpa, red.)', '(SDA, kes)'
            | ^[\W_]{{0,3}}\(\s*{AGENCY}(?:\s*,\s*(?:{AGENCY}|{CODE}\.?)){{1,4}}\s*\)[\W_]{{0,3}}$
            # an Austrian-style signature closing with a date: '(APA, red, 14.3.2024)'
            | ^[\W_]{{0,3}}\(\s*(?:(?:{AGENCY}|{CODE}|(?-i:\p{{Lu}}\p{{Ll}}+)(?:\s+(?-i:\p{{Lu}}\p{{Ll}}+)){{0,2}})\s*,\s*){{1,3}}
                {NUMERIC_DATE}\s*\)[\W_]{{0,3}}$
            """,
        ),
        max_words=DESK_CODE_MAX_WORDS,
        weight=2.0,
        why="Editors' desk codes and dated agency signatures that close wire copy; prose never ends in 'jlr/cgs'.",
        examples=("afp tjs/lpa", "ANSA bsc/mre", "dk/ab (dpa, KNA)", "Rédaction : Paul Martin — lch/pdm",
                  "(Reuters, dpa, ksh.)",
                  "(dpa, ksh, 2.10.2023)"),
        counterexamples=(
            "The turbines spin at 15 rpm/min when the wind is weak.",
            "Fans of AC/DC queued overnight.",
            "TCP/IP",
            "The vote (held on 14.3.2024) was close.",
            "(AP, see page 4)",
        ),
    ),
)

RULES = group(*COPYRIGHT, *CREDITS)
