"""Asks to pass the story on, and a share list's bare network items.

Two shapes that :mod:`.links` (share bars, 'Send this to a friend') does not read:

* the forwarding ask as a question, then the imperative: 'Know someone who'd like this? Forward it
  to them', 'Vous connaissez quelqu'un que cet article intéresserait ? Transférez-le-lui', in six
  languages: the question names this story, the imperative passes it on;
* a share menu flattened into a bulleted list, one network a line ('- Facebook', '• WhatsApp'): each
  item alone is a share button's label.

What stays body: a service piece's 'Know someone who might qualify? Send in an application' names no
story to pass on; a list item that says anything besides the network ('- Facebook: fined €1bn') is
not a bare label.
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .vocab import WIDGET_MAX_WORDS

#: A bulleted network name is a share menu's item; at the threshold, not pinned (a short list of
#: companies in a news story may read the same, and neighbours then decide nothing for it).
NETWORK_ITEM_WEIGHT = 1.0

#: The question, with this story in it, then the imperative that passes it on (en, fr, es, de, it, pt).
FORWARD_ASK = r"""(?:
    know\s+(?:someone|anyone|somebody|a\s+friend)\s+(?:who|that)\b[^?.!\n]{0,50}?\b(?:this|these)\b[^?.!\n]{0,30}\?\s*
        (?:please\s+)?(?:send|forward|share|pass|gift|email|e-mail)\s+(?:it|this|them|(?:the|this|a)\s+(?:link|gift\s+link|story|article|piece))\b  # en
  | (?:vous\s+connaissez|connaissez-vous|tu\s+connais|connais-tu)\s+quelqu['’]un\b[^?.!\n]{0,50}?\b(?:cet|cette|ce|ceci|cela|ça)\b
        [^?.!\n]{0,30}\?\s*(?:transférez|envoyez|partagez|offrez|transfère|envoie|partage|offre)(?:-(?:le|la|lui|leur|les))+\b  # fr
  | (?:conoces|conoce|conocés)\s+a\s+alguien\b[^?.!\n]{0,50}?\b(?:esto|esta|este|estos|estas)\b[^?.!\n]{0,30}\?\s*
        (?:reenv[ií]a|env[ií]a|comparte|compárte|regala|reenv[ií]e|env[ií]e|comparta)(?:l[eao]s?|sel[oa]s?)+\b             # es
  | (?:kennen\s+sie|kennst\s+du|kennt\s+ihr)\s+jemanden\b[^?.!\n]{0,50}?\b(?:das|dies|diesen|diese|dieser|dieses)\b
        [^?.!\n]{0,30}\?\s*(?:leiten\s+sie|leite|leitet|schicken\s+sie|schick|schickt|teilen\s+sie|teile|teilt
        |verschenken\s+sie|verschenke|verschenkt)\s+(?:ihn|sie|es|den\s+(?:artikel|text|beitrag|link)|diesen|diese|dieses)\b  # de
  | (?:conosci|conoscete|conosce)\s+qualcuno\b[^?.!\n]{0,50}?\b(?:questo|questa|quest['’]|ciò)[^?.!\n]{0,30}\?\s*
        (?:inoltr|invi|condivid|regal)(?:a|iamo|ate)(?:gli|le|lo|la|glielo|gliela)+\b                                    # it
  | (?:conhece|conheces|você\s+conhece)\s+alguém\b[^?.!\n]{0,50}?\b(?:isto|isso|este|esta|esse|essa)\b[^?.!\n]{0,30}\?\s*
        (?:encaminhe|envie|compartilhe|partilhe|mande|reencaminhe|ofereça)(?:-(?:o|a|lhe|lhes|os|as))+\b               # pt
)"""

FORWARD = (
    Rule(
        name="share_widget.forward_ask",
        triggers=("know someone", "know anyone", "know somebody", "know a friend", "connaissez", "connais",
                  "conoces", "conoce", "conocés", "kennen sie jemanden", "kennst du jemanden", "kennt ihr jemanden",
                  "conosci", "conoscete", "conosce", "conhece"),
        kind="share_widget",
        patterns=(fragment(FORWARD_ASK + OUTSIDE_QUOTES + "\n"),),
        max_words=WIDGET_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Know someone who would like this? Forward it to them': the question names this story and the "
            "imperative passes it on; a service piece's question names a programme and asks for no forwarding.",
        examples=("Know someone who would enjoy this? Forward it to them, it's free.",
                  "Tu connais quelqu'un que cet article intéresserait ? Envoie-le-lui.",
                  "¿Conoces a alguien a quien le sirva esta guía? Reenvíasela.",
                  "Kennen Sie jemanden, den das interessieren könnte? Leiten Sie den Artikel weiter.",
                  "Conosci qualcuno a cui potrebbe servire questa inchiesta? Inoltraglielo.",
                  "Conhece alguém que gostaria de ler isto? Encaminhe-lhe o link."),
        counterexamples=("Know someone who might qualify for this grant? Send an application by May 1, the county says.",
                         "“Know someone who needs this? Send it to them,” the scam message read.",
                         "Kennen Sie jemanden, der das Auto gesehen hat? Die Polizei bittet um Hinweise."),
    ),
    Rule(
        name="share_widget.network_item",
        leads=("facebook", "x", "twitter", "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "bluesky",
               "threads", "mastodon", "email", "e-mail", "flipboard", "xing", "messenger"),
        kind="share_widget",
        patterns=(
            r"""
            # one network or the e-mail button after a list bullet, nothing else: '- LinkedIn', '• WhatsApp'
            ^\s*[-*•·–—▪►>]\s*(?:facebook|x|twitter|linkedin|whatsapp|telegram|reddit|pinterest|bluesky|threads
                |mastodon|e-?mail|flipboard|xing|messenger)\s*$
            """,
        ),
        max_words=2,
        in_tables=False,
        weight=NETWORK_ITEM_WEIGHT,
        why="A bulleted line holding one network's name is a share menu's item; a list of companies in the news "
            "says something about each.",
        examples=("- LinkedIn", "• WhatsApp", "* Email"),
        counterexamples=("- Facebook: fined €1.2bn in May", "Facebook", "- Meta"),
    ),
)
