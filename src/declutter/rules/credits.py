"""Photo credits, author bios, disclosures, tip lines and bylines."""

from __future__ import annotations

from . import Rule, group

#: Captions with credits and bylines are short.
CREDIT_MAX_WORDS = 45
#: Author bios run to a few sentences.
BIO_MAX_WORDS = 90
#: Tip lines stand alone and are short (dev set: at most 27 words); a longer
#: paragraph that mentions an address is an article talking to its readers.
TIP_LINE_MAX_WORDS = 45

#: A person's name: two to four capitalised words.
NAME = r"(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?:(?-i:\p{Lu})[\p{L}'’.-]+|de|da|van|von|del|la|le)){1,3}"

PHOTO = (
    Rule(
        name="photo_credit.label",
        triggers=('photo', 'image', 'picture', 'illustration', 'graphic', 'video', 'foto', 'bild', 'imagen', 'crédit', 'credit', '/', 'getty', 'shutterstock', 'istock', 'unsplash'),
        kind="photo_credit",
        patterns=(
            r"""
            ^\W{0,3}(?:(?:top|main|banner|lead|header|featured|cover)\s+)?
                (?:photo|image|picture|illustration|graphic|video|photograph|foto|bild|imagen|fotografía|crédit|crédits?\s+photo)
                (?:\s*credit)?s?\s*(?::|by\b|courtesy\b|©)                                   # "Photo: …", "Image by …"
            | \b(?:photo|image|illustration)\s+(?:by|courtesy\s+of|credit:?)\s+(?-i:\p{Lu})
            | \bcredit:\s*(?-i:\p{Lu})[^.]{0,60}$                                                   # "… Credit: David J. Phillip/AP"
            | \((?:photo:?\s*|image:?\s*)?(?-i:\p{Lu})[\p{L}.'’-]+(?:\s+(?-i:\p{Lu})[\p{L}.'’-]+){0,3}\s*/\s*(?-i:\p{Lu})[\w .&'’-]{1,40}\)\s*$
            | \b(?:getty\s+images|shutterstock|istock(?:photo)?|AP\s+photo|AFP\s+via\s+getty|unsplash|NASA/JPL)\b
            """,
        ),
        max_words=CREDIT_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="Caption credit lines; 'Photos released by the Department of Defense showed …' reports.",
        examples=("Image: NASA/JPL-Caltech", "A worker inspects solar panels. (Genaro Molina / CalMatters)"),
        counterexamples=(
            "Photos released by the Department of Defense showed the damaged hull of the vessel.",
        ),
    ),
)

BIO = (
    Rule(
        name="author_bio.is_a_reporter",
        triggers=('disclosure', 'conflict of interest', 'conflicts of interest', 'competing interests', 'reporter', 'correspondent', 'writer', 'journalist', 'editor', 'columnist', 'author', 'contributor', 'fellow', 'producer', 'photographer', 'freelancer', 'corps member', 'appeared in',
                  'journaliste', 'periodista', 'redakteur', 'giornalista', 'jornalista', 'correspond', 'corresponsal',
                  'korrespondent', 'corrispondente', 'rédact', 'redattor', 'chroniqueu', 'columnista', 'kolumnist'),
        kind="author_bio",
        patterns=(
            rf"""
            ^\W{{0,3}}(?:about\s+the\s+author:?\s*)?{NAME}\s+(?:is|was|has\s+been|serves\s+as)\s+(?:a|an|the)\s+
                [^.]{{0,80}}\b(?:reporter|correspondent|writer|journalist|editor|columnist|author|contributor
                |fellow|producer|photographer|photojournalist|freelancer|corps\s+member)\b
            | ^\W{{0,3}}about\s+the\s+authors?\b
            | ^\W{{0,3}}(?:disclosure(?:\s+statement)?|conflicts?\s+of\s+interest|competing\s+interests)\W{{0,3}}$
            | \b(?:his|her|their)\s+(?:work|writing|reporting|stories)\s+(?:has|have)\s+appeared\s+in
            | ^\W{{0,3}}{NAME}\s+(?:est|es|ist|è|é)\s+(?:une?\s+|una?\s+|ein(?:e)?\s+|o\s+|a\s+)?         # fr/es/de/it/pt
                (?:journaliste|reporter|reportera?|periodista|redakteur(?:in)?|journalist(?:in)?|giornalista|jornalista
                |correspondant(?:e)?|corresponsal|korrespondent(?:in)?|corrispondente|correspondente|rédact(?:eur|rice)
                |redattore|redattrice|editor(?:a)?|chroniqueu(?:r|se)|columnista|kolumnist(?:in)?)\b
            """,
        ),
        max_words=BIO_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Name is a reporter for X' bios; reported attributions start with the quote, not the name.",
        examples=(
            "Sam Whitfield is a science journalist based in Leeds, England. His work has appeared in New Scientist.",
        ),
        counterexamples=(
            "The author, a former Reuters correspondent in Moscow, spent two years interviewing former employees.",
        ),
    ),
    Rule(
        name="author_bio.disclosure",
        triggers=('funding', 'affiliation', 'conflict', 'consult', 'competing'),
        kind="author_bio",
        patterns=(
            r"""
            \b(?:receives?|received|has\s+received)\s+funding\s+from\b
            | \b(?:has|have)\s+no\s+(?:other\s+)?(?:relevant\s+)?(?:affiliations|conflicts?\s+of\s+interest)
            | \b(?:does|do)\s+not\s+work\s+for,\s+consult
            | \b(?:declares?|discloses?)\s+no\s+(?:conflicts?|competing)
            """,
        ),
        max_words=BIO_MAX_WORDS,
        weight=2.0,
        why="Author disclosure statements (The Conversation style).",
        examples=("Jordan Ellis receives funding from the National Science Foundation.",),
        counterexamples=("The university receives most of its money from tuition, officials said.",),
    ),
    Rule(
        name="author_bio.tip_line",
        triggers=('@', 'reach him', 'reach her', 'reach them', 'reach me', 'contact', 'have information', 'a tip', 'tips', 'via signal', 'send us'),
        kind="author_bio",
        patterns=(
            r"""
            \b(?:contact|reach|email|e-mail|message)\s+(?:the\s+)?(?:reporter|author|writer|him|her|them|us|me)?\s*
                [^.]{0,60}(?:at\s+|via\s+|on\s+)?[\w.+-]+@[\w-]+\.[\w.]+
            | \b(?:reach|contact)\s+(?:him|her|them|me)\s+(?:at|via|on)\b
            | \bdo\s+you\s+have\s+(?:information|a\s+tip|a\s+story)\b
            | \bvia\s+signal\s+at\b | \bsend\s+(?:us\s+)?(?:a\s+)?tips?\b
            """,
        ),
        max_words=TIP_LINE_MAX_WORDS,
        context="address_or_self",
        weight=2.0,
        why="Tip lines and 'reach her at …' addresses close investigative stories.",
        examples=("Contact reporter Ben Alvarez at ben.alvarez@example.org or via Signal at 555-0142.",),
        counterexamples=("Investigators said the e-mails were sent from a Gmail account.",),
    ),
)

