"""Report: results, sweeps and figures as one static HTML file (and inline in a notebook)."""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import os
import platform
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from .. import charts
from ..processing import RunResult
from ..tuning import SweepResult
from ._redact import Redactor

CSS = """body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:24px auto;color:#222}
h1{font-size:24px}h2{font-size:18px;border-bottom:1px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
th,td{border:1px solid #ddd;padding:3px 8px;text-align:right}th{background:#f3f5f8}
td:first-child,th:first-child{text-align:left}img{max-width:100%}
.note{color:#555}"""

PACKAGES = ("vautokit", "playwright", "pandas", "matplotlib", "rapidfuzz", "pypdf", "aiohttp")


def environment(browser_version: str | None = None, config: dict | None = None) -> pd.Series:
    """Versions, browser build, cores and date: what a reader needs to compare figures."""
    info: dict[str, object] = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cores": os.cpu_count(),
        "browser": browser_version or "unknown",
    }
    for name in PACKAGES:
        try:
            info[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            info[name] = "not installed"
    for key, value in (config or {}).items():
        info[f"config.{key}"] = value
    return pd.Series(info, name="value")


def _png(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


@dataclass
class Report:
    """A shareable analysis: named run results, an optional sweep, and the environment.

    ``results`` maps labels ("sequential", "parallel x3") to :class:`RunResult` objects.
    """

    title: str = "vautokit run report"
    results: dict[str, RunResult] = field(default_factory=dict)
    sweep: SweepResult | None = None
    browser_version: str | None = None
    secrets: list[str] = field(default_factory=list, repr=False)

    def figures(self) -> list[tuple[str, Figure]]:
        figs: list[tuple[str, Figure]] = []
        comparable = self._same_vehicles()
        if len(comparable) > 1:
            figs.append(("Wall time", charts.wall_time_comparison(
                {label: r.wall_seconds for label, r in comparable.items()})))
        for label, result in self.results.items():
            figs.append((f"Timeline: {label}", charts.gantt(result)))
        if self.results:
            last = list(self.results.values())[-1]
            if not last.steps.empty:
                figs.append(("Time per step", charts.step_times(last.steps)))
            figs.append(("Errors by class", charts.errors_by_class(last)))
        if self.sweep is not None:
            parallel = self.sweep.summary[self.sweep.summary["mode"] == "parallel"]
            if len(parallel) >= 2:
                figs.append(("Speedup", charts.speedup_efficiency(parallel)))
                figs.append(("Throughput", charts.throughput_usl(parallel)))
        return figs

    def _same_vehicles(self) -> dict[str, RunResult]:
        """The runs over the same vehicles as the first one: only those compare by wall time."""
        if not self.results:
            return {}
        first = {r.vehicle_id for r in next(iter(self.results.values())).records}
        return {label: r for label, r in self.results.items()
                if {x.vehicle_id for x in r.records} == first}

    def tables(self) -> list[tuple[str, pd.DataFrame]]:
        tables: list[tuple[str, pd.DataFrame]] = []
        baseline = next((r for r in self.results.values() if r.mode == "sequential"), None)
        for label, result in self.results.items():
            rep = result.report(baseline if result is not baseline else None)
            tables.append((f"Summary: {label}", rep.summary.rename_axis("measure").reset_index()))
            tables.append((f"Workers: {label}", rep.workers))
            tables.append((f"Steps: {label}", rep.steps))
            tables.append((f"Vehicles: {label}", result.vehicles[
                ["stock", "vin", "worker", "attempts", "outcome", "seconds", "features_found",
                 "matched", "checked", "unmatched", "error"]]))
        if self.results:
            phrases = list(self.results.values())[-1].unmatched_phrases
            tables.append(("Unmatched phrases", phrases.rename_axis("phrase").reset_index()))
        if self.sweep is not None:
            tables.append(("Concurrency sweep", self.sweep.summary))
        return tables

    def _config(self) -> dict:
        return list(self.results.values())[-1].config if self.results else {}

    def html(self) -> str:
        """The whole report as one HTML document: no JavaScript, figures as PNG data URIs."""
        redact = Redactor(self.secrets)
        parts = [f"<h1>{html.escape(self.title)}</h1>"]
        if self.sweep is not None:
            parts.append(f"<p><b>Recommendation:</b> {html.escape(str(self.sweep.recommendation))}"
                         "</p>")
        for label, result in self.results.items():
            if result.fallback_reason:
                parts.append(f"<p class='note'>{html.escape(label)}: "
                             f"{html.escape(result.fallback_reason)}</p>")
        for title, fig in self.figures():
            parts.append(f"<h2>{html.escape(title)}</h2><img alt='{html.escape(title)}' "
                         f"src='data:image/png;base64,{_png(fig)}'>")
        for title, table in self.tables():
            parts.append(f"<h2>{html.escape(title)}</h2>"
                         + table.to_html(index=False, na_rep="", float_format="{:.3f}".format))
        env = environment(self.browser_version, self._config()).rename_axis("item").reset_index()
        parts.append("<h2>Environment</h2>" + env.to_html(index=False))
        body = "\n".join(parts)
        return redact(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>"
                      f"{html.escape(self.title)}</title><style>{CSS}</style></head>"
                      f"<body>{body}</body></html>")

    def to_html(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.html(), encoding="utf-8")
        return path

    def _repr_html_(self) -> str:
        return self.html()

    def __repr__(self) -> str:
        return f"Report(title={self.title!r}, results={list(self.results)})"
