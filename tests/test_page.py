"""Whole-page text dumps: the locator (``declutter.page``) and its fixtures.

Fixtures live in ``tests/fixtures/pages/<slug>/{input.txt, expected.json}``;
each input is a page's whole visible text as ``html_text`` lays it out (blank
line between blocks, single newlines inside menus).  Regenerate the goldens
only with ``python tests/test_page.py --regenerate`` and review the diff.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

import declutter
from declutter.config import Config
from declutter.page import find_article
from declutter.page_score import densest_run, score, stop_gate
from declutter.page_features import cue_kind, is_cookie_banner, is_dated, shape

PAGES = Path(__file__).parent / "fixtures" / "pages"
SLUGS = sorted(p.name for p in PAGES.iterdir() if (p / "input.txt").is_file())
SEED = sorted((Path(__file__).resolve().parents[2] / "shared" / "seed").glob("*.txt"))


def summary(article: declutter.Article) -> dict[str, Any]:
    """The fields a fixture pins: title, site, sections and every removed block's kind."""
    return {
        "title": article.title,
        "site_name": article.site_name,
        "sections": [s.to_dict() for s in article.sections],
        "removed": [{"kind": r.kind, "text": r.text} for r in article.boilerplate],
    }


def _read(slug: str) -> str:
    return (PAGES / slug / "input.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", SLUGS)
def test_page_fixture(slug: str) -> None:
    expected = json.loads((PAGES / slug / "expected.json").read_text(encoding="utf-8"))
    got = summary(declutter.clean(_read(slug)))
    problems = []
    for field in expected:
        if got[field] != expected[field]:
            a = json.dumps(expected[field], ensure_ascii=False, indent=1).splitlines()
            b = json.dumps(got[field], ensure_ascii=False, indent=1).splitlines()
            diff = "\n".join(difflib.unified_diff(a, b, "expected", "got", lineterm="", n=1))
            problems.append(f"--- field {field!r} differs:\n{diff}")
    assert not problems, f"{slug}:\n" + "\n".join(problems)


@pytest.mark.parametrize("slug", SLUGS)
def test_page_output_is_stable(slug: str) -> None:
    """Page output, cleaned again in auto mode, is treated as an article and kept."""
    once = declutter.clean(_read(slug)).text
    assert declutter.clean(once).text == once


@pytest.mark.parametrize("slug", SLUGS)
def test_every_output_word_is_in_the_input(slug: str) -> None:
    text = _read(slug)
    words = set(re.findall(r"\w+", text))
    assert set(re.findall(r"\w+", declutter.clean(text).text)) <= words


@pytest.mark.parametrize("slug", SLUGS)
def test_article_mode_never_locates(slug: str) -> None:
    article = declutter.clean(_read(slug), Config(mode="article"))
    assert not any(d.stage == "locate" for b in article.blocks for d in b.decisions)


@pytest.mark.parametrize("slug", SLUGS)
def test_removed_blocks_carry_a_locate_reason(slug: str) -> None:
    for b in declutter.clean(_read(slug)).blocks:
        if b.label == "boilerplate":
            assert b.rule and b.kind and b.final is not None and b.final.evidence


@pytest.mark.skipif(not SEED, reason="shared seed not present")
def test_seed_article_is_left_alone_in_auto_mode() -> None:
    text = SEED[0].read_text(encoding="utf-8")
    auto = declutter.clean(text)
    assert auto.to_dict() == declutter.clean(text, Config(mode="article")).to_dict()


def test_article_shaped_text_has_no_locate_decisions() -> None:
    article = declutter.clean(_read("article-shaped-unchanged"))
    assert not any(d.stage == "locate" for b in article.blocks for d in b.decisions)


def test_page_mode_locates_short_texts_too() -> None:
    text = "Home\nNews\nSport\n\nThe council approved the new budget on Monday after a long debate.\n\nAbout us\nContact"
    article = declutter.clean(text, Config(mode="page"))
    assert article.paragraphs == ("The council approved the new budget on Monday after a long debate.",)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n\n", "a", "Menu\n" * 50, "." * 500, "Comments\n" * 30, "© 2024\n\n" * 40, "\x00\ufeff"],
)
@pytest.mark.parametrize("mode", ["auto", "page", "article"])
def test_never_raises(text: str, mode: str) -> None:
    declutter.clean(text, Config(mode=mode))  # type: ignore[arg-type]


