"""VehicleValidationService: the guard against changing the wrong car."""

from __future__ import annotations

import datetime as dt

from ..errors import InvalidVinError, VinMismatchError
from ._models import VehicleLink
from ._vin import plausible_year, vin_problem


class VehicleValidationService:
    """Checks a VIN before any page opens and the page's VIN after it opens."""

    def __init__(self, *, now_year: int | None = None) -> None:
        self.now_year = now_year or dt.date.today().year

    def check_link(self, link: VehicleLink) -> None:
        vin = link.vin.strip().upper()
        problem = vin_problem(vin)
        if problem:
            raise InvalidVinError(link.vin, problem)
        if link.year is not None and not plausible_year(link.year, now_year=self.now_year):
            raise InvalidVinError(link.vin, f"model year {link.year} is implausible")

    def check_page(self, link: VehicleLink, shown_vin: str) -> None:
        shown = shown_vin.strip().upper()
        if shown != link.vin.strip().upper():
            raise VinMismatchError(link.vin, shown)
