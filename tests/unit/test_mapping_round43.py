"""Round 43 (tuned on aaaaa, bbbbb, ccccc after their first sight): a stop before a clause's
opening word or after initials ends a sentence; a book-out's "untick"; what a valuation guide
or a VIN decoder put on the car, contradicted by what the car is; "deleted from"; a car's
life after "never"; an instruction after "do not"; what is on another trim beside "this
one"; a decimal is no spreadsheet cell; an arrow parts items; and words of stock-in notes
as data.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _mapping._SENTENCE_END (the opening words, a figure's letter) and _lower_sentences_ended
# (initials in capitals)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2016 Passat - no fog lights, no nav. has heated seats, sunroof",
     {"Heated Front Seats", "Sunroof"}, {"Fog Lights", "Navigation System"}),
    ("no HUD. Has Bose, leather", {"Premium Audio", "Leather Seats"}, {"Head-Up Display"}),
    ("no meridian. Still AWD, still heated seats",
     {"All Wheel Drive", "Heated Front Seats"}, {"Premium Audio"}),
    ("deduct: no BSM. lthr, moonroof", {"Leather Seats", "Sunroof"},
     {"Blind Spot Monitoring"}),
    ("2017 ATS Luxury AWD 2.0T. Nav? no, that's on the Premium.",
     {"All Wheel Drive", "Turbocharged"}, {"Navigation System"}),
    # an abbreviation keeps its stop, in capitals or not
    ("Cold Weather PKG. heated seats, heated mirrors",
     {"Heated Front Seats", "Heated Mirrors"}, set()),
    ("Sunroof avail. but not installed", set(), {"Sunroof"}),
    ("Heated seats opt. but not on this car", set(), {"Heated Front Seats"}),
    ("Nav sys. is inop, sunroof fine", {"Sunroof"}, {"Navigation System"}),
    ("Options: REM. start, PREM. audio", {"Remote Start", "Premium Audio"}, set()),
])
def test_a_stop_before_a_clause_or_after_initials_ends_a_sentence(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CUES "untick", "uncheck"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2019 Rogue SV - untick nav, has heated seats", {"Heated Front Seats"},
     {"Navigation System"}),
    ("book had a hitch, uncheck hitch. has cruise", {"Cruise Control"}, {"Trailer Hitch"}),
])
def test_a_book_outs_untick_rules_out(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._REPORTED (a guide's or a decoder's word), _FINDING ("ours is"), and _gather (no
# empty answer from the separator before the report)
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2018 Sierra SLE - book says 4WD, truck is 2WD. has tow pkg", {"Tow Package"},
     {"Four Wheel Drive"}),
    ("KBB had leather, ours is cloth, heated seats yes", {"Heated Front Seats"},
     {"Leather Seats"}),
    ("2014 Outback AWD - guide defaulted to moonroof, car has none", {"All Wheel Drive"},
     {"Sunroof"}),
    # what the book says and nothing contradicts stays; a camera's guide lines are no guide
    ("book says leather and sunroof", {"Leather Seats", "Sunroof"}, set()),
    ("Backup cam guide shows lines, car is a 1 owner", {"Backup Camera"}, set()),
])
def test_a_guides_word_contradicted_claims_nothing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._object: a removal "from" somewhere takes what is before it
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Remote start - deleted from order; heated seats standard", {"Heated Front Seats"},
     {"Remote Start"}),
    ("Engine block heater - DELETED from Cold Weather Pkg for U.S. spec", set(),
     {"Engine Block Heater"}),
    ("Tonneau cover, removed from the package for this market. Bed liner included",
     {"Bed Liner"}, {"Tonneau Cover"}),
])
def test_deleted_from_takes_what_is_before(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CAR_LIFE
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2011 Sierra, leather, Bose audio. Never seen snow", {"Leather Seats", "Premium Audio"},
     set()),
    ("heated seats, JBL premium audio, never wrecked", {"Heated Front Seats", "Premium Audio"},
     set()),
    # a part that never worked is still ruled out
    ("sunroof, never worked", set(), {"Sunroof"}),
])
def test_what_a_car_lived_through_is_no_parts_fault(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _mapping._CELL_ANSWER: a figure's decimal stop is no cell's end
def test_a_decimal_after_an_answer_is_no_cell(mapper):
    check_ticks(mapper, "Q: is it the V6? A: No, this one is the 1.8T gas. Heated seats tho",
                {"Turbocharged", "Heated Front Seats"}, set())


# _mapping.plain_form: an arrow parts items
def test_an_arrow_parts_items(mapper):
    check_ticks(mapper, "walkaround: 6.7 diesel → gooseneck prep → factory brake controller",
                {"Diesel Engine", "Trailer Brake Controller"}, set())


# synonyms.toml, makers.toml, _ABBREVIATIONS
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2010 Tahoe LTZ, 3rd row, htd/cool", {"Heated Front Seats", "Ventilated Seats"}, set()),
    ("Sequoia, htd/cool 1st+2nd, 4wd",
     {"Heated Front Seats", "Heated Rear Seats", "Ventilated Seats"}, set()),
    ("Model S, heated seats all 5, glass roof", {"Heated Rear Seats"}, set()),
    ("heated/ventilated seats front & rear", {"Heated Rear Seats", "Ventilated Seats"}, set()),
    ("heated front and rear windshield", set(), {"Heated Rear Seats"}),
    ("Heated front and rear demister", set(), {"Heated Front Seats", "Heated Rear Seats"}),
    ("Rear Park Assist Camera", {"Backup Camera"}, {"Parking Sensors"}),
    ("Park Assistance front and rear", {"Parking Sensors"}, set()),
    ("THX Certified 5.1 Surround", {"Premium Audio"}, set()),
    ("thx for the info, will stop by", set(), {"Premium Audio"}),
    ("HI-FI SYSTEM $2,100", {"Premium Audio"}, set()),
    ("add revel, add pano", {"Premium Audio", "Sunroof"}, set()),
    ("Replaced the factory radio with Sony", set(), {"Premium Audio"}),
    ("cloth, hands free gate, awd", {"Power Liftgate"}, set()),
    ("ActiveGlide, 360 cam", {"Adaptive Cruise Control"}, set()),
    ("Kona Limited - HDA2, sunroof", {"Adaptive Cruise Control"}, set()),
    ("LED headlts, fogs", {"LED Headlights"}, set()),
    ("Tequipment roof transport system", {"Roof Rack"}, set()),
])
def test_words_of_stock_in_notes(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._is_instruction and _own_object: after "do not" with no subject, an instruction or a
# verb with its own object does not reach back; a part's failing still does
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2019 Ram Rebel priced right - 4x4, bedliner. DONT drop", {"Four Wheel Drive", "Bed Liner"},
     set()),
    ("TLX: push button start OK, can't use the two-screen system", {"Push Button Start"}, set()),
    ("remote start - does not work", set(), {"Remote Start"}),
    ("AC - doesn't get cold", set(), {"Air Conditioning"}),
    ("Sunroof - won't shut all the way", set(), {"Sunroof"}),
    ("Blind spot monitor - won't calibrate after bumper repair", set(),
     {"Blind Spot Monitoring"}),
    ("remote start - does not start the car", set(), {"Remote Start"}),
])
def test_an_instruction_after_does_not_is_no_parts_failing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._offered_elsewhere and _ON_NAMED_TRIM: what is on another trim, this car said
# after it; not where a control is
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("AWD, 7 seats. The Bose and the HUD are on the Limited, this one has the base stereo",
     {"All Wheel Drive"}, {"Premium Audio", "Head-Up Display"}),
    ("Remote start is on the FOB, this one comes with 2 fobs", {"Remote Start"}, set()),
])
def test_what_is_on_another_trim_beside_this_one(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._leading_answer: a lone "nope" does not lead a statement of what the car has
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Tacoma SR base - power windows? NOPE. has a bedliner though", {"Bed Liner"},
     {"Power Windows"}),
    ("Ranger XL - crank windows. NOPE. has a bedliner at least", {"Bed Liner"}, set()),
    # a checklist's box still leads its item
    ("[N] has sunroof [Y] has nav", {"Navigation System"}, {"Sunroof"}),
])
def test_a_chats_nope_before_a_statement_leads_nothing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._CUES "pre equipment for": a maker's mounts, not the part
def test_pre_equipment_for_a_part_is_not_the_part(mapper):
    check_ticks(mapper, "Pre-equipment for roof transport system; heated seats",
                {"Heated Front Seats"}, {"Roof Rack"})


# _mapping._table_words: a word of the table's phrases before a stop is no abbreviation
def test_a_features_name_before_a_stop_ends_the_sentence(mapper):
    check_ticks(mapper, "2018 RX450h - no HUD, no mark levinson. hybrid AWD, moonroof",
                {"Hybrid Powertrain", "All Wheel Drive", "Sunroof"},
                {"Head-Up Display", "Premium Audio"})


# _scope._CORRECTED ("I said ... but"), _TRIM_ONLY ("EX-only"), _FINDING ("on the lot is")
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Update: I said the Tucson was AWD but it's front-wheel drive, heated seats yes",
     {"Heated Front Seats"}, {"All Wheel Drive"}),
    ("Like I said, it has AWD but no sunroof", {"All Wheel Drive"}, {"Sunroof"}),
    ("2018 Forte LX - SMART KEY & HEATED SEATS ARE EX-ONLY; LX HAS CLOTH, REAR CAMERA",
     {"Backup Camera"}, {"Keyless Entry", "Heated Front Seats"}),
    ("The listing said 4x4 and sunroof, but the Compass Sport on the lot is FWD with no roof",
     set(), {"Four Wheel Drive", "Sunroof"}),
])
def test_what_the_writer_or_an_ad_said_corrected(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._ASK_OPENER: "confirming" the car is in stock says, it does not ask
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Confirming the 2012 Tundra SR5 is available, 4WD, bedliner, 88k.",
     {"Four Wheel Drive", "Bed Liner"}, set()),
    ("Just confirming the Escape has the 2.0 turbo and the tow package? Thanks", set(),
     {"Turbocharged", "Tow Package"}),
])
def test_confirming_the_car_is_in_stock_does_not_ask(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# _scope._AFFIRMED and _SAID_BEFORE: a lack the writer said before, taken back by "it does"
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Correction: I said the 2019 Odyssey EX didn't have a power liftgate, but it does.",
     {"Power Liftgate"}, set()),
    ("Sorry, I told you the Highlander had no heated rear seats. It does, both outboard seats.",
     {"Heated Rear Seats"}, set()),
    # a correction that says something else keeps the earlier words set apart
    ("I said it had no sunroof, but it does have heated seats", {"Heated Front Seats"},
     {"Sunroof"}),
])
def test_a_lack_said_before_and_taken_back(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
