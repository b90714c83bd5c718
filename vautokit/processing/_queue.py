"""The shared work queue: workers lease batches; nothing leaves it except as done."""

from __future__ import annotations

import asyncio
import collections
import math
from collections.abc import Iterable


class WorkQueue:
    """Vehicle indices waiting for a worker. A lease is either finished or given back.

    A lease takes at most ``batch`` indices and at most a fair share of what is left
    (pending / workers, rounded up), so the last batches do not pile onto one worker
    while the others stand idle.
    """

    def __init__(self, indices: Iterable[int], *, workers: int = 1) -> None:
        self.workers = max(1, workers)
        self._pending: collections.deque[int] = collections.deque(indices)
        self._leased = 0
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
        async with self._changed:
            await self._changed.wait_for(
                lambda: self._closed or self._pending or self._leased == 0)
            if self._closed:
                return []
            share = math.ceil(len(self._pending) / self.workers)
            taken = [self._pending.popleft() for _ in range(min(batch, share))]
            self._leased += len(taken)
            return taken

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
