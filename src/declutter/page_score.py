"""Scores for the whole-page locator: how much each line is worth as article.

Prose scores its length; furniture, headlines and labels cost; a comment
section is a wall; a long stretch of menu lines is a wall of its own.  The
article is the contiguous run with the largest sum (:func:`densest_run`),
trimmed at section labels (:func:`trim_at_sections`) and extended over a
list its last line announces (:func:`announced_list`).  See :mod:`declutter.page`.
"""

from __future__ import annotations

from .page_features import Shape

# --- block scores: calibrated together on the AEB text track (181 pages), the
# --- seed and the page fixtures; do not tune one in isolation.

#: A block with at least this many words and function-word share is prose.
PROSE_MIN_WORDS = 10
PROSE_MIN_STOP = 0.15
#: A shorter block that ends like a sentence still counts, at this factor.
SENTENCE_MIN_WORDS = 4
SHORT_SENTENCE_FACTOR = 0.5
#: Prose without a final stop (a paragraph ending in a link) counts at this
#: factor from this length on; shorter unpunctuated lines are headline-like.
UNTERMINATED_MIN_WORDS = 30
UNTERMINATED_FACTOR = 0.5
#: Cost of one furniture line (menu item, date, button), in words of prose.
FURNITURE_PENALTY = 5.0
#: A headline-like line (a teaser): half a furniture line.
HEADLINE_PENALTY = 2.5
#: This many menu lines in a row (at most MENU_MAX_WORDS words, no final stop,
#: no quantity: ingredient lists and table rows have numbers) are a menu
#: block; each of its lines costs MENU_WALL_PENALTY, so that teaser summaries
#: around a mega-menu cannot join the article through it.
MENU_WALL_LINES = 6
MENU_WALL_PENALTY = 15.0
#: Cost of a section label ("Most read", "Teilen", "Publicité").
CUE_PENALTY = 30.0
#: Section labels no article run may cross (a comment thread is prose too).
WALL_KINDS = frozenset({"comments"})
WALL = -1e9

#: Below this share of a page's sentences reaching ``PROSE_MIN_STOP``, the page
#: is in a language our stop-word lists do not cover (see :func:`stop_gate`).
#: Half: an Indonesian page's few English comment-form lines and words shared
#: with Italian ('di') must not switch the gate on.
LANGUAGE_MIN_COVERAGE = 0.5
#: A comment thread is damped only after this much prose (about two article
#: paragraphs), and only when a time stamp follows its label this closely.
THREAD_MIN_PROSE = 100.0
THREAD_STAMP_WINDOW = 8


#: Section kinds after which the rest of the run is dropped when little prose
#: follows (a "Related" box with teaser summaries, a footer "About us" blurb).
TRAILING_KINDS = frozenset({"related_links", "footer", "newsletter", "comments"})
#: Section kinds before which the top of the run is dropped when little prose
#: precedes (a cookie banner, a "Top stories" box with summaries).
LEADING_KINDS = frozenset({"related_links", "footer", "newsletter", "comments", "cookie_notice"})
#: "Little prose": under this share of the run's positive score.
TRAIL_MAX_SHARE = 0.35
#: A list announced by the run's last line ('…:') has at most this many items
#: of at most this many words.
LIST_MAX_ITEMS = 15
LIST_ITEM_MAX_WORDS = 20

#: Menu-like lines have at most this many words (and no final stop).
MENU_MAX_WORDS = 4


def score(s: Shape, min_stop: float = PROSE_MIN_STOP) -> float:
    """Prose scores its length; furniture, headlines and labels cost."""
    if s.cue:
        return WALL if s.cue in WALL_KINDS else -CUE_PENALTY
    if s.cookie:
        return -CUE_PENALTY
    if s.stop_share >= min_stop:
        if s.terminal and s.words >= PROSE_MIN_WORDS:
            return float(s.words)
        if s.terminal and s.words >= SENTENCE_MIN_WORDS:
            return s.words * SHORT_SENTENCE_FACTOR
        if s.words >= UNTERMINATED_MIN_WORDS:
            return s.words * UNTERMINATED_FACTOR
        if s.words >= PROSE_MIN_WORDS:
            return -HEADLINE_PENALTY
    if quantity(s):
        return -HEADLINE_PENALTY  # lists inside articles have them
    return -FURNITURE_PENALTY


def menu_line(s: Shape) -> bool:
    """A menu item's shape: a few words, no final stop, not a quantity."""
    return s.words <= MENU_MAX_WORDS and not s.terminal and not quantity(s)


