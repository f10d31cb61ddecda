"""Related-link lists and share buttons (follow prompts: :mod:`.follow`; verb-led pointers and topic lists: :mod:`.pointers`)."""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .vocab import PART, WIDGET_MAX_WORDS

#: A "Related: headline" line is one teaser, maybe a few.
RELATED_MAX_WORDS = 60

#: One headline in a teaser row: capitalised, four to sixteen words without a bar or bullet, two
#: of them lower-case words of four letters or more (a headline in sentence case; a site's name,
#: 'Network of Southern Reporters' after a page title's bar, has none).
TEASER = (
    r"(?-i:[\p{Lu}\d])[^\s|•·]*"
    r"(?=(?:\s+[^\s|•·]+)*?\s+(?-i:\p{Ll})\p{L}{3}[^\s|•·]*(?:\s+[^\s|•·]+)*?\s+(?-i:\p{Ll})\p{L}{3})"
    r"(?:\s+[^\s|•·]+){3,15}"
)

RELATED = (
    Rule(
        name="related_links.label",
        leads=("related", "read", "also", "see", "more", "recommended", "further", "you", "most", "trending", "don",
               "topics", "tags", "filed", "à", "lire", "voir", "sur", "leer", "lea", "te", "más", "mas", "mehr",
               "lesen", "auch", "weitere", "leggi", "potrebbe", "leia", "veja", "saiba", "find", "explore",
               "a lire", "a voir", "lee", "también", "tambien", "noticias", "das", "zum", "ti", "articoli", "vedi",
               "lê", "ler", "ver mais", "notícias", "discover", "browse", "keep reading", "up next", "next up", "what to read",
               "in case you", "icymi", "sigue leyendo", "te recomendamos", "à lire ensuite", "continua a leggere",
               "continu", "weiterlesen", "tagged", "keywords", "mots", "palabras", "etiquetas", "schlagw", "parole",
               "palavras", "lo más", "lo mas", "les plus", "les articles", "plus lus", "meistgelesen", "i più",
               "gli articoli più", "più letti", "as mais", "os mais", "mais lid", "artículos", "articulos", "artigos", "notas", "contenido",
               "relacionad", "verwandte", "ähnliche", "matérias", "materias", "conteúdo", "conteudo", "vous", "ça",
               "cela", "você", "também", "pode", "plus", "altro", "mais"),
        triggers=("▸",),
        kind="related_links",
        patterns=(
            r"""
            ^\W{0,4}(?:related(?:\s+(?:stories|story|articles?|coverage|topics|content|posts?|reading|news|links?
                |videos?|podcasts?))?
              |read\s+(?:more|also|next|this\s+next)|also\s+read|see\s+also
              |(?![^\n]*\.\s*$)(?:(?:explore|see|find|discover|browse)\s+)?more\s+
                (?:(?:coverage|reporting|news|articles|reading|headlines|videos)\s+)?(?:on|from|about|in)\b[^:]{0,40}
                                                         # "More coverage from NPR:", "Explore more on these topics:"
                                                         # (a list, not a sentence: no full stop at the end)
              |more\s+(?:stories|articles)(?:\s+like\s+this)?|recommended(?:\s+(?:stories|for\s+you|reading))?|further\s+reading
              |you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested(?:\s+in)?)
              |you\s+might\s+also\s+like|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|don['’]t\s+miss
              |topics|tags|tagged(?:\s+(?:with|in|under))?|keywords|filed\s+under
              |mots[-\s]cl[ée]s|palabras\s+clave|etiquetas|schlagw(?:ö|o)rter|schlagworte|parole\s+chiave|palavras-chave  # tag lists
              |lo\s+m[aá]s\s+(?:le[ií]do|visto)|(?:les\s+)?(?:articles\s+)?(?:les\s+)?plus\s+lus|meistgelesen(?:e\s+artikel)?  # most read
              |(?:i\s+|gli\s+articoli\s+)?più\s+lett[ie]|(?:as\s+|os\s+)?mais\s+(?:lidas|lidos)
              |(?:art[ií]culos|noticias|notas|contenidos?)\s+relacionad[oa]s|relacionad[oa]s|articles?\s+(?:liés|similaires|connexes)
              |verwandte\s+(?:artikel|themen)|ähnliche\s+artikel|(?:mat[ée]rias|conte[úu]dos?|artigos)\s+relacionad[oa]s  # related
              |(?![^\n]*\.\s*$)(?:keep\s+reading|continue\s+reading|lire\s+la\s+suite|weiterlesen|continu(?:e|ar)\s+lendo|up\s+next|next\s+up|what\s+to\s+read\s+next|in\s+case\s+you\s+missed\s+it
                |icymi|sigue\s+leyendo|te\s+recomendamos|[àa]\s+lire\s+ensuite|continua\s+a\s+leggere)  # a pointer to the
                                                         # next story, before a headline (no full stop: not a sentence)
              |(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|également)|sur\s+le\s+même\s+sujet                 # fr
              |vous\s+aimerez(?:\s+(?:aussi|également|peut-être\s+aussi))?|(?:ça|cela)\s+(?:pourrait|peut)\s+(?:aussi\s+)?vous\s+intéresser
              |leer\s+m[aá]s|le[ea]\s+(?:tambi[eé]n|m[aá]s)|(?:tambi[eé]n\s+)?te\s+puede(?:n)?\s+interesar(?:\s+tambi[eé]n)?  # es
              |m[aá]s\s+informaci[oó]n|noticias\s+relacionadas
              |mehr\s+zum\s+thema|zum\s+thema|lesen\s+sie\s+auch|auch\s+interessant|weitere\s+artikel  # de
              |das\s+könnte\s+(?:sie|dich|euch)\s+(?:auch\s+)?interessieren
              |leggi\s+anche|(?:ti\s+)?potrebbe(?:ro)?\s+interessar(?:ti|e)(?:\s+anche)?|articoli\s+correlati|vedi\s+anche  # it
              |le[iê]a?\s+também|(?:ler|leia|veja|ver)\s+mais|veja\s+também|saiba\s+mais|notícias\s+relacionadas  # pt
              |(?:você\s+)?(?:também\s+)?pode\s+(?:gostar|interessar(?:-lhe)?)(?:\s+também)?|te\s+puede(?:n)?\s+gustar
              |(?:ti\s+)?potrebbe(?:ro)?\s+piacer(?:ti|e)(?:\s+anche)?)
            \s*(?::|▸|»|›|>|\||–|—|-|→|➜|➔|➞|⟶|▶|►|❯|\]|\s*$)                 # label followed by the list (or an arrow,
                                                                              # or the label's closing bracket: '[Related] …')
            """,
            r"▸[^▸]*▸",  # "▸ teaser ▸ teaser" (its own pattern: the anchored one above fails fast)
            # 'More on this topic: …', a label in six languages, then the outlet's own coverage or a list, not a
            # sentence of news (a pattern of its own: gated on its words, it is compiled only where they occur)
            r"""
            ^\W{0,4}(?:more\s+on\s+(?:this|the)\s+(?:topic|subject|story|issue)|plus\s+sur\s+(?:ce|le)\s+(?:sujet|thème)
                |m[aá]s\s+sobre\s+(?:este|el)\s+(?:tema|asunto)|mehr\s+zu\s+diesem\s+thema|altro\s+su\s+quest(?:o\s+|['’])(?:argomento|tema)
                |mais\s+sobre\s+(?:este|o|esse)\s+(?:assunto|tema))
            \s*(?:[:▸»›>|–—→-]\s*)?(?:$|(?:our|all|every|notre|nos|tout|toute|tous|nuestr[oa]s?|tod[oa]s?|unsere?\w*|alle
                |la\s+nostra|il\s+nostro|i\s+nostri|tutt[oie]|a\s+nossa|o\s+nosso|noss[oa]s)\b|(?![^\n]*\.\s*$))
            """,
            r"^\W{0,4}(?:see|read|find|explore)\s+more\s+(?:of\s+)?our\s+(?:coverage|reporting|stories|work)\b",
        ),
        max_words=RELATED_MAX_WORDS,
        weight=2.0,
        why="'Related:' / 'Read more:' teaser lines and tag lists.",
        examples=("Read more: Why drought is reshaping farm lending", "Related Topics: Health Industry, Medicaid",
                  "Browse more on these subjects: Drought · Farming · Water rights",
                  "More reporting from the Ledger: Why the mill closed | Who owns the river",
                  "A voir aussi | Les vendanges avancées de trois semaines",
                  "Lee más: Qué cambia con la nueva ley de alquileres",
                  "Read next ➜ How the harbour dredging will be paid for",
                  "Leggi anche ▶ Il nuovo orario dei treni regionali",
                  "[Related] Three ways the new rail timetable changes your commute",
                  "RELATED ARTICLE: Harbour dredging to cost twice the estimate",
                  "Keep reading: How the reservoir ran dry in a single summer", "ICYMI → Ferry timetable changes",
                  "LEIA MAIS", "Ver mais: Prefeitura adia obras da orla para 2026",
                  "You might also be interested in:", "Tagged: transport, ferries, budget", "Les plus lus",
                  "Lo más leído", "Artículos relacionados", "Verwandte Artikel", "Mais lidas", "Continue reading →",
                  "Lire la suite", "Keywords: drought, wells, farming", "Schlagwörter: Hochwasser, Deich",
                  "Potrebbero interessarti anche:", "Te puede interesar también", "Vous aimerez aussi",
                  "Você também pode gostar:", "More on this story: every update on the harbour dredging, in one place.",
                  "Plus sur ce sujet : notre dossier sur la fermeture de l'usine.", "Mais sobre este assunto: a cobertura completa"),
        counterexamples=("Read more carefully, the memo tells a different story.",
                         "More news from the front arrived on Tuesday: the bridge had fallen.",
                         "More from the mayor came later: she would not run again.",
                         "Lee también poesía, dice la autora, aunque prefiere las novelas.",
                         "Read next to the original, the revised forecast → looks far gloomier.",
                         "Related stories about the fire spread quickly on local forums, police said.",
                         "Keep reading: the clause on page nine is where the landlord's plan falls apart.",
                         "Veja mais fotos da enchente na galeria que a prefeitura publicou ontem.",
                         "Tagged with a GPS collar, the wolf crossed three borders in a month.",
                         "Keywords in the contract were redacted before it was released.",
                         "Les plus lus des romans de l'été sont souvent les plus courts.",
                         "Relacionados con el caso, tres agentes fueron detenidos el martes.",
                         "Continue reading the charges aloud, the judge told the clerk.",
                         "More on the topic of pay came from the union, which wants 6%."),
    ),
    Rule(
        name="related_links.teaser_row",
        triggers=("|", "•", "·"),
        kind="related_links",
        patterns=(
            rf"""
            # two to six headlines in a row, each in sentence case, four words or more, joined by bars or
            # bullets and none closing on a full stop (links whose tags were stripped): prose has no bars
            ^[\W_]{{0,3}}{TEASER}(?:\s+[|•·]\s+{TEASER}){{1,5}}(?<![.!?…:;,])["”’]?\s*$
            """,
        ),
        max_words=RELATED_MAX_WORDS,
        weight=2.0,
        why="A row of headlines joined by bars is a teaser list (or a menu); prose sentences do not use bars.",
        examples=("Ferry fares rise for the third time | Pier repairs delayed until next spring",
                  "Why the mill closed after a century • Who owns the river now • What the levy pays for"),
        counterexamples=("The league table reads City | United | Rovers, with two games left.",
                         "Council approves new bus routes | Springfield Herald",
                         "Drought forces water rationing in three towns | Network of Southern Reporters"),
    ),
    Rule(
        name="related_links.coverage_pointer",
        triggers=("click here", "tap here", "our full coverage", "our complete coverage", "our latest coverage",
                  "our live coverage", "our ongoing coverage", "our continuing coverage", "our in-depth coverage",
                  "our special coverage", "retrouvez", "nuestra cobertura", "cliquez ici", "clic aquí", "clica aqui",
                  "clique aqui", "hier klicken", "klicken sie hier", "clicca qui"),
        kind="related_links",
        patterns=(
            r"""
            # a pointer to the outlet's own coverage: 'See our live coverage of the vote on …'
            \b(?:for|read|see|follow|find|get|visit)\s+(?:all\s+(?:of\s+)?)?our\s+(?:full|complete|latest|live|ongoing
                |continuing|in-depth|special)\s+coverage\b
            | \bretrouvez\s+(?:tou(?:te|s|t)\s+)?(?:notre|nos)\s+(?:dossier|couverture|articles|reportages)\b    # fr
            | \b(?:consulta|lee|sigue)\s+(?:aquí\s+)?(?:toda\s+)?nuestra\s+cobertura\b                         # es
            """,
            r"""
            # 'Click here for …' / 'Click here to read …' opening the block: a link, not a sentence of news
            ^\W{0,3}(?:click|tap|cliquez|haga\s+clic|clic|clica|clique|hier\s+klicken|klicken\s+sie|clicca)
                \s+(?:here|ici|aquí|aqui|hier|qui)\s*[:,]?\s*(?:for|to\s+(?:read|see|view|watch|follow|get|find)|pour
                |para|für|zu|per)\b
            """,
        ),
        max_words=RELATED_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Click here for …' links and pointers to the outlet's own coverage; news about a link reports it.",
        examples=("Click here to read more about the county's flood plan.",
                  "For our complete coverage of the transit strike, visit our live page.",
                  "Retrouvez tout notre dossier sur la réforme des retraites.",
                  "Cliquez ici pour lire notre enquête sur les loyers."),
        counterexamples=("Users who were told to click here for a refund lost an average of $900, police said.",
                         "Our full coverage plan costs more, the insurer's brochure admits, but pays out faster."),
    ),
    Rule(
        name="related_links.video_teaser",
        leads=("watch", "listen", "video", "vidéo", "vídeo"),
        kind="related_links",
        patterns=(
            r"""
            # a 'WATCH: headline (2:14)' teaser: a label, then a headline that is no sentence
            # (no full stop at its end) or that closes on a running time
            ^\W{0,3}(?:watch|listen|video|vidéo|vídeo)(?:\s+(?:now|live|more|again|the\s+video))?
                \s*(?::|\||▶|►|\s[–—-]\s)\s*
                (?:(?![^\n]*[.!?…]["”’]?\s*$)[^\n]{3,200}
                  |[^\n]{3,200}[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]\W{0,2}$)
            """,
        ),
        max_words=30,
        weight=2.0,
        why="Video and audio teasers ('WATCH: …', 'VIDEO | …'): a label and a headline; a sentence ends in a full stop.",
        examples=("WATCH: Rescue crews reach stranded hikers on the ridge (1:48)",
                  "VIDÉO - Les images des pompiers à l'œuvre dans les Landes", "Listen | How the mill town voted"),
        counterexamples=("Watch: the vote comes on Tuesday, and the whips are still counting.",
                         "Video-sharing apps lost users in the first quarter of the year."),
    ),
    Rule(
        name="related_links.series",
        leads=("in", "more", "from", "other", "earlier", "previous", "this", "part", "dans", "en", "de", "aus", "mehr",
               "nesta", "nessa", "autres", "les", "otros", "weitere", "altri", "outros", "partie", "parte", "teil",
               "chapter", "chapitre", "capítulo", "capitolo", "episode", "épisode", "episodio", "episódio", "folge",
               "ep", "listen", "watch", "catch", "last", "next", "écout", "réécout", "escuch", "hören", "hör",
               "ascolt", "ouç", "ouv", "die"),
        kind="related_links",
        patterns=(
            rf"""
            # a series menu's label, then the parts ('In this series: Part 1 | Part 2', 'Dans cette série : …')
            ^\W{{0,3}}(?:(?:more\s+)?(?:in|from)\s+(?:this|our)\s+series|(?:other|earlier|previous)\s+(?:parts|episodes
                |installments|instalments|chapters)(?:\s+(?:in|of)\s+(?:this|the)\s+series)?
              |(?:[àa]\s+lire\s+)?dans\s+(?:cette|notre)\s+série|(?:les\s+)?autres\s+(?:épisodes|volets)       # fr
              |(?:en|de)\s+esta\s+serie|otros\s+(?:episodios|capítulos|entregas)                                  # es
              |(?:mehr\s+)?(?:in|aus)\s+dieser\s+serie|weitere\s+(?:folgen|teile)                                 # de
              |in\s+questa\s+serie|altri\s+(?:episodi|capitoli)|(?:n)?esta\s+série|outros\s+(?:episódios|capítulos))  # it pt
            \s*[:|–—-]\s*(?=[^\n]{{0,200}}(?:[|•·]|\b{PART}))
            # a row of parts: 'Part 1: The dam | Part 2: The drought | Part 3 …'
            | ^\W{{0,3}}{PART}[^|•·\n]{{0,80}}(?:\s*[|•·]\s*(?:<[^>]{{1,10}}>\s*)?{PART}[^|•·\n]{{0,80}}){{1,8}}$
            # a pointer to an earlier or the next episode of a podcast or video series
            | ^\W{{0,3}}(?:(?:listen|watch|catch\s+up)(?:\s+(?:to|on|again))?\s+)?(?:the\s+|our\s+)?(?:previous|last|latest
                |earlier|next|first)\s+(?:episode|installment|instalment|chapter|part)s?\s*[:|–—-]
              |^\W{{0,3}}(?:(?:ré)?écoute[rz]?\s+)?l['’]épisode\s+(?:précédent|suivant)\s*[:|–—-]                # fr
              |^\W{{0,3}}(?:escucha\s+)?el\s+(?:episodio|capítulo)\s+(?:anterior|siguiente)\s*[:|–—-]            # es
              |^\W{{0,3}}(?:hören\s+sie\s+)?die\s+(?:letzte|vorherige|nächste|erste)\s+folge\s*[:|–—-]          # de
              |^\W{{0,3}}(?:ascolta\s+)?(?:la\s+puntata|l['’]episodio)\s+(?:precedente|successiv[oa])\s*[:|–—-]  # it
              |^\W{{0,3}}(?:ouça\s+|ouve\s+)?o\s+episódio\s+(?:anterior|seguinte)\s*[:|–—-]                    # pt
            """,
        ),
        max_words=RELATED_MAX_WORDS,
        weight=2.0,
        why="A series menu ('In this series: Part 1 | Part 2') or a pointer to a podcast's other episode; "
            "a sentence about a series has no label and colon before a list of parts.",
        examples=("In this series: Part 1: The well runs dry | Part 2: Who pays",
                  "Part 1: The flood · Part 2: The clean-up · Part 3: The bill",
                  "Listen to the last episode: Ep. 12 — Why the ferry stopped running",
                  "Dans cette série : Épisode 1 · Épisode 2 · Épisode 3",
                  "Escucha el episodio anterior: Las minas que nadie cerró"),
        counterexamples=("In this series, the Rangers have won three of four games at home.",
                         "In this series: the Rangers lead 3-1 after a tense night at home.",
                         "The previous episode of the show drew 2 million viewers, the network said.",
                         "Part 1 of the plan was approved in March; part 2 is still being debated."),
    ),
)

