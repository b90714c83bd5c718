"""Progress of a run: one view of the status stream, two front ends (ipywidgets, text lines).

The view (:class:`RunView`) is rebuilt from the events of the current run only, so a
dashboard tells the truth from the first event: rows for every worker as soon as the pool
starts, an ETA that stays "unknown" until there is a rate, each worker's bar against its
own share, and a final line that reads once.
"""

from __future__ import annotations

import asyncio
import html
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from ..errors import ConfigError
from ..metrics._navigation import run_throughput_per_min
from ..processing import EventKind, StatusBus, StatusEvent

if TYPE_CHECKING:
    import pandas as pd

MIN_INTERVAL = 0.1  # seconds between screen updates, as tqdm's mininterval
NOTABLE = (EventKind.RELOGIN, EventKind.RECYCLE, EventKind.RECREATE, EventKind.FALLBACK,
           EventKind.STOPPING, EventKind.RATE_LIMITED, EventKind.ENDPOINT,
           EventKind.LOCATOR_HEALED)

# State -> (background, text colour), in legend order. Idle is pale, busy a strong blue.
STATE_COLORS: dict[str, tuple[str, str]] = {
    "starting": ("#9e9e9e", "#ffffff"),
    "idle": ("#e3e8ec", "#37474f"),
    "busy": ("#1565c0", "#ffffff"),
    "retrying": ("#ef6c00", "#ffffff"),
    "held": ("#b0bec5", "#263238"),
    "waiting": ("#fdd835", "#37474f"),
    "recovering": ("#8e24aa", "#ffffff"),
    "failed": ("#c62828", "#ffffff"),
    "done": ("#2e7d32", "#ffffff"),
}
STATE_MEANING = {"starting": "opening its browser context", "idle": "waiting for a vehicle",
                 "held": "held back by limit", "waiting": "account paused (rate limited)",
                 "recovering": "reopening its context", "failed": "stopped by an error",
                 "done": "finished"}
LIMIT_MEANING = "limit N: at most N workers take vehicles at once (adaptive concurrency)"
OUTCOME_WORDS = {"invalid_vin": "invalid VIN", "vin_mismatch": "VIN mismatch",
                 "no_sticker": "no window sticker", "sticker_unreadable": "sticker unreadable",
                 "failed": "failed"}
"""Outcomes a person should see on the dashboard by name (the vehicle is not updated)."""
ENDED_STATES = frozenset({"done", "failed"})


class Progress(Protocol):
    def close(self) -> None: ...


class VehicleLike(Protocol):
    stock: str
    vin: str


Links = Sequence[VehicleLike] | Mapping[int, VehicleLike]


def in_notebook() -> bool:
    """True inside a Jupyter kernel (decided like tqdm.autonotebook, from sys.modules)."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return False
    shell = ipython.get_ipython()
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


def format_duration(seconds: float) -> str:
    """``42 s``, ``3 min 05 s``, ``1 h 02 min``: what a person reads at a glance."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def stop_reason(event: StatusEvent) -> str | None:
    """Why a run ended early (None when it completed), from RUN_FINISHED's detail or end."""
    end = event.end
    if end is None:
        return None if event.detail in (None, "completed") else event.detail
    return None if end.status == "completed" else end.reason or end.status


@dataclass
class WorkerView:
    """One worker's row in the current run."""

    worker_id: int
    state: str = "starting"
    vehicle: int | None = None
    step: str | None = None
    finished: int = 0
    failed: int = 0
    retries: int = 0
    reported: dict[str, int] = field(default_factory=dict)  # outcome words -> count
    retrying: bool = False
    waiting: bool = False
    endpoint: str = "local"

    @property
    def shown_state(self) -> str:
        if self.state == "busy" and self.waiting:
            return "waiting"
        if self.state == "busy" and self.retrying:
            return "retrying"
        return self.state


