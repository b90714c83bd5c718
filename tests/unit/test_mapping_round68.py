"""Round 68 (tuned on hhhhhhh, iiiiiii and jjjjjjj after their first sight): the car said
not to be the one with a part, parts said to be on another car, a heading whose subject
does not list what follows, more wishes, a part off for storage, a device of the plug-in
kind, and a heading of requests declined.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._CUES "not the one with": the car said not to be the one with a part
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The Tacoma stays here. It's not the one with the tonneau (that's the F-150), bed liner "
     "yes", {"Bed Liner"}, {"Tonneau Cover"}),
    ("our Highlander is not the one with the HUD or the 360 camera", set(),
     {"Head-Up Display", "360 Camera"}),
])
def test_not_the_one_with(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _cars._HELD_ON: parts a list names said to be on another car
def test_parts_said_to_be_on_another_car(mapper):
    check_ticks(mapper, "The Accord goes to Naples. The remote start, the block heater and the "
                "heated seats are all on the Tundra, which stays in Duluth.", set(),
                {"Remote Start", "Engine Block Heater", "Heated Front Seats"}, car="Honda")


# _mapping._DENIES_LISTING: a heading whose subject does not list what follows
@pytest.mark.parametrize("line", [
    "2020 Sienna LE window sticker does not list: leather, sunroof, nav",
    "The base trim doesn't include: leather, sunroof, nav",
])
def test_a_heading_that_does_not_list(mapper, line):
    check_ticks(mapper, line, set(), {"Leather Seats", "Sunroof", "Navigation System"})


# _scope._WISH: what could have been had, and what a writer would kill for or dreams of
@pytest.mark.parametrize(("line", "gone"), [
    ("if we'd waited I could've had the one with the HUD", {"Head-Up Display"}),
    ("would kill for a heated wheel on these January rounds", {"Heated Steering Wheel"}),
    ("dreaming of a Tahoe with the third row", {"Third Row Seats"}),
])
def test_more_wishes(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._off_for_season: a part off for storage
@pytest.mark.parametrize("line", ["crossbars off for storage", "crossbars off for the storage"])
def test_a_part_off_for_storage(mapper, line):
    check_ticks(mapper, line, set(), {"Roof Rack"})


# synonyms.toml "Hybrid Powertrain": a device of the plug-in kind
def test_a_plug_in_one(mapper):
    check_ticks(mapper, "no factory brake controller, so we use a plug-in one", set(),
                {"Hybrid Powertrain"})


# _mapping._LIST_HEADING "requests": a heading of requests declined
def test_requests_declined(mapper):
    check_ticks(mapper, "Requests declined: HUD, sunroof", set(), {"Head-Up Display", "Sunroof"})
