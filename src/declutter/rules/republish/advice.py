"""Service journalism is not a notice: the guard that tells the outlet's notice from a how-to.

A partner notice and a how-to paragraph both speak to the reader ('credit the photographer',
'add a copyright line', 'reject all cookies'), so the stance cues (:mod:`declutter.rules.cues`)
cannot part them.  What does is *whose* content is talked about: a notice is about the outlet's
story and says 'we', 'our', 'us', 'this story', 'the article' or its @handle (``OUTLET_WORD``);
a how-to is about the reader's own things ('your photos', 'your own blog', 'your site's
footer') or a stranger's ('someone else's photo', 'd'un autre créateur') (``READERS_OWN``), and
is often longer than any outlet-free notice.  ``advice_veto`` builds the ``unless`` veto of
the rules that need it: read once per match, from the block's start, outside the patterns.
"""

from __future__ import annotations

from .. import OUTSIDE_CURLY_QUOTES, Veto

#: The reader's own things: their photos, caption, blog, browser or mail app, privacy policy,
#: anything 'your …'s' ('your site's footer'); a stranger's ('someone else's photo', 'their
#: drawings', 'd'un autre créateur'); and a third party's leave ('libraries let you reprint old
#: maps').  Not 'your site', 'your readers', 'your newsletter': a partner's venue in a notice.
#: German 'ihre' is 'your' or 'their': either way not the outlet's.  No case-sensitive construct
#: here or in ``OUTLET_WORD``: a pattern that reads case cannot run case-folded (twice as slow).
#: Words are spaced by an escaped blank: one pattern node instead of a repeat.
READERS_OWN_PHRASES = r"""
    \b(?:your\ own|(?:one|some|any|all|many|most)\ of\ your)\ (?!(?:re-?)?publi|reprint|reporting|local
        |readers|audience|comment|reply|thoughts|review)                      # en: 'your own blog posts'
    | \byour\ (?:photos?|pictures?|images?|photographs|snaps|shots|work|works|writing|drawings?|artwork
        |videos?|music|songs?|recipes?|blog|blog\ posts?|captions?|bylines?|columns?|essays?|hashtags?
        |e-?mail\ signature|bio|social\ profiles?|social\ media\ profiles?|profiles?|followers|inbox
        |mailbox|e-?mail\ (?:app|client|program|account)|mail\ (?:app|client|program|account)|browser
        |phone|smartphone|laptop|computer|router|privacy\ (?:policy|notice|settings)|cookies
        |cookie\ (?:banner|policy)|footer|(?:own\ )?[\w-]+['’]s)\b          # 'your site's footer'
    | \b(?:someone|somebody|anyone)\ else['’]s | \bother\ people['’]s         # a stranger's
    | \b(?:lets?|allows?|permits?)\ you\ (?:to\ )?(?:re-?publish|reprint|re-?use|repost|share|copy
        |adapt)\b                                                             # 'CC BY lets anyone reuse …'
    | \btheir\ (?:own\ )?(?:photos?|pictures?|images?|photographs|drawings?|artwork|videos?|music
        |songs?|clips?|memes?)\b
    | \bvo(?:tre|s)\ (?:propres?|photos?|images?|clichés|œuvres?|oeuvres?|dessins?|vidéos?|légendes?
        |navigateur|téléphone|messagerie|boîte\ (?:mail|de\ réception)|blog)\b        # fr
    | \bune?\ de\ vos\b | \bd['’](?:une?\ autre|autrui)\b
    | \b(?:tus?|sus)\ propi[oa]s?\b | \buna?\ de\ tus\b | \bde\ otra\ persona\b      # es
    | \btus?\ (?:fotos?|imágenes|textos|vídeos|videos|dibujos|navegador|móvil|blog|pie\ de\ foto)\b
    | \b(?:dein|ihr)(?:e[nmrs]?)?\ (?:eigene[nmrs]?|fotos|bilder|texte|videos|beiträge|browser)\b  # de
    | \beines\ anderen\b
    | \b(?:il\ tuo|la\ tua|i\ tuoi|le\ tue)\ (?:propri[oa]|foto|immagini|testi|video|post|blog
        |didascalia)\b                                                        # it
    | \buna\ delle\ tue\b | \bdi\ un(?:o|a)?\ (?:altr[oa]|fotograf[oa]|autore|autrice|artista)\b
    | \baltrui\b
    | \b(?:teus?|tuas?|seus|suas)\ (?:própri[oa]s?|fotos|imagens|textos|vídeos)\b     # pt
    | \bde\ outra\ pessoa\b
"""
READERS_OWN = "(?:" + READERS_OWN_PHRASES + ")"

