"""Round 78 (tuned on ggggggggg to iiiiiiiii after their first sight): a make the lexicon knows
only as a name opens a clause as a car, a word that takes its object after it heads what
follows its colon, a one-digit count glued to its unit, hi-fi makers by their speaker count,
and another unit named by its trim beside this one, compared with it, or said to hold parts.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _cars._reads_as_car: a make that English knows only as a name ("Honda") opens its clause as
# another car before what it is said to lack; not a maker named for what it did or shares
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Subaru", "Forester XT: Subaru has AWD and the Harman, Honda doesn't have AWD on the base one",
     {"All Wheel Drive", "Premium Audio"}, set()),
    ("Lotus", "Elise 2005, Toyota 2ZZ, A/C works, LSD option ticked",
     {"Air Conditioning", "Limited Slip Differential"}, set()),
    ("Acura", "2018 MDX, Honda did the timing belt, has AWD and nav",
     {"All Wheel Drive", "Navigation System"}, set()),
])
def test_a_make_known_only_as_a_name(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _mapping._GOVERNING_HEADING: "Without:" heads the list after it and answers nothing before
# it; a review's "MINUS:" heads its downsides, which rule out nothing
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2015 A3 - PLUS: quattro, B&O; MINUS: sunroof rattles, oil use",
     {"All Wheel Drive", "Premium Audio", "Sunroof"}, set()),
    ("Explorer XLT with 3rd row, without: sunroof", {"Third Row Seats"}, {"Sunroof"}),
    ("EPC: heated front seats -- without (base trim, cloth)", set(), {"Heated Front Seats"}),
])
def test_a_governing_word_as_a_heading(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _ocr._FIGURE_GLUED: a count of one digit glued to its unit ("9spk")
def test_a_one_digit_count_glued_to_its_unit(mapper):
    check_ticks(mapper, "2016 Discovery Sport HSE, Meridian 9spk, pano roof", {"Premium Audio"},
                set(), car="Land Rover")


# synonyms.toml, Premium Audio: every hi-fi maker right before its speaker count (not a head
# unit's maker before a base count), a count of seven or more called premium as its system
# (not a premium interior), and a maker's system kept
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Dodge", "2015 Durango Limited, Beats 10spk, 3rd row", {"Premium Audio"}, set()),
    ("Honda", "Fit EX, Sony head unit 4 speakers", set(), {"Premium Audio"}),
    ("Honda", "2019 Accord EX-L, 10spk premium w/ sub", {"Premium Audio"}, set()),
    ("Honda", "2019 Odyssey EX 7 speakers premium cloth", set(), {"Premium Audio"}),
    ("Subaru", "2018 Crosstrek Premium 6spk premium", set(), {"Premium Audio"}),
    ("Land Rover", "2019 Velar: Meridian retained after the screen swap", {"Premium Audio"},
     set()),
])
def test_hi_fi_makers_by_their_speakers(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _cars._ANOTHER_UNIT (beside): a unit named by its trim parked beside this one, not a place
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Kia", "Sorento LX: the EX parked next to it had the cooled seats and leather", set(),
     {"Ventilated Seats", "Leather Seats"}),
    ("Honda", "Civic EX, the Shop across the street has installed remote start", {"Remote Start"},
     set()),
])
def test_a_unit_by_its_trim_beside_this_one(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _cars._compared_units: a unit named by its trim that the line compares this one with, up to
# this car's own predicate
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Kia", "2021 K5 LXS, heated seats, vs the GT-Line in the showroom with the Bose and the "
     "sunroof", {"Heated Front Seats"}, {"Premium Audio", "Sunroof"}),
    ("Honda", "CR-V EX unlike the LX it has heated seats and a sunroof",
     {"Heated Front Seats", "Sunroof"}, set()),
])
def test_a_unit_by_its_trim_compared(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _cars._held_by_units: parts said to be on or to belong to a unit named by its trim, a
# list's items with them; not a clause of its own before them, nor the trims from one up
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Ram", "1500 Tradesman: tonneau and running boards belong to the Big Horn in row 4", set(),
     {"Tonneau Cover", "Running Boards"}),
    ("Honda", "Odyssey LX: nav, sunroof, leather are on the EX-L, ours has cloth", set(),
     {"Navigation System", "Sunroof", "Leather Seats"}),
    ("Subaru", "Legacy base: regular cruise only, EyeSight was on the Premium",
     {"Cruise Control"}, set()),
    ("Honda", "the heated seats are on the EX and up, mine is an EX", {"Heated Front Seats"},
     set()),
    ("Kia", "2020 Telluride SX - ventilated seats are on the SX, confirmed", {"Ventilated Seats"},
     set()),
    ("Lexus", "RX: the HUD is on the F Sport, ours is an F Sport", {"Head-Up Display"}, set()),
    ("Toyota", "Camry, the sunroof is on the XSE and XLE, ours has it", {"Sunroof"}, set()),
    ("Toyota", "Tacoma SR5, the bedliner and tonneau are on the BED now",
     {"Bed Liner", "Tonneau Cover"}, set()),
    ("Toyota", "RAV4, heated seats, sunroof, owners manual is in the Glovebox",
     {"Heated Front Seats", "Sunroof"}, set()),
    ("Audi", "Q7 3.0 TDI: diesel and quattro as stated, but the HUD belongs to the Prestige "
     "trim, not this Premium Plus", {"All Wheel Drive", "Diesel Engine"}, {"Head-Up Display"}),
])
def test_parts_held_by_a_unit_by_its_trim(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# synonyms.toml: an installer's "BUC" as an item of a list, and the wheel's controls
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Chevrolet", "2018 Tahoe LT retain list: Bose, OnStar, SWC, BUC", {"Backup Camera"}, set()),
    ("Hyundai", "stopped at a Buc-ee's, HUD on the whole way", set(), {"Backup Camera"}),
    ("Scion", "2013 tC, Pioneer swap, ASWC-1 for the wheel controls",
     {"Steering Wheel Audio Controls"}, set()),
    ("Ford", "F-350 with fifth wheel controls in the bed", set(),
     {"Steering Wheel Audio Controls"}),
    ("Toyota", "Tundra, wheel controls for the adaptive cruise", set(),
     {"Steering Wheel Audio Controls"}),
])
def test_an_installers_words(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _cars._beside_it: a unit named by its model, maybe with its trim, parked by this one
def test_a_unit_by_its_model_beside_this_one(mapper):
    check_ticks(mapper, "2019 Compass Latitude, AWD; the Cherokee Trailhawk next to it had the "
                "tow package", {"All Wheel Drive"}, {"Tow Package"},
                car="Jeep")


# ... not this car's own model across the lot
def test_this_cars_model_across_the_lot(mapper):
    check_ticks(mapper, "Camry SE: yours is ready, the Camry across the lot with the remote start "
                "running", {"Remote Start"}, set(), car="Toyota")
