"""Pointers to the outlet's other stories: 'Read the first part of this series here',
a lone link line, and a 'More on this topic:' list of tags.

Apart from :mod:`.links` (labels before teaser headlines, share buttons)
because these are led by a verb or close on a list, not by a label alone.

What stays body: a sentence that tells of a report or a part of a series
('Part one of the inquiry was read aloud here') has no imperative opening, no
'here' closing the sentence and no bare list of tags after a colon.
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule

#: A pointer line is a sentence at most; a link line's anchor text a headline.
POINTER_MAX_WORDS = 40

#: The verb a link to another story opens with, as link text words it (en, fr, es, de, it, pt).
READ_VERB = r"""(?:read|re-?read|see|watch|listen\s+to|catch\s+up\s+on|explore|find
    |lisez|lire|relisez|voir|voyez|regardez|écoutez|découvrez
    |lee|lea|leer|mira|vea|escucha|descubre
    |lesen\s+sie|lies|sehen\s+sie|hören\s+sie
    |leggi|guarda|ascolta|scopri
    |leia|veja|ouça|assista|confira)"""

#: What a link line to another story opens with: a reading verb or a pointer word ('[More from the series](…)').
LINK_LEAD = rf"""(?:{READ_VERB}|more|related|previously|also|earlier|next|part\s+\w+|plus|más|mehr|altri|mais)"""

#: What makes the pointer the outlet's own: its other parts, its coverage, its interview.
OWN_WORK = r"""(?:our|this\s+series|the\s+full\s+(?:story|interview|series|investigation|review|transcript|conversation
      |episode)|part\s+(?:one|two|three|four|five|six|\d+)|(?:the\s+)?(?:first|second|third|fourth|previous|last|next
      |earlier)\s+(?:part|installment|instalment|chapter|episode|story|article)
    | notre|nos|la\s+(?:première|deuxième|seconde|dernière)\s+partie|le\s+(?:premier|deuxième|dernier)\s+(?:volet|épisode)
    | nuestr[oa]s?|la\s+(?:primera|segunda|última)\s+(?:parte|entrega)|el\s+(?:primer|segundo)\s+(?:capítulo|episodio)
    | unsere[nmrs]?|den\s+(?:ersten|zweiten|letzten)\s+teil|teil\s+(?:eins|zwei|drei|\d+)
    | il\s+nostro|la\s+nostra|i\s+nostri|le\s+nostre|la\s+(?:prima|seconda|precedente)\s+(?:parte|puntata)
    | (?:o\s+|a\s+)?noss[oa]s?|a\s+(?:primeira|segunda|última)\s+parte)\b"""

#: What the outlet's own work is called in a link's text.
OWN_NOUN = r"""(?:coverage|reporting|series|investigation|stories|interview|review|explainer|analysis|live\s+(?:blog|updates)
    |enquête|dossier|série|reportages?|entretien|cobertura|investigación|reportaje|entrevista|serie
    |berichterstattung|recherche|serie|interview|copertura|inchiesta|intervista|reportagem|investigação|entrevista)"""

#: The link's 'here', in each language.
HERE = r"""(?:here|ici|aquí|aqui|hier|qui)"""

#: A label before a list of the story's topics.
TOPIC_LABEL = r"""(?:more\s+(?:on|about)\s+(?:this|these|the)\s+(?:topics?|subjects?|issues?|story)|more\s+topics|topics\s+in\s+this\s+(?:story|article)
    |(?:plus|d['’]autres\s+articles)\s+sur\s+(?:ce|ces)\s+(?:sujets?|thèmes?)                          # fr
    |m[aá]s\s+(?:sobre|de)\s+(?:este|estos|el)\s+(?:temas?|asuntos?)                                   # es
    |mehr\s+(?:zu\s+(?:diesem|den)|zum)\s+them(?:a|en)|themen\s+(?:in\s+diesem|dieses)\s+(?:artikels?|beitrags?)  # de
    |(?:altro|altri\s+articoli)\s+su\s+(?:questo|questi)\s+(?:tema|temi|argomenti?)                  # it
    |mais\s+sobre\s+(?:este|esse|estes|o)\s+(?:temas?|assuntos?))"""

#: One tag in such a list: one to five words, no clause punctuation.
TOPIC_ITEM = r"""[\p{L}\d#][\p{L}\d'’&#-]*(?:\s+[\p{L}\d'’&#-]+){0,4}"""

POINTERS = (
    Rule(
        name="related_links.read_here",
        # every branch opens the block: a reading verb or pointer word leads it (past a markdown '['),
        # an HTML anchor triggers it
        leads=("read", "re-read", "reread", "see", "watch", "listen", "catch", "explore", "find", "more", "related",
               "previously", "also", "earlier", "next", "part", "lisez", "lire", "relisez", "voir", "voyez", "regardez",
               "écoutez", "découvrez", "plus", "lee", "lea", "leer", "mira", "vea", "escucha", "descubre", "más",
               "lesen", "lies", "sehen", "hören", "mehr", "leggi", "guarda", "ascolta", "scopri", "altri", "leia",
               "veja", "ouça", "assista", "confira", "mais"),
        triggers=("<a ",),
        kind="related_links",
        patterns=(
            rf"""
            # a block that is one markdown link whose text opens with a reading verb or a pointer word:
            # '[Watch the full interview](https://…)' (judged as written; the pipeline unwraps such links,
            # and their text is then judged by the patterns below)
            ^\W{{0,3}}\[\W{{0,3}}{LINK_LEAD}\b[^\]\n]{{1,150}}\]\((?:https?://|www\.|/)[^)\s]{{1,600}}\)\W{{0,3}}$
            # the same as an HTML anchor: '<a href="…">Read part two</a>'
            | ^\s*<a\s[^>\n]{{0,600}}>\W{{0,3}}{LINK_LEAD}\b[^<\n]{{1,150}}</a>\W{{0,3}}$
            """,
            # 'Read part two of the series here.', 'Lisez notre enquête ici', opening the block: a
            # reading verb, the outlet's own work and a closing 'here' (the link's text).  Not mid-paragraph:
            # there it closes a review's prose ('… It's fast. Read our full review here.'), which the
            # glued-notice split judges sentence by sentence
            # (or, as a link's text once its markup is gone, before the headline: 'Read part two: The toll …')
            rf"""^\W{{0,3}}(?:{READ_VERB}\s+(?:{HERE}\s+)?(?:[^.!?\n]{{0,60}}?\s)?{OWN_WORK}
                (?:[^.!?\n]{{0,80}}?\s{HERE}(?=\s*(?:[.!:→»)\]]|$))|[^.!?:\n]{{0,60}}?\s*[:→»|]\s+(?-i:[\p{{Lu}}\d]))"""
                + OUTSIDE_QUOTES + rf"""
            | {READ_VERB}\s+{HERE}\s+(?:[^.!?\n]{{0,40}}?\s)?{OWN_WORK}[^.!?\n]{{0,80}}?(?=\s*(?:[.!→»)\]]|$))"""
                     + OUTSIDE_QUOTES + ")\n",
            # a link's text alone, no sentence (no full stop): 'Catch up on our earlier coverage of the strike'
            rf"""^\W{{0,3}}{READ_VERB}\s+(?:[^.!?\n]{{0,40}}?\s)?(?:our|the\s+full|notre|nos|nuestr[oa]s?|unsere[nmrs]?
                |il\s+nostro|la\s+nostra|noss[oa]s?)\s+(?:[\w-]+\s+){{0,3}}{OWN_NOUN}\b[^.!?\n]{{0,80}}$""",
        ),
        max_words=POINTER_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="A link to the outlet's other stories: a reading verb, 'our' or 'part two', and the link's 'here'; "
            "news reports who read what, and does not end a sentence on 'here'.",
        examples=("Read the second part of this series here.",
                  "Catch up on our earlier coverage of the case here.",
                  "[Watch the full interview with the harbour master](https://example.org/video/44)",
                  '<a href="/series/river/2">Read part two: The toll on the farms</a>',
                  "[More from our housing series](https://example.org/housing)", "Read the full interview here.",
                  "Catch up on our earlier coverage of the strike", "Lisez notre enquête sur les loyers",
                  "Lisez ici notre enquête sur les loyers du centre-ville.",
                  "Lea aquí la primera parte del reportaje.", "Leggi qui la prima puntata dell'inchiesta.",
                  "Leia aqui a primeira parte da série."),
        counterexamples=("Read the first part of the ruling here, the judge told the packed courtroom.",
                         "Read our lips: taxes will not rise, the candidate promised again on Monday.",
                         "See our coverage of the trial, the defence lawyer said, and you will find no bias",
                         "See our neighbours from here? The wall blocks the view now.",
                         "“Read our report here,” the campaign wrote on its page.",
                         "Part one of the inquiry was read aloud here on Monday.",
                         "Read our lips was his slogan here in 1988, long before the tax rises."),
    ),
    Rule(
        name="related_links.topic_list",
        leads=("more", "topics", "plus", "d'autres", "d’autres", "más", "mas", "mehr", "themen", "altro", "altri",
               "mais"),
        kind="related_links",
        patterns=(
            rf"""
            # 'More on this topic: road works, buses, parking.' (a full stop may close the list)
            ^\W{{0,3}}{TOPIC_LABEL}\s*:\s*{TOPIC_ITEM}(?:\s*[,·•|/;]\s*{TOPIC_ITEM}){{1,11}}\.?\s*$
            """,
        ),
        max_words=POINTER_MAX_WORDS,
        weight=2.0,
        why="'More on this topic:' before a list of tags; a sentence after such a label is no list of short items.",
        examples=("More on these topics: housing, rent control, zoning.", "Plus sur ces sujets : climat, agriculture",
                  "Mehr zum Thema: Hochwasser, Deichbau, Versicherung."),
        counterexamples=("More on this topic: the minister says she will resign before the summer, aides believe.",
                         "More on the subject came later, when the council met again."),
    ),
)
