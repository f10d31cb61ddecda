"""Attribution notes, in English: 'originally published by', 'republished with permission', partner
credits, sister titles (whose label line also reads French, Spanish, German … source labels).

The other languages' attribution notes are in :mod:`.attribution_foreign`.
"""

from __future__ import annotations

from .. import OUTSIDE_CURLY_QUOTES, Rule
from .advice import ADVICE_OR_LONG
from .vocab import STORY, STORY_WORDS

#: A sister publication of the same group, in the six languages.
_SISTER = (r"(?:sister\s+(?:title|publication|paper|newspaper|site|website|magazine|station|outlet|brand|newsroom|daily|weekly)"
           r"|schwester(?:titel|zeitung|blatt|publikation|magazin|portal|medium|zeitschrift|sender|redaktion)"
           r"|(?:publicación|cabecera|revista|radio|emisora)\s+hermana|(?:medio|diario|periódico|portal|sitio)\s+hermano"
           r"|(?:testata|rivista|radio)\s+sorella|(?:publicação|revista|rádio)\s+irmã|(?:jornal|título|site|portal)\s+irmão"
           r"|(?:titre|journal|média|site|magazine)\s+frère|(?:radio|revue|publication)\s+sœur)")

ATTRIBUTION = (
    Rule(
        name="republish.attribution.originally_published",
        unless=ADVICE_OR_LONG,
        triggers=tuple(f"{a} {v}" for a in ("originally", "first", "also")
                       for v in ("appeared", "published", "ran", "posted", "printed", "aired"))
        + ("appeared first", "published first", "ran first", "posted first", "original version", "continues at",
           "continues on", "continue reading", "original source", "version of", "comes to you", "comes from",
           "comes via", "comes through", "comes courtesy", "our partners at", "our partner at", "our friends at",
           "originally produced", "first produced", "originally written", "first written", "shared through",
           "shared via", "shared by", "shared as", "distributed through", "distributed via", "distributed by",
           "distributed as", "provided by", "provided through", "provided via", "made available",
           "syndicated by", "syndicated via", "syndicated through", "the above", "the preceding", "original story",
           "original article", "we carry", "we run", "we publish", "we republish", "we share",
           "we are carrying", "we are running", "we are publishing", "we are republishing", "we are sharing",
           "we're carrying", "we're running", "we're publishing", "we're republishing", "we're sharing",
           "we’re carrying", "we’re running", "we’re publishing", "we’re republishing", "we’re sharing",
           "reaches you", "reached you", "reaches us", "reached us", "came to us", "comes to us",
           "you are reading", "you're reading", "you’re reading", "by arrangement", "supplied by", "contributed by")
        + tuple(f"following {n}" for n in STORY_WORDS)
        + tuple(f"{n} above" for n in STORY_WORDS)
        + tuple(f"{n} {v}" for n in ("story", "article", "piece", "report")
                for v in ("ran", "appeared", "was published", "was posted")),
        leads=("via",),
        kind="republish.attribution",
        patterns=(
            rf"""
            ^[\W_]{{0,4}}(?:note:\s*)?(?:this\s+\w+(?:\s\w+){{0,3}}\s+)?
                (?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran|posted|printed|aired)  # block opens with it
                (?!\s+(?:in|on)\s+our\s+(?:[\w'’-]+\s+){{0,3}}(?:newsletter|print|edition|magazine|podcast|app)\b)                                 # 'first appeared in our newsletter': our own
            | (?:\b(?:this|our)\s+(?:[\w'’-]+\s+){{0,4}}{STORY}\b
                |\bthe\s+following\s+(?:[\w'’-]+\s+)?{STORY}\b                               # "The following report was
                |\bthe\s+(?:version|copy|{STORY})\s+(?:that\s+)?you(?:['’]re|\s+are)\s+reading\b)  #  first published by X",
                [^.]{{0,60}}?                                                           #  "the version you are reading"
                \b(?:originally|first|also)\s+(?:appeared|published|ran|posted|printed|produced|written)  # "this report originally appeared"
                (?!\s+(?:in|on)\s+our\s+(?:[\w'’-]+\s+){{0,3}}(?:newsletter|print|edition|magazine|podcast|app)\b)
            | \b(?:originally|first)\s+(?:published|appeared|ran)\s+(?:this\s+{STORY}             # "X first published this investigation",
                |the\s+{STORY}(?!\s+in\s+(?:\d|the\s+(?:\d|early|late|mid))))                      #  not "… the essay in 1962"
            | \bit\s+(?:originally|first)\s+(?:appeared|ran)\s+(?:on|in|at)\s+(?!\d|the\s+(?:year|late|early|summer|spring|autumn|fall|winter)\b)
                                                                      # "note that it originally appeared on X", not "in 2014"
            | \boriginally\s+(?:published|appeared|ran)\s+(?:on|in|at|by)\s+(?-i:\p{{Lu}})      # "originally published at Common Dreams"
            | \b(?:this|our)\s+(?:[\w'’-]+\s+){{0,4}}{STORY}\s+(?:appeared|was\s+published|ran|was\s+posted)\s+first\b
            | \b(?:this|our)\s+(?:[\w'’-]+\s+){{0,4}}(?:story|article|piece|report)\s+(?:appeared|was\s+published|ran
                |was\s+posted)\s+(?:on|in|at)\s+
                (?!(?:the\s+)?(?:front|back|home|inside|cover|opinion|editorial|sports|business|air|tv|television|radio
                    |page|pages|social|twitter|facebook|instagram|tiktok|youtube)\b)   # a venue, not "on the front page"
                \S+(?:\s+\S+){{0,3}}?\s+first\b                                  # "… ran on example.org first"
            | \b(?:above|preceding)(?<=\bthe\s+(?:above|preceding))\s+(?:[\w'’-]+\s+)?{STORY}\b[^.]{{0,60}}?
                                                                          # "The above article was written for X"
                \b(?:written|produced|prepared|published|reproduced|republished|reprinted|appeared|ran|shared)\b
            | \babove\b(?<=\bthe\s+{STORY}\s+above)[^.]{{0,60}}?                        # "The story above was produced by X"
                \b(?:written|produced|prepared|published|reproduced|republished|reprinted|appeared|ran|shared)\b
            | \bwe(?:['’]re|\s+are)?\s+(?:carry(?:ing)?|run(?:ning)?|publish(?:ing)?|re-?publish(?:ing)?|shar(?:e|ing))\s+
                (?:this|these|the)\s+(?:[\w'’-]+\s+){{0,2}}{STORY}\b[^.]{{0,40}}?
                \b(?:(?:under|through|via|as\s+part\s+of|thanks\s+to|by)\s+(?:a|an|our|the|their|its)\b[^.]{{0,50}}?
                    \b(?:partnership|agreement|arrangement|collaboration|exchange|network|alliance)\b
                  |by\s+(?:special\s+)?arrangement\s+with\b)                       # "… by arrangement with X"
                                                                          # "We carry this article under our … partnership"
            | \boriginal\s+version\s+of\s+this\s+{STORY}\s+(?:was|is)\s+(?:first\s+)?(?:published|posted|available|printed)
            | \b(?:story|article)\s+continues\s+(?:at|on)\b | \bcontinue\s+reading\s+(?:at|on)\s    # the rest lives elsewhere
            | \b(?:(?:a|an)\s+(?:(?:earlier|edited|abridged|shorter|longer|expanded|previous|prior|different)\s+)?|another\s+)
                version\s+of\s+this\s+{STORY}\s+
                (?:also\s+)?(?:ran|appeared|aired|was\s+(?:first\s+)?(?:published|posted|printed|broadcast))\s+(?:in|on|at|by)\b
            | \b(?:this|the\s+following)\s+{STORY}\s+(?:comes?|came|reache[sd]|reached)\s+(?:to\s+)?(?:you\s+|us\s+)?
                (?:from|via|through|courtesy\s+of)\b                              # "This report reaches you through …"
            | ^[\W_]{{0,4}}(?:(?:the\s+)?(?:story|article|report|content|text|reporting)\s+)
                (?:provided|supplied|contributed)\s+by\s+(?-i:\p{{Lu}})               # a credit line: "Story provided by X, …"
            | ^[\W_]{{0,4}}(?-i:via)\s+(?-i:\p{{Lu}})[\w'’&.-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?(?-i:\p{{Lu}})[\w'’&.-]*){{0,5}}
                [\W_]{{0,3}}$                                                       # a lone "via X Desk" line
            | \bfrom\s+our\s+(?:partners?|friends)\s+at\s+(?-i:\p{{Lu}})                      # "… from our partners at Grist"
            | \boriginal\s+(?:source|version|story|article)\s*:                         # "Original version: <link>"
            | \b(?:this|the)\s+(?:[\w'’-]+\s+){{0,2}}{STORY}\s+(?:is|was)\s+(?:shared|distributed|provided|made\s+available)\s+
                (?:to\s+us\s+)?(?:through|via|by|courtesy\s+of|as\s+part\s+of)\b          # "This story is shared through …"
            | ^[\W_]{{0,4}}(?:shared|distributed|syndicated)\s+(?:via|through|by)\s+[^.,;:!?]{{1,80}}
                (?:,\s+an?\s[^.]{{0,80}})?\.?\W{{0,3}}$                                    # a credit line: "— Distributed via X network"
            """,           # not a sample line in a how-to about the reader's own blog posts
        ),
        context="not_reported",
        weight=2.0,
        why="'Originally appeared on X' notes; 'the study first appeared in Nature' is not about this story.",
        examples=(
            "Note: This article originally appeared on Syria Deeply.",
            "Written by Amara Nwosu, this report originally appeared on Global Voices on 4 March 2022.",
            "This essay appeared first in the spring issue of Orion.",
            "The original version of this story was posted at Capital & Main.",
            "A version of this story ran in the Seattle Times.",
            "This report comes to you from our partners at Cardinal News.",
            "Shared through the Coastal Newsroom Exchange, a group of independent local papers.",
            "The story above was produced by Hill Country Ledger and appears here unedited.",
            "We are running this report through a content exchange with two community radio stations.",
            "This piece ran at valleyvoice.org first, last Tuesday.",
            "Editor's note: The following column was first published by the Upland Review in May.",
            "The copy you are reading first appeared on the cooperative's own site.",
            "We are carrying this investigation by arrangement with a newsroom in Porto.",
            "This article reached us through a story swap with two regional weeklies.",
            "Report supplied by Coastline Wire, a shared service for small island papers.",
            "via Prairie Data Collective",
        ),
        counterexamples=(
            "Close each cross-post with a line such as “This post first ran on my own blog” and a link to your own site.",
            "Shared by thousands of users, the clip shows the officer pushing a man to the ground.",
            "The above figures were published by the statistics office in March, officials said.",
            "This report was written for the ministry by a panel of outside experts, the minister said.",
            "“We run these stories under an agreement with the university,” said the station manager.",
            "The original version of the study, which first appeared in the journal Nature in 2019, "
            "was later corrected to fix a unit error in one of its charts.",
            "The camp lies in the desert near the border. It first appeared in 2014, when families fleeing "
            "the war gathered at the checkpoint.",
            "This article first appeared in our Climate Fix newsletter.",
            "When the weekly first published the poem in 1971, nobody noticed it.",
            "This story ran on the front page first, before editors moved it inside after complaints.",
            "The following year the memoir was first published in Lisbon, he said.",
            "Via Appia, the old Roman road, reopened to walkers on Sunday.",
            "The aid reached us through the northern crossing, a volunteer said.",
        ),
    ),
    Rule(
        name="republish.attribution.republished_from",
        unless=ADVICE_OR_LONG,
        triggers=('republished', 're-published', 'reprinted', 're-printed', 'reposted', 're-posted', 'crossposted',
                  'cross-posted', 'syndicated', 'adapted',
                  'appear here', 'appears here', 'sharing agreement', 'sharing partnership', 'sharing arrangement',
                  'content exchange', 'content swap', 'content-exchange', 'with the consent', 'with consent',
                  'being republished', 'been republished', 'is republished', 'are republished',
                  'the original', 'permission', 'courtesy of', 'sourced from', 'excerpted from', 'taken from'),
        kind="republish.attribution",
        patterns=(
            r"""
            \b(?:re-?published|re-?printed|re-?posted|cross-?posted|syndicated)\s+
                (?:here\s+)?(?:from|with\s+(?:the\s+)?permission|courtesy)           # "Republished from X"
            | \badapted(?<=(?:^[\W_]{0,4}|\b(?:is|was|been|are|were)\s{1,3})adapted)\s+(?:here\s+)?(?:from|with\s+permission)
                                                              # "Adapted from X", not "the comic she adapted from"
            | \breprinted\s+with\s+permission
            | \bappears?\s+here\s+(?:through|via|by|under|courtesy|with|as\s+part|unchanged|unedited|in\s+full)
                                                              # "appears here through an agreement", "… unchanged"
            | \bcontent[- ](?:exchange|swap)\s+(?:agreement|partnership|arrangement|programme|program|between|with)\b
            | \b(?:shared|reproduced|used|reprinted|republished|published)\s+(?:here\s+)?with\s+(?:the\s+)?(?:kind\s+)?
                (?:consent|approval|blessing)\s+of\s+(?:the\s+)?(?:original\s+)?
                (?:publisher|author|outlet|newspaper|editors?|copyright\s+holder|rights\s+holder)s?\b  # "… with the approval of its author"
            | \b(?:is\s+being|has\s+been|is|are)\s+re-?published\s+(?:here\s+)?(?:by|on|through|via|as\s+part\s+of)\b
                (?<=\b(?:this|these|the\s+following)\s+(?:[\w'’-]+\s+){0,2}          # (not 'under a licence': the
                    (?:story|stories|article|articles|report|piece|essay|column|investigation)\b[^.]{0,120}?   #  licence
                    re-?published\s+(?:here\s+)?(?:by|on|through|via|as\s+part\s+of))   #  rules have that)   # "This story … is being republished by X"
            | \b(?:content|news)[- ]sharing\s+(?:agreement|partnership|arrangement)
            | \bread\s+the\s+original\s+(?:story|article|piece|post|version|here|at\b|on\b)
            | ^[\W_]{0,4}(?:sourced|excerpted|taken)\s+from\s+(?-i:\p{Lu})                   # "Sourced from The Conversation"
            | \bpublished\s+(?:here\s+)?(?:with|by)\s+(?:kind\s+)?permission
            | \b(?:shared|reproduced|used|reprinted|republished|included)\s+(?:here\s+)?with\s+(?:the\s+)?(?:kind\s+)?permission
                (?<!^[\W_]{0,4}(?:photo(?:graph)?|image|picture|illustration|graphic|video|footage)s?\s*(?:by|:|courtesy)
                    [^\n]{0,200})                                   # a picture's credit line: the photo kind's
                """ + OUTSIDE_CURLY_QUOTES + r"""       # not a sample credit quoted in a how-to
            | ^[\W_]{0,4}(?:(?:story|article|report|text|content|reporting)\s+)?courtesy\s+of\s+   # "(Story) courtesy of Stateline, a
                (?-i:\p{Lu})[\w'’&.-]*(?:\s+(?-i:\p{Lu})[\w'’&.-]*){0,5}
                (?:\s*,\s*(?:a|an|the)\s[^.]{0,80})?\.?\W{0,3}$                             #  news service.": the whole line
            """,
        ),
        context="any",
        weight=2.5,
        why="Syndication credit lines; news sentences use other words for the same events.",
        examples=(
            "— Republished from Piedmont Watch (piedmontwatch.org)",
            "Originally published at Common Dreams; reprinted with permission.",
            "ARTICLE COURTESY OF THE HIGHLAND POST",
            "Shared with the kind consent of the original publisher.",
            "This column was written for a weekly in Tromsø and is being republished by us as part of a Nordic exchange.",
            "It reaches our readers under a content exchange agreement between the two stations.",
            "The text appears here unchanged apart from spelling.",
        ),
        counterexamples=(
            "A caption such as “Picture: @lena.k, shared with permission” tells followers who owns the image.",
            "Under the agreement, the two newspapers will share content.",
            "Story courtesy of the mayor's office turned out to be only half true.",
            "Her next book is the middle-grades comic she adapted from my story about an online game.",
            "Medical files were used with the consent of relatives, the clinic said.",
            "The novel is being republished by a small press in Leeds after decades out of print.",
        ),
    ),
    Rule(
        name="republish.attribution.partnership",
        triggers=('partnership', 'collaboration', 'joint project', 'joint production', 'joint effort',
                  'joint investigation', 'co-production', 'coproduction', 'co-publication', 'copublication', 'co-published', 'copublished',
                  'jointly', 'co-reported', 'coreported', 'co-produced', 'coproduced', 'co-written', 'cowritten',
                  'product of', 'part of'),
        kind="republish.attribution",
        patterns=(
            r"""
            ^[\W_]{0,4}in\s+partnership\s+with\b[^.]{0,80}\b(?:produced|published|reported)   # the story is the subject:
            | \b(?:produced|published|reported|co-?published|carried|shared|distributed|presented)\s+(?:in\s+)?
                (?:partnership|collaboration)\s+with\b
                (?<=(?:^[\W_]{0,4}|(?:\b|(?<=_))(?:(?:this|the)\s+(?:[\w'’-]+\s+){0,3}           # the story is the subject
                                                                                        #  ('_This …_': markdown italics):
                    (?:story|article|report|piece|investigation|series|podcast|episode|coverage)  # 'farmers produced in
                    |this\s+project)\s+(?:was|is|has\s+been)\s+
                  |\bthis\s+(?:[\w'’-]+\s+){0,2}(?:story|article|report|piece|investigation|series|podcast|episode)\b
                    [^.]{0,80}?\bit\s+(?:was|is|has\s+been)\s+)         # the story named first: '… this story …, it was'
                                                                                               #  partnership' is news
                    (?:produced|published|reported|co-?published|carried|shared|distributed|presented)\s+(?:in\s+)?
                    (?:partnership|collaboration)\s+with)
            | \bco-?publication\s+(?:of|between|with)\b | \bco-?published\s+(?:by|with)\b
            | \b(?:jointly\s+|co-?)(?:reported|produced|written)\s+(?:with|by)\b            # "… was jointly reported with X",
                (?<=\b(?:this|the)\s+(?:[\w'’-]+\s+){0,2}                                    #  the story as subject (checked
                    (?:story|article|report|piece|investigation|series|essay|podcast)\s+(?:is|was)\s+  #  behind the rare verb)
                    (?:jointly\s+|co-?)(?:reported|produced|written)\s+(?:with|by))
            | \b(?:this|the)\s+(?:story|article|report|piece|investigation)\s+is\s+(?:a\s+)?(?:product|part)\s+of\b
            # 'This report is a joint project of X and Y': the story itself, named with 'this'
            | \bthis\s+(?:[\w'’-]+\s+){0,2}?(?:story|article|report|piece|investigation|series|podcast|episode)\s+
                (?:is|was)\s+(?:an?\s+)?(?:collaboration|partnership|co-?production|joint\s+(?:project|production|effort
                |investigation))\s+(?:between|of|with)\b
            """,
        ),
        context="any",
        weight=2.5,
        why="Partnership and co-publication credits with the story as subject; a project made 'in partnership' is news.",
        examples=(
            "This story was produced in partnership with the Pulitzer Center.",
            "This investigation is a co-publication of The Lens and ProPublica.",
            "This piece was jointly reported with Searchlight New Mexico.",
            "This series is distributed in collaboration with Delta Data Lab, a volunteer-run newsroom.",
            "Found this useful? Then you should know this story was edited by us, but it was reported in "
            "partnership with Lakeside Radio.",
            "THIS INVESTIGATION IS A JOINT PROJECT OF THE MOOR GAZETTE AND FENLAND RADIO.",
            "This series is a collaboration between two hill-country weeklies.",
        ),
        counterexamples=(
            "The project was produced in partnership with local farmers, who planted 3,000 trees along the river.",
            "The report was jointly released by the two agencies on Thursday.",
            "The vaccines were distributed in partnership with local clinics, which ran weekend sessions.",
            "The report is a collaboration between two universities and was paid for by the ministry.",
            "The film tells the story of a strike and was made in partnership with the miners' union.",
        ),
    ),
    Rule(
        name="republish.attribution.outlet_network",
        triggers=("part of", "belongs to", "member of", "affiliate of", "editorial independence",
                  "produced by", "published by", "distributed by", "produced through", "published through",
                  "distributed through", "produced via", "published via", "distributed via", "produced as part",
                  "published as part", "distributed as part"),
        kind="republish.attribution",
        patterns=(
            r"""
            \b(?:is\s+(?:a\s+)?part\s+of|belongs\s+to|is\s+a\s+member\s+of|is\s+an?\s+affiliate\s+of)\b
                [^.]{0,80}\b(?:network|newsroom|news\s+organization|collaborative|nonprofit|non-profit)
            | \b(?:retains?|keeps?|maintains?)\s+(?:full\s+)?editorial\s+independence
            | \bthis\s+{STORY}?\s*(?:story|article)?\s*(?:is|was)\s+(?:produced|published|distributed)\s+(?:by|through|via|as\s+part)
            """.replace("{STORY}", STORY),
        ),
        context="not_reported",
        weight=1.5,
        why="Standing 'X is part of Y, a nonprofit network…' paragraphs under partner stories.",
        examples=(
            "Missouri Independent belongs to States Newsroom, a nonprofit network funded by grants, "
            "and keeps full editorial independence.",
        ),
        counterexamples=(
            "The newsroom, part of a network of nonprofit outlets in 40 states, declined to say "
            "how much its largest donor contributed.",
        ),
    ),
    Rule(
        name="republish.attribution.outlet_tagline",
        triggers=("nonprofit", "non-profit", "not-for-profit", "reader-funded", "reader-supported", "member-funded",
                  "member-supported", "independent", "co-operatively", "cooperatively", "community-owned"),
        kind="republish.attribution",
        patterns=(
            r"""
            ^[\W_]{0,4}[\w'’&.-]+(?:\s+[\w'’&.-]+){0,4}?\s+is\s+an?\s+          # "Bayou Bureau is a …
                (?:[\w-]+,?\s+){0,3}?
                (?:nonprofit|non-profit|not-for-profit|reader-(?:funded|supported)|member-(?:funded|supported)
                 |independent|community-owned|co-?operatively\s+owned),?\s+             #  … nonprofit / reader-funded …
                (?:[\w-]+,?\s+){0,2}?
                (?:newsroom|news\s+(?:organi[sz]ation|outlet|site|service|agency|website|publication|startup)
                 |media\s+(?:outlet|organi[sz]ation|company)|newspaper|paper|magazine|publication)\b   #  … newsroom"
            """,
        ),
        context="not_reported",
        weight=0.5,
        why="The outlet's one-line self-description that opens a partner box ('X is a nonprofit newsroom "
            "covering …'): a hint only (never enough alone), so the box's opening sentence is not split off "
            "as body and a tagline paragraph inside a run of notices joins them; a news story about a newsroom "
            "keeps it.",
        examples=(
            "Delta Ledger is a nonprofit, reader-funded newsroom covering the river parishes.",
            "The Hillside Herald is an independent local newspaper owned by its readers.",
            "Tri-County Voice is a nonprofit, nonpartisan news site serving three rural counties.",
        ),
        counterexamples=(
            "The station, an independent newsroom, said it would appeal the fine.",
            "Critics argue the Chronicle is an independent newspaper in name only, the audit report said.",
        ),
    ),
    Rule(
        name="republish.attribution.produced_this",
        triggers=("produced this", "reported this", "published this", "co-published this", "copublished this",
                  "wrote this", "edited this", "commissioned this"),
        kind="republish.attribution",
        patterns=(
            rf"""
            ^[\W_]{{0,4}}(?-i:\p{{Lu}})[^.]{{0,200}}?\b(?:produced|reported|published|co-?published|wrote|edited|commissioned)
                \s+this\s+{STORY}\W{{0,3}}$                          # "X, a nonprofit newsroom covering …, produced this story."
            """,
        ),
        weight=1.5,
        why="A one-sentence credit naming who made the story, ending on 'this story': news sentences "
            "about a story's makers go on to say what they did or found.",
        examples=("Harbor Lights Media, a nonprofit newsroom that covers coastal towns, reported this article.",
                  "The Ridge Review produced this story."),
        counterexamples=("The editors who produced this report said they had checked every figure.",
                         "She published this story in 2019, and it changed her career."),
    ),
)

