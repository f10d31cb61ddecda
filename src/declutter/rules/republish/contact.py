"""Reuse contacts: whom a partner writes to before republishing, translating or reprinting.

The shape, in any of the six languages, is a word for reusing the outlet's work (republish,
reprint, translation, 'Übernahme', 'ripubblicare', the partnerships desk) and an e-mail address
a few words away, often with a person or a desk between them: 'Questions about reprints? Write
to our partnerships editor, Ana Roy (ana@…)', 'Pour toute reprise, écrivez à …@…'.  A news
paragraph that quotes an address names who said so; a tip line or a bio has no reuse word.
"""

from __future__ import annotations

from .. import Rule, Veto
from .tracking import REPUB_FOREIGN
from .vocab import REPUB

#: An e-mail address's '@' and domain ('@example.org', '@mail.example.co.uk'); the local part is
#: only required to end in a word character (checked behind).
_EMAIL = r"@(?<=\w@)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b"

#: The act of reusing the outlet's work, in the six languages: the reuse verbs and nouns, the plural
#: 'translations' (a translator wanted is a job ad, not a notice), the partnerships desk.
_REUSE = rf"""(?:{REPUB}|{REPUB_FOREIGN}
    |reprodu(?:ce|cing|ction|ctions|ire|cir|cirla|cirlo|cción|cciones|zir|ção|ções)\b
    |riprodu(?:rre|zione|zioni)\b
    |ripubblic\w*|übernahme\w*|übernehmen|nachdruck\w*|abdruck\w*|weiterverwend\w*
    |toute\s+reprise|reprise\s+(?:d['’]une?|de\s+nos|des|de\s+(?:cet|ce|cette|l['’]))\s*(?:articles?|contenus?|textes?
        |reportages?|enquêtes?|papiers?|photos?)                 # fr 'reprise' is also a resumption: the texts' reprise
    |translations|traducciones|traductions|traduzioni|traduções|übersetzungen
    |(?:translat(?:e|ing)|tradu(?:cir|ire|rre|zir)|übersetzen)\b[^.\n]{{0,30}}?\b(?:this|our|these|nuestr\w*|est[ae]s?|nos
        |notre|cet|cette|ces|i\s+nostri|le\s+nostre|quest\w+|noss\w*|unsere\w*|diese\w*)\b
    |(?:partnerships?|syndication|content\s+sales|licensing)\s+(?:editor|desk|team|manager|director|office)
    |(?:editor[ae]?|responsable|chargée?|equipe|equipo|équipe|team|desk|redattric\w*|redattore|responsabile|ufficio|área
        |area|departamento|département|service)\s+(?:de\s+|des\s+|di\s+|das\s+|delle\s+|for\s+|of\s+)?
        (?:alianzas|parcerias|partenariats|partnerships?|syndication|kooperationen|partnerschaften))   # the partnerships desk
"""

#: A copyright line with a reprints address ('© 2024 X. For syndication, contact …@…', 'This copy is for
#: your personal, non-commercial use … reprints@…') is ``wire.copyright``'s: the rule stands back there.
#: (No how-to veto: service journalism about reuse gives no address of the outlet's.)
_COPYRIGHT_LINE = Veto(
    any_of=r"""©|\(c\)\s*\d|\bcopyright\b|\ball\s+rights\s+reserved|\bpersonal,?\s+non-?commercial\s+use
        |\btous\s+droits\s+réservés|\btodos\s+los\s+derechos|\balle\s+rechte\s+vorbehalten|\btutti\s+i\s+diritti
        |\btodos\s+os\s+direitos""",
    none_of=r"(?!)",   # nothing: the copyright words alone decide
)

#: A reuse contact is a line or two; a longer paragraph with an address in it is a story or a how-to.
CONTACT_MAX_WORDS = 60

CONTACT = (
    Rule(
        name="republish.rules.reuse_contact",
        unless=_COPYRIGHT_LINE,
        # the reuse words (an '@' is in every tweet quoted; the pattern then finds the address fast)
        triggers=("republi", "re-publi", "reprint", "re-print", "repost", "re-post", "syndicat", "reuse", "re-use",
                  "rerun", "re-run", "reprodu", "riprodu", "ripubblic", "übernahme", "übernehmen", "nachdruck",
                  "abdruck", "weiterverwend", "reprise", "toute reprise", "translat", "tradu", "übersetz", "alianzas",
                  "parcerias", "partenariats", "partnership", "kooperationen", "partnerschaften", "content sales",
                  "licensing"),
        kind="republish.rules",
        patterns=(
            # led by the address (its '@' is rare), the reuse word behind it ('For reprints, ask Ana Roy (ana@…)'),
            # in the address itself ('write to republish@…', 'reprints@…': what the mailbox is for)
            # or after it ('Ask Ana (ana@…) before reposting …')
            _EMAIL + r"(?:(?<=\b" + _REUSE + r"[^\n]{0,160}?@[\w.-]+)|[^\n]{0,120}?\b" + _REUSE + ")",
        ),
        context="not_reported",
        max_words=CONTACT_MAX_WORDS,
        weight=2.0,
        why="A word for republishing, reprinting or translating the outlet's work and an e-mail address a few "
            "words apart, in six languages: whom partners write to; news names an address in reported speech, "
            "a tip line or a bio has no reuse word.",
        examples=(
            "Want to reprint a column from the Weekend section? Check with Omar first: omar.h@riverweekly.example.",
            "Reprise d'un article : adressez-vous à notre chargée des partenariats, Claire Dumas, claire@echo.example.",
            "Las traducciones al catalán o al gallego se coordinan con Pau Ferrer (pau@redsur.example).",
            "Für Übernahmen in Printausgaben schreiben Sie bitte an lizenzen@talbote.example.",
            "Per riprodurre le inchieste su carta serve l'ok di Marco Sala: marco@cronache.example.",
            "Interessado em republicar? O contato é o da nossa equipe de parcerias: rede@folhaviva.example",
            "Ran one of our features? Drop a line to reprints@valleyledger.example with the link.",
            "Avísanos en republicaciones@vocesdelsur.example cuando la nota salga en tu medio.",
        ),
        counterexamples=(
            "Volunteers who speak Tamil can email helpdesk@clinic.example to sign up as translators for the clinic.",
            "Reprint requests had gone unanswered for months, said the author, who gave her address as "
            "lena@books.example.",
            "Reproductive health clinics in the county now take appointments at care@county.example.",
            "The república's consulate can be reached at consul@mission.example on weekdays.",
            "Readers complained to reprints@daily.example about the fees, the ombudsman said.",
        ),
    ),
)
