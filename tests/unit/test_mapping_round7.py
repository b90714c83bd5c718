"""Issue 19, round 7: marketplace prose in UK, Canadian and Australian wording. A "not"
before any participle rules out the feature before it; engine designations that say
"diesel" only to those who know them; makers' hi-fi brands; "climate" as air conditioning.
Lines here are invented, not the blind batch's."""

import pytest

from vautokit.vehicles import CheckboxMappingService, Match, Vetoed


@pytest.fixture(scope="module")
def mapper():
    return CheckboxMappingService.built_in()


def ticked(mapper, line):
    result = mapper.map_line(line)
    return set(result.labels) if isinstance(result, Match) else set()


@pytest.mark.parametrize(("line", "label"), [
    ("Octavia: panoramic roof option NOT specified, solid roof", "Sunroof"),
    ("Heated seats option not specced", "Heated Front Seats"),
])
def test_not_before_a_participle_rules_out_the_feature_before_it(mapper, line, label):
    assert label not in ticked(mapper, line)
    assert isinstance(mapper.map_line(line), Vetoed)


def test_not_before_a_word_of_condition_keeps_the_feature(mapper):
    assert "Leather Seats" in ticked(mapper, "Leather seats not damaged")