SISTER_TITLE = (
    Rule(
        name="republish.attribution.sister_title",
        triggers=("sister", "schwester", "hermana", "hermano", "sorella", "irmã", "irmão", "frère", "sœur"),
        kind="republish.attribution",
        patterns=(
            rf"""
            ^[\W_]{{0,4}}(?:source|sources|from|via|courtesy|quelle|fuente|fonte|origine|aus)\s*[:|–—-]\s*   # a source label,
                [^.\n,;]{{1,80}},\s+(?:[\w'’]+\s+)?{_SISTER}\b          #  a name, its apposition: "Source: X, a sister title of Y"
            | \b(?:this|the\s+following)\s+(?:[\w'’-]+\s+){{0,2}}{STORY}\b[^.]{{0,80}}?      # … or the story as subject:
                \b(?:our|its|a|an)\s+{_SISTER}\b                      # "This report was written for our sister paper"
            """,
        ),
        context="not_reported",
        max_words=40,
        weight=2.0,
        why="A credit naming a sister publication of the same group as the story's source: a label line or "
            "the story as subject; news about a group's titles has neither.",
        examples=("Source: Hill Farmer Weekly, a sister title of Dairy Trade Review",
                  "Quelle: Talbote, Schwesterzeitung des Bergkuriers",
                  "Fuente: Radio Llano, emisora hermana de este diario",
                  "This column was first written for our sister magazine, Coast & Country."),
        counterexamples=("The Daily Post, a sister title of the Sunday Globe, will close in June, the owners said.",
                         "Fuente: el ministerio, que negó que la publicación hermana hubiera recibido fondos."),
    ),
)
