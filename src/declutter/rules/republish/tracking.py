"""Tracking-code notices: the pixel or HTML snippet a partner must paste or keep."""

from __future__ import annotations

from .. import Rule
from .advice import OUTLET_FREE_MAX_CHARS, READERS_OWN_PHRASES, advice_veto
from .vocab import REPUB

#: The same act in French, Spanish, Portuguese, Italian and German, in forms that
#: cannot be read as "republican" or "république".
REPUB_FOREIGN = (r"(?:republi(?:car|cad[oa]s?|cación|caciones|cação|cações|cas|cás|ques|quen|er|ez|ée?s?|cations?)"
                 r"|ripubblica(?:re|t[oaie]|zione|ndo)?|ripubblichi|republizier\w*)")

#: A tracking code or counting image named in French, Spanish, Portuguese, Italian
#: or German ('el código de seguimiento', 'une image invisible'): with the words
#: for republishing beside it, a partner note (``with_reuse_terms``).
CODE_FOREIGN = (r"(?:(?:código|code|codice)\s+(?:html\s+)?(?:de\s+|di\s+)?(?:seguimiento|medición|rastreo|conteo|suivi"
                r"|comptage|mesure|rastreamento|monitoramento|medição|tracciamento|monitoraggio)"
                r"|(?:etiqueta|balise|etichetta|marcador)\s+(?:de\s+|di\s+)?(?:seguimiento|medición|rastreo|suivi|comptage"
                r"|mesure|tracciamento|rastreamento|medição)"
                r"|imagen\s+invisible|image\s+invisible|immagine\s+invisibile|imagem\s+invisível|zählcode|zählmarke)")

#: Their triggers (the first two words of each, lower case).
CODE_FOREIGN_TRIGGERS = ("código de", "código html", "code de", "code html", "codice di", "codice html", "etiqueta de",
                         "balise de", "etichetta di", "marcador de", "imagen invisible", "image invisible",
                         "immagine invisibile", "imagem invisível", "zählcode", "zählmarke")

#: The reader shielding themselves from trackers ('block tracking scripts', 'turn off remote images'):
#: a how-to, which the outlet's tracker notice never is (its reader keeps the code).
_SHIELD = r"""\bblock(?:s|ed|ing|ers?)?\b | \bad-?blockers? | \bopt(?:ing|s)?\ out\b | \b(?:turn|switch)(?:s|ed|ing)?\ off\b
    | \bprivacy[- ]focused\b"""
#: The veto of ``pixel_instruction``: a how-to about the reader's own things or shielding, or long,
#: where the block never names the outlet.
_NOT_PRIVACY_ADVICE = advice_veto(READERS_OWN_PHRASES + "|" + _SHIELD, long_chars=OUTLET_FREE_MAX_CHARS)

