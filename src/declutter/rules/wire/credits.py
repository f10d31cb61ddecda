"""Reporting and editing credits, agency tags and desk codes.

An agency's time stamps, datelines and the lines crediting the wires are in :mod:`.agency_lines`.
"""

from __future__ import annotations

from .. import Rule
from .vocab import AGENCY, AGENCY_NAMES, PERSONS

#: "With information from EFE" lines stand alone.
AGENCY_LINE_MAX_WORDS = 15

#: Credit lines ("Reporting by …; Editing by …") are short.
CREDITS_MAX_WORDS = 60

#: A desk-code signature ('mk/rt (AFP, dpa)', 'Quelle: ntv.de, ghö/dpa/AFP')
#: is a handful of tokens; the longest seen has 8 words.
DESK_CODE_MAX_WORDS = 12

#: Broadcasters whose name alone can tag wire copy too ('CNN', 'BBC').
TAG_BROADCASTERS = ("CNN", "BBC")

#: An editor's desk code: two to four lower-case letters ('mk', 'jlr', 'ghö').
CODE = r"(?-i:\p{Ll}{2,4})"

#: Desk codes and agencies joined by at least one slash ('mvs/cgs/jlr',
#: 'bur-sba/jmi/cbn', 'ghö/dpa/AFP'); a hyphen only inside a slashed chain.
CODE_CHAIN = rf"(?:{CODE}|{AGENCY})(?:-{CODE})?(?:\s?/\s?(?:{CODE}|{AGENCY})(?:-{CODE})?){{1,6}}"

#: A numeric date closing an Austrian-style signature: '14.3.2024', '3. 5. 24'.
NUMERIC_DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})"

#: A capitalised name of a person or an organisation: 'Northern Press', 'Ana Roy'.
CAPITALISED = r"(?-i:\p{Lu})[\p{L}'’.-]*(?:\s+(?-i:\p{Lu})[\p{L}'’.-]*){0,4}"

#: A dateline's city in capitals: 'LIMA', 'NEW DELHI', 'PORT-AU-PRINCE'.
CITY_CAPS = r"(?-i:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3})"

#: Who did what on the story, as a credit line's roles (six languages): writing, editing,
#: checking, translating, researching; pictures are ``photo_credit``'s.
ROLE = r"""(?:reporting|writing|editing|text|words|research|fact-?checking|verification|translation
    |data\s+(?:analysis|reporting|visuali[sz]ation|editing)
    |graphics|charts|maps|infographics?|gráficos|graphiques|grafici|grafiken|infografías?|infografi[ac]s?|infographies?
    |propos\s+recueillis|texte|textes|rédaction|édition|vérification|traduction|relecture|enquête                   # fr
    |data|datos|données|dati|dados|daten                                                                  # a data credit
    |redacción|edición|verificación|reportería|reportaje|texto|textos|traducción|investigación|corrección|chequeo  # es
    |redação|edição|reportagem|apuração|checagem|verificação|tradução|revisão                                # pt
    |testo|testi|redazione|verifica|traduzione|revisione                                                     # it
    |redaktion|recherche|mitarbeit|faktencheck|bearbeitung|lektorat|übersetzung)"""                        # de
#: Picture and layout roles, six languages: in a credit line beside a text role ('Redacción: … | Fotografía: …'),
#: never alone (a lone 'Photo: Ana Gil' is ``photo_credit``'s).
PICTURE_ROLE = r"""(?:photos?|photography|photographs|pictures|images|video|videos|illustrations?|design|layout|camera
    |fotos?|fotografía|fotografías|ilustraci(?:ón|ones)|vídeos?|diseño|maquetación|cámara                   # es
    |photographie|mise\s+en\s+page|montage                                                                 # fr
    |fotografia|fotografie|illustrazion[ei]|impaginazione|grafica                                          # it
    |ilustra(?:ção|ções)|diagramação|arte|edição\s+de\s+(?:arte|imagem|vídeo)                                # pt
    |fotografien|bilder|illustrationen|gestaltung|kamera|schnitt)"""                                      # de