class RunView:
    """What the current run looks like, kept from its events; both front ends read it.

    ``links`` (a sequence or mapping from the vehicle index that events carry to an object
    with ``stock`` and ``vin``) names vehicles by stock number instead of queue position.
    """

    def __init__(self, links: Links | None = None) -> None:
        self.links = links
        self.workers: dict[int, WorkerView] = {}
        self.total = 0
        self.limit: int | None = None
        self.started: float | None = None
        self.first_vehicle: float | None = None
        self.ended: float | None = None
        self.running = False
        self.skipped = 0  # finished as skipped (a 429 or re-login stop): not processed
        self.never_started = False
        self.status: str | None = None  # completed, stopped, interrupted, crashed at the end
        self.stop_reason: str | None = None
        self.notes: list[str] = []

    # -- following the stream -------------------------------------------------------------

    def apply(self, event: StatusEvent) -> None:
        kind = event.kind
        if kind is EventKind.RUN_STARTED:
            self._new_run(event)
        elif kind is EventKind.RUN_FINISHED:
            self._end(event.at, stop_reason(event))
            self.status = event.end.status if event.end is not None else \
                event.detail or "completed"
        elif kind is EventKind.CONCURRENCY:
            self.limit = event.limit
        elif kind is EventKind.VEHICLE_FINISHED and event.outcome == "skipped":
            self.skipped += 1
        if kind in NOTABLE:
            self._note(f"{kind.value}: {note(event)}")
        elif kind is EventKind.VEHICLE_FINISHED and event.outcome in OUTCOME_WORDS:
            self._note(f"{self.vehicle_name(event.vehicle)}: {OUTCOME_WORDS[event.outcome]}"
                       f" (worker {event.worker})")
        if event.worker is not None:
            self._apply_to_worker(self._worker(event.worker), event)

    def _note(self, text: str) -> None:
        self.notes = [*self.notes[-4:], text]

    def _new_run(self, event: StatusEvent) -> None:
        self.workers, self.notes = {}, []
        self.total = event.total or 0
        self.started, self.first_vehicle, self.ended = event.at, None, None
        self.running, self.stop_reason, self.status = True, None, None
        self.skipped = 0

    def _end(self, at: float, reason: str | None) -> None:
        self.running, self.ended, self.stop_reason = False, at, reason
        for worker in self.workers.values():
            if worker.state not in ENDED_STATES:
                worker.state, worker.vehicle, worker.step = "done", None, None

    def interrupt(self) -> None:
        """The run stopped without its final event (its task was cancelled), or before it
        began: then the view says so and shows nothing of any other run."""
        if self.running:
            self._end(time.time(), "interrupted")
            self.status = "interrupted"
        elif self.started is None:
            self.never_started = True

    def _worker(self, worker_id: int) -> WorkerView:
        return self.workers.setdefault(worker_id, WorkerView(worker_id))

    def _apply_to_worker(self, w: WorkerView, e: StatusEvent) -> None:
        if e.endpoint is not None:
            w.endpoint = e.endpoint
        if e.kind is EventKind.WORKER_STATE and e.detail:
            w.state = e.detail
        elif e.kind is EventKind.VEHICLE_STARTED:
            self.first_vehicle = self.first_vehicle or e.at
            w.state, w.vehicle, w.step = "busy", e.vehicle, None
            w.retrying = w.waiting = False
        elif e.kind is EventKind.STEP:
            w.step, w.waiting = e.step, False
        elif e.kind is EventKind.VEHICLE_FINISHED:
            w.finished += 1
            w.failed += e.outcome == "failed"
            if e.outcome in OUTCOME_WORDS and e.outcome != "failed":
                words = OUTCOME_WORDS[e.outcome]
                w.reported[words] = w.reported.get(words, 0) + 1
            w.state, w.vehicle, w.step = "idle", None, None
            w.retrying = w.waiting = False
        elif e.kind is EventKind.RETRY:
            w.retries += 1
            w.retrying = True
        elif e.kind is EventKind.RATE_LIMITED:
            w.waiting = True
        elif e.kind is EventKind.REQUEUED:
            w.state, w.vehicle, w.step = "idle", None, None
        elif e.kind is EventKind.RECREATE:
            w.state = "recovering"

    # -- figures ----------------------------------------------------------------------------

    @property
    def finished(self) -> int:
        return sum(w.finished for w in self.workers.values())

    @property
    def failed(self) -> int:
        return sum(w.failed for w in self.workers.values())

    def elapsed(self, now: float | None = None) -> float:
        if self.started is None:
            return 0.0
        return (self.ended or now or time.time()) - self.started

    def rate_per_second(self, now: float | None = None) -> float | None:
        """Vehicles per second; None until one finished.

        While running: since the first vehicle started (what the ETA needs). Once the run
        ended: the run's own figure, the report summary's ``throughput_per_min`` (vehicles
        finished over the run's wall time, start to end as the run itself reports them), so
        the dashboard and the summary show one number.
        """
        if not self.finished or self.first_vehicle is None:
            return None
        if not self.running and self.ended is not None and self.started is not None:
            processed = self.finished - self.skipped  # as the summary counts them
            per_min = run_throughput_per_min(processed, self.ended - self.started)
            return None if per_min is None else per_min / 60
        seconds = (now or time.time()) - self.first_vehicle
        return self.finished / seconds if seconds > 0 else None

    def eta_seconds(self, now: float | None = None) -> float | None:
        rate = self.rate_per_second(now)
        return None if rate is None else max(self.total - self.finished, 0) / rate

    def share(self, w: WorkerView) -> int:
        """What the worker's bar is measured against: what it finished, what it holds, and
        its part of the vehicles nobody has started yet (its own count once it is done).

        The parts of the unstarted vehicles are whole and add up to them, so the shares of
        all workers add up to the run's total, never more.
        """
        if not self.running or w.state in ENDED_STATES:
            return max(w.finished, 1)
        busy = [x for x in self.workers.values() if x.vehicle is not None]
        active = sorted(x.worker_id for x in self.workers.values()
                        if x.state not in ENDED_STATES)
        unstarted = max(self.total - self.finished - len(busy), 0)
        base, extra = divmod(unstarted, max(len(active), 1))
        part = base + (active.index(w.worker_id) < extra)
        return max(w.finished + (w.vehicle is not None) + part, 1)

    def shown_state(self, w: WorkerView) -> str:
        """The worker's state as shown: an idle worker while the limit's workers are all
        busy is held back by the limit, not waiting for a vehicle."""
        state = w.shown_state
        if state == "idle" and self.running and self.limit is not None:
            busy = sum(1 for x in self.workers.values() if x.vehicle is not None)
            if busy >= self.limit:
                return "held"
        return state

    def table(self) -> pd.DataFrame:
        """Each worker now, for people: state in words, the vehicle by stock number.

        pandas is imported here, not with the module: every run attaches its progress, and
        importing pandas costs about 0.4 s of CPU that a run with no table never uses."""
        import pandas as pd

        rows = [{"worker": w.worker_id, "state": self.shown_state(w),
                 "doing": self.doing(w), "finished": w.finished, "failed": w.failed}
                for w in sorted(self.workers.values(), key=lambda x: x.worker_id)]
        return pd.DataFrame(rows, columns=["worker", "state", "doing", "finished", "failed"])

    # -- words ------------------------------------------------------------------------------

    def vehicle_name(self, index: int) -> str:
        link = self._link(index)
        if link is None:
            return f"vehicle {index + 1} of {self.total}"
        return f"stock {link.stock}"

    def vehicle_html(self, index: int) -> str:
        link = self._link(index)
        if link is None:
            return html.escape(self.vehicle_name(index))
        return (f'<span title="VIN {html.escape(link.vin)}">stock '
                f"<b>{html.escape(link.stock)}</b></span> "
                f'<span style="color:#78909c">{html.escape(link.vin)}</span>')

    def _link(self, index: int) -> VehicleLike | None:
        links = self.links
        if links is None:
            return None
        if isinstance(links, Mapping):
            return links.get(index)
        return links[index] if 0 <= index < len(links) else None

    def overall_line(self, now: float | None = None) -> str:
        if self.never_started:
            return "stopped before the run started: no vehicle processed"
        if self.started is None:
            return "starting: preparing the run"
        done, total = self.finished, self.total
        limit = f" · limit {self.limit}" if self.limit is not None else ""
        failed = f" · {self.failed} failed" if self.failed else ""
        rate = self.rate_per_second(now)
        if self.running:
            per_min = "rate unknown" if rate is None else f"{rate * 60:.1f}/min"
            eta = self.eta_seconds(now)
            when = "ETA unknown" if eta is None else f"ETA {format_duration(eta)}"
            return f"{done}/{total} vehicles · {per_min} · {when}{failed}{limit}"
        left = total - done
        head = "done" if self.stop_reason is None or left <= 0 else f"stopped ({self.stop_reason})"
        skipped = f" · {left} not processed" if left > 0 else ""
        per_min = "no rate" if rate is None else f"{rate * 60:.1f}/min over the run"
        return (f"{head}: {done}/{total} vehicles in {format_duration(self.elapsed(now))} · "
                f"{per_min}{failed}{skipped}{limit}")

    def counts(self, w: WorkerView) -> str:
        parts = [f"{w.finished} finished"]
        if w.failed:
            parts.append(f"{w.failed} failed")
        parts += [f"{count} {words}" for words, count in w.reported.items()]
        if w.retries:
            parts.append(f"{w.retries} {'retry' if w.retries == 1 else 'retries'}")
        parts.append(w.endpoint)
        return " · ".join(parts)

    def doing(self, w: WorkerView) -> str:
        """What the worker does now, as text (the widget shows the same with a VIN)."""
        if w.vehicle is None:
            state = self.shown_state(w)
            return STATE_MEANING.get(state, state)
        return f"{self.vehicle_name(w.vehicle)} · {w.step or 'opening'}"

    def doing_html(self, w: WorkerView) -> str:
        if w.vehicle is None:
            return html.escape(self.doing(w))
        return f"{self.vehicle_html(w.vehicle)} · {html.escape(w.step or 'opening')}"


