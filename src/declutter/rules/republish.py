"""Republishing and syndication notices: the boxes nonprofit and partner newsrooms
attach so other sites can run their stories.

Each rule pairs *topic* vocabulary (pixel, Creative Commons, originally
published) with a *stance* condition (the block addresses the partner, or talks
about "this story"), because news stories discuss the same topics.
"""

from __future__ import annotations

from . import Rule, group

#: Words for the act of republishing, shared by several patterns below.
REPUB = r"(?:re-?publish\w*|republication|re-?print\w*|re-?post\w*|syndicat\w*|re-?use\w*|re-?run\w*)"
#: The same act in French, Spanish, Portuguese, Italian and German, in forms that
#: cannot be read as "republican" or "république".
REPUB_FOREIGN = (r"(?:republi(?:car|cad[oa]s?|cación|caciones|cação|cações|er|ez|ée?s?|cations?)"
                 r"|ripubblica(?:re|t[oaie]|zione|ndo)?|ripubblichi|republizier\w*)")
#: What a notice calls the story (the words, for triggers, and the pattern).
STORY_WORDS = ("story", "stories", "article", "articles", "piece", "pieces", "report", "essay", "analysis",
               "investigation", "column", "op-ed", "work", "content", "post", "version", "journalism", "reporting")
STORY = "(?:" + "|".join(STORY_WORDS) + ")"

