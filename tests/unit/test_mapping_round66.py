"""Round 66 (tuned on bbbbbbb, ccccccc and ddddddd after their first sight, and on the
recall of yyyyyy-aaaaaaa): an ignition's accessory position, a plug that is no plug-in, the
heat named after the seat or the wheel, makers' diesel and plug-in codes, a giver's word
and the check that refutes it, and another unit or the rig a car is towed behind.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# synonyms.toml [unless] "Adaptive Cruise Control": the key's accessory position
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("flat tow: key to ACC, trans in N, heated seats off", set(), {"Adaptive Cruise Control"}),
    ("ACC, lane keep assist, blind spot", {"Adaptive Cruise Control"}, set()),
])
def test_the_keys_accessory_position(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Hybrid Powertrain": a light's or a trailer's plug is no plug-in
def test_a_lights_plug_is_no_plug_in(mapper):
    check_ticks(mapper, "tail light plug in, safety cables crossed", set(),
                {"Hybrid Powertrain"})


# synonyms.toml: the heat named after the seats or the wheel, and every row's heat
@pytest.mark.parametrize(("line", "kept"), [
    ("cold soak log: seat heat 2, wheel heat on", {"Heated Front Seats", "Heated Steering Wheel"}),
    ("seats/wheel heat on the way in", {"Heated Front Seats", "Heated Steering Wheel"}),
    ("heated/ventilated massage seats all round", {"Heated Rear Seats", "Ventilated Seats"}),
    ("heated seats front and middle row, rear climate", {"Heated Rear Seats"}),
])
def test_heat_said_after_the_part(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


# synonyms.toml: a Mercedes-Benz class joined to its diesel code; Volvo's plug-in T8
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("GLC220d 4MATIC, Burmester", {"Diesel Engine"}, set()),
    ("XC60 T8 Inscription, B&W, HUD", {"Hybrid Powertrain"}, set()),
])
def test_makers_engine_codes(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._WORD_OF "per the donor", "wrote that", and _FINDING: what a check found
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Sunroof per the family; the car has a solid roof. Cruise yes", {"Cruise Control"},
     {"Sunroof"}),
    ("Mrs. Ortiz wrote that the Ram had the Cummins - it's actually the Hemi. 4x4 confirmed",
     {"Four Wheel Drive"}, {"Diesel Engine"}),
    ("Donor letter said leather; intake found cloth. Cruise yes", {"Cruise Control"},
     {"Leather Seats"}),
    ("Donor said the Buick had heated seats; checked - no switches. Power seat yes",
     {"Power Seats"}, {"Heated Front Seats"}),
])
def test_a_givers_word_refuted(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _cars._other_units: another unit that is the one with something, one sent elsewhere with
# what it had, and the rig a car is towed behind; not the writer's own, nor a coach where
# nothing is towed
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Toyota", "the 2012 Tacoma (ours) is tilt only; the 2018 Tacoma at the north campus is "
     "the one with the backup camera and tonneau", set(), {"Backup Camera", "Tonneau Cover"}),
    ("Ford", "ours is the XL; the Lariat with leather and nav went to the auction", set(),
     {"Leather Seats", "Navigation System"}),
    ("Toyota", "the Tacoma we bought is the one with the backup camera", {"Backup Camera"},
     set()),
    ("Jeep", "The coach has the backup cam and GPS; the Wrangler toad has a soft top", set(),
     {"Backup Camera", "Navigation System"}),
    ("Chevrolet", "Coach has dual zone; the Equinox toad has heated seats",
     {"Heated Front Seats"}, {"Dual Zone Climate Control"}),
    ("Mazda", "Coach: bluetooth, nav, backup cam. Mazda3 toad: manual, CD player", set(),
     {"Bluetooth", "Navigation System", "Backup Camera"}),
    # a hearse's coach is its own body: nothing is towed
    ("Cadillac", "Coach: fog lamps, backup camera, casket rollers", {"Fog Lights",
                                                                    "Backup Camera"}, set()),
])
def test_another_unit_or_the_rig(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car)
