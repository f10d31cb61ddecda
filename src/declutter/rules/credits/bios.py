"""Author bios, disclosures and tip lines at the end of a story."""

from __future__ import annotations

from .. import NAME, Rule
from .vocab import APPOSITION, NO_NEWS_EVENT_FOREIGN, OUTLET, STUDENT, WRITING_STUDENT

#: Author bios run to a few sentences.
BIO_MAX_WORDS = 90

#: Tip lines stand alone and are short (dev set: at most 27 words); a longer
#: paragraph that mentions an address is an article talking to its readers.
TIP_LINE_MAX_WORDS = 45

#: The possessive outlet in 'Name is Outlet's health reporter'.
OUTLET_POSSESSIVE = r"(?:the\s+)?(?-i:\p{Lu})[\p{L}.&-]*(?:\s+(?-i:\p{Lu})[\p{L}.&-]*){0,3}['’]s?"

#: Journalism roles a bio names (en); the fr/es/de/it/pt forms are listed
#: in ``author_bio.is_a_reporter``'s last branch.
ROLE = (
    r"(?:reporter|correspondent|writer|journalist|editor|columnist|author|contributor|fellow|producer"
    r"|photographer|photojournalist|freelancer|corps\s+member)"
)

#: Staff roles in a bio line ('staff writer', 'health reporter', 'editor').
STAFF_ROLE = r"(?:reporter|correspondent|writer|journalist|editor|columnist|producer|photographer|photojournalist)"

#: A block with no speech or findings verb: the reported-speech cue minus
#: 'reported', which bios use for past beats ('she reported from Kyiv').
NO_SPEECH = (
    r"(?!(?s:.*)\b(?:said|says|told|according\s+to|announced|found|confirmed|stated|testified|ruled|showed|argued"
    r"|declined\s+to|estimated|explained)\b)"
)

#: The same for the other five languages' commonest speech verbs, not 'berichtet' and 'berichtete', which a
#: German bio uses for a beat ('Sie berichtet aus dem Landtag').
NO_SPEECH_FOREIGN = (
    r"(?!(?s:.*)\b(?:dijo|afirmó|según|explicó|declaró|aseguró|sagte|sagt|erklärte|laut|teilte|zufolge|selon|a\s+déclaré"
    r"|a\s+dit|a\s+expliqué|ha\s+detto|ha\s+dichiarato|secondo|disse|afirmou|segundo|declarou)\b)"
)

#: A news event befalling the person ('… who was arrested on Saturday', '… and
#: was expelled in 2022'): the block is news about a journalist, not a bio.
NO_NEWS_EVENT = (
    r"(?!(?s:.*)\b(?:was|were|has\s+been|had\s+been|have\s+been|is\s+being)\s+(?:\p{L}+\s+)?(?:arrested|detained"
    r"|jailed|imprisoned|killed|shot|wounded|injured|attacked|assaulted|kidnapped|abducted|expelled|deported"
    r"|fired|dismissed|sacked|sued|charged|indicted|sentenced|convicted|acquitted|freed|released|banned|barred)\b"
    r"|\b(?:died|disappeared|vanished)\b)"
)

#: Roles that open a nameless, verbless author box ('Periodista salvadoreña.').
ROLE_WORD = (
    r"(?:periodista|fotoperiodista|jornalista|fotojornalista|giornalista|fotoreporter|journaliste|journalist(?:in)?"
    r"|reporter(?:in)?|reportera|repórter|corresponsal|correspondente|corrispondente|correspondant(?:e)?|korrespondent(?:in)?"
    r"|redactora?|redattore|redattrice|rédactrice|rédacteur|redakteur(?:in)?|chroniqueu(?:r|se)|columnista"
    r"|kolumnist(?:in)?|fotógraf[oa]|fotografa|fotografo|escritora?|writer|photographer|photojournalist)"
)

#: English modifiers before an English role in such a box ('Freelance journalist.').
ROLE_MODIFIER = (
    r"(?:freelance|independent|investigative|award-winning|staff|senior|data|science|political|business|health"
    r"|environmental|multimedia|documentary|freie[rn]?|unabhängige[rn]?)"
)

