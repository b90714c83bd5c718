"""Negation, deletion, prerequisite and replacement scope: what a line rules out never ticks,
and the rest of the line still does (issue 19, kind 1)."""

import re
from pathlib import Path

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import (
    CheckboxMappingService,
    Match,
    Review,
    Unmatched,
    Vetoed,
    load_corpus,
    plain_form,
)
from vautokit.vehicles._scope import find_scopes, mask


@pytest.mark.parametrize(("line", "kind"), [
    ("Panoramic Moonroof Delete", "deleted"),
    ("Spray-In Bedliner (Credit)", "deleted"),
    ("Deleted: Power Liftgate", "deleted"),
    ("LESS RUNNING BOARDS", "negated"),
    ("w/o Navigation", "negated"),
    ("Without Heated Steering Wheel", "negated"),
    ("NO ROOF RACK", "negated"),
    ("Outside Mirrors, Non-Heated", "negated"),
    ("Fog Lamps Not Included", "negated"),
    ("Simulated Leather Seating Surfaces", "negated"),
    ("Faux-Leather Trimmed Buckets", "negated"),
    ("Steel Wheels w/ Alloy-Look Covers", "negated"),
    ("Sunroof: None", "negated"),
    ("Navigation: N/A", "negated"),
    ("SUNROOF DEL", "deleted"),
    ("TONNEAU COVER (NOT INCL)", "negated"),
    ("Navigation Not Avail", "negated"),
    ("Remote Start Prep", "prerequisite"),
    ("Prep for Trailer Brake Controller", "prerequisite"),
    ("Sirius Satellite Radio Ready (subscription required)", "prerequisite"),
    ("Pre-Wired for Engine Block Heater", "prerequisite"),
    ("Provision for Wireless Charging", "prerequisite"),
    ("Cloth Bucket Seats (replaces Leather)", "replaced"),
    ("Steel Wheels in lieu of Alloy Wheels", "replaced"),
    ("Halogen Headlamps instead of LED Headlamps", "replaced"),
    ("Leather Seating replaced by Cloth", "replaced"),
    # a feature that does not work is not one the listing may claim
    ("Power Moonroof Inoperative", "negated"),
    ("NAVIGATION INOP", "negated"),
    ("Rear camera missing", "negated"),
    ("Heated Seats not working", "negated"),
    ("Power Liftgate (not on this vehicle)", "negated"),
    ("Remote Start - requires Convenience Pkg, not on this truck", "negated"),
    ("Super Cruise Not Activated", "negated"),
])
def test_a_feature_ruled_out_is_not_ticked_and_the_reason_says_why(mapper, line, kind):
    result = mapper.map_line(line)
    assert isinstance(result, Vetoed | Unmatched), result
    assert kind in result.reason


@pytest.mark.parametrize(("line", "labels"), [
    ("Cruise Control (Non-Adaptive)", {"Cruise Control"}),
    ("Sunroof Delete, Heated Front Seats", {"Heated Front Seats"}),
    ("Heated Mirrors and Moonroof Delete", {"Heated Mirrors"}),
    ("Bluetooth, w/o Navigation", {"Bluetooth"}),
    ("Cloth Seats (replaces Leather) w/ Heated Front Seats", {"Heated Front Seats"}),
    ("Remote Start Prep, Power Liftgate", {"Power Liftgate"}),
])
def test_the_scope_ends_at_its_boundary_so_other_features_still_tick(mapper, line, labels):
    assert ticked(mapper, line) == labels
    assert "not ticked" in mapper.map_line(line).reason


def test_a_coordinated_negation_rules_out_every_object():
    line = plain_form("w/o Sunroof or Navigation")
    assert mask(line, find_scopes(line)) == ""


@pytest.mark.parametrize("line", [
    "No-Charge Metallic Paint", "Keyless Entry",
    "Wireless Charging Pad", "Heated Seats",
])
def test_words_that_only_look_like_cues_rule_nothing_out(line):
    assert find_scopes(plain_form(line)) == []


def test_a_cue_inside_a_phrase_of_the_table_is_part_of_a_name(mapper, tmp_path):
    """A phrase of the table that holds a cue word names a feature ("ready" in a user's
    "road ready group"); "remote start prep" is only wiring."""
    mine = tmp_path / "synonyms.toml"
    mine.write_text('[labels]\n"Roof Rack" = ["road ready group"]\n')
    assert ticked(CheckboxMappingService(mine), "Road Ready Group") == {"Roof Rack"}
    assert isinstance(mapper.map_line("Remote Start Prep Package"), Vetoed)