# --- pieces -------------------------------------------------------------------------


def test_densest_run() -> None:
    assert densest_run([-5, 40, -5, 30, -30, 10]) == (1, 4)
    assert densest_run([-5, -5]) == (0, 0)


@pytest.mark.parametrize(
    "line, kind",
    [
        ("12 Comments", "comments"), ("Kommentare (3)", "comments"), ("3 comentarios", "comments"),
        ("Most read", "related_links"), ("Meistgelesen", "related_links"), ("Les plus lus", "related_links"),
        ("Lo más leído", "related_links"), ("More from Environment", "related_links"),
        ("Teilen", "share_widget"), ("Partager", "share_widget"), ("Impressum", "footer"),
        ("Mentions légales", "footer"), ("Aviso legal", "footer"), ("Anzeige", "advertisement"),
        ("Você pode gostar...", "related_links"), ("Leggi anche", "related_links"),
        ("Lascia un commento", "comments"), ("Deixe um comentário", "comments"), ("Condividi", "share_widget"),
        ("Harbour", ""), ("Comments from residents were overwhelmingly positive", ""),
    ],
)
def test_section_labels_in_four_languages(line: str, kind: str) -> None:
    assert shape(line).cue == kind
    assert cue_kind(tuple(w for w in re.findall(r"\w+", line.lower()) if not w.isdigit())) == kind


@pytest.mark.parametrize(
    "line, kind",
    [
        ("34 responses to “Coach says the season is not over yet despite the loss”", "comments"),
        ("12 thoughts on “How I rescued my sourdough starter after a month away”", "comments"),
        ("7 Kommentare zu „Der Stadtrat beschließt neue Radwege für die Innenstadt“", "comments"),
        ("3 réflexions sur « Le plan chaleur de la ville »", "comments"),
        ("5 respuestas a «Cómo hacer pan de masa madre en casa»", "comments"),
        # a count and the phrase without a quoted title: a headline, not a thread header
        ("34 responses to the housing crisis that the council has not yet considered", ""),
    ],
)
def test_counted_thread_headers_with_a_quoted_title(line: str, kind: str) -> None:
    assert shape(line).cue == kind


@pytest.mark.parametrize(
    "line, dated",
    [("12.04.2024, 16:45 Uhr", True), ("Publié le 3 juillet 2024", True), ("8 de mayo de 2023", True),
     ("Nov 19, 2019", True), ("Top 10 tips", False), ("Weather", False)],
)
def test_dates(line: str, dated: bool) -> None:
    assert is_dated(line.lower(), re.findall(r"\w+", line.lower())) == dated


def test_cookie_banner_needs_a_consent_word() -> None:
    assert is_cookie_banner("we use cookies to improve your experience on our website.")
    assert is_cookie_banner("wir verwenden cookies. mit der nutzung der webseite stimmen sie zu.")
    assert not is_cookie_banner("bake the cookies for twelve minutes until golden.")


def test_prose_outscores_furniture_in_every_language() -> None:
    prose = {
        "en": "The board approved the plan by five votes to two after a three-hour meeting on Thursday.",
        "de": "Der Stadtrat hat am Donnerstag mit großer Mehrheit ein neues Netz von Radwegen beschlossen.",
        "fr": "La municipalité a présenté mardi un plan de dix ans pour réduire la température en ville.",
        "es": "Después de muchas pruebas, estos son los métodos que mejor me han funcionado para el pan.",
    }
    for text in prose.values():
        assert score(shape(text)) > 0
    assert score(shape("Politik")) < 0 and score(shape("Most read")) < score(shape("Politik"))


def test_uncovered_language_falls_back_to_length_and_punctuation() -> None:
    # Indonesian function words are not in our lists: the gate opens.
    shapes = [shape("Kita tidak boleh membenci satu kaum secara berlebihan karena hal itu tidak baik untuk semua.")] * 3
    assert stop_gate(shapes) == 0.0


def test_comment_thread_after_the_article_is_not_the_article() -> None:
    article = " ".join(["The council approved the budget after a long debate on Monday evening."] * 3)
    comment = " ".join(["I really think this is a terrible idea and the council should have waited longer."] * 2)
    lines = ["Home", "News", "Sport", "Weather", "Jobs", "Contact", article, article, "5 Comments"]
    for n in range(6):
        lines += [f"user{n}", f"{n + 1} March 2024 at 10:0{n}", comment, "Reply"]
    found = find_article([shape(x) for x in lines], auto=True)
    assert found is not None and found[0] == [6, 7]