#: The word joining a role to its names: a colon, or 'by' in the six languages.
ROLE_BY = r"""(?:\s*:|\s+(?:by|par|por|von|di|da|de|pel[oa])\b|\s+d['’])"""

#: A credit given with a past participle and 'by' ('Fact-checked by', 'Revisado por', 'Überprüft von'), six
#: languages; the agreement endings ('editada', 'écrites') are added where the pattern uses it.
PARTICIPLE = r"""(?:edited|written|translated|fact-?checked|checked|verified|reported|researched|compiled|produced
    |copy-?edited|sub-?edited|proofread|corrected
    |édité|écrit|traduit|vérifié|relu|corrigé|produit|réalisé                                              # fr
    |editad[oa]|escrit[oa]|traducid[oa]|revisad[oa]|verificad[oa]|chequead[oa]|corregid[oa]|producid[oa]   # es
    |editat[oa]|scritt[oa]|tradott[oa]|verificat[oa]|rivist[oa]|curat[oa]|prodott[oa]                      # it
    |traduzid[oa]|revist[oa]|checad[oa]|produzid[oa]                                                       # pt
    |redigiert|geschrieben|übersetzt|überprüft|geprüft|recherchiert|bearbeitet|produziert)"""               # de

#: A credit that names its people after a word of joint work, in six languages: 'with contributions from',
#: 'avec la contribution de', 'con (la) colaboración de', 'com colaboração de', 'unter Mitarbeit von', the verb
#: first ('Ha collaborato', 'Colaborou', 'Colaboraron'), or the Italian 'a cura di' (edited by).
CONTRIBUTION = r"""(?:(?:with|avec|con|com|mit|unter)\s+(?:(?:la|a|the|einer)\s+)?(?:additional\s+)?
        (?:contributions?|collaboration|colaboración|colaboraciones|colaboração|colaborações|collaborazione|mitarbeit
        |beiträgen|participación|participation|participação|partecipazione)
        \s+(?:de|di|d['’]|from|of|by|von|da|do|del|della|dos|das)\s*
    |(?:ha|hanno)\s+collaborato\s*:?\s+|colabor(?:ó|aron|ou|aram)\s*:?\s+|(?:a|ont)\s+(?:collaboré|contribué)\s*:?\s+
    |a\s+cura\s+di\s+)"""

#: A desk or team credited in place of a person: 'the Harbor data team', 'la rédaction', 'unser Datenteam'.
TEAM = r"""(?:the|our|la|el|le|il|a|o|die|der|das|unser\w*|nuestr[oa]|notre|nostr[oa]|noss[oa])\s+
    (?:[\p{L}'’&.-]+\s+){0,4}?[\p{L}-]*(?:team|desk|unit|équipe|equipo|equipe|redazione|redacción|rédaction|redação
    |redaktion|ressort|squadra)\b"""

#: Where a credited person filed from: ' in Lima', ' à Lyon', ' desde Quito', ', de Luanda', ' aus Wien'.
CREDIT_PLACE = rf"""(?:\s*,?\s*(?:in|à|au|en|desde|de|da|do|from|aus|em|a|no|na|dal|dalla)\s+{CAPITALISED})"""

#: One item of a credit line: a role and its names ('Edición: Ana Gil', 'Fact-checked by Li Wei',
#: 'avec la contribution de Nora Roy à Lyon', 'Ha collaborato Ugo Sala'), joined to the next by a
#: stop, a semicolon or a bar.  Shared with ``wire.credits.contributed_reporting``.
CREDIT_ITEM = rf"""(?:(?:with|avec|con|com|mit|and|et|y|e|und)\s+)?
    (?:{ROLE}(?:\s*(?:,|&|and|et|y|e|und)\s*(?:{ROLE}|{PICTURE_ROLE}))?{ROLE_BY}
        |{PARTICIPLE}e?s?\s+(?:by|par|por|von|da|di|pel[oa])\b
        |{CONTRIBUTION})
    \s*(?:{PERSONS}|{TEAM}){CREDIT_PLACE}?"""

