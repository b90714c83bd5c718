"""Round 20 of issue 19: comparisons and model-year notes that name a part this car lacks."""

import pytest

from tests.unit.mapping_support import ticked


@pytest.mark.parametrize("line", [
    "Model-year note: the power moonroof was dropped from the base Sport",
    "For 2023 the heated steering wheel is discontinued on the LX",
    "Heads-up display were dropped when the facelift arrived",
])
def test_a_part_dropped_or_discontinued_is_not_ticked(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_drop_reaches_only_the_part_before_it(mapper):
    assert ticked(mapper, "Heated seats kept; the sunroof was dropped from this trim") == {
        "Heated Front Seats"}


@pytest.mark.parametrize("line", [
    "Value pick: the Touring gives up the moonroof, but adds a tow hitch",
    "Going down to this trim you lose the navigation system, but keep a tow hitch",
])
def test_what_a_trim_gives_up_is_not_ticked(mapper, line):
    assert ticked(mapper, line) == {"Trailer Hitch"}


@pytest.mark.parametrize("line", [
    "Cross-shop note: the Kia Sorento offers a heated steering wheel for less.",
    "Shoppers also look at the Subaru Outback, whose Touring trim has a heated steering wheel.",
    "Shoppers comparing these will find the Kia has a heated steering wheel.",
    "The Jeep Wrangler counters with a heated steering wheel and removable doors.",
])
def test_a_rival_a_buyer_cross_shops_claims_nothing(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_cross_shopping_note_about_this_car_still_counts(mapper):
    assert ticked(mapper, "Cross-shop note: this Sorento has a heated steering wheel.") == {
        "Heated Steering Wheel"}


def test_a_rival_has_it_this_car_named_by_its_model_lacks_it(mapper):
    assert ticked(mapper, "The Mazda CX-50 includes a heated steering wheel; this RAV4 XLE "
                          "is not equipped with one") == set()


@pytest.mark.parametrize("line", [
    "Acc: tow hitch receiver installed at delivery",
    "Tundra acc: running boards and tonneau cover",
    "ACC INSTALLED - running boards, both sides",
])
def test_a_dealers_acc_heading_is_accessories_not_adaptive_cruise(mapper, line):
    assert "Adaptive Cruise Control" not in ticked(mapper, line)
    assert ticked(mapper, line)


@pytest.mark.parametrize("line", ["ACC: Y", "ACC: stop and go", "ACC w/ stop & go, LKAS"])
def test_acc_that_lists_no_other_feature_is_still_adaptive_cruise(mapper, line):
    assert "Adaptive Cruise Control" in ticked(mapper, line)


def test_a_heading_cue_without_its_own_object_rules_out_the_list(mapper):
    # the cue's object is the list after the colon; the clause after it stands
    assert ticked(mapper, "Stepping down you lose with the LX: sunroof and navigation; "
                          "you keep a tow hitch") == {"Trailer Hitch"}


def test_a_heading_cue_with_its_own_object_leaves_the_list(mapper):
    assert ticked(mapper, "No accidents: sunroof, navigation") == {"Sunroof",
                                                                  "Navigation System"}


def test_a_give_up_heading_rules_out_its_list(mapper):
    assert ticked(mapper, "Trim walk, what you give up: sunroof, Bose audio") == set()


@pytest.mark.parametrize("line", [
    "Deal sheet: -$1,150 Convenience Package deleted by buyer (sunroof, navigation)",
    "Cold Weather Package not ordered (heated seats, heated steering wheel); tow hitch added",
])
def test_a_ruled_out_package_takes_its_bracketed_contents_with_it(mapper, line):
    assert ticked(mapper, line) & {"Sunroof", "Navigation System", "Heated Front Seats",
                                   "Heated Steering Wheel"} == set()


def test_a_package_kept_still_brings_its_bracketed_contents(mapper):
    assert {"Sunroof", "Navigation System"} <= ticked(
        mapper, "Convenience Package added (sunroof, navigation)")
