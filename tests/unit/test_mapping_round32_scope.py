"""Round 32 scope: parts a thief took, said after them; claims proved wrong; offers refused.

Each test's lines are invented; each fails with its mechanism in ``_scope`` removed.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# a part stolen, taken or stripped, said after it; the car itself stolen keeps its parts ------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Found 2011 Mazda 6 at the quarry; sunroof glass and the rear camera stolen, AWD ok", set(),
     {"Backup Camera"}),
    ("Theft report: Acura RDX, roof rails taken overnight, heated seats fine",
     {"Heated Front Seats"}, {"Roof Rack"}),
    ("Recovered Nissan Frontier: tonneau cover, bed liner and fog lights all stripped", set(),
     {"Tonneau Cover", "Bed Liner", "Fog Lights"}),
    ("Kia Soul 2016 found stripped of its alloy wheels and navigation", set(),
     {"Alloy Wheels", "Navigation System"}),
    # the car is what was stolen: its parts stay
    ("Owner reports 2018 Jeep Grand Cherokee Trailhawk 4x4 stolen from the mall, sunroof",
     {"Four Wheel Drive", "Sunroof"}, set()),
    ("Listed stolen: 2014 Audi A4 quattro with navigation", {"All Wheel Drive",
                                                             "Navigation System"}, set()),
    ("Chevy Colorado, black, tow hitch, stolen from the driveway", {"Trailer Hitch"}, set()),
])
def test_a_part_stolen_said_after_it(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a part pried, sawed, cut or pulled out of its place; a thief took it ---------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Lexus GX found: backup camera pried out of the hatch, leather intact",
     {"Leather Seats"}, {"Backup Camera"}),
    ("Civic recovered, navigation screen pulled from the dash, cruise works",
     {"Cruise Control"}, {"Navigation System"}),
    ("JBL subwoofer cut out of the trunk, heated seats untouched", {"Heated Front Seats"},
     {"Premium Audio"}),
    ("Recovered Kia Telluride; the thieves stole the third row seats and the roof rails",
     set(), {"Third Row Seats", "Roof Rack"}),
    ("Ram 1500 back at the lot; somebody grabbed the tonneau cover, bed liner ok",
     {"Bed Liner"}, {"Tonneau Cover"}),
    # a part from a donor car is fitted: not taken from this one
    ("leather seats pulled from a wrecked Sierra and fitted to this one", {"Leather Seats"},
     set()),
])
def test_a_part_taken_out_of_its_place(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a part that went with a person off the car ----------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The roof rack went with the previous owner, bed liner is still on", {"Bed Liner"},
     {"Roof Rack"}),
    ("running boards went with the seller to her new truck; trailer hitch stays",
     {"Trailer Hitch"}, {"Running Boards"}),
    # a choice is no part gone
    ("We went with the Touring package: sunroof and leather", {"Sunroof", "Leather Seats"},
     set()),
])
def test_a_part_gone_with_a_person(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a person's claim proved wrong after it ---------------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The neighbor thought the Outback had a sunroof; it was actually a reflection", set(),
     {"Sunroof"}),
    ("Buyer swore the Sequoia had a head-up display, photos show nothing like it", set(),
     {"Head-Up Display"}),
    ("Agent stated the Camry had leather, VIN decodes to the cloth LE; backup camera",
     {"Backup Camera"}, {"Leather Seats"}),
    ("Seller claimed navigation, but it was just a phone holder on the vent", set(),
     {"Navigation System"}),
    ("Rep told us the Pilot had a 360 camera. It has a regular rear camera only",
     {"Backup Camera"}, {"360 Camera"}),
    ("my uncle insisted the Equinox had remote start - looked at the fob, nothing there",
     set(), {"Remote Start"}),
    # a claim found true stands
    ("seller said the Rogue has heated seats, and it does actually", {"Heated Front Seats"},
     set()),
    ("seller said it has a sunroof and heated seats", {"Sunroof", "Heated Front Seats"}, set()),
])
def test_a_claim_proved_wrong(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# an offer the buyer refused ----------------------------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Store offered a bed liner and running boards at cost, but we declined; 4x4",
     {"Four Wheel Drive"}, {"Bed Liner", "Running Boards"}),
    ("They would throw in a tonneau cover. We passed. The truck has a trailer hitch",
     {"Trailer Hitch"}, {"Tonneau Cover"}),
    # an offer taken is no refusal
    ("seller offered the car with a new bed liner and we bought it", {"Bed Liner"}, set()),
])
def test_an_offer_refused(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a valuation's comparable cars as the subject: their equipment is not this car's ---------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Comps mostly carry a panoramic roof; ours has heated seats", {"Heated Front Seats"},
     {"Sunroof"}),
    ("Auction comp: Volvo XC60 Inscription, head-up display, Bowers, sold at ADESA", set(),
     {"Head-Up Display"}),
    ("Comp 4 (Acura MDX w/ ventilated seats) sold in 12 days; ours priced just under", set(),
     {"Ventilated Seats"}),
    ("Outlander SE AWD - comps largely have a sunroof, ours lacks it, heated seats",
     {"All Wheel Drive"}, {"Sunroof"}),
    ("Tacoma SR 4x2 vs 4x4 comps: ours has a tow package", {"Tow Package"},
     {"Four Wheel Drive"}),
    # this car one with the comps, or the comps an object: this car's
    ("ours and every comp have navigation and a backup camera",
     {"Navigation System", "Backup Camera"}, set()),
    ("priced under comps with a sunroof and navigation", {"Sunroof", "Navigation System"},
     set()),
    ("A/C comp: replaced, cruise works", {"Cruise Control"}, set()),
])
def test_comparable_cars(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# another car's equipment, then this car's lack after a comma ------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("my cousin's Highlander has a head-up display, this one doesn't", set(),
     {"Head-Up Display"}),
    ("the Limited on the next row had ventilated seats, ours (SE) doesn't. backup camera yes",
     {"Backup Camera"}, {"Ventilated Seats"}),
    # this car's own, said after a comma
    ("the Limited has heated seats, this one has them too", {"Heated Front Seats"}, set()),
])
def test_another_cars_equipment_then_this_cars_lack(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# broken, then "it" repaired, stays in; broken and not fixed stays out ------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("the backup camera was broken, then the seller fixed it last week; cruise control works",
     {"Backup Camera", "Cruise Control"}, set()),
    ("heated steering wheel inoperative; shop replaced it under warranty",
     {"Heated Steering Wheel"}, set()),
    # a repair refused or of another part keeps the fault
    ("remote start broken, seller will not have it fixed, sunroof works", {"Sunroof"},
     {"Remote Start"}),
    ("navigation broken and not fixed it, bluetooth fine", {"Bluetooth"},
     {"Navigation System"}),
])
def test_a_fault_and_its_repair(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# another trim's equipment, then this car said to be a lesser trim --------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Platinum trim has a head-up display; this is an XLT. backup camera yes",
     {"Backup Camera"}, {"Head-Up Display"}),
    ("the Denali pkg truck had the sunroof, ours is the SLT only. remote start yes",
     {"Remote Start"}, {"Sunroof"}),
    # a feature's own word at the opening is no trim: "AWD has been great"
    ("AWD has been great; this is a Subaru after all", {"All Wheel Drive"}, set()),
])
def test_another_trims_equipment_then_this_trim(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
