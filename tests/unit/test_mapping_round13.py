"""Issue 19, round 13: a question, a wish or a request claims nothing for its clause, while a
statement beside it and an answer ("yes", "it has") claim what they name; a conversation's
past tense rules out a failed or removed part. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._scope import asked_parts


@pytest.mark.parametrize(("line", "labels"), [
    ("does the cx5 have a power liftgate?", set()),
    ("Is there a sunroof on this one", set()),
    ("any chance u have one w/ heated seats and nav", set()),
    ("in the market for something with adaptive cruise, budget 30k", set()),
    ("would like a backup camera and remote start 🙏", set()),
    ("id love one with a panoramic roof", set()),
    ("Hi, I need a truck with a tow package", set()),
    ("Hey: do you have any with a heated steering wheel?", set()),
    # a statement before the question stands
    ("It has heated seats, does it have a sunroof?", {"Heated Front Seats"}),
    ("Remote start and AWD. Does it have nav?", {"Remote Start", "All Wheel Drive"}),
    # a "?" with no question's opening is a checklist's, answered on its own item
    ("Backup camera Y, bluetooth Y, sunroof? N", {"Backup Camera", "Bluetooth"}),
])
def test_a_question_or_wish_claims_nothing_for_its_clause(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("does it have remote start? yes it does", {"Remote Start"}),
    ("Do you have the sunroof one? yep, and heated seats", {"Sunroof", "Heated Front Seats"}),
    ("looking for one w/ leather, this one has a sunroof", {"Sunroof"}),
])
def test_an_answer_claims_what_it_names(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_the_reason_says_what_a_question_did_not_tick(mapper):
    result = mapper.map_line("does it have a power liftgate?")
    assert "asked, question" in result.reason
    assert "Power Liftgate" in result.reason


def test_a_wish_is_its_own_clause():
    parts = asked_parts("Traded my van, need something with AWD")
    # the van traded in is another car (round 45); the wish stays a clause of its own
    assert [part.asked for part in parts] == ["another car", "wish"]


@pytest.mark.parametrize(("line", "labels"), [
    ("the power liftgate is broke, bluetooth works", {"Bluetooth"}),
    ("the JBL amp was pulled, sunroof works", {"Sunroof"}),
    ("remote start wire was cut", set()),
    ("leather swapped out for cloth", set()),
    # a trailer brake's shorthand is no "broke"
    ("TRLR BRK CTRL", {"Trailer Brake Controller"}),
])
def test_a_conversations_failed_or_removed_part_is_not_claimed(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Not fitted with a sunroof, navigation or parking sensors", set()),
    ("not equipped with head-up display, ventilated seats or Bose; heated seats",
     {"Heated Front Seats"}),
    # a list ending in "and" after the lack: the car may have the rest
    ("Not fitted with a sunroof, navigation and parking sensors",
     {"Navigation System", "Parking Sensors"}),
])
def test_what_a_car_is_not_fitted_with_reaches_over_its_or_list(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Linn audio, carbon brakes", {"Premium Audio"}),
    ("Accuphase", {"Premium Audio"}),
    ("it has the meridian and a sunroof", {"Premium Audio", "Sunroof"}),
    ("Rolls-Royce Bespoke Audio", {"Premium Audio"}),
])
def test_hi_fi_makers_on_exotics_and_in_conversation_are_premium_audio(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Sport seats, electrically adjustable", {"Power Seats"}),
    ("electrically adjustable leather seats", {"Leather Seats", "Power Seats"}),
    ("16-way electric comfort seats", {"Power Seats"}),
    # a mirror or column adjusted electrically is no power seat
    ("Mirrors electrically adjustable", set()),
    ("electrically adjustable steering column", set()),
])
def test_a_seat_adjusted_electrically_is_a_power_seat(mapper, line, labels):
    assert ticked(mapper, line) - {"Power Mirrors", "Power Steering Column",
                                   "Tilt Steering Wheel", "Telescoping Steering Wheel"} == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("its cloth, not leather, but the seats are heated", {"Heated Front Seats"}),
    ("tahoe has max trailering and running boards", {"Tow Package", "Running Boards"}),
])
def test_a_conversations_predicates_and_plain_names(mapper, line, labels):
    assert ticked(mapper, line) == labels
