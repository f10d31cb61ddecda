"""More conditions for partners: pictures left out of the licence, the byline that must stay, edits
and translations allowed on a condition (``partners`` holds the older rules of this kind)."""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .vocab import STORY

#: The pictures a notice leaves out of the story's licence, in six languages.
_PICTURES = r"""(?:photos?|photographs?|pictures|images|illustrations|graphics|videos?|artwork|maps|charts
    |fotograf[ií]as|fotos|im[áa]genes|ilustraciones|gr[áa]ficos|infograf[ií]as|v[íi]deos            # es, pt
    |photographies|infographies|vidéos|cartes                                                       # fr
    |fotografie|foto|immagini|illustrazioni|infografiche                                            # it
    |imagens|ilustrações|infográficos                                                               # pt
    |bilder|grafiken|bildmaterial|abbildungen|illustrationen|karten)"""                             # de

#: A picture word not far before the match's end, in the same sentence (a lookbehind put
#: at the END of a branch led by its rarer words).
_PICTURES_BEFORE = rf"""(?<=\b{_PICTURES}\b[^.]{{0,120}})"""

#: Who the kept name is: the byline, the author's signature, the source line.
_BYLINE = r"""(?:byline|signature|firma|assinatura|autorenzeile|autorenangabe|autorennennung|autorenname|quellenangabe
    |quellenhinweis|quellenvermerk|urhebervermerk|namensnennung
    |(?:nom|nombre|nome|name)\s+(?:de\s+l['’]|de\s+la\s+|del\s+|du\s+|do\s+|da\s+|dell['’]|della\s+|del\s+|of\s+the\s+)?
        (?:aut(?:eur|rice|or|ora|ore)|journaliste|periodista|jornalista|giornalista|reporter|rédact(?:eur|rice)
        |redactor|redactora|redattore|redattrice|writer))"""

#: A ban stated impersonally, opening the sentence: "No está permitido", "Queda prohibida",
#: "È vietato", "É proibida", "Il est interdit de", "Prohibited:".
_BANNED = r"""(?:no\s+(?:est[áa]\s+permitid[oa]|se\s+permite|se\s+autoriza)|queda\s+(?:terminantemente\s+|expresamente\s+)?prohibid[oa]
    |se\s+prohíbe|(?:est[áa]\s+)?prohibid[oa]|(?:è\s+)?(?:severamente\s+|espressamente\s+)?vietat[oa]|non\s+è\s+(?:consentit|permess)[oa]
    |(?:é\s+)?(?:expressamente\s+)?proibid[oa]|não\s+é\s+permitid[oa]|il\s+est\s+(?:strictement\s+)?interdit\s+d['’]
    |(?:strictly\s+)?prohibited\s*:)"""

#: A verdict on the use that follows its noun: "… is prohibited", "… est interdite", "… ist untersagt".
_BANNED_AFTER = r"""(?:(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed))
    |(?:est|sont)\s+(?:strictement\s+)?interdite?s?|(?:ist|sind)\s+(?:[\w-]+\s+){0,5}?(?:untersagt|nicht\s+(?:gestattet|erlaubt|zulässig)))"""

#: Without the owner's leave: the condition that makes a ban a reuse term.
_WITHOUT_LEAVE = r"""\b(?:without|sans|ohne|sin|senza|sem)\b[^.]{0,30}?\b(?:permission|consent|approval|authori[sz]ation
    |autorisation|accord|autorizaci[óo]n|permiso|consentimiento|autorizzazione|permesso|consenso|autorização|permissão
    |consentimento|genehmigung|zustimmung|erlaubnis|einwilligung)"""

#: A picture condition is a sentence or two of a terms box (the longest seen, 40 words); a longer paragraph
#: with 'only if' and 'credit' in it is a story or a guide.
PICTURE_CREDIT_MAX_WORDS = 80

