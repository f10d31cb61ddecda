"""Copyright lines and reproduction prohibitions of wire services and sites."""

from __future__ import annotations

from .. import OUTSIDE_CURLY_QUOTES, OUTSIDE_QUOTES, Rule

#: A copyright notice is a short line; longer blocks that merely mention
#: copyright are news.  Calibrated on the dev set (longest notice: 31 words).
COPYRIGHT_MAX_WORDS = 60

#: A photo credit written with ©: '© BELGA PHOTO NAME', '© AFP Photo / NAME';
#: those are photo_credit, not a copyright notice (see ``photo_credit.caption_tail``).
#: '© Name pour Outlet' ('© Jane Doe for Outlet') credits a photographer's
#: work for a paper: also a photo credit (``photo_credit.caption_tail``);
#: 'Copyright Name for Outlet' stays a copyright line.
NOT_PHOTO = (
    r"(?![^.©]{0,40}?\b(?:photo|foto|bild)\b"
    r"|(?<=©)\s*(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){1,3}\s+(?:pour|for|para|für|per)\s+(?-i:\p{Lu}))"
)

#: Not copyright as a field of law: an office, a law or a dispute named after it ('the Copyright
#: Office said', 'under the Copyright Act'), which news reports; a notice names its holder or year.
NOT_AN_AUTHORITY = (
    r"(?!\s+(?:office|act|law|laws|board|royalty|royalties|claims|tribunal|directive|alliance|society|agency|bill"
    r"|term|infringement|protection|reform|holders?|owners?|lawsuits?|case|trial|dispute|rules?|regulations?"
    r"|registration|modernization|council|commission|court|treaty|convention|policy|committee|lawyer|expert)\b)"
)

#: What a copyright notice calls itself (en, de, fr, es, it, pt): all the
#: content, this article or dispatch, the content of this site or of a named
#: outlet; news about copyright names a work or a whole trade ('les contenus
#: des médias').
OWN_CONTENT = (
    r"(?:(?:all|alle|sämtliche|tous\s+les|l['’]ensemble\s+des|todos\s+los|tutti\s+i|todos\s+os)\s+(?:the\s+)?"
    r"(?:contents?|material|inhalte|contenus|contenidos|contenuti|conteúdos|articles|artikel|articoli|artículos|artigos)"
    r"|(?:this|dieser|ce|cet|este|esta|questo|questa)\s+(?:content|material|article|artikel|beitrag|text|contenu"
    r"|texte|contenido|artículo|despacho|nota|articolo|contenuto|testo|notizia|conteúdo|artigo|matéria)"
    r"|(?:diese|cette)\s+(?:meldung|dépêche)"
    r"|(?:the|die|les|los|i|os)\s+(?:contents?|inhalte|contenus|contenidos|contenuti|conteúdos)\s+"
    r"(?:of|on|von|auf|de|du|des|di|del|della|do|da|dos|dieser|dieses|deste|desta)\s+"
    r"(?:this\s+|ce\s+|cette\s+|este\s+|esta\s+|questo\s+|l['’]\s*|la\s+|le\s+|el\s+)?"
    r"(?:site|website|seite|webseite|page|sitio|sito|portal|(?-i:\p{Lu})[\p{L}\p{M}.&-]*)"
    r")"
)

#: 'is protected by copyright' in the six languages.
PROTECTED = (
    r"(?:(?:is|are)\s+(?:subject\s+to|protected\s+by)\s+copyright|(?:sind|ist)\s+urheberrechtlich\s+geschützt"
    r"|(?:est|sont)\s+protégée?s?\s+par\s+(?:le\s+)?(?:droit\s+d['’]auteur|copyright)"
    r"|(?:está|están|é|são|estão)\s+protegid[oa]s?\s+(?:por|pela)\s+(?:(?:los|el|lei\s+de)\s+)?(?:derechos?\s+de\s+autor"
    r"|direitos?\s+autora(?:l|is)|copyright)"
    r"|(?:è|sono)\s+protett[oi]\s+dal?\s+(?:diritto\s+d['’]autore|copyright))"
)

#: Quotation marks of any kind, straight ones included: a notice is never wrapped in them.
QUOTE_MARK = r"""[«»“”„"‘’‚']"""


