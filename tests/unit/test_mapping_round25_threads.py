"""Issue 19, round 25 (threads). Buyer questions and answers, dealer replies and disputes
claim only what an answer or a finding says of this car (vehicles/_scope.py): a thread's
"Q:" asks until its "A: yes"; another car's or another trim's equipment, a seller's offer to
fit a part, a part that quit, what a buyer paid for but did not get and a list of what the car
lacks are not ticked. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked


def test_a_question_label_asks_until_its_answer_says_yes(mapper):
    assert ticked(mapper, "Q: Is the moonroof the panoramic one? A: This trim has none.") == set()
    assert "Sunroof" in ticked(mapper, "Q: sunroof? Seller: yup, works great")


def test_an_answer_label_splits_a_question_without_a_mark(mapper):
    assert "Remote Start" in ticked(mapper, "Q: any remote start A: yes, two fobs")


def test_another_cars_feature_this_one_lacks_by_ellipsis(mapper):
    assert "Sunroof" not in ticked(mapper, "The demo Explorer had a sunroof, but this one doesn't.")


def test_a_package_which_this_car_lacks(mapper):
    assert "Head-Up Display" not in ticked(
        mapper, "The HUD came with the Premium pack, which this one does not have.")


def test_a_named_trim_gets_what_the_car_asked_about_does_not(mapper):
    assert ticked(mapper, "The Limited gets a sunroof; the LE you're asking about has a "
                          "solid roof.") == set()


def test_a_sellers_offer_to_fit_a_part(mapper):
    assert ticked(mapper, "I could put in a tow hitch before pickup for $300.") == set()


def test_parts_from_a_different_car(mapper):
    assert ticked(mapper, "The running boards in the last picture are from another truck.") == set()


def test_an_elliptic_question_asks_what_the_clause_before_named(mapper):
    assert ticked(mapper, "My neighbor's Pilot had a heated steering wheel, does yours?") == set()


def test_a_part_that_quit_at_a_time(mapper):
    assert "Power Liftgate" not in ticked(mapper, "The power tailgate quit last month, "
                                                  "opens by hand now.")


def test_a_part_that_has_not_worked_since(mapper):
    line = "Our remote starter has not worked since the battery swap."
    assert "Remote Start" not in ticked(mapper, line)


def test_a_heading_of_what_the_car_lacks_after_what_it_has(mapper):
    assert ticked(mapper, "Leather and heated seats, missing: sunroof, navigation") == {
        "Leather Seats", "Heated Front Seats"}


def test_does_before_a_feature_asks_about_it(mapper):
    assert ticked(mapper, "It has leather, does the cruise work on the highway?") == {
        "Leather Seats"}
    assert ticked(mapper, "Has leather seats, does cruise control hold speed downhill?") == {
        "Leather Seats"}


def test_what_a_buyer_paid_for_but_did_not_get(mapper):
    assert "Navigation System" not in ticked(
        mapper, "We were charged for navigation but the screen has no maps at all.")


def test_a_question_answered_yes_after_a_dash_claims_what_it_named(mapper):
    assert "Cruise Control" in ticked(mapper, "does it have cruise control? - yep, works fine")


def test_a_letdown_judges_a_part_it_has(mapper):
    assert "Power Liftgate" in ticked(
        mapper, "The power liftgate works, but slowly, not what we paid for.")


def test_a_yes_does_not_choose_between_alternatives(mapper):
    assert ticked(mapper, "Q: Is it the V6/hybrid? Buyer answer: yes, great on gas") == set()
    assert "Sunroof" in ticked(mapper, "Q: moonroof? Seller reply: yes, tilt and slide")


def test_a_yes_to_whether_or_not_is_a_yes(mapper):
    assert "Navigation System" in ticked(mapper, "does it have navigation or not? - yes it does")


@pytest.mark.parametrize(("line", "label"), [
    ("we could fit two car seats in the third row", "Third Row Seats"),
    ("hitch from another truck installed, bedliner", "Trailer Hitch"),
])
def test_what_only_sounds_like_an_offer_or_another_car_is_this_cars(mapper, line, label):
    assert label in ticked(mapper, line)
