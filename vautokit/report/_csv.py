"""Tables as CSV that a spreadsheet opens as text, never as formulas.

Sticker phrases, stock numbers and error messages come from the site. A cell starting with
``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some spreadsheets skip before
looking) would run as a formula when the CSV is opened: formula injection. Such cells get a
leading ``'``, which spreadsheets show as text and hide.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value: object) -> object:
    """``value`` with a leading ``'`` when it is text a spreadsheet would take as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(frame: pd.DataFrame) -> str:
    """The frame as CSV (no index), every text cell and header safe to open.

    Lines end in CRLF (RFC 4180), which also makes the writer quote a cell holding a lone
    carriage return; with bare LF endings such a cell would split its row in two.
    """
    return frame.rename(columns=as_text).map(as_text).to_csv(index=False, lineterminator="\r\n")


def write_csv(frame: pd.DataFrame, path: str | Path,
              redact: Callable[[str], str] = lambda text: text) -> Path:
    """Write the frame as safe CSV (UTF-8), passing the text through ``redact`` first."""
    path = Path(path)
    path.write_text(redact(csv_text(frame)), encoding="utf-8")
    return path
