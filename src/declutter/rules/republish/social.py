"""Social-tagging asks: tag or mention the outlet when sharing or republishing the story."""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .advice import ADVICE

#: A gap that does not run past the end of a quotation (',’ said …'): a
#: notice's verb and its network are never split by a closing quote, a
#: quoted ask and the narration after it are ('‘Tag your friends,’ said
#: the baker, who built her following on Instagram'), and neither does a closing curly
#: quote ('… ‘pls tag @club’, and the club's account replied'; a ’ before a letter is an apostrophe).
#: The gaps using it are lazy: the nearest handle or platform after 'tag' is
#: evidence enough, and a greedy gap scanned 120 characters and back (twice as slow).
_NO_QUOTE_END = r"""(?:[^.,!?’”»]|[,!?](?![’'”"»]\s)|’(?=\p{L}))"""

#: Not inside a single-quoted span still open (British quotation style):
#: an opening mark after a space or at the start, then no closing mark (an
#: apostrophe before a letter, as in "that's", is no closing mark).  Put at
#: the END of a branch.  Double and angle quotes: the stance cues already read
#: outside them (a quoted ask does not address the reader).
_OUTSIDE_SINGLE_QUOTES = r"""(?<!(?:^|[\s(\[—–:])['‘](?:[^'’.!?\n]|['’](?=\p{L})){0,300})"""

#: Not someone else tagged or credited ('credit them in your caption', 'tag their account',
#: 'identifiez son compte', 'etiqueta su perfil'): the outlet asks to be named, so the object of a
#: tagging verb is 'us', its name or its handle, never a third person or the reader ('who may tag you').
_NOT_THEIRS = r"""(?!\s+(?:them|their|him|his|her|you|your|yourself|son|sa|ses|leur|leurs|su|sus|seu|sua|seus|suas
    |il\s+suo|la\s+sua|i\s+suoi|le\s+sue|sein\w*)\b)"""

#: Conditional openings of a sharing instruction ("If promoting on Facebook, tag …").
_SHARE_WHEN = tuple(
    f"{c} {v}" for c in ("when", "if", "while")
    for v in ("sharing", "promoting", "posting", "tweeting", "you share", "you post", "you promote", "you tweet",
              "you're sharing", "you're posting", "you’re sharing", "you’re posting", "you are sharing",
              "you are posting")
)

#: Conditional openings of a forwarding instruction ("When forwarding it on WhatsApp, keep …").
_FORWARD_WHEN = tuple(f"{c} {v}" for c in ("when", "if", "while", "before")
                      for v in ("forwarding", "you forward", "sending", "you send", "circulating")) + (
    "al reenviar", "si reenvías", "si reenvias", "si reenvía", "en transférant", "si vous transférez",
    "beim weiterleiten", "se inoltri", "quando inoltri", "nell'inoltrare", "nell’inoltrare", "ao encaminhar",
    "ao reencaminhar", "se encaminhar", "se reencaminhar")

#: A tagging ask is a few lines (the longest seen, a partner guide's bullet: 75 words); a
#: paragraph beyond this is a how-to about the reader's own posts or an essay on social media.
TAG_ASK_MAX_WORDS = 120