def note(event: StatusEvent) -> str:
    """One notable event in words: who (a worker or an endpoint), what, and where."""
    if event.worker is None and not event.endpoint:
        return event.detail or ""  # the run's own (a locator healed for every worker)
    who = f"endpoint {event.endpoint}" if event.worker is None else f"worker {event.worker}"
    where = f" (on {event.endpoint})" if event.worker is not None and event.endpoint else ""
    return f"{who}: {event.detail or ''}{where}"


def badge(state: str) -> str:
    background, colour = STATE_COLORS.get(state, ("#607d8b", "#ffffff"))
    return (f'<span class="vautokit-badge" style="background:{background};color:{colour};'
            f'border-radius:3px;padding:1px 6px;font-size:90%;white-space:nowrap">'
            f"{html.escape(state)}</span>")


def legend_html(states: Sequence[str] = tuple(STATE_COLORS), *, limit: bool = False) -> str:
    """The state colours; with ``limit``, what the overall row's "limit N" means."""
    words = f' <span style="color:#546e7a">· {html.escape(LIMIT_MEANING)}</span>' if limit \
        else ""
    return ('<span class="vautokit-legend" style="font-size:85%">'
            + " ".join(badge(s) for s in states) + words + "</span>")


def _replay(status: StatusBus, view: RunView) -> None:
    """Catch up with a run already going (a dashboard made in a later cell)."""
    starts = [i for i, e in enumerate(status.events) if e.kind is EventKind.RUN_STARTED]
    for event in status.events[starts[-1]:] if starts else ():
        view.apply(event)


