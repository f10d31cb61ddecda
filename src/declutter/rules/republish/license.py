"""Licence lines: Creative Commons terms and other licences for reusing the story."""

from __future__ import annotations

from .. import Rule
from .advice import OUTLET_FREE_MAX_CHARS, READERS_OWN_PHRASES, advice_veto
from .vocab import STORY

#: Not the reader's own work: 'Want to put your photos under Creative Commons?'
#: is a how-to about licensing them, not the outlet's terms (checked behind the
#: licence name, so the cost is paid only where it occurs).  German 'Ihre' only
#: capitalised: lower case it is 'their', which an outlet's own notice may use.
_NOT_READERS_OWN = r"""(?<!\b(?:your|yours|dein|deine|deinen|deiner|eure|euren|eurer|(?-i:Ihre[nm]?)|votre|vos|ton|ta|tes
        |tu|tus|tuo|tua|tuoi|tue|teu|teus|tuas)\s+(?:own\s+|eigenen?\s+|propres?\s+|propi[oa]s\s+|propri[eo]\s+|própri[oa]s\s+)?
        (?:photos?|pictures?|images?|work|works|videos?|music|songs?|drawings?|texts?|writing|fotos?|bilder|werke|texte
        |musik|grafiken|zeichnungen|œuvres|oeuvres|textes|imágenes|obras|textos|canciones|dibujos|immagini|opere|testi
        |canzoni|disegni|imagens|músicas|desenhos|foto)\b[^.?!]{0,80}?(?:creative[- ]commons|cc[- ]?(?:by|0)))"""

#: The licences in general, plural ('Creative Commons licences come in many kinds', 'les
#: licences Creative Commons'): what a how-to explains, where an outlet names the one it uses.
_LICENCE_FAMILY = r"""\b(?:licen[cs]es|licencias|lizenzen|licenze|licenças)\s+(?:creative[- ]commons|CC)\b
    |\bcreative[- ]commons(?:\s+|-)(?:licen[cs]es|licencias|lizenzen|licenze|licenças)\b"""
#: Not a how-to: the reader's own work, the licences in general or a long paragraph, where the block
#: never speaks of the outlet ('under CC BY a picture may be reused …; a blog with ads counts as commercial').
_NOT_EXPLAINED = advice_veto(READERS_OWN_PHRASES + "|" + _LICENCE_FAMILY, long_chars=OUTLET_FREE_MAX_CHARS)

#: A licence's terms in a word or two, in the six languages: attribution required, non-commercial,
#: no derivatives, share alike.  Two of them side by side make a licence line (``republish.license.label``);
#: one alone is in news about broadcasters and paternity suits.
_LICENCE_TERM = r"""attribution\s+(?:required|needed|mandatory)|credit\s+(?:required|the\s+author|us)|paternité
    |attribution\s+obligatoire|atribución\s+obligatoria|reconocimiento\s+obligatorio|citando\s+al\s+autor
    |attribuzione\s+obbligatoria|atribuição\s+obrigatória|namensnennung(?:\s+(?:erforderlich|pflicht))?
    |non-?commercial(?:\s+use)?(?:\s+only)?|no\s+commercial\s+(?:use|reuse)|pas\s+d['’]utilisation\s+commerciale
    |usage\s+non\s+commercial|(?:uso\s+)?no\s+comercial|sin\s+uso\s+comercial|(?:uso\s+)?non\s+commerciale
    |(?:uso\s+)?não\s+comercial|nicht[- ]kommerziell|keine\s+kommerzielle\s+nutzung
    |no\s+derivatives?|no\s+derivs|no\s+(?:modifications|alterations)|pas\s+de\s+modification|sin\s+obras\s+derivadas
    |sin\s+modificaciones|(?:no|nessuna)\s+(?:opere\s+derivate|modifica)|sem\s+(?:derivações|obras\s+derivadas|modificações)
    |keine\s+bearbeitung(?:en)?
    |share[- ]?alike|partage\s+dans\s+les\s+mêmes\s+conditions|compartir\s+igual|condividi\s+allo\s+stesso\s+modo
    |compartilha(?:r)?\s+igual|weitergabe\s+unter\s+gleichen\s+bedingungen"""
