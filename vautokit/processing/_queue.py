"""The shared work queue: workers lease batches; nothing leaves it except as done."""

from __future__ import annotations

import asyncio
import collections
from collections.abc import Iterable


class WorkQueue:
    """Vehicle indices waiting for a worker. A lease is either finished or given back."""

    def __init__(self, indices: Iterable[int]) -> None:
        self._pending: collections.deque[int] = collections.deque(indices)
        self._leased = 0
        self._closed = False
        self._changed = asyncio.Condition()

    async def lease(self, n: int) -> list[int]:
        """Up to ``n`` indices; waits while others hold leases that may come back.

        Returns an empty list when everything is done or the queue was closed.
        """
        async with self._changed:
            await self._changed.wait_for(
                lambda: self._closed or self._pending or self._leased == 0)
            if self._closed:
                return []
            batch = [self._pending.popleft() for _ in range(min(n, len(self._pending)))]
            self._leased += len(batch)
            return batch

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
