"""Calls to republish: 'Republish this story' buttons and invitations to run the story."""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule
from .advice import OTHERS_WORK_PHRASES, advice_veto
from .vocab import REPUB, STORY

CTA = (
    Rule(
        name="republish.cta.button",
        triggers=('publish', 'republish', 're-publish', 'copy', 'republier', 'republiez', 'republica', 'republique',
                  'reproduire',
                  'ripubblica', 'republizieren', 'wiederveröffentlichen', 'reprendre', 'übernehmen', 'veröffentlichen',
                  'reprint', 'syndicate', 'repost', 're-post', 'run this', 'run our', 'use this', 'use our',
                  'reuse this', 're-use this', 'reuse our', 're-use our', 'take this', 'grab this', 'nachdrucken',
                  'kostenlos', 'kostenfrei', 'gratis', 'frei', 'share-with-', 'send-to-')
        + tuple(f"{v} this {n}" for v in ("get", "copy") for n in ("story", "article", "piece", "report")),
        kind="republish.cta",
        patterns=(
            r"""
            ^[\W_]{0,4}re-?publish(?:\s+(?:this|our))?(?:\s+(?:story|article|piece|post))?\b   # "Republish this story"
            | ^[\W_]{0,4}(?:reprint|syndicate|re-?post|run|use|re-?use|take|grab)\s+(?:this|our)\s+
                (?:story|article|piece|post|report|essay|content|stories|articles|journalism|reporting|work)
                (?:\s+for\s+free|\s+free\s+of\s+charge|\s+at\s+no\s+cost)?
                (?:\W{1,4}(?:it['’]s\s+|they['’]re\s+|all\s+)?(?:free|at\s+no\s+cost|free\s+of\s+charge|no\s+fee)  # the offer:
                  (?:\W{1,3}(?:for|to)\s+(?:any|all|every|other|local|partner|fellow|nonprofit|community)\s+   # "— free, for any
                    (?:newsrooms?|outlets?|publishers?|editors?|media|news\s+(?:sites?|organi[sz]ations)))?)?  #  newsroom"
                (?:\W{1,4}(?:learn\s+how|find\s+out\s+how|here['’]s\s+how|see\s+how|how\s+it\s+works|details|more\s+info
                  |(?:read\s+|see\s+)?(?:our\s+)?(?:guidelines|terms)))?   # the link label after it: "… for free. Learn how →"
                \W{0,4}$                                   # "Reprint this story →", "Reuse this story ⧉", "Use our content"
            # the button as a question, then what to do: 'Republish this story? Click here and copy the HTML.',
            # 'Artikel übernehmen? Hier klicken …', '¿Republicar esta nota? Copiá el código', 'Ripubblicare? Scrivici'
            | ^[\W_]{0,4}(?:(?:re-?publish|reprint|re-?use|run)(?:\s+(?:this|our)\s+(?:story|article|piece|report|stories|articles))?
                |(?:diesen\s+|den\s+)?(?:artikel|beitrag|text|recherche|bericht)\s+(?:übernehmen|nachdrucken|republizieren)
                |(?:republier|reprendre|reproduire)(?:\s+(?:cet|cette|ce)\s+(?:article|enquête|reportage|texte))?
                |(?:republicar|reproducir|reproduzir)(?:\s+(?:esta|este|essa|esse)\s+(?:nota|artículo|reportaje|crónica
                    |reportagem|matéria|artigo|texto))?
                |(?:ripubblicare|riprendere)(?:\s+(?:questo|questa|quest['’])\s*(?:articolo|inchiesta|pezzo|servizio))?)
                \s*\?\s*[^\n]{0,100}?\b(?:click|tap|klick\w*|hier|here|aquí|acá|ici|qui|aqui|clique\w*|cliquez|clic|clicca\w*
                |copy|cop(?:i|ie|ia|iá|iez|iate)\b|kopier\w*|learn|find\s+out|so\s+geht|voici|así\s+se|ecco|veja|saiba|scopri
                |écrivez|escr[ií]b\w*|scriv\w*|schreib\w*|write|e-?mail)
            | ^[\W_]{0,4}(?:reprint|re-?post|re-?use|syndicate)\s+(?:this|it)\W{0,4}$           # a bare "[ Reprint this ]"
            | ^[\W_]{0,4}(?:jetzt\s+)?(?:kostenlos|kostenfrei|gratis|frei)\s+(?:nachdrucken|übernehmen|republizieren)\W{0,4}$
                                                                        # "→ Kostenlos nachdrucken", "Jetzt kostenlos …"
            | ^[\W_]{0,4}(?:jetzt\s+)?(?:(?:diesen|den|dieses|das|diese|die)\s+)?(?:artikel|beitrag|text|bericht|recherche
                |reportage|interview)\s+(?:(?:jetzt|hier|gratis|kostenlos|kostenfrei|frei)\s+){0,2}
                (?:übernehmen|republizieren|nachdrucken)\W{0,4}$           # "Diesen Artikel kostenlos übernehmen »"
            | ^[\W_]{0,4}(?:(?:diesen|den)\s+)?(?:artikel|beitrag|text)\s+(?:auf|in)\s+(?:ihrer|ihrem|deiner|deinem|eurer|eurem)\s+
                (?:seite|website|webseite|medium|zeitung|portal|plattform)\s+(?:veröffentlichen|übernehmen)\W{0,4}$
            | ^[\W_]{0,4}(?:republier|republiez|republicar|republica|republique|ripubblica(?:re)?|republizieren
                |wiederveröffentlichen|reprendre|reproduire)   # the button elsewhere
                (?:\s+(?:cet|cette|ce|este|esta|questo|questa|diesen|dieses|den|das|o|a)\s+\w+)?
                (?:\s+(?:gratuitement|gratis|gratuitamente|kostenlos))?
                (?:\W{0,4}$
                 |\s*[:–—-]\s*[^.!?]{0,50}?\b(?:gratis|gratuit\w*|kostenlos|kostenfrei|sin\s+costo|sem\s+custo)\b
                    [^.!?]{0,40}?\W{0,4}$)                          # "Republica esta historia: es gratis para medios aliados ➜"
            | \bcopy\s+(?:to\s+clipboard|html|the\s+html|code)\b
            | \bcopy\s+(?:(?:the\s+)?(?:story|article|full|embed)\s+(?:html|code)|plain\s+text|rich\s+text)
                (?=\s*(?:$|[|·•/›»→↗⧉)\]])|\s\s)                           # button labels: "Copy story HTML | Copy plain text"
            | ^[\W_]{0,4}copy\s+(?:this|our)\s+(?:story|article)\s+(?:to|onto|for)\s+your\s+(?:site|website|cms)\W{0,3}$
            | \b(?:use|hit|click|press|tap|select)\s+(?:the\s+)?["“]?re-?publish\b            # "Hit Republish"
            | \b(?:use|hit|click|press|tap|select)\s+(?:on\s+)?(?:the\s+)?[‘'"“«]?
                (?:take|grab|get|copy|re-?use|run|use|reprint)\s+this\s+(?:story|article|piece|report)[’'"”»]?
                \s+(?:button|icon|link|tab)\b                                    # "Hit the ‘Take this story’ button"
            | \b(?:share-with|send-to)-(?:newsrooms?|partners?|editors?|publishers?)\s+(?:button|icon|link)\b
            | \bre-?publish\s+(?:button|link|tab|panel|widget)\b
            """,
        ),
        weight=2.0,
        max_words=60,
        why="Republish buttons and the short call to use them.",
        examples=("Republish This Story", "Republish | Copy HTML | Print", "Republier cet article",
                  "REPRINT THIS STORY", "Run this article »", "Republica esta nota", "Beitrag übernehmen",
                  "Diesen Artikel auf Ihrer Website veröffentlichen", "Reuse this article ↗",
                  "Die Recherche hier gratis übernehmen ›",
                  "Copy article HTML · Copy plain text", "Kostenfrei übernehmen", "Reuse our journalism",
                  "Reproduire cet article", "Jetzt gratis übernehmen →",
                  "[ ↻ Reuse this ]", "Republier ce reportage : c'est gratuit pour les médias partenaires →",
                  "Run our reporting at no cost — here's how ›",
                  "Reuse our articles: free for local outlets. Details »",
                  "Republish this story? Tap here to copy the full text and credits.",
                  "¿Republicar este reportaje? Aquí tienes el código.",
                  "Reprendre cet article ? Cliquez ici pour obtenir le texte.",
                  "Editors: press the “Grab this story” button to get the full text and credits.",
                  "Tap the share-with-partners icon to get the embed."),
        counterexamples=("Newspapers that republish wire copy often shorten it.",
                         "Run this story past the lawyers before Friday, the editor told her.",
                         "Reprint this story? The board said no, and the piece stayed offline for a year.",
                         "Take this story with a pinch of salt, her lawyer warned.",
                         "Students who copy the text of an exam face expulsion, the dean said.",
                         "Students can copy plain text from the archive but not the scanned images.",
                         "Use our reporting to hold them to account, the union told members.",
                         "Use our stories for free to teach media literacy, the ministry urged schools on Monday.",
                         "Republica Dominicana: el turismo es gratis para los menores de cinco años en los parques."),
    ),
    Rule(
        name="republish.cta.welcome",
        triggers=('welcome to', 'free to', 'republish', 'republication', 'reprinting')
        + tuple(f"{w} to {v}" for w in ("want", "like") for v in ("republish", "re-publish", "publish", "run", "share",
                                                                  "reprint", "use"))
        + (
                  'copy and paste', 'copy & paste', 'on your site', 'on your website', 'on your page', 'on your platform',
                  'on your blog', 'on your own', 'on your outlet', 'are you a', 'are you an', 'available to your',
                  'available for your', 'free to your', 'free for your', 'want this', 'want it', 'want the story',
                  'want our'),
        kind="republish.cta",
        patterns=(
            rf"""
            \b(?:you(?:['’]re|\s+are)\s+(?:welcome|free)\s+to|(?:want|like)\s+to)\s+
                (?:re-?publish|publish|run|share|reprint|use)\s+(?:this|our|the)\s+{STORY}
            | \b(?:republishing|republication|reprinting)\s+(?:is|remains)\s+free\b     # "Republishing is free for nonprofits"
            | \b(?:free\s+to\s+re-?publish|re-?publish\s+(?:it|this|our\s+\w+)\s+(?:for\s+free|free\s+of\s+charge|at\s+no\s+cost))
            | \b(?:may|can)\s+re-?publish\s+(?:it|this|our)\b[^.]{{0,40}}\b(?:free|no\s+cost|charge)
            | \bcopy\s+(?:and|&)\s+paste\b[^.]{{0,60}}\b(?:re-?publish|run|use|publish|reprint|post)\s+(?:this|the|our)\s+{STORY}
            | \b(?:re-?publish|run|use|publish|reprint|post)\s+(?:this|our)\s+{STORY}\s+on\s+your\s+
                (?:own\s+)?(?:site|website|page|platform|blog|outlet)\b          # "… to run this story on your site"
            | \bare\s+you\s+(?:an?\s+)?(?:local\s+|regional\s+|community\s+|independent\s+|small\s+)?
                (?:editor|publisher|newsroom|news\s+(?:outlet|site)|media\s+outlet|broadcaster|radio\s+station|newspaper)s?
                \b[^.?]{{0,40}}\?[\s\S]{{0,200}}?                                    # "Are you a local editor? …
                \b(?:{REPUB}|available|free|no\s+(?:cost|charge)|button|pick\s+it\s+up)\b   #  … this report is available"
            | \byour\s+(?:readers|audience|listeners|viewers)\b(?<=\b(?:available|free)\s+(?:to|for)\s+your\s+\w+)
                (?=\s+(?:too|as\s+well|at\s+no|for\s+free|free)\b|\s*[.!;]|\s*$)  # "… available to your readers too."
            | \bwant\s+(?:this|it|the\s+story|this\s+story|our\s+(?:story|reporting|journalism))\s+(?:on|in)\s+your\s+
                (?:front\s+page|site|website|homepage|paper|newspaper|broadcast|station|pages)\b   # "Want this on your front page?"
            """,
        ),
        context="address_or_self",
        weight=1.5,
        why="Invitations to republish the story for free.",
        examples=("Want to run this story in your publication? Use the Republish button below.",
                  "Newsrooms may republish it at no cost.",
                  "Copy and paste the HTML below to publish this article on your website.",
                  "Are you a community broadcaster? Every story on this site is free to reuse.",
                  "Want this story in your paper? Our reporting is available to your readers too."),
        counterexamples=("Readers are free to share the report, the agency said.",
                         "Are you a newspaper editor at heart? The course starts in May and costs $300.",
                         "Are you a publisher? The new directive changes how you pay freelancers, lawyers warn.",
                         "“Would you want this on your front page?” the editor asked the reporter who had filmed the crash."),
    ),
    Rule(
        name="republish.cta.free_offer",
        triggers=("in your paper", "in your newspaper", "on your site", "on your website", "in your pages",
                  "on your own", "in your own",
                  "on your station", "in your newsletter", "in your community", "on your broadcast", "at no cost",
                  "free of charge", "for free", "free for", "steal our", "steal this", "steal these"),
        kind="republish.cta",
        patterns=(
            rf"""
            \byour\s+(?:own\s+)?(?:paper|newspaper|site|website|pages|broadcast|station|newsletter)\b
                (?<=\b(?:put|run|print|carry|use)\s+(?:it|this|them|these)\s+(?:in|on)\s+your\s+(?:own\s+)?\w+)  # "Put it in your paper."
            | \b(?:at\s+no\s+cost|free\s+of\s+charge|for\s+free)\b
                (?<=\b(?:share|offer|provide|give|make)\s+our\s+(?:[\w-]+\s+)?(?:reporting|stories|journalism|articles|work|content)
                    \s+(?:away\s+)?(?:available\s+)?(?:at\s+no\s+cost|free\s+of\s+charge|for\s+free))   # "We share our reporting
                                                                        #  at no cost"
            | \bfree\s+for\s+(?:other\s+|any\s+|all\s+|local\s+)?(?:outlets|newsrooms|publishers|media|editors
                |news\s+(?:organi[sz]ations|outlets|sites)|partners)\s+to\s+(?:use|re-?publish|run|reprint|share|pick\s+up)\b
                                                                        # "… free for any newsroom to reprint"
            | \bsteal\s+(?:our|this|these)\s+(?:stor(?:y|ies)|articles?|reporting|journalism|content|work)\b  # "Steal our stories"
            | \byour\s+(?:community|paper|newspaper|site|area|town|region|station|newsroom|pages)\b
                (?<=\b(?:running|publishing|republishing|using|reprinting)\s+(?:this|it|our\s+{STORY})\s+(?:in|on)\s+your\s+\w+)
                [^.?]{{0,30}}\?                                         # "Publishing it on your station? Ask us …"
            """,
        ),
        context="address_or_self",
        weight=1.5,
        why="The outlet offering its stories for free, in its own voice ('We offer our stories free of charge', "
            "'Steal our stories', 'Put it in your paper'): self or address, where news reports others' offers.",
        examples=("Like what you read? Run it on your site.",
                  "Enjoyed the piece? Put it on your own website, no fee needed.",
                  "We offer our climate reporting free of charge to any newsroom that asks.",
                  "Every article we publish is free for local outlets to republish.",
                  "Steal this story. Really: that's what it is for.",
                  "Republishing this on your station? Our producers can cut a local version."),
        counterexamples=("The data set is free for researchers to use, the agency said.",
                         "Thieves tried to steal our car twice last winter, she wrote.",
                         "“Host it on your own site first,” the developers said, before anyone pays for a server.",
                         "The museum offers its collection free of charge on Sundays, the city said."),
    ),
    Rule(
        name="republish.cta.interested",
        triggers=("interested in",),
        kind="republish.cta",
        patterns=(r"""\binterested\s+in\s+(?:re-?publishing|republication|reprinting|syndicating)\b""",),
        context="address",
        weight=2.5,
        why="'Interested in republishing? Email …': the contact for partners outweighs the e-mail address in it.",
        examples=("Interested in republishing? Email partners@example.org for permission and instructions.",),
        counterexamples=("Several papers were interested in republishing the series, the editor said.",),
    ),
    Rule(
        name="republish.cta.partner_download",
        triggers=("download", "baixe", "baixar", "descarregue", "descargue", "descargá", "descarga", "télécharge",
                  "scarica", "laden sie"),
        kind="republish.cta",
        patterns=(
            rf"""
            \b(?:download|baixe|baixar|descarregue|descargue|descargá|descarga|télécharge[zr]?|scarica(?:te|re)?
                |laden\s+sie)\s+
                (?:this|the|our|esta|este|essa|esse|a|o|cette|ce|cet|le|la|questo|questa|il|l['’]|diesen|diese|dieses
                |den|die|das|el)\s*(?:[\w-]+\s+)?
                (?:{STORY}|reportagem|matéria|artigo|texto|nota|reportaje|artículo|reportage|texte|enquête|articolo
                |servizio|inchiesta|beitrag|artikel|text|recherche|bericht)\b[^.]{{0,100}}?
                (?:\b(?:{REPUB}|republica\w*|republier|ripubblica\w*)                 # "Download this story and
                  |\b(?:partner|parceir|aliad|partenaire|redaktion)\w*\s+(?:area|hub|portal|page|section|space|zone   #  its photos
                    |área|espaço|espace|bereich|sección|sezione)                                     #  in our partner area"
                  |\b(?:área|espaço|espace|bereich|area|zona|sección|sezione|portal|hub)\s+(?:de\s+|für\s+|des\s+|per\s+
                    |para\s+|dos\s+|for\s+)?(?:(?:los|les|i|os|the)\s+)?
                    (?:partner|parceir|aliad|partenaire|redaktion|republica|republier|ripubblica)\w*)
            """,
        ),
        context="address_or_self",
        weight=1.5,
        why="Prompts for partner outlets to download the story package (text, high-resolution photos) from a "
            "republishing area; news mentions of downloads are about apps and reports.",
        examples=("Partner newsroom? Download this story with print-ready photos from our republishing hub.",
                  "Téléchargez ce reportage et ses photos en haute résolution dans l'espace partenaires.",
                  "Descargá esta nota y las fotos en alta resolución desde el área para aliados."),
        counterexamples=("You can download the report from the ministry's site; partner agencies helped write it.",),
    ),
    Rule(
        name="republish.cta.free_to_use",
        triggers=("free to", "freely available", "libres de", "libre de", "librement", "gratuits pour", "libre uso",
                  "libre reproducción", "uso libre", "libres de derechos", "gratuitos para", "gratuitas para",
                  "son gratuitos", "son gratuitas",
                  "liberamente", "liberi da", "libero utilizzo", "gratuiti per", "livres para", "uso livre", "livremente",
                  "gratuitamente", "frei verwendbar", "frei nutzbar", "frei übernehmbar",
                  "lizenzfrei", "kostenlos übernehmbar", "kostenlos nutzbar", "kostenlos verwendbar", "zur freien",
                  # the offer alone, closed by punctuation ('Our stories are free: …')
                  "are free", "are all free", "sont libres", "sont gratuit", "sont tous gratuit", "son libres",
                  "son gratuit", "sono liberi", "sono libere", "sono gratuit", "são livres", "são gratuit", "sind frei",
                  "sind kostenlos", "sind kostenfrei", "sind gratis"),
        kind="republish.cta",
        patterns=(
            # one branch per language, each closed by the quote check (a quoted offer is news)
            "|".join((
                r"""
              \bour\s+(?:[\w-]+\s+)?(?:reporting|stories|journalism|articles|content|work|coverage|investigations
                |photos|photographs|graphics)\s+(?:is|are)\s+(?:all\s+)?(?:(?:free|freely\s+available)\s+
                (?:for\s+(?:[\w-]+\s+){1,2})?to\s+(?:use|re-?use|re-?publish|reprint|run|share|pick\s+up|re-?post)\b
                |free(?=\s*[:;!—–]|\s*\.(?:\s|$)|\s*$))                                # en: "our journalism is free to use", "… are free:"
                """ + OUTSIDE_QUOTES,
                r"""
              \bnos\s+(?:articles|contenus|reportages|enquêtes|textes|photos|infographies|papiers|sujets|chroniques)\s+
                sont\s+(?:tous\s+|toutes\s+)?(?:libres\s+de\s+(?:droits|reproduction|réutilisation)
                |librement\s+(?:reproductibles|réutilisables|republiables)|gratuits\s+pour
                |(?:libres|gratuit[es]*)(?=\s*[:;!—–]|\s*\.(?:\s|$)|\s*$))                            # fr, the offer alone: "… sont libres :"
                """ + OUTSIDE_QUOTES,
                r"""
              \b(?:nuestros|nuestras)\s+(?:artículos|contenidos|notas|reportajes|textos|investigaciones|crónicas|fotos
                |historias|noticias)
                \s+son\s+(?:de\s+(?:libre\s+(?:uso|reproducción)|uso\s+libre)|libres\s+de\s+derechos
                |gratuit[oa]s\s+para|(?:gratuit[oa]s|libres)(?=\s*[:;!—–]|\s*\.(?:\s|$)|\s*$))     # es: "… son gratuitas: pulsa …"
                """ + OUTSIDE_QUOTES,
                r"""
              \b(?:i\s+nostri|le\s+nostre)\s+(?:articoli|contenuti|testi|reportage|servizi|inchieste|notizie)\s+sono\s+
                (?:liberamente\s+(?:ripubblicabili|riproducibili|utilizzabili)|liber[ie]\s+da\s+diritti
                |gratuit[ie]\s+per|di\s+libero\s+utilizzo|(?:liber[ie]|gratuit[ie])(?=\s*[:;!—–]|\s*\.(?:\s|$)|\s*$))   # it
                """ + OUTSIDE_QUOTES,
                r"""
              \b(?:nossos|nossas)\s+(?:reportagens|matérias|textos|conteúdos|artigos|notícias)\s+(?:são|podem\s+ser)\s+
                (?:livres\s+para|de\s+uso\s+livre|livremente\s+(?:republicad|reproduzid)[oa]s
                |republicad[oa]s\s+gratuitamente|gratuit[oa]s\s+para|(?:livres|gratuit[oa]s)(?=\s*[:;!—–]|\s*\.(?:\s|$)|\s*$))   # pt
                """ + OUTSIDE_QUOTES,
                r"""
              \bunsere\s+(?:artikel|texte|beiträge|recherchen|inhalte|reportagen|berichte)\s+(?:sind|stehen)\s+
                (?:[\w-]+\s+){0,2}?(?:frei\s+(?:verwendbar|nutzbar|übernehmbar)|lizenzfrei
                |kostenlos\s+(?:übernehmbar|nutzbar|verwendbar)|zur\s+freien\s+(?:übernahme|verwendung|nutzung)
                |(?:frei|kostenlos|kostenfrei|gratis)(?=\s*[:;!—–]|\s*\.(?:\s|$)|\s*$))                 # de: "Unsere Texte sind frei: …"
                """ + OUTSIDE_QUOTES,
            )),
        ),
        context="not_reported",
        weight=2.0,
        why="The outlet declaring its own stories free to reuse ('our reporting is free to republish', 'nos "
            "articles sont libres de droits'), in six languages: an offer to partners in the first person; "
            "news reports such offers in the third person or in quotes.",
        examples=(
            "Editors: all of our climate reporting is free to republish. Details below.",
            "Rédactions : nos enquêtes sont libres de droits, servez-vous.",
            "Nuestras notas son de libre reproducción citando la fuente.",
            "Medios aliados: nuestros reportajes son gratuitos.",
            "I nostri articoli sono liberamente ripubblicabili dalle testate locali.",
            "Nossas reportagens são livres para republicação em veículos parceiros.",
            "Unsere Recherchen sind für Lokalredaktionen frei verwendbar.",
        ),
        counterexamples=(
            "“Our stories are free to use,” the founder said, but few papers took up the offer.",
            "Ses reportages sont libres de droits depuis 2019, a expliqué le fondateur du site devant le tribunal.",
            "Las fotos de la agencia espacial son libres de derechos, según su web.",
            "“Nuestras historias son gratuitas”, dijo el fundador, aunque pocos diarios las usan.",
            "Unsere Parks sind für alle frei nutzbar, sagte die Bürgermeisterin.",
        ),
    ),
)

