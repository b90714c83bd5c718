"""Issue 19, round 19 (reading side): a feature described in plain words by someone who
does not know its name (a part of the car and what it does, in one clause) is read as the
table's English (``data/plain_words.toml``, ``_plain.read_plain_words``). A behaviour word
alone, a description with another reading, a line that already names the feature, and a
negated or broken description tick nothing. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._plain import read_plain_words


@pytest.mark.parametrize(("line", "labels"), [
    ("Aunt June's Buick, both front seats heat up when you flip the switch",
     {"Heated Front Seats"}),
    ("The roof has a glass window you can slide open on nice days", {"Sunroof"}),
    ("It beeps faster as you get closer to the fence when backing up",
     {"Parking Sensors"}),
    ("The wipers start going on their own once it begins to rain", {"Rain Sensing Wipers"}),
    ("His steering wheel warms up on cold mornings", {"Heated Steering Wheel"}),
    ("The rear hatch lifts up by itself at the push of the fob button", {"Power Liftgate"}),
    ("The driver's chair adjusts up and down with electric switches", {"Power Seats"}),
    ("The seat remembers his position for him and for her", {"Memory Seats", "Power Seats"}),
    ("Sides mirrors have heaters so the frost melts; the door mirrors warm up", {"Heated Mirrors"}),
    ("Dash screen shows what's behind you when you shift into reverse", {"Backup Camera"}),
    ("Grandpa's Android phone came up on the car screen with his maps", {"Android Auto"}),
    ("The back seats get warm too for the grandkids", {"Heated Rear Seats"}),
    ("It has an extra row of seats in the very back for the grandkids", {"Third Row Seats"}),
    ("There are steps along the side to help you get in", {"Running Boards"}),
    ("A ball on the back bumper for towing his boat", {"Trailer Hitch"}),
    ("The clicker will unlock the doors from across the parking lot", {"Keyless Entry"}),
    ("You can set the speed on the highway and take your foot off", {"Cruise Control"}),
    ("A camera shows you what's behind the car when you back up", {"Backup Camera"}),
    ("The tailgate opens on its own with the key button", {"Power Liftgate"}),
    ("Mirrors on the outside have a heater for icy mornings", {"Heated Mirrors"}),
    ("The dash screen shows her iPhone apps", {"Apple CarPlay Integration"}),
])
def test_a_part_and_what_it_does_in_one_clause_is_read_as_the_features_name(
        mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "The seats get warm when parked in the summer sun",  # the sun warms them: no heater
    "Inside gets warm fast, the seats are cloth",  # a behaviour word without its part
    "Nice and cool inside, the seats are cloth",  # "cool" alone names no seat
    "The steering wheel tips up so you can get in and out",  # a tilt, not a telescope
    "Windows go up and down with the hand crank",  # manual windows
    "You can start it with the key, it runs great",  # any car starts with its key
    "The seats get warm in the summer",  # the summer warms them
    "Camper shell cover over the bed",  # a cap, not a tonneau
])
def test_a_behaviour_alone_or_a_description_with_another_reading_ticks_nothing(mapper, line):
    assert ticked(mapper, line) == set()


@pytest.mark.parametrize(("line", "read"), [
    ("The seats don't get warm any more", "heated seats not working"),
    ("The wipers never come on by themselves in the rain", "rain sensing wipers not working"),
    ("There is no window in the roof that slides open", "no sunroof"),
    ("The back hatch used to open by itself, now it doesn't", "power liftgate not working"),
])
def test_a_negated_or_broken_description_is_read_and_still_negated(mapper, line, read):
    assert read in read_plain_words(line)
    assert ticked(mapper, line) == set()


def test_a_description_is_read_before_dictations_boundaries_split_it(mapper):
    # "and also" starts a new item in run-on speech; the wheel's description is read first
    line = "Her steering wheel tilts and also pulls out toward you"
    assert ticked(mapper, line) == {"Telescoping Steering Wheel"}


@pytest.mark.parametrize(("line", "labels"), [
    ("You can start it with the clicker before you go out", {"Remote Start"}),
    ("You can start it from the kitchen window", {"Remote Start"}),
    ("You start it without putting the key in", {"Push Button Start"}),
])
def test_a_feature_said_in_more_than_one_way_has_each_description(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_line_that_names_the_feature_is_left_to_the_table():
    # "block heater" is named: the cord's description is not read over its "missing"
    line = "ENG BLOCK HTR - CORD MISSING FROM THE GRILLE"
    assert read_plain_words(line) == line


def test_only_the_describing_stretch_is_rewritten():
    assert (read_plain_words("Grandma's car, the seats get warm with the button")
            == "Grandma's car, the heated seats with the button")


@pytest.mark.parametrize(("line", "labels"), [
    ("CX-70: 360 monitor, Bose", {"360 Camera", "Premium Audio"}),
    ("Van has the 360-degree monitor and the tri-pane roof", {"360 Camera", "Sunroof"}),
    ("Twin-pane roof, heated seats", {"Sunroof", "Heated Front Seats"}),
])
def test_a_makers_new_name_for_a_camera_or_a_roof_is_read(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("K5 GT-Line, cooled and heated front seats", {"Ventilated Seats", "Heated Front Seats"}),
    ("Front buckets ventilated/heated seating", {"Ventilated Seats", "Heated Front Seats"}),
])
def test_cooling_said_before_heat_names_both(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Condition sheet: heated seats, memory, Revel audio",
     {"Heated Front Seats", "Memory Seats", "Power Seats", "Premium Audio"}),
    # a list of the mirrors' features: their memory, no seat's
    ("Door mirrors: power, heated, memory", {"Heated Mirrors"}),
])
def test_memory_alone_in_a_list_of_the_seats_features_is_the_seats(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_form_of_a_verb_the_table_uses_is_not_read_as_a_slip(mapper):
    # "heats" is "heat" as a verb, no slip of "heads" ("heads up" display)
    assert ticked(mapper, "The steering wheel heats up when you press the button") == {
        "Heated Steering Wheel"}


def test_a_chargers_plug_is_no_block_heaters_cord():
    line = "Plug in the phone charger by the grille"
    assert read_plain_words(line) == line
