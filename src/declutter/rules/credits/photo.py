"""Photo credits: caption credit lines ('Photo: Name / Agency', '(Getty Images)')."""

from __future__ import annotations

from .. import NAME, Rule
from .vocab import OUTLET

#: Captions with credits and bylines are short.
CREDIT_MAX_WORDS = 45
#: A wire file picture's caption ('FILE – In this 2019 photo, …') runs longer: it describes the scene.
FILE_CAPTION_MAX_WORDS = 80
#: Whose photo a caption's closing credit says it is ('Harbour News', 'Tri-County Times'): capitalised
#: words in ``\w`` only (a lookbehind with ``OUTLET``'s wider classes costs ten times as much in ``rulecost``).
CREDIT_OWNER = (r"(?-i:\p{Lu})\w*(?:-\w+)?(?:\s+(?:(?-i:\p{Lu})\w*(?:-\w+)?|of|the|and|&|de|du|des|la|le|del|da|do"
                r"|der)){0,5}")
#: A '© Outlet / Name' credit outweighs the copyright rule that its '©' also fires (2.0).
COPYRIGHT_CREDIT_WEIGHT = 2.5

#: A photographer's credit line outweighs the republishing rule that its 'Used with permission' also
#: fires (2.5): the line credits a picture, it does not say the story is a reprint.
PHOTOGRAPHER_LINE_WEIGHT = 2.75

#: A picture's label opening a credit line, maybe with a stock or archive note ('Photo d'illustration',
#: 'Imagen de archivo', 'Lead image').
PHOTO_LABEL = (r"(?:(?:lead|main|top|header|featured|cover|banner)\s+)?(?:photo|foto|image|imagen|imagem|immagine|bild"
               r"|picture|illustration|fotograf[íi]a)s?(?:\s+(?:d['’](?:illustration|archives?|archivio)|de\s+(?:archivo|arquivo)"
               r"|di\s+repertorio|ilustrativa))?")

#: Put right after a credit's 'by' or 'courtesy': the name it credits is not the subject of a clause
#: ('Photographs by Ana Reis, who …, go on display Saturday', 'Fotos de Ana Reis son expuestas …'):
#: a credit line names its photographer and stops, news goes on with a relative pronoun or a verb.
#: The outlet's own staff ('Photos by our staff …') is a credit whatever follows.
NOT_A_CLAUSE = (r"(?:(?=\s+(?:our|us)\b)|(?![^\n.;:]{0,80}?(?:,\s*(?:who|whose|which|qui|dont|quien|quienes|cuy[oa]s?|der|die|deren|dessen|che"
                r"|quem|cuj[oa]s?)\b|\b(?:go|goes|went|gone|are|were|is|was|will|open|opens|opened|show|shows|showed|hang"
                r"|hangs|appear|appears|won|wins|sont|seront|furent|ont|son|serán|fueron|han|sind|werden|wurden|sono"
                r"|saranno|furono|hanno|são|serão|foram|têm)\b)))")

#: Where a credit closing a caption starts: a sentence end.
SENTENCE_END = r"[.!?…][\"”’)]?\s+"

#: A word in capitals and the words after it: a name or an agency in a caption's credit
#: ('ALAIN ROUX', 'AGENCE SUD'); open at its end, for ``{1,3})`` after it.
CAPS_WORDS = r"\p{Lu}[\p{Lu}\p{M}'’.&-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’.&-]+"
#: Archive and rights words a credit in capitals closes on ('ARCHIVES', 'DR').
CAPS_ARCHIVE = r"ARCHIVES?|ARCHIV|ARCHIVO|ARCHIVIO|ARQUIVO|DR|PRIVAT|PRIVADO|PRIVATO|PRIVÉE?"

