"""Round 37 (tuned on pppp-rrrr after their first sight): a refused offer claims only its own
clause, an offer includes what the buyer priced or looked at, a part left or kept off the car
is not on it, "capable" with a need right after it is only prepared, and "fried" is broken.

Each test's lines are invented; the first test fails with a refused offer's whole sentence
set apart (``_scope._offer_parts``), the second without the weighing verbs of
``_scope._OFFER``, the third without ``_scope._LEAVING`` (or "it" after the particle), the
fourth without ``_scope._NEEDS``, the fifth without the "fried" cue.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2020 Tundra, heated seats, 4x4, offered the tonneau but declined",
     {"Heated Front Seats", "Four Wheel Drive"}, {"Tonneau Cover"}),
    ("Sunroof was offered but the buyer said no, backup camera",
     {"Backup Camera"}, {"Sunroof"}),
    ("Heated seats, AWD, the dealer offered a tonneau but we declined",
     {"Heated Front Seats", "All Wheel Drive"}, {"Tonneau Cover"}),
    # a list before a passive offer is the offer's: nothing of it is on the car
    ("Running boards, bed liner offered but customer declined", set(),
     {"Running Boards", "Bed Liner"}),
])
def test_a_refused_offer_takes_only_its_clause(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2018 Silverado, leather, we priced a spray-in bed liner and passed",
     {"Leather Seats"}, {"Bed Liner"}),
    ("Looked at the remote start kit but turned it down; heated mirrors",
     {"Heated Mirrors"}, {"Remote Start"}),
    # no weighing without its object, and passing an inspection refuses nothing
    ("Priced to sell, heated seats, sunroof, passed inspection",
     {"Heated Front Seats", "Sunroof"}, set()),
    ("Considered the top trim, leather, sunroof, passed smog", {"Leather Seats", "Sunroof"},
     set()),
])
def test_what_the_buyer_weighed_and_refused_is_not_on_the_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2016 Pilot, grandpa kept the hitch off it, third row, heated seats",
     {"Third Row Seats", "Heated Front Seats"}, {"Trailer Hitch"}),
    ("Previous owner left the running boards out, fog lights", {"Fog Lights"},
     {"Running Boards"}),
    # a roof kept shut is still a roof
    ("We kept the sunroof shut all winter, heated seats", {"Sunroof", "Heated Front Seats"},
     set()),
])
def test_a_part_left_off_is_not_on_the_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Head unit is Android Auto capable but needs a firmware flash, backup camera works",
     {"Backup Camera"}, {"Android Auto"}),
    ("Remote start capable, just needs the fob programmed; heated seats",
     {"Heated Front Seats"}, {"Remote Start"}),
    # a need after another item, or after a bare comma, is the car's other business
    ("CarPlay capable, AWD, needs new tires", {"Apple CarPlay Integration", "All Wheel Drive"},
     set()),
    ("Bluetooth compatible, needs new brakes, heated seats",
     {"Bluetooth", "Heated Front Seats"}, set()),
])
def test_capable_with_a_need_after_it_is_only_prepared(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


def test_a_fried_part_is_broken(mapper):
    check_ticks(mapper, "AWD, heated seats, the nav screen is fried",
                {"All Wheel Drive", "Heated Front Seats"}, {"Navigation System"})
