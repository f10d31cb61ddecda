"""Stage ``locate``: find the article inside a whole-page text dump.

Scrapers that save a page's whole visible text (``html_text.extract_text``,
``get_text()``, ``innerText``) hand over the menus, breadcrumbs, cookie banner,
"most read" lists, footer and comment thread with the article somewhere in the
middle, one line or paragraph each.  Observations that drive this stage:

1. Article paragraphs are long, end like sentences and are dense in function
   words (in any of en/de/fr/es/pt/it); page furniture is short, unpunctuated and
   nearly free of function words.
2. Furniture comes in runs (a menu is twenty one-word lines), so a run of
   furniture between two stretches of prose outweighs a list or a heading
   inside the article, which is short.
3. Non-article sections announce themselves with a label line ("Comments",
   "Most read", "Lesen Sie auch", "Les plus lus", "Lo más leído"), listed per
   language in ``data/page-cues.txt``.

So each block gets a score (prose: +words; furniture: a fixed penalty; a
section label: a larger one; a comment-section label: a wall; a long stretch
of menu lines: a heavier penalty per line, so that teaser summaries around a
mega-menu cannot join the article through it) and the article is the
contiguous run with the largest sum (max-subarray, like jusText's
context-free pass followed by one global revision).  Where the page's first
line (its ``<title>``) is repeated further down, the best run starting just
after the repeat wins unless it is far weaker: a cluster of teasers with
summaries can hold more prose than a short article.  The run is then trimmed at
section labels that are followed by little prose, the title line is looked up
above it, and every block outside is pinned as boilerplate with the kind of
section it sits in (consecutive lines with the same reason as one block).

The scores live in :mod:`declutter.page_score`, the title and its repeat in
:mod:`declutter.page_title`.  The stage runs right after segmentation, on
:mod:`declutter.page_features` only, so page furniture never pays for the
full features and rule pass; the blocks inside the run go on through
``features → classify → smooth → structure`` exactly like an article.  In ``auto`` mode a text counts as a page
only when the run leaves at least :data:`PAGE_MIN_FURNITURE` menu-like lines
outside; an article (and the library's own output) leaves none, so it comes
back unchanged and re-cleaning is stable.
"""

from __future__ import annotations

from collections.abc import Callable
import re
from functools import lru_cache

from .config import Config
from .features import Features, measure
from .model import Block, Decision
from .page_features import STAMP_MAX_WORDS, Shape, cheap_features, month_words, shape
from .page_score import (
    MENU_MAX_WORDS,
    PROSE_MIN_WORDS,
    SENTENCE_MIN_WORDS,
    WALL,
    announced_head,
    announced_list,
    densest_run,
    menu_line,
    page_scores,
    thread_labels,
    trim_at_sections,
)
from .page_title import BYLINE_WINDOW, anchored_run, find_title, site_labels, title_anchors

#: After the article, a label of these kinds gives its kind to the lines that
#: follow it (up to the next label); before the article, labels never carry:
#: a "Subscribe" button is followed by the menu, not by a newsletter box.
CARRY_KINDS = frozenset({"related_links", "comments", "newsletter", "footer", "social_follow", "share_widget"})
#: Before the article only a share label carries (its buttons follow it).
CARRY_BEFORE_KINDS = frozenset({"share_widget"})

# --- page or article ------------------------------------------------------------

#: ``auto`` treats a text as a page when the article run leaves at least this
#: many menu-like lines (at most ``MENU_MAX_WORDS`` words, no final stop)
#: outside.  Calibrated on AEB and the article fixtures: 174 of 181 pages leave
#: 22 or more, every article fixture (title, notices, buttons) at most 1.
PAGE_MIN_FURNITURE = 6
#: With this many menu-like lines outside the run a text is a page, framed or
#: not (AEB: 174 pages leave 11 or more, articles with a list leave fewer).
PAGE_SURE_FURNITURE = 12
#: A page's navigation: this many menu-like lines before its first sentence.
PAGE_MIN_HEAD_MENU = 3
#: Fewer blocks than this cannot be a page dump in ``auto`` mode.
PAGE_MIN_BLOCKS = 8
#: Nor can a text whose best run holds less prose than one real sentence: a
#: handful of short lines around a four-word line is not a page with an article.
PAGE_MIN_PROSE = 10.0


#: Consecutive menu-like lines from this many on are a list (or a menu) …
LIST_MIN_LINES = 3
#: … and an article has at most this many stray ones besides (title, date, a heading).
ARTICLE_MAX_STRAY_LINES = 3


