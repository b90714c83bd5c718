"""The phrase screen (issue 22: the mapping's share of Python's CPU per vehicle): the
literals any match of a phrase must hold, and the index that tries only the phrases whose
literals a line holds. The screen may let through a phrase that then fails, never hold
back one that matches: checked on every labelled line against every built-in phrase."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vautokit.vehicles import CheckboxMappingService, load_corpus
from vautokit.vehicles._literals import PhraseIndex, ScreenedPattern
from vautokit.vehicles._mapping import compile_phrase, plain_form

DATA = Path(__file__).parents[1] / "data" / "mapping"


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"heated seats?", {"heated seat"}),
    (r"(?<![a-z])(?:moonroof|sunroof)(?![a-z])", {"moonroof", "sunroof"}),
    # the longest of a sequence's mandatory runs is the most selective
    (r"\bhtd (?:frt )?seats\b", {"seats"}),
    # a common start of alternatives joins the run before them
    (r"rear (?:a/?c|air)", {"rear a"}),
    # a repeat of at least one keeps its body's need; an optional part has none
    (r"(?:power )+liftgate", {"liftgate"}),
    (r"(?:tow|towing) (?:pkg|package)", {"tow"}),
    (r"(?:nav|navigation|gps)(?: system)?", {"nav", "navigation", "gps"}),
])
def test_the_literals_any_match_must_hold(pattern, needed):
    assert ScreenedPattern(pattern).literals == needed


@pytest.mark.parametrize("pattern", [
    r"[a-z]+ ?\d",                        # classes of characters: no fixed text
    r"(?:heated )?(?:x|\w+)",            # an alternative with no fixed text
    r"(?i)heated seats",                 # case-blind: a substring test would be wrong
    r"(?=nav\b)\w+",                     # fixed text only in an assertion
])
def test_a_pattern_without_a_sure_literal_is_not_screened(pattern):
    compiled = re.compile(pattern)
    assert ScreenedPattern(pattern).literals is None
    text = "HEATED SEATS , front seats , nav"
    assert [m.span() for m in ScreenedPattern(pattern).finditer(text)] == [
        m.span() for m in compiled.finditer(text)]


def test_a_screened_phrase_skips_a_line_without_its_literal():
    phrase = compile_phrase("heated mirror")
    assert phrase.literals == {"heated mirror"}
    assert phrase.search("power mirrors , heated seats") is None
    assert phrase.sub(" , ", "heated mirrors , fog lamps") == " ,  , fog lamps"
    assert [m.group() for m in phrase.finditer("heated mirrors and heated mirror")] == [
        "heated mirrors", "heated mirror"]


def test_the_index_returns_only_phrases_a_line_may_match_in_order():
    phrases = [compile_phrase(p) for p in ("heated seats", "sunroof", r"re:[a-z]{3}\d",
                                           "heated mirrors", "x")]
    index = PhraseIndex(phrases, lambda phrase: phrase)
    assert [p.pattern for p in index.candidates("heated seats , x")] == [
        phrases[0].pattern, phrases[2].pattern, phrases[4].pattern]
    assert index.candidates("sunroof") == [phrases[1], phrases[2]]


@pytest.fixture(scope="module")
def every_labelled_line() -> list[str]:
    # every sixth line (the whole set takes a minute), and the tails of lines too, so
    # literals at a line's very start and end are met
    lines = [plain_form(line.text) for line in load_corpus(sorted(DATA.glob("*.txt")))][::6]
    return lines + [line[len(line) // 2:] for line in lines]


def test_no_phrase_that_matches_a_labelled_line_is_screened_out(every_labelled_line):
    mapper = CheckboxMappingService.built_in(second_opinion=False)
    rules = mapper._rules
    index = PhraseIndex(rules, lambda rule: rule.pattern)
    missed = []
    for line in every_labelled_line:
        offered = {id(rule) for rule in index.candidates(line)}
        missed += [(rule.pattern.pattern, line) for rule in rules
                   if rule.pattern.compiled.search(line) and id(rule) not in offered]
    assert not missed
    screened = sum(rule.pattern.literals is not None for rule in rules)
    assert screened > 0.9 * len(rules)
