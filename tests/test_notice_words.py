"""The notice-word second opinion (``declutter.notice_words``): notice words in
the outlet's own voice, at the end of an article, in the six languages."""

from __future__ import annotations

import pytest

import declutter
from declutter.features import measure
from declutter.notice_words import second_opinion

BODY = [
    "Harbour ferry returns to winter timetable",
    "The harbour authority said on Monday that the last evening crossing will leave at six from next week.",
    "Commuters have complained for months about the gap between the last ferry and the first bus.",
]

#: Closing notices no rule's phrasing catches (checked when written; when a
#: rule learns one, swap in another: this tests the second opinion).
CLOSING = [
    ("We cover this beat with the help of reader donations.", "donation"),
    ("Wir finanzieren uns über Spenden und Mitgliedsbeiträge.", "donation"),
    ("Wir sind auch bei Mastodon und Bluesky zu finden.", "social_follow"),
    ("Este artículo tiene licencia abierta: puede copiarse citando la fuente.", "republish.license"),
    ("I nostri articoli si possono ripubblicare citando la fonte.", "republish.rules"),
    ("Nós também estamos no WhatsApp, com um resumo diário.", "social_follow"),
]


@pytest.mark.parametrize(("text", "kind"), CLOSING)
def test_a_closing_notice_in_the_outlets_voice_is_removed_with_its_kind(text: str, kind: str) -> None:
    article = declutter.clean("\n\n".join([*BODY, text]))
    removed = [(r.kind, r.rule) for r in article.boilerplate if r.text == text]
    assert removed == [(kind, "notice_words.self")], removed


@pytest.mark.parametrize(("text", "kind"), CLOSING)
def test_the_same_words_mid_story_are_the_storys_own(text: str, kind: str) -> None:
    article = declutter.clean("\n\n".join([*BODY[:2], text, BODY[2]]))
    assert all(r.rule != "notice_words.self" for r in article.boilerplate)


@pytest.mark.parametrize("text", [
    # reported speech: the outlet's 'we' belongs to someone quoted indirectly
    "We rely on donations from readers, the station's manager said at the meeting.",
    # no outlet voice: news about a newsletter
    "The paper launched a weekly newsletter on climate last spring.",
    # how-to about the reader's own things
    "Add a newsletter sign-up box to your shop's homepage and ask customers for their e-mail at the till.",
    # too long to be a notice
    "We spent three months reading the council's contracts " + "and the minutes of every meeting " * 10
    + "before we asked the mayor about the newsletter budget.",
])
def test_no_second_opinion(text: str) -> None:
    assert second_opinion(text, measure(text)) is None
    assert not declutter.clean("\n\n".join([*BODY, text])).boilerplate


def test_switched_off_like_a_rule() -> None:
    text = CLOSING[0][0]
    off = declutter.Config(disabled_rules=frozenset({"notice_words"}))
    assert not declutter.clean("\n\n".join([*BODY, text]), off).boilerplate
