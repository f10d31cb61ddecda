"""Conditions for partners in French, Spanish, Italian, Portuguese and German: cite the author and
source, link back, no edits or resale, photos excluded, reuse permitted on condition of credit.

Why apart from :mod:`.partners`: the same sub-kind (``republish.rules``) in other languages, with
its own vocabulary and triggers; none of it shares the English rules' word lists.  The package
``__init__`` slots these tuples between the English ones so the registry order stays as it was.
"""

from __future__ import annotations

from .. import Rule
from .advice import ADVICE

#: Not the terms of a licence explained for any picture or song ('avec CC BY, vous pouvez réutiliser
#: une image à condition de créditer son auteur'): a work with an indefinite article, earlier in the
#: sentence, is anyone's, and the outlet's terms are about its story.
ANY_WORK = r"""(?<!\b(?:une?|una?|um|uma|ein|eine[nm]?)\s+(?:image|photo|œuvre|vidéo|musique|chanson|imagen|foto|fotografía
    |obra|vídeo|canción|immagine|fotografia|opera|canzone|imagem|música|bild|werk|video|lied)\b[^.]{0,80})"""

RULES_FOR_PARTNERS_FOREIGN = (
    Rule(
        name="republish.rules.foreign_language",
        unless=ADVICE,
        triggers=('lien', 'link zum', 'link auf den', 'link all', 'link para', 'enla', 'mentionner', 'citer', 'créditer', 'citar', 'citare', 'modifier', 'altérer',
                  'se permite', 'está permitido', 'se puede', 'è consentito', 'è permesso', 'si può', 'é permitido',
                  'não pode', 'não é', 'nicht verändert', 'nicht gekürzt', 'nicht bearbeitet', 'nicht verfälscht',
                  'nicht sinnentstellend', 'nicht sinnverändernd', 'nicht inhaltlich', 'nicht sinngemäß',
                  'nicht wesentlich',
                  'autor nennen', 'autorin nennen', 'autor angeben', 'autorin angeben', 'autor genannt',
                  'autorin genannt', 'autorenname', 'quelle', 'las fotografías', 'les photos', 'les images', 'les illustrations', 'las fotos', 'las imágenes',
                  'fotos', 'le foto', 'as fotos', 'à condition', 'siempre que', 'sofern', 'a condizione', 'purché',
                  'desde que', 'verlinken sie', 'nennen sie', 'ne peuvent', 'no pueden', 'no puede', 'dürfen nicht',
                  'von der lizenz', 'no se puede', 'no se pueden', 'no se permite', 'muro de pago', 'mur payant',
                  'bezahlschranke', 'vendre', 'si republica', 'si reproduce', 'si replica', 'si vous republiez',
                  'si vous reprenez', 'si vous reproduisez', 'wenn sie', 'se ripubblic', 'se republicar',
                  'se você republicar', 'para republicar', 'para reproduzir', 'para reproducir', 'para replicar',
                  'pour republier', 'pour reprendre', 'per ripubblicare', 'um den', 'um diesen', 'übernahme', 'nachdruck',
                  'weiterverbreitung', 'weiterverwendung', 'reprise', 'reproduction', 'reproducción', 'republicación',
                  'kürzungen', 'solange der sinn', 'überschrift', 'titel', 'vorspann', 'teaser', 'dachzeile',
                  'les coupes', 'se permiten', 'le nom de', 'lien vers notre', 'pas question de', 'como fuente',
                  'que deseen', 'que quieran', 'abstenerse', 'íntegr', 'unverändert', 'als quelle', 'freigabe',
                  'bildmaterial', 'freigegeben', 'verlinken auf', 'verlinkst', 'zurückverlink', 'nichts kürzen',
                  'nichts ändern', 'nichts umschreiben', 'weiterverkauf', 'weiterverwertung', 'namen der autor'),
        kind="republish.rules",
        patterns=(
            r"""
            \blien\s+(?:vers|à)\s+l['’](?:article|texte)\s+(?:original|d['’]origine)                 # fr
            | \b(?:mentionner|citer|créditer)\s+(?:l['’]auteur|le\s+nom\s+de\s+l['’]auteur|la\s+source
                |notre\s+(?:média|site|journal|rédaction))
            | \b(?:ne\s+pas|ne\s+doit\s+pas|sans)\s+(?:modifier|altérer|dénaturer)\b
            | \bles\s+(?:photos|images|illustrations)(?:\s+et\s+\w+)?\s+ne\s+sont\s+pas\s+(?:incluses|concernées|couvertes)
            | \benla(?:ce|zar|zando)\s+(?:a|al|hacia)\s+(?:la\s+)?(?:publicación|artículo|nota|texto)\s+original  # es
            | \bcitar\s+(?:al\s+autor|a\s+la\s+autora|la\s+fuente)
            | \bno\s+(?:se\s+permite|está\s+permitido|se\s+puede)\s+(?:modificar|alterar|editar|cambiar)
            | \blas\s+(?:fotos|fotografías|imágenes)(?:\s+[ey]\s+\w+)?\s+no\s+(?:están\s+incluidas|se\s+incluyen)
            | \blink\s+(?:zum|auf\s+den)\s+(?:original|originalartikel|ursprünglichen\s+(?:artikel|beitrag)) # de
            | \b(?:autor(?:in)?|autorenname|quelle)\s+(?:nennen|angeben)\b                 # "Autorin und Quelle nennen",
            | \b(?:autor\w*|quelle)\s+(?:muss|müssen)\s+(?:\w+\s+)?(?:genannt|angegeben)\s+werden   # not "wenn die Quelle genannt wird"
            | \bnicht\s+(?:sinnentstellend\s+|sinnverändernd\s+|inhaltlich\s+|sinngemäß\s+|wesentlich\s+)?
                (?:verändert|gekürzt|bearbeitet|verfälscht)
                (?:\s+(?:oder|und|noch)\s+(?:inhaltlich\s+|sinngemäß\s+)?(?:verändert|gekürzt|bearbeitet|verfälscht))?\s+werden
            | \bfotos\s+(?:sind\s+)?(?:davon\s+)?ausgenommen
            | \bverlinken\s+sie\s+auf\s+den\s+(?:original\w*|ursprünglichen) | \bnennen\s+sie\s+(?:die\s+autorin|den\s+autor|die\s+quelle)
            | \bne\s+peuvent\s+pas\s+être\s+(?:reprises?|reproduites?|republiées?|utilisées?)\s+sans\b          # "… without asking"
            | \bno\s+(?:pueden|puede)\s+(?:ser\s+)?(?:reproducirse|republicarse|utilizarse|reproducid[oa]s|republicad[oa]s)\s+sin\b
            | \bdürfen\s+nicht\s+(?:übernommen|verwendet|nachgedruckt)\s+werden | \bvon\s+der\s+lizenz\s+ausgenommen
            | \blink\s+all['’]articolo\s+originale | \bcitare\s+(?:l['’]autore|la\s+fonte)          # it
            | \bnon\s+(?:è\s+consentito|è\s+permesso|si\s+può)\s+modificare
            | \ble\s+foto\s+non\s+sono\s+incluse
            | \blink\s+para\s+(?:o|a)\s+(?:texto|artigo|conteúdo|matéria|reportagem)\s+original          # pt
            | \bcitar\s+(?:o\s+autor|a\s+autora|a\s+fonte)
            | \bnão\s+(?:é\s+permitido|pode)\s+(?:alterar|modificar|editar)
            | \bas\s+fotos\s+não\s+(?:estão\s+incluídas|são\s+incluídas)
            | \bà\s+condition\s+de\s+(?:citer|mentionner|créditer|ne\s+pas\s+(?:les?\s+|la\s+)?modifier){ANY_WORK}  # "… provided that"
            | \bsiempre\s+que\s+(?:se\s+)?(?:cite|citen|mencione|mencionen|incluya|enlace)\b{ANY_WORK}
            | \bsofern\s+(?:die\s+)?(?:quelle|autor\w*)\s+(?:genannt|angegeben){ANY_WORK}
            | \b(?:a\s+condizione\s+di\s+citare|purché\s+(?:si\s+)?cit){ANY_WORK}
            | \bdesde\s+que\s+(?:cite|citem|mencione|seja\s+citad){ANY_WORK}
            | \bno\s+se\s+(?:pueden?|permite)\s+vender\b | \bmuro\s+de\s+pago\b                     # paywalls and sales
            | \bmur\s+payant\b | \bbezahlschranke\b | \bne\s+(?:pas\s+)?(?:les\s+)?vendre\b
            | \bsi\s+(?:republicas|republica|republican|reproduces|reproducen|replicas|replican)\s+
                (?:este|esta|estos|estas|nuestr[oa]s?)\b                                     # es: "If you republish this …"
            | \bsi\s+vous\s+(?:republiez|reprenez|reproduisez)\b                               # fr
            | \bwenn\s+sie\s+(?:diesen|dieses|den|unseren|unsere)\s+\w+\s+(?:übernehmen|veröffentlichen|nachdrucken)   # de
            | \bse\s+(?:ripubblichi|ripubblicate)\b | \bse\s+(?:você\s+)?republicar\b        # it, pt
            | ^[\W_]{0,4}(?:para\s+(?:republicar|reproduzir|reproducir|replicar)|pour\s+(?:republier|reprendre)
                |per\s+ripubblicare|um\s+(?:den|diesen)\s+\w+\s+zu\s+übernehmen)\b[^.]{0,10},   # "To republish, keep …"
            | \b(?:übernahme|nachdruck|weiterverbreitung|weiterverwendung)\b[^.]{0,60}
                \bnur\s+(?:nach|mit)\s+(?:vorheriger\s+)?(?:absprache|rücksprache|genehmigung|zustimmung|erlaubnis)
            | \b(?:reprise|reproduction)\b[^.]{0,60}\b(?:soumise\s+à|uniquement\s+(?:avec|après))\s+
                (?:l['’]accord|l['’]autorisation|autorisation|accord)
            | \b(?:reproducción|republicación)\b[^.]{0,60}\bsolo\s+(?:con|previa)\s+(?:autorización|permiso|acuerdo)
            | \bkürzungen\s+sind\s+(?:erlaubt|gestattet|möglich|zulässig) | \bsolange\s+der\s+sinn\s+erhalten\s+bleibt
            | \b(?:überschrift|titel|vorspann|teaser|dachzeile)(?:\s+und\s+\w+)?\s+dürfen\s+(?:angepasst|geändert|gekürzt)\s+werden
            | \bles\s+coupes\s+sont\s+(?:autorisées|permises|possibles) | \bse\s+permiten\s+(?:recortes|cortes|ajustes)
            | \b(?:en\s+)?(?:gardant|conservant|mentionnant|citant|garder|conserver|mentionner)\s+le\s+nom\s+de\s+l['’]aut(?:eur|rice)  # fr
            | \ble\s+lien\s+vers\s+notre\s+(?:site|article|média|journal|page)\b
            | \bpas\s+question\s+de\s+(?:le|la|les)\s+(?:vendre|revendre|modifier|couper)\b
            | \bcitar\s+a\s+[^.,;]{1,60}?\s+como\s+fuente\b                                 # es: "citar a X como fuente"
            | \b(?:medios|aliados|socios|organizaciones)\s+(?:\w+\s+)?que\s+(?:deseen|quieran)\s+
                (?:republicar|reproducir|replicar|retomar)\b                               # "los medios que deseen reproducir"
            | \babstenerse\s+de\s+(?:modificar|alterar|cambiar|editar)\b | \bmantener\s+íntegr[oa]s?\b
            | \b(?:text|artikel|beitrag|inhalt)\s+(?:bleibt|muss)\s+(?:dabei\s+)?unverändert\b       # de
            | \b(?:vollständig\s+und\s+)?unverändert\s+(?:gestattet|erlaubt|zulässig|übernommen\s+werden)
            | \bals\s+quelle\s+(?:ist|sind|muss|müssen)\b[^.]{0,80}?\b(?:anzugeben|zu\s+nennen|anzuführen|genannt\s+werden)
            | \bvon\s+der\s+freigabe\s+(?:nicht\s+(?:umfasst|erfasst|gedeckt)|ausgenommen)
            | \b(?:bildmaterial|fotos|bilder|grafiken)\b[^.]{0,40}\b(?:sind|ist)\s+(?:nicht|grundsätzlich\s+nicht)\s+
                (?:automatisch\s+)?(?:freigegeben|umfasst)
            | \b(?:sie|du)\s+verlink(?:en|st)\s+auf\s+den\s+(?:original\w*|ursprünglichen) | \bzurück(?:zu)?verlinken\b
            | \bnichts\s+(?:kürzen|ändern|umschreiben|verändern|streichen)\b
            | \bnamen?\s+der\s+autor\S*\s+(?:nennen|angeben)
            | \b(?:weiterverkauf\w*|weiterverwertung|kommerzielle\s+(?:weiter)?(?:nutzung|verwertung))\b[^.]{0,30}?
                \b(?:ist|sind)\s+(?:ausgeschlossen|nicht\s+(?:gestattet|erlaubt|drin)|untersagt)
            """.replace("{ANY_WORK}", ANY_WORK),     # not a how-to about the reader's or a stranger's photos
        ),
        context="not_reported",
        weight=1.5,
        why="Conditions for republishing in French, Spanish, German, Italian and Portuguese: credit the "
            "author, link to the original, no edits, photos excluded; news about such rules reports them.",
        examples=(
            "Vous pouvez reprendre ce texte à condition de citer la source.",
            "Vous devez citer l'auteur et ajouter un lien vers l'article original.",
            "No se permite modificar el texto y hay que enlazar a la publicación original.",
            "Der Text darf nicht verändert werden; bitte Autorin und Quelle nennen.",
            "Si reproduces esta nota, incluye el crédito completo al inicio.",
            "Para reproduzir, mantenha o título e o link para a reportagem original.",
            "Ein Nachdruck ist nur mit Genehmigung der Redaktion möglich.",
            "Kürzungen sind gestattet; Titel und Vorspann dürfen angepasst werden.",
            "Tu peux le reprendre ; merci de conserver le nom de l'auteur et un lien vers notre article.",
            "Les médias partenaires doivent citer l'agence ; pas question de le revendre.",
            "Los medios que quieran republicar la nota deberán citar a Agencia Sur como fuente.",
            "Der Beitrag bleibt unverändert, und als Quelle ist die Redaktion samt Link anzugeben.",
            "Bitte nichts kürzen und zurückverlinken; Weiterverkauf ist nicht gestattet.",
            "Fotos sind nicht automatisch freigegeben.",
            "Der Beitrag darf nicht gekürzt oder inhaltlich bearbeitet werden.",
            "Kürzen ist in Ordnung, der Text darf aber nicht sinnentstellend bearbeitet werden.",
        ),
        counterexamples=(
            "Avec cette licence, vous pouvez réutiliser une photo à condition de citer son auteur.",
            "Se ripubblicate la foto di un altro autore, citare l'autore non basta: serve il suo permesso.",
            "Les photos ne sont pas incluses dans l'accord, a précisé le ministère.",
            "El juez recordó que no se permite modificar el testamento sin notario, según la sentencia.",
            "Ein Nachdruck des Romans ist nur mit Zustimmung der Erben möglich, sagte der Verleger.",
            "Die Fotos sind nicht freigegeben worden, sagte die Polizeisprecherin.",
            "Los inversionistas que deseen retomar el proyecto deberán presentar garantías, según el decreto.",
        ),
    ),
    Rule(
        name="republish.rules.foreign_edit_scope",
        triggers=('está permitido', 'se permite', 'se puede', 'il est permis', 'è consentito', 'è permesso', 'si può',
                  'é permitido', 'no alterar', 'no modificar', 'no cambiar', 'no tergiversar', 'las citas',
                  'le citazioni', 'as citações', 'les citations', 'sans altérer', 'sans modifier', 'sans changer',
                  'sans dénaturer', 'sans en', 'senza alterar', 'senza modificar', 'senza cambiar', 'sem alterar',
                  'sem modificar', 'sem mudar', 'no se autoriza', 'non è consentita', 'não é permitida',
                  'weiterverkauf', 'excluid', 'exclues', 'escluse', 'excluíd'),
        kind="republish.rules",
        patterns=(
            r"""
            \b(?:está\s+permitido|se\s+permite|se\s+pueden?)\s+(?:recortar|acortar|resumir)\s+(?:el|la|este|esta)\s+
                (?:texto|nota|artículo|reportaje|contenido)\b                                   # es: "Está permitido recortar el texto"
            | \bil\s+est\s+permis\s+de\s+(?:couper|raccourcir|réduire)\b                         # fr
            | \b(?:è\s+consentito|è\s+permesso|si\s+può)\s+(?:tagliare|accorciare|ridurre)\b     # it
            | \bé\s+permitido\s+(?:cortar|encurtar|resumir)\b                                     # pt
            | \bno\s+(?:alterar|modificar|cambiar|tergiversar)\s+(?:su|el)\s+sentido\b           # "… but not its meaning"
            | \bsans\s+(?:en\s+)?(?:altérer|modifier|changer|dénaturer)\s+le\s+sens\b
            | \bsenza\s+(?:alterarne|modificarne|cambiarne|alterare|modificare|cambiare)\s+il\s+senso\b
            | \bsem\s+(?:alterar|modificar|mudar)\s+o\s+sentido\b
            | \b(?:modificar|alterar|cambiar)\s+las\s+citas\b | \b(?:modifier|altérer|changer)\s+les\s+citations\b   # quotes
            | \b(?:modificare|alterare|cambiare)\s+le\s+citazioni\b | \b(?:alterar|modificar|mudar)\s+as\s+citações\b
            | \bno\s+se\s+(?:autoriza|permite)\s+(?:la\s+)?(?:venta|reventa|comercialización)\b   # no resale
            | \bnon\s+è\s+consentita\s+la\s+(?:vendita|rivendita)\b | \bnão\s+é\s+permitida\s+a\s+(?:venda|revenda)\b
            | \bweiterverkauf\b[^.]{0,30}\b(?:nicht\s+gestattet|nicht\s+erlaubt|untersagt|ausgeschlossen)
            | \b(?:fotografías|fotos|imágenes|infografías|ilustraciones)\b[^.]{0,40}
                \b(?:quedan|están)\s+excluid[oa]s\b(?!\s+(?:de|del)\b)                  # photos excluded (from the licence,
            | \b(?:photos|photographies|images|infographies|illustrations)\b[^.]{0,40}      #  not "from the contest")
                \bsont\s+exclues\b(?!\s+(?:de|du|des)\b)
            | \b(?:foto|fotografie|immagini|infografiche|illustrazioni)\b[^.]{0,40}\bsono\s+escluse\b(?!\s+(?:da|dal|dalla|dai)\b)
            | \b(?:fotos|fotografias|imagens|infográficos|ilustrações)\b[^.]{0,40}
                \b(?:ficam|estão)\s+excluíd[oa]s\b(?!\s+(?:de|do|da|dos|das)\b)
            """,
        ),
        context="not_reported",
        weight=1.5,
        why="What a partner may cut and must keep, in French, Spanish, Italian, Portuguese, German: shortening "
            "allowed, meaning and quotes untouched, no resale, photos excluded (a rule of its own with narrow "
            "triggers: the broad ones of republish.rules.foreign_language would run these branches on English pages).",
        examples=(
            "Se puede resumir el reportaje, siempre sin modificar las citas de las fuentes.",
            "No se autoriza la reventa de nuestras notas; los mapas y fotos quedan excluidos.",
            "Il est permis de couper le texte, sans en altérer le sens.",
            "È consentito accorciare l'articolo senza alterarne il senso.",
            "Pode encurtar o texto, sem alterar o sentido; as fotografias ficam excluídas.",
        ),
        counterexamples=(
            "Las fotografías quedan excluidas del concurso por primera vez desde su creación.",
            "El tribunal pidió no alterar el sentido de la norma al aplicarla, recordó la fiscalía.",
            "Le musée a modifié les citations gravées sur le mur, a indiqué la direction.",
        ),
    ),
)

