"""Round 23 of issue 19, scope: who says what about which car, and what is taken back (an
instruction not to use a part, a speaker's self-correction, a listing's omission the car
contradicts)."""

import pytest

from tests.unit.mapping_support import ticked

# --- an instruction not to use a part takes the part for granted --------------------------

@pytest.mark.parametrize(("line", "labels"), [
    ("Never place a drink on the wireless charger", {"Wireless Charging"}),
    ("Do not operate the power liftgate near low ceilings", {"Power Liftgate"}),
    ("Don't rely on blind spot monitoring alone", {"Blind Spot Monitoring"}),
])
def test_an_instruction_not_to_use_a_part_does_not_deny_it(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", ["Never had a sunroof", "Do not have navigation",
                                  "it does not use a power liftgate"])
def test_a_negation_of_having_still_denies(mapper, line):
    assert ticked(mapper, line) == set()


# --- a speaker corrects themselves: the words before the editing term are taken back -------

@pytest.mark.parametrize(("line", "labels"), [
    ("the heated steering wheel strike that it's heated seats", {"Heated Front Seats"}),
    ("power liftgate never mind that's the upper trim, this one has remote start",
     {"Remote Start"}),
    ("it has a sunroof hold on heated seats too", {"Heated Front Seats"}),
])
def test_what_a_speaker_takes_back_is_not_ticked_and_the_repair_is(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_an_apology_with_no_repair_after_it_takes_nothing_back(mapper):
    assert ticked(mapper, "it has the Bose upgrade, my bad") == {"Premium Audio"}


def test_a_feature_taken_back_by_name_is_not_ticked_where_it_was_said(mapper):
    line = "Agent: it has a sunroof. Caller: ok. Agent: oh scratch the sunroof, it has navigation"
    assert ticked(mapper, line) == {"Navigation System"}


def test_a_scratch_on_a_part_is_a_flaw_not_a_retraction(mapper):
    assert ticked(mapper, "scratch on the sunroof glass, heated seats") == {
        "Sunroof", "Heated Front Seats"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Mike told the buyer no sunroof, that's wrong, it has one", {"Sunroof"}),
    ("Mike told the buyer no heated seats - wrong, it has them", {"Heated Front Seats"}),
])
def test_a_claim_judged_wrong_is_taken_back(mapper, line, labels):
    assert ticked(mapper, line) == labels


# --- a listing's omission is the listing's, not the car's lack -----------------------------

@pytest.mark.parametrize(("line", "labels"), [
    ("the ad left out the heated seats, car has them", {"Heated Front Seats"}),
    ("website omitted the navigation; the truck does have it", {"Navigation System"}),
])
def test_what_a_listing_left_out_and_the_car_has_is_ticked(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "the ad omitted the sunroof, the car does not have one",
    "the ad omitted the sunroof",
])
def test_an_omission_the_car_does_not_contradict_ticks_nothing(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_package_a_listing_omitted_is_not_read_for_its_contents_by_a_pronoun(mapper):
    assert ticked(mapper, "the ad omitted Honda Sensing, the car has it") == set()


# --- a part that failed is ruled out by its whole name, and only it -----------------------

@pytest.mark.parametrize(("line", "labels"), [
    ("the heads up display is blank, heated seats work", {"Heated Front Seats"}),
    ("the Bose amplifier blew last week, sunroof fine", {"Sunroof"}),
    ("liftgate motor burnt out, remote start works", {"Remote Start"}),
])
def test_a_part_that_failed_is_not_ticked(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_air_that_blew_cold_is_working(mapper):
    assert ticked(mapper, "the A/C blew cold on the drive") == {"Air Conditioning"}


# --- a feature said to be only on other trims is not this car's ---------------------------

def test_a_feature_only_on_other_trims_is_not_ticked_beside_what_this_car_has(mapper):
    line = "the power liftgate is only on EX and up, but this one has heated seats"
    assert ticked(mapper, line) == {"Heated Front Seats"}


def test_only_on_this_car_is_no_trim(mapper):
    assert ticked(mapper, "heated seats only on this one") == {"Heated Front Seats"}


# --- a cue ends with its sentence, one that opens with a number or closes with a quote -----

@pytest.mark.parametrize(("line", "labels"), [
    ("No spare key in the glovebox. 4WD works fine", {"Four Wheel Drive"}),
    ('Buyer wrote "without navigation". Heated seats fitted', {"Heated Front Seats"}),
])
def test_a_cue_does_not_reach_into_the_next_sentence(mapper, line, labels):
    assert ticked(mapper, line) == labels