TRACKING = (
    Rule(
        name="republish.tracking_code.pixel_instruction",
        unless=_NOT_PRIVACY_ADVICE,
        triggers=('hidden', 'readership', 'how many', 'tracking', 'analytics', 'trackingpixel', 'page view', 'pageview', 'page-view', 'view counter', 'view code', 'view tag', 'counter code', 'counter tag', 'measurement', 'reach code', 'reach tag', 'pixel', 'tracker', 'embed the counter', 'keep the counter', 'include the counter', '1x1', '1 x 1', '1×1', 'invisible', 'tiny image', 'small image', 'tiny tracking', 'small tracking', 'tiny gif', 'small gif', 'beacon', 'counter image', 'counter gif', 'counter pixel',
                    'counter script', 'counter snippet', 'counter beacon')
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
                \b(?:measure|count|track|know|see|tell|tally|report|send|record|log|relay)s?\b[^.]{0,30}   #    how many people
                                                                        #    read it", "… code that reports page views"
                (?:readership|\bpage\s?views\b|how\s+many\s+(?:people|readers|times))
            | \bmeasure\s+(?:our\s+|its\s+)?readership\b
            """,      # not a how-to: 'block the tracking pixel in your mail app', 'your privacy policy'
            # a pattern of its own, led by the rare adjective: joined to the one above it doubled that one's cost
            r"""
            \b(?:invisible|hidden)\b(?<=\b(?:counter|pixel|tracker|beacon|snippet|script|tag)\s+(?:is|are|stays|remains)\s+
                (?:completely\s+|fully\s+)?(?:invisible|hidden))             # "the tracker stays hidden"
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
            "Please don't block or strip the tracking image in our HTML; it only counts readers on your site.",
            "Ensure that you include a line of our HTML tracking code on every article you republish.",
            "Please leave the tracking tag at the end of the republished text untouched.",
            "The HTML you copy carries a one-line counter that tells us how many people read the story on your site.",
            "Your embed must keep our page-view tracker, which comes right after the story's last line.",
            "Kindly leave our audience tag at the bottom of the copied text; we use it to show funders our reach.",
            "A line of invisible code rides along with your copy and tells us only how often it is opened.",
            "Heads-up for your web team: the tracker is invisible and adds nothing to page weight.",
            "Please put the counter image in your page's footer along with the link to our original.",
            "The copied text holds a little code that sends us page views and nothing about your visitors.",
        ),
        counterexamples=(
            "Shopping emails often hide a tracking pixel; turn off remote images in your mail app to stop it.",
            "Before you add analytics code to a small shop site, update your privacy policy and ask visitors for consent.",
            "The company's pixel, a snippet of code embedded on more than 30 hospital websites, "
            "sent details of patients' appointment requests to Facebook, the investigation found.",
            "If you put the two laptops side by side you will notice the slightly higher pixel density.",
            "You can play on the Pixel 4 too, and the controller works with your phone over Bluetooth.",
            "Hidden cameras in the lobby recorded how many people entered the building, police said.",
            "The plugin slipped invisible code into thousands of shop pages, the security firm reported.",
            "Broadcasters rely on audience meters in a few thousand homes to estimate ratings.",
            "The tag is invisible to shoppers, the regulator said, but it records every click.",
            "The malware's code sends page views and passwords to a server abroad, researchers found.",
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
                  'cuántas', 'quante', 'quantas', 'wie oft', 'misurare', 'etiqueta de', 'etichetta di', 'marcador de',
                  'pages vues', 'visualizzazioni', 'visualizações', 'páginas vistas', 'número de visitas',
                  'nombre de visites', 'numero di visite', 'reichweite'),
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
            | \b(?:etiqueta|marcador|etichetta)\s+(?:de\s+|di\s+)?(?:seguimiento|rastreo|medición|tracciamento|monitoraggio
                |rastreamento|monitoramento|medição)\b                        # "una etiqueta de seguimiento"
            | \b(?:misst|zählt|erfasst|mesure|compte|mide|cuenta|misura|conta|mede|registra)\b   # "Das Skript misst nur
                (?<=\b(?:skript|script|code|código|codice|pixel|píxel)\b[^.]{0,40}?\w+)[^.]{0,60}?    # (the verb first: rarer
                                                                                        # than 'code' in English text)
                \b(?:seitenaufrufe|zugriffe|aufrufe|lesezahlen|reichweite|pages?\s+vues|visites|lectures|visitas     #  die Seitenaufrufe"
                |lecturas|vistas|visualizzazioni|letture|visite|visualizações|acessos|leituras|páginas\s+vistas)\b
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
            "Atención: el código incluye una etiqueta de medición; por favor, no la borre al pegar la nota.",
            "Hinweis: Der eingebundene Code zählt nur die Aufrufe des Beitrags bei Ihnen.",
        ),
        counterexamples=(
            "Le pixel de suivi de Meta a transmis des données de santé à la plateforme, selon l'enquête.",
            "Die Zählpixel der Verlage wurden im vergangenen Jahr neu geregelt, teilte die VG Wort mit.",
            "Nadie sabe cuántas personas viven en el barrio, y el código postal tampoco lo aclara.",
            "Der neue Code des Bundesamts zeigt, wie oft Stromleitungen ausfallen, teilte die Behörde mit.",
            "Das Skript der Stadtwerke zählt die Zugriffe auf das Kundenportal, teilte der Sprecher mit.",
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
            # the notice's own code box, bound for a partner's CMS: "Copy the code below into your CMS"
            | \b(?:cms|content\s+management\s+system)\b
                (?<=\b(?:the|this)\s+(?:html\s+|embed\s+)?(?:code|html|snippet)\s+(?:below|above)\b[^.]{0,60}?
                    \b(?:into|in|to)\s+(?:the\s+[\w\s()-]{0,30}?\s+of\s+)?your\s+(?:cms|content\s+management\s+system))
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
            "Grab the HTML above and drop it into the text editor of your CMS, unchanged.",
        ),
        counterexamples=(
            "Researchers found the code had been copied from a public repository, the report said.",
            "The code below the fold of the ministry's CMS had not been updated since 2015, auditors found.",
        ),
    ),
    Rule(
        name="republish.tracking_code.html_img_pixel",
        triggers=('<img', '<script', '&lt;img', '&lt;script'),
        kind="republish.tracking_code",
        patterns=(
            r"""
            (?:<|&lt;)img\b[^>]{0,400}?\b(?:width|height)\s*(?:=\s*["']?|:\s*)1(?:px)?["'\s/>&;]   # a 1-pixel <img> tag
                                                                          # ('width="1"', 'style="width:1px"', or shown
            | (?:<|&lt;)img\b[^>]{0,400}?(?:pixel|track|beacon|republish|analytics|metric|métrica|statist|estad[ií]stic  #  escaped);
                |contador|compteur|contatore|zähler|\.gif\?)                   #  a tracking <img>, a '.gif?id=…' counter
            | (?:<|&lt;)script\b[^>]{0,400}?(?:pixel|track|beacon|repub|analytics|syndicat|counter|stats?[./]|metrics|pageview
                |m[eé]tric|estad[ií]stic|statisti|contador|compteur|contatore|zaehler|zähler|/px\w{0,3}\.js)  # "repub.example.org/t.js", "stats.example/partner.js",
                                                                          # a pixel's script: '…/pxl.js',
                                                                          # "…/contador.js" (the counter in other languages)
            # a pasted tag's HTML comment naming it a tracker, any language: '<!-- código de rastreamento: não remover -->'
            | (?:<|&lt;)!--[^>]{0,80}?\b(?:tracking|tracker|pixel|píxel|analytics|counter|rastre\w*|seguimiento|suivi
                |comptage|mesure\s+d['’]audience|tracciamento|conteggio|monitoraggio|contador|contatore|compteur|zählpixel
                |zähl\w*|messpixel|mess-?code)\b(?<=(?:<|&lt;)(?:script|img)\b[^\n]{0,600}?)
            """,
        ),
        weight=3.0,
        why="An HTML tracking tag pasted into the text: never article prose.",
        examples=('<img src="https://example.org/republish/pixel/1.gif" width="1" height="1" alt="" />',
                  '<code>&lt;img src="/count.gif" height="1" width="1"&gt;</code> keep this line',
                  '<script async src="https://stats.example-news.org/share.js" data-id="12"></script>',
                  '<script src="https://noticias-del-valle.example/js/contador-socios.js"></script>',
                  '<script defer src="https://radio-sul.example/assets/pxl.js" data-site="44"></script>',
                  '<img src="https://stats.gazeta-local.example/c.gif?id=88" style="width:1px;height:1px">',
                  '<img src="//radio-norte.example/p.gif?s=12" alt="">',
                  '<script src="https://cuenta.example.ar/r.js" async></script> <!-- contador de lecturas, no borrar -->',
                  '<script src="https://dati.example.it/x.js"></script><!-- pixel di tracciamento: non toccare -->'),
        counterexamples=("The pixel art exhibition opens on Friday.",
                         "Screen readers announce each <img element by its alt text, so name the chart in words, not 'graph.gif'."),
    ),
)