class _Null:
    def close(self) -> None:
        return None


class TextProgress:
    """Compact lines on a stream: one per finished vehicle (throttled) and notable events."""

    def __init__(self, status: StatusBus, stream: TextIO | None = None,
                 min_interval: float = 1.0, *, links: Links | None = None,
                 replay: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.view = RunView(links)
        if replay:
            _replay(status, self.view)
        self.min_interval = min_interval
        self._last = 0.0
        self._unsubscribe = status.subscribe(self._on_event)

    def _on_event(self, event: StatusEvent) -> None:
        self.view.apply(event)
        if event.kind in NOTABLE:
            self._print(f"[{event.kind.value}] {note(event)}")
        elif event.kind is EventKind.VEHICLE_FINISHED:
            now = time.monotonic()
            if now - self._last >= self.min_interval:
                self._last = now
                self._print(self.view.overall_line())
        elif event.kind is EventKind.RUN_FINISHED:
            self._print(self.view.overall_line())

    def _print(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def close(self) -> None:
        if self.view.running:
            self.view.interrupt()
            self._print(self.view.overall_line())
        self._unsubscribe()


def _widgets():
    try:
        import ipywidgets
    except ImportError as exc:  # pragma: no cover - ipywidgets is a dependency
        raise ImportError("the dashboard needs ipywidgets: pip install ipywidgets") from exc
    return ipywidgets


@dataclass
class _Row:
    """The widgets of one row: state badge, bar, count, text."""

    box: Any
    state: Any
    bar: Any
    count: Any
    text: Any


def _make_row(w, description: str) -> _Row:
    state = w.HTML(layout=w.Layout(width="90px"))
    bar = w.IntProgress(value=0, min=0, max=1, description=description,
                        layout=w.Layout(width="300px"))
    count = w.HTML(layout=w.Layout(width="60px"))
    text = w.HTML()
    box = w.HBox([state, bar, count, text])
    box.add_class("vautokit-row")
    text.add_class("vautokit-row-text")
    return _Row(box, state, bar, count, text)


def _show_row(row: _Row, state: str, value: int, maximum: int, text: str) -> None:
    with row.bar.hold_sync():
        row.bar.max = max(maximum, 1)
        row.bar.value = min(value, row.bar.max)
        row.bar.style.bar_color = STATE_COLORS.get(state, ("#607d8b",))[0]
    row.state.value = badge(state)
    row.count.value = f"{value}/{maximum}"
    row.text.value = text


class Dashboard:
    """ipywidgets dashboard: a row per worker (state, bar against its own share, vehicle by
    stock number and VIN, counts), an overall row with throughput, ETA and concurrency
    limit, a legend, and the latest notable events.

    Widgets are updated in place (no ``clear_output``, no display ids), at most every
    ``MIN_INTERVAL`` seconds, and always once more at the end of the run. A dashboard
    belongs to one run: ``replay=True`` (made in a later cell while a run goes on) catches up
    with the stream's current run; ``replay=False`` (what ``va.process`` makes) waits for
    the run about to start and shows nothing of an earlier one, and a new run clears it.
    """

    def __init__(self, status: StatusBus, *, links: Links | None = None,
                 show: bool = True, replay: bool = True) -> None:
        w = self._w = _widgets()
        self.status = status
        self.view = RunView(links)
        if replay:
            _replay(status, self.view)
        self.rows: dict[int, _Row] = {}
        self.total_bar = w.IntProgress(value=0, min=0, max=1, description="All",
                                       layout=w.Layout(width="300px"))
        self.total_label = w.HTML()
        self.total_label.add_class("vautokit-overall")
        self.events = w.HTML()
        self._rows_box = w.VBox()
        self.widget = w.VBox([w.HBox([self.total_bar, self.total_label]),
                              w.HTML(legend_html(limit=True)), self._rows_box, self.events])
        self.widget.add_class("vautokit-dashboard")
        self._last = 0.0
        self._pending: asyncio.TimerHandle | None = None
        self._changed: asyncio.Event | None = None
        self._unsubscribe = status.subscribe(self._on_event)
        self.render()
        if show:
            from IPython.display import display

            display(self.widget)

    def __repr__(self) -> str:
        return f"Dashboard(workers={len(self.rows)})"

    def _on_event(self, event: StatusEvent) -> None:
        self.view.apply(event)
        if self._changed is not None:
            self._changed.set()
        if event.kind is EventKind.RUN_STARTED:
            self.rows, self._rows_box.children = {}, []
        urgent = event.kind in (EventKind.RUN_STARTED, EventKind.RUN_FINISHED)
        if urgent or time.monotonic() - self._last >= MIN_INTERVAL:
            self.render()
        else:
            self._render_soon()

    async def finished(self, count: int) -> int:
        """Wait until ``count`` vehicles of this dashboard's run have finished (or the run
        ended first); returns how many have. A notebook cell awaits it instead of sleeping."""
        self._changed = self._changed or asyncio.Event()
        view = self.view
        while view.finished < count and not view.never_started and (
                view.started is None or view.running):
            self._changed.clear()
            await self._changed.wait()
        return view.finished

    def _render_soon(self) -> None:
        """A throttled event is shown a moment later, so a quiet spell never hides it."""
        if self._pending is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._pending = loop.call_later(MIN_INTERVAL, self.render)

    def render(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
        self._pending, self._last = None, time.monotonic()
        view = self.view
        with self.total_bar.hold_sync():
            self.total_bar.max = max(view.total, 1)
            self.total_bar.value = min(view.finished, self.total_bar.max)
            overall = "busy" if view.running else "done" if view.started else "starting"
            if not view.running and view.stop_reason is not None:
                overall = "failed"
            self.total_bar.style.bar_color = STATE_COLORS[overall][0]
        self.total_label.value = html.escape(view.overall_line())
        for worker in sorted(view.workers.values(), key=lambda x: x.worker_id):
            state = view.shown_state(worker)
            text = f"{view.doing_html(worker)} · {html.escape(view.counts(worker))}"
            if state == "done":
                text = html.escape(view.counts(worker))
            _show_row(self._row(worker.worker_id), state, worker.finished, view.share(worker),
                      text)
        self.events.value = "<br>".join(html.escape(n) for n in view.notes)

    def _row(self, worker_id: int) -> _Row:
        if worker_id not in self.rows:
            self.rows[worker_id] = _make_row(self._w, f"worker {worker_id}")
            self._rows_box.children = [r.box for _, r in sorted(self.rows.items())]
        return self.rows[worker_id]

    def state(self) -> dict[int, dict[str, int | str]]:
        """What the dashboard shows per worker (for checks against a run's result)."""
        return {wid: {"finished": row.bar.value,
                      "state": self.view.shown_state(self.view.workers[wid]),
                      "text": row.text.value}
                for wid, row in sorted(self.rows.items())}

    def close(self) -> None:
        self.view.interrupt()
        self.render()
        self._unsubscribe()
        if self._changed is not None:
            self._changed.set()


def attach_progress(status: StatusBus, mode: str = "auto", *,
                    links: Links | None = None) -> Progress:
    """``"widgets"``, ``"text"``, ``"none"`` or ``"auto"`` (widgets in a notebook, else text).

    ``links`` names vehicles by stock number and VIN (index -> object with ``stock``, ``vin``).
    """
    from ._terminal import TerminalProgress  # it builds on this module's views

    mode = _resolve(mode)
    if mode == "widgets":
        return Dashboard(status, links=links, replay=False)
    if mode == "text":
        return TerminalProgress(status, links=links, replay=False)
    return _Null()


def _resolve(mode: str) -> str:
    if mode == "auto":
        return "widgets" if in_notebook() else "text"
    if mode not in ("widgets", "text", "none"):
        raise ConfigError("progress", mode, "'auto', 'widgets', 'text' or 'none'")
    return mode


# -- sweeps ------------------------------------------------------------------------------


@dataclass
class LevelView:
    """One level of a sweep: how many vehicles at how many workers, and how it went."""

    mode: str
    workers: int
    vehicles: int = 0
    finished: int = 0
    failed: int = 0
    state: str = "idle"
    started: float | None = None
    summary: str = ""
    runs: int = 0  # runs (repeats) of this level begun so far
    working: bool = False  # its current run has started (signed in, workers up)

    @property
    def label(self) -> str:
        return "sequential" if self.mode == "sequential" else f"{self.workers} workers"

    def line(self, now: float | None = None) -> str:
        if self.state == "idle":
            return "waiting"
        if self.summary:
            return self.summary
        failed = f" · {self.failed} failed" if self.failed else ""
        run = f"run {self.runs} · " if self.runs > 1 else ""
        if not self.working:
            return f"{run}signing in · {self.finished}/{self.vehicles} vehicles{failed}"
        elapsed = (now or time.time()) - (self.started or time.time())
        return (f"{run}{self.finished}/{self.vehicles} vehicles · "
                f"{format_duration(elapsed)}{failed}")


class SweepProgress:
    """One row per concurrency level of a sweep, as it runs (the dashboard's widget family).

    The sweep calls ``level_started``, then ``vehicle_done`` per vehicle (or lets
    ``follow(status)`` do it from the run's status stream), ``level_finished``, and at the
    end ``close``. ``plan`` lists the (mode, workers) levels to come, so every row is there
    from the first second, reading "waiting".
    """

    def __init__(self, plan: Sequence[tuple[str, int]] = (), *, show: bool = True) -> None:
        w = self._w = _widgets()
        self.levels = [LevelView(mode, workers) for mode, workers in plan]
        self.rows: list[_Row] = []
        self.current: LevelView | None = None
        self._rows_box = w.VBox()
        self.widget = w.VBox([w.HTML(legend_html(("idle", "busy", "done", "failed"))),
                              self._rows_box])
        self.widget.add_class("vautokit-sweep")
        self._last = 0.0
        self.render()
        if show:
            from IPython.display import display

            display(self.widget)

    def __repr__(self) -> str:
        done = sum(1 for level in self.levels if level.state in ENDED_STATES)
        return f"SweepProgress(levels={len(self.levels)}, finished={done})"

    def level_started(self, workers: int, vehicles: int, *, mode: str = "parallel") -> None:
        """A level begins: the first waiting row for (mode, workers), or a new one."""
        level = next((x for x in self.levels if (x.mode, x.workers) == (mode, workers)
                      and x.state == "idle"), None)
        if level is None:
            level = LevelView(mode, workers)
            self.levels.append(level)
        level.vehicles, level.state, level.started = vehicles, "busy", time.time()
        self.current = level
        self.render()

    def vehicle_done(self, outcome: str | None = None) -> None:
        """One vehicle of the current level finished (``outcome`` "failed" counts as such)."""
        if self.current is None:
            return
        self.current.working = True
        self.current.finished += 1
        self.current.failed += outcome == "failed"
        now = time.monotonic()
        if now - self._last >= MIN_INTERVAL:
            self._last = now
            self.render()

    def follow(self, status: StatusBus) -> Callable[[], None]:
        """Follow one run of the current level: "signing in" until its first vehicle starts,
        then its vehicles as they finish; returns unfollow."""
        level = self.current
        if level is not None:
            level.runs += 1
            level.working = False
            self.render()

        def on_event(event: StatusEvent) -> None:
            if event.kind is EventKind.VEHICLE_STARTED and level is not None \
                    and not level.working:
                level.working = True
                level.started = level.started if level.runs > 1 else time.time()
                self.render()
            elif event.kind is EventKind.VEHICLE_FINISHED:
                self.vehicle_done(event.outcome)
        return status.subscribe(on_event)

    def level_finished(self, workers: int, summary: str) -> None:
        """The current level ended; ``summary`` is its line of text."""
        level = self.current
        if level is None or level.workers != workers:
            return
        runs = f"{level.finished} vehicles in {level.runs} runs · per run: " \
            if level.runs > 1 else ""
        level.summary = f"{runs}{summary}"
        level.state = "done"
        self.current = None
        self.render()

    def render(self) -> None:
        w = self._w
        while len(self.rows) < len(self.levels):
            self.rows.append(_make_row(w, self.levels[len(self.rows)].label))
            self._rows_box.children = [r.box for r in self.rows]
        for level, row in zip(self.levels, self.rows, strict=True):
            _show_row(row, level.state, level.finished, level.vehicles or 1,
                      html.escape(level.line()))

    def state(self) -> list[dict[str, int | str]]:
        """What each row shows (for checks)."""
        return [{"label": level.label, "state": level.state, "finished": level.finished,
                 "text": row.text.value} for level, row in zip(self.levels, self.rows,
                                                                strict=True)]

    def close(self) -> None:
        """The sweep ended: a level still running was interrupted."""
        if self.current is not None:
            self.current.summary = f"stopped: {self.current.line()}"
            self.current.state = "failed"
            self.current = None
        self.render()
