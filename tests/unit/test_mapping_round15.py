"""Issue 19, round 15: valuation and lender paperwork, dealers' social media and video, export
listings. A heading of what a car lacks heads its list, a valuation's comparable car and
another trim's option are another car's, a checklist's boxes lead their items when items
follow them, fault and credit words rule out what they name, a presenter's correction takes
back what was said, "a heads up" is no head-up display, and a replacement verb stops a
phrase's gap. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked


@pytest.mark.parametrize(("line", "labels"), [
    ("Trade-in NOT equipped with: Navigation, Power Liftgate, Heated Mirrors", set()),
    ("Unit not fitted with: sunroof, tow hitch", set()),
])
def test_a_heading_of_what_the_car_lacks_heads_its_list(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Power tailgate strut failure, gate lifts by hand", set()),
    ("Reversing camera faulted on scan", set()),
    ("Tow hitch credited at build", set()),
    ("Roof rack option credited, Bose fitted", {"Premium Audio"}),
    ("we're removing the tonneau cover before delivery", set()),
    ("Harman Kardon downgraded to base speakers", set()),
])
def test_fault_credit_removal_and_downgrade_words_rule_out_what_they_name(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Comparable has a panoramic sunroof, subject vehicle does not", set()),
    ("Comp #3 has navigation", set()),
    ("Navigation listed on comp; appraised unit has leather", {"Leather Seats"}),
    ("the heated wheel is a $300 option on the Touring", set()),
])
def test_a_comparable_or_another_trims_option_is_another_car(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_boxes_lead_their_items_when_an_item_ends_the_line(mapper):
    line = "Options: [x] Leather Seats [ ] Navigation [x] Sunroof"
    assert ticked(mapper, line) == {"Leather Seats", "Sunroof"}


@pytest.mark.parametrize(("line", "labels"), [
    ("it has a sunroof... wait no, that's the Touring", set()),
    ("Bose audio jk, it's the base radio", set()),
    ("it has leather... I misspoke, it's cloth", set()),
    ("I said heated seats in the video but it's actually just remote start",
     {"Remote Start"}),
])
def test_a_speakers_correction_takes_back_what_was_said(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("quick heads up: the sunroof on this one leaks", {"Sunroof"}),
    ("heads up guys, this one has a tow hitch", {"Trailer Hitch"}),
])
def test_a_heads_up_to_the_audience_is_no_head_up_display(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_verb_not_working_in_prose_rules_out_its_subject(mapper):
    assert ticked(mapper, "Air conditioning not blowing cold") == set()


def test_a_gas_fuel_is_no_shorthand(mapper):
    assert ticked(mapper, "Hatch CNG, seats") == set()


def test_a_replacement_verb_stops_a_phrases_gap(mapper):
    assert ticked(mapper, "heated seats replaced by manual seats") == set()


@pytest.mark.parametrize(("line", "labels"), [
    # export markets' words for the same equipment
    ("Hardbody 2018, bakkie liner, canopy", {"Bed Liner"}),
    ("Hatch 2016, 15\" mags, radio", {"Alloy Wheels"}),
    ("Auction sheet: Navi, 16AW", {"Alloy Wheels", "Navigation System"}),
    ("City 2015, AC, PS, central locking", {"Air Conditioning", "Power Steering",
                                            "Power Locks"}),
    ("Sedan 2019, full auto AC, alloy wheels", {"Air Conditioning", "Alloy Wheels"}),
    ("Estate 2017, reach/rake adjustable steering", {"Telescoping Steering Wheel"}),
    ("Compact 2020, steering mounted audio controls", {"Steering Wheel Audio Controls"}),
    ("Wagon 2021, back monitor, steering heater", {"Backup Camera", "Heated Steering Wheel"}),
    ("SUV 2022, matrix LED, panoramic roof", {"LED Headlights", "Sunroof"}),
    ("Van 2019, heated seats front + rear", {"Heated Front Seats", "Heated Rear Seats"}),
])
def test_local_words_for_equipment(mapper, line, labels):
    assert ticked(mapper, line) == labels



@pytest.mark.parametrize("line", [
    "Lexus LS, Mark Levinson, heated + ventilated, HUD",
    "Genesis G90, heated/cooled all around, Lexicon",
])
def test_cooling_after_heated_plus_or_for_every_seat_is_the_seats(mapper, line):
    assert "Ventilated Seats" in ticked(mapper, line)


@pytest.mark.parametrize("line", [
    "the tonneau is cracked, we removed it",
    "the roof rack rattled, we're removing it",
])
def test_a_removal_of_it_rules_out_the_part_before(mapper, line):
    assert ticked(mapper, line) == set()


@pytest.mark.parametrize("line", [
    "Coupe 2017, sliding roof, cruise control",
    "Hatch 2016, electric sliding roof",
])
def test_a_sliding_roof_is_a_sunroof(mapper, line):
    assert "Sunroof" in ticked(mapper, line)
