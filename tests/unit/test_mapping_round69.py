"""Round 69 (tuned on kkkkkkk, lllllll and mmmmmmm after their first sight): the car the
writer is in set against someone's, a reported question asked of someone or twice, the
back row's heat, a deal sealed, a person's own doing after a feature, and a trailer pulled.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _cars._OURS_AFTER: the car the writer is in, brings or had, set against someone's
@pytest.mark.parametrize("line", [
    "Pat's Sequoia has the brake controller. I'm in the Tacoma this week",
    "Pat's Sequoia has the brake controller, I had the Tacoma",
])
def test_the_car_the_writer_is_in(mapper, line):
    check_ticks(mapper, line, set(), {"Trailer Brake Controller"}, car="Toyota")


# _cars._HAS_AFTER_NAME "is": what someone's car is said to be
def test_someones_car_is(mapper):
    check_ticks(mapper, "Dana's Sienna is AWD w/ the rear DVD; my Sienna LE is FWD", set(),
                {"All Wheel Drive"}, car="Toyota")


# _scope._REPORTED_ASK: a question asked of someone, or twice
@pytest.mark.parametrize("line", [
    "I asked the seller if it has the brake controller. No answer yet.",
    "asked twice if the Sportage has the HUD, still nothing",
])
def test_a_question_asked_of_someone(mapper, line):
    check_ticks(mapper, line, set(), {"Trailer Brake Controller", "Head-Up Display"})


# synonyms.toml: the back row's heat
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("the heated back seats were a hit in February", {"Heated Rear Seats"},
     {"Heated Front Seats"}),
    ("3rd row, heated wheel, and the 2nd row is heated too", {"Heated Rear Seats"}, set()),
])
def test_the_back_rows_heat(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._NOT_A_CUE_BEFORE "sealed": a deal sealed, no part sealed over
def test_a_deal_sealed(mapper):
    check_ticks(mapper, "honestly the rear climate control sealed the deal for them",
                {"Rear Air Conditioning"}, set())


# _scope._answered, _PERSONS, _ACQUIRING: a person's own doing after a feature, unless it is
# a getting of it
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("HUD showed the limit so I didn't speed, blind spot too", {"Head-Up Display"}, set()),
    ("the Tucson has CarPlay for the playlist, don't worry", {"Apple CarPlay Integration"},
     set()),
    ("the Kona has remote start, don't say nobody told you", {"Remote Start"}, set()),
    ('dealer said "parking sensors come in the next package". they were not on mine.', set(),
     {"Parking Sensors"}),
    ("in Europe the wagon is a diesel we can't buy here", set(), {"Diesel Engine"}),
])
def test_a_persons_own_doing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._tows: a trailer pulled is towed, the trailer hitch pulled is taken off
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("tow pkg, pulled the 24ft camper 400 mi", {"Tow Package"}, set()),
    ("we pulled the trailer hitch for the winter", set(), {"Trailer Hitch"}),
])
def test_a_trailer_pulled(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
