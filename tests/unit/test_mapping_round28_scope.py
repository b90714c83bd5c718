"""Round 28 scope: lines that say the car does not have a working feature tick nothing of it.

Each test's lines are invented; each fails with its mechanism in ``_scope`` removed.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import ticked


# a checklist whose answers lead their items: each answer is its next item's --------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("HANDOVER SHEET #4471: [Y] SUNROOF [Y] HEATED SEATS [N] NAVIGATION",
     {"Sunroof", "Heated Front Seats"}, {"Navigation System"}),
    ("[N] Power liftgate [Y] Remote start", {"Remote Start"}, {"Power Liftgate"}),
    ("Turn-in audit - [P] CRUISE [P] BLUETOOTH [F] BACKUP CAMERA",
     {"Cruise Control", "Bluetooth"}, {"Backup Camera"}),
])
def test_leading_answers_answer_the_item_after(mapper, line, kept, gone):
    labels = ticked(mapper, line)
    assert kept <= labels
    assert not gone & labels


def test_trailing_answers_still_answer_the_item_before(mapper):
    labels = ticked(mapper, "Heated seats (Y), Sunroof (N), Remote start (Y)")
    assert {"Heated Front Seats", "Remote Start"} <= labels
    assert "Sunroof" not in labels


def test_a_fail_mark_beside_passes_rules_out_its_item(mapper):
    labels = ticked(mapper, "POWER LIFTGATE [F] - MOTOR CLICKS ONLY; CRUISE [P]")
    assert "Power Liftgate" not in labels
    assert "Cruise Control" in labels


# a list answered no as a whole ------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Consignor replied N to: sunroof, heated steering wheel, navigation",
    "Owner marked no for sunroof, heated steering wheel and navigation",
])
def test_a_list_answered_no_ticks_none_of_it(mapper, line):
    assert not {"Sunroof", "Heated Steering Wheel", "Navigation System"} & ticked(mapper, line)


def test_a_list_answered_no_ends_at_a_contrast(mapper):
    labels = ticked(mapper, "Seller said no to the third row and tow hitch, but yes to AWD")
    assert "All Wheel Drive" in labels
    assert not {"Third Row Seats", "Trailer Hitch"} & labels


# a feature broken in words the scope did not know -----------------------------------------
@pytest.mark.parametrize(("line", "gone"), [
    ("Infotainment glitching - Android Auto unusable", {"Android Auto"}),
    ("Rear camera not responsive after software update", {"Backup Camera"}),
    ("Head-up display frozen on start-up screen", {"Head-Up Display"}),
    ("Trailer brake controller out of order", {"Trailer Brake Controller"}),
    ("Option Harman Kardon not chosen, base speakers", {"Premium Audio"}),
])
def test_new_fault_words_rule_out_the_feature(mapper, line, gone):
    assert not gone & ticked(mapper, line)


@pytest.mark.parametrize(("line", "gone"), [
    ("Heated steering wheel no function, cruise works", {"Heated Steering Wheel"}),
    ("Backup camera no picture at all", {"Backup Camera"}),
])
def test_no_work_denies_the_part_before(mapper, line, gone):
    assert not gone & ticked(mapper, line)


def test_no_with_a_feature_after_it_still_negates_forward(mapper):
    # "no power liftgate": the liftgate is what the "no" negates, not a work of the sunroof
    labels = ticked(mapper, "Sunroof, no power liftgate")
    assert "Sunroof" in labels
    assert "Power Liftgate" not in labels


def test_a_lit_warning_light_rules_out_its_system(mapper):
    labels = ticked(mapper, "Traction control lamp stays lit; heated seats work")
    assert "Traction Control" not in labels
    assert "Heated Front Seats" in labels


def test_a_light_that_is_the_feature_is_no_warning(mapper):
    assert "Fog Lights" in ticked(mapper, "Fog lights on, LED headlights")


# a feature of another car -----------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Brochure in door pocket belongs to a different vehicle (shows panoramic roof)",
    "Build sheet stapled to the file is for another VIN - lists heated steering wheel",
    "Listing photo 6 shows tonneau cover, wrong truck uploaded",
])
def test_another_cars_equipment_is_not_this_cars(mapper, line):
    assert not {"Sunroof", "Heated Steering Wheel", "Tonneau Cover"} & ticked(mapper, line)


# a wish or a request ----------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Renter asked for an SUV with a third row for the return trip",
    "Driver wishes the van had a backup camera",
])
def test_wishes_and_requests_claim_nothing(mapper, line):
    assert not {"Third Row Seats", "Backup Camera"} & ticked(mapper, line)