#: A tracker named in French, Spanish, Italian, Portuguese or German: a pixel, code, script or tag 'of
#: tracking / counting / measurement', the German compounds, an invisible image.
_TRACKER_FOREIGN = r"""(?:(?:pixel|píxel|código|code|codice|script|etiqueta|balise|etichetta|marcador|tag)\s+(?:html\s+)?
        (?:de\s+|di\s+|d['’])?(?:suivi|comptage|mesure|seguimiento|rastreo|medición|conteo|rastreamento|monitoramento
        |medição|contagem|tracciamento|monitoraggio|conteggio|misurazione)
    |zählpixel|messpixel|tracking-?pixel|tracking-?code|zählcode|messcode|zählmarke|(?:tracking|mess|zähl)-?skript
    |(?:imagen|image|immagine|imagem)\s+(?:invisible|invisibile|invisível))\b"""

#: The tracker's last word, which every mention of it ends with (the rules lead with it: rarer than 'code').
_TRACKER_END = r"""(?:suivi|comptage|mesure|seguimiento|rastreo|medición|conteo|rastreamento|monitoramento|medição|contagem
    |tracciamento|monitoraggio|conteggio|misurazione|zählpixel|messpixel|tracking-?pixel|tracking-?code|zählcode|messcode
    |zählmarke|(?:tracking|mess|zähl)-?skript|invisible|invisibile|invisível)"""

