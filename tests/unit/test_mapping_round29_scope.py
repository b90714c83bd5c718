"""Round 29 scope: parts taken off, sold, wrecked or refused in a bid are not ticked.

Each test's lines are invented; each fails with its mechanism in ``_scope`` removed.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# a crash's damage spends or wrecks the part -------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Camry 2017 rear hit: side airbags deployed, cruise control works", {"Cruise Control"},
     {"Airbags"}),
    ("SRS: FIRED / RUNS: Y / BLUETOOTH: Y", {"Bluetooth"}, {"Airbags"}),
    ("Outlander: backup camera smashed; heated seats fine", {"Heated Front Seats"},
     {"Backup Camera"}),
    ("Rogue: sunroof glass shattered in the rollover", set(), {"Sunroof"}),
    ("Engine fired up first time, heated seats work", {"Heated Front Seats"}, set()),
])
def test_damage_that_defeats_a_part(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a bid's answer that the offered car does not meet the item ---------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Line 14 navigation: exception taken, offered unit has phone mirroring only", set(),
     {"Navigation System"}),
    ("Item 9 remote start - DNC; item 10 cruise control - complies", {"Cruise Control"},
     {"Remote Start"}),
    ("Offeror does not comply with heated rear seats", set(), {"Heated Rear Seats"}),
    ("Offeror takes exception to the power liftgate requirement", set(), {"Power Liftgate"}),
    ("Solicitation calls for a 360 camera; offered van has a reversing camera",
     set(), {"360 Camera"}),
])
def test_answers_of_non_compliance(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a removal that heads or closes a list takes every item of it --------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Time-attack prep: sunroof, heated seats, navigation all removed", set(),
     {"Sunroof", "Heated Front Seats", "Navigation System"}),
    ("Autocross build: kept cruise control, Bluetooth; deleted sunroof, heated seats",
     {"Cruise Control", "Bluetooth"}, {"Sunroof", "Heated Front Seats"}),
    ("Parted out - sold: navigation head unit, leather seats, sunroof glass; still here: third"
     " row seats", {"Third Row Seats"}, {"Navigation System", "Leather Seats", "Sunroof"}),
    ("Rally car: heated seats and stereo deleted for weight, cruise control kept",
     {"Cruise Control"}, {"Heated Front Seats"}),
])
def test_removal_lists(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# parts sold off, or thrown out with the parts they came in -----------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Donor Accord: navigation unit sold, sunroof sold to a local shop, cruise control works",
     {"Cruise Control"}, {"Navigation System", "Sunroof"}),
    ("Drift car: heated seats went with the factory seats, LSD fitted",
     {"Limited Slip Differential"}, {"Heated Front Seats"}),
    ("Track build: the A/C went in the dumpster", set(), {"Air Conditioning"}),
])
def test_parts_sold_or_thrown_out(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a checklist's "n/a" leading its list, a fault that comes and goes ---
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("N/A sunroof, navigation; checked: cruise control", {"Cruise Control"},
     {"Sunroof", "Navigation System"}),
    ("Known issue: premium audio intermittent", set(), {"Premium Audio"}),
])
def test_leading_na_and_intermittent(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
