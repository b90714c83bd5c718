"""What the sandbox served and when: the site's own side of a run's time.

A benchmark that wants to split a vehicle's wall time into the site's latency and ours needs
the site to say when it was busy. The sandbox's request middleware opens a :class:`Serving`
when a request reaches its handlers and closes it when the answer is ready; the latency
model's sleeps add to the open one through a context variable (each aiohttp request runs in
a task of its own, so concurrent requests never mix). A row costs two clock reads and a
tuple in a bounded deque, so the recorder is always on.

Times are ``time.monotonic()`` of the sandbox's process. The engine stamps its steps with
``time.time()``; :meth:`ServedRecorder.to_monotonic` converts those once, with the offset
between the two clocks taken when the recorder was made or cleared (both clocks of one process: the
sandbox runs in the benchmark's process, in a thread of its own).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass

MAX_ROWS = 200_000
"""The recorder keeps the newest rows only: a long-running sandbox never grows without bound."""

_PATH_KINDS = (
    ("/login", "signin"),
    ("/sms", "inbox"),
    ("/Va/Dashboard", "dashboard"),
    ("/Va/Inventory/Vehicles.aspx", "inventory"),
    ("/Va/Inventory/Data.ashx", "grid"),
    ("/Va/Inventory/GaugePage.aspx", "gauge"),
    ("/Va/Inventory/FactoryEquipment.aspx", "sticker"),
    ("/Va/Inventory/WindowSticker.pdf", "pdf"),
    ("/Va/Inventory/SaveOptions.ashx", "save"),
    ("/Va/api/ping", "ping"),
    ("/logout", "signin"),
)


def path_kind(path: str) -> str:
    """The kind of page or call a path is (``gauge``, ``sticker``, ``save``, ...)."""
    return next((kind for prefix, kind in _PATH_KINDS if path.startswith(prefix)), "other")


@dataclass(frozen=True)
class Served:
    """One request as the sandbox served it (times on the sandbox's monotonic clock)."""

    kind: str
    path: str
    start: float
    """When the request reached the sandbox's handlers."""
    end: float
    """When its answer was ready to send."""
    injected: float
    """Seconds the latency model slept for it on purpose (faults' sleeps included)."""
    status: int

    @property
    def seconds(self) -> float:
        return self.end - self.start


class Serving:
    """A request being served: its start and the latency injected so far."""

    __slots__ = ("injected", "start")

    def __init__(self, start: float) -> None:
        self.start = start
        self.injected = 0.0


@dataclass(frozen=True)
class SiteTime:
    """The site's share of one stretch of wall time."""

    serving: float
    """Seconds of the stretch during which the site was serving at least one request."""
    injected: float
    """Of the requests overlapping the stretch, their injected latency inside it (each
    request's share in proportion to how much of it falls inside)."""
    requests: int


_current: ContextVar[Serving | None] = ContextVar("vautokit_sandbox_serving", default=None)


class ServedRecorder:
    """``Sandbox.served``: one row per request, kept in memory for benchmarks to read."""

    def __init__(self, maxlen: int = MAX_ROWS) -> None:
        self._rows: deque[tuple[str, float, float, float, int]] = deque(maxlen=maxlen)
        self.wall_offset = time.time() - time.monotonic()
        """``time.time() - time.monotonic()`` when the recorder was made or last cleared."""

    def begin(self) -> Serving:
        """Called by the middleware as a request arrives; latency sleeps then count for it."""
        serving = Serving(time.monotonic())
        _current.set(serving)
        return serving

    def end(self, serving: Serving, path: str, status: int) -> None:
        """Called by the middleware once the answer is ready."""
        self._rows.append((path, serving.start, time.monotonic(), serving.injected, status))

    async def latency(self, seconds: float) -> None:
        """Sleep as the latency model asks, counted as injected for the request served."""
        serving = _current.get()
        if serving is not None:
            serving.injected += seconds
        await asyncio.sleep(seconds)

    def clear(self) -> None:
        """Forget every row and take the clocks' offset afresh (a run converts with it)."""
        self._rows.clear()
        self.wall_offset = time.time() - time.monotonic()

    def rows(self) -> list[Served]:
        return [Served(path_kind(path), path, start, end, injected, status)
                for path, start, end, injected, status in list(self._rows)]

    def to_monotonic(self, wall: float) -> float:
        """A ``time.time()`` stamp (the engine's step times) on the recorder's clock."""
        return wall - self.wall_offset


def site_time(served: Iterable[Served], start: float, end: float) -> SiteTime:
    """How much of ``[start, end]`` (monotonic) the site spent serving.

    Concurrent requests count once (the union of their intervals), so the result never
    exceeds the stretch itself; at one worker every request inside a vehicle's step is that
    step's, and the attribution is exact.
    """
    clipped = sorted(((max(r.start, start), min(r.end, end), r) for r in served
                      if r.start < end and r.end > start), key=lambda item: item[0])
    busy, injected, reach = 0.0, 0.0, start
    for low, high, row in clipped:
        if high > reach:
            busy += high - max(low, reach)
            reach = high
        if row.seconds > 0:
            injected += row.injected * (high - low) / row.seconds
    return SiteTime(busy, injected, len(clipped))