#: Telling a partner what to do with it: imperatives and infinitives (tú, usted, vous, voi, você), and
#: their negations ('no borres', 'ne supprimez pas').  A Spanish 'incluye' or a French 'conserve' is a
#: third person too ('La web incluye el código …'): the verb counts only where a clause starts
#: (``_CLAUSE_START``), as an imperative does.  No Portuguese 'mantém', 'inclui' (only indicative).
_KEEP_VERB = r"""(?:incluye|incluya|incluyan|incluid|incluir|mantén|manten|mantenga|mantengan|mantener|conserva|conserve
    |conserven|conservar|copia|copie|copien|copiar|pega|pegue|peguen|pegar|deja|deje|dejen|dejar|añade|añada|añadir
    |agrega|agregue|agregar|inserta|inserte|insertar|respeta|respete|respetar                                   # es
    |inclua|incluam|incluir|mantenha|mantenham|manter|conservem|copiem|cole|colem|colar|deixe|deixem|deixar
    |adicione|adicionem|adicionar|insira|insiram|inserir|preserve|preservar                                     # pt
    |includi|includete|includere|mantieni|mantenete|mantenere|conservate|conservare|copiate|copiare|incolla|incollate
    |incollare|lascia|lasciate|lasciare|aggiungi|aggiungete|aggiungere|inserisci|inserite|inserire               # it
    |incluez|inclure|gardez|garder|conservez|conserver|copiez|copier|collez|coller|laissez|laisser|ajoutez|ajouter
    |insérez|insérer|intégrez|intégrer                                                                        # fr
    |no\s+(?:borr|elimin|quit|remuev|modifiqu)\w+|não\s+(?:apag|remov|retir|exclu|alter)\w+
    |non\s+(?:elimin|rimuov|cancell|togli|modific)\w+|ne\s+(?:supprim|retir|effac|enlev|modifi)\w+\s+pas)\b"""

#: Where an imperative stands: after a clause's punctuation ('Al republicar, pega …') or a word that asks
#: ('por favor', 'bitte', 'ricordati di', 'n'oubliez pas de', 'lembre-se de'); the block's start is a
#: branch of its own (a '^' in a group would slow the whole pattern, see ``rules.fragment``).
_ASKING = r"""(?:por\s+favor|favor\s+de|bitte|ricordati\s+di|ricordatevi\s+di|ricorda\s+di|si\s+prega\s+di|pensez\s+à
    |n['’]oubliez\s+pas\s+de|no\s+olvides|no\s+olvide|não\s+esqueça\s+de|não\s+se\s+esqueça\s+de|lembre-se\s+de
    |se\s+ruega|il\s+faut|hay\s+que|é\s+preciso|è\s+necessario|es\s+necesario)"""

#: The tracker kept, said with the tracker first: 'el píxel debe mantenerse', 'o pixel deve ser mantido',
#: 'der Zählpixel muss mitkopiert werden / stehen bleiben'.
_MUST_STAY = r"""(?:debe|deben|deve|devem|doit|doivent|devono|muss|müssen|sollte|sollten|bitte)\s+(?:\w+\s+){0,3}?
    (?:mantener(?:se)?|mantenid[oa]|mantid[oa]|conservad[oa]|conservar(?:se)?|incluid[oa]|incluíd[oa]|copiad[oa]|pegad[oa]
    |colad[oa]|être\s+(?:gardée?|conservée?|incluse?|copiée?|collée?)|rester|restare|essere\s+(?:mantenut|conservat
    |inclus|copiat|incollat)[oa]|mitkopiert|eingefügt|eingebunden|erhalten|stehen|bleiben|drin|mitkopieren|einfügen
    |einbinden|übernehmen)\b"""