def quantity(s: Shape) -> bool:
    """A number with words ('300 g flour', '2 eggs', a table row), not a date and
    not a bare rank or count ('1', '12' in a "most read" list)."""
    return s.numeric and s.words >= 2 and not s.dated


def stop_gate(shapes: list[Shape]) -> float:
    """The function-word share prose must reach on this page.

    Our lists cover en/de/fr/es/pt/it.  On a page in another language (Polish,
    Indonesian, Russian…) even the article has almost no listed function
    words; there the gate is off and length and punctuation decide alone.
    """
    sentences = [s for s in shapes if s.terminal and s.words >= PROSE_MIN_WORDS]
    covered = sum(1 for s in sentences if s.stop_share >= PROSE_MIN_STOP)
    return PROSE_MIN_STOP if covered >= LANGUAGE_MIN_COVERAGE * len(sentences) else 0.0


def menu_walls(shapes: list[Shape], scores: list[float]) -> None:
    """A long stretch of menu lines is a mega-menu, not a list inside the
    article: each of its lines costs ``MENU_WALL_PENALTY`` (in place).

    A gallery repeating one caption is not a menu (a menu's items differ):
    repeats neither count nor break the stretch.
    """
    count, first = 0, 0
    for i, s in enumerate(shapes):
        if s.repeat and count:
            continue
        if menu_line(s) and scores[i] < 0:
            if count == 0:
                first = i
            count += 1
            if count == MENU_WALL_LINES:  # the stretch is long enough: charge it from its start
                for j in range(first, i):
                    if not shapes[j].repeat:
                        scores[j] = min(scores[j], -MENU_WALL_PENALTY)
            if count >= MENU_WALL_LINES:
                scores[i] = min(scores[i], -MENU_WALL_PENALTY)
        else:
            count = 0


#: A page with this many share labels has one per entry (a live blog, a
#: gallery, a listicle): there they are furniture inside the article …
REPEATED_SHARE_MIN_LABELS = 3
SHARE_LABEL_KIND = "share_widget"


def repeated_share_labels(shapes: list[Shape], scores: list[float]) -> None:
    """… and cost a furniture line, not a section label (in place).

    A news page has a share bar above its article and maybe one below; a
    live blog ends every update with 'Share', and at a label's full cost
    the article run stops after the first few updates.
    """
    labels = [i for i, s in enumerate(shapes) if s.cue == SHARE_LABEL_KIND]
    if len(labels) >= REPEATED_SHARE_MIN_LABELS:
        for i in labels:
            scores[i] = -FURNITURE_PENALTY


def thread_labels(shapes: list[Shape]) -> frozenset[int]:
    """Comment-section labels followed closely by a time stamp: a thread, not a
    'Comments' link in a share bar (every comment carries a stamp)."""
    return frozenset(
        i for i, s in enumerate(shapes)
        if s.cue in WALL_KINDS and any(t.dated for t in shapes[i + 1 : i + 1 + THREAD_STAMP_WINDOW])
    )


def page_scores(shapes: list[Shape]) -> list[float]:
    """Block scores, with comment threads after the article damped.

    A comment thread is prose too, and a long one outweighs the article.  Once
    a comment-section label follows a fair amount of prose and a time stamp
    follows the label (every comment has one), the thread's prose counts as
    furniture until another section label ends it.
    """
    min_stop = stop_gate(shapes)
    scores = [score(s, min_stop) for s in shapes]
    menu_walls(shapes, scores)
    repeated_share_labels(shapes, scores)
    threads = thread_labels(shapes)
    prose, thread = 0.0, False
    for i, s in enumerate(shapes):
        if s.cue and s.cue not in WALL_KINDS:
            thread = False
        elif i in threads and prose >= THREAD_MIN_PROSE:
            thread = True
        elif thread:
            scores[i] = min(scores[i], -HEADLINE_PENALTY)
        elif scores[i] > 0:
            prose += scores[i]
    return scores


def densest_run(scores: list[float]) -> tuple[int, int]:
    """``(start, end)`` of the contiguous run with the largest sum (end exclusive).

    >>> densest_run([-5, 40, -5, 30, -30, 10])
    (1, 4)
    """
    best, best_run = 0.0, (0, 0)
    cur, cur_start = 0.0, 0
    for i, x in enumerate(scores):
        if cur <= 0:
            cur, cur_start = x, i
        else:
            cur += x
        if cur > best:
            best, best_run = cur, (cur_start, i + 1)
    return best_run


#: Teaser cards: a headline (no final stop, this many words) …
TEASER_HEADLINE_WORDS = (3, 20)
#: … then a one-sentence summary (final stop, this many words) …
TEASER_SUMMARY_WORDS = (6, 50)
#: … this many times in a row right under a related-links label (under a
#: newsletter box's 'Sign up' the article's own paragraphs can follow).
TEASER_MIN_CARDS = 2
TEASER_KIND = "related_links"