PHOTO = (
    Rule(
        name="photo_credit.label",
        triggers=('photo', 'image', 'picture', 'illustration', 'graphic', 'video', 'foto', 'bild', 'imagen', 'crédit', 'credit', '/', 'getty', 'shutterstock', 'istock', 'unsplash',
                  'immagine', 'pic:', 'pics:', 'pic by', 'pics by', 'pic courtesy', 'pic credit'),
        kind="photo_credit",
        patterns=(
            r"""
            ^\W{0,3}(?:(?:top|main|banner|lead|header|featured|cover)\s+)?
                (?:photo|image|imagem|immagine|picture|illustration|graphic|video|photograph|foto|bild|imagen|fotograf[íi]a
                |crédit|crédits?\s+photo|pic)s?(?:\s+(?:de\s+portada|de\s+capa|de\s+couverture|di\s+copertina|d['’]illustration   # "Foto de portada …",
                    |d['’]archives?|de\s+archivo|d['’]archivio|de\s+arquivo))?                       # "Photo d'archives"
                (?:\s*credits?)?\s*(?::|(?:by|courtesy)\b""" + NOT_A_CLAUSE + r"""|(?:\.\s*)?©|cortes[ií]a\b|gracieuset[ée]\b   # "Photo: …", "Image by …",
                    |courtoisie\b|per\s+gentile\s+concessione\b|cedid[ao]\s+por\b)              # "Foto cortesía de …"
            # a label and a photographer's name, then the line ends or an outlet follows:
            # "(Foto di Ada Neri / archivio)", "Photo de Léa Roy.", "Bild von Max Graf | Zeitung"
            | ^\W{0,3}(?:photo|foto|fotograf[íi]a|imagen|immagine|imagem|bild|image)s?\s+(?:di|de|par|von|por|da|do)\s+
                (?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?:(?-i:\p{Lu})[\p{L}'’.-]+|de|da|van|von|del|la|le)){1,3}
                \s*(?:[/|(–—]|\.?\W{0,2}$)
            # a label and the photographer's name, then the agency or outlet in capitalised words:
            # "PHOTO JANE ROE, ARCHIVES THE HERALD", "Photo Jane Roe. Agency Name pour Le Journal"
            | ^\W{0,3}(?:photos?|fotos?|illustration)\s+""" + NAME + r"""\s*[.,/|–—]
                (?:\s*(?:(?-i:\p{Lu})[\p{L}\p{M}'’.&-]*|pour|for|para|für|per|de|du|des|la|le|el|of|the|via
                |archives?|archivo|archiv|archivio|arquivo)){1,8}\W{0,2}$
            | \b(?:photo|image|illustration)\s+(?:by|courtesy\s+of|credit:?)\s+(?-i:\p{Lu})""" + NOT_A_CLAUSE + r"""
            | \bcredit:\s*(?-i:\p{Lu})[^.]{0,60}$                                                   # "… Credit: David J. Phillip/AP"
            | \((?:photo:?\s*|image:?\s*)?(?-i:\p{Lu})[\p{L}.'’-]+(?:\s+(?-i:\p{Lu})[\p{L}.'’-]+){0,3}\s*/\s*(?-i:\p{Lu})[\w .&'’-]{1,40}\)\s*$
            | (?:[/(©]\s*|\bvia\s+)(?:getty\s+images|shutterstock|istock(?:photo)?|unsplash|AP\s+photo)\b  # "/Getty Images", "via Getty Images"
            | \b(?:getty\s+images|shutterstock|istock(?:photo)?|unsplash)\s*(?:[/)]|$)           # "Getty Images/iStockphoto", "… Shutterstock"
            | \bAP\s+photo\s*/ | \bNASA/JPL\b                                                   # "AP Photo/Jane Doe"
            # a bracketed credit closing a caption: '(foto archivio Outlet)', '(Photo: Agency)', '(foto di Ada Neri)'
            | \(\s*(?:photos?|fotos?|immagine|images?|bild|imagen|imagem|pics?|fotograf[íi]as?)\s*(?::\s*|\s+(?:d['’]\s*)?(?:archivio|archives?
                |archiv|de\s+archivo|de\s+arquivo|arquivo|di|de|by|von|da|par|por)\s+)[^()\n]{1,50}\)\W{0,2}$
            # a bracketed 'Credit:' closing a caption, a name after it ('(Crédito: Ana Reis / Outlet)'; a loan,
            # 'crédito: R$ 2 mil', has no capital)
            | \(\s*cr[ée]dit(?:o|s)?(?:\s+(?:photo|foto|fotográfico))?\s*:\s*(?-i:\p{Lu})\p{L}[^()\n]{1,60}\)\W{0,2}$
            """,
        ),
        max_words=CREDIT_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="Caption credit lines; a photo agency's name is a credit only where a credit puts it "
            "(after '/', 'via', '(' or closing the line).",
        examples=("Image: NASA/JPL-Caltech", "A worker inspects solar panels. (Genaro Molina / CalMatters)",
                  "Foto cortesía del Ministerio de Turismo", "Photo d'archives. © Marc Olivier",
                  "(Foto di Carla Benedetti / archivio)", "Imagem de capa: Divulgação",
                  "A crowd waits for the ferry at dawn. Jordan Pike via Getty Images", "Shutterstock",
                  "PHOTO ALAIN ROUX, ARCHIVES LE NORD", "Photo Maya Costa / Agence Sud pour Le Matin",
                  "Pics: Harbour Photo Agency", "Il porto al tramonto (foto archivio Gazzetta del Lago)",
                  "The old mill before the fire (Photo: County Archive)",
                  "A fila de ônibus na rodoviária. (Crédito: Ana Reis / Jornal do Planalto)",
                  "Photograph by Tomás Ruiz for the Valley Courier"),
        counterexamples=(
            "Photos released by the Department of Defense showed the damaged hull of the vessel.",
            "Pictures by a retired welder, who shot the docks for thirty years, hang in the library from Monday.",
            "Photos by two students from the county high school will be shown at the fair next week.",
            "Shutterstock agreed last year to license its archive to an AI developer, in a deal worth millions.",
            "The magazine bought the rights to the portrait from Getty Images.",
            "Foto de Messi con la copa del mundo se volvió viral en pocas horas.",
            "Image de marque oblige, the brand dropped the campaign.",
            "Photo Booth Inc., the maker of kiosks, filed for bankruptcy on Monday.",
            "Photo Finish Decides Derby",
            "He shared the picture on Instagram (photo by his sister) within minutes, police said.",
            "Pic collectors met in Leeds on Sunday to swap rare prints.",
            "O banco ampliou a linha para pequenas empresas (crédito: R$ 2 bilhões).",
        ),
    ),
    Rule(
        name="photo_credit.caption_tail",
        triggers=('photo', 'image', 'picture', 'illustration', 'foto', 'bild', 'imagen', 'crédit', 'credit', '©', 'pic:',
                  'pics:', 'courtesy', 'credito'),
        kind="photo_credit",
        patterns=(
            r"""
            # a caption closing on a labelled credit: '… on Monday. Photo: J. Doe', '… at dusk — Foto: J. Doe/Outlet'
            (?:[.!?…]["”’)]?\s+|\s[—–]\s*)(?:photo|image|picture|illustration|photograph|foto|bild|imagen|fotografía|crédit\s+photo|pic
                |cr[ée]dit(?:o|s)?(?:\s+(?:photo|foto|fotográfico|de\s+(?:la\s+)?(?:foto|imagen|imagem)))?)s?
                (?:\s+credit)?\s*:\s*(?:(?-i:\p{Lu})[\p{L}\p{M}.'’&/\s-]{1,60}
                  |(?:privat|private|privée?|privad[oa]|privat[oa]|zvg|dr|handout|supplied|courtesy|cedid[ao]|divulgação
                  |archiv(?:e|es|o|io)?|arquivo|cortes[ií]a|courtoisie|gracieuset[ée]|gentileza|(?:per\s+)?gentile\s+concessione)
                  \b[\p{L}\p{M}.'’&/\s-]{0,50})[\W_]{0,2}$     # 'Foto: privat', 'Photo: supplied', 'Crédito: cortesía de …'
            # a photo credit written with ©: '© AGENCY PHOTO NAME', '© Foto: Name'
            | ©\s*[^.©]{0,40}?\b(?:photo|foto|bild)\b
            # a handout's credit in brackets closing a caption: '… on Friday. (Courtesy photo)',
            # '(Submitted image)', '(Photo provided by the club)'
            | \(\s*(?:courtesy|staff|file|submitted|contributed|handout|pool|provided|supplied|family)\s+
                (?:photo(?:graph)?|image|picture|pic)s?\s*\)\W{0,2}$
            | \(\s*(?:photo(?:graph)?|image|picture)s?\s+(?:courtesy|provided|supplied|submitted|contributed)\b
                [^()\n]{0,50}\)\W{0,2}$
            """,
            # a photographer working for a paper: '© Léa Roy pour Le Courrier', '© Ana Gil for The Post'
            # (a pattern of its own: joined to the branches above it would slow their search)
            rf"""©\s*{NAME}\s+(?:pour|for|para|für|per)\s+{OUTLET}[\W_]{{0,2}}$""",
            # a lender's credit as the caption's last sentence: '… in 1952. Courtesy of the County Museum'
            # (the literal first, the sentence end before it a lookbehind)
            rf"""courtesy\s+(?:of\s+)?(?:the\s+)?{CREDIT_OWNER}
                (?<={SENTENCE_END}(?:(?:photo(?:graph)?|image|picture)s?\s+)?courtesy\b[^.!?]*)[\W_]{{0,2}}$""",
            # an outlet's or a handout's credit word closing a caption: '… in 2021. Harbour News photo',
            # 'Staff photo', 'Submitted photo' (the literal first, the outlet a lookbehind checked once it
            # matched; ``CREDIT_OWNER``, not ``OUTLET``, whose classes make the lookbehind ten times dearer)
            rf"""photo(?:graph)?s?[\W_]{{0,2}}$
                (?<={SENTENCE_END}(?:{CREDIT_OWNER}|staff|courtesy|submitted|contributed|handout|pool)\s+(?:(?:staff|file)\s+)?photo(?:graph)?s?[\W_]{{0,2}})
                (?<!\bpress\s+photo(?:graph)?s?[\W_]{{0,2}})""",
        ),
        max_words=CREDIT_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="A labelled credit closing a caption ('… Photo: Name'); '© AGENCY PHOTO' is a credit, not a copyright line.",
        examples=(
            "Volunteers stack sandbags along the levee. Photo: T. Okafor",
            "Fishermen mend their nets at first light — Foto: Rui Pires/Jornal da Costa",
            "Des pompiers luttent contre les flammes près de Marseille. © AFP PHOTO JEAN DUPRE",
            "Una mujer vota en Quito. Foto: Ana Vera / EFE",
            "Der neue Spielplatz am Stadtrand. Foto: zvg",
            "The new ferry on its first run. Pic: Port Authority",
            "Le marché couvert, un samedi matin. © Élise Martin pour Le Petit Quotidien",
            "Divers search the lake near the dam, 2019. Lakeside Courier file photo",
            "Fans queue outside the arena before the final. Coast Herald staff photo",
            "Volunteers sort donated coats at the church hall. (Submitted photo)",
            "The new fire engine arrives in town. (Photo provided by the fire district)",
            "Below: the tram depot in its first winter, 1931. Courtesy of the Lowmoor Heritage Trust.",
            "Vista aérea del embalse en mayo. Crédito: cortesía del Servicio de Aguas",
            "Il ponte sul fiume prima dei lavori. Credito: per gentile concessione del Comune",
            "A feira do livro no domingo. Crédito: Ana Lopes/Folha do Vale",
        ),
        counterexamples=(
            "The museum's photo archive holds 40,000 prints, many of them never shown in public.",
            "The gallery kept one rule for the opening — photo: yes, flash: no, the curator said.",
            "The exhibition closes Sunday. Photos: visitors may not take any inside the gallery.",
            "© Ana Gil for The Post, 2023, was stamped on every print in the archive.",
            "The prize went to a young Kenyan. World Press Photo",
            "The jury met in March. Look at the photo",
            "Visitors may bring prints to the portrait day (staff photos are not allowed).",
            "The museum lent the portrait (courtesy of a private collector) for the autumn show.",
            "Parking is free this weekend. Courtesy of the Chamber of Commerce, shuttles will also run hourly.",
            "Los bancos endurecieron las condiciones. Crédito: más caro para las pymes",
        ),
    ),
    Rule(
        name="photo_credit.stock_note",
        triggers=("representational", "representative image", "representative photo", "representative pic",
                  "illustrative", "file photo", "file image", "file pic", "stock image", "stock photo", "archive image",
                  "archive photo", "archive pic", "for representation", "for illustration", "d'illustration",
                  "d’illustration", "d'archives", "d’archives", "de archivo", "ilustrativa", "symbolbild", "archivbild",
                  "archivfoto", "repertorio", "de arquivo", "📷", "📸"),
        kind="photo_credit",
        patterns=(
            r"""
            # a note that the picture is a stock, file or illustrative one, on its own line
            # ('Representational image.', '(File photo)', 'Image for illustration purposes only')
            ^\W{0,3}(?:(?:representational|representative|illustrative|file|stock|archive|archival)\s+
                (?:image|photo|picture|pic|photograph)s?
              |(?:image|photo|picture|photograph)s?\s+(?:used\s+)?(?:is\s+)?for\s+(?:representation(?:al)?|illustration
                |illustrative)
              |(?:image|photo)s?\s+d['’](?:illustration|archives?)|(?:imagen|foto)\s+(?:de\s+archivo|ilustrativa)  # fr es
              |symbolbild|archivbild|archivfoto|(?:foto|immagine)\s+(?:di\s+repertorio|d['’]archivio)          # de it
              |(?:foto|imagem)\s+(?:ilustrativa|de\s+arquivo))                                                 # pt
            (?:\s+(?:purposes?\s+)?only|\s+purposes?)?
            (?:\s*[:|/(–—-]\s*[^.!?]{0,60}                                  # maybe with its credit after it,
              |\s*\.\s+[^.!?/©]{0,40}[/©][^.!?]{0,40})?\W{0,3}$              # or after a stop: '… de archivo. AGENCY/Name'
            """,
            # a credit line led by a camera emoji: '📷 Name | Outlet'
            r"""^[^\w📷📸]{0,3}(?:📷|📸)[\W\p{Variation_Selector}]{0,3}\w[^\n]{0,100}$""",
        ),
        max_words=15,
        weight=2.0,
        why="'Representational image', 'File photo', 'Symbolbild' and camera-emoji credit lines stand alone "
            "under a picture; a sentence about a file photo goes on.",
        examples=("Representative picture.", "(File photo)", "Image used for illustration purposes only",
                  "Photo d'illustration", "Symbolbild", "Foto de archivo: Agencia Sur", "📸 Mia Tan / Coast Daily",
                  "Foto de archivo. Agencia Norte/Lucía Paredes"),
        counterexamples=("The file photo, taken in 2011, was used without the family's permission.",
                         "Archivbild. Die Brücke wurde 1961 gebaut und 2004 saniert.",
                         "A stock photo of a smiling nurse appeared on the campaign's flyers."),
    ),
    Rule(
        name="photo_credit.name_slash_outlet",
        triggers=('/',),
        kind="photo_credit",
        patterns=(
            rf"""
            ^[\W_]{{0,3}}{NAME}\s*/\s*{OUTLET}[\W_]{{0,2}}$            # a credit line 'Name Surname / Outlet'
            | {SENTENCE_END}{NAME}\s*/\s*{OUTLET}[\W_]{{0,2}}$         # … closing a caption, no brackets
            """,
        ),
        max_words=CREDIT_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Name / Outlet' closing a caption; a body paragraph ends in a sentence, not a name and an outlet.",
        examples=("Students leave the flooded campus.  Ines Baptiste / Valley Ledger", "Marta Ruiz/Diario Sur"),
        counterexamples=(
            "Both companies trade on the Nasdaq and report results in May / June.",
            "The band's new single, Night Train / Slow Burn, is out on Friday.",
        ),
    ),
    Rule(
        name="photo_credit.caps_tail",
        triggers=("–", "—"),
        kind="photo_credit",
        patterns=(
            # a caption closing on a photographer's name in capitals, a dash and the agency or 'ARCHIVES'
            # ('… trois nuits. JEAN DUPONT – ARCHIVES'); the pattern starts at the dash (a literal the
            # engine finds fast), the name before it is a lookbehind checked once the tail has matched;
            # searched from the end ('(?r)'): the tail closes the block, and paragraphs with dashes are many
            rf"""(?r)[–—]\s*(?-i:{CAPS_WORDS}){{0,3}})[\W_]{{0,2}}$
                (?<={SENTENCE_END}(?-i:{CAPS_WORDS}){{1,3}})\s*[–—][^\n]{{0,60}})""",
            # alone on its line, only with an archive or rights word after the dash
            rf"""^[\W_]{{0,3}}(?-i:{CAPS_WORDS}){{1,3}})\s*[–—]\s*(?-i:(?:{CAPS_ARCHIVE})(?:\s+\p{{Lu}}[\p{{Lu}}\p{{M}}'’.&-]+){{0,3}})
                [\W_]{{0,2}}$""",
        ),
        max_words=CREDIT_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="A caption's credit in capitals after a dash ('NAME SURNAME – ARCHIVES'); prose does not end on a "
            "name and an agency in capitals.",
        examples=("La passerelle sera rénovée dès l'automne. MARC DUBOIS – ARCHIVES",
                  "Los bomberos trabajan en la zona. ANA LÓPEZ — AGENCIA SUR", "PAUL MEIER – ARCHIV"),
        counterexamples=("The result surprised no one. FINAL SCORE – three goals to one for the visitors.",
                         "Rain is expected again on Sunday – the third weekend in a row.",
                         "REAL MADRID – BARCELONA"),
    ),
    Rule(
        name="photo_credit.outlet_colon_name",
        triggers=('(',),
        kind="photo_credit",
        patterns=(
            rf"""
            # '(Outlet: Name Surname)' closing a caption; not a source or note in brackets
            \(\s*(?!(?:sources?|quelle|fuente|fonte|note|see|via|read)\b){OUTLET}\s*:\s*{NAME}\s*\)[\W_]{{0,2}}$
            """,
        ),
        max_words=CREDIT_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'(Outlet: Photographer)' caption credits; a bracketed source or aside is not one.",
        examples=("A kayaker passes under the old rail bridge. (Coast Herald: Lena Frisk)",),
        counterexamples=(
            "The rapper (real name: Marcus Hall) released the album in 2019.",
            "Unemployment fell to 4.1% in May. (Source: Statistics Bureau)",
        ),
    ),
    Rule(
        name="photo_credit.copyright_pair",
        triggers=("©",),
        kind="photo_credit",
        patterns=(
            rf"""
            # '© Outlet / Photographer' (or the reverse) closing a caption, no year and no rights words:
            # '… sur place. (© Le Journal / Ana Roy)' credits a picture, '© 2024 Outlet' is a copyright line
            # (the '©' literal first; where it starts and the rights words are lookbehinds at the end)
            ©\s*{CREDIT_OWNER}\s*/\s*{CREDIT_OWNER}\s*\)?[\W_]{{0,2}}$
                (?<=(?:^|{SENTENCE_END})\W{{0,2}}\(?\s*©[^©]*)
                (?<!\b(?:rights|reserved|droits|derechos|rechte|diritti|direitos|reproduc\w*)\b[^©]*)
            """,
            # a photo label, then '© Name' (and an outlet): 'Photo d'illustration © Name / Outlet'
            rf"""
            ^\W{{0,3}}{PHOTO_LABEL}\s*[.:]?\s*\(?©\s*(?!\d){CREDIT_OWNER}(?:\s*/\s*{CREDIT_OWNER})?\s*\)?[\W_]{{0,2}}$
            """,
        ),
        max_words=CREDIT_MAX_WORDS,
        context="not_reported",
        weight=COPYRIGHT_CREDIT_WEIGHT,
        why="'© Outlet / Name' under a caption credits the photographer; above 2.0 so the kind is photo_credit, "
            "not the copyright line that '©' alone suggests.",
        examples=("Des bénévoles trient les dons. (© La Voix du Port / Marc Henry)", "© Agence Sud / Inès Roy",
                  "Image d'archives © Paul Girard / Le Veilleur", "Foto: © Marta Cruz"),
        counterexamples=("The © sign on the mugs / plates was forged, the seller admitted.",
                         "Photo © stamps on the prints were forged, the seller said."),
    ),
    Rule(
        name="photo_credit.licensed",
        triggers=("cc by", "cc-by", "cc0", "creative commons"),
        kind="photo_credit",
        patterns=(
            rf"""
            # a picture's label, its author, then a Creative Commons licence: 'Lead image: Name/Outlet, CC BY-NC',
            # '(Photo: Name via Wikimedia Commons, CC BY-SA 4.0)'
            (?:^\W{{0,3}}|\(\s*){PHOTO_LABEL}(?:\s+credits?)?\s*:\s*[^:()\n]{{1,80}}?[,.;(–—]\s*
                (?:cc[\s-]+by|cc0|cc[\s-]+zero|creative\s+commons)\b
            """,
        ),
        max_words=CREDIT_MAX_WORDS,
        context="not_reported",
        weight=COPYRIGHT_CREDIT_WEIGHT,
        why="A picture's credit with the licence it is used under; above the licence rules (2.0) so the kind is "
            "photo_credit, not a licence for the story.",
        examples=("Header image: Tomas Reyes/Coast Review, CC BY-SA 4.0",
                  "The old lighthouse at dusk. (Photo: R. Lund via Wikimedia Commons, CC BY 2.0)"),
        counterexamples=("Photo agencies: the Creative Commons licences they dislike are spreading, a survey found.",
                         "Image rights: Creative Commons licences now cover most of the archive, the curator said."),
    ),
    Rule(
        name="photo_credit.photographer_line",
        leads=("photo", "picture", "image", "illustration"),
        kind="photo_credit",
        patterns=(
            rf"""
            # the whole line a photographer's credit: 'Photograph by Name for Outlet. Used with permission.',
            # 'Pictures by Name', 'Photo by Name / Outlet' (a sentence about a photograph goes on after the name)
            ^\W{{0,3}}(?:photo(?:graph)?|picture|image|illustration)s?\s+by\s+{NAME}
                (?:\s*(?:\bfor\b|/|,)\s*{OUTLET})?\s*\.?
                (?:\s*(?:used|reproduced|published|shared)\s+(?:here\s+)?with\s+(?:kind\s+)?permission\s*\.?)?[\W_]{{0,2}}$
            """,
        ),
        max_words=CREDIT_MAX_WORDS,
        weight=PHOTOGRAPHER_LINE_WEIGHT,
        why="A line that is nothing but 'Photograph by Name (for Outlet)' credits a picture; a sentence about "
            "a photograph goes on after the name.",
        examples=("Photograph by Lena Okafor for The Valley Post. Used with permission.",
                  "Pictures by Tomás Ruiz / Coastline Weekly", "Illustration by Mira Stein"),
        counterexamples=("A photograph by Dora Lang of the strike hangs in the town hall.",
                         "The photograph by Ansel Adams sold for a record price at auction on Tuesday."),
    ),
    Rule(
        name="photo_credit.file_caption",
        leads=("file",),
        kind="photo_credit",
        patterns=(
            r"""
            # a wire file picture's caption: 'FILE – Crews clear the road in 2019.', 'FILE PHOTO: …'
            ^\W{0,3}(?-i:FILE(?:\s+PHOTO)?)\s*[:–—-]\s+(?-i:[\p{Lu}\d])
            """,
        ),
        max_words=FILE_CAPTION_MAX_WORDS,
        weight=2.0,
        why="Wire captions of file pictures open on 'FILE –' in capitals; no sentence of news does.",
        examples=("FILE – Dock workers unload grain at the port, March 4, 2020.", "FILE PHOTO: A view of the plant"),
        counterexamples=("File – or rather, shred – is what the clerk was told to do with the letters.",
                         "FILE-SHARING SITES FACE NEW FINES"),
    ),
)
