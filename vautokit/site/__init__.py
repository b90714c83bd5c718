"""Site profiles and the page operations every service shares."""

from ._browserops import (
    check_status,
    dismiss_dialog,
    raise_if_expired,
    require,
    retry_after_seconds,
    translated,
    wait_masks_gone,
    wait_until,
)
from ._doctor import DoctorReport, KeyCheck, doctor
from ._heal import Candidate, Fingerprint, FingerprintStore
from ._profile import SiteProfile, overrides_path, write_overrides

__all__ = [
    "Candidate",
    "DoctorReport",
    "Fingerprint",
    "FingerprintStore",
    "KeyCheck",
    "SiteProfile",
    "check_status",
    "dismiss_dialog",
    "doctor",
    "overrides_path",
    "raise_if_expired",
    "require",
    "retry_after_seconds",
    "translated",
    "wait_masks_gone",
    "wait_until",
    "write_overrides",
]