BYLINE = (
    Rule(
        name="byline.by_name",
        leads=("by", "von", "par", "por", "door", "di", "posted", "published", "updated", "written"),
        kind="byline",
        patterns=(
            rf"""^\W{{0,3}}(?:by|von|par|por|door|di)\s+{NAME}(?:\s*(?:,|and|&|und|et|y)\s*{NAME})*
                 (?:\s*[,|·–—-]\s*[^.]{{0,60}})?\s*$""",
            r"""^\W{0,3}(?:posted|published|updated|written)\s+(?:by|on)\b[^.]{0,80}$""",
        ),
        max_words=20,
        weight=2.0,
        why="'By Jane Doe' and 'Published on …' lines are metadata, not body.",
        examples=("By Leigh Ann Caldwell", "Posted by admin on March 3, 2021"),
        counterexamples=("By Tuesday the river had crested.",),
    ),
)

#: Month names (en, de, fr, es) for date lines.
MONTH = (
    r"(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]vr(?:ier)?|m[aä]r(?:ch|z|s)?|apr(?:il)?|avr(?:il)?|may|mai|mayo"
    r"|june?|juni|juin|junio|july|juli|juillet|julio|aug(?:ust)?|ao[uû]t|agosto|sep(?:t(?:ember)?)?|sept(?:embre)?"
    r"|septiembre|oct(?:ober|obre)?|okt(?:ober)?|octubre|nov(?:ember|embre|iembre)?|dec(?:ember)?|dez(?:ember)?"
    r"|d[ée]cembre|diciembre|enero|febrero|marzo|abril|janvier)\.?"
)

DATELINE = (
    Rule(
        name="byline.date_line",
        # a date line opens with its label, a weekday, a month name or a digit
        leads=("last", "updated", "published", "posted", "modified", "aktualisiert", "veröffentlicht", "mis",
               "publié", "actualizado", "publicado", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
               "jan", "feb", "fév", "fev", "mar", "mär", "apr", "avr", "may", "mai", "jun", "jul", "aug", "ao",
               "sep", "oct", "okt", "nov", "dec", "dez", "déc", "dic", "ene", "abr",
               "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        kind="byline",
        patterns=(
            rf"""^\W{{0,3}}(?:(?:last\s+)?(?:updated|published|posted|modified|aktualisiert|veröffentlicht|mis\s+à\s+jour
                |publié|actualizado|publicado)\s*(?:on|am|le|el)?\s*:?\s*)?
                (?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?
                (?:\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{{2,4}})?\s*[,|·–-]?\s*)?
                (?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\.?\s+(?:de\s+)?{MONTH}\s+(?:de\s+)?\d{{4}}
                  |\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})
                (?:\s*(?:,|at|um|à|a\s+las|[|·–-])?\s*\d{{1,2}}[:.h]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{{2,4}})?)?\W{{0,3}}$""",
        ),
        max_words=14,
        weight=2.0,
        why="A line that is only a (published/updated) date is page furniture.",
        examples=("Updated 4:12 PM CDT, June 6, 2024", "Publié le 3 mars 2024 à 10h15", "2024-03-01"),
        counterexamples=("On June 6, 2024, the council voted to close the bridge.",),
    ),
    Rule(
        name="byline.author_affiliation",
        triggers=("professor", "lecturer", "researcher", "fellow", "scientist", "student", "director", "editor",
                  "reporter", "correspondent", "writer", "journalist", "chair", "dean", "candidate", "associate",
                  "analyst", "economist", "historian", "curator", "physician", "lawyer"),
        kind="byline",
        patterns=(
            rf"""^\W{{0,3}}{NAME}\s*,\s*[^.]{{0,60}}\b(?:professor|lecturer|researcher|fellow|scientist|student
                |director|editor|reporter|correspondent|writer|journalist|chair|dean|candidate|associate|analyst
                |economist|historian|curator|physician|lawyer)\b[^.]{{0,80}}$""",
        ),
        max_words=25,
        weight=2.0,
        why="'Name, Senior Lecturer, University' author lines under a title.",
        examples=("Priya Raman, Senior Lecturer in Geomorphology, University of Otago",),
        counterexamples=("Alexey Khlebnikov, a Middle East expert, said relations were stable.",),
    ),
)

RULES = group(*PHOTO, *BIO, *BYLINE, *DATELINE)
