"""Report: runs, sweeps and failures as one static HTML file (and inline in a notebook).

Summary first, so the first screen answers "how did it go"; then failures with their
screenshots; then the phrases the runs could not settle (unmatched or put up for review) with
the mapping's reasons; charts; and the long per-vehicle and per-step tables folded in
``<details>``. No JavaScript. The same tables are written as CSV by
:meth:`Report.export_csv`.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from .. import charts
from ..processing import (
    DEFAULT_JOURNAL,
    REPORTED,
    SUCCESSES,
    EventKind,
    Outcome,
    RunResult,
    VehicleRecord,
    phrases_to_settle,
    results_history,
)
from ..tuning import SweepResult
from ._csv import write_csv
from ._evidence import evidence_file, href, screenshots, thumbnail_uri
from ._html import Images, cell, esc, folded, png, table
from ._redact import Redactor

CSS = """body{font:14px/1.4 system-ui,sans-serif;max-width:1200px;margin:16px auto;color:#222}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;border-bottom:1px solid #ddd;
padding-bottom:3px;margin:18px 0 6px}table{border-collapse:collapse;margin:6px 0 12px;
font-size:13px}th,td{border:1px solid #ddd;padding:2px 7px;text-align:right;vertical-align:top}
th{background:#f3f5f8;text-align:left}td.t{text-align:left}img{max-width:100%}
img.thumb{width:160px;border:1px solid #bbb;margin:0 4px 4px 0}summary{cursor:pointer;
margin:4px 0;font-weight:600}.note{color:#555;margin:2px 0}p{margin:4px 0}"""

PACKAGES = ("vautokit", "playwright", "pandas", "matplotlib", "rapidfuzz", "pypdf", "aiohttp")
ERROR_CHARS = 300
SHOWN_PHRASES = 20
FAILURE_COLUMNS = ["run", "index", "stock", "vin", "worker", "attempts", "outcome",
                   "error_kind", "error", "evidence"]
VEHICLE_COLUMNS = ["index", "stock", "vin", "worker", "endpoint", "attempts", "retries",
                   "outcome", "seconds", "features_found", "matched", "checked", "unmatched",
                   "review", "error_kind", "error"]


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


def _short(text: str | None, limit: int = ERROR_CHARS) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _vehicle_row(label: str, r: VehicleRecord, *, lists: bool = False) -> dict:
    """One vehicle as a table row: counts of boxes, or the lists themselves for CSV."""
    row = {"run": label, "index": r.index, "stock": r.stock, "vin": r.vin, "worker": r.worker,
           "endpoint": r.endpoint, "attempts": r.attempts, "retries": r.retries,
           "outcome": r.outcome.value if r.outcome else None, "seconds": r.seconds,
           "features_found": r.features_found, "matched": r.matched,
           "checked": len(r.checked), "unmatched": len(r.unmatched),
           "review": len(r.review), "error_kind": r.error_kind, "error": r.error}
    if lists:
        row |= {"checked": "; ".join(r.checked), "unmatched": "; ".join(r.unmatched),
                "review": "; ".join(r.review),
                "unchecked": "; ".join(r.unchecked), "evidence": "; ".join(screenshots(r))}
    return row


@dataclass
class Report:
    """A shareable analysis: named run results, an optional sweep, and the environment.

    ``results`` maps labels ("sequential", "parallel x3") to :class:`RunResult` objects.
    ``evidence_root`` is the directory the records' evidence paths are relative to (the
    journal's directory); at most ``max_thumbnails`` screenshots are embedded, the rest are
    links, which keeps a report of a bad run small.
    """

    title: str = "vautokit run report"
    results: dict[str, RunResult] = field(default_factory=dict)
    sweep: SweepResult | None = None
    browser_version: str | None = None
    secrets: list[str] = field(default_factory=list, repr=False)
    evidence_root: Path = field(default_factory=lambda: DEFAULT_JOURNAL.parent)
    max_thumbnails: int = 60

    # ---- tables ------------------------------------------------------------------------
    def _baseline(self) -> RunResult | None:
        return next((r for r in self.results.values() if r.mode == "sequential"), None)

    def summary(self) -> pd.DataFrame:
        """One row per run: outcomes, wall time, throughput and speedup against the baseline."""
        baseline, rows = self._baseline(), []
        for label, result in self.results.items():
            figures = result.report(baseline if result is not baseline else None).summary
            outcomes = result.outcomes
            rows.append({
                "run": label, "mode": result.mode, "workers": result.workers,
                "vehicles": len(result.records), "succeeded": result.succeeded,
                "reported": sum(outcomes[o.value] for o in REPORTED),
                "failed": outcomes[Outcome.FAILED.value],
                "skipped": outcomes[Outcome.SKIPPED.value],
                "wall_seconds": result.wall_seconds,
                "throughput_per_min": figures["throughput_per_min"],
                "speedup": figures["speedup"]})
        return pd.DataFrame(rows, columns=["run", "mode", "workers", "vehicles", "succeeded",
                                           "reported", "failed", "skipped", "wall_seconds",
                                           "throughput_per_min", "speedup"])

    def errors(self) -> pd.DataFrame:
        """Vehicles per error class (outcome and kind), one column per run."""
        frames = [result.report().errors.assign(run=label)
                  for label, result in self.results.items()]
        frames = [f for f in frames if not f.empty]
        if not frames:
            return pd.DataFrame(columns=["outcome", "error_kind"])
        wide = pd.concat(frames).pivot_table(index=["outcome", "error_kind"], columns="run",
                                             values="count", aggfunc="sum", fill_value=0)
        ordered = [label for label in self.results if label in wide.columns]
        return wide[ordered].reset_index().rename_axis(columns=None)

    def _failed_records(self):
        for label, result in self.results.items():
            for record in result.records:
                if record.outcome not in SUCCESSES and record.outcome is not Outcome.SKIPPED:
                    yield label, record

    def failures(self) -> pd.DataFrame:
        """Every vehicle that did not succeed (skipped ones aside), with its evidence paths."""
        rows = [{"run": label, "index": r.index, "stock": r.stock, "vin": r.vin,
                 "worker": r.worker, "attempts": r.attempts,
                 "outcome": r.outcome.value if r.outcome else None,
                 "error_kind": r.error_kind, "error": r.error,
                 "evidence": "; ".join(screenshots(r))}
                for label, r in self._failed_records()]
        return pd.DataFrame(rows, columns=FAILURE_COLUMNS)

    def unmatched_phrases(self) -> pd.DataFrame:
        counts = [r.unmatched_phrases for r in self.results.values()]
        counts = pd.concat(counts) if counts else pd.Series(dtype="int64")
        if counts.empty:
            return pd.DataFrame(columns=["phrase", "count"])
        return (counts.groupby(level=0).sum().sort_values(ascending=False, kind="stable")
                .rename_axis("phrase").reset_index())

    def phrases_to_settle(self) -> pd.DataFrame:
        """:func:`~vautokit.processing.phrases_to_settle` over the records of every run."""
        return phrases_to_settle(r for result in self.results.values() for r in result.records)

    def vehicles(self, *, lists: bool = False) -> pd.DataFrame:
        """Per vehicle of every run; counts of boxes, or their lists with ``lists=True``."""
        return pd.DataFrame([_vehicle_row(label, r, lists=lists)
                             for label, result in self.results.items() for r in result.records])

    def _per_run(self, part: str) -> pd.DataFrame:
        frames = [getattr(result.report(), part).assign(run=label)
                  for label, result in self.results.items()]
        if not frames:
            return pd.DataFrame()
        frame = pd.concat(frames, ignore_index=True)
        return frame[["run", *[c for c in frame.columns if c != "run"]]]

    def history(self) -> pd.DataFrame | None:
        """The runs as a history (date, outcomes, throughput) when there are several."""
        return results_history(self.results) if len(self.results) > 1 else None

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of the report, by the name its CSV file gets."""
        tables = {"summary": self.summary(), "errors": self.errors(),
                  "failures": self.failures(), "unmatched_phrases": self.unmatched_phrases(),
                  "phrases_to_settle": self.phrases_to_settle(),
                  "vehicles": self.vehicles(lists=True), "steps": self._per_run("steps"),
                  "workers": self._per_run("workers")}
        history = self.history()
        if history is not None:
            tables["history"] = history
        if self.sweep is not None:
            tables["sweep"] = self.sweep.summary
            tables["sweep_fits"] = self.sweep.fit_table()
        return tables

    def export_csv(self, directory: str | Path) -> dict[str, Path]:
        """Write every table as ``<name>.csv`` in ``directory`` (secrets redacted, cells that
        a spreadsheet would run as formulas kept as text)."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        redact = Redactor(self.secrets)
        written = {}
        for name, frame in self.tables().items():
            written[name] = write_csv(frame, directory / f"{name}.csv", redact)
        return written

    # ---- figures -----------------------------------------------------------------------
    def figures(self) -> list[tuple[str, Figure]]:
        figs: list[tuple[str, Figure]] = []
        comparable = self._same_vehicles()
        if len(comparable) > 1:
            figs.append(("Wall time", charts.wall_time_comparison(
                {label: r.wall_seconds for label, r in comparable.items()})))
        if self.results:
            last = list(self.results.values())[-1]
            if not last.steps.empty:
                figs.append(("Time per step", charts.step_times(last.steps)))
            figs.append(("Errors by class", charts.errors_by_class(last)))
        if self.sweep is not None:
            scaling = self.sweep.scaling
            if len(scaling) >= 2:
                figs.append(("Speedup", charts.speedup_efficiency(scaling)))
                figs.append(("Throughput", charts.throughput_usl(scaling)))
        return figs

    def _same_vehicles(self) -> dict[str, RunResult]:
        """The runs over the same vehicles as the first one: only those compare by wall time."""
        if not self.results:
            return {}
        first = {r.vehicle_id for r in next(iter(self.results.values())).records}
        return {label: r for label, r in self.results.items()
                if {x.vehicle_id for x in r.records} == first}

    # ---- HTML --------------------------------------------------------------------------
    def _config(self) -> dict:
        return list(self.results.values())[-1].config if self.results else {}

    def _concurrency_note(self) -> str:
        if self.sweep is not None:
            return (f"<p><b>Recommendation:</b> {esc(self.sweep.recommendation)}</p>"
                    f"<p class='note'>{esc(self.sweep.method)}</p>")
        config = self._config()
        if config.get("adaptive"):
            low, high = cell(config.get("min_concurrency")), cell(config.get("max_concurrency"))
            learned = (config.get("learned_limit") or {}).get("text")
            note = f"; learned limit {esc(learned)}" if learned else ""
            return (f"<p><b>Concurrency:</b> adaptive, between {low} and {high} workers"
                    f"{note}</p>")
        return ""

    def _run_notes(self) -> str:
        notes = []
        for label, result in self.results.items():
            for reason in (result.fallback_reason, result.stop_reason):
                if reason:
                    notes.append(f"<p class=note>{esc(label)}: {esc(reason)}</p>")
            if result.config.get("profile_overrides"):
                notes.append(f"<p class=note>{esc(label)}: "
                             f"{esc(result.config['profile_overrides'])}</p>")
            notes += [f"<p class=note>{esc(label)}: locator healed: {esc(e.detail or '')}</p>"
                      for e in result.events if e.kind is EventKind.LOCATOR_HEALED]
            skipped = pd.Series([r.error or "" for r in result.records
                                 if r.outcome is Outcome.SKIPPED]).value_counts()
            notes += [f"<p class=note>{esc(label)}: {n} skipped ({esc(_short(why, 120))})</p>"
                      for why, n in skipped.items()]
        return "".join(notes)

    def _summary_section(self) -> str:
        errors = self.errors()
        parts = ["<section id=summary><h2>Summary</h2>"]
        if self.results:
            parts.append(table(self.summary()))
        parts.append(self._concurrency_note())
        parts.append(self._run_notes())
        if self.results:
            parts.append("<p><b>Errors by class</b></p>" + table(errors) if not errors.empty
                         else "<p>No errors.</p>")
        return "".join(parts) + "</section>"

    def _history_section(self, images: Images) -> str:
        history = self.history()
        if history is None:
            return ""
        chart = images.img("data:image/png;base64," + png(charts.history_chart(history)),
                           "Run history")
        return (f"<section id=history><h2>History</h2>{chart}"
                f"{folded('History table', table(history))}</section>")

    def _evidence_cell(self, record: VehicleRecord, base: Path, images: Images,
                       room: int) -> tuple[str, int]:
        """Links to the record's screenshots, up to ``room`` of them as thumbnails.

        Returns the cell's HTML and how many thumbnails it embedded.
        """
        links, embedded = [], 0
        for stored in screenshots(record):
            path = evidence_file(self.evidence_root, stored)
            if path is None:
                links.append("<span class=note>screenshot refused: outside the evidence "
                             "folder</span>")
                continue
            if not path.is_file():
                links.append("<span class=note>screenshot no longer kept</span>")
                continue
            uri = thumbnail_uri(path) if embedded < room else None
            embedded += uri is not None
            label = images.img(uri, f"screenshot of vehicle {record.index}", css="thumb") \
                if uri else "screenshot"
            links.append(f"<a href='{href(path, base)}'>{label}</a>")
        return "".join(links), embedded

    def _failures_section(self, base: Path, images: Images) -> str:
        failed = list(self._failed_records())
        if not failed:
            return "<section id=failures><h2>Failures</h2><p>None.</p></section>"
        room = self.max_thumbnails
        head = "".join(f"<th>{c}</th>" for c in FAILURE_COLUMNS)
        rows = []
        for label, r in failed:
            values = [label, r.index, r.stock, r.vin, r.worker, r.attempts, r.outcome.value,
                      r.error_kind, _short(r.error)]
            cells = "".join(f"<td class=t>{cell(v)}</td>" if isinstance(v, str) else
                            f"<td>{cell(v)}</td>" for v in values)
            evidence, embedded = self._evidence_cell(r, base, images, room)
            room -= embedded
            rows.append(f"<tr>{cells}<td class=t>{evidence}</td></tr>")
        return (f"<section id=failures><h2>Failures ({len(failed)})</h2><table><thead><tr>"
                f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>")

    def _phrases_section(self) -> str:
        phrases = self.phrases_to_settle()
        if phrases.empty:
            return ""
        parts = [f"<section id=unmatched><h2>Unmatched and review phrases ({len(phrases)})</h2>",
                 table(phrases.head(SHOWN_PHRASES))]
        if len(phrases) > SHOWN_PHRASES:
            parts.append(folded(f"{len(phrases) - SHOWN_PHRASES} more",
                                table(phrases.iloc[SHOWN_PHRASES:])))
        return "".join(parts) + "</section>"

    def _charts_section(self, images: Images) -> str:
        parts = ["<section id=charts><h2>Charts</h2>"]
        for title, fig in self.figures():
            parts.append(f"<p><b>{esc(title)}</b></p>"
                         + images.img("data:image/png;base64," + png(fig), title))
        for label, result in self.results.items():
            if charts.worked_in_run(result).empty:
                parts.append(f"<p class=note>Timeline: {esc(label)}: "
                             f"{esc(charts.nothing_worked_sentence(result))}</p>")
                continue
            timeline = images.img("data:image/png;base64," + png(charts.gantt(result)),
                                  f"Timeline: {label}")
            parts.append(folded(f"Timeline: {esc(label)}", timeline))
        return "".join(parts) + "</section>"

    def _details_section(self) -> str:
        parts = ["<section id=details><h2>Details</h2>"]
        for label, result in self.results.items():
            mine = pd.DataFrame([_vehicle_row(label, r) | {"error": _short(r.error, 120)}
                                 for r in result.records], columns=VEHICLE_COLUMNS)
            rep = result.report()
            parts.append(folded(f"Vehicles: {esc(label)} ({len(mine)})", table(mine)))
            parts.append(folded(f"Steps: {esc(label)}", table(rep.steps)))
            parts.append(folded(f"Workers: {esc(label)}", table(rep.workers)))
        if self.sweep is not None:
            parts.append(folded("Concurrency sweep", table(self.sweep.summary), open_=True))
        return "".join(parts) + "</section>"

    def html(self, base: str | Path | None = None) -> str:
        """The whole report as one HTML document: no JavaScript, figures as PNG data URIs.

        ``base`` is the directory the file will live in (links to full screenshots are
        relative to it); the working directory by default.
        """
        base = Path(base) if base is not None else Path.cwd()
        images = Images()
        runs = f"{len(self.results)} run{'s' if len(self.results) != 1 else ''}"
        env = environment(self.browser_version, self._config()).rename_axis("item").reset_index()
        body = "".join([
            f"<h1>{esc(self.title)}</h1>",
            f"<p class=note>{esc(dt.datetime.now().isoformat(timespec='minutes'))} · {runs}"
            f" · browser {esc(self.browser_version or 'unknown')}</p>",
            self._summary_section(), self._history_section(images),
            self._failures_section(base, images), self._phrases_section(),
            self._charts_section(images), self._details_section(),
            "<section id=environment>", folded("Environment", table(env)), "</section>"])
        document = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(self.title)}"
                    f"</title><style>{CSS}</style></head><body>{body}</body></html>")
        return images.restore(Redactor(self.secrets)(document))

    def to_html(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.html(path.parent), encoding="utf-8")
        return path

    def _repr_html_(self) -> str:
        return self.html()

    def __repr__(self) -> str:
        return f"Report(title={self.title!r}, results={list(self.results)})"
