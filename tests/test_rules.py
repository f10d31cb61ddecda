"""Every rule's own examples and counterexamples, checked as data."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import declutter
from declutter.classify import RuleSet, _context_ok, judge, ruleset
from declutter.config import DEFAULT_CONFIG
from declutter.features import measure
from declutter.rules import REGISTRY, TAXONOMY, Part, Rule, Veto

EXAMPLES = [(r, e) for r in REGISTRY for e in r.examples]
COUNTER = [(r, e) for r in REGISTRY for e in r.counterexamples]


def fires(rule: Rule, text: str) -> bool:
    f = measure(text)
    if rule.max_words is not None and f.words > rule.max_words:
        return False
    return rule.search(text) is not None and _context_ok(rule, f)


@pytest.mark.parametrize(("rule", "text"), EXAMPLES, ids=[f"{r.name}:{e[:30]}" for r, e in EXAMPLES])
def test_rule_fires_on_its_examples(rule: Rule, text: str) -> None:
    assert fires(rule, text), f"{rule.name} should fire on {text!r}"
    assert RuleSet((rule,)).candidates(text) == [rule], f"{rule.name}: no trigger or lead in {text!r}"


@pytest.mark.parametrize(("rule", "text"), COUNTER, ids=[f"{r.name}:{e[:30]}" for r, e in COUNTER])
def test_rule_stays_quiet_on_counterexamples(rule: Rule, text: str) -> None:
    assert not fires(rule, text), f"{rule.name} fired on its counterexample {text!r}"


@pytest.mark.parametrize(("rule", "text"), COUNTER, ids=[f"{r.name}:{e[:30]}" for r, e in COUNTER])
def test_counterexamples_stay_body_overall(rule: Rule, text: str) -> None:
    v = judge(text, measure(text), ruleset(DEFAULT_CONFIG), DEFAULT_CONFIG)
    assert v.label != "boilerplate", f"{text!r} classified {v.kind} by {v.rule}"


def test_every_rule_is_documented_and_in_taxonomy() -> None:
    names = [r.name for r in REGISTRY]
    assert len(names) == len(set(names))
    for r in REGISTRY:
        assert r.why and r.examples and r.counterexamples, r.name
        assert r.kind in TAXONOMY, f"{r.name}: kind {r.kind} not in TAXONOMY"


def _texts_for_trigger_check() -> list[str]:
    import json
    from pathlib import Path

    texts = [t for r in REGISTRY for t in r.examples + r.counterexamples]
    here = Path(__file__).resolve().parent
    for f in sorted(here.glob("fixtures/*/*/input.txt")):
        texts += [line for line in f.read_text("utf-8").splitlines() if line.strip()]
    dev = here.parents[1] / "shared" / "data" / "boilerplate-dev.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.read_text("utf-8").splitlines() if line.strip()]
    return texts


def test_trigger_prefilter_never_hides_a_match() -> None:
    """A rule whose pattern matches must have been a candidate (rule examples, fixtures, dev set)."""
    rs = ruleset(DEFAULT_CONFIG)
    for text in _texts_for_trigger_check():
        cands = {c.name for c in rs.candidates(text)}
        for rule in REGISTRY:
            if rule.search(text) is not None:
                assert rule.name in cands, f"{rule.name} matches {text!r} but was not a candidate"


def test_user_rule_is_applied_and_explained() -> None:
    rule = Rule(
        name="user.podcast_promo",
        kind="newsletter",
        patterns=(r"\blisten\s+to\s+our\s+podcast\b",),
        why="site-specific promo line",
        examples=("Listen to our podcast on your favourite app.",),
    )
    text = "Title here\n\nThe mayor resigned on Monday after a long dispute.\n\nListen to our podcast on your favourite app."
    a = declutter.clean(text, declutter.Config(extra_rules=(rule,)))
    assert [(b.kind, b.rule) for b in a.boilerplate] == [("newsletter", "user.podcast_promo")]
    from declutter.render import explain

    assert "user.podcast_promo" in explain(a)


def test_disabled_rule_is_skipped() -> None:
    text = "Title here\n\nThe mayor resigned on Monday after a long dispute.\n\n© 2024 Example News. All rights reserved."
    assert declutter.clean(text).boilerplate
    off = declutter.Config(disabled_rules=frozenset({"wire.copyright"}))
    assert not declutter.clean(text, off).boilerplate


def test_bad_user_rule_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="bad pattern"):
        Rule(name="user.bad", kind="newsletter", patterns=("(unclosed",), why="x")
    with pytest.raises(ValueError, match="dotted"):
        Rule(name="nodot", kind="newsletter", patterns=("x",), why="x")


def _unbuilt(part: Part) -> list[str]:
    """The lazily built slots of a part that are still unset (read through
    the slot descriptors, which do not fall back to ``__getattr__``)."""
    out = []
    for name in ("folded_source", "gate", "twin"):
        try:
            getattr(Part, name).__get__(part, Part)
        except AttributeError:
            out.append(name)
    return out


def test_rules_compile_on_first_use_and_warm_up_compiles_them_all() -> None:
    """A one-file run builds only the parts its blocks reach; ``warm_up``
    builds every part of every active rule (the benchmarks call it)."""
    fresh = Rule(name="user.lazy", kind="newsletter", patterns=(r"\bjoin\s+our\s+list\b | \bsign\s+up\s+today\b",),
                 why="x")
    assert all(not _unbuilt(p) for p in fresh.engines())  # user rules: built (and checked) at creation
    # in a fresh interpreter (this one's earlier tests built many parts):
    # one short article leaves most parts unbuilt
    probe = (
        "import declutter\n"
        "from declutter.rules import Part\n"
        "declutter.clean('Council approves budget\\n\\nThe council approved the budget on Monday.')\n"
        "parts = [p for r in declutter.builtin_rules() for p in r.engines()]\n"
        "def built(p):\n"
        "    try:\n"
        "        return bool(Part.twin.__get__(p, Part))\n"
        "    except AttributeError:\n"
        "        return False\n"
        "print(sum(not built(p) for p in parts), len(parts))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    unbuilt, total = map(int, out.stdout.split())
    assert unbuilt > 0.9 * total
    parts = [p for r in REGISTRY for p in r.engines()]
    declutter.warm_up()
    assert not [p.source[:40] for p in parts if p.folded_source is not None and _unbuilt(p)]


def test_rules_and_configs_survive_pickling_for_worker_processes() -> None:
    """A scraper hands its Config (with its own rules) to worker processes:
    rules pickle as their sources, and the copies judge like the originals."""
    own = Rule(name="user.podcast", kind="newsletter", patterns=(r"\blisten\s+to\s+our\s+podcast\b",),
               why="x", weight=2.0)
    config = declutter.Config(extra_rules=(own,))
    text = "Council approves budget\n\nThe council approved the budget on Monday after a long debate.\n\nListen to our podcast."
    copy = pickle.loads(pickle.dumps(config))
    assert [b.rule for b in declutter.clean(text, copy).boilerplate] == ["user.podcast"]
    for rule in REGISTRY[:20]:
        rule.build()
        twin = pickle.loads(pickle.dumps(rule))
        assert twin == rule and [p.source for p in twin.engines()] == [p.source for p in rule.engines()]
        for example in rule.examples:
            assert twin.evidence(example, example.lower()) == rule.evidence(example, example.lower())


def test_vetoes_read_case_folded_agree_with_their_patterns_as_written() -> None:
    """Each rule veto runs case-folded on the lower-cased block; on every
    example, counterexample and fixture block it says what its
    case-insensitive patterns say (and the remembered last verdict too)."""
    vetoes = {id(r.unless): r.unless for r in REGISTRY if r.unless is not None}
    texts = [t for r in REGISTRY for t in r.examples + r.counterexamples] + _texts_for_trigger_check()
    assert vetoes
    for veto in vetoes.values():
        for text in texts:
            for variant in _case_variants(text):
                assert veto.holds(variant) == veto.holds_unfolded(variant), variant
                assert veto.holds(variant) == veto.holds_unfolded(variant), variant  # remembered


def _case_variants(text: str) -> list[str]:
    return [text, text.upper(), text.title(), text.swapcase()]


@pytest.mark.parametrize("rule", REGISTRY, ids=[r.name for r in REGISTRY])
def test_case_folded_twins_match_like_the_case_insensitive_patterns(rule: Rule) -> None:
    """The classifier runs folded patterns on lower-cased text: same matches,
    same evidence, on every example and counterexample in any letter case."""
    for text in [v for t in rule.examples + rule.counterexamples for v in _case_variants(t)]:
        m = rule.search(text)
        assert rule.evidence(text, text.lower()) == (m.group(0) if m else None), text


def test_fold_pattern_keeps_escapes_and_refuses_case_reading_patterns() -> None:
    from declutter.rules import fold_pattern

    assert fold_pattern(r"\bCreative\s+Commons\W") == r"\bcreative\s+commons\W"
    assert fold_pattern(r"[\p{L}\d]+ Über") == r"[\p{L}\d]+ über"
    assert fold_pattern(r"(?P<Name>X)(?P=Name)") == r"(?P<Name>x)(?P=Name)"
    assert fold_pattern(r"by\s+(?-i:\p{Lu})") is None


def test_text_whose_lower_case_changes_length_still_matches() -> None:
    rule = next(r for r in REGISTRY if r.name == "republish.rules.conditions")
    text = "İstanbul desk: " + rule.examples[0]  # 'İ'.lower() is two characters
    assert len(text.lower()) != len(text)
    assert rule.evidence(text, text.lower()) == rule.search(text).group(0)  # type: ignore[union-attr]


def test_case_folded_twins_use_the_rules_engine() -> None:
    """The stdlib engine backtracks exponentially on some rule shapes that
    ``regex`` runs in linear time; the twins must run where the originals do."""
    for rule in REGISTRY:
        for pat, folded in zip(rule.compiled, rule.folded):
            assert folded is None or type(folded) is type(pat), rule.name


def test_no_rule_lists_a_trigger_twice() -> None:
    for rule in REGISTRY:
        assert len(set(rule.triggers)) == len(rule.triggers), rule.name
        assert len(set(rule.leads)) == len(rule.leads), rule.name


def test_top_level_branches_respect_groups_classes_escapes_and_comments() -> None:
    from declutter.rules import top_level_branches

    pattern = r"""
        a(?:b|c)      # one | two
        | [|\]]x \| y
        | ^z
    """
    assert [" ".join(b.split()) for b in top_level_branches(pattern)] == [
        "a(?:b|c) # one | two", r"[|\]]x \| y", "^z"]


def test_branches_run_as_their_own_patterns_with_the_same_matches() -> None:
    """Mixed '^' and free branches are compiled apart (speed); a rule must
    match exactly where its patterns as written match."""
    import json

    import regex

    from declutter.rules import RULE_FLAGS, split_branches

    assert split_branches(r"^a | b # c") == ("^(?:a \n)", " b # c")
    assert split_branches("# why\n ^a | b") == ("^(?:a \n)", " b")  # a comment before the anchor
    assert split_branches(r"(?:^|[.]\s)a | b") == (r"(?:^|[.]\s)a ", " b")  # a nested anchor runs alone
    # case-folded branches one by one; those that read case together, last
    assert split_branches(r"a | by\s(?-i:\p{Lu}) | c") == ("a ", " c", r" by\s(?-i:\p{Lu}) ")
    assert split_branches(r"a | b") == ("a ", " b")
    here = Path(__file__).resolve().parent
    texts = [t for r in REGISTRY for t in r.examples + r.counterexamples]
    for name in ("positive.jsonl", "negative.jsonl"):
        texts += [json.loads(x)["text"] for x in (here / "fixtures" / "blocks" / name).read_text("utf-8").splitlines()]
    for rule in REGISTRY:
        written = [regex.compile(p, RULE_FLAGS) for p in rule.patterns]
        for text in texts:
            written_match = any(p.search(text) for p in written) and not rule.vetoed(text)
            assert (rule.search(text) is not None) == written_match, (rule.name, text)


def test_no_pattern_carries_an_f_string_brace_slip() -> None:
    """'[^.]{0,40}' inside an rf-string becomes '[^.](0, 40)': a branch that can
    never match.  Quantifiers in rf-string patterns must be doubled ('{{0,40}}')."""
    import re

    for rule in REGISTRY:
        for p in rule.patterns:
            assert not re.search(r"\(\d+, \d+\)", p), rule.name


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("Sie sagte: „Abonnieren Sie den Kanal“", False),  # inside a German quotation
        ("„Wir machen weiter“, sagte sie. Abonnieren Sie den Kanal", True),  # after one: its '“' closed it
        ("“Subscribe to the channel", False),  # an English quotation still open
        ("She said “yes”. Subscribe to the channel", True),
        ("« Abonnez-vous à la chaîne", False),
        ("Le maire « a dit oui ». Abonnez-vous à la chaîne", True),
    ],
)
def test_outside_quotes_reads_german_closing_marks_as_closing(text: str, outside: bool) -> None:
    import regex

    from declutter.rules import OUTSIDE_CURLY_QUOTES, OUTSIDE_QUOTES, RULE_FLAGS

    for guard in (OUTSIDE_QUOTES, OUTSIDE_CURLY_QUOTES):
        found = regex.search(r"(?:subscribe|abonn\w+)" + guard, text, RULE_FLAGS)
        assert (found is not None) is outside, (guard, text)


@pytest.mark.parametrize(
    "text",
    [
        "‘If you want to help, donate to the appeal today,’ the charity’s chief executive urged listeners.",
        "'You can republish this story for free,' the editor wrote in a memo to staff that later leaked.",
        "‘We rely on gifts from listeners like you,’ said the director of the station.",
    ],
)
def test_single_quoted_speech_is_not_the_outlet_speaking(text: str) -> None:
    """British style quotes speech in single quotes; its 'you' and 'we' are the speaker's."""
    assert declutter.clean("The hall was full on Friday evening.\n\n" + text).text.endswith(text)


def test_apostrophes_are_not_quotation_marks() -> None:
    from declutter.rules.cues import unquoted

    assert unquoted("It's our readers' support: don’t miss a story.") == "It's our readers' support: don’t miss a story."
    assert unquoted("'We don't rely on ads,' she said.").split() == ["she", "said."]


def test_an_unless_veto_cancels_a_match_and_is_checked_where_it_is_written() -> None:
    """``unless`` is read over the block once a pattern matched (how-to prose guards)."""
    veto = Veto(any_of=r"\byour\s+own\b", none_of=r"\b(?:we|our)\b")
    rule = Rule(name="test.veto", kind="newsletter", why="test", patterns=(r"\bsign\s+up\b",), unless=veto)
    assert rule.evidence("Sign up for a tool.", "sign up for a tool.") == "Sign up"
    assert rule.evidence("Sign up for a tool and start your own list.",
                         "sign up for a tool and start your own list.") is None
    assert rule.search("Sign up to start your own list.") is None
    assert rule.search("Sign up for our letter, or start your own list.") is not None  # names the outlet
    assert Veto(any_of="x", none_of="y", long_chars=10).holds("a long line of text")
    with pytest.raises(ValueError):
        Veto(any_of="(", none_of="y")