def test_a_title_repeat_does_not_pull_the_article_into_a_short_posts_comments() -> None:
    title = "A small joy on the way home"
    post = " ".join(["On the way home a little painted sign hung from the balcony, and it made my day."] * 3)
    ping = " ".join(["[…] A small joy on the way home – a blog post that I liked a lot and wanted to share."] * 2)
    lines = [f"{title} – myblog", "Blog", "Archive", "Imprint", "Contact", "Video", title, "12.09.2011 by me",
             post, "Tags: joy, signs", "3 Comments"]
    for n in range(3):
        lines += [f"Pingback from another blog | 1{n}.09.2011 23:31", ping]
    lines += ["Archive", "Imprint", "Contact", "Privacy", "Feeds", "Top"]
    assert declutter.clean("\n\n".join(lines)).paragraphs == (post,)


def _para(topic: str, n: int = 3) -> str:
    return " ".join(f"The {topic} was discussed again by the members of the board on a long evening." for _ in range(n))


def test_a_mega_menu_splits_teasers_from_the_article() -> None:
    teasers = [_para("harbour fee", 2), _para("school bus", 2)]
    menu = ["News", "Sport", "Weather", "Travel", "Video", "Local", "Politics", "Autos"]
    article = [_para("cycle lane plan"), _para("cycle lane budget"), _para("cycle lane timetable")]
    lines = ["Home", "Menu", *teasers, *menu, *article, "About us", "Contact", "Jobs", "Privacy", "Terms", "Help"]
    out = declutter.clean("\n\n".join(lines))
    assert list(out.paragraphs) == article


def test_a_long_comment_thread_under_a_short_dated_post_is_not_the_article() -> None:
    title = "September 2024 open thread"
    post = "Our goal with these open threads is to let readers raise questions about our work in public, and we answer them here."
    comment = " ".join(["I have a question about your report on the bus safety programme and its costs per life saved."] * 2)
    lines = [f"{title} - The Example Blog", "Home", "Research", "Charities", "About", "Donate", "Blog", title,
             "September 10, 2024 | by Kim", post, "Comments"]
    for n in range(8):  # the thread holds several times the post's prose
        lines += [f"Reader {n} on September {n + 11}, 2024 at 4:47 pm said:", comment, "Reply"]
    lines += ["Contact", "Privacy", "Jobs", "Top", "Feeds", "Search"]
    assert declutter.clean("\n\n".join(lines)).paragraphs == (post,)


def test_a_more_line_naming_the_site_opens_a_related_box() -> None:
    from declutter.page_title import site_labels

    lines = ["Council approves new cycle lanes | Coastal Courier", "More Coastal Courier", "More from Coastal Courier",
             "More Weather", "More than a hundred people came"]
    shapes = site_labels([declutter.model.Block(i, t) for i, t in enumerate(lines)], [shape(t) for t in lines])
    assert [s.cue for s in shapes] == ["", "related_links", "related_links", "", ""]


def test_a_gallery_of_repeated_captions_is_not_a_menu_wall() -> None:
    article = [_para("phone launch"), _para("phone price")]
    lines = ["Home", "News", "Tests", "Forum", "Video", "Deals", article[0], *["Phone X"] * 9, article[1],
             "Imprint", "Contact", "Privacy", "Jobs", "Help", "Top"]
    kept = declutter.clean("\n\n".join(lines)).paragraphs
    assert kept[0] == article[0] and kept[-1] == article[1]  # the captions between may stay


def test_an_ingredient_list_is_not_a_menu_wall() -> None:
    steps = [_para("dough", 1), _para("oven", 1)]
    ingredients = ["300 g flour", "1 tsp baking powder", "200 g sugar", "1 pinch salt", "1 egg", "2 tbsp milk",
                   "100 g almonds"]
    intro = _para("biscuit recipe", 2)
    lines = ["Home", "Recipes", "Baking", "About", "Contact", "Shop", "Almond biscuits", intro, "Ingredients:",
             *ingredients, "Method:", *steps, "Archive", "Imprint", "Privacy", "Top", "Search", "Feeds"]
    kept = declutter.clean("\n\n".join(lines)).text
    assert all(x in kept for x in [intro, *ingredients, *steps])


