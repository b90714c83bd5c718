"""Round 29 of issue 19, words: makers' and the trade's names for features (a limited-slip
maker's, a centre differential's, an option code, a checklist's initials) tick what they name,
and words that sound like a feature but mean something else on the line (a dynamometer's
drive, a wheel alignment, finding one's way through a website, a question numbered Q4, fuel
spilled from a can, an all-wheel-drive car's transfer case) tick nothing."""

import pytest

from tests.unit.mapping_support import ticked

# --- the trade's names for features --------------------------------------------------------


@pytest.mark.parametrize(("line", "label"), [
    # limited-slip differentials by their makers and their kinds
    ("Track car spec: Wavetrac rear, coilovers, bucket seat", "Limited Slip Differential"),
    ("Swap notes: OS Giken 2-way out back", "Limited Slip Differential"),
    ("E9X rear end with a Kaaz unit, 3.91 gears", "Limited Slip Differential"),
    ("Hot hatch: factory Quaife ATB up front", "Limited Slip Differential"),
    ("Nissan Z coupe, VLSD, Brembo brakes", "Limited Slip Differential"),
    ("Supercar: E-Diff 3, carbon brakes", "Limited Slip Differential"),
    ("GS F with the Torque Vectoring Differential", "Limited Slip Differential"),
    ("Clutch-type 1.5-way rear unit, fresh oil", "Limited Slip Differential"),
    ("M coupe: M variable differential lock still tight", "Limited Slip Differential"),
    # all-wheel drive by the part that splits the drive
    ("Volvo wagon: Haldex pump replaced, new filter", "All Wheel Drive"),
    ("WRX STI hatch with DCCD and 6-speed", "All Wheel Drive"),
    ("Lancer Evolution: ACD and AYC lights off", "All Wheel Drive"),
    # option codes and abbreviations the trade uses
    ("2012 Silverado 2500HD LML, crew cab", "Diesel Engine"),
    ("2008 F-250, 6.4 PSD, crew cab", "Diesel Engine"),
    ("Sierra 3500 with ITBC and a gooseneck hitch", "Trailer Brake Controller"),
    ("Express van: HD trailering, ladder rack", "Tow Package"),
    ("Kona HEV Limited, red", "Hybrid Powertrain"),
    ("Ignition checklist: RKE ok, horn ok", "Keyless Entry"),
    ("240SX coupe with an SR20DET swap", "Turbocharged"),
    ("MR2 with a 3S-GTE", "Turbocharged"),
    ("911 Carrera: PSM works, new tires", "Stability Control"),
    ("GT4 class car: ABS + TC, Motec dash", "Traction Control"),
    ("MDX Advance: ELS 17-spk, nav", "Premium Audio"),
])
def test_a_trade_name_ticks_the_feature_it_names(mapper, line, label):
    assert label in ticked(mapper, line)


@pytest.mark.parametrize(("line", "label"), [
    ("Walkaround: LED fog, alloys", "Fog Lights"),
    ("Build list: cruise kept, headliner out", "Cruise Control"),
    ("Recon: memory positions 1/2/3 reset after battery swap", "Memory Seats"),
])
def test_a_checklists_bare_items_tick_their_feature(mapper, line, label):
    assert label in ticked(mapper, line)


# --- seats: a row's split, its cooling, its heat -------------------------------------------


@pytest.mark.parametrize(("line", "label"), [
    ("Van bid: 2nd row 60/40, running boards", "Split Folding Rear Seat"),
    ("Quote: 2nd row split bench, tow hitch", "Split Folding Rear Seat"),
    ("Palisade: cooled 1st and 2nd rows, sunroof", "Ventilated Seats"),
    ("Escalade: ventilated semi-aniline leather", "Ventilated Seats"),
    ("Recon: seat heater/cooler module replaced", "Ventilated Seats"),
    ("Wagon: leather power seats w/ heat restored, sunroof", "Heated Front Seats"),
    ("GT car: Recaro power seats, heated, Bose", "Heated Front Seats"),
])
def test_a_seats_row_split_cooling_and_heat_said_another_way(mapper, line, label):
    assert label in ticked(mapper, line)


# --- words that sound like a feature and are not the car's ----------------------------------


@pytest.mark.parametrize(("line", "label"), [
    ("Made 310 whp on a Mustang AWD chassis dyno", "All Wheel Drive"),
    ("Setup sheet: all wheel alignment, corner balanced", "All Wheel Drive"),
    ("Navigation of the auction website is slow on phones", "Navigation System"),
    ("Diesel spilled in the bed from a jerry can", "Diesel Engine"),
    ("Hybrid meeting format: buyers online and in person", "Hybrid Powertrain"),
    ("Q4: is the Expedition offered with a moonroof? A4: no", "All Wheel Drive"),
    ("Outback Touring AWD, AWD transfer case replaced", "Four Wheel Drive"),
])
def test_a_word_in_another_sense_ticks_nothing(mapper, line, label):
    assert label not in ticked(mapper, line)



def test_a_common_word_is_not_read_as_a_makers_name_it_begins(mapper):
    line = "Wave a hand under the bumper and the power liftgate opens"
    assert "Limited Slip Differential" not in ticked(mapper, line)
