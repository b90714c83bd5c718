"""Site profiles and the page operations every service shares."""

from .._lazy import lazy_exports

_EXPORTS = {
    "check_status": "._browserops",
    "dismiss_dialog": "._browserops",
    "raise_if_expired": "._browserops",
    "require": "._browserops",
    "retry_after_seconds": "._browserops",
    "translated": "._browserops",
    "translated_request": "._browserops",
    "wait_for_value": "._browserops",
    "wait_masks_gone": "._browserops",
    "wait_until": "._browserops",
    "DoctorReport": "._doctor",
    "KeyCheck": "._doctor",
    "doctor": "._doctor",
    "Candidate": "._heal",
    "Fingerprint": "._heal",
    "FingerprintStore": "._heal",
    "SiteProfile": "._profile",
    "overrides_path": "._profile",
    "write_overrides": "._profile",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

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
    "translated_request",
    "wait_for_value",
    "wait_masks_gone",
    "wait_until",
    "write_overrides",
]
