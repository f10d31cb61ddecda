"""Attribution notes in French, Spanish, Italian, Portuguese and German: 'publié initialement sur',
'reproducido con autorización de', 'erschien zuerst bei', 'tratto da', partner and co-production credits.

Why apart from :mod:`.attribution`: the same sub-kind (``republish.attribution``) in other languages,
with its own vocabulary and triggers.  The package ``__init__`` slots these tuples between the English
ones so the registry order stays as it was.
"""

from __future__ import annotations

from .. import Rule

ATTRIBUTION_FOREIGN = (
    Rule(
        name="republish.attribution.foreign_language",
        triggers=('publié', 'publiee', 'republié', 'republie', 'publicad', 'se publicó', 'se publico', 'se reproduce', 'repris', 'autorisation', 'reproducid', 'autorización', 'erschien', 'veröffentlicht', 'genehmigung', 'erlaubnis', 'übernommen',
                  'article original', 'version originale', 'pubblicat', 'ripubblicat', 'concessione', 'republicad', 'reproduzid', 'autorização',
                  'partenariat', 'alianza', 'colaboración', 'asociación', 'kooperation', 'zusammenarbeit', 'partnerschaft',
                  'coproducción', 'coproduction', 'coproduzione', 'coprodução', 'koproduktion', 'colaboração',
                  'collaboration',
                  'collaborazione', 'parceria', 'paru', 'im rahmen', 'forma parte', 'traduction', 'traducción',
                  'übersetzung', 'version de', 'es parte', 'se publica', 'eine recherche', 'ein beitrag',
                  'eine produktion', 'eine koproduktion', 'eine gemeinschaftsrecherche', 'reproduit', 'diffusé',
                  'versión original', 'versão original', 'versione originale', 'originalversion', 'originalfassung',
                  'erstveröffentlichung', 'première publication', 'publicación original', 'publicação original',
                  'prima pubblicazione', 'verfügung gestellt', 'nous a été', 'nos fue', 'ci è stato', 'ci è stata',
                  'nos foi', 'nota elaborada', 'nota producida', 'nota realizada', 'artículo elaborado',
                  'reportaje elaborado', 'reportaje producido', 'reportaje realizado', 'repris ici', 'reprise ici',
                  'partage de contenu', 'versión anterior', 'versión previa', 'versão anterior', 'versione precedente',
                  'frühere fassung', 'frühere version', 'apareció', 'apareceu', 'è apparsa', 'è apparso'),
        kind="republish.attribution",
        patterns=(
            r"""
            \b(?:initialement|originellement|d['’]abord|à\s+l['’]origine)\s+(?:été\s+)?(?:publiée?s?|parue?s?|diffusée?s?)   # fr: … on/in a venue
                (?:\s+[^\s.]+){0,3}?\s+(?:sur|dans|par|chez)\s
            | \bpubliée?\s+(?:initialement|originellement|à\s+l['’]origine|pour\s+la\s+première\s+fois|une\s+première\s+fois
                |d['’]abord)
                (?:\s+[^\s.]+){0,3}?\s+(?:sur|dans|par|chez)\s
            | \b(?:repris|republiée?)\s+(?:de|avec\s+l['’]autorisation|avec\s+l['’]aimable)
            | \b(?:(?:repris|republié|reproduit)e?s?|(?:republicad|reproducid|reproduzid)[oa]s?|ripubblicat[oaie])\s+
                (?:ici\s+|aquí\s+|aqui\s+|qui\s+)?(?:à\s+partir\s+d|a\s+partir\s+d|a\s+partire\s+d)   # "republié à partir du
                (?<=\b(?:article|texte|reportage|enquête|entretien|artículo|texto|reportaje|nota|artigo|reportagem   #  site de X", the story
                    |matéria|articolo|testo|inchiesta)\s+(?:(?:est|es|é|è|a\s+été|fue|foi|è\s+stat[oa])\s+)?\S+\s+     #  as subject, not "le
                    (?:ici\s+|aquí\s+|aqui\s+|qui\s+)?a\s+partire?\s+d                                            #  modèle reproduit à
                  |\b(?:article|texte|reportage|enquête|entretien)\s+(?:est\s+|a\s+été\s+)?\S+\s+(?:ici\s+)?à\s+partir\s+d)  #  partir de"
            | \b(?=repris|reproduit)(?<![\w,;]\s)(?<![\w,;])(?:repris|reproduite?)s?\s+avec\s+   # ". Reproduit avec l'accord
                (?:l['’]accord|l['’]autorisation|la\s+permission|l['’]aimable)  #  de …", not "Le tableau, reproduit avec"
            | \b(?:article|texte|entretien|reportage|tribune)\s+(?:est\s+)?(?:repris|republiée?)\s+(?:du|des|d['’])   # "Article repris du site de X"
            | \bparue?\s+(?:initialement|d['’]abord|originellement|à\s+l['’]origine)\s+(?:dans|sur|chez)\s
            | \btraduction\s+d['’]un\s+(?:texte|article|reportage)\b | \btraducción\s+de\s+un\s+(?:artículo|texto|reportaje)\b
            | \bübersetzung\s+eines\s+(?:artikels|textes|beitrags)\b
            | \bavec\s+l['’]aimable\s+autorisation
            | \b(?:repris|reprise|republiée?)\s+ici\s+(?:avec|dans\s+le\s+cadre|grâce|en\s+vertu|par)\b   # "… repris ici avec l'accord de …"
            | \b(?:entente|accord|convention)\s+de\s+(?:partage|échange)\s+de\s+contenus?\b
            | \b(?:una\s+)?versi[óo]n\s+(?:anterior|previa|preliminar|distinta|ampliada|reducida)\s+de\s+(?:esta|este)\s+
                (?:nota|artículo|reportaje|texto|historia|investigación|crónica)\s+(?:apareció|se\s+publicó|fue\s+publicad[oa])   # es
            | \b(?:uma\s+)?versão\s+(?:anterior|prévia|preliminar)\s+(?:desta|deste)\s+(?:reportagem|matéria|texto|artigo)\s+
                (?:apareceu|foi\s+publicad[oa])                                                          # pt
            | \b(?:una\s+)?versione\s+(?:precedente|preliminare|ridotta)\s+di\s+(?:questo|questa|quest['’])\s*
                (?:articolo|inchiesta|testo|reportage|pezzo)\s+(?:è\s+(?:apparsa|uscita|stata\s+pubblicata))   # it
            | \beine\s+(?:frühere|kürzere|erste)\s+(?:fassung|version)\s+(?:dieses|dieser)\s+(?:textes|artikels|beitrags|recherche|reportage)
                \s+(?:erschien|ist\s+(?:zuerst\s+)?(?:erschienen|veröffentlicht))                               # de
            | \bpublicad[oa]s?\s+(?:originalmente|originariamente|por\s+primera\s+vez|inicialmente|primero)      # es
                \s+(?:en|por)\s+(?!\d)                                   # a venue, not a year
            | \b(?:originalmente|originariamente)\s+publicad[oa]s?\s+(?:en|por)\s+(?!\d)
            | \bse\s+public[óo]\s+(?:originalmente|inicialmente|por\s+primera\s+vez|primero)\b | \bse\s+reproduce\s+(?:aquí|con|bajo)\b
            | \breproducid[oa]\s+(?:con\s+(?:autorización|permiso)|de)\b
            | \bcon\s+autorización\s+de\b
            | \b(?:zuerst|ursprünglich|erstmals|zunächst)\s+(?:bei|auf|in|im|von)\b.{0,80}?\b(?:erschienen|veröffentlicht)  # de (domains have dots)
            | ^[\W_]{0,4}(?:zuerst|ursprünglich|erstmals)\s+(?:veröffentlicht|erschienen)\s+(?:auf|bei|in|im|von)\b
            | \bim\s+rahmen\s+(?:einer|unserer)\s+(?:kooperation|partnerschaft|zusammenarbeit)\s+(?:mit|zwischen)\b
            | ^[\W_]{0,4}(?:eine|ein)\s+(?:recherche|gemeinschaftsrecherche|produktion|koproduktion|beitrag)\s+(?:von|des|der)\b
                [^.]{0,80}\bin\s+(?:kooperation|zusammenarbeit|partnerschaft)\s+mit\b     # "Eine Recherche von X in Kooperation mit Y"
            | \b(?:est[ae]|la\s+presente)\s+(?:nota|artículo|investigación|reportaje|historia|texto|crónica|serie|publicación)
                \s+(?:es|forma)\s+parte\s+de\b                                          # es: "Esta investigación es parte de …"
            | \bse\s+publica\s+(?:en\s+el\s+marco\s+de|gracias\s+a|como\s+parte\s+de)\s+(?:un|una|la|el|nuestr[oa])\s+
                (?:acuerdo|alianza|convenio|colaboración|asociación)
            | \b(?:une|la)\s+(?:première\s+)?version\s+de\s+(?:ce|cet|cette)\s+(?:article|reportage|texte|enquête|entretien)\s+
                (?:est|a\s+été)\s+(?:d['’]abord\s+|initialement\s+)?(?:parue?|publiée?|diffusée?)\s+(?:dans|sur|par|chez)\s
            | \b(?:erschien|erschienen|veröffentlicht)\s+(?:zuerst|ursprünglich|erstmals)(?!\s+(?:im\s+Jahr\s+)?\d)
            | \bmit\s+freundlicher\s+(?:genehmigung|erlaubnis)
            | \bübernommen\s+(?:von|aus|mit)\b
            | \b(?:l['’])?(?:article|version)\s+(?:original|originale)\s+(?:a\s+été\s+)?(?:publiée?|parue?)\s+(?:sur|dans|par)\s  # fr
            | \b(?:pubblicat[oa]|apparso|apparsa)\s+(?:originariamente|originalmente|per\s+la\s+prima\s+volta|inizialmente)\s+(?:su|in|da|sul|sulla|nel)\s+(?!\d)   # it
            | \b(?:originariamente|originalmente)\s+pubblicat[oa]\s+(?:su|in|da|sul|sulla|nel)\s+(?!\d)
            | \bripubblicat[oa]\s+(?:da|su|con\s+(?:il\s+)?permesso)\b | \bper\s+gentile\s+concessione\b   # '…, per gentile concessione.'
            | \b(?:publicad[oa]|republicad[oa])\s+originalmente\s+(?:em|no|na|pel[oa])\s+(?!\d)      # pt
            | \boriginalmente\s+publicad[oa]\s+(?:em|no|na|pel[oa])\s+(?!\d) | \brepublicad[oa]\s+com\s+autorização
            | \breproduzid[oa]\s+com\s+(?:autorização|permissão)\b | \bcom\s+autorização\s+d[oae]\b
            | \b(?:issue?\s+d[e'’]\s*(?:notre|un)\s+partenariat|(?:réalisée?|produite?|publiée?)\s+en\s+partenariat)\s+avec\b  # partnerships
            | \b(?:producid[oa]|realizad[oa]|publicad[oa])\s+en\s+(?:alianza|colaboración|asociación)\s+con\b
            | \bforma\s+parte\s+de\s+(?:una|la)\s+(?:alianza|colaboración|cobertura\s+colaborativa)\b
            | \b(?:entstand|entstanden|erscheint|erschienen|veröffentlicht)\s+in\s+(?:kooperation|zusammenarbeit|partnerschaft)\s+mit\b
            # the story as subject, whatever the verb ('se produjo', 'se hizo', 'nasce', 'ist … entstanden'), then
            # 'in partnership with': 'Este reportaje se hizo en alianza con X', 'Dieser Beitrag ist in Kooperation mit X …'
            | \b(?:est[ae]|cet|cette|ce|questo|questa|quest['’]|dieser|diese|dieses)\s*(?:[\w-]+\s+)?
                (?:reportaje|artículo|nota|texto|investigación|crónica|serie|especial|reportagem|matéria|artigo|reportage
                |article|enquête|texte|série|dossier|articolo|inchiesta|servizio|pezzo|testo|beitrag|artikel|text|recherche
                |bericht|reportage|podcast|episodio|épisode|episódio|folge)\b[^.]{0,60}?
                \b(?:en|in|em|im)\s+(?:alianza|colaboración|asociación|coproducción|partenariat|collaboration|coproduction
                |collaborazione|coproduzione|partnership|parceria|colaboração|coprodução|kooperation|zusammenarbeit
                |partnerschaft|koproduktion)\s+(?:con|avec|com|mit|tra|fra|entre|zwischen)\b
            | \b(?:realizzat[oa]|prodott[oa]|pubblicat[oa])\s+in\s+collaborazione\s+con\b
            | \b(?:produzid[oa]|realizad[oa]|publicad[oa])\s+em\s+parceria\s+com\b
            | \b(?:versión|versão)\s+original\s*: | \b(?:version|versione)\s+originale\s*:          # "Versión original: <link>"
            | \boriginal(?:version|fassung|beitrag|artikel)\s*:
            | ^[\W_]{0,4}(?:erstveröffentlichung|première\s+publication|publicación\s+original|publicação\s+original
                |prima\s+pubblicazione)\s*:                                                     # "Erstveröffentlichung: X, 12. März"
            | \bim\s+rahmen\s+unserer\s+[\w-]*(?:kooperation|partnerschaft|zusammenarbeit)\b   # "… unserer Content-Partnerschaft"
            | (?:\b(?:text|beitrag|artikel|gastbeitrag|bericht)\s+wurde\s+uns\s+[^.]{0,60}?\bzur\s+verfügung\s+gestellt  # "… given to us
                |\b(?:article|texte|reportage|entretien)\s+nous\s+a\s+été\s+(?:aimablement\s+)?                          #  by X": a credit
                    (?:transmis|fourni|proposé|confié|cédé)\s+par\b[^.]{0,60}                                              #  line ending the
                |\b(?:artículo|texto|reportaje|nota)\s+nos\s+(?:fue|ha\s+sido)\s+(?:cedid[oa]|facilitad[oa]|compartid[oa]   #  block, not "… by
                    |enviad[oa])\s+por\b[^.]{0,60}                                                                         #  a whistleblower,
                |\b(?:articolo|testo|pezzo)\s+ci\s+è\s+stat[oa]\s+(?:fornit|concess|inviat)[oa]\s+da\b[^.]{0,60}             #  who …"
                |\b(?:artigo|texto|reportagem)\s+nos\s+foi\s+(?:cedid|fornecid|enviad)[oa]\s+(?:por|pel[oa])\b[^.]{0,60})
                \.?\W{0,3}$
            | ^[\W_]{0,4}(?:est[ae]\s+)?(?:nota|artículo|reportaje)\s+(?:fue\s+)?(?:elaborad|producid|realizad)[oa]\s+
                (?:en\s+el\s+marco\s+de|como\s+parte\s+de|en\s+alianza\s+con|en\s+colaboración\s+con)\s+
                (?:la|una|el|un|nuestr[oa])\s+(?:[\w-]+\s+){0,3}?(?:red|alianza|proyecto|programa|beca|convenio|colaboración
                |iniciativa|cobertura|consorcio|medios)\b                       # "Nota elaborada en el marco de la Red …"
            """,
        ),
        context="not_reported",
        weight=2.0,
        why="French, Spanish and German 'originally published on / reprinted with permission' notes.",
        examples=(
            "Cet article a été initialement publié sur Reporterre.",
            "Dieser Beitrag ist zuerst bei CORRECTIV erschienen.",
            "Este artículo fue publicado originalmente en El Diario.",
            "L'article original a été publié sur Mediapart.",
            "Questo articolo è stato pubblicato originariamente su Valigia Blu.",
            "Este texto foi publicado originalmente no Nexo e é reproduzido com autorização.",
            "Une version de cet entretien a d'abord paru dans La Presse.",
            "Este reportaje es parte de una alianza entre cinco medios de la región.",
            "Eine Recherche von Datenwerk in Kooperation mit dem Regionalblatt.",
            "Reproduit avec l'aimable accord du Courrier des Hautes-Terres.",
            "Publié d'abord sur le site de L'Écho du Plateau.",
            "Versión original: https://ejemplo-noticias.org/2024/05/rio-seco",
            "Erstveröffentlichung: Nordwind Magazin, Ausgabe 3/2024.",
            "Dieser Beitrag wurde uns freundlicherweise von der Talbote-Redaktion zur Verfügung gestellt.",
            "Reportaje elaborado en el marco de la alianza de medios Frontera Abierta.",
            "Cette chronique a d'abord été diffusée sur les ondes d'une radio locale.",
            "Ce portrait est republié ici grâce à un accord de partage de contenus avec Le Nord.",
            "Una versión previa de este reportaje se publicó en Revista Trama.",
            "Eine frühere Fassung dieses Textes erschien im Stadtmagazin.",
            "Ce reportage est republié à partir du site de La Gazette des Monts, avec son accord.",
            "Este artículo fue republicado a partir de la edición digital de Voz del Páramo.",
            "Esta crónica se hizo en colaboración con Radio Montaña.",
            "Questo servizio nasce in collaborazione con la testata Eco delle Valli.",
            "Esta reportagem foi feita em parceria com o site Olhar Serrano.",
            "Dieser Beitrag ist in Kooperation mit dem Stadtradio Nordhafen entstanden.",
        ),
        counterexamples=(
            "Le rapport, publié mardi, a été critiqué par l'opposition, selon Le Monde.",
            "D’abord publié à l’issue de la crise financière de 2008, le livre dénonçait le caractère "
            "intimidant de certains mots.",
            "La novela, publicada originalmente en 1967, vendió millones de ejemplares en todo el mundo.",
            "Der Roman erschien zuerst 1927 und wurde später in zwanzig Sprachen übersetzt.",
            "Il romanzo, pubblicato per la prima volta nel 1958, è diventato un classico.",
            "O livro foi publicado em 1990 e vendeu milhões de exemplares.",
            "O relatório foi publicado na terça-feira no Diário Oficial, segundo o ministério.",
            "Turquía es parte de la alianza desde 1952 y alberga varias bases aéreas.",
            "Le tableau, reproduit avec l'accord du musée dans le catalogue, a été vendu en 2019, selon l'AFP.",
            "Die Dokumente wurden uns von einem Insider zur Verfügung gestellt, der anonym bleiben will.",
            "Der Text wurde uns von einem Informanten zur Verfügung gestellt, der anonym bleiben möchte.",
            "El reportaje elaborado en el marco de la investigación judicial fue filtrado a la prensa.",
            "La investigación realizada en el marco de la ley de transparencia reveló pagos irregulares.",
            "Une version préliminaire du rapport avait d'abord été diffusée sur les réseaux, selon l'AFP.",
            "Una versión previa de este proyecto de ley fue publicada en el boletín oficial, según el ministerio.",
            "Le modèle, reproduit à partir de plans anciens, sera exposé au musée dès mars.",
            "Este programa se puso en marcha en alianza con tres universidades y ya atiende a 400 familias.",
            "La investigación policial se hizo en colaboración con Interpol, según la fiscalía.",
        ),
    ),
)

