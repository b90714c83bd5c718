"""Round 45 (tuned on fffff and ggggg after their first sight): the buyer's former car, traded
in or left behind, as a clause's subject; a listing's claim the car disproves by what it
lacks; a promise not kept; owed parts since put on; "remove" and "add" on an order; another
trim the buyer passed over; a message's "wanted to say"; a repair of a faulty part; what the
speaker did not notice.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._OTHER_CAR (a trade-in, "my old", "we traded", "coming from") and _CONTRAST_CLAUSE
# (", and this ...", ", my new ...")
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Our trade-in Sorento had the panoramic roof; this Sportage has heated seats",
     {"Heated Front Seats"}, {"Sunroof"}),
    ("my 2014 Accord trade had leather, the new Civic has cloth and CarPlay",
     {"Apple CarPlay Integration"}, {"Leather Seats"}),
    ("The Highlander we traded in had a third row. Love the RAV4's AWD though",
     {"All Wheel Drive"}, {"Third Row Seats"}),
    ("Trade in Tacoma had a tonneau; the Tundra came with a bed liner", {"Bed Liner"},
     {"Tonneau Cover"}),
    ("My old Explorer had a heated steering wheel, my new Bronco Sport doesn't",
     set(), {"Heated Steering Wheel"}),
    ("The trade had remote start, and this Kicks doesn't. Backup camera is great",
     {"Backup Camera"}, {"Remote Start"}),
    ("Coming from a Lexus with ventilated seats, this Camry only has heated ones",
     set(), {"Ventilated Seats"}),
    ("my other Tahoe has the HUD, this one has the Bose", {"Premium Audio"},
     {"Head-Up Display"}),
    ("Traded the Expedition with the running boards; the Bronco has a sunroof", {"Sunroof"},
     {"Running Boards"}),
    # this car's own words stay its own
    ("My new Outback has the heated wheel and EyeSight", {"Heated Steering Wheel"}, set()),
])
def test_the_buyers_former_car_is_another_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._TRADED_FOR: the car traded in, up to the one taken for it
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Traded our Odyssey with rear air for a CR-V with a sunroof", {"Sunroof"},
     {"Rear Air Conditioning"}),
    ("Trading my Silverado w/ running boards for this Ranger, which has a bed liner",
     {"Bed Liner"}, {"Running Boards"}),
])
def test_the_car_traded_for_another_is_another_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CLAIMING ("mentioned", "in the listing") and _DISPROVING (what the car lacks)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The listing mentioned a sunroof. Mine has a solid roof. Heated seats work",
     {"Heated Front Seats"}, {"Sunroof"}),
    ("Your ad for the Sienna said \"rear entertainment and 360 camera\" but my van doesn't "
     "have the camera", set(), {"360 Camera"}),
    ("\"heated mirrors\" in the listing, but there's just plain manual mirrors", set(),
     {"Heated Mirrors"}),
    ("Listing claimed leather; they're vinyl. Has the backup camera", {"Backup Camera"},
     {"Leather Seats"}),
    ("The ad showed a roof rack — the rails aren't there", set(), {"Roof Rack"}),
    ("listing says navigation - no such thing on the LX", set(), {"Navigation System"}),
    ("Ad says tow package. No hitch, no wiring, nothing.", set(), {"Tow Package"}),
    ("Listed with a tech package (blind spot monitor, rear cross traffic). Not on this car.",
     set(), {"Blind Spot Monitoring"}),
    ("Listed with the cold package (heated mirrors, remote start). Not on this car.",
     set(), {"Heated Mirrors", "Remote Start"}),
    # a claim the car bears out stays the car's
    ("The ad mentioned heated seats and they work great", {"Heated Front Seats"}, set()),
])
def test_a_listings_claim_the_car_disproves_claims_nothing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._PROMISED and _kept
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("They promised running boards at pickup. Still nothing.", set(), {"Running Boards"}),
    ("I was told they'd install a hitch. Never happened. Truck has 4WD",
     {"Four Wheel Drive"}, {"Trailer Hitch"}),
    ("Salesman said he would add a tonneau but it never got installed", set(),
     {"Tonneau Cover"}),
    # a promise kept is the car's
    ("They promised a bed liner and installed it the next day", {"Bed Liner"}, set()),
    ("Service installed the remote start we were promised", {"Remote Start"}, set()),
    ("Heated seats work as promised", {"Heated Front Seats"}, set()),
])
def test_a_promise_not_kept_is_planned(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope.owed_delivered, in find_scopes and under an owing heading (_mapping)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("We owe: running boards + bed liner. Both installed 4/2",
     {"Running Boards", "Bed Liner"}, set()),
    ("due bill for the roof rack - done, customer picked up", {"Roof Rack"}, set()),
    # still owed
    ("We owe: running boards, to be installed next week", set(), {"Running Boards"}),
    ("Due bill: hitch - not installed yet", set(), {"Trailer Hitch"}),
])
def test_owed_parts_since_put_on_are_fitted(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CUES "remove", _NOT_A_CUE_BEFORE "remove", _ADDING in _ENDS_FORWARD and
# _mapping._LIST_END (an "ADD:" heading ends a removal's list)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("REMOVE RUNNING BOARDS / ADD SPRAY-IN BEDLINER", {"Bed Liner"}, {"Running Boards"}),
    ("asked them to remove the roof rack before delivery", set(), {"Roof Rack"}),
    ("DELETE: SUNROOF (-$850)  ADD: TOW PKG (+$495)", {"Tow Package"}, {"Sunroof"}),
    ("no moonroof add heated seats", {"Heated Front Seats"}, {"Sunroof"}),
    # a repair's "remove and replace" keeps the part
    ("remove and reinstall running boards for paint", {"Running Boards"}, set()),
])
def test_an_orders_remove_rules_out_up_to_what_it_adds(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._THIS_IS_TRIM ("we went with", "we chose")
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The Platinum has the HUD and massage seats; we went with the XLE. Leather though",
     {"Leather Seats"}, {"Head-Up Display"}),
    ("The Limited had the JBL, but we chose the SE. Still AWD", {"All Wheel Drive"},
     {"Premium Audio"}),
])
def test_the_trim_passed_over_is_another_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._WISH (not a message's "wanted to say")
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Just wanted to say the cooled seats are a lifesaver", {"Ventilated Seats"}, set()),
    ("I wanted to thank Sam, the remote start works great", {"Remote Start"}, set()),
    # a wish stays a wish
    ("We wanted a sunroof but settled", set(), {"Sunroof"}),
])
def test_a_messages_wanted_to_say_is_no_wish(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._repaired_before
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("they replaced the faulty blind spot sensor under warranty", {"Blind Spot Monitoring"},
     set()),
    ("fixed the broken power liftgate strut at no charge", {"Power Liftgate"}, set()),
    # a repair not done
    ("never fixed the broken heated seat", set(), {"Heated Front Seats"}),
])
def test_a_repair_of_a_faulty_part_keeps_it(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._NOT_A_CUE_BEFORE "not" and "never" (noticing, expecting)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("never realised it had a heated steering wheel until December",
     {"Heated Steering Wheel"}, set()),
    ("didn't notice the wireless charging pad at first", {"Wireless Charging"}, set()),
    # a doubt is no fact
    ("I don't know if it has navigation", set(), {"Navigation System"}),
])
def test_what_the_speaker_did_not_notice_is_no_lack(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._JOINED_BEFORE: an attribute joined before a head with a modifier of another kind
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("HEATED & POWER-FOLDING OUTSIDE MIRRORS", {"Heated Mirrors"}, set()),
    ("heated and electrically adjustable door mirrors", {"Heated Mirrors"}, set()),
    # not across a clause: "the mirrors are heated and it has the memory seats"
    ("the mirrors are heated and it has the power seats", {"Heated Mirrors", "Power Seats"},
     {"Heated Front Seats"}),
])
def test_an_attribute_joined_before_its_head_reaches_it(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._repaired_parts with _cause_between, _REPAIR "free of charge", _MALFUNCTION "weren't"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The fog lights weren't working - bulb socket corroded, replaced free of charge",
     {"Fog Lights"}, set()),
    ("remote start not working, fob battery dead, replaced", {"Remote Start"}, set()),
    # nothing fixed is no repair
    ("heated seats both dead, wiring cut, nothing fixed", set(), {"Heated Front Seats"}),
])
def test_a_fault_its_cause_and_its_repair_keep_the_part(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._names_trim (this car said to be the trim named) and _THIS_IS_TRIM's "and"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The Trailhawk comes with 4x4 and skid plates, and this is a Trailhawk.",
     {"Four Wheel Drive"}, set()),
    ("The Sport S gets heated seats, and this is a Sport.", set(), {"Heated Front Seats"}),
])
def test_a_trim_this_car_is_stays_its_own(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._FRONTED_END (a dash) with "coming from" (_FRONTED_OTHER)
def test_a_former_car_fronted_before_a_dash_is_another_car(mapper):
    check_ticks(mapper, "Coming from a Corolla with cloth seats — the Camry's leather seats "
                "are great", {"Leather Seats"}, set())
    check_ticks(mapper, "Coming from a Tahoe with a HUD - the Equinox has a sunroof",
                {"Sunroof"}, {"Head-Up Display"})


# _scope._PROMISED_REPAIR and _PROMISE_BESIDE: a promise to mend a part, or one kept
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Manager promised they'd fix the rattle in the power liftgate", {"Power Liftgate"},
     set()),
    ("Bed liner went in last week, just like they promised", {"Bed Liner"}, set()),
])
def test_a_promise_to_mend_or_one_kept_keeps_the_part(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope.owed_delivered: another item's status, or a part's kind, is no delivery
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Accessory status: tonneau - BACKORDER / running boards - INSTALLED",
     {"Running Boards"}, {"Tonneau Cover"}),
    ("PENDING: dealer-installed remote start - awaiting module", set(), {"Remote Start"}),
    ("Mud flaps installed; roof rack on backorder", set(), {"Roof Rack"}),
    ("dealer-installed hitch on backorder", set(), {"Trailer Hitch"}),
])
def test_an_owed_part_is_not_delivered_by_another_ones_status(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._IDIOMS "blew my mind"
def test_a_feature_that_blew_my_mind_is_kept(mapper):
    check_ticks(mapper, "the adaptive cruise blew my mind on the highway",
                {"Adaptive Cruise Control"}, set())
