"""Conditions for partners: no edits, keep the byline and links, no resale, photos excluded."""

from __future__ import annotations

from .. import OUTSIDE_QUOTES, Rule
from .vocab import REPUB, STORY, STORY_WORDS

RULES_FOR_PARTNERS = (
    Rule(
        name="republish.rules.passive_limits",
        triggers=('be edited', 'be altered', 'be changed', 'be modified', 'be shortened', 'be rewritten', 'be cut',
                  'be trimmed', 'byline', 'only the text', 'only the story', 'only the article', 'only the words',
                  'republication', 'reprint', 'republishing', 'any republication', 'all republication', 'each republication',
                  'every republication', 'any reprint', 'all reprint', 'each reprint', 'every reprint',
                  'any republished', 'all republished', 'each republished', 'every republished', 'edits for', 'edit for', 'changes for', 'editing for', 'trims for',
                  'substance of the', 'meaning of the', 'facts of the', 'sense of the', 'licensed separately', 'be used without',
                  'be excerpted', 'be condensed', 'must carry', 'must keep', 'must retain',
                  'must show',
                  'be republished without', 'be reproduced without', 'be reprinted without', 'be reused without',
                  'light edit', 'minor edit', 'small edit', 'local edit', 'stylistic edit', 'light change',
                  'minor change', 'small change', 'local change', 'light editing', 'minor editing', 'light trim',
                  'minor trim', 'excerpt', 'link back to us', 'be licensed', 'be licenced',
                  'translation', 'for length', 'for space', 'republication is', 'republishing is', 'reprinting is',
                  'republication are', 'reuse is', 'reuse are', 're-use is', 'not republish', 'not reprint', "n't republish", "n't reprint", 'n’t republish',
                  'n’t reprint', 'used to train', 'used for train', 'used to feed', 'used for feed', 'embargoed',
                  'marked exclusive', 'marked embargo', 'marked not for', 'flagged exclusive', 'flagged embargo',
                  'flagged not for')
        + tuple(f"{m} {q}" for m in ("marked", "labelled", "labeled", "flagged") for q in "'‘\"“")
        + tuple(f"{v} {a}" for v in ("may", "can") for a in ("reprint", "re-print", "republish", "re-publish",
                                                             "reproduce", "reuse", "re-use", "freely"))
        + tuple(f"{v} {a}" for v in ("may", "can") for a in ("read", "air", "broadcast", "adapt", "excerpt"))
        + tuple(f"{h} {m}" for h in ("headline", "headlines", "subhead", "subheads", "subheadline", "subheadlines",
                                     "sub-headline", "sub-headlines", "standfirst", "standfirsts") for m in ("may", "can"))
        + tuple(f"{w} to {v}" for w in ("need", "want") for v in ("change", "edit", "rewrite", "tweak", "shorten",
                                                                  "trim", "locali"))
        + tuple(f"only be {v}" for v in ("republished", "re-published", "reprinted", "reproduced", "used", "reused",
                                         "re-used", "run", "shared")),
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
            | \bmust\s+(?:carry|keep|retain|show)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:author|byline|credit|reporter|original
                |tagline|end\s?note|footnote|editor['’]s\s+note|disclosure|note\s+at\s+the\s+(?:top|end|bottom))  # "must retain the tagline"
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
            | \b(?:headlines?|subheads?|sub-?headlines?|standfirsts?)\s+(?:may|can)\s+(?:also\s+)?be\s+
                (?:rewritten|changed|altered|edited|adapted|adjusted|locali[sz]ed|shortened|tweaked)\b  # "Headlines may be rewritten
                (?=\s*(?:[;:.,]|$|to\s+(?:fit|suit|match|your)|for\s+(?:length|space|style|clarity|seo|your)
                    |as\s+(?:needed|necessary)|if\s+(?:needed|necessary|you)))    #  to fit your layout", not "… by editors"
            | \b(?:photos?|photographs|images|videos?|illustrations|graphics|maps|charts)\b[^.]{0,100}
                \bmust\s+be\s+licen[sc]ed\s+(?:separately|from|directly|through)\b   # "Agency images … must be licensed from the agency"
            | \b(?:trim|cut|shorten|condense)\s+(?:it\s+|them\s+|the\s+(?:story|piece|article|text)\s+)?
                for\s+(?:length|space)\b                                           # "Trim for length if you must"
            | \btranslations?\b[^.]{0,80}?\b(?:are|is)\s+(?:allowed|permitted|welcome|fine|encouraged)\b[^.]{0,12}?
                \b(?:provided|as\s+long\s+as|if|on\s+condition)\b[^.]{0,60}?      # "Translations are allowed, provided
                \b(?:translator|credit\w*|original|link\w*|note|byline|author|source)\b   #  the translator is named"
            | \btranslations?\s+(?:are|is)\s+(?:allowed|permitted|welcome|possible)\s+(?:only\s+)?with\s+(?:our\s+)?
                (?:prior\s+)?(?:written\s+)?(?:approval|permission|consent)\b    # "Translations are allowed with prior approval"
            | \b(?:republication|republishing|reprinting|reuse)\s+(?:is|are)\s+(?:only\s+)?(?:open|available|limited|restricted)\s+
                (?:only\s+)?to\s+(?:registered\s+|accredited\s+|bona\s+fide\s+|nonprofit\s+|non-profit\s+)?
                (?:news|media|nonprofit|non-profit|publishers|outlets|newsrooms|partners|members|editors)   # who may republish
            | \b(?:may\s+not|must\s+not|cannot|can['’]t|are\s+not\s+(?:allowed|permitted)\s+to)\s+(?:re-?publish|reprint|re-?use)\s+
                (?:our|these|this|any\s+of\s+our)\s+(?:[\w'’-]+\s+)?{STORY}                         # "campaigns cannot reprint these articles"
            | \b(?:our|these|this)\s+(?:[\w'’-]+\s+)?{STORY}\s+(?:may|must|should|can)(?:\s+not|n['’]t)\s+be\s+used\s+(?:to|for)\s+
                (?:train|training|feed|feeding)\b                                     # "These pieces must not be used for training"
            | \b(?:may|can)\s+(?:read|air|broadcast|adapt|excerpt)\s+(?:the|this|our)\s+{STORY}\b[^.]{0,40}?
                \b(?:provided|as\s+long\s+as|if|on\s+condition)\b[^.]{0,80}?\bcredit\w*   # "can broadcast this piece if … credited"
            | \bembargoed\s+(?:stories|articles|pieces|reports|copy|content|material)\b[^.]{0,40}?
                \b(?:cannot|can['’]t|may\s+not|must\s+not|should\s+not)\s+(?:be\s+)?(?:published|run|posted|aired|shared)\b
            | \b(?:marked|labell?ed|flagged)\s+[‘'"“]?(?:exclusive|embargoed|partner\s+embargo|not\s+for\s+(?:republication|syndication))\b
                [’'"”]?[^.]{0,40}\b(?:embargo|exclusive|budget|feed|list)\b                # "anything marked 'EXCLUSIVE' …"
            | \b(?:material|content|stories|items|copy|releases?|anything|everything)\s+(?:marked|labell?ed|flagged)\s+
                [‘'"“]?embargo(?:ed)?[’'"”]?\s+(?:may|must|should|can)(?:\s+not|n['’]t)\s+be\s+
                (?:published|broadcast|aired|posted|run|shared|used|reported)\b[^.]{0,30}?\b(?:before|until|prior\s+to)\b
                                                                        # "Material marked EMBARGOED may not be aired before …"
            | \b(?:may|can)\s+(?:freely\s+)?(?:re-?print|re-?publish|reproduce|re-?use)\s+(?:this|these|our)\s+
                (?:[\w'’-]+\s+)?[\w'’-]+\b[^.]{0,60}?                        # "Parish newsletters may reprint this homily
                \b(?:free\s+of\s+charge|without\s+charge|at\s+no\s+(?:cost|charge)|provided|as\s+long\s+as|so\s+long\s+as
                |on\s+condition)\b                                              #  free of charge, provided …"
            """.replace("{STORY}", STORY),
        ),
        context="not_reported",
        weight=1.5,
        why="Editing limits stated impersonally ('Stories cannot be edited except for length'); news reports them.",
        examples=("Stories cannot be edited except for length or house style, and the original byline must remain.",
                  "Light edits for length are welcome, but the meaning of the story must not change.",
                  "Maps and photographs from agencies can't be republished without their owners' consent.",
                  "Minor edits are fine; do not change the quotes.",
                  "Our articles may only be reproduced whole; excerpts must stay under 150 words.",
                  "Want to tweak the headline? That's fine, as long as it stays accurate.",
                  "Subheads can be adapted to your house style; the body copy cannot.",
                  "Wire photos in the piece must be licensed directly from the agencies.",
                  "Translations into Welsh or Gaelic are welcome, as long as the original link stays.",
                  "Shorten the text for space if needed, cutting whole paragraphs from the end.",
                  "Every copy must keep the italic note at the end naming our funders.",
                  "Translations are possible only with our prior consent.",
                  "Reuse is limited to news outlets and nonprofit publishers; party committees may not reprint our reporting.",
                  "These articles must not be used for training language models.",
                  "Community stations may air the story in full provided both the host station and the writer are credited.",
                  "Embargoed pieces may not be posted before Thursday noon.",
                  "Skip any item flagged 'not for syndication' in the daily list.",
                  ("Church magazines and school newsletters may reprint this meditation at no cost, as long as it "
                   "runs unabridged."),
                  "Note: copy labelled 'EMBARGOED' must not be aired until the time given in its first line."),
        counterexamples=(
            "The ballots cannot be altered unless a judge orders a recount, the clerk said.",
            "Residents who want to change the plan have until Friday to comment, the county said.",
            "Headlines can be changed after publication without notice, the study of 40 news sites found.",
            "Translations of the treaty are allowed under the 1998 accord, which both parliaments ratified.",
            "Translations of the ballot are allowed if a certified interpreter signs them, under a 2019 rule.",
            "Headlines can be rewritten by editors long after a story is published, which confuses some readers.",
            "The old articles of association may be reproduced in the annual filing, the regulator said.",
            "Embargoed reports cannot be published before the central bank releases its figures, the agency said.",
            "The authors argue their novels should not be used for training chatbots without pay, the lawsuit says.",
            "Reuse is limited to news coverage under the fair-dealing exception, the judge ruled.",
            "Under the ruling, the weekly may reprint these letters provided it pays the estate, the court said.",
            "Documents marked embargoed must not be published before the hearing, the clerk said.",
        ),
    ),
    Rule(
        name="republish.rules.conditions",
        # specific phrases only ('if you run', not 'if you'; 'story online', not 'online'): this
        # rule is one of the dearest, and the bare words are in most news paragraphs
        triggers=('republish', 're-publish', 'republication', 'reprint', 're-print', 'repost', 're-post',
                  'syndicat', 'reuse', 're-use', 'rerun', 're-run', 'house style', 'byline', 'credit line',
                  'dateline', 'excerpt', 'point readers', 'pointing readers', 'paywall', 'notify us', 'tell us',
                  'inform us', 'email us', 'let us', 'must credit', 'have to credit', 'need to credit',
                  'use our logo', 'use our name', 'use our brand', 'use our trademark', 'link back',
                  'link to the original', 'link to the full', 'link to original', 'link to full', 'clearly marked',
                  'clearly labeled', 'clearly labelled', 'clearly identified', 'clearly noted', 'clearly flagged',
                  'not covered', 'not included', 'excluded', 'separately', 'permission', 'license them')
        + tuple(f"if you {v}" for v in ("republish", "reprint", "repost", "excerpt", "translate", "shorten", "trim",
                                        "correct", "update", "edit", "change", "run", "use", "publish", "add"))
        + tuple(f"if we {v}" for v in ("update", "correct", "change", "revise", "issue", "publish", "append", "make", "run"))
        + tuple(f"{w} {where}" for w in STORY_WORDS for where in ("in full", "online", "in print")),
        leads=("partners", "republishers", "editors", "note to editors", "print", "web", "online", "digital",
               "radio", "broadcast", "syndication", "republishing"),
        kind="republish.rules",
        patterns=(
            rf"""
            \b{REPUB}\b                                   # any talk of republishing …
            | \b(?:run|publish|use)\s+(?:this|the|our)\s+{STORY}\s+(?:in\s+full|online|in\s+print)
            | \b(?:house\s+style|byline|credit\s+line|dateline)\b
            | ^\W*(?:partners|republishers|editors|note\s+to\s+editors)\s*[:,]          # "Partners: if you …"
            | ^\W*(?:print|web|online|digital|radio|broadcast|syndication|republishing)\s+
                (?:partners|republishers|editors|clients)\s*:\s*(?:please\s+|kindly\s+)?    # "Print partners: run …"
                (?:run|use|keep|credit|include|add|do\s+not|don['’]t|never|if\s+you|read|air|retain|link|publish|place
                |put|note|remember|make\s+sure|ensure)\b
            | \bif\s+you\s+(?:republish|reprint|repost|excerpt|translate|shorten|trim)\b
            | \bif\s+you\s+(?:correct|update|edit|change|run|use|publish|add\s+to)\s+(?:this|the|our|any\s+of\s+our|an?)\s+
                (?:\w+\s+)?(?:{STORY}|photos?|images?|text|headlines?|bylines?|graphics?|illustrations?)\b
            | \b(?:excerpts?|excerpting)\b | \bpoint(?:ing)?\s+readers\s+to\b
            | \bif\s+we\s+(?:update|correct|change|revise)\s+(?:this|the|our)\s+{STORY}        # corrections follow the story
            | \bif\s+we\s+(?:issue|publish|append|make|run)\s+(?:a\s+|any\s+)?(?:correction|clarification|update)s?\b
                [^.]{{0,40}}\byou\b                                           # "If we publish a clarification, you …"
            | \bpaywalls?\b                                                # "don't put it behind a paywall"
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
            "No paywalls: whatever you run from us has to stay free for your readers.",
            "If we append a clarification, you should add it to your copy as well.",
            "Radio partners: read the credit line at the top and keep the reporter's name.",
        ),
        counterexamples=(
            "If we issue a correction every time a source changes their mind, you lose trust, the editor said.",
            "Editors at the student newspaper said administrators had told them to stop republishing "
            "articles from outside outlets without written approval.",
            "Broadcast partners: the league named three networks on Monday, and you can watch the games free.",
        ),
    ),
    Rule(
        name="republish.rules.edit_limits",
        # a negation with its verb, not the bare negation (in most news paragraphs)
        triggers=tuple(f"{neg} {verb}" for neg in ("do not", "don't", "don’t", "may not", "must not", "cannot",
                                                      "can't", "can’t", "can not")
                       for verb in ("edit", "alter", "change", "modify", "sell", "resell", "re-sell", "shorten",
                                    "excerpt", "rewrite", "remove", "strip", "feed", "upload", "scrape",
                                    "sublicense", "sub-license", "aggregate", "place", "position", "display", "run"))
        + ('resell', 're-sell',
                  'limited to', 'restricted to', 'shortening', 'excerpting', 'editing', 'altering', 'translating', 'keep the', 'keep all', 'keep every', 'keep our', 'unaltered', 'without our', 'no image', 'no photo', 'no content', 'reporting was done', 'not edit', 'never edit',
                  'not alter', 'never alter', 'not change', 'never change', 'be rerun', 'be re-run', 'be republished',
                  'be re-published', 'be reprinted', 'be re-printed', 'be reposted', 'be re-posted', 'be syndicated'),
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
            | \b(?:do\s+not|don['’]t|may\s+not|must\s+not|cannot|can['’]t)\s+(?:run|place|position|display)\s+
                (?:the|this|our|these)\s+(?:[\w'’-]+\s+)?{STORY}\s+(?:next\s+to|beside|alongside|near|adjacent\s+to|against|with)\b
                [^.]{{0,60}}?\b(?:advert\w*|ads?|sponsor\w*|paid\s+content|commercial\s+content)\b   # "do not place the story
                                                                                                 #  next to paid ads"
            | \b(?:re-?run|re-?published|re-?printed|re-?posted|syndicated)\b           # "Time-sensitive stories should
                (?<=\b(?:stories|articles|pieces|reports|columns|(?:this|our)\s+(?:[\w'’-]+\s+)?{STORY})\b  #  not be rerun after a week"
                    [^.]{{0,80}}?\b(?:should|must|may|can)(?:\s+not|n['’]t|\s+only)?\s+be\s+\S+)
            """,
        ),
        context="address_or_self",
        weight=1.0,
        why="Editing limits for partners are phrased as prohibitions; reports of bans carry 'said'.",
        examples=("Shortening the story is allowed only with our written approval.",
                  "Please do not feed our articles into content farms or resell them.",
                  "Our reports on storms should not be republished once the warning we issued has expired.",
                  "Please don't place this article beside advertising for any company it names."),
        counterexamples=(
            "Under the settlement, the publisher agreed to credit the photographer and pay her $45,000.",
            "Stories about the flood should not be republished without checking the latest figures, the council warned.",
            "Broadcasters cannot run the report next to ads for betting firms, the regulator ruled on Monday.",
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
        triggers=('lien', 'link zum', 'link auf den', 'link all', 'link para', 'enla', 'mentionner', 'citer', 'créditer', 'citar', 'citare', 'modifier', 'altérer',
                  'se permite', 'está permitido', 'se puede', 'è consentito', 'è permesso', 'si può', 'é permitido',
                  'não pode', 'não é', 'nicht verändert', 'nicht gekürzt', 'nicht bearbeitet', 'nicht verfälscht',
                  'autor nennen', 'autorin nennen', 'autor angeben', 'autorin angeben', 'autor genannt',
                  'autorin genannt', 'autorenname', 'quelle', 'las fotografías', 'les photos', 'les images', 'les illustrations', 'las fotos', 'las imágenes',
                  'fotos', 'le foto', 'as fotos', 'à condition', 'siempre que', 'sofern', 'a condizione', 'purché',
                  'desde que', 'verlinken sie', 'nennen sie', 'ne peuvent', 'no pueden', 'no puede', 'dürfen nicht',
                  'von der lizenz', 'no se puede', 'no se pueden', 'no se permite', 'muro de pago', 'mur payant',
                  'bezahlschranke', 'vendre', 'si republica', 'si reproduce', 'si replica', 'si vous republiez',
                  'si vous reprenez', 'si vous reproduisez', 'wenn sie', 'se ripubblic', 'se republicar',
                  'se você republicar', 'para republicar', 'para reproduzir', 'para reproducir', 'para replicar',
                  'pour republier', 'pour reprendre', 'per ripubblicare', 'um den', 'um diesen', 'übernahme', 'nachdruck',
                  'weiterverbreitung', 'weiterverwendung', 'reprise', 'reproduction', 'reproducción', 'republicación',
                  'kürzungen', 'solange der sinn', 'überschrift', 'titel', 'vorspann', 'teaser', 'dachzeile',
                  'les coupes', 'se permiten', 'le nom de', 'lien vers notre', 'pas question de', 'como fuente',
                  'que deseen', 'que quieran', 'abstenerse', 'íntegr', 'unverändert', 'als quelle', 'freigabe',
                  'bildmaterial', 'freigegeben', 'verlinken auf', 'verlinkst', 'zurückverlink', 'nichts kürzen',
                  'nichts ändern', 'nichts umschreiben', 'weiterverkauf', 'weiterverwertung', 'namen der autor'),
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
            | \b(?:autor(?:in)?|autorenname|quelle)\s+(?:nennen|angeben)\b                 # "Autorin und Quelle nennen",
            | \b(?:autor\w*|quelle)\s+(?:muss|müssen)\s+(?:\w+\s+)?(?:genannt|angegeben)\s+werden   # not "wenn die Quelle genannt wird"
            | \bnicht\s+(?:verändert|gekürzt|bearbeitet|verfälscht)
                (?:\s+(?:oder|und|noch)\s+(?:inhaltlich\s+|sinngemäß\s+)?(?:verändert|gekürzt|bearbeitet|verfälscht))?\s+werden
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
            | ^[\W_]{0,4}(?:para\s+(?:republicar|reproduzir|reproducir|replicar)|pour\s+(?:republier|reprendre)
                |per\s+ripubblicare|um\s+(?:den|diesen)\s+\w+\s+zu\s+übernehmen)\b[^.]{0,10},   # "To republish, keep …"
            | \b(?:übernahme|nachdruck|weiterverbreitung|weiterverwendung)\b[^.]{0,60}
                \bnur\s+(?:nach|mit)\s+(?:vorheriger\s+)?(?:absprache|rücksprache|genehmigung|zustimmung|erlaubnis)
            | \b(?:reprise|reproduction)\b[^.]{0,60}\b(?:soumise\s+à|uniquement\s+(?:avec|après))\s+
                (?:l['’]accord|l['’]autorisation|autorisation|accord)
            | \b(?:reproducción|republicación)\b[^.]{0,60}\bsolo\s+(?:con|previa)\s+(?:autorización|permiso|acuerdo)
            | \bkürzungen\s+sind\s+(?:erlaubt|gestattet|möglich|zulässig) | \bsolange\s+der\s+sinn\s+erhalten\s+bleibt
            | \b(?:überschrift|titel|vorspann|teaser|dachzeile)(?:\s+und\s+\w+)?\s+dürfen\s+(?:angepasst|geändert|gekürzt)\s+werden
            | \bles\s+coupes\s+sont\s+(?:autorisées|permises|possibles) | \bse\s+permiten\s+(?:recortes|cortes|ajustes)
            | \b(?:en\s+)?(?:gardant|conservant|mentionnant|citant|garder|conserver|mentionner)\s+le\s+nom\s+de\s+l['’]aut(?:eur|rice)  # fr
            | \ble\s+lien\s+vers\s+notre\s+(?:site|article|média|journal|page)\b
            | \bpas\s+question\s+de\s+(?:le|la|les)\s+(?:vendre|revendre|modifier|couper)\b
            | \bcitar\s+a\s+[^.,;]{1,60}?\s+como\s+fuente\b                                 # es: "citar a X como fuente"
            | \b(?:medios|aliados|socios|organizaciones)\s+(?:\w+\s+)?que\s+(?:deseen|quieran)\s+
                (?:republicar|reproducir|replicar|retomar)\b                               # "los medios que deseen reproducir"
            | \babstenerse\s+de\s+(?:modificar|alterar|cambiar|editar)\b | \bmantener\s+íntegr[oa]s?\b
            | \b(?:text|artikel|beitrag|inhalt)\s+(?:bleibt|muss)\s+(?:dabei\s+)?unverändert\b       # de
            | \b(?:vollständig\s+und\s+)?unverändert\s+(?:gestattet|erlaubt|zulässig|übernommen\s+werden)
            | \bals\s+quelle\s+(?:ist|sind|muss|müssen)\b[^.]{0,80}?\b(?:anzugeben|zu\s+nennen|anzuführen|genannt\s+werden)
            | \bvon\s+der\s+freigabe\s+(?:nicht\s+(?:umfasst|erfasst|gedeckt)|ausgenommen)
            | \b(?:bildmaterial|fotos|bilder|grafiken)\b[^.]{0,40}\b(?:sind|ist)\s+(?:nicht|grundsätzlich\s+nicht)\s+
                (?:automatisch\s+)?(?:freigegeben|umfasst)
            | \b(?:sie|du)\s+verlink(?:en|st)\s+auf\s+den\s+(?:original\w*|ursprünglichen) | \bzurück(?:zu)?verlinken\b
            | \bnichts\s+(?:kürzen|ändern|umschreiben|verändern|streichen)\b
            | \bnamen?\s+der\s+autor\S*\s+(?:nennen|angeben)
            | \b(?:weiterverkauf\w*|weiterverwertung|kommerzielle\s+(?:weiter)?(?:nutzung|verwertung))\b[^.]{0,30}?
                \b(?:ist|sind)\s+(?:ausgeschlossen|nicht\s+(?:gestattet|erlaubt|drin)|untersagt)
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
            "Tu peux le reprendre ; merci de conserver le nom de l'auteur et un lien vers notre article.",
            "Les médias partenaires doivent citer l'agence ; pas question de le revendre.",
            "Los medios que quieran republicar la nota deberán citar a Agencia Sur como fuente.",
            "Der Beitrag bleibt unverändert, und als Quelle ist die Redaktion samt Link anzugeben.",
            "Bitte nichts kürzen und zurückverlinken; Weiterverkauf ist nicht gestattet.",
            "Fotos sind nicht automatisch freigegeben.",
            "Der Beitrag darf nicht gekürzt oder inhaltlich bearbeitet werden.",
        ),
        counterexamples=(
            "Les photos ne sont pas incluses dans l'accord, a précisé le ministère.",
            "El juez recordó que no se permite modificar el testamento sin notario, según la sentencia.",
            "Ein Nachdruck des Romans ist nur mit Zustimmung der Erben möglich, sagte der Verleger.",
            "Die Fotos sind nicht freigegeben worden, sagte die Polizeisprecherin.",
            "Los inversionistas que deseen retomar el proyecto deberán presentar garantías, según el decreto.",
        ),
    ),
    Rule(
        name="republish.rules.foreign_edit_scope",
        triggers=('está permitido', 'se permite', 'se puede', 'il est permis', 'è consentito', 'è permesso', 'si può',
                  'é permitido', 'no alterar', 'no modificar', 'no cambiar', 'no tergiversar', 'las citas',
                  'le citazioni', 'as citações', 'les citations', 'sans altérer', 'sans modifier', 'sans changer',
                  'sans dénaturer', 'sans en', 'senza alterar', 'senza modificar', 'senza cambiar', 'sem alterar',
                  'sem modificar', 'sem mudar', 'no se autoriza', 'non è consentita', 'não é permitida',
                  'weiterverkauf', 'excluid', 'exclues', 'escluse', 'excluíd'),
        kind="republish.rules",
        patterns=(
            r"""
            \b(?:está\s+permitido|se\s+permite|se\s+pueden?)\s+(?:recortar|acortar|resumir)\s+(?:el|la|este|esta)\s+
                (?:texto|nota|artículo|reportaje|contenido)\b                                   # es: "Está permitido recortar el texto"
            | \bil\s+est\s+permis\s+de\s+(?:couper|raccourcir|réduire)\b                         # fr
            | \b(?:è\s+consentito|è\s+permesso|si\s+può)\s+(?:tagliare|accorciare|ridurre)\b     # it
            | \bé\s+permitido\s+(?:cortar|encurtar|resumir)\b                                     # pt
            | \bno\s+(?:alterar|modificar|cambiar|tergiversar)\s+(?:su|el)\s+sentido\b           # "… but not its meaning"
            | \bsans\s+(?:en\s+)?(?:altérer|modifier|changer|dénaturer)\s+le\s+sens\b
            | \bsenza\s+(?:alterarne|modificarne|cambiarne|alterare|modificare|cambiare)\s+il\s+senso\b
            | \bsem\s+(?:alterar|modificar|mudar)\s+o\s+sentido\b
            | \b(?:modificar|alterar|cambiar)\s+las\s+citas\b | \b(?:modifier|altérer|changer)\s+les\s+citations\b   # quotes
            | \b(?:modificare|alterare|cambiare)\s+le\s+citazioni\b | \b(?:alterar|modificar|mudar)\s+as\s+citações\b
            | \bno\s+se\s+(?:autoriza|permite)\s+(?:la\s+)?(?:venta|reventa|comercialización)\b   # no resale
            | \bnon\s+è\s+consentita\s+la\s+(?:vendita|rivendita)\b | \bnão\s+é\s+permitida\s+a\s+(?:venda|revenda)\b
            | \bweiterverkauf\b[^.]{0,30}\b(?:nicht\s+gestattet|nicht\s+erlaubt|untersagt|ausgeschlossen)
            | \b(?:fotografías|fotos|imágenes|infografías|ilustraciones)\b[^.]{0,40}
                \b(?:quedan|están)\s+excluid[oa]s\b(?!\s+(?:de|del)\b)                  # photos excluded (from the licence,
            | \b(?:photos|photographies|images|infographies|illustrations)\b[^.]{0,40}      #  not "from the contest")
                \bsont\s+exclues\b(?!\s+(?:de|du|des)\b)
            | \b(?:foto|fotografie|immagini|infografiche|illustrazioni)\b[^.]{0,40}\bsono\s+escluse\b(?!\s+(?:da|dal|dalla|dai)\b)
            | \b(?:fotos|fotografias|imagens|infográficos|ilustrações)\b[^.]{0,40}
                \b(?:ficam|estão)\s+excluíd[oa]s\b(?!\s+(?:de|do|da|dos|das)\b)
            """,
        ),
        context="not_reported",
        weight=1.5,
        why="What a partner may cut and must keep, in French, Spanish, Italian, Portuguese, German: shortening "
            "allowed, meaning and quotes untouched, no resale, photos excluded (a rule of its own with narrow "
            "triggers: the broad ones of republish.rules.foreign_language would run these branches on English pages).",
        examples=(
            "Se puede resumir el reportaje, siempre sin modificar las citas de las fuentes.",
            "No se autoriza la reventa de nuestras notas; los mapas y fotos quedan excluidos.",
            "Il est permis de couper le texte, sans en altérer le sens.",
            "È consentito accorciare l'articolo senza alterarne il senso.",
            "Pode encurtar o texto, sem alterar o sentido; as fotografias ficam excluídas.",
        ),
        counterexamples=(
            "Las fotografías quedan excluidas del concurso por primera vez desde su creación.",
            "El tribunal pidió no alterar el sentido de la norma al aplicarla, recordó la fiscalía.",
            "Le musée a modifié les citations gravées sur le mur, a indiqué la direction.",
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
    Rule(
        name="republish.rules.if_you_reuse",
        triggers=tuple(f"if {y} {v}" for y in ("you", "u", "ya") for v in ("translate", "republish", "re-publish",
                                                                        "reprint", "repost", "reuse", "re-use",
                                                                        "excerpt", "adapt")),
        kind="republish.rules",
        patterns=(
            rf"""
            \bif\s+(?:you|u|ya)\s+(?:translate|re-?publish|reprint|repost|re-?use|excerpt|adapt)\s+
                (?:our|this|these|any\s+of\s+our)\s+(?:[\w'’-]+\s+)?{STORY}\b[^.?!]{{0,120}}?      # "if u translate our work …
                \b(?:let\s+us\s+know|tell\s+us|e-?mail\s+us|notify\s+us|ask\s+us|credit\s+(?:us|the)|keep\s+(?:a|the)\s+
                (?:link|byline|credit|note)|link\s+(?:back|to\s+(?:us|the\s+original)))\b  #  … pls let us know first"
                {OUTSIDE_QUOTES}
            """,
        ),
        context="address_or_self",
        weight=1.5,
        why="A conditional on reusing 'our' story followed by what to do (tell us, keep the link): the partner "
            "rules in any register, even chatty ones without 'please' or 'you'.",
        examples=("if ya reprint this piece on ur blog just let us know and keep the link to the original thx",
                  "If you translate our reporting into Tamil, tell us and credit the original reporter."),
        counterexamples=("“If you reprint this story, tell us,” the editor wrote to the weekly in 2019.",),
    ),
    Rule(
        name="republish.rules.foreign_permission",
        triggers=("è consentit", "è permess", "è autorizzat", "riproduzione", "ripubblicazione", "reprodução",
                  "republicação", "reproducción", "republicación", "reproduction", "é autorizad", "é permitid",
                  "está autorizad", "está permitid", "siempre que", "no cambi", "no modifiqu", "no alter", "no edit",
                  "no toqu"),
        kind="republish.rules",
        patterns=(
            r"""
            (?:\b(?:è\s+(?:consentit|permess|autorizzat)[ao]\s+la\s+(?:riproduzione|ripubblicazione|diffusione)   # it: "È consentita
                |(?:é|está|es)\s+(?:autorizad|permitid)[ao]\s+(?:a\s+|la\s+)?(?:reprodução|republicação|reproducción|republicación)
                |est\s+(?:autorisée|permise)\s+la\s+(?:reproduction|reprise))                #  la riproduzione …",
              |\b(?:riproduzione|ripubblicazione|reprodução|republicação|reproducción|republicación|reproduction|reprise)
                \b[^.]{0,60}?\b(?:è|é|es|está|est)\s+(?:consentit[ao]|permess[ao]|autorizzat[ao]|autorizad[ao]|permitid[ao]
                |libre|livre|liber[ao]|autorisée|permise|gratuita))        #  "A reprodução deste artigo é autorizada …"
                [^.]{0,120}?\b(?:fonte|fuente|source|autor[ae]?|autrice|auteur\w*|testata|giornalista|jornalista|periodista
                |firma|crédit\w*|link|enlace|lien)\b                      #  … citing the source"
                (?<=\b(?:contenut[oi]|articol[oi]|test[oi]|artigos?|conteúdos?|reportage[nms]?|matérias?|artículos?
                    |notici\w+|notizi[ae]|textos?|articles?|textes?|contenus?|notas?|serviz[io]|materiale|materiais?
                    |crónicas?|inchiest[ae]|entrevistas?|interviste?|informa[cz]\w+)\b[^.]{0,200})   # of the outlet's texts,
                                                                                                 # not "assisted reproduction"
            | \bsiempre\s+que\s+(?:mantengás|mantengas|mantenga|mantengan|conservés|conserves|conserve|conserven|respetés
                |respetes|respete|respeten|incluyás|incluyas|incluya|incluyan|citás|cites|cite|citen)\s+
                (?:el|la|los|las)\s+(?:texto|firma|crédito|créditos|enlace|link|titular|nombre|autor\w*|fuente)\b
                                                                        # es, voseo too: "siempre que mantengás la firma"
            | \bno\s+(?:cambi[eé]s|modifiqu[eé]s|alter[eé]s|edit[eé]s|toqu[eé]s)\s+(?:el|la|los|las)\s+
                (?:titular|título|texto|nota|firma|contenido|crédito)\b[^.]{0,60}?\b(?:sin|antes)\b   # "No cambiés el titular sin
                                                                                              #  consultarnos"
            """,
        ),
        context="not_reported",
        weight=1.5,
        why="Reuse permitted on condition of credit, in Italian, Portuguese, Spanish and French, and Spanish "
            "conditions in the tú and vos forms: the outlet's own terms; news reports such rules with 'said'.",
        examples=("È permessa la ripubblicazione degli articoli purché venga indicata la testata d'origine.",
                  "A republicação do texto é livre, desde que seja mantido o link para a fonte.",
                  "Podés usarla gratis siempre que respetés la firma de la periodista.",
                  "No modifiqués el texto sin avisarnos."),
        counterexamples=("La riproduzione delle opere è consentita solo citando l'autore, ha spiegato il museo.",
                         "La reproducción asistida está permitida en el país desde 2010, según la ley, con firma del médico.",
                         "Podrás cobrar la ayuda siempre que mantengas el empleo, explicó la ministra.",
                         "A reprodução assistida é autorizada no país desde 2015, e a fonte dos dados é o ministério."),
    ),
    Rule(
        name="republish.rules.images_excluded",
        triggers=("separately", "on their own", "independently", "not covered", "not included", "excluded"),
        kind="republish.rules",
        patterns=(
            r"""
            \b(?:photos?|photographs|images|illustrations|graphics|artwork|videos?|maps|charts|cartoons)\b[^.]{0,100}?
                \b(?:(?:may|must|can|should)\s*not|cannot|can['’]t)\s+be\s+
                (?:re-?published|reprinted|reproduced|re-?used|used|run|shared)\s+
                (?:separately|on\s+their\s+own|independently|apart\s+from)\b      # "Photos may not be republished separately"
            | \b(?:photos?|photographs|images|illustrations|graphics)\s+(?:credited\s+to|supplied\s+by|from)\s+
                (?:wire\s+|news\s+|photo\s+)?agencies\b[^.]{0,80}?
                \b(?:(?:are|is)\s+not\s+(?:covered|included)|(?:are|is)\s+excluded)\b   # "agency images are not covered"
            """,
        ),
        context="not_reported",
        weight=2.5,
        why="Which pictures a partner may not take along with the story: stated for reusers, and stronger than "
            "the generic reproduction-prohibited line it resembles.",
        examples=("Graphics and maps may not be reused separately from the article they illustrate.",
                  "Images credited to agencies such as AFP are not covered by this permission."),
        counterexamples=("Photos of the suspects may not be published separately from court records, the judge ruled.",
                         "Images from wire agencies were excluded from the archive sale, the auction house said."),
    ),
)
