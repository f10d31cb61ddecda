"""Conditions for partners, in English: no edits, keep the byline and links, no resale, photos excluded.

The same conditions in other languages are in :mod:`.partners_foreign`.
"""

from __future__ import annotations

from .. import OUTSIDE_CURLY_QUOTES, OUTSIDE_QUOTES, Rule
from .advice import ADVICE_OR_LONG, OUTLET_WORD
from .vocab import REPUB, STORY, STORY_WORDS

#: 'a credit line', 'a byline' where the block never names the outlet: the thing in general
#: ('some want a credit line', 'request a credit line under the picture'), not the story's.
A_CREDIT_LINE = rf"""(?!(?<=\ban?\s+(?:house\s+style|byline|credit\s+line|dateline))
    (?<!{OUTLET_WORD}(?s:.*))(?!(?s:.*){OUTLET_WORD}))"""

RULES_FOR_PARTNERS = (
    Rule(
        name="republish.rules.passive_limits",
        triggers=('be edited', 'be altered', 'be changed', 'be modified', 'be shortened', 'be rewritten', 'be cut',
                  'be trimmed', 'byline', 'only the text', 'only the story', 'only the article', 'only the words',
                  'republication', 'reprint', 'republishing', 'any republication', 'all republication', 'each republication',
                  'every republication', 'any reprint', 'all reprint', 'each reprint', 'every reprint',
                  'any republished', 'all republished', 'each republished', 'every republished',
                  'any reprinted', 'every reprinted', 'any syndicated', 'every syndicated', 'your republished',
                  'the republished', 'any reposted', 'every reposted', 'edits for', 'edit for', 'changes for', 'editing for', 'trims for',
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
            | \b(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:stay|remain|be\s+(?:kept|included|retained|left))\s+
                (?:in|on|with|inside)\s+(?:any|all|each|every|the|your)\s+(?:re-?published|reprinted|reposted|syndicated)\s+
                (?:cop(?:y|ies)|versions?|stor(?:y|ies)|articles?|texts?|pages?)\b     # "… has to remain in every republished version"
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
            | \btranslations?\b[^.]{0,80}?\b(?:are|is)\s+(?:allowed|permitted|welcome|fine|ok|okay|encouraged)\b[^.]{0,12}?
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
                  "Stats tag: this line has to remain in every reprinted version.",
                  "Translations are possible only with our prior consent.",
                  "Translations are okay if they stay close to the original text.",
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
            "The apology must remain in any reprinted edition of the memoir, the settlement says.",
        ),
    ),
    Rule(
        name="republish.rules.conditions",
        unless=ADVICE_OR_LONG,
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
            | \b(?:house\s+style|byline|credit\s+line|dateline)\b{A_CREDIT_LINE}   # the story's, not 'request a credit line'
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
            | \bpaywalls?\b(?<=(?:\b(?:no|not|never|nor|without|ohne|keine?n?|sans|sin|senza|sem)|n['’]t)\b[^.]{{0,60}}paywalls?)   # "don't put it behind a
                                                                          #  paywall", not "put some posts behind the paywall"
            | \b(?:notify|tell|inform|email|let)\s+us\b(?:[^.]|\.(?=\w)){{0,60}}\b(?:when|if|once|after)\s+you\s+   # dots of an
                (?:re-?publish|publish|run|use|post)                                                               # address pass
            | \blet\s+us\s+know\b[^.]{{0,40}}\b(?:the\s+)?(?:url|link|where\s+(?:it|the\s+story)\s+(?:runs|ran|appears))
            | \b(?:must|have\s+to|need\s+to)\s+credit\s+(?:both\s+)?(?:the\s+)?(?:author|reporter|writer|outlet|photographer|us\b|our)
            | \b(?:can['’]t|cannot|may\s+not|must\s+not|do\s+not|don['’]t)\s+use\s+our\s+(?:logo|name|brand|trademarks?)
            | \blink\s+(?:back\s+)?to\s+(?:the\s+)?(?:original|full)\b
            | \bclearly\s+(?:marked|labell?ed|identified|noted|flagged)\s+as\s+(?:your\s+own|yours|additional|local)\b
            | \b(?:photos?|photographs|images|illustrations|graphics|artwork)\b[^.]{{0,80}}
                \b(?:not\s+(?:covered|included)|excluded|separately|permission|license\s+them)
            """,                       # (not a how-to about the reader's own photos or blog)
        ),
        context="address",
        weight=1.0,
        why="Conditions addressed to partners (you may, do not, please); reports about reprinting say 'said'.",
        examples=(
            "Republishing this story on your own website? Keep the byline and the link to the original.",
            "Do not change the text beyond small style adjustments, and do not republish our photos "
            "without asking first.",
            "No paywalls: whatever you run from us has to stay free for your readers.",
            "If we append a clarification, you should add it to your copy as well.",
            "Radio partners: read the credit line at the top and keep the reporter's name.",
        ),
        counterexamples=(
            "If a blog asks to reuse one of your pictures, agree on the fee and request a credit beside it.",
            "Read each stock library's terms: some want a credit line under every picture, others want nothing.",
            "Put your bonus episodes behind the paywall and keep the weekly show free, podcast coaches advise.",
            "If we issue a correction every time a source changes their mind, you lose trust, the editor said.",
            "Editors at the student newspaper said administrators had told them to stop republishing "
            "articles from outside outlets without written approval.",
            "Broadcast partners: the league named three networks on Monday, and you can watch the games free.",
        ),
    ),
    Rule(
        name="republish.rules.edit_limits",
        unless=ADVICE_OR_LONG,
        # a negation with its verb, not the bare negation (in most news paragraphs)
        triggers=tuple(f"{neg} {verb}" for neg in ("do not", "don't", "don’t", "may not", "must not", "cannot",
                                                      "can't", "can’t", "can not")
                       for verb in ("edit", "alter", "change", "modify", "sell", "resell", "re-sell", "shorten",
                                    "excerpt", "rewrite", "remove", "strip", "feed", "upload", "scrape",
                                    "sublicense", "sub-license", "aggregate", "place", "position", "display", "run"))
        + ('resell', 're-sell',
                  'no ad ', 'no ads', 'no advert', 'no advertising', 'no sponsorship',
                  'limited to', 'restricted to', 'no edits', 'no editing', 'no alterations', 'no rewrit', 'shortening', 'excerpting', 'editing', 'altering', 'translating', 'keep the', 'keep all', 'keep every', 'keep our', 'unaltered', 'without our', 'no image', 'no photo', 'no content', 'reporting was done', 'not edit', 'never edit',
                  'not alter', 'never alter', 'not change', 'never change', 'be rerun', 'be re-run', 'be republished',
                  'be re-published', 'be reprinted', 'be re-printed', 'be reposted', 'be re-posted', 'be syndicated'),
        kind="republish.rules",
        patterns=(
            rf"""
            \b(?:edits?|editing|changes?)\s+(?:are|is)\s+(?:limited|restricted)\s+to
            | \bno\s+(?:edits|editing|alterations|rewrites|rewriting)\s+(?:beyond|except|other\s+than|apart\s+from
                |besides)\b                                                # a terms list: "no edits beyond style"
            | \b(?:do\s+not|don['’]t|may\s+not|must\s+not|cannot|can['’]t|can\s+not)\s+
                (?:edit|alter|change|modify|sell|re-?sell|shorten|excerpt|rewrite|remove|strip)\b  # prohibitions, not
                {OUTSIDE_CURLY_QUOTES}                            #  a quoted link label: 'look for “Do not sell my info”'
            | \b(?:do\s+not|don['’]t|may\s+not|must\s+not|cannot|can['’]t)\s+
                (?:feed|upload|scrape|sub-?license|aggregate)\s+(?:our|these|this|the)\s+{STORY}      # "don't feed our stories into …"
            | \bre-?sell\s+(?:them|it|our|this|these)\b
            | \b(?:shortening|excerpting|editing|altering|translating)\b[^.]{{0,40}}\b(?:allowed|permitted|approval|permission)
            | \bkeep\s+(?:the|all|every|our)\s+(?:byline|links?|credit|text|logo|headline|title|tagline
                |(?:author|reporter|writer|journalist)(?:['’]s|s['’])\s+names?)                # "Keep the writer's name, and our logo"
            | \bno\s+(?:ads?|adverts?|advertisements?|advertising|sponsorships?)\s+(?:may\s+be\s+|can\s+be\s+|to\s+be\s+)?
                (?:(?:sold|placed|run|served|shown)\s+)?(?:against|around|next\s+to|beside|alongside|within|on)\s+
                (?:our|these|this|the)\s+(?:[\w'’-]+\s+)?{STORY}\b                                # "No ads may be sold against these stories"
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
                  "Please don't place this article beside advertising for any company it names.",
                  "Keep the writer's name on top, with our logo next to it.",
                  "No advertising may be placed next to our articles.",
                  "Terms: no edits except for length • keep our headline • credit the reporter"),
        counterexamples=(
            "You will usually find the opt-out link in a data broker's footer, labelled “Do not sell my personal information”.",
            "Under the settlement, the publisher agreed to credit the photographer and pay her $45,000.",
            "Stories about the flood should not be republished without checking the latest figures, the council warned.",
            "Broadcasters cannot run the report next to ads for betting firms, the regulator ruled on Monday.",
            "Publishers rarely keep the author's name off a memoir's cover, the agent noted.",
            "No ads were placed next to the report, and the channel lost money on the broadcast.",
            "The museum made no alterations beyond cleaning the frame, the curator said.",
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
)

PARTNER_SITE = (
    Rule(
        name="republish.rules.partner_site",
        unless=ADVICE_OR_LONG,
        kind="republish.rules",
        triggers=("your organization", "your organisation", "your site", "your website", "your outlet",
                  "your publication", "your newsroom", "your page", "your version"),
        patterns=(
            r"""\byour\s+(?:organi[sz]ation|outlet|publication|newsroom)\b""",
            # 'your site / page / version' only next to talk of republishing: a how-to
            # article says 'build your website' to its readers too, and 'republish your own
            # blog posts on …' (the ADVICE_OR_LONG veto) is about the reader's writing, not ours
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
            "Syndicating your own essays to a bigger platform can widen your audience; wait until search engines have indexed your site.",
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
)

IMAGES_EXCLUDED = (
    Rule(
        name="republish.rules.images_excluded",
        triggers=("separately", "on their own", "independently", "not covered", "not included", "never included",
                  "never covered", "not part of", "excluded"),
        kind="republish.rules",
        patterns=(
            r"""
            \b(?:photos?|photographs|images|illustrations|graphics|artwork|videos?|maps|charts|cartoons)\b[^.]{0,100}?
                \b(?:(?:may|must|can|should)\s*not|cannot|can['’]t)\s+be\s+
                (?:re-?published|reprinted|reproduced|re-?used|used|run|shared)\s+
                (?:separately|on\s+their\s+own|independently|apart\s+from)\b      # "Photos may not be republished separately"
            # a line of its own in a terms list: "Photos, maps and graphics are not included."
            | ^[\W_]{0,4}(?:photos?|photographs|images|illustrations|graphics|artwork|videos?|maps|charts|cartoons)
                (?:\s*(?:,|and|&|or)\s*(?:photos?|photographs|images|illustrations|graphics|artwork|videos?|maps|charts
                |cartoons|audio|podcasts?)){0,4}\s+(?:are|is)\s+(?:not|never)\s+(?:included|covered|part\s+of\s+(?:this|the)
                \s+(?:offer|permission|licen[cs]e|agreement|package))\.?[\W_]{0,3}$
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
                  "Images credited to agencies such as AFP are not covered by this licence.",
                  "• Maps and charts are NOT included"),
        counterexamples=("Photos of the suspects may not be published separately from court records, the judge ruled.",
                         "Images from wire agencies were excluded from the archive sale, the auction house said.",
                         "Photos and videos are not included in the tally of complaints, which covers only written ones."),
    ),
)
