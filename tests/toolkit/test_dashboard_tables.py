"""Tables for people: formatted in the display, numeric in the data, fitted to a notebook."""

import pandas as pd

from vautokit.metrics import display_table


def _cells(view) -> list[list[str]]:
    return [[cell["display_value"] for cell in row if cell["type"] == "td"]
            for part in view.parts for row in part._translate(False, False)["body"]]


def test_counts_are_integers_seconds_rounded_rates_percent_and_data_untouched():
    workers = pd.DataFrame({"worker": [1, 2], "endpoints": ["local", "local"],
                            "vehicles": [8.0, 9.0], "busy_seconds": [12.345678, 0.5],
                            "error_rate": [0.125, None]})
    view = display_table(workers)
    assert _cells(view) == [["1", "local", "8", "12.3 s", "12.5%"],
                            ["2", "local", "9", "0.50 s", "—"]]
    assert workers["busy_seconds"].iloc[0] == 12.345678  # the frame stays numeric
    assert "busy time" in view.to_html()


def test_a_summary_series_is_shown_one_unit_per_row():
    summary = pd.Series({"vehicles": 26, "success_rate": 0.96, "wall_seconds": 130.4,
                         "throughput_per_min": 12.04, "speedup": 2.8314}, name="summary")
    assert _cells(display_table(summary)) == [["26"], ["96.0%"], ["130 s"], ["12.0/min"],
                                              ["2.83×"]]


def test_a_wide_table_is_transposed_with_its_levels_as_columns_or_split():
    levels = pd.DataFrame({"mode": ["sequential", "parallel"], "workers": [1, 2],
                           **{f"figure_{i}": [1.5, 2.5] for i in range(10)}})
    (part,) = display_table(levels, max_columns=8).parts
    assert list(part.data.columns) == [("sequential", 1), ("parallel", 2)]
    many = pd.concat([levels] * 5, ignore_index=True)
    parts = display_table(many, max_columns=8).parts
    assert len(parts) == 2
    assert all(list(p.data.columns[:2]) == ["mode", "workers"] for p in parts)
    assert all(len(p.data.columns) <= 8 for p in parts)


def test_times_to_the_second_lists_as_words_headers_in_words_and_no_raw_nan():
    history = pd.DataFrame({
        "started": pd.to_datetime(["2026-12-02 05:07:39.123456", "2026-12-02 05:08:01.5"]),
        "vehicles": [8.0, float("nan")], "checked": [["ABS", "Sunroof"], []],
        "wall_seconds": [12.345678, 3.0], "throughput_per_min": [38.91234, None]})
    view = display_table(history)
    assert _cells(view) == [["2026-12-02 05:07:39", "8", "ABS, Sunroof", "12.3 s", "38.9/min"],
                            ["2026-12-02 05:08:01", "—", "—", "3.0 s", "—"]]
    html = view.to_html()
    assert "vehicles/min" in html and "wall time" in html
    assert not any(raw in html for raw in ("NaN", "nan", ".000000", "dtype:", "['ABS'"))