PERMISSION_FOREIGN = (
    Rule(
        name="republish.rules.foreign_permission",
        triggers=("è consentit", "è permess", "è autorizzat", "riproduzione", "ripubblicazione", "reprodução",
                  "republicação", "reproducción", "republicación", "reproduction", "é autorizad", "é permitid",
                  "está autorizad", "está permitid", "siempre que", "no cambi", "no modifiqu", "no alter", "no edit",
                  "no toqu"),
        kind="republish.rules",
        patterns=(
            r"""
            (?:\b(?:è\s+(?:consentit|permess|autorizzat)[ao]\s+la\s+(?:riproduzione|ripubblicazione|diffusione)   # it: "È consentita
                |(?:é|está|es)\s+(?:autorizad|permitid)[ao]\s+(?:a\s+|la\s+)?(?:reprodução|republicação|reproducción|republicación)
                |est\s+(?:autorisée|permise)\s+la\s+(?:reproduction|reprise))                #  la riproduzione …",
              |\b(?:riproduzione|ripubblicazione|reprodução|republicação|reproducción|republicación|reproduction|reprise)
                \b[^.]{0,60}?\b(?:è|é|es|está|est)\s+(?:consentit[ao]|permess[ao]|autorizzat[ao]|autorizad[ao]|permitid[ao]
                |libre|livre|liber[ao]|autorisée|permise|gratuita))        #  "A reprodução deste artigo é autorizada …"
                [^.]{0,120}?\b(?:fonte|fuente|source|autor[ae]?|autrice|auteur\w*|testata|giornalista|jornalista|periodista
                |firma|crédit\w*|link|enlace|lien)\b                      #  … citing the source"
                (?<=\b(?:contenut[oi]|articol[oi]|test[oi]|artigos?|conteúdos?|reportage[nms]?|matérias?|artículos?
                    |notici\w+|notizi[ae]|textos?|articles?|textes?|contenus?|notas?|serviz[io]|materiale|materiais?
                    |crónicas?|inchiest[ae]|entrevistas?|interviste?|informa[cz]\w+)\b[^.]{0,200})   # of the outlet's texts,
                                                                                                 # not "assisted reproduction"
            | \bsiempre\s+que\s+(?:mantengás|mantengas|mantenga|mantengan|conservés|conserves|conserve|conserven|respetés
                |respetes|respete|respeten|incluyás|incluyas|incluya|incluyan|citás|cites|cite|citen)\s+
                (?:el|la|los|las)\s+(?:texto|firma|crédito|créditos|enlace|link|titular|nombre|autor\w*|fuente)\b
                                                                        # es, voseo too: "siempre que mantengás la firma"
            | \bno\s+(?:cambi[eé]s|modifiqu[eé]s|alter[eé]s|edit[eé]s|toqu[eé]s)\s+(?:el|la|los|las)\s+
                (?:titular|título|texto|nota|firma|contenido|crédito)\b[^.]{0,60}?\b(?:sin|antes)\b   # "No cambiés el titular sin
                                                                                              #  consultarnos"
            """,
        ),
        context="not_reported",
        weight=1.5,
        why="Reuse permitted on condition of credit, in Italian, Portuguese, Spanish and French, and Spanish "
            "conditions in the tú and vos forms: the outlet's own terms; news reports such rules with 'said'.",
        examples=("È permessa la ripubblicazione degli articoli purché venga indicata la testata d'origine.",
                  "A republicação do texto é livre, desde que seja mantido o link para a fonte.",
                  "Podés usarla gratis siempre que respetés la firma de la periodista.",
                  "No modifiqués el texto sin avisarnos."),
        counterexamples=("La riproduzione delle opere è consentita solo citando l'autore, ha spiegato il museo.",
                         "La reproducción asistida está permitida en el país desde 2010, según la ley, con firma del médico.",
                         "Podrás cobrar la ayuda siempre que mantengas el empleo, explicó la ministra.",
                         "A reprodução assistida é autorizada no país desde 2015, e a fonte dos dados é o ministério."),
    ),
)

