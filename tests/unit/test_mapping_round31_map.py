"""Round 31 of issue 19, mapping: a parts catalogue's "noun, modifiers" order with a further
feature after the modifiers, a mirror named before its dimming, the makers' names of the
limited-slip family, and a modifier said of "everything" that a list spells out.

Each line is invented; each test fails with its mechanism removed.
"""

import pytest

from tests.unit.mapping_support import ticked
from vautokit.vehicles import CheckboxMappingService


@pytest.fixture(scope="module")
def mapper() -> CheckboxMappingService:
    return CheckboxMappingService(second_opinion=False)


# "noun , modifiers and another feature": the leading modifiers still reach the noun ------
@pytest.mark.parametrize(("line", "kept"), [
    ("Mirror, rear view w/ auto dim and HomeLink buttons -- Highlander",
     {"Auto-Dimming Rearview Mirror", "Universal Garage Door Opener"}),
    ("Mirror unit, inside with electrochromic glass and rain sensor -- Q5",
     {"Auto-Dimming Rearview Mirror", "Rain Sensing Wipers"}),
])
def test_leading_modifiers_reach_the_head(mapper, line, kept):
    assert kept <= ticked(mapper, line)


# the rearview mirror named first and its dimming after ------------------------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Option list: interior mirror auto-dimming, heated wheel", {"Auto-Dimming Rearview Mirror"},
     set()),
    ("X3 inner mirror with self-dimming glass", {"Auto-Dimming Rearview Mirror"}, set()),
    ("Door mirror auto-dimming on the driver side only", set(),
     {"Auto-Dimming Rearview Mirror"}),
])
def test_mirror_named_before_its_dimming(mapper, line, kept, gone):
    result = ticked(mapper, line)
    assert kept <= result, (line, result)
    assert not gone & result, (line, result)


# the makers' limited-slip names --------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "1968 Wagoneer, Powr-Lok in the Dana 44",
    "Javelin SST with Twin-Grip and a 3.54 gear",
    "Galaxie 500 with the Equa-Lock rear end",
    "Hawk GT, Twin Traction axle",
    "Eaton Truetrac in the front axle",
])
def test_limited_slip_names(mapper, line):
    assert "Limited Slip Differential" in ticked(mapper, line)


# "power everything (a, b, c)": the modifier reaches each item it spells out --------------------
@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Eldorado with power everything (locks, windows, 8-way driver seat)",
     {"Power Seats", "Power Windows", "Power Locks"}, set()),
    ("power everything: windows, antenna, bench seat, and a tilt wheel", {"Power Seats"}, set()),
    ("power everything (windows, heated seats) plus a sunroof", {"Heated Front Seats"},
     {"Power Seats"}),
    ("power everything, plus the bench seat recovered", set(), {"Power Seats"}),
])
def test_power_over_a_list(mapper, line, kept, gone):
    result = ticked(mapper, line)
    assert kept <= result, (line, result)
    assert not gone & result, (line, result)
