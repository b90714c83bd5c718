"""Round 57 (tuned on dddddd and eeeeee after their first sight): a part someone plans to fit,
what a job posting requires or prefers of any car, a colleague's car beside the employee's,
a concept car's or a prototype's parts, and what a show's placard says.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._WISH: a part someone plans to fit is not fitted yet
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("plans to add a bed liner to his Ranger next month", set(), {"Bed Liner"}),
    ("she will install a trailer hitch before the start date", set(), {"Trailer Hitch"}),
    ("heated seats; we're gonna get a roof rack for the bikes", {"Heated Front Seats"},
     {"Roof Rack"}),
    ("he'll buy a tonneau cover after the first paycheck", set(), {"Tonneau Cover"}),
])
def test_a_part_someone_plans_to_fit(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._REQUIREMENTS: a job posting's "Req'd:", "Job reqs", "Preferred:"
@pytest.mark.parametrize(("line", "gone"), [
    ("Req'd: AWD, backup camera, clean record", {"All Wheel Drive", "Backup Camera"}),
    ("Job reqs - Bluetooth hands-free and working A/C", {"Bluetooth", "Air Conditioning"}),
    ("Preferred: tow hitch and a brake controller", {"Trailer Hitch",
                                                     "Trailer Brake Controller"}),
])
def test_what_a_posting_requires_of_any_car(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._SEEN_OR_GONE: a colleague's car at work beside the employee's
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Staff car Corolla w/ backup cam; the manager's truck has the 4x4 and the tow package",
     {"Backup Camera"}, {"Four Wheel Drive", "Tow Package"}),
    ("rides with the supervisor's Tahoe (sunroof, running boards) on Mondays", set(),
     {"Sunroof", "Running Boards"}),
])
def test_a_colleagues_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._SEEN_OR_GONE: a concept car's or a prototype's parts are no car's for sale
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("the concept's head-up display and roof rack did not carry over", set(),
     {"Head-Up Display", "Roof Rack"}),
    ("prototype parts: rear locker, spray-in bedliner; production spec TBD", set(),
     {"Limited Slip Differential", "Bed Liner"}),
    ("walkaround: showed the buyer the concept of the heated seats and the remote start",
     {"Heated Front Seats", "Remote Start"}, set()),
])
def test_a_concept_cars_parts(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._REPORTED: a show's placard or board is a claim the display car may contradict
def test_a_placard_the_display_car_contradicts(mapper):
    check_ticks(mapper, "placard says heated seats and a sunroof; this unit has cloth and no "
                "sunroof", set(), {"Heated Front Seats", "Sunroof"})
