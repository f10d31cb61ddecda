"""An author's note set apart from the story: the whole paragraph in brackets, parentheses or
emphasis ('[The writer is a former councillor …]', '(L'autore è docente …)').

The wrapping is the structure that carries the notice: a paragraph that opens with 'The writer is'
(or 'teaches', 'chairs', …) and is closed by a mark is the note an editor puts under an op-ed or a
contributed piece, in any of the six languages; unwrapped, the same opening is weak evidence only
(``author_bio.the_author_is``: a book review says it of its subject).  A name-led note needs no
wrapping (``author_bio.staff_role``, ``author_bio.is_a_reporter``).  What stays body: speech or a news
event in the note, read by the same vetoes as the bio rules.
"""

from __future__ import annotations

from .. import Rule
from .bios import BIO_MAX_WORDS, NO_NEWS_EVENT, NO_SPEECH, NO_SPEECH_FOREIGN
from .vocab import NO_NEWS_EVENT_FOREIGN

#: 'The writer is', in six languages, as an op-ed's tagline opens.
THE_WRITER_IS = r"""(?:the\s+(?:authors?|writers?|columnist|contributor)\s+(?:is|are|was|has\s+been|serves|sits|chairs|teaches
        |works|lives|heads|leads|runs|directs|holds|represents)
    |l['’]aut(?:eure?|rice)\s+(?:est|enseigne|travaille|vit|dirige|préside)
    |(?:el\s+autor|la\s+autora)\s+(?:es|enseña|trabaja|vive|dirige|preside)
    |(?:der\s+autor|die\s+autorin)\s+(?:ist|lehrt|arbeitet|lebt|leitet)
    |l['’]aut(?:ore|rice)\s+(?:è|insegna|lavora|vive|dirige|presiede)
    |(?:o\s+autor|a\s+autora)\s+(?:é|ensina|trabalha|vive|dirige|preside))\b"""

#: What opens and closes a note set apart: a bracket, a parenthesis, or markdown emphasis.
OPEN_MARK = r"""(?:\[|\(|[_*]{1,2})"""
CLOSE_MARK = r"""(?:\]|\)|[_*]{1,2})"""

#: English nouns and verbs of the tagline, paired as the rule's triggers ('writer is', 'author teaches').
WRITER_NOUNS = ("author", "authors", "writer", "writers", "columnist", "contributor")
WRITER_VERBS = ("is", "are", "was", "has", "serves", "sits", "chairs", "teaches", "works", "lives", "heads", "leads",
                "runs", "directs", "holds", "represents")

TAGLINES = (
    Rule(
        name="author_bio.wrapped_note",
        triggers=tuple(dict.fromkeys((*(f"{n} {v}" for n in WRITER_NOUNS for v in WRITER_VERBS),
                  "auteur est", "auteure est", "autrice est", "auteur enseigne", "autrice enseigne", "auteur travaille",
                  "autrice travaille", "auteur vit", "autrice vit", "auteur dirige", "autrice dirige", "auteur préside",
                  "autrice préside", "autor es", "autora es", "autor enseña", "autora enseña", "autor trabaja",
                  "autora trabaja", "autor vive", "autora vive", "autor dirige", "autora dirige", "autor preside",
                  "autora preside", "autor ist", "autorin ist", "autor lehrt", "autorin lehrt", "autor arbeitet",
                  "autorin arbeitet", "autor lebt", "autorin lebt", "autor leitet", "autorin leitet", "autore è",
                  "autrice è", "autore insegna", "autrice insegna", "autore lavora", "autrice lavora", "autore vive",
                  "autrice vive", "autore dirige", "autrice dirige", "autore presiede", "autrice presiede", "autor é",
                  "autora é", "autor ensina", "autora ensina", "autor trabalha", "autora trabalha", "autora vive",
                  "autor preside", "autora preside"))),
        kind="author_bio",
        patterns=(
            rf"""
            # the whole block wrapped, opening on 'The writer is …' ('[The writer chairs …]', '(L'autrice est …)')
            ^\s*{OPEN_MARK}\s*(?=the\s|l['’]|el\s|la\s|der\s|die\s|o\s|a\s)
                {NO_SPEECH}{NO_SPEECH_FOREIGN}{NO_NEWS_EVENT}{NO_NEWS_EVENT_FOREIGN}{THE_WRITER_IS}[^\n]*{CLOSE_MARK}[\s.]*$
            """,
        ),
        max_words=BIO_MAX_WORDS,
        weight=2.0,
        why="An op-ed's author note set apart in brackets or emphasis ('[The writer is …]', '(L'autrice est …)'); "
            "a bracketed news aside does not open so, and speech or a news event vetoes.",
        examples=("[The writer chairs a tenants' association and sat on the housing board until 2021.]",
                  "(The author is a retired headteacher and a trustee of the village hall.)",
                  "_L'autrice è ricercatrice di storia contemporanea e collabora con il nostro giornale._",
                  "(L'auteur est maître de conférences en droit public et membre d'un collectif d'élus.)",
                  "[El autor es periodista y profesor de comunicación en Rosario.]",
                  "(Der Autor ist Historiker und lebt in Jena.)"),
        counterexamples=("(The writer is said to have left the country, her publisher said.)",
                         "[The author was arrested on Friday.]",
                         "[The author was not available for comment.] The council did not respond either."),
    ),
)
