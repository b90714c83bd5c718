"""Round 42 (tuned on yyyy, zzzz after their first sight): an advertisement's car shown is not the
car advertised; a list is the subject of "are <trim> only".

The lines are invented. The first test fails without ``_scope._SHOWN_CAR``, the second without
the list cut of ``_scope._other_car_parts`` and the digit-led trim of ``_scope._TRIM_ONLY``.
"""

from __future__ import annotations

import pytest

from tests.unit.mapping_support import check_ticks


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("2025 Tucson SE from $28,900. Vehicle shown: Tucson Limited with panoramic sunroof and Bose "
     "audio. SE includes a rearview camera.", {"Backup Camera"}, {"Sunroof", "Premium Audio"}),
    ("Outback Base lease - model shown is Outback Touring with a moonroof and Harman Kardon.",
     set(), {"Sunroof", "Premium Audio"}),
    ("Tacoma SR5 $36,500, shown with optional TRD accessories: running boards, roof rack.",
     set(), {"Running Boards", "Roof Rack"}),
    # a photo of this car shows what it has, and what comes before the car shown stays
    ("The photo shows the panoramic sunroof and the leather seats",
     {"Sunroof", "Leather Seats"}, set()),
    ("Convenience Package adds a sunroof and heated seats - vehicle shown is equipped with "
     "the Convenience Package", {"Sunroof", "Heated Front Seats"}, set()),
])
def test_an_advertisements_car_shown_is_not_the_car_advertised(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)


@pytest.mark.parametrize(("line", "kept", "gone"), [
    ("Lease on Sorento LX: cooled seats, HUD and Bose are SX only. LX has a third row.",
     {"Third Row Seats"}, {"Ventilated Seats", "Head-Up Display", "Premium Audio"}),
    ("Equinox LS offer: heated seats & power liftgate are 2LT only. LS has cruise control.",
     {"Cruise Control"}, {"Heated Front Seats", "Power Liftgate"}),
])
def test_a_list_before_are_trim_only_is_the_trims(mapper, line, kept, gone):
    check_ticks(mapper, line, kept, gone)
