"""Round 56 (tuned on bbbbbb and cccccc after their first sight): systems put out of action
for a stunt ("VSC killed", "fuses out") and parts that came off, a warning lamp
lit on the dash, props and fakes of a feature, a feature the writer calls irrelevant, and
"neither" and "none of" read toward what they deny.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._came_off: a part that came or fell off, said after it
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("4x4, the running boards came off when we lifted it", {"Four Wheel Drive"},
     {"Running Boards"}),
    ("roof rack fell off on the highway", set(), {"Roof Rack"}),
    # not parts that can be taken off, nor systems switched off, which are there
    ("4WD, the doors come off in ten minutes", {"Four Wheel Drive"}, set()),
    ("car wash card: rain-sensing wipers off, ACC off",
     {"Rain Sensing Wipers", "Adaptive Cruise Control"}, set()),
])
def test_a_part_that_came_off(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CUES "killed", "fuse out", "fuses out"
@pytest.mark.parametrize(("line", "gone"), [
    ("stunt double: VSC killed, ABS module unplugged", {"Stability Control", "ABS"}),
    ("stability control fuse out for the slide shots", {"Stability Control"}),
])
def test_a_system_put_out_of_action(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._LIT_WHERE: a lamp lit on the dash, or since when
@pytest.mark.parametrize(("line", "gone"), [
    ("ABS and traction lights both illuminated on the dash", {"ABS"}),
    ("airbag warning lamp lit since Monday, test refused", {"Airbags"}),
    ("the ESP light is permanently on", {"Stability Control"}),
])
def test_a_warning_lamp_lit_somewhere(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


@pytest.mark.parametrize("line", [
    "blind spot monitoring lights on both mirrors",
    "the blind spot warning light was lit in the mirror, she changed lanes anyway",
])
def test_a_lamp_doing_its_job_is_no_fault(mapper, line):
    check_ticks(mapper, line, {"Blind Spot Monitoring"}, set())


# _scope._CUES "fake", "dummy", "prop" (the one feature after), "props" (what is before)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("fake hybrid badges on the trunk, it is the gas model", set(), {"Hybrid Powertrain"}),
    ("dummy backup camera glued to the plate frame", set(), {"Backup Camera"}),
    ("prop sunroof painted on the roof; real heated seats", {"Heated Front Seats"},
     {"Sunroof"}),
    ("the Bose grilles are props", set(), {"Premium Audio"}),
    ("props to the dealer: heated seats and nav work", {"Heated Front Seats",
                                                       "Navigation System"}, set()),
])
def test_a_prop_is_not_the_feature(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CUES "not relevant", "irrelevant"
@pytest.mark.parametrize(("line", "gone"), [
    ("refused for a bald tyre; A/C not relevant", {"Air Conditioning"}),
    ("sunroof? irrelevant for the test", {"Sunroof"}),
])
def test_what_the_writer_sets_aside(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._shaped_cue: "neither" ending its part denies what came before; "none of" with a
# noun denies what follows
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("the school car has HUD and heated seats; my own Fiesta has neither", set(),
     {"Head-Up Display", "Heated Front Seats"}),
    ("Tucson has neither, just a backup cam", {"Backup Camera"}, set()),
    ("None of the hero car's sunroof, nav or leather", set(),
     {"Sunroof", "Navigation System", "Leather Seats"}),
    ("the stunt car has none of its blind spot or lane departure warnings", set(),
     {"Blind Spot Monitoring", "Lane Departure Warning"}),
    ("heated seats and nav, none of them work", set(),
     {"Heated Front Seats", "Navigation System"}),
])
def test_neither_and_none_of_read_toward_what_they_deny(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
