"""ParallelVehicleProcessor: the drop-in replacement for the sequential loop."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from playwright.async_api import BrowserContext, Page

from ..browser import BrowserLauncher
from ..config import ParallelConfig
from ..errors import (
    AuthError,
    EndpointError,
    InvalidVinError,
    NoStickerError,
    PoolStartError,
    RateLimitedError,
    SessionExpiredError,
    StickerParseError,
    TransientSiteError,
    VautokitError,
    VehicleError,
    VinMismatchError,
    WorkerCrashedError,
)
from ..metrics import NavigationMetrics
from ..vehicles import Mode, Strategy, VehicleLink
from ._coordinator import Coordinator, ErrorBudget
from ._journal import RunJournal
from ._pool import Worker, WorkerPool, install_gate
from ._queue import WorkQueue
from ._records import Outcome, VehicleRecord
from ._result import RunResult
from ._status import EventKind
from ._workflow import VehicleServices, VehicleWorkflow

log = logging.getLogger(__name__)

_VEHICLE_OUTCOMES: dict[type[VehicleError], Outcome] = {
    InvalidVinError: Outcome.INVALID_VIN,
    VinMismatchError: Outcome.VIN_MISMATCH,
    NoStickerError: Outcome.NO_STICKER,
    StickerParseError: Outcome.STICKER_UNREADABLE,
}


@dataclass
class _Slot:
    """A worker as the processor sees it: an id and a page, recoverable or not."""

    id: int
    page: Page
    context: BrowserContext
    recoverable: bool
    endpoint: str = "local"

    def follow(self, worker: Worker) -> None:
        """Take over the pool's current context for this worker (recreated, recycled, moved)."""
        self.page, self.context, self.endpoint = worker.page, worker.context, worker.endpoint


class _Requeue(Exception):
    """Internal: the vehicle goes back to the queue (session renewed or context recreated)."""


