"""Tables for people: counts as integers, seconds rounded, rates as percentages, wide tables
made to fit a notebook. Only the display is formatted; the frames stay numeric for code."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

MISSING = "—"
KEY_COLUMNS = 2  # leading text columns repeated in every part of a split table
TIMESTAMPS = frozenset({"start", "end", "started", "ended"})
HEADERS = {"throughput_per_min": "vehicles/min",
           "wall_throughput_per_min": "vehicles/min over wall time",
           "wall_seconds": "wall time", "busy_seconds": "busy time", "idle_seconds": "idle time",
           "throughput_std": "spread (±)", "throughput_min": "lowest", "throughput_max": "highest",
           "error_rate": "error rate", "success_rate": "success rate", "worker_id": "worker",
           "unmatched_phrases": "unmatched phrases", "peak_memory_mb": "peak memory",
           "lambda": "λ (one worker, vehicles/min)", "sigma": "σ (contention)",
           "kappa": "κ (coherency)", "r_squared": "R²", "peak_workers": "peak at workers",
           "peak_throughput": "peak vehicles/min"}
"""Headers in words for the figures whose column names are code."""
Formatter = Callable[[Any], str]


@dataclass(frozen=True)
class TableView:
    """One table as a person reads it: one Styler, or several when it was too wide."""

    parts: list[Any]  # pandas Stylers

    def to_html(self) -> str:
        return "".join(part.to_html() for part in self.parts)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        return "\n\n".join(part.data.to_string() for part in self.parts)


def display_table(data: pd.DataFrame | pd.Series, *, seconds: Iterable[str] = (),
                  percent: Iterable[str] = (), max_columns: int = 8) -> TableView:
    """Format ``data`` for reading; names say the unit (``*seconds*``, ``*rate*``,
    ``efficiency``, ``*_mb``, ``speedup``, ``*per_min``), ``seconds``/``percent`` add others.

    A table wider than ``max_columns`` is transposed when that makes it fit, else split into
    parts that each repeat its leading text columns.
    """
    hints = _Hints(frozenset(seconds), frozenset(percent))
    if isinstance(data, pd.Series):
        return TableView([_by_rows(data.to_frame(data.name or "value"), hints)])
    if len(data.columns) <= max_columns:
        return TableView([_by_columns(data, hints)])
    keys = _keys(data)
    if len(data) <= max_columns:
        return TableView([_by_rows((data.set_index(keys) if keys else data).T, hints)])
    return TableView([_by_columns(part, hints) for part in _split(data, keys, max_columns)])


@dataclass(frozen=True)
class _Hints:
    seconds: frozenset[str]
    percent: frozenset[str]

    def formatter(self, name: Any, values: pd.Series) -> Formatter | None:
        """How to show a column (or a transposed row) named ``name`` holding ``values``."""
        label = str(name).lower()
        if pd.api.types.is_datetime64_any_dtype(values):
            return _datetime
        if any(isinstance(v, list | tuple | set | frozenset) for v in values):
            return _listing
        numbers = pd.to_numeric(values, errors="coerce").dropna()
        if numbers.empty or len(numbers) < values.notna().sum():
            return None
        if name in self.percent or any(k in label for k in ("rate", "efficiency", "share")):
            return _unit("{:.1%}")
        if label in TIMESTAMPS and numbers.min() > 1e9:
            return _clock
        if name in self.seconds or "seconds" in label:
            return _seconds
        if label.endswith("_mb"):
            return _unit("{:,.0f} MB")
        if label == "speedup":
            return _unit("{:.2f}×")
        if label.endswith("per_min"):
            return _unit("{:.1f}/min")
        if all(float(v).is_integer() for v in numbers):
            return _unit("{:.0f}")
        return _unit(_decimals(numbers.abs().max()))


def _decimals(largest: float) -> str:
    """Enough decimals for small fractions (a fit's parameters), two for the rest."""
    return "{:.4f}" if largest < 0.1 else "{:.3f}" if largest < 1 else "{:.2f}"


def _unit(pattern: str) -> Formatter:
    return lambda v: MISSING if _missing(v) else pattern.format(float(v))


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _seconds(value: Any) -> str:
    if _missing(value):
        return MISSING
    v = float(value)
    return f"{v:.2f} s" if abs(v) < 1 else f"{v:.1f} s" if abs(v) < 100 else f"{v:.0f} s"


def _datetime(value: Any) -> str:
    """A date and time to the second (no microseconds)."""
    return MISSING if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d %H:%M:%S")


def _listing(value: Any) -> str:
    """A list of labels or phrases as words, not a Python repr."""
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(map(str, value)) or MISSING
    return MISSING if _missing(value) else str(value)


def _clock(value: Any) -> str:
    return MISSING if _missing(value) else time.strftime("%H:%M:%S", time.localtime(value))


def _header(label: Any) -> str:
    return HEADERS.get(str(label), str(label).replace("_", " "))


def _by_columns(frame: pd.DataFrame, hints: _Hints):
    styler = frame.style.format(na_rep=MISSING)
    for column in frame.columns:
        fmt = hints.formatter(column, frame[column])
        if fmt is not None:
            styler = styler.format(fmt, subset=[column])
    styler = styler.format_index(_header, axis=1)
    if isinstance(frame.index, pd.RangeIndex):
        styler = styler.hide(axis="index")
    return styler


def _by_rows(frame: pd.DataFrame, hints: _Hints):
    """A table whose rows are the variables (a summary Series, a transposed frame)."""
    styler = frame.style.format(na_rep=MISSING)
    for name in frame.index:
        fmt = hints.formatter(name, frame.loc[name])
        if fmt is not None:
            styler = styler.format(fmt, subset=pd.IndexSlice[[name], :])
    styler = styler.format_index(_header, axis=0)
    if isinstance(frame.columns, pd.RangeIndex):
        styler = styler.hide(axis="columns")
    return styler


def _keys(frame: pd.DataFrame) -> list[Any]:
    """The leading columns that name a row (text or integer: mode, workers, worker)."""
    return [c for c in frame.columns[:KEY_COLUMNS] if not pd.api.types.is_float_dtype(frame[c])]


def _split(frame: pd.DataFrame, keys: list[Any], max_columns: int) -> list[pd.DataFrame]:
    rest = [c for c in frame.columns if c not in keys]
    width = max(max_columns - len(keys), 1)
    return [frame[keys + rest[i:i + width]] for i in range(0, len(rest), width)]
