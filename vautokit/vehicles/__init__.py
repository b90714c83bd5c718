"""Vehicle services: validation, inventory filter, window sticker, checkbox mapping, gauge page."""

from ._gauge import GaugePage, Strategy
from ._inventory import InventoryFilterService
from ._mapping import MODES, CheckboxMappingService, Mode, normalize
from ._models import (
    Change,
    MappingResult,
    Match,
    Sticker,
    StickerLine,
    Unmatched,
    VehicleLink,
)
from ._sticker import WindowStickerService, parse_sticker_text, pdf_text
from ._validation import VehicleValidationService
from ._vin import check_digit, vin_problem, with_check_digit

__all__ = [
    "MODES",
    "Change",
    "CheckboxMappingService",
    "GaugePage",
    "InventoryFilterService",
    "MappingResult",
    "Match",
    "Mode",
    "Sticker",
    "StickerLine",
    "Strategy",
    "Unmatched",
    "VehicleLink",
    "VehicleValidationService",
    "WindowStickerService",
    "check_digit",
    "normalize",
    "parse_sticker_text",
    "pdf_text",
    "vin_problem",
    "with_check_digit",
]