def articles_own_lists(menu: list[int], shapes: list[Shape], prose: list[int], start: int, end: int) -> bool:
    """The menu-like lines outside the run are the article's own lists (and a
    few strays such as its title), not a page's menus:

    * every list is announced by a lead-in line ending in ':' ('What we
      liked:'), which a page's menus never are; or
    * every list sits between the article's sentences (prose before and
      after each); or
    * one list closes the article: it follows the run, no prose comes after
      it, and it holds no section label such as 'Contact' or 'Privacy'.

    A page's menus sit apart, in the header, the sidebars and the footer, and
    a small site's one menu comes before all its prose.  AEB: no page has
    either shape.  ``prose``: the lines that are real sentences.
    """
    stretches: list[list[int]] = []
    for i in menu:
        if stretches and i == stretches[-1][-1] + 1:
            stretches[-1].append(i)
        else:
            stretches.append([i])
    lists = [s for s in stretches if len(s) >= LIST_MIN_LINES]
    if not lists or len(menu) - sum(map(len, lists)) > ARTICLE_MAX_STRAY_LINES:
        return False
    if all(s[0] > 0 and shapes[s[0] - 1].lead_in for s in lists):
        return True
    if not prose:
        return False
    if all(prose[0] < s[0] and s[-1] < prose[-1] for s in lists):
        return True  # every list sits between the article's sentences
    if len(lists) != 1:
        return False
    only = lists[0]
    # the article ends with its list: right after the run, no prose after it,
    # and no section label in it ('Contact', 'Privacy': a footer)
    return only[0] == end and prose[0] < only[0] and prose[-1] < only[0] and not any(shapes[i].cue for i in only)


def looks_like_page(shapes: list[Shape], scores: list[float], start: int, end: int) -> bool:
    """Menu-like lines left outside the run: a page has dozens, an article none.

    Quantities ('300 g flour', '2 eggs') are not menu lines: a recipe's
    ingredient list must not turn the recipe into a page, nor may the
    article's own lists (:func:`articles_own_lists`).  Between
    ``PAGE_MIN_FURNITURE`` and ``PAGE_SURE_FURNITURE`` such lines, they must
    also frame the text (navigation before its first sentence, or a footer
    after its last): a list of short items inside an article ('Passport',
    'Tickets', …) does not.
    """
    menu = [
        i for i, s in enumerate(shapes)
        if (i < start or i >= end) and menu_line(s)
    ]
    prose = [i for i, x in enumerate(scores) if x >= PROSE_MIN_WORDS]  # real sentences only
    if articles_own_lists(menu, shapes, prose, start, end):
        return False
    if len(menu) >= PAGE_SURE_FURNITURE:
        return True
    if len(menu) < PAGE_MIN_FURNITURE:
        return False
    if not prose:
        return True
    head = sum(1 for i in menu if i < prose[0])
    foot = sum(1 for i in menu if i > prose[-1])
    return head >= PAGE_MIN_HEAD_MENU or foot >= PAGE_MIN_FURNITURE


@lru_cache(maxsize=256)
def _decision(kind: str, rule: str, evidence: str) -> Decision:
    """Decisions are immutable, so blocks with the same verdict share one."""
    return Decision("boilerplate", kind, rule, "locate", evidence=evidence, pinned=True)


def _pin(b: Block, s: Shape, why: tuple[str, str, str]) -> Block:
    return _pin_group([(b, s)], why, b.index)


def _teaser(s: Shape) -> bool:
    return not s.terminal and s.words >= SENTENCE_MIN_WORDS


Why = tuple[str, str, str]  # (kind, rule, evidence)


def inline_boxes(shapes: list[Shape], scores: list[float], start: int, end: int) -> dict[int, Why]:
    """Inside the run, a section label and the link lines right after it are a box."""
    boxes: dict[int, Why] = {}
    i = start
    while i < end:
        kind = shapes[i].cue
        if not kind:
            i += 1
            continue
        boxes[i] = (kind, "page.inline_label", f"{kind} label inside the article")
        i += 1
        while i < end and scores[i] < 0 and not shapes[i].cue:
            boxes[i] = (kind, "page.inline_box", f"link line under a {kind} label")
            i += 1
    return boxes


