"""Vocabulary shared by this family's rule modules."""

from __future__ import annotations

#: Button rows and labels are short; longer blocks need prose rules.
WIDGET_MAX_WORDS = 40

#: One consent button as banners label them, in six languages (lower case:
#: rule patterns run case-folded).  ``CONSENT_BUTTON_ROW`` needs two of them,
#: or one of ``CONSENT_BUTTON_SURE``, at the very end of the block.
CONSENT_BUTTON = r"""(?:<[a-z][^<>\n]{0,80}>\s*)?[\[(«"“‘']?\s*(?:
      ok(?:ay)?|got\s+it|i\s+(?:agree|accept|consent|understand)|agree(?:\s+(?:and|&)\s+(?:close|continue))?
    | accept(?:\s+(?:all|cookies|and\s+close|&\s+close))?|allow(?:\s+all)?(?:\s+cookies)?|decline(?:\s+all)?
    | reject(?:\s+all)?|refuse|deny|(?:more|manage|cookie)\s+(?:options|settings|preferences)|settings|preferences
    | customi[sz]e|only\s+(?:necessary|essential)(?:\s+cookies)?|necessary\s+only|show\s+purposes|learn\s+more
    | more\s+info(?:rmation)?                                                                     # en
    | j['’]accepte|(?:tout\s+)?accepter(?:\s+(?:tout|et\s+fermer))?|(?:tout\s+)?refuser(?:\s+tout)?|paramétrer
    | personnaliser|continuer\s+sans\s+accepter|en\s+savoir\s+plus                                 # fr
    | acepto|aceptar(?:\s+tod[oa]s?)?|rechazar(?:\s+tod[oa]s?)?|configurar|personalizar|más\s+información|ajustes  # es
    | (?:alle\s+)?akzeptieren|zustimmen|(?:alle\s+)?ablehnen|einstellungen|mehr\s+erfahren|verstanden|einverstanden  # de
    | accetto|accetta(?:\s+tutt[io])?|rifiuta(?:\s+tutt[io])?|personalizza|impostazioni|scopri\s+di\s+più
    | continua\s+senza\s+accettare                                                               # it
    | aceito|aceitar(?:\s+todos)?|rejeitar(?:\s+todos)?|recusar|definições|configurações|saber\s+mais  # pt
    )\s*[\])»"”’']?(?:\s*</?[a-z][^<>\n]{0,80}>)*"""   # the button's tags, once pasted as text: '<button>Accept</button>'

CONSENT_BUTTON_SURE = r"""[\[(«"“‘']?\s*(?:ok(?:ay)?,?\s+got\s+it|got\s+it|i\s+(?:agree|accept)|accept\s+all|allow\s+all
    |agree\s+(?:and|&)\s+close|j['’]accepte|tout\s+accepter|acepto|aceptar\s+todo|alle\s+akzeptieren|einverstanden
    |accetto|accetta\s+tutti|aceito|aceitar\s+todos)\s*[\])»"”’']?"""

#: What a banner is about; one of them must come before its buttons.
CONSENT_TOPIC = r"""(?:cookies?|consent\w*|privacy|privacidad|privacidade|privatsphäre|datenschutz\w*|vie\s+privée
    |trackers?|traceurs?|devices?|(?:end)?gerät|appareils?|dispositivos?|einwilligung|zustimmung|consenso)"""

#: The buttons close the block, after the banner's last sentence or a
#: separator, with the banner's topic within the block's last 800 characters.
#: A pattern of its own: led by punctuation, joined to word-led branches it
#: would cost them their fast scan.  The topic is a lookbehind at the END,
#: checked only where a row of buttons has already matched up to the end: the
#: pattern costs a scan for punctuation, not one per topic word.
CONSENT_BUTTON_ROW = (
    r"""[.!?…:)\]»"”|/·•>]\s*(?:"""
    + r"""(?:""" + CONSENT_BUTTON + r"""(?:\s*[|/·•,]\s*|\s+|(?<=>))){1,5}""" + CONSENT_BUTTON
    + r"""|""" + CONSENT_BUTTON_SURE + r""")\W*$"""
    + r"""(?<=\b""" + CONSENT_TOPIC + r"""\b[^\n]{0,800})"""
)