CTA_FOREIGN = (
    Rule(
        name="republish.cta.foreign_language",
        # not a how-to on republishing others' work ('if you have a site and want to republish news from
        # other outlets, check the licence'): other outlets' work, the outlet never named
        unless=advice_veto(OTHERS_WORK_PHRASES),
        triggers=('vous pouvez', 'tu peux', 'vous êtes libre', 'envie de', 'vous souhaitez', 'puede', 'quiere',
                  'tu veux', 'vous voulez', 'veux-tu', 'voulez-vous', 'sie dürfen', 'du darfst', 'ihr dürft', 'ihr könnt',
                  'du willst', 'willst du', 'ihr wollt', 'wollt ihr', 'übernahmebedingungen', 'nachdruckbedingungen',
                  'nutzungsbedingungen für redaktionen', 'sie sind redaktion', 'sie sind eine redaktion',
                  'sie sind ein medium', 'du bist redakt', 'ihr seid eine redaktion', 'ihr seid redaktion',
                  'desea', 'sie können', 'du kannst', 'möchten sie', 'wollen sie', 'puoi', 'potete', 'può', 'vuoi',
                  'volete', 'desideri', 'pode', 'você pode', 'quer', 'deseja', 'eres un medio', 'es usted un medio',
                  'vous êtes', 'sind sie', 'vous dirigez', 'vous gérez', 'vous animez', 'sie betreiben',
                  'du betreibst', 'sie leiten', 'du leitest', 'sei un', 'sei una', 'siete un', 'siete una', 'você é',
                  'você tem', 'você dirige', 'diriges', 'tienes un', 'tienes una', 'dirige un', 'dirige una',
                  'tiene un', 'tiene una', 'peut être', 'peuvent être', 'puede ser', 'pueden ser', 'può essere',
                  'possono essere', 'pode ser', 'podem ser', 'kostenlos', 'kostenfrei', 'cliquez', 'clique sur',
                  'appuyez', 'haga clic', 'haz clic', 'pulse ', 'pulsa ', 'pulsá', 'presiona', 'presione', 'toca ',
                  'tocá', 'aperte', 'premi ', 'klick', 'clicca', 'eres editor', 'eres periodista', 'eres director',
                  'sos editor', 'sos periodista', 'sie möchten', 'du möchtest', 'ihr möchtet', 'sie wollen',
                  'clique em', 'clique no', 'querés', 'podés', 'sie arbeiten',
                  'arbeiten sie', 'du arbeitest', 'arbeitest du', 'ihr arbeitet', 'arbeitet ihr', 'souhaitez-vous',
                  'möchtest du', 'desiderate', 'ti va di', 'gostaria de')
        + tuple(f"{v} {a}{n}" for v in ("é", "és", "sos") for a in ("", "um ", "uma ", "un ", "una ")
                for n in ("veículo", "jornal", "rádio", "redação", "portal", "medio", "periódico", "radio", "emisora",
                          "diario"))
        + tuple(f"{v} {w}" for v in ("steht", "stehen") for w in ("ihnen", "dir", "euch", "allen", "redaktionen"))
        + tuple(f"{b} {q}" for b in ("button", "schaltfläche", "knopf", "bouton", "botón", "pulsante", "botão")
                for q in ('«', '"', '“', '„', '‘', "'", '‹')),
        kind="republish.cta",
        patterns=(
            r"""
            \b(?:vous\s+pouvez|tu\s+peux|vous\s+êtes\s+libres?\s+de|envie\s+de|vous\s+souhaitez|tu\s+veux|vous\s+voulez
                |veux-tu|voulez-vous)\s+  # fr
                (?:republier|reprendre|reproduire)\b
            | \b(?:puede|puedes|pueden|quiere|quieres|desea|deseas|querés|podés)\s+(?:republicar|reproducir|replicar)\b   # es, voseo
            | \b(?:querés|quieres|quiere|quieren|desea|deseas|desean|quer|querem|deseja|desejam|gostaria\s+de)\s+
                (?:re)?publicar\s+(?:esta|este|essa|esse|estas|estes|estos|essas|esses)\s+(?:[\w-]+\s+)?
                (?:notas?|artículos?|reportajes?|crónicas?|investigaci(?:ón|ones)|historias?|reportage(?:m|ns)|matérias?
                |artigos?|textos?|conteúdos?|contenidos?|materiais|material|serie|série|entrevistas?|podcast|vídeos?)\s+
                (?:en|no|na|em)\s+(?:tu|su|seu|sua|teu|tua|o\s+seu|a\s+sua)\s+(?:propi[oa]\s+)?
                (?:medio|sitio|web|diario|periódico|radio|portal|veículo|site|jornal|rádio|blog|página|emisora|revista)\b
                                                                        # "¿Querés publicar esta nota en tu medio?",
                                                                        # "Quer este conteúdo no seu site?"
            | \b(?:vous\s+voulez|voulez-vous|vous\s+souhaitez|souhaitez-vous|tu\s+veux|veux-tu|envie\s+de)\s+
                (?:re)?publier\s+(?:cet|cette|ce|ces)\s+(?:[\w-]+\s+)?(?:articles?|enquêtes?|reportages?|textes?
                |contenus?|entretiens?|chroniques?|séries?|podcasts?|vidéos?)\s+(?:sur|dans)\s+(?:votre|vos|ton|ta|tes)\s+
                (?:propre\s+)?(?:site|média|journal|blog|radio|page|magazine|antenne)\b    # fr: "… cet article sur votre site ?"
            | \b(?:vuoi|volete|desideri|desiderate|ti\s+va\s+di)\s+(?:ri)?pubblicare\s+(?:questo|questa|questi|queste
                |quest['’])\s*(?:[\w-]+\s+)?(?:articol[oi]|inchiest[ae]|pezz[oi]|test[oi]|contenut[oi]|servizi?o?|intervist[ae]
                |podcast|video|seri[ae])\s+(?:sul|sulla|nel|nella|sui|nei)\s+(?:tuo|tua|vostro|vostra|tuoi|vostri)\s+
                (?:sito|giornale|testata|blog|radio|pagina|portale)\b        # it: "… questo articolo sul tuo sito?"
            | \b(?:eres|es\s+usted|sos)\s+(?:(?:editor|editora|periodista|director|directora)\s+(?:de|en)\s+)?un\s+medio\b
                [^.?]{0,40}\?                                          # "¿Eres un medio …?", "¿Eres editora de un medio local?"
            | \bvous\s+êtes\s+(?:un\s+média|une\s+rédaction|journaliste)\b[^.?]{0,40}\?
            | (?:\bvous\s+(?:dirigez|gérez|animez|êtes)\s+(?:un|une)\s+(?:média|radio|journal|rédaction|site|télé\w*|magazine)
                |\b(?:sie\s+betreiben|du\s+betreibst|sie\s+leiten|du\s+leitest)\s+(?:ein|eine)\s+
                    (?:medium|redaktion|zeitung|lokalzeitung|radio|sender|portal|nachrichtenseite|magazin)
                |\b(?:sei|siete)\s+(?:un|una)\s+(?:testata|giornale|radio|redazione|sito)
                |\bvocê\s+(?:é|tem|dirige)\s+(?:um|uma)\s+(?:veículo|jornal|rádio|site|redação|portal)
                |\b(?:diriges|tienes|dirige|tiene)\s+(?:un|una)\s+(?:medio|radio|periódico|diario|emisora|revista)
                |\b(?:sie\s+arbeiten|arbeiten\s+sie|du\s+arbeitest|arbeitest\s+du|ihr\s+arbeitet|arbeitet\s+ihr)\s+
                    (?:in|bei|für)\s+(?:einer|einem|der|dem)\s+(?:[\w-]+\s+)?
                    \w*(?:redaktion|zeitung|medium|sender|verlag|radio|portal|blatt)\b   # "Sie arbeiten in einer
                |\b(?:é|és|sos)\s+(?:um\s+|uma\s+|un\s+|una\s+)?(?:veículo|jornal|rádio|redação|portal|medio    #  Lokalredaktion?",
                    |periódico|radio|emisora|diario))                                                   #  "É veículo parceiro?"
                \b[^.?]{0,80}\?[\s\S]{0,200}?                        # "Vous dirigez une radio ? …", "Sie betreiben ein Medium …? …
                \b(?:republi(?:car|cad[oa]s?|cación|cação|er|ez|ée?s?)|ripubblic\w*|republizier\w*|reprendre|repris\w*
                |reproduire|reprodu\w*|replicar|riprendere|übernehm\w*|übernommen
                |nachdruck\w*|veröffentlichen|gratuit\w*|gratis|kostenlos|kostenfrei|librement|libremente
                |liberamente|livremente|button|bouton|botón|botão|pulsante|anfordern|herunterlad\w*|baixe|baixar
                |descarg\w*|télécharg\w*|scaric\w*)   #  … then what the partner may do
            | \b(?:peut|peuvent)\s+être\s+(?:repris|republié|reproduit)e?s?\s+(?:gratuitement|librement|sans\s+frais)  # "… peut être repris gratuitement"
            | \b(?:puede|pueden)\s+ser\s+(?:republicad|reproducid)[oa]s?\s+(?:gratis|gratuitamente|libremente|sin\s+costo)
            | \b(?:può|possono)\s+essere\s+(?:ripres|ripubblicat)[oaie]\s+(?:gratuitamente|gratis|liberamente)
            | \b(?:pode|podem)\s+ser\s+(?:republicad|reproduzid)[oa]s?\s+(?:gratuitamente|de\s+graça|livremente)
            | \b(?:kann|können|darf|dürfen)\s+(?:\w+\s+){0,3}?(?:kostenlos|kostenfrei|gratis)\s+(?:übernommen|nachgedruckt)\s+werden
            | \b(?:sie\s+können|du\s+kannst|möchten\s+sie|wollen\s+sie|sie\s+dürfen|du\s+darfst|ihr\s+dürft|ihr\s+könnt
                |du\s+willst|willst\s+du|ihr\s+wollt|wollt\s+ihr)\s+(?:\w+\s+){0,4}?           # de
                (?:übernehmen|nachdrucken|wiederveröffentlichen|republizieren)\b
            | \b(?:du\s+willst|willst\s+du|ihr\s+wollt|wollt\s+ihr|möchtest\s+du|möchten\s+sie|wollen\s+sie)\s+
                (?:den|diesen|unseren|unsere|die|diese|das|dieses)\s+
                (?:artikel|beitrag|beiträge|texte?|recherchen?|berichte?|reportagen?)\s+
                (?:[\w-]+\s+){0,6}?(?:bringen|drucken|veröffentlichen|übernehmen|nachdrucken|zeigen)\s*\?   # "Du willst den
                                                                        #  Artikel in deinem Blog bringen?"
            | \b(?:sie\s+möchten|du\s+möchtest|ihr\s+möchtet|sie\s+wollen)\s+(?:unsere[n]?)\s+
                (?:artikel|beitrag|beiträge|texte?|recherchen?|berichte?|reportagen?|inhalte)\s+
                (?:[\w-]+\s+){0,6}?(?:bringen|drucken|veröffentlichen|übernehmen|nachdrucken|zeigen)\s*\?   # the question
                                                                        #  in statement order: "Sie möchten unsere Texte übernehmen?"
            | \b(?:übernahme|nachdruck)bedingungen\b                   # the link to the reuse terms
            | \b(?:diese[rs]?|unsere?)\s+(?:recherche|text|beitrag|artikel|reportage|bericht|serie|geschichte|inhalte?)\s+
                (?:steht|stehen)\s+(?:ihnen|dir|euch|allen\s+(?:medien|redaktionen)|(?:lokal|partner)?redaktionen)\s+
                (?:\w+\s+){0,2}?(?:kostenlos|kostenfrei|gratis|frei)\s+zur\s+(?:verfügung|übernahme)\b   # "Diese Recherche steht
                                                                                            #  Ihnen kostenlos zur Verfügung"
            | \b(?:sie\s+sind|du\s+bist|ihr\s+seid)\s+(?:eine?\s+)?(?:redaktion|medium|zeitung|lokalzeitung|redakteur\w*
                |journalist\w*|verlag|sender)\b[^.?]{0,80}\?             # "Sie sind Redaktion und möchten …?"
            | (?:\b(?:cliquez|clique\s+(?:sur|em|no)|appuyez|haga\s+clic|haz\s+clic|pulse(?:\s+(?:el|en))?|pulsa(?:\s+(?:el|en))?
                |presiona|presione|toca|tocá|pulsá|aperte|premi
                |klick\w*|clicca)\b[^.«"“„‘'‹]{0,30}                          # "Cliquez sur « Republier »",
                |\b(?:button|schaltfläche|knopf|bouton|botón|pulsante|botão)[ ])  # 'Button „Text übernehmen“'
                [«"“„‘'‹]\s*(?:\w+\s+)?(?:republier|reprendre|republicar|reproducir|ripubblica|riprendi|republizieren
                |übernehmen|reproduzir)\b
            | \b(?:puoi|potete|può|vuoi|volete|desideri)\s+(?:ripubblicare                              # it: "Vuoi riprendere
                |riprendere\s+(?:questo|questa|quest['’]|il\s+nostro|la\s+nostra|l['’]|i\s+nostri|le\s+nostre)\s*   #  questo pezzo?",
                    (?:\w+\s+)?(?:articol[oi]|pezz[oi]|inchiest[ae]|test[oi]|reportage|contenut[oi]|stori[ae]   #  not "riprendere
                    |notizi[ae]|servizi?o?)\b)                                                               #  in mano la vita"
            | \b(?:pode|podem|quer|deseja)\s+republicar\b                                              # pt
            """,
            r"""
            \b(?:quer|querem|deseja|desejam|quieres|quiere|querés|desea|deseas|vous\s+voulez|voulez-vous|tu\s+veux
                |veux-tu|vous\s+souhaitez|souhaitez-vous|vuoi|volete|desideri)\s+                      # "Quer publicar nossas
                (?:publicar|republicar|reproduzir|reproducir|replicar|usar|utilizar|publier|republier|reprendre  #  reportagens?": the
                |utiliser|pubblicare|ripubblicare|riprendere|usare|utilizzare)\s+                          #  outlet asks about its
                (?:(?:as|os|les|i|le)\s+)?(?:nossas|nossos|nuestras|nuestros|nos|nostri|nostre)\s+(?:[\w-]+\s+)?   #  own texts
                (?:reportagens|matérias|textos|conteúdos|artigos|notas|artículos|reportajes|contenidos|investigaciones
                |articles|enquêtes|reportages|contenus|textes|articoli|inchieste|contenuti|testi|pezzi)\b[^.?!]{0,40}\?
            """ + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        weight=1.5,
        why="'You may republish' / 'Want to republish?' in French, Spanish, German, Italian, Portuguese.",
        examples=(
            "¿Quieres republicar este artículo? Escríbenos.",
            "Vous pouvez republier cet article gratuitement.",
            "Sie können diesen Artikel kostenlos übernehmen.",
            "¿Eres un medio aliado y quieres replicar esta nota? Escríbenos.",
            "Vous gérez un site d'information local ? Cette enquête peut être reprise librement.",
            "Sie leiten eine Lokalzeitung? Dieser Beitrag kann kostenlos übernommen werden.",
            "Vuoi riprendere l'inchiesta? Scrivici.",
            "¿Tienes una radio comunitaria? Esta nota puede ser republicada gratis.",
            "Pulsa el botón «Republicar» para copiar el texto completo.",
            "Über die Schaltfläche „Artikel übernehmen“ erhalten Sie Text und Einbettungscode.",
            "Tu veux republier cette enquête ? Écris-nous.",
            "Ihr dürft den Text gern kostenlos übernehmen.",
            "Willst du die Reportage auf deiner Website zeigen?",
            "Alle Übernahmebedingungen finden Sie hier.",
            "Du bist Redakteurin bei einem Lokalblatt und willst den Text bringen?",
            "Arbeitest du bei einem Lokalradio? Den Beitrag kannst du kostenlos senden.",
            "Unsere Reportage steht allen Redaktionen kostenfrei zur Verfügung.",
            "¿Sos una radio comunitaria? Podés republicar esta serie sin pagar nada.",
            "É um jornal local? A reportagem pode ser republicada gratuitamente.",
            "¿Quieres publicar esta investigación en tu radio? Escríbenos.",
            "Deseja reproduzir nossas matérias no seu portal? Basta pedir o código.",
            "Souhaitez-vous reprendre nos enquêtes sur votre site ? Écrivez-nous.",
            "Möchten Sie unsere Recherchen in Ihrer Zeitung veröffentlichen?",
            "Sie möchten unsere Reportagen in Ihrem Lokalblatt drucken? Schreiben Sie uns.",
            "¿Sos periodista en un medio comunitario? Tocá «Republicar» y copiá el texto.",
            "Querem publicar estas entrevistas no seu jornal? Sem custo nenhum: basta tocar em «Republicar».",
            "Vous voulez publier cette enquête sur votre site ? C'est gratuit, le bouton est juste en dessous.",
            "Volete pubblicare questo podcast sulla vostra radio? È gratis: scriveteci.",
        ),
        counterexamples=(
            "Los periódicos pueden reproducir el discurso íntegro, dijo el portavoz del Gobierno.",
            "Sie betreiben eine Zeitung in Kassel? Dann kennen Sie vielleicht das Problem mit den Zustellern.",
            "Les œuvres peuvent être reproduites librement après 70 ans, rappelle le ministère.",
            "Vuoi riprendere in mano la tua vita? Il corso inizia a marzo e costa 200 euro.",
            "Klicken Sie auf „Abonnieren“, um keine Folge zu verpassen.",
            "Willst du den Bericht wirklich drucken, fragte der Chef, und der Volontär nickte.",
            "Sie arbeiten in einer Redaktion? Dann kennen Sie den Druck am Abend, sagt der Psychologe.",
            "Die Broschüre steht Ihnen kostenlos zur Verfügung, teilte die Stadt mit.",
            "¿Quiere publicar esta historia en su diario?, preguntó el editor al reportero, según su testimonio.",
            "« Vous voulez publier nos enquêtes ? Payez », a lancé le patron du groupe aux éditeurs.",
            "Sie wollen den Bericht veröffentlichen? – Ja, sobald das Ministerium ihn freigibt.",
            "Toca el botón rojo y el tren se detiene, explicó el maquinista.",
            "Se você tem um blog e quer republicar reportagens de outros veículos, confira a licença e cite sempre o autor.",
            "Si tienes una web y quieres republicar noticias de otros medios, revisa la licencia antes de copiar nada.",
        ),
    ),
)
