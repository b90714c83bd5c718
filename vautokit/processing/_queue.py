"""The shared work queue: workers lease batches; nothing leaves it except as done."""

from __future__ import annotations

import asyncio
import collections
import math
from collections.abc import Iterable


class Lease:
    """The vehicles leased to one worker and not started yet, in the order given.

    The worker takes them one at a time (:meth:`next`); when nothing else is pending, an
    idle worker's :meth:`WorkQueue.take` takes one from the back of the longest lease, so
    the end of a run is not one worker going through its batch while the others wait.
    """

    def __init__(self, indices: Iterable[int]) -> None:
        self._waiting: collections.deque[int] = collections.deque(indices)

    def __len__(self) -> int:
        return len(self._waiting)

    def next(self) -> int | None:
        """The next vehicle to start, or None when none is left (taken or stolen)."""
        return self._waiting.popleft() if self._waiting else None

    def rest(self) -> list[int]:
        """Every vehicle not started yet, taken out of the lease (to give back)."""
        left, self._waiting = list(self._waiting), collections.deque()
        return left

    def _steal(self) -> int:
        return self._waiting.pop()


class WorkQueue:
    """Vehicle indices waiting for a worker. A lease is either finished or given back.

    A lease takes at most ``batch`` indices and at most a fair share of what is left
    (pending / workers, rounded up), so the last batches do not pile onto one worker
    while the others stand idle; once nothing is pending, a worker out of work takes a
    vehicle another worker leased and has not started (:class:`Lease`).
    """

    def __init__(self, indices: Iterable[int], *, workers: int = 1) -> None:
        self.workers = max(1, workers)
        self._pending: collections.deque[int] = collections.deque(indices)
        self._leased = 0
        self._leases: list[Lease] = []
        self._closed = False
        self._changed = asyncio.Condition()

    @property
    def leased(self) -> int:
        """Indices handed out and neither finished nor given back yet."""
        return self._leased

    @property
    def pending(self) -> int:
        return len(self._pending)

    async def lease(self, batch: int) -> list[int]:
        """Up to ``batch`` indices; waits while others hold leases that may come back.

        Returns an empty list when everything is done or the queue was closed.
        """
        return (await self.take(batch)).rest()

    async def take(self, batch: int) -> Lease:
        """Like :meth:`lease`, as a :class:`Lease` the worker draws from one at a time;
        with nothing pending, one vehicle of the longest lease not started yet.

        An empty lease means everything is done or the queue was closed.
        """
        async with self._changed:
            await self._changed.wait_for(
                lambda: self._closed or self._pending or self._longest() is not None
                or self._leased == 0)
            if self._closed:
                return Lease(())
            if not self._pending:
                longest = self._longest()
                return self._track(Lease([longest._steal()] if longest else []))
            share = math.ceil(len(self._pending) / self.workers)
            taken = [self._pending.popleft() for _ in range(min(batch, share))]
            self._leased += len(taken)
            return self._track(Lease(taken))

    def _track(self, lease: Lease) -> Lease:
        self._leases = [held for held in self._leases if held]
        if lease:
            self._leases.append(lease)
        return lease

    def _longest(self) -> Lease | None:
        """The lease with the most vehicles not started, if any has one."""
        longest = max(self._leases, key=len, default=None)
        return longest if longest else None

    async def done(self, count: int = 1) -> None:
        async with self._changed:
            self._leased -= count
            self._changed.notify_all()

    async def give_back(self, indices: list[int]) -> None:
        """Return leased indices to the front, in order, for any worker to take."""
        async with self._changed:
            self._pending.extendleft(reversed(indices))
            self._leased -= len(indices)
            self._changed.notify_all()

    async def close(self) -> list[int]:
        """Stop handing out work; returns what was still pending."""
        async with self._changed:
            self._closed = True
            left = list(self._pending)
            self._pending.clear()
            self._changed.notify_all()
            return left
