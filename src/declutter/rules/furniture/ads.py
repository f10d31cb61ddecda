"""Ad slot labels, 'story continues below' markers and sponsored-content notes.

Three shapes, from the most to the least certain:

* a line that is nothing but an ad slot's label, maybe with its 'continue'
  hint or close button ('— Advertisement —', 'Advert · scroll down to keep
  reading', 'Ad | Close ×', 'Anzeige', 'Publicidade');
* a short line naming who paid ('Sponsored by …', 'Paid for by … — Partner
  content', '… | Sponsored');
* a sentence in which the page says it is itself paid-for content ('This
  feature was created by our branded-content team for a sponsor').

What stays body: news *about* advertising.  Sentences that mention ads,
sponsors or who paid for something ('The ads were paid for by a PAC',
'Advertising revenue fell 12%') are not whole-line labels, do not open with
a label, and do not call themselves 'this content'.
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule

#: An ad slot label with its hint and close button ('Advert — scroll down
#: to keep reading', 'Ad | Close ×') is a dozen words at most.
AD_LABEL_MAX_WORDS = 12

#: An ad slot pasted as markup outranks the generic pasted-markup rule (2.0): the slot is an ad.
SLOT_MARKUP_WEIGHT = 2.5

#: A sponsor line: a label and a sponsor's name of up to six words.
SPONSOR_LINE_MAX_WORDS = 16

#: A paid-content disclosure is a sentence or two; longer blocks are articles
#: about branded content.
DISCLOSURE_MAX_WORDS = 60

#: An ad slot's label, as sites print it over the slot (en, de, fr, es, it, pt).
AD_ITEM = r"""(?:
      advertisements?|advertising|adverts?|ads?|advertorial|adchoices|ads\s+by\s+[\w.-]+
    | sponsored(?:\s+(?:content|post|posts|story|stories|links?|article|feature|listing))?
    | paid\s+(?:content|post|partnership|promotion|advertisement)|partner\s+content|advertiser\s+content
    | promoted(?:\s+(?:content|stories|story|links?|posts?))?|branded\s+content|brand\s+content
    | ad\s+feedback|report\s+(?:this\s+)?ad|why\s+this\s+ad|close\s+(?:this\s+)?(?:ad|advertisement)  # en
    | anzeige|werbung|werbeanzeige|gesponsert|gesponserte[rs]?\s+(?:inhalt|beitrag|artikel)
    | bezahlte\s+partnerschaft|partner-?inhalt|werbung\s+schlie(?:ß|ss)en                              # de
    | publicité|sponsorisé|contenu\s+(?:sponsorisé|partenaire|de\s+marque|promotionnel)
    | publi-?reportage|publi-?rédactionnel|publi-?communiqué|fermer\s+la\s+publicité               # fr
    | publicidad|anuncio|patrocinado|contenido\s+(?:patrocinado|de\s+marca|pagado|promocionado)
    | publirreportaje|espacio\s+patrocinado|cerrar\s+(?:el\s+)?anuncio                           # es
    | pubblicità|annuncio|sponsorizzato|contenuto\s+(?:sponsorizzato|a\s+pagamento|promozionale|di\s+marca)
    | publiredazionale|informazione\s+pubblicitaria|messaggio\s+promozionale|chiudi\s+(?:la\s+)?pubblicità  # it
    | publicidade|anúncio|patrocinada|conteúdo\s+(?:patrocinado|de\s+marca|pago|publicitário)
    | publieditorial|informe\s+publicitário|fechar\s+(?:o\s+)?anúncio                             # pt
    )\b"""

#: The hint under an ad slot that the story goes on after it.
CONTINUES = r"""(?:
      (?:the\s+)?(?:story|article|content|text|post|report)\s+continues\s+(?:below|after|under)
        (?:\s+(?:this|the))?(?:\s+(?:advertisement|advert|ad|ads|sponsored\s+content))?
    | continue\s+reading\s+(?:below|(?:the\s+)?main\s+story|after\s+(?:the\s+|this\s+)?(?:ad|advertisement))
    | scroll\s+(?:down\s+)?to\s+(?:continue|keep)\s*(?:reading|with\s+(?:the\s+)?content)?       # en
    | (?:der\s+)?(?:artikel|text|beitrag)\s+(?:geht|wird)\s+(?:nach|unter)\s+der\s+(?:anzeige|werbung)
        \s+(?:weiter|fortgesetzt)
    | (?:lesen\s+sie\s+)?(?:nach|unter)\s+der\s+(?:anzeige|werbung)\s+weiter(?:lesen)?
    | (?:weiterlesen|weiter|fortsetzung)\s+nach\s+der\s+(?:anzeige|werbung)
    | (?:der\s+)?(?:artikel|text|beitrag)\s+(?:geht|wird)\s+(?:unten|darunter|weiter\s+unten)\s+(?:weiter|fortgesetzt)  # de
    | (?:la\s+)?suite\s+(?:de\s+l['’]article\s+)?(?:après|ci-dessous|sous)
        (?:\s+(?:cette|la|l['’])\s*(?:publicité|annonce|pub))?
    | l['’]article\s+(?:continue|se\s+poursuit)\s+(?:après|ci-dessous|sous)
        (?:\s+(?:cette|la|l['’])\s*(?:publicité|annonce|pub))?                                   # fr
    | (?:(?:la\s+(?:noticia|nota)|el\s+(?:artículo|texto))\s+)?(?:continúa|sigue)(?:\s+leyendo)?
        \s+(?:después\s+de(?:l)?|tras|debajo\s+de(?:l)?)\s+(?:(?:la|el|este|esta)\s+)?(?:publicidad|anuncio)
    | (?:continúa|sigue)\s+leyendo\s+(?:abajo|debajo|más\s+abajo)
    | (?:la\s+(?:noticia|nota|información)|el\s+(?:artículo|texto|reportaje))\s+(?:continúa|sigue)
        \s+(?:abajo|debajo|más\s+abajo|a\s+continuación)                                          # es
    | (?:l['’]articolo\s+)?continua\s+(?:a\s+leggere\s+)?(?:sotto|più\s+in\s+basso
        |dopo\s+(?:la\s+pubblicità|l['’]annuncio|la\s+pubblicità))                               # it
    | (?:(?:a\s+(?:matéria|reportagem|notícia)|o\s+(?:texto|artigo))\s+)?continua\s+
        (?:após|depois\s+d[ao]|abaixo\s+d[ao])\s+(?:(?:a|o)\s+)?(?:publicidade|anúncio)
    | continu(?:e|ar)\s+(?:a\s+ler|lendo)\s+(?:abaixo|a\s+seguir)
    | (?:a\s+(?:matéria|reportagem|notícia)|o\s+(?:texto|artigo))\s+continua\s+(?:abaixo|a\s+seguir|mais\s+abaixo)  # pt
    )\b"""

#: Who made a paid piece with the newsroom, after its label: 'Contenuto sponsorizzato in collaborazione
#: con …', 'Partner content, in partnership with …'.
MADE_WITH = r"""(?:(?:realizzato|prodotto|produced|created|made|réalisé|realizado|producido|erstellt|produziert)\s+)?
    (?:in\s+collaborazione\s+con|in\s+(?:collaboration|partnership|association)\s+with|en\s+(?:collaboration|partenariat)\s+avec
    |en\s+colaboraci[oó]n\s+con|em\s+(?:colaboração|parceria)\s+com|in\s+zusammenarbeit\s+mit)"""

#: An ad slot marked by an HTML comment, all that is left of it once its tags are stripped: '<!-- ad -->'.
AD_COMMENT = r"""<!--\s*(?:ad|ads|advert\w*|ad[-_\s]?(?:slot|unit|break|space|zone|block)|dfp|gpt[-_]ad|sponsored|anzeige|werbung
    |publicit[ée]|publicidade?|pubblicit[àa])(?:[-_\s:]*(?:start|end|begin|slot|top|mid|bottom|\d+))*\s*-->"""

#: A close button or link beside an ad label.
CLOSE = r"""(?:close|hide|skip|schlie(?:ß|ss)en|fermer|cerrar|chiudi|fechar|[x✕×])(?:\s+(?:ad|advertisement))?"""

#: What opens a sponsor's name ('Sponsored by …', 'Paid for by …').
SPONSOR_LEAD = r"""(?:
      sponsored\s+by|paid\s+for\s+by|brought\s+to\s+you\s+by|promoted\s+by|(?:in\s+)?paid\s+partnership\s+with
    | (?:sponsored|paid|partner|promoted)\s+(?:content|post|feature|story|article)\s+(?:by|from)
    | advertiser\s+content\s+from                                                              # en
    | gesponsert\s+von|eine\s+anzeige\s+von|anzeige\s+von                                        # de
    | sponsorisé\s+par|contenu\s+(?:sponsorisé|proposé|offert)\s+par|offert\s+par                # fr
    | patrocinado\s+por|ofrecido\s+por|contenido\s+patrocinado\s+por                             # es
    | sponsorizzato\s+da|offerto\s+da|contenuto\s+sponsorizzato\s+da                             # it
    | patrocinado\s+por|oferecido\s+por|conteúdo\s+patrocinado\s+por                             # pt
    )"""

#: Who presents a paid slot, after its label only ('Sponsored content · Presented by …', 'Contenu
#: sponsorisé — proposé par …'): alone, 'Presented by Ana Ruiz' credits a programme's host.
PRESENTER_LEAD = r"""(?:presented\s+by|powered\s+by|in\s+(?:association|partnership)\s+with              # en
    | présenté\s+par|proposé\s+par|en\s+partenariat\s+avec                                      # fr
    | presentado\s+por|en\s+alianza\s+con                                                     # es
    | präsentiert\s+von|präsentiert\s+durch|unterstützt\s+von                                   # de
    | presentato\s+da|proposto\s+da                                                           # it
    | apresentado\s+por|em\s+parceria\s+com                                                  # pt
    )"""

#: A sponsor's name: one to six words, not readers or the public (a donation ask), not a clause.
SPONSOR_NAME = r"""(?!(?:readers|you|people|members|donors|taxpayers|the\s+public|our\s+readers)\b)
    (?![^\n]*\b(?:who|which|that|is|are|was|were|will|would|has|have|had)\b)
    [\w&'’.+-]+(?:\s+[\w&'’.+-]+){0,5}"""

#: The newsroom had no part in this content, in six languages: 'Our editors had no role in creating this
#: content', 'La rédaction n'a pas participé à la réalisation de ce contenu', 'La redacción no participó en la
#: elaboración de este contenido', 'Die Redaktion war an der Erstellung dieses Beitrags nicht beteiligt', 'La
#: redazione non ha partecipato alla realizzazione di questo contenuto', 'A redação não participou deste conteúdo'.
NEWSROOM_NOT_INVOLVED = (
    r"""\b(?:newsroom|editorial\s+(?:staff|team|department)|(?:our\s+)?(?:journalists|reporters|editors))\s+
        (?:was|were|is|are|had|has|did)\s+(?:not|no)\s+(?:[\w-]+\s+){0,8}?(?:this|the\s+following)\s+
        (?:content|article|story|post|piece|feature|page|section|advertorial|supplement)\b""",            # en
    r"""\brédaction\s+(?:de\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+)?n['’](?:a|ont|est)\s+(?:pas|jamais|aucunement)\s+
        (?:[\w'’-]+\s+){0,6}?(?:ce|cet|cette)\s+(?:contenu|article|texte|page|supplément)\b""",           # fr
    r"""\bredacci[oó]n\s+(?:de\s+[\w-]+(?:\s+[\w-]+){0,3}\s+)?no\s+(?:[\w-]+\s+){0,7}?
        (?:este|esta)\s+(?:contenido|artículo|texto|página|especial)\b""",                                  # es
    r"""\bredaktion\s+(?:[\w-]+\s+){0,6}?(?:dieses|diesen|dieser|dem)\s+(?:beitrag|inhalt|artikel|text)s?\s+
        (?:[\w-]+\s+){0,2}?nicht\b""",                                                                      # de
    r"""\bredazione\s+(?:di\s+[\w-]+(?:\s+[\w-]+){0,3}\s+)?non\s+(?:[\w'’-]+\s+){0,7}?
        (?:questo|questa|quest['’])\s*(?:contenuto|articolo|testo|pagina|speciale)\b""",                     # it
    r"""\breda(?:ç|cç)ão\s+(?:d[oa]\s+[\w-]+(?:\s+[\w-]+){0,3}\s+)?não\s+(?:[\w-]+\s+){0,7}?
        (?:d?este|d?esta|neste|nesta)\s+(?:conteúdo|artigo|texto|página|especial)\b""",                      # pt
)

#: The page itself, as a paid-content note names it ('this content', 'this article').
THIS_NOUN = r"""(?:content|article|story|post|piece|feature|page|section|special\s+(?:section|report)|advertorial
    |supplement|series)"""

#: Who, besides the newsroom, made or paid for it.
COMMERCIAL = r"""(?:brand(?:ed)?\s+(?:studio|content|partner)|(?:content|creative|partner)\s+studio
    |commercial\s+(?:team|department|partner|content|arm)|advertis\w+|sponsor\w*|marketing\s+(?:team|department|partner)
    |(?:a|an|one\s+of\s+our)\s+clients?|paid\s+partner)"""

#: An HTML tag in an ad slot pasted as text.
TAG = r"""<[^<>\n]{1,400}>"""

#: A class or id naming an ad slot, as page templates and ad servers write them.
AD_SLOT_NAME = r"""(?:ad|ads|ad[-_]?(?:slot|unit|container|wrapper|box|banner|block|placeholder|zone)|advert\w*
    |adsbygoogle|gpt[-_]ad|div-gpt-ad\w*|dfp[-_]?\w*|dfp|publicidade|publicidad|pubblicita|werbung|anzeige|publicite)"""

#: A label of paid content that opens a note about who made it ('Partner content: This article was …').
PAID_LABEL = r"""(?:(?:sponsored|partner|paid|advertiser|branded|brand|promoted)\s+(?:content|post|feature|story)|advertorial
    |sponsored|gesponsert|sponsorisé|patrocinado|sponsorizzato
    |contenu\s+(?:sponsorisé|partenaire|de\s+marque)|publi-?reportage|contenido\s+(?:patrocinado|de\s+marca|pagado)
    |gesponserter\s+(?:inhalt|beitrag)|anzeige|contenuto\s+(?:sponsorizzato|a\s+pagamento)|informazione\s+pubblicitaria
    |conteúdo\s+(?:patrocinado|de\s+marca)|publieditorial)"""

#: What such a note says about the page: itself, or the newsroom that had no part in it.
PAID_NOTE_SUBJECT = r"""(?:this\s+(?:article|content|story|post|piece|feature|page)|the\s+following|newsroom|editorial\s+(?:staff|team|department)
    |(?:ce|cet|cette)\s+(?:article|contenu|texte|page)|rédaction
    |est[ea]\s+(?:artículo|contenido|texto|artigo|conteúdo|texto|matéria)|redacción|redação|redacção
    |diese[rs]?\s+(?:artikel|beitrag|inhalt|text)|redaktion
    |quest[oa]\s+(?:articolo|contenuto|testo|pagina)|redazione)\b"""

ADS = (
    Rule(
        name="advertisement.slot_label",
        kind="advertisement",
        leads=("ad", "anzeige", "werbe", "werbung", "gesponsert", "bezahlte", "partner", "publi", "pubblicit",
               "annuncio", "anuncio", "anúncio", "sponsor", "paid", "promoted", "contenu", "contenido", "contenuto",
               "conteúdo", "brand", "informe", "informazione", "messaggio", "espacio", "patrocinad",
               "close", "report", "why", "story", "article", "content", "text", "post", "the story", "the article",
               "the content", "the text", "the post", "the report",
               "continue", "continua", "continúa", "sigue", "scroll", "suite", "la suite", "l'article", "l’article",
               "la noticia", "la nota", "el artículo", "el texto", "l'articolo", "l’articolo", "a matéria",
               "a reportagem", "a notícia", "o texto", "o artigo", "der artikel", "der text", "der beitrag",
               "artikel", "beitrag", "lesen sie", "nach der", "unter der", "weiter", "fortsetzung", "fermer",
               "cerrar", "chiudi", "fechar"),
        patterns=(
            rf"""
            # a label alone, or followed by more labels, its 'continue' hint or a close button:
            # '— Advertisement —', 'ADVERT · Scroll down to keep reading', 'Ad | Close ×'
            ^\W{{0,3}}{AD_ITEM}(?:\W{{1,6}}(?:{AD_ITEM}|{CONTINUES}|{CLOSE}))*\W{{0,3}}$
            # the hint alone, or before the label: 'Story continues below advertisement',
            # 'CONTINUA APÓS A PUBLICIDADE', 'Continue reading below — Advertisement'
            | ^\W{{0,3}}{CONTINUES}(?:\W{{1,6}}(?:{AD_ITEM}|{CLOSE}))?\W{{0,3}}$
            """,
        ),
        max_words=AD_LABEL_MAX_WORDS,
        weight=2.0,
        why="A line that is nothing but an ad slot's label, hint or close button; news about ads is prose.",
        examples=("— Advertisement —", "ADVERTISEMENT · Scroll to keep reading", "Sponsored Stories",
                  "Article continues after this ad", "Anzeige", "Werbung schließen ✕",
                  "PUBLICITÉ · La suite après la publicité", "Contenido patrocinado", "Publicidad",
                  "Pubblicità", "L'articolo continua più in basso", "Continua depois da publicidade",
                  "Der Artikel geht nach der Anzeige weiter", "Ad — Close ×", "Promoted content",
                  "ANUNCIO — la noticia sigue más abajo", "Publicidade (o texto continua abaixo)",
                  "Werbung | Der Beitrag geht unten weiter"),
        counterexamples=("Advertising revenue at the broadcaster dropped for a third straight quarter.",
                         "Ads for the clinic ran on local radio for months before regulators stepped in.",
                         "The story continues to unfold as rescuers reach the valley.",
                         "Anzeige erstattete die Familie erst zwei Wochen später.",
                         "Continua la protesta dei tassisti davanti al municipio.",
                         "El texto sigue abajo en la lista de prioridades del Gobierno, según fuentes oficiales."),
    ),
    Rule(
        name="advertisement.slot_markup",
        kind="advertisement",
        triggers=("<", "googletag", "adsbygoogle", "pbjs", "apstag"),
        patterns=(
            rf"""
            # an ad slot's HTML comment alone, or in the slot's empty element: '<!-- ad -->'
            ^\s*(?:<(?:div|ins|aside|section|span)\b[^<>\n]{{0,300}}>\s*)?{AD_COMMENT}\s*(?:</(?:div|ins|aside|section|span)>\s*)?$
            """,
            r"""
            # an ad server's loader script, once its tags are stripped: 'googletag.defineSlot(…)',
            # '(adsbygoogle = window.adsbygoogle || []).push({});' (JavaScript syntax right after the name)
            ^\W{0,3}(?:<script\b[^<>\n]{0,300}>\s*)?\(?\s*(?:window\.)?(?:googletag|adsbygoogle|pbjs|apstag)
                \s*(?:\.\s*\w+\s*[.(]|=|\|\|)
            """,
            rf"""
            # an ad slot's label wrapped in its tags: '<p class="ad-label">ANÚNCIO · continua após o anúncio</p>'
            ^\s*(?:{TAG}\s*)+\W{{0,3}}(?:{AD_ITEM}(?:\W{{1,6}}(?:{AD_ITEM}|{CONTINUES}|{CLOSE}))*|{CONTINUES})\W{{0,3}}
                (?:{TAG}\s*)+$
            # an element whose class or id names an ad slot, with its loader script at most, closing the block:
            # '<div class="ad-unit" id="…"></div><script>…</script>'
            | ^\s*<(?:div|ins|aside|section|span|figure)\s[^<>\n]{{0,300}}?\b(?:class|id)\s*=\s*["']?
                (?:[^"'<>\n]{{0,100}}?[\s_-])?{AD_SLOT_NAME}(?:[\s_\d-][^"'<>\n]{{0,100}})?["']?[^<>\n]{{0,300}}>
                [^\n]{{0,1200}}</(?:div|ins|aside|section|span|figure|script)>\s*$
            """,
        ),
        max_words=AD_LABEL_MAX_WORDS,
        weight=SLOT_MARKUP_WEIGHT,
        why="An ad slot pasted as markup: its label in tags, or an element named for an ad slot with its loader; "
            "a news sentence about ads is not wrapped in such tags.",
        examples=('<div class="ad-label">Advertisement</div>', '<p class="anzeige"><span>Anzeige</span></p>',
                  '<div id="ad-slot-top"></div><script>window.ads = window.ads || []; ads.push("top");</script>',
                  '<ins class="adsbygoogle" data-ad-client="ca-pub-0000"></ins>',
                  '<span class="promo">Contenido patrocinado</span>',
                  "googletag.pubads().refresh([sidebarSlot]);",
                  "<script>(adsbygoogle = window.adsbygoogle || []).push({});", "<!-- ad-slot: mid -->",
                  '<aside class="promo-box"><!-- advert --></aside>'),
        counterexamples=('<p>The council voted to ban <b>advertising</b> on buses.</p>',
                         '<div class="header"><h2>Harbour dredging resumes</h2></div>',
                         '<div class="article-body">Advertisers pulled out of the station after the report aired.</div>',
                         "Googletag, the ad library at the heart of the case, was loaded on 90% of the sites studied.",
                         "Ads-free: the paper's new app drops all banners, its editor said."),
    ),
    Rule(
        name="advertisement.paid_label_note",
        kind="advertisement",
        leads=("sponsored", "partner", "paid", "advertiser", "branded", "brand", "promoted", "advertorial", "contenu",
               "publi", "contenido", "gesponsert", "anzeige", "contenuto", "informazione", "conteúdo"),
        patterns=(
            rf"""
            # a paid-content label, then a sentence about the page or the newsroom's part in it:
            # 'Sponsored content: This feature was paid for by …', 'Anzeige: Dieser Beitrag entstand …'
            ^\W{{0,3}}{PAID_LABEL}\s*[:|–—-]\s+(?=[^\n]{{0,250}}?\b{PAID_NOTE_SUBJECT})
            """,
        ),
        context="not_reported",
        max_words=DISCLOSURE_MAX_WORDS,
        weight=2.5,
        why="A paid-content label opening a note about the page or the newsroom; news about such content does "
            "not open with the label and a colon.",
        examples=("Partner content: This feature was made by a lighting company; our reporters had no part in it.",
                  "Sponsored post — the newsroom did not write or edit this piece.",
                  "Contenu partenaire : cet article a été rédigé par l'annonceur, sans la rédaction.",
                  "Anzeige: Dieser Beitrag wurde nicht von der Redaktion verfasst."),
        counterexamples=("Sponsored content: this kind of advertising now makes up a fifth of revenue, the report said.",
                         "Paid content, the newsroom's union says, is blurring the line with reporting."),
    ),
    Rule(
        name="advertisement.sponsor_line",
        kind="advertisement",
        leads=("sponsored", "paid", "brought", "promoted", "in paid", "partner", "advertiser", "gesponsert",
               "eine anzeige", "anzeige", "sponsorisé", "contenu", "offert", "patrocinado", "ofrecido", "contenido",
               "sponsorizzato", "offerto", "contenuto", "oferecido", "conteúdo", "ad ", "ad:", "ad|", "ads", "advert", "publi", "werb", "pubblicit",
               "annuncio", "anuncio", "anúncio", "branded", "brand"),
        triggers=("sponsored", "sponsorisé", "gesponsert", "patrocinad", "sponsorizzat", "partner content",
                  "paid content", "paid post", "advertorial", "promoted"),
        patterns=(
            rf"""
            # a sponsor's name after its label, maybe with a content label: 'Paid for by Acme — Partner content'
            ^\W{{0,3}}{SPONSOR_LEAD}\s+{SPONSOR_NAME}(?:\s*[|·•–—:-]\s*{AD_ITEM})?\W{{0,3}}$
            # the label first, then who paid: 'Partner content | Paid for by Acme', 'Anzeige · Gesponsert von …'
            | ^\W{{0,3}}{AD_ITEM}\s*[|·•–—:-]\s*(?:{SPONSOR_LEAD}|{PRESENTER_LEAD})\s+{SPONSOR_NAME}\W{{0,3}}$
            # the label, then who it was made with: 'Contenuto sponsorizzato in collaborazione con Acme S.p.A.'
            | ^\W{{0,3}}{AD_ITEM}\s*[,:–—-]?\s+{MADE_WITH}\s+{SPONSOR_NAME}\W{{0,3}}$
            # a teaser with a trailing paid label: 'How to halve your heating bill | Sponsored'
            | ^[^\n|·•–—]{{1,100}}?\s[|·•–—-]\s*(?:sponsored(?:\s+content)?|partner\s+content|paid\s+(?:content|post)
                |advertorial|promoted|gesponsert|sponsorisé|contenu\s+sponsorisé|patrocinado|contenido\s+patrocinado
                |sponsorizzato|contenuto\s+sponsorizzato|conteúdo\s+patrocinado)\W{{0,3}}$
            """,
        ),
        max_words=SPONSOR_LINE_MAX_WORDS,
        weight=2.0,
        why="A short line naming who paid for a slot; 'paid for by' inside a news sentence is not a whole line.",
        examples=("Sponsored by Northfield Dairy Co-op", "Paid for by Brightwater Energy | Partner content",
                  "Brought to you by Lakeside Credit Union", "Five ways to cut your water bill — Sponsored",
                  "Gesponsert von Bergquell Mineralwasser", "Contenu proposé par Maison Lavande",
                  "Patrocinado por Banco del Valle", "Sponsored content — Brought to you by Lakeside Credit Union",
                  "Publicité | Offert par Maison Lavande", "Sponsored content, produced in partnership with Harbor Bank",
                  "Anzeige in Zusammenarbeit mit Bergquell Mineralwasser",
                  "Partner content | Presented by Northgate Savings Bank",
                  "Publireportage · présenté par la Fromagerie du Col", "Anzeige – präsentiert von Stadtwerke Auental"),
        counterexamples=("Paid for by the state, the new ferry will start sailing in June.",
                         "Sponsored by two senators, the bill would cap insulin prices at $35.",
                         "The mailers were paid for by a committee tied to the developer, filings show.",
                         "Sponsored by the mayor - the plan passed easily.",
                         "Advertising: paid for by the council, the campaign ran for six weeks.",
                         "Advertising in partnership with local papers has doubled, the agency said.",
                         "Presented by the mayor, the budget cuts library hours for the second year.",
                         "Promoted: presented by the board as a reward, the new post pays less."),
    ),
    Rule(
        name="advertisement.sponsored_disclosure",
        kind="advertisement",
        triggers=("sponsor", "advertis", "brand studio", "brand partner", "branded", "content studio", "creative studio",
                  "partner studio", "commercial team", "commercial department", "commercial partner",
                  "commercial content", "commercial arm", "marketing team", "marketing department", "marketing partner",
                  "a client", "an client", "one of our client", "paid partner", "paid for", "advertorial",
                  "paid promotion", "paid post", "paid content", "promotional", "gesponsert",
                  "werbekund", "anzeigenkund", "werbepartner", "auftrag", "annonceur", "sponsoris", "patrocin",
                  "anunciante", "sponsorizzat", "inserzionist", "partner content", "paid feature", "anzeige",
                  "werbung", "werbeanzeige", "bezahlter", "publicité", "publireportage", "publi-reportage",
                  "publirédactionnel", "publi-rédactionnel", "communication commerciale", "publicidad",
                  "publirreportaje", "publieditorial", "informe publicit", "pubblicit", "messaggio promozionale",
                  "publiredazionale", "newsroom", "editorial staff", "editorial team", "editorial department",
                  "rédaction", "redacción", "redaccion", "redaktion", "redazione", "redação", "redacção"),
        patterns=(
            # one branch per language, each led by its demonstrative (one scan of the text each)
            rf"""
            # 'This is paid content'; 'This article is sponsored by …'; 'This feature was created by
            # our branded-content team for a sponsor'
            \b(?:this|the\s+following)\s+(?:
                is\s+(?:an?\s+)?(?:advertisement|advertorial|paid\s+(?:post|promotion|partnership|content|feature)
                    |sponsored\s+(?:content|post|article|feature|story)|(?:branded|promotional|partner|advertiser)\s+content)
              | {THIS_NOUN}\s+(?:was|is|has\s+been)\s+(?:
                    sponsored|paid\s+for|(?:an?\s+)?(?:advertisement|advertorial|paid\s+(?:promotion|partnership|post))
                  | (?:paid|sponsored|advertising|promotional|branded)\s+content
                  | (?:\w+\s+)?(?:produced|created|written|prepared|funded|commissioned|brought\s+to\s+you|presented
                    |provided|supplied)\b[^.]{{0,60}}?\b{COMMERCIAL}))\b{OUTSIDE_QUOTES}
            # 'Dieser Artikel ist eine bezahlte Anzeige', 'Dieser Beitrag wurde von einem Werbekunden gesponsert'
            | \bdiese[rs]?\s+(?:beitrag|artikel|inhalt|text)\s+(?:
                ist\s+(?:(?:eine\s+)?(?:bezahlte\s+)?(?:anzeige|werbung|werbeanzeige)
                    |ein\s+(?:bezahlter|gesponserter)\s+(?:beitrag|inhalt|artikel))
              | (?:wurde|ist|entstand)\b[^.]{{0,60}}?\b(?:gesponsert|im\s+auftrag\s+(?:eines|von|des)|werbekunden
                    |anzeigenkunden|werbepartner\w*))\b{OUTSIDE_QUOTES}
            # 'Cet article est une publicité', 'Ce contenu a été réalisé pour un annonceur'
            | \b(?:ce|cet)\s+(?:contenu|article|texte|dossier|supplément)\s+(?:
                est\s+(?:une?\s+)?(?:publicité|publi-?reportage|publi-?rédactionnel|contenu\s+sponsorisé
                    |communication\s+commerciale)
              | (?:a\s+été|est)\b[^.]{{0,60}}?\b(?:annonceurs?|sponsoris\w+|sponsors?|brand\s+studio))\b{OUTSIDE_QUOTES}
            # 'Este contenido es publicidad', 'Este conteúdo foi patrocinado por …' (es, pt)
            | \best[ea]\s+(?:contenido|artículo|texto|reportaje|conteúdo|artigo|matéria|reportagem)\s+(?:
                (?:es|é)\s+(?:(?:una?|uma?)\s+)?(?:publicidade?|publirreportaje|publieditorial|informe\s+publicitário
                    |contenido\s+patrocinado|conteúdo\s+patrocinado)
              | (?:ha\s+sido|fue|es|está|é|foi)\b[^.]{{0,60}}?\b(?:patrocinad[oa]s?|anunciantes?|patrocinador(?:es)?))
                \b{OUTSIDE_QUOTES}
            # 'Questo articolo è un messaggio promozionale', 'Questo contenuto è sponsorizzato da …'
            | \bquest[oa]\s+(?:contenuto|articolo|testo|pagina)\s+(?:
                è\s+(?:una?\s+)?(?:pubblicità|messaggio\s+promozionale|informazione\s+pubblicitaria|publiredazionale
                    |contenuto\s+sponsorizzato)
              | (?:è|e['’]|è\s+stat[oa])\b[^.]{{0,60}}?\b(?:sponsorizzat[oa]|inserzionist[ai]|sponsor))\b{OUTSIDE_QUOTES}
            """,
            # the newsroom had no part in it, one branch a language (each gated on its newsroom word):
            # 'Our editors had no role in making this content'
            "\n|".join(branch + OUTSIDE_QUOTES for branch in NEWSROOM_NOT_INVOLVED),
        ),
        context="not_reported",
        max_words=DISCLOSURE_MAX_WORDS,
        weight=2.5,
        why="The page calling itself paid or brand-studio content; news names other people's ads, not 'this content'.",
        examples=("This content was created by our branded content team on behalf of an advertiser.",
                  "This article is sponsored by Fernhill Outdoor Gear. The newsroom had no role in it.",
                  "Dieser Beitrag wurde von unserem Werbepartner bezahlt und nicht von der Redaktion erstellt.",
                  "Ce contenu a été réalisé par notre studio pour un annonceur.",
                  "Este contenido ha sido elaborado para un anunciante por nuestro equipo comercial.",
                  "Questo articolo è stato realizzato per un inserzionista.", "This is paid content from a sponsor.",
                  "Dieser Artikel ist eine bezahlte Anzeige.", "Cet article est un publireportage.",
                  "Este contenido es publicidad.",
                  "Promoted article from Kestrel Solar. Our editorial team had no role in producing this piece.",
                  "La rédaction n'a pas participé à l'écriture de ce contenu.",
                  "Die Redaktion war an der Erstellung dieses Beitrags nicht beteiligt.",
                  "La redazione non ha partecipato alla realizzazione di questo contenuto.",
                  "La redacción no intervino en la elaboración de este contenido.",
                  "A redação não participou da produção deste conteúdo."),
        counterexamples=("The story was sponsored by no one, the editor said, and written by a freelancer.",
                         "“This content was paid for by our sponsor,” the influencer admitted in court.",
                         "The regulator said the posts were produced for an advertiser without any label.",
                         "The newsroom was not told about this article before it ran, the union said."),
    ),
)