#: Beat verbs: 'Name covers courts for Outlet' (en, fr, es, pt, de, it).
BEAT = (
    r"(?:covers|reports\s+on|writes\s+(?:about|on)|couvre|cubre|escribe\s+sobre|cobre|escreve\s+sobre"
    r"|berichtet\s+über|schreibt\s+über|si\s+occupa\s+di|scrive\s+di|segue|suit)"
)

#: 'About the author' labels opening an author box, in six languages.
BIO_LABEL = (
    r"(?:about\s+the\s+(?:authors?|reporters?|writers?|journalists?|contributors?|photographers?)"
    r"|(?:authors?|writers?|reporters?|contributors?)(?:['’]s)?\s+bio(?:graphy)?"
    r"|zu[rm]\s+autor(?:in)?|über\s+(?:den\s+autor|die\s+autorin|die\s+autoren)"
    r"|à\s+propos\s+de\s+l['’]aut(?:eure?|rice)|l['’]aut(?:eure?|rice)(?=\s*:)"
    r"|bio(?=\s*:\s*(?-i:\p{Lu})\p{L}+\s+(?-i:\p{Lu}))"   # 'Bio: Lena Park …', a name after it (not 'Bio: les ventes …')
    r"|sobre\s+(?:el\s+autor|la\s+autora|o\s+autor|a\s+autora)|acerca\s+de(?:l\s+autor|\s+la\s+autora)"
    r"|sull['’]autore|l['’]autore(?=\s*:)|l['’]autrice(?=\s*:))"
)

