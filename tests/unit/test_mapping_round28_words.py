"""Round 28 of issue 19, makers' words: a suite named alone ticks nothing (its contents are a
guess), a suite that lists its parts by their initials ticks those parts, a system named for
its adaptive cruise is that cruise alone, and makers' and dealers' names for common features
(a phone as the key, a liftgate opened by a kick, a split-folding seat's name, an audio
maker's) are the features they name."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import Review

# --- a suite named alone ticks nothing and goes to review ----------------------------------


@pytest.mark.parametrize(("line", "offered"), [
    ("IQ.DRIVE driver assistance", "Blind Spot Monitoring"),
    ("Hyundai SmartSense safety suite", "Forward Collision Warning"),
    ("Co-Pilot360 Plus (Lincoln) installed", "360 Camera"),
    ("TSS 2.5 standard on this trim", "Adaptive Cruise Control"),
])
def test_a_suite_named_alone_ticks_nothing_and_offers_its_usual_contents(mapper, line, offered):
    result = mapper.map_line(line)
    assert isinstance(result, Review), result
    assert result.reason.startswith("package without contents")
    assert offered in result.labels


def test_a_suite_among_other_items_adds_nothing_of_its_own(mapper):
    line = "Crosstrek Sport: EyeSight, heated seats, roof rails"
    assert ticked(mapper, line) == {"Heated Front Seats", "Roof Rack"}


def test_a_suite_asked_about_holds_back_nothing_the_answer_names(mapper):
    line = "Q: is Honda Sensing on it? A: yes, it has Honda Sensing and a heated steering wheel"
    assert ticked(mapper, line) == {"Heated Steering Wheel"}


# --- a system named for its adaptive cruise is that cruise ----------------------------------


@pytest.mark.parametrize("line", [
    "Highway Driving Assist 2 w/ lane change",
    "Active Driving Assistant Pro",
    "Co-Pilot360 Assist 2.0 added",
])
def test_a_system_named_for_its_adaptive_cruise_ticks_the_cruise_alone(mapper, line):
    assert ticked(mapper, line) == {"Adaptive Cruise Control"}


# --- a suite's parts listed by their initials --------------------------------------------------


@pytest.mark.parametrize(("line", "labels"), [
    ("Toyota Safety Sense P (PCS, LDA, DRCC)",
     {"Forward Collision Warning", "Lane Departure Warning", "Adaptive Cruise Control"}),
    ("Safety Package: RDM, BSM", {"Lane Departure Warning", "Blind Spot Monitoring"}),
    ("i-ACTIVSENSE - LDWS, SBS",
     {"Lane Departure Warning", "Forward Collision Warning"}),
])
def test_a_suites_parts_named_by_their_initials_tick_those_parts(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_code_on_a_line_that_names_no_suite_is_read_as_written(mapper):
    # "pcs" beside floor mats is pieces, not a pre-collision system
    assert "Forward Collision Warning" not in ticked(mapper, "Weathertech liners, PCS, mud flaps")


def test_a_things_initials_with_a_systems_letter_after_them_are_no_part(mapper):
    # "PSM" is stability management, not a parking-sensor monitor; "SRS" no sun-roof system
    labels = ticked(mapper, "Sport Chrono Package: PSM, SRS")
    assert not labels & {"Parking Sensors", "Sunroof"}


# --- makers' and dealers' names for common features ----------------------------------------


@pytest.mark.parametrize(("line", "label"), [
    ("Digital Key 2 Touch", "Keyless Entry"),
    ("Phone As Key w/ app", "Keyless Entry"),
    ("Motion Liftgate", "Power Liftgate"),
    ("kick sensing liftgate", "Power Liftgate"),
    ("2nd row 60/40 Magic Seat", "Split Folding Rear Seat"),
    ("50/50 split third row", "Split Folding Rear Seat"),
    ("HK surround system", "Premium Audio"),
    ("Nav, Sonus Faber, HUD", "Premium Audio"),
    ("Glass Canopy", "Sunroof"),
    ("Panoramic View Cams", "360 Camera"),
    ("2021 Taycan 4S", "All Wheel Drive"),
    ("Grand Cherokee 4xe Trailhawk", "Four Wheel Drive"),
])
def test_a_makers_or_dealers_name_for_a_feature_ticks_it(mapper, line, label):
    assert label in ticked(mapper, line)


def test_a_key_card_for_a_digital_key_is_no_keyless_entry(mapper):
    assert "Keyless Entry" not in ticked(mapper, "digital key card blank ordered")


# --- a listed item that names a feature by its own noun is not the head's modifier ----------


@pytest.mark.parametrize(("line", "labels"), [
    ("Heated seats, rear camera", {"Heated Front Seats", "Backup Camera"}),
    ("Power seats, rear wiper", {"Power Seats"}),
    ("Steering wheel, heated leather", {"Heated Steering Wheel"}),
])
def test_an_item_with_a_noun_of_its_own_is_read_alone(mapper, line, labels):
    assert ticked(mapper, line) == labels


# --- a maker's suite ruled out takes the parts listed after it with it ----------------------


@pytest.mark.parametrize(("line", "labels"), [
    ("No Honda Sensing (CMBS, LKAS)", set()),
    ("Subaru EyeSight deleted (adaptive cruise, lane keep assist), heated seats",
     {"Heated Front Seats"}),
    ("Honda Sensing (CMBS, LKAS), no sunroof",
     {"Forward Collision Warning", "Lane Departure Warning"}),
])
def test_a_suite_ruled_out_takes_its_listed_parts_with_it(mapper, line, labels):
    assert ticked(mapper, line) == labels
