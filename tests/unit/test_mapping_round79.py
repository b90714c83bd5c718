"""Round 79 (tuned on jjjjjjjjj to lllllllll after their first sight): someone else's car set
against the writer's, a part asked alone and left unanswered, a sure sentence's shorthand
beside a doubted one, English translated word for word on a line marked as another language
and a feature's noun before its part, and a bare AC opening a list's item.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _cars._someone_elses: what someone else or their car has, before the writer's own car is set
# against it, is another car's; not in a listing of that person's car, not where the writer's
# shares it, not what someone says "it" has
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Kia", "my 2020 Soul vs my cousin's Seltos: his has the sunroof and wireless charging. "
     "mine has heated seats", {"Heated Front Seats"}, {"Sunroof", "Wireless Charging"}),
    ("Toyota", "our 2017 Camry SE beside the one next door: my neighbour has the JBL and the HUD, "
     "ours has cruise and cloth", {"Cruise Control"}, {"Premium Audio", "Head-Up Display"}),
    ("Honda", "2018 CR-V EX - my wife's daily. She has heated seats, a sunroof, CarPlay. I "
     "have the truck", {"Heated Front Seats", "Sunroof"}, set()),
    ("Honda", "My cousin had this Civic before me; it has a sunroof and I have added a backup "
     "camera",
     {"Sunroof", "Backup Camera"}, set()),
    ("Honda", "my 2016 Civic was my dad's first: he had a sunroof put in, I have owned it since "
     "2019", {"Sunroof"}, set()),
    ("Mazda", "my 2019 Miata next to my buddy's: he has the LSD and the recaros. I have a soft top",
     set(), {"Limited Slip Differential"}),
    ("Honda", "our 2016 Accord at the shop: she has the heated seats on already, we got the "
     "sunroof fixed", {"Heated Front Seats", "Sunroof"}, set()),
    ("Mazda", "CX-5 2019: the CX-9 of my brother-in-law has the 3rd row and Bose, my CX-5 has AWD",
     {"All Wheel Drive"}, {"Third Row Seats", "Premium Audio"}),
    ("Ford", "Selling my father's Explorer: his truck has the tow package and heated seats. I have "
     "the title", {"Tow Package", "Heated Front Seats"}, set()),
    ("Honda", "Posting for my sister: my sister's Civic has heated seats and a sunroof, I have "
     "cloth",
     {"Heated Front Seats", "Sunroof"}, set()),
    ("Volvo", "my husband says it has heated seats and a sunroof, mine is the XC60",
     {"Heated Front Seats", "Sunroof"}, set()),
    ("Honda", "my 2016 Pilot vs my sister's Highlander: hers has heated seats. mine too, and the "
     "sunroof", {"Heated Front Seats", "Sunroof"}, set()),
    ("Mazda", "The wagon of my neighbour has the Bose and the sunroof, my Mazda6 has the turbo",
     {"Turbocharged"}, {"Premium Audio", "Sunroof"}),
])
def test_someone_elses_car_set_against_the_writers(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _mapping._bare_questions_doubted: a part asked alone at its sentence's opening and answered
# by neither a "yes" nor how it works is the seller's doubt, its own sentence (the doubt reaches
# neither the reply nor what comes before its dash); a chat's reply in its speaker's words and a
# checklist's "no" are read as before
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Honda", "2014 Odyssey EX-L. Backup camera? my wife. Nav? my phone. Leather, 3rd row",
     {"Leather Seats", "Third Row Seats"}, {"Backup Camera", "Navigation System"}),
    ("Hyundai", "2020 Kona Limited 1.6T AWD - HUD? dream on",
     {"Turbocharged", "All Wheel Drive"}, {"Head-Up Display"}),
    ("Jeep", "2019 Cherokee - heated wheel? You bet. Sunroof? Standard on this one",
     {"Heated Steering Wheel", "Sunroof"}, set()),
    ("Subaru", "Baja 2004 reunion. Dan: the turbo one? me: the turbo one. with the midgate and "
     "the bed liner. Dan: legend", {"Turbocharged", "Bed Liner"}, set()),
    ("Volkswagen", "Jetta 2017 - diesel? NO, 1.8T gas, sunroof", {"Turbocharged", "Sunroof"},
     {"Diesel Engine"}),
    ("Honda", "Jess: pilot awd? the lot is a swamp today", set(), {"All Wheel Drive"}),
    ("Toyota", "Mia: tundra 4x4? you bet, and the tow package", {"Four Wheel Drive", "Tow Package"},
     set()),
    ("Honda", "Jess: civic sunroof? nope, heated seats though", {"Heated Front Seats"},
     {"Sunroof"}),
    ("Mazda", "2019 CX-5 GT. Bose? Crank it up. Heated seats.", {"Premium Audio",
                                                               "Heated Front Seats"}, set()),
])
def test_a_part_asked_alone_and_left_unanswered(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _mapping._sure_beside_doubt: a sentence no doubt reaches keeps what its shorthand reads
def test_a_sure_sentence_keeps_its_shorthand(mapper):
    check_ticks(mapper, "RECON STK 5120 — 2011 Colorado LT 4x4 — tilt/telescope? who needs it. "
                "PW PL cruise, bedliner", {"Power Windows", "Power Locks", "Cruise Control",
                                     "Four Wheel Drive"}, {"Telescoping Steering Wheel"},
                car="Chevrolet")


# _language.read_translated: on a line marked as another language too; "N for M" with any
# noun; a feature's noun before its part and its places ("heat seat front and back"); a part
# "with" its feature keeps it after it; "camera reverse"
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Toyota", "Vendo RAV4 2016 XLE, camera of reverse, seats with heat in front, hitch for "
     "trailer",
     {"Backup Camera", "Heated Front Seats", "Trailer Hitch"}, set()),
    ("Audi", "Audi Q7 2014, heat seat front and back, heat wheel, camera reverse",
     {"Heated Front Seats", "Heated Rear Seats", "Heated Steering Wheel", "Backup Camera"}, set()),
    ("Toyota", "Se vende RAV4 2016, rines de aluminio, camera of reverse",
     {"Backup Camera", "Alloy Wheels"}, set()),
    ("Nissan", "Rogue 2018, sensors for parking front and back, carplay", {"Parking Sensors"},
     set()),
    ("Mazda", "CX-9 2018, nappa, heat rear seat, bose", {"Heated Rear Seats"}, set()),
    ("Kia", "Sorento 2019 - wireless phone charger for the trailer cam app, heated seats",
     {"Wireless Charging", "Heated Front Seats"}, set()),
    ("Ford", "F-150 2015, the heat shield rattles, tow package", {"Tow Package"},
     {"Heated Front Seats", "Heated Steering Wheel"}),
])
def test_english_translated_word_for_word(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# synonyms.toml: AC opening a list's item before another item or what it does; not a charger's
# current, nor an AC said to need a charge or to blow warm
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Hino", "2017 Hino 268, diesel, AC + power windows, 26ft box",
     {"Air Conditioning", "Power Windows"}, set()),
    ("Freightliner", "M2 2016, AC works but slow to cool, cruise", {"Air Conditioning"}, set()),
    ("Isuzu", "NPR 2018 w the dump body, AC + cruise working, bluetooth", {"Air Conditioning",
                                                                         "Cruise Control"}, set()),
    ("Tesla", "Model Y, mobile connector, AC charging at 11 kW", set(), {"Air Conditioning"}),
    ("Hyundai", "Ioniq 5 2022, AC + charger cable in the frunk, heated seats",
     {"Heated Front Seats"}, {"Air Conditioning"}),
    ("Ford", "E-350 van, AC needs a charge, cruise", {"Cruise Control"}, {"Air Conditioning"}),
    ("Ram", "AC blows warm, seller swore it was just recharged", set(), {"Air Conditioning"}),
])
def test_a_bare_ac_opening_a_list_item(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)
