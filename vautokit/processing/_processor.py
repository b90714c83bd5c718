"""ParallelVehicleProcessor: the drop-in replacement for the sequential loop."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence

from playwright.async_api import Page

from ..browser import BrowserLauncher, redact_urls
from ..config import ParallelConfig
from ..errors import (
    AuthError,
    EndpointError,
    HealReviewError,
    InvalidVinError,
    JournalError,
    NoStickerError,
    RateLimitedError,
    SessionExpiredError,
    StickerParseError,
    TransientSiteError,
    UnexpectedError,
    VautokitError,
    VehicleError,
    VinMismatchError,
    WorkerCrashedError,
)
from ..metrics import NavigationMetrics
from ..model import SUCCESSES, EventKind, Outcome, VehicleRecord
from ..vehicles import Mode, Strategy, VehicleLink
from ._coordinator import Coordinator
from ._journal import RunJournal
from ._pool import WorkerPool, page_answers, pause_account
from ._result import RunResult
from ._run import Run, Slot, _brief, _first_line
from ._workflow import StepListener, VehicleServices, VehicleWorkflow

log = logging.getLogger(__name__)

_VEHICLE_OUTCOMES: dict[type[VehicleError], Outcome] = {
    InvalidVinError: Outcome.INVALID_VIN,
    VinMismatchError: Outcome.VIN_MISMATCH,
    NoStickerError: Outcome.NO_STICKER,
    StickerParseError: Outcome.STICKER_UNREADABLE,
    HealReviewError: Outcome.DRY_RUN,  # saved through no heal a person has not accepted
}

Verdict = tuple[Outcome, Exception | None]

RATE_LIMIT_FLOOR = 0.05
"""Shortest pause after a 429 (seconds), even with a backoff configured to zero."""
RATE_LIMIT_BUDGET_PAUSES = 5
"""A vehicle may be held back by 429s for this many ``max_pause`` in all."""
RATE_LIMIT_MIN_BUDGET = 30.0


class _Requeue(Exception):
    """Internal: the vehicle goes back to the queue (session renewed or context recreated)."""


class _Retire(Exception):
    """Internal: this worker cannot go on; its vehicles go back to the queue."""


class ParallelVehicleProcessor:
    """Processes vehicles on many isolated contexts that share the main page's login.

    ``await process_vehicles(links, main_page)`` replaces the loop over vehicles. When the
    pool cannot start, the same vehicles run one after another on ``main_page`` and the
    result says so. Each call is a run of its own: a processor can be used again.
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
        self.run: Run | None = None

    async def process_vehicles(self, vehicle_links: Sequence[VehicleLink], main_page: Page, *,
                               sequential: bool = False, run_id: str | None = None,
                               journal: RunJournal | None = None) -> RunResult:
        """Process every vehicle exactly once; ``sequential=True`` uses only ``main_page``.

        With a ``journal``, every state change is committed as it happens; passing the
        ``run_id`` of an earlier, unfinished run resumes it: vehicles with a final outcome
        are kept, the rest (skipped, failed, in flight when it stopped) are processed again,
        each re-read from the page first so nothing is saved twice.
        """
        links, kept, run_id = _plan(vehicle_links, run_id, journal)
        self.run = run = Run(run_id, links, kept, self.config, self.coordinator, main_page,
                             sequential, journal, self._pool, site=self.services.profile.name)
        try:
            async with run:
                await self._run_workers(run)
        finally:  # the main page goes on being used: no sticker window of this run stays
            await self.services.sticker.release(main_page)
        return RunResult(
            mode=run.mode, workers=len(run.slots), records=run.records, started=run.started,
            ended=run.ended, config=run.settings(),
            metrics=NavigationMetrics.from_records(run.records, run.ended - run.started,
                                                   self.status.events),
            events=list(self.status.events), fallback_reason=run.fallback,
            stop_reason=run.reason if run.status != "completed" else None,
            relogins=self.coordinator.relogins, run_id=run_id, status=run.status)

    def _pool(self) -> WorkerPool:
        if self.pool is None:
            self.pool = WorkerPool(config=self.config, launcher=self.launcher,
                                   ping_url=self.services.profile.ping_url)
        return self.pool

    async def _run_workers(self, run: Run) -> None:
        """Run the workers; on interruption stop leasing, give in-flight vehicles
        ``interrupt_grace`` seconds to finish, then cancel what is left."""
        tasks = [asyncio.create_task(self._work(run, slot)) for slot in run.slots]
        try:
            await asyncio.wait(tasks)
        except asyncio.CancelledError:
            run.stop("interrupted")
            await asyncio.shield(run.queue.close())
            _, pending = await asyncio.wait(tasks, timeout=self.config.interrupt_grace)
            for task in pending:
                task.cancel()
            await asyncio.wait(tasks)
            raise

    # one worker ----------------------------------------------------------------------------
    async def _work(self, run: Run, slot: Slot) -> None:
        """Lease, process, hand back: whatever happens, no lease outlives this worker."""
        held: list[int] = []
        try:
            while not run.stopping and slot.id not in run.retired:
                async with run.limit.slot():
                    held = await run.queue.lease(self.config.batch_size)
                    if not held:
                        break
                    while held and not run.stopping and not run.limit.over:
                        finished = await self._process(run, slot, held[0])
                        index = held.pop(0)
                        await (run.queue.done() if finished else run.queue.give_back([index]))
                        if not finished:
                            break
                        await self._between_vehicles(run, slot)
                    await run.queue.give_back(held)
                    held = []
        except _Retire as why:
            run.retire(slot, str(why))
        except Exception as exc:  # a fault in the engine itself: this worker stops, not the run
            log.exception("worker %s stopped on an unexpected error", slot.id)
            run.retire(slot, _brief(exc))
        finally:
            if held:
                await asyncio.shield(run.queue.give_back(held))
            if run.stopping:
                self.status.emit(EventKind.STOPPING, worker=slot.id, detail=run.reason)
            self.status.emit(EventKind.WORKER_STATE, worker=slot.id, detail="done")

    async def _between_vehicles(self, run: Run, slot: Slot) -> None:
        """Let the pool recycle the worker's context or move it home."""
        if not slot.recoverable or run.pool is None or slot.id not in run.pool.workers:
            return
        try:
            await run.pool.after_vehicle(slot.id)
        except EndpointError as lost:
            run.stop(_no_browser(lost))
            return
        except Exception as exc:
            await self._recover(run, slot, f"recycling failed: {_brief(exc)}")
        slot.follow(run.pool.workers[slot.id])

    async def _process(self, run: Run, slot: Slot, index: int) -> bool:
        """One vehicle on this worker: True when it has an outcome, False when re-queued."""
        record, link = run.records[index], run.links[index]
        record.worker, record.endpoint = slot.id, slot.endpoint
        record.started = record.started or time.time()
        began, epoch = time.monotonic(), run.limit.epoch
        self.status.emit(EventKind.VEHICLE_STARTED, worker=slot.id, vehicle=index,
                         endpoint=slot.endpoint)
        try:
            outcome, error = await self._attempts(run, slot, record, link)
        except _Requeue:
            return False
        except _Retire:
            self.status.emit(EventKind.REQUEUED, worker=slot.id, vehicle=index,
                             detail="worker retired")
            raise
        if outcome is Outcome.FAILED and not isinstance(error, WorkerCrashedError):
            await self._keep_evidence(run, slot, record, "failed")  # a crashed page is gone
        record.finish(outcome, error)
        record.error = redact_urls(record.error) if record.error else record.error
        run.budget.record(outcome is Outcome.FAILED, error)
        if outcome in SUCCESSES:
            run.limit.succeeded()
        if run.tuner is not None:
            run.tuner.finished(epoch, time.monotonic() - began, pending=run.queue.pending)
        self.status.emit(EventKind.VEHICLE_FINISHED, worker=slot.id, vehicle=index,
                         outcome=outcome.value, record=record)
        return True

    async def _attempts(self, run: Run, slot: Slot, record: VehicleRecord,
                        link: VehicleLink) -> Verdict:
        """Attempt until done, following each error's policy; raises _Requeue to hand back."""
        cfg, coordinator = self.config, self.coordinator
        while True:
            if run.stopping and record.attempts:
                return Outcome.SKIPPED, VautokitError(run.reason)
            record.attempts += 1
            generation, epoch = coordinator.session.generation, run.limit.epoch
            context = slot.context
            tracing = slot.recoverable and await run.evidence.start_trace(context)
            try:
                await coordinator.throttle.wait()
                async with asyncio.timeout(cfg.worker_timeout):
                    outcome = await self.workflow.run(slot.page, link, record,
                                                      worker_id=slot.id,
                                                      on_step=self._step_listener(slot, record))
            except Exception as exc:
                if tracing:
                    await run.evidence.stop_trace(context, record.index, failed=True,
                                                  attempt=record.attempts)
                verdict = await self._handle(run, slot, record, exc, generation, epoch)
            else:
                if tracing:
                    await run.evidence.stop_trace(context, record.index, failed=False,
                                                  attempt=record.attempts)
                return outcome, None
            if verdict is not None:
                return verdict

    def _step_listener(self, slot: Slot, record: VehicleRecord) -> StepListener:
        """STEP for whoever watches; before a save also SAVING, which the journal notes so
        that a resume knows the save went out even if the run never finishes the vehicle."""
        def on_step(step: str) -> None:
            self.status.emit(EventKind.STEP, worker=slot.id, vehicle=record.index, step=step)
            if step == "save":
                self.status.emit(EventKind.SAVING, worker=slot.id, vehicle=record.index,
                                 record=record)
        return on_step

    async def _handle(self, run: Run, slot: Slot, record: VehicleRecord, exc: Exception,
                      generation: int, epoch: int) -> Verdict | None:
        """The policy for one failed attempt: a verdict, None to try again, or _Requeue."""
        if isinstance(exc, TransientSiteError | TimeoutError) and not await page_answers(
                slot.page, self.config.endpoint_timeout):
            exc = WorkerCrashedError(slot.id, f"its browser stopped answering "
                                              f"({_first_line(exc) or type(exc).__name__})")
        if isinstance(exc, VehicleError):
            return _VEHICLE_OUTCOMES.get(type(exc), Outcome.FAILED), exc
        if isinstance(exc, SessionExpiredError):
            return await self._renew_session(run, slot, record, exc, generation)
        if isinstance(exc, WorkerCrashedError):
            if not slot.recoverable:
                run.stop(f"the main page was lost: {exc}")
                return Outcome.SKIPPED, exc
            if self._too_many_requeues(record):
                await self._recover(run, slot, str(exc))  # the next vehicle gets a live one
                return Outcome.FAILED, exc
            await self._recover(run, slot, str(exc), record)
        if isinstance(exc, RateLimitedError):
            return self._wait_out(run, slot, record, exc, epoch)
        if isinstance(exc, TransientSiteError | TimeoutError):
            if record.retries >= self.config.max_retries:
                return Outcome.FAILED, _as_error(exc, self.config.worker_timeout)
            await self._back_off(run, slot, record, type(exc).__name__)
            return None
        if isinstance(exc, AuthError | EndpointError | JournalError):
            run.stop(redact_urls(str(exc)))
            return Outcome.SKIPPED, exc
        if isinstance(exc, VautokitError):
            return Outcome.FAILED, exc
        return await self._unexpected(run, slot, record, exc)

    async def _renew_session(self, run: Run, slot: Slot, record: VehicleRecord,
                             exc: SessionExpiredError, generation: int) -> Verdict | None:
        if self._too_many_requeues(record):
            return Outcome.FAILED, exc
        try:  # bounded: handing the new session to a frozen worker's browser never ends
            async with asyncio.timeout(self.config.worker_timeout):
                await self.coordinator.relogin(generation, slot.id)
        except Exception as failed:
            run.stop(f"re-login failed: {_brief(failed)}" if str(failed) else
                     f"re-login failed: no answer within {self.config.worker_timeout:g} s")
            return Outcome.SKIPPED, failed
        if not slot.recoverable:  # the main page itself signed in again: retry in place
            record.requeues += 1
            return None
        self._requeue(slot, record, "session renewed")

    async def _unexpected(self, run: Run, slot: Slot, record: VehicleRecord,
                          exc: Exception) -> Verdict | None:
        """An error nobody planned for: recover the worker and retry once, then fail."""
        error = UnexpectedError(exc, redact_urls(_first_line(exc)))
        log.warning("worker %s, vehicle %s: %s", slot.id, record.stock, error)
        record.unexpected += 1
        if record.unexpected > 1:
            return Outcome.FAILED, error
        if slot.recoverable:
            await self._recover(run, slot, f"unexpected {error.original_type}", record)
        await self._back_off(run, slot, record, error.kind)
        return None

    async def _recover(self, run: Run, slot: Slot, reason: str,
                       record: VehicleRecord | None = None) -> None:
        """A fresh context for the worker; the vehicle (if any) goes back to the queue.
        Raises _Retire when no context can be had for this worker."""
        try:
            slot.follow(await run.pool.recover(slot.id, reason=reason))
        except EndpointError as lost:
            run.stop(_no_browser(lost))
            raise _Retire(str(lost)) from lost
        except Exception as exc:
            raise _Retire(f"cannot recreate its context: {_brief(exc)}") from exc
        if record is not None:
            self._requeue(slot, record, "context recreated")

    def _requeue(self, slot: Slot, record: VehicleRecord, why: str) -> None:
        record.requeues += 1
        self.status.emit(EventKind.REQUEUED, worker=slot.id, vehicle=record.index, detail=why)
        raise _Requeue

    def _too_many_requeues(self, record: VehicleRecord) -> bool:
        """Re-queues spend no retries, but a vehicle that keeps coming back must stop."""
        return record.requeues > self.config.max_retries + 2

    @property
    def _rate_limit_budget(self) -> float:
        """429s never fail a vehicle; one held back longer than this in all (seconds of
        pause) stops the run instead. Time, not a count: a site answering ``Retry-After: 0``
        cannot use it up in an instant, and a patient one is given its time."""
        return max(RATE_LIMIT_BUDGET_PAUSES * self.config.max_pause, RATE_LIMIT_MIN_BUDGET)

    def _wait_out(self, run: Run, slot: Slot, record: VehicleRecord, exc: RateLimitedError,
                  epoch: int) -> Verdict | None:
        """Pause the whole account for Retry-After (bounded by max_pause), fewer workers
        sending at once; no retry is spent. The pause is never shorter than the run's own
        backoff for this vehicle's 429s: ``Retry-After: 0``, a negative one or a date in the
        past asks for nothing, and retrying at once would only meet the next 429."""
        record.rate_limited += 1
        ours = min(max(RATE_LIMIT_FLOOR, self.coordinator.backoff(record.rate_limited)),
                   self.config.max_pause)  # the run's own backoff is never refused
        seconds = ours if exc.retry_after is None else max(exc.retry_after, ours)
        paused = run.paused_for_429.get(record.index, 0.0) + min(seconds, self.config.max_pause)
        run.paused_for_429[record.index] = paused
        if paused > self._rate_limit_budget:
            run.stop(f"the site kept answering 429 (vehicle {record.stock} held back "
                     f"{paused:,.0f} s over {record.rate_limited} answers, at "
                     f"{run.limit.limit} workers); resume the run later")
            return Outcome.SKIPPED, exc
        pause_account(self.coordinator.throttle, seconds)
        run.limit.rate_limited(epoch)
        self.status.emit(EventKind.RATE_LIMITED, worker=slot.id, vehicle=record.index,
                         detail=f"{min(seconds, self.config.max_pause):g} s")
        if slot.recoverable and run.limit.over:  # fewer workers send: this one steps aside
            self._requeue(slot, record, "fewer workers after a 429")
        return None

    async def _back_off(self, run: Run, slot: Slot, record: VehicleRecord, why: str) -> None:
        record.retries += 1
        self.status.emit(EventKind.RETRY, worker=slot.id, vehicle=record.index, detail=why)
        await self._keep_evidence(run, slot, record, f"retry {why}")
        await asyncio.sleep(self.coordinator.backoff(record.retries))

    @staticmethod
    async def _keep_evidence(run: Run, slot: Slot, record: VehicleRecord, label: str) -> None:
        """A screenshot of the page as the failure left it, referenced from the record."""
        path = await run.evidence.capture(slot.page, record.index, label, record.attempts)
        if path is not None:
            record.evidence.append(run.evidence.relative(path))