SOCIAL_TAGGING = (
    Rule(
        name="republish.social_tagging.tag_us",
        unless=ADVICE,
        triggers=('tag', 'mention', 'credit', 'handle', 'use the', 'use our', 'via @', '@ us', 'shout', 'your post',

                  'your caption', 'your tweet', 'your share', 'your social'),
        kind="republish.social_tagging",
        patterns=(
            rf"""
            \b(?:tag|tagging|mention|mentioning|shout-?out|shout\s+us\s+out)\b{_NOT_THEIRS}{_NO_QUOTE_END}{{0,120}}?  # "give us a shout-out: @x"
                (?:@[\w.]{{2,}}|social\s+media|\btwitter\b|\bfacebook\b|\binstagram\b|\bbluesky\b
                 |\bthreads\b|\blinkedin\b|\btiktok\b|\bmastodon\b|\bon\s+X\b|\bsocial\b|\baccounts?\b|\bhandles?\b
                 |\b(?:company\s+)?pages?\b|\bprofiles?\b){_OUTSIDE_SINGLE_QUOTES}
            | \bcredit\b(?![-\s]card){_NOT_THEIRS}{_NO_QUOTE_END}{{0,120}}?        # 'credit' is also money: only a handle or a network
                (?:@[\w.]{{2,}}|social\s+media|\btwitter\b|\bfacebook\b|\binstagram\b|\bbluesky\b   # after it, never
                 |\bthreads\b|\blinkedin\b|\btiktok\b|\bmastodon\b|\bon\s+X\b){_OUTSIDE_SINGLE_QUOTES}  # 'account'/'page'…
            | \bcredit\s+(?:us|our)\b{_NO_QUOTE_END}{{0,120}}?                    # … unless 'us' or 'our' says whose
                (?:\bsocial\b|\baccounts?\b|\bhandles?\b|\bpages?\b|\bprofiles?\b){_OUTSIDE_SINGLE_QUOTES}
            | (?:@[\w.]{{2,}}|social\s+media|\bsocial\b|twitter|facebook|instagram|bluesky|linkedin|threads|tiktok){_NO_QUOTE_END}{{0,80}}?
                \b(?:tag|tagging|mention|mentioning)\b{_NOT_THEIRS}{_OUTSIDE_SINGLE_QUOTES}
            | \b(?:tag|mention|credit)\s+us\b{_OUTSIDE_SINGLE_QUOTES}{OUTSIDE_QUOTES}   # "Please @mention us'
            | \bsocial\s+media\s+handle

            | \buse\s+(?:the|our)\s+(?:handle|hashtag|account)s?\s+[@#][\w.]{{2,}}      # "use the handle @x and the hashtag #y"
            | ["“]via\s+@[\w.]{{2,}}["”]                                          # include "via @outlet" in your post
            | (?:^|\s)@\s+us\b                                                 # "Please @ us when you share it"
            """,               # not a how-to about the reader's own posts, profiles or caption
            # led by the '#' or '@' (a pattern of its own: a branch led by 'add|use' cost the one above a third more)
            r"""
            [#@][\w.]{2,}(?<=\b(?:add|use|include|put)\s+(?:the\s+hashtag\s+|our\s+hashtag\s+)?[#@][\w.]{2,})
                [^.]{0,20}?\b(?:to|in|on)\s+your\s+(?:posts?|captions?|tweets?|shares?|social\s+(?:posts?|media))\b
                                                                        # "add #Ours to your posts"
            """,
        ),
        context="address_or_self",
        weight=2.0,
        why="Asks partners to tag the outlet; a body mention of a handle does not ask anything.",
        examples=(
            "Sharing the story from your social profiles? Tag us at @harbourlight.",
            "Please tag @teamtrace when sharing this piece from your outlet's social accounts.",
            "If you share our reporting on Facebook or Instagram, tag Prairie Ledger.",
            "When you share the piece, use our handle @riverdesk and the hashtag #RiverWatch.",
            "Please add \"via @riverdesk\" to your caption.",
            "Sharing it? Please @ us on Bluesky.",
            "Posting our story on your socials? A shout-out to @harbourgazette on Threads would be lovely.",
            "Put #ValleyVoices in your captions so we can find your posts.",
        ),
        counterexamples=(
            "Ask the owner first, then name them in the opening line of your caption and tag their profile in the image.",
            "Add a sign-up link to your email signature and your social profiles too, and mention the podcast whenever you speak.",
            "The mayor announced the closure on X, writing from her official account, "
            "@MayorLopezATX, that the bridge would not reopen until April.",
            "Supporters were asked to add #VoteEarly to their posts, organizers said.",
            "'Tag your cousins, post the photos, that is how the stall got known,' said the owner, who sells on Instagram.",
            "‘Tag us in every picture,’ the coach told players on the club's Facebook page.",
            "Pull your last three credit-card statements and your checking account history to see where money goes.",
            "Ask the bank to credit the refund to your savings account before the end of the month.",
            "A supporter posted ‘pls tag @harbourfc in the highlights’, and the club's account replied within the hour.",
            "Tired of being tagged by spam pages? Go into your Facebook account settings and limit who can tag you.",
            "To keep acquaintances from tagging you in photos, switch on tag review in the app and approve each one.",
        ),
    ),
)

