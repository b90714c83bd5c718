"""Round 25 of issue 19: English translated word for word from another language, read in
English order by word classes of language.toml's [translated] table (no mapping table)."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._language import read_as_english, read_translated

# --- "N of M": what a noun is of said before it ------------------------------------------

@pytest.mark.parametrize("line, labels", [
    ("Camera of reversing with guide lines", {"Backup Camera"}),
    ("Lamps of fog and sensor of parking posterior", {"Parking Sensors", "Fog Lights"}),
    ("Control of stability and traction included", {"Stability Control",
                                                     "Traction Control"}),
    ("Controller of brake of the trailer", {"Trailer Brake Controller"}),
])
def test_a_noun_of_a_noun_is_said_in_english_order(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_feature_of_a_part_is_the_part_so_featured(mapper):
    line = "Heating of the rear seats, ventilation of front seats"
    assert ticked(mapper, line) == {"Heated Rear Seats", "Ventilated Seats"}


# --- adjectives said after their noun -----------------------------------------------------

@pytest.mark.parametrize("line, label", [
    ("Mirrors exterior heated", "Heated Mirrors"),
    ("Seats cooled front", "Ventilated Seats"),
    ("Mirror interior electrochromic", "Auto-Dimming Rearview Mirror"),
])
def test_adjectives_after_a_noun_go_before_it(mapper, line, label):
    assert ticked(mapper, line) == {label}


def test_a_part_and_its_feature_are_one_compound(mapper):
    assert ticked(mapper, "Heating seats, tinted glass") == {"Heated Front Seats"}
    assert ticked(mapper, "Bench and seats heating in front and back, cloth") == {
        "Heated Front Seats", "Heated Rear Seats"}


# --- calques ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, label", [
    ("Cast disks 19 inch", "Alloy Wheels"),
    ("Sky window with sunshade", "Sunroof"),
    ("Conditioner, tinted glass", "Air Conditioning"),
    ("Engine start from button", "Push Button Start"),
    ("Autostart from the smartphone", "Remote Start"),
    ("Hydraulic direction, manual gearbox", "Power Steering"),
    ("Glasses electric all around", "Power Windows"),
])
def test_calques_are_read_as_the_features_names(mapper, line, label):
    assert label in ticked(mapper, line)


# --- English as it came -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Bill of sale and set of keys, heated seats front and rear",
    "Remote start smart key, rear seat heater ducts",
    "Air conditioner serviced; distance control for parking, front and back",
    "Traction control, mirror heating, seat ventilation. Seats front and rear.",
])
def test_english_is_left_as_it_came(line):
    assert read_translated(line) == line
    assert read_as_english(line) == line


@pytest.mark.parametrize(("line", "labels"), [
    ("Detail: vinyl conditioner on the dash, heated seats", {"Heated Front Seats"}),
    ("Remote start with the push of a button", {"Remote Start"}),
])
def test_a_calques_words_in_english_senses_are_left(mapper, line, labels):
    assert ticked(mapper, line) == labels
