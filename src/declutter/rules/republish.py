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
#: What a notice calls the story.
STORY = r"(?:story|stories|article|articles|piece|pieces|report|essay|analysis|investigation|column|op-ed|work|content|post|version|journalism|reporting)"

TRACKING = (
    Rule(
        name="republish.tracking_code.pixel_instruction",
        triggers=('hidden', 'readership', 'how many', 'tracking', 'analytics', 'trackingpixel', 'page view', 'pageview', 'page-view', 'view counter', 'view code', 'view tag', 'counter code', 'counter tag', 'measurement', 'reach code', 'reach tag', 'pixel', 'tracker', 'embed the counter', 'keep the counter', 'include the counter', '1x1', '1 x 1', '1×1', 'invisible', 'tiny image', 'small image', 'tiny tracking', 'small tracking', 'tiny gif', 'small gif', 'beacon'),
        kind="republish.tracking_code",
        patterns=(
            r"""
            (?:tracking|analytics|page[- ]?view|view|counter|measurement|reach)\s+
                (?:code|pixel|tag|snippet|image|beacon|script|counter|tracker)     # "tracking code", "pageview tracker"
            | \b(?:embed|keep|include|leave|retain|preserve)\s+(?:the|our)\s+counter\b   # "Embed the counter: …"
            | \b1\s?[x×]\s?1\b | \b1-pixel\b | \bone-pixel\b              # "1x1 image"
            | invisible\s+(?:image|gif|tag)                              # "a tiny invisible image"
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
        ),
        counterexamples=(
            "The company's pixel, a snippet of code embedded on more than 30 hospital websites, "
            "sent details of patients' appointment requests to Facebook, the investigation found.",
            "If you put the two laptops side by side you will notice the slightly higher pixel density.",
            "You can play on the Pixel 4 too, and the controller works with your phone over Bluetooth.",
            "Hidden cameras in the lobby recorded how many people entered the building, police said.",
        ),
    ),
    Rule(
        name="republish.tracking_code.foreign_language",
        triggers=('pixel', 'píxel', 'zählpixel', 'messpixel', 'tracking', 'tracker', 'code', 'código', 'codice', 'zählcode', 'zählmarke',
                  'balise', 'medición', 'mesure', 'combien', 'cuántos', 'wie viele', 'quanti', 'quantos',
                  'zugriffe', 'seitenaufrufe', 'aufrufe', 'lesezahlen', 'compter', 'mesurer', 'contar', 'medir',
                  'script de', 'messskript', 'mess-skript', 'trackingskript', 'tracking-skript', 'zählskript'),
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
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="French, Spanish, Italian, Portuguese and German instructions to keep a tracking pixel or counting code.",
        examples=(
            "Le code HTML contient un pixel de suivi : merci de ne pas le retirer.",
            "El código incluye un píxel de seguimiento; por favor, no lo borre al republicar.",
            "Bitte lassen Sie das Zählpixel im Einbettungscode stehen.",
        ),
        counterexamples=(
            "Le pixel de suivi de Meta a transmis des données de santé à la plateforme, selon l'enquête.",
            "Die Zählpixel der Verlage wurden im vergangenen Jahr neu geregelt, teilte die VG Wort mit.",
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
            | <script\b[^>]{0,400}?(?:pixel|track|beacon|republish|analytics)
            """,
        ),
        weight=3.0,
        why="An HTML tracking tag pasted into the text: never article prose.",
        examples=('<img src="https://example.org/republish/pixel/1.gif" width="1" height="1" alt="" />',),
        counterexamples=("The pixel art exhibition opens on Friday.",),
    ),
)

