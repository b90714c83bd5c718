"""Run: one call of ``process_vehicles``, from set-up to a status that says how it ended.

``async with Run(...)`` signs the workers in (the pool starts inside it), and however the
body ends (finished, stopped, interrupted, crashed) the exit closes the queue, marks every
vehicle not processed as skipped with the reason, closes the pool it started and emits
RUN_FINISHED, which the journal, the metrics and the displays all follow.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import BrowserContext, Page
from playwright.async_api import Error as PlaywrightError

from ..browser import redact_urls
from ..config import ParallelConfig
from ..errors import JournalError, PoolStartError, WorkerCrashedError
from ..model import FINAL, EventKind, Outcome, RunEnd, VehicleRecord
from ..vehicles import VehicleLink
from ._concurrency import AdaptiveTuner, ConcurrencyLimit, LearnedLimit
from ._coordinator import Coordinator, ErrorBudget
from ._evidence import Evidence
from ._journal import BUSY_TIMEOUT, DEFAULT_PATH, JournalWriter, RunJournal
from ._pool import PoolState, Worker, WorkerPool, install_gate
from ._queue import WorkQueue

log = logging.getLogger(__name__)

JOURNAL_FLUSH_SECONDS = 2 * BUSY_TIMEOUT
"""How long a run waits for its journal's queued writes at its start and end."""


@dataclass
class Slot:
    """A worker as the processor sees it: an id and a page, recoverable or not."""

    id: int
    page: Page
    context: BrowserContext
    recoverable: bool
    endpoint: str = "local"

    def follow(self, worker: Worker) -> None:
        """Take over the pool's current context for this worker (recreated, recycled, moved)."""
        self.page, self.context, self.endpoint = worker.page, worker.context, worker.endpoint


