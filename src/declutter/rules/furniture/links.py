"""Related-link lists, share buttons and 'follow us' prompts."""

from __future__ import annotations

from .. import Rule
from .vocab import WIDGET_MAX_WORDS

#: A "Related: headline" line is one teaser, maybe a few.
RELATED_MAX_WORDS = 60

RELATED = (
    Rule(
        name="related_links.label",
        leads=("related", "read", "also", "see", "more", "recommended", "further", "you", "most", "trending", "don",
               "topics", "tags", "filed", "à", "lire", "voir", "sur", "leer", "lea", "te", "más", "mas", "mehr",
               "lesen", "auch", "weitere", "leggi", "potrebbe", "leia", "veja", "saiba", "find", "explore",
               "a lire", "a voir", "lee", "también", "tambien", "noticias", "das", "zum", "ti", "articoli", "vedi",
               "lê", "ler", "notícias", "discover", "browse"),
        triggers=("▸",),
        kind="related_links",
        patterns=(
            r"""
            ^\W{0,4}(?:related(?:\s+(?:stories|articles|coverage|topics|content|posts|reading|news))?
              |read\s+(?:more|also|next|this\s+next)|also\s+read|see\s+also
              |(?![^\n]*\.\s*$)(?:(?:explore|see|find|discover|browse)\s+)?more\s+
                (?:(?:coverage|reporting|news|articles|reading|headlines|videos)\s+)?(?:on|from|about|in)\b[^:]{0,40}
                                                         # "More coverage from NPR:", "Explore more on these topics:"
                                                         # (a list, not a sentence: no full stop at the end)
              |more\s+stories|recommended(?:\s+(?:stories|for\s+you|reading))?|further\s+reading|you\s+may\s+also\s+like
              |you\s+might\s+also\s+like|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|don['’]t\s+miss
              |topics|tags|filed\s+under
              |(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|également)|sur\s+le\s+même\s+sujet                 # fr
              |leer\s+m[aá]s|le[ea]\s+(?:tambi[eé]n|m[aá]s)|(?:tambi[eé]n\s+)?te\s+puede\s+interesar      # es
              |m[aá]s\s+informaci[oó]n|noticias\s+relacionadas
              |mehr\s+zum\s+thema|zum\s+thema|lesen\s+sie\s+auch|auch\s+interessant|weitere\s+artikel  # de
              |das\s+könnte\s+sie\s+(?:auch\s+)?interessieren
              |leggi\s+anche|(?:ti\s+)?potrebbe\s+interessar(?:ti|e)|articoli\s+correlati|vedi\s+anche          # it
              |le[iê]a?\s+também|ler\s+mais|veja\s+também|saiba\s+mais|notícias\s+relacionadas)         # pt
            \s*(?::|▸|»|›|>|\||–|—|-|→|➜|➔|➞|⟶|▶|►|❯|\s*$)                     # label followed by the list (or an arrow)
            """,
            r"▸[^▸]*▸",  # "▸ teaser ▸ teaser" (its own pattern: the anchored one above fails fast)
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
                  "Leggi anche ▶ Il nuovo orario dei treni regionali"),
        counterexamples=("Read more carefully, the memo tells a different story.",
                         "More news from the front arrived on Tuesday: the bridge had fallen.",
                         "More from the mayor came later: she would not run again.",
                         "Lee también poesía, dice la autora, aunque prefiere las novelas.",
                         "Read next to the original, the revised forecast → looks far gloomier."),
    ),
)

