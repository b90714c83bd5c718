"""Round 51 (tuned on rrrrr and sssss after their first sight): recall letters and service
bulletins (a recall's population, a defect a part may develop, a technician's repair said
verb first, a question about a recall's reach) and a dealer's chat assistant (a later turn
taking back an earlier one's claim, the car the shopper is viewing, a doubt in one sentence
of a chat, a check still to be made, this car's lack of both things named before it).

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _mapping._said_last: the last word on a feature stands
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Bot: This X5 has a head-up display. Advisor: the HUD was not ordered on this X5 xDrive40i.",
     {"All Wheel Drive"}, {"Head-Up Display"}),
    ("Bot: it has a panoramic roof / Agent: it does not have a sunroof, sorry", set(),
     {"Sunroof"}),
    ("Bot: it has a panoramic roof \u2014 Agent Kim: it does not have a sunroof, sorry", set(),
     {"Sunroof"}),
    ("Bot: the sunroof is not on this one. Agent: Correction, this Tucson has the panoramic "
     "sunroof.", {"Sunroof"}, set()),
])
def test_a_later_turn_rules_out_what_an_earlier_one_claimed(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._NOT_A_CUE_AFTER "fail" after a modal; _scope._MAY_NOT with a verb of doing
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Recall 24V-101: the power running boards may fail to deploy; your vehicle is included",
     {"Running Boards"}, set()),
    ("Campaign notice: the hands-free liftgate might not reverse when it meets an obstacle",
     {"Power Liftgate"}, set()),
    ("Heated seats may not be fitted on this unit", set(), {"Heated Front Seats"}),
    ("Seller: the power liftgate might not close all the way", set(), {"Power Liftgate"}),
])
def test_a_defect_a_part_may_develop_is_no_doubt_about_the_part(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._RETRACTED: a chat's speaker label is no report of what a bot said before
def test_a_chat_speaker_label_is_no_retraction(mapper):
    check_ticks(mapper, "Bot: I see a rearview camera listed on this Kona", {"Backup Camera"},
                set())


# _scope._OTHERS_OWN "in our stock"; _ELLIPTIC_LACK "the EX-L you're viewing";
# _WHICH_OURS_LACK with this car's model name and _HAS "is part of"; _THIS_TRIM_SAID "only has"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The Sorento SX-P in our stock has the ventilated seats; this LX does not.", set(),
     {"Ventilated Seats"}),
    ("Bot: The Touring trim of the Pilot has a panoramic roof, but the EX-L you're viewing does "
     "not. It has leather, heated front seats and AWD.", {"Leather Seats"}, {"Sunroof"}),
    ("Bot: Ventilated seats are part of the Prestige Package, which this 2021 Telluride EX "
     "doesn't have.", set(), {"Ventilated Seats"}),
    ("Bot: the Platinum trim gets a head-up display \u2014 this 2020 Highlander XLE only has a "
     "backup camera.", {"Backup Camera"}, {"Head-Up Display"}),
])
def test_another_cars_feature_set_against_the_car_the_shopper_views(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CLAUSES "and we got it fixed"; _scope._REPAIR with its verb first
@pytest.mark.parametrize(("line", "kept"), [
    ("The blind spot monitor failed and we got it fixed at the dealer.",
     {"Blind Spot Monitoring"}),
    ("Expedition: power running boards inop, TSB 22-01 applies, replaced step motor",
     {"Running Boards"}),
])
def test_a_fault_put_right_leaves_the_part(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


# _scope._population_parts, _IN_SCOPE, and the clause the class opens
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Only vehicles with the optional Mark Levinson audio are affected. Your vehicle has the "
     "standard speakers.", set(), {"Premium Audio"}),
    ("Recall limited to trucks with the factory spray-in bedliner; this truck is not affected.",
     set(), {"Bed Liner"}),
    ("The campaign was for the 3.0 diesel only - this unit has the 5.3 gas V8", set(),
     {"Diesel Engine"}),
    ("Applies to vehicles with the heated steering wheel, which yours has.",
     {"Heated Steering Wheel"}, set()),
    ('Seat heater pad 88160-xxxx "for vehicles with heated front seats" -> applies',
     {"Heated Front Seats"}, set()),
    ("Sorento X-Line AWD - campaign only for models with the sport differential. not "
     "applicable here", {"All Wheel Drive"}, set()),
    ("Model Y: the tow hitch and tonneau recall was for the Cybertruck. Not applicable.", set(),
     {"Trailer Hitch", "Tonneau Cover"}),
])
def test_a_recalls_population_is_no_claim_about_this_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._ASK_OPENER: a question whether a recall reaches the car, after a dash
@pytest.mark.parametrize(("line", "kept"), [
    ("My Atlas has the power liftgate - does the liftgate strut recall cover it?",
     {"Power Liftgate"}),
    ("my Outback XT has the turbo, is the rear camera recall for me too?", {"Turbocharged"}),
])
def test_a_question_about_a_recalls_reach_leaves_the_statement_before_it(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


# _mapping._sure_beside_doubt: a chat's lower-case sentences; a doubt that opens the line or
# a question naming nothing doubts no other sentence
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("bot: i believe the 2017 malibu lt has remote start, not sure about the sunroof. it does "
     "have a rear camera", {"Backup Camera"}, {"Sunroof", "Remote Start"}),
    ("Bot: this Tacoma is equipped with a backup camera and a tow package. Anything else I can "
     "help with?", {"Backup Camera", "Tow Package"}, set()),
    ("Bot: I'm not sure. Sales: this Sonata has a wireless charger.", {"Wireless Charging"},
     set()),
])
def test_a_doubt_in_one_sentence_of_a_chat(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._REPORTED_ASK "confirm the"
def test_a_check_still_to_make_claims_nothing(mapper):
    check_ticks(mapper, "Bot: I'll connect you with a specialist who can confirm the heated "
                "steering wheel.", set(), {"Heated Steering Wheel"})


# _scope._both_lacked_parts
@pytest.mark.parametrize(("line", "gone"), [
    ("The notice lists a head-up display and a panoramic roof as affected parts, but this car "
     "has neither option installed", {"Head-Up Display", "Sunroof"}),
    ("Bot: the Denali in stock has power running boards and a sunroof. Our SLE has neither.",
     {"Running Boards", "Sunroof"}),
])
def test_this_cars_lack_of_both_things_named_before_it(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._RETRACTED: an assistant's word "indicated" or "told" before, not what is added to it
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Update: the assistant indicated a Bose system; this Rogue S has the base speakers.", set(),
     {"Premium Audio"}),
    ("Sales: to add to what the bot said, this Tahoe also has a power liftgate.",
     {"Power Liftgate"}, set()),
])
def test_what_a_chat_assistant_said_before(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._OTHER_CAR "is a different model"; _scope._CUES ("would", "add"); the sentence a
# chat opens with "It" after a word in capitals (_mapping._LOWER_SENTENCE_OPENS)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Bot: The Tucson Hybrid is a different model; this Tucson SE has the 2.5 gas engine.",
     set(), {"Hybrid Powertrain"}),
    ("Bot: the Platinum package would add a head-up display. This Telluride has navigation.",
     {"Navigation System"}, {"Head-Up Display"}),
    ("Bot: AWD is available on the XLE but this one is FWD. It has a roof rack.", {"Roof Rack"},
     {"All Wheel Drive"}),
])
def test_another_model_a_package_that_would_add_and_a_chats_next_sentence(mapper, line, kept,
                                                                          gone):
    check_ticks(mapper, line, kept, gone)