#: What the outlet calls its texts, in the five languages (no 'artículos' /
#: 'articles' / 'articoli' alone: they are goods in a shop as well).
_TEXTS = (r"(?:articles?|textes?|enquêtes?|reportages?|contenus?|chroniques?|entretiens?|dossiers?"
          r"|artículos?|textos?|reportajes?|notas?|investigaci(?:ón|ones)|crónicas?|contenidos?|historias?"
          r"|articol[oi]|test[oi]|inchiest[ae]|pezz[oi]|contenut[oi]|serviz[io]"
          r"|artigos?|reportage(?:m|ns)|matérias?|conteúdos?"
          r"|artikel|texte?|beitr(?:ag|äge)|recherchen?|berichte?)")

REUSE_TERMS_FOREIGN = (
    Rule(
        name="republish.rules.foreign_reuse_terms",
        # verbs and nouns as written, not stems: 'republi' and 'reprodu' are in every English
        # page about Republicans or reproductive health
        triggers=("traduire", "traducir", "tradurre", "traduzir", "republier", "republicar", "ripubblicare",
                  "reproduire", "reproducir", "riprodurre", "reproduzir", "reprendre", "riprendere", "replicar",
                  "rediffuser", "übersetz", "übernahme", "übernehmen", "nachdruck", "weiterverbreitung",
                  "wiederveröffentlichung", "traduç", "traducc", "traduction", "traduzion",
                  "revenda", "reventa", "revente", "rivendita", "venda", "venta", "vente", "vendita",
                  "intertít", "subtítulo", "intertitre", "sous-titre", "chapô", "chapeau", "sottotitol", "occhiell",
                  "linha fina", "bajada", "entradilla", "antetítulo", "zwischentitel", "unterzeile", "vorspann",
                  "conditions de", "règles de", "modalités de", "conditions pour", "condiciones de", "reglas de",
                  "normas de", "condizioni di", "regole di", "norme di", "condizioni per", "condições de", "regras de",
                  "übernahmebedingungen", "nachdruckbedingungen", "übernahmeregeln", "nachdruckregeln",
                  "weiterverwendungsbedingungen"),
        kind="republish.rules",
        patterns=(
            rf"""
            \b(?:vous\s+pouvez|tu\s+peux|vous\s+êtes\s+libres?\s+de|tu\s+es\s+libre\s+de                # fr
                |puedes|puede|pueden|podés|podéis                                                       # es
                |puoi|potete|può                                                                       # it
                |você\s+pode|vocês\s+podem|pode|podem)\s+                                              # pt
                (?:librement\s+|gratuitement\s+|libremente\s+|gratuitamente\s+|liberamente\s+|livremente\s+)?
                (?:traduire|reprendre|republier|reproduire|rediffuser|traducir|republicar|reproducir|replicar
                |tradurre|ripubblicare|riprendere|riprodurre|traduzir|reproduzir)\s+
                (?:cet|cette|ce|ces|nos|notre|est[ae]s?|nuestr[oa]s?|questo|questa|quest['’]|i\s+nostri|le\s+nostre
                |il\s+nostro|la\s+nostra|noss[oa]s?)\s*(?:[\w-]+\s+)?{_TEXTS}\b[^.?!]{{0,40}}?   # "Vous pouvez traduire cet
                \b(?:à\s+condition|sous\s+réserve|pourvu\s+qu(?:e|['’])|dès\s+lors\s+qu(?:e|['’])|en\s+citant|en\s+mentionnant    #  article à condition que …"
                |siempre\s+que|siempre\s+y\s+cuando|a\s+condición|con\s+la\s+condición|citando|mencionando
                |a\s+condizione|purché|indicando|desde\s+que|contanto\s+que|com\s+a\s+condição)\b
            | \b(?:sie\s+dürfen|du\s+darfst|ihr\s+dürft|sie\s+können|du\s+kannst|ihr\s+könnt)\s+                # de
                (?:diesen|dieses|diese|unseren|unsere|unser|den|das|die)\s+(?:[\w-]+\s+)?{_TEXTS}\s+
                (?:\w+\s+){{0,3}}?(?:übersetzen|übernehmen|nachdrucken|veröffentlichen)\b[^.?!]{{0,20}}?
                \b(?:sofern|solange|wenn|unter\s+der\s+bedingung)\b
            | \b(?:il\s+est|es|è|é)\s+(?:possible|posible|possibile|possível)\s+(?:de\s+)?             # impersonal: "È possibile
                (?:reprendre|republier|reproduire|traduire|republicar|reproducir|replicar|traducir        #  ripubblicare l'articolo …
                |ripubblicare|riprodurre|riprendere|tradurre|reproduzir|traduzir)\s+                      #  citando l'autore"
                (?:gratuitement\s+|librement\s+|gratuitamente\s+|libremente\s+|liberamente\s+|livremente\s+)?
                (?:l['’]|les?|la|los|las|el|il|gli|i|o|os|a|as|cet|cette|ce|ces|nos|notre|est[ae]s?|nuestr[oa]s?
                |questo|questa|quest['’]|i\s+nostri|le\s+nostre|noss[oa]s?)\s*(?:[\w-]+\s+)?{_TEXTS}\b[^.?!]{{0,80}}?
                \b(?:en\s+citant|en\s+mentionnant|à\s+condition|sous\s+réserve|citando|mencionando|menzionando
                |indicando|siempre\s+que|a\s+condición|a\s+condizione|purché|desde\s+que)\b
            | ^[\W_]{{0,4}}(?:die\s+|eine\s+)?(?:übernahme|nachdruck|weiterverbreitung|wiederveröffentlichung)\s+   # de: "Übernahme
                (?:ist\s+)?(?:gestattet|erlaubt|möglich|frei|kostenlos|honorarfrei)\b[^.]{{0,20}}?     #  gestattet, sofern
                \b(?:sofern|solange|wenn|unter\s+der\s+bedingung)\b[^.]{{0,40}}?                       #  Autorin und Quelle
                \b(?:autor\w*|quelle|link|namen?|redaktion)\b                                        #  genannt werden"
            # a terms list under its label: 'Conditions de reprise : revente interdite • traduction …', the terms
            # about the text ('reprise' is a takeover too: its terms name staff and assets, not a translation)
            | ^[\W_]{{0,4}}(?:(?:conditions|règles|modalités)\s+(?:de|pour\s+la)\s+(?:reprise|republication|réutilisation
                |reproduction)
                |(?:condiciones|reglas|normas)\s+(?:de|para\s+la)\s+(?:republicación|reproducción|reutilización)
                |(?:condizioni|regole|norme)\s+(?:di|per\s+la)\s+(?:ripubblicazione|riproduzione|ripresa)
                |(?:condições|regras|normas)\s+(?:de|para\s+a)\s+(?:republicação|reprodução|reutilização)
                |(?:übernahme|nachdruck|weiterverwendungs?)-?(?:bedingungen|regeln))\s*:
                [^\n]{{0,200}}?\b(?:traduction|traducción|traduzione|tradução|übersetz\w*|mentionner|citer|créditer|citar
                |citare|nennen|lien\s+vers|enlace|link|auteur|autrice|autore|autor\w*|en\s+tête\s+d['’]article)
            | \b(?:traduções|traducciones|traductions|traduzioni|übersetzungen)\b[^.]{{0,40}}?        # translations allowed
                \b(?:são|estão|están|son|sont|sono|sind)\s+(?:permitid[oa]s|autorizad[oa]s|bem-vindas|bienvenidas
                |autorisées|permises|bienvenues|acceptées|consentite|permesse|ammesse|benvenute|erlaubt|gestattet
                |willkommen|möglich)\b[^.]{{0,20}}?                                                 #  if faithful:
                \b(?:se|si|sofern|solange|wenn|desde\s+que|siempre\s+que|pourvu\s+qu(?:e|['’])|à\s+condition|purché
                |a\s+condizione)\b[^.]{{0,60}}?                                                     #  "Traduções são permitidas
                \b(?:fiéis|fiel|fieles|fidèles?|fedeli|fedele|treu|originalgetreu)\b                 #  se forem fiéis"
            | \b(?:proibid[oa]|prohibid[oa]|interdite?|vietat[oa])\s+(?:a|la|le|il)\s+                # resale of the texts:
                (?:revenda|venda|comercialização|reventa|venta|comercialización|revente|vente|commercialisation
                |rivendita|vendita|commercializzazione)\s+
                (?:d[oae]s?|del|de\s+(?:los|las|la|el)|de|des|du|dei|delle|degli|della|dello)\s+                #  "Proibida a revenda
                (?:\w+\s+)?(?:conteúdos?|textos?|reportage(?:m|ns)|matérias?|contenidos?|reportajes?|contenus?    #   do conteúdo"
                |textes?|reportages?|contenut[oi]|test[oi]|(?:nossos|nossas|nuestros|nuestras|nos|i\s+nostri
                |le\s+nostre)\s+{_TEXTS})\b
            | \b(?:revenda|venda|reventa|venta|revente|vente|rivendita|vendita)\s+(?:d[oae]s?|del|de|des|du|dei|delle|degli|della)\s+
                (?:\w+\s+)?(?:conteúdos?|textos?|reportage(?:m|ns)|matérias?|contenidos?|reportajes?|contenus?|textes?
                |reportages?|contenut[oi]|test[oi]|(?:nossos|nossas|nuestros|nuestras|nos|i\s+nostri|le\s+nostre)\s+{_TEXTS})
                \b[^.]{{0,30}}?\b(?:é|está|es|est|è|são|son|sont|sono|fica|queda)\s+(?:\w+mente\s+|strictement\s+)?
                (?:proibid|prohibid|interdit|vietat)\w*                         #  "La revente de nos articles est interdite"
            | \b(?:títulos?|titulares|titres?|titol[oi]|manchetes?|überschrift(?:en)?|titel)\s+            # headline and
                (?:e|y|et|ed|und)\s+(?:(?:os|as|o|a|las?|los|el|les?|l['’]|gli|il|lo|i|die|der|das)\s+)?    #  subheads
                (?:intertítulos?|subtítulos?|intertitres?|sous-titres?|chapôs?|chapeaux?|sottotitol[oi]|occhiell[oi]
                |linha\s+fina|bajadas?|entradillas?|antetítulos?|zwischentitel|unterzeilen?|vorspann)\s+
                (?:não|no|ne|non|dürfen\s+nicht|darf\s+nicht|können\s+nicht)\b[^.]{{0,30}}?          #  untouched:
                \b(?:alter|altér|modific|modifi|mudad|mudar|edit|cambi|chang|veränder|geänder|umgeschrieb)\w*   #  "Título e
                                                                                                    #  intertítulos não podem
                                                                                                    #  ser alterados"
            """,
        ),
        context="not_reported",
        weight=1.5,
        why="Reuse terms in French, Spanish, Italian, Portuguese and German: 'you may translate this article "
            "provided …', 'it is possible to republish the article, citing …', translations allowed if faithful, "
            "resale of the texts forbidden, headline and subheads untouched; news reports such terms with 'said'.",
        examples=(
            "Tu peux reprendre nos reportages, à condition de garder la signature.",
            "Puedes traducir esta crónica siempre que respetes el sentido y nos avises.",
            "Potete ripubblicare le nostre inchieste purché sia indicato il nome dell'autrice.",
            "Você pode reproduzir esta reportagem desde que mantenha o crédito.",
            "Sie dürfen diesen Beitrag gern übersetzen, sofern der Sinn erhalten bleibt.",
            "Il est possible de reprendre gratuitement cet article en citant la source.",
            "Es posible republicar las notas citando al medio y al autor.",
            "Nachdruck erlaubt, wenn der Name der Autorin und ein Link genannt werden.",
            "Les traductions sont acceptées si elles restent fidèles au texte.",
            "Le traduzioni sono benvenute, purché fedeli all'originale.",
            "Prohibida la reventa de nuestros contenidos.",
            "La revente de nos articles à des tiers est strictement interdite.",
            "Vous êtes libres de traduire nos enquêtes, pourvu qu'un lien renvoie vers l'original.",
            "Titolo e sottotitoli non vanno cambiati.",
            "Le titre et le chapô ne doivent pas être modifiés.",
            "Conditions de republication : signature conservée • lien vers l'original • aucune coupe",
            "Condiciones de reproducción: citar al medio en el primer párrafo • sin reventa",
            "Regole di ripubblicazione: titolo invariato, firma dell'autrice in testa.",
        ),
        counterexamples=(
            "Fica proibida a venda de artigos pirotécnicos durante a festa, informou a prefeitura.",
            "La venta de artículos de lujo está prohibida en el mercado central desde el lunes.",
            "Le tribunal a jugé que l'éditeur peut traduire ce roman à condition de payer l'auteur, selon l'AFP.",
            "Die Übernahme ist erlaubt, sofern die Kartellbehörde zustimmt, teilte der Konzern mit.",
            "Os títulos e subtítulos do campeonato não foram alterados pela federação, segundo o jornal.",
            "Las traducciones son permitidas si son fieles al original, según el reglamento del tribunal.",
            "Conditions de reprise : maintien de 300 emplois, pas de revente des sites avant cinq ans.",
            "Conditions de reproduction : les tortues pondent en juin, si la température du sable dépasse 25 °C.",
        ),
    ),
)
