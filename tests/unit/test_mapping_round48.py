"""Round 48 (tuned on lllll and mmmmm after their first sight): an insurance valuation's
comparable cars and its options not present, a claim an inspection or the seller proves
wrong, and another trim's content named after a label.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._COMP_SUBJECT: a comparable named by its model and trim
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Comp #2 Highlander XLE: JBL, sunroof — adj. -$900", set(), {"Premium Audio", "Sunroof"}),
    ("Comparable Tahoe Premier has a HUD and ventilated seats", set(),
     {"Head-Up Display", "Ventilated Seats"}),
    ("COMPARABLE 4 EQUIPPED WITH: NAVIGATION, SUNROOF", set(),
     {"Navigation System", "Sunroof"}),
    ("comp accord touring w/ heated rear seats", set(), {"Heated Rear Seats"}),
    # a comparable's value is no comparable car
    ("Loss vehicle: leather, sunroof; comp value avg $18,200", {"Leather Seats", "Sunroof"},
     set()),
])
def test_a_valuations_comparable_named_by_its_model_is_another_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._NOT_HERE_HEADING: the loss vehicle or "vehicle" as the place
@pytest.mark.parametrize(("line", "gone"), [
    ("OPTIONS NOT PRESENT ON LOSS VEHICLE: Navigation, Moonroof, Leather",
     {"Navigation System", "Sunroof", "Leather Seats"}),
    ("Options not present on insured vehicle: heated steering wheel, power liftgate",
     {"Heated Steering Wheel", "Power Liftgate"}),
    ("Available for trim but not on vehicle: panoramic sunroof, ventilated seats",
     {"Sunroof", "Ventilated Seats"}),
])
def test_a_heading_of_options_not_present_on_the_loss_vehicle(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._CLAIMING (auto-fill, guessed), _DISPROVING (inspection, not present, denied, the
# seller's correction), _DENIED_CLAIM (rejects claim of), a listing's claim disproved in its
# own clause or a later one
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Insured stated the car had a sunroof — inspection found a solid roof only",
     set(), {"Sunroof"}),
    ("Owner says it had the tow package — no hitch, no wiring at inspection",
     set(), {"Tow Package"}),
    ("Bose claimed; speakers are the standard ones — denied", set(), {"Premium Audio"}),
    ("Appraiser accepts the bed liner; rejects claim of factory running boards",
     {"Bed Liner"}, {"Running Boards"}),
    ("Auto-fill added Sunroof - seller: only a solid roof", set(), {"Sunroof"}),
    ("listing tool guessed Hybrid; seller: gas engine only", set(), {"Hybrid Powertrain"}),
    ("4WD is in the listing title but it is 2WD per the VIN decoder", set(),
     {"Four Wheel Drive"}),
    ("Listing photos show a tonneau, but that was the truck we sold; this one has a bare bed",
     set(), {"Tonneau Cover"}),
    ("said \"navigation\" in the features, there's no built-in nav", set(),
     {"Navigation System"}),
    # a claim an inspection confirms stands
    ("Insured stated the car had leather, confirmed at inspection", {"Leather Seats"}, set()),
])
def test_a_claim_the_inspection_or_the_seller_proves_wrong(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._TRIM_ADDS after a label of one or two words, _THIS_TRIM_SAID "this one is an SV"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("note: Platinum trim adds a HUD and a sunroof; this one is an XLE", set(),
     {"Head-Up Display", "Sunroof"}),
    ("Comparison row: Tacoma TRD Pro has a 4WD crawl mode; this SR5 is 2WD", set(),
     {"Four Wheel Drive"}),
    # the same trim: its own
    ("note: XLE trim has a sunroof; this one is an XLE", {"Sunroof"}, set()),
])
def test_another_trims_content_after_a_label(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