TRACKING_FOREIGN_INSTRUCTION = (
    Rule(
        name="republish.tracking_code.foreign_instruction",
        # what the tracker is 'of' (rarer than 'code' or 'tag') and the German compounds
        triggers=('suivi', 'comptage', 'mesure', 'seguimiento', 'rastreo', 'medición', 'conteo', 'rastreamento',
                  'monitoramento', 'medição', 'contagem', 'tracciamento', 'monitoraggio', 'conteggio', 'misurazione',
                  'zählpixel', 'messpixel', 'tracking-', 'trackingpixel', 'trackingcode', 'trackingskript', 'zählcode',
                  'messcode', 'zählmarke', 'messskript', 'mess-skript', 'zählskript', 'zähl-skript', 'invisible',
                  'invisibile', 'invisível'),
        kind="republish.tracking_code",
        patterns=(
            # led by the tracker's last word (what it is 'of', or the compound: rare), the rest checked behind it:
            # an imperative where a clause starts, or after a word that asks, then the tracker: 'Incluye el código
            # de seguimiento', 'Al republicar, pega el píxel de seguimiento', 'Ricordatevi di incollare il codice di tracciamento'
            rf"""
            \b{_TRACKER_END}\b
                (?<=(?:^\W{{0,3}}|[.!?:;,(]\s*\W{{0,2}}|\b{_ASKING}\s+\W{{0,2}}){_KEEP_VERB}\s+(?:[^.;:!?\n]{{0,50}}?\s)?
                    (?:(?:el|la|o|a|le|l['’]|il|lo|nuestro|nuestra|nosso|nossa|notre|il\s+nostro)\s+|l['’])?{_TRACKER_FOREIGN})
            """,
            # the tracker first, then that it must stay: 'Der Zählpixel muss mitkopiert werden'
            rf"""
            \b{_TRACKER_END}\b(?<={_TRACKER_FOREIGN})[^.;:!?\n]{{0,40}}?\b{_MUST_STAY}
            """,
        ),
        context="not_reported",
        weight=2.0,
        why="An instruction to keep, copy or paste the tracking pixel or counting code, in French, Spanish, "
            "Italian, Portuguese and German, by its grammar (an imperative or infinitive before the tracker, or "
            "'must stay' after it) where no address cue is found; news about trackers reports them.",
        examples=(
            "Copiez aussi la balise de mesure placée sous le texte ; elle ne collecte aucune donnée personnelle.",
            "Al republicar, pega también el píxel de seguimiento que va debajo de la firma.",
            "Mantenete il codice di tracciamento alla fine del pezzo: serve solo a contare le visite.",
            "Deixe o código de rastreamento no fim da matéria; ele só mede a audiência.",
            "Der Zählpixel am Ende des Textes muss mitkopiert werden.",
            "Non eliminate l'immagine invisibile in fondo all'HTML.",
        ),
        counterexamples=(
            "La empresa incluyó un píxel de seguimiento en los correos de sus clientes, según la investigación.",
            "La tienda online también incluye un código de seguimiento de la red social en su página de pago.",
            "Le site conserve un pixel de suivi de Meta depuis 2021, a révélé l'enquête.",
            "O aplicativo mantém o código de rastreamento ativo mesmo desligado, afirmou o pesquisador.",
            "Das Gericht entschied, der Zählpixel der Verlage müsse nicht entfernt werden, teilte eine Sprecherin mit.",
        ),
    ),
)