def test_a_list_announced_by_the_last_paragraph_stays() -> None:
    spots = ["The little canteen by the river", "The jetties on the old canal", "The dog beach at the lighthouse"]
    lead = "These are my favourite places by the water this summer:"
    lines = ["Home", "Blog", "Travel", "About", "Contact", "Shop", _para("walk"), _para("coast"), lead, *spots,
             "Tags: travel, coast", "Imprint", "Privacy", "Top", "Search", "Feeds"]
    kept = declutter.clean("\n\n".join(lines)).paragraphs
    assert kept[-4:] == (lead, *spots)


def test_the_title_repeat_anchors_a_short_article_against_a_teaser_cluster() -> None:
    title = "Council approves new cycle lanes for the city centre"
    teasers = [_para(f"topic {n}", 2) for n in range(5)]  # more prose than the article
    article = [_para("cycle lane plan"), _para("cycle lane budget")]
    lines = [f"{title} – Example Times", "Home", "News", "Sport", "Most read", *teasers, "Video", "Travel",
             title, "By Jane Doe", *article, "About us", "Contact", "Jobs", "Privacy", "Terms", "Help"]
    out = declutter.clean("\n\n".join(lines))
    assert list(out.paragraphs) == article
    # without the repeat the teasers, being more prose, win: the anchor is what decides
    lines.remove(title)
    assert list(declutter.clean("\n\n".join(lines)).paragraphs) != article


def test_a_one_word_headline_anchors_a_recipe_below_its_ingredient_list() -> None:
    """'Zimtsterne | Backstube Nord': the one-word headline repeated as a line
    is the article's start, even when a long ingredient list comes before the
    first sentence and the footer holds more prose than the recipe."""
    ingredients = ["250 g Puderzucker", "2 Eiweiß", "1 Prise Salz", "300 g gemahlene Mandeln", "1 TL Zimt",
                   "2 EL Zitronensaft", "50 g Mehl", "1 Msp. Nelken", "3 EL Zucker", "100 g Haselnüsse",
                   "1 Päckchen Vanillezucker", "Oblaten"]
    steps = ["Das Eiweiß mit dem Salz steif schlagen und den Puderzucker nach und nach einrieseln lassen.",
             "Ein Drittel der Masse für die Glasur zur Seite stellen und kühl aufbewahren.",
             "Die Mandeln mit dem Zimt unter den Rest der Masse heben und den Teig eine Stunde ruhen lassen.",
             "Den Teig auf Zucker ausrollen, Sterne ausstechen und mit der Glasur bestreichen.",
             "Bei 150 Grad etwa zwölf Minuten backen, bis die Glasur fest ist."]
    footer = ["Bildrechte", "Haftungshinweis",
              "Alle Texte und Bilder auf diesem Blog sind urheberrechtlich geschützt und dürfen nur mit der "
              "ausdrücklichen Erlaubnis der Autorin verwendet werden, auch auszugsweise und in Teilen nicht.",
              "Für die Inhalte der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich, und ich "
              "übernehme trotz sorgfältiger Kontrolle keine Haftung für die Inhalte externer Links auf meinem Blog.",
              "Die Rezepte dieses Blogs wurden von mir mit großer Sorgfalt ausgewählt und nachgebacken, doch für "
              "das Gelingen in Ihrer eigenen Küche kann ich leider keine Gewähr übernehmen, und das gilt auch für "
              "alle Angaben zu den Backzeiten.",
              "Backstube Nord"]
    lines = ["Zimtsterne | Backstube Nord", "Backstube Nord", "Start", "Rezepte", "Über mich", "Kontakt",
             "3. Dezember 2023", "Schreibe einen Kommentar", "Zimtsterne", "Zubereitungszeit: 40 Minuten", "Zutaten:", *ingredients,
             "Zubereitung:", *steps, "Schreibe einen Kommentar", "Name", "E-Mail", "Website",
             "Kommentar abschicken", *footer]
    out = declutter.clean("\n\n".join(lines))
    assert all(step in out.paragraphs for step in steps)
    assert not any(f in out.paragraphs for f in footer[2:5])
    # without the repeat the footer, being more prose, wins: the anchor is what decides
    lines.remove("Zimtsterne")
    assert not any(step in declutter.clean("\n\n".join(lines)).paragraphs for step in steps)


