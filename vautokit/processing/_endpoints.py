"""The browsers workers live in: connecting, losing and regaining endpoints, placing workers."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from playwright.async_api import Browser, BrowserType
from playwright.async_api import Error as PlaywrightError

from ..browser import BrowserLauncher, Endpoint, EndpointKind, connect
from ..config import ParallelConfig
from ..errors import BrowserNotFoundError, EndpointError, EndpointUnreachableError

log = logging.getLogger(__name__)

CONNECT_ERRORS = (EndpointError, BrowserNotFoundError, PlaywrightError)
LAUNCH_TIMEOUT = 60.0
"""Seconds a local browser may take to start (a loaded machine is slow to start one)."""


@dataclass(eq=False)
class Connection:
    """One endpoint as the pool holds it: its browser while connected."""

    endpoint: Endpoint
    browser: Browser | None = None
    shared: bool = False
    """The caller's browser: the pool closes its contexts there, never the browser."""
    last_attempt: float = 0.0
    lost_at: float = 0.0
    broken: bool = False
    """Opening a context failed although the browser looked connected."""
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def label(self) -> str:
        return self.endpoint.label

    @property
    def connected(self) -> bool:
        return self.browser is not None and self.browser.is_connected() and not self.broken


class EndpointSet:
    """Where each worker's context lives, and which endpoints answer.

    Placement is reserved the moment it is chosen, before the (slow) context opens, so
    workers placed together spread out by free capacity. ``on_change(detail, label)`` hears
    of endpoints lost and back.
    """

    def __init__(self, endpoints: list[Endpoint], *, size: int, config: ParallelConfig,
                 launcher: BrowserLauncher, on_change: Callable[[str, str], None]) -> None:
        self.connections = [Connection(e) for e in endpoints]
        self.size = size
        self.config = config
        self.launcher = launcher
        self.reconnects = 0
        self.watching = False
        self._on_change = on_change
        self._browser_type: BrowserType | None = None
        self._local_browser: Browser | None = None
        self._placement: dict[int, Connection] = {}
        self._home: dict[int, Connection] = {}

    def reset(self) -> None:
        """Forget a previous start's placements and counts (a pool can start again)."""
        self.reconnects, self.watching = 0, False
        self._placement.clear()
        self._home.clear()

    @property
    def any_connected(self) -> bool:
        return any(c.connected for c in self.connections)

    def of(self, worker_id: int) -> Connection | None:
        return self._placement.get(worker_id)

    def home(self, worker_id: int) -> Connection | None:
        return self._home.get(worker_id)

    async def connect_all(self, browser_type: BrowserType,
                          local_browser: Browser | None) -> list[BaseException]:
        """Connect every endpoint at once; the errors of those that failed, logged."""
        self._browser_type, self._local_browser = browser_type, local_browser
        results = await asyncio.gather(*(self._connect(c) for c in self.connections),
                                       return_exceptions=True)
        failures = []
        for result in results:
            if isinstance(result, BaseException):
                if not isinstance(result, CONNECT_ERRORS):
                    raise result
                log.warning("%s", result)
                failures.append(result)
        return failures

    async def _connect(self, conn: Connection) -> None:
        conn.last_attempt = time.monotonic()
        await self._drop(conn)
        kind = conn.endpoint.kind
        shared = kind is EndpointKind.LOCAL and self._local_browser is not None \
            and self._local_browser.is_connected()
        if shared:
            browser = self._local_browser
        else:
            browser = await self._open_browser(conn)
        conn.browser, conn.shared, conn.broken = browser, shared, False

        def on_disconnected(_: Browser) -> None:
            if conn.browser is browser:  # not a browser already let go of
                self._lost(conn)

        browser.on("disconnected", on_disconnected)

    async def _open_browser(self, conn: Connection) -> Browser:
        """Launch the local browser or connect to a remote one, within a bound: a browser
        that accepts the connection and then says nothing is unreachable, not waited for."""
        local = conn.endpoint.kind is EndpointKind.LOCAL
        bound = max(self.config.endpoint_timeout, LAUNCH_TIMEOUT) if local else \
            self.config.endpoint_timeout
        try:
            async with asyncio.timeout(bound):
                if local:
                    return await self.launcher.launch(self._browser_type)
                return await connect(conn.endpoint, self._browser_type,
                                     timeout=self.config.endpoint_timeout)
        except TimeoutError:
            raise EndpointUnreachableError(conn.label, f"no answer within {bound:g} s") \
                from None

    async def _drop(self, conn: Connection) -> None:
        """Let go of the endpoint's browser: close it if the pool launched it, disconnect
        from a remote one (its contexts go), leave the caller's shared browser alone. A
        browser that does not answer the close in ``endpoint_timeout`` is let go of as it
        is (a launched one is killed)."""
        browser, conn.browser = conn.browser, None
        if browser is None or conn.shared:
            return
        try:
            async with asyncio.timeout(self.config.endpoint_timeout):
                await browser.close()
        except PlaywrightError as exc:
            log.debug("closing %s: %s", conn.label, exc)
        except TimeoutError:
            log.warning("browser endpoint %s did not answer a close within %g s; let go of",
                        conn.label, self.config.endpoint_timeout)
            if conn.endpoint.kind is EndpointKind.LOCAL:
                self.launcher.kill(browser)

    def _lost(self, conn: Connection) -> None:
        conn.lost_at = time.monotonic()
        if self.watching:
            log.warning("browser endpoint %s disconnected", conn.label)
            self._on_change("lost", conn.label)

    def mark_broken(self, conn: Connection) -> None:
        conn.broken, conn.lost_at = True, time.monotonic()

    async def reconnect(self, conn: Connection, *, first: bool = False) -> bool:
        """One attempt to bring a lost endpoint back: at once after the loss when ``first``
        (a crashed local browser is relaunched right away), then every ``endpoint_retry`` s."""
        async with conn.lock:
            if conn.connected:
                return True
            due = time.monotonic() - conn.last_attempt >= self.config.endpoint_retry
            if not (due or (first and conn.last_attempt <= conn.lost_at)):
                return False
            try:
                await self._connect(conn)
            except CONNECT_ERRORS as exc:
                log.info("endpoint %s still unavailable: %s", conn.label, exc)
                return False
            self.reconnects += 1
            self._on_change("back", conn.label)
            return True

    async def revive(self) -> None:
        """Try each lost endpoint: once right after its loss, then every ``endpoint_retry``."""
        for conn in self.connections:
            if not conn.connected:
                await self.reconnect(conn, first=True)

    def room(self, conn: Connection) -> float:
        """Share of the endpoint's capacity still free (negative when over it)."""
        load = sum(1 for placed in self._placement.values() if placed is conn)
        return 1 - load / (conn.endpoint.capacity or self.size)

    def place(self, worker_id: int, prefer: Connection | None) -> Connection:
        """Reserve the preferred endpoint if it has room, else the connected one with most
        room; EndpointUnreachableError when none is connected."""
        self._placement.pop(worker_id, None)
        healthy = [c for c in self.connections if c.connected]
        if not healthy:
            raise EndpointUnreachableError(
                ", ".join(c.label for c in self.connections), "every browser endpoint is lost")
        conn = prefer if prefer in healthy and self.room(prefer) > 0 else \
            max(healthy, key=self.room)
        if self.room(conn) <= 0:
            log.warning("every endpoint is at capacity; %s takes one worker more", conn.label)
        self._placement[worker_id] = conn
        self._home.setdefault(worker_id, conn)
        return conn

    def release(self, worker_id: int) -> None:
        self._placement.pop(worker_id, None)

    async def close(self) -> None:
        self.watching = False
        self._placement.clear()
        for conn in self.connections:
            await self._drop(conn)
