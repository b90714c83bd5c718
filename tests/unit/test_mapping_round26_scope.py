"""Round 26 of issue 19, scope: whose car a clause speaks of (a search, a wish and what its car
comes with, another party's car, a trade-in), whether what it names is on the car yet (a quote,
a booking, a part on back order, a declined job), what a job done on a part says of the part,
and when an ETA is the car's own arrival."""

import pytest

from tests.unit.mapping_support import ticked

# --- another car's equipment -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Dealer search criteria: Sorento, AWD, panoramic roof, under 40k",
    "Search: Expedition Max, heated steering wheel, 3rd row",
    "Locate request: Tacoma TRD Pro w/ JBL and moonroof",
    "Possible upgrade: Passport Elite w/ heated seats, +$2k",
])
def test_a_search_heading_lists_what_is_looked_for(mapper, line):
    assert ticked(mapper, line) == set()


def test_what_a_wished_car_comes_with_is_wished_for_too(mapper):
    assert ticked(mapper, "Buyer wants an Accord Touring w/ heated seats and HUD") == set()


@pytest.mark.parametrize("line", [
    "Their Sequoia has the sunroof and tow pkg; ours is a base SR5",
    "Other dealer's Canyon has the diesel; ours is the 2.7 gas",
])
def test_another_partys_car_beside_ours_is_not_this_car(mapper, line):
    assert ticked(mapper, line) == set()


@pytest.mark.parametrize("line", [
    "Buyer is cross-shopping a Telluride w/ HUD and sunroof at the Kia store",
    "She says the Pilot she drove had a heads-up display; wants the same",
    "customer's old truck had a sunroof",
    "Customer traded in a Yukon w/ ventilated seats and expects the same here",
])
def test_a_car_shopped_driven_owned_or_traded_elsewhere_is_not_this_car(mapper, line):
    assert ticked(mapper, line) == set()


@pytest.mark.parametrize("line", [
    "For $900 more we can upgrade to the EX-L w/ sunroof",
    "Caller asked whether any Highlander nearby has the head-up display",
])
def test_an_offer_to_move_the_buyer_or_a_reported_question_claims_nothing(mapper, line):
    assert ticked(mapper, line) == set()


@pytest.mark.parametrize("line", [
    "Sorento SX AWD, stk K1. Their manager agreed to swap for our Telluride w/ sunroof.",
    "Sorento SX AWD, stk K1, dealer trade out, will take back a Telluride w/ sunroof",
])
def test_a_car_sent_back_in_a_dealer_trade_is_not_this_car(mapper, line):
    assert ticked(mapper, line) == {"All Wheel Drive"}


def test_a_question_opening_with_will_asks_about_its_features(mapper):
    assert ticked(mapper, "Will the Highlander XLE have a sunroof? Buyer insists") == set()


def test_a_deadline_is_no_wish(mapper):
    assert ticked(mapper, "Tacoma TRD 4x4 -- need by Friday") == {"Four Wheel Drive"}


@pytest.mark.parametrize(("line", "labels"), [
    ("Buyer must have AWD and a sunroof - located an Outback Touring that has both",
     {"All Wheel Drive", "Sunroof"}),
    ("must-haves met: Tucson AWD w/ heated seats", {"All Wheel Drive", "Heated Front Seats"}),
])
def test_a_wish_a_located_car_meets_names_its_equipment(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_a_wish_for_a_car_that_has_everything_is_still_a_wish(mapper):
    assert ticked(mapper, "Looking for AWD and a sunroof, one that has both") == set()


# --- not on the car yet ----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Quote - tonneau cover installed $899, valid for 15 days",
    "Remote start quoted at $520 for the Civic",
    "Civic 2018 - scheduled Tue 8am -- roof rack install",
    "Silverado - install date TBD for the tonneau",
    "Heated seat kit $450 - pending approval",
    "Roof rack $399, cust to call back",
])
def test_a_quote_or_a_booking_is_not_fitted(mapper, line):
    assert ticked(mapper, line) == set()


def test_a_part_back_ordered_is_owed_not_fitted(mapper):
    assert ticked(mapper, "Bedliner kit back-ordered, install next month") == set()


def test_a_declined_heading_rules_out_its_list(mapper):
    assert ticked(mapper, "Civic 2018 - Declined: remote start ($500)") == set()


# --- present after all -----------------------------------------------------------------------

def test_a_part_removed_for_a_job_and_reinstalled_is_on_the_car(mapper):
    assert ticked(mapper, "running boards removed for rocker coating, reinstalled") == {
        "Running Boards"}


def test_a_part_removed_and_not_reinstalled_stays_removed(mapper):
    assert ticked(mapper, "running boards removed, not reinstalled") == set()


@pytest.mark.parametrize(("line", "labels"), [
    ("declined ceramic tint on sunroof glass", {"Sunroof"}),
    ("AWD badge removed at customer request", {"All Wheel Drive"}),
    ("roof wrapped gloss black, sunroof glass excluded", {"Sunroof"}),
])
def test_a_cosmetic_job_on_a_part_negates_the_job_not_the_part(mapper, line, labels):
    assert ticked(mapper, line) == labels


def test_damage_to_a_features_glass_is_no_lack_of_it(mapper):
    assert ticked(mapper, "heated mirror glass broken on the passenger side") == {
        "Heated Mirrors"}


def test_a_disclaimer_of_damage_negates_no_feature(mapper):
    assert ticked(mapper, "heated mirror scuffed, not our damage") == {"Heated Mirrors"}


def test_a_products_warranty_card_says_it_was_fitted(mapper):
    assert ticked(mapper, "Line-X bedliner warranty card, truck sprayed 5/02") == {"Bed Liner"}


def test_an_installed_dealer_accessory_is_on_the_car(mapper):
    assert ticked(mapper, "tonneau cover installed (dealer accessory)") == {"Tonneau Cover"}


def test_a_dealer_accessory_alone_is_still_only_offered(mapper):
    assert ticked(mapper, "tonneau cover (dealer accessory)") == set()


# --- when the car arrives --------------------------------------------------------------------

@pytest.mark.parametrize(("line", "labels"), [
    ("Lexus ETA: RX 350 AWD, arrives Friday", {"All Wheel Drive"}),
    ("ETA update: Sorento AWD on the truck, Tuesday", {"All Wheel Drive"}),
    ("Tucson AWD delayed at the port, new ETA 10 days", {"All Wheel Drive"}),
])
def test_an_eta_of_the_car_doubts_none_of_its_equipment(mapper, line, labels):
    assert ticked(mapper, line) == labels


@pytest.mark.parametrize("line", ["tonneau cover ETA 2 wks", "Tonneau ETA: next week"])
def test_an_eta_of_a_part_still_owed_is_not_fitted(mapper, line):
    assert ticked(mapper, line) == set()
