"""WorkerPool: N isolated contexts that inherit the session, spread over browser endpoints."""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from playwright.async_api import (
    Browser,
    BrowserContext,
    BrowserType,
    CDPSession,
    Page,
    Response,
    Route,
)
from playwright.async_api import Error as PlaywrightError

from ..browser import BrowserLauncher, Endpoint, redact_urls
from ..config import ParallelConfig
from ..errors import EndpointUnreachableError, PoolStartError, VautokitError
from ..model import EventKind
from ..site import retry_after_seconds
from ._coordinator import AccountThrottle, Coordinator
from ._endpoints import CONNECT_ERRORS, Connection, EndpointSet

log = logging.getLogger(__name__)

BLOCKED_RESOURCES = ("Image", "Font", "Media")
"""Resource types a worker never reads (CDP's names), failed in the browser itself."""


class PoolState(StrEnum):
    UNOPENED = "unopened"
    OPENED = "opened"
    CLOSED = "closed"


@dataclass
class Worker:
    id: int
    context: BrowserContext
    page: Page
    endpoint: str = "local"
    """Where the worker's context lives now (an endpoint label, never a token)."""
    home: str = "local"
    """Where the pool placed it first; it returns there when that endpoint comes back."""
    since_recycle: int = 0


@dataclass(frozen=True)
class Health:
    alive: bool
    signed_in: bool | None


class _Gate:
    """One context's share of the account's pause, and its resource blocking.

    Playwright's routes send every request through the driver and this process and turn
    off the browser's HTTP cache, for as long as any route is installed. So the pause route
    is installed only while the account is paused (a request already on its way then goes
    through), and blocking asks the browser itself (the DevTools Fetch domain, restricted to
    the blocked resource types), so only the requests it blocks come here.
    """

    def __init__(self, context: BrowserContext, throttle: AccountThrottle, *,
                 blocks: bool) -> None:
        self.context, self.throttle, self.blocks = context, throttle, blocks
        self._holding: asyncio.Task[None] | None = None
        self.held = asyncio.Event()
        """Set while the pause route is in place: from then on no request of the context
        reaches the site before the pause ends."""
        self._blocking: weakref.WeakKeyDictionary[Page, asyncio.Future[None]] = \
            weakref.WeakKeyDictionary()
        self._aborts: set[asyncio.Task[None]] = set()

    def paused(self) -> None:
        """The account is paused: hold this context's requests until the pause ends."""
        if self._holding is None or self._holding.done():
            self._holding = asyncio.get_running_loop().create_task(self._hold())

    async def hold_now(self) -> None:
        """Hold the context's requests from its first one (it opens during a pause)."""
        await self.context.route("**/*", self._wait_out)
        self._holding = asyncio.get_running_loop().create_task(self._hold(routed=True))

    def closed(self) -> None:
        if self._holding is not None:
            self._holding.cancel()

    async def _hold(self, *, routed: bool = False) -> None:
        """Route every request through the pause while it lasts (again if a new pause began
        while the route was being taken off)."""
        try:
            while routed or self.throttle.not_before > time.monotonic():
                if not routed:
                    await self.context.route("**/*", self._wait_out)
                routed = False
                self.held.set()
                try:
                    await self.throttle.wait()
                finally:
                    self.held.clear()
                    await self.context.unroute("**/*", self._wait_out)
        except PlaywrightError as exc:  # the context closed meanwhile
            log.debug("request gate: %s", exc)

    async def _wait_out(self, route: Route) -> None:
        try:
            await self.throttle.wait()
            await route.continue_()
        except PlaywrightError as exc:  # the context closed while the request waited
            log.debug("request gate: %s", exc)

    def block(self, page: Page) -> asyncio.Future[None]:
        """Fail the page's images, fonts and media in the browser; once per page."""
        if page not in self._blocking:
            self._blocking[page] = asyncio.ensure_future(self._block(page))
        return self._blocking[page]

    async def _block(self, page: Page) -> None:
        try:
            session = await self.context.new_cdp_session(page)
            session.on("Fetch.requestPaused", lambda event: self._abort(session, event))
            await session.send("Fetch.enable", {"patterns": [
                {"urlPattern": "*", "resourceType": kind, "requestStage": "Request"}
                for kind in BLOCKED_RESOURCES]})
        except PlaywrightError as exc:  # the page closed before it could be set up
            log.debug("resource blocking: %s", exc)

    def _abort(self, session: CDPSession, event: dict) -> None:
        task = asyncio.ensure_future(self._fail(session, event["requestId"]))
        self._aborts.add(task)
        task.add_done_callback(self._aborts.discard)

    @staticmethod
    async def _fail(session: CDPSession, request_id: str) -> None:
        try:
            await session.send("Fetch.failRequest", {"requestId": request_id,
                                                     "errorReason": "BlockedByClient"})
        except PlaywrightError as exc:  # the page went away with the request
            log.debug("resource blocking: %s", exc)


