"""Round 39 (tuned on ssss-uuuu after their first sight): a line that ends right after a cue is
read, not crashed on; "ready for" a purpose prepares nothing; a checklist's verdict in capitals
ends its item's sentence, and an inspection item is read by its last verdict; what a car named
mid-sentence has, set against this one, is that car's; an auction sheet's run of codes is read
code by code.

The lines are invented. The first test fails without the end-of-line guard in
``_scope._cue_at`` (the mapper raised IndexError on every "<cue> for" at a line's end), the
second without ``_scope._states_purpose``, the third without the verdicts of
``_mapping._SENTENCE_END``, the fourth without ``_mapping._items_judged``, the fifth without
``_scope._elsewhere_from`` and ``_scope._set_against_ours``, the sixth without
``_mapping._sheet_codes_read``.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks
from vautokit.vehicles import _scope

EITHER_WAY_CUES = sorted(" ".join(cue) for cue, (_, direction) in _scope._CUES.items()
                         if direction == "either")


@pytest.mark.parametrize("cue", EITHER_WAY_CUES)
def test_a_line_ending_after_a_cue_is_decided(mapper, cue):
    for line in (f"heated seats, {cue} for", f"{cue} for"):
        assert mapper.map_line(line).line == line


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Ranger XLT, tow bar, reversing camera, ready for the job site",
     {"Trailer Hitch", "Backup Camera"}, set()),
    ("Sunroof, navigation, leather, ready for a road trip",
     {"Sunroof", "Navigation System", "Leather Seats"}, set()),
    # a service the feature still needs, or a feature after the "for", is still prepared only
    ("SiriusXM radio, ready for activation, heated seats", {"Heated Front Seats"},
     {"SiriusXM Satellite Radio"}),
    ("Prepped for remote start, cruise control", {"Cruise Control"}, {"Remote Start"}),
    ("Navigation, ready for the SD card, cruise", {"Cruise Control"}, {"Navigation System"}),
])
def test_ready_for_a_purpose_prepares_nothing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Moonroof: N/A. Adaptive cruise: PASS", {"Adaptive Cruise Control"}, {"Sunroof"}),
    ("Leather: PASS. Heated wheel: N/A. Navigation: OK",
     {"Leather Seats", "Navigation System"}, {"Heated Steering Wheel"}),
    ("Third row: No. Backup camera: Yes", {"Backup Camera"}, {"Third Row Seats"}),
])
def test_a_verdict_in_capitals_ends_its_items_sentence(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Power liftgate: slow to open, strut whine, latch sticks - FAIL. Fog lamps: PASS",
     {"Fog Lights"}, {"Power Liftgate"}),
    ("Remote start: was INOP at intake, new antenna fitted, now starts from fob - PASS",
     {"Remote Start"}, set()),
    # notes that say part of it works, or name another part, keep their own reading
    ("Heated seats: work, cooling INOP", {"Heated Front Seats"}, set()),
    ("Rear A/C: INOP, front A/C cold", {"Air Conditioning"}, {"Rear Air Conditioning"}),
    # notes that rule the item out stand, whatever the verdict after them
    ("Navigation: not equipped, screen OK", set(), {"Navigation System"}),
    ("Moonroof: deleted at order, headliner OK - PASS", set(), {"Sunroof"}),
])
def test_an_inspection_item_is_read_by_its_last_verdict(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Accord EX-L, heated seats, the Touring gets the HUD, ours has leather",
     {"Heated Front Seats", "Leather Seats"}, {"Head-Up Display"}),
    ("the sport trim has awd, mine is the fwd one with heated seats",
     {"Heated Front Seats"}, {"All Wheel Drive"}),
    ("the 2.7T comes with a sunroof, mine's the base 2.5", set(), {"Sunroof"}),
    ("the sport trim has awd, mine has fwd and heated seats", {"Heated Front Seats"},
     {"All Wheel Drive"}),
    ("The Platinum has a sunroof, the XLT gets heated seats, ours is an XL", set(),
     {"Sunroof", "Heated Front Seats"}),
    # this car said to be the car named: it has what that car has
    ("The Limited and up got blind spot monitoring, ours is a Limited", {"Blind Spot Monitoring"},
     set()),
])
def test_what_a_car_named_mid_sentence_has_is_that_cars(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2011 Mark X, grade 4, AAC PS PW SR AW, leather",
     {"Air Conditioning", "Power Steering", "Power Windows", "Sunroof", "Alloy Wheels",
      "Leather Seats"}, set()),
    # alone, or heading a run with no code only auction sheets use, "SR" is a trim
    ("2019 Tacoma SR, 4x4, tow hitch", {"Four Wheel Drive", "Trailer Hitch"}, {"Sunroof"}),
    ("2021 FRONTIER SR 4WD AC PW PL", {"Four Wheel Drive"}, {"Sunroof"}),
    # ... and a sheet's "SR" after its run is the same sunroof
    ("2012 Estima, AAC PS PW SR AW, SR glass cracked and removed", {"Alloy Wheels"}, {"Sunroof"}),
])
def test_an_auction_sheets_run_of_codes_is_read_code_by_code(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