def outside_reason(i: int, s: Shape, first: int, last: int, title: int | None, section: str) -> Why:
    """Why block ``i`` (not in the article run ``first..last``) is boilerplate."""
    if i < first and first - i <= BYLINE_WINDOW and (s.dated or s.byline) and (title is None or i > title):
        return ("byline", "page.byline", "date or author line above the article")
    if s.cue:
        return (s.cue, "page.section_label", f"{s.cue} section label")
    if s.cookie:
        return ("cookie_notice", "page.cookie_banner", "cookie consent text outside the article")
    where = "after" if i > last else "before"
    if section:
        return (section, "page.in_section", f"{where} the article, under a {section} label")
    if i < first:
        return ("navigation", "page.before_article", "page head before the article run")
    if _teaser(s):
        return ("related_links", "page.after_article", "headline-like line after the article")
    return ("footer", "page.after_article", "page foot after the article run")


#: Marks the blocks of the article run (not pinned: the rules still judge them).
RUN_DECISION = Decision("body", "body", "page.article_run", "locate", evidence="inside the article run")


def find_article(
    shapes: list[Shape], auto: bool, anchors: list[int] | None = None
) -> tuple[list[int], dict[int, Why]] | None:
    """Indices of the article's blocks, and the inline boxes dropped from it.

    Iterated to a fixpoint: the kept blocks, located again, give themselves
    back.  That is what makes ``clean(clean(page).text)`` stable: the second
    pass sees exactly the blocks this one kept.
    """
    keep = list(range(len(shapes)))
    boxes: dict[int, Why] = {}
    first_pass = True
    anchored = False
    while True:
        sub = [shapes[i] for i in keep]
        scores = page_scores(sub)
        start, end = densest_run(scores)
        if first_pass and anchors and end > start:
            (start, end), anchored = anchored_run(scores, anchors, (start, end), wall=WALL,
                                                  threads=thread_labels(sub))
        if end <= start:
            return None if first_pass else (keep, boxes)
        if first_pass and auto and (
            not looks_like_page(sub, scores, start, end) or sum(x for x in scores[start:end] if x > 0) < PAGE_MIN_PROSE
        ):
            return None
        first_pass = False
        start, end = trim_at_sections(sub, scores, start, end, anchored=anchored)
        if end <= start:
            return None
        end = announced_list(sub, scores, end)
        start = announced_head(sub, scores, start)
        inline = inline_boxes(sub, scores, start, end)
        boxes.update((keep[j], why) for j, why in inline.items())
        new_keep = [keep[j] for j in range(start, end) if j not in inline]
        if new_keep == keep or not new_keep:
            return (keep, boxes) if keep else None
        keep = new_keep


def _enough_menu_lines(blocks: list[Block]) -> bool:
    """A necessary condition of :func:`looks_like_page`, counted without shaping
    every block (and stopping as soon as it holds)."""
    n = 0
    for b in blocks:
        if b.text.count(" ") < MENU_MAX_WORDS:  # at most MENU_MAX_WORDS words
            n += 1
            if n >= PAGE_MIN_FURNITURE:
                return True
    return False


def _pin_group(group: list[tuple[Block, Shape]], why: Why, index: int) -> Block:
    """Consecutive outside lines with the same reason: one removed block.

    A menu is twenty one-word lines but one piece of page furniture; kept as
    one block (lines joined by newlines) it reads as one entry in the removed
    list, and the later stages step over it once instead of twenty times.
    """
    # built directly: dataclasses.replace costs more than the whole measurement
    first, s = group[0]
    if len(group) == 1:
        text, feats = first.text, cheap_features(first.text, s)
    else:
        text = "\n".join(b.text for b, _ in group)
        feats = Features(text=text, words=sum(s.words for _, s in group), chars=len(text), bullet=s.bullet)
    return Block(index, text, first.decisions + (_decision(*why),), first.signals, feats, first.origin)


#: Shapes of short lines, kept across calls.  A page's menus repeat in its
#: header and footer (a fifth of its lines), and a site's menus, labels and
#: footer are the same lines on every page a scraper fetches.  Shapes are
#: pure functions of the text, so the memo never changes a result.
_SHAPE_MEMO: dict[str, Shape] = {}
#: Lines longer than this are not kept (they rarely repeat) …
SHAPE_MEMO_MAX_CHARS = 80
#: … and the memo is emptied when it holds this many (about 2 MB).
SHAPE_MEMO_MAX_LINES = 10_000


