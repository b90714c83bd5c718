"""Round 40 (lines noticed on earlier batches and left alone then): one verb says two warning
lamps are lit; chat's "esp" for "especially"; a trim named Style after an engine's code.

The lines are invented. The first test fails without ``_scope._lit_with_next_lamp``, the
second without ``_scope._LAMP_FILLER``, the third without ``_mapping._ESPECIALLY``, the
fourth without the "style" entry of ``_scope._NOT_A_CUE_AFTER``.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("ABS light and traction control light are on, heated seats", {"Heated Front Seats"},
     {"ABS", "Traction Control"}),
    ("blind spot light and lane departure lamp are lit; sunroof", {"Sunroof"},
     {"Blind Spot Monitoring", "Lane Departure Warning"}),
    # lamps that are the features, and a light put out again, stay
    ("fog lights and LED headlights are on, cruise",
     {"Fog Lights", "LED Headlights", "Cruise Control"}, set()),
])
def test_two_lamps_joined_by_and_share_their_being_lit(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("the ABS light and the traction control light both stay on; sunroof works", {"Sunroof"},
     {"ABS", "Traction Control"}),
    ("blind spot lamp is still lit, heated seats", {"Heated Front Seats"},
     {"Blind Spot Monitoring"}),
])
def test_a_lamp_still_or_both_lit_reports_a_fault(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("love it esp. when it rains, heated seats", {"Heated Front Seats"}, {"Stability Control"}),
    ("comfy esp the back seat, leather", {"Leather Seats"}, {"Stability Control"}),
    # the system itself stays, in capitals before the same words too, and beside a chat "esp"
    ("ABS ESP ASR, alloys", {"ABS", "Stability Control", "Alloy Wheels"}, set()),
    ("ESP with rollover mitigation, heated seats", {"Stability Control", "Heated Front Seats"},
     set()),
    ("esp on all trims, cruise control", {"Stability Control", "Cruise Control"}, set()),
    ("ESP, esp the back seat", {"Stability Control"}, set()),
])
def test_esp_before_an_article_or_a_conjunction_is_especially(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2019 Octavia 2.0 TDI Style, heated seats", {"Diesel Engine", "Heated Front Seats"}, set()),
    ("Tiguan 4Motion Style, leather", {"All Wheel Drive", "Leather Seats"}, set()),
    # a look copied is still no feature
    ("alloy style wheel covers, cruise", {"Cruise Control"}, {"Alloy Wheels"}),
])
def test_a_trim_named_style_after_a_code_copies_nothing(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
