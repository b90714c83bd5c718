"""Shareable reports: one standalone HTML file, no JavaScript, secrets redacted."""

from .._lazy import lazy_exports

_EXPORTS = {
    "csv_text": "._csv",
    "write_csv": "._csv",
    "doctor_html": "._doctor",
    "write_doctor_html": "._doctor",
    "Redactor": "._redact",
    "Report": "._report",
    "environment": "._report",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = ["Redactor", "Report", "csv_text", "doctor_html", "environment", "write_csv",
           "write_doctor_html"]