def unquoted(phrase: str) -> str:
    """``phrase`` not quoted as a term ('"All rights reserved" lines are optional, the court said',
    'Der Vermerk „Alle Rechte vorbehalten“ ist …'): a ruling or a story about the notice, not the
    notice.  The look back comes after the phrase, so the branch keeps its fast scan."""
    return rf"""\b{phrase}\b(?<!{QUOTE_MARK}\s?{phrase})(?![.!]?\s?{QUOTE_MARK})"""


#: 'All rights reserved' (en, de, fr, es, it), each not quoted as a term.
RESERVED = tuple(unquoted(phrase) for phrase in (
    r"all\s+rights\s+reserved", r"alle\s+rechte\s+vorbehalten", r"tous\s+droits\s+réservés",
    r"todos\s+los\s+derechos\s+reservados", r"tutti\s+i\s+diritti\s+riservati"))

COPYRIGHT = (
    Rule(
        name="wire.copyright.notice",
        triggers=('©', '(c)', 'copyright', 'copr', 'dpa:', 'reserved', 'vorbehalten', 'réservés', 'reservados', 'riservati'),
        kind="wire.copyright",
        patterns=(
            rf"""
            (?:©|\(c\)|\bcopyright\b{NOT_AN_AUTHORITY}|\bcopr\.){NOT_PHOTO}\s*(?:\d{{4}}|(?-i:\p{{Lu}}))    # "© 2023 …", "(c) Reuters"
            | ^\W{{0,3}}©{NOT_PHOTO}\s*\w                                            # a line opening with ©: "© dpa-infocom"
            | \bdpa:\d{{6}}-\d{{2}}-\d+                                               # a dpa wire id: 'dpa:231104-99-123456/3'
            | {RESERVED[0]}{OUTSIDE_CURLY_QUOTES}  # not quoted: 'he printed “All rights reserved” on the fakes'
            | {RESERVED[1]} | {RESERVED[2]} | {RESERVED[3]} | {RESERVED[4]}
            """,
        ),
        max_words=COPYRIGHT_MAX_WORDS,
        weight=2.0,
        why="Copyright lines close wire copy and site footers; '© AGENCY PHOTO name' is a photo credit.",
        examples=("© Thomson Reuters 2020. All rights reserved.", "©2024 Bloomberg L.P.",
                  "Copyright Dana Whitcombe for Harbour Review Syndicate",
                  "(c) dpa-infocom, dpa:240312-99-455120/2"),
        counterexamples=(
            "Lawyers for the author argued that the novel's opening chapter had been copied almost "
            "word for word from a short story.",
            "The agency said its photo desk in Brussels would close, ending a copyright dispute with Belga.",
            "The Copyright Office ruled on Thursday that images made entirely by software cannot be registered.",
            "The forger printed “All rights reserved” on every fake edition to make it look official.",
            '"All rights reserved" labels give a publisher no extra protection, the appeals panel wrote.',
            "Ein Vermerk „Alle Rechte vorbehalten“ fehle auf den Postkarten, argumentierte die Verteidigung.",
            "Selon le tribunal, la mention « tous droits réservés » ne change rien au litige.",
        ),
    ),
    Rule(
        name="wire.copyright.reproduction_prohibited",
        triggers=('may not', 'must not', 'cannot', 'no part', 'reproduc', 'redistribu', 'redifus', 'vervielf', 'prohibida',
                  'interdite', 'nachdruck', 'this material', 'this content', 'this article', 'this story',
                  'this publication', 'any unauthori', 'riproduzione', 'proibida', 'é proibid',
                  'ninguna parte', 'aucune partie', 'kein teil', 'nessuna parte', 'nenhuma parte', 'rediffusion',
                  'ripubblicazione', 'reprodução', 'weiterverbreitung', 'urheberrechtlich', 'protégé', 'protegid',
                  'protett', 'all content', 'the content', 'non-commercial use', 'noncommercial use',
                  'non commercial use', 'no comercial', 'non commercial', 'nicht-kommerziell', 'nichtkommerziell', 'não comercial'),
        kind="wire.copyright",
        patterns=(
            r"""
            \b(?:may\s+not|must\s+not|cannot)\s+be\s+(?:re-?produced|re-?published|re-?distributed|
                broadcast|rewritten|copied)
            # 'no part of this dispatch …', in six languages: the notice names itself
            | \b(?:no\s+part\s+of|ninguna\s+parte\s+de|aucune\s+partie\s+de|nessuna\s+parte\s+di|kein\s+teil
                |nenhuma\s+parte)\s+(?:this|these|este|esta|estos|estas|ce|cette|ces|dieses|dieser|questo|questa
                |questi|deste|desta|destes|destas|cet)\s+(?:material|article|publication|content|dispatch|story|report
                |despacho|contenido|artículo|publicación|nota|texto|dépêche|contenu|article|texte|meldung|inhalts
                |artikels|beitrags|textes|articolo|contenuto|materiale|pubblicazione|testo|lancio|conteúdo|artigo
                |publicação|matéria)s?\b
            | \b(?:reproduction|redistribution|redifusión|reproducción|redistribución|vervielfältigung
                |rediffusion|ripubblicazione|reprodução|weiterverbreitung)\b
                [^.]{0,120}\b(?:prohibited|forbidden|prohibida|interdite|untersagt
                |subordonnée|soumise|vietata|proibida)\b
                (?!\s+(?:la|a|le|el|il)\s+(?:rivendita|revenda|reventa|revente|vendita|venta|vente|venda|resale))  # a resale ban
            # 'without permission' alone only in the notice's own shape: any reproduction, or
            # reproduction in whole or in part ('la reproducción … sin permiso vulneró …' is a ruling)
            | (?:\b(?:any|toda|toute|tout|jede|jegliche|qualsiasi|ogni|qualquer)\s+(?:unauthori[sz]ed\s+|autre\s+)?
                (?:reproduction|redistribution|redifusión|reproducción|redistribución|vervielfältigung
                |rediffusion|ripubblicazione|riproduzione|reprodução|weiterverbreitung)\b
              | \b(?:reproduction|redistribution|redifusión|reproducción|redistribución|vervielfältigung
                |rediffusion|ripubblicazione|riproduzione|reprodução|weiterverbreitung)\b[^.]{0,30}?
                \b(?:in\s+whole\s+or\s+in\s+part|total\s+o\s+parcial|parcial\s+o\s+total|totale\s+ou\s+partielle
                |partielle\s+ou\s+totale|total\s+ou\s+parcial|parcial\s+ou\s+total|totale\s+o\s+parziale
                |parziale\s+o\s+totale|ganz\s+oder\s+teilweise|auch\s+auszugsweise))
                [^.]{0,120}\b(?:without|sin|ohne|sans|sem|senza)\b
            # es: the ban names what it bans, the copy of this content ('Queda prohibida su reproducción',
            # 'Prohibida la reproducción total o parcial'); 'Queda prohibida la venta de …' is news about a ban
            | \bqueda(?:n)?\s+(?:terminantemente\s+|expresamente\s+|totalmente\s+|estrictamente\s+)?prohibid[ao]s?\s+
                (?:su\s+(?:reproducción|redistribución|copia|difusión|distribución|republicación)\b
                |(?:la|toda)\s+(?:reproducción|redistribución|copia|difusión|distribución|republicación|retransmisión)\b
                    [^.]{0,40}?\b(?:total\s+o\s+parcial|parcial\s+o\s+total|por\s+cualquier\s+medio
                    |de\s+(?:est[ea]s?\s+|l[oa]s?\s+|el\s+|nuestr[oa]s?\s+)?(?:contenidos?|materiale?s?|textos?|artículos?|notas?
                    |publicaci(?:ón|ones)|informaci(?:ón|ones)|noticias?|sitio|portal|diario|periódico|medio)\b))
            | \bprohibid[ao]s?\s+(?:la\s+|su\s+|toda\s+)?(?:reproducción|redistribución|copia|difusión|distribución)\s+
                (?:total\s+o\s+parcial|parcial\s+o\s+total)\b
            | \breproduction\s+interdite\b | \bnachdruck\s+(?:nur|verboten)
            # allowed only with the publisher's consent: 'Vervielfältigung … nur mit schriftlicher Zustimmung'
            | \b(?:vervielfältigung|weiterverbreitung|reproduction|redistribution|rediffusion|reproducción|redistribución
                |riproduzione|reprodução|redistribuição)\b[^.]{0,120}?
                \b(?:nur|only|uniquement|seulement|solo|sólo|solamente|soltanto|somente|apenas)\s+
                (?:mit|with|avec|con|com|previa|prévia|après|nach|dietro)\s+(?:der\s+|the\s+|l['’]\s*|la\s+|a\s+|il\s+)?
                (?:(?:vorherige[rn]?|ausdrückliche[rn]?|schriftliche[rn]?|prior|express|written|préalable|previa|prévia
                |expresa|escrita|scritta)\s+){0,3}
                (?:zustimmung|genehmigung|erlaubnis|einwilligung|permission|consent|autorisation|accord|autorización
                |permiso|autorizzazione|consenso|autorização|permissão)\b
            # the notice speaking of itself: 'This material is subject to copyright'
            | \bthis\s+(?:material|content|article|story|publication)\s+is\s+(?:subject\s+to|protected\s+by)\s+copyright\b
            # 'unauthorised copying or republication of this content is prohibited'
            | \bany\s+unauthori[sz]ed\s+(?:use,?\s+(?:or\s+)?)?(?:copying|reproduction|redistribution|distribution
                |republication|mirroring)\b[^.]{0,80}\b(?:prohibited|forbidden|not\s+permitted)\b
            | \bunauthori[sz]ed\s+use\s+of\s+this\s+(?:material|content|article|story)\b
            | \briproduzione\s+riservata\b                                     # it: the standard footer
            | \b(?:é\s+)?proibida\s+a\s+(?:reprodução|redistribuição|cópia)\b     # pt
            # the copy is the reader's to keep, not to pass on: 'Printed for your own personal and non-commercial use'
            | \bfor\s+your\s+(?:own\s+)?personal(?:\s*,\s*|\s+and\s+)non-?\s?commercial\s+use\b
            | \bthis\s+(?:copy|article|content|material|story|page|edition)\s+is\s+(?:intended\s+)?(?:solely\s+|only\s+)?
                for\s+(?:your\s+)?personal(?:\s*,\s*|\s+and\s+)non-?\s?commercial\s+use\b
            | (?:\bpour|\bà)\s+(?:votre\s+)?usage\s+personnel\s+et\s+non\s+commercial\b                               # fr
            | \bpara\s+(?:su\s+|tu\s+)?uso\s+personal\s+y\s+no\s+comercial\b                                 # es
            | \bfür\s+(?:ihren\s+)?(?:persönlichen(?:\s*,\s*|\s+und\s+)nicht-?kommerziellen|privaten\s+und\s+nichtkommerziellen)
                \s+gebrauch\b                                                                            # de
            | \bper\s+(?:il\s+)?(?:tuo\s+|suo\s+)?uso\s+personale\s+e\s+non\s+commerciale\b                   # it
            | \bpara\s+(?:o\s+)?(?:seu\s+)?uso\s+pessoal\s+e\s+não\s+comercial\b                              # pt
            """,
            # 'Les contenus … sont protégés par le droit d'auteur', 'Die Inhalte … sind urheberrechtlich
            # geschützt': the rare protected phrase first, then a look back for the notice's own subject
            # (subject first, or joined to the branches above, is three times slower)
            rf"""\b{PROTECTED}(?<=\b{OWN_CONTENT}\b[^.;]{{0,50}}?\b{PROTECTED})""",
        ),
        max_words=COPYRIGHT_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'May not be reproduced without permission' lines from wire services.",
        examples=(
            "Queda prohibida la redistribución total o parcial de este contenido sin autorización.",
            "This content is protected by copyright; any unauthorized reproduction or distribution of it is prohibited.",
            "Riproduzione riservata ©",
            "É proibida a reprodução deste conteúdo sem autorização prévia.",
            "Ninguna parte de este contenido puede copiarse o distribuirse sin permiso previo del medio.",
            "Aucune partie de cette dépêche ne peut être reprise sans l'accord de l'agence.",
            "Sämtliche Inhalte dieser Website sind urheberrechtlich geschützt.",
            "Toute rediffusion de ces textes, même partielle, est soumise à l'accord préalable de la rédaction.",
            "I contenuti di questo sito sono protetti dal diritto d'autore.",
            "Die Inhalte von Nordpresse sind urheberrechtlich geschützt; jede Weitergabe bedarf einer Lizenz.",
            "Toda reproducción sin autorización escrita del editor será perseguida.",
            "Reproduction of this page in whole or in part by any means without written consent is not allowed.",
            "Weiterverbreitung und Speicherung in Datenbanken nur mit vorheriger Genehmigung des Herausgebers.",
            "Reproducción y distribución solo con autorización escrita de la editorial.",
            "© Diario del Litoral. Queda prohibida su reproducción sin permiso del editor.",
            "Prohibida la reproducción total o parcial.",
            "This article is for your personal and non-commercial use. For bulk copies, write to our licensing desk.",
            "Ce texte est réservé à votre usage personnel et non commercial.",
        ),
        counterexamples=(
            "The court said the photos may not be reproduced, the lawyer told reporters.",
            "Much of the material used to train the model was subject to copyright, and artists want a share "
            "of the revenue.",
            "Any unauthorized use of drones within five miles of the stadium is prohibited during the final.",
            "No part of this plan has been approved by the regional council yet.",
            "Les romans de Camus sont protégés par le droit d'auteur jusqu'en 2030 en France.",
            "Die Inhalte der Verhandlungen blieben bis zuletzt geheim.",
            "Les contenus publiés par les médias sont protégés par le droit d'auteur.",
            "La sentencia concluye que la reproducción de los planos sin licencia causó un perjuicio al arquitecto.",
            "Die Vervielfältigung der Akten ist nur mit Zustimmung des Gerichts erlaubt, sagte der Richter.",
            "Queda prohibida la venta de pirotecnia en el centro histórico durante las fiestas de agosto.",
            "Desde el lunes queda prohibida la reproducción de perros de razas peligrosas sin licencia municipal.",
            "The museum's scans are licensed for personal, non-commercial use, and schools may print them free.",
        ),
    ),
    Rule(
        name="wire.copyright.feed_disclaimer",
        triggers=('unedited', 'automated', 'auto-generated', 'autogenerated', 'sourced from', 'taken from',
                  'received from', 'obtained from', 'carried from', 'published from', 'generated from',
                  'no responsibility', 'no liability', 'vouch for'),
        kind="wire.copyright",
        patterns=(
            r"""
            # the aggregator on its wire copy: "This is an unedited, automated feed from an agency"
            \b(?:this|it)\s+is\s+an?\s+(?:unedited|automated|auto-?generated)(?:\s*,\s*|\s+and\s+|\s+)
                (?:(?:unedited|automated|auto-?generated)\s+)?(?:news\s+|wire\s+|agency\s+)?feed\b
            # "This story was sourced from a wire agency"
            | \bthis\s+(?:story|article|report|item|content|news\s+item|copy|text|dispatch)\s+(?:was|is|has\s+been)\s+
                (?:sourced|taken|received|obtained|carried|published|auto-?generated|generated)\s+from\s+(?:a|an|the)\s+
                (?:[\w-]+\s+)?(?:wire|news|press|third[\s-]party|syndicated|agency)\s+(?:agency|service|feed|wire|provider|source)\b
            # its disclaimer, closing the sentence: "… accepts no responsibility for its content."
            | \b(?:accepts?|assumes?|takes?|bears?)\s+no\s+(?:responsibility|liability)\s+for\s+(?:its|the|their)\s+
                (?:content|contents|accuracy)\b(?=\s*(?:[.;)]|$|and\b|or\b))
            | \bdoes\s+not\s+vouch\s+for\s+(?:its|the|their)\s+(?:accuracy|content|contents|authenticity)\b
                (?=\s*(?:[.;)]|$|and\b|or\b))
            """ + OUTSIDE_QUOTES,
        ),
        max_words=COPYRIGHT_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="Aggregators' notes that a story is unedited agency copy they take no responsibility for; news "
            "about a feed or a liability clause says who stated it.",
        examples=(
            "(This is an automated and unedited feed from a partner agency; our desk has not changed it.)",
            "Note: This article was sourced from a news agency. The site does not vouch for its accuracy.",
            "Published as received from the wire. The publisher accepts no responsibility for its content.",
        ),
        counterexamples=(
            "This report was taken from a news agency in Kano that later withdrew it, the ombudsman said.",
            "The platform accepts no liability for the content its users upload, according to its terms.",
            "Rail operators take no responsibility for the delays caused by strikes, the minister said.",
        ),
    ),
)
