"""Round 62 (tuned on pppppp and qqqqqq after their first sight): another model of the car's
own make, a claim the line then refutes, and a part a decision turned down.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks, ticked


# _cars.CarAtHand._is_this_one: a title that names a model makes the make's other models
# other cars
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("2018 Toyota Corolla LE", "the Highlander with the heated seats and 3rd row stays with "
     "us; backup cam, bluetooth", {"Backup Camera", "Bluetooth"},
     {"Heated Front Seats", "Third Row Seats"}),
    ("2020 Ford F-150 XLT", "my F150 has the tow package, the Explorer we sold had the "
     "sunroof", {"Tow Package"}, {"Sunroof"}),
])
def test_another_model_of_the_titles_make(mapper, car, line, kept, gone):
    assert kept <= ticked(mapper, line, car)
    assert not gone & ticked(mapper, line, car)
    assert gone <= ticked(mapper, line, car.split()[1])  # a make alone names every model


# _cars.CarAtHand._as_the_line_names_it: a car known by its make alone takes the model the
# line says is for sale or listed
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Honda", "keeping the Odyssey (3rd row, rear air), selling the Fit: bluetooth, cruise",
     {"Bluetooth", "Cruise Control"}, {"Third Row Seats", "Rear Air Conditioning"}),
    ("Hyundai", "the Santa Fe with the pano roof ships with us; the Elantra is for sale - "
     "backup camera, heated seats", {"Backup Camera", "Heated Front Seats"}, {"Sunroof"}),
    ("Infiniti", "QX60: the 360 camera was on our old QX80, this has the rear camera",
     {"Backup Camera"}, {"360 Camera"}),
])
def test_the_model_the_line_says_is_at_hand(mapper, car, line, kept, gone):
    assert kept <= ticked(mapper, line, car)
    assert not gone & ticked(mapper, line, car)


# _cars._said_at_hand: without a sale, a listing or a heading naming one model, every model
# of the make is the car at hand; a heading that is an English word is no model
@pytest.mark.parametrize(("car", "line", "kept"), [
    ("Honda", "the Odyssey has the rear air, the Fit has bluetooth",
     {"Rear Air Conditioning", "Bluetooth"}),
    ("Nissan", "Note: the Frontier's bed liner is drop-in and the hitch has a lock pin",
     {"Bed Liner", "Trailer Hitch"}),
])
def test_no_model_marked_at_hand(mapper, car, line, kept):
    assert kept <= ticked(mapper, line, car)


# _cars._PART_ON: a part said to be on another car, or to belong to it, is that car's
@pytest.mark.parametrize(("car", "line", "gone"), [
    ("Honda Accord", "keys mixed up: the fob for the Bose/HUD car belongs to the Civic; ours "
     "is the Accord LX, cloth", {"Premium Audio", "Head-Up Display"}),
    ("Kia Soul", "we had the sunroof on our old Sorento", {"Sunroof"}),
])
def test_a_part_of_another_car(mapper, car, line, gone):
    assert not gone & ticked(mapper, line, car)
    assert gone <= ticked(mapper, line, None)


# _scope._WORD_OF: a giver's or a claimant's word that the line refutes claims nothing
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Donor said the Tahoe has 4WD; our mechanic found it is a 2WD LS. Running boards "
     "present", {"Running Boards"}, {"Four Wheel Drive"}),
    ("his email describes the Sienna as having a sunroof and leather; neither is on the "
     "van", set(), {"Sunroof", "Leather Seats"}),
    ("she was sure it had the heated wheel. There is a button, but it was never wired",
     set(), {"Heated Steering Wheel"}),
])
def test_a_refuted_word_claims_nothing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CHECKER: the word of whoever checked the car is a finding, not a claim
def test_a_checkers_word_is_a_finding(mapper):
    check_ticks(mapper, "the mechanic swears the AWD coupler is fine, only the tires are "
                "worn", {"All Wheel Drive"}, set())


# _scope._through_quotes: a report runs on through the bracket it opens
def test_a_report_runs_through_its_bracket(mapper):
    check_ticks(mapper, "the brochure lists the Tech Package (HUD, ventilated seats) but "
                "this car is a base model", set(), {"Head-Up Display", "Ventilated Seats"})


# _scope._turned_down: a part a decision turned down is not fitted
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Board declined the $2,100 Driver Assist group (adaptive cruise, 360 view); base rear "
     "camera only", {"Backup Camera"}, {"Adaptive Cruise Control", "360 Camera"}),
    ("the sunroof upgrade was rejected by the finance committee", set(), {"Sunroof"}),
    ("Motion to add a tonneau cover to the Ranger: failed 2-5", set(), {"Tonneau Cover"}),
    ("voted 5-2 against buying running boards for the van; heated seats already fitted",
     {"Heated Front Seats"}, {"Running Boards"}),
    ("Quote: roof rack and trailer hitch - both declined. AWD", {"All Wheel Drive"},
     {"Roof Rack", "Trailer Hitch"}),
])
def test_a_part_turned_down(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._WISH: what is not needed is no wish; _scope._CUES "not needed"
def test_what_is_not_needed(mapper):
    check_ticks(mapper, "composite bed (liner not needed), heated seats, tow hitch",
                {"Heated Front Seats", "Trailer Hitch"}, {"Bed Liner"})


# _scope._BOTH_LACKED: a car that came without them, or has none of that
@pytest.mark.parametrize(("line", "gone"), [
    ("the seller kept the hitch and the roof rack; the Sienna came to us without both",
     {"Trailer Hitch", "Roof Rack"}),
    ("the EX would have leather and a sunroof - this unit has none of that",
     {"Leather Seats", "Sunroof"}),
])
def test_a_car_without_them(mapper, line, gone):
    check_ticks(mapper, line, set(), gone)


# _scope._FAILED "does not meet", _through_list: a bid that does not meet the spec lacks
# what its list requires; a requirement said after its part opens no list
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Spec requires AWD, heated seats and a tow hitch. The Equinox bid does not meet spec",
     set(), {"All Wheel Drive", "Heated Front Seats", "Trailer Hitch"}),
    ("Black tier: declined - leather required, sunroof ok", {"Sunroof"}, {"Leather Seats"}),
])
def test_a_requirement_not_met(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._PULLING "pull", _a_car_at: a part taken off the car it came off
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("the inspector made us pull the roof rack off the Highlander before shipping", set(),
     {"Roof Rack"}),
    ("we took the running boards off the truck, heated seats", {"Heated Front Seats"},
     {"Running Boards"}),
    # what the particle is followed by is no part taken off
    ("took the plastic film off the nav screen, heated seats",
     {"Navigation System", "Heated Front Seats"}, set()),
])
def test_a_part_taken_off_the_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._plural: a code's plural that spells another word is that word ("Fort Bliss" is
# no blind-spot system); the plural of a word is still the word's
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("moved us from Fort Lewis to Fort Bliss, heated seats", {"Heated Front Seats"},
     {"Blind Spot Monitoring"}),
    ("BLIS, heated mirrors, roof rails", {"Blind Spot Monitoring", "Heated Mirrors",
                                          "Roof Rack"}, set()),
])
def test_a_codes_plural_that_is_a_word(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
