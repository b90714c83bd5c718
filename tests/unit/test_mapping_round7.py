"""Issue 19, round 7: marketplace prose in UK, Canadian and Australian wording. A "not"
before any participle rules out the feature before it; engine designations that say
"diesel" only to those who know them; makers' hi-fi brands; "climate" as air conditioning.
Lines here are invented, not the blind batch's."""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import Match, Vetoed


@pytest.mark.parametrize(("line", "label"), [
    ("Octavia: panoramic roof option NOT specified, solid roof", "Sunroof"),
    ("Heated seats option not specced", "Heated Front Seats"),
])
def test_not_before_a_participle_rules_out_the_feature_before_it(mapper, line, label):
    assert label not in ticked(mapper, line)
    assert isinstance(mapper.map_line(line), Vetoed)


def test_not_before_a_word_of_condition_keeps_the_feature(mapper):
    assert "Leather Seats" in ticked(mapper, "Leather seats not damaged")


@pytest.mark.parametrize("line", [
    "2004 Laguna 1.9 dCi Expression", "2011 Clio 1.5 dCi", "2013 i30 1.6 CRDi estate",
    "2009 Picasso 1.6 HDi", "2012 E250 CDI coupe", "2014 Rexton 2.0 e-XDi",
    "2016 Land Cruiser 4.5 D-4D",
    "2012 ASX 1.8 DI-D", "2011 530d M Sport", "2008 S-Type 2.7D", "2014 V60 D4 SE",
    "2015 Mazda6 Skyactiv-D", "2013 Punto 1.3 MultiJet", "2012 Cooper SD coupe",
])
def test_an_engine_designation_with_a_diesel_code_is_a_diesel(mapper, line):
    assert "Diesel Engine" in ticked(mapper, line)


@pytest.mark.parametrize("line", [
    "2011 Mondeo 2.2 TDCi Titanium", "2007 9-5 1.9 TiD", "2006 Bravo 1.9 JTDm",
    "2015 Navara 2.5 TD king cab", "2008 Civic 2.2 i-CTDi", "2010 Zafira 1.9 CDTi",
])
def test_a_diesel_code_that_spells_its_turbo_is_turbocharged_too(mapper, line):
    assert {"Diesel Engine", "Turbocharged"} <= ticked(mapper, line)


@pytest.mark.parametrize("line", [
    "3.6L DI V6 direct injection",  # a petrol's direct injection
    "Scooter 125 CDI ignition unit",  # capacitor discharge ignition
    "3 TD passes in the brochure",  # no displacement before it
    "2019 Model S 100D", "2017 P90D Ludicrous",  # dual motor
    "2.0 AWD", "3.5 Ltd", "2.0 STD trim",
    "2017 Grand Cherokee 3.6 D Max tow",
])
def test_false_friends_of_diesel_codes_tick_no_diesel(mapper, line):
    assert "Diesel Engine" not in ticked(mapper, line)


@pytest.mark.parametrize("line", [
    "Peugeot 508 GT - Focal hi-fi, night vision", "Superb L&K with Canton sound system",
    "Outlander - Rockford sound, 7 seats", "Audi A8 - B&O 3D sound, air suspension",
])
def test_a_hi_fi_makers_name_with_what_it_makes_is_premium_audio(mapper, line):
    assert "Premium Audio" in ticked(mapper, line)


def test_a_place_named_like_a_hi_fi_maker_is_no_premium_audio(mapper):
    assert "Premium Audio" not in ticked(mapper, "Sold new in Canton, Ohio, one owner")


@pytest.mark.parametrize("line", [
    "Supplied with climate control and cruise", "2011 Golf SE - alloys, climate, cruise",
])
def test_climate_in_commonwealth_prose_is_air_conditioning(mapper, line):
    assert "Air Conditioning" in ticked(mapper, line)


@pytest.mark.parametrize(("line", "absent"), [
    ("Remote start with climate control", "Air Conditioning"),  # the start's, not the car's
])
def test_climate_words_keep_the_tables_conventions(mapper, line, absent):
    assert absent not in ticked(mapper, line)


@pytest.mark.parametrize(("line", "label"), [
    ("Auto-dipping rear-view mirror", "Auto-Dimming Rearview Mirror"),
    ("Back seats fold 40:20:40", "Split Folding Rear Seat"),
    ("Leather, heated/vented seats", "Ventilated Seats"),
    ("Vented front seats", "Ventilated Seats"),
    ("2021 Model Y Long Range Dual Motor", "All Wheel Drive"),
])
def test_commonwealth_and_electric_wording_of_known_features(mapper, line, label):
    assert label in ticked(mapper, line)


def test_vent_as_shorthand_still_reads_as_ventilated(mapper):
    assert "Ventilated Seats" in ticked(mapper, "HTD & VENT FRT STS")


@pytest.mark.parametrize(("line", "label"), [
    ("Electric memory seats, cruise", "Power Seats"),
    ("Electric sports seats", "Power Seats"),
    ("Front and rear fogs", "Fog Lights"),
    ("Hilux dual cab - roller shutter, tub liner", "Tonneau Cover"),
])
def test_uk_and_australian_names_of_known_features(mapper, line, label):
    assert label in ticked(mapper, line)


@pytest.mark.parametrize("line", ["2016 Quattroporte S Q4 GranLusso", "2018 Stelvio Ti Q4"])
def test_q4_after_a_maserati_or_alfa_model_is_all_wheel_drive(mapper, line):
    assert "All Wheel Drive" in ticked(mapper, line)


@pytest.mark.parametrize("line", ["2022 Audi Q4 40 e-tron", "Audi Q4 Sportback"])
def test_audis_q4_model_is_no_all_wheel_drive(mapper, line):
    assert "All Wheel Drive" not in ticked(mapper, line)


def test_a_keyless_locking_and_starting_system_is_push_button_start(mapper):
    assert "Push Button Start" in ticked(mapper, "Keyless Access locking and starting system")


def test_keyless_entry_beside_a_remote_start_is_no_push_button_start(mapper):
    assert "Push Button Start" not in ticked(mapper, "Keyless entry, remote start system")


def test_a_doubt_reaches_only_its_own_sentence(mapper):
    result = mapper.map_line("2.0 TDI estate - cloth seats; sat-nav believed to be fitted, verify")
    assert isinstance(result, Match)
    assert {"Diesel Engine", "Turbocharged"} <= set(result.labels)
    assert "Navigation System" not in result.labels
    assert "Navigation System" in result.reason


def test_a_doubt_naming_nothing_doubts_the_sentence_before(mapper):
    assert ticked(mapper, "Sat nav; TBC") == set()


def test_a_feature_named_in_doubt_anywhere_is_not_ticked(mapper):
    assert "Sunroof" not in ticked(mapper, "Sunroof; believed to have a sunroof and heated seats")
