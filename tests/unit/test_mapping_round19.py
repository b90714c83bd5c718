"""Round 19 of issue 19: what a multi-zone climate control claims."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.sandbox._catalog import with_implied
from vautokit.sandbox._generator import generate_inventory


@pytest.mark.parametrize("line", ["Dual-zone automatic climate control",
                                  "Climatronic 2-zone climate"])
def test_dual_zone_climate_is_also_air_conditioning(mapper, line):
    assert ticked(mapper, line) == {"Dual Zone Climate Control", "Air Conditioning"}


def test_multi_zone_and_rear_climate_bring_air_conditioning(mapper):
    # no car has rear A/C without the front's; a cancelled rear unit brings nothing, and the
    # front's own words still count
    assert ticked(mapper, "Tri-zone automatic climate control") == {
        "Air Conditioning", "Dual Zone Climate Control", "Rear Air Conditioning"}
    assert ticked(mapper, "Rear A/C with overhead vents") == {
        "Rear Air Conditioning", "Air Conditioning"}
    assert ticked(mapper, "Rear A/C delete") == set()
    assert ticked(mapper, "Rear A/C: INOP, front A/C cold") == {"Air Conditioning"}


def test_a_seat_memory_brings_power_seats(mapper):
    assert ticked(mapper, "Driver seat memory") == {"Memory Seats", "Power Seats"}
    # what the line says against it cancels what a label brings
    assert "Power Seats" not in ticked(mapper, "Driver memory, manual seats")


def test_adaptive_cruise_still_hides_plain_cruise(mapper):
    assert ticked(mapper, "Adaptive cruise control with stop and go") == {
        "Adaptive Cruise Control"}


def test_sandbox_truth_is_closed_under_what_an_option_brings():
    vehicles = generate_inventory(60, seed=3)
    dual = [v for v in vehicles if "Dual Zone Climate Control" in v.truth]
    assert dual, "the seed should give some dual-zone cars"
    assert all("Air Conditioning" in v.truth for v in dual)
    assert with_implied({"Dual Zone Climate Control"}) == {
        "Dual Zone Climate Control", "Air Conditioning"}


@pytest.mark.parametrize("line", ["Dachreling entfällt", "Head-up Display nicht lieferbar",
                                  "Rückfahrkamera fehlt"])
def test_german_deletion_and_unavailability_cues_rule_out(mapper, line):
    assert ticked(mapper, line) == set()


@pytest.mark.parametrize(("line", "labels"), [
    ("Eberspächer diesel air heater, 200W solar", set()),
    ("Gas stove and diesel furnace in the camper box", set()),
    ("3.0 V6 diesel, diesel parking heater", {"Diesel Engine"}),
])
def test_a_heater_that_burns_diesel_is_no_diesel_engine(mapper, line, labels):
    assert ticked(mapper, line) == labels