TAKEN_FROM_FOREIGN = (
    Rule(
        name="republish.attribution.foreign_taken_from",
        triggers=("tratto da", "tratta da", "tiré d", "extrait d", "tomado d", "tomada d", "extraído d",
                  "extraída d", "retirado d", "retirada d", "übernahme", "en collaboration avec",
                  "en coproduction avec"),
        kind="republish.attribution",
        patterns=(
            r"""
            ^[\W_]{0,4}(?:articolo|testo|pezzo|intervista|editoriale|contributo|article|texte|entretien|artículo|texto
                |nota|entrevista|artigo|matéria)\s+
                (?:tratt[oa]|tiré|extrait|tomad[oa]|extraíd[oa]|retirad[oa])\s+
                (?:da|dal|dalla|dall['’]|dai|de|du|des|d['’]|del|do|dos|das)\b      # "Articolo tratto da X": a credit line
            | \b(?:text|beitrag|artikel|bericht|interview|kommentar|gastbeitrag)\s+ist\s+eine\s+übernahme\s+
                (?:von|vom|aus|des|der)\b                                        # "Dieser Text ist eine Übernahme von X"
            | \b(?:ce|cet|cette)\s+(?:sujet|article|reportage|enquête|texte|entretien|podcast|épisode|série|dossier
                |portrait|chronique|contenu|émission)\s+(?:est|a\s+été)\s+(?:publiée?|réalisée?|produite?|diffusée?|proposée?)
                \s+en\s+(?:collaboration|coproduction)\s+avec\b             # "Ce sujet est publié en collaboration avec X"
            """,
        ),
        context="not_reported",
        weight=2.0,
        why="Italian, French, Spanish, Portuguese and German 'taken from X' / 'a reprint from X' credits, and French "
            "'this piece is published in collaboration with X' with the story as subject.",
        examples=("Articolo tratto da Il Corriere del Lago, per gentile concessione.",
                  "Texto extraído de Revista Andina, con autorización de sus editores.",
                  "Der Beitrag ist eine Übernahme vom Bergboten.",
                  "Cette enquête est réalisée en collaboration avec Radio Vallée."),
        counterexamples=("Il film, tratto da un romanzo di Sciascia, uscirà a maggio.",
                         "Die Übernahme von Credit Suisse durch die UBS sorgte für Kritik, sagte der Analyst.",
                         "Le rapport, publié en collaboration avec l'OMS, montre une hausse des cas."),
    ),
)

