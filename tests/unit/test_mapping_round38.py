"""Round 38 (tuned on mmmm after its first sight): a seat's comfort named by its parts after
the seat ("seat heater & ventilation", "seat cooler and heater") is read on the seat as the
adjectives are ("seat heat and cool").

The lines are invented; the first test fails without ``_mapping._ATTRIBUTE_AFTER`` (the
heater and cooler nouns in ``_LISTED_AFTER``).
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


@pytest.mark.parametrize(("line", "kept"), [
    ("Camry 2019: leather, seat heater & ventilation, navi",
     {"Heated Front Seats", "Ventilated Seats", "Leather Seats", "Navigation System"}),
    ("Front seat ventilation and heater, sunroof", {"Ventilated Seats", "Heated Front Seats"}),
])
def test_a_seats_comfort_named_by_its_parts_after_it(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


@pytest.mark.parametrize(("line", "gone"), [
    # a heater in a list, or after another part, is the cabin's or that part's
    ("AM radio, heater, vinyl bench seat", {"Heated Front Seats"}),
    ("Mirror heater and defroster, cloth seats", {"Heated Front Seats"}),
])
def test_a_heater_of_no_seat_heats_no_seat(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)