def teaser_cards(shapes: list[Shape], i: int, end: int) -> int:
    """How many teaser cards (headline, then a one-sentence summary) follow
    from block ``i`` on, before ``end``.

    "Also in this section" and "More episodes" boxes list other stories
    that way; their summaries are prose and can outweigh a short article.
    An article's own subheadings are followed by paragraphs of several
    sentences, and no related-links label stands above them.
    """
    cards = 0
    while i + 1 < end:
        head, summary = shapes[i], shapes[i + 1]
        if head.cue or head.terminal or not TEASER_HEADLINE_WORDS[0] <= head.words <= TEASER_HEADLINE_WORDS[1]:
            break
        if summary.cue or not summary.terminal or not TEASER_SUMMARY_WORDS[0] <= summary.words <= TEASER_SUMMARY_WORDS[1]:
            break
        cards += 1
        i += 2
    return cards


def trim_at_sections(
    shapes: list[Shape], scores: list[float], start: int, end: int, *, anchored: bool = False
) -> tuple[int, int]:
    """Cut the run at a section label that has little of the run's prose on
    one side, or (after some prose) teaser cards under it.

    A "Related" box whose teasers carry summaries, or a footer "About us"
    blurb, is prose and can join the run; its label gives it away.  Share bars
    and ad labels are left alone here: they sit inside articles too.  A run
    ``anchored`` after the title's repeat keeps its top.
    """
    total = sum(x for x in scores[start:end] if x > 0) or 1.0
    seen = 0.0
    new_start = start
    for i in range(start, end):
        kind = shapes[i].cue
        if kind in TRAILING_KINDS and (
            seen / total >= 1 - TRAIL_MAX_SHARE
            or kind == TEASER_KIND and seen >= PROSE_MIN_WORDS and teaser_cards(shapes, i + 1, end) >= TEASER_MIN_CARDS
        ):
            end = i
            break
        if not anchored and kind in LEADING_KINDS and seen / total < TRAIL_MAX_SHARE:
            new_start = i + 1
        if scores[i] > 0:
            seen += scores[i]
    start = new_start
    while start < end and scores[start] <= 0:
        start += 1
    while end > start and scores[end - 1] <= 0:
        end -= 1
    return start, end


#: A list announced above the run is the article's when at least this share of
#: its items are quantities or bullets ('300 g flour', '• 2 eggs'): a recipe's
#: ingredients, which a page's menus (a few words each, no numbers) are not.
HEAD_LIST_MIN_ITEM_SHARE = 0.5


def announced_head(shapes: list[Shape], scores: list[float], start: int) -> int:
    """Extend a run backwards over lists its lead-ins announce just above it.

    A recipe opens with 'Ingredients:' and its quantities, then 'Method:' and
    the prose; the prose alone scores as the article, so the run starts after
    them.  Above the run, a lead-in line (ending in ':') right before it, and a
    lead-in followed by list items of which most are quantities or bullets,
    belong to the article (a page's menus are never announced that way).
    """
    i = start
    while i > 0:
        if shapes[i - 1].lead_in and not shapes[i - 1].cue:
            i -= 1  # 'Method:' right above the prose (or above a list taken already)
            continue
        j = i
        while j > 0 and i - j < LIST_MAX_ITEMS:
            s = shapes[j - 1]
            if s.lead_in or s.cue or s.cookie or s.dated or s.words > LIST_ITEM_MAX_WORDS or scores[j - 1] > 0:
                break
            j -= 1
        items = shapes[j:i]
        if j == i or j == 0 or not shapes[j - 1].lead_in or shapes[j - 1].cue:
            break
        if sum(1 for s in items if quantity(s) or s.bullet) < HEAD_LIST_MIN_ITEM_SHARE * len(items):
            break
        i = j - 1  # the lead-in and its items
    return i


def announced_list(shapes: list[Shape], scores: list[float], end: int) -> int:
    """Extend a run that ends in a lead-in ('My favourite spots:') over the list it announces.

    The items are short lines and score as furniture, so the run stops right
    before them; a colon at the end of the article's last paragraph says they
    belong to it.  The list ends at a label, a date line or a long line.
    """
    if end == 0 or not shapes[end - 1].lead_in:
        return end
    stop = min(len(shapes), end + LIST_MAX_ITEMS)
    j = end
    while j < stop:
        s = shapes[j]
        if s.cue or s.cookie or s.dated or s.words > LIST_ITEM_MAX_WORDS or scores[j] > 0:
            break
        j += 1
    return j
