"""Issue 19, round 17 (negation side): dealer add-ons and parts quotes, trim walks and order
guides, build data, learners' listings. A heading that opens with a cue heads its list up to
its clause's end, whatever else it names (a trim, a year); a part returned, dropped, taken out
or swapped is not on the car; parts owed go to review; an accessory that does not go with a
feature, or fits other cars that have it, claims nothing; a learner's "not function", "need
repair" and "broke" say the part does not work. Lines here are invented, not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked


@pytest.mark.parametrize(("line", "labels"), [
    ("Not available on SE: ventilated seats, sunroof", set()),
    ("Not available with the 2.0L: tow package, heated steering wheel", set()),
    ("Removed for 2026: power liftgate on LX", set()),
    ("Declined dealer add-on: running boards, bed liner", set()),
    ("Removed for 2026: navigation; Bluetooth carried over", {"Bluetooth"}),
    ("Deleted on fleet units: fog lights; heated mirrors standard", {"Heated Mirrors"}),
])
def test_a_heading_that_opens_with_a_cue_heads_its_list(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("No accidents: heated seats, sunroof", {"Heated Front Seats", "Sunroof"}),
    ("Heated seats not available: see note", set()),
])
def test_a_heading_that_only_negates_a_noun_heads_nothing(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Bed liner returned for refund", set()),
    ("Returned: running boards", set()),
    ("Navigation dropped for 2026, Bluetooth", {"Bluetooth"}),
    ("This year the base trim loses the sunroof", set()),
    ("third row seats take out, sunroof", {"Sunroof"}),
    ("roof rack taked off", set()),
])
def test_a_part_returned_dropped_or_taken_out_is_not_on_the_car(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("factory navigation replace with aftermarket radio", set()),
    ("alloy wheels change to steel wheels", set()),
    ("leather changed to cloth, heated mirrors", {"Heated Mirrors"}),
])
def test_a_part_replaced_or_changed_is_not_on_the_car(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Tonneau cover on backorder",
    "Running boards - backordered, dealer will install",
    "Roof rack cross bars: we owe",
])
def test_parts_owed_to_the_buyer_are_not_claimed(mapper, line):
    assert ticked(mapper, line) == set()


@pytest.mark.parametrize(("line", "labels"), [
    ("Rock sliders - not compatible with factory running boards", set()),
    ("Sunroof N/A w/ roof rack", set()),
    ("Heated seats not available with cloth; sunroof", {"Sunroof"}),
    ("Bike carrier - fits models with roof rails only", set()),
    ("Map card -- for vehicles equipped with navigation", set()),
    ("Cargo box: fits vehicles with factory roof rack", set()),
])
def test_what_an_accessory_does_not_go_with_or_needs_is_not_claimed(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("4wd not engage", set()),
    ("bluetooth not function, sunroof good", {"Sunroof"}),
    ("backup camera need repair", set()),
    ("airbag light on, needs fix", set()),
    ("A/C needs recharge", set()),
    ("blind spot sensor broke, cruise control good", {"Cruise Control"}),
    ("heated seats need repair, sunroof works", {"Sunroof"}),
])
def test_a_part_that_does_not_work_in_a_learners_words(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("TRLR BRK CTRL", {"Trailer Brake Controller"}),
    ("need a car with heated seats", set()),
])
def test_broke_is_no_brake_and_need_is_still_a_wish(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Order grid (- = not available): sunroof S, heated seats -, HUD -", {"Sunroof"}),
    ("LX column (-- = N/A): navigation -- / Bluetooth S", {"Bluetooth"}),
    ("Grid (S = standard): sunroof S, heated seats S", {"Sunroof", "Heated Front Seats"}),
])
def test_a_legends_not_available_mark_rules_out_its_item(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ('"installed":"N","name":"Heated seats"', set()),
    ('"fitted":"false","label":"Sunroof"', set()),
    ('"fitted":"Y","label":"Sunroof"', {"Sunroof"}),
])
def test_a_feeds_value_before_its_name_answers_that_name(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Ventilated seats require Limited trim; this car is an XLE", set()),
    ("Sunroof requires Tech Package; this unit is Base", set()),
    ("Sunroof requires Limited; this car is Limited", {"Sunroof"}),
])
def test_a_feature_whose_requirement_the_car_does_not_meet(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", [
    "Typical equipment for this trim: sunroof, heated seats",
    "EX trims typically include navigation",
    "Conflict: build data says leather, listing says cloth",
    "Discrepancy: decoder shows sunroof, photos show none",
])
def test_what_a_trim_typically_has_or_records_dispute_is_not_claimed(mapper, line):
    assert ticked(mapper, line) == set()


@pytest.mark.parametrize(("line", "labels"), [
    ("Manual 6-way seats substituted for 8-way power driver seat", set()),
    ("Manual seats in place of power seats, sunroof", {"Sunroof"}),
])
def test_manual_seats_standing_in_for_power_seats_are_no_power_seats(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("remote start was aftermarket, we took out", set()),
    ("tow bar was rusty, dealer took off", set()),
    ("sunroof, we took out the third row", {"Sunroof"}),
    ("sunroof leaked so we sealed it shut", set()),
])
def test_who_took_it_out_stands_before_the_cue(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("rear AC blowing hot, front AC cold", {"Air Conditioning"}),
    ("A/C blows warm", set()),
    ("A/C blowing warm - compressor replaced, now cold", {"Air Conditioning"}),
    ("nav screen black, bluetooth ok", {"Bluetooth"}),
])
def test_a_symptom_rules_out_its_part_unless_put_right(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Remote start: vehicle is pre-wired; module not installed", set()),
    ("Navigation: hardware not installed, Bluetooth", {"Bluetooth"}),
])
def test_the_car_or_a_module_stands_for_the_feature_before(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Adaptive Cruise Control (ACC): Not Applicable; Backup Camera: Standard",
     {"Backup Camera"}),
    ("Blind Spot Monitor (BSM): N/A, sunroof", {"Sunroof"}),
    ("Blind Spot Monitor (BSM), Lane Keep Assist (LKA)",
     {"Blind Spot Monitoring", "Lane Departure Warning"}),
])
def test_a_bracketed_abbreviation_is_the_name_again(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Sunroof Protection Plan -- 5 yrs", set()),
    ("Tonneau cover warranty add-on $199", set()),
    ("Heated seats service contract, 3 yrs", set()),
    ("Protection plan -- covers navigation unit, 3 yrs", set()),
])
def test_a_product_sold_on_a_feature_is_not_the_feature(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("heated seats, factory warranty until 2027", {"Heated Front Seats"}),
    ("Warranty: 3yr/36,000 mi basic; backup camera", {"Backup Camera"}),
    ("Remote start warranty -- covers the remote start unit installed on this car",
     {"Remote Start"}),
    ("Vinyl seat covers, sunroof", {"Sunroof"}),
])
def test_a_warranty_beside_a_feature_or_on_an_installed_part_leaves_it(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_feature_of_late_availability_is_not_on_the_car_yet(mapper):
    assert ticked(mapper, "LATE AVAILABILITY: heated steering wheel and sunroof") == set()


@pytest.mark.parametrize(("line", "labels"), [
    ("Interior Protection: fabric, leather -- $499", set()),
    ("Hands-Free Power Liftgate w/ Jam Protection", {"Power Liftgate"}),
])
def test_a_protection_products_list_is_protected_not_fitted(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Roof rack cross bars -- dealer installed -- $375", {"Roof Rack"}),
    ("Sunroof -", set()),
    ("Sunroof: \u2014", set()),
])
def test_a_dash_before_a_price_is_no_empty_answer(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("WO: installed backup camera", {"Backup Camera"}),
    ("wo#7781 installed roof rack", {"Roof Rack"}),
    ("WO NAV, sunroof", {"Sunroof"}),
])
def test_a_work_order_is_no_without(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("soft roll-up cover", {"Tonneau Cover"}),
    ("hard folding cover", {"Tonneau Cover"}),
    ("drop-in liner, bed rug", {"Bed Liner"}),
])
def test_bed_covers_and_liners_named_without_their_usual_words(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_what_is_expected_on_another_trim_is_not_claimed(mapper):
    assert ticked(mapper, "cloth seats (leather expected on SL trim)") == set()


def test_a_features_own_protection_heading_names_the_feature(mapper):
    assert ticked(mapper, "Advanced Airbag Protection: front, side") == {"Airbags"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Meridian 14-speaker, sunroof", {"Premium Audio", "Sunroof"}),
    ("THX II Certified 14-speaker audio", {"Premium Audio"}),
    ("Meridian 3D", {"Premium Audio"}),
    ("Alpine white paint, 6 speakers", set()),
])
def test_a_hifi_makers_name_before_its_speaker_count(mapper, line, labels):
    assert ticked(mapper, line) == labels