SOCIAL_TAGGING_FOREIGN = (
    Rule(
        name="republish.social_tagging.foreign_language",
        unless=ADVICE,
        triggers=('mention', 'identifi', 'tague', 'mencion', 'menciónanos', 'etiquet', 'markier', 'verlink', 'tagg', 'menzion',
                  'nombrarnos', 'citarnos', 'marcarnos',
                  'menziona', 'marque', 'réseaux sociaux', 'redes sociales', 'redes sociais', 'sozialen',
                  'markierung', 'erwähnung', 'verlinkung', 'menzione', 'marcação', 'menção'),
        kind="republish.social_tagging",
        patterns=(
            r"""
            \b(?:mentionne[zr]?|identifie[zr]?|tague[zr]?|menciona[rn]?|menciónanos|etiqueta[rn]?|etiquétanos
               |markier(?:e[n]?|t)?|verlink(?:e[n]?|t)?|tagga(?:re|teci)?|menziona(?:re|teci)?|marque[m]?|mencione[m]?
               |(?:etiquetar|mencionar|nombrar|citar|marcar)nos|(?:taggar|menzionar)ci|(?:marcar|mencionar)-nos)\b   # "no olvides etiquetarnos"
                """ + _NOT_THEIRS + r"""
                [^.]{0,80}(?:@[\w.]{2,}|réseaux\s+sociaux|redes\s+sociales|redes\s+sociais|sozialen\s+(?:medien|netzwerken)
                |\binstagram\b|\bfacebook\b|\btwitter\b|\btiktok\b|\bbluesky\b|\blinkedin\b
                |\bcompte\b|\bcuenta\b|\bkonto\b|\baccount\b|\bconta\b|\bperfil\b|\bprofil\b)
            | (?:@[\w.]{2,}|réseaux\s+sociaux|redes\s+sociales|redes\s+sociais|sozialen\s+(?:medien|netzwerken))
                [^.]{0,80}\b(?:mentionne\w*|identifi\w*|tague\w*|menciona\w*|menciónanos|etiquet\w*|markier\w*
                |verlink\w*|tagg\w*|menzion\w*|marque\w*)
            | \b(?:markierung|erwähnung|verlinkung|mention|identification|mención|etiqueta|menzione|marcação|menção)\b
                [^.]{0,40}@[\w.]{2,}                                          # "freuen wir uns über eine Markierung: @x"

            """,           # not a how-to: 'identifiez son compte' on someone else's photo
        ),
        context="address_or_self",
        max_words=TAG_ASK_MAX_WORDS,
        weight=2.0,
        why="Asks to tag or mention the outlet on social media, in French, Spanish, German, Italian, Portuguese.",
        examples=(
            "Si vous partagez cet article sur les réseaux sociaux, mentionnez notre compte @exemple.",
            "Si compartes esta nota en redes sociales, etiquétanos en @medio_ejemplo.",
            "Teilst du den Beitrag, verlink bitte unseren Account @talbote_news.",
            "Über eine Erwähnung freuen wir uns: @rheinblick auf Mastodon.",
            "Si lo compartes, no te olvides de mencionarnos en Instagram.",
        ),
        counterexamples=(
            "Si vous partagez la photo d'une autre personne, identifiez son compte dans votre légende.",
            "Le ministre a mentionné le compte Instagram de l'association lors de la conférence, selon l'AFP.",
        ),
    ),
)

#: An imperative to tag, right before the handle ('Tag @outlet', 'Marque @jornal',
#: 'Etiquetá la cuenta @radio'), in the six languages; used where a sentence starts.
_TAG_IMPERATIVE_HANDLE = r"""
    (?:tag|mention|marque|marquem|marca|marcá|mencione|mencionem|menciona|mencioná|mencionen|etiqueta|etiquetá
      |etiquete|etiqueten|taguez|tague|identifiez|identifie|mentionnez|mentionne|tagga|taggate|menziona|menzionate
      |markiere|markiert|markieren\s+sie|verlinke|verlinkt|verlinken\s+sie|erwähne|erwähnt|erwähnen\s+sie)
    \s+(?:(?:a|o|la|el|le|il|den|die|das|unseren?|unsere|notre|nuestra|nuestro|nossa|nosso|our|the)\s+)?
    (?:(?:cuenta|conta|página|perfil|compte|account|profil|page|seite|kanal|handle)\s+(?:(?:de|do|da|du|von)\s+)?)?
    @\w{2,}
"""