#: Reuse allowed only on a condition, in six languages: 'only if', 'que si', 'solo con', 'só se', 'nur mit'.
_ONLY_IF = r"""(?:only\s+(?:[\w-]+\s+){0,2}?(?:if|when|with|provided|as\s+long\s+as)|que\s+si|qu['’]avec
    |(?:uniquement|seulement)\s+(?:si|avec)|(?:solo|sólo|únicamente|soltanto|solamente|só|somente|apenas|nur)\s+
    (?:[\w-]+\s+){0,4}?(?:si|con|cuando|siempre\s+que|se|citando|com|quando|mit|wenn|unter|bei))"""

#: The credit a picture must carry: its caption or credit line, its maker's name, the naming itself.
_PICTURE_CREDIT = r"""(?:credit\w*|crédit\w*|byline|caption|courtesy|(?:photographer|artist|author)['’]s\s+name
    |name\s+of\s+the\s+(?:photographer|artist|author)|légende|nom\s+d[ue]\s+(?:la\s+|l['’])?(?:photographe|auteur|autrice)
    |pie\s+de\s+foto|nombre\s+del?\s+(?:la\s+)?(?:fotógraf[oa]|autor[a]?)|crédito|didascalia|credito
    |nome\s+(?:del(?:l['’])?|della)\s*(?:fotografo|fotografa|autore|autrice)|legenda|nome\s+d[oa]\s+(?:fotógraf[oa]|autor[a]?)
    |cita(?:ndo|r|re)?\s+(?:al?|la|il|l['’]|o|a)\s*(?:fotógraf\w*|fotograf\w*|autor\w*|fuente|fonte)
    |bildunterschrift|bildnachweis|bildquelle|(?:namens)?nennung|urheber\w*|quellenangabe)"""