class ParallelVehicleProcessor:
    """Processes vehicles on many isolated contexts that share the main page's login.

    ``await process_vehicles(links, main_page)`` replaces the loop over vehicles. When the
    pool cannot start, the same vehicles run one after another on ``main_page`` and the
    result says so.
    """

    def __init__(self, coordinator: Coordinator, services: VehicleServices,
                 config: ParallelConfig | None = None, *, pool: WorkerPool | None = None,
                 launcher: BrowserLauncher | None = None, mode: Mode = "check-only",
                 dry_run: bool = False, strategy: Strategy = "direct") -> None:
        self.coordinator = coordinator
        self.services = services
        self.config = config or coordinator.config
        self.pool = pool
        self.launcher = launcher
        self.workflow = VehicleWorkflow(services, mode=mode, dry_run=dry_run, strategy=strategy)
        self.status = coordinator.status
        self.metrics = NavigationMetrics()
        self._stop_reason: str | None = None
        self.journal: RunJournal | None = None
        self.run_id: str | None = None

    async def process_vehicles(self, vehicle_links: Sequence[VehicleLink], main_page: Page, *,
                               sequential: bool = False, run_id: str | None = None,
                               journal: RunJournal | None = None) -> RunResult:
        """Process every vehicle exactly once; ``sequential=True`` uses only ``main_page``.

        With a ``journal``, every state change is committed as it happens; passing the
        ``run_id`` of an earlier, unfinished run resumes it: finished vehicles are kept,
        the rest (including those in flight when it stopped) are processed, each re-read
        from the page first so nothing is saved twice.
        """
        self.journal = journal
        self.run_id = run_id or (RunJournal.new_run_id() if journal else None)
        resumed = journal.done_records(self.run_id) if journal else {}
        links = list(vehicle_links)
        if not links and journal and journal.has_run(self.run_id):
            links = journal.links(self.run_id)
        self.records = [resumed.get(i) or VehicleRecord.from_link(i, link)
                        for i, link in enumerate(links)]
        self._links = links
        self._budget = ErrorBudget(self.config)
        self._stop_reason = None
        started = time.time()
        await self.coordinator.capture(main_page)
        unsubscribe = self._follow_journal(sequential)
        self.status.emit(EventKind.RUN_STARTED, total=len(links))
        fallback, status = None, "completed"
        if sequential:
            slots = [await self._main_slot(main_page)]
        else:
            slots, fallback = await self._start_pool(main_page)
        queue = WorkQueue((i for i in range(len(links)) if i not in resumed),
                          workers=len(slots))
        try:
            await self._run_workers(slots, queue)
        except asyncio.CancelledError:
            status = "interrupted"
            raise
        finally:
            for index in await queue.close():
                self._skip(index)
            if self.pool is not None and not sequential and not fallback:
                await self.pool.close()
            ended = time.time()
            for record in self.records:
                self._skip(record.index)
            if status == "completed" and self._stopping():
                status = "stopped"
            if journal:
                journal.finish_run(self.run_id, status, mode=self._mode(sequential, fallback),
                                   workers=len(slots), fallback=fallback,
                                   stop_reason=self._budget.reason or self._stop_reason,
                                   relogins=self.coordinator.relogins)
            unsubscribe()
        self.metrics.finish(self.records, ended - started)
        self.status.emit(EventKind.RUN_FINISHED, detail=self._stop_reason)
        return RunResult(
            mode=self._mode(sequential, fallback), workers=len(slots),
            records=self.records, started=started, ended=ended, config=self.config.to_dict(),
            metrics=self.metrics, events=list(self.status.events), fallback_reason=fallback,
            stop_reason=self._budget.reason or self._stop_reason,
            relogins=self.coordinator.relogins, run_id=self.run_id)

    @staticmethod
    def _mode(sequential: bool, fallback: str | None) -> str:
        return "sequential" if sequential or fallback else "parallel"

    def _follow_journal(self, sequential: bool):
        if self.journal is None:
            return lambda: None
        self.journal.start_run(self.run_id, self._links, self.config.to_dict(),
                               "sequential" if sequential else "parallel")
        return self.status.subscribe(lambda event: self.journal.event(self.run_id, event))

    async def _run_workers(self, slots: list[_Slot], queue: WorkQueue) -> None:
        """Run the workers; on interruption stop leasing, give in-flight vehicles
        ``interrupt_grace`` seconds to finish, then cancel what is left."""
        tasks = [asyncio.create_task(self._work(slot, queue)) for slot in slots]
        try:
            await asyncio.wait(tasks)
        except asyncio.CancelledError:
            self._stop_reason = "interrupted"
            await asyncio.shield(queue.close())
            _, pending = await asyncio.wait(tasks, timeout=self.config.interrupt_grace)
            for task in pending:
                task.cancel()
            await asyncio.wait(tasks)
            raise
        for task in tasks:
            task.result()

    async def _main_slot(self, main_page: Page) -> _Slot:
        await install_gate(main_page.context, self.coordinator.throttle, block_resources=False)
        return _Slot(0, main_page, main_page.context, recoverable=False)

    async def _start_pool(self, main_page: Page) -> tuple[list[_Slot], str | None]:
        self.pool = self.pool or WorkerPool(config=self.config, launcher=self.launcher,
                                            ping_url=self._ping_url())
        try:
            await self.pool.start(self.coordinator, main_page.context.browser.browser_type,
                                  browser=main_page.context.browser)
        except PoolStartError as exc:
            reason = f"{exc}; processing sequentially on the main page"
            log.warning(reason)
            self.status.emit(EventKind.FALLBACK, detail=reason)
            return [await self._main_slot(main_page)], reason
        return [_Slot(w.id, w.page, w.context, True, w.endpoint)
                for w in self.pool.workers.values()], None

    def _ping_url(self) -> str | None:
        profile = self.services.profile
        return profile.url("ping") if profile.has_url("ping") else None

    def _stopping(self) -> bool:
        return self._budget.exhausted or self._stop_reason is not None

    async def _work(self, slot: _Slot, queue: WorkQueue) -> None:
        while not self._stopping():
            batch = await queue.lease(self.config.batch_size)
            if not batch:
                break
            for n, index in enumerate(batch):
                if self._stopping():
                    await queue.give_back(batch[n:])
                    break
                try:
                    await self._process(slot, index)
                except _Requeue:
                    await queue.give_back(batch[n:])
                    break
                await queue.done()
                if slot.recoverable:
                    await self._between_vehicles(slot)
            if self._stopping():
                self.status.emit(EventKind.STOPPING, worker=slot.id,
                                 detail=self._budget.reason or self._stop_reason)
        self.status.emit(EventKind.WORKER_STATE, worker=slot.id, detail="done")

    async def _between_vehicles(self, slot: _Slot) -> None:
        """Let the pool recycle the worker's context or move it home; a worker whose last
        endpoint was lost has nothing left to do."""
        if slot.id not in self.pool.workers:
            return
        try:
            await self.pool.after_vehicle(slot.id)
        except EndpointError as lost:
            self._stop_reason = self._no_browser(lost)
            return
        slot.follow(self.pool.workers[slot.id])

    @staticmethod
    def _no_browser(lost: EndpointError) -> str:
        return f"no browser left for the workers: {lost}"

    async def _process(self, slot: _Slot, index: int) -> None:
        record, link = self.records[index], self._links[index]
        record.worker, record.endpoint = slot.id, slot.endpoint
        record.started = record.started or time.time()
        self.status.emit(EventKind.VEHICLE_STARTED, worker=slot.id, vehicle=index)
        if self.journal:
            self.journal.vehicle_started(self.run_id, index, slot.id)
        began = time.time()
        try:
            outcome, error = await self._attempts(slot, record, link)
        finally:
            self.metrics.record_worker_performance(slot.id, {"busy_seconds": time.time() - began})
        record.finish(outcome, error)
        if self.journal:
            self.journal.vehicle_finished(self.run_id, record)
        failed = outcome is Outcome.FAILED
        self._budget.record(failed)
        self.metrics.record_worker_performance(slot.id, {"vehicles": 1, "failures": int(failed)})
        self.status.emit(EventKind.VEHICLE_FINISHED, worker=slot.id, vehicle=index,
                         outcome=outcome.value)

    async def _attempts(self, slot: _Slot, record: VehicleRecord,
                        link: VehicleLink) -> tuple[Outcome, Exception | None]:
        """Attempt until done, following each error's policy; raises _Requeue to hand back."""
        cfg, coordinator = self.config, self.coordinator
        while True:
            record.attempts += 1
            self.metrics.record_parallel_attempt(slot.id, record.index, self.workflow.strategy)
            generation = coordinator.session.generation
            try:
                await coordinator.throttle.wait()
                async with asyncio.timeout(cfg.worker_timeout):
                    outcome = await self.workflow.run(
                        slot.page, link, record, worker_id=slot.id,
                        on_step=lambda s, i=record.index: self.status.emit(
                            EventKind.STEP, worker=slot.id, vehicle=i, step=s))
                return outcome, None
            except VehicleError as exc:
                return _VEHICLE_OUTCOMES.get(type(exc), Outcome.FAILED), exc
            except SessionExpiredError as exc:
                if self._too_many_requeues(record):
                    return Outcome.FAILED, exc
                await self._renew_session(slot, record, generation)
            except WorkerCrashedError as exc:
                if not slot.recoverable:
                    self._stop_reason = f"the main page was lost: {exc}"
                    return Outcome.FAILED, exc
                if self._too_many_requeues(record):
                    return Outcome.FAILED, exc
                try:
                    await self._recover(slot, record, exc)
                except EndpointError as lost:
                    self._stop_reason = self._no_browser(lost)
                    return Outcome.SKIPPED, lost
            except RateLimitedError as exc:
                if record.rate_limited >= self._rate_limit_cap:
                    return Outcome.FAILED, exc
                self._wait_out(slot, record, exc)
            except (TransientSiteError, TimeoutError) as exc:
                if record.retries >= cfg.max_retries:
                    return Outcome.FAILED, _as_error(exc, cfg.worker_timeout)
                await self._back_off(slot, record, exc)
            except AuthError as exc:
                self._stop_reason = f"re-login failed: {exc}"
                return Outcome.FAILED, exc
            except VautokitError as exc:
                return Outcome.FAILED, exc

    async def _renew_session(self, slot: _Slot, record: VehicleRecord, generation: int) -> None:
        if await self.coordinator.relogin(generation, slot.id):
            self.metrics.record_worker_performance(slot.id, {"relogins": 1})
        if not slot.recoverable:
            return  # the main page itself signed in again: retry in place
        self.status.emit(EventKind.REQUEUED, worker=slot.id, vehicle=record.index,
                         detail="session renewed")
        raise _Requeue

    async def _recover(self, slot: _Slot, record: VehicleRecord, exc: Exception) -> None:
        slot.follow(await self.pool.recover(slot.id, reason=str(exc)))
        self.metrics.record_worker_performance(slot.id, {"recreates": 1})
        self.status.emit(EventKind.REQUEUED, worker=slot.id, vehicle=record.index,
                         detail="context recreated")
        raise _Requeue

    def _too_many_requeues(self, record: VehicleRecord) -> bool:
        """Re-queues spend no retries, but a vehicle that keeps coming back must stop."""
        record.requeues += 1
        return record.requeues > self.config.max_retries + 3

    @property
    def _rate_limit_cap(self) -> int:
        """429s spend no retries (the site asked us to wait, not to give up), within a bound."""
        return 3 * self.config.max_retries + 3

    def _wait_out(self, slot: _Slot, record: VehicleRecord, exc: RateLimitedError) -> None:
        """Pause the whole account for Retry-After; every worker's next request waits."""
        record.rate_limited += 1
        self.coordinator.throttle.pause(exc.retry_after)
        self.status.emit(EventKind.RATE_LIMITED, worker=slot.id, vehicle=record.index,
                         detail=f"{exc.retry_after:g} s")

    async def _back_off(self, slot: _Slot, record: VehicleRecord, exc: Exception) -> None:
        record.retries += 1
        self.metrics.record_worker_performance(slot.id, {"retries": 1})
        self.status.emit(EventKind.RETRY, worker=slot.id, vehicle=record.index,
                         detail=type(exc).__name__)
        await asyncio.sleep(self.coordinator.backoff(record.retries))

    def _skip(self, index: int) -> None:
        record = self.records[index]
        if record.outcome is None:
            reason = self._budget.reason or self._stop_reason or "run ended before this vehicle"
            record.finish(Outcome.SKIPPED, reason)


def _as_error(exc: Exception, worker_timeout: float) -> Exception:
    if isinstance(exc, TimeoutError):
        return TransientSiteError(f"vehicle exceeded worker_timeout of {worker_timeout:g} s")
    return exc
