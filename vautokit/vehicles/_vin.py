"""VIN rules of ISO 3779 / 49 CFR 565: 17 characters, no I/O/Q, check digit at position 9."""

from __future__ import annotations

import re

VIN_PATTERN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
_TRANSLITERATION = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
# Position 10 encodes the model year; the cycle repeats every 30 years from 1980.
_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"


def check_digit(vin: str) -> str:
    """The check digit ('0'-'9' or 'X') that position 9 of ``vin`` must hold."""
    total = sum(_TRANSLITERATION[ch] * w for ch, w in zip(vin.upper(), _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def with_check_digit(vin: str) -> str:
    """``vin`` with position 9 set to its correct check digit."""
    return vin[:8] + check_digit(vin) + vin[9:]


def year_code(year: int) -> str:
    return _YEAR_CODES[(year - 1980) % 30]


def vin_problem(vin: str) -> str | None:
    """Why ``vin`` is invalid, or None when it passes format and check digit."""
    if len(vin) != 17:
        return f"has {len(vin)} characters, a VIN has 17"
    if not VIN_PATTERN.match(vin):
        return "contains characters a VIN never has (I, O, Q or punctuation)"
    expected = check_digit(vin)
    if vin[8] != expected:
        return f"check digit is {vin[8]!r} but should be {expected!r}"
    return None


def plausible_year(year: int, *, now_year: int) -> bool:
    """Model years run from 1981 (17-character VINs) to next year's models."""
    return 1981 <= year <= now_year + 1
