"""Tip lines in French, Spanish, German, Italian and Portuguese: 'write to us (in confidence) at …',
'Vous avez des informations ? Écrivez à la rédaction', the outlet's anonymous drop box.

The English tip line (``author_bio.tip_line``) keys on 'reach her at' and 'send us tips', and a tip
question standing alone ('Vous avez une info ?') is ``author_bio.tip_prompt``; these lines ask the
reader to write to the newsroom, in the polite or familiar imperative, or open on the question and
go on to the newsroom's address.
"""

from __future__ import annotations

from .. import NAME, OUTSIDE_QUOTES, Rule, fragment
from .bios import TIP_LINE_MAX_WORDS

#: 'Write to us' / 'contact us' in the polite and familiar forms (fr, es, de, it, pt).
WRITE_TO_US = r"""
    (?:schreiben\s+sie\s+(?:uns|der\s+redaktion)|schreib(?:t)?\s+uns|mailen\s+sie\s+uns|kontaktieren\s+sie\s+uns
      |kontaktiere\s+uns|melden\s+sie\s+sich\s+bei\s+uns|meldet?\s+euch\s+bei\s+uns|melde\s+dich\s+bei\s+uns  # de
    |écrivez-nous|écris-nous|contactez-nous|contacte-nous|écrivez\s+à\s+la\s+rédaction                     # fr
    |escr[ií]b(?:enos|anos|inos)|cont[aá]ct(?:anos|enos)|escribe\s+a\s+la\s+redacci[oó]n                   # es
    |scriv(?:eteci|ici)|contatt(?:aci|ateci)|scrivi\s+alla\s+redazione                                     # it
    |escrev(?:a|e|am)-nos|contacte-nos|fale\s+conosco|escreva\s+para\s+a\s+redação)                       # pt
"""

#: The reader asked whether they know something, as a tip line opens ('Hinweise an die Redaktion?',
#: 'Vous avez des informations ?', '¿Tienes información?').
TIP_QUESTION = r"""
    (?:(?:hinweise|tipps?|informationen)\s+(?:an|für)\s+(?:die|unsere)\s+redaktion
      |(?:haben\s+sie|hast\s+du)\s+(?:hinweise|informationen|einen\s+tipp|unterlagen|dokumente)                  # de
    |(?:vous\s+avez|avez-vous|tu\s+as|as-tu)\s+(?:une|des)\s+(?:infos?|informations?|témoignages?|documents?)    # fr
    |¿?\s*(?:tienes|tiene|tenés|sabes|sabe|sabés)\s+(?:informaci[oó]n|datos|algo\s+que\s+contar|una\s+denuncia
      |documentos)                                                                                          # es
    |(?:hai|avete)\s+(?:una\s+segnalazione|informazioni|notizie|documenti)                                 # it
    |(?:você\s+tem|tem|tens)\s+(?:uma\s+(?:denúncia|informação|sugestão\s+de\s+pauta)|informações|documentos)) # pt
"""

#: 'Write to us at …' is a notice of its own, but a contact line may close another notice ('… photos
#: need permission. Write to us at …'): below the 1.5 of republishing terms plus support, so the kind
#: goes to the rule that says what the contact is for.
WRITE_TO_US_WEIGHT = 1.5

#: A tip line's label: tips, leads or reports for the author or the newsroom (en, de, fr, es, it, pt).
TIP_LABEL = r"""
    (?:(?:news\s+)?tips|leads|hinweise|tipps|infos?|informations|pistas|denuncias|segnalazioni|dicas|denúncias)
    (?:\s+(?:to|for|an|für|à|pour|a|al|para|per|alla?|ao|à)\s+
      (?:the\s+(?:author|reporter|writer|newsroom)|our\s+newsroom|us|den\s+autor|die\s+autorin|die\s+redaktion|uns
      |l['’]aut(?:eur|rice)|la\s+rédaction|nous|el\s+autor|la\s+autora|la\s+redacci[oó]n|nosotros
      |l['’]autore|l['’]autrice|la\s+redazione|noi|o\s+autor|a\s+autora|a\s+redação|nós))?
"""