_GATES: weakref.WeakKeyDictionary[BrowserContext, _Gate] = weakref.WeakKeyDictionary()


def pause_account(throttle: AccountThrottle, seconds: float) -> None:
    """Pause the account (a 429's Retry-After, or the run's own backoff): every context
    gated on ``throttle`` holds its requests from now until the pause ends."""
    throttle.pause(seconds)
    for gate in list(_GATES.values()):
        if gate.throttle is throttle:
            gate.paused()


async def install_gate(context: BrowserContext, throttle: AccountThrottle, *,
                       block_resources: bool) -> None:
    """Every request of the context waits out the account's Retry-After pause first.

    The pause starts the moment any page of the context sees a 429, before the worker that
    got it has even handled the error, so other workers stop sending at once. Installing it
    twice on one context does nothing the second time.
    """
    if context in _GATES:
        return
    gate = _GATES[context] = _Gate(context, throttle, blocks=block_resources)

    def on_response(response: Response) -> None:
        seconds = retry_after_seconds(response.headers) if response.status == 429 else None
        if seconds is not None:  # without one, the worker that got it backs off on its own
            pause_account(throttle, seconds)

    context.on("response", on_response)
    context.on("close", lambda _: gate.closed())
    if throttle.not_before > time.monotonic():
        await gate.hold_now()
    if block_resources:
        context.on("page", gate.block)
        await asyncio.gather(*(gate.block(page) for page in context.pages))


async def resources_blocked(page: Page) -> None:
    """Return once the page's resource blocking (if its context has any) is in place: a
    worker's own page waits for it before its first navigation; popups are set up as they
    open (a request a popup sends before that goes through)."""
    gate = _GATES.get(page.context)
    if gate is not None and gate.blocks:
        await gate.block(page)