BIO = (
    Rule(
        name="author_bio.is_a_reporter",
        triggers=('disclosure', 'conflict of interest', 'conflicts of interest', 'competing interests', 'reporter', 'correspondent', 'writer', 'journalist', 'editor', 'columnist', 'author', 'contributor', 'fellow', 'producer', 'photographer', 'freelancer', 'corps member', 'appeared in',
                  'journaliste', 'periodista', 'redakteur', 'giornalista', 'jornalista', 'correspond', 'corresponsal',
                  'korrespondent', 'corrispondente', 'rédact', 'redattor', 'chroniqueu', 'columnista', 'kolumnist',
                  'repórter', 'volontär'),
        kind="author_bio",
        patterns=(
            rf"""
            # 'Name is a staff writer …', 'Name is Outlet's health reporter'
            ^[\W_]{{0,3}}(?:{BIO_LABEL}[\W_]{{0,3}})?{NAME}{APPOSITION}{NO_NEWS_EVENT}\s+(?:is|was|has\s+been|serves\s+as)\s+
                (?:a|an|the|our|one\s+of\s+our|{OUTLET_POSSESSIVE})\s+      # 'is our Dublin correspondent'
                [^.]{{0,100}}\b{ROLE}\b
            | ^[\W_]{{0,3}}(?:disclosure(?:\s+statement)?|conflicts?\s+of\s+interest|competing\s+interests)[\W_]{{0,3}}$
            | \b(?:his|her|their)\s+(?:work|writing|reporting|stories)\s+(?:has|have)\s+appeared\s+in
            | ^[\W_]{{0,3}}{NAME}{APPOSITION}\s+(?:est|es|ist|è|é)\s+(?:une?\s+|una?\s+|ein(?:e)?\s+|o\s+|a\s+)?  # fr/es/de/it/pt
                (?:notre\s+|nuestr[oa]\s+|unser(?:e)?\s+|(?:il\s+|la\s+)?nostr[oa]\s+|noss[oa]\s+)?       # 'est notre correspondant'
                (?:(?:freie[rn]?|unabhängige[rn]?)\s+)?
                (?:journaliste|reporter|reportera?|repórter|periodista|redakteur(?:in)?|journalist(?:in)?|giornalista|jornalista
                |correspondant(?:e)?|corresponsal|korrespondent(?:in)?|corrispondente|correspondente|rédact(?:eur|rice)
                |redattore|redattrice|editor(?:a)?|chroniqueu(?:r|se)|columnista|kolumnist(?:in)?
                |volontär(?:in)?)\b{NO_NEWS_EVENT_FOREIGN}              # 'ist Volontärin bei …': a newsroom trainee
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Name is a reporter for X' bios; reported attributions start with the quote, not the name.",
        examples=(
            "Sam Whitfield is a science journalist based in Leeds, England. His work has appeared in New Scientist.",
            "_Nadia Osei is a Kumasi-based photographer._",
            "Lucas Meyer is the Valley Ledger's courts reporter.",
            "Clara Vogt ist freie Journalistin in Leipzig.",
            "About the author Mark Osei is a contributor to several travel magazines.",
            "Orla Keane is our Galway correspondent and has covered the west of Ireland since 2016.",
            "Tiago Mendes é repórter de economia em Lisboa.",
            "Lucie Martin est notre correspondante à Bruxelles.",
            "Jonas Brandt (24) ist Volontär in der Lokalredaktion.",
            "Marta Fois, classe 1988, è giornalista professionista e vive a Cagliari.",
            "Dev Rao, 31, is a reporter on the metro desk.",
        ),
        counterexamples=(
            "The author, a former Reuters correspondent in Moscow, spent two years interviewing former employees.",
            "Pedro Alves is a retired fisherman who has spent forty years on the estuary, his neighbours say.",
            "Nora Lind is a freelance reporter for two Baltic papers who was detained at the border on Friday.",
            "Kevin Doyle is our neighbour and a retired editor who was arrested at the protest on Sunday.",
            "Omar Haddad, 29, is a freelance journalist who was detained at the airport on Monday.",
            "Ana Pires, 40, é jornalista e foi detida no sábado em Luanda.",
        ),
    ),
    Rule(
        name="author_bio.student",
        triggers=("student", "sophomore", "freshman", "junior", "senior", "first-year", "second-year", "third-year",
                  "fourth-year", "final-year", "graduate", "master's", "master’s", "masters", "doctoral", "phd", "étudiant", "estudiante",
                  "estudante", "studentin", "studentessa", "studente", "stagiaire", "becari", "pasante", "stagista",
                  "estagiári", "trainee", "intern ", "praktikant"),
        kind="author_bio",
        patterns=(
            rf"""
            # a student or trainee writing for the paper: 'Name is a sophomore studying journalism',
            # 'Name é estudante de Comunicação … Escreve para …', 'Name ist Praktikantin in der Redaktion'
            # (the vetoes scan the whole block: they come last, once the opening has matched)
            ^[\W_]{{0,3}}{NAME}{APPOSITION}\s+(?:is|est|es|ist|è|é)\s+
                (?:(?:a|an|une?|una?|ein(?:e)?|um|uma|o|a)\s+)?{STUDENT}{WRITING_STUDENT}{NO_NEWS_EVENT}{NO_NEWS_EVENT_FOREIGN}
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="Student papers' bios: a year of study or a trainee's post, and journalism or writing for the paper; "
            "news about a student reports what happened to them.",
        examples=("Maya Cole is a junior majoring in English and media studies. She edits the opinion section.",
                  "Rui Pinto é estudante de Jornalismo na Universidade de Coimbra.",
                  "Léa Morin est étudiante en journalisme à Lille et écrit pour le journal du campus.",
                  "Paula Vidal es estudiante de Periodismo y escribe sobre cultura."),
        counterexamples=("Ella Park is a junior studying journalism who was arrested at the protest on Friday.",
                         "Sam Ortiz is a senior majoring in communications, and she told the board she would sue.",
                         "Tom Reyes is a sophomore studying biology who volunteers at the food bank."),
    ),
    Rule(
        name="author_bio.written_by",
        leads=("written", "words", "by", "story", "text", "texte", "texto", "testo", "von", "par", "por", "di"),
        kind="author_bio",
        patterns=(
            rf"""
            # 'Written by Name | Name has covered courts since 2015': a byline and the bio after a separator
            ^[\W_]{{0,3}}(?:written\s+by|words\s+by|story\s+by|by|text(?:e|o)?\s*:?|testo\s*:?|von|par|por|di)\s+{NAME}
                \s*[|•·–—]\s*(?-i:\p{{Lu}})[\p{{L}}'’.-]+(?:\s+(?-i:\p{{Lu}})[\p{{L}}'’.-]+){{0,3}}\s+
                (?:has\s+(?:been\s+)?(?:covered|covering|reported|reporting|written|writing|worked)|is\s+(?:a|an|the|our)
                |covers|writes|reports\s+on|joined|a\s+(?:couvert|rejoint)|couvre|écrit|est\s+(?:journaliste|notre)
                |cubre|escribe|es\s+(?:periodista|redactora?)|berichtet|schreibt|ist\s+(?:redakteur|journalist)
                |scrive|segue|è\s+giornalista|cobre|escreve|é\s+jornalista)\b
            """,
        ),
        max_words=BIO_MAX_WORDS,
        weight=2.0,
        why="A byline followed by the writer's bio after a bar ('Written by … | … has covered …'); no news "
            "sentence opens on a byline.",
        examples=("Written by Nina Okoro | Nina has reported on farming in the Rift Valley since 2016.",
                  "Por Laura Gil | Laura es periodista y cubre medio ambiente."),
        counterexamples=("By Tuesday | The river had crested, and it has covered the valley road since.",
                         "Written by Nina Okoro, the report has covered every district since 2016, officials said."),
    ),
    Rule(
        name="author_bio.author_page",
        leads=("view", "see", "read", "more", "all", "browse", "tous", "toutes", "voir", "plus", "todos", "todas",
               "ver", "más", "mas", "alle", "weitere", "mehr", "tutti", "altri", "leggi", "mais", "other", "autres",
               "otros", "outros", "articles", "posts", "stories", "artículos", "artigos", "artikel", "articoli"),
        kind="author_bio",
        patterns=(
            rf"""
            # the link to the writer's page under a bio: 'View all posts by Name →', 'Tous les articles de Name'
            ^\W{{0,3}}(?:(?:view|see|read|browse)\s+(?:all\s+|more\s+)?|more\s+|all\s+|other\s+)?(?:posts|articles|stories
                |columns|work)\s+(?:by|from)\s+{NAME}[\W_]{{0,3}}$
            | ^\W{{0,3}}(?:(?:voir\s+)?(?:tous\s+les|toutes\s+les|les\s+autres|plus\s+d['’])\s*(?:articles|chroniques)
                |(?:ver\s+)?(?:todos\s+los|más|otros)\s+(?:artículos|textos)|(?:ver\s+)?(?:todos\s+os|mais|outros)\s+(?:artigos|textos)
                |(?:alle|weitere|mehr)\s+(?:artikel|beiträge|texte)|(?:leggi\s+)?(?:tutti\s+gli|altri)\s+articoli)
                \s+(?:de|d['’]|von|di|dell['’]autore|da|do)\s*{NAME}[\W_]{{0,3}}$
            # the same link without the name: 'More by this author »', 'Plus d'articles de cet auteur'
            | ^\W{{0,3}}(?:(?:view|see|read|browse)\s+)?(?:all\s+|more\s+|other\s+)(?:posts\s+|articles\s+|stories\s+|columns\s+|work\s+)?
                (?:by|from)\s+(?:this|the)\s+(?:author|writer|reporter|columnist|contributor)[\W_]{{0,3}}$
            | ^\W{{0,3}}(?:voir\s+|ver\s+|leggi\s+)?(?:(?:tous\s+les|les\s+autres|plus\s+d['’])\s*articles\s+(?:de\s+(?:cet|cette|l['’])\s*aut(?:eur|rice))
                |(?:todos\s+los|más|otros)\s+artículos\s+(?:de\s+(?:este|esta)\s+autora?|del\s+autor|de\s+la\s+autora)
                |(?:todos\s+os|mais|outros)\s+(?:artigos|textos)\s+(?:deste|desta|do|da)\s+autora?
                |(?:alle|weitere|mehr)\s+(?:artikel|beiträge)\s+(?:dieses\s+autors|dieser\s+autorin|des\s+autors|der\s+autorin)
                |(?:tutti\s+gli|altri)\s+articoli\s+(?:di\s+questo\s+autore|di\s+questa\s+autrice|dell['’]autore|dell['’]autrice))[\W_]{{0,3}}$
            """,
        ),
        max_words=15,
        weight=2.0,
        why="The link to the writer's archive closes an author box; it is a name and nothing else, no sentence.",
        examples=("View all posts by Amara Diallo →", "More stories from Lena Hart", "Tous les articles de Claire Dubois",
                  "Alle Artikel von Jonas Weber", "See more from this writer ›", "Más artículos de esta autora"),
        counterexamples=("Posts by Amara Diallo were removed from the forum on Monday.",
                         "More from the author's estate is expected to reach the library next year.",
                         "More stories from Lena Hart's childhood appear in the second volume of her memoir."),
    ),
    Rule(
        name="author_bio.staff_role",
        triggers=("reporter", "correspondent", "writer", "journalist", "editor", "columnist", "producer",
                  "photographer", "photojournalist", "freelancer"),
        kind="author_bio",
        patterns=(
            rf"""
            # in a block without speech or findings verbs (a bio's 'previously reported from X' is allowed):
            ^[\W_]{{0,3}}{NAME}{APPOSITION}{NO_SPEECH}{NO_NEWS_EVENT}\s+(?:is|was)\s+
            (?:(?:a|an|the)\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?:{STAFF_ROLE}|freelancer)\s+
                (?:at|for|with|in|from|(?:based|living)\s+in|covering)\s+(?:the\s+)?(?-i:\p{{Lu}})   # 'a staff writer at Outlet',
                                                                                                  # 'a staff writer based in Leeds'
              | {OUTLET_POSSESSIVE}\s+(?:[\p{{L}}-]+\s+){{0,3}}?{STAFF_ROLE}\b)                              # "Outlet's health reporter"
            """,
        ),
        max_words=BIO_MAX_WORDS,
        weight=2.0,
        why="Staff bios say where the writer works and may recall past reporting, which the "
            "reported-speech cue takes for news; speech and findings verbs still veto.",
        examples=("Ravi Menon is a senior editor at Harbor Tribune. He previously reported from Nairobi and Lagos.",
                  "Inès Duval is the Coastal Post's climate correspondent; she reported on the 2022 floods.",
                  "Ada Quinn is a freelance journalist based in Belfast. She has reported from three continents."),
        counterexamples=(
            "Kofi Mensah is a staff reporter at the Daily Ledger who was detained for three days, his editor said.",
            "Mia Berg is a correspondent for Nordic Radio whose reporting found widespread fraud in the tender.",
            "Tariq Haddad is the Gazette's chief photographer and was injured by shrapnel in the raid.",
            "Ada Quinn is a freelance journalist based in Belfast, police said, and was questioned for an hour.",
        ),
    ),
    Rule(
        name="author_bio.staff_role_foreign",
        triggers=('journaliste', 'periodista', 'redakteur', 'giornalista', 'jornalista', 'correspondant',
                  'corresponsal', 'korrespondent', 'corrispondente', 'correspondente', 'rédacteur', 'rédactrice',
                  'redattore', 'redattrice', 'redactor', 'chroniqueu', 'columnista', 'kolumnist', 'repórter',
                  'reporterin', 'reportera', 'fotógraf', 'fotografa', 'fotografo', 'fotoreporter', 'fotoperiodista',
                  'fotojornalista', 'journalistin', 'escritor', 'freier reporter', 'freie reporterin', 'ist reporter',
                  'war reporter', 'est reporter', 'es reporter', 'è reporter', 'freier journalist', 'freie journalistin',
                  'ist journalist', 'war journalist'),
        kind="author_bio",
        patterns=(
            rf"""
            # 'Lena Roth ist Redakteurin im Lokalressort und berichtet aus dem Landtag', 'Chiara Sala è giornalista
            # freelance a Torino': a bio's beat verbs are no speech (the vetoes come after the copula, once it matched)
            ^[\W_]{{0,3}}{NAME}{APPOSITION}\s+(?:est|es|ist|è|é|war|était|fue|era|foi)\s+{NO_SPEECH_FOREIGN}{NO_NEWS_EVENT_FOREIGN}
                (?:une?\s+|una?\s+|ein(?:e)?\s+|um\s+|uma\s+|o\s+|a\s+|il\s+|la\s+|l['’])?
                (?:notre\s+|nuestr[oa]\s+|unser(?:e)?\s+|nostr[oa]\s+|noss[oa]\s+)?(?:[\p{{L}}-]+\s+){{0,2}}?{ROLE_WORD}\b
            """,
        ),
        max_words=BIO_MAX_WORDS,
        weight=2.0,
        why="A bio's name, copula and journalism role in French, Spanish, German, Italian or Portuguese, where "
            "the beat verb ('berichtet aus …') reads as reported speech; speech verbs and news events still veto.",
        examples=("Jonas Brenner ist freier Journalist in Hamburg und berichtet seit 2019 über Hafenpolitik.",
                  "Chiara Sala è giornalista freelance a Torino; ha scritto per diversi quotidiani."),
        counterexamples=("Jonas Brenner ist freier Journalist in Hamburg, sagte sein Anwalt, und wurde festgenommen.",
                         "Marta Ruiz es periodista y fue detenida el sábado en la frontera."),
    ),
    Rule(
        name="author_bio.label",
        triggers=("about the", "autor", "auteur", "autrice", "autore"),
        leads=("author", "writer", "reporter", "contributor", "bio"),
        kind="author_bio",
        patterns=(
            rf"""^[\W_]{{0,3}}{BIO_LABEL}(?:\s*[:*_—–-]|[\W_]{{0,3}}$)   # 'About the reporter:', 'Zur Autorin: …'""",
        ),
        max_words=BIO_MAX_WORDS,
        weight=2.0,
        why="An 'About the author' label opens an author box; a sentence using the phrase goes on in lower case.",
        examples=("About the authors", "**About the writer:** Jo Lind has covered farming since 2015.",
                  "Zum Autor: Jonas Weber lebt in Kassel.", "Sobre la autora: Lucía Paz es periodista.",
                  "Author bio: Ines Ward is a soil scientist who writes a monthly column for us.",
                  "L'autrice: Giulia Neri è giornalista e vive a Bologna.", "Bio: Sam Okafor covers city hall for us.",
                  "L'auteure : Anne Roy est journaliste pigiste à Québec."),
        counterexamples=(
            "About the author of the leaked memo, little is known beyond his rank.",
            "Zur Autorin des Gutachtens wollte sich das Ministerium nicht äußern.",
            "Author biographies of the nominees were published by the prize committee on Monday.",
            "L'autore ha chiesto il rinvio dell'udienza, ha detto il suo avvocato.",
            "Biology: the new lab opens in May, the university said.",
            "Bio: the firm's new biodegradable packaging goes on sale in May.",
        ),
    ),
    Rule(
        name="author_bio.beat",
        triggers=("covers", "reports on", "writes about", "writes on", "couvre", "cubre", "escribe sobre", "cobre",
                  "escreve sobre", "berichtet über", "schreibt über", "si occupa di", "scrive di", "segue", "suit"),
        kind="author_bio",
        patterns=(
            rf"""
            # 'Name covers the statehouse for Outlet.': the outlet closes the clause
            # ('… for Medicaid patients' is not an outlet)
            ^[\W_]{{0,3}}{NAME}\s+{BEAT}\s+[^.]{{0,100}}?\b(?:for|para|pour|für|per)\s+
                (?:the|la|le|el|o|a|die|den|das)?\s*{OUTLET}\s*(?:[.,;]|\s+(?:and|since|where|y|et|und|e)\b|$)
            # the role first, then the name and the beat: 'Freelance journalist based in Lima,
            # Ana Ruiz covers mining.', 'Journaliste installée à Lyon, Léa Roy suit l'agriculture.'
            | ^[\W_]{{0,3}}(?:{ROLE_MODIFIER}\s+)?{ROLE_WORD}(?:\s+(?-i:\p{{Ll}})[\p{{L}}-]*){{0,4}}
                (?:\s+(?:in|en|em|à|a|na|no|at|bei)\s+(?-i:\p{{Lu}})[\p{{L}}-]*)?\s*,\s*{NAME}\s+{BEAT}\s
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Name covers X for Outlet' bio lines; news about a journalist names them later, or reports.",
        examples=("Grace Liu covers public health for the Harbor Tribune.",
                  "Tomás Ferreira cubre temas de energía para Diario del Sur. Escríbale a tferreira@example.org",
                  "Periodista independiente radicada en Quito, Inés Carrión cubre minería y derechos indígenas.",
                  "Journaliste installée à Rennes, Maëlle Guégan suit l'agriculture bretonne depuis dix ans."),
        counterexamples=(
            "Grace Liu covers public health for the Harbor Tribune, which she joined after the paper said it "
            "would expand its health desk.",
            "The insurance covers flood damage for homeowners in Zone A.",
            "Elena Park covers the whole bill for Lakeside Elementary students every December.",
            "Journaliste d'investigation, Paul Henry a révélé l'affaire en 2019.",
            "Photographer and activist, Kim Soto covers her face at every march, police said.",
        ),
    ),
    Rule(
        name="author_bio.role_box",
        triggers=("periodista", "fotoperiodista", "jornalista", "fotojornalista", "giornalista", "fotoreporter",
                  "journalist", "reporter", "corresponsal", "correspond", "corrispondente", "korrespondent",
                  "redactor", "redattor", "rédact", "redakteur", "chroniqueu", "columnista", "kolumnist",
                  "fotógraf", "fotograf", "escritor", "writer", "photographer", "photojournalist"),
        kind="author_bio",
        patterns=(
            rf"""
            # a nameless author box opening on a verbless role: 'Periodista salvadoreña. Cubre …',
            # 'Freelance journalist based in Nairobi. …' (lower-case words only: 'Reporter Jane Doe' is a name)
            ^[\W_]{{0,3}}(?:{ROLE_MODIFIER}\s+)?{ROLE_WORD}
                (?:(?:\s*,)?\s+(?:(?-i:\p{{Ll}})[\p{{L}}-]*|y|e|et|und|and|&)){{0,4}}
                (?:\s+(?:in|en|em|à|a|na|no|at|bei)\s+(?-i:\p{{Lu}})[\p{{L}}-]*)?\.\s+(?-i:\p{{Lu}})
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="Author boxes that open on the role alone; a news sentence has a subject and a verb before its first stop.",
        examples=("Periodista y documentalista mexicana. Ha trabajado para medios de Chile y Perú.",
                  "Freelance photographer based in Dakar. Her work focuses on fishing communities.",
                  "Jornalista. Escreve sobre educação e ciência."),
        counterexamples=(
            "Journalists were barred from the hearing. Officials gave no reason.",
            "Reporter Ana Costa died. She was 54.",
            "Periodistas y activistas protestaron frente al Congreso el martes.",
        ),
    ),
    Rule(
        name="author_bio.funded_position",
        triggers=("is funded", "are funded", "is supported", "is made possible", "is paid for", "is underwritten"),
        kind="author_bio",
        patterns=(
            rf"""
            # a reporting fellow's note: 'Name is a … fellow. Her post is paid for by …'
            \b(?:{ROLE}|fellowship)\b[^\n]{{0,200}}?\b(?:his|her|their|this\s+(?:reporter|writer)['’]s)\s+
                (?:position|role|job|work|fellowship|reporting)\b[^.]{{0,30}}?\b(?:is|are)\s+
                (?:funded|underwritten|paid\s+for|made\s+possible|supported)\s+(?:in\s+(?:large\s+)?part\s+)?(?:by|through|with)\b
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="Bios of grant-funded reporters say who pays for the post; news about a funded job names no reporter role.",
        examples=("Dev Patel is a data reporter at the Hill Courier. His position is funded by a local foundation.",),
        counterexamples=("Nadia Karim is a school nurse whose position is funded by a federal grant that expires in June.",
                         "The correspondent left in May; her position is funded by the ministry, a spokesman said."),
    ),
    Rule(
        name="author_bio.works_as",
        triggers=("works as", "working as", "arbeitet als", "travaille comme", "trabaja como", "lavora come",
                  "trabalha como", "zur person"),
        kind="author_bio",
        patterns=(
            rf"""
            # 'Name works as a freelance journalist in Leeds', 'Zur Person: Name arbeitet als freier Journalist …'
            ^[\W_]{{0,3}}(?:zur\s+person\s*:\s*|{BIO_LABEL}[\W_]{{0,3}})?{NAME}{APPOSITION}{NO_NEWS_EVENT}{NO_NEWS_EVENT_FOREIGN}
                \s+(?:works|has\s+worked|arbeitet|travaille|trabaja|lavora|trabalha)\s+(?:as|als|comme|como|come)\s+
                (?:an?\s+|une?\s+|una?\s+|um\s+|uma\s+)?(?:{ROLE_MODIFIER}\s+|freier?\s+|freelance\s+|indépendante?\s+
                |independiente\s+|freelancer?\s+)?(?:{ROLE_WORD}|editor(?:a)?|columnist|correspondent|reporter)\b
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Name works as a journalist …' opens a bio like 'Name is a journalist'; news about a journalist "
            "reports what befell them, which vetoes.",
        examples=("Zur Person: Jana Roth arbeitet als freie Journalistin in Kassel und schreibt über Verkehr.",
                  "Malik Osei works as a freelance reporter in Accra.",
                  "Chloé Martin travaille comme journaliste indépendante à Lyon."),
        counterexamples=("Malik Osei works as a freelance reporter in Accra and was arrested on Monday.",
                         "Jana Roth arbeitet als Journalistin und wurde im Mai verhaftet.",
                         "Tom Hale works as a reporter, his lawyer said, and had a press card."),
    ),
    Rule(
        name="author_bio.tip_line",
        triggers=('@', 'reach him', 'reach her', 'reach them', 'reach me', 'contact', 'have information', 'a tip', 'tips', 'via signal', 'send us',
                  'follow', 'suivez', 'sígue', 'folgen', 'siga', 'segui', 'reach the', 'reach our', 'message the',
                  'message our'),
        kind="author_bio",
        patterns=(
            r"""
            \b(?:contact|reach|email|e-mail|message)\s+(?:the\s+)?(?:reporter|author|writer|him|her|them|us|me)?\s*
                [^.]{0,60}(?:at\s+|via\s+|on\s+)?[\w.+-]+@[\w-]+\.[\w.]+
            | \b(?:reach|contact)\s+(?:him|her|them|me)\s+(?:at|via|on)\b
            # the reporter by phone or a messaging app: 'Contact the reporter at 555-0100 or on Signal'
            | \b(?:contact|reach|message)\s+(?:the|this|our)\s+(?:reporters?|authors?|writers?|journalists?|newsroom|editors?)\s+
                (?:at|on|via|by)\s+(?:\+?\(?\d[\d\s().-]{5,}\d|signal|whatsapp|telegram)\b
            | \bdo\s+you\s+have\s+(?:information|a\s+tip|a\s+story)\b
            | \bvia\s+signal\s+at\b | \bsend\s+(?:us\s+)?(?:a\s+)?tips?\b
            # the reporter's own accounts: 'Follow her on Bluesky', 'Suivez-la sur X', 'Folgen Sie ihm auf …'
            | \bfollow\s+(?:him|her|them|me)\s+(?:on|at)\b | \bsuivez-(?:le|la|les)\s+sur\b | \bsíguel[oa]s?\s+en\b
            | \bfolgen\s+sie\s+(?:ihm|ihr|ihnen)\s+auf\b | \bsiga-(?:o|a)\s+n[oa]\b | \bseguil[oa]\s+su\b
            """,
        ),
        max_words=TIP_LINE_MAX_WORDS,
        context="address_or_self",
        weight=2.0,
        why="Tip lines and 'reach her at …' addresses close investigative stories.",
        examples=("Contact reporter Ben Alvarez at ben.alvarez@example.org or via Signal at 555-0142.",
                  "Follow her on Mastodon: @ikane@example.social", "Suivez-la sur Bluesky.",
                  "Know more about this deal? Reach the reporter on Signal at +1 555 0199."),
        counterexamples=("Investigators said the e-mails were sent from a Gmail account.",
                         "Thousands follow her on TikTok, where she posts recipes every night.",
                     "Investigators tried to contact the reporter at 3 a.m., according to the court filing."),
    ),
)