#: The networks an English 'Follow us on …' names.
NETWORKS = r"twitter|x|facebook|instagram|linkedin|bluesky|threads|tiktok|youtube|mastodon"
#: Networks, messengers and 'social media' in six languages, as any follow prompt names them ('our
#: networks' too: 'Sigue la cobertura en nuestras redes').
SOCIAL_NETWORK = rf"""(?:{NETWORKS}|whatsapp|telegram
    |social\s+media|(?:les\s+)?réseaux\s+sociaux|(?:las\s+)?redes\s+sociales|(?:den\s+)?sozialen\s+(?:medien|netzwerken)
    |(?:i\s+)?social(?:\s+network)?|(?:as\s+)?redes\s+sociais
    |(?:our|nos|nuestras|nuestros|unseren|(?:i\s+)?nostri|nostre|nossas|nossos)\s+(?:social\s+(?:media\s+)?(?:channels|accounts|pages)
      |réseaux(?:\s+sociaux)?|redes(?:\s+sociales|\s+sociais)?|(?:sozialen\s+)?(?:medien|netzwerken|kanälen)|canali(?:\s+social)?))\b"""

#: Sites where an outlet keeps an account, as a 'Stay connected' box lists them.
ACCOUNT_SITES = rf"""(?:{NETWORKS}|𝕏|whatsapp|telegram|google\s+news|spotify|apple\s+podcasts|snapchat|pinterest
    |twitch|flipboard|rss)\b"""

#: One part of a series or podcast, as a series menu names it ('Part 2', 'Teil 3', 'Ep. 56').
PART = r"""(?:part|partie|parte|teil|chapter|chapitre|capítulo|capitolo|episode|épisode|episodio|episódio|folge|ep\.?)\s*\d+\b"""

#: The reader runs a site, a shop or an app of their own ('if you own a shop website', 'si vous
#: gérez un site', 'wenn Sie eine Website betreiben'), or has visitors of their own ('ask your visitors',
#: 'tus visitantes'): advice to a site owner about consent, which no banner gives of itself.
READER_RUNS_SITE = r"""(?:\b(?:if|when|once)\s+you\s+(?:run|own|operate|manage|have|build|launch|set\s+up)\s+
        (?:a|an|your)\s+(?:[\w-]+\s+){0,3}?(?:web\s?sites?|sites?|blogs?|web\s?shops?|online\s+(?:shops?|stores?)|apps?)\b
    | \b(?:your|ask|asks|asking|tell|inform)\s+(?:(?:site|website|blog|shop)['’]?s?\s+)?(?:visitors|customers)\b   # en
    | \bsi\s+vous\s+(?:gérez|avez|exploitez|tenez|éditez|administrez)\s+un\s+(?:site|blog|e-?commerce|boutique)
    | \bvos\s+(?:visiteurs|clients\s+en\s+ligne)\b                                                        # fr
    | \bsi\s+(?:tienes|gestionas|administras|llevas)\s+(?:una?\s+)?(?:web|página|sitio|blog|tienda)
    | \btus\s+visitantes\b | \blos\s+visitantes\s+de\s+tu\b                                            # es
    | \bwenn\s+sie\s+(?:eine[nm]?\s+)?(?:[\w-]+\s+)?(?:website|webseite|homepage|online-?shop|blog)\s+betreiben
    | \bwebsite-?betreiber\w*|\bihre[rn]?\s+(?:website-?)?besucher\w*                                     # de
    | \bse\s+(?:gestisci|hai|gestite|avete)\s+un\s+(?:sito|blog|e-?commerce|negozio)
    | \bi\s+(?:tuoi|vostri)\s+visitatori\b                                                                # it
    | \bse\s+(?:tem|tens|gere|geres|administra)\s+um\s+(?:site|blogue?|loja)
    | \bos\s+(?:teus\s+)?visitantes\s+do\s+(?:seu|teu)\b | \bos\s+teus\s+visitantes\b)"""                # pt