@dataclass
class Run:
    """The state of one run; nothing in it outlives the call that made it."""

    run_id: str
    links: list[VehicleLink]
    kept: dict[int, VehicleRecord]
    """Records a resume starts from: final ones are kept, the others processed again."""
    config: ParallelConfig
    coordinator: Coordinator
    main_page: Page
    sequential: bool
    journal: RunJournal | None = None
    pool_factory: Callable[[], WorkerPool] | None = None
    site: str = ""
    """The site profile's name, kept with the run's settings in the journal."""
    records: list[VehicleRecord] = field(init=False)
    reason: str | None = field(default=None, init=False)
    """Why the run stops taking vehicles (None while it goes on)."""
    status: str = field(default="running", init=False)
    fallback: str | None = field(default=None, init=False)
    slots: list[Slot] = field(default_factory=list, init=False)
    pool: WorkerPool | None = field(default=None, init=False)
    queue: WorkQueue = field(init=False)
    limit: ConcurrencyLimit = field(init=False)
    started: float = field(default=0.0, init=False)
    ended: float = field(default=0.0, init=False)
    retired: set[int] = field(default_factory=set, init=False)
    tuner: AdaptiveTuner | None = field(default=None, init=False)
    paused_for_429: dict[int, float] = field(default_factory=dict, init=False)
    """Seconds of account pause each vehicle's 429s asked for: the run stops on too many."""
    learned: LearnedLimit | None = field(default=None, init=False)
    """What this adaptive run learned about the account's limit (kept for the next run)."""

    def __post_init__(self) -> None:
        self.records = [self.kept.get(i) or VehicleRecord.from_link(i, link)
                        for i, link in enumerate(self.links)]
        self.budget = ErrorBudget(self.config)
        root = (self.journal.path if self.journal is not None else DEFAULT_PATH).parent
        self.evidence = Evidence(root, self.run_id, screenshots=self.config.screenshots,
                                 trace=self.config.trace, keep_days=self.config.keep_days)
        self._follower: JournalWriter | None = None
        self._unsubscribe: list[Callable[[], None]] = []

    def settings(self) -> dict:
        """The run's settings as results and the journal keep them: the config and the site."""
        settings = {**self.config.to_dict(), "site": self.site}
        overrides = self.coordinator.login.profile.overrides_note
        if overrides:  # the user's profile override, named in every report of the run
            settings["profile_overrides"] = overrides
        if self.learned is not None:
            settings["learned_limit"] = self.learned.to_json()
        return settings

    @property
    def account(self) -> str:
        """The account whose limit an adaptive run learns (its user name, never a secret)."""
        return self.coordinator.login.credentials.username

    @property
    def status_bus(self):
        return self.coordinator.status

    @property
    def mode(self) -> str:
        return "sequential" if self.sequential or self.fallback else "parallel"

    # stopping ----------------------------------------------------------------------------
    def stop(self, reason: str) -> None:
        """Stop taking vehicles; the first reason given is the one reported."""
        if self.reason is None:
            self.reason = reason
            log.warning("run stops: %s", reason)

    @property
    def stopping(self) -> bool:
        if self.reason is None:
            refused = self.coordinator.throttle.refused
            if self.budget.reason:
                self.stop(self.budget.reason)
            elif refused is not None:
                self.stop(f"the site asked to pause {_duration(refused)}, longer than "
                          f"max_pause {self.config.max_pause:g} s; resume the run later")
            elif self._follower is not None and self._follower.error is not None:
                self.stop(str(self._follower.error))
        return self.reason is not None

    def retire(self, slot: Slot, why: str) -> None:
        """A worker that cannot go on; with none left the run stops."""
        self.retired.add(slot.id)
        log.warning("worker %s retired: %s", slot.id, why)
        if len(self.retired) >= len(self.slots):
            self.stop(f"no worker left: {why}")

    # set-up and tear-down ------------------------------------------------------------------
    async def __aenter__(self) -> Run:
        try:
            await self._begin()
        except BaseException as exc:
            await self._end(exc)
            raise
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await self._end(exc)

    async def _begin(self) -> None:
        self.started = time.time()
        self.queue = WorkQueue((r.index for r in self.records if r.outcome not in FINAL),
                               workers=1)
        self.coordinator.begin_run()
        self.evidence.prune()
        await self._on_main_browser(self.coordinator.capture(self.main_page),
                                    "handing over its session")
        if self.journal is not None:
            self._follower = self.journal.follow_in_background(
                self.run_id, self.links, self.settings(), self.mode)
            self._unsubscribe.append(self.status_bus.subscribe(self._follower))
        self.status_bus.emit(EventKind.RUN_STARTED, total=len(self.links), at=self.started)
        await self._flush_journal()
        if self._follower is not None and self._follower.error is not None:
            raise self._follower.error
        self.slots = [await self._main_slot()] if self.sequential else await self._start_pool()
        self.queue.workers = len(self.slots)
        self._limit_concurrency()

    def _limit_concurrency(self) -> None:
        """Every worker may work at once, fewer after 429s; an adaptive run also lets its
        tuner step down toward the knee (within the endpoints' total capacity)."""
        adaptive = self.config.adaptive and self.pool is not None
        most = len(self.slots)
        if adaptive:
            most = min(most, self.pool.capacity)
        earlier = self._learned_earlier() if adaptive else None
        self.limit = ConcurrencyLimit(most, minimum=self.config.min_concurrency,
                                      additive=not adaptive, on_change=self._limit_changed,
                                      start=earlier.limit if earlier is not None else None,
                                      met=earlier.met if earlier is not None else ())
        self.tuner = AdaptiveTuner(self.limit) if adaptive else None
        if adaptive:
            learned = f", learned earlier: {earlier.describe()}" if earlier is not None else ""
            self.status_bus.emit(EventKind.CONCURRENCY, limit=self.limit.limit,
                                 detail=f"adaptive: starts at {self.limit.limit} of {most}"
                                        f"{learned}")

    def _learned_earlier(self) -> LearnedLimit | None:
        """The account's limit an earlier adaptive run on this journal learned: this run
        starts there, not at the ceiling (a fresh journal knows none: start as ever)."""
        return self.journal.learned_limit(self.site, self.account) \
            if self.journal is not None else None

    async def _remember_limit(self) -> None:
        """Keep what this adaptive run learned for the next one; a memory that cannot be
        written costs the next run some 429s, not this run its status. Written off the loop
        on a connection of its own, as every journal write of a run is."""
        if self.tuner is None or (learned := self.limit.learned()) is None:
            return
        self.learned = learned
        if self.journal is None:
            return
        try:
            await asyncio.wait_for(asyncio.to_thread(
                _write_learned, self.journal.path, self.run_id, self.site, self.account,
                learned), JOURNAL_FLUSH_SECONDS)
        except (JournalError, TimeoutError) as exc:
            log.warning("the learned concurrency limit was not kept: %s",
                        str(exc) or "the journal stayed locked")

    async def _main_slot(self) -> Slot:
        await self._on_main_browser(install_gate(self.main_page.context,
                                                 self.coordinator.throttle,
                                                 block_resources=False), "gating its requests")
        return Slot(0, self.main_page, self.main_page.context, recoverable=False)

    async def _on_main_browser(self, call: Awaitable[object], what: str) -> None:
        """An await on the main page's browser, bounded: a frozen one ends the run's start
        with the reason instead of holding it forever."""
        try:
            async with asyncio.timeout(self.config.endpoint_timeout):
                await call
        except TimeoutError:
            raise WorkerCrashedError(None, f"the main page's browser did not answer "
                                     f"({what}) within {self.config.endpoint_timeout:g} s") \
                from None

    async def _start_pool(self) -> list[Slot]:
        self.pool = self.pool_factory()
        if self.pool.state is PoolState.OPENED and await self._adopt_pool():
            return [Slot(w.id, w.page, w.context, True, w.endpoint)
                    for w in self.pool.workers.values()]
        for worker_id in range(1, self.pool.size + 1):
            self.status_bus.emit(EventKind.WORKER_STATE, worker=worker_id, detail="starting")
        browser = self.main_page.context.browser
        try:
            await self.pool.start(self.coordinator, browser.browser_type, browser=browser)
        except PoolStartError as exc:
            self.pool = None
            self.fallback = redact_urls(f"{exc}; processing sequentially on the main page")
            log.warning(self.fallback)
            self.status_bus.emit(EventKind.FALLBACK, detail=self.fallback)
            return [await self._main_slot()]
        return [Slot(w.id, w.page, w.context, True, w.endpoint)
                for w in self.pool.workers.values()]

    async def _adopt_pool(self) -> bool:
        """Take over a pool opened ahead of the run (``Automation.vehicles`` opens it while
        the links are collected): each context gets the session captured for this run, and
        the coordinator holds it again for re-logins. False when a context is gone: the pool
        is closed and the run starts one as ever."""
        workers = list(self.pool.workers.values())
        try:
            async with asyncio.timeout(self.config.endpoint_timeout):
                await asyncio.gather(*(self.coordinator.inherit_session(w.context, w.id)
                                       for w in workers))
        except (PlaywrightError, TimeoutError) as exc:
            log.info("the workers opened ahead cannot be used (%s); opening them again",
                     _brief(exc))
            await self.pool.close()
            return False
        for worker in workers:
            self.status_bus.emit(EventKind.WORKER_STATE, worker=worker.id, detail="idle",
                                 endpoint=worker.endpoint)
        return True

    def _limit_changed(self, old: int, new: int, reason: str) -> None:
        self.status_bus.emit(EventKind.CONCURRENCY, limit=new, detail=f"{old} -> {new}: {reason}")

    async def _flush_journal(self) -> None:
        """Wait (off the event loop) for the journal's writes so far: a failed one stops
        the run; writes that stay blocked past the bound stop it too, resumable."""
        if self._follower is None or self._follower.error is not None:
            return
        if not await self._follower.flush(JOURNAL_FLUSH_SECONDS):
            self.stop(f"the journal {self.journal.path} did not take the run's writes within "
                      f"{JOURNAL_FLUSH_SECONDS:g} s (locked by another program?); resume the "
                      "run later")

    async def _end(self, exc: BaseException | None) -> None:
        """Whatever happened: leftovers skipped with the reason, pool closed, status told
        (after the journal's writes so far, so that a failed one is part of the status)."""
        try:
            await self._flush_journal()
        finally:
            await self._finish(exc)

    async def _finish(self, exc: BaseException | None) -> None:
        self.status = _status_of(exc, self.stopping)
        if self.status == "crashed":
            self.stop(f"crashed: {_brief(exc)}")
        elif self.status == "interrupted":
            self.stop("interrupted")
        try:
            await self.queue.close()
            if self.pool is not None:
                await self.pool.close()
        except Exception as closing:  # the run's status must still be told, and be true
            self.status = "crashed"
            self.reason = f"closing the worker pool failed: {_brief(closing)}"
            raise
        finally:
            self.ended = time.time()
            for record in self.records:
                if record.outcome is None:
                    record.finish(Outcome.SKIPPED, self.reason or "run ended before this vehicle")
            end = RunEnd(self.status, self.reason if self.status != "completed" else None,
                         self.mode, len(self.slots), self.fallback, self.coordinator.relogins)
            self.status_bus.emit(EventKind.RUN_FINISHED, detail=self.status, end=end,
                                 at=self.ended)
            for unsubscribe in self._unsubscribe:
                unsubscribe()
            if self._follower is not None and not await self._follower.close(
                    JOURNAL_FLUSH_SECONDS):
                log.warning("the journal %s is still writing the end of run %s; if it never "
                            "does, the run shows as abandoned and resumes", self.journal.path,
                            self.run_id)
            await self._remember_limit()


def _write_learned(path: Path, run_id: str, site: str, account: str,
                   learned: LearnedLimit) -> None:
    journal = RunJournal(path)
    try:
        journal.remember_limit(run_id, site, account, learned)
    finally:
        journal.close()


def _status_of(exc: BaseException | None, stopping: bool) -> str:
    if isinstance(exc, asyncio.CancelledError | KeyboardInterrupt):
        return "interrupted"
    if exc is not None and not isinstance(exc, JournalError):
        return "crashed"
    if exc is not None or stopping:
        return "stopped"
    return "completed"


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:300] if lines else ""


def _brief(exc: BaseException) -> str:
    """Type and first line, with any secret an endpoint URL carries taken out."""
    return redact_urls(f"{type(exc).__name__}: {_first_line(exc)}")


def _duration(seconds: float) -> str:
    if seconds == float("inf") or seconds > 10 * 365 * 86400:
        return "practically forever"
    return f"{seconds:,.0f} s"
