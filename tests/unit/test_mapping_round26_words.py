"""Round 26 of issue 19, ordinary words: a dealer's abbreviation of what is no feature, a
common English word spelt in full and a maker group named as the company are read as
written, never as a feature's word."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import Review
from vautokit.vehicles._spelling import read_spelling

# --- a dealer's abbreviation of a non-feature is no shorthand --------------------------------


@pytest.mark.parametrize("line", [
    "cust picked up the Tahoe today, paperwork signed",
    "stk 5512 moved to the back row",
    "VIN plate photo attached for the file",
])
def test_a_dealer_abbreviation_is_read_as_written(mapper, line):
    assert mapper.shorthand.readings(line.lower()) == []


def test_the_customer_sends_no_line_to_review(mapper):
    assert not isinstance(mapper.map_line("Cust: D. Okafor, pickup Saturday"), Review)


def test_an_interior_colour_is_no_window_tint():
    assert read_spelling("black ext, tan int, 2 keys") == "black ext, tan int, 2 keys"


# --- a common English word spelt in full is meant as written ------------------------------------


@pytest.mark.parametrize("line", [
    "the hood latch part was received friday",
    "the charge port door sticks in the cold",
    "lowest cost trim on the lot",
])
def test_a_common_word_is_not_read_as_a_feature(mapper, line):
    assert mapper.shorthand.readings(line) == []
    assert not isinstance(mapper.map_line(line), Review)
    assert ticked(mapper, line) == set()


def test_a_common_word_among_shorthand_is_still_read(mapper):
    assert "Running Boards" in ticked(mapper, "TAHOE LT RUNG BRDS")


# --- a maker group after "by" or "from" is the company ---------------------------------------


def test_a_maker_group_after_by_is_the_company(mapper):
    assert "Forward Collision Warning" not in ticked(mapper, "Invoice issued by FCA in March")


def test_the_abbreviation_alone_is_still_the_feature(mapper):
    assert "Forward Collision Warning" in ticked(mapper, "FCA, lane keep assist, cruise")


# --- an installer's words for features ------------------------------------------------------


@pytest.mark.parametrize(("line", "label"), [
    ("Sierra 2016 - 3in drop mount supplied, inserted into the receiver", "Trailer Hitch"),
    ("Tundra: brake module wired, receiver already on the truck", "Trailer Hitch"),
    ("Tacoma 2020 - tri-fold hard cover installed", "Tonneau Cover"),
    ("F-150 2018, UnderCover Elite fitted", "Tonneau Cover"),
    ("Silverado 2015 - XM antenna lead replaced", "SiriusXM Satellite Radio"),
    ("new Kenwood head unit, SWC retained through an interface", "Steering Wheel Audio Controls"),
])
def test_an_installers_wording_names_the_feature(mapper, line, label):
    assert label in ticked(mapper, line)


@pytest.mark.parametrize("line", [
    "satellite receiver installed behind the glovebox",
    "stored undercover all winter",
])
def test_a_receiver_or_undercover_elsewhere_is_no_feature(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_side_collision_is_no_forward_collision(mapper):
    assert "Forward Collision Warning" not in ticked(
        mapper, "Around view camera, side collision avoidance assist")
    assert "Forward Collision Warning" in ticked(mapper, "Collision avoidance assist, LED lamps")