def _plan(links: Sequence[VehicleLink], run_id: str | None,
          journal: RunJournal | None) -> tuple[list[VehicleLink], dict[int, VehicleRecord],
                                               str]:
    """The run's vehicles: a journalled run's own when resuming, else ``links`` once each."""
    if journal is not None and run_id and journal.has_run(run_id):
        if links:
            log.info("resuming run %s with its own vehicles; the links given are not used",
                     run_id)
        return journal.links(run_id), journal.resume_records(run_id), run_id
    if journal is not None and run_id and not links:
        journal.run(run_id)  # raises JournalError naming the unknown run
    unique = unique_links(links)
    return unique, {}, run_id or RunJournal.new_run_id()


def unique_links(links: Sequence[VehicleLink]) -> list[VehicleLink]:
    """Each vehicle once, in the order given; duplicates are dropped with a warning."""
    seen: dict[str, VehicleLink] = {}
    duplicates: list[str] = []
    for link in links:
        if not isinstance(link, VehicleLink):
            raise TypeError(f"vehicle links must be VehicleLink objects, not "
                            f"{type(link).__name__}: collect them with Automation.vehicles()")
        if link.id in seen:
            duplicates.append(f"{link.stock} ({link.vin})")
        else:
            seen[link.id] = link
    if duplicates:
        log.warning("%d duplicate vehicle link(s) dropped, each is processed once: %s",
                    len(duplicates), ", ".join(duplicates))
    return list(seen.values())


def _no_browser(lost: EndpointError) -> str:
    return f"no browser left for the workers: {lost}"


def _as_error(exc: Exception, worker_timeout: float) -> Exception:
    if isinstance(exc, TimeoutError):
        return TransientSiteError(f"vehicle exceeded worker_timeout of {worker_timeout:g} s")
    return exc