def page_shapes(blocks: list[Block]) -> list[Shape]:
    """Every block's :class:`Shape`, with repeats flagged and site-named labels found."""
    memo = _SHAPE_MEMO
    shapes = []
    for b in blocks:
        text = b.text
        s = memo.get(text)
        if s is None:
            s = shape(text)
            if len(text) <= SHAPE_MEMO_MAX_CHARS:
                if len(memo) >= SHAPE_MEMO_MAX_LINES:
                    memo.clear()
                memo[text] = s
        shapes.append(s)
    for i in range(1, len(blocks)):
        if blocks[i].text == blocks[i - 1].text:
            shapes[i] = shapes[i]._replace(repeat=True)
    return site_labels(blocks, shapes)


def outside_reasons(blocks: list[Block], shapes: list[Shape], keep: list[int],
                    boxes: dict[int, Why]) -> list[Why | None]:
    """Per block: why it is page furniture, or None (in the run, the title line,
    or already pinned by an earlier stage)."""
    first, last = keep[0], keep[-1]
    title, repeat = find_title(blocks, shapes, first)
    kept = set(keep)
    reasons: list[Why | None] = []
    section = ""
    for i, (b, s) in enumerate(zip(blocks, shapes)):
        why: Why | None = None
        if i in kept:
            section = ""
        elif i != title and not (b.decisions and b.pinned):
            if i == repeat:
                why = ("navigation", "page.title_repeat", "repeats the title line")
            elif i in boxes:
                why = boxes[i]
            else:
                why = outside_reason(i, s, first, last, title, section)
                if s.cue:
                    carry = CARRY_KINDS if i > last else CARRY_BEFORE_KINDS
                    section = s.cue if s.cue in carry else ""
                elif s.cookie:
                    section = "cookie_notice"  # its buttons ('Accept', 'Reject') follow it
        reasons.append(why)
    return reasons


def _find_page(blocks: list[Block], auto: bool) -> tuple[list[Shape], list[int], dict[int, Why]] | None:
    """Shapes, article run and inline boxes of a page; None for article-shaped text."""
    if auto and (len(blocks) < PAGE_MIN_BLOCKS or not _enough_menu_lines(blocks)):
        return None
    shapes = page_shapes(blocks)
    found = find_article(shapes, auto=auto, anchors=title_anchors(blocks, shapes))
    return None if found is None else (shapes, *found)


#: The top of the run where a date line or an author line may stand
#: (after a standfirst): the article's first blocks.
HEAD_STAMP_WINDOW = 4
#: A name line beside a date stamp ('Marta Quintela') has at most this many words.
NAME_LINE_MAX_WORDS = 4
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _date_stamp(text: str, s: Shape) -> bool:
    """A short line with a calendar date ('3 de março de 2025, 09:40',
    '12.04.2024'): not a bare clock time, which heads a live blog's entries."""
    if not s.dated or s.words > STAMP_MAX_WORDS:
        return False
    return bool(_YEAR.search(text)) or any(w in month_words() for w in text.lower().split())


def _name_line(text: str, s: Shape) -> bool:
    """An author's name on its own line: a few capitalised words, no stop, no digit."""
    words = text.split()
    return (0 < len(words) <= NAME_LINE_MAX_WORDS and not s.terminal and not s.cue and not s.numeric
            and all(w[:1].isupper() for w in words))


def head_stamps(blocks: list[Block], shapes: list[Shape], keep: list[int]) -> dict[int, Why]:
    """Date and author lines among the run's first blocks, below a standfirst.

    A standfirst is prose, so the run can start above the byline and the
    date that follow it; they are page furniture all the same.  Only lines
    before the article's second prose block are read, and a name line only
    right beside a date stamp or a 'By …' line.
    """
    found: dict[int, Why] = {}
    prose = 0
    head = keep[:HEAD_STAMP_WINDOW]
    for n, i in enumerate(head):
        s = shapes[i]
        if s.byline or _date_stamp(blocks[i].text, s):
            found[i] = ("byline", "page.byline", "date or author line at the top of the article")
            for j in (head[n - 1] if n else None, head[n + 1] if n + 1 < len(head) else None):
                if j is not None and j not in found and _name_line(blocks[j].text, shapes[j]):
                    found[j] = ("byline", "page.byline", "author line beside the date at the top of the article")
        elif s.words >= PROSE_MIN_WORDS:
            prose += 1
            if prose > 1:
                break
    rest = [i for i in keep if i not in found]
    if not found or not any(shapes[i].words >= PROSE_MIN_WORDS for i in rest[1:]):
        return {}
    return found


