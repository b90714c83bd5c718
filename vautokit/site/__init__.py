"""Site profiles and the page operations every service shares."""

from ._browserops import (
    check_status,
    raise_if_expired,
    require,
    retry_after_seconds,
    translated,
    wait_masks_gone,
)
from ._profile import SiteProfile

__all__ = [
    "SiteProfile",
    "check_status",
    "raise_if_expired",
    "require",
    "retry_after_seconds",
    "translated",
    "wait_masks_gone",
]