class WorkerPool:
    """Pre-allocated isolated browser contexts, one per worker, spread over endpoints.

    Endpoints come from ``endpoints`` or ``config.endpoints``; the default is the local
    browser: the one passed to :meth:`start` (the main page's) when there is one, else a
    browser the pool launches itself. Workers go to the endpoint with the most free
    capacity; when an endpoint is lost its workers move to the healthy ones, and come
    back when it answers again.
    """

    def __init__(self, size: int | None = None, *, config: ParallelConfig | None = None,
                 launcher: BrowserLauncher | None = None, ping_url: str | None = None,
                 endpoints: list[Endpoint | str] | None = None) -> None:
        self.config = config or ParallelConfig()
        self.size = size or self.config.max_concurrency
        self.ping_url = ping_url
        self.state = PoolState.UNOPENED
        self.workers: dict[int, Worker] = {}
        chosen = [Endpoint.parse(e) for e in endpoints] if endpoints else \
            self.config.browser_endpoints()
        self.browsers = EndpointSet(chosen, size=self.size, config=self.config,
                                    launcher=launcher or BrowserLauncher(),
                                    on_change=self._endpoint_changed)
        self._coordinator: Coordinator | None = None

    @property
    def capacity(self) -> int:
        """Contexts the endpoints take in all (the pool's size where one has no limit)."""
        caps = [c.endpoint.capacity for c in self.browsers.connections]
        return self.size if None in caps else min(self.size, sum(caps))

    @property
    def reconnects(self) -> int:
        return self.browsers.reconnects

    async def start(self, coordinator: Coordinator, browser_type: BrowserType, *,
                    browser: Browser | None = None) -> None:
        """Connect the endpoints and open one context per worker, each holding the session.

        ``browser``: a running local browser to open the local contexts in (saves a
        launch); without it the pool launches its own.
        """
        if self.state is PoolState.OPENED:
            raise VautokitError("this worker pool is already open; close it before starting "
                                "it again")
        self._coordinator = coordinator
        self.browsers.reset()
        failures: list[BaseException] = []
        try:
            failures = await self.browsers.connect_all(browser_type, browser)
            if not self.browsers.any_connected:
                raise failures[0]
            await asyncio.gather(*(self._open_placed(worker_id, None)
                                   for worker_id in range(1, self.size + 1)))
        except (*CONNECT_ERRORS, OSError) as exc:
            await self.close()
            reasons = "; ".join([_brief(exc), *(_brief(f) for f in failures if f is not exc)])
            raise PoolStartError(f"worker pool could not start: {redact_urls(reasons)}") from exc
        self.state = PoolState.OPENED
        self.browsers.watching = True

    def _endpoint_changed(self, detail: str, label: str) -> None:
        self._coordinator.status.emit(EventKind.ENDPOINT, detail=detail, endpoint=label)

    async def _open_placed(self, worker_id: int, prefer: Connection | None) -> Worker:
        """Open the worker on the best endpoint. Lost endpoints get a reconnect first (a
        local browser that died is relaunched); one that cannot open a context in
        ``endpoint_timeout`` (dead, or frozen) counts as lost and the next is tried, until
        none is left (EndpointUnreachableError)."""
        for _ in range(2 * len(self.browsers.connections)):
            await self.browsers.revive()
            conn = self.browsers.place(worker_id, prefer)
            try:
                return await self._open_worker(worker_id, conn)
            except (PlaywrightError, TimeoutError) as exc:
                why = _brief(exc) if isinstance(exc, PlaywrightError) else \
                    f"no answer within {self.config.endpoint_timeout:g} s"
                log.warning("endpoint %s cannot open a context: %s", conn.label, why)
                self.browsers.release(worker_id)
                self.browsers.mark_broken(conn)
        raise EndpointUnreachableError(", ".join(c.label for c in self.browsers.connections),
                                       "no endpoint could open a browser context")

    async def _open_worker(self, worker_id: int, conn: Connection) -> Worker:
        """A context holding the session, gated, with its page: all of it within
        ``endpoint_timeout``, so a frozen browser is found out instead of waited for."""
        coordinator, bound = self._coordinator, self.config.endpoint_timeout
        context: BrowserContext | None = None
        try:
            async with asyncio.timeout(bound):
                context = await conn.browser.new_context(
                    storage_state=coordinator.session.playwright_state)
                await coordinator.inherit_session(context, worker_id)
                await install_gate(context, coordinator.throttle,
                                   block_resources=self.config.block_resources)
                page = await context.new_page()
                await resources_blocked(page)
        except BaseException:
            if context is not None:
                await _close_bounded(context.close, bound, f"worker {worker_id}")
            raise
        page.set_default_timeout(self.config.step_timeout * 1000)
        worker = Worker(worker_id, context, page, endpoint=conn.label,
                        home=self.browsers.home(worker_id).label)
        self.workers[worker_id] = worker
        coordinator.status.emit(EventKind.WORKER_STATE, worker=worker_id, detail="idle",
                                endpoint=conn.label)
        return worker

    def get_worker_context(self, worker_id: int) -> BrowserContext:
        return self.workers[worker_id].context

    def get_worker_page(self, worker_id: int) -> Page:
        return self.workers[worker_id].page

    async def health_check(self, worker_id: int) -> Health:
        """Does the worker's page answer, and is it still signed in?"""
        worker = self.workers.get(worker_id)
        conn = self.browsers.of(worker_id)
        if worker is None or worker.page.is_closed() or conn is None or not conn.connected:
            return Health(False, None)
        if not await page_answers(worker.page, self.config.endpoint_timeout):
            return Health(False, None)
        if not self.ping_url:
            return Health(True, None)
        try:
            response = await worker.context.request.get(
                self.ping_url, max_redirects=0, timeout=self.config.step_timeout * 1000)
        except PlaywrightError:
            return Health(False, None)
        return Health(True, response.status == 200)

    async def recover(self, worker_id: int, *, reason: str = "crashed") -> Worker:
        """Recreate a lost context: on its endpoint if that still (or again) answers,
        else on a healthy one. Raises EndpointUnreachableError when none is left."""
        await self._replace(worker_id, prefer=self.browsers.home(worker_id))
        worker = self.workers[worker_id]
        self._coordinator.status.emit(EventKind.RECREATE, worker=worker_id, detail=reason,
                                      endpoint=worker.endpoint)
        return worker

    async def after_vehicle(self, worker_id: int) -> None:
        """Recycle the context after ``recycle_after`` vehicles to bound its memory, and
        bring a displaced worker home once its endpoint answers again."""
        worker = self.workers[worker_id]
        worker.since_recycle += 1
        limit = self.config.recycle_after
        home = self.browsers.home(worker_id)
        if worker.endpoint != home.label and await self.browsers.reconnect(home) \
                and self.browsers.room(home) > 0:
            await self._replace(worker_id, prefer=home)
            self._coordinator.status.emit(EventKind.WORKER_STATE, worker=worker_id,
                                          detail="idle", endpoint=home.label)
        elif limit and worker.since_recycle >= limit:
            await self._replace(worker_id, prefer=home)
            self._coordinator.status.emit(EventKind.RECYCLE, worker=worker_id,
                                          endpoint=self.workers[worker_id].endpoint)

    async def _replace(self, worker_id: int, *, prefer: Connection | None) -> None:
        old = self.workers.pop(worker_id, None)
        if old is not None:
            await _close_quietly(old, self.config.endpoint_timeout)
        await self._open_placed(worker_id, prefer)

    async def close(self) -> None:
        """Close pages, then contexts, then the browsers the pool owns; safe to call twice.

        Remote browsers are only disconnected from (their contexts closed); the caller's
        shared browser is left running.
        """
        self.state = PoolState.CLOSED
        closing, self.workers = list(self.workers.values()), {}
        await asyncio.gather(*(_close_quietly(worker, self.config.endpoint_timeout)
                               for worker in closing))
        if self._coordinator:
            for worker in closing:
                self._coordinator.forget_worker(worker.id)
        await self.browsers.close()

    async def __aenter__(self) -> WorkerPool:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()