def locate(blocks: list[Block], config: Config) -> list[Block]:
    """Pin everything outside the article run as boilerplate (see module docstring).

    ``article`` mode and article-shaped text in ``auto`` mode: unchanged.
    """
    if config.mode == "article" or not blocks:
        return blocks
    found = _find_page(blocks, auto=config.mode == "auto")
    if found is None:
        return blocks
    shapes, keep, boxes = found
    stamps = head_stamps(blocks, shapes, keep)
    if stamps:
        keep = [i for i in keep if i not in stamps]
        boxes = {**boxes, **stamps}
    kept = set(keep)
    out: list[Block] = []
    group: list[tuple[Block, Shape]] = []
    group_why: Why | None = None
    for i, (b, s, why) in enumerate(zip(blocks, shapes, outside_reasons(blocks, shapes, keep, boxes))):
        if group and why != group_why:
            out.append(_pin_group(group, group_why, len(out)))  # type: ignore[arg-type]
            group = []
        if why is not None:
            group.append((b, s))
            group_why = why
        elif i in kept:
            out.append(Block(len(out), b.text, b.decisions + (RUN_DECISION,), b.signals,
                             measure(b.text, s), b.origin))
        else:
            out.append(b if b.index == len(out) else b.with_index(len(out)))
    if group:
        out.append(_pin_group(group, group_why, len(out)))  # type: ignore[arg-type]
    return out


def _shape_of(b: Block) -> Shape:
    """The locator's shape of a block, measured once (kept on its features)."""
    known = b.features.page_shape if b.features is not None else None
    return known if known is not None else shape(b.text)


def relocate(blocks: list[Block], config: Config) -> list[Block]:
    """After the rules: trim page furniture the rules' removals left at the run's edges.

    A newsletter ask or a copyright line is prose and can anchor the end of
    the article run; once the classifier removes it, the share buttons and
    teaser lines between it and the article are left hanging.  Locating again
    over what is still kept (the same fixpoint as :func:`find_article`) drops
    them, so the output, cleaned again, locates to itself.

    Likewise in ``auto`` mode when ``locate`` took the text for an article:
    with the rules' removals gone, what is left may be a page (the removed
    prose was all that stood after a footer), and cleaning the output again
    would say so.
    """
    run = [i for i, b in enumerate(blocks) if RUN_DECISION in b.decisions]
    if run:
        cand = [i for i in range(run[0], run[-1] + 1) if blocks[i].label != "boilerplate"]
        shapes = [_shape_of(blocks[i]) for i in cand]
        found = find_article(shapes, auto=False)
        if found is None:
            return blocks
        keep, boxes = found
        first, last = cand[keep[0]], cand[keep[-1]]
        kept = {cand[j] for j in keep}
        reasons: list[Why | None] = [
            None if i in kept else boxes.get(j) or outside_reason(i, shapes[j], first, last, None, "")
            for j, i in enumerate(cand)
        ]
    elif config.mode == "auto":
        cand = [i for i, b in enumerate(blocks) if b.label != "boilerplate"]
        if len(cand) == len(blocks):
            return blocks  # nothing removed: ``locate`` judged exactly these blocks
        sub = [blocks[i] for i in cand]
        page = _find_page(sub, auto=True)
        if page is None:
            return blocks
        shapes, keep, boxes = page
        reasons = outside_reasons(sub, shapes, keep, boxes)
    else:
        return blocks
    out = list(blocks)
    for j, i in enumerate(cand):
        why = reasons[j]
        if why is not None:
            out[i] = _pin(blocks[i], shapes[j], why)
    return out


def located_out(b: Block) -> bool:
    """Pinned outside the article by this stage."""
    return any(d.stage == "locate" and d.pinned for d in b.decisions)


def inside_article(stage: Callable[[list[Block], Config], list[Block]],
                   blocks: list[Block], config: Config) -> list[Block]:
    """Run a length-preserving stage on the article's blocks only.

    Neighbour smoothing reads runs of boilerplate as context ("a short block
    between two notices is a notice"); the page furniture around the article
    would make every short first or last paragraph look like one.  Running it
    on the article alone also gives it the same context as a second pass over
    the output, which keeps re-cleaning stable.
    """
    if not any(located_out(b) for b in blocks):
        return stage(blocks, config)
    inner = [b for b in blocks if not located_out(b)]
    done = iter(stage(inner, config))
    return [b if located_out(b) else next(done) for b in blocks]
