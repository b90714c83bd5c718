"""Round 55 (tuned on zzzzz and aaaaaa after their first sight): a suspect's, a witness's or a
relative's car beside the one at hand, a claim an adjuster's lookup disproves, a rider's word
the driver corrects, what a platform requires of any car, and "zero" as "no".

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _scope._CUES "zero", and _NOT_A_CUE_BEFORE: a name or a measure after it
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Versa 2016, zero leather, zero sunroof, zero nav", set(),
     {"Leather Seats", "Sunroof", "Navigation System"}),
    ("Zero Gravity heated front seats", {"Heated Front Seats"}, set()),
    ("zero emissions plug-in hybrid, 40 miles electric", {"Hybrid Powertrain"}, set()),
])
def test_zero_as_no(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._REQUIREMENTS: what a platform, a program or a checklist requires of any car
@pytest.mark.parametrize(("line", "gone"), [
    ("Lyft Lux vehicle requirements: 4 doors, leather seats, working A/C",
     {"Leather Seats", "Air Conditioning"}),
    ("DoorDash Green: vehicles must be a hybrid or electric", {"Hybrid Powertrain"}),
    ("Before the inspection make sure the backup camera and all lights work",
     {"Backup Camera"}),
    ("Eligible vehicles include 3-row SUVs and minivans", {"Third Row Seats"}),
    ("Required for Black SUV: third row, leather", {"Third Row Seats", "Leather Seats"}),
])
def test_what_a_list_requires_of_any_car(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._SEEN_OR_GONE: a third party's car, even with the car at hand unnamed
@pytest.mark.parametrize(("line", "gone"), [
    ("SUSP VEH: GRY HONDA CRV W/ ROOF RACK, NO FRONT PLATE", {"Roof Rack"}),
    ("thieves came in a black Tahoe with running boards", {"Running Boards"}),
    ("Getaway car: silver Prius w/ a roof rack", {"Roof Rack", "Hybrid Powertrain"}),
    ("Witness 3 described a pickup with a tonneau and a hitch",
     {"Tonneau Cover", "Trailer Hitch"}),
    ("the yard had two other vehicles: Civic w/ sunroof, Altima w/ nav",
     {"Sunroof", "Navigation System"}),
    ("R/P DROVE HER BROTHER'S TRUCK (RAM W/ TONNEAU) TO THE STATION", {"Tonneau Cover"}),
])
def test_a_third_partys_car(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._ANOTHER_OF_OURS: a loaner, a car someone saw, the writer's relative's, beside the
# car at hand; alone, each may be the car at hand
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Loaner: Traverse with a 3rd row. My Civic has heated seats", {"Heated Front Seats"},
     {"Third Row Seats"}),
    ("saw a white Telluride SX with cooled seats, mine is the EX", set(), {"Ventilated Seats"}),
    ("my wife's Pilot has the HUD, my Ridgeline has a tonneau", {"Tonneau Cover"},
     {"Head-Up Display"}),
    ("selling my wife's 2012 Highlander, third row, JBL stereo",
     {"Third Row Seats", "Premium Audio"}, set()),
    ("Loaner sheet: CR-V EX-L, leather, sunroof. Fuel full", {"Leather Seats", "Sunroof"},
     set()),
])
def test_a_loaner_a_car_seen_or_a_relatives(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._AT_HAND (the victim's car, the car the writer drives) and the cut at it when one
# clause names both cars
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("thieves drove a Silverado with a tow hitch and took the victim's Corolla",
     set(), {"Trailer Hitch"}),
    ("thieves came in a Tahoe with a roof rack, took the victim's Tacoma with its tonneau",
     {"Tonneau Cover"}, {"Roof Rack"}),
    ("my cousin's Tahoe has 4WD, I'm driving his old Equinox with heated seats",
     {"Heated Front Seats"}, {"Four Wheel Drive"}),
])
def test_the_car_at_hand_beside_a_third_partys(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._WISH: advice about which car to get
@pytest.mark.parametrize(("line", "gone"), [
    ("everyone here recommends a RAV4 hybrid with leather. I drive a base Corolla",
     {"Hybrid Powertrain", "Leather Seats"}),
    ("people say get AWD for Denver winters - mine is FWD", {"All Wheel Drive"}),
])
def test_advice_about_which_car_to_get(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._REPORTED: a rider's, a reviewer's or a claimant's word, with a finding against it
@pytest.mark.parametrize(("line", "gone"), [
    ("rider insisted my Camry has a sunroof, it's a solid roof", {"Sunroof"}),
    ('2 stars "the leather was dirty". car has cloth seats', {"Leather Seats"}),
    ("claimant lists navigation; build sheet: base radio", {"Navigation System"}),
])
def test_a_riders_or_a_claimants_word_found_untrue(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._FINDING: a check that disproves the claim; _DISPROOF: a report that is the finding
@pytest.mark.parametrize(("line", "gone"), [
    ("Insured claims HUD and heated rear seats; options lookup: neither installed",
     {"Head-Up Display", "Heated Rear Seats"}),
    ("owner claimed diesel; VIN 8th digit = gas V8", {"Diesel Engine"}),
    ("insured states the truck had a tonneau; denied", {"Tonneau Cover"}),
    ("insured states it had 20 inch alloy wheels; photos show steel wheels. Not verified",
     {"Alloy Wheels"}),
    ("claimant lists navigation; VIN decode shows none", {"Navigation System"}),
])
def test_a_claim_a_check_disproves(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._through_quotes: a quoted list the report opens is all reported
def test_a_quoted_list_is_reported_whole(mapper):
    check_ticks(mapper, 'Claimant lists "heated seats, nav, B&O"; VIN decode = LX, none of those',
                set(), {"Heated Front Seats", "Navigation System", "Premium Audio"})


# _scope._CONFIRMS: a finding that bears the report out keeps it
def test_a_report_a_finding_confirms_stands(mapper):
    check_ticks(mapper, 'Listing says "heated seats, nav"; confirmed, car has both',
                {"Heated Front Seats", "Navigation System"}, set())


# _scope._CUES: "torn out", "never had it"
@pytest.mark.parametrize(("line", "gone"), [
    ("recovered: backup camera torn out with the tailgate", {"Backup Camera"}),
    ("remote start never had it, that button opens the trunk", {"Remote Start"}),
])
def test_a_part_torn_out_or_never_had(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._ASK_SENTENCE: a question keeps its "no" ("AWD? no, FWD") when the line is read in
# clauses (here around a report a finding disproves)
def test_a_question_keeps_its_no(mapper):
    check_ticks(mapper, "book has a sunroof, NEITHER. AWD? no, FWD. has leather",
                {"Leather Seats"}, {"Sunroof", "All Wheel Drive"})


# _scope._two_cars_parts: the weak kind alone (a trade) needs the car at hand named apart from
# the other car's words ("my 2012 Civic" is the traded car)
def test_a_trade_alone_names_no_other_car(mapper):
    check_ticks(mapper, "Traded my 2012 Civic (no backup cam!) for a 2023 HR-V and now I have "
                "CarPlay", {"Apple CarPlay Integration"}, set())


# _scope._quotes: an inch mark opens no quotation, a closing quote after a full stop closes one
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ('Ad shows the Touring with 11.6" navigation. Price is for the Base w/ cloth, AWD',
     {"All Wheel Drive"}, {"Navigation System"}),
    ('The description said "Bose." Q: is there a Bose? A: No, it\'s the base six speakers',
     set(), {"Premium Audio"}),
])
def test_an_inch_mark_is_no_quotation(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._clause_start with ``but``: a relative's car and this one parted by "but"
def test_a_relatives_car_parted_by_but(mapper):
    check_ticks(mapper, "my wife's Pilot has the HUD but my Ridgeline has a tonneau",
                {"Tonneau Cover"}, {"Head-Up Display"})
