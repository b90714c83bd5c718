"""Round 50 (tuned on ppppp and qqqqq after their first sight): the customer's own car set
against another trim's in a support reply, a maker's connected services sold by SiriusXM,
and names wholesale listings give an integrated brake controller, a heavy-duty tow package
and LED lighting; after it, a price inside what a cue rules out.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._THIS_SUBJECT: "you own", "your", "customer's car"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The Platinum has the HUD; your XLE has heated seats", {"Heated Front Seats"},
     {"Head-Up Display"}),
    ("The Touring has a panoramic roof; the EX you own does not", set(), {"Sunroof"}),
])
def test_the_customers_own_car_against_another_trim(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml never "sirius guardian"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("SiriusXM Guardian trial active: remote start, vehicle finder", {"Remote Start"},
     {"SiriusXM Satellite Radio"}),
    ("SiriusXM radio with a 3-month trial", {"SiriusXM Satellite Radio"}, set()),
])
def test_connected_services_sold_by_siriusxm_are_no_radio(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# synonyms.toml "Trailer Brake Controller" ibc, "Tow Package" heavy duty trailer tow,
# "LED Headlights" adaptive LEDs and an LED lighting group
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("psi: 7-pin ok, IBC works with test trailer", {"Trailer Brake Controller"}, set()),
    ("4x4, B&O, heavy duty trailer tow", {"Tow Package"}, set()),
    ("heavy duty trailer tow mirrors", set(), {"Tow Package"}),
    ("Bose, leather, adaptive LEDs", {"LED Headlights"}, set()),
    ("hard top, LED lighting grp, fogs", {"LED Headlights"}, set()),
])
def test_names_of_a_wholesale_listing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._PRICE_QUALIFYING: a price between a determiner and its noun keeps them one object
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("customer declined the $499 dealer-installed remote start", set(), {"Remote Start"}),
    ("cust declined the $599 wireless charger", set(), {"Wireless Charging"}),
    # a price between items still parts them
    ("Heated Rear Seats $85 Cooled Front Seats $125", {"Heated Rear Seats", "Ventilated Seats"},
     set()),
])
def test_a_price_inside_an_object_keeps_it_whole(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