#: A sharing or posting clause of the reader's, in the six languages ('si compartes', 'Se postar no Instagram',
#: 'Bei der Weiterverbreitung …'): what opens a tagging instruction (``tag_us_handle``).
_SHARE_CONDITIONAL = r"""(?:si\s+(?:compartes|comparte|difundes|difunde)|al\s+(?:compartir|difundir)           # es
        |se\s+(?:lo\s+|la\s+)?condividi|quando\s+condividi                                   # it
        |si\s+(?:vous\s+partagez|tu\s+partages)|en\s+partageant                              # fr
        |beim\s+teilen|(?:ao|se(?:\s+você)?)\s+compartilhar                                # de, pt
        |(?:si|cuando)\s+(?:publicas|posteas|subes|publicás|posteás|subís|publiques|postees|subas)  # posting, the
        |(?:se|quando)\s+(?:você\s+)?(?:postar|publicar)|ao\s+postar                      #  reader's verb
        |(?:si|quand)\s+(?:vous\s+(?:publiez|postez)|tu\s+(?:publies|postes))
        |(?:se|quando)\s+(?:pubblichi|posti|pubblicate|postate)|beim\s+posten
        |bei\s+der\s+weiterverbreitung|nella\s+condivisione|nel\s+condividere|lors\s+du\s+partage   # the sharing
        |na\s+partilha|ao\s+partilhar|en\s+la\s+difusión)"""

