"""Permission lines: a short line allowing reuse on condition of credit, in six languages.

The shape is a noun for reproducing or reprinting, a word of permission and the condition, naming the
source, the author or a link, and nothing else: 'Reproducción autorizada citando la fuente', 'Reproduction
autorisée avec mention de la source', 'Riproduzione consentita citando la fonte', 'É permitida a reprodução
desde que citada a fonte', 'Nachdruck nur mit Quellenangabe', 'Reprinting permitted with credit'.  The same
words in a sentence about medicine ('assisted reproduction is permitted') go on past the condition or name
no source; the line is anchored at both ends, and :mod:`.partners_foreign` takes the longer sentences.
"""

from __future__ import annotations

from .. import Rule

#: Reproducing, reprinting, republishing: the nouns, six languages.
_REUSE_NOUN = r"""(?:reproducción|reproduction|riproduzione|reprodução|republicación|republicação|ripubblicazione
    |republication|republishing|reprinting|reprints?|nachdruck|abdruck|weiterverbreitung|vervielfältigung
    |diffusione|difusión|divulgação)"""

#: How much may be reproduced: 'total o parcial', 'totale o parziale', 'auch auszugsweise', 'in full or in part'.
_EXTENT = r"""(?:\s+(?:total\s+o\s+parcial|total\s+ou\s+parcial|totale\s+ou\s+partielle|totale\s+o\s+parziale
    |in\s+(?:full\s+or\s+in\s+part|whole\s+or\s+in\s+part)|[–—,(-]?\s*auch\s+auszugsweise\s*[–—,)-]?|partielle\s+ou\s+totale)
    |\s+(?:de\s+|d['’]|di\s+|dei\s+|das\s+|dos\s+|des\s+|of\s+)(?:l[ao]s?\s+|le\s+|les\s+|gli\s+|i\s+|our\s+|nuestros\s+
    |nos\s+|nostri\s+|nossos\s+)?[\w-]+(?:\s+[\w-]+)?)"""

#: A word of permission, with its verb where the language puts one first ('se autoriza', 'è consentita').
_PERMITTED = r"""(?:autorizad[oa]|permitid[oa]|libre|livre|autorisée|permise|consentit[oa]|autorizzat[oa]|permess[oa]
    |liber[oa]|gestattet|erlaubt|frei|honorarfrei|permitted|allowed|authori[sz]ed|welcome|free)"""
_PERMITTING = r"""(?:se\s+(?:autoriza|permite)|(?:queda\s+|está\s+|es\s+)?(?:autorizad|permitid)a|libre|é\s+(?:permitida|autorizada|livre)
    |est\s+(?:autorisée|permise)|(?:è\s+)?(?:consentita|autorizzata|permessa)|(?:sono\s+)?(?:consentite|autorizzate)|libera)"""

#: The condition's opening word: 'citando', 'avec mention de', 'desde que', 'purché', 'mit', 'with', 'provided'.
_CONDITION = r"""(?:citando|citar|citada|citado|mencionando|mencionar|mencionada|mencionado|indicando|indicar|indicada
    |con|avec|com|mit|bei|unter|with|provided|if|as\s+long\s+as|so\s+long\s+as|siempre\s+que|a\s+condición\s+de
    |desde\s+que|purché|a\s+condizione\s+che|previa|en\s+citant|sous\s+réserve\s+de|à\s+condition\s+de|citant|citer|mentionner
    |citare|citazione|crediting|naming|citing)\b"""

#: What the condition names: the source, the author, the outlet or a link ('la fuente', 'la source',
#: 'Quellenangabe', 'the author').
_CREDITED = r"""\b(?:fuente|fonte|source|quelle(?:n|nangabe|nangaben|nhinweis)?|autor(?:a|es|as|in|innen|en)?
    |auteur(?:e|s|es|rice|rices)?|autore|autori|autrice|medio|testata|veículo|média|crédit(?:o|os|s)?|credit(?:s|ed|ing)?
    |attribution|link(?:s|ed)?|enlace|lien|collegamento|origen|origine|origem|nennung|namensnennung|procedencia)\b"""

