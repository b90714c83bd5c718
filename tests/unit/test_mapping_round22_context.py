"""Round 22 of issue 19, context: lines whose frame says they claim nothing for this car (a
contract's list of covered parts, what a photo does not show, a detection a person corrects)."""

import pytest

from tests.unit.mapping_support import ticked

# --- a contract's, a warranty's or a policy's list of covered or excluded parts -----------

@pytest.mark.parametrize("line", [
    "Platinum plan covered parts: sunroof motor, navigation head unit, heated seat pads",
    "Powertrain coverage includes the AWD transfer case and turbo",
    "Components covered if so equipped: backup camera, memory seat module",
    "Exclusions: leather upholstery; sunroof glass",
    "Heated steering wheel element is covered for 5 years",
    "Gold plan covers remote start module, power liftgate strut",
    "Used car buyers guide back page, defects which can occur: A/C compressor, power steering",
])
def test_a_list_of_covered_parts_claims_nothing(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_covered_list_that_says_the_car_has_them_still_ticks(mapper):
    assert ticked(mapper, "Coverage certificate: vehicle equipped with a sunroof") == {"Sunroof"}
    assert ticked(mapper, "Covered parts verified on this unit: options verified - sunroof") == {
        "Sunroof"}


def test_a_coverage_a_feature_comes_with_is_its_reach(mapper):
    assert ticked(mapper, "Blind spot monitor with rear cross path coverage") == {
        "Blind Spot Monitoring"}


def test_leather_covered_is_not_coverage(mapper):
    assert "Leather Seats" in ticked(mapper, "Leather covered seats, sunroof")


# --- what a photo cannot confirm, an empty place where a feature would be ------------------

@pytest.mark.parametrize("line", [
    "Heated seats not visible in the pictures, cannot tell",
    "Navigation not pictured in any of the photos",
    "Blank cap on the console where the heated seat button would be",
    "Empty slot where the fog lamps should go",
])
def test_what_a_photo_does_not_show_claims_nothing(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_later_clause_that_shows_a_feature_still_ticks(mapper):
    assert ticked(mapper, "Cannot verify the sunroof from photos; navigation shown in photo 4"
                  ) == {"Navigation System"}


# --- an automatic detection a person corrects ----------------------------------------------

def test_a_corrected_detection_claims_nothing(mapper):
    assert ticked(mapper, "Tagged 'heated seats' by the scanner - incorrect, cloth seats") == set()
    assert ticked(mapper, "Model detected a sunroof but it is actually a solid roof") == set()


def test_an_uncorrected_detection_still_ticks(mapper):
    assert ticked(mapper, "Scanner detected: sunroof - photo 3") == {"Sunroof"}


def test_a_detection_a_but_clause_contradicts_claims_nothing(mapper):
    assert ticked(mapper, "Auto caption reads 'sunroof' but the photo shows a plain metal roof"
                  ) == set()


# --- what a feature still needs, a part not refitted ---------------------------------------

@pytest.mark.parametrize("line", [
    "Remote start: needs dealer-installed module",
    "Satellite radio - subscription required",
    "Rain sensor not reinstalled after glass repair",
])
def test_what_a_feature_still_needs_claims_nothing(mapper, line):
    assert ticked(mapper, line) == set()


# --- a product's acronym that names its paperwork ------------------------------------------

def test_an_acronym_before_paperwork_is_the_paperwork(mapper):
    assert ticked(mapper, "ESP quote: heated seats, navigation") == {
        "Heated Front Seats", "Navigation System"}
    assert "Stability Control" in ticked(mapper, "ESP, heated seats")


# --- the place a part would fill, beside the part ruled out --------------------------------

def test_the_place_for_a_ruled_out_part_does_not_tick_it(mapper):
    assert ticked(mapper, "Fog lamp holes capped with plugs, no fog lights fitted") == set()
    assert ticked(mapper, "Fog lights, no sunroof") == {"Fog Lights"}