TRACKING_MORE = (
    Rule(
        name="republish.tracking_code.with_reuse_terms",
        triggers=('1x1', '1 x 1', '1×1', 'pixel', 'tracker', 'tracking'),
        kind="republish.tracking_code",
        patterns=(
            rf"""
            (?:\b1\s?[x×]\s?1\b|\bone-pixel\b|\btracking\s+(?:pixel|code|tag|snippet)|\bpixel\b|\btracker\b)
                [\s\S]{{0,200}}?\b{REPUB}                          # the pixel, then the reuse terms …
            | \b{REPUB}[\s\S]{{0,200}}?
                (?:\b1\s?[x×]\s?1\b|\bone-pixel\b|\btracking\s+(?:pixel|code|tag|snippet)|\btracker\b)   # … or the other way
            """,
        ),
        context="not_reported",
        weight=2.0,
        why="A pixel or tracker named in the same notice as the reprint terms: partner instructions, "
            "even when they speak to nobody ('Removing it breaches our reprint terms').",
        examples=(
            "NOTE: the embed contains a 1x1 image; deleting it breaks our reprint terms.",
            "Syndication partners receive the text with a tracking snippet attached.",
        ),
        counterexamples=(
            "The paper said its reprint deal with the agency never involved a tracking pixel.",
            "The pixel phone sold well, and the firm reported strong syndication revenue.",
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
           "distributed as", "provided by", "provided through", "provided via", "made available"),
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
            | \boriginal\s+version\s+of\s+this\s+{STORY}\s+(?:was|is)\s+(?:first\s+)?(?:published|posted|available|printed)
            | \b(?:story|article)\s+continues\s+(?:at|on)\b | \bcontinue\s+reading\s+(?:at|on)\s    # the rest lives elsewhere
            | \b(?:(?:a|an)\s+(?:(?:earlier|edited|abridged|shorter|longer|expanded|previous|prior|different)\s+)?|another\s+)
                version\s+of\s+this\s+{STORY}\s+
                (?:also\s+)?(?:ran|appeared|aired|was\s+(?:first\s+)?(?:published|posted|printed|broadcast))\s+(?:in|on|at|by)\b
            | \b(?:this|the\s+following)\s+{STORY}\s+comes?\s+(?:to\s+you\s+)?(?:from|via|through|courtesy\s+of)\b
            | \bfrom\s+our\s+(?:partners?|friends)\s+at\s+(?-i:\p{{Lu}})                      # "… from our partners at Grist"
            | \boriginal\s+source\s*:
            | \b(?:this|the)\s+(?:[\w'’-]+\s+){{0,2}}{STORY}\s+(?:is|was)\s+(?:shared|distributed|provided|made\s+available)\s+
                (?:through|via|by|courtesy\s+of|as\s+part\s+of)\b                     # "This story is shared through …"
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
        ),
        counterexamples=(
            "The original version of the study, which first appeared in the journal Nature in 2019, "
            "was later corrected to fix a unit error in one of its charts.",
            "The camp lies in the desert near the border. It first appeared in 2014, when families fleeing "
            "the war gathered at the checkpoint.",
            "This article first appeared in our Climate Fix newsletter.",
            "When the weekly first published the poem in 1971, nobody noticed it.",
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
            | ^\W{0,4}courtesy\s+of\s+(?-i:\p{Lu})[\w'’&.-]*(?:\s+(?-i:\p{Lu})[\w'’&.-]*){0,5}   # "Courtesy of Stateline, a
                (?:\s*,\s*(?:a|an|the)\s[^.]{0,80})?\.?\W{0,3}$                             #  news service.": the whole line
            """,
        ),
        context="any",
        weight=2.5,
        why="Syndication credit lines; news sentences use other words for the same events.",
        examples=(
            "— Republished from Piedmont Watch (piedmontwatch.org)",
            "Originally published at Common Dreams; reprinted with permission.",
        ),
        counterexamples=(
            "Under the agreement, the two newspapers will share content.",
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
            | \b(?:produced|published|reported|co-?published)\s+(?:in\s+)?(?:partnership|collaboration)\s+with\b
                (?<=(?:^\W{0,4}|\b(?:(?:this|the)\s+(?:[\w'’-]+\s+){0,3}                       # the story is the subject:
                    (?:story|article|report|piece|investigation|series|podcast|episode|coverage)  # 'farmers produced in
                    |this\s+project)\s+(?:was|is|has\s+been)\s+)                                   #  partnership' is news
                    (?:produced|published|reported|co-?published)\s+(?:in\s+)?(?:partnership|collaboration)\s+with)
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
        ),
        counterexamples=(
            "The project was produced in partnership with local farmers, who planted 3,000 trees along the river.",
            "The report was jointly released by the two agencies on Thursday.",
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
                  'eine produktion', 'eine koproduktion', 'eine gemeinschaftsrecherche'),
        kind="republish.attribution",
        patterns=(
            r"""
            \b(?:initialement|originellement|d['’]abord|à\s+l['’]origine)\s+(?:été\s+)?(?:publiée?s?|parue?s?)   # fr: … on/in a venue
                (?:\s+[^\s.]+){0,3}?\s+(?:sur|dans|par|chez)\s
            | \bpubliée?\s+(?:initialement|originellement|à\s+l['’]origine|pour\s+la\s+première\s+fois|une\s+première\s+fois)
                (?:\s+[^\s.]+){0,3}?\s+(?:sur|dans|par|chez)\s
            | \b(?:repris|republiée?)\s+(?:de|avec\s+l['’]autorisation|avec\s+l['’]aimable)
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
                (?:est|a\s+été)\s+(?:d['’]abord\s+|initialement\s+)?(?:parue?|publiée?)\s+(?:dans|sur|par|chez)\s
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
        triggers=('license', 'licence', 'lizenz', 'licencia', 'licenza', 'licença', 'cc by', 'cc-by'),
        kind="republish.license",
        patterns=(
            r"""
            ^\W{0,4}(?:creative\s+commons\s+)?(?:license|licence|lizenz|licencia|licenza|licença)\s*:   # "Creative Commons License: …"
            | \(\s*CC\s+BY(?:-(?:NC|ND|SA))*\s+\d\.\d\s*\)                                           # "(CC BY-ND 4.0)"
            | ^\W{0,4}CC\s+BY(?:-(?:NC|ND|SA))*\s+\d\.\d\W{0,4}$
            | ^\W{0,4}licen[cs]ed\s+(?:under\s+)?(?:a\s+)?(?:CC\b|creative\s+commons)                   # "Licensed CC BY-SA 4.0 by X"
            | \b(?:text|texte|texto|testo|inhalt|content|words)\s*:\s*CC[- ]?BY\b                  # "Text: CC BY 4.0 | Photos: …"
            """,
        ),
        max_words=25,
        weight=2.0,
        why="A licence label line stands alone under the story: no stance needed.",
        examples=("Creative Commons License: Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0)",
                  "Licensed under Creative Commons by the Valley Courier.", "Texte : CC BY-SA 4.0 | Photos : DR"),
        counterexamples=("License fees for the stadium rose by a third, the city said.",),
    ),
    Rule(
        name="republish.license.versioned_code",
        triggers=('cc by', 'cc-by', 'ccby', 'by-nc', 'by-nd', 'by-sa', 'creative commons attribution',
                  'creative commons namensnennung', 'creative commons reconocimiento', 'creative commons paternité',
                  'creative commons atribución'),
        kind="republish.license",
        patterns=(
            r"""
            \bCC[- ]?BY(?:-(?:NC|ND|SA))*\s+\d\.\d\b                                    # "CC BY-ND 4.0"
            | \bcreative\s+commons\s+(?:attribution|namensnennung|reconocimiento|paternité|atribución)\b
                [^.]{0,60}?\b\d\.\d\b                                                   # spelled out, with its version
            """,
        ),
        weight=2.0,
        why="A licence code with its version number is written for reusers, in a notice or a credit, "
            "not in news prose, whatever the notice's stance ('Unless a caption says otherwise, our "
            "stories are CC BY-ND 4.0': no stance condition, 'says' there reports nothing).",
        examples=("Unless a caption says otherwise, stories on this site are released under CC BY-ND 4.0.",),
        counterexamples=("The foundation said it would move its archive to a Creative Commons licence next year.",),
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
            | \bunter\s+(?:einer|der)\s+[^.]{{0,30}}lizenz
            """,
        ),
        context="not_reported",
        weight=1.5,
        why="Passive 'is available under a … licence' is how outlets state reuse terms.",
        examples=(
            "Common Dreams content may be reprinted under the terms of a CC BY-NC-ND 3.0 license.",
        ),
        counterexamples=(
            "ProPublica, which makes most of its stories available to other outlets free of charge "
            "under a Creative Commons license, said more than 1,200 sites republished its work last year.",
            "Le journal a décidé de placer ses enquêtes sous licence libre afin que les radios puissent les reprendre.",
            "Las radios acordaron compartir sus programas bajo licencia libre, de modo que otras emisoras puedan usarlos.",
        ),
    ),
)

SOCIAL_TAGGING = (
    Rule(
        name="republish.social_tagging.tag_us",
        triggers=('tag', 'mention', 'credit', 'handle', 'use the', 'use our', 'via @', '@ us'),
        kind="republish.social_tagging",
        patterns=(
            r"""
            \b(?:tag|tagging|mention|mentioning|credit)\b[^.]{0,120}
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
        triggers=('mention', 'identifi', 'tague', 'mencion', 'menciónanos', 'etiquet', 'markier', 'verlink', 'tagga',
                  'menziona', 'marque', 'réseaux sociaux', 'redes sociales', 'redes sociais', 'sozialen', '@'),
        kind="republish.social_tagging",
        patterns=(
            r"""
            \b(?:mentionne[zr]?|identifie[zr]?|tague[zr]?|menciona[rn]?|menciónanos|etiqueta[rn]?|etiquétanos
               |markiere[n]?|verlinke[n]?|tagga(?:re|teci)?|menziona(?:re|teci)?|marque[m]?|mencione[m]?)\b
                [^.]{0,80}(?:@[\w.]{2,}|réseaux\s+sociaux|redes\s+sociales|redes\s+sociais|sozialen\s+(?:medien|netzwerken)
                |\binstagram\b|\bfacebook\b|\btwitter\b|\btiktok\b|\bbluesky\b|\blinkedin\b
                |\bcompte\b|\bcuenta\b|\bkonto\b|\baccount\b|\bconta\b|\bperfil\b|\bprofil\b)
            | (?:@[\w.]{2,}|réseaux\s+sociaux|redes\s+sociales|redes\s+sociais|sozialen\s+(?:medien|netzwerken))
                [^.]{0,80}\b(?:mentionne\w*|identifi\w*|tague\w*|menciona\w*|menciónanos|etiquet\w*|markier\w*
                |verlink\w*|tagg\w*|menzion\w*|marque\w*)
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="Asks to tag or mention the outlet on social media, in French, Spanish, German, Italian, Portuguese.",
        examples=(
            "Si vous partagez cet article sur les réseaux sociaux, mentionnez notre compte @exemple.",
            "Si compartes esta nota en redes sociales, etiquétanos en @medio_ejemplo.",
        ),
        counterexamples=(
            "Le ministre a mentionné le compte Instagram de l'association lors de la conférence, selon l'AFP.",
        ),
    ),
)

RULES_FOR_PARTNERS = (
    Rule(
        name="republish.rules.passive_limits",
        triggers=('be edited', 'be altered', 'be changed', 'be modified', 'be shortened', 'be rewritten', 'be cut',
                  'be trimmed', 'byline', 'only the', 'republication', 'reprint', 'republishing', 'any republication', 'all republication', 'each republication',
                  'every republication', 'any reprint', 'all reprint', 'each reprint', 'every reprint',
                  'any republished', 'all republished', 'each republished', 'every republished', 'edits for', 'edit for', 'changes for', 'editing for', 'trims for',
                  'substance of', 'meaning of', 'facts of', 'sense of', 'licensed separately', 'be used without',
                  'be excerpted', 'be condensed', 'must carry', 'must keep', 'must retain',
                  'must show',
                  'be republished without', 'be reproduced without', 'be reprinted without', 'be reused without',
                  'light edit', 'minor edit', 'small edit', 'local edit', 'stylistic edit', 'light change',
                  'minor change', 'small change', 'local change', 'light editing', 'minor editing', 'light trim',
                  'minor trim', 'only be', 'excerpt', 'link back to us')
        + tuple(f"{w} to {v}" for w in ("need", "want") for v in ("change", "edit", "rewrite", "tweak", "shorten",
                                                                  "trim", "locali")),
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
                  "Want to tweak the headline? That's fine, as long as it stays accurate."),
        counterexamples=(
            "The ballots cannot be altered unless a judge orders a recount, the clerk said.",
            "Residents who want to change the plan have until Friday to comment, the county said.",
        ),
    ),
    Rule(
        name="republish.rules.conditions",
        triggers=('publish', 'republish', 'publication', 'republication', 'reprint', 're-print', 'repost', 're-post', 'syndicat', 'reuse', 're-use', 'rerun', 're-run', 'in full', 'online', 'in print', 'house style', 'byline', 'credit line', 'dateline', 'photo', 'image', 'illustration', 'graphic', 'artwork', 'partners', 'republishers', 'editors', 'if you', 'excerpt', 'readers to', 'link to', 'link back',
                  'must credit', 'have to credit', 'need to credit', 'use our', 'if we', 'paywall', 'notify us',
                  'tell us', 'inform us', 'email us', 'let us', 'clearly marked', 'clearly labeled', 'clearly labelled',
                  'clearly identified', 'clearly noted', 'clearly flagged'),
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
            | \bpaywall\b                                                  # "don't put it behind a paywall"
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
        ),
        counterexamples=(
            "Editors at the student newspaper said administrators had told them to stop republishing "
            "articles from outside outlets without written approval.",
        ),
    ),
    Rule(
        name="republish.rules.edit_limits",
        triggers=('resell', 're-sell',
                  'limited to', 'restricted to', 'do not', "don't", 'don’t', 'may not', 'must not', 'cannot', "can't", 'can’t', 'can not', 'shortening', 'excerpting', 'editing', 'altering', 'translating', 'keep the', 'keep all', 'keep every', 'keep our', 'unaltered', 'without our', 'no image', 'no photo', 'no content', 'reporting was done', 'not edit', 'never edit',
                  'not alter', 'never alter', 'not change', 'never change'),
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
            """,
        ),
        context="address_or_self",
        weight=1.0,
        why="Editing limits for partners are phrased as prohibitions; reports of bans carry 'said'.",
        examples=("Shortening the story is allowed only with our written approval.",
                  "Please do not feed our articles into content farms or resell them."),
        counterexamples=(
            "Under the settlement, the publisher agreed to credit the photographer and pay her $45,000.",
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
        triggers=('lien', 'link', 'enla', 'mentionner', 'citer', 'créditer', 'citar', 'citare', 'modifier', 'altérer',
                  'se permite', 'está permitido', 'se puede', 'è consentito', 'è permesso', 'si può', 'é permitido',
                  'pode', 'nicht', 'autor', 'quelle', 'les photos', 'les images', 'las fotos', 'las imágenes',
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
            | \b(?:autor(?:in)?|autorenname|quelle)\s+(?:nennen|angeben|genannt)
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
)

CTA = (
    Rule(
        name="republish.cta.button",
        triggers=('publish', 'republish', 're-publish', 'copy', 'republier', 'republiez', 'republica', 'republique',
                  'ripubblica', 'republizieren', 'wiederveröffentlichen', 'reprendre', 'übernehmen', 'veröffentlichen',
                  'reprint', 'syndicate', 'repost', 're-post', 'run this', 'run our', 'use this', 'use our'),
        kind="republish.cta",
        patterns=(
            r"""
            ^\W{0,4}re-?publish(?:\s+(?:this|our))?(?:\s+(?:story|article|piece|post))?\b   # "Republish this story"
            | ^\W{0,4}(?:reprint|syndicate|re-?post|run|use)\s+(?:this|our)\s+(?:story|article|piece|post|report|essay)\W{0,4}$
                                                                          # "Reprint this story →", "Run this story ▸"
            | ^\W{0,4}(?:(?:diesen|den)\s+)?(?:artikel|beitrag|text)\s+(?:übernehmen|republizieren)\W{0,4}$
            | ^\W{0,4}(?:(?:diesen|den)\s+)?(?:artikel|beitrag|text)\s+(?:auf|in)\s+(?:ihrer|ihrem|deiner|deinem|eurer|eurem)\s+
                (?:seite|website|webseite|medium|zeitung|portal|plattform)\s+(?:veröffentlichen|übernehmen)\W{0,4}$
            | ^\W{0,4}(?:republier|republiez|republicar|republica|republique|ripubblica(?:re)?|republizieren
                |wiederveröffentlichen|reprendre)   # the button elsewhere
                (?:\s+(?:cet|cette|ce|este|esta|questo|questa|diesen|dieses|den|das|o|a)\s+\w+)?\W{0,4}$
            | \bcopy\s+(?:to\s+clipboard|html|the\s+html|code)\b
            | ^\W{0,4}copy\s+(?:this|our)\s+(?:story|article)\s+(?:to|onto|for)\s+your\s+(?:site|website|cms)\W{0,3}$
            | \b(?:use|hit|click|press|tap|select)\s+(?:the\s+)?["“]?re-?publish\b            # "Hit Republish"
            | \bre-?publish\s+(?:button|link|tab|panel|widget)\b
            """,
        ),
        weight=2.0,
        max_words=60,
        why="Republish buttons and the short call to use them.",
        examples=("Republish This Story", "Republish | Copy HTML | Print", "Republier cet article",
                  "REPRINT THIS STORY", "Run this article »", "Republica esta nota", "Beitrag übernehmen",
                  "Diesen Artikel auf Ihrer Website veröffentlichen"),
        counterexamples=("Newspapers that republish wire copy often shorten it.",
                         "Run this story past the lawyers before Friday, the editor told her."),
    ),
    Rule(
        name="republish.cta.welcome",
        triggers=('welcome to', 'free to', 'want to', 'like to', 'publish', 'republish', 'republication', 'reprinting',
                  'copy and paste', 'copy & paste', 'on your site', 'on your website', 'on your page', 'on your platform',
                  'on your blog', 'on your own', 'on your outlet'),
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
            """,
        ),
        context="address_or_self",
        weight=1.5,
        why="Invitations to republish the story for free.",
        examples=("Want to run this story in your publication? Use the Republish button below.",
                  "Newsrooms may republish it at no cost.",
                  "Copy and paste the HTML below to publish this article on your website."),
        counterexamples=("Readers are free to share the report, the agency said.",),
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
                  'vous êtes', 'sind sie'),
        kind="republish.cta",
        patterns=(
            r"""
            \b(?:vous\s+pouvez|tu\s+peux|vous\s+êtes\s+libres?\s+de|envie\s+de|vous\s+souhaitez)\s+  # fr
                (?:republier|reprendre|reproduire)\b
            | \b(?:puede|puedes|pueden|quiere|quieres|desea|deseas)\s+(?:republicar|reproducir|replicar)\b   # es
            | \b(?:eres|es\s+usted)\s+un\s+medio\b[^.?]{0,40}\?                                       # "¿Eres un medio …?"
            | \bvous\s+êtes\s+(?:un\s+média|une\s+rédaction|journaliste)\b[^.?]{0,40}\?
            | \bsind\s+sie\s+(?:ein\s+medium|eine\s+redaktion|journalist(?:in)?)\b[^.?]{0,40}\?
            | \b(?:sie\s+können|du\s+kannst|möchten\s+sie|wollen\s+sie)\s+(?:\w+\s+){0,4}?           # de
                (?:übernehmen|nachdrucken|wiederveröffentlichen|republizieren)\b
            | \b(?:puoi|potete|può|vuoi|volete|desideri)\s+ripubblicare\b                              # it
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
        ),
        counterexamples=(
            "Los periódicos pueden reproducir el discurso íntegro, dijo el portavoz del Gobierno.",
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

RULES = group(*TRACKING, *TRACKING_MORE, *ATTRIBUTION, *LICENSE, *SOCIAL_TAGGING, *SOCIAL_TAGGING_FOREIGN, *RULES_FOR_PARTNERS,
              *PARTNER_SITE, *CTA, *CTA_FOREIGN)
