"""Round 49 (tuned on nnnnn and ooooo after their first sight): a manual's feature qualified
by the models that have it, a manual's description this car lacks, a parts counter's quote
not taken, a question whether a part can be added, a retrofit not possible, and readings of
a tyre's load index, a trailer's plug-in harness and a parts distribution center.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._is_trims_aside (_TRIM_KINDS, _NOT_AN_ASIDE, _said_of_this_car) and "depending on
# the vehicle equipment"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Ventilated front seats (Platinum models) — press the fan button", set(),
     {"Ventilated Seats"}),
    ("Panoramic roof — Touring package vehicles", set(), {"Sunroof"}),
    ("Heated mirrors (depending on the vehicle equipment)", set(), {"Heated Mirrors"}),
    # not an aside: all models, this car's own model, a phrase
    ("Backup camera (all models)", {"Backup Camera"}, set()),
    ("Q: Is it 4WD? A: Yes, it's the 4WD model.", {"Four Wheel Drive"}, set()),
    ("Sunroof (Touring models); this is a Touring", {"Sunroof"}, set()),
])
def test_a_manuals_feature_of_some_models_claims_nothing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._LISTING_CLAIM (a manual's description) and _LACK_FOUND (this car a lesser one)
@pytest.mark.parametrize(("line", "gone"), [
    ("The Pilot manual covers the Elite's heated rear seats; ours is an EX so neither",
     {"Heated Rear Seats"}),
    ("Tacoma manual explains the 4WD modes — ours is the 2WD base", {"Four Wheel Drive"}),
    ("RX manual describes the Mark Levinson audio, the base we bought has none",
     {"Premium Audio"}),
])
def test_a_manuals_description_this_car_lacks(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._OFFER (a quote) and _REFUSAL (no sale, decided against, struck, nothing installed)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Highlander 2020 running boards quote $740 - cust said too pricey, no sale", set(),
     {"Running Boards"}),
    ("quote for accessory remote start - customer decided against it", set(),
     {"Remote Start"}),
    ("had a roof rack on the quote, customer struck it before signing", set(), {"Roof Rack"}),
    # a quote taken
    ("quote for remote start $499, installed same day", {"Remote Start"}, set()),
    # a repair's quote opening its clause is no offer of a part
    ("rear camera dead; quote $600, cust passed, not fixed", set(), {"Backup Camera"}),
])
def test_a_quote_not_taken_is_not_fitted(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CAN_ADD: "yes" to whether a part can be added says it can be done
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("can he add a bed liner? yes - his truck already has a tonneau", {"Tonneau Cover"},
     {"Bed Liner"}),
    ("Q: can we put running boards on my Tahoe? A: yes, they fit", set(), {"Running Boards"}),
    ("Does it have running boards? yes", {"Running Boards"}, set()),
])
def test_yes_to_whether_a_part_can_be_added_is_no_claim(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope cue ("not", "possible"), ("not", "feasible")
@pytest.mark.parametrize("line", [
    "heated steering wheel retrofit not possible on this trim",
    "HUD retrofit not feasible, windshield differs",
])
def test_a_retrofit_not_possible(mapper, line):
    check_ticks(mapper, line, set(), {"Heated Steering Wheel", "Head-Up Display"})


# makers.toml Lexus "[2-6][05]0h"; synonyms.toml unless "Hybrid Powertrain" (a trailer's
# plug-in harness) and "Parking Sensors" (a parts distribution center)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Tires 245/60R18 105H, 6/32 tread", set(), {"Hybrid Powertrain"}),
    ("RX 450h F Sport", {"Hybrid Powertrain"}, set()),
    ("hitch + plug-in 4-flat harness installed", {"Trailer Hitch"}, {"Hybrid Powertrain"}),
    ("hitch + plug-in 7 pin harness installed", {"Trailer Hitch"}, {"Hybrid Powertrain"}),
    ("Prius Prime plug-in hybrid", {"Hybrid Powertrain"}, set()),
    ("Freight charge $24.95 from the Atlanta PDC", set(), {"Parking Sensors"}),
    ("PDC front and rear, nav", {"Parking Sensors"}, set()),
])
def test_readings_that_are_no_feature(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
