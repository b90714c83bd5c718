"""Progress of a run: one formatter, two front ends (ipywidgets dashboard, text lines)."""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO

from ..processing import EventKind, StatusBus, StatusEvent, WorkerStatus

MIN_INTERVAL = 0.1  # seconds between screen updates, as tqdm's mininterval
NOTABLE = (EventKind.RELOGIN, EventKind.RECYCLE, EventKind.RECREATE, EventKind.FALLBACK,
           EventKind.STOPPING, EventKind.RATE_LIMITED, EventKind.ENDPOINT)
STATE_STYLE = {"busy": "info", "idle": "", "done": "success", "failed": "danger",
               "recovering": "warning", "waiting": "warning"}


class Progress(Protocol):
    def close(self) -> None: ...


def in_notebook() -> bool:
    """True inside a Jupyter kernel (decided like tqdm.autonotebook, from sys.modules)."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return False
    shell = ipython.get_ipython()
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


class _Overall:
    """Counts, throughput and ETA shared by both front ends."""

    def __init__(self, status: StatusBus) -> None:
        self.status = status
        self.started = time.monotonic()

    @property
    def finished(self) -> int:
        return sum(w.done + w.failed for w in self.status.workers.values())

    def line(self) -> str:
        total, done = self.status.total, self.finished
        elapsed = time.monotonic() - self.started
        rate = done / elapsed * 60 if elapsed > 0 else 0.0
        eta = (total - done) / (done / elapsed) if done and total > done else 0.0
        return f"{done}/{total} vehicles · {rate:.1f}/min · ETA {eta:.0f} s"


class _Null:
    def close(self) -> None:
        return None


class TextProgress:
    """Compact lines on a stream: one per finished vehicle (throttled) and notable events."""

    def __init__(self, status: StatusBus, stream: TextIO | None = None,
                 min_interval: float = 1.0) -> None:
        self.stream = stream or sys.stderr
        self.overall = _Overall(status)
        self.min_interval = min_interval
        self._last = 0.0
        self._unsubscribe = status.subscribe(self._on_event)

    def _on_event(self, event: StatusEvent) -> None:
        if event.kind in NOTABLE:
            self._print(f"[{event.kind.value}] {_note(event)}")
        elif event.kind is EventKind.VEHICLE_FINISHED:
            now = time.monotonic()
            if now - self._last >= self.min_interval:
                self._last = now
                self._print(self.overall.line())
        elif event.kind is EventKind.RUN_FINISHED:
            self._print("done: " + self.overall.line())

    def _print(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def close(self) -> None:
        self._unsubscribe()


class Dashboard:
    """ipywidgets dashboard: a row per worker, an overall bar with throughput and ETA, events.

    A worker's row appears with its first event (pool workers announce themselves as the
    pool opens; the main page of a sequential run with its first vehicle).

    Widgets are updated in place (no ``clear_output``, no display ids), at most every
    ``MIN_INTERVAL`` seconds, and always once more at the end of the run.
    """

    def __init__(self, status: StatusBus, *, show: bool = True) -> None:
        try:
            import ipywidgets as w
        except ImportError as exc:  # pragma: no cover - ipywidgets is a dependency
            raise ImportError("the dashboard needs ipywidgets: pip install ipywidgets") from exc
        self._w = w
        self.status = status
        self.overall = _Overall(status)
        self.rows: dict[int, tuple] = {}
        self.total_bar = w.IntProgress(value=0, min=0, max=max(status.total, 1),
                                       description="All", bar_style="info")
        self.total_label = w.HTML()
        self.events = w.HTML()
        self._notes: list[str] = []
        self._rows_box = w.VBox()
        self.widget = w.VBox([w.HBox([self.total_bar, self.total_label]), self._rows_box,
                              self.events])
        self._last = 0.0
        self._unsubscribe = status.subscribe(self._on_event)
        if show:
            from IPython.display import display

            display(self.widget)

    def __repr__(self) -> str:
        return f"Dashboard(workers={len(self.rows)})"

    def _row(self, worker_id: int) -> tuple:
        if worker_id not in self.rows:
            w = self._w
            bar = w.IntProgress(value=0, min=0, max=max(self.status.total, 1),
                                description=f"worker {worker_id}")
            text = w.HTML()
            self.rows[worker_id] = (bar, text)
            self._rows_box.children = [w.HBox(list(r)) for _, r in sorted(self.rows.items())]
        return self.rows[worker_id]

    def _on_event(self, event: StatusEvent) -> None:
        if event.kind in NOTABLE:
            self._notes = [*self._notes[-4:], f"{event.kind.value}: {_note(event)}"]
        final = event.kind is EventKind.RUN_FINISHED
        now = time.monotonic()
        if final or now - self._last >= MIN_INTERVAL:
            self._last = now
            self.render(final=final)

    def render(self, *, final: bool = False) -> None:
        total = max(self.status.total, 1)
        with self.total_bar.hold_sync():
            self.total_bar.max = total
            self.total_bar.value = min(self.overall.finished, total)
            self.total_bar.bar_style = "success" if final else "info"
        self.total_label.value = self.overall.line()
        for ws in self.status.snapshot():
            bar, text = self._row(ws.worker_id)
            with bar.hold_sync():
                bar.max = total
                bar.value = ws.done + ws.failed
                bar.bar_style = STATE_STYLE.get("done" if final else ws.state, "")
            text.value = _worker_html(ws)
        self.events.value = "<br>".join(self._notes)

    def state(self) -> dict[int, dict[str, int | str]]:
        """What the dashboard shows per worker (for checks against a run's result)."""
        return {wid: {"finished": bar.value, "text": text.value}
                for wid, (bar, text) in sorted(self.rows.items())}

    def close(self) -> None:
        self.render(final=True)
        self._unsubscribe()


def _note(event: StatusEvent) -> str:
    """One notable event in words: who (a worker or an endpoint), what, and where."""
    who = f"endpoint {event.endpoint}" if event.worker is None and event.endpoint else \
        f"worker {event.worker}"
    where = f" (on {event.endpoint})" if event.worker is not None and event.endpoint else ""
    return f"{who}: {event.detail or ''}{where}"


def _worker_html(ws: WorkerStatus) -> str:
    doing = (f"vehicle #{ws.vehicle} · {ws.step or 'starting'}" if ws.vehicle is not None
             else ws.state)
    return (f"<span>{doing} · done {ws.done} · failed {ws.failed} · retries {ws.retries}"
            f" · {ws.endpoint}</span>")


def attach_progress(status: StatusBus, mode: str = "auto") -> Progress:
    """``"widgets"``, ``"text"``, ``"none"`` or ``"auto"`` (widgets in a notebook, else text)."""
    if mode == "auto":
        mode = "widgets" if in_notebook() else "text"
    if mode == "widgets":
        return Dashboard(status)
    if mode == "text":
        return TextProgress(status)
    if mode == "none":
        return _Null()
    raise ValueError(f"progress must be 'auto', 'widgets', 'text' or 'none', not {mode!r}")