#: At ``boilerplate_threshold``, below pinning: a lone 'Share' line is the share button's
#: label, and neighbour smoothing may still give it back; a table cell never reads it
#: (``in_tables=False``), so a column headed 'Share' stays.
BARE_SHARE_WEIGHT = 1.0

#: A share bar's button named by its action or network (for a row of only two of them).
SHARE_BUTTON = r"""e-?mail|print|share|tweet|pin(?:\s+it)?|facebook|twitter|linkedin|whatsapp|reddit|pinterest
    |telegram|copy\s+link|imprimer|imprimir|drucken|stampa|partager|compartir|teilen|condividi"""

SHARE = (
    Rule(
        name="share_widget.button_row",
        leads=("share", "tweet", "pin", "e", "print", "copy", "facebook", "twitter", "x", "linkedin", "whatsapp",
               "reddit", "pinterest", "bluesky", "threads", "telegram", "flipboard", "mastodon", "rss", "menu",
               "search", "close", "donate", "comment", "save", "more", "click", "opens", "on", "via", "link", "a",
               "friend", "to", "this", "teilen", "partager", "compartir", "drucken", "imprimer", "imprimir", "in",
               "new", "window", "tab", "send", "messenger", "sms", "flip", "bookmark", "gift", "envoyer", "enviar",
               "compartilhar", "partilhar", "condividi", "stampa", "artikel", "copier", "copiar", "copia", "post",
               "kopieren", "pdf", "𝕏", "xing", "tumblr", "vk", "pocket", "weibo", "viber", "compart", "partag",
               "partilh", "merken", "speichern", "vorlesen", "anhören", "kommentieren", "mailen", "sauvegarder",
               "enregistrer", "guardar", "salva", "salvar",
               "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        kind="share_widget",
        patterns=(
            r"""
            ^(?![\W\d_]*$)                  # not numbers alone ('03 88 55 55 55.': a telephone number, not counts;
                                              # stops at the first letter)
            (?:[\W\p{Variation_Selector}\p{Join_Control}]*                 # emoji with their variation selectors: "✉️ Email"
               # a count is one token ('47 COMMENTS' is two, not a row)
               (?:\d+(?:[.,]\d+)?[km]?(?!\w)|(?:share(?:\s+(?:on|via|this|to))?|tweet|pin(?:\s+it)?|e-?mail|print|copy(?:\s+link)?|facebook|twitter
               |X|𝕏|xing|tumblr|vk|pocket|weibo|viber|linkedin|whatsapp|reddit|pinterest|bluesky|threads|telegram|flipboard|mastodon|rss|menu|search|close
               |donate|comments?|save|more|click\s+to\s+share\s+on|\(opens\s+in\s+new\s+window\)|on|via|link|a|friend
               |to|this|share\s+this\s+(?:story|article)|teilen|partager|compartir|drucken|imprimer|imprimir
               |click|opens|in|new|window|tab|send|friend|messenger|sms|flip|bookmark|gift\s+(?:this\s+)?article
               |sur|par|auf|per|su|por|no|em|envoyer|enviar|senden|inviare|courriel|correo|compartilhar|partilhar
               |condividi|condividere|stampa|teile|comparte|compartí|comparta|partagez|partilhe|compartilhe
               |à|un|ami|amigo|amico|esta|este|nota|noticia|cet|article|artigo|questo|articolo|ligação|ligacao
               |imprimir|stampare|url                                                        # "Envoyer à un ami", "Comparte esta nota"
               |friendly|pdf|en|copier|le|lien|copiar|el|enlace|kopieren|copia|il|artikel     # "Print Friendly, PDF"
               |electr[oó]nico|e-mail
               |copied|kopiert|copié|copiado|copiato                                         # "Link kopiert!" once clicked
               |for|later|read\s+later|listen
               |merken|speichern|vorlesen|anhören|kommentieren|mailen|sauvegarder|enregistrer|guardar|salva|salvar  # 'drucken | teilen | merken'
               |f|post)                                          # 'f' of an icon font's Facebook button, X's 'Post'
               (?!\w))[\W\p{Variation_Selector}\p{Join_Control}]*){3,}$    # (?!\w): whole words, not 'em|a|il'
            """,
            r"^\W*(?:share\s+this(?:\s+(?:story|article|page))?|share\s+on|partager|compartir|teilen)\s*:?\s*$",
            # two buttons only, both named by their action or network ('Email Print' once a share bar's
            # links lose their markup): the row above needs three, since it also knows 'more', 'save', 'on'
            r"""^\W*(?:""" + SHARE_BUTTON + r""")\W+(?:""" + SHARE_BUTTON + r""")\W*$""",
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="A run of share-button labels is never prose; a row of numbers alone is a telephone number or a "
            "score, not a bar of share counts.",
        examples=("Share on Facebook Share on X Share via Email Copy link", "Tweet Share Pin It Email 0 Comments",
                  "Partager sur Facebook Partager sur X Envoyer par e-mail",
                  "Print  PDF  Email", "Teilen  WhatsApp  Facebook  Link kopieren",
                  "Compartir  X  Copiar enlace  Correo electrónico",
                  "🖨️ Print  ✉️ Email  🔗 Link copied", "Share via 𝕏 · Xing · Pocket · Email",
                  "Email | Print | Save for later", "Partagez · Envoyer à un ami · Imprimer",
                  "Comparte esta noticia: Facebook · X · WhatsApp · Copiar enlace",
                  "Partilhar | Copiar ligação | Imprimir", "SHARE VIA: f  𝕏  ✉", "share / post / email / print",
                  "Email Print", "WhatsApp · Imprimer", "Merken · Teilen · Drucken", "Imprimer | Partager | Sauvegarder"),
        counterexamples=("Share prices fell on Facebook and Twitter news.",
                         "Print friendly, the PDF said, was the editor's email subject line.",
                         "Pocket, Xing and Tumblr all lost users that year.",
                         "Post a share of the profits to every worker, the union said in an email.",
                         "Print edition", "Facebook fined", "03 88 55 55 55."),
    ),
    Rule(
        name="share_widget.label",
        leads=("share", "tweet", "partager", "compartir", "compartilhar", "partilhar", "condividi", "teilen", "link",
               "url", "lien", "enlace", "copied", "kopiert", "copié", "copiado", "copiato", "partagez", "comparte",
               "comparta", "partilhe", "compartilhe", "artikel", "beitrag", "copy", "copier", "copiar", "copia",
               "email", "e-mail", "forward", "send", "print", "pin", "save", "imprim", "envoyer", "diesen", "seite",
               "stampa",
               "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        kind="share_widget",
        patterns=(
            r"""
            ^\W*(?:share\s+(?:this(?:\s+(?:story|article|page|post|report|episode|video))?|on|via|it)|tweet\s+this|partager
                |compartir|compartilhar|partilhar|condividi|teilen
                |(?:partagez|partager)\s+(?:cet\s+article|cette\s+page)|compart(?:e|a|ir)\s+(?:esta\s+(?:nota|noticia|historia)
                |este\s+art[ií]culo)|(?:partilhe|compartilhe|partilhar|compartilhar)\s+(?:este\s+artigo|esta\s+notícia)
                |condividi\s+(?:questo\s+articolo|questa\s+notizia)|(?:artikel|beitrag)\s+teilen)[\W_]*$
                                                            # 'Share this story', 'Share this article ↗', 'Partager'
            # one button naming what it acts on: 'Email this story', 'Print article', 'Artikel drucken'
            | ^\W*(?:(?:share|e-?mail|forward|send|print|pin|save)\s+(?:this|the)(?:\s+(?:story|article|page|post))?
                |(?:share|e-?mail|forward|send|print|save)\s+(?:story|article|page|post)
                |imprim(?:er|ez)\s+(?:l['’]article|cette\s+page)|envoyer\s+l['’]article                      # fr
                |imprimir\s+(?:(?:la\s+|esta\s+)?(?:noticia|nota|p[aá]gina)|(?:el\s+|este\s+)?art[ií]culo|(?:o\s+|este\s+)?artigo
                  |(?:a\s+)?mat[ée]ria)                                                                   # es pt
                |(?:(?:diesen\s+)?artikel|seite)\s+(?:drucken|teilen|versenden)|teilen\s+sie\s+diesen\s+artikel      # de
                |stampa\s+(?:l['’]|questo\s+)?articolo)[\W_]*$                                              # it
            # the copy-link button alone: 'Copy link', 'Copier le lien', 'Link kopieren'
            | ^\W*(?:copy\s+(?:the\s+)?(?:link|url)|copier\s+(?:le\s+)?lien|copiar\s+(?:el\s+|o\s+)?(?:enlace|link|ligação)
                |(?:link|url)\s+kopieren|copia\s+(?:il\s+)?link)[\W_]*$                 # 'Share this story', 'Partager'
            # a share count on its own: '1.2K shares', '340 partages'
            | ^\W*\d+(?:[.,]\d+)?\s*[km]?\s*(?:shares?|partages|compartidos|veces\s+compartido|mal\s+geteilt|geteilt
                |condivisioni|compartilhamentos)\W*$
            # the link was copied: '🔗 Link copied!', 'Lien copié'
            | ^\W*(?:(?:link|url|lien|enlace|link-adresse)\s+)?(?:copied(?:\s+to\s+(?:the\s+)?clipboard)?|kopiert
                |copié|copiado|copiato)\W*$
            """,
            # a bare 'SHARE' label: in capitals or with a colon or an icon ('Share' alone may head a table column)
            r"""^\W*(?:(?-i:SHARE|TWEET)\W*|share\s*(?::|[^\w\s]+)\s*)$""",
        ),
        max_words=8,
        weight=2.0,
        why="A lone share label, share count or 'link copied' toast; never a sentence.",
        examples=("SHARE", "Share ↗", "3.4K shares", "Link copied to clipboard", "Partager", "Share this story ↗ 🔗",
                  "Forward this story", "Print this page 🖨", "Imprimir noticia", "Diesen Artikel teilen", "Share via: 🔗 ✉",
                  "Copy link", "Copier le lien", "Comparte esta noticia:", "Artikel teilen"),
        counterexamples=("Shares of the lender fell 12% on Friday.",
                         "Link copied from the leaked file, the court heard.",
                         "Copy link after link, the bot filled the forum with spam.",
                         "Send the story to the lawyers first, the editor ordered.", "Print the page again"),
    ),
    Rule(
        name="share_widget.share_url",
        triggers=("sharer", "intent/tweet", "intent/post", "intent/compose", "share-offsite", "sharearticle",
                  "pin/create", "whatsapp.com/send", "wa.me/?", "reddit.com/submit", "t.me/share", "mailto:?"),
        kind="share_widget",
        patterns=(
            r"""
            # a pasted share button: a link (bare, in an href or a markdown link) to a network's share
            # endpoint, 'facebook.com/sharer/…', 'x.com/intent/tweet?…', 'mailto:?subject=…'
            (?:^\s*|href\s*=\s*["']?|\]\()(?:https?:)?(?://)?(?:www\.|m\.|api\.)?
            (?:facebook\.com/sharer|(?:twitter|x)\.com/intent/(?:tweet|post)|bsky\.app/intent/compose
              |linkedin\.com/(?:sharing/share-offsite|sharearticle)|pinterest\.[a-z.]+/pin/create|whatsapp\.com/send
              |wa\.me/\?|reddit\.com/submit|t\.me/share|mailto:\?)
            """,
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="A share endpoint's link is a share button pasted as text; a sentence about sharing names no endpoint.",
        examples=('<a class="btn" href="https://x.com/intent/tweet?text=Storm%20update">Post</a>',
                  "[Email this](mailto:?subject=Harbour%20news)", "https://www.facebook.com/sharer/sharer.php?u=x"),
        counterexamples=("Researchers found that links to facebook.com/sharer pages were used to spread the scam.",),
    ),
    Rule(
        name="share_widget.trailing_label",
        triggers=("share this", "partagez cet", "partager cet", "comparte esta", "compartir esta", "comparta esta",
                  "condividi questo", "condividi questa", "compartilhe este", "partilhe este", "compartilhar este",
                  "partilhar este", "artikel teilen", "beitrag teilen"),
        kind="share_widget",
        patterns=(
            r"""
            # the share button's label closing a paragraph, glued on after its last sentence and often in
            # lower case ('… on Friday. share this article'): a sentence never ends a block on it
            [.!?…]["”’)]?\s+[\W_]{0,2}(?:share\s+this\s+(?:story|article|page|post|report)|(?:partagez|partager)\s+cet\s+article
              |compart(?:e|a|ir)\s+esta\s+(?:nota|noticia)|condividi\s+(?:questo\s+articolo|questa\s+notizia)
              |(?:partilhe|compartilhe|partilhar|compartilhar)\s+(?:este\s+artigo|esta\s+notícia)|(?:artikel|beitrag)\s+teilen)
            """ + OUTSIDE_QUOTES + r"""[\W_]*$""",
        ),
        max_words=RELATED_MAX_WORDS,
        weight=2.0,
        why="A share label glued to a paragraph's end; a quoted 'share this story' plea sits inside quotation marks.",
        examples=("The pool reopens on Monday after repairs. share this story",
                  "Les travaux dureront six mois. Partagez cet article ↗"),
        counterexamples=("The post ended with a plea. “Share this story”", "Share this story with care, the editor said."),
    ),
    Rule(
        name="share_widget.bare_label",
        leads=("share", "partager", "compartir", "teilen", "condividi", "partilhar", "compartilhar"),
        kind="share_widget",
        patterns=(r"""^\s*(?:share|partager|compartir|teilen|condividi|partilhar|compartilhar)\s*$""",),
        max_words=1,
        weight=BARE_SHARE_WEIGHT,
        in_tables=False,
        why="A one-word 'Share' line is the share button's label; in an HTML table it heads a column "
            "(fixture table-and-list), so the rule does not read table cells.",
        examples=("Share", "Teilen"),
        counterexamples=("Share prices", "Market share"),
    ),
    Rule(
        name="share_widget.gift_link",
        leads=("gift", "give"),
        triggers=("gift article", "gift link", "gift stor"),
        kind="share_widget",
        patterns=(
            r"""
            ^\W{0,3}(?:gift\s+(?:this\s+)?|give\s+this\s+)(?:article|story)\W{0,3}(?:$|[|·•–—:-])  # the gift-link button
            | \b\d+\s+gift\s+(?:articles?|links?|stories)\s+(?:left|remaining|to\s+give)\b   # its allowance
            """,
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="Gift-link buttons and their monthly allowance; a sentence about gifts has no count of gift articles.",
        examples=("Gift this story", "You have 3 gift articles left this month."),
        counterexamples=("Give this story a second look, the editor wrote, and the numbers tell on themselves.",
                         "The charity said gift stories from donors helped it raise $2 million."),
    ),
    Rule(
        name="share_widget.send_to_friend",
        triggers=("to a friend", "with a friend", "to a colleague", "with a colleague", "à un ami", "a un amigo",
                  "a un amico", "a um amigo", "para um amigo", "einem freund", "an einen freund", "share this",
                  "share it", "send this", "send it", "forward this", "pass this", "pass it", "partagez cet", "partagez ce", "partagez cette", "comparte esta", "comparte este",
                  "teilen sie diesen", "teilen sie diese", "condividi questo", "condividi questa", "compartilhe esta",
                  "compartilhe este", "partilhe esta", "partilhe este"),
        kind="share_widget",
        patterns=(
            # 'Send it to a friend', 'Share this story with a colleague', where a sentence starts
            fragment(r"""(?:
                (?:send|share|forward|e-?mail)\s+(?:it|this(?:\s+(?:article|story|page|post))?)\s+(?:to|with)\s+
                    (?:a\s+)?(?:friend|colleague)s?
                | (?:envoyer|envoyez|partagez)\s+(?:cet\s+article\s+)?à\s+un\s+ami                              # fr
                | (?:enviar|envía|envíe|comparte)\s+(?:este\s+art[ií]culo\s+)?a\s+un\s+amigo                    # es
                | (?:invia|condividi)\s+(?:questo\s+articolo\s+)?a\s+un\s+amico                                # it
                | (?:enviar|envie|compartilhe)\s+(?:este\s+artigo\s+)?(?:a|para)\s+um\s+amigo                   # pt
                | (?:artikel\s+)?(?:an\s+einen\s+freund|einem\s+freund)\s+(?:senden|schicken|empfehlen)          # de
                # 'Share this piece with anyone it could help': the reader's people, not a named recipient
                | (?:share|send|forward|pass)\s+(?:it|this(?:\s+(?:article|story|page|post|piece|report))?)\s+(?:on\s+)?
                    (?:to|with)\s+(?:(?:your\s+)?(?:friends|family|neighbou?rs|colleagues|loved\s+ones|network)
                    |(?:someone|anyone|somebody|everyone|others|people)\b(?:\s+(?:who|you|that)\b)?)
                | partagez\s+(?:cet\s+article|ce\s+(?:texte|reportage)|cette\s+(?:enquête|page))\s+avec\s+
                    (?:vos\s+(?:proches|amis)|votre\s+entourage|quelqu['’]un|ceux|celles|tous)                   # fr
                | comparte\s+(?:esta\s+(?:nota|noticia|historia)|este\s+(?:art[ií]culo|reportaje))\s+con\s+
                    (?:quien|tus\s+(?:amigos|contactos)|alguien|tu\s+familia|los\s+tuyos)                      # es
                | teilen\s+sie\s+(?:diesen\s+(?:artikel|beitrag|text)|diese\s+(?:geschichte|recherche))\s+mit\s+
                    (?:freunden|ihren|jemandem|anderen|allen)                                                 # de
                | condividi\s+(?:questo\s+articolo|questa\s+(?:notizia|storia))\s+con\s+(?:chi|i\s+tuoi|qualcuno|tutti)  # it
                | (?:compartilhe|partilhe)\s+(?:esta\s+(?:reportagem|notícia|matéria|história)|este\s+(?:artigo|texto))
                    \s+com\s+(?:quem|seus|os\s+seus|alguém|amigos|todos)                                        # pt
            )""" + OUTSIDE_QUOTES + "\n"),
        ),
        max_words=WIDGET_MAX_WORDS,
        context="address_or_self",
        weight=2.0,
        why="'Send this to a friend' prompts speak to the reader; a news sentence reports who sent what.",
        examples=("Enjoyed this piece? Share it with a friend.", "Envoyer cet article à un ami",
                  "The shelter opens at dusk. Share this article with anyone who might need a bed tonight.",
                  "Partagez cet article avec vos proches.", "Comparte esta nota con quien la necesite.",
                  "Teilen Sie diesen Artikel mit Freunden und Nachbarn."),
        counterexamples=("She sent it to a friend, who called the police, the court heard.",
                         "“Share this with a friend,” the chain message urged.",
                         "“Share this story with everyone you know,” the hoax message urged.",
                         "Officials asked residents to share this story with neighbours who lack internet access."),
    ),
)
