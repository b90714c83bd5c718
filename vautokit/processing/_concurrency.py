"""How many workers may work on a vehicle at once, and why that number changes.

Every worker holds a warm context, but only ``limit`` of them work at a time; the others
wait for a slot. The limit follows the account like TCP's congestion window follows the
network: a 429 cuts it multiplicatively (once per round of work, not once per 429 of the
same burst), a round without one adds a worker back, up to the number of workers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import statistics
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field

import psutil

log = logging.getLogger(__name__)

DECREASE = 0.5
"""Share of the limit kept after a 429 burst (TCP keeps half; Netflix AIMD 0.9)."""

PROBE_ROUNDS = 10
"""Rounds without a 429 after which a limit held under a level that met 429s probes upward."""
KNOWN_PROBE_ROUNDS = 40
"""The same when an earlier run met 429s right above the limit it learned: the account's limit
is known, and every probe above it costs a 429 burst and an account-wide pause, so it is tried
a quarter as often (a long run still finds a limit the account has since raised)."""

OnChange = Callable[[int, int, str], None]


@dataclass(frozen=True)
class LearnedLimit:
    """What an adaptive run found out about one account: the highest limit that brought a
    whole round of vehicles home without a 429 (none met later at or below it), and the
    limits at which the account answered 429.

    Kept in the journal per site and account, so the next run starts there instead of at the
    ceiling (and learns the same limit again, paying for it in 429s and pauses).
    """

    limit: int
    met: tuple[int, ...] = ()

    def describe(self) -> str:
        """``4 (429s at 8, 5)``: the learned limit, and the levels that met 429s."""
        if not self.met:
            return str(self.limit)
        return f"{self.limit} (429s at {', '.join(map(str, self.met))})"

    def to_json(self) -> dict[str, object]:
        """As the run's settings keep it: what its report and the history show."""
        return {"limit": self.limit, "met": list(self.met), "text": self.describe()}


class ConcurrencyLimit:
    """An adjustable semaphore for vehicle attempts.

    ``on_change(old, new, reason)`` hears every change (the processor turns it into a
    CONCURRENCY event).
    """

    def __init__(self, workers: int, *, minimum: int = 1, additive: bool = True,
                 on_change: OnChange | None = None, start: int | None = None,
                 met: Iterable[int] = ()) -> None:
        """``start`` (a limit an earlier run learned) begins below the maximum, held there
        as after a 429: after ten rounds without one the limit probes upward again. When
        that run also ``met`` 429s one level above ``start``, the account's limit is known:
        the probe waits four times as long, and a 429 it meets sends the limit back to
        ``start`` instead of halving it."""
        self.maximum = max(1, workers)
        self.minimum = max(1, min(minimum, self.maximum))
        self.limit = self.maximum if start is None else max(self.minimum,
                                                            min(self.maximum, start))
        self.ceiling = self.limit
        """No climbing above this: lowered to just under a level that met 429s, for a while."""
        self.met: list[int] = []
        """The limits at which the account answered 429 (each one cut), in order."""
        self.good: int | None = None
        """The highest limit that brought a whole round of vehicles home without a 429 and
        met none later at or below it (a late cut does not make the account look smaller)."""
        self.known: int | None = self.limit if start is not None and \
            self.limit + 1 in set(met) else None
        """The account's limit as an earlier run found it (429s one level up), while this
        run has not met a 429 at or below it: probes above it are rare and cheap."""
        self._met_earlier = tuple(level for level in met if level > self.limit)
        """Levels an earlier run met 429s at, above where this one starts: still true of the
        account unless this run learns otherwise, so passed on to the next run."""
        self.active = 0
        self.epoch = 0
        self.additive = additive
        self._successes = 0
        self._since_429 = 0
        self._cuts_in_a_row = 0
        """Cuts with no vehicle done between them: each one cuts deeper, so a limit far
        above the account's falls in two or three bursts instead of many."""
        self._waiters: list[asyncio.Future[None]] = []
        self._on_change = on_change

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Wait until fewer than ``limit`` workers are working, then work."""
        while self.active >= self.limit:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            finally:
                self._waiters.remove(waiter)
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1
            self._wake()

    @property
    def over(self) -> bool:
        """More workers are working than the limit allows (it was lowered meanwhile)."""
        return self.active > self.limit

    def rate_limited(self, epoch: int) -> None:
        """A 429 on work begun in ``epoch``: cut the limit once per epoch, so one burst of
        429s (answered to requests sent under the old limit) counts once; halve it, and
        quarter it when the last cut brought no vehicle home."""
        if epoch != self.epoch:
            return
        self.ceiling, self._since_429 = max(self.minimum, self.limit - 1), 0
        self.met.append(self.limit)
        if self.good is not None and self.good >= self.limit:
            self.good = None  # the account allows less than it did
        if self.known is not None and self.limit > self.known and not self._cuts_in_a_row:
            self._cuts_in_a_row += 1
            self._set(self.known, "the account answered 429 above its known limit")
            return
        self.known = None  # a 429 at or under the known limit: the account changed
        keep = DECREASE ** (1 + self._cuts_in_a_row)
        self._cuts_in_a_row += 1
        self._set(math.floor(self.limit * keep), "the account answered 429")

    def succeeded(self) -> None:
        """A vehicle done: after a whole round of them without a 429, one worker more (up to
        the ceiling, which lifts after ten rounds without a 429). Without ``additive`` (an
        adaptive run, whose tuner decides) this only climbs back after 429s."""
        self._successes += 1
        self._since_429 += 1
        self._cuts_in_a_row = 0
        if self._successes >= self.limit:
            self.good = max(self.good or 0, self.limit)
        recovering = self.ceiling < self.maximum
        rounds = PROBE_ROUNDS if self.known is None else KNOWN_PROBE_ROUNDS
        if recovering and self._since_429 >= rounds * self.limit:
            self.ceiling = self.maximum
        if (self.additive or recovering) and self.limit < self.ceiling \
                and self._successes >= self.limit:
            self._set(self.limit + 1, f"{self._successes} vehicles without a 429")

    def learned(self) -> LearnedLimit | None:
        """What this run can tell the next one about the account; None when it saw neither
        a whole round of vehicles nor a 429 (too short to tell anything). The levels that
        met 429s include an earlier run's still above the limit, so a run that started at
        the known limit and never probed keeps it known."""
        if self.good is None and not self.met:
            return None
        limit = self.good if self.good is not None else self.limit
        earlier = (level for level in self._met_earlier if level > limit)
        return LearnedLimit(limit, tuple(dict.fromkeys([*self.met, *earlier])))

    def set(self, limit: int, reason: str) -> None:
        """Move the limit (bounded by minimum and maximum) and say why."""
        self._set(limit, reason)

    def _set(self, limit: int, reason: str) -> None:
        limit = max(self.minimum, min(self.maximum, limit))
        self._successes = 0
        if limit == self.limit:
            return
        old, self.limit = self.limit, limit
        self.epoch += 1
        log.info("concurrency %d -> %d: %s", old, limit, reason)
        if self._on_change is not None:
            self._on_change(old, limit, reason)
        self._wake()

    def _wake(self) -> None:
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)


@dataclass
class _Level:
    """What one limit measured: vehicle latencies of the work begun under it."""

    limit: int
    epoch: int
    seconds: list[float] = field(default_factory=list)
    cpu_started: float = field(default_factory=lambda: _cpu_seconds())
    wall_started: float = field(default_factory=time.monotonic)

    def cpu_share(self, cores: int) -> float:
        """Share of the machine's cores busy since the level began (any process)."""
        wall = time.monotonic() - self.wall_started
        return (_cpu_seconds() - self.cpu_started) / (wall * cores) if wall > 0 else 0.0

    @property
    def latency(self) -> float:
        return statistics.median(self.seconds)

    @property
    def throughput(self) -> float:
        """Vehicles per second while ``limit`` work at once (Little's law: N / latency)."""
        return self.limit / self.latency