def test_a_towing_prep_group_is_a_guess_not_a_tow_package(mapper):
    """A prep group prepares for a hitch the truck may not have: review, never a tick."""
    result = mapper.map_line("Gooseneck Towing Prep Group")
    assert not isinstance(result, Match) and "Tow Package" in result.labels


def test_a_cue_alone_after_a_comma_rules_out_the_part_before(mapper):
    result = mapper.map_line("Tonneau Cover - Dealer Installed, Not Included")
    assert isinstance(result, Vetoed) and "Tonneau Cover" in result.reason


NEGATED_FORMS = [
    "w/o {x}", "Without {x}", "{x} Delete", "Delete {x}", "Less {x}", "LESS {X}", "{x} (Credit)",
    "{x} Delete (Credit)", "Prep for {x}", "{x} Prep", "{x}-Ready", "Pre-Wired for {x}",
    "Cloth (replaces {x})", "In lieu of {x}", "{x} Not Included", "No {x}", "{X} DELETE",
    "{x} - Deleted", "Deleted: {x}", "{x}: N/A", "{x} Removed", "{x} Provision",
]


def test_every_feature_of_the_corpus_under_a_negation_ticks_nothing(mapper):
    """Each one-feature wording of the corpus (no commas, no "and"/"with"), ruled out in one
    of the ways stickers rule features out: nothing may tick."""
    corpus = load_corpus(sorted((Path(__file__).parents[1] / "data" / "mapping").glob(
        "corpus_*.txt")))
    simple = [ln.text for ln in corpus if ln.required and not re.search(
        r"[,:;()&/]| and | w/ | with | - |\b(?:package|pkg|group)\b", ln.text, re.I)]
    assert len(simple) >= 400
    ticked_lines = {}
    for k, text in enumerate(simple):
        line = NEGATED_FORMS[k % len(NEGATED_FORMS)].format(x=text, X=text.upper())
        if ticked(mapper, line):
            ticked_lines[line] = ticked(mapper, line)
    assert ticked_lines == {}


def test_a_trailing_cue_reaches_back_over_parts_that_name_no_feature(mapper):
    assert isinstance(mapper.map_line("Tonneau Cover - Dealer Installed, Not Included"), Vetoed)
    assert ticked(mapper, "Heated Seats, Sunroof (Credit)") == {"Heated Front Seats"}


def test_a_line_whose_scope_rules_out_no_feature_stays_up_for_review(mapper):
    """ "Cargo Net, Spare Tire Delete" deletes nothing the table knows and names a cargo
    net: the user may still decide about it."""
    result = mapper.map_line("Cargo Net, Spare Tire Delete")
    assert isinstance(result, Unmatched) and "deleted" in result.reason
    assert isinstance(mapper.map_line("Spare Tire Delete"), Vetoed)
    sure = mapper.map_line("Navigaton System, no charge for delete")
    assert not isinstance(sure, Match)


def test_a_forward_cue_with_nothing_after_answers_the_part_before(mapper):
    """A yes/no column: "Moonroof: No", "Heated Mirrors: N" rule out what they answer; a "Y"
    answer still ticks, and an "n" inside a name is no answer."""
    assert isinstance(mapper.map_line("Moonroof: No"), Vetoed)
    assert isinstance(mapper.map_line("Heated Mirrors: N"), Vetoed)
    assert ticked(mapper, "Moonroof: Y") == {"Sunroof"}


def test_a_backward_cue_reaches_over_an_aside_that_is_a_scope_itself(mapper):
    """What is "not ordered" is the feature, not the package it would need."""
    assert isinstance(
        mapper.map_line("Ventilated Front Seats (requires Luxury Group, not ordered)"), Vetoed)
    assert isinstance(
        mapper.map_line("Power Liftgate - requires Convenience Pkg - Not Fitted"), Vetoed)
    assert ticked(mapper, "Ventilated Front Seats (requires Luxury Group)") == {
        "Ventilated Seats"}


def test_wiring_alone_prepares_a_feature(mapper):
    for line in ("Remote Start Pre-Wiring", "Trailer Brake Controller, Wiring Only"):
        assert isinstance(mapper.map_line(line), Vetoed), line


def test_a_gap_in_a_table_phrase_never_reaches_over_a_cue(mapper):
    """The table's "seats ~3 memory" must not read "seats without memory" as memory seats."""
    assert ticked(mapper, "Leather Seats w/o Memory") == {"Leather Seats"}
    assert "Memory Seats" in ticked(mapper, "Leather Seats w/ Driver Memory")


