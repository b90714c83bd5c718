"""Redaction of secrets from anything that leaves the process (reports, logs, notes)."""

from __future__ import annotations

import re
from collections.abc import Iterable

REDACTED = "[redacted]"
_PATTERNS = [
    re.compile(r"(?i)(password|passwd|pwd|code|token|cookie|session)(\s*[=:]\s*)([^\s&;,'\"<>]+)"),
    re.compile(r"(?i)(one-time bridge id code:\s*)(\d{6})"),
]


class Redactor:
    """Replaces known secret values and secret-looking assignments with ``[redacted]``."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        text = _PATTERNS[0].sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
        return _PATTERNS[1].sub(lambda m: f"{m.group(1)}{REDACTED}", text)
