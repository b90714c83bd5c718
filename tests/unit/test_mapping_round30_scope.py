"""Round 30 scope: repairs, other builds, unmet requirements, corrected claims, other cars' records.

Each test's lines are invented; each fails with its mechanism in ``_scope`` removed.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


# a fault the next clause says was put right: the part is on the car -------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Ventilated seats inoperative on passenger side; blower motor replaced",
     {"Ventilated Seats"}, set()),
    ("Hands-free tailgate would not open from the kick sensor; tailgate module reprogrammed",
     {"Power Liftgate"}, set()),
    ("Navigation screen unresponsive, head unit replaced under warranty",
     {"Navigation System"}, set()),
    ("Blind spot monitor fault on the left mirror; radar sensor recalibrated",
     {"Blind Spot Monitoring"}, set()),
    # a swap or a repair left undone keeps the fault
    ("Navigation inoperative; replaced with a phone mount", set(), {"Navigation System"}),
    ("Navigation inoperative; head unit never replaced", set(), {"Navigation System"}),
])
def test_fault_put_right(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# what another trim or build has, then this car's lack -----------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("The Telluride SX-P gets ventilated seats; the Telluride S in stock does not.",
     set(), {"Ventilated Seats"}),
    ("Quote 2 had the sunroof and the Harman audio; Quote 1 (this printout) has neither.",
     set(), {"Sunroof"}),
    ("Build C has the tow package; Build D (shown) is the standard setup.",
     set(), {"Tow Package"}),
    ("The Limited trim is the hybrid; this Escape SE is not.", set(), {"Hybrid Powertrain"}),
    ("Other trim: the Sorento SX adds a 360 camera. This one: rear camera.",
     set(), {"360 Camera"}),
    ("Other grade: RAV4 Limited with JBL audio. This grade: six speakers.", set(),
     {"Premium Audio"}),
    # a feature said to be another trim's alone; a drive said so is this car's
    ("Corolla LE: the sunroof is XSE only; heated seats standard.", {"Heated Front Seats"},
     {"Sunroof"}),
    ("The Tacoma here is 4WD only", {"Four Wheel Drive"}, set()),
    # a trim a feature cannot be had with is the car's own
    ("Four-wheel drive unavailable with the Hybrid SE trim", {"Hybrid Powertrain"},
     {"Four Wheel Drive"}),
    # a pronoun names what the other car has: this car has it too
    ("The Expedition Max has power running boards; the Sequoia on the lot has fixed ones.",
     {"Running Boards"}, set()),
])
def test_other_build_then_this_cars_lack(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a requirement the line says this build does not meet ---------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Memory seats require the Platinum trim; your trim is Limited.", set(), {"Memory Seats"}),
    ("Adaptive cruise requires SE or above; S selected.", set(), {"Adaptive Cruise Control"}),
    ("Heated rear seats require the Winter Pack, which is not on this build.", set(),
     {"Heated Rear Seats"}),
    ("360 camera requires the Tech Group; group not chosen.", set(), {"360 Camera"}),
    ("Ventilated seats require the Reserve trim; this build is Select.", set(),
     {"Ventilated Seats"}),
    # met: the feature is the car's, and what it required too
    ("Memory seats require the Platinum trim; your trim is Platinum.", {"Memory Seats"},
     set()),
    ("Trailer brake controller requires the Max Tow package; both added.",
     {"Trailer Brake Controller", "Tow Package"}, set()),
])
def test_requirement_not_met(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# a claim a quiz's key or a trainer corrects -------------------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("True or false: the Corolla LE has a moonroof. FALSE.", set(), {"Sunroof"}),
    ("Q: The Pathfinder SL has a power liftgate. A: TRUE.", {"Power Liftgate"}, set()),
    ("New hire said the Civic Sport had ventilated seats; it does not.", set(),
     {"Ventilated Seats"}),
    ("Rep listed a JBL system on the Tacoma SR. Trainer: no JBL, that is the Limited.",
     set(), {"Premium Audio"}),
    ("Rep said the Ranger XL had a diesel. Wrong, it is the 2.3 gas engine.", set(),
     {"Diesel Engine"}),
    # a quiz's ticks: "(check)" says yes, and a "(no)" after it answers only its own item
    ("Which does the Golf R have? Turbo four (check), wagon body (no).", {"Turbocharged"},
     set()),
    ("Turbo four (yes), wagon body (no)", {"Turbocharged"}, set()),
    # a wrong "no" corrected: the car has it
    ("New hire answered 'no' to heated seats on the Tundra Limited. Wrong, both fronts heat.",
     {"Heated Front Seats"}, set()),
])
def test_claims_corrected(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


# records of another car, switched-off services, options taken off a build --------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Tonneau cover receipt belongs to a different Ranger (stock R2231)", set(), {"Tonneau Cover"}),
    ("Remote start service record relates to VIN ending 4411", set(), {"Remote Start"}),
    ("Parking sensor invoice is for another Pilot", set(), {"Parking Sensors"}),
    ("Adaptive cruise turned off via dealer update; no longer available", set(),
     {"Adaptive Cruise Control"}),
    ("Adaptive cruise turned off by the recall reflash", set(), {"Adaptive Cruise Control"}),
    ("Satellite radio service decommissioned by the provider", set(),
     {"SiriusXM Satellite Radio"}),
    ("Deselected: panoramic moonroof", set(), {"Sunroof"}),
    ("Running boards stripped for rocker panel repair", set(), {"Running Boards"}),
    ("Remote start install estimate on file; buyer passed", set(), {"Remote Start"}),
    ("Tow hitch wanted by the lessee; not fitted", set(), {"Trailer Hitch"}),
])
def test_not_this_car(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