TRACKING_MORE = (
    Rule(
        name="republish.tracking_code.with_reuse_terms",
        triggers=('1x1', '1 x 1', '1×1', 'pixel', 'tracker', 'tracking', 'píxel', 'zählpixel', 'messpixel',
                  'partnerredaktion', 'partner-redaktion', 'partnermedien', 'medios aliados', 'veículos parceiros',
                  'médias partenaires', 'testate partner', 'partner newsroom', 'partner outlet', 'partner site',
                  'partner publication') + CODE_FOREIGN_TRIGGERS,
        kind="republish.tracking_code",
        patterns=(
            rf"""
            (?:\b1\s?[x×]\s?1\b|\bone-pixel\b|\btracking\s+(?:pixel|code|tag|snippet)|\b(?:pixel|píxel|zählpixel|messpixel)\b
                |\btracker\b)[\s\S]{{0,200}}?\b(?:{REPUB}|{REPUB_FOREIGN}\b)   # the pixel, then the reuse terms (any language) …
            | \b(?:{REPUB}[\s\S]{{0,200}}?
                (?:\b1\s?[x×]\s?1\b|\bone-pixel\b|\btracking\s+(?:pixel|code|tag|snippet)|\btracker\b)   # … or the other way
                |{REPUB_FOREIGN}\b[\s\S]{{0,200}}?\b(?:píxel|pixel|zählpixel|messpixel|{CODE_FOREIGN})\b)  # "el código de republicación … un píxel"
            | \b{CODE_FOREIGN}\b[\s\S]{{0,200}}?\b{REPUB_FOREIGN}\b       # "la etiqueta de medición … al republicar"
            | \b(?:partner-?redaktion\w*|partnermedien|medios\s+aliados|veículos\s+parceiros|médias\s+partenaires
                |testate\s+partner|partner\s+(?:newsrooms?|outlets?|sites?|publications?))\b[\s\S]{{0,200}}?   # a note to partner
                \b(?:píxel|pixel|zählpixel|messpixel|tracker|tracking\s+(?:code|tag|snippet|pixel)     #  newsrooms on the
                |etiqueta\s+de\s+(?:seguimiento|medición|rastreo)|balise\s+de\s+(?:suivi|mesure|comptage)   #  counter
                |(?:mess|zähl|tracking)-?skript|eingebettete\s+skript)\b
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
            "Aviso a los medios aliados: el código trae una etiqueta de medición que solo cuenta visitas.",
            "Si republicas la nota, pega también el código de rastreo del final, sin tocarlo.",
            "Une image invisible accompagne le texte : gardez-la quand vous republiez l'article.",
        ),
        counterexamples=(
            "The paper said its reprint deal with the agency never involved a tracking pixel.",
            "The pixel phone sold well, and the firm reported strong syndication revenue.",
            "Los republicanos pagaron anuncios con el píxel de Meta para rastrear votantes, según la demanda.",
            "Partner sites of the ad network used a tracking pixel to follow users, the regulator said.",
            "El código de seguimiento de la campaña se filtró antes de republicar el anuncio, según la fiscalía.",
        ),
    ),
    Rule(
        name="republish.tracking_code.label",
        leads=('tracking', 'analytics', 'counter', 'pixel', 'píxel', 'code', 'código', 'codice', 'zählpixel',
               'messpixel', 'tracking-code', 'zählcode', 'embed', 'republish', 'html', 'einbettungscode'),
        kind="republish.tracking_code",
        patterns=(
            r"""
            ^[\W_]{0,4}(?:(?:tracking|analytics|counter|page-?view)[\s-]+(?:code|pixel|tag|snippet|script)s?     # en
                |(?:código|code|codice|píxel|pixel)\s+(?:html\s+)?(?:de\s+|di\s+)?
                    (?:seguimiento|rastreo|medición|suivi|comptage|mesure|tracciamento|rastreamento)      # fr/es/it/pt
                |zählpixel|messpixel|tracking-?code|zählcode)\b                                        # de
                (?:[^.:]{0,60}:\W{0,3}$                                       # a label: "Tracking pixel (…):"
                 |[^.]{0,60}\b(?:required|mandatory|obligatoire|obligatorio|obrigatório|obbligatorio|pflicht\w*|erforderlich)
                 |\s*[:–—|]\s*(?:included|embedded|attached|yes|on|inclus[e]?|intégrée?|incluid[oa]|incluíd[oa]|inclus[oa]
                    |integrad[oa]|sí|si|oui|sim|ja|enthalten|eingebunden|integriert|dabei)?\W{0,4}$)   # a checklist's row:
                                                                                  # "Tracking pixel: included ✔"
            | ^[\W_]{0,4}(?:(?:embed|embedding|republish(?:ing)?|republication|html|partner)\s+(?:code|snippet|html)
                |einbettungscode|(?:html-?)?code\s+zum\s+einbetten)\b               # "Embed code (includes analytics
                [^.:]{0,80}\b(?:analytics|tracking|beacon|pixel|counter|tracker|zählpixel|messpixel)\b   #  beacon …):"
                [^.:]{0,40}:\W{0,3}$
            """,
        ),
        max_words=12,
        weight=2.0,
        why="The label over a pasted tracking tag (the tag itself is gone once markup is removed).",
        examples=("Tracking code (mandatory for web use):", "Código de rastreo:", "Zählpixel (Pflicht):",
                  "Republishing snippet — counter pixel included:", "Analytics snippet — embedded ✓",
                  "Pixel de suivi : inclus", "Código de rastreamento: incluído ☑", "Tracking-Pixel | ja"),
        counterexamples=("Tracking pixels and the law", "Pixel art in the age of AI: three artists talk",
                         "Tracking pixels: included in most shopping emails, a study finds",
                         "Embed code flaw: how a tracking bug exposed millions of users"),
    ),
    Rule(
        name="republish.tracking_code.copy_label",
        leads=("copy", "copier", "copiar", "copia", "copiare", "html", "code", "select", "einbettungs", "embed"),
        triggers=("select all and copy", "select all, then copy", "select all then copy", "canonical link",
                  "canonical tag", "canonical url", "no elimines", "no borres", "no quites", "no modifiques",
                  "no elimine", "no borre", "no quite", "no modifique", "ne supprimez", "ne retirez", "ne modifiez",
                  "ne supprime", "ne retire", "non eliminare", "non rimuovere", "non cancellare", "non modificare",
                  "não apague", "não remova", "não altere", "não apagues", "não removas", "don't delete", "don't remove",
                  "don't strip", "don't change", "don’t delete", "don’t remove", "don’t strip", "don’t change",
                  "do not delete", "do not remove", "do not strip", "do not change"),
        kind="republish.tracking_code",
        patterns=(
            r"""
            ^[\W_]{0,4}(?:copy\s*(?:&|and|\+)\s*paste|copy\s+(?:the\s+)?(?:html|embed)(?:\s+code)?|copy\s+(?:the\s+)?code  # en
                |copier\s+(?:le\s+)?code(?:\s+html)?|copier\s+le\s+html                                            # fr
                |copiar\s+(?:el\s+|o\s+)?(?:código|html)(?:\s+html)?                                                # es, pt
                |copia(?:re)?\s+(?:il\s+)?(?:codice|html)(?:\s+html)?                                                # it
                |(?:den\s+)?(?:html-?|einbettungs-?|embed-?)?code\s+kopieren|html\s+kopieren)                      # de
                \W{0,4}$                                                  # the label over a code box: "Copy & paste ↓"
            | \bselect\s+all(?:,\s*|\s+)(?:and\s+|then\s+|&\s+)?copy\b          # "… select all and copy"
            | \bcanonical\s+(?:link|tag|url)\b[^.]{0,60}\b(?:pixel|tracker|tracking|counter)\b   # what the copied code holds
            | (?:\bno\s+(?:elimines|borres|quites|modifiques|elimine|borre|quite|modifique)\s+(?:esta|este)    # "don't delete this
                |\bne\s+(?:supprimez|retirez|modifiez|supprime|retire)\s+pas\s+(?:cette|ce)                 #  line when pasting
                |\bnon\s+(?:eliminare|rimuovere|cancellare|modificare)\s+(?:questa|questo)                    #  the code"
                |\bnão\s+(?:apague|remova|altere|apagues|removas)\s+(?:esta|este)
                |\bdon['’]t\s+(?:delete|remove|strip|change)\s+this|\bdo\s+not\s+(?:delete|remove|strip|change)\s+this)
                \s+(?:línea|linea|ligne|riga|linha|line|fragmento|snippet|código|codice|code)\b[^.]{0,60}?
                \b(?:código|codice|code|html|píxel|pixel|pegar|coller|incollare|colar|paste|pasting|embed)\b
            """,
        ),
        max_words=30,
        weight=2.0,
        why="The label over a box of HTML to copy ('Copy & paste', 'HTML-Code kopieren') and what the box holds: "
            "button wording, never a news sentence (a lone line, or an instruction with 'select all').",
        examples=("Copy & paste ↓", "Copier le code HTML", "HTML-Code kopieren", "Copiar el código",
                  "Embed code: includes the canonical tag and our counter pixel. Select all and copy.",
                  "↑ no borres esta línea al copiar el código"),
        counterexamples=("Copy and paste errors cost the firm millions, auditors said.",
                         "The site dropped its canonical link to the original story after the complaint, editors said.",
                         "No quites esta línea de autobús, pidieron los vecinos al alcalde."),
    ),
)