#: Their first words, the label rule's triggers.
_LICENCE_TERM_TRIGGERS = ("attribution required", "attribution needed", "attribution mandatory", "credit required",
                          "credit the author", "credit us", "paternité", "attribution obligatoire",
                          "atribución obligatoria", "reconocimiento obligatorio", "citando al autor",
                          "attribuzione obbligatoria", "atribuição obrigatória", "namensnennung", "non-commercial",
                          "noncommercial", "non commercial", "no commercial", "pas d'utilisation", "pas d’utilisation",
                          "usage non commercial", "uso no comercial", "no comercial", "sin uso comercial",
                          "non commerciale", "não comercial", "nicht-kommerziell", "nicht kommerziell",
                          "keine kommerzielle", "no derivative", "no derivs", "no modifications", "no alterations",
                          "pas de modification", "sin obras derivadas", "sin modificaciones", "no opere derivate",
                          "no modifica", "nessuna opere", "nessuna modifica", "sem deriva", "sem obras", "sem modifica",
                          "keine bearbeitung", "share-alike", "sharealike", "share alike", "partage dans les",
                          "compartir igual", "condividi allo", "compartilha igual", "compartilhar igual",
                          "rights reserved", "droits réservés", "derechos reservados", "diritti riservati",
                          "direitos reservados", "rechte vorbehalten")