#: One item of a role credit line (``wire.credits.role_list``): a text credit as in ``CREDIT_ITEM`` (its
#: role captured as ``text``), a picture credit ('Fotografía: Marisol Paz', 'photos by Li Wei') or a byline
#: ('Par Anne Roy', 'di Ada Neri').  One alternation and one copy of the names: the line needs a text
#: credit (checked once at its end), and every copy of ``PERSONS`` costs compile time.
LINE_ITEM = rf"""(?:(?:with|avec|con|com|mit|and|et|y|e|und)\s+)?
    (?:(?P<text>{ROLE}(?:\s*(?:,|&|and|et|y|e|und)\s*(?:{ROLE}|{PICTURE_ROLE}))?{ROLE_BY}
        |{PARTICIPLE}e?s?\s+(?:by|par|por|von|da|di|pel[oa])\b
        |{CONTRIBUTION})
    |{PICTURE_ROLE}(?:\s*(?:,|&|and|et|y|e|und)\s*{PICTURE_ROLE})?{ROLE_BY}
    |(?:by|par|por|von|di|de|da|do)\b)
    \s*(?:{PERSONS}|{TEAM}){CREDIT_PLACE}?"""

#: What separates the items of a credit line: a stop, a comma, a semicolon, a bar, a dot or a dash.
ITEM_END = r"""\.?(?:\s*[;|·•/–—-])?\s*"""

#: The block's first word may open a role credit line: the leads of ``wire.credits.role_list``.
ROLE_LEADS = ("reporting", "writing", "editing", "edited", "text", "words", "research", "fact", "verification",
              "translat", "propos", "texte", "rédaction", "édit", "vérification", "traduc", "relecture", "enquête",
              "redacc", "edición", "verificación", "reportería", "investigación", "correcci", "chequeo", "redação",
              "edição", "reportagem", "apuração", "checagem", "verificação", "tradução", "revis", "testo", "testi",
              "redazione", "verifica", "traduzione", "redaktion", "recherche", "mitarbeit", "faktencheck",
              "bearbeitung", "lektorat", "übersetz", "redigiert", "editado", "editada", "editato", "editata", "écrit",
              "written", "data", "datos", "données", "dati", "dados", "daten", "reportaje", "escrito", "scritto", "geschrieben", "traducido", "traduzido", "tradotto",
              # participles and joint-work openings (``PARTICIPLE``, ``CONTRIBUTION``)
              "checked", "verified", "reported", "researched", "compiled", "produced", "copy", "sub-edited", "proofread",
              "corrected", "traduit", "relu", "corrigé", "produit", "réalisé", "revisad", "verificad", "chequead",
              "corregid", "producid", "verificat", "rivist", "curat", "prodott", "revist", "checad", "produzid",
              "graphics", "charts", "maps", "infogra", "gráficos", "graphiques", "grafici", "grafiken", "übersetzt", "überprüft", "geprüft", "recherchiert", "bearbeitet", "produziert", "with ", "avec ",
              "con ", "com ", "mit ", "unter mitarbeit", "ha collaborato", "hanno collaborato", "colaboró",
              "colaboraron", "colaborou", "colaboraram", "a collaboré", "ont collaboré", "a contribué",
              "ont contribué", "a cura di",
              # picture roles before the text roles, and a byline before them ('Par Anne Roy, avec …')
              "photo", "pictures", "images", "video", "illustra", "design", "layout", "camera", "foto", "vídeo",
              "diseño", "maquetación", "cámara", "mise en page", "montage", "impaginazione", "grafica", "ilustra",
              "diagramação", "arte", "bilder", "gestaltung", "kamera", "schnitt",
              "by ", "par ", "por ", "von ", "di ", "de ", "da ", "do ")

#: Who a 'with information from' line names, with its article ('dell'ANSA', 'der Agentur'):
#: agencies and capitalised names, nothing else.
SOURCE_NAMES = (rf"(?:(?:(?:di|da|della|delle|dei|degli|von|der|des|aus|de|du)\s+)?(?:dell|l|d)['’]\s*"
                rf"|(?:di|da|della|delle|dei|degli|von|der|des|aus|de|du)\s+)?"
                rf"(?:{AGENCY}|{CAPITALISED})(?:\s*(?:,|e|und|et|and|&|/)\s*(?:(?:(?:di|da|della|von|der|de|du)\s+)?"
                rf"(?:dell|l|d)['’]\s*|(?:di|da|della|von|der|de|du)\s+)?(?:{AGENCY}|{CAPITALISED})){{0,4}}")

