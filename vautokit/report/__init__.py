"""Shareable reports: one standalone HTML file, no JavaScript, secrets redacted."""

from ._redact import Redactor
from ._report import Report, environment

__all__ = ["Redactor", "Report", "environment"]