LICENSE = (
    Rule(
        name="republish.license.creative_commons",
        unless=_NOT_EXPLAINED,
        triggers=('creative', 'cc by', 'cc-by', 'ccby', 'cc0', 'cc 0', 'cc-0', 'attribution-', 'namensnennung-', 'paternité-', 'reconocimiento-', 'by-nc', 'by-nd', 'by-sa'),
        kind="republish.license",
        patterns=(
            rf"""
            \bcreative[- ]commons\b{_NOT_READERS_OWN}      # the name, any language
            | \bCC[- ]?(?:BY|0)\b{_NOT_READERS_OWN}(?:-[A-Z]{{2}})*       # CC BY-ND, CC0
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
            "Creative Commons licences differ: under CC BY a picture may be reused if its maker is named, CC BY-NC rules out selling it.",
            "“All rights reserved” means nobody may reuse your work without asking. If you want others to share it, pick a Creative Commons licence.",
            "Wollt ihr eure Bilder unter Creative Commons freigeben? Dann klärt erst, wer darauf zu sehen ist.",
            "Before you put your own photos under a Creative Commons licence, decide whether companies may use them.",
            "In Germany, the public broadcaster ARD publishes some of its explainer videos under "
            "a Creative Commons license so that schools can use them in class.",
            "Creative Commons, the nonprofit founded in 2001 by Lawrence Lessig and others, "
            "released the first version of its licenses in December 2002.",
        ),
    ),
    Rule(
        name="republish.license.label",
        triggers=('license', 'licence', 'lizenz', 'licencia', 'licenza', 'licença', 'cc by', 'cc-by', 'some rights',
                  'creative commons') + _LICENCE_TERM_TRIGGERS + (
                  'certains droits', 'algunos derechos', 'einige rechte', 'alcuni diritti', 'alguns direitos'),
        kind="republish.license",
        patterns=(
            r"""
            ^[\W_]{0,4}(?:creative\s+commons\s+|(?:republication|republishing|reprint|reuse|re-use|syndication|content)\s+)?
                (?:license|licence|lizenz|licencia|licenza|licença)\s*(?::|[–—-]+\W{0,3}$)  # "Creative Commons License: …",
                                                                        # "Reprint licence: …", a heading "Content licence —"
            | ^[\W_]{0,4}creative\s+commons(?:\s+(?:license|licence|lizenz|licencia|licenza|licença)\s*(?:[|·•–—]\s*\w|$)|\s*$)
                                                                        # the badge's caption: "Creative Commons License — …"
            | \(\s*CC\s+BY(?:-(?:NC|ND|SA))*\s+\d\.\d\s*\)                                           # "(CC BY-ND 4.0)"
            | ^[\W_]{0,4}CC\s+BY(?:-(?:NC|ND|SA))*\s+\d\.\d\W{0,4}$
            | ^[\W_]{0,4}licen[cs]ed\s+(?:under\s+)?(?:a\s+)?(?:CC\b|creative\s+commons)                   # "Licensed under CC BY 4.0 by X"
            | \b(?:texts?|textes?|textos?|testi|testo|inhalte?|content|words|articles?|stories|artículos|artigos|articoli)
                \s*:\s*CC[- ]?BY\b                                                             # "Textos: CC BY-NC-SA | Imágenes: …"
            | ^[\W_]{0,4}(?:\(?cc\)?\s*[|·:–—-]?\s*)?                                # the badge's '(cc)' before it
                (?:some\s+rights\s+reserved|certains\s+droits\s+réservés|algunos\s+derechos\s+reservados
                |einige\s+rechte\s+vorbehalten|alcuni\s+diritti\s+riservati|alguns\s+direitos\s+reservados)
                \s*(?:[.(|·:,;–—-]|$)                                                  # the CC badge line
            # one medium's terms in a licence list: 'Photos: all rights reserved', 'Fotos: todos los derechos reservados'
            | ^[\W_]{{0,4}}(?:\d{{1,2}}[.)]\s*)?(?:texts?|photos?|images|charts|graphics|videos?|maps|illustrations|audio
                |textes?|textos?|testi|fotos?|immagini|imágenes|imagens|bilder|grafiken|gráficos|graphiques|grafici)\s*:\s*
                (?:all\s+rights\s+reserved|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados
                |tutti\s+i\s+diritti\s+riservati|todos\s+os\s+direitos\s+reservados|alle\s+rechte\s+vorbehalten)[\W_]{{0,3}}$
            # a line of licence terms and nothing else, two or more in any of the six languages, maybe after a
            # label: 'Reuse: attribution required · no derivatives', 'Namensnennung / keine Bearbeitung'
            | ^[\W_]{{0,4}}(?:[\w’'-]+(?:\s+[\w’'-]+){{0,2}}\s*:\s*)?(?:{_LICENCE_TERM})
                (?:\s*[,;·|/–—-]\s*(?:and\s+|et\s+|y\s+|e\s+|und\s+)?(?:{_LICENCE_TERM})){{1,3}}[\W_]{{0,3}}$
            """.replace("{_LICENCE_TERM}", _LICENCE_TERM).replace("{{", "{").replace("}}", "}"),
        ),
        max_words=25,
        weight=2.0,
        why="A licence label line stands alone under the story: no stance needed.",
        examples=("Creative Commons License: Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0)",
                  "(cc) Some rights reserved. Credit the author; share alike.",
                  "Reuse: attribution required · no derivatives",
                  "Uso no comercial, sin obras derivadas, citando al autor", "Content licence —",
                  "Nutzung: Namensnennung erforderlich / keine kommerzielle Nutzung", "2) Grafiken: alle Rechte vorbehalten",
                  "Reuse licence: free of charge, non-exclusive, for editorial use.", "Creative Commons Licence | BY-NC",
                  "Licensed under Creative Commons by the Valley Courier.", "Texte : CC BY-SA 4.0 | Photos : DR",
                  "Textos: CC BY-ND · Fotos: todos los derechos reservados", "Some rights reserved (CC BY-NC)"),
        counterexamples=("License fees for the stadium rose by a third, the city said.",
                         "Some rights reserved for the crown were abolished in the 1911 reform, historians note.",
                         "Creative Commons, founded in 2001 to write such licences, turned 20 this year.",
                         "The station, a non-commercial broadcaster, asks for attribution when others use its clips.",
                         "License plates — the new design goes on sale in June"),
    ),
    Rule(
        name="republish.license.versioned_code",
        triggers=('cc by', 'cc-by', 'ccby', 'by-nc', 'by-nd', 'by-sa', 'creative commons attribution',
                  'creative commons namensnennung', 'creative commons reconocimiento', 'creative commons paternité',
                  'creative commons atribución', 'attribution-', 'namensnennung-', 'paternité-', 'reconocimiento-',
                  'atribución-', 'attribuzione-', 'atribuição-')
        + tuple(f"{name} {dash}" for name in ("attribution", "namensnennung", "paternité", "reconocimiento", "atribución",
                                              "attribuzione", "atribuição") for dash in "–—-"),
        kind="republish.license",
        patterns=(
            r"""
            \bCC[- ]?BY(?:-(?:NC|ND|SA))*\s+\d\.\d\b                                    # "CC BY-ND 4.0"
            | \bBY(?:-(?:NC|ND|SA))+\s+\d\.\d\b                                          # "Creative Commons BY-SA 4.0"
            | \b(?:attribution|namensnennung|paternité|reconocimiento|atribución|attribuzione|atribuição)
                (?:-|\s[–—-]\s)                                          # 'Namensnennung – Keine Bearbeitungen' too
                (?:non-?commercial|no-?derivatives?|no-?derivs|share-?alike|nicht[- ]?kommerziell|keine[- ]?bearbeitung
                |weitergabe|pas-?d['’]utilisation|pas-?de-?modification|partage|no-?comercial|sin-?obras?|compartir
                |non-?commerciale|non-?opere|condividi|não-?comercial|sem-?deriva\w*|compartilha\w*)
                [\w'’-]{0,40}(?:\s[–—-]\s[\w'’ -]{3,40}?)?\s+\d\.\d(?:\s+(?:international|unported|licen[cs]e))*\b   # "Attribution-
                (?=\s*(?:[()\[\]|·.;]|$))                                   #  NoDerivatives 4.0 International": a label, not prose
            | \bcreative\s+commons\s+(?:attribution|namensnennung|reconocimiento|paternité|atribución|atribuição|attribuzione)\b
                [^.]{0,60}?\b\d\.\d\b                                                   # spelled out, with its version
            """,
        ),
        weight=2.0,
        why="A licence code with its version number is written for reusers, in a notice or a credit, "
            "not in news prose, whatever the notice's stance ('Unless a caption says otherwise, our "
            "stories are CC BY-ND 4.0': no stance condition, 'says' there reports nothing).",
        examples=("Unless a caption says otherwise, stories on this site are released under CC BY-ND 4.0.",
                  "[Texto sob licença Creative Commons Atribuição-CompartilhaIgual 4.0]",
                  "Attribution-ShareAlike 4.0 International",
                  "Sauf mention contraire, nos textes sont publiés sous Creative Commons BY-NC 4.0.",
                  "Lizenz: Namensnennung – Nicht kommerziell – Keine Bearbeitungen 4.0 International"),
        counterexamples=("The foundation said it would move its archive to a Creative Commons licence next year.",
                         "The band's attribution-free sampling of the 1974 record angered its heirs.",
                         "Its entries are offered under Attribution-ShareAlike 4.0, which lets anyone reuse them.",
                         "Die Namensnennung – keine Bearbeitung seit 2.0 – blieb umstritten, sagte der Jurist."),
    ),
    Rule(
        name="republish.license.offered_under",
        triggers=("licen", "lizenz", "terms", "cc", "available to republish", "sous licence", "bajo licencia",
                  "bajo una licencia", "sob licença", "sob uma licença", "sotto licenza", "con licenza",
                  "sotto una licenza", "con una licenza") + tuple(
            f"{verb} {det}" for verb in ("release", "releases", "publish", "publishes", "offer", "offers")
            for det in ("this", "these", "our")
        ),
        kind="republish.license",
        patterns=(
            rf"""
            \b(?:is|are|may\s+be|can\s+be)\s+(?:freely\s+)?
                (?:available|licen[cs]ed|published|offered|released|distributed|re-?distributed|reprinted|reproduced
                |shared|re-?used|republished)
                \b[^.]{{0,60}}\bunder\s+(?:a|an|the|our)?\s*[^.]{{0,40}}(?:licen[cs]e|terms|CC\b)  # "is available under a CC BY licence"
            | \b(?:licen[cs]ed|available\s+to\s+republish)\s+under\b              # "Licensed under …"
            | \b(?:this|our)\s+{STORY}\b[^.]{{0,40}}\b(?:carries|has|uses)\s+(?:a|an|the)\s+[^.]{{0,40}}licen[cs]e
            | \b(?:releases?|publish(?:es)?|offers?)\s+(?:this|these|our)\s+{STORY}\s+under
            | (?:^[\W_]{{0,4}}(?:[\w'’-]+\s+){{0,3}}|\b(?:est|sont|été|publiée?s?|diffusée?s?|disponibles?|republiée?s?)\s+)
                sous\s+licence\b                            # fr: "Ce contenu est sous licence", not "placer … sous licence"
            | (?:^[\W_]{{0,4}}(?:[\w'’-]+\s+){{0,3}}|\b(?:está|están|es|publicad[oa]s?|distribuid[oa]s?|disponibles?|publica
                |distribuye|difunde)\s+)bajo\s+(?:una\s+)?licencia\b     # es: the story is under it, not "compartir … bajo licencia"
            | ^[\W_]{{0,4}}licencia\s+(?:creative|CC)\b
            | (?:^[\W_]{{0,4}}(?:(?:todo|todos|toda|todas|o|os|a|as|este|esta|estes|estas|nosso|nossa|nossos|nossas)\s+){{0,2}}
                (?:conteúdos?|textos?|reportage(?:m|ns)|matérias?|artigos?|material)\s+
                |\b(?:está|estão|é|são|publicad[oa]s?|distribuíd[oa]s?|disponíve(?:l|is))\s+)
                sob\s+(?:uma\s+)?licença\b                       # pt, the story under it: "Conteúdo sob licença …"
            | (?:^[\W_]{{0,4}}(?:(?:tutti|tutto|tutte|i|il|l['’]|gli|le|questo|questa|questi|queste|nostro|nostra|nostri|nostre)\s*){{0,2}}
                (?:contenut[oi]|test[oi]|articol[oi]|material[ei]|inchiest[ae]|serviz[io])\s+
                |\b(?:è|sono|pubblicat[oaie]|distribuit[oaie]|disponibil[ei]|rilasciat[oaie])\s+)
                (?:sotto|con)\s+(?:una\s+)?licenza\b              # it: "Testi con licenza …", "… è pubblicato con licenza"
            | \bunter(?<=\b(?:steht|stehen|ist|sind|wird|werden|erscheint|erscheinen|veröffentlicht|verfügbar|verbreitet
                    |(?:dieser|diese|dieses|unsere?)\s+(?:[\w-]+\s+){{0,2}}(?:darf|dürfen))\s+unter)   # de: "steht unter", "dieser
                \s+(?:einer|der)\s+[^.]{{0,30}}lizenz                             #  Text darf unter", not "Wikipedia-Artikel dürfen"
            | \blizenziert\s+(?:nach|unter|gemäß)\b                             # "frei lizenziert nach CC BY-SA"
            | \b(?:steht|stehen)\s+(?:[\w-]+\s+){{1,4}}?unter\s+(?:einer|der)\s+[^.]{{0,30}}lizenz   # "stehen die Inhalte … unter einer Lizenz"
                (?<=\b(?:steht|stehen)\s+(?:alle\s+|sämtliche\s+)?(?:die\s+|unsere\s+)?(?:inhalte|texte|beiträge|artikel
                    |recherchen|materialien)\b[^.]{{0,60}})
            """,
        ),
        context="not_reported",
        weight=1.5,
        why="Passive 'is available under a … licence' is how outlets state reuse terms.",
        examples=(
            "Common Dreams content may be reprinted under the terms of a CC BY-NC-ND 3.0 license.",
            "Alle unsere Beiträge stehen unter einer Creative-Commons-Lizenz.",
            "Soweit nicht anders angegeben, sind die Texte dieser Seite lizenziert nach CC BY 4.0.",
            "Seit 2020 stehen alle Beiträge dieses Portals unter einer freien Lizenz.",
            "Text on these pages can be redistributed without charge under an open licence.",
            "Reportagem publicada sob licença livre; as fotos têm créditos próprios.",
            "Tutti i testi del sito sono pubblicati con licenza aperta.",
        ),
        counterexamples=(
            "ProPublica, which makes most of its stories available to other outlets free of charge "
            "under a Creative Commons license, said more than 1,200 sites republished its work last year.",
            "Le journal a décidé de placer ses enquêtes sous licence libre afin que les radios puissent les reprendre.",
            "Las radios acordaron compartir sus programas bajo licencia libre, de modo que otras emisoras puedan usarlos.",
            ("Fotos aus dem Archiv dürfen unter einer offenen Lizenz genutzt werden, wenn die Quelle genannt wird – "
             "das regelt ein neues Landesgesetz, wie die Forscher herausfanden."),
            "Heute stehen die Fotos des Archivs unter einer freien Lizenz, sagte die Direktorin.",
            "The leaked files were redistributed under a fake licence by several forums, investigators said.",
            "A prefeitura concedeu o quiosque sob licença precária a um comerciante, segundo o diário oficial.",
            "Per le immagini con licenza libera conviene cercare negli archivi dei musei civici.",
        ),
    ),
    Rule(
        name="republish.license.unless_noted",
        triggers=("unless otherwise", "unless indicated", "unless noted", "unless stated", "unless specified",
                  "unless marked", "unless credited", "unless labelled", "unless labeled", "except where", "except as",
                  "sauf mention", "sauf indication", "salvo que",
                  "salvo indicación", "salvo indicacion", "salvo disposición", "a menos que", "sofern nicht", "soweit nicht",
                  "wenn nicht anders", "salvo diversa", "ove non", "se non diversamente", "salvo indicação",
                  "exceto quando", "salvo quando"),
        kind="republish.license",
        patterns=(
            r"""
            \b(?:unless\s+otherwise|except\s+where\s+otherwise|except\s+as\s+otherwise                         # en
                |unless\s+(?:indicated|noted|stated|specified|marked|credited|labell?ed)\s+otherwise   # "Unless noted otherwise"
                |sauf\s+(?:mention|indication)\s+contraire                                                   # fr
                |salvo\s+(?:que\s+se\s+indique|indicación|disposición)\s+(?:lo\s+)?(?:contrario|en\s+contrario)  # es
                |a\s+menos\s+que\s+se\s+indique\s+lo\s+contrario
                |(?:sofern|soweit|wenn)\s+nicht\s+anders                                                    # de
                |salvo\s+diversa\s+indicazione|ove\s+non\s+(?:diversamente\s+)?(?:indicato|specificato)       # it
                |se\s+non\s+diversamente\s+(?:indicato|specificato)
                |salvo\s+(?:indicação\s+em\s+contrário|quando\s+indicado)|exceto\s+quando\s+indicado)       # pt
                \b[^.]{0,120}?
                \b(?:licen[cs]e[ds]?|lizenz\w*|licencia|licenza|licença|creative[- ]commons|CC[- ]?(?:BY|0)\b)   # "Unless otherwise
                                                                                  #  noted, … under a CC licence"
            """,
        ),
        context="not_reported",
        weight=2.0,
        why="'Unless otherwise noted, our texts are under licence X': the site-wide licence line; the "
            "proviso is the notice's own, news reports licences without it.",
        examples=("Unless otherwise noted, articles on this site carry a CC BY-NC licence.",
                  "Unless noted otherwise, our reporting may be shared under a free licence; see the terms page.",
                  "Sauf mention contraire, nos articles paraissent sous licence Creative Commons.",
                  "Salvo indicación en contrario, los contenidos se distribuyen con licencia CC BY.",
                  "Sofern nicht anders angegeben, stehen unsere Texte unter einer Creative-Commons-Lizenz."),
        counterexamples=("Unless otherwise agreed, the licence fee rises by 3% a year, the contract says.",
                         "Unless stated otherwise in the deal, the licence passes to the buyer, the judge ruled.",
                         "Sofern nicht anders vereinbart, gilt die Lizenz zehn Jahre, sagte der Anwalt."),
    ),
    Rule(
        name="republish.license.under_fragment",
        triggers=tuple(f"{v} under" for v in ("distributed", "released", "published", "available", "offered", "shared")),
        kind="republish.license",
        patterns=(
            r"""
            (?:^[\W_]{0,4}|[.;:|·]\s+)(?:distributed|released|published|made\s+available|available|offered|shared)\s+
                under\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?licen[cs]e\b      # "© X. Released under a free licence
                (?:\s*\([^)]{0,30}\))?(?:\s+(?:for|to)\s+[^.,;]{0,60})?\s*(?:[.;|]|$)  #  for community media.": the line ends there
            """,
        ),
        context="not_reported",
        max_words=40,
        weight=2.5,
        why="A subjectless 'Distributed under a … licence' line: the licence half of a copyright-and-licence "
            "footer, which the generic copyright rule would otherwise claim; a news sentence has a subject.",
        examples=("© 2024 Harbour Press. Released under an open content licence for community media.",
                  "Published under a Creative Commons licence."),
        counterexamples=("The software was released under an open licence in 2019, which let rivals copy it.",
                         "Released under a licence from the ministry, the drug reached pharmacies in May."),
    ),
    Rule(
        name="republish.license.public_domain",
        triggers=("public domain", "public-domain", "domaine public", "dominio público", "dominio publico",
                  "dominio pubblico", "pubblico dominio", "domínio público", "gemeinfrei"),
        kind="republish.license",
        patterns=(
            r"""
            \b(?:public[- ]domain|domaine\s+public|dominio\s+p[úu]blico|dominio\s+pubblico|domínio\s+público|gemeinfrei)\b
                [^.]{0,80}?\b(?:re-?produc\w*|re-?publish\w*|re-?print\w*|re-?us\w*|copied|reprodu\w*|riprodo\w*
                |riprodu\w*|republi\w*|ripubblic\w*|repris\w*|reutiliz\w*|riutilizz\w*|weiterverw\w*|verwendet|übernommen)\b
                [^.]{0,60}?\b(?:provided|as\s+long\s+as|so\s+long\s+as|on\s+condition|if|with|à\s+condition|pourvu
                |siempre\s+que|con\s+(?:la\s+)?(?:cita|mención)|a\s+condizione|purché|citando|desde\s+que|mediante|sofern|wenn|en\s+citant)\b
                [^.]{0,60}?\b(?:credit\w*|cited|acknowledg\w*|attribut\w*|source|named|mention\w*|cit\w*|fuente|fonte
                |quelle|menciona\w*|indica\w*|nenn\w*|genannt|angegeben)          # "… is in the public domain and may be
                                                                                #  reproduced, provided the source is credited"
            | \bpublic[- ]domain\b[^.]{0,40}?[;:,–—]\s*(?:please\s+|kindly\s+)?(?:credit|cite|acknowledge|name|attribute)\b
                [^.]{0,60}?\b(?:when|if|whenever)\s+(?:you\s+)?(?:re-?us|re-?publish|reproduc|reprint|copy|copi|shar)\w*
                                                                        # "… is in the public domain; please credit us when reusing it"
            # dedicated to the public domain with the CC0 tool, the licence named beside it, in any language:
            # 'Our texts are public domain (CC0)', 'Textos en dominio público bajo CC0', 'gemeinfrei (CC0)'
            | \b(?:public[- ]domain|domaine\s+public|dominio\s+p[úu]blico|dominio\s+pubblico|pubblico\s+dominio
                |domínio\s+público|gemeinfrei\w*)\b[^.\n]{0,40}?\bcc[- ]?0\b
            | \bcc[- ]?0\b[^.\n]{0,60}?\b(?:public[- ]domain|domaine\s+public|dominio\s+p[úu]blico|dominio\s+pubblico
                |pubblico\s+dominio|domínio\s+público|gemeinfrei\w*)\b
            # the outlet's own texts put there: '… on this site are dedicated to the public domain'
            | \bpublic[- ]domain\b(?<=\b(?:this|our|these)\b[^.]{0,80}?\b(?:dedicated|released|placed|put)\s+(?:in)?to\s+
                the\s+public[- ]domain)
            | ^[\W_]{0,4}(?:all\s+)?(?:content|material|materials|texts?|articles|stories|information|news|reports|photos)\s+
                (?:produced|published|released|created|issued|written)\s+by\s+[^.]{1,80}?\s+(?:is|are)\s+
                (?:in\s+the\s+)?public[- ]domain\b                            # "Content produced by X is in the public domain"
            """,
        ),
        context="not_reported",
        weight=2.0,
        why="A government or agency notice putting its own releases in the public domain with a credit proviso; "
            "news about public-domain works has no proviso for the reader.",
        examples=("Texts on this portal are in the public domain: please cite the department whenever you reprint them.",
                  "Everything we publish is placed in the public domain through the CC0 waiver.",
                  "Nuestras crónicas pasan al dominio público (CC0); las fotos conservan su licencia.",
                  "The words in these explainers are released into the public domain, so copy away.",
                  ("Material released by the provincial news bureau is public domain and may be reused freely, "
                   "as long as the bureau is named as the source."),
                  ("Les contenus de l'agence relèvent du domaine public et peuvent être reproduits à condition "
                   "de citer la source.")),
        counterexamples=("The diaries entered the public domain this year and may be reproduced by anyone, historians said.",
                         "The museum released 50,000 scans into the public domain under CC0, its director said.",
                         "The composer's early songs were placed in the public domain after his heirs lost the case.",
                         "Works by the painter are in the public domain, and museums have reproduced them widely."),
    ),
    Rule(
        name="republish.license.html_badge",
        triggers=('rel="license"', "rel='license'", "creativecommons.org/licenses", "licensebuttons.net",
                  "i.creativecommons.org"),
        kind="republish.license",
        patterns=(
            r"""
            \brel\s*=\s*["']license["']                                # the licence link of the CC badge snippet
            | \b(?:i\.)?creativecommons\.org/licenses/[\w-]+/\d         # its licence URL or badge image
            | \bi\.creativecommons\.org/l/[\w-]+/\d                      # the badge image's short path ('/l/by-sa/4.0/88x31.png')
            | \blicensebuttons\.net/l/
            """,
        ),
        weight=2.5,
        why="The Creative Commons badge's HTML (a rel=license link, the licence URL): the licence itself, "
            "not just any markup.",
        examples=('<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY</a>',
                  '<img alt="CC badge" src="https://i.creativecommons.org/l/by-nc-sa/4.0/80x15.png" />'),
        counterexamples=("The guidance on creativecommons.org explains the difference between the six licences.",
                         "Badges hosted on i.creativecommons.org load slowly in some countries, the foundation said."),
    ),
)
