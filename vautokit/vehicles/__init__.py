"""Vehicle services: validation, inventory filter, window sticker, checkbox mapping, gauge page."""

from ._evaluation import LabelledLine, Score, load_corpus, parse_corpus, score_mapping
from ._gauge import GaugePage, Strategy
from ._inventory import InventoryFilterService
from ._mapping import (
    MODES,
    CheckboxMappingService,
    MappingWithReview,
    Mode,
    Review,
    SynonymTable,
    Vetoed,
    normalize,
    plain_form,
    user_synonyms_path,
)
from ._models import (
    Change,
    MappingResult,
    Match,
    Sticker,
    StickerLine,
    Unmatched,
    VehicleLink,
)
from ._review import (
    NO_OPTION,
    SKIP,
    PhraseToReview,
    SynonymsFile,
    collect_phrases,
    decide,
    review_phrases,
)
from ._sticker import WindowStickerService, parse_sticker_text, pdf_text
from ._validation import VehicleValidationService
from ._vin import check_digit, vin_problem, with_check_digit

__all__ = [
    "MODES",
    "NO_OPTION",
    "SKIP",
    "Change",
    "CheckboxMappingService",
    "GaugePage",
    "InventoryFilterService",
    "LabelledLine",
    "MappingResult",
    "MappingWithReview",
    "Match",
    "Mode",
    "PhraseToReview",
    "Review",
    "Score",
    "Sticker",
    "StickerLine",
    "Strategy",
    "SynonymTable",
    "SynonymsFile",
    "Unmatched",
    "VehicleLink",
    "VehicleValidationService",
    "Vetoed",
    "WindowStickerService",
    "check_digit",
    "collect_phrases",
    "decide",
    "load_corpus",
    "normalize",
    "parse_corpus",
    "parse_sticker_text",
    "pdf_text",
    "plain_form",
    "review_phrases",
    "score_mapping",
    "user_synonyms_path",
    "vin_problem",
    "with_check_digit",
]
