"""Round 32 of issue 19, mapping: casual notes' bullets and checklists, comfort attributes
sharing one head ("heated + vented", "heat and cool"), a lower-case chat's sentences, and
plain names the table missed (rear A/C vents, deployable boards, an audio maker after
"has").

Each line is invented; each test fails with its mechanism removed.
"""

import pytest

from tests.unit.mapping_support import check_ticks
from vautokit.vehicles import CheckboxMappingService


@pytest.fixture(scope="module")
def mapper() -> CheckboxMappingService:
    return CheckboxMappingService(second_opinion=False)


# a bullet between items parts them like a comma ----------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("• Elantra 2019 • moonroof • rear cam • heated seats", {"Backup Camera", "Heated Front Seats"},
     {"Heated Rear Seats"}),
    ("· Legacy 2019 · harman · pano · lane keep", {"Premium Audio", "Sunroof"}, set()),
    ("• Sequoia • moonroof • jbl • running boards? no, bare rockers",
     {"Sunroof", "Premium Audio"}, {"Running Boards"}),
])
def test_bullets_part_items(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# attributes sharing a noun of their own are not a head's after "with" ----------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Lexus ES: auto-dim mirror w/ garage opener, auto wipers, heated/cooled seats",
     {"Heated Front Seats", "Ventilated Seats", "Auto-Dimming Rearview Mirror"},
     {"Heated Mirrors"}),
    ("Genesis G70 - auto-dim mirror w/ compass, heated and ventilated seats",
     {"Heated Front Seats", "Ventilated Seats"}, {"Heated Mirrors"}),
    # a function after the comfort is still the head's: the seats are heated
    ("Second row seats with heat and power fold", {"Heated Rear Seats"}, set()),
])
def test_attributes_with_their_own_noun(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# comfort joined by "+" and a row with "too" ---------------------------------------------------
@pytest.mark.parametrize(("line", "kept"), [
    ("Telluride SX: HUD, heated + ventilated front, sunroof",
     {"Heated Front Seats", "Ventilated Seats"}),
    ("Sorento - nav - heated plus cooled front", {"Heated Front Seats", "Ventilated Seats"}),
    ("Pilot Elite - leather - heated rear too", {"Heated Rear Seats"}),
    ("Grand Cherokee, heated rear as well, tow pkg", {"Heated Rear Seats"}),
])
def test_comfort_joined_by_plus(mapper, line, kept):
    check_ticks(mapper, line, kept, set())


def test_power_shared_over_plus(mapper):
    check_ticks(mapper, "- 2003 Civic EX - cold AC - power mirrors + windows", {"Power Windows"},
                set())


# comfort said of seats by "and they" ----------------------------------------------------------
@pytest.mark.parametrize("line", [
    "the Lincoln's seats are tan and they heat and cool",
    "front seats feel great and they both heat and cool",
])
def test_comfort_said_by_pronoun(mapper, line):
    check_ticks(mapper, line, {"Heated Front Seats", "Ventilated Seats"}, set())


# a remark after a checklist's last box is no item -------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Forester checklist: 4wd ✓ nav ✓ sunroof ✗ ← wife wants one", {"Navigation System"},
     {"Sunroof"}),
    ("CR-V list: bluetooth ✓ heated wheel ✗ <- oh well", {"Bluetooth"}, {"Heated Steering Wheel"}),
])
def test_remark_after_last_box(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a lower-case chat's sentence ends where a word ends it ---------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Mazda3 2015 — no sunroof on this trim. nav ✓", {"Navigation System"}, {"Sunroof"}),
    ("Kona — no heated seats, sad. remote start works", {"Remote Start"},
     {"Heated Front Seats"}),
    ("no opt. sunroof on the Rogue", set(), {"Sunroof"}),
    ("Palisade: heated/vent. rear seats", {"Ventilated Seats", "Heated Rear Seats"}, set()),
])
def test_lower_case_sentences(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# plain names the table missed ------------------------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Carnival EX, captains chairs, rear A/C vents, 8 seats", {"Rear Air Conditioning"}, set()),
    ("Camry SE, rear air vents in console", set(), {"Rear Air Conditioning"}),
    ("Expedition Platinum: deployable boards, pano", {"Running Boards"}, set()),
    ("Discovery: ours has meridian, heated wheel", {"Premium Audio"}, set()),
    ("Impound sheet: 2016 Altima, keys: 2 remote fobs", {"Keyless Entry"}, set()),
    ("Cabin settings: driver vent 1, third row heat 2", {"Heated Rear Seats"}, set()),
    ("Savana: second row heat and air, cruise", set(), {"Heated Rear Seats"}),
    ("Sequoia Platinum: climate control seats, JBL", {"Premium Audio"}, {"Air Conditioning"}),
    ("Rogue SL: rear seats fold flat 60/40, ProPilot", {"Split Folding Rear Seat"}, set()),
    ("Sportage SX: heated wheel, 360 mon, HUD", {"360 Camera"}, set()),
    ("F-350 Lariat: Max Tow, FX4, bedliner", {"Tow Package"}, set()),
    ("F-350 spec: max tow 20,000 lbs, 6.7 diesel", set(), {"Tow Package"}),
])
def test_plain_names(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a code named before a package is the car's own, not one of the package's parts -------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Sequoia TRD: KDSS, crawl control, block heater (cold weather pkg)",
     {"Engine Block Heater"}, {"Keyless Entry", "Push Button Start"}),
    ("Safety pkg: LDA, PCS, KDSS", {"Lane Departure Warning", "Forward Collision Warning"},
     set()),
])
def test_codes_before_a_package(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