CREDITS = (
    Rule(
        name="wire.credits.role_list",
        leads=ROLE_LEADS,
        kind="wire.credits",
        patterns=(
            rf"""
            # the whole block one or more role credits, names only ('Redacción: Ana Gil. Edición: Luis Paz.',
            # 'Propos recueillis par Anne Roy. Édité par Marc Bel', 'Text und Recherche: Jana Ott')
            # (the next role may be joined by a comma and 'with': 'Texto de Ana Gil, com edição de Rui Paz (Lusa)')
            # (a colleague may be credited with the place they filed from, a desk in place of a name:
            # 'Reportería: Ana Gil; edición: Luis Paz; con colaboración de Eva Roca desde Quito',
            # '[Edited by Ana Roy | Fact-checked by Li Wei]', 'Ha collaborato Ugo Sala. A cura di Ada Neri')
            # (a byline may open it and picture roles join the text roles, never alone: '(Par Anne Roy, avec la
            # collaboration de Li Wei ; édition : Eva Roca)', 'Texto: Ana Gil | Edición: Luis Paz | Fotos: Eva Roca')
            ^[\W_]{{0,3}}
            (?:(?:,\s*)?{LINE_ITEM}{ITEM_END}){{1,6}}(?(text)|(?!))          # a text credit among the items
            (?:\(\s*{AGENCY}(?:\s*[,/]\s*{AGENCY})*\s*\))?                    # the agency tag closing it: '(Lusa)'
            [\W_]{{0,3}}$
            """,
        ),
        max_words=CREDITS_MAX_WORDS,
        weight=2.0,
        why="A line of role credits naming who wrote, edited, checked or translated the story, in six "
            "languages, and nothing else: a credit block; a news sentence goes on past the names.",
        examples=("Texte : Hélène Marchal. Vérification : Paul Girard.",
                  "Reportería: Camila Ortega | Edición: Tomás Ibáñez",
                  "Text und Recherche: Jana Ott. Redigiert von Lukas Brandt.",
                  "Propos recueillis par Inès Caron",
                  "Apuração: Bruno Teles; edição: Renata Lopes",
                  "Texto de Marta Pinho, com edição de Luís Vaz (Lusa).",
                  "Research by Ines Kahl. Data analysis by Tom Reyes.",
                  "Reportaje: Irene Salcedo · Datos: Marcos Vidal",
                  "Texte : Anne Lebrun | Données : Hugo Marty",
                  "[Written by Kofi Asante | Verified by Ines Moll]",
                  "Texte : Julie Morel ; relu par Hugo Blanc ; avec la collaboration de Sami Ferhat à Marseille.",
                  "Redação: Bia Lins; colaboraram Caio Reis e Duda Prado, de Recife.",
                  "Text: Jana Ott | unter Mitarbeit von Lukas Brandt in Graz",
                  "Hanno collaborato Ada Neri e Ugo Sala. A cura di Pia Conti",
                  "Reporting: Tom Eze. Graphics by the Harbor data team.",
                  "Texto: Nuno Reis | Edição: Ana Matos | Fotos: Rui Sá",
                  "Fotos: Eva Roca · Texto: Ana Gil",
                  "(Von Jana Ott, unter Mitarbeit von Lukas Brandt; Bearbeitung: Eva Huber)",
                  "di Ada Neri, con la collaborazione di Ugo Sala",
                  "Testo e foto di Ada Neri, a cura di Ugo Sala"),
        counterexamples=("Texto: Ana Gil, premio nacional de poesía, lee sus versos el viernes en el teatro.",
                         "Redacción: el equipo de la universidad publicó el informe en marzo.",
                         "Edited by Marta Kell, the anthology gathers essays by 14 nurses.",
                         "Texte : Victor Hugo, Les Misérables, tome II",
                         "Texto de Marta Pinho, com edição de luxo, chega às livrarias em maio.",
                         "Data analysis by Harvard economists found that rents rose 9% in a year.",
                         "Datos: Banco Central, que revisó a la baja el crecimiento del trimestre.",
                         "Verified by Ines Moll, the footage shows the convoy crossing the border at dawn.",
                         "A cura di Elena Ricci, la mostra apre sabato al museo civico.",
                         "Con la colaboración de Naciones Unidas, el gobierno lanzó un plan de vacunación.",
                         "De Ana Gil, con la colaboración de Pau Ferrer, nació el proyecto que hoy dirige la fundación.",
                         "Edición: Ana Gil, fotos: Rui Sá y Eva Roca, todo en un libro que llega el lunes a las librerías."),
    ),
    Rule(
        name="wire.credits.reporting_editing",
        triggers=("reporting by", "writing by", "editing by", "compiled by", "translated by", "graphics by",
                  "research by", "checking by", "assistance from",
                  "contributed", "contributing", "contributor", "((", "redacción", "información de", "edición de", "material von",
                  "mitarbeit", "édité", "edited by", "editado", "bearbeitet", "redigiert", "texte", "rédaction", "reportaje", "texto", "reportage", "rédigé", "avec afp", "avec reuters", "avec ap",
                  "avec dpa", "with a report", "with report", "with additional reporting", "con reporte", "con un reporte",
                  "com reportagem", "avec la contribution", "avec la collaboration", "con la colaboración",
                  "con la collaborazione", "com a colaboração", "com colaboração", "collaborato", "colaboró",
                  "colaboraron", "colaborou", "colaboraram", "written by", "sub-edited by", "subedited by",
                  "files from"),
        kind="wire.credits",
        patterns=(
            r"""
            \b(?:reporting|writing|editing|additional\s+reporting|compiled|translated|graphics
                |research|fact-?checking)\s+by\s+(?-i:\p{Lu})                    # "Editing by Gareth Jones"
            | ^[\W_]{0,4}(?:--|—|–)?\s*with\s+assistance\s+from\s+(?-i:\p{Lu})           # Bloomberg, maybe in _emphasis_
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
            # the story's writer and the agency copy it used: 'This story was compiled by Ana Roy with files from …'
            | (?:^\W{0,3}|\bthis\s+(?:report|story|article|item)\s+(?:was|has\s+been)\s+)
                (?:written|compiled|reported|prepared|put\s+together)\s+by\s+(?-i:\p{Lu})[^.;]{0,60}?
                \bwith\s+files\s+from\s+(?:the\s+)?(?-i:\p{Lu})
            # a whole line 'Contributed by the Outlet's desk' (a comma only before another name)
            | ^\W{0,3}(?:additional\s+)?(?:reporting\s+)?contributed\s+by\s+(?:the\s+)?(?-i:\p{Lu})
                (?:[^.;,\n]|,\s*(?-i:\p{Lu})){0,80}\.?\W{0,3}$
            """,
            rf"""
            # a reporter credited by name after an optional '(AGENCY) —' tag, names only to the
            # end: '(XNA) — With a report from Ana Ruiz', 'Con la colaboración de Luis Paz',
            # 'Avec la contribution d'Anne Roy', 'Hanno collaborato Ada Neri e Ugo Sala'
            # ('—National News Agency, with reports from Ana Ruiz', '(XNA)' over 'Edited by Ana Ruiz')
            # (a dateline may follow the tag: '(XNA) - PORTO, 3 MAR - Hanno collaborato …')
            ^\W{{0,3}}(?:\((?-i:\p{{Lu}}{{2,8}})\)\s*(?:[—–-]+\s*)?
                (?:{CITY_CAPS}\s*,\s*\d{{1,2}}(?:\s+(?-i:\p{{Lu}})\p{{L}}{{2,8}}\.?)?\s*[—–-]+\s*)?|{CAPITALISED}\s*,\s*)?
                (?:with\s+(?:a\s+)?(?:reports?|additional\s+reporting)\s+(?:from|by)\s+
                |(?:edited|written|compiled|translated|sub-?edited)\s+by\s+
                |con\s+(?:un\s+)?reportes?\s+de\s+ | com\s+reportagem\s+de\s+
                |(?:avec|con|com)\s+(?:la\s+|a\s+)?(?:contribution|collaboration|colaboración|colaboração
                    |collaborazione)\s+(?:de\s+|di\s+|d['’])
                |ha(?:nno)?\s+collaborato\s*:?\s+ | colabor(?:ou|aram|ó|aron)\s*:?\s+)
                {PERSONS}(?:\s*,\s*(?:de|desde|da|do|dal|dalla|from|in|em|en|a|à|aus)\s+{CAPITALISED})?   # ', de Brasília'
                \.?\W{{0,3}}$
            """,
        ),
        max_words=CREDITS_MAX_WORDS,
        weight=2.0,
        why="Wire credit lines and contact blocks; a sentence with 'taken by an AP photographer' is not one.",
        examples=(
            "(Reporting by Daniela Ortiz; Writing by Sam Holmes; Editing by Chizu Nomiyama)",
            "--With assistance from Anna Kowalski and Ravi Menon.",
            "_--With assistance from Tomas Berg._",
            "Contributing: Ana Ruiz, The Arizona Republic",
            "This story has been corrected. The Associated Press contributed reporting.",
            "Contributed by the Tribune's statehouse bureau",
            "(XNA) — With a report from Lina Okoro",
            "Con la colaboración de Marta Gil y Pablo Ruiz.",
            "Avec la contribution d'Anne Leroux",
            "Hanno collaborato Ada Neri e Ugo Sala",
            "Colaborou Tiago Nunes, de Recife.",
            "(XNA) - TORINO, 9 GIU - Hanno collaborato Lia Corsi e Dario Mele.",
            "— National Press Agency, with reports from Dara Olusegun",
            "(GNA)\nEdited by Kofi Mensah",
            "Written by Amaka Eze",
            "This story was compiled by Léa Martin with files from the Northern Press.",
        ),
        counterexamples=(
            "The photograph, taken by an Associated Press photographer in 1972, later won a Pulitzer Prize.",
            "Contributed by Hana Sato in 1988, the quilt now hangs in the county museum.",
            "With a report from Deloitte due next week, the council postponed its vote.",
            "Con la colaboración de Naciones Unidas, el gobierno lanzó un plan de vacunación.",
            "Colaborou Tiago Nunes, de Recife, com a polícia durante toda a investigação.",
            "The case was prepared by Crown counsel with files from the RCMP, the judge noted.",
            "Edited by Marta Kell, the anthology gathers essays by 14 nurses who worked through the pandemic.",
        ),
    ),
    Rule(
        name="wire.credits.with_agency",
        kind="wire.credits",
        triggers=("con información", "con informazioni", "mit informationen", "avec", "mit material", "with reporting", "information from", "inputs", "files from",
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
                \s+(?:(?:(?-i:\p{{Lu}})|dpa\b|epd\b|kna\b|afp\b)[^.]{{0,80}}
                    |(?:agenc|agências|agência)[^.,;:]{{0,60}})\.?[\W_]{{0,3}}$   # agencies, no clause after them
            # it, de, fr, names only to the end: 'Con informazioni di AGI e Reuters', 'Mit Informationen von dpa'
            | ^[\W_]{{0,3}}(?:con\s+informazioni|mit\s+informationen|avec\s+des\s+informations)\s+{SOURCE_NAMES}\.?[\W_]{{0,3}}$
            # 'With files from The Northern Press and Ana Roy': a credit line, capitalised names to the end
            | ^[\W_]{{0,3}}with\s+files\s+from\s+(?:the\s+)?{CAPITALISED}(?:\s*(?:,|and|&)\s*(?:the\s+)?{CAPITALISED}){{0,4}}
                \.?[\W_]{{0,3}}$
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
                  "Fuente: EFE y AFP", "-- With files from the Northern Press and Jo Lam",
                  "Con informazioni dell'Adnkronos e di AGI", "Mit Informationen von dpa und Reuters",
                  "Avec des informations de l'AFP et de Belga"),
        counterexamples=(
            "Avec Emmanuel Macron, le gouvernement a présenté mardi un plan de relance pour l'industrie.",
            "With inputs from farmers and local officials, the district drew up a new irrigation plan.",
            "Source: a senior official familiar with the talks.",
            "Con Ansa Ricci, la squadra ha vinto il titolo regionale.",
            "Mit Material der Stadtwerke wurde der Spielplatz neu gebaut.",
            "With files from Ottawa still sealed, the inquiry stalled.",
            "Con informazioni di Carla Neri, la polizia ha ritrovato l'auto rubata.",
            "Con información de agencias de calificación, el gobierno revisó su previsión de crecimiento.",
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
            # ('(Reuters, AFP; kw)': a semicolon before the desk code)
            | ^[\W_]{{0,3}}\(\s*{AGENCY}(?:\s*[,;]\s*(?:{AGENCY}|{CODE}\.?)){{1,4}}\s*\)[\W_]{{0,3}}$
            # an Austrian-style signature closing with a date: '(APA, red, 14.3.2024)'
            | ^[\W_]{{0,3}}\(\s*(?:(?:{AGENCY}|{CODE}|(?-i:\p{{Lu}}\p{{Ll}}+)(?:\s+(?-i:\p{{Lu}}\p{{Ll}}+)){{0,2}})\s*,\s*){{1,3}}
                {NUMERIC_DATE}\s*\)[\W_]{{0,3}}$
            """,
        ),
        max_words=DESK_CODE_MAX_WORDS,
        weight=2.0,
        why="Editors' desk codes and dated agency signatures that close wire copy; prose never ends in 'jlr/cgs'.",
        examples=("afp tjs/lpa", "ANSA bsc/mre", "dk/ab (dpa, KNA)", "Rédaction : Paul Martin — lch/pdm",
                  "(Reuters, dpa, ksh.)", "(AP, dpa; lw)",
                  "(dpa, ksh, 2.10.2023)"),
        counterexamples=(
            "The turbines spin at 15 rpm/min when the wind is weak.",
            "Fans of AC/DC queued overnight.",
            "TCP/IP",
            "The vote (held on 14.3.2024) was close.",
            "(AP, see page 4)",
        ),
    ),
    Rule(
        name="wire.credits.syndicated",
        triggers=("syndicated feed", "syndicated news feed", "syndicated wire feed", "not been edited",
                  "may have been reworked", "has been reworked", "have been reworked"),
        kind="wire.credits",
        patterns=(
            r"""
            \b(?:is|are|has\s+been|have\s+been)\s+(?:auto-?generated|published|generated|taken|sourced|carried)\s+
                (?:directly\s+|unedited\s+)?from\s+(?:a|the)\s+syndicated\s+(?:news\s+|wire\s+)?feed\b
                                                                        # "… is carried unedited from a syndicated feed"
            | \b(?:this|the)\s+(?:story|article|report|copy|content|news\s+item|text)\s+has\s+not\s+been\s+edited\s+by\b
            | \bonly\s+the\s+(?:headline|image|picture|photo|title)s?\b[^.]{0,60}\b(?:may\s+have\s+been|has\s+been
                |have\s+been)\s+(?:reworked|changed|edited|modified)\b                # "Only the headline … may have been reworked"
            """,
        ),
        context="not_reported",
        max_words=CREDITS_MAX_WORDS,
        weight=2.0,
        why="Aggregators' disclaimers that a story came unedited from a wire or syndicated feed; news "
            "about a feed says who ran it, in reported speech.",
        examples=(
            "(This article has not been edited by our newsroom and is published from a syndicated feed.)",
            "Only the headline and image of this report may have been reworked by our staff; the rest "
            "of the text is carried unedited from a syndicated wire feed.",
        ),
        counterexamples=(
            "The draft report has not been edited by the ministry, officials said on Monday.",
            "The clip was taken from a syndicated feed and misidentified the senator, the network admitted.",
        ),
    ),
)
