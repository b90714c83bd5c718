"""One head over several attributes (issue 19, kind 3), packages without contents (kind 4) and
makers' systems that list their parts (kind 5)."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import Review


@pytest.mark.parametrize(("line", "labels"), [
    ("Front Seats w/ Heat, Cooling & Memory",
     {"Heated Front Seats", "Ventilated Seats", "Memory Seats", "Power Seats"}),
    ("Driver Seat w/ Memory, Heat, Power", {"Memory Seats", "Heated Front Seats", "Power Seats"}),
    ("2nd-Row Captain's Chairs w/ Heat & Ventilation", {"Heated Rear Seats", "Ventilated Seats"}),
    ("Steering Wheel w/ Heating", {"Heated Steering Wheel"}),
    ("Outside Mirrors: Power, Heated, Auto-Dimming", {"Heated Mirrors"}),
    ("Front Buckets w/ Heat, Ventilation", {"Heated Front Seats", "Ventilated Seats"}),
    ("Front Seats w/ Climate Control (Heat/Cool)", {"Heated Front Seats", "Ventilated Seats"}),
])
def test_a_head_is_read_with_each_of_its_attributes(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Third-Row Seats w/ Power Fold", {"Third Row Seats"}),
    ("Sport Seats w/ Adjustable Bolsters", set()),
    ("Front Seats w/ Power Lumbar", set()),
])
def test_an_attribute_that_names_no_feature_of_the_head_ticks_nothing(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Premium Package", "Technology Group", "EX Plus Package (PKG 3)", "Comfort Package $1,195",
    "Cold Weather Group", "Convenience Pkg",
])
def test_a_package_named_without_contents_ticks_nothing_and_goes_to_review(mapper, line):
    result = mapper.map_line(line)
    assert isinstance(result, Review), result
    assert result.reason.startswith("package without contents")


@pytest.mark.parametrize(("line", "labels"), [
    ("Max Towing & Off-Road Group", {"Tow Package"}),
    ("Trailering & Camper Special Package", {"Tow Package"}),
])
def test_two_packages_under_one_package_word_read_each_with_it(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_package_word_inside_a_longer_line_sets_off_no_other_package(mapper):
    line = "Tow Technology Package: Trailer Brake Controller, Pro Trailer Backup Assist"
    assert ticked(mapper, line) == {"Tow Package", "Trailer Brake Controller"}
    assert ticked(mapper, "Winter Package w/ Heated Steering Wheel") == {"Heated Steering Wheel"}


def test_a_makers_suite_alone_goes_to_review_and_lists_tick_what_they_list(mapper):
    alone = mapper.map_line("Honda Sensing")
    assert isinstance(alone, Review) and set(alone.labels) == {
        "Forward Collision Warning", "Lane Departure Warning", "Adaptive Cruise Control"}
    assert "Adaptive Cruise Control" not in mapper.map_line("Toyota Safety Sense C (TSS-C)").labels
    listed = "Honda Sensing: Collision Mitigation Braking, Road Departure Mitigation"
    assert ticked(mapper, listed) == {"Forward Collision Warning", "Lane Departure Warning"}


@pytest.mark.parametrize(("line", "labels"), [
    ("ProSafe Driver Suite: Blind Spot Warning, Lane Keep Assist, Rear Cross-Traffic Alert",
     {"Blind Spot Monitoring", "Lane Departure Warning"}),
    ("Co-Pilot Elite System - Adaptive Cruise, Forward Collision Alert",
     {"Adaptive Cruise Control", "Forward Collision Warning"}),
])
def test_a_system_never_seen_maps_by_the_parts_it_lists(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Steering Wheel - Heated, Leather-Wrapped", {"Heated Steering Wheel"}),
    ("Shift Knob, Leather", set()),
    ("Rear Liftgate - Power Operated", {"Power Liftgate"}),
    ("Front Seats - Heated & Ventilated", {"Heated Front Seats", "Ventilated Seats"}),
    ("Leather, Navigation, Sunroof", {"Leather Seats", "Navigation System", "Sunroof"}),
])
def test_modifiers_after_a_noun_are_read_with_their_noun_only(mapper, line, labels):
    """ "Noun - modifiers" reads like "Noun: modifiers"; a modifier is not a feature alone."""
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Steering Wheel: Power Tilt/Telescoping, Heated, Leather Wrapped",
     {"Heated Steering Wheel", "Telescoping Steering Wheel"}),
    ("Steering Wheel: Leather Wrapped, Heated", {"Heated Steering Wheel"}),
])
def test_a_noun_and_its_modifiers_read_together_whatever_their_order(mapper, line, labels):
    """"tilt / telescoping" is one short modifier ("/" is no word), and a leather-wrapped
    wheel is neither leather seats nor a reason to lose the wheel's other modifiers."""
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", ["Driver Confidence Package", "Trailer Towing Prep Group"])
def test_a_package_whose_contents_vary_by_trim_is_a_guess(mapper, line):
    assert isinstance(mapper.map_line(line), Review)


@pytest.mark.parametrize(("line", "labels"), [
    ("Trailer Hitch w/ Trailer Stability Control", {"Trailer Hitch"}),
    ("2.9 TFSI Supercharged V6 Engine", set()),
    ("2.0L Turbocharged & Supercharged I-4", {"Turbocharged"}),
])
def test_a_word_shared_with_another_feature_does_not_tick_it(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_pack_is_a_package_whose_name_is_no_head(mapper):
    """"Winter Pack: Heated Rear Seats" is no "rear seats winter pack" (rear climate)."""
    assert ticked(mapper, "Winter Climate Pack: Heated Wheel, Heated Rear Seats") == {
        "Heated Rear Seats", "Heated Steering Wheel"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Backup Camera, Cruise, Tilt Wheel", {"Backup Camera", "Cruise Control"}),
    ("Power Windows, Keyless", {"Power Windows", "Keyless Entry"}),
    ("Cruise Ship Mode", set()),
])
def test_a_feature_word_alone_as_a_part_of_a_list_names_the_feature(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_leather_wrap_is_never_leather_seats(mapper):
    assert ticked(mapper, "Steering Wheel w/ Heat & Leather Wrap") == {"Heated Steering Wheel"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Signature 22-Way Power Driver Seat w/ Heat, Cooling & Memory",
     {"Power Seats", "Heated Front Seats", "Ventilated Seats", "Memory Seats"}),
    ("Designo Multicontour 16-Way Power Front Seats w/ Heat & Memory",
     {"Power Seats", "Heated Front Seats", "Memory Seats"}),
])
def test_a_long_head_is_read_by_the_noun_after_its_way_count(mapper, line, labels):
    """A maker's name and a way count before the seat noun make a head too long to read
    whole; what follows the count is the noun its attributes go with."""
    assert ticked(mapper, line) == labels