#: Other outlets' work, in the six languages ('news from other outlets', 'd'autres médias', 'di altre
#: testate'): what a how-to on republishing is about ('if you want to republish news from other outlets,
#: check the licence').  Apart from ``READERS_OWN_PHRASES``: every phrase there is searched in every
#: long notice a rule with the default veto matches (the seed's tagging notice), so only the rules
#: whose how-to twins need them take these (``advice_veto(READERS_OWN_PHRASES + "|" + OTHERS_WORK_PHRASES)``).
OTHERS_WORK_PHRASES = r"""
    \b(?:from|by)\ other\ (?:outlets|publications|publishers|news\ (?:sites|outlets|organi[sz]ations)|newsrooms)\b
    | \b(?:de\ |d['’])(?:otros|otras|outros|outras|autres)\ (?:medios|veículos|sites|sitios|médias|journaux|jornais
        |periódicos|publicaciones|publicações|rédactions|redacciones|redações|autores|auteurs)\b
    | \bdi\ altr[ie]\ (?:testate|siti|giornali|autori|redazioni)\b
    | \b(?:anderer|von\ anderen)\ (?:medien|seiten|websites|zeitungen|portale|redaktionen|autoren|autorinnen)\b
"""

#: The outlet speaking of itself or its story ('we', 'our', 'us', 'this story', 'the article'), in
#: the six languages (how-to prose says 'a news article', 'the piece', 'the photographer').  'us'
#: not after 'the' ('the US' is a country); 'nos' only before a noun (Spanish and Portuguese 'nos'
#: is a pronoun or 'in the').  Not inside curly or angle quotes: a sample line quoted in a how-to
#: ('add “This post first appeared on my blog”') is not the outlet speaking.
_OUTLET_WORDS = r"""
    \b(?:we|ours?|(?<!\bthe\ )us|nous|notre|nosotros|nuestr[oa]s?|wir|uns|unser(?:e[mnrs]?)?|noi
    |nostr[oaie]|nós|noss[oa]s?
    |th(?:is|ese)\ (?:stor(?:y|ies)|articles?|pieces?|reports?|posts?|essays?|columns?|investigations?
        |interviews?|content|reporting|site|website)
    |the\ (?:story|article|report|reporting|reporter|journalist|byline|outlet|newsroom)
    |l['’](?:article|articolo)|le\ (?:média|reportage)|la\ (?:rédaction|redacción|redazione|testata|nota)
    |el\ (?:artículo|medio)|der\ (?:artikel|beitrag)|die\ redaktion|o\ artigo
    |a\ (?:matéria|reportagem|redação)
    |nos\ (?:articles|contenus|textes|photos|enquêtes|reportages|journalistes)
    |c(?:e|et|ette|es)\ (?:site|article|reportage|texte|contenu|papier|enquête|entretien|interview
        |chronique)s?
    |est(?:e|a|os|as)\ (?:artículo|sitio|nota|noticia|reportaje|texto|contenido|historia|crónica
        |entrevista|investigación|artigo|site|conteúdo|reportagem|matéria|notícia)s?
    |dies(?:er|en|es|e)\ (?:artikel|beitrag|text|bericht|interview|recherche)
    |quest[oa]\ (?:articolo|sito|testo|pezzo|contenuto|servizio|inchiesta|intervista|notizia))\b
    """
#: Its @handle, which a notice names ('add “via @outlet”', straight quotes count as markup here).
_HANDLE = r"(?<!\w)@[\w.]{2,}"
OUTLET_WORD = r"(?:(?:" + _OUTLET_WORDS + "|" + _HANDLE + ")" + OUTSIDE_CURLY_QUOTES + ")"


#: How far into the block the veto reads (about 170 words): a notice is shorter, a how-to names
#: the reader's things early, and the scans of a 9,000-character paragraph stay bounded.
ADVICE_SCAN_CHARS = 1000


#: A block this long that never names the outlet (no ``OUTLET_WORD``) is not a notice of the
#: English kinds that take ``advice_veto(long_chars=…)``: their outlet-free notices are lines (the
#: longest seen, 200 characters: 'Unless otherwise noted, every story on … is available under …');
#: a how-to paragraph on reusing pictures or licences is longer.  Other languages' partner
#: conditions run longer (a German numbered list: 480 characters), so those rules do without.
OUTLET_FREE_MAX_CHARS = 240


def advice_veto(own: str = READERS_OWN_PHRASES, long_chars: int | None = None) -> Veto:
    """A rule's ``unless`` veto (see :class:`declutter.rules.Veto`): the block never names the
    outlet (``OUTLET_WORD``) and speaks of the reader's own things (``own``, an alternation of
    word-led phrases) or, with ``long_chars``, is at least that long.

    Why: how-to prose addresses the reader as much as a partner notice does ('credit the
    photographer in your caption'), so the stance cues cannot part them; whose content is
    talked about can.  Read within ``ADVICE_SCAN_CHARS`` of the block's start, once a pattern
    of the rule has matched.
    """
    return Veto(any_of=own, none_of=OUTLET_WORD, long_chars=long_chars, scan_chars=ADVICE_SCAN_CHARS)


#: The veto with the default vocabulary.
ADVICE = advice_veto()
#: The veto that also takes a long outlet-free block for a how-to (see ``OUTLET_FREE_MAX_CHARS``).
ADVICE_OR_LONG = advice_veto(long_chars=OUTLET_FREE_MAX_CHARS)