CREDIT_LINE_FOREIGN = (
    Rule(
        name="republish.attribution.foreign_appeared_in",
        triggers=("paru", "publié", "publicad", "aparecid", "pubblicat", "uscit", "apparso", "apparsa", "erschien"),
        kind="republish.attribution",
        patterns=(
            r"""
            ^[\W_]{0,4}
            (?:(?:article|texte|tribune|chronique|entretien|reportage|enquête|éditorial|billet|portrait)\s+    # fr: "Article paru
                (?:paru|parue|publiée?)                                                                       #  dans X du 3 mai"
              |(?:cet|cette|ce)\s+(?:article|texte|tribune|chronique|entretien|reportage|enquête|éditorial|billet)\s+
                (?:est|a\s+été)\s+(?:initialement\s+|d['’]abord\s+)?(?:paru|parue|publiée?)                   #  "Cet article est paru
              |(?:(?:este|esta)\s+)?(?:artículo|texto|columna|nota|reportaje|entrevista|crónica|editorial)\s+  #  dans X"
                (?:fue\s+)?(?:publicad[oa]|aparecid[oa])                                                     # es
              |(?:(?:questo|questa)\s+)?(?:articolo|testo|intervista|editoriale|commento|pezzo|rubrica)\s+
                (?:è\s+)?(?:stat[oa]\s+)?(?:pubblicat[oa]|uscit[oa]|apparso|apparsa)                          # it
              |(?:(?:este|esta)\s+)?(?:artigo|texto|coluna|reportagem|entrevista|crônica|matéria|editorial)\s+
                (?:foi\s+)?publicad[oa]                                                                       # pt
              |(?:(?:dieser|dieses)\s+)?(?:artikel|text|beitrag|kommentar|interview|gastbeitrag|essay)\s+
                (?:ist\s+)?(?:erschien|erschienen))                                                           # de
            \s+(?:originalmente\s+|originariamente\s+|inicialmente\s+|zuerst\s+|erstmals\s+|d['’]abord\s+
                |per\s+la\s+prima\s+volta\s+|por\s+primera\s+vez\s+|pela\s+primeira\s+vez\s+|pour\s+la\s+première\s+fois\s+
                |am\s+\d{1,2}\.\s*\w+\s+
                |(?:le|el|il|em|en)\s+\d{1,2}(?:er)?\s+(?:de\s+)?\w+\s+(?:(?:de\s+)?\d{4}\s+)?)?
            (?:dans|sur|en|su|sul|sulla|nel|nella|em|no|na|in|im|bei|auf)\s+
            (?:(?:le\s+site|la\s+page|el\s+sitio|il\s+sito|o\s+site|der\s+website)\s+(?:de\s+|d['’]|du\s+|del\s+|di\s+|do\s+|da\s+|von\s+)?
              |(?:le|la|les|l['’]|el|il|lo|o|a|der|dem|die)\s*)?
            (?-i:\p{Lu})                                                  # a venue (a name) …
            (?:(?!,\s+(?:l['’]|(?:les?|la|il|lo|el|los|las|os|as|der|die|das|une?|una?|uma?|eine?)\s+(?!\d)))   # … not a
                [^.!?\n]|(?<=\d)\.){1,100}?\.?\s*$                          #  clause after a comma, only a date or
                                                                           #  an issue to the end
            """,
        ),
        context="not_reported",
        max_words=25,
        weight=2.0,
        why="A credit line naming where the story appeared, the story as its subject, at the start of a short "
            "block that ends with the venue and its date ('Article paru dans X du 3 mai'); news about another "
            "paper's article has a determiner ('Un article paru …') and goes on to say what it did.",
        examples=(
            "Article paru dans La Voix des Vallées du 9 mars 2023.",
            "Cette tribune est d'abord parue sur le site de Terres Vives.",
            "Texto publicado en Revista Cauce el 2 de mayo de 2024.",
            "Articolo uscito sul Giornale delle Colline, numero di aprile.",
            "Artigo publicado no Correio do Vale em 12 de agosto.",
            "Dieser Beitrag erschien am 4. Juni im Wochenblatt Nord.",
            "Testo uscito per la prima volta su Voce dei Navigli, giornale di quartiere.",
            "Artículo publicado por primera vez en Revista Umbral, medio cooperativo.",
        ),
        counterexamples=(
            "Un article paru dans Le Monde en 2019 avait déjà révélé ces pratiques.",
            "Articolo pubblicato sul sito del ministero: la norma entra in vigore a luglio.",
            "Der Artikel erschien im Mai in der Zeitschrift Nature und löste eine Debatte aus.",
            "Article publié dans Nature, l'étude montre une hausse de 20 % des cas.",
            "Un articolo uscito per la prima volta su Repubblica nel 2015 aveva già denunciato il caso.",
        ),
    ),
)
