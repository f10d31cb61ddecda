"""The title of a whole-page text dump, and where it says the article starts.

A page dump's first line is the page's ``<title>`` (html_text, ``innerText``
and ``get_text()`` all start with it), usually the headline plus the site
name.  The article's own headline repeats it right above the article; that
repeat tells :mod:`declutter.page` which run of prose is the article when a
cluster of teasers holds more prose, and which line is the title.
"""

from __future__ import annotations

from .assemble import TITLE_SEPARATOR, split_title  # the title line as assemble splits it
from .model import Block
from .page_features import Shape

#: The title line is searched this many blocks above the run (bylines, share
#: bars and a lead image caption sit in between).
TITLE_LOOKBACK = 12
TITLE_MAX_WORDS = 30
#: Without a ``<title>`` line to confirm it, a title needs this many words.
TITLE_MIN_WORDS = 4
#: Share of a candidate's words that must occur in the page's first line (its
#: ``<title>``) for the candidate to be the repeated title.
TITLE_MIN_OVERLAP = 0.6
#: A run starting right after a repeat of the page's title line wins when it
#: holds at least this share of the best run's score.
ANCHOR_MIN_SHARE = 0.3
#: The article's first paragraph is looked for this many blocks below the
#: title's repeat: past a byline, a share bar, a caption, or a recipe's
#: ingredient list (the article may open with its list).
ANCHOR_LOOKAHEAD = 24
#: Share of the title line's words a repeat must hold.
ANCHOR_MIN_COVER = 0.5
#: Lines this close above the run that carry a date or 'By …' are bylines.
BYLINE_WINDOW = 6


def _title_like(text: str, s: Shape) -> bool:
    return (
        2 <= s.words <= TITLE_MAX_WORDS
        and not s.cue and not s.dated
        and not (s.terminal and text.rstrip()[-1:] not in "?!…")
        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“«‘'")
    )


def _words(text: str) -> set[str]:
    return {_word(w) for w in text.split()} - {""}


#: Punctuation around a word that comparisons of title lines ignore.
WORD_PUNCT = ".,:;!?…\"“”«»'’()"


def _word(w: str) -> str:
    return w.strip(WORD_PUNCT).lower()


def find_title(blocks: list[Block], shapes: list[Shape], start: int) -> tuple[int | None, int | None]:
    """(title block, repeated title to drop): the ``<title>`` line or the h1 above the run."""
    first = 0 if _title_like(blocks[0].text, shapes[0]) else None
    first_words = _words(blocks[0].text) if first is not None else set()
    for i in range(start - 1, max(0, start - TITLE_LOOKBACK) - 1, -1):
        if i == 0 or shapes[i].byline or not _title_like(blocks[i].text, shapes[i]):
            continue  # an author line shares the site's name with the <title> line, but is no title
        cand = _words(blocks[i].text)
        if cand and first_words and len(cand & first_words) / len(cand) >= TITLE_MIN_OVERLAP:
            # the page's first line repeats this title with the site name: keep that one
            if blocks[i].text.lower() in blocks[0].text.lower() and len(blocks[0].text) > len(blocks[i].text):
                return 0, i
            return i, None
    # no <title> line to compare with (a banner came first): the nearest
    # title-like line right above the run, over bylines and dates
    for i in range(start - 1, max(0, start - BYLINE_WINDOW) - 1, -1):
        if shapes[i].dated or shapes[i].byline:
            continue
        if _title_like(blocks[i].text, shapes[i]) and shapes[i].words >= TITLE_MIN_WORDS:
            return i, None
        break
    return first, None


def _headline_words(blocks: list[Block]) -> set[str]:
    """Words of the page's first line without its site name (empty when no
    separator or no site name the rest of the page confirms)."""
    line = blocks[0].text
    if not TITLE_SEPARATOR.search(line):
        return set()
    title, site, _ = split_title(line, "\n".join(b.text for b in blocks[1:]))
    return _words(title) if site else set()


