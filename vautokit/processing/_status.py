"""The real-time status stream: one bus that widgets, text progress, logs and journals follow."""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

log = logging.getLogger(__name__)


class EventKind(StrEnum):
    RUN_STARTED = "run_started"
    WORKER_STATE = "worker_state"
    VEHICLE_STARTED = "vehicle_started"
    STEP = "step"
    VEHICLE_FINISHED = "vehicle_finished"
    RETRY = "retry"
    REQUEUED = "requeued"
    RELOGIN = "relogin"
    RECYCLE = "recycle"
    RECREATE = "recreate"
    RATE_LIMITED = "rate_limited"
    FALLBACK = "fallback"
    ENDPOINT = "endpoint"
    STOPPING = "stopping"
    RUN_FINISHED = "run_finished"


@dataclass(frozen=True)
class StatusEvent:
    kind: EventKind
    worker: int | None = None
    vehicle: int | None = None
    step: str | None = None
    outcome: str | None = None
    detail: str | None = None
    total: int | None = None
    endpoint: str | None = None
    at: float = field(default_factory=time.time)


@dataclass
class WorkerStatus:
    worker_id: int
    state: str = "idle"  # idle | busy | waiting | recovering | done | failed
    vehicle: int | None = None
    step: str | None = None
    done: int = 0
    failed: int = 0
    retries: int = 0
    endpoint: str = "local"


Subscriber = Callable[[StatusEvent], None]


class StatusBus:
    """Keeps the latest state of every worker and tells subscribers about each event."""

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

    def emit(self, kind: EventKind, **fields) -> None:
        self.publish(StatusEvent(kind, **fields))

    def snapshot(self) -> list[WorkerStatus]:
        return [copy.copy(w) for _, w in sorted(self.workers.items())]

    def _apply(self, e: StatusEvent) -> None:
        if e.kind is EventKind.RUN_STARTED:
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
