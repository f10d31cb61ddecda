"""An opinion writer's lines at the end of an op-ed: the academic's affiliation, the
disclosure or disclaimer, and the 'The writer is …' tagline."""

from __future__ import annotations

from .. import NAME, Rule
from .bios import BIO_MAX_WORDS, NO_NEWS_EVENT, NO_SPEECH

#: Academic roles an op-ed author's line names (en, fr, es, de, it, pt).
ACADEMIC_ROLE = (
    r"(?:professor(?:in|a|e|essa)?|professeure?|profesora?|lecturer|researcher|research\s+fellow|senior\s+fellow"
    r"|scientist|postdoctoral|ph\.?d\.?\s+(?:candidate|student)|doctoral\s+(?:candidate|student)|chercheu(?:r|se)"
    r"|ma[îi]tre(?:sse)?\s+de\s+conférences|investigador(?:a)?|catedrátic[oa]|dozent(?:in)?|forscher(?:in)?"
    r"|wissenschaftler(?:in)?|ricercat(?:ore|rice)|docente|pesquisador(?:a)?)"
)

#: Weak evidence (below ``boilerplate_threshold``): an academic's author line
#: reads like a news sentence introducing an expert, so alone it stays body;
#: it only keeps a glued disclaimer's paragraph whole (see ``classify``).
ACADEMIC_BIO_WEIGHT = 0.5