SHARE = (
    Rule(
        name="share_widget.button_row",
        leads=("share", "tweet", "pin", "e", "print", "copy", "facebook", "twitter", "x", "linkedin", "whatsapp",
               "reddit", "pinterest", "bluesky", "threads", "telegram", "flipboard", "mastodon", "rss", "menu",
               "search", "close", "donate", "comment", "save", "more", "click", "opens", "on", "via", "link", "a",
               "friend", "to", "this", "teilen", "partager", "compartir", "drucken", "imprimer", "imprimir", "in",
               "new", "window", "tab", "send", "messenger", "sms", "flip", "bookmark", "gift", "envoyer", "enviar",
               "compartilhar", "partilhar", "condividi", "stampa", "artikel", "copier", "copiar", "copia",
               "kopieren", "pdf", "𝕏", "xing", "tumblr", "vk", "pocket", "weibo", "viber",
               "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
        kind="share_widget",
        patterns=(
            r"""
            ^(?:[\W\p{Variation_Selector}\p{Join_Control}]*                 # emoji with their variation selectors: "✉️ Email"
               (?:\d+|(?:share(?:\s+(?:on|via|this|to))?|tweet|pin(?:\s+it)?|e-?mail|print|copy(?:\s+link)?|facebook|twitter
               |X|𝕏|xing|tumblr|vk|pocket|weibo|viber|linkedin|whatsapp|reddit|pinterest|bluesky|threads|telegram|flipboard|mastodon|rss|menu|search|close
               |donate|comments?|save|more|click\s+to\s+share\s+on|\(opens\s+in\s+new\s+window\)|on|via|link|a|friend
               |to|this|share\s+this\s+(?:story|article)|teilen|partager|compartir|drucken|imprimer|imprimir
               |click|opens|in|new|window|tab|send|friend|messenger|sms|flip|bookmark|gift\s+(?:this\s+)?article
               |sur|par|auf|per|su|por|no|em|envoyer|enviar|senden|inviare|courriel|correo|compartilhar|partilhar
               |condividi|condividere|stampa|teile
               |friendly|pdf|en|copier|le|lien|copiar|el|enlace|kopieren|copia|il|artikel     # "Print Friendly, PDF"
               |electr[oó]nico|e-mail
               |copied|kopiert|copié|copiado|copiato)                                        # "Link kopiert!" once clicked
               (?!\w))[\W\p{Variation_Selector}\p{Join_Control}]*){3,}$    # (?!\w): whole words, not 'em|a|il'
            """,
            r"^\W*(?:share\s+this(?:\s+(?:story|article|page))?|share\s+on|partager|compartir|teilen)\s*:?\s*$",
        ),
        max_words=WIDGET_MAX_WORDS,
        weight=2.0,
        why="A run of share-button labels is never prose.",
        examples=("Share on Facebook Share on X Share via Email Copy link", "Tweet Share Pin It Email 0 Comments",
                  "Partager sur Facebook Partager sur X Envoyer par e-mail",
                  "Print  PDF  Email", "Teilen  WhatsApp  Facebook  Link kopieren",
                  "Compartir  X  Copiar enlace  Correo electrónico",
                  "🖨️ Print  ✉️ Email  🔗 Link copied", "Share via 𝕏 · Xing · Pocket · Email"),
        counterexamples=("Share prices fell on Facebook and Twitter news.",
                         "Print friendly, the PDF said, was the editor's email subject line.",
                         "Pocket, Xing and Tumblr all lost users that year."),
    ),
)

FOLLOW = (
    Rule(
        name="social_follow.follow_us",
        triggers=('follow', 'like us', 'find us', 'suivez', 'síguenos', 'folgen'),
        kind="social_follow",
        patterns=(
            r"""
            ^\W{0,3}(?:(?:follow|like|find)\s+us|follow\s+(?:the\s+)?(?-i:\p{Lu})[\w\s'’&.-]{0,40}?)\s+on\s+
                (?:twitter|x|facebook|instagram|linkedin|bluesky|threads|tiktok|youtube|mastodon|social\s+media)\b
            | \bfollow\s+us\b | \bsuivez-nous\b | \bsíguenos\b | \bfolgen\s+sie\s+uns\b
            """,
        ),
        max_words=WIDGET_MAX_WORDS,
        context="not_reported",
        weight=2.0,
        why="'Follow us on …' prompts.",
        examples=("Follow us on Twitter and Facebook.",),
        counterexamples=("Thousands follow the governor on Twitter, where she posts daily, aides said.",),
    ),
)
