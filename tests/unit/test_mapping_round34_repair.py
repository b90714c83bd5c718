"""Round 34 scope: one repair rule, a fault then the clause that says it was put right.

Each test's lines are invented; the first test fails with ``_scope._repaired_parts`` finding
no repair (its last line with the repair not cut from what follows it), the second with the
words that leave a repair undone (``_NOT_DONE``) allowed before its verb, or with a swap
("replaced by generic speakers", "... with aftermarket") taken for a repair.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# a fault, then a clause that says someone put it right since: the part is on the car ---------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The power liftgate on this Highlander was broken but the dealer fixed it. Bluetooth "
     "pairs fine", {"Power Liftgate", "Bluetooth"}, set()),
    ("Wireless charging pad stopped working -- it has since been replaced by the dealer",
     {"Wireless Charging"}, set()),
    ("Panoramic sunroof stuck half open, but the body shop fixed it in March; roof rack fine",
     {"Sunroof", "Roof Rack"}, set()),
    ("Memory seats on my Volvo quit working; the previous owner had them reprogrammed in 2021",
     {"Memory Seats"}, set()),
    # what follows the repair in its clause is read apart, as written
    ("Heated seats in the Sorento were dead but the shop fixed them last fall (toasty now) + "
     "remote start", {"Heated Front Seats", "Remote Start"}, set()),
])
def test_a_fault_then_its_repair(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a repair still to come, refused, or a swap: the fault rules the part out --------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Parking sensors defective, but nobody fixed them", set(), {"Parking Sensors"}),
    ("Head-up display broken; needs to be replaced", set(), {"Head-Up Display"}),
    ("Blind spot monitor quit working, hasn't been fixed", set(),
     {"Blind Spot Monitoring"}),
    ("Rear camera on the Tacoma broke, will be fixed by the dealer; heated seats work",
     {"Heated Front Seats"}, {"Backup Camera"}),
    ("Adaptive cruise on the Passat is dead, to be fixed", set(), {"Adaptive Cruise Control"}),
    ("Heated mirrors on the Outback inoperable - awaiting repair", set(), {"Heated Mirrors"}),
    ("Apple CarPlay faulty, needs repair", set(), {"Apple CarPlay Integration"}),
    ("Remote start dead; fix quoted at $400", set(), {"Remote Start"}),
    ("Heated steering wheel inop, dealer replaced it with an aftermarket cover", set(),
     {"Heated Steering Wheel"}),
    ("Navigation screen on the Sienna dead; replaced under warranty with aftermarket", set(),
     {"Navigation System"}),
    ("Bose speakers in the Mazda blown; replaced by generic speakers", set(), {"Premium Audio"}),
    # a repair by the dealer, not by a lesser part
    ("Bose speakers in the Mazda blown; replaced by the Mazda dealer", {"Premium Audio"},
     set()),
])
def test_a_fault_not_yet_repaired(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
