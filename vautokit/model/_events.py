"""The real-time status stream: one bus that widgets, text progress, metrics and the journal follow.

Every event kind carries its own payload (``PAYLOAD``): emitting a field a kind does not
carry is a programming error and raises at once, so every follower can rely on the fields.
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._records import VehicleRecord

log = logging.getLogger(__name__)


class EventKind(StrEnum):
    RUN_STARTED = "run_started"
    WORKER_STATE = "worker_state"
    VEHICLE_STARTED = "vehicle_started"
    STEP = "step"
    SAVING = "saving"
    VEHICLE_FINISHED = "vehicle_finished"
    RETRY = "retry"
    REQUEUED = "requeued"
    RELOGIN = "relogin"
    RECYCLE = "recycle"
    RECREATE = "recreate"
    RATE_LIMITED = "rate_limited"
    CONCURRENCY = "concurrency"
    FALLBACK = "fallback"
    ENDPOINT = "endpoint"
    STOPPING = "stopping"
    RUN_FINISHED = "run_finished"
    LOCATOR_HEALED = "locator_healed"
    """A profile key matched nothing; a locator from its fingerprint did (site/_heal.py)."""


@dataclass(frozen=True)
class RunEnd:
    """How a run ended: the payload of RUN_FINISHED, and what the journal keeps of it."""

    status: str
    """completed, stopped, interrupted or crashed."""
    reason: str | None
    mode: str
    workers: int
    fallback: str | None
    relogins: int


PAYLOAD: dict[EventKind, frozenset[str]] = {
    EventKind.RUN_STARTED: frozenset({"total", "detail"}),
    EventKind.WORKER_STATE: frozenset({"worker", "detail", "endpoint"}),
    EventKind.VEHICLE_STARTED: frozenset({"worker", "vehicle", "endpoint"}),
    EventKind.STEP: frozenset({"worker", "vehicle", "step"}),
    EventKind.SAVING: frozenset({"worker", "vehicle", "record"}),
    EventKind.VEHICLE_FINISHED: frozenset({"worker", "vehicle", "outcome", "record"}),
    EventKind.RETRY: frozenset({"worker", "vehicle", "detail"}),
    EventKind.REQUEUED: frozenset({"worker", "vehicle", "detail"}),
    EventKind.RELOGIN: frozenset({"worker", "detail"}),
    EventKind.RECYCLE: frozenset({"worker", "endpoint"}),
    EventKind.RECREATE: frozenset({"worker", "detail", "endpoint"}),
    EventKind.RATE_LIMITED: frozenset({"worker", "vehicle", "detail"}),
    EventKind.CONCURRENCY: frozenset({"limit", "detail"}),
    EventKind.FALLBACK: frozenset({"detail"}),
    EventKind.ENDPOINT: frozenset({"detail", "endpoint"}),
    EventKind.STOPPING: frozenset({"worker", "detail"}),
    EventKind.RUN_FINISHED: frozenset({"detail", "end"}),
    EventKind.LOCATOR_HEALED: frozenset({"step", "detail"}),  # step: the profile key
}


@dataclass(frozen=True)
class StatusEvent:
    """One thing that happened in a run; which fields are set depends on ``kind``."""

    kind: EventKind
    worker: int | None = None
    vehicle: int | None = None
    step: str | None = None
    outcome: str | None = None
    detail: str | None = None
    total: int | None = None
    endpoint: str | None = None
    limit: int | None = None
    """CONCURRENCY: workers allowed to work at once from now on."""
    record: VehicleRecord | None = field(default=None, repr=False, compare=False)
    """VEHICLE_FINISHED: the vehicle's finished record; SAVING: the change about to be saved."""
    end: RunEnd | None = None
    """RUN_FINISHED: how the run ended."""
    at: float = field(default_factory=time.time)


@dataclass
class WorkerStatus:
    worker_id: int
    state: str = "idle"  # starting | idle | busy | waiting | recovering | done | failed
    vehicle: int | None = None
    step: str | None = None
    done: int = 0
    failed: int = 0
    retries: int = 0
    endpoint: str = "local"


Subscriber = Callable[[StatusEvent], None]


class StatusBus:
    """Keeps the latest state of every worker and tells subscribers about each event.

    RUN_STARTED begins a new run: the previous run's events and worker states are dropped,
    so reusing one bus (one ``Automation``) for several runs mixes nothing.
    """

    def __init__(self) -> None:
        self.workers: dict[int, WorkerStatus] = {}
        self.events: list[StatusEvent] = []
        self.total = 0
        self._subscribers: list[Subscriber] = []

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Follow the stream; returns a function that stops following."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def publish(self, event: StatusEvent) -> None:
        self._apply(event)
        self.events.append(event)
        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception:  # a broken display must not break the run
                log.exception("status subscriber %r failed", callback)

    def emit(self, kind: EventKind, **fields: Any) -> StatusEvent:
        extra = set(fields) - PAYLOAD[kind] - {"at"}
        if extra:
            raise TypeError(f"{kind.value} events carry no {sorted(extra)}")
        event = StatusEvent(kind, **fields)
        self.publish(event)
        return event

    def snapshot(self) -> list[WorkerStatus]:
        return [copy.copy(w) for _, w in sorted(self.workers.items())]

    def _apply(self, e: StatusEvent) -> None:
        if e.kind is EventKind.RUN_STARTED:
            self.workers.clear()
            self.events.clear()
            self.total = e.total or 0
        if e.worker is None:
            return
        w = self.workers.setdefault(e.worker, WorkerStatus(e.worker))
        if e.endpoint is not None:
            w.endpoint = e.endpoint
        if e.kind is EventKind.WORKER_STATE:
            w.state = e.detail or w.state
        elif e.kind is EventKind.VEHICLE_STARTED:
            w.state, w.vehicle, w.step = "busy", e.vehicle, None
        elif e.kind is EventKind.STEP:
            w.step = e.step
        elif e.kind is EventKind.VEHICLE_FINISHED:
            w.state, w.vehicle, w.step = "idle", None, None
            if e.outcome == "failed":
                w.failed += 1
            else:
                w.done += 1
        elif e.kind is EventKind.RETRY:
            w.retries += 1
        elif e.kind is EventKind.RECREATE:
            w.state = "recovering"