SOCIAL_TAGGING_STANDALONE = (
    Rule(
        name="republish.social_tagging.imperative_handle",
        triggers=("@",),
        kind="republish.social_tagging",
        patterns=(
            fragment(_TAG_IMPERATIVE_HANDLE),          # a sentence that opens with it: "Shared it? Tag @outlet!"
        ),
        context="not_reported",
        weight=2.0,
        why="A sentence opening with an imperative to tag and then the outlet's handle is an ask by its "
            "grammar, in any language, even where no address cue is found; news names a handle inside a "
            "sentence with a subject, or in reported speech.",
        examples=(
            "Postou a reportagem? Marquem @gazetadoplanalto que a gente compartilha nos stories.",
            "¿Lo subiste a tus historias? Etiquetá la cuenta @radiolaquebrada y lo difundimos.",
            "Tu as aimé ce reportage ? Identifie @lecho_du_causse dans ta story.",
            "Liked the explainer? Tag @eastbanknews in your story.",
        ),
        counterexamples=(
            "The post, which tells fans to tag @cityparks, was removed on Monday, the council said.",
            "Marque @presidencia em suas denúncias, pediu a deputada, segundo a assessoria.",
            "Thousands of fans used the hashtag and tagged @mayoroffice in their posts, the organisers said.",
        ),
    ),
    Rule(
        name="republish.social_tagging.tag_us_handle",
        triggers=("tag us", "mention us", "credit us", "via @", "etiquétanos", "etiquetanos", "menciónanos",
                  "mencionanos", "márcanos", "marcanos", "marca a gente", "marque a gente", "marca-nos", "marque-nos",
                  "mencione-nos", "marquem-nos", "identifiez-nous", "mentionnez-nous", "taguez-nous",
                  "identifie-nous", "mentionne-nous", "tague-nous", "taggaci", "taggateci", "menzionaci",
                  "menzionateci", "markiert uns", "markier uns", "markieren sie uns", "verlinkt uns", "verlink uns",
                  "verlinken sie uns", "erwähnt uns", "erwähnen sie uns", "etiquetarnos", "mencionarnos", "marcarnos",
                  "taggarci", "menzionarci", "marcar-nos", "mencionar-nos", "si compartes", "si comparte",
                  "al compartir", "al difundir", "se condividi", "se lo condividi", "se la condividi",
                  "quando condividi", "si vous partagez", "si tu partages", "en partageant", "beim teilen",
                  "ao compartilhar", "se compartilhar", "se você compartilhar", "bei der weiterverbreitung",
                  "nella condivisione", "nel condividere", "lors du partage", "na partilha", "ao partilhar",
                  "si publicas", "si posteas", "si subes", "si publicás", "si posteás",
                  "si subís", "cuando publiques", "cuando postees", "cuando subas", "se postar", "se publicar",
                  "se você postar", "se você publicar", "quando postar", "quando publicar", "quando você postar",
                  "quando você publicar", "ao postar", "si vous publiez", "si vous postez", "si tu publies",
                  "si tu postes", "quand vous publiez", "quand vous postez", "quand tu publies", "quand tu postes",
                  "se pubblichi", "se posti", "se pubblicate", "se postate", "quando pubblichi", "quando posti",
                  "quando pubblicate", "quando postate", "beim posten",
                  "en la difusión", "pls tag", "plz tag", "plse tag", "pleez tag", "pls mention", "plz mention",
                  "pls credit", "plz credit", "pls @", "plz @") + _SHARE_WHEN + _FORWARD_WHEN,
        kind="republish.social_tagging",
        patterns=(
            # chat spelling of 'please' before the ask: "when u post it pls tag @outlet" (a pattern of its
            # own: the quote checks close it)
            r"""
            \b(?:pls|plz|plse|pleez)\s+(?:tag|mention|credit|@)\s*(?:us\b|[^.]{0,40}?[@#][\w.]{2,})
            """ + _OUTSIDE_SINGLE_QUOTES + OUTSIDE_QUOTES,
            r"""
            \b(?:tag|mention|credit)\s+us\b[^.]{0,80}?[@#][\w.]{2,}          # "tag us: @outlet"
            | \b(?:etiquétanos|etiquetanos|menciónanos|mencionanos|márcanos|marcanos          # es
                |marca(?:-nos|\s+a\s+gente)|marque(?:-nos|\s+a\s+gente)|mencione-nos|marquem-nos   # pt
                |identifiez-nous|mentionnez-nous|taguez-nous|identifie-nous|mentionne-nous|tague-nous   # fr
                |taggaci|taggateci|menzionaci|menzionateci                                            # it
                |(?:markiert|markier|markieren\s+sie|verlinkt|verlink|verlinken\s+sie|erwähnt|erwähnen\s+sie)\s+uns  # de
                |(?:etiquetar|mencionar|marcar)nos|(?:taggar|menzionar)ci|(?:marcar|mencionar)-nos)      # "… mencionarnos"
                \b[^.]{0,80}?[@#][\w.]{2,}
            # a sharing clause, then a tagging verb and the handle: 'Si compartes la nota, menciona @x', 'Se postar no
            # Instagram, marque o perfil @x', 'Bei der Weiterverbreitung … ist X zu verlinken (@x)'
            | \b{_SHARE_CONDITIONAL}\b
                [^.]{0,60}?\b(?:mencion\w*|etiquet\w*|nombr\w*|cit\w*|menzion\w*|tagg\w*|mentionn\w*|identifi\w*
                |tague\w*|markier\w*|verlink\w*|erwähn\w*|marqu\w*|marc\w*|utiliz\w*|usa\w*|use\w*|utilis\w*)\b
                (?:[^.]|\.(?<=\b(?:bzw|ggf|etc|usw|inkl|evtl|resp|ecc)\.)){0,60}?[@#][\w.]{2,}   # ('bzw.' is no sentence end)
            | \b(?:when|if|while)\s+(?:you(?:['’]re|\s+are)?\s+)?(?:shar|promot|post|tweet)\w*\b[^.,]{0,60},\s+
                (?:please\s+)?(?:tag|mention|credit|use\s+(?:the|our)\s+hashtag)\b        # "If promoting on X, tag …"
                (?:\s+us\b|[^.]{0,80}?[@#][\w.]{2,})                                    #  … us, or a handle or hashtag
            | \b(?:when|if|while)\s+(?:you(?:['’]re|\s+are)?\s+)?(?:shar|promot|post)\w*\b[^.,]{0,60}?
                \b(?:on|to)\s+(?:social\s+media|socials|tiktok|instagram|reels|facebook|x|twitter|bluesky|threads|youtube
                |linkedin)\b[^.,]{0,40},\s+(?:please\s+)?(?:include|add|put|show|keep)\b[^.]{0,80}?
                \b(?:caption|post|on-screen|description|bio|overlay)s?\b               # "… on TikTok, include the credit in the caption"
            # … or names the outlet or the source before the verb: 'Bei der Weiterverbreitung … ist das
            # Ursprungsmedium zu verlinken', 'Si compartes la nota, a la redacción hay que citarla'
            | \b{_SHARE_CONDITIONAL}\b[^.]{0,60}?\b(?:uns|us|nos|nous|ci|ursprungs\w*|quelle|source|fuente|fonte|outlet
                |medium|medio|média|testata|veículo|redaktion|rédaction|redacción|redazione|redação)\b
                (?:[^.]|\.(?<=\b(?:bzw|ggf|etc|usw|inkl|evtl|resp|ecc)\.)){0,40}?\b(?:markier\w*|verlink\w*|nenn\w*
                |erwähn\w*|mencion\w*|etiquet\w*|cit\w*|menzion\w*|tagg\w*|mentionn\w*|identifi\w*|marqu\w*|marc\w*)\b
            | ["“]via\s+@[\w.]{2,}["”]                                              # 'include "via @outlet"'
            | \b(?:(?:when|if|while|before)\s+(?:you\s+)?(?:forward|shar|send|circulat|post)\w*           # forwarding in a
                |al\s+(?:reenviar|compartir)|si\s+(?:reenvías|reenvias|reenvía)|en\s+transférant          #  messaging app:
                |si\s+vous\s+transférez|beim\s+weiterleiten|se\s+inoltri|quando\s+inoltri|nell['’]inoltrare  #  "When forwarding
                |ao\s+(?:re)?encaminhar|se\s+(?:re)?encaminhar)\b                                  #  it on WhatsApp,
                [^.]{0,60}?\b(?:whatsapp|telegram|signal|messenger|wechat|viber)\b[^.]{0,60}?     #  keep the source
                \b(?:keep|retain|include|preserve|leave|add|mant\w*|conserv\w*|inclu\w*|behalt\w*|lass\w*   #  line"
                |cit\w*|nenn\w*|indi\w*)\b[^.]{0,80}?
                \b(?:source|credit|link|byline|attribution|fuente|enlace|crédit\w*|lien|quelle|fonte|collegamento|credito)\b
            """.replace("{_SHARE_CONDITIONAL}", _SHARE_CONDITIONAL),
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
            "Al compartir la nota en redes, menciona la cuenta @radio_sierra.",
            "Se la condividi, ricordati di taggare @cronache_valle.",
            "If you post the video on Instagram, add a line crediting the outlet to the caption.",
            "Before you forward our bulletins to Signal or WhatsApp groups, please keep the credit and link at the end.",
            "Beim Teilen auf Mastodon bitte die Redaktion als Quelle markieren.",
            "Al reenviar esta nota por WhatsApp, mantené la fuente y el enlace al final del mensaje.",
            "Nella condivisione sui social network citate sempre il nostro account @eco_valli.",
            "posting our vid on ur reels? plz tag @dunecountynews thx",
            "Si subes el video a TikTok, etiqueta la cuenta @canal_del_rio en la descripción.",
            "Quand vous postez l'extrait, identifiez @radio_des_monts dans la légende.",
        ),
        counterexamples=(
            "When posting on X, the senator would often tag @WhiteHouse in her complaints.",
            "“Tag us @parksdept with your photos,” the department wrote on Facebook on Monday.",
            "If sharing a ride, passengers must wear masks, the transit agency said.",
            "Al difundir el video, el ministro citó a @policia_nacional, según la agencia.",
            "When posting on TikTok, include a caption that says the clip is sponsored, the regulator said.",
            "When forwarding the clip on WhatsApp, the officer kept the source anonymous, the inquiry found.",
            "Under the mayor's post, one resident wrote ‘pls tag @cityworks next time’, and the thread grew to 3,000 replies.",
        ),
    ),
    Rule(
        name="republish.social_tagging.posts_must_credit",
        # posts as the subject of a rule ('Social posts about our work should name …'), six languages
        triggers=("social post", "social media post", "social share", "social media share", "social update",
                  "social media update", "social promotion", "social media promotion", "posts on social",
                  "post on social", "tweets", "reels", "publications sur", "publication sur", "posts sur", "partages sur",
                  "publicaciones en", "publicações nas", "postagens nas", "posts nas", "beiträge in den",
                  "posts in den", "pubblicazioni sui", "post sui"),
        kind="republish.social_tagging",
        patterns=(
            # what posts about the outlet's work must carry, the posts as subject and the work named as the outlet's
            # ('our', 'nuestras', 'unsere'): 'Social posts promoting our explainers should credit the author',
            # 'Les publications sur les réseaux sociaux reprenant nos articles doivent mentionner la rédaction'
            r"""
            \b(?:social(?:\s+media)?\s+(?:posts?|shares?|updates?|promotion)|posts?\s+on\s+social(?:\s+media)?|tweets|reels
                |(?:publications?|posts?|partages?|publicaciones|publicações|postagens|beiträge|pubblicazioni)\s+
                (?:sur|en|nas|nei|sui|in\s+den)\s+(?:les\s+)?(?:réseaux\s+sociaux|redes\s+sociales|redes\s+sociais|social
                |sozialen\s+(?:medien|netzwerken)))\b
                [^.]{0,40}?\b(?:our|this|these|nos|notre|cet|cette|nuestr[oa]s?|est[ae]s?|nostr[oaie]|quest[oaie]|noss[oa]s?
                |unser\w*|dies\w+)\b[^.]{0,40}?
                \b(?:should|must|need\s+to|have\s+to|are\s+asked\s+to|doivent|doit|deben|debe|devem|deve|devono|sollten
                |müssen)\s+(?:(?:also|always|aussi|toujours|también|siempre|também|sempre|anche|auch|immer)\s+)?
                (?:[\w-]+\s+){0,3}?
                (?:name|credit|tag|mention|cite|include|carry|link\s+to|mentionner|citer|identifier|nommer|créditer
                |mencionar|citar|etiquetar|nombrar|marcar|menzionare|citare|taggare|nominare|nennen|markieren|verlinken
                |erwähnen)\b
            """ + _OUTSIDE_SINGLE_QUOTES + OUTSIDE_QUOTES,
        ),
        context="not_reported",
        weight=2.0,
        why="A rule for the posts that share the outlet's work, the posts as subject and the work named as the "
            "outlet's ('our', 'nuestras', 'unsere'), in six languages: what partners must credit; a rule on "
            "posts in general (influencers, sources) names no work of the outlet's.",
        examples=(
            "Tweets that share our stories must credit the Coastline Desk and its reporters.",
            "Las publicaciones en redes sociales sobre nuestras notas deben citar también a la autora.",
            "Posts in den sozialen Medien über unsere Texte sollten immer die Redaktion nennen.",
        ),
        counterexamples=(
            "Social media posts by influencers must name the brand that paid for them under the new rules.",
            "Les publications sur les réseaux sociaux doivent citer leurs sources, rappelle le régulateur.",
        ),
    ),
    Rule(
        name="republish.social_tagging.handle_label",
        leads=("social", "hashtag", "handle", "our handle", "tag", "redes", "réseaux", "social-media", "soziale",
               "etiqueta"),
        kind="republish.social_tagging",
        patterns=(
            r"""
            ^[\W_]{0,4}(?:social(?:\s+media)?|social-media|(?:our\s+)?handles?|hashtags?|tags?|redes(?:\s+sociales)?
                |réseaux\s+sociaux|soziale\s+medien|etiquetas?)
                (?:\s+(?:handles?|accounts?|tags?))?(?:\s+(?:for|to)\s+(?:credit\w*|tag\w*|mention\w*|shar\w*|use))?  # "Social
                \s*(?::|→|➜|»|=>|->)\s*(?:[\w-]{1,12}\s*:\s*)?          #  handles for credit → X: @x", "Hashtags: #A #B",
                [@#][\w.]{2,}(?:[^.]{0,160}?[@#][\w.]{2,})?[^.]{0,80}$           # "Social media: @x (X) · @y (Instagram)"
            """,
        ),
        max_words=30,
        weight=2.0,
        why="A label followed by the outlet's handles or hashtags to use when sharing: a line of handles, "
            "never a sentence of news.",
        examples=("Hashtags: #RiverWatch #DeltaNews", "Social media: @valleyledger (X) · @valleyledger.news (Bluesky)",
                  "Social accounts to tag → Instagram: @harbourvoice | Threads: @harbourvoice.news"),
        counterexamples=("Social media: how @-mentions changed politics after 2016, and what comes next.",),
    ),
)
