"""Round 71 (tuned on ttttttt, uuuuuuu and vvvvvvv after their first sight): a removal's
list after whoever did it and closed by "and", a part's ceasing inside a phrase's gap, a
part left off or capped off, a checklist's answer read as no shorthand, a car asked for by
what it must have, a chat's thanks, and a seat's comforts written as a group with its rows.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks

_DIMMING = "Auto-Dimming Rearview Mirror"


# _scope._whole_list with _after_its_doer, _listed_on closed by an "and", _listed_item
# counting the pieces an "and" joins without their articles
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Camry 2016, a conversion, and the shop pulled the heated steering wheel, the blind spot "
     "monitor, and the auto dimming mirror (swapped a plain one in)", set(),
     {"Heated Steering Wheel", "Blind Spot Monitoring", _DIMMING}),
    ("RHD kit: 4x4 works, but the installer removed the heated wheel, lane departure and the "
     "adaptive cruise stalk; collision warning still beeps",
     {"Four Wheel Drive", "Forward Collision Warning"},
     {"Heated Steering Wheel", "Lane Departure Warning", "Adaptive Cruise Control"}),
])
def test_a_removal_takes_the_list_after_whoever_did_it(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


def test_a_removal_list_stops_before_what_the_car_still_has(mapper):
    check_ticks(mapper, "the shop pulled the heated wheel, the sunroof and the tow hitch, "
                        "the backup camera still works",
                {"Backup Camera"}, {"Heated Steering Wheel", "Sunroof", "Trailer Hitch"})


# _scope.LONE_CUES with _CEASING: a table phrase's gap never reaches over a part's ceasing
def test_a_phrase_never_spans_a_part_that_quit(mapper):
    check_ticks(mapper, "Forester: both heated seats quit after the seat recall work, "
                        "paid $600 for nothing", set(), {"Heated Front Seats"})


# _scope._CUES ("left", "off") and ("capped", "off")
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("block heater got left off when they swapped the engine", set(), {"Engine Block Heater"}),
    ("Sienna: they capped off the rear A/C to save the lines; front A/C fine",
     {"Air Conditioning"}, {"Rear Air Conditioning"}),
])
def test_a_part_left_off_or_capped_off(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _shorthand._answers_its_item: "PASS" after an item is a checklist's answer, not "passenger"
def test_a_checklist_answer_is_no_shorthand(mapper):
    check_ticks(mapper, "STD CHECK: rear heated seats PASS, leather PASS",
                {"Heated Rear Seats", "Leather Seats"}, {"Heated Front Seats"})
    check_ticks(mapper, "Sequoia 8 pass, heated seats", {"Third Row Seats"}, set())


# _scope._WISH: a car asked for by what it must have
@pytest.mark.parametrize("line", [
    "Please send an Escalade with a 3rd row and heated seats for Friday",
    "client needs an SUV with a third row and a sunroof",
    "Ms. Ito requires a Genesis with rear entertainment and a wifi hotspot, please advise",
    "We'd prefer something electric, ideally a Model Y w/ Autopilot",
])
def test_a_car_asked_for_by_what_it_must_have_claims_nothing(mapper, line):
    check_ticks(mapper, line, set(), {"Third Row Seats", "Heated Front Seats", "Sunroof",
                                      "WiFi Hotspot", "Adaptive Cruise Control"})


def test_a_repair_the_car_needs_is_no_wish_for_what_it_has(mapper):
    check_ticks(mapper, "heated seats, needs a new battery", {"Heated Front Seats"}, set())
    check_ticks(mapper, "A/C needs a recharge before we sell it, cruise and power windows work",
                {"Power Windows"}, set())


# _mapping._THANKS: a chat's "thx" is thanks; THX in capitals is the audio
def test_a_chats_thanks_is_no_audio(mapper):
    check_ticks(mapper, "pls confirm the Yukon has a roof rack. If not we need a box. thx",
                set(), {"Premium Audio"})
    check_ticks(mapper, "MKZ Hybrid: cooled seats, THX, retractable pano roof",
                {"Premium Audio", "Ventilated Seats"}, set())


# _seats.read_seat_comforts
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("leather, heated & cooled front, rear heated, nav",
     {"Heated Front Seats", "Heated Rear Seats", "Ventilated Seats"}, set()),
    ("S580 w/ exec rear seats + rear heat/cool", {"Heated Rear Seats", "Ventilated Seats"},
     {"Heated Front Seats"}),
    ("front & rear heated/cooled, 22 inch wheels",
     {"Heated Front Seats", "Heated Rear Seats", "Ventilated Seats"}, set()),
    ("heated/cooled/massage all 4 seats, night vision",
     {"Heated Front Seats", "Heated Rear Seats", "Ventilated Seats"}, set()),
    ("Carnival: 2nd row VIP lounge heated & vent ok, dual sunroof",
     {"Heated Rear Seats", "Ventilated Seats"}, {"Heated Front Seats"}),
    ("Grand Caravan, rear heat/AC, backup cam", {"Rear Air Conditioning"},
     {"Heated Rear Seats"}),
    ("rear heat/vent inop, front seats fine", set(), {"Heated Rear Seats"}),
    # one comfort after the rear is read only as an item of its own
    ("Navigator: leather, rear heated, nav", {"Heated Rear Seats"}, set()),
    ("Seats: front heated and rear heated, leather-appointed",
     {"Heated Front Seats", "Heated Rear Seats"}, set()),
    # not a part that is no seat, nor the cabin's air
    ("Escalade: rear heated/cooled cupholders, 22 inch wheels", set(),
     {"Heated Rear Seats", "Ventilated Seats"}),
    ("Odyssey: rear heat/vent ducts cleaned", set(), {"Heated Rear Seats", "Ventilated Seats"}),
    ("R1S: Meridian audio, heated/vented seats front & 2nd row, glass roof",
     {"Heated Front Seats", "Heated Rear Seats", "Ventilated Seats"}, set()),
    ("Lincoln: the heated, cooled and massaging front seats, the Revel audio",
     {"Heated Front Seats", "Ventilated Seats"}, set()),
    # a comma before the last comfort starts an item of its own with its own rows
    ("King Ranch: power running boards, heated & cooled, 2nd row heated, nav",
     {"Heated Front Seats", "Heated Rear Seats", "Ventilated Seats"}, set()),
])
def test_a_seats_comforts_with_their_rows(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