# --- goldens --------------------------------------------------------------------------


def regenerate() -> None:
    for slug in SLUGS:
        out = json.dumps(summary(declutter.clean(_read(slug))), ensure_ascii=False, indent=2) + "\n"
        (PAGES / slug / "expected.json").write_text(out, encoding="utf-8")
        print(f"wrote {slug}/expected.json")


if __name__ == "__main__":
    if sys.argv[1:] == ["--regenerate"]:
        regenerate()
    else:
        print(__doc__)


def test_the_cross_call_shape_memo_never_changes_a_result_and_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from declutter import page

    cold = []
    for slug in SLUGS:
        page._SHAPE_MEMO.clear()
        cold.append(summary(declutter.clean(_read(slug))))
    warm = [summary(declutter.clean(_read(slug))) for slug in reversed(SLUGS)][::-1]
    assert warm == cold
    monkeypatch.setattr(page, "SHAPE_MEMO_MAX_LINES", 5)
    page._SHAPE_MEMO.clear()
    for slug in SLUGS:
        declutter.clean(_read(slug))
        assert len(page._SHAPE_MEMO) <= 5


def test_an_article_with_a_long_list_between_its_paragraphs_is_not_a_page() -> None:
    """Fifteen one-word items split the prose: one list beside the run, prose on
    both sides, so auto mode keeps every line (it used to drop the list and
    the paragraph after it as a page's footer)."""
    towns = ["Paris", "London", "Berlin", "Madrid", "Rome", "Vienna", "Prague", "Lisbon", "Dublin", "Oslo",
             "Warsaw", "Athens", "Budapest", "Helsinki", "Zagreb"]
    text = ("Fifteen cities for a winter weekend\n\n"
            "Cheap flights and short days make winter the best time for a city break, and the tourist board "
            "said on Monday that hotel prices had fallen by a fifth since the summer.\n\n"
            + "\n".join(towns) + "\n\n"
            "Each of them has a Christmas market, and most of the museums stay open late on Thursdays.")
    a = declutter.clean(text)
    paras = [p for s in a.sections for p in s.paragraphs]
    assert paras[1:16] == towns and paras[-1].startswith("Each of them")
    assert not a.boilerplate


def test_a_small_sites_one_menu_before_its_text_is_still_furniture() -> None:
    """One menu stretch right before the prose is a page's navigation, not an
    article's list: there is no prose before it."""
    menu = ["Home", "Training ground", "Our club", "Dates", "Membership", "Rules", "Board", "Directions",
            "Contact", "Gallery", "Shop", "Links"]
    prose = ("The club was founded in 1990 by a handful of dog owners who met in a living room, and it has "
             "trained companion dogs on its own ground since the second year.")
    text = "Dog Club 1990\n\n" + "\n".join(menu) + "\n\n" + "\n\n".join([prose] * 3)
    a = declutter.clean(text)
    kept = [p for s in a.sections for p in s.paragraphs]
    assert not any(m in kept for m in menu)


def test_an_article_that_ends_with_a_long_list_keeps_it() -> None:
    items = ["Passport", "Tickets", "Sunscreen", "Phone charger", "Travel adapter", "Swimsuit", "Sandals", "Hat",
             "Book", "Snacks", "Water bottle", "Headphones", "Camera", "Jacket"]
    text = ("What to pack for a beach week\n\n"
            "A week at the beach needs less than you think, and the airline said on Monday that it would start "
            "charging for a second bag in the summer.\n\n"
            "Pack light and keep the essentials in your carry-on, where they cannot get lost.\n\n" + "\n".join(items))
    a = declutter.clean(text)
    assert [p for s in a.sections for p in s.paragraphs][-len(items):] == items
    assert not a.boilerplate


def test_a_footer_with_section_labels_after_the_text_is_still_furniture() -> None:
    footer = ["Home", "About us", "Contact", "Privacy policy", "Terms of use", "Imprint", "Advertise", "Careers",
              "Newsletter", "Archive", "Jobs", "Help"]
    prose = ("The club was founded in 1990 by a handful of dog owners who met in a living room, and it has "
             "trained companion dogs on its own ground since the second year.")
    text = "Dog Club 1990\n\n" + "\n\n".join([prose] * 3) + "\n\n" + "\n".join(footer)
    kept = [p for s in declutter.clean(text).sections for p in s.paragraphs]
    assert not any(f in kept for f in footer)


