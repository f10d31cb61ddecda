"""'Follow us' prompts: accounts, channels and pages the outlet asks readers to follow.

Apart from :mod:`.links` (related links, share buttons) because a follow
prompt is an ask, not a link row: its rules read stance and platform names.
"""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule, fragment
from .vocab import ACCOUNT_SITES, NETWORKS, SOCIAL_NETWORK, WIDGET_MAX_WORDS

#: A link to an account on a network ('instagram.com/harbourdesk', 'https://t.me/harbourdesk').
PROFILE_LINK = r"""(?:https?://)?(?:www\.|m\.)?(?:fb|facebook|instagram|twitter|x|youtube|tiktok|threads|linkedin|bsky
    |pinterest|snapchat|twitch|whatsapp|t|wa)\.(?:com|net|app|me|be)/[\w@./-]{2,80}"""

#: An imperative follow verb (six literals, so a branch led by it is gated on them).
FOLLOW_VERB = r"""(?:follow|suivez(?:-nous)?|sigue(?:nos)?|siga(?:-nos)?|folgen\s+sie|segui(?:teci|ci)?)"""

#: Networks named in an account line, as triggers (not 'x': a letter of too many words).
NETWORK_TRIGGERS = ('twitter', 'facebook', 'instagram', 'linkedin', 'bluesky', 'threads', 'tiktok', 'youtube',
                    'mastodon', 'whatsapp', 'telegram', 'snapchat', 'pinterest', 'twitch', 'flipboard', '𝕏')

#: A channel ask outranks the newsletter rules that its 'abonnez-vous à' / 'suscríbete' / 'recibe nuestras
#: alertas' also fires (2.0): the reader is asked to subscribe on a network, not to a letter.
SUBSCRIBE_CHANNEL_WEIGHT = 2.25

#: The outlet's possessive in six languages ('our', 'unserem', 'notre', 'nuestro', 'nostro', 'nosso').
OUR = r"""(?:our|unser(?:em|en|er|e)?|notre|nos|nuestr[oa]s?|nostr[oa]|noss[oa]s?)"""

#: The outlet's own channel on a network ('our WhatsApp channel', 'unserem Telegram-Kanal', 'notre chaîne
#: WhatsApp', 'nuestro canal de WhatsApp', 'il nostro canale Telegram', 'o nosso canal no WhatsApp'): the
#: channel's noun before the network (fr, es, it, pt) or after it (en, de), the conditional asking for the
#: one after when there was none before.  Led by the possessive; the preposition before it ('on', 'auf',
#: 'sur', 'por', 'sul', 'no') is a lookbehind, checked once the channel has matched.
OUR_CHANNEL = rf"""\b{OUR}\s+(?:official\s+|offiziellen?\s+|oficial\s+|ufficiale\s+)?
    (?:((?:chaîne|canal|compte|page|groupe|boucle|fil|cuenta|grupo|perfil|página|comunidad|canale|account|profilo|gruppo
      |pagina|community|conta|comunidade)(?:s|es)?)\s+(?:officiel(?:le)?s?\s+|oficial\s+|ufficiale\s+)?(?:de\s+|en\s+|su\s+|di\s+|d[eo]\s+|n[oa]\s+)?)?
    (?:{ACCOUNT_SITES})(?(1)|[\s-]?(?:channel|group|community|account|page|feed|profile|kanal|gruppe|profil|seite)s?\b)
    (?<=\b(?:on|in|via|at|through|from|auf|über|bei|im|sur|dans|par|en|por|desde|vía|sul|nel|sulla|nella|su|tramite|no|na
      |pelo|pela|em)\s+(?:il\s+|la\s+|o\s+|a\s+)?{OUR}\s+[^\n]{{1,60}})"""

#: The outlet's news, headlines or alerts offered at a network or an account's link ('our headlines at
#: t.me/…', 'nos infos sur WhatsApp', 'nuestras noticias por Telegram', 'unsere Nachrichten auf WhatsApp', 'le
#: nostre notizie su Telegram', 'as nossas notícias no WhatsApp').
OUR_NEWS_AT = rf"""\b(?:our|nos|nuestras|unsere|nostre|nossas)
    # not the reader's sharing of them ('If you share our reporting on Facebook, tag us' is a republishing rule)
    (?<!\b(?:share|sharing|shares|shared|post|posting|repost|republish|tag|quote|partagez|partager|partagent|compartir
      |comparte|compartes|compartan|teilen|teilt|condividi|condividere|condividete|compartilhe|compartilhar|partilhe
      |partilhar)\s+(?:our|nos|nuestras|unsere|nostre|nossas))\s+(?:[\w-]+\s+)?(?:headlines|news|updates|alerts|stories|coverage
    |reporting|bulletins|infos|informations|actualités|alertes|articles|titres|reportages|noticias|alertas|informaciones
    |historias|titulares|nachrichten|meldungen|eilmeldungen|schlagzeilen|artikel|berichte|notizie|allerte|ultime|storie
    |inchieste|notícias|manchetes|reportagens|histórias)
    \s+(?:(?:first|daily|every\s+day|too|also|aussi|también|auch|anche|também)\s+)?
    (?:on|at|via|in|through|sur|par|en|por|a\s+través\s+de|auf|über|bei|per|su|tramite|no|na|pelo|pela|em)\s+
    (?:{PROFILE_LINK}|{ACCOUNT_SITES})"""