def title_anchors(blocks: list[Block], shapes: list[Shape]) -> list[int]:
    """Lines that repeat the page's first line (its ``<title>``): the article's headline.

    The first line of a page dump is the ``<title>`` (html_text, innerText
    and ``get_text()`` all start with it); where a later line repeats it, the
    article follows.  Only title-like lines sharing a word with it are compared.
    """
    first = shapes[0] if shapes else None
    if first is None or not 2 <= first.words <= TITLE_MAX_WORDS or first.cue or (first.dated and first.words < 5):
        return []  # (a <title> may end with a full stop, and hold a date: 'September 2018 open thread')
    first_words = _words(blocks[0].text)
    headline: set[str] | None = None  # the title line without its site name, found when needed
    out = []
    for i in range(1, len(blocks)):
        s = shapes[i]
        if s.words > TITLE_MAX_WORDS:
            continue
        text = blocks[i].text
        if s.words < 2:
            # a one-word headline ('Mandelplätzchen | Example Blog') is
            # an anchor only where it is the whole headline, the part of the
            # title line that is not the site name the page confirms
            if s.words == 1 and not s.terminal and _word(text) in first_words:
                if headline is None:
                    headline = _headline_words(blocks)
                if headline == {_word(text)}:
                    out.append(i)
            continue
        lead = _word(text.split(None, 1)[0])
        # a headline may hold a date ('September 2018 open thread'); the overlap
        # with the <title> line below is what makes it the title's repeat
        if lead not in first_words or not _title_like(text, s._replace(dated=False) if s.words >= 4 else s):
            continue
        cand = _words(text)
        shared = len(cand & first_words)
        # most of the candidate is in the title, and it is most of the title
        # (not the site name alone, which the title line also holds)
        if shared / len(cand) >= TITLE_MIN_OVERLAP and shared / len(first_words) >= ANCHOR_MIN_COVER:
            out.append(i)
    return out


def anchored_run(
    scores: list[float], anchors: list[int], best: tuple[int, int], *, wall: float,
    threads: frozenset[int] = frozenset(),
) -> tuple[tuple[int, int], bool]:
    """The densest run starting just after a repeat of the title, when it holds
    at least ``ANCHOR_MIN_SHARE`` of the overall best run's score; else ``best``.
    The flag says whether the run returned starts just after a repeat.

    A cluster of teasers with summaries can outscore a short article; the
    title's repeat says where the article is.  Scores are not changed, so the
    run keeps exactly the blocks the plain search would give from that start.
    The search after a repeat stops at a ``wall`` (a comment-section label):
    a short article's title is followed by comments, not the other way round;
    and when the best run lies behind a comment thread's label (``threads``:
    labels followed by time stamps) after the anchored run, the anchored run
    wins whatever its share (a long thread under a short post).
    """
    n = len(scores)
    prefix = [0.0] * (n + 1)
    for i, x in enumerate(scores):
        prefix[i + 1] = prefix[i] + x
    # best end (exclusive) for every start: the largest prefix sum after it
    top_end = [n] * (n + 1)
    for e in range(n - 1, -1, -1):
        top_end[e] = e + 1 if prefix[e + 1] >= prefix[top_end[e + 1]] else top_end[e + 1]
    best_sum = prefix[best[1]] - prefix[best[0]]
    chosen, chosen_sum = best, 0.0
    for a in anchors:
        for start in range(a + 1, min(n, a + 1 + ANCHOR_LOOKAHEAD)):
            if scores[start] <= wall:
                break
            if scores[start] <= 0:
                continue
            end = top_end[start]
            total = prefix[end] - prefix[start]
            if total > chosen_sum:
                chosen, chosen_sum = (start, end), total
    # a comment thread comes after the article it comments on: a best run that
    # lies behind a wall after the anchored one is the thread, however long
    thread_after = chosen_sum > 0 and any(chosen[1] <= i < best[0] for i in threads)
    if chosen_sum and (chosen_sum >= ANCHOR_MIN_SHARE * best_sum or thread_after):
        return chosen, True
    return best, False


def site_labels(blocks: list[Block], shapes: list[Shape]) -> list[Shape]:
    """'More Washington Examiner', 'Mehr von Example Times': a 'More' line naming
    the site of the ``<title>`` line ('… | Washington Examiner') opens a related box.

    The cue lists cannot hold every outlet's name; the page's first line does.
    """
    if not blocks:
        return shapes
    seps = list(TITLE_SEPARATOR.finditer(blocks[0].text))
    if not seps:
        return shapes
    site = _words(blocks[0].text[seps[-1].end():])
    if not site or len(site) > SITE_MAX_WORDS:
        return shapes
    out = list(shapes)
    for i, (b, s) in enumerate(zip(blocks, shapes)):
        if s.cue or not 2 <= s.words <= SITE_MAX_WORDS + 2:
            continue
        words = b.text.split()
        if _word(words[0]) not in MORE_WORDS:
            continue
        rest = _words(" ".join(w for w in words[1:] if w.lower() not in MORE_LINKS))
        if rest and rest <= site:
            out[i] = s._replace(cue="related_links")
    return out


#: Words that open a 'More <site>' line, and the little words that may follow
#: them ('More from', 'Plus de', 'Mehr von').
MORE_WORDS = frozenset({"more", "mehr", "plus", "más", "mais", "altri", "altro"})
MORE_LINKS = frozenset({"from", "on", "at", "von", "aus", "bei", "de", "du", "des", "en", "da", "di", "del", "do"})
#: A site name has at most this many words.
SITE_MAX_WORDS = 4
