"""Round 21 of issue 19, the negation side: what a listing only said, what an owner took off
or swapped, and a fault that rules out its own feature and clause, nothing more."""

import pytest

from tests.unit.mapping_support import ticked

# --- a report contradicted by what was found ----------------------------------------------

@pytest.mark.parametrize(("line", "labels"), [
    ("Listing showed a sunroof, car has a solid roof panel", set()),
    ("Navigation advertised; vehicle has CarPlay only", {"Apple CarPlay Integration"}),
    ("Heated seats listed in the ad, vehicle has cloth seats", set()),
    ("Ad claimed a Bose stereo, the truck actually has base speakers", set()),
    ("Advertised with a sunroof but the car doesn't have one", set()),
    ("Announced: leather. Vehicle has cloth", set()),
    ("Sold as 4WD, truck is actually 2WD", set()),
    ("Ad says AWD but it's FWD", set()),
    ("Marketed with adaptive cruise, only has regular cruise", {"Cruise Control"}),
    ("Nav advertised, not on the car", set()),
])
def test_a_report_the_finding_contradicts_claims_nothing(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_report_the_finding_agrees_with_still_claims(mapper):
    assert ticked(mapper, "Sunroof as advertised; vehicle has heated seats") == {
        "Sunroof", "Heated Front Seats"}
    assert ticked(mapper, "Sold as is, has a sunroof, car is clean") == {"Sunroof"}


def test_a_fault_claimed_then_found_working_is_the_feature(mapper):
    line = "Buyer claimed the sunroof was inoperative; inspector found it working"
    assert ticked(mapper, line) == {"Sunroof"}
    # not refuted, the fault stands
    assert ticked(mapper, "Buyer claimed the sunroof was inoperative; claim approved") == set()
    assert ticked(mapper, "Customer says the sunroof is inop; tested not working") == set()


def test_a_sellers_word_is_the_listings_own_voice(mapper):
    assert ticked(mapper, "Seller says the sunroof works, car is clean") == {"Sunroof"}


# --- an owner's words for a part taken off, switched off or dead --------------------------

@pytest.mark.parametrize("line", [
    "Tow hitch pulled last winter; fog lamps fine",
    "Pulled the parking sensors and filled the holes; fog lamps fine",
    "Shaved the roof rails; fog lamps fine",
    "Blind spot monitor coded off; fog lamps fine",
    "Lane departure warning unplugged; fog lamps fine",
    "Heated steering wheel died last winter; fog lamps fine",
    "Navigation touchscreen unresponsive; fog lamps fine",
    "Navigation is useless; fog lamps fine",
    "Navigation quit on me last year; fog lamps fine",
    "Keeping the roof rack, sold without it; fog lamps fine",
    "Took the tow hitch off; fog lamps fine",
    "Yanked the running boards; fog lamps fine",
    "We sealed the moonroof shut with silicone; fog lamps fine",
    "Head-up display is not on it; fog lamps fine",
    "Remote start fob is MIA; fog lamps fine",
    "Roof rack stays with me; fog lamps fine",
    "The tonneau cover is in my shed; fog lamps fine",
])
def test_a_part_an_owner_took_off_or_lost_is_not_ticked(mapper, line):
    assert ticked(mapper, line) == {"Fog Lights"}


@pytest.mark.parametrize(("removed", "other_sense", "labels"), [
    ("Remote start fob is MIA; fog lamps fine", "Mia: the truck has fog lamps", {"Fog Lights"}),
    ("Tow package pulled off; fog lamps fine", "Pulled a camper all summer with the tow package",
     {"Tow Package"}),
    ("The tonneau cover is in my garage, fog lamps", "Always kept in the garage, fog lamps",
     {"Fog Lights"}),
    ("Took the tow hitch off, fog lamps", "Took the truck out for a drive, fog lamps",
     {"Fog Lights"}),
])
def test_the_same_words_in_other_senses_rule_nothing_out(mapper, removed, other_sense, labels):
    assert ticked(mapper, removed) == {"Fog Lights"}
    assert ticked(mapper, other_sense) == labels


# --- what went in and what came out of a swap ---------------------------------------------

@pytest.mark.parametrize(("line", "labels"), [
    ("Swapped the stock radio for a Harman Kardon unit", {"Premium Audio"}),
    ("Vinyl seats replaced the leather; fog lamps fine", {"Fog Lights"}),
    ("Aftermarket stereo replaced factory Bose unit", set()),
    ("Converted the sunroof to a solid panel, fog lamps", {"Fog Lights"}),
    ("Changed the halogen headlights to LED headlights", {"LED Headlights"}),
])
def test_a_swap_rules_out_what_came_out_and_keeps_what_went_in(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_persons_replacement_is_a_repair(mapper):
    assert ticked(mapper, "Navigation screen replaced the CD player") == {"Navigation System"}
    assert ticked(mapper, "Owner replaced the navigation screen") == {"Navigation System"}


# --- a fault rules out its own feature and clause only ------------------------------------

def test_a_symptom_only_at_times_is_the_feature_working_otherwise(mapper):
    assert ticked(mapper, "Air conditioning blows warm at idle, cold on the highway") == {
        "Air Conditioning"}
    assert ticked(mapper, "Air conditioning blows warm at all times") == set()


def test_a_part_repaired_under_warranty_is_still_the_feature(mapper):
    assert ticked(mapper, "Backup camera replaced under warranty") == {"Backup Camera"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Sunroof - N / Heated Seats - Y", {"Heated Front Seats"}),
    ("Leather - N / Navigation - Y", {"Navigation System"}),
])
def test_an_answer_before_a_slash_answers_its_own_item(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_modifier_after_a_ruled_out_feature_keeps_its_noun(mapper):
    assert ticked(mapper, "Ventilated seats inoperative, heated OK") == {"Heated Front Seats"}


@pytest.mark.parametrize("line", [
    "Remote start prep only; air, cruise",
    "Sunroof: N/A; cassette; air, cruise",
    "Power locks inop; air, cruise, tilt",
    "Cassette, air, cruise, sunroof delete",
])
def test_the_rest_of_a_list_after_a_ruled_out_first_item_still_ticks(mapper, line):
    assert ticked(mapper, line) == {"Air Conditioning", "Cruise Control"}


def test_a_feature_that_works_fine_is_said_there(mapper):
    assert ticked(mapper, "Sunroof inop; cruise works fine") == {"Cruise Control"}
    assert ticked(mapper, "Power seats inop, heated fine") == {"Heated Front Seats"}


def test_a_removed_part_is_not_named_back_by_a_later_clause(mapper):
    line = "Airbag removed for a racing wheel, SRS light is on"
    assert ticked(mapper, line) == set()
    assert ticked(mapper, "Factory tonneau removed, bed sprayed with a spray-in liner") == {
        "Bed Liner"}


def test_a_verb_after_will_not_says_the_part_before_fails(mapper):
    assert ticked(mapper, "The backup camera won't display; fog lamps fine") == {"Fog Lights"}
    assert ticked(mapper, "Cruise control is not adaptive") == {"Cruise Control"}


def test_never_with_its_own_object_does_not_reach_back(mapper):
    line = "Sure it has keyless entry, never used the key blade"
    assert ticked(mapper, line) == {"Keyless Entry"}


def test_a_ruled_out_row_leaves_the_other_row(mapper):
    assert ticked(mapper, "Rear heated seats inop, front heated seats work") == {
        "Heated Front Seats"}


def test_modifiers_that_work_after_a_ruled_out_seat_keep_their_noun(mapper):
    assert ticked(mapper, "Cooled seats don't cool, heated and power work") == {
        "Heated Front Seats", "Power Seats"}


def test_a_part_that_needs_work_is_a_fault_not_a_wish(mapper):
    assert ticked(mapper, "Heated seats need work, cruise works") == {"Cruise Control"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Removed the factory radio with nav, now has a Pioneer with CarPlay",
     {"Apple CarPlay Integration"}),
    ("Took out the third row with the heated seats, fog lamps", {"Fog Lights"}),
])
def test_what_a_removed_part_came_with_went_with_it(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_symptom_not_put_right_stays_a_fault(mapper):
    assert ticked(mapper, "A/C blows warm, compressor not replaced") == set()


def test_a_negated_feature_is_not_brought_back_by_what_another_implies(mapper):
    assert ticked(mapper, "No power seats; memory seats") == {"Memory Seats"}
