"""Round 53 (tuned on vvvvv and wwwww after their first sight): a tax assessment's word for the
car is a claim a later clause may prove wrong, and a schedule of what options are worth on
any car names no equipment of this one, to the end of the line its heading opens.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._CLAIMING: "assessed as", "the assessment lists it as"
@pytest.mark.parametrize(("line", "gone"), [
    ("Assessed as xDrive (AWD), actually rear-wheel drive.", {"All Wheel Drive"}),
    ("The assessment lists it as AWD, but my Camry is front wheel drive only.",
     {"All Wheel Drive"}),
])
def test_an_assessments_word_proved_wrong(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._SCHEDULE, and the schedule's heading read on to the line's end
@pytest.mark.parametrize(("line", "gone"), [
    ("SCHEDULE OF OPTION VALUES (ALL MAKES): SUNROOF +150; LEATHER +200; NAVIGATION +225",
     {"Sunroof", "Leather Seats", "Navigation System"}),
    ("Guide value table: Tacoma SR base $18,000 / add 4WD $600 / add tonneau $100",
     {"Four Wheel Drive", "Tonneau Cover"}),
])
def test_a_schedule_of_option_values_names_no_equipment(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# ... but "features may vary by trim:" heads no schedule: what follows is this car's
def test_a_varying_equipment_note_heads_no_schedule(mapper):
    check_ticks(mapper, "Sorento LX offer: features may vary by trim. LX has a 3rd row and rear "
                "A/C.", {"Third Row Seats"}, set())