#: Only, before a condition given without a word of permission: 'Nachdruck nur mit Quellenangabe'.
_ONLY = r"(?:nur|solo|sólo|solamente|únicamente|seulement|uniquement|somente|apenas|only|soltanto|unicamente)"

#: The rest of the line after the credited word: no new clause.
_TAIL = r"[^.!?:;\n]{0,40}?[.!)]?[\W_]{0,3}$"

PERMISSION_LINE = (
    Rule(
        name="republish.rules.permission_line",
        leads=("reproduc", "riprodu", "reprodu", "republica", "ripubblica", "republication", "republishing", "reprint",
               "nachdruck", "abdruck", "weiterverbreitung", "vervielfältigung", "diffusione", "difusión", "divulgação",
               "se autoriza", "se permite", "queda autorizada", "queda permitida", "autorizada", "permitida", "libre ",
               "é permitida", "é autorizada", "è consentita", "è autorizzata", "è permessa", "consentita", "autorizzata",
               "la reproduc", "la riprodu", "la republica", "la ripubblica", "la diffusione", "la difusión", "a reprodu",
               "a republica", "a divulgação", "le nachdruck", "der nachdruck", "der abdruck", "die weiterverbreitung",
               "libera ", "livre "),
        kind="republish.rules",
        patterns=(
            # one anchored branch with one copy of each word list (each copy costs compile time): the permission
            # first or after the noun, or 'only'; without any of them the credited word comes right after the
            # condition's opening ('bei Nennung der Quelle', not 'mit einem Vorwort der Autorin')
            rf"""
            ^[\W_]{{0,3}}(?:(?P<first>{_PERMITTING})\s+)?                     # 'Se autoriza', 'É permitida', 'Consentita'
                (?:(?:la|a|le|der|die|el|il|su|sua|sa)\s+)?{_REUSE_NOUN}{_EXTENT}?\s*[–—,(-]?\s*   # 'la reproducción total'
                (?:(?:is|es|está|est|è|é|ist|sind|are)\s+)?(?:(?P<only>{_ONLY})\s+)?
                (?:(?P<granted>{_PERMITTED}),?\s+(?:[^.!?:;\n]{{0,30}}?\s)?)?     # 'autorizada', 'permitted'
                {_CONDITION}\s+                                                 # 'citando', 'mit', 'desde que'
                (?(first)[^.!?:;,\n]{{0,40}}?|(?(only)[^.!?:;,\n]{{0,40}}?|(?(granted)[^.!?:;,\n]{{0,40}}?|[^.!?:;,\n]{{0,12}}?)))
                {_CREDITED}{_TAIL}                                               # 'la fuente.', 'Quelle'
            """,
        ),
        max_words=30,
        weight=2.0,
        why="A line of its own allowing reproduction on condition of naming the source or author, in six "
            "languages: the outlet's reuse terms; a sentence about reproduction (medicine, art) goes on past it.",
        examples=(
            "Reproducción permitida mencionando al autor y al medio.",
            "Reproduction autorisée sous réserve de mentionner la source.",
            "Riproduzione consentita con citazione della fonte e link all'articolo.",
            "É permitida a reprodução total ou parcial desde que citada a fonte.",
            "Nachdruck – auch auszugsweise – nur mit Quellenangabe gestattet.",
            "Abdruck honorarfrei bei Nennung der Quelle",
            "Reprinting permitted with credit to the author and a link back.",
            "Se autoriza la reproducción de nuestras notas citando la procedencia.",
            "Consentita la riproduzione con citazione della fonte.",
        ),
        counterexamples=(
            "La reproducción asistida está permitida desde 2010, según la fuente del ministerio consultada por este diario.",
            "Reproduction autorisée des espèces protégées : le ministère publie la liste, selon nos sources, vendredi.",
            "Nachdruck des Romans erlaubt: Der Verlag einigte sich mit den Erben, wie die Quelle bestätigte, auf neue Tantiemen.",
            "Reprinting the 1952 map was allowed after the archive found the original source in a cellar last spring.",
            "La reproducción está permitida en clínicas con autorización del ministerio.",
            "Nachdruck des Romans mit einem Vorwort der Autorin",
        ),
    ),
)