def _brief(exc: BaseException) -> str:
    """Our errors whole (they say what to fix); Playwright's without their call log."""
    text = str(exc)
    return text if isinstance(exc, VautokitError) else text.splitlines()[0]


async def page_answers(page: Page, seconds: float) -> bool:
    """Does the page's browser still answer, within ``seconds``? A browser that crashed
    says no at once; one that froze (stopped, hung, unplugged without a reset) says
    nothing, which is why there is a bound."""
    try:
        async with asyncio.timeout(seconds):
            await page.evaluate("1")
    except (PlaywrightError, TimeoutError):
        return False
    return True


async def _close_bounded(closing: Callable[[], Awaitable[None]], seconds: float,
                         what: str) -> bool:
    """Close something of a browser's; False when the browser did not answer in time (it
    is let go of: a frozen browser must not hold up the end of a run)."""
    try:
        async with asyncio.timeout(seconds):
            await closing()
    except PlaywrightError as exc:
        log.debug("%s: %s", what, exc)
    except TimeoutError:
        log.warning("%s: its browser did not answer a close within %g s; let go of",
                    what, seconds)
        return False
    return True


async def _close_quietly(worker: Worker, seconds: float) -> None:
    """The context, which closes its pages with it: closing the page first was a round trip
    more per worker at the end of every run (the pool's close grows with the workers)."""
    await _close_bounded(worker.context.close, seconds, f"worker {worker.id}")
