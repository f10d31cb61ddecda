"""Bylines, date lines and author-affiliation lines under a title."""

from __future__ import annotations

from .. import NAME, Rule

#: Month names (en, de, fr, es) for date lines.
MONTH = (
    r"(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]vr(?:ier)?|m[aä]r(?:ch|z|s)?|apr(?:il)?|avr(?:il)?|may|mai|mayo"
    r"|june?|juni|juin|junio|july|juli|juillet|julio|aug(?:ust)?|ao[uû]t|agosto|sep(?:t(?:ember)?)?|sept(?:embre)?"
    r"|septiembre|oct(?:ober|obre)?|okt(?:ober)?|octubre|nov(?:ember|embre|iembre)?|dec(?:ember)?|dez(?:ember)?"
    r"|d[ée]cembre|diciembre|enero|febrero|marzo|abril|janvier)\.?"
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