TERMS = (
    Rule(
        name="republish.rules.pictures_outside_licence",
        triggers=("licen", "lizenz", "ausgenommen"),
        kind="republish.rules",
        patterns=(
            # led by the licence word (rare) and checked behind: the clause that leaves something
            # out of it, then a picture word before that, in the same sentence
            r"""
            (?:\b(?:licen[cs]e|licencia|licença|licenza|lizenz)\b
                (?!\s*(?:fees?|holders?|numbers?|plates?|costs?|payments?|tax|gebühr\w*|tasa|taxa|tassa|canone|redevance))
                                                                        # the licence itself, not its fee
                (?<=\b(?:not\s+(?:part\s+of|included\s+in|covered\s+by)\s+(?:this|the|our)              # en
                    |excluded\s+from\s+(?:this|the|our)
                    |no\s+(?:forman\s+parte\s+de|están\s+(?:incluid|cubiert)[oa]s\s+(?:en|por)|se\s+incluyen\s+en
                        |entran\s+en)\s+(?:esta|la|nuestra)                                              # es
                    |não\s+(?:fazem\s+parte|estão\s+(?:incluíd|cobert|abrangid)[oa]s|são\s+(?:abrangid|cobert)[oa]s)
                        \s+(?:n|d|pel)(?:[ao]|esta|essa)(?:\s+nossa)?                                      # pt
                    |ne\s+(?:font|sont)\s+pas\s+(?:partie\s+de|incluses\s+dans|couvertes\s+par|concernées\s+par)\s+
                        (?:cette|la|notre)                                                               # fr
                    |non\s+(?:fanno\s+parte|sono\s+(?:incluse|comprese|coperte)|rientrano)\s+
                        (?:nella|della|in\s+questa|dalla)                                                # it
                    |(?:sind|ist)\s+nicht\s+teil\s+(?:der|dieser))                                      # de
                    \s+(?:[\w-]+\s+){0,2}?(?:licen[cs]e|licencia|licença|licenza|lizenz))
            | \bausgenommen\b(?<=\b(?:sind|ist)\s+(?:von\s+der|vom)\s+(?:[\w-]+\s+){0,2}?                 # de: "von der
                (?:nutzung|lizenz|übernahme|freigabe|weiterverwendung|nachdruckerlaubnis|verwendung             #  freien Nutzung
                |nutzungserlaubnis)\s+ausgenommen))                                                       #  ausgenommen"
            """ + _PICTURES_BEFORE + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        weight=1.5,
        why="Photos and graphics left out of the story's licence ('are not part of this licence', 'von der "
            "freien Nutzung ausgenommen'), in six languages: a reuse condition; news about licences "
            "reports who granted them.",
        examples=(
            "Maps and photographs are not part of this reuse licence and need their own clearance.",
            "Las imágenes del reportaje no están cubiertas por esta licencia.",
            "As imagens e os infográficos não fazem parte desta licença.",
            "Nos infographies ne font pas partie de cette licence.",
            "Le fotografie non rientrano nella licenza di ripubblicazione.",
            "Bilder und Karten sind von der Übernahme ausgenommen.",
        ),
        counterexamples=(
            "The photos were not covered by the licence the museum sold, the court ruled on Tuesday.",
            "Las fotos de la boda no están incluidas en la licencia de obra, según el ayuntamiento.",
            "Fotos von Minderjährigen sind von der Veröffentlichung ausgenommen, teilte die Polizei mit.",
            "Drivers who are not covered by the new licence rules must retake the test, the ministry said.",
            "The photos taken by the crew are not included in the licence fee paid by the broadcaster.",
        ),
    ),
    Rule(
        name="republish.rules.byline_must_stay",
        triggers=("must stay", "must remain", "must appear", "must be kept", "must be retained", "must be shown",
                  "doit apparaître", "doit figurer", "doit rester", "doit être", "doivent apparaître", "doivent figurer",
                  "doivent rester", "doivent être", "debe aparecer", "debe figurar", "debe mantenerse",
                  "debe conservarse", "debe respetarse", "deben aparecer", "deben figurar", "deben mantenerse",
                  "deve aparecer", "deve constar", "deve ser", "devem aparecer", "devem constar", "devem ser",
                  "deve comparire", "deve essere", "deve restare", "devono comparire", "devono essere",
                  "devono restare", "muss erhalten", "müssen erhalten", "muss stehen", "müssen stehen",
                  "muss sichtbar", "müssen sichtbar", "muss beibehalten", "müssen beibehalten", "muss genannt",
                  "müssen genannt", "muss angegeben", "müssen angegeben", "ist beizubehalten", "sind beizubehalten",
                  "ist anzugeben", "sind anzugeben", "autorenzeile", "autorenangabe", "autorennennung", "autorenname",
                  "quellenangabe", "quellenhinweis", "quellenvermerk", "urhebervermerk"),
        kind="republish.rules",
        patterns=(
            r"""
            \b(?:must\s+(?:stay|remain|appear|be\s+(?:kept|retained|shown))                         # en
              |(?:doit|doivent)\s+(?:apparaître|figurer|rester|être\s+(?:conservée?s?|maintenue?s?|visibles?|mentionnée?s?|citée?s?))  # fr
              |(?:debe|deben)\s+(?:aparecer|figurar|mantenerse|conservarse|respetarse)                # es
              |(?:deve|devem)\s+(?:aparecer|constar|ser\s+mantid[ao]s?|ser\s+preservad[ao]s?)          # pt
              |(?:deve|devono)\s+(?:comparire|restare|essere\s+(?:mantenut|conservat|riportat)[aoie])   # it
              |(?:muss|müssen)\s+(?:[\w-]+\s+){0,6}?(?:erhalten\s+bleiben|stehen\s+bleiben|sichtbar\s+(?:sein|bleiben)
                |beibehalten\s+werden|genannt\s+werden|angegeben\s+werden)                      # de, the verb last:
              |(?:ist|sind)\s+(?:[\w-]+\s+){0,6}?(?:beizubehalten|anzugeben))\b                 # "muss bei jeder Übernahme
                                                                                                #  sichtbar bleiben"
                (?<=\b""" + _BYLINE + r"""\b[^.]{0,60}?\b(?:must|doit|doivent|debe|deben|deve|devem|devono|muss|müssen
                    |ist|sind)\b[^.]{0,90})                                                    # the byline is the subject
                (?!\s+(?:on|in|at|sur|dans|en|em|su|auf|im)\s+(?:the\s+|le\s+|la\s+|el\s+|o\s+|a\s+|il\s+|den\s+|dem\s+)?
                    (?:contract|form|ballot|petition|cheque|check|document|contrat|formulaire|contrato|formulario
                    |formulário|contratto|modulo|vertrag|formular|antrag)\b)                   # not a signature on a form
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        weight=1.5,
        why="The byline or source line a partner must keep ('le nom du journaliste doit rester en tête', "
            "'der Urhebervermerk muss sichtbar sein'), in six languages; a signature on a "
            "contract or a quoted rule is news.",
        examples=(
            "The reporter's byline must stay at the top of every copy.",
            "Le nom du journaliste doit rester en tête de l'article.",
            "La firma de la periodista debe figurar al inicio del texto.",
            "A assinatura do autor deve constar no início da matéria.",
            "La firma dell'autore deve comparire in apertura.",
            "Die Quellenangabe muss sichtbar bleiben, auch in gekürzten Fassungen.",
            "Der Urhebervermerk muss auch in der gedruckten Ausgabe erhalten bleiben.",
            "El nombre del periodista debe aparecer junto al título.",
        ),
        counterexamples=(
            "The mayor's signature must appear on the contract before the funds are released, the auditor said.",
            "La firma del notario debe aparecer en el documento, recordó el juez.",
            "« Le nom du rédacteur doit rester visible », rappelle la charte du syndicat, adoptée en 2019.",
        ),
    ),
    Rule(
        name="republish.rules.edit_on_condition",
        triggers=("may translate", "can translate", "may adapt", "can adapt", "pouvez pas", "devez pas",
                  "pourrez pas", "peux pas", "dois pas"),
        kind="republish.rules",
        patterns=(
            rf"""
            (?:\b(?:may|can)\s+(?:translate|adapt)\s+(?:the|this|our|these|any\s+of\s+our)\s+(?:[\w'’-]+\s+)?{STORY}\b
                [^.]{{0,40}}?\b(?:provided|as\s+long\s+as|so\s+long\s+as|on\s+condition)\b[^.]{{0,80}}?
                \b(?:translat\w+|faithful\w*|label\w*|credit\w*|original|note|marked|identified|accurate\w*)\b
                                                                        # "Stations can translate our piece, provided …"
            | \bne\s+(?:pouvez|devez|pourrez|peux|dois)\s+pas\s+(?:le\s+|la\s+|les\s+)?
                (?:modifier|altérer|dénaturer|couper|raccourcir|tronquer|réécrire|retoucher)\s+
                (?:le|ce|cet|cette|les|nos|l['’])\s*(?:texte|article|contenu|reportage|enquête|titre|chapeau|signature)s?\b)
                                                                        # fr: "Vous ne devez pas couper l'article"
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        weight=1.5,
        why="What a partner may change, and on which condition ('may translate this story, provided it is "
            "labelled'; 'vous ne devez pas couper l’article'): the outlet's reuse terms; news reports rules "
            "with a reporting verb.",
        examples=(
            "Member stations can translate our reporting, as long as the translation is credited to both outlets.",
            "Vous ne devez pas raccourcir l'article sans nous prévenir.",
        ),
        counterexamples=(
            "Publishers may translate the novel provided the estate approves, the ruling says.",
            "« Vous ne pouvez pas réécrire ce texte », a répondu la ministre aux députés.",
        ),
    ),
    Rule(
        name="republish.rules.pictures_need_permission",
        triggers=("permitid", "se permite", "se autoriza", "prohibid", "prohíbe", "vietat", "consentit", "permess",
                  "proibid", "interdit", "prohibited", "forbidden", "not permitted", "not allowed", "untersagt",
                  "nicht gestattet", "nicht erlaubt", "nicht zulässig"),
        kind="republish.rules",
        patterns=(
            # the ban first, then the pictures and the missing leave: "No está permitido el uso de las fotos … sin
            # autorización", "È vietata la riproduzione delle immagini senza consenso"
            fragment(_BANNED + r"""\s*[^.]{0,40}?\b""" + _PICTURES + r"""\b[^.]{0,120}?""" + _WITHOUT_LEAVE),
            # the use of the pictures as subject, then the verdict: "Die Nutzung der Fotos ist ohne Genehmigung
            # untersagt", "Toute reproduction des photos sans accord est interdite"
            fragment(r"""(?:(?:the\s+|any\s+|toute\s+|la\s+|l['’]|die\s+|jede\s+)?(?:use|reuse|reproduction|republication
                |copying|utilisation|réutilisation|verwendung|nutzung|weiterverwendung|vervielfältigung|veröffentlichung)\s+
                (?:of|des|de|der|von)\s+[^.]{0,30}?\b""" + _PICTURES + r"""\b[^.]{0,100}?""" + _BANNED_AFTER + r""")
                (?:(?<=""" + _WITHOUT_LEAVE + r"""\b[^.]{0,100})|(?=[^.]{0,30}?""" + _WITHOUT_LEAVE + r"""))"""),
        ),
        context="not_reported",
        weight=2.0,
        why="The outlet's photos and graphics may not be used without their owners' leave, stated as an impersonal "
            "ban that opens the sentence (six languages): a reuse term; a court or a law reported in the news "
            "has a subject and a reporting verb.",
        examples=(
            "Queda prohibido reproducir las fotos de esta nota sin permiso de la redacción.",
            "È vietato l'utilizzo delle immagini senza il consenso scritto degli autori.",
            "É proibida a reprodução das fotos e infográficos sem autorização prévia.",
            "Il est interdit d'utiliser nos photographies sans l'accord de leurs auteurs.",
            "Die Verwendung der Bilder ist ohne Zustimmung der Redaktion nicht gestattet.",
            "Use of the photos and maps on this page without written permission is prohibited.",
        ),
        counterexamples=(
            "El juez concluyó que no está permitido el uso de fotos de menores sin autorización de sus padres.",
            "Die Nutzung der Luftbilder ist ohne Genehmigung untersagt, entschied das Landgericht am Dienstag.",
            "Queda prohibido el uso de teléfonos en las aulas sin permiso del profesor, según el nuevo reglamento.",
            "Use of the photos without consent is prohibited under the new law, the minister said.",
        ),
    ),
    Rule(
        name="republish.rules.pictures_with_credit",
        # the credit's words (the condition's 'only', 'nur', 'só' are in most paragraphs)
        triggers=("credit", "crédit", "byline", "caption", "courtesy", "photographer's name", "photographer’s name",
                  "artist's name", "artist’s name", "author's name", "author’s name", "name of the", "légende", "nom d",
                  "pie de foto", "nombre d", "crédito", "didascalia", "credito", "nome d", "legenda", "cita",
                  "bildunterschrift", "bildnachweis", "bildquelle", "nennung", "namensnennung", "urheber",
                  "quellenangabe"),
        kind="republish.rules",
        patterns=(
            # led by the condition (rarer than a picture word), the credit after it and a picture word before
            # it: "Photos may run only when their credit line stays", "Les images ne peuvent être
            # reprises que si leur crédit apparaît", "Fotos nur mit Bildnachweis"
            rf"""
            \b{_ONLY_IF}\b[^.]{{0,60}}?\b{_PICTURE_CREDIT}\b
                (?<=\b{_PICTURES}\b[^.]{{0,120}}?\b{_ONLY_IF}\b[^.]{{0,60}}?\b{_PICTURE_CREDIT}\b)
            """,
        ),
        context="not_reported",
        weight=2.0,
        max_words=PICTURE_CREDIT_MAX_WORDS,
        why="The outlet's pictures may go with the story only if their credit goes too, in six languages: a "
            "condition for partners; a rule on pictures reported in the news names who set it.",
        examples=(
            "Our photos can be used with the article only if the credit line under each one stays intact.",
            "Les photos ne peuvent être reprises que si la légende et le crédit sont conservés.",
            "Las imágenes se pueden publicar solo con el nombre del fotógrafo en el pie de foto.",
            "Le foto si possono usare soltanto con la didascalia completa.",
            "As fotos só podem acompanhar a matéria com o crédito do fotógrafo.",
            "Bilder dürfen nur mit Bildnachweis übernommen werden.",
        ),
        counterexamples=(
            "Photos of the crash may be shared only if the victims' names are withheld, police said.",
            "Bilder von Minderjährigen dürfen nur mit Zustimmung der Eltern gezeigt werden, urteilte das Gericht.",
        ),
    ),
)