OPINION = (
    Rule(
        name="author_bio.academic",
        triggers=("professor", "professeur", "profesor", "lecturer", "researcher", "fellow", "scientist", "postdoc",
                  "phd", "ph.d", "doctoral", "chercheu", "conférences", "investigador", "catedrátic",
                  "dozent", "forscher", "wissenschaftler", "ricercat", "docente", "pesquisador"),
        kind="author_bio",
        patterns=(
            rf"""
            # 'Name is an associate professor of X at Y', 'Name est chercheuse au CNRS'
            ^[\W_]{{0,3}}{NAME}\s+(?:is|est|es|ist|è|é)\s+{NO_NEWS_EVENT}
                (?:an?\s+|une?\s+|una?\s+|ein(?:e)?\s+|o\s+|a\s+|il\s+|la\s+)?
                (?:[\p{{L}}-]+\s+){{0,3}}?{ACADEMIC_ROLE}\b
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=ACADEMIC_BIO_WEIGHT,
        why="An op-ed author's academic line; weak, since news introduces experts the same way: it keeps "
            "'… at Y. The views expressed are her own.' whole without labelling an expert's intro alone.",
        examples=("Tomasz Wójcik is an associate professor of hydrology at the University of Gdańsk.",
                  "Camille Aubry est maîtresse de conférences en histoire à l'université de Tours.",
                  "Lena Hoffmann ist Professorin für Soziologie an der Universität Bielefeld.",
                  "Giulia Ferri è ricercatrice di economia all'Università di Bologna.",
                  "Rafael Souza é professor de ciência política na Universidade de Brasília."),
        counterexamples=("Ana Ortiz is a visiting professor who was detained at the border on Monday.",
                         "Helen Park is a researcher at Yale, she told reporters on Friday.",
                         "The professor at the centre of the dispute is a senior fellow at the institute."),
    ),
    Rule(
        name="author_bio.disclosure",
        # specific phrases, not 'funding' or 'opinion': the rule is dear and those words are common in news
        triggers=('funding from', 'no affiliation', 'no other', 'no relevant', 'no conflict', 'work for, consult',
                  'no competing', 'views expressed', 'opinions expressed', 'views are', "n'engag", "n’engag",
                  'opiniones', 'opinión', 'opiniões', 'opinião', 'opinioni espresse', 'meinung des', 'meinung der',
                  'opinions are', 'opinions sont', 'opinioni sono', 'meinungen sind', 'meinung ist', "conflit d'int",
                  'conflit d’int', "conflits d'int", 'conflits d’int', "lien d'int", 'lien d’int', "liens d'int",
                  'liens d’int', 'conflicto de inter', 'conflictos de inter', 'interessenkonflikt', 'conflitto di inter',
                  'conflitti di inter', 'conflito de inter', 'conflitos de inter'),
        kind="author_bio",
        patterns=(
            r"""
            \b(?:receives?|received|has\s+received)\s+funding\s+from\b
            | \b(?:has|have)\s+no\s+(?:other\s+)?(?:relevant\s+)?(?:affiliations|conflicts?\s+of\s+interest)
            | \b(?:does|do)\s+not\s+work\s+for,\s+consult
            | \b(?:declares?|discloses?)\s+no\s+(?:conflicts?|competing)
            # the same statement in fr, es, de, it, pt, led by its verb ('Afferma di non avere conflitti di
            # interesse', 'Declara no tener conflictos de intereses', 'Erklärt, keine Interessenkonflikte zu haben')
            # (the writer the subject: the verb opens its sentence, after 'the author' or a pronoun at most)
            | \b(?:déclare|declara|dichiara|erklärt|gibt\s+an)\b
                (?<=(?:^|[.!?;:]\s+)[\W_]{0,2}(?:(?:l['’]aut(?:eure?|rice|ore)|le\s+signataire|la\s+signataire|el\s+autor
                  |la\s+autora|der\s+autor|die\s+autorin|o\s+autor|a\s+autora|il|elle|er|sie|ella|él|ele|ela)\s+)?
                  (?:déclare|declara|dichiara|erklärt|gibt\s+an))[^.]{0,40}?\b(?:aucun|n['’]avoir|pas\s+de|no\s+tener|ningún
                |non\s+avere|nessun|keine[n]?|não\s+ter|nenhum)\s+(?:[\w-]+\s+){0,2}?(?:conflits?\s+d['’]intérêts?
                |conflictos?\s+de\s+intere(?:s|ses)|interessenkonflikte?|conflitt[oi]\s+di\s+interess[ei]
                |conflitos?\s+de\s+interesses?|liens?\s+d['’]intérêts?)\b
            """,
            r"""
            # an opinion writer's disclaimer: 'The views expressed are her own', 'Views are personal'
            \b(?:views|opinions)\s+expressed\b[^.]{0,60}?\bare\s+(?:solely\s+|entirely\s+)?(?:(?:his|her|their
                |the\s+(?:author|writer)['’]?s?)\s+own|those\s+of\s+the\s+(?:authors?|writers?)|personal)\b
            | (?<!\p{L}\s)\b(?:views|opinions)\s+are\s+(?:personal|(?:his|her|their|my)\s+own|the\s+(?:author|writer)['’]s(?:\s+own)?)\b
            # the same short disclaimer in fr, es, it, pt, de: 'Opinions personnelles', 'Las opiniones son personales'
            | (?<!\p{L}\s)\b(?:les\s+)?opinions\s+(?:sont|restent)\s+(?:personnelles|celles\s+de\s+l['’]aut(?:eur|rice))\b
            | (?<!\p{L}\s)\b(?:las\s+)?opiniones\s+son\s+(?:personales|propias|suyas|del\s+autor|de\s+la\s+autora)\b
            | (?<!\p{L}\s)\b(?:le\s+)?opinioni\s+sono\s+(?:personali|sue|dell['’]aut(?:ore|rice))\b
            | (?<!\p{L}\s)\b(?:as\s+)?opiniões\s+são\s+(?:pessoais|suas|d[oa]\s+autor[a]?)\b
            | (?<!\p{L}\s)\b(?:die\s+)?meinung(?:en)?\s+(?:ist|sind)\s+(?:persönlich|privat|(?:seine|ihre)\s+eigene[n]?)\b
            # fr: '… n'engagent que leur auteur'
            | \bn['’]engagen?t?\s+que\s+(?:leurs?|son|sa|l['’])\s*(?:auteure?s?|autrices?|signataires?)\b
            # es / pt: 'Las opiniones … son responsabilidad exclusiva del autor'
            | \bopini(?:ones|ón|ões|ão)\b[^.]{0,60}?\b(?:son|es|são|é)\s+(?:de\s+)?(?:(?:la\s+|sua\s+)?(?:exclusiva
                |absoluta|inteira|total)\s+)?responsabilidad(?:e)?\s+(?:exclusiva\s+)?d(?:e|el|o|a|os|as)\s+
                (?:(?:su|sus|seu|seus|sua|suas|la|los)\s+)?(?:autor(?:a|es|as)?|firmantes?|articulista|colunista)\b
            # it: 'Le opinioni espresse sono quelle dell'autore'
            | \bopinioni\s+espresse\b[^.]{0,60}?\b(?:sono|restano)\s+(?:quelle\s+)?(?:dell['’]autor[ei]
                |personali|esclusivamente)
            # de: '… gibt die Meinung des Autors wieder', '… muss nicht der Meinung der Redaktion entsprechen'
            | \bmeinung\s+(?:des|der)\s+(?:gast)?(?:autors|autorin|autoren|autorinnen|verfassers|verfasserin)\s+wieder\b
            | \b(?:muss|müssen)\s+nicht\s+(?:mit\s+)?der\s+meinung\s+der\s+redaktion\b
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="Author disclosure statements (The Conversation style) and op-ed disclaimers; a report that a "
            "paper disowned a writer's views says so ('said'), which vetoes.",
        examples=("Jordan Ellis receives funding from the National Science Foundation.",
                  "Farida Noor teaches economics in Lahore. The views expressed here are the author's own.",
                  "(The writer is a retired diplomat. Views are personal.)",
                  "Cette tribune reflète l'avis de sa signataire ; les opinions exprimées n'engagent que leur autrice.",
                  "Las opiniones vertidas en esta columna son responsabilidad exclusiva de su autora.",
                  "As opiniões deste artigo são de inteira responsabilidade do colunista.",
                  "Le opinioni espresse in questo commento sono quelle dell'autore.",
                  "Der Gastbeitrag gibt die Meinung der Autorin wieder.",
                  "* Tariq Bell writes the Tuesday food column. Opinions are his own.",
                  "Ana Prieto dirige un pódcast de economía. Las opiniones son personales.",
                  "Luca Sala è avvocato. Le opinioni sono personali.",
                  "Elena Marchi insegna economia a Trento. Dichiara di non avere alcun conflitto di interessi.",
                  "La autora declara no tener conflictos de intereses con las empresas citadas.",
                  "Le signataire déclare n'avoir aucun lien d'intérêt avec les laboratoires."),
        counterexamples=("The university receives most of its money from tuition, officials said.",
                         "The broadcaster said the views expressed in the interview were not its own.",
                         "Their views are personal and rooted in decades of farming, not in party politics.",
                         "Die Meinung der Autorin zum Gesetz ist in der Partei umstritten.",
                         "Their opinions are personal, the pollster said, and often change by election day.",
                         "Il ministro dichiara di non avere conflitti di interesse nella gara per il porto."),
    ),
    Rule(
        name="author_bio.the_author_is",
        triggers=("author is", "authors are", "writer is", "writers are", "columnist is", "auteur est", "autrice est",
                  "autor es", "autora es", "autor ist", "autorin ist", "autore è", "autrice è", "autor é", "autora é"),
        kind="author_bio",
        patterns=(
            r"""
            # an op-ed's tagline: 'The writer is a former diplomat.', "L'auteure est chercheuse …"
            ^[\W_]{0,3}(?:the\s+(?:authors?|writers?|columnist)\s+(?:is|are)\s+(?:a|an|the|based|currently|formerly)
              |l['’]aut(?:eure?|rice)\s+est|(?:el\s+autor|la\s+autora)\s+es|(?:der\s+autor|die\s+autorin)\s+ist
              |l['’]aut(?:ore|rice)\s+è|(?:o\s+autor|a\s+autora)\s+é)\b
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=ACADEMIC_BIO_WEIGHT,
        why="'The writer is …' taglines open an op-ed's author note; weak, since a book review says the same of "
            "its subject: it keeps '… The views expressed are his own.' whole without labelling a review's sentence.",
        examples=("The writer is a retired judge and sits on the board of a legal aid charity.",
                  "L'autrice est chercheuse en sociologie à Lyon."),
        counterexamples=("The author, a retired judge, said the book took ten years to write.",),
    ),
    Rule(
        name="author_bio.the_author_contributes",
        triggers=("author is", "authors are", "writer is", "writers are", "auteur est", "autrice est", "autor es",
                  "autora es", "autor ist", "autorin ist", "autore è", "autrice è", "autor é", "autora é"),
        kind="author_bio",
        patterns=(
            rf"""
            # the tagline saying the writer writes for the paper: 'The writer is a retired nurse and a
            # regular contributor to these pages', "L'auteur est chroniqueur pour notre rubrique Idées"
            ^[\W_]{{0,3}}(?:the\s+(?:authors?|writers?)\s+(?:is|are)|l['’]aut(?:eure?|rice)\s+est|(?:el\s+autor|la\s+autora)\s+es
              |(?:der\s+autor|die\s+autorin)\s+ist|l['’]aut(?:ore|rice)\s+è|(?:o\s+autor|a\s+autora)\s+é)\s
              {NO_SPEECH}[^.]{{0,120}}?\b(?<!former\s)(?<!ex-)(?:contributors?|columnists?|contributing\s+(?:writer|editor)s?
                |(?:our|these|this\s+(?:paper's|newspaper's))\s+(?:opinion|op-ed|editorial|commentary)\s+(?:pages?|section)
                |chroniqueu(?:r|se)|collaborat(?:eur|rice)\s+régulier|columnista|colaborador(?:a)?\s+habitual
                |kolumnist(?:in)?|gastautor(?:in)?|editorialista|collaborat(?:ore|rice)|colunista|colaborador(?:a)?)\b
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="An op-ed tagline that says the writer contributes to the paper; a review's 'the author is …' "
            "describes a book's author, who writes for no section of this paper.",
        examples=("The writer is a former firefighter and an occasional contributor to our opinion pages.",
                  "La autora es periodista y columnista habitual de este diario."),
        counterexamples=("The author is a former columnist whose memoir says she was fired, her publisher said.",
                         "The author is a former columnist for a Glasgow daily, and her ear for gossip shows."),
    ),
)