class AdaptiveTuner:
    """Moves a :class:`ConcurrencyLimit` toward this workload's knee.

    The run starts with every warm worker allowed (a short job is over before any probe
    from below could pay off). From there the tuner steps down while the machine's CPU is
    saturated and throughput (limit / median vehicle latency, Little's law) holds up,
    returns to the best level as soon as a step costs throughput, and then holds. 429s
    cut the limit as in any run, and it climbs back one worker a round, never above a level
    that met them.
    Latency far above its floor sends it back to the best level. Each decision waits for
    enough vehicles begun under the current limit, so one slow vehicle moves nothing, and
    it holds while fewer vehicles are queued than allowed (a run's tail says nothing).
    """

    FALL = 0.9
    """Throughput below this share of the best level's undoes the last step."""
    LATENCY_LIMIT = 2.0
    """Latency over its floor that means the workers queue for something (CPU, the site)."""
    CPU_BUSY = 0.9

    def __init__(self, limit: ConcurrencyLimit, *, cores: int | None = None) -> None:
        self.limit = limit
        self.cores = cores or psutil.cpu_count() or 1
        self.settled = False
        self.floor: float | None = None
        self.best: _Level | None = None
        self.level = self._new_level()

    def _new_level(self) -> _Level:
        return _Level(self.limit.limit, self.limit.epoch)

    def finished(self, epoch: int, seconds: float, *, pending: int) -> None:
        """A vehicle begun in ``epoch`` took ``seconds``; ``pending`` are still queued."""
        if epoch != self.limit.epoch:
            return
        if self.level.epoch != epoch:  # the limit moved for another reason (a 429)
            self.level, self.settled = self._new_level(), False
        level = self.level
        level.seconds.append(seconds)
        if len(level.seconds) < max(4, level.limit // 2) or pending < level.limit:
            return
        self._decide(level)

    def _decide(self, level: _Level) -> None:
        latency, throughput = level.latency, level.throughput
        self.floor = latency if self.floor is None else min(self.floor, latency)
        if self.best is None or throughput > self.best.throughput or \
                self.best.limit > self.limit.ceiling:
            self.best = level
        share = level.cpu_share(self.cores)
        if latency > self.floor * self.LATENCY_LIMIT and level.limit > self.best.limit:
            self._settle(f"latency {latency:.1f} s is over {self.LATENCY_LIMIT:g}x its floor")
        elif throughput < self.best.throughput * self.FALL:
            self._settle(f"throughput fell to {60 * throughput:.1f} vehicles/min")
        elif share >= self.CPU_BUSY and not self.settled and level.limit > self.limit.minimum:
            self._step(level.limit - max(1, level.limit // 5),
                       f"the CPU is saturated ({share:.0%} of {self.cores} cores)")
        else:
            self.level = self._new_level()

    def _settle(self, why: str) -> None:
        """Back to the best level seen, and stay there."""
        self.settled = True
        self._step(self.best.limit, f"{why}: back to the best level "
                                    f"({60 * self.best.throughput:.1f} vehicles/min)")

    def _step(self, limit: int, reason: str) -> None:
        self.limit.set(limit, reason)
        self.level = self._new_level()


def _cpu_seconds() -> float:
    times = psutil.cpu_times()
    return times.user + times.system
