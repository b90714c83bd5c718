"""Round 80 (tuned on mmmmmmmmm to ooooooooo after their first sight): a feature told by what it
did, in any tense and of anyone's part; a part that gave out; a claim its own author takes
back; someone else's car named by its owner alone, a carer's, the reader's or a rental, set
against the writer's own; a kind of seat said as "ones"; and the words a hot country's seller
or an Indian listing uses for the air conditioning and the wheel's audio controls.

The lines are invented. Each test names the mechanism it fails without.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# _plain: a description's past tenses ("dimmed itself", "showed", "started it"), a mirror
# that darkens itself (not a vanity mirror, nor a light or a screen in it), the car's own
# button for the garage (not its start button), and a map on its screen (not a map light)
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Mazda", "the Mazda3 showed his speed right on the windshield", {"Head-Up Display"}, set()),
    ("Chevrolet", "the Traverse's mirror dimmed itself at night", {"Auto-Dimming Rearview Mirror"},
     set()),
    ("Ford", "Dad started it from the kitchen every cold morning", {"Remote Start"}, set()),
    ("Ford", "Mom started the car and drove from my house to the dealer", set(),
     {"Remote Start"}),
    ("Toyota", "the vanity mirror light dims by itself", set(),
     {"Auto-Dimming Rearview Mirror"}),
    ("Toyota", "the vanity mirror in the visor dims itself at night", set(),
     {"Auto-Dimming Rearview Mirror"}),
    ("Honda", "the Pilot's start button glowed blue in the dark garage", set(),
     {"Universal Garage Door Opener"}),
    ("Honda", "the map light on the screen side flickers", set(), {"Navigation System"}),
    ("GMC", "the Yukon had a button that opened the garage every night",
     {"Universal Garage Door Opener"}, set()),
    ("Ford", "always garaged, push button start", {"Push Button Start"},
     {"Universal Garage Door Opener"}),
    ("Nissan", "the Murano's map on the dash screen took us the long way round",
     {"Navigation System"}, set()),
])
def test_a_feature_told_by_what_it_did(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _scope: a part that quit, gave up, peeled off, never responds, cannot be read, was taped shut
# or skinned over is not a feature the car has; one that quit or died and was repaired since is
# (_repair_that_worked: a repair's verb and "works again" after it)
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Hyundai", "2015 Santa Fe: the blind spot lights quit two years ago, heated seats",
     {"Heated Front Seats"}, {"Blind Spot Monitoring"}),
    ("Honda", "2012 Pilot: the power liftgate has given up, third row is fine",
     {"Third Row Seats"}, {"Power Liftgate"}),
    ("Buick", "2016 Enclave, the heated steering wheel quit, dealer replaced it under warranty",
     {"Heated Steering Wheel"}, set()),
    ("Ford", "2017 Escape: the remote start died last month, the dealer replaced the module "
     "last week, it works again", {"Remote Start"}, set()),
    ("GMC", "2015 Acadia: steering wheel audio controls quit, we replaced the clockspring and "
     "they work now", {"Steering Wheel Audio Controls"}, set()),
    ("Ford", "2014 Edge: remote start quit, not fixed, the heated seats work now",
     {"Heated Front Seats"}, {"Remote Start"}),
    ("Ford", "2014 Edge: remote start quit, dealer has not fixed it, it works now and then",
     set(), {"Remote Start"}),
    ("Ford", "2014 Edge: the remote start quit, the dealer replaced the fob battery and it still "
     "does nothing", set(), {"Remote Start"}),
    ("Chevrolet", "2014 Silverado, spray-in bedliner peeled off in the sun, tow package",
     {"Tow Package"}, {"Bed Liner"}),
    ("Ford", "2013 Edge, the remote start never responds, heated seats", {"Heated Front Seats"},
     {"Remote Start"}),
    ("Acura", "2012 TL, nav disc unreadable, bluetooth ok", {"Bluetooth"},
     {"Navigation System"}),
    ("BMW", "2007 X5, pano roof taped shut for good, xDrive", {"All Wheel Drive"}, {"Sunroof"}),
    ("Toyota", "2003 Land Cruiser, sunroof skinned over by the last owner, 4x4",
     {"Four Wheel Drive"}, {"Sunroof"}),
])
def test_a_part_that_gave_out(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _scope: a claim its own author takes back ("my mistake", "turned out", "in fact", "they're
# just ...", a post's "I posted it had")
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Kia", "2017 Sorento: I posted it had a sunroof; my mistake, that was my other car. It has "
     "heated seats", {"Heated Front Seats"}, {"Sunroof"}),
    ("Kia", "Carfax said sunroof; turned out the roof is solid, heated seats",
     {"Heated Front Seats"}, {"Sunroof"}),
    ("Kia", "the buyer was told it had a sunroof; in fact the roof is solid, heated seats",
     {"Heated Front Seats"}, {"Sunroof"}),
    ("Ford", "seller said it had the tow package and it turned out true", {"Tow Package"},
     set()),
    ("Ford", "the salesman swore it had adaptive cruise and in fact it does",
     {"Adaptive Cruise Control"}, set()),
    ("Lexus", "2014 ES: salesman swore it had cooled seats; they're just perforated leather",
     set(), {"Ventilated Seats"}),
])
def test_a_claim_taken_back(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _cars._someone_elses: a relative's car named without "my" ("Mum's RX"), a carer's, the
# reader's, a rental's or a loaner's, before the writer's own ("my own Soul", "the ES she gave
# me", "ours")
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Lexus", "Mum's RX has the HUD and the Mark Levinson. the ES she gave me has a backup camera",
     {"Backup Camera"}, {"Head-Up Display", "Premium Audio"}),
    ("Kia", "My carer's Telluride has the third row and HUD; my own Soul has heated seats",
     {"Heated Front Seats"}, {"Third Row Seats", "Head-Up Display"}),
    ("Mazda", "Your CX-9 had the Bose; my Mazda3 has heated seats", {"Heated Front Seats"},
     {"Premium Audio"}),
    ("Honda", "Your new Civic has heated seats and CarPlay, and our service team detailed it",
     {"Heated Front Seats", "Apple CarPlay Integration"}, set()),
    ("Toyota", "My late husband's has the heated wheel; mine has a sunroof", {"Sunroof"},
     {"Heated Steering Wheel"}),
    ("Toyota", "2016 Sienna: the rental we had in Denver had CarPlay, ours has a CD player",
     set(), {"Apple CarPlay Integration"}),
    ("Buick", "Selling Dad's LaCrosse: Dad's car has leather and heated seats, I have the keys",
     {"Leather Seats", "Heated Front Seats"}, set()),
])
def test_someone_elses_car_before_the_writers(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _mapping._ones_named: a kind's "ones" is the part named before it
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Honda", "2019 HR-V: no cooled seats, heated ones only", {"Heated Front Seats"},
     {"Ventilated Seats"}),
    ("Toyota", "2018 Camry: no ventilated seats, it does have heated ones",
     {"Heated Front Seats"}, {"Ventilated Seats"}),
    ("Ford", "2015 Edge: the seats are cloth, the mirrors are heated ones", {"Heated Mirrors"},
     {"Heated Front Seats"}),
])
def test_a_kind_said_as_ones(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# synonyms.toml: AC said to blow cold, a transfer case's low range as a driver shifts into it
# (not four low-profile tires), India's "steering controls" (not a power steering's)
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Toyota", "2016 Corolla, Dubai, AC chilled, cruise", {"Air Conditioning"}, set()),
    ("Nissan", "2014 Sunny, AC freezing even in July, bluetooth", {"Air Conditioning"}, set()),
    ("Ford", "2016 Focus, four low profile tires, AC", set(), {"Four Wheel Drive"}),
    ("Toyota", "shifted the 4Runner into four-low for the wash", {"Four Wheel Drive"}, set()),
    ("Tata", "2021 Nexon XZ, steering mounted controls, sunroof",
     {"Steering Wheel Audio Controls", "Sunroof"}, set()),
    ("Ford", "2009 Ranger, power steering controls fine, AC", set(),
     {"Steering Wheel Audio Controls"}),
])
def test_the_table_reads_hot_country_and_indian_words(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# the words of disabled drivers: an amputee's level is no amplifier (_mapping._AMPUTEE), their
# pedals' "gas" no gas engine (synonyms.toml), a rare long word before a stop ends its sentence
# (_mapping._lower_sentences_ended), a wish in brackets ends with them
# (_scope._wished_asides_parted)
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Honda", "2018 Accord. right arm amp, spinner knob; push start, heated seats",
     {"Push Button Start", "Heated Front Seats"}, {"Premium Audio"}),
    ("Ford", "2017 F-250 Lariat Power Stroke, BK amp, left foot gas, 4x4",
     {"Diesel Engine", "Four Wheel Drive"}, set()),
    ("Ram", "2015 2500 Cummins, hand gas and brake, 4x4", {"Diesel Engine", "Four Wheel Drive"},
     set()),
    ("Ram", "2016 3500 Cummins, push-pull gas and brake control, 4x4",
     {"Diesel Engine", "Four Wheel Drive"}, set()),
    ("Lincoln", "2016 MKZ - bilateral amputee. keyless, heated seats",
     {"Keyless Entry", "Heated Front Seats"}, set()),
    ("Toyota", "2019 Tacoma, running boards (need them for my hip), tonneau cover",
     {"Running Boards", "Tonneau Cover"}, set()),
    ("Honda", "next car: would love heated seats (would love cooled ones too) and a sunroof",
     set(), {"Sunroof", "Heated Front Seats"}),
    ("Honda", "2018 Civic, heated seats (wish it had a sunroof)", {"Heated Front Seats"},
     {"Sunroof"}),
])
def test_a_disabled_drivers_words(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# the table: a sticker's "Camera, Rear" is no camera before another rear item; an audio system
# named by a premium wattage; a Tesla's dual-motor names; Suzuki's ALLGRIP; a
# French listing's alloy wheels, reversing radar, central locking and bare "régulateur"
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Nissan", "2017 Patrol LE, cooled seats, 360 camera, rear entertainment, V8",
     {"360 Camera", "Ventilated Seats"}, {"Backup Camera"}),
    ("Chrysler", "2016 Pacifica Limited, the 760-watt audio, third row",
     {"Premium Audio", "Third Row Seats"}, set()),
    ("Chevrolet", "2018 Malibu LS, base 6-speaker 160-watt audio", set(), {"Premium Audio"}),
    ("Tesla", "2016 Model S P90D, autopilot", {"All Wheel Drive"}, set()),
    ("Suzuki", "2020 S-Cross ALLGRIP, camera", {"All Wheel Drive"}, set()),
    ("Suzuki", "2021 Jimny ALLGRIP PRO 4WD with low range", {"Four Wheel Drive"},
     {"All Wheel Drive"}),
    ("Suzuki", "2019 Jimny ALLGRIP 4WD with low range transfer", {"Four Wheel Drive"},
     {"All Wheel Drive"}),
    ("Chevrolet", "2019 Tahoe Premier, Camera, Rear Vision, heated seats",
     {"Backup Camera", "Heated Front Seats"}, set()),
    ("Renault", "2017 Megane, Tunis, clim, jantes alu, radar de recul, fermeture centralisée, "
     "régulateur", {"Alloy Wheels", "Parking Sensors", "Power Locks", "Cruise Control"}, set()),
])
def test_the_table_reads_makers_and_french_names(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)


# _scope: a dream of a part, a wish for one if the car had it, and a screen that has shown
# nothing
@pytest.mark.parametrize(("car", "line", "kept", "gone"), [
    ("Kia", "my Rio dreamed every night of a sunroof", set(), {"Sunroof"}),
    ("Ram", "my dream truck of 10 years: 4x4, tow package", {"Four Wheel Drive", "Tow Package"},
     set()),
    ("Honda", "2017 CR-V: if this car had more than 50k miles I'd pass, heated seats",
     {"Heated Front Seats"}, set()),
    ("Nissan", "2015 Versa: if this thing had adaptive cruise I could rest my foot", set(),
     {"Adaptive Cruise Control"}),
    ("Ford", "2014 Escape: the backup camera had shown nothing but static for a year",
     set(), {"Backup Camera"}),
])
def test_a_dream_a_wish_and_a_blank_screen(mapper, car, line, kept, gone):
    check_ticks(mapper, line, kept, gone, car=car)