FOLLOW = (
    Rule(
        name="social_follow.follow_us",
        triggers=('follow', '_follow', 'like us', 'add us', 'message us', 'preferred source', 'trusted source',
                  'sign up to our', 'sign up for our', 'rejoignez-nous', 'find us', 'suivez', 'síguenos', 'sigue', 'seguinos', 'folge', 'segui',
                  'siga', 'sigam', 'whatsapp', 'telegram', 'catch us', 'watch us', 'join us', 'connect with us',
                  'like our', 'subscribe to our', 'abonnez-vous à notre', 'suscríbete a nuestro',
                  'suscríbase a nuestro', 'abonnieren sie unseren', 'abonniere unseren', 'iscriviti al nostro',
                  'inscreva-se no nosso', 'subscreva o nosso', 'give us a', 'retrouvez', 'encuéntranos',
                  'encuentranos', 'finden sie uns', 'trovaci', 'trovateci', 'encontre-nos', 'acompanhe',
                  "we're on", "we’re on", 'we are on', "we're also on", "we’re also on", 'we are also on',
                  "we're now on", "we’re now on", 'we are now on', 'our newsroom is', 'our team is', 'our desk is',
                  'our bureau is', 'our station is', 'our paper is', 'our magazine is', 'nous sommes sur', 'nous sommes aussi',
                  'nous sommes également', 'estamos en', 'estamos no', 'estamos na', 'estamos em', 'estamos también',
                  'estamos também', 'también estamos', 'também estamos', 'wir sind auf', 'wir sind auch auf',
                  'wir sind jetzt auf', 'siamo su', 'siamo anche su', 'now also on', 'jetzt auf',
                  'jetzt auch auf', 'désormais sur', 'désormais aussi', 'ahora también', 'agora também', 'subscribe to'),
        leads=('find', 'connect'),
        kind="social_follow",
        patterns=(
            r"""
            ^[\W_]{0,3}(?:(?:follow|like|find|catch|watch|join|connect\s+with|add|message)\s+us
              |(?:follow|find|connect\s+with|subscribe\s+to)\s+(?:the\s+)?(?-i:\p{Lu})[\w\s'’&.-]{0,40}?|follow\s+@[\w.]{2,30}
              # 'Follow the reporter on X: @…' under a story (markdown emphasis around it: '[\W_]')
              |follow\s+(?:the|our|this)\s+(?:[\w-]+\s+){0,2}?(?:reporter|author|writer|columnist|correspondent|journalist
                |critic|photographer|editor|newsroom|desk|team|bureau|staff)s?)\s+on\s+   # 'Follow our statehouse reporter on …'
                (?:""" + ACCOUNT_SITES + r"""|social\s+media\b)""" + OUTSIDE_QUOTES + r"""
            # anywhere else, but not inside a quotation (a chant or a post quoted in a news story):
            # no closing quotation mark may follow with no opening one in between
            | (?:\bfollow\s+us|\bsuivez-nous|\bsíguenos|\bfolgen\s+sie\s+uns)\b(?![^"“”«»„]{0,300}["”»“])
            """,
            # 'Join our WhatsApp channel', 'Rejoignez notre chaîne Telegram', where a sentence starts
            fragment(r"""(?:
                join\s+(?:our|the\s+[^.!?]{0,30}?)\s*(?:official\s+)?(?:whatsapp|telegram)\s+(?:channel|group|community)
                | rejoignez(?:-nous\s+sur|\s+notre\s+(?:chaîne|groupe|canal))\s+(?:whatsapp|telegram)             # fr
                | (?:únete|unite|súmate)\s+a\s+nuestro\s+(?:canal|grupo)\s+de\s+(?:whatsapp|telegram)            # es
                | (?:unisciti\s+al\s+nostro|iscriviti\s+al\s+nostro)\s+canale\s+(?:whatsapp|telegram)            # it
                | rejoignez-nous\s+(?:aussi\s+|également\s+)?sur\s+""" + SOCIAL_NETWORK + r"""                  # fr, any network
                | (?:entre\s+no|participe\s+do|siga\s+o)\s+nosso\s+canal\s+(?:do\s+|no\s+)?(?:whatsapp|telegram) # pt
                | folgen\s+sie\s+unserem\s+(?:whatsapp|telegram)-kanal                                          # de
                # 'Follow our WhatsApp channel', 'segui il nostro canale WhatsApp': the follow verb and a channel
                | follow\s+our\s+(?:official\s+)?(?:whatsapp|telegram)\s+(?:channel|group|community)
                | suivez\s+(?:notre|la)\s+(?:chaîne|canal|page)\s+(?:whatsapp|telegram)                         # fr
                | sigue\s+(?:nuestro|el)\s+canal\s+de\s+(?:whatsapp|telegram)                                   # es
                | segui(?:te)?\s+il\s+nostro\s+canale\s+(?:whatsapp|telegram)                                    # it
            )""" + OUTSIDE_QUOTES + r"""
            """),
            # 'Like our Facebook page', 'Subscribe to our YouTube channel', where a sentence starts
            fragment(r"""(?:
                (?:like|follow)\s+our\s+(?:official\s+)?(?:(?:""" + NETWORKS + r""")\s+)?(?:page|account|profile|channel)
                | give\s+us\s+a\s+(?:like|follow)\b                                 # 'Like our page', 'Give us a follow'
                | (?:like|friend|find)\s+us\s+on\s+(?:""" + ACCOUNT_SITES + r""")    # 'Enjoyed it? Like us on Facebook.'
                | (?:subscribe|sign\s+up)\s+(?:to|for)\s+our\s+(?:official\s+)?(?:youtube|tiktok|twitch|whatsapp|telegram)\s+channel
                # 'Get the latest on our WhatsApp channel': any ask, then the outlet's own channel or page
                | (?:follow|get|catch|watch|see)\s+[^.!?\n]{0,30}?\bon\s+our\s+(?:official\s+)?(?:""" + NETWORKS + r"""|whatsapp|telegram)
                    \s+(?:channel|page|account)
                # 'Add us as a preferred source on Google'
                | (?:add|make|set)\s+(?:us|[^.!?\n]{1,40}?)\s+(?:as\s+)?(?:a|your)\s+(?:preferred|trusted)\s+source
                | abonnez-vous\s+à\s+notre\s+(?:chaîne|compte|page)\s+(?:youtube|tiktok|instagram|twitch|whatsapp|telegram)  # fr
                | suscr[ií]b(?:e|ete|ase)\s+a\s+nuestro\s+canal\s+de\s+(?:youtube|tiktok|twitch|whatsapp|telegram)       # es
                | abonnier(?:en\s+sie|e)\s+unseren\s+(?:youtube|tiktok|twitch|whatsapp|telegram)-kanal                    # de
                | iscriviti\s+al\s+nostro\s+canale\s+(?:youtube|tiktok|twitch|whatsapp|telegram)                         # it
                | (?:inscreva-se\s+no|subscreva\s+o)\s+nosso\s+canal\s+(?:do\s+|no\s+)?(?:youtube|tiktok|twitch)       # pt
            )""" + OUTSIDE_QUOTES + r"""   # not a quoted ask: '« Abonnez-vous à notre chaîne », a lancé la présidente'
            """),
            # 'Suivez <outlet> sur Instagram', 'Folgen Sie <outlet> auch auf TikTok': an imperative
            # follow verb, a short name, and a network, where a sentence starts (fr, es, de, it, pt)
            fragment(rf"""
                (?:suivez(?:-nous)?|síguenos|sigue(?:nos)?|seguinos|encu[eé]ntranos|folge(?:n\s+sie)?
                  |finden\s+sie\s+uns|segui(?:teci|ci)?|trova(?:te)?ci|siga(?:-nos)?|sigam|encontre-nos
                  |acompanhe(?:-nos)?)\s+
                (?:[^.!?\n]{{1,60}}?\s+)?(?:aussi\s+|également\s+|también\s+|auch\s+|anche\s+|também\s+)?
                (?:sur|en|auf|bei|su|sui|sulle|nei|nelle|no|na|nas|nos|em)\s+{SOCIAL_NETWORK}""" + OUTSIDE_QUOTES + r"""
            """),
            # 'We are also on Telegram: t.me/…': the outlet says where it posts, with its handle or link after
            fragment(rf"""(?:(?:we['’]re|we\s+are|our\s+(?:newsroom|team|desk|bureau|station|paper|magazine)\s+is)\s+(?:also\s+|now\s+)?on
                | nous\s+sommes\s+(?:aussi\s+|également\s+)?sur                                      # fr
                | (?:también\s+|também\s+)?estamos\s+(?:también\s+|também\s+)?(?:en|no|na|em)       # es pt
                | wir\s+sind\s+(?:auch\s+|jetzt\s+)?auf | siamo\s+(?:anche\s+)?su                  # de it
                )\s+{ACCOUNT_SITES}(?:\s+(?:too|as\s+well|now|aussi|maintenant|désormais|también|ahora|também|agora|auch|jetzt
                  |anche|ora))?
                (?=[\s:,(—–-]{{0,4}}(?:@[\w.]{{2,}}|t\.me/|wa\.me/|(?:https?://|www\.)\S|[\w-]+\.(?:com|org|net|me|app|social)/
                  # or the ask to follow there: 'You'll find us on LinkedIn as well — follow the desk for …'
                  |(?:follow|find|join|subscribe|add|suivez|rejoignez|abonnez|síguenos|sigue|únete|folgen|folgt|abonnier
                  |segui|seguici|iscriviti|siga|inscreva)\b))
                """ + OUTSIDE_QUOTES + "\n"),
            # 'For live updates, follow <outlet> on Telegram: t.me/…': a follow verb where a sentence (or its
            # 'For …,' lead-in) starts, a network, and the account's handle or link right after it.  The verb
            # leads the pattern and the sentence start is a lookbehind after it: the search scans for the
            # verb, not for every punctuation mark
            rf"""\b{FOLLOW_VERB}\s+(?<=(?:^|[.!?…:;|•·–—]\s+)\W{{0,2}}(?:(?:for|to|pour|para|per|für|um)\s[^.!?\n,]{{1,50}},\s*)?
                {FOLLOW_VERB}\s+)
                # the handle first: 'For live updates, follow @valleywx on X', 'sigue a @valleydesk en Instagram'
                (?:(?:a\s+)?@[\w.]{{2,30}}\s+(?:on|sur|en|auf|bei|su|no|na|em)\s+{ACCOUNT_SITES}
                # the name first, the handle or link after the network
                |(?:[^.!?\n]{{1,50}}?\s+)?(?:on|sur|en|auf|bei|su|no|na|em)\s+{ACCOUNT_SITES}
                (?=\s*[:(—–-]?\s*(?:@[\w.]{{2,}}|t\.me/|wa\.me/|(?:https?://|www\.)\S|[\w-]+\.(?:com|org|net|me|app|social)/)))
                """ + OUTSIDE_QUOTES + "\n",
            # '<Outlet> is now on Telegram: join the channel', '… jetzt auf Telegram: hier folgen':
            # the outlet's new channel announced, then the ask to join it
            rf"""\b(?:now|jetzt|maintenant|désormais|ahora|agora)\s+
                (?:also\s+|auch\s+|aussi\s+|también\s+|também\s+|anche\s+)?(?:on|auf|bei|sur|en|no|na|su)\s+{ACCOUNT_SITES}
                \s*[:!–—-]+\s*(?:(?:now|jetzt|maintenant|ahora|agora|ora)\s+)?
                (?:(?:the|our|den|unseren|notre|la|le|nuestro|el|il\s+nostro|o\s+nosso|o)\s+)?
                (?:(?:channel|kanal|chaîne|canal|canale|community|group|gruppe|groupe|grupo|gruppo)\s+)?
                (?:subscribe|join|follow|sign\s+up|get|tap|click|abonnieren|folgen|beitreten|abonnez-vous|rejoignez|suivez|suscríbete
                  |únete|síguenos|sigue|iscriviti|unisciti|seguici|segui|inscreva-se|entre|siga|participe)\b
                """ + OUTSIDE_QUOTES + "\n",
            # 'Retrouvez <outlet> sur X': said of any content too, so only of 'nous' or a name
            fragment(rf"""retrouvez(?:-nous\s+|\s+(?-i:\p{{Lu}})[^.!?\n]{{0,60}}?\s+)(?:aussi\s+|également\s+)?sur\s+{SOCIAL_NETWORK}""" + OUTSIDE_QUOTES + "\n"),
        ),
        max_words=WIDGET_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Follow us on …' prompts and invitations to the outlet's messaging channels; a quoted chant or "
            "news about a channel is not one.",
        examples=("Follow us on Twitter and Facebook.", "Get breaking news first: join our WhatsApp channel.",
                  "Únete a nuestro canal de WhatsApp para recibir las noticias del día.",
                  "For more, follow us @harbourdesk everywhere.",
                  "Suivez la rédaction du Journal des Lacs sur Instagram et Facebook.",
                  "Folgen Sie dem Lokalressort auch auf Instagram.", "Segui la nostra redazione anche su TikTok",
                  "Siga a Rádio do Vale no Instagram.", "Catch us on Instagram for behind-the-scenes clips.",
                  "Want more clips? Subscribe to our TikTok channel and like our Instagram page.",
                  "Abonnez-vous à notre chaîne YouTube pour ne rien rater.",
                  "Like our page for daily updates from the valley.", "Retrouvez La Gazette du Port sur Instagram et TikTok.",
                  "Finden Sie uns auch auf Instagram.", "*Follow the author on Bluesky: @kmarsh.bsky.social*",
                  "Follow our correspondent on X for updates from the summit.",
                  "Stay in the loop: follow our WhatsApp channel.", "Restate informati: seguite il nostro canale Telegram.",
                  "Suivez notre chaîne WhatsApp pour les alertes trafic.",
                  "We're also on Instagram — @lakeshoredaily", "Nous sommes aussi sur TikTok : @gazettedesmonts",
                  "Find The Mill Creek Courier on Instagram.", "Add us on Snapchat: @millcreekcourier",
                  "Follow @quaysidenews on Threads", "Rejoignez-nous sur Instagram", "Sign up to our Telegram channel",
                  "Get the morning headlines on our WhatsApp channel.", "Add us as a preferred source on Google.",
                  "To get the alerts first, follow the Riverside Gazette on Telegram: t.me/riversidegazette",
                  "The Evening Lantern is now on WhatsApp: join the channel for breaking alerts.",
                  "Der Talbote jetzt auch auf Telegram – Kanal abonnieren und nichts verpassen.",
                  "Enjoyed the match report? Like us on Facebook.", "Sigue la última hora en nuestras redes: @valledesk",
                  "La Gazette des Vignes est désormais sur WhatsApp : abonnez-vous à la chaîne.",
                  "Storm coming? For hourly radar, follow @lakeshorewx on Bluesky.",
                  "Sigue a @valledesk en Instagram para ver las fotos del día.",
                  "Subscribe to Midnight Frequencies on YouTube for the full sessions.",
                  "We're on Threads now — follow the newsroom for quick takes between editions.",
                  "Follow our city hall correspondent on Bluesky", "Our newsroom is also on Bluesky: @harbourdesk.bsky.social"),
        counterexamples=("Thousands follow the governor on Twitter, where she posts daily, aides said.",
                         "“Follow us to the square,” the organisers shouted from the truck.",
                         "Thousands of protesters join the opposition's Telegram channel every day.",
                         "La police suit de près les comptes qui relaient la rumeur sur Facebook.",
                         "Die Behörde folgt damit einer Empfehlung, die zuerst auf Twitter kursierte.",
                         "Fans who like our Facebook page were sent the fake offer, the bakery's owner said.",
                         "Join us on Saturday at the town hall, the organisers wrote.",
                         "Retrouvez les vidéos de l'agression sur Facebook, a demandé la police aux témoins.",
                         "Supporters who like our page were added to the mailing list, the campaign admitted.",
                         "« Abonnez-vous à notre chaîne YouTube », répétait l'influenceur dans chaque vidéo saisie.",
                         "Readers follow the reporter on X, where her thread on the trial drew 2 million views.",
                         "“We're on TikTok every night at @farmstand,” the owner told the court.",
                         "We're on Instagram more than ever, and so are the scammers at @fakebank, police warned.",
                         "Il sindaco ha chiesto ai cittadini di seguire il canale WhatsApp del Comune.",
                         "Find My Device on Android located the stolen phone, police said.",
                         "Google lets readers add outlets as a preferred source, the company said.",
                         "« Rejoignez-nous sur Facebook », lançait le groupe, dont la page a été fermée.",
                         "« Suivez-nous sur TikTok, on y montre tout », lance le gérant du club de boxe.",
                         "“Follow us on Instagram for the puppies,” beams the shelter's director.",
                         "« Pour les alertes, suivez la mairie sur Telegram : t.me/mairie-alertes », glisse l'adjoint.",
                         "The ministry, now on Telegram: critics want it to join the EU platform instead.",
                         "Die Stadt ist jetzt auch auf WhatsApp: Bürger können den Kanal abonnieren, teilte ein Sprecher mit.",
                         "Millions subscribe to the streamer on YouTube, where his videos draw record audiences.",
                         "We're on TikTok now, follow the money, and the regulator is watching, the bank's chief said.",
                         ("Follow the state's top health official on X and you would think the outbreak was over, "
                          "critics said.")),
    ),
    Rule(
        name="social_follow.accounts",
        leads=("stay", "connect", "keep", "get", "find", "follow", "suivez", "retrouvez", "restez", "síguenos",
               "siguenos", "mantente", "folgen", "bleiben", "seguici", "resta", "siga", "social", "on", "redes",
               "réseaux", "twitter", "x", "facebook", "instagram", "linkedin", "bluesky", "threads", "tiktok",
               "youtube", "mastodon", "whatsapp", "telegram", "spotify", "apple", "google", "snapchat", "pinterest",
               "twitch", "𝕏", "fb.", "t.me", "bsky", "http", "www", "encu", "finden", "trovaci", "encontre"),
        kind="social_follow",
        patterns=(
            rf"""
            # a 'Stay connected' box's label, alone or before its list of networks
            # (the label's separator may be a pointing emoji or an arrow: 'Stay connected 👉 @…')
            ^\W{{0,3}}(?:stay\s+connected(?:\s+with\s+us)?|connect\s+with\s+us|(?:stay|keep)\s+in\s+touch\s+with\s+us
              |find\s+us(?:\s+online|\s+everywhere)?|follow(?:\s+us(?:\s+online)?)?|suivez-nous|retrouvez-nous(?:\s+sur\s+les\s+réseaux)?
              |restez\s+connectés|s[ií]guenos|encu[eé]ntranos|mantente\s+conectado|folgen\s+sie\s+uns|finden\s+sie\s+uns
              |bleiben\s+sie\s+in\s+verbindung|seguici|trovaci|resta\s+connesso|siga-nos|encontre-nos)
              (?:\W{{0,3}}$|\s*(?:[:|–—-]|[^\w\s,.;!?'’"“”«»()\[\]]{{1,2}})\s*(?=[^\n]{{0,80}}(?:\b{ACCOUNT_SITES}|@\w)))
            # the same label with a generic name, only before a list of networks ('Social: Instagram | TikTok')
            | ^\W{{0,3}}(?:(?:on\s+)?social(?:\s+media)?|redes\s+sociales|redes\s+sociais|réseaux\s+sociaux|soziale\s+medien)
                \s*[:|–—-]\s*(?=[^\n]{{0,40}}\b{ACCOUNT_SITES}[^\n]{{0,40}}[|•·,]\s*[^\n]{{0,40}}\b{ACCOUNT_SITES})
            # one account on its line: 'Instagram: @harbourdesk', 'YouTube: /harbourtv'
            | ^\W{{0,3}}{ACCOUNT_SITES}\s*:\s*(?:@[\w.]+|/[\w./-]+|(?:https?://|www\.)\S+|{PROFILE_LINK})\W{{0,3}}$
            # the box's bare row of networks, nothing else: 'YouTube · Instagram · Telegram'
            | ^\W{{0,3}}{ACCOUNT_SITES}(?:(?:\s*[|•·/,]\s*|\s+){ACCOUNT_SITES}){{1,9}}\W{{0,3}}$
            # a row of the outlet's profile links, nothing else: 'fb.com/… | instagram.com/… | youtube.com/@…'
            | ^\W{{0,3}}{PROFILE_LINK}(?:\s*[|•·,]\s*{PROFILE_LINK}){{1,9}}\W{{0,3}}$
            """,
            # the outlet's name as the label ('Follow The Copperline: YouTube · Instagram'), then a list
            # that opens on a network (reads case: a pattern apart, so the one above runs case-folded)
            rf"""^\W{{0,3}}follow\s+(?:the\s+)?(?-i:\p{{Lu}})[\w'’&.-]*(?:\s+(?-i:\p{{Lu}})[\w'’&.-]*){{0,3}}\s*[:|–—-]\s*
                {ACCOUNT_SITES}\s*[|•·/]""",
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="'Stay connected' boxes: a label, then the outlet's networks or its handles, one a line; a "
            "sentence about social media has no such label or handle line.",
        examples=("Stay connected", "Connect with us: Instagram · TikTok · Google News",
                  "Social: Facebook | Instagram | WhatsApp", "TikTok: @valleydesk", "Síguenos: Instagram | X",
                  "Keep in touch with us: @harbourdaily, everywhere", "Instagram · Spotify · RSS",
                  "TikTok | YouTube | Google News", "Follow The Harbour Star: Instagram · Threads · RSS",
                  "Find us: instagram.com/valleydesk · tiktok.com/@valleydesk", "Connect with us ➡️ @valleydesk on Instagram",
                  "instagram.com/valleydesk | youtube.com/@valleydesk", "Telegram: t.me/valleydesk",
                  "Follow: @valleydesk · @valleysport · @valleyphoto"),
        counterexamples=("Stay connected to the grid, officials told farmers, or lose the subsidy.",
                         "Social media: the ban on phones in classrooms starts in September.",
                         "Instagram: the company said it would fix the bug.",
                         "YouTube, TikTok and Instagram were fined a combined €12 million on Friday.",
                         "Follow Biden: Instagram, the White House says, is where the first clues will appear.",
                         "Find us a home, pleaded the family, whose Facebook appeal has been shared 4,000 times.",
                         "Follow the money: @-mentions of the minister on X doubled in a week."),
    ),
    Rule(
        name="social_follow.subscribe_channel",
        triggers=('subscribe to the', 'abonn', 'suscr', 'iscriv', 'inscreva', 'assine'),
        kind="social_follow",
        patterns=(
            # a subscribe imperative where a sentence starts, then the outlet's channel on a network or the
            # outlet's name and the network: 'Abonniert den WhatsApp-Kanal von …', 'Suscríbete al canal de YouTube
            # de …', 'Abonnez-vous à Radio X sur YouTube'.  The verb leads (the search scans for it), the sentence
            # start is a lookbehind after it.  en, fr, es and de share the 'subscribe' / 'abonn' / 'suscr' literals:
            rf"""\b(?:subscribe\s+to\s+the|abonnez-vous\s+à|abonne-toi\s+à|abonnier(?:en\s+sie|e|t)|suscr[ií]b(?:e|ete|ase|ite))
                (?<=(?:^|[.!?…:;|•·–—]\s+)\W{{0,2}}(?:subscribe\s+to\s+the|abonnez-vous\s+à|abonne-toi\s+à
                  |abonnier(?:en\s+sie|e|t)|suscr[ií]b(?:e|ete|ase|ite)))
                \s+(?:(?:a|al|la|le|unseren|den|notre|nuestro|el)\s+)?(?:canal\s+de\s+|chaîne\s+)?
                (?:[^.!?\n]{{1,50}}?\s+(?:on|sur|en|auf|bei)\s+{ACCOUNT_SITES}
                  |(?:youtube|tiktok|twitch|whatsapp|telegram)(?:\s+channel|-kanal)?\b)""" + OUTSIDE_QUOTES + "\n",
            # it and pt
            rf"""\b(?:iscriv(?:iti|etevi)|inscreva-se|assine)
                (?<=(?:^|[.!?…:;|•·–—]\s+)\W{{0,2}}(?:iscriv(?:iti|etevi)|inscreva-se|assine))
                \s+(?:(?:al|il|a|no|o|ao|em)\s+)?(?:(?:nostro|nosso)\s+)?(?:canale\s+|canal\s+(?:d[eo]\s+|no\s+)?)?
                (?:[^.!?\n]{{1,50}}?\s+(?:su|no|na|em)\s+{ACCOUNT_SITES}
                  |(?:youtube|tiktok|twitch|whatsapp|telegram)\b)""" + OUTSIDE_QUOTES + "\n",
        ),
        max_words=WIDGET_MAX_WORDS,
        context="not_reported",
        weight=SUBSCRIBE_CHANNEL_WEIGHT,
        why="'Subscribe to the outlet's channel' asks, informal and polite forms in six languages; a report says "
            "who subscribed, in the past tense and not where a sentence starts.",
        examples=("Abonnez-vous à Radio Colline sur YouTube pour revoir les concerts.",
                  "Abonniert den Telegram-Kanal von Stadtfunk 88 für alle Staumeldungen.",
                  "Suscríbete al canal de WhatsApp de Radio Sierra para recibir las alertas.",
                  "Iscriviti al canale Telegram di Radio Lago per le notizie del giorno.",
                  "Inscreva-se no canal do YouTube da Rádio Serra.",
                  "Subscribe to the WhatsApp channel of the Evening Lamp for storm alerts."),
        counterexamples=("Die Partei hat den WhatsApp-Kanal des Ministers abonniert, berichtete der Sender.",
                         "« Abonnez-vous à ma chaîne YouTube », lançait l'escroc à ses victimes.",
                         "Millions subscribe to the streamer on YouTube, the platform said."),
    ),
    Rule(
        name="social_follow.account_line",
        triggers=NETWORK_TRIGGERS,
        kind="social_follow",
        patterns=(
            # the outlet's name, where it is, and its handle or link, nothing else: 'Radio Vale on Instagram:
            # @radiovale', 'Der Talbote bei Telegram: t.me/talbote' (capitalised words only: 'The suspect posted
            # it on Instagram: @…' is a sentence)
            rf"""^\W{{0,3}}(?-i:\p{{Lu}})[\w'’&.-]*(?:\s+(?:(?-i:\p{{Lu}})[\w'’&.-]*|de|du|des|del|der|di|da|do|dos|das|la|le|los|las|von))
                {{0,4}}\s+(?:on|auf|bei|sur|en|su|no|na|em)\s+{ACCOUNT_SITES}\s*:\s*(?:@[\w.]{{2,30}}|{PROFILE_LINK})[\W_]{{0,3}}$""",
            # two or more 'network: handle' pairs in a row, wherever the row starts ('Where to find us? Telegram:
            # t.me/… · Bluesky: @… · Threads: @…'): the outlet's accounts, never a sentence
            # (opening the block or a sentence, not inside one: '… zu markieren (Facebook: @…, Instagram: @…)' is
            # a republishing rule's example)
            rf"""{ACCOUNT_SITES}(?<=(?:^|[.!?:…—–|\p{{So}}]\s*)[\W_]{{0,3}}{ACCOUNT_SITES})\s*:\s*(?:@[\w.]{{2,30}}|{PROFILE_LINK})
                \s*[|·•,/;]\s*{ACCOUNT_SITES}\s*:\s*(?:@[\w.]{{2,30}}|{PROFILE_LINK})""",
        ),
        max_words=WIDGET_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="A verbless line giving the outlet's account on a network ('Radio Vale on Instagram: @radiovale'); "
            "a news sentence about an account has a verb and a lower-case subject.",
        examples=("Radio Vale on Instagram: @radiovale", "Der Talbote bei Telegram: t.me/talbote",
                  "La Gazette des Monts sur TikTok : @gazettedesmonts",
                  "Find the desk here 👉 Instagram: @harbourdesk | Mastodon: @harbourdesk@mstdn.social"),
        counterexamples=("The suspect posted the threat on Instagram: @angryguy99",
                         "Police on Facebook: the department asked for witnesses on Tuesday.",
                         "The threats came from two accounts, Instagram: @angryguy99 and X: @angryguy_2, police said.",
                         "Reposts must tag the station (Facebook: @valleyfm, Instagram: @valleyfm_radio)."),
    ),
    Rule(
        name="social_follow.our_channel",
        triggers=NETWORK_TRIGGERS + ('t.me/', 'wa.me/'),
        kind="social_follow",
        patterns=(
            # the outlet's own channel on a network, where news is found: 'Neues gibt's auch auf
            # unserem WhatsApp-Kanal', 'Retrouvez l'essentiel sur notre chaîne Telegram' (any verb before it)
            OUR_CHANNEL + OUTSIDE_QUOTES + "\n",
            # the outlet's news offered at a network or an account's link: 'Our headlines at t.me/…',
            # 'Recibe nuestras noticias por WhatsApp', 'Ricevi le nostre notizie su Telegram'
            OUR_NEWS_AT + OUTSIDE_QUOTES + "\n",
        ),
        max_words=WIDGET_MAX_WORDS,
        context="not_reported",
        weight=SUBSCRIBE_CHANNEL_WEIGHT,   # outranks the newsletter rules its "Recibe nuestras alertas" also fires
        why="The outlet's own channel or account on a network, or its news offered there, in six languages; "
            "a report names someone else's channel ('the ministry's Telegram channel') or says who posted.",
        examples=("Breaking stories land on our Telegram channel first.",
                  "Die wichtigsten Schlagzeilen finden Sie auch in unserem WhatsApp-Kanal.",
                  "L'essentiel de l'actualité locale, chaque soir sur notre chaîne WhatsApp.",
                  "Las alertas de tráfico llegan antes por nuestro canal de Telegram.",
                  "Le ultime notizie dalla provincia sul nostro canale WhatsApp.",
                  "Acompanhe a cobertura das eleições no nosso canal do WhatsApp.",
                  "On Telegram? Read all our top stories at t.me/valleydesk",
                  "Recibe nuestras noticias por WhatsApp cada mañana."),
        counterexamples=("Critics shared our reporting on Facebook thousands of times within a day.",
                         "The ministry posted the new rules on its Telegram channel late on Friday.",
                         "“We announced the closure on our WhatsApp group,” the school's head said.",
                         "Die Stadt informiert auf ihrem WhatsApp-Kanal über Baustellen, teilte ein Sprecher mit.",
                         "Our Instagram account was hacked twice last year, the bakery's owner told police.",
                         "Los vecinos se organizan en un grupo de WhatsApp desde marzo."),
    ),
)
