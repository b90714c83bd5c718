"""The learned second opinion over the rules' ticks (vautokit/vehicles/_second_opinion.py).

Lines are invented. The behaviour tests compare the rules alone (the ``mapper`` fixture) with
the mapping as runs use it (``mapper_with_opinion``), so each fails with the opinion removed;
that it takes no more than it doubts is held by the line that keeps its other ticks.
"""

from pathlib import Path

import pytest

from vautokit.vehicles import CheckboxMappingService, Match, Review, SynonymsFile, load_corpus
from vautokit.vehicles._second_opinion import SecondOpinion, labels_digest, tick_features

LABELLED = Path(__file__).parents[1] / "data" / "mapping"


def test_the_words_around_a_named_feature_are_its_context():
    features = tick_features("heated seats , no sunroof , leather", "Sunroof", ["sunroof"])
    assert {"x|L1:no", "x|CL:no", "x|R1:,", "x|PC:heated", "x|NC:leather",
            "x|clause:1", "l|L=Sunroof"} <= set(features)
    # and the line's words on either side of it, however many clauses away
    far = tick_features("no , the seller says , it has a sunroof , sadly", "Sunroof", ["sunroof"])
    assert {"y|LL:no", "y|LL:seller", "y|RR:sadly"} <= set(far)
    assert "y|RR:no" not in far
    # and where a car's name stands in it, as any car: one weight for every model a style names
    other = tick_features("his own bronco , roof rack , hitch", "Roof Rack", ["roof rack"])
    assert {"g|PC:<car>", "g|L2:<car>", "g|LL:<car>"} <= set(other)
    assert not any(f.startswith("g|") for f in features)
    # unnamed (shorthand, a package): the line's words alone, marked as such
    assert "x|unplaced" in tick_features("htd sts , nav", "Heated Front Seats", [])


@pytest.mark.parametrize(("line", "label"), [
    ("Customer says the car has adaptive cruise but it does not", "Adaptive Cruise Control"),
    # (round 45 taught the rules a promise: "promised" became "boasted")
    ("The listing boasted a tow package, what arrived was a bare bumper", "Tow Package"),
    ("Whoever told you it had ventilated seats was mistaken, heated only", "Ventilated Seats"),
])
def test_a_feature_ruled_out_in_wording_the_rules_do_not_know_goes_to_review(
        mapper, mapper_with_opinion, line, label):
    assert label in mapper.map_line(line).labels
    result = mapper_with_opinion.map_line(line)
    assert isinstance(result, Review)
    assert result.labels == (label,) and result.method == "second opinion"
    assert f"not ticked: {label} (second opinion: " in result.reason


def test_only_the_doubted_tick_is_taken_from_a_line(mapper, mapper_with_opinion):
    # (round 80 taught the rules "turned out": "proved" is still the opinion's to doubt)
    line = ("Buyer swore the Accord had a sunroof but it proved to be a solid roof; "
            "heated seats and navigation are there")
    assert set(mapper.map_line(line).labels) == {
        "Sunroof", "Heated Front Seats", "Navigation System"}
    result = mapper_with_opinion.map_line(line)
    assert isinstance(result, Match)
    assert set(result.labels) == {"Heated Front Seats", "Navigation System"}
    assert "not ticked: Sunroof (second opinion: " in result.reason


def test_a_label_brought_only_by_a_doubted_one_goes_with_it(mapper, mapper_with_opinion):
    line = "Customer said the SUV had memory seats but it did not"
    assert set(mapper.map_line(line).labels) == {"Memory Seats", "Power Seats"}  # [implies]
    result = mapper_with_opinion.map_line(line)
    assert isinstance(result, Review)
    assert "Power Seats (second opinion: " in result.reason


def test_a_review_decision_is_never_overruled(mapper_with_opinion, tmp_path):
    line = "Customer says the car has adaptive cruise but it does not"
    assert isinstance(mapper_with_opinion.map_line(line), Review)
    file = SynonymsFile.open(tmp_path / "synonyms.toml")
    file.add("Adaptive Cruise Control", line)  # the user looked, and the car has it
    file.save()
    decided = CheckboxMappingService(file.path).map_line(line)
    assert isinstance(decided, Match)
    assert decided.labels == ("Adaptive Cruise Control",) and decided.method == "user"


def test_a_decision_on_one_doubted_label_leaves_the_others_doubted(
        mapper_with_opinion, tmp_path):
    line = "Customer says the car has a sunroof and adaptive cruise but it does not"
    assert set(mapper_with_opinion.map_line(line).labels) == {
        "Adaptive Cruise Control", "Sunroof"}  # both under review
    file = SynonymsFile.open(tmp_path / "synonyms.toml")
    file.add("Adaptive Cruise Control", line)
    file.save()
    decided = CheckboxMappingService(file.path).map_line(line)
    assert isinstance(decided, Match) and decided.labels == ("Adaptive Cruise Control",)
    assert "not ticked: Sunroof (second opinion: " in decided.reason


def test_the_shipped_model_was_trained_on_the_labelled_lines_as_they_are():
    """After labels change, train again: ``PYTHONPATH=. python benchmarks/second_opinion.py
    train`` (``measure`` measures it again and chooses the threshold too)."""
    import json
    from importlib import resources

    model = json.loads(resources.files("vautokit.vehicles").joinpath(
        "data", "second_opinion.json").read_text())
    assert model["trained on"]["labels digest"] == labels_digest(
        load_corpus(sorted(LABELLED.glob("*.txt"))))
    assert 0 < SecondOpinion.built_in().threshold < 1
