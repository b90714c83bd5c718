"""Round 64 (tuned on vvvvvv-xxxxxx after their first sight): a wish to take on another car,
and a question put to someone else.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._WISH "looking to take over / buy", "requesting a swap to": a car wished for
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Looking to take over a lease on any Highlander w/ AWD and a 3rd row", set(),
     {"All Wheel Drive", "Third Row Seats"}),
    ("requesting a swap to something w/ a sunroof; my current car has heated seats",
     {"Heated Front Seats"}, {"Sunroof"}),
    # selling is no wish
    ("looking to sell my Tacoma, 4x4, tow package", {"Four Wheel Drive", "Tow Package"},
     set()),
])
def test_a_car_wished_for(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._ASK_OPENER "ask ... if": a question put to someone else claims nothing
def test_a_question_put_to_someone_else(mapper):
    check_ticks(mapper, "Ask Dad if the Civic has the backup camera, I never checked", set(),
                {"Backup Camera"})
