"""A line read from one car's page that names a car of another make beside it: what it says
of the other car is no claim about this one (vautokit/vehicles/_cars.py).

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import StickerLine, Vetoed
from vautokit.vehicles._cars import car_at_hand


# _cars.CarAtHand.others_said: a clause naming another make's car, by make or by model
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Toyota", "Shipping the Camry (cloth, backup camera); the Audi with heated seats and a "
     "sunroof stays with my sister", {"Backup Camera"}, {"Heated Front Seats", "Sunroof"}),
    ("2019 Honda Civic EX", "Only the Civic comes with us. The Tahoe - third row, rear air, "
     "tow hitch - was sold", set(), {"Third Row Seats", "Rear Air Conditioning"}),
    ("Kia", "The Hyundai that hit me had a 360 camera and lane keep, my Optima just has ABS",
     {"ABS"}, {"360 Camera", "Lane Departure Warning"}),
    ("Mazda", "His: Tacoma w/ bedliner & hitch. Mine: the CX-5 with Bose", {"Premium Audio"},
     {"Bed Liner", "Trailer Hitch"}),
    ("Ford", "keeping the Fiesta (bluetooth, cruise), leaving the BMW with the HUD and nav "
     "behind", {"Bluetooth", "Cruise Control"}, {"Head-Up Display", "Navigation System"}),
])
def test_another_makes_car_is_set_apart(mapper, car, line, kept, gone):
    assert kept <= ticked(mapper, line, car)
    assert not gone & ticked(mapper, line, car)
    assert gone <= ticked(mapper, line, None)  # read as one car, the line ticks them


# _cars._COMPARED: a comparison sets apart its own words only
def test_a_comparison_sets_apart_only_its_words(mapper):
    line = "has heated seats and a sunroof like the Audi Q5, which also has a head-up display"
    labels = ticked(mapper, line, "Volkswagen")
    assert {"Heated Front Seats", "Sunroof"} <= labels
    assert "Head-Up Display" not in labels


# _cars._NOT_A_CAR_AFTER, _CAR_BEFORE: a maker's part, a shop or a bare name is no car
@pytest.mark.parametrize(("car", "line", "kept"), [
    ("Ineos", "Grenadier, BMW-sourced turbo diesel, heated seats", {"Turbocharged",
                                                                 "Diesel Engine"}),
    ("Mazda", "CX-50: the Toyota hybrid system, AWD, Bose", {"All Wheel Drive",
                                                            "Premium Audio"}),
    ("Buick", "bought with heated seats and a sunroof from Johnson Buick GMC",
     {"Heated Front Seats", "Sunroof"}),
])
def test_a_makers_part_or_shop_is_no_other_car(mapper, car, line, kept):
    assert kept <= ticked(mapper, line, car)


# _cars.CarAtHand.named: a family's names are the same car ("Dodge Ram" for a Ram)
def test_a_family_name_is_the_car_at_hand(mapper):
    line = "the Dodge Ram has the Cummins diesel and a tow hitch"
    assert {"Diesel Engine", "Trailer Hitch"} <= ticked(mapper, line, "2008 Ram 2500")
    assert car_at_hand("2008 Ram 2500").makes >= {"Ram", "Dodge"}


# _cars.CarAtHand._others_in_sentence: both cars in one clause are left as written
def test_both_cars_in_one_clause_are_left_as_written(mapper):
    line = "traded the F-150 for a Ram with a tow hitch"
    assert "Trailer Hitch" in ticked(mapper, line, "Ram")


def test_the_reason_names_the_other_cars_words(mapper):
    result = mapper.map_line("Camry: backup camera; the Audi has a sunroof", "Toyota")
    assert result.labels == ("Backup Camera",)
    assert "not ticked: Sunroof (said of another car: 'the Audi has a sunroof')" in result.reason
    alone = mapper.map_line("the Audi has a sunroof", "Toyota")
    assert isinstance(alone, Vetoed) and "Sunroof" in alone.reason


# CheckboxMappingService.map_lines: decisions are remembered per car
def test_lines_are_decided_per_car(mapper):
    line = [StickerLine("Notes", "the Audi has a sunroof")]
    assert mapper.map_lines(line, car="2020 Audi Q5 Premium").wanted == {"Sunroof"}
    assert mapper.map_lines(line, car="2021 Toyota Corolla LE").wanted == set()
