"""Issue 19, round 16: peer-to-peer rental listings and scanned stickers and invoices. A part
that "is out" does not work, a deletion is named as a noun too, a substitute named first rules
out what it stands for, a feature that must be purchased apart is not on the car, a row in
brackets is the feature's row, and power folding is no power seat. Lines here are invented,
not a blind batch's."""

import pytest

from tests.unit.mapping_support import ticked


@pytest.mark.parametrize(("line", "labels"), [
    ("Rear camera is out, screen stays blank", set()),
    ("heated seats are out since winter; sunroof works", {"Sunroof"}),
    ("Nav was out for a week, Bose fine", {"Premium Audio"}),
    ("Backup camera works, cruise is out", {"Backup Camera"}),
])
def test_a_part_that_is_out_does_not_work(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Deletion of navigation (credit)", set()),
    ("Moonroof deletion, heated mirrors", {"Heated Mirrors"}),
    ("Deletion of the tow hitch; roof rack retained", {"Roof Rack"}),
])
def test_a_deletion_named_as_a_noun_rules_out_what_it_names(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Cloth seats substituted for leather seats", set()),
    ("Steel wheels substitutes for alloy wheels", set()),
    ("Navigation substituted by display audio", set()),
    ("Leather substituted with cloth, heated mirrors", {"Heated Mirrors"}),
])
def test_a_substitute_rules_out_what_it_stands_for(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Roof rack requires purchase of Adventure Pkg", set()),
    ("Trailer hitch requires purchase of the towing package, heated seats",
     {"Heated Front Seats"}),
])
def test_a_feature_that_must_be_purchased_apart_is_not_on_the_car(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Seat heating (rear)", {"Heated Rear Seats"}),
    ("Heated seats (rear), sunroof", {"Heated Rear Seats", "Sunroof"}),
    ("Seat heating (front)", {"Heated Front Seats"}),
    ("Deletion of seat heating (rear), seat heating (front)", {"Heated Front Seats"}),
])
def test_a_row_in_brackets_is_the_features_row(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("third row power fold seats", {"Third Row Seats"}),
    ("2nd row power folds seats, 10-way power driver seat", {"Power Seats"}),
])
def test_power_folding_is_no_power_seat(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Remote start disabled until the shop fixes it. Meridian works.", {"Premium Audio"}),
    ("Sunroof deleted, we did not want to pay for it. Heated seats fine.",
     {"Heated Front Seats"}),
])
def test_a_sentence_ends_after_a_short_word_too(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Not included: sunroof, leather. Included: navigation, remote start.",
     {"Navigation System", "Remote Start"}),
    ("Options declined: tow hitch. Extras: roof rack", {"Roof Rack"}),
])
def test_a_heading_that_rules_out_ends_at_the_next_heading(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("no heated rear seats on this one. Heated fronts yes.", {"Heated Front Seats"}),
    ("heated fronts, heated rear", {"Heated Front Seats", "Heated Rear Seats"}),
])
def test_heated_fronts_are_the_front_row(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Satellite radio trial expired, so only AM/FM", set()),
    ("Sirius subscription expired now only FM, heated seats", {"Heated Front Seats"}),
    ("SiriusXM sub expired, radio still works", {"SiriusXM Satellite Radio"}),
])
def test_an_expiry_that_leaves_only_other_things_rules_out(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("no Enhanced Autopilot, basic Autopilot (adaptive cruise)", {"Adaptive Cruise Control"}),
    ("pkg: heated seats, moonroof (moonroof deleted)", {"Heated Front Seats"}),
])
def test_a_feature_named_again_in_other_words_is_kept(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("No USS - camera-based park assist instead", set()),
    ("no parking sensors, park assist camera instead, heated seats", {"Heated Front Seats"}),
    ("nav deleted, uses CarPlay instead", {"Apple CarPlay Integration"}),
    ("ultrasonic sensors front and rear", {"Parking Sensors"}),
])
def test_what_came_instead_of_a_ruled_out_feature_is_not_it(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("heated all seats, sunroof", {"Heated Front Seats", "Heated Rear Seats", "Sunroof"}),
    ("heated/ventilated all rows",
     {"Heated Front Seats", "Heated Rear Seats", "Ventilated Seats"}),
    ("loved the wireless chargers", {"Wireless Charging"}),
    ("H/K sound, nav", {"Premium Audio", "Navigation System"}),
])
def test_every_row_plural_chargers_and_harman_kardon_by_initials(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Rear camera was replaced with a brand-new unit, works great", {"Backup Camera"}),
])
def test_a_part_replaced_with_a_brand_new_one_is_repaired(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Porsche Entry & Drive", {"Keyless Entry", "Push Button Start"}),
    ("18-way heated and ventilated front seats",
     {"Power Seats", "Heated Front Seats", "Ventilated Seats"}),
])
def test_porsche_entry_and_drive_and_a_way_count_four_words_before_the_seats(mapper, line,
                                                                              labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Built without the tech pack so no cooled seats; still has heated fronts and Bose",
     {"Heated Front Seats", "Premium Audio"}),
    ("Ordered without leather so no heated seats; has ventilated fronts and Bose",
     {"Ventilated Seats", "Premium Audio"}),
])
def test_fronts_are_the_front_seats(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Armada: 360 AVM, heated seats", {"360 Camera", "Heated Front Seats"}),
    ("F-350: fifth wheel/gooseneck package", {"Tow Package"}),
    ("gooseneck prep package only", set()),
])
def test_an_around_view_monitor_shortened_and_a_gooseneck_package(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize(("line", "labels"), [
    ("Navigation requires activation of the nav card", set()),
    ("Wi-Fi requires subscription to the Bose app", set()),
])
def test_what_a_feature_requires_beside_a_service_is_not_claimed_either(mapper, line, labels):
    assert ticked(mapper, line) == labels