TRACKING = (
    Rule(
        name="republish.tracking_code.pixel_instruction",
        triggers=('hidden', 'readership', 'how many', 'tracking', 'analytics', 'trackingpixel', 'page view', 'pageview', 'page-view', 'view counter', 'view code', 'view tag', 'counter code', 'counter tag', 'measurement', 'reach code', 'reach tag', 'pixel', 'tracker', 'embed the counter', 'keep the counter', 'include the counter', '1x1', '1 x 1', '1×1', 'invisible', 'tiny image', 'small image', 'tiny tracking', 'small tracking', 'tiny gif', 'small gif', 'beacon')
        + tuple(f"{a} {n}" for a in ("counting", "audience", "stats", "statistics", "metrics")
                for n in ("code", "tag", "snippet", "script", "counter", "tracker")),
        kind="republish.tracking_code",
        patterns=(
            r"""
            \b(?:tracking|analytics|page[- ]?view|view|counter|counting|measurement|reach|readership|audience
                |stats|statistics|metrics)\s+
                (?:code|pixel|tag|snippet|image|beacon|script|counter|tracker)     # "tracking code", "readership beacon"
            | \b(?:embed|keep|include|leave|retain|preserve)\s+(?:the|our)\s+counter\b   # "Embed the counter: …"
            | \b1\s?[x×]\s?1\b | \b1-pixel\b | \bone-pixel\b              # "1x1 image"
            | invisible\s+(?:image|gif|tag|code|script|snippet|counter|beacon|tracker)   # "a snippet of invisible code"
            | (?:tiny|small)\s+(?:tracking\s+)?(?:image|gif)\b           # "a small tracking image"
            | web\s+beacon
            | \bhidden\s+(?:image|gif|pixel|counter|tag)\b               # "a hidden image we use to …"
            | \b(?:counter|tracker|beacon|script|javascript|code|snippet|image|tag)\b[^.]{0,60}   # "… a counter that lets us know
                \b(?:measure|count|track|know|see|tell|tally)s?\b[^.]{0,30}       #    how many people read it"
                (?:readership|\bpage\s?views\b|how\s+many\s+(?:people|readers|times))
            | \bmeasure\s+(?:our\s+|its\s+)?readership\b
            """,
            # case matters here (a pattern of its own, so the one above runs case-folded)
            r"""
            \b(?:our|the|this|that|a|tracking|invisible)\s+(?-i:pixel)\b     # "keep our pixel", not "pixel density"
                (?!\s*(?:density|densities|count|counts|ratio|pitch|art|\d))      # or a Pixel phone
            """,
        ),
        context="address_or_self",
        weight=3.0,
        why="Partners are told to keep a tracking pixel/snippet; news about pixels has no address.",
        examples=(
            "Ensure that you include a line of our HTML tracking code on every article you republish.",
            "Please leave the tracking tag at the end of the republished text untouched.",
            "The HTML you copy carries a one-line counter that tells us how many people read the story on your site.",
            "Your embed must keep our page-view tracker, which comes right after the story's last line.",
            "Kindly leave our audience tag at the bottom of the copied text; we use it to show funders our reach.",
            "A line of invisible code rides along with your copy and tells us only how often it is opened.",
        ),
        counterexamples=(
            "The company's pixel, a snippet of code embedded on more than 30 hospital websites, "
            "sent details of patients' appointment requests to Facebook, the investigation found.",
            "If you put the two laptops side by side you will notice the slightly higher pixel density.",
            "You can play on the Pixel 4 too, and the controller works with your phone over Bluetooth.",
            "Hidden cameras in the lobby recorded how many people entered the building, police said.",
            "The plugin slipped invisible code into thousands of shop pages, the security firm reported.",
            "Broadcasters rely on audience meters in a few thousand homes to estimate ratings.",
        ),
    ),
    Rule(
        name="republish.tracking_code.foreign_language",
        triggers=('pixel', 'píxel', 'zählpixel', 'messpixel', 'tracking', 'tracker', 'code de', 'code html', 'código de',
                  'código html', 'codice di', 'codice html', 'zählcode', 'zählmarke',
                  'balise', 'medición', 'mesure', 'combien', 'cuántos', 'wie viele', 'quanti', 'quantos',
                  'zugriffe', 'seitenaufrufe', 'aufrufe', 'lesezahlen', 'compter', 'mesurer', 'contar', 'medir',
                  'script de', 'messskript', 'mess-skript', 'trackingskript', 'tracking-skript', 'zählskript',
                  'image invisible', 'imagen invisible', 'immagine invisibile', 'imagem invisível', 'unsichtbar',
                  'cuántas', 'quante', 'quantas', 'wie oft', 'misurare'),
        kind="republish.tracking_code",
        patterns=(
            r"""
            \b(?:pixels?|píxel(?:es)?)\s+(?:de\s+|di\s+)?                                # fr/es/it/pt
                (?:suivi|comptage|mesure|seguimiento|rastreo|rastreamento|monitoramento|contagem
                 |tracciamento|monitoraggio|conteggio)\b
            | \b(?:zähl|mess|tracking-?|tracker-?)pixel\w*                                 # de
            | \b(?:code|código|codice)\s+(?:html\s+)?(?:de\s+|di\s+)?
                (?:suivi|seguimiento|rastreo|rastreamento|tracciamento|monitoraggio)\b
            | \btracking-?code\b | \bzählcode\b | \bzählmarke\b
            | \bbalise\s+de\s+(?:comptage|suivi|mesure) | \bcode\s+de\s+(?:comptage|mesure)\b        # counting tags
            | \bscript\s+de\s+(?:mesure|suivi|comptage|medición|seguimiento|rastreo) | \b(?:mess|tracking|zähl)-?skript
            | \bcódigo\s+de\s+(?:medición|conteo) | \bmedición\s+de\s+audiencia | \bmesure\s+d['’]audience
            | \b(?:combien\s+de\s+lecteurs|cuántos\s+lectores|wie\s+viele\s+(?:leser|menschen)|quanti\s+lettori
                |quantos\s+leitores)\b                                                       # "… how many readers"
            | \b(?:zugriffe|seitenaufrufe|aufrufe|lesezahlen)\b[^.]{0,40}\b(?:zählen|messen|erfassen)   # "… counting visits"
            | \b(?:compter|mesurer)\s+(?:les\s+|vos\s+)?(?:lectures|vues|visites|lecteurs)\b
            | \b(?:contar|medir)\s+(?:las\s+|los\s+|sus\s+)?(?:lecturas|visitas|vistas|lectores)\b
            | \b(?:image|imagen|immagine|imagem)\s+(?:invisible|invisibile|invisível)                  # "une image invisible"
            | \bunsichtbare[snm]?\s+(?:bild|grafik|pixel|code|skript)
            | \b(?:combien\s+de\s+(?:personnes|lecteurs|lectrices|visiteurs|fois)       # "… how many read it",
                |cuánt[oa]s\s+(?:personas|lectores|lectoras|veces|visitas)
                |wie\s+(?:viele\s+(?:leser\w*|menschen|personen|nutzer\w*)|oft)
                |quant[ie]\s+(?:lettori|lettrici|persone|volte|utenti)
                |quant[oa]s\s+(?:leitores|leitoras|pessoas|vezes|visitas))\b
                (?<=\b(?:pixel|píxel|image|imagen|immagine|imagem|bild|grafik|code|código|codice|script|skript|balise
                    |compteur|contador|contatore|zähler)\w{0,2}\b[^.]{0,80}?\b\w+\s+\w+)   #  told by a tag (checked behind)
            | \b(?:medir|mesurer|misurare)\s+(?:la\s+|a\s+|l['’]|il\s+)?(?:audiencia|audiência|audience|pubblico)\b   # "measure the audience"
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="French, Spanish, Italian, Portuguese and German instructions to keep a tracking pixel or counting code.",
        examples=(
            "Le code HTML contient un pixel de suivi : merci de ne pas le retirer.",
            "El código incluye un píxel de seguimiento; por favor, no lo borre al republicar.",
            "Bitte lassen Sie das Zählpixel im Einbettungscode stehen.",
            "Le code à copier contient une image invisible : elle nous dit combien de lecteurs ouvrent le texte chez vous.",
            "Lasst das Skript unten im Code stehen, damit wir sehen, wie oft der Beitrag bei euch aufgerufen wird.",
            "O código traz um pequeno pixel que nos ajuda a medir a audiência da reportagem no seu site.",
        ),
        counterexamples=(
            "Le pixel de suivi de Meta a transmis des données de santé à la plateforme, selon l'enquête.",
            "Die Zählpixel der Verlage wurden im vergangenen Jahr neu geregelt, teilte die VG Wort mit.",
            "Nadie sabe cuántas personas viven en el barrio, y el código postal tampoco lo aclara.",
            "Der neue Code des Bundesamts zeigt, wie oft Stromleitungen ausfallen, teilte die Behörde mit.",
        ),
    ),
    Rule(
        name="republish.tracking_code.paste_html",
        triggers=('html', 'code', 'snippet', 'paste', 'pasting'),
        kind="republish.tracking_code",
        patterns=(
            r"""
            (?:copy(?:ing)?|past(?:e|ing)|embed(?:ded)?|include|add(?:ing)?)\b[^.]{0,80}
                \b(?:html|code|snippet)\b[^.]{0,80}\b(?:republish\w*|partner|page\s?views?|track\w*|analytics
                |counter|pixel|script\s+tag)                              # "… including the script tag"
            | \bpast(?:e|ing)\b[^.]{0,80}\b(?:below|after|beneath|under|at\s+the\s+(?:end|bottom)\s+of)\s+
                (?:the\s+|your\s+)?(?:last|final)\s+(?:paragraph|line|sentence)   # where the snippet goes
            | (?:html|code|snippet)\b[^.]{0,60}(?:from|in|at)\s+the\s+republish\w*
                \s+(?:button|panel|box|window|tab|modal)                  # "the code from the Republish panel"
            | \bpast(?:e|ing)\b[^.]{0,80}\b(?:analytics|tracking|counter|pixel|beacon)\b[^.]{0,80}
                \b(?:html|code|source)\s+(?:view|mode|tab|editor)\b          # "… the analytics line, into the HTML view"
            """,
        ),
        context="address_or_self",
        weight=1.5,
        why="Copy-and-paste instructions for a republication HTML snippet.",
        examples=(
            "By copying and pasting the HTML code in the box below, the tracking code is "
            "automatically included when you republish.",
            "Copy the whole snippet, analytics script included, into your page.",
            "Copy the block between the two markers and paste it under the final paragraph.",
            "Paste the whole snippet, counter line and all, into your site's HTML editor rather than the visual one.",
        ),
        counterexamples=(
            "Researchers found the code had been copied from a public repository, the report said.",
        ),
    ),
    Rule(
        name="republish.tracking_code.html_img_pixel",
        triggers=('<img', '<script'),
        kind="republish.tracking_code",
        patterns=(
            r"""
            <img\b[^>]{0,400}?\b(?:width|height)\s*=\s*["']?1["'\s/>]     # a 1-pixel <img> tag
            | <img\b[^>]{0,400}?(?:pixel|track|beacon|republish|analytics)  # a tracking <img>
            | <script\b[^>]{0,400}?(?:pixel|track|beacon|repub|analytics|syndicat|counter|stats?[./]|metrics|pageview)
                                                                          # "repub.example.org/t.js", "stats.example/partner.js"
            """,
        ),
        weight=3.0,
        why="An HTML tracking tag pasted into the text: never article prose.",
        examples=('<img src="https://example.org/republish/pixel/1.gif" width="1" height="1" alt="" />',
                  '<script async src="https://stats.example-news.org/share.js" data-id="12"></script>'),
        counterexamples=("The pixel art exhibition opens on Friday.",),
    ),
)

TRACKING_MORE = (
    Rule(
        name="republish.tracking_code.with_reuse_terms",
        triggers=('1x1', '1 x 1', '1×1', 'pixel', 'tracker', 'tracking', 'píxel', 'zählpixel', 'messpixel'),
        kind="republish.tracking_code",
        patterns=(
            rf"""
            (?:\b1\s?[x×]\s?1\b|\bone-pixel\b|\btracking\s+(?:pixel|code|tag|snippet)|\b(?:pixel|píxel|zählpixel|messpixel)\b
                |\btracker\b)[\s\S]{{0,200}}?\b(?:{REPUB}|{REPUB_FOREIGN}\b)   # the pixel, then the reuse terms (any language) …
            | \b(?:{REPUB}[\s\S]{{0,200}}?
                (?:\b1\s?[x×]\s?1\b|\bone-pixel\b|\btracking\s+(?:pixel|code|tag|snippet)|\btracker\b)   # … or the other way
                |{REPUB_FOREIGN}\b[\s\S]{{0,200}}?\b(?:píxel|pixel|zählpixel|messpixel)\b)  # "el código de republicación … un píxel"
            """,
        ),
        context="not_reported",
        weight=2.0,
        why="A pixel or tracker named in the same notice as the reprint terms: partner instructions, "
            "even when they speak to nobody ('Removing it breaches our reprint terms').",
        examples=(
            "NOTE: the embed contains a 1x1 image; deleting it breaks our reprint terms.",
            "Syndication partners receive the text with a tracking snippet attached.",
            "El texto para republicar lleva un píxel al final; pedimos que no se borre.",
        ),
        counterexamples=(
            "The paper said its reprint deal with the agency never involved a tracking pixel.",
            "The pixel phone sold well, and the firm reported strong syndication revenue.",
            "Los republicanos pagaron anuncios con el píxel de Meta para rastrear votantes, según la demanda.",
        ),
    ),
    Rule(
        name="republish.tracking_code.label",
        leads=('tracking', 'analytics', 'counter', 'pixel', 'píxel', 'code', 'código', 'codice', 'zählpixel',
               'messpixel', 'tracking-code', 'zählcode'),
        kind="republish.tracking_code",
        patterns=(
            r"""
            ^\W{0,4}(?:(?:tracking|analytics|counter|page-?view)\s+(?:code|pixel|tag|snippet|script)s?     # en
                |(?:código|code|codice|píxel|pixel)\s+(?:html\s+)?(?:de\s+|di\s+)?
                    (?:seguimiento|rastreo|medición|suivi|comptage|mesure|tracciamento|rastreamento)      # fr/es/it/pt
                |zählpixel|messpixel|tracking-?code|zählcode)\b                                        # de
                (?:[^.:]{0,60}:\W{0,3}$                                       # a label: "Tracking pixel (…):"
                 |[^.]{0,60}\b(?:required|mandatory|obligatoire|obligatorio|obrigatório|obbligatorio|pflicht\w*|erforderlich))
            """,
        ),
        max_words=12,
        weight=2.0,
        why="The label over a pasted tracking tag (the tag itself is gone once markup is removed).",
        examples=("Tracking code (mandatory for web use):", "Código de rastreo:", "Zählpixel (Pflicht):"),
        counterexamples=("Tracking pixels and the law", "Pixel art in the age of AI: three artists talk"),
    ),
)

ATTRIBUTION = (
    Rule(
        name="republish.attribution.originally_published",
        triggers=tuple(f"{a} {v}" for a in ("originally", "first", "also")
                       for v in ("appeared", "published", "ran", "posted", "printed", "aired"))
        + ("appeared first", "published first", "ran first", "posted first", "original version", "continues at",
           "continues on", "continue reading", "original source", "version of", "comes to you", "comes from",
           "comes via", "comes through", "comes courtesy", "our partners at", "our partner at", "our friends at",
           "originally produced", "first produced", "originally written", "first written", "shared through",
           "shared via", "shared by", "shared as", "distributed through", "distributed via", "distributed by",
           "distributed as", "provided by", "provided through", "provided via", "made available",
           "syndicated by", "syndicated via", "syndicated through", "the above", "the preceding", "original story",
           "original article", "we carry", "we run", "we publish", "we republish", "we share",
           "we are carrying", "we are running", "we are publishing", "we are republishing", "we are sharing",
           "we're carrying", "we're running", "we're publishing", "we're republishing", "we're sharing",
           "we’re carrying", "we’re running", "we’re publishing", "we’re republishing", "we’re sharing")
        + tuple(f"{n} above" for n in STORY_WORDS)
        + tuple(f"{n} {v}" for n in ("story", "article", "piece", "report")
                for v in ("ran", "appeared", "was published", "was posted")),
        kind="republish.attribution",
        patterns=(
            rf"""
            ^\W{{0,4}}(?:note:\s*)?(?:this\s+\w+(?:\s\w+){{0,3}}\s+)?
                (?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran|posted|printed|aired)  # block opens with it
                (?!\s+(?:in|on)\s+our\s+(?:[\w'’-]+\s+){{0,3}}(?:newsletter|print|edition|magazine|podcast|app)\b)                                 # 'first appeared in our newsletter': our own
            | \b(?:this|our)\s+(?:[\w'’-]+\s+){{0,4}}{STORY}\b[^.]{{0,60}}?
                \b(?:originally|first|also)\s+(?:appeared|published|ran|posted|printed|produced|written)  # "this report originally appeared"
                (?!\s+(?:in|on)\s+our\s+(?:[\w'’-]+\s+){{0,3}}(?:newsletter|print|edition|magazine|podcast|app)\b)
            | \b(?:originally|first)\s+(?:published|appeared|ran)\s+(?:this\s+{STORY}             # "X first published this investigation",
                |the\s+{STORY}(?!\s+in\s+(?:\d|the\s+(?:\d|early|late|mid))))                      #  not "… the essay in 1962"
            | \bit\s+(?:originally|first)\s+(?:appeared|ran)\s+(?:on|in|at)\s+(?!\d|the\s+(?:year|late|early|summer|spring|autumn|fall|winter)\b)
                                                                      # "note that it originally appeared on X", not "in 2014"
            | \boriginally\s+(?:published|appeared|ran)\s+(?:on|in|at|by)\s+(?-i:\p{{Lu}})      # "originally published at Common Dreams"
            | \b(?:this|our)\s+(?:[\w'’-]+\s+){{0,4}}{STORY}\s+(?:appeared|was\s+published|ran|was\s+posted)\s+first\b
            | \b(?:this|our)\s+(?:[\w'’-]+\s+){{0,4}}(?:story|article|piece|report)\s+(?:appeared|was\s+published|ran
                |was\s+posted)\s+(?:on|in|at)\s+
                (?!(?:the\s+)?(?:front|back|home|inside|cover|opinion|editorial|sports|business|air|tv|television|radio
                    |page|pages|social|twitter|facebook|instagram|tiktok|youtube)\b)   # a venue, not "on the front page"
                \S+(?:\s+\S+){{0,3}}?\s+first\b                                  # "… ran on example.org first"
            | \b(?:above|preceding)(?<=\bthe\s+(?:above|preceding))\s+(?:[\w'’-]+\s+)?{STORY}\b[^.]{{0,60}}?
                                                                          # "The above article was written for X"
                \b(?:written|produced|prepared|published|reproduced|republished|reprinted|appeared|ran|shared)\b
            | \babove\b(?<=\bthe\s+{STORY}\s+above)[^.]{{0,60}}?                        # "The story above was produced by X"
                \b(?:written|produced|prepared|published|reproduced|republished|reprinted|appeared|ran|shared)\b
            | \bwe(?:['’]re|\s+are)?\s+(?:carry(?:ing)?|run(?:ning)?|publish(?:ing)?|re-?publish(?:ing)?|shar(?:e|ing))\s+
                (?:this|these|the)\s+(?:[\w'’-]+\s+){{0,2}}{STORY}\b[^.]{{0,40}}?
                \b(?:under|through|via|as\s+part\s+of|thanks\s+to)\s+(?:a|an|our|the|their|its)\b[^.]{{0,50}}?
                \b(?:partnership|agreement|arrangement|collaboration|exchange|network|alliance)\b
                                                                          # "We carry this article under our … partnership"
            | \boriginal\s+version\s+of\s+this\s+{STORY}\s+(?:was|is)\s+(?:first\s+)?(?:published|posted|available|printed)
            | \b(?:story|article)\s+continues\s+(?:at|on)\b | \bcontinue\s+reading\s+(?:at|on)\s    # the rest lives elsewhere
            | \b(?:(?:a|an)\s+(?:(?:earlier|edited|abridged|shorter|longer|expanded|previous|prior|different)\s+)?|another\s+)
                version\s+of\s+this\s+{STORY}\s+
                (?:also\s+)?(?:ran|appeared|aired|was\s+(?:first\s+)?(?:published|posted|printed|broadcast))\s+(?:in|on|at|by)\b
            | \b(?:this|the\s+following)\s+{STORY}\s+comes?\s+(?:to\s+you\s+)?(?:from|via|through|courtesy\s+of)\b
            | \bfrom\s+our\s+(?:partners?|friends)\s+at\s+(?-i:\p{{Lu}})                      # "… from our partners at Grist"
            | \boriginal\s+(?:source|version|story|article)\s*:                         # "Original version: <link>"
            | \b(?:this|the)\s+(?:[\w'’-]+\s+){{0,2}}{STORY}\s+(?:is|was)\s+(?:shared|distributed|provided|made\s+available)\s+
                (?:to\s+us\s+)?(?:through|via|by|courtesy\s+of|as\s+part\s+of)\b          # "This story is shared through …"
            | ^\W{{0,4}}(?:shared|distributed|syndicated)\s+(?:via|through|by)\s+[^.,;:!?]{{1,80}}
                (?:,\s+an?\s[^.]{{0,80}})?\.?\W{{0,3}}$                                    # a credit line: "— Distributed via X network"
            """,
        ),
        context="not_reported",
        weight=2.0,
        why="'Originally appeared on X' notes; 'the study first appeared in Nature' is not about this story.",
        examples=(
            "Note: This article originally appeared on Syria Deeply.",
            "Written by Amara Nwosu, this report originally appeared on Global Voices on 4 March 2022.",
            "This essay appeared first in the spring issue of Orion.",
            "The original version of this story was posted at Capital & Main.",
            "A version of this story ran in the Seattle Times.",
            "This report comes to you from our partners at Cardinal News.",
            "Shared through the Coastal Newsroom Exchange, a group of independent local papers.",
            "The story above was produced by Hill Country Ledger and appears here unedited.",
            "We are running this report through a content exchange with two community radio stations.",
            "This piece ran at valleyvoice.org first, last Tuesday.",
        ),
        counterexamples=(
            "Shared by thousands of users, the clip shows the officer pushing a man to the ground.",
            "The above figures were published by the statistics office in March, officials said.",
            "This report was written for the ministry by a panel of outside experts, the minister said.",
            "“We run these stories under an agreement with the university,” said the station manager.",
            "The original version of the study, which first appeared in the journal Nature in 2019, "
            "was later corrected to fix a unit error in one of its charts.",
            "The camp lies in the desert near the border. It first appeared in 2014, when families fleeing "
            "the war gathered at the checkpoint.",
            "This article first appeared in our Climate Fix newsletter.",
            "When the weekly first published the poem in 1971, nobody noticed it.",
            "This story ran on the front page first, before editors moved it inside after complaints.",
        ),
    ),
    Rule(
        name="republish.attribution.republished_from",
        triggers=('republished', 're-published', 'reprinted', 're-printed', 'reposted', 're-posted', 'crossposted',
                  'cross-posted', 'syndicated', 'adapted',
                  'appear here', 'appears here', 'sharing agreement', 'sharing partnership', 'sharing arrangement',
                  'the original', 'permission', 'courtesy of', 'sourced from', 'excerpted from', 'taken from'),
        kind="republish.attribution",
        patterns=(
            r"""
            \b(?:re-?published|re-?printed|re-?posted|cross-?posted|syndicated)\s+
                (?:here\s+)?(?:from|with\s+(?:the\s+)?permission|courtesy)           # "Republished from X"
            | \badapted(?<=(?:^\W{0,4}|\b(?:is|was|been|are|were)\s{1,3})adapted)\s+(?:here\s+)?(?:from|with\s+permission)
                                                              # "Adapted from X", not "the comic she adapted from"
            | \breprinted\s+with\s+permission
            | \bappears?\s+here\s+(?:through|via|by|under|courtesy|with|as\s+part)  # "appears here through an agreement"
            | \b(?:content|news)[- ]sharing\s+(?:agreement|partnership|arrangement)
            | \bread\s+the\s+original\s+(?:story|article|piece|post|version|here|at\b|on\b)
            | ^\W{0,4}(?:sourced|excerpted|taken)\s+from\s+(?-i:\p{Lu})                   # "Sourced from The Conversation"
            | \bpublished\s+(?:here\s+)?(?:with|by)\s+(?:kind\s+)?permission
            | \b(?:shared|reproduced|used|reprinted|republished|included)\s+(?:here\s+)?with\s+(?:the\s+)?(?:kind\s+)?permission
            | ^\W{0,4}(?:(?:story|article|report|text|content|reporting)\s+)?courtesy\s+of\s+   # "(Story) courtesy of Stateline, a
                (?-i:\p{Lu})[\w'’&.-]*(?:\s+(?-i:\p{Lu})[\w'’&.-]*){0,5}
                (?:\s*,\s*(?:a|an|the)\s[^.]{0,80})?\.?\W{0,3}$                             #  news service.": the whole line
            """,
        ),
        context="any",
        weight=2.5,
        why="Syndication credit lines; news sentences use other words for the same events.",
        examples=(
            "— Republished from Piedmont Watch (piedmontwatch.org)",
            "Originally published at Common Dreams; reprinted with permission.",
            "ARTICLE COURTESY OF THE HIGHLAND POST",
        ),
        counterexamples=(
            "Under the agreement, the two newspapers will share content.",
            "Story courtesy of the mayor's office turned out to be only half true.",
            "Her next book is the middle-grades comic she adapted from my story about an online game.",
        ),
    ),
    Rule(
        name="republish.attribution.partnership",
        triggers=('partnership', 'collaboration', 'co-publication', 'copublication', 'co-published', 'copublished',
                  'jointly', 'co-reported', 'coreported', 'co-produced', 'coproduced', 'co-written', 'cowritten',
                  'product of', 'part of'),
        kind="republish.attribution",
        patterns=(
            r"""
            ^\W{0,4}in\s+partnership\s+with\b[^.]{0,80}\b(?:produced|published|reported)   # the story is the subject:
            | \b(?:produced|published|reported|co-?published|carried|shared|distributed|presented)\s+(?:in\s+)?
                (?:partnership|collaboration)\s+with\b
                (?<=(?:^\W{0,4}|\b(?:(?:this|the)\s+(?:[\w'’-]+\s+){0,3}                       # the story is the subject:
                    (?:story|article|report|piece|investigation|series|podcast|episode|coverage)  # 'farmers produced in
                    |this\s+project)\s+(?:was|is|has\s+been)\s+)                                   #  partnership' is news
                    (?:produced|published|reported|co-?published|carried|shared|distributed|presented)\s+(?:in\s+)?
                    (?:partnership|collaboration)\s+with)
            | \bco-?publication\s+(?:of|between|with)\b | \bco-?published\s+(?:by|with)\b
            | \b(?:jointly\s+|co-?)(?:reported|produced|written)\s+(?:with|by)\b            # "… was jointly reported with X",
                (?<=\b(?:this|the)\s+(?:[\w'’-]+\s+){0,2}                                    #  the story as subject (checked
                    (?:story|article|report|piece|investigation|series|essay|podcast)\s+(?:is|was)\s+  #  behind the rare verb)
                    (?:jointly\s+|co-?)(?:reported|produced|written)\s+(?:with|by))
            | \b(?:this|the)\s+(?:story|article|report|piece|investigation)\s+is\s+(?:a\s+)?(?:product|part)\s+of\b
            """,
        ),
        context="any",
        weight=2.5,
        why="Partnership and co-publication credits with the story as subject; a project made 'in partnership' is news.",
        examples=(
            "This story was produced in partnership with the Pulitzer Center.",
            "This investigation is a co-publication of The Lens and ProPublica.",
            "This piece was jointly reported with Searchlight New Mexico.",
            "This series is distributed in collaboration with Delta Data Lab, a volunteer-run newsroom.",
        ),
        counterexamples=(
            "The project was produced in partnership with local farmers, who planted 3,000 trees along the river.",
            "The report was jointly released by the two agencies on Thursday.",
            "The vaccines were distributed in partnership with local clinics, which ran weekend sessions.",
        ),
    ),
    Rule(
        name="republish.attribution.outlet_network",
        triggers=("part of", "belongs to", "member of", "affiliate of", "editorial independence",
                  "produced by", "published by", "distributed by", "produced through", "published through",
                  "distributed through", "produced via", "published via", "distributed via", "produced as part",
                  "published as part", "distributed as part"),
        kind="republish.attribution",
        patterns=(
            r"""
            \b(?:is\s+(?:a\s+)?part\s+of|belongs\s+to|is\s+a\s+member\s+of|is\s+an?\s+affiliate\s+of)\b
                [^.]{0,80}\b(?:network|newsroom|news\s+organization|collaborative|nonprofit|non-profit)
            | \b(?:retains?|keeps?|maintains?)\s+(?:full\s+)?editorial\s+independence
            | \bthis\s+{STORY}?\s*(?:story|article)?\s*(?:is|was)\s+(?:produced|published|distributed)\s+(?:by|through|via|as\s+part)
            """.replace("{STORY}", STORY),
        ),
        context="not_reported",
        weight=1.5,
        why="Standing 'X is part of Y, a nonprofit network…' paragraphs under partner stories.",
        examples=(
            "Missouri Independent belongs to States Newsroom, a nonprofit network funded by grants, "
            "and keeps full editorial independence.",
        ),
        counterexamples=(
            "The newsroom, part of a network of nonprofit outlets in 40 states, declined to say "
            "how much its largest donor contributed.",
        ),
    ),
    Rule(
        name="republish.attribution.outlet_tagline",
        triggers=("nonprofit", "non-profit", "not-for-profit", "reader-funded", "reader-supported", "member-funded",
                  "member-supported", "independent", "co-operatively", "cooperatively", "community-owned"),
        kind="republish.attribution",
        patterns=(
            r"""
            ^\W{0,4}[\w'’&.-]+(?:\s+[\w'’&.-]+){0,4}?\s+is\s+an?\s+          # "Bayou Bureau is a …
                (?:[\w-]+,?\s+){0,3}?
                (?:nonprofit|non-profit|not-for-profit|reader-(?:funded|supported)|member-(?:funded|supported)
                 |independent|community-owned|co-?operatively\s+owned)\s+               #  … nonprofit / reader-funded …
                (?:[\w-]+\s+){0,2}?
                (?:newsroom|news\s+(?:organi[sz]ation|outlet|site|service|agency|website|publication|startup)
                 |media\s+(?:outlet|organi[sz]ation|company)|newspaper|paper|magazine|publication)\b   #  … newsroom"
            """,
        ),
        context="not_reported",
        weight=0.5,
        why="The outlet's one-line self-description that opens a partner box ('X is a nonprofit newsroom "
            "covering …'): a hint only (never enough alone), so the box's opening sentence is not split off "
            "as body and a tagline paragraph inside a run of notices joins them; a news story about a newsroom "
            "keeps it.",
        examples=(
            "Delta Ledger is a nonprofit, reader-funded newsroom covering the river parishes.",
            "The Hillside Herald is an independent local newspaper owned by its readers.",
        ),
        counterexamples=(
            "The station, an independent newsroom, said it would appeal the fine.",
            "Critics argue the Chronicle is an independent newspaper in name only, the audit report said.",
        ),
    ),
    Rule(
        name="republish.attribution.produced_this",
        triggers=("produced this", "reported this", "published this", "co-published this", "copublished this",
                  "wrote this", "edited this", "commissioned this"),
        kind="republish.attribution",
        patterns=(
            rf"""
            ^\W{{0,4}}(?-i:\p{{Lu}})[^.]{{0,200}}?\b(?:produced|reported|published|co-?published|wrote|edited|commissioned)
                \s+this\s+{STORY}\W{{0,3}}$                          # "X, a nonprofit newsroom covering …, produced this story."
            """,
        ),
        weight=1.5,
        why="A one-sentence credit naming who made the story, ending on 'this story': news sentences "
            "about a story's makers go on to say what they did or found.",
        examples=("Harbor Lights Media, a nonprofit newsroom that covers coastal towns, reported this article.",
                  "The Ridge Review produced this story."),
        counterexamples=("The editors who produced this report said they had checked every figure.",
                         "She published this story in 2019, and it changed her career."),
    ),
    Rule(
        name="republish.attribution.foreign_language",
        triggers=('publié', 'publiee', 'publicad', 'se publicó', 'se publico', 'se reproduce', 'repris', 'autorisation', 'reproducid', 'autorización', 'erschien', 'veröffentlicht', 'genehmigung', 'erlaubnis', 'übernommen',
                  'article original', 'version originale', 'pubblicat', 'ripubblicat', 'concessione', 'republicad', 'reproduzid', 'autorização',
                  'partenariat', 'alianza', 'colaboración', 'asociación', 'kooperation', 'zusammenarbeit', 'partnerschaft',
                  'collaborazione', 'parceria', 'paru', 'im rahmen', 'forma parte', 'traduction', 'traducción',
                  'übersetzung', 'version de', 'es parte', 'se publica', 'eine recherche', 'ein beitrag',
                  'eine produktion', 'eine koproduktion', 'eine gemeinschaftsrecherche', 'reproduit', 'diffusé',
                  'versión original', 'versão original', 'versione originale', 'originalversion', 'originalfassung',
                  'erstveröffentlichung', 'première publication', 'publicación original', 'publicação original',
                  'prima pubblicazione', 'verfügung gestellt', 'nous a été', 'nos fue', 'ci è stato', 'ci è stata',
                  'nos foi', 'nota elaborada', 'nota producida', 'nota realizada', 'artículo elaborado',
                  'reportaje elaborado', 'reportaje producido', 'reportaje realizado'),
        kind="republish.attribution",
        patterns=(
            r"""
            \b(?:initialement|originellement|d['’]abord|à\s+l['’]origine)\s+(?:été\s+)?(?:publiée?s?|parue?s?)   # fr: … on/in a venue
                (?:\s+[^\s.]+){0,3}?\s+(?:sur|dans|par|chez)\s
            | \bpubliée?\s+(?:initialement|originellement|à\s+l['’]origine|pour\s+la\s+première\s+fois|une\s+première\s+fois
                |d['’]abord)
                (?:\s+[^\s.]+){0,3}?\s+(?:sur|dans|par|chez)\s
            | \b(?:repris|republiée?)\s+(?:de|avec\s+l['’]autorisation|avec\s+l['’]aimable)
            | \b(?=repris|reproduit)(?<![\w,;]\s)(?<![\w,;])(?:repris|reproduite?)s?\s+avec\s+   # ". Reproduit avec l'accord
                (?:l['’]accord|l['’]autorisation|la\s+permission|l['’]aimable)  #  de …", not "Le tableau, reproduit avec"
            | \b(?:article|texte|entretien|reportage|tribune)\s+(?:est\s+)?(?:repris|republiée?)\s+(?:du|des|d['’])   # "Article repris du site de X"
            | \bparue?\s+(?:initialement|d['’]abord|originellement|à\s+l['’]origine)\s+(?:dans|sur|chez)\s
            | \btraduction\s+d['’]un\s+(?:texte|article|reportage)\b | \btraducción\s+de\s+un\s+(?:artículo|texto|reportaje)\b
            | \bübersetzung\s+eines\s+(?:artikels|textes|beitrags)\b
            | \bavec\s+l['’]aimable\s+autorisation
            | \bpublicad[oa]s?\s+(?:originalmente|originariamente|por\s+primera\s+vez|inicialmente|primero)      # es
                \s+(?:en|por)\s+(?!\d)                                   # a venue, not a year
            | \b(?:originalmente|originariamente)\s+publicad[oa]s?\s+(?:en|por)\s+(?!\d)
            | \bse\s+public[óo]\s+(?:originalmente|inicialmente|por\s+primera\s+vez|primero)\b | \bse\s+reproduce\s+(?:aquí|con|bajo)\b
            | \breproducid[oa]\s+(?:con\s+(?:autorización|permiso)|de)\b
            | \bcon\s+autorización\s+de\b
            | \b(?:zuerst|ursprünglich|erstmals|zunächst)\s+(?:bei|auf|in|im|von)\b.{0,80}?\b(?:erschienen|veröffentlicht)  # de (domains have dots)
            | ^\W{0,4}(?:zuerst|ursprünglich|erstmals)\s+(?:veröffentlicht|erschienen)\s+(?:auf|bei|in|im|von)\b
            | \bim\s+rahmen\s+(?:einer|unserer)\s+(?:kooperation|partnerschaft|zusammenarbeit)\s+(?:mit|zwischen)\b
            | ^\W{0,4}(?:eine|ein)\s+(?:recherche|gemeinschaftsrecherche|produktion|koproduktion|beitrag)\s+(?:von|des|der)\b
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
            | \bripubblicat[oa]\s+(?:da|su|con\s+(?:il\s+)?permesso)\b | \bper\s+gentile\s+concessione\s+d
            | \b(?:publicad[oa]|republicad[oa])\s+originalmente\s+(?:em|no|na|pel[oa])\s+(?!\d)      # pt
            | \boriginalmente\s+publicad[oa]\s+(?:em|no|na|pel[oa])\s+(?!\d) | \brepublicad[oa]\s+com\s+autorização
            | \breproduzid[oa]\s+com\s+(?:autorização|permissão)\b | \bcom\s+autorização\s+d[oae]\b
            | \b(?:issue?\s+d[e'’]\s*(?:notre|un)\s+partenariat|(?:réalisée?|produite?|publiée?)\s+en\s+partenariat)\s+avec\b  # partnerships
            | \b(?:producid[oa]|realizad[oa]|publicad[oa])\s+en\s+(?:alianza|colaboración|asociación)\s+con\b
            | \bforma\s+parte\s+de\s+(?:una|la)\s+(?:alianza|colaboración|cobertura\s+colaborativa)\b
            | \b(?:entstand|entstanden|erscheint|erschienen|veröffentlicht)\s+in\s+(?:kooperation|zusammenarbeit|partnerschaft)\s+mit\b
            | \b(?:realizzat[oa]|prodott[oa]|pubblicat[oa])\s+in\s+collaborazione\s+con\b
            | \b(?:produzid[oa]|realizad[oa]|publicad[oa])\s+em\s+parceria\s+com\b
            | \b(?:versión|versão)\s+original\s*: | \b(?:version|versione)\s+originale\s*:          # "Versión original: <link>"
            | \boriginal(?:version|fassung|beitrag|artikel)\s*:
            | ^\W{0,4}(?:erstveröffentlichung|première\s+publication|publicación\s+original|publicação\s+original
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
            | ^\W{0,4}(?:est[ae]\s+)?(?:nota|artículo|reportaje)\s+(?:fue\s+)?(?:elaborad|producid|realizad)[oa]\s+
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
        ),
    ),
)

LICENSE = (
    Rule(
        name="republish.license.creative_commons",
        triggers=('creative', 'cc by', 'cc-by', 'ccby', 'cc0', 'cc 0', 'cc-0', 'attribution-', 'namensnennung-', 'paternité-', 'reconocimiento-', 'by-nc', 'by-nd', 'by-sa'),
        kind="republish.license",
        patterns=(
            r"""
            \bcreative[- ]commons\b                                   # the name, any language
            | \bCC[- ]?(?:BY|0)\b(?:-[A-Z]{2})*                         # CC BY-ND, CC0
            | \b(?:attribution|namensnennung|paternité|reconocimiento)
                -(?:non-?commercial|no-?derivatives?|share-?alike|no-?derivs)  # spelled-out licence names
            | \bBY-(?:NC|ND|SA)(?:-(?:NC|ND|SA))*\s+\d\.\d                     # "BY-NC-ND 4.0"
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="Licence terms offered for this story; news about licences speaks of others.",
        examples=(
            "This article is published under a Creative Commons license (CC BY-ND 4.0).",
            "Grist stories may be reused under our Creative Commons terms.",
        ),
        counterexamples=(
            "In Germany, the public broadcaster ARD publishes some of its explainer videos under "
            "a Creative Commons license so that schools can use them in class.",
            "Creative Commons, the nonprofit founded in 2001 by Lawrence Lessig and others, "
            "released the first version of its licenses in December 2002.",
        ),
    ),
    Rule(
        name="republish.license.label",
        triggers=('license', 'licence', 'lizenz', 'licencia', 'licenza', 'licença', 'cc by', 'cc-by', 'some rights',
                  'certains droits', 'algunos derechos', 'einige rechte', 'alcuni diritti', 'alguns direitos'),
        kind="republish.license",
        patterns=(
            r"""
            ^\W{0,4}(?:creative\s+commons\s+)?(?:license|licence|lizenz|licencia|licenza|licença)\s*:   # "Creative Commons License: …"
            | \(\s*CC\s+BY(?:-(?:NC|ND|SA))*\s+\d\.\d\s*\)                                           # "(CC BY-ND 4.0)"
            | ^\W{0,4}CC\s+BY(?:-(?:NC|ND|SA))*\s+\d\.\d\W{0,4}$
            | ^\W{0,4}licen[cs]ed\s+(?:under\s+)?(?:a\s+)?(?:CC\b|creative\s+commons)                   # "Licensed CC BY-SA 4.0 by X"
            | \b(?:texts?|textes?|textos?|testi|testo|inhalte?|content|words|articles?|stories|artículos|artigos|articoli)
                \s*:\s*CC[- ]?BY\b                                                             # "Textos: CC BY-NC-SA | Imágenes: …"
            | ^\W{0,4}(?:some\s+rights\s+reserved|certains\s+droits\s+réservés|algunos\s+derechos\s+reservados
                |einige\s+rechte\s+vorbehalten|alcuni\s+diritti\s+riservati|alguns\s+direitos\s+reservados)
                \s*(?:[.(|·:,;–—-]|$)                                                  # the CC badge line
            """,
        ),
        max_words=25,
        weight=2.0,
        why="A licence label line stands alone under the story: no stance needed.",
        examples=("Creative Commons License: Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0)",
                  "Licensed under Creative Commons by the Valley Courier.", "Texte : CC BY-SA 4.0 | Photos : DR",
                  "Textos: CC BY-ND · Fotos: todos los derechos reservados", "Some rights reserved (CC BY-NC)"),
        counterexamples=("License fees for the stadium rose by a third, the city said.",
                         "Some rights reserved for the crown were abolished in the 1911 reform, historians note."),
    ),
    Rule(
        name="republish.license.versioned_code",
        triggers=('cc by', 'cc-by', 'ccby', 'by-nc', 'by-nd', 'by-sa', 'creative commons attribution',
                  'creative commons namensnennung', 'creative commons reconocimiento', 'creative commons paternité',
                  'creative commons atribución', 'attribution-', 'namensnennung-', 'paternité-', 'reconocimiento-',
                  'atribución-', 'attribuzione-', 'atribuição-'),
        kind="republish.license",
        patterns=(
            r"""
            \bCC[- ]?BY(?:-(?:NC|ND|SA))*\s+\d\.\d\b                                    # "CC BY-ND 4.0"
            | \bBY(?:-(?:NC|ND|SA))+\s+\d\.\d\b                                          # "Creative Commons BY-SA 4.0"
            | \b(?:attribution|namensnennung|paternité|reconocimiento|atribución|attribuzione|atribuição)
                -(?:non-?commercial|no-?derivatives?|no-?derivs|share-?alike|nicht-?kommerziell|keine-?bearbeitung
                |weitergabe|pas-?d['’]utilisation|pas-?de-?modification|partage|no-?comercial|sin-?obras?|compartir
                |non-?commerciale|non-?opere|condividi|não-?comercial|sem-?deriva\w*|compartilha\w*)
                [\w'’-]{0,40}\s+\d\.\d(?:\s+(?:international|unported|licen[cs]e))*\b     # "Attribution-NoDerivatives 4.0
                (?=\s*(?:[(|·.;]|$))                                                      #  International": a label, not prose
            | \bcreative\s+commons\s+(?:attribution|namensnennung|reconocimiento|paternité|atribución)\b
                [^.]{0,60}?\b\d\.\d\b                                                   # spelled out, with its version
            """,
        ),
        weight=2.0,
        why="A licence code with its version number is written for reusers, in a notice or a credit, "
            "not in news prose, whatever the notice's stance ('Unless a caption says otherwise, our "
            "stories are CC BY-ND 4.0': no stance condition, 'says' there reports nothing).",
        examples=("Unless a caption says otherwise, stories on this site are released under CC BY-ND 4.0.",
                  "Attribution-ShareAlike 4.0 International",
                  "Sauf mention contraire, nos textes sont publiés sous Creative Commons BY-NC 4.0."),
        counterexamples=("The foundation said it would move its archive to a Creative Commons licence next year.",
                         "The band's attribution-free sampling of the 1974 record angered its heirs.",
                         "Its entries are offered under Attribution-ShareAlike 4.0, which lets anyone reuse them."),
    ),
    Rule(
        name="republish.license.offered_under",
        triggers=("licen", "lizenz", "terms", "cc", "available to republish", "sous licence", "bajo licencia",
                  "bajo una licencia") + tuple(
            f"{verb} {det}" for verb in ("release", "releases", "publish", "publishes", "offer", "offers")
            for det in ("this", "these", "our")
        ),
        kind="republish.license",
        patterns=(
            rf"""
            \b(?:is|are|may\s+be|can\s+be)\s+(?:freely\s+)?
                (?:available|licen[cs]ed|published|offered|released|distributed|reprinted|shared|re-?used|republished)
                \b[^.]{{0,60}}\bunder\s+(?:a|an|the|our)?\s*[^.]{{0,40}}(?:licen[cs]e|terms|CC\b)  # "is available under a CC BY licence"
            | \b(?:licen[cs]ed|available\s+to\s+republish)\s+under\b              # "Licensed under …"
            | \b(?:this|our)\s+{STORY}\b[^.]{{0,40}}\b(?:carries|has|uses)\s+(?:a|an|the)\s+[^.]{{0,40}}licen[cs]e
            | \b(?:releases?|publish(?:es)?|offers?)\s+(?:this|these|our)\s+{STORY}\s+under
            | (?:^\W{{0,4}}(?:[\w'’-]+\s+){{0,3}}|\b(?:est|sont|été|publiée?s?|diffusée?s?|disponibles?|republiée?s?)\s+)
                sous\s+licence\b                            # fr: "Ce contenu est sous licence", not "placer … sous licence"
            | (?:^\W{{0,4}}(?:[\w'’-]+\s+){{0,3}}|\b(?:está|están|es|publicad[oa]s?|distribuid[oa]s?|disponibles?|publica
                |distribuye|difunde)\s+)bajo\s+(?:una\s+)?licencia\b     # es: the story is under it, not "compartir … bajo licencia"
            | ^\W{{0,4}}licencia\s+(?:creative|CC)\b
            | \bunter(?<=\b(?:steht|stehen|ist|sind|wird|werden|erscheint|erscheinen|veröffentlicht|verfügbar|verbreitet
                    |(?:dieser|diese|dieses|unsere?)\s+(?:[\w-]+\s+){{0,2}}(?:darf|dürfen))\s+unter)   # de: "steht unter", "dieser
                \s+(?:einer|der)\s+[^.]{{0,30}}lizenz                             #  Text darf unter", not "Wikipedia-Artikel dürfen"
            | \blizenziert\s+(?:nach|unter|gemäß)\b                             # "frei lizenziert nach CC BY-SA"
            """,
        ),
        context="not_reported",
        weight=1.5,
        why="Passive 'is available under a … licence' is how outlets state reuse terms.",
        examples=(
            "Common Dreams content may be reprinted under the terms of a CC BY-NC-ND 3.0 license.",
            "Alle unsere Beiträge stehen unter einer Creative-Commons-Lizenz.",
            "Soweit nicht anders angegeben, sind die Texte dieser Seite lizenziert nach CC BY 4.0.",
        ),
        counterexamples=(
            "ProPublica, which makes most of its stories available to other outlets free of charge "
            "under a Creative Commons license, said more than 1,200 sites republished its work last year.",
            "Le journal a décidé de placer ses enquêtes sous licence libre afin que les radios puissent les reprendre.",
            "Las radios acordaron compartir sus programas bajo licencia libre, de modo que otras emisoras puedan usarlos.",
            ("Fotos aus dem Archiv dürfen unter einer offenen Lizenz genutzt werden, wenn die Quelle genannt wird – "
             "das regelt ein neues Landesgesetz, wie die Forscher herausfanden."),
        ),
    ),
)

SOCIAL_TAGGING = (
    Rule(
        name="republish.social_tagging.tag_us",
        triggers=('tag', 'mention', 'credit', 'handle', 'use the', 'use our', 'via @', '@ us', 'shout'),
        kind="republish.social_tagging",
        patterns=(
            r"""
            \b(?:tag|tagging|mention|mentioning|credit|shout-?out|shout\s+us\s+out)\b[^.]{0,120}   # "give us a shout-out: @x"
                (?:@[\w.]{2,}|social\s+media|\btwitter\b|\bfacebook\b|\binstagram\b|\bbluesky\b
                 |\bthreads\b|\blinkedin\b|\btiktok\b|\bmastodon\b|\bon\s+X\b|\bsocial\b|\baccounts?\b|\bhandles?\b
                 |\b(?:company\s+)?pages?\b|\bprofiles?\b)
            | (?:@[\w.]{2,}|social\s+media|\bsocial\b|twitter|facebook|instagram|bluesky|linkedin|threads|tiktok)[^.]{0,80}
                \b(?:tag|tagging|mention|mentioning)\b
            | \b(?:tag|mention|credit)\s+us\b                                  # "Please @mention us'
            | \bsocial\s+media\s+handle
            | \buse\s+(?:the|our)\s+(?:handle|hashtag|account)s?\s+[@#][\w.]{2,}      # "use the handle @x and the hashtag #y"
            | ["“]via\s+@[\w.]{2,}["”]                                          # include "via @outlet" in your post
            | (?:^|\s)@\s+us\b                                                 # "Please @ us when you share it"
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="Asks partners to tag the outlet; a body mention of a handle does not ask anything.",
        examples=(
            "Please tag @teamtrace when sharing this piece from your outlet's social accounts.",
            "If you share our reporting on Facebook or Instagram, tag Prairie Ledger.",
            "When you share the piece, use our handle @riverdesk and the hashtag #RiverWatch.",
            "Please add \"via @riverdesk\" to your caption.",
            "Sharing it? Please @ us on Bluesky.",
            "Posting our story on your socials? A shout-out to @harbourgazette on Threads would be lovely.",
        ),
        counterexamples=(
            "The mayor announced the closure on X, writing from her official account, "
            "@MayorLopezATX, that the bridge would not reopen until April.",
        ),
    ),
)

SOCIAL_TAGGING_FOREIGN = (
    Rule(
        name="republish.social_tagging.foreign_language",
        triggers=('mention', 'identifi', 'tague', 'mencion', 'menciónanos', 'etiquet', 'markier', 'verlink', 'tagg', 'menzion',
                  'menziona', 'marque', 'réseaux sociaux', 'redes sociales', 'redes sociais', 'sozialen',
                  'markierung', 'erwähnung', 'verlinkung', 'menzione', 'marcação', 'menção'),
        kind="republish.social_tagging",
        patterns=(
            r"""
            \b(?:mentionne[zr]?|identifie[zr]?|tague[zr]?|menciona[rn]?|menciónanos|etiqueta[rn]?|etiquétanos
               |markier(?:e[n]?|t)?|verlink(?:e[n]?|t)?|tagga(?:re|teci)?|menziona(?:re|teci)?|marque[m]?|mencione[m]?)\b
                [^.]{0,80}(?:@[\w.]{2,}|réseaux\s+sociaux|redes\s+sociales|redes\s+sociais|sozialen\s+(?:medien|netzwerken)
                |\binstagram\b|\bfacebook\b|\btwitter\b|\btiktok\b|\bbluesky\b|\blinkedin\b
                |\bcompte\b|\bcuenta\b|\bkonto\b|\baccount\b|\bconta\b|\bperfil\b|\bprofil\b)
            | (?:@[\w.]{2,}|réseaux\s+sociaux|redes\s+sociales|redes\s+sociais|sozialen\s+(?:medien|netzwerken))
                [^.]{0,80}\b(?:mentionne\w*|identifi\w*|tague\w*|menciona\w*|menciónanos|etiquet\w*|markier\w*
                |verlink\w*|tagg\w*|menzion\w*|marque\w*)
            | \b(?:markierung|erwähnung|verlinkung|mention|identification|mención|etiqueta|menzione|marcação|menção)\b
                [^.]{0,40}@[\w.]{2,}                                          # "freuen wir uns über eine Markierung: @x"
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="Asks to tag or mention the outlet on social media, in French, Spanish, German, Italian, Portuguese.",
        examples=(
            "Si vous partagez cet article sur les réseaux sociaux, mentionnez notre compte @exemple.",
            "Si compartes esta nota en redes sociales, etiquétanos en @medio_ejemplo.",
            "Teilst du den Beitrag, verlink bitte unseren Account @talbote_news.",
            "Über eine Erwähnung freuen wir uns: @rheinblick auf Mastodon.",
        ),
        counterexamples=(
            "Le ministre a mentionné le compte Instagram de l'association lors de la conférence, selon l'AFP.",
        ),
    ),
)

#: Conditional openings of a sharing instruction ("If promoting on Facebook, tag …").
_SHARE_WHEN = tuple(
    f"{c} {v}" for c in ("when", "if", "while")
    for v in ("sharing", "promoting", "posting", "tweeting", "you share", "you post", "you promote", "you tweet",
              "you're sharing", "you're posting", "you’re sharing", "you’re posting", "you are sharing",
              "you are posting")
)

SOCIAL_TAGGING_STANDALONE = (
    Rule(
        name="republish.social_tagging.tag_us_handle",
        triggers=("tag us", "mention us", "credit us", "via @", "etiquétanos", "etiquetanos", "menciónanos",
                  "mencionanos", "márcanos", "marcanos", "marca a gente", "marque a gente", "marca-nos", "marque-nos",
                  "mencione-nos", "marquem-nos", "identifiez-nous", "mentionnez-nous", "taguez-nous",
                  "identifie-nous", "mentionne-nous", "tague-nous", "taggaci", "taggateci", "menzionaci",
                  "menzionateci", "markiert uns", "markier uns", "markieren sie uns", "verlinkt uns", "verlink uns",
                  "verlinken sie uns", "erwähnt uns", "erwähnen sie uns") + _SHARE_WHEN,
        kind="republish.social_tagging",
        patterns=(
            r"""
            \b(?:tag|mention|credit)\s+us\b[^.]{0,80}?[@#][\w.]{2,}          # "tag us: @outlet"
            | \b(?:etiquétanos|etiquetanos|menciónanos|mencionanos|márcanos|marcanos          # es
                |marca(?:-nos|\s+a\s+gente)|marque(?:-nos|\s+a\s+gente)|mencione-nos|marquem-nos   # pt
                |identifiez-nous|mentionnez-nous|taguez-nous|identifie-nous|mentionne-nous|tague-nous   # fr
                |taggaci|taggateci|menzionaci|menzionateci                                            # it
                |(?:markiert|markier|markieren\s+sie|verlinkt|verlink|verlinken\s+sie|erwähnt|erwähnen\s+sie)\s+uns)  # de
                \b[^.]{0,80}?[@#][\w.]{2,}
            | \b(?:when|if|while)\s+(?:you(?:['’]re|\s+are)?\s+)?(?:shar|promot|post|tweet)\w*\b[^.,]{0,60},\s+
                (?:please\s+)?(?:tag|mention|credit|use\s+(?:the|our)\s+hashtag)\b        # "If promoting on X, tag …"
                (?:\s+us\b|[^.]{0,80}?[@#][\w.]{2,})                                    #  … us, or a handle or hashtag
            | ["“]via\s+@[\w.]{2,}["”]                                              # 'include "via @outlet"'
            """,
        ),
        context="not_reported",
        weight=2.0,
        why="'Tag us: @outlet' and 'If sharing, tag …' are instructions by their grammar (an imperative with "
            "'us', or after a conditional clause) even where no address cue is found; a report of someone's "
            "post is reported speech.",
        examples=(
            "Sharing on Instagram? Tag us: @northshorenews",
            "Cuando publiques la nota, menciónanos en @diario_del_valle.",
            "Ao republicar, marque-nos no Instagram: @jornaldoserrado",
            "When posting the story on LinkedIn, mention the Lakeshore Ledger page and add #LakeshoreNews.",
            "Social posts about partner copies should carry “via @ridgetimes” in the text.",
        ),
        counterexamples=(
            "When posting on X, the senator would often tag @WhiteHouse in her complaints.",
            "“Tag us @parksdept with your photos,” the department wrote on Facebook on Monday.",
            "If sharing a ride, passengers must wear masks, the transit agency said.",
        ),
    ),
)

RULES_FOR_PARTNERS = (
    Rule(
        name="republish.rules.passive_limits",
        triggers=('be edited', 'be altered', 'be changed', 'be modified', 'be shortened', 'be rewritten', 'be cut',
                  'be trimmed', 'byline', 'only the text', 'only the story', 'only the article', 'only the words',
                  'republication', 'reprint', 'republishing', 'any republication', 'all republication', 'each republication',
                  'every republication', 'any reprint', 'all reprint', 'each reprint', 'every reprint',
                  'any republished', 'all republished', 'each republished', 'every republished', 'edits for', 'edit for', 'changes for', 'editing for', 'trims for',
                  'substance of the', 'meaning of the', 'facts of the', 'sense of the', 'licensed separately', 'be used without',
                  'be excerpted', 'be condensed', 'must carry', 'must keep', 'must retain',
                  'must show',
                  'be republished without', 'be reproduced without', 'be reprinted without', 'be reused without',
                  'light edit', 'minor edit', 'small edit', 'local edit', 'stylistic edit', 'light change',
                  'minor change', 'small change', 'local change', 'light editing', 'minor editing', 'light trim',
                  'minor trim', 'excerpt', 'link back to us', 'be licensed', 'be licenced',
                  'translation', 'for length', 'for space')
        + tuple(f"{h} {m}" for h in ("headline", "headlines", "subhead", "subheads", "subheadline", "subheadlines",
                                     "sub-headline", "sub-headlines", "standfirst", "standfirsts") for m in ("may", "can"))
        + tuple(f"{w} to {v}" for w in ("need", "want") for v in ("change", "edit", "rewrite", "tweak", "shorten",
                                                                  "trim", "locali"))
        + tuple(f"only be {v}" for v in ("republished", "re-published", "reprinted", "reproduced", "used", "reused",
                                         "re-used", "run", "shared")),
        kind="republish.rules",
        patterns=(
            r"""
            \b(?:cannot|can['’]t|may\s+not|must\s+not|should\s+not|are\s+not\s+to)\s+be\s+
                (?:edited|altered|changed|modified|shortened|rewritten|cut|trimmed)\b
                [^.]{0,80}\b(?:except|beyond|other\s+than|apart\s+from|unless)\b      # "… except for length or style"
            | \b(?:(?:any|all|each|every)\s+)?(?:republication|reprint|republishing|republished\s+(?:version|copy|story))s?\s+
                (?:must|should|has\s+to|have\s+to)\b                                    # "Any republication must include …"
            | \bonly\s+the\s+(?:text|story|article|words)\s+(?:may|can)\s+be\s+(?:re-?published|reprinted|reused)\b
            | \b(?:original\s+)?bylines?\s+(?:must|should|has\s+to|have\s+to)\s+
                (?:remain|stay|be\s+(?:kept|retained|included|preserved))
            | \bmay\s+be\s+(?:shortened|trimmed|edited|excerpted|condensed)\b[^.]{0,40}\bnot\s+(?:rewritten|altered|changed)
            | \bmust\s+(?:carry|keep|retain|show)\s+(?:the\s+)?(?:author|byline|credit|reporter|original)
            | \b(?:edits?|changes?|editing|trims?)\s+for\s+(?:house\s+)?(?:style|length|clarity|space)\b
                [^.]{0,40}\b(?:fine|ok|okay|allowed|permitted|acceptable|welcome)\b       # "edits for length are fine"
            | \b(?:photos?|photographs|images|videos?|illustrations|graphics|artwork)\b[^.]{0,100}
                \b(?:licensed\s+separately|(?:cannot|can['’]t|may\s+not|must\s+not)\s+be\s+
                    (?:used|republished|reproduced|reprinted|reused)\s+without)   # "images are licensed separately"
            | \b(?:light|minor|small|local|stylistic)\s+(?:edits?|changes?|editing|trims?)\s+(?:are|is)\s+
                (?:fine|ok|okay|allowed|permitted|acceptable|welcome)\b                 # "Local edits are fine"
            | \b(?:stories|articles|(?:the|this|our)\s+(?:story|article|text|piece)s?)\s+(?:may|can)\s+be\s+
                (?:shortened|trimmed|edited|excerpted|condensed|cut)\b                  # "Stories may be shortened for print"
            | \bmay\s+only\s+be\s+(?:re-?published|reprinted|reproduced|re-?used|run|shared)\b   # "… only in full"
            | \bexcerpts?\s+(?:must|should|may\s+not|cannot|can['’]t|are\s+limited)\b | \blink\s+back\s+to\s+us\b
            | \b(?:need|want)\s+to\s+(?:change|edit|rewrite|tweak|shorten|trim|locali[sz]e)\s+(?:the|our|this)\s+
                (?:headline|story|article|text|byline)\b[^.?]{0,20}\?                  # "Need to change the headline? …"
            | \b(?:substance|meaning|facts|sense)\s+of\s+the\s+(?:story|article|reporting|piece)\s+
                (?:must|should|may|cannot|can['’]t)\s+(?:not\s+)?(?:change|be\s+(?:changed|altered))
            | \b(?:headlines?|subheads?|sub-?headlines?|standfirsts?)\s+(?:may|can)\s+(?:also\s+)?be\s+
                (?:rewritten|changed|altered|edited|adapted|adjusted|locali[sz]ed|shortened|tweaked)\b  # "Headlines may be rewritten
                (?=\s*(?:[;:.,]|$|to\s+(?:fit|suit|match|your)|for\s+(?:length|space|style|clarity|seo|your)
                    |as\s+(?:needed|necessary)|if\s+(?:needed|necessary|you)))    #  to fit your layout", not "… by editors"
            | \b(?:photos?|photographs|images|videos?|illustrations|graphics|maps|charts)\b[^.]{0,100}
                \bmust\s+be\s+licen[sc]ed\s+(?:separately|from|directly|through)\b   # "Agency images … must be licensed from the agency"
            | \b(?:trim|cut|shorten|condense)\s+(?:it\s+|them\s+|the\s+(?:story|piece|article|text)\s+)?
                for\s+(?:length|space)\b                                           # "Trim for length if you must"
            | \btranslations?\b[^.]{0,80}?\b(?:are|is)\s+(?:allowed|permitted|welcome|fine|encouraged)\b[^.]{0,12}?
                \b(?:provided|as\s+long\s+as|if|on\s+condition)\b[^.]{0,60}?      # "Translations are allowed, provided
                \b(?:translator|credit\w*|original|link\w*|note|byline|author|source)\b   #  the translator is named"
            """,
        ),
        context="not_reported",
        weight=1.5,
        why="Editing limits stated impersonally ('Stories cannot be edited except for length'); news reports them.",
        examples=("Stories cannot be edited except for length or house style, and the original byline must remain.",
                  "Light edits for length are welcome, but the meaning of the story must not change.",
                  "Maps and photographs from agencies can't be republished without their owners' consent.",
                  "Minor edits are fine; do not change the quotes.",
                  "Our articles may only be reproduced whole; excerpts must stay under 150 words.",
                  "Want to tweak the headline? That's fine, as long as it stays accurate.",
                  "Subheads can be adapted to your house style; the body copy cannot.",
                  "Wire photos in the piece must be licensed directly from the agencies.",
                  "Translations into Welsh or Gaelic are welcome, as long as the original link stays.",
                  "Shorten the text for space if needed, cutting whole paragraphs from the end."),
        counterexamples=(
            "The ballots cannot be altered unless a judge orders a recount, the clerk said.",
            "Residents who want to change the plan have until Friday to comment, the county said.",
            "Headlines can be changed after publication without notice, the study of 40 news sites found.",
            "Translations of the treaty are allowed under the 1998 accord, which both parliaments ratified.",
            "Translations of the ballot are allowed if a certified interpreter signs them, under a 2019 rule.",
            "Headlines can be rewritten by editors long after a story is published, which confuses some readers.",
            "The old articles of association may be reproduced in the annual filing, the regulator said.",
        ),
    ),
    Rule(
        name="republish.rules.conditions",
        # specific phrases only ('if you run', not 'if you'; 'story online', not 'online'): this
        # rule is one of the dearest, and the bare words are in most news paragraphs
        triggers=('republish', 're-publish', 'republication', 'reprint', 're-print', 'repost', 're-post',
                  'syndicat', 'reuse', 're-use', 'rerun', 're-run', 'house style', 'byline', 'credit line',
                  'dateline', 'excerpt', 'point readers', 'pointing readers', 'paywall', 'notify us', 'tell us',
                  'inform us', 'email us', 'let us', 'must credit', 'have to credit', 'need to credit',
                  'use our logo', 'use our name', 'use our brand', 'use our trademark', 'link back',
                  'link to the original', 'link to the full', 'link to original', 'link to full', 'clearly marked',
                  'clearly labeled', 'clearly labelled', 'clearly identified', 'clearly noted', 'clearly flagged',
                  'not covered', 'not included', 'excluded', 'separately', 'permission', 'license them')
        + tuple(f"if you {v}" for v in ("republish", "reprint", "repost", "excerpt", "translate", "shorten", "trim",
                                        "correct", "update", "edit", "change", "run", "use", "publish", "add"))
        + tuple(f"if we {v}" for v in ("update", "correct", "change", "revise"))
        + tuple(f"{w} {where}" for w in STORY_WORDS for where in ("in full", "online", "in print")),
        leads=("partners", "republishers", "editors", "note to editors"),
        kind="republish.rules",
        patterns=(
            rf"""
            \b{REPUB}\b                                   # any talk of republishing …
            | \b(?:run|publish|use)\s+(?:this|the|our)\s+{STORY}\s+(?:in\s+full|online|in\s+print)
            | \b(?:house\s+style|byline|credit\s+line|dateline)\b
            | ^\W*(?:partners|republishers|editors|note\s+to\s+editors)\s*[:,]          # "Partners: if you …"
            | \bif\s+you\s+(?:republish|reprint|repost|excerpt|translate|shorten|trim)\b
            | \bif\s+you\s+(?:correct|update|edit|change|run|use|publish|add\s+to)\s+(?:this|the|our|any\s+of\s+our|an?)\s+
                (?:\w+\s+)?(?:{STORY}|photos?|images?|text|headlines?|bylines?|graphics?|illustrations?)\b
            | \b(?:excerpts?|excerpting)\b | \bpoint(?:ing)?\s+readers\s+to\b
            | \bif\s+we\s+(?:update|correct|change|revise)\s+(?:this|the|our)\s+{STORY}        # corrections follow the story
            | \bpaywalls?\b                                                # "don't put it behind a paywall"
            | \b(?:notify|tell|inform|email|let)\s+us\b(?:[^.]|\.(?=\w)){{0,60}}\b(?:when|if|once|after)\s+you\s+   # dots of an
                (?:re-?publish|publish|run|use|post)                                                               # address pass
            | \blet\s+us\s+know\b[^.]{{0,40}}\b(?:the\s+)?(?:url|link|where\s+(?:it|the\s+story)\s+(?:runs|ran|appears))
            | \b(?:must|have\s+to|need\s+to)\s+credit\s+(?:both\s+)?(?:the\s+)?(?:author|reporter|writer|outlet|photographer|us\b|our)
            | \b(?:can['’]t|cannot|may\s+not|must\s+not|do\s+not|don['’]t)\s+use\s+our\s+(?:logo|name|brand|trademarks?)
            | \blink\s+(?:back\s+)?to\s+(?:the\s+)?(?:original|full)\b
            | \bclearly\s+(?:marked|labell?ed|identified|noted|flagged)\s+as\s+(?:your\s+own|yours|additional|local)\b
            | \b(?:photos?|photographs|images|illustrations|graphics|artwork)\b[^.]{{0,80}}
                \b(?:not\s+(?:covered|included)|excluded|separately|permission|license\s+them)
            """,
        ),
        context="address",
        weight=1.0,
        why="Conditions addressed to partners (you may, do not, please); reports about reprinting say 'said'.",
        examples=(
            "Do not change the text beyond small style adjustments, and do not republish our photos "
            "without asking first.",
            "No paywalls: whatever you run from us has to stay free for your readers.",
        ),
        counterexamples=(
            "Editors at the student newspaper said administrators had told them to stop republishing "
            "articles from outside outlets without written approval.",
        ),
    ),
    Rule(
        name="republish.rules.edit_limits",
        # a negation with its verb, not the bare negation (in most news paragraphs)
        triggers=tuple(f"{neg} {verb}" for neg in ("do not", "don't", "don’t", "may not", "must not", "cannot",
                                                      "can't", "can’t", "can not")
                       for verb in ("edit", "alter", "change", "modify", "sell", "resell", "re-sell", "shorten",
                                    "excerpt", "rewrite", "remove", "strip", "feed", "upload", "scrape",
                                    "sublicense", "sub-license", "aggregate"))
        + ('resell', 're-sell',
                  'limited to', 'restricted to', 'shortening', 'excerpting', 'editing', 'altering', 'translating', 'keep the', 'keep all', 'keep every', 'keep our', 'unaltered', 'without our', 'no image', 'no photo', 'no content', 'reporting was done', 'not edit', 'never edit',
                  'not alter', 'never alter', 'not change', 'never change', 'be rerun', 'be re-run', 'be republished',
                  'be re-published', 'be reprinted', 'be re-printed', 'be reposted', 'be re-posted', 'be syndicated'),
        kind="republish.rules",
        patterns=(
            rf"""
            \b(?:edits?|editing|changes?)\s+(?:are|is)\s+(?:limited|restricted)\s+to
            | \b(?:do\s+not|don['’]t|may\s+not|must\s+not|cannot|can['’]t|can\s+not)\s+
                (?:edit|alter|change|modify|sell|re-?sell|shorten|excerpt|rewrite|remove|strip)\b  # prohibitions
            | \b(?:do\s+not|don['’]t|may\s+not|must\s+not|cannot|can['’]t)\s+
                (?:feed|upload|scrape|sub-?license|aggregate)\s+(?:our|these|this|the)\s+{STORY}      # "don't feed our stories into …"
            | \bre-?sell\s+(?:them|it|our|this|these)\b
            | \b(?:shortening|excerpting|editing|altering|translating)\b[^.]{{0,40}}\b(?:allowed|permitted|approval|permission)
            | \bkeep\s+(?:the|all|every|our)\s+(?:byline|links?|credit|text)
            | \b(?:not|never)\s+(?:edit|alter|change)\s+(?:our|the|this|these)\s+\w+\s+beyond\b   # "not edit our pieces beyond …"
            | \bin\s+full\b[^.]{{0,40}}\bunaltered\b | \bunaltered\b | \bwithout\s+our\s+(?:prior\s+)?(?:written\s+)?(?:approval|permission|consent)
            | \bno\s+(?:images?|photos?|content)\s+from\s+our\b
            | \b(?:additional|local)\s+reporting\s+was\s+done
            | \b(?:re-?run|re-?published|re-?printed|re-?posted|syndicated)\b           # "Time-sensitive stories should
                (?<=\b(?:stories|articles|pieces|reports|columns|(?:this|our)\s+(?:[\w'’-]+\s+)?{STORY})\b  #  not be rerun after a week"
                    [^.]{{0,80}}?\b(?:should|must|may|can)(?:\s+not|n['’]t|\s+only)?\s+be\s+\S+)
            """,
        ),
        context="address_or_self",
        weight=1.0,
        why="Editing limits for partners are phrased as prohibitions; reports of bans carry 'said'.",
        examples=("Shortening the story is allowed only with our written approval.",
                  "Please do not feed our articles into content farms or resell them.",
                  "Our reports on storms should not be republished once the warning we issued has expired."),
        counterexamples=(
            "Under the settlement, the publisher agreed to credit the photographer and pay her $45,000.",
            "Stories about the flood should not be republished without checking the latest figures, the council warned.",
        ),
    ),
    Rule(
        name="republish.rules.numbered_list",
        triggers=('rules', 'guidelines', 'terms', 'conditions'),
        kind="republish.rules",
        patterns=(r"""\b(?:rules|guidelines|terms|conditions)\s+(?:for|of)\s+(?:re-?publish\w*|reuse|republication)""",),
        weight=2.0,
        why="A heading-like 'Rules for republishing' opener.",
        examples=("RULES FOR REPUBLISHING: 1) Run the story in full.",),
        counterexamples=("The rules for voting by mail changed in 2020.",),
    ),
    Rule(
        name="republish.rules.foreign_language",
        triggers=('lien', 'link zum', 'link auf den', 'link all', 'link para', 'enla', 'mentionner', 'citer', 'créditer', 'citar', 'citare', 'modifier', 'altérer',
                  'se permite', 'está permitido', 'se puede', 'è consentito', 'è permesso', 'si può', 'é permitido',
                  'não pode', 'não é', 'nicht verändert', 'nicht gekürzt', 'nicht bearbeitet', 'nicht verfälscht',
                  'autor nennen', 'autorin nennen', 'autor angeben', 'autorin angeben', 'autor genannt',
                  'autorin genannt', 'autorenname', 'quelle', 'las fotografías', 'les photos', 'les images', 'las fotos', 'las imágenes',
                  'fotos', 'le foto', 'as fotos', 'à condition', 'siempre que', 'sofern', 'a condizione', 'purché',
                  'desde que', 'verlinken sie', 'nennen sie', 'ne peuvent', 'no pueden', 'no puede', 'dürfen nicht',
                  'von der lizenz', 'no se puede', 'no se pueden', 'no se permite', 'muro de pago', 'mur payant',
                  'bezahlschranke', 'vendre', 'si republica', 'si reproduce', 'si replica', 'si vous republiez',
                  'si vous reprenez', 'si vous reproduisez', 'wenn sie', 'se ripubblic', 'se republicar',
                  'se você republicar', 'para republicar', 'para reproduzir', 'para reproducir', 'para replicar',
                  'pour republier', 'pour reprendre', 'per ripubblicare', 'um den', 'um diesen', 'übernahme', 'nachdruck',
                  'weiterverbreitung', 'weiterverwendung', 'reprise', 'reproduction', 'reproducción', 'republicación',
                  'kürzungen', 'solange der sinn', 'überschrift', 'titel', 'vorspann', 'teaser', 'dachzeile',
                  'les coupes', 'se permiten'),
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
            | \bnicht\s+(?:verändert|gekürzt|bearbeitet|verfälscht)\s+werden
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
            | \bà\s+condition\s+de\s+(?:citer|mentionner|créditer|ne\s+pas\s+(?:les?\s+|la\s+)?modifier)  # "… provided that"
            | \bsiempre\s+que\s+(?:se\s+)?(?:cite|citen|mencione|mencionen|incluya|enlace)\b
            | \bsofern\s+(?:die\s+)?(?:quelle|autor\w*)\s+(?:genannt|angegeben)
            | \b(?:a\s+condizione\s+di\s+citare|purché\s+(?:si\s+)?cit)
            | \bdesde\s+que\s+(?:cite|citem|mencione|seja\s+citad)
            | \bno\s+se\s+(?:pueden?|permite)\s+vender\b | \bmuro\s+de\s+pago\b                     # paywalls and sales
            | \bmur\s+payant\b | \bbezahlschranke\b | \bne\s+(?:pas\s+)?(?:les\s+)?vendre\b
            | \bsi\s+(?:republicas|republica|republican|reproduces|reproducen|replicas|replican)\s+
                (?:este|esta|estos|estas|nuestr[oa]s?)\b                                     # es: "If you republish this …"
            | \bsi\s+vous\s+(?:republiez|reprenez|reproduisez)\b                               # fr
            | \bwenn\s+sie\s+(?:diesen|dieses|den|unseren|unsere)\s+\w+\s+(?:übernehmen|veröffentlichen|nachdrucken)   # de
            | \bse\s+(?:ripubblichi|ripubblicate)\b | \bse\s+(?:você\s+)?republicar\b        # it, pt
            | ^\W{0,4}(?:para\s+(?:republicar|reproduzir|reproducir|replicar)|pour\s+(?:republier|reprendre)
                |per\s+ripubblicare|um\s+(?:den|diesen)\s+\w+\s+zu\s+übernehmen)\b[^.]{0,10},   # "To republish, keep …"
            | \b(?:übernahme|nachdruck|weiterverbreitung|weiterverwendung)\b[^.]{0,60}
                \bnur\s+(?:nach|mit)\s+(?:vorheriger\s+)?(?:absprache|rücksprache|genehmigung|zustimmung|erlaubnis)
            | \b(?:reprise|reproduction)\b[^.]{0,60}\b(?:soumise\s+à|uniquement\s+(?:avec|après))\s+
                (?:l['’]accord|l['’]autorisation|autorisation|accord)
            | \b(?:reproducción|republicación)\b[^.]{0,60}\bsolo\s+(?:con|previa)\s+(?:autorización|permiso|acuerdo)
            | \bkürzungen\s+sind\s+(?:erlaubt|gestattet|möglich|zulässig) | \bsolange\s+der\s+sinn\s+erhalten\s+bleibt
            | \b(?:überschrift|titel|vorspann|teaser|dachzeile)(?:\s+und\s+\w+)?\s+dürfen\s+(?:angepasst|geändert|gekürzt)\s+werden
            | \bles\s+coupes\s+sont\s+(?:autorisées|permises|possibles) | \bse\s+permiten\s+(?:recortes|cortes|ajustes)
            """,
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
        ),
        counterexamples=(
            "Les photos ne sont pas incluses dans l'accord, a précisé le ministère.",
            "El juez recordó que no se permite modificar el testamento sin notario, según la sentencia.",
            "Ein Nachdruck des Romans ist nur mit Zustimmung der Erben möglich, sagte der Verleger.",
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

CTA = (
    Rule(
        name="republish.cta.button",
        triggers=('publish', 'republish', 're-publish', 'copy', 'republier', 'republiez', 'republica', 'republique',
                  'ripubblica', 'republizieren', 'wiederveröffentlichen', 'reprendre', 'übernehmen', 'veröffentlichen',
                  'reprint', 'syndicate', 'repost', 're-post', 'run this', 'run our', 'use this', 'use our',
                  'reuse this', 're-use this', 'reuse our', 're-use our', 'take this', 'grab this', 'nachdrucken',
                  'kostenlos', 'kostenfrei', 'gratis', 'frei', 'share-with-', 'send-to-')
        + tuple(f"{v} this {n}" for v in ("get", "copy") for n in ("story", "article", "piece", "report")),
        kind="republish.cta",
        patterns=(
            r"""
            ^\W{0,4}re-?publish(?:\s+(?:this|our))?(?:\s+(?:story|article|piece|post))?\b   # "Republish this story"
            | ^\W{0,4}(?:reprint|syndicate|re-?post|run|use|re-?use|take|grab)\s+(?:this|our)\s+
                (?:story|article|piece|post|report|essay)(?:\s+for\s+free)?\W{0,4}$   # "Reprint this story →", "Reuse this story ⧉"
            | ^\W{0,4}(?:kostenlos|kostenfrei|gratis|frei)\s+(?:nachdrucken|übernehmen|republizieren)\W{0,4}$  # "→ Kostenlos nachdrucken"
            | ^\W{0,4}(?:(?:diesen|den)\s+)?(?:artikel|beitrag|text)\s+(?:übernehmen|republizieren)\W{0,4}$
            | ^\W{0,4}(?:(?:diesen|den)\s+)?(?:artikel|beitrag|text)\s+(?:auf|in)\s+(?:ihrer|ihrem|deiner|deinem|eurer|eurem)\s+
                (?:seite|website|webseite|medium|zeitung|portal|plattform)\s+(?:veröffentlichen|übernehmen)\W{0,4}$
            | ^\W{0,4}(?:republier|republiez|republicar|republica|republique|ripubblica(?:re)?|republizieren
                |wiederveröffentlichen|reprendre)   # the button elsewhere
                (?:\s+(?:cet|cette|ce|este|esta|questo|questa|diesen|dieses|den|das|o|a)\s+\w+)?
                (?:\s+(?:gratuitement|gratis|gratuitamente|kostenlos))?\W{0,4}$
            | \bcopy\s+(?:to\s+clipboard|html|the\s+html|code)\b
            | \bcopy\s+(?:(?:the\s+)?(?:story|article|full|embed)\s+(?:html|code)|plain\s+text|rich\s+text)
                (?=\s*(?:$|[|·•/›»→↗⧉)\]])|\s\s)                           # button labels: "Copy story HTML | Copy plain text"
            | ^\W{0,4}copy\s+(?:this|our)\s+(?:story|article)\s+(?:to|onto|for)\s+your\s+(?:site|website|cms)\W{0,3}$
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
                  "Copy article HTML · Copy plain text", "Kostenfrei übernehmen",
                  "Editors: press the “Grab this story” button to get the full text and credits.",
                  "Tap the share-with-partners icon to get the embed."),
        counterexamples=("Newspapers that republish wire copy often shorten it.",
                         "Run this story past the lawyers before Friday, the editor told her.",
                         "Take this story with a pinch of salt, her lawyer warned.",
                         "Students who copy the text of an exam face expulsion, the dean said.",
                         "Students can copy plain text from the archive but not the scanned images."),
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
)

CTA_FOREIGN = (
    Rule(
        name="republish.cta.foreign_language",
        triggers=('vous pouvez', 'tu peux', 'vous êtes libre', 'envie de', 'vous souhaitez', 'puede', 'quiere',
                  'desea', 'sie können', 'du kannst', 'möchten sie', 'wollen sie', 'puoi', 'potete', 'può', 'vuoi',
                  'volete', 'desideri', 'pode', 'você pode', 'quer', 'deseja', 'eres un medio', 'es usted un medio',
                  'vous êtes', 'sind sie', 'vous dirigez', 'vous gérez', 'vous animez', 'sie betreiben',
                  'du betreibst', 'sie leiten', 'du leitest', 'sei un', 'sei una', 'siete un', 'siete una', 'você é',
                  'você tem', 'você dirige', 'diriges', 'tienes un', 'tienes una', 'dirige un', 'dirige una',
                  'tiene un', 'tiene una', 'peut être', 'peuvent être', 'puede ser', 'pueden ser', 'può essere',
                  'possono essere', 'pode ser', 'podem ser', 'kostenlos', 'kostenfrei', 'cliquez', 'clique sur',
                  'appuyez', 'haga clic', 'haz clic', 'pulse el', 'pulse en', 'pulsa el', 'pulsa en', 'klick', 'clicca',
                  'clique em', 'clique no')
        + tuple(f"{b} {q}" for b in ("button", "schaltfläche", "knopf", "bouton", "botón", "pulsante", "botão")
                for q in ('«', '"', '“', '„', '‘', "'", '‹')),
        kind="republish.cta",
        patterns=(
            r"""
            \b(?:vous\s+pouvez|tu\s+peux|vous\s+êtes\s+libres?\s+de|envie\s+de|vous\s+souhaitez)\s+  # fr
                (?:republier|reprendre|reproduire)\b
            | \b(?:puede|puedes|pueden|quiere|quieres|desea|deseas)\s+(?:republicar|reproducir|replicar)\b   # es
            | \b(?:eres|es\s+usted)\s+un\s+medio\b[^.?]{0,40}\?                                       # "¿Eres un medio …?"
            | \bvous\s+êtes\s+(?:un\s+média|une\s+rédaction|journaliste)\b[^.?]{0,40}\?
            | (?:\bvous\s+(?:dirigez|gérez|animez|êtes)\s+(?:un|une)\s+(?:média|radio|journal|rédaction|site|télé\w*|magazine)
                |\b(?:sie\s+betreiben|du\s+betreibst|sie\s+leiten|du\s+leitest)\s+(?:ein|eine)\s+
                    (?:medium|redaktion|zeitung|lokalzeitung|radio|sender|portal|nachrichtenseite|magazin)
                |\b(?:sei|siete)\s+(?:un|una)\s+(?:testata|giornale|radio|redazione|sito)
                |\bvocê\s+(?:é|tem|dirige)\s+(?:um|uma)\s+(?:veículo|jornal|rádio|site|redação|portal)
                |\b(?:diriges|tienes|dirige|tiene)\s+(?:un|una)\s+(?:medio|radio|periódico|diario|emisora|revista))
                \b[^.?]{0,80}\?[\s\S]{0,200}?                        # "Vous dirigez une radio ? …", "Sie betreiben ein Medium …? …
                \b(?:republi(?:car|cad[oa]s?|cación|cação|er|ez|ée?s?)|ripubblic\w*|republizier\w*|reprendre|repris\w*
                |reproduire|reprodu\w*|replicar|riprendere|übernehm\w*|übernommen
                |nachdruck\w*|veröffentlichen|gratuit\w*|gratis|kostenlos|kostenfrei|librement|libremente
                |liberamente|livremente|button|bouton|botón|botão|pulsante)   #  … then what the partner may do
            | \b(?:peut|peuvent)\s+être\s+(?:repris|republié|reproduit)e?s?\s+(?:gratuitement|librement|sans\s+frais)  # "… peut être repris gratuitement"
            | \b(?:puede|pueden)\s+ser\s+(?:republicad|reproducid)[oa]s?\s+(?:gratis|gratuitamente|libremente|sin\s+costo)
            | \b(?:può|possono)\s+essere\s+(?:ripres|ripubblicat)[oaie]\s+(?:gratuitamente|gratis|liberamente)
            | \b(?:pode|podem)\s+ser\s+(?:republicad|reproduzid)[oa]s?\s+(?:gratuitamente|de\s+graça|livremente)
            | \b(?:kann|können|darf|dürfen)\s+(?:\w+\s+){0,3}?(?:kostenlos|kostenfrei|gratis)\s+(?:übernommen|nachgedruckt)\s+werden
            | \b(?:sie\s+können|du\s+kannst|möchten\s+sie|wollen\s+sie)\s+(?:\w+\s+){0,4}?           # de
                (?:übernehmen|nachdrucken|wiederveröffentlichen|republizieren)\b
            | (?:\b(?:cliquez|clique\s+(?:sur|em|no)|appuyez|haga\s+clic|haz\s+clic|pulse\s+(?:el|en)|pulsa\s+(?:el|en)
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
        ),
        counterexamples=(
            "Los periódicos pueden reproducir el discurso íntegro, dijo el portavoz del Gobierno.",
            "Sie betreiben eine Zeitung in Kassel? Dann kennen Sie vielleicht das Problem mit den Zustellern.",
            "Les œuvres peuvent être reproduites librement après 70 ans, rappelle le ministère.",
            "Vuoi riprendere in mano la tua vita? Il corso inizia a marzo e costa 200 euro.",
            "Klicken Sie auf „Abonnieren“, um keine Folge zu verpassen.",
        ),
    ),
)

PARTNER_SITE = (
    Rule(
        name="republish.rules.partner_site",
        kind="republish.rules",
        triggers=("your organization", "your organisation", "your site", "your website", "your outlet",
                  "your publication", "your newsroom", "your page", "your version"),
        patterns=(
            r"""\byour\s+(?:organi[sz]ation|outlet|publication|newsroom)\b""",
            # 'your site / page / version' only next to talk of republishing: a how-to
            # article says 'build your website' to its readers too
            r"""\b(?:re-?publish\w*|reprint\w*|syndicat\w*|our\s+(?:stor(?:y|ies)|articles?|content|journalism|reporting))\b
                [^\n]{0,200}\byour\s+(?:site|website|page|version)\b
              | \byour\s+(?:site|website|page|version)\b[^\n]{0,200}
                \b(?:re-?publish\w*|reprint\w*|syndicat\w*|our\s+(?:stor(?:y|ies)|articles?|content|journalism|reporting))\b""",
        ),
        context="address",
        weight=2.5,
        why="Guidance to partner sites speaks of 'your site' / 'your organization'; asks to readers do not.",
        examples=(
            "Please don't imply that donations to your organization support our reporting.",
            "When you republish, add a note at the top of your version saying where the story came from.",
        ),
        counterexamples=(
            "The council said residents can read the full audit on the city website, a spokeswoman said.",
            "When you are planning your website and offers, there is a helpful way to think about it.",
            "After outlining your version of early retirement, it's time to work out how much money you need.",
        ),
    ),
)

RULES = group(*TRACKING, *TRACKING_MORE, *ATTRIBUTION, *LICENSE, *SOCIAL_TAGGING, *SOCIAL_TAGGING_FOREIGN, *SOCIAL_TAGGING_STANDALONE,
              *RULES_FOR_PARTNERS,
              *PARTNER_SITE, *CTA, *CTA_FOREIGN)
