"""Shareable reports: one standalone HTML file, no JavaScript, secrets redacted."""

from ._csv import csv_text, write_csv
from ._redact import Redactor
from ._report import Report, environment

__all__ = ["Redactor", "Report", "csv_text", "environment", "write_csv"]