@pytest.mark.parametrize("line", [
    "Power Liftgate....No", "Power Liftgate = No", "Power Liftgate: No (Delete)",
    "Power Liftgate - Deleted for Credit",
])
def test_an_answer_or_a_deletion_after_any_separator_rules_out_the_feature(mapper, line):
    assert isinstance(mapper.map_line(line), Vetoed), line


def test_a_deletion_heading_rules_out_its_whole_list(mapper):
    assert ticked(mapper, "Deleted: Power Liftgate, Fog Lamps") == set()
    assert ticked(mapper, "Delete - sunroof") == set()


def test_capable_with_a_requirement_only_prepares(mapper):
    """"capable" alone names the feature; one that still requires something is prepared."""
    assert isinstance(mapper.map_line("Navigation-Capable (requires SD map card)"), Vetoed)
    assert ticked(mapper, "Apple CarPlay Compatible") == {"Apple CarPlay Integration"}
    assert ticked(mapper, "Apple CarPlay (Compatible Phone Required)") == {
        "Apple CarPlay Integration"}


@pytest.mark.parametrize("line", [
    "Harman Kardon Sound w/ 14 Speakers Not Available",
    "Power Sliding Doors with Two Motors - Not Included",
    "Cooled front seats (driver and passenger) - option not ordered",
    "Heated Steering Wheel: Feature Not Equipped",
])
def test_a_backward_negation_whose_part_names_no_feature_reaches_the_feature(mapper, line):
    """What is unavailable is the feature the line names, not its speaker count or the word
    "option": the negation reaches back over "with" and over a filler part to it."""
    assert isinstance(mapper.map_line(line), Vetoed), line


def test_a_negated_modifier_in_an_aside_leaves_its_feature_ticked(mapper):
    """Only filler ("option", "feature") carries a negation over a comma: a modifier in an
    aside is what is ruled out there."""
    assert ticked(mapper, "Power Tailgate (Foot-Activated Not Included)") == {"Power Liftgate"}


@pytest.mark.parametrize("line", [
    "Rain-Sensing Wipers -- Not Offered", "Tow Hitch: not present", "Sunroof - N/A",
    "Blind Spot Monitor - opt. not ordered", "Power Liftgate: Not Avail.",
    "Ventilated Seats: \u2014", "Ventilated Seats = -",
])
def test_more_ways_to_say_the_car_does_not_have_it(mapper, line):
    assert isinstance(mapper.map_line(line), Vetoed), line


@pytest.mark.parametrize("line", [
    "Heated Mirrors (if equipped)", "Adaptive Cruise Control when equipped",
    "Wireless Phone Charger - where available", "Remote Start, If So Equipped",
    "Navigation standard on Platinum trim only",
    "Panoramic Roof (avail. on Limited models only)",
])
def test_a_feature_the_car_only_may_have_goes_to_review_not_ticked(mapper, line):
    result = mapper.map_line(line)
    assert isinstance(result, Review) and result.labels, line
    assert "uncertain" in result.reason


def test_only_without_a_trim_is_no_doubt(mapper):
    assert ticked(mapper, "Heated Seats (Driver Only)") == {"Heated Front Seats"}


@pytest.mark.parametrize("line", [
    "Power Sunroof - Customer Declined", "Fog Lamps (declined)", "Roof Rails Eliminated",
    "Heated Mirrors - Dealer Removed", "Navigation: No Charge Delete",
])
def test_declined_eliminated_and_a_deletion_after_filler_rule_out_the_feature(mapper, line):
    assert isinstance(mapper.map_line(line), Vetoed), line


@pytest.mark.parametrize("line", [
    "Leather Seating: Not Std", "Heated Rear Seats - Available on Touring",
    "Ventilated Seats (standard on Platinum)",
])
def test_standard_or_available_on_a_trim_is_doubt_for_review(mapper, line):
    result = mapper.map_line(line)
    assert isinstance(result, Review) and "uncertain" in result.reason, line


@pytest.mark.parametrize(("line", "label"), [
    ("Android Auto - standard on all trims", "Android Auto"),
    ("Remote Start: Standard on this vehicle", "Remote Start"),
    ("Apple CarPlay (available on compatible phones)", "Apple CarPlay Integration"),
    ("Wireless Charging - works on compatible phones only", "Wireless Charging"),
])
def test_on_every_car_or_a_phone_is_no_trim_condition(mapper, line, label):
    assert label in ticked(mapper, line), line
