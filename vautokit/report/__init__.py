"""Shareable reports: one standalone HTML file, no JavaScript, secrets redacted."""

from ._csv import csv_text, write_csv
from ._doctor import doctor_html, write_doctor_html
from ._redact import Redactor
from ._report import Report, environment

__all__ = ["Redactor", "Report", "csv_text", "doctor_html", "environment", "write_csv",
           "write_doctor_html"]