def test_an_article_with_two_announced_lists_keeps_them_and_its_last_paragraph() -> None:
    """'What we liked:' / 'What we did not like:' lists: twelve short lines
    outside the densest run used to make the review a 'page' and drop the
    lists and the verdict after them."""
    liked = ["Bright screen", "Long battery life", "Fast charging", "Good cameras", "Headphone jack", "Light body"]
    disliked = ["Slow updates", "No wireless charging", "Plastic back", "Loud speaker", "Bloatware", "Dim at night"]
    text = ("Review: the Example Phone 12\n\n"
            "The Example Phone 12 is the best mid-range phone we have tested this year, and the company said on "
            "Monday that it would cost less than last year's model in most markets.\n\n"
            "What we liked:\n" + "\n".join(liked) + "\n\nWhat we did not like:\n" + "\n".join(disliked) + "\n\n"
            "Overall it is an easy recommendation for anyone who does not need the very best camera.")
    a = declutter.clean(text)
    paras = [p for s in a.sections for p in s.paragraphs]
    assert all(item in paras for item in liked + disliked) and paras[-1].startswith("Overall")
    assert not a.boilerplate


def test_an_article_with_two_lists_between_its_paragraphs_keeps_everything() -> None:
    home = ["Passport", "Tickets", "Gloves", "Scarf", "Boots", "Hat", "Charger"]
    car = ["Blanket", "Torch", "Shovel", "Water", "Snacks", "Jump leads", "Ice scraper"]
    text = ("Packing for a winter trip\n\n"
            "A winter trip needs careful packing, and the airline said on Monday that it would start charging "
            "for a second bag in the summer.\n\n" + "\n".join(home) + "\n\n"
            "The second list is for the car, which needs its own kit when roads are icy and the nights come early."
            "\n\n" + "\n".join(car) + "\n\n"
            "Check both lists the night before you leave and you will not forget anything important.")
    a = declutter.clean(text)
    paras = [p for s in a.sections for p in s.paragraphs]
    assert all(item in paras for item in home + car) and paras[-1].startswith("Check both lists")
    assert not a.boilerplate


def test_teaser_cards_under_a_related_label_end_the_article_even_when_they_outweigh_it() -> None:
    from declutter.page_score import teaser_cards

    cards = [shape("Harbour ferry returns to its winter timetable"),
             shape("The last evening crossing now leaves at six, an hour earlier than in summer."),
             shape("Library extends its opening hours for exam season"),
             shape("Students can stay until ten on weekdays until the end of June.")]
    assert teaser_cards(cards, 0, len(cards)) == 2
    # an article's subheading followed by a paragraph that does not end like a sentence is no card
    assert teaser_cards([shape("What happens next"), shape("The council meets again in")], 0, 2) == 0


def test_a_share_label_after_every_live_blog_entry_costs_a_furniture_line() -> None:
    from declutter.page_score import FURNITURE_PENALTY, page_scores

    entry = shape("Firefighters have reopened the coast road after clearing the fallen trees this afternoon.")
    share = shape("Share")
    assert share.cue == "share_widget"
    scores = page_scores([entry, share, entry, share, entry, share])
    assert scores[1] == scores[3] == -FURNITURE_PENALTY
    assert page_scores([entry, share, entry])[1] < -FURNITURE_PENALTY  # one share bar: a section label


def test_date_and_author_lines_below_a_standfirst_leave_the_article() -> None:
    from declutter.model import Block
    from declutter.page import head_stamps

    texts = ["The new timetable starts on Monday and adds two evening crossings.",
             "Jana Weller", "4 March 2025, 08:15",
             "The harbour authority said the extra crossings follow complaints from commuters about the gap after six.",
             "The ferry company will hire four more crew members for the evening shifts this spring."]
    blocks = [Block(i, t) for i, t in enumerate(texts)]
    found = head_stamps(blocks, [shape(t) for t in texts], list(range(len(texts))))
    assert sorted(found) == [1, 2] and {w[0] for w in found.values()} == {"byline"}
    # a live blog's clock times head its entries: not a date stamp
    live = ["19:30", *texts[3:]]
    assert head_stamps([Block(i, t) for i, t in enumerate(live)], [shape(t) for t in live], [0, 1, 2]) == {}
