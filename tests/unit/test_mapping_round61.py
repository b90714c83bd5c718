"""Round 61 (tuned on nnnnnn and oooooo after their first sight): what a trim given up lost,
a carrier's other cars on the load, and a carrier's delivery ("DEL") that is no deletion.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._CUES "lost" before its object: what a trim given up lost
def test_what_a_trim_given_up_lost(mapper):
    check_ticks(mapper, "LX over EX: lost the sunroof and heated seats, kept the alloys",
                {"Alloy Wheels"}, {"Sunroof", "Heated Front Seats"})


# _scope._cue_at: a part lost and then repaired is on the car
def test_a_part_lost_and_repaired(mapper):
    check_ticks(mapper, "lost carplay after an update, dealer reflashed the radio",
                {"Apple CarPlay Integration"}, set())


# _scope._ANOTHER_OF_OURS, _AT_HAND: a carrier's other cars on the load beside its own
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("the Outback on this load has the turbo and heated seats; ours is a Legacy with a "
     "backup camera", {"Backup Camera"}, {"Turbocharged", "Heated Front Seats"}),
    ("Sonata SE (ours), and the Sonata Limited on the same truck has the Infinity audio",
     set(), {"Premium Audio"}),
])
def test_a_carriers_other_cars_on_the_load(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._NOT_A_CUE_BEFORE "del", _cue_at, _mapping._ruled_out_by_heading: a delivery
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("DEL insp: 2021 Tiguan 4Motion, heated seats, pano - no exceptions",
     {"All Wheel Drive", "Heated Front Seats"}, set()),
    ("DEL: 2019 Venza, JBL, HUD, wireless charger", {"Premium Audio", "Head-Up Display",
                                                    "Wireless Charging"}, set()),
    # still a deletion where parts follow it
    ("DEL: 3rd row, sunroof", set(), {"Third Row Seats", "Sunroof"}),
])
def test_a_carriers_delivery_is_no_deletion(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
