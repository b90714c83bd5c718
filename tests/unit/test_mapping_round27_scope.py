"""Round 27 of issue 19, scope: whose word a claim is and whether it is proven (a person's say-so
with no proof, a requirement the car failed), whose car a clause speaks of (a prior vehicle,
another trim, a question reported), and whether a part is on the car now (not in the vehicle,
another part put back, a seat's headrests, a part or the car handled as cargo, a car too tall
to fit under a deck)."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles._scope import CUE_WORDS

# --- a claim not proven, a requirement not met ------------------------------------------------


@pytest.mark.parametrize("line", [
    "Insured reports heated steering wheel; no photo on file",
    "Seller says it came with a tow package - receipt not provided",
    "Sunroof per owner, no proof",
])
def test_a_persons_word_with_its_proof_missing_claims_nothing(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_persons_word_beside_a_record_of_the_car_yields_to_the_record(mapper):
    line = "Buyer claims the truck had a sunroof; build sheet shows all-wheel drive only"
    assert ticked(mapper, line) == {"All Wheel Drive"}


def test_a_persons_word_alone_is_read_as_written(mapper):
    assert ticked(mapper, "Seller says it has a sunroof and AWD") == {"Sunroof",
                                                                       "All Wheel Drive"}


@pytest.mark.parametrize("line", [
    "Limo permit: REJECTED - navigation required, unit has a basic radio",
    "Fleet program: backup camera is a requirement - 2009 model, ineligible",
    "Heated seats require the Winter package - this truck is base trim",
])
def test_a_requirement_the_car_failed_is_what_it_lacks(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_requirement_with_no_verdict_is_read_as_written(mapper):
    assert ticked(mapper, "Heated seats (requires Winter package)") == {"Heated Front Seats"}


# --- another car, another trim, a question reported -----------------------------------------


@pytest.mark.parametrize("line", [
    "Previous car had a head-up display; this Civic LX has a backup camera",
    "Former vehicle (sold) had a sunroof. Current Corolla has a backup camera",
])
def test_a_prior_vehicle_named_at_its_clauses_opening_is_not_this_car(mapper, line):
    assert ticked(mapper, line) == {"Backup Camera"}


@pytest.mark.parametrize("line", [
    "The ventilated seats in the brochure are for a different trim",
    "Panoramic sunroof shown in photo 3 is from another model",
])
def test_what_another_trim_or_model_has_is_not_this_car(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_question_reported_claims_nothing_and_its_answer_after_a_dash_is_read(mapper):
    line = "Caller asked whether it has a heated steering wheel - remote start fitted, no HUD"
    assert ticked(mapper, line) == {"Remote Start"}


def test_a_question_reported_and_answered_yes_names_what_the_car_has(mapper):
    line = "Caller asked if the Pilot has a heated steering wheel - yes"
    assert ticked(mapper, line) == {"Heated Steering Wheel"}


# --- on the car now -----------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "labels"), [
    ("Roof rack not in vehicle at check-in, AWD", {"All Wheel Drive"}),
    ("Remote start not on truck, diesel", {"Diesel Engine"}),
])
def test_a_part_not_in_or_on_the_vehicle_is_ruled_out(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_listed_part_is_retracted_by_a_finding_of_none_on_the_vehicle(mapper):
    line = "tow hitch listed on the order - no ball mount on vehicle at PDI"
    assert ticked(mapper, line) == set()


def test_another_part_put_back_in_a_removed_parts_place_leaves_it_removed(mapper):
    line = "Owner removed aftermarket navigation unit, reinstalled original stereo"
    assert ticked(mapper, line) == set()


def test_the_part_removed_and_put_back_is_still_on_the_car(mapper):
    line = "Running boards removed for ceramic coat, reinstalled by detail shop"
    assert ticked(mapper, line) == {"Running Boards"}


@pytest.mark.parametrize("line", [
    "Palisade - third row headrests x2 not found at check-in, cracked",
    "Telluride: 3rd row head restraints (2) missing",
])
def test_a_seats_missing_headrests_leave_the_seats(mapper, line):
    assert ticked(mapper, line) == {"Third Row Seats"}


@pytest.mark.parametrize(("line", "labels"), [
    ("F-250 Power Stroke diesel, do not stack on lower deck", {"Diesel Engine"}),
    ("Tundra with running boards, never strap over the boards", {"Running Boards"}),
])
def test_an_instruction_on_moving_the_car_is_no_negation(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Crossbars strapped in the bed for transport",
    "Running boards boxed in cab, AWD",
])
def test_a_part_packed_away_as_cargo_is_not_fitted(mapper, line):
    assert ticked(mapper, line) <= {"All Wheel Drive"}


@pytest.mark.parametrize("line", [
    "Transit high roof diesel - will not fit under the top deck",
    "drv: Sprinter diesel - does not fit under deck, moved",
])
def test_a_car_too_tall_to_fit_under_a_deck_is_not_a_negation(mapper, line):
    assert ticked(mapper, line) == {"Diesel Engine"}


def test_a_word_of_a_clearance_is_never_read_as_shorthand():
    assert "fit" in CUE_WORDS
