"""Round 63 (tuned on rrrrrr-uuuuuu after their first sight): a car had before named with
its equipment, a claim represented or told and then refuted, a sentence that ends inside its
quotation, and the unit offered or found beside the one wanted.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._WISHING "used", "previously", _attached: a car had before, named with its
# equipment, had that equipment too
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Used to have a Tundra with the TRD exhaust and the brake controller. Now a Corolla LE, "
     "backup camera", {"Backup Camera"}, {"Trailer Brake Controller"}),
    ("previously had an X5 with the HUD; this X3 has nav", {"Navigation System"},
     {"Head-Up Display"}),
])
def test_a_car_had_before_with_its_equipment(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._WORD_OF "represented", "referenced", "was told": a claim the line refutes
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The Mustang GT was represented as having a limited-slip; the rear axle is the open "
     "unit. Leather confirmed", set(), {"Limited Slip Differential"}),
    ("my client was told it had a sunroof and a tow package; it is the base model with the "
     "rear camera", {"Backup Camera"}, {"Sunroof", "Tow Package"}),
])
def test_a_represented_claim_refuted(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CLAUSES: a sentence that ends inside its quotation parts from the next, so the next
# one can refute it
def test_a_sentence_ending_inside_its_quotation(mapper):
    check_ticks(mapper, 'The Pilot was sold as "AWD with 3rd row." It is FWD, and the third row '
                "is there", {"Third Row Seats"}, {"All Wheel Drive"})


# _scope._ANSWER_IN_CLAUSE: a wish ends where what the offered or found car has follows its
# colon
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Offered Telluride SX vs wanted EX: offered has the HUD, Harman Kardon and a sunroof",
     {"Head-Up Display", "Premium Audio", "Sunroof"}, set()),
    ("wanted the Limited: the offered SEL adds a power liftgate", {"Power Liftgate"}, set()),
    # a wish with no car after its colon stays a wish
    ("customer wanted: HUD, ventilated seats", set(), {"Head-Up Display", "Ventilated Seats"}),
])
def test_what_the_offered_car_has_after_a_wish(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._WISH_MET: a unit by its stock number that fits the wish, or that the wish asks for
@pytest.mark.parametrize(("line", "kept"), [
    ("Need a Tahoe Z71 for a client, your stk T2291 fits: 4WD, sunroof, running boards",
     {"Four Wheel Drive", "Sunroof", "Running Boards"}),
    ("Need your Highlander XLE stk H5530 -- AWD, JBL, heated seats",
     {"All Wheel Drive", "Premium Audio", "Heated Front Seats"}),
])
def test_a_unit_by_its_stock_number(mapper, line, kept):
    check_ticks(mapper, line, kept, set())
