"""WorkerPool: one browser, N isolated contexts that inherit the session, kept healthy."""

from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass
from enum import StrEnum

from playwright.async_api import Browser, BrowserContext, BrowserType, Page, Response, Route
from playwright.async_api import Error as PlaywrightError

from ..browser import BrowserLauncher
from ..config import ParallelConfig
from ..errors import BrowserNotFoundError, PoolStartError, VautokitError
from ..site import retry_after_seconds
from ._coordinator import AccountThrottle, Coordinator
from ._status import EventKind

log = logging.getLogger(__name__)

BLOCKED_RESOURCES = frozenset({"image", "font", "media"})
_GATED: weakref.WeakSet[BrowserContext] = weakref.WeakSet()


class PoolState(StrEnum):
    UNOPENED = "unopened"
    OPENED = "opened"
    CLOSED = "closed"


@dataclass
class Worker:
    id: int
    context: BrowserContext
    page: Page
    since_recycle: int = 0
    endpoint: str = "local"


@dataclass(frozen=True)
class Health:
    alive: bool
    signed_in: bool | None


async def install_gate(context: BrowserContext, throttle: AccountThrottle, *,
                       block_resources: bool) -> None:
    """Every request of the context waits out the account's Retry-After pause first.

    The pause starts the moment any page of the context sees a 429, before the worker that
    got it has even handled the error, so other workers stop sending at once. Installing it
    twice on one context does nothing the second time.
    """
    if context in _GATED:
        return
    _GATED.add(context)

    def on_response(response: Response) -> None:
        if response.status == 429:
            throttle.pause(retry_after_seconds(response.headers))

    async def gate(route: Route) -> None:
        try:
            if block_resources and route.request.resource_type in BLOCKED_RESOURCES:
                await route.abort()
                return
            await throttle.wait()
            await route.continue_()
        except PlaywrightError as exc:  # the context closed while the request waited
            log.debug("request gate: %s", exc)

    context.on("response", on_response)
    await context.route("**/*", gate)


class WorkerPool:
    """Pre-allocated isolated browser contexts, one per worker, on a browser of their own."""

    def __init__(self, size: int | None = None, *, config: ParallelConfig | None = None,
                 launcher: BrowserLauncher | None = None, ping_url: str | None = None) -> None:
        self.config = config or ParallelConfig()
        self.size = size or self.config.max_concurrency
        self.launcher = launcher or BrowserLauncher()
        self.ping_url = ping_url
        self.state = PoolState.UNOPENED
        self.browser: Browser | None = None
        self.workers: dict[int, Worker] = {}
        self.relaunches = 0
        self._browser_type: BrowserType | None = None
        self._coordinator: Coordinator | None = None

    async def start(self, coordinator: Coordinator, browser_type: BrowserType) -> None:
        """Launch the browser and one context per worker, each holding the session."""
        if self.state is not PoolState.UNOPENED:
            raise VautokitError(f"a worker pool can start once; this one is {self.state.value}")
        self._coordinator, self._browser_type = coordinator, browser_type
        try:
            self.browser = await self.launcher.launch(browser_type)
            for worker_id in range(1, self.size + 1):
                await self._open_worker(worker_id)
        except (PlaywrightError, BrowserNotFoundError, OSError) as exc:
            await self.close()
            raise PoolStartError(f"worker pool could not start: {str(exc).splitlines()[0]}") \
                from exc
        self.state = PoolState.OPENED

    async def _open_worker(self, worker_id: int) -> Worker:
        coordinator = self._coordinator
        context = await self.browser.new_context(
            storage_state=coordinator.session.playwright_state)
        await coordinator.inherit_session(context, worker_id)
        await install_gate(context, coordinator.throttle,
                           block_resources=self.config.block_resources)
        page = await context.new_page()
        page.set_default_timeout(self.config.step_timeout * 1000)
        worker = Worker(worker_id, context, page)
        self.workers[worker_id] = worker
        coordinator.status.emit(EventKind.WORKER_STATE, worker=worker_id, detail="idle",
                                step=worker.endpoint)
        return worker

    def get_worker_context(self, worker_id: int) -> BrowserContext:
        return self.workers[worker_id].context

    def get_worker_page(self, worker_id: int) -> Page:
        return self.workers[worker_id].page

    async def health_check(self, worker_id: int) -> Health:
        """Does the worker's page answer, and is it still signed in?"""
        worker = self.workers.get(worker_id)
        if worker is None or worker.page.is_closed() or not self.browser.is_connected():
            return Health(False, None)
        try:
            await worker.page.evaluate("1")
        except PlaywrightError:
            return Health(False, None)
        if not self.ping_url:
            return Health(True, None)
        try:
            response = await worker.context.request.get(self.ping_url, max_redirects=0)
        except PlaywrightError:
            return Health(False, None)
        return Health(True, response.status == 200)

    async def recover(self, worker_id: int, *, reason: str = "crashed") -> Worker:
        """Recreate a lost context; relaunch the browser first when it disconnected."""
        if self.browser is None or not self.browser.is_connected():
            await self._relaunch()
            return self.workers[worker_id]
        await self._replace(worker_id)
        self._coordinator.status.emit(EventKind.RECREATE, worker=worker_id, detail=reason)
        return self.workers[worker_id]

    async def after_vehicle(self, worker_id: int) -> None:
        """Recycle the context after ``recycle_after`` vehicles to bound its memory."""
        worker = self.workers[worker_id]
        worker.since_recycle += 1
        limit = self.config.recycle_after
        if limit and worker.since_recycle >= limit:
            await self._replace(worker_id)
            self._coordinator.status.emit(EventKind.RECYCLE, worker=worker_id)

    async def _replace(self, worker_id: int) -> None:
        old = self.workers.pop(worker_id, None)
        if old is not None:
            await _close_quietly(old)
        await self._open_worker(worker_id)

    async def _relaunch(self) -> None:
        log.warning("worker browser disconnected; relaunching it")
        self.relaunches += 1
        self.workers.clear()
        self.browser = await self.launcher.launch(self._browser_type)
        for worker_id in range(1, self.size + 1):
            await self._open_worker(worker_id)
            self._coordinator.status.emit(EventKind.RECREATE, worker=worker_id,
                                          detail="browser relaunched")

    async def close(self) -> None:
        """Close pages, then contexts, then the browser; safe to call more than once."""
        for worker_id in list(self.workers):
            await _close_quietly(self.workers.pop(worker_id))
            if self._coordinator:
                self._coordinator.forget_worker(worker_id)
        if self.browser is not None:
            try:
                await self.browser.close()
            except PlaywrightError as exc:
                log.debug("closing worker browser: %s", exc)
            self.browser = None
        self.state = PoolState.CLOSED

    async def __aenter__(self) -> WorkerPool:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()


async def _close_quietly(worker: Worker) -> None:
    for closing in (worker.page.close, worker.context.close):
        try:
            await closing()
        except PlaywrightError as exc:
            log.debug("worker %s: %s", worker.id, exc)