#: An imperative to write to, e-mail or contact someone, polite or familiar (en, fr, es, de, it, pt).
WRITE_TO = r"""(?:write\s+to|e-?mail|contact|reach(?:\s+out\s+to)?|message|send\s+(?:your\s+)?tips\s+to       # en
    |écrivez(?:-lui)?\s+à|écris\s+à|contactez|contacte|joignez                                               # fr
    |escr[ií]b(?:e|a|ele|ale|anle)\s+a|contact(?:a|e)\s+(?:a|con)|escr[ií]banle\s+a                          # es
    |schreiben\s+sie(?:\s+an)?|schreib(?:t)?(?:\s+an)?|kontaktieren\s+sie|wenden\s+sie\s+sich\s+an          # de
    |scriv(?:i|ete)\s+a|contatta(?:te)?|scriva\s+a                                                            # it
    |escreva(?:\s+(?:para|a))?|fale\s+com|contate|contacte)"""                                             # pt

TIPS = (
    Rule(
        name="author_bio.tip_label",
        leads=("tips", "news tips", "leads", "hinweise", "tipps", "info", "informations", "pistas", "denuncias",
               "segnalazioni", "dicas", "denúncias"),
        kind="author_bio",
        patterns=(
            # the label, its colon, then an address within a few words: 'Hinweise an den Autor: name@outlet,
            # vertraulich auch per Signal', 'Segnalazioni: redazione@…'
            r"""^\W{0,3}""" + TIP_LABEL + r"""\s*:\s*(?:[^\s@:]{1,30}\s+){0,3}?[\w.+-]+@[\w-]+\.\w""",
        ),
        max_words=TIP_LINE_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="A tip line headed by its label and an address ('Tips: …@…', 'Hinweise an die Redaktion: …@…'); a "
            "news sentence does not open with the label and a colon.",
        examples=("Hinweise an die Autorin: lena.roth@talbote.example, auch vertraulich.",
                  "Segnalazioni: redazione@gazzettavalle.example", "News tips: desk@harbourpost.example or Signal"),
        counterexamples=("Tips: the police received 40 calls, none from the address jo@example.org, officers said.",
                         "Leads to the author of the emails, sent from x@example.org, came from a former colleague."),
    ),
    Rule(
        name="author_bio.tip_line_foreign",
        triggers=('schreiben sie', 'schreib uns', 'schreibt uns', 'mailen sie', 'kontaktier', 'melden sie sich',
                  'meldet euch', 'melde dich', 'écrivez', 'écris-nous', 'contactez-nous', 'contacte-nous', 'escríb',
                  'escrib', 'contáct', 'contact', 'scriveteci', 'scrivici', 'scrivi alla', 'contatt', 'escrev',
                  'fale conosco', 'anonym', 'briefkasten'),
        kind="author_bio",
        patterns=(
            # 'write to us (in confidence) at address@outlet' (the address after the verb)
            r"""\b""" + WRITE_TO_US + r"""\b[^.@\n]{0,60}?[\w.+-]+@[\w-]+\.\w""" + OUTSIDE_QUOTES,
            # the outlet's anonymous drop box: 'nutzen Sie unseren anonymen Briefkasten'
            r"""
            \b(?:unse(?:ren?|rem)\s+(?:anonymen?|sicheren?|digitalen?)\s+(?:briefkasten|hinweisgebersystem|postfach)
              |notre\s+(?:boîte\s+aux\s+lettres|plateforme|messagerie)\s+(?:anonyme|sécurisée)
              |nuestro\s+buz[oó]n\s+(?:anónimo|seguro)|nuestra\s+plataforma\s+(?:anónima|segura)
              |la\s+nostra\s+(?:piattaforma|casella)\s+(?:anonima|sicura)
              |(?:nosso|nossa)\s+(?:canal|plataforma|caixa)\s+(?:anônim[oa]|anónim[oa]|segur[oa]))\b
            """ + OUTSIDE_QUOTES,
        ),
        max_words=TIP_LINE_MAX_WORDS,
        context="not_reported",
        weight=WRITE_TO_US_WEIGHT,
        why="Tip lines in five languages: the reader asked to write to the newsroom at an address, or to use "
            "its anonymous drop box; a quoted appeal or a police call for witnesses names no newsroom.",
        examples=(
            "Wissen Sie mehr über den Fall? Schreib uns an recherche@talbote.de, auch anonym.",
            "Une info sur ce dossier ? Écrivez-nous en toute confidentialité : enquetes@levigilant.fr",
            "¿Sabes algo más? Escríbenos a denuncias@elfaro-sur.com.",
            "Für vertrauliche Hinweise nutzen Sie bitte unseren anonymen Briefkasten.",
            "Segnalazioni? Scriveteci a redazione@lagazzetta-valle.it",
        ),
        counterexamples=(
            "„Schreiben Sie uns an info@tierheim-nord.de“, bat die Leiterin des Tierheims am Montag.",
            "Die Polizei bittet Zeugen, sich unter 0711 8990 zu melden; Hinweise nimmt jede Dienststelle entgegen.",
            "Le collectif a créé une boîte aux lettres anonyme pour recueillir les témoignages des salariés.",
        ),
    ),
    Rule(
        name="author_bio.write_to_name",
        triggers=('@',),
        kind="author_bio",
        patterns=(
            # the imperative where a sentence starts, a person's name, then their address at once:
            # 'Write to Ada Neri: aneri@…', 'Écrivez à Léa Roy : lroy@…', 'Escribe a Ana Gil (agil@…)'
            fragment(WRITE_TO + r"""\s+""" + NAME + r"""\s*(?:[:(,–—-]|\s(?:at|à|a|an|unter|em|per|por|via|en)\b)?\s*
                (?:(?:e-?mail|courriel|correo|mail)\s*:?\s*)?[\w.+-]+@[\w-]+\.\w+""" + OUTSIDE_QUOTES + "\n"),
        ),
        max_words=TIP_LINE_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="A tip line sends the reader to a named journalist's address ('Write to Ada Neri: …@…'); news "
            "that gives someone's address reports who wrote to whom.",
        examples=("Seen something at the port? Write to Tom Varga: tvarga@harbourpost.example",
                  "Une info sur ce dossier ? Écrivez à Léa Roy : lroy@gazette.example",
                  "¿Sabes algo más? Escribe a Ana Gil (agil@diario.example).",
                  "Hinweise? Schreiben Sie an Jonas Weber: j.weber@talbote.example",
                  "Segnalazioni? Scrivete a Marta Neri, mneri@gazzetta.example",
                  "Tem uma denúncia? Fale com Rui Sousa: rsousa@jornal.example"),
        counterexamples=("Investigators wrote to Tom Varga at tvarga@example.org, the indictment says.",
                         "« Écrivez à Léa Roy : lroy@gazette.example », répétait le message frauduleux."),
    ),
    Rule(
        name="author_bio.tip_question",
        triggers=('hinweise', 'tipp', 'informationen', 'haben sie', 'hast du', 'vous avez', 'avez-vous', 'tu as',
                  'as-tu', 'tienes', 'tiene', 'tenés', 'sabes', 'sabe', 'hai ', 'avete', 'você tem', 'tem ', 'tens '),
        kind="author_bio",
        patterns=(
            # the question opening the block, then the newsroom or an address to write to
            r"""^\W{0,3}""" + TIP_QUESTION + r"""[^?\n]{0,60}\?
                (?=(?s:.*)(?:@|\b(?:redaktion|rédaction|redacci[oó]n|redazione|redação)\b|\b""" + WRITE_TO_US + r"""\b))
              | ^\W{0,3}""" + TIP_QUESTION + r"""\b(?<=(?:redaktion|rédaction|redacci[oó]n|redazione|redação))[^?\n]{0,60}\?""",
        ),
        max_words=TIP_LINE_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="A tip line opens by asking whether the reader knows something and tells them to write to the "
            "newsroom; a police appeal asks the same question but sends witnesses to the police.",
        examples=(
            "Hinweise an die Redaktion? Die erreichen Sie auch verschlüsselt über unser Kontaktformular.",
            "Vous avez des documents sur ce chantier ? Contactez la rédaction en toute discrétion.",
        ),
        counterexamples=(
            "Haben Sie etwas beobachtet? Die Polizei bittet Zeugen, sich unter 110 zu melden.",
            "Avez-vous des documents ? a demandé le juge à l'avocat de la défense, qui n'a pas répondu.",
            "¿Tienes información sobre el incendio? La policía nos pidió difundir su teléfono de guardia.",
        ),
    ),
)
