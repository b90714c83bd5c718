"""Automation: the one object a notebook or script needs. Sign in once, then process."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from playwright.async_api import Browser, BrowserContext, Page, Playwright

from .auth import (
    CodeProvider,
    Credentials,
    LoginService,
    PromptCode,
    SandboxInbox,
    write_private_json,
)
from .auth._credentials import ENV_INBOX_TOKEN
from .browser import BrowserLauncher, start_driver
from .config import ParallelConfig
from .errors import AuthError, VautokitError
from .processing import (
    Coordinator,
    ParallelVehicleProcessor,
    PoolState,
    RunJournal,
    RunResult,
    StatusBus,
    VehicleServices,
    WorkerPool,
)
from .processing._lease import lease_run
from .sandbox._access import SiteAccess
from .site import SiteProfile
from .vehicles import Mode, Strategy, VehicleLink, WindowStickerService

if TYPE_CHECKING:
    from .sandbox import Sandbox

log = logging.getLogger(__name__)


class Automation:
    """A signed-in main page plus everything needed to process vehicles from it.

    ``site`` is a running :class:`Sandbox`, a profile name (``"vauto"``), a
    :class:`SiteProfile` or a :class:`~vautokit.sandbox._access.SiteAccess`. Use
    ``async with Automation(site) as va:`` in a notebook.
    """

    def __init__(self, site: Sandbox | SiteProfile | SiteAccess | str = "vauto", *,
                 credentials: Credentials | None = None,
                 two_factor: CodeProvider | None = None,
                 config: ParallelConfig | None = None,
                 launcher: BrowserLauncher | None = None,
                 timeout: float | None = None,
                 synonyms: str | Path | None = None) -> None:
        self.config = config or ParallelConfig()
        self.timeout = timeout or self.config.step_timeout
        self.access = resolve_access(site, credentials=credentials, code_provider=two_factor)
        self.profile = self.access.profile
        self.launcher = launcher or BrowserLauncher()
        self.login = LoginService(self.profile, self.access.credentials,
                                  self.access.code_provider, timeout=self.timeout)
        self.status = StatusBus()
        self.coordinator = Coordinator(self.login, self.config, self.status)
        # The sticker's own requests skip the browser's request gate: they wait out the
        # account's pause after a 429 themselves.
        sticker = WindowStickerService(self.profile, timeout=self.timeout,
                                       hold=self.coordinator.throttle.wait)
        self.services = VehicleServices(self.profile, timeout=self.timeout, sticker=sticker,
                                        **({"mapping": _mapping(synonyms)} if synonyms else {}))
        self.playwright: Playwright | None = None
        self.browser: Browser | None = None
        self.context: BrowserContext | None = None
        self.page: Page | None = None
        self._warming: asyncio.Task[WorkerPool] | None = None
        """The worker pool ``vehicles`` opens while it collects, for the next ``process``."""

    async def start(self) -> Automation:
        """Launch Chromium and sign the main page in."""
        if self.page is not None:
            return self
        self.playwright = await start_driver()
        try:
            self.browser = await self.launcher.launch(self.playwright.chromium)
            self.context = await self.browser.new_context()
            self.page = await self.context.new_page()
            self.page.set_default_timeout(self.timeout * 1000)
            await self.login.login(self.page)
        except BaseException:
            await self.close()
            raise
        return self

    async def close(self) -> None:
        """Close the page, its context and the browser; leaves no Chromium behind.

        Each close is bounded by ``endpoint_timeout``: a frozen main browser is killed
        rather than waited for, so the end of a run never hangs on it."""
        bound = self.config.endpoint_timeout
        await self._discard_warm_pool()
        answered = await _bounded_close(self.context, bound) if self.context else True
        if self.browser is not None and not (answered and await _bounded_close(
                self.browser, bound)):
            self.launcher.kill(self.browser)
        if self.playwright is not None:
            await _bounded_close(self.playwright, bound, method="stop")
        self.page = self.context = self.browser = self.playwright = None

    async def __aenter__(self) -> Automation:
        return await self.start()

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    def _require_page(self) -> Page:
        if self.page is None:
            raise VautokitError("not started: use `async with Automation(...)` or await start()")
        return self.page

    async def vehicles(self, *, saved_filter: str | None = "Recent Inventory",
                       age_min: int | None = None, age_max: int | None = None,
                       limit: int | None = None) -> list[VehicleLink]:
        """The vehicle links a saved filter (or an age range) selects, every page of them.

        Meanwhile the workers' contexts open (signed in, as a run's would): collecting waits
        on the site, opening on the browser, so the next :meth:`process` starts at once.
        """
        page = self._require_page()
        if self._warming is None:
            self._warming = asyncio.create_task(self._open_pool(page))
        return await self.services.inventory.collect(
            page, saved_filter=saved_filter, age_min=age_min, age_max=age_max, limit=limit)

    async def _open_pool(self, page: Page) -> WorkerPool:
        """A worker pool like the processor's own, opened on the main page's session."""
        pool = WorkerPool(config=self.config, launcher=self.launcher,
                          ping_url=self.profile.ping_url)
        try:
            await self.coordinator.capture(page)
            await pool.start(self.coordinator, self.browser.browser_type, browser=self.browser)
        except BaseException:
            await pool.close()
            raise
        return pool

    async def _warm_pool(self, config: ParallelConfig | None, sequential: bool,
                         pool: WorkerPool | None) -> WorkerPool | None:
        """The pool ``vehicles`` opened, when this run is the parallel run it was opened for
        (same settings, no pool of the caller's); otherwise it is closed. A pool that could
        not open is left to the run, which opens its own (or falls back) and says why."""
        warming, self._warming = self._warming, None
        if warming is None:
            return None
        if sequential or pool is not None or (config is not None and config != self.config):
            await _discard(warming)
            return None
        try:
            return await warming
        except Exception as exc:  # the run's own pool start meets it again and reports it
            log.info("the workers opened while collecting cannot be used: %s", exc)
            return None

    async def _discard_warm_pool(self) -> None:
        """Closing, or a run it does not fit: the pool opened while collecting goes."""
        warming, self._warming = self._warming, None
        if warming is not None:
            await _discard(warming)

    def processor(self, *, config: ParallelConfig | None = None, mode: Mode = "check-only",
                  dry_run: bool = False, strategy: Strategy = "direct",
                  pool: WorkerPool | None = None) -> ParallelVehicleProcessor:
        config = config or self.config
        self.coordinator.config = config
        return ParallelVehicleProcessor(self.coordinator, self.services, config, pool=pool,
                                        launcher=self.launcher, mode=mode, dry_run=dry_run,
                                        strategy=strategy)

    async def process(self, links: Sequence[VehicleLink], *, sequential: bool = False,
                      config: ParallelConfig | None = None, mode: Mode = "check-only",
                      dry_run: bool = False, progress: str = "auto",
                      pool: WorkerPool | None = None, journal: RunJournal | None = None,
                      run_id: str | None = None) -> RunResult:
        """Process ``links`` in parallel (or one by one with ``sequential=True``).

        With a ``journal`` the run can be resumed later by its ``run_id`` (pass no links
        to take them from the journal). A run with a ``run_id`` holds that run's lease in the
        journal while it works: a second process (or task) running or resuming the same run
        is refused with :class:`~vautokit.errors.LeaseHeldError` naming who holds it.
        """
        from .notebook import attach_progress

        page = self._require_page()
        lease = lease_run(journal, run_id) if journal is not None and run_id else None
        warm = None
        try:
            warm = await self._warm_pool(config, sequential, pool)
            processor = self.processor(config=config, mode=mode, dry_run=dry_run,
                                       pool=warm or pool)
            resuming = journal is not None and run_id is not None and journal.has_run(run_id)
            shown = journal.links(run_id) if resuming else list({v.id: v for v in links}.values())
            display = attach_progress(self.status, progress, links=shown)
            try:
                return await processor.process_vehicles(links, page, sequential=sequential,
                                                        journal=journal, run_id=run_id)
            finally:
                display.close()
        finally:
            if warm is not None and warm.state is PoolState.OPENED:  # the run never took it
                await warm.close()
            if lease is not None:
                lease.release()

    async def save_session(self, path: str | Path) -> Path:
        """Keep the signed-in storage state on purpose: a file only its owner can read (0600).

        It holds live cookies: delete it when done. vautokit itself never writes one.
        """
        return write_private_json(path, await self.context.storage_state())

    def secret_values(self) -> list[str]:
        """Password and cookie values, for redaction of anything this run shares."""
        values = [self.login.credentials.password, *self.access.secrets]
        if self.coordinator.session is not None:
            values += [c["value"] for c in self.coordinator.session.playwright_state["cookies"]]
        return values

    @property
    def browser_version(self) -> str | None:
        return self.browser.version if self.browser is not None else None

    def __repr__(self) -> str:
        state = "signed in" if self.page is not None else "not started"
        user = self.login.credentials.username
        return f"Automation(site={self.profile.name!r}, user={user!r}, {state})"


def resolve_access(site: Sandbox | SiteProfile | SiteAccess | str, *,
                   base_url: str | None = None, credentials: Credentials | None = None,
                   code_provider: CodeProvider | None = None,
                   interactive: bool = True) -> SiteAccess:
    """What signing in to ``site`` takes: profile, credentials, code provider, secrets.

    A site that hands out its own (the sandbox's ``site_access``) is asked for them; given
    ``credentials`` or ``code_provider`` replace what it hands out. A profile (or its name)
    takes credentials from ``VAUTO_USERNAME``/``VAUTO_PASSWORD`` (a hidden prompt when
    ``interactive``), and codes from the profile's SMS inbox when it has one and its token is
    set, else from a prompt, else (unattended) nowhere: a site that asks for a code then ends
    the run with that reason.
    """
    if isinstance(site, SiteAccess):
        return replace(site, credentials=credentials or site.credentials,
                       code_provider=code_provider or site.code_provider)
    hand_out = getattr(site, "site_access", None)
    if callable(hand_out):
        access = (hand_out(credentials.username, password=credentials.password)
                  if credentials else hand_out())
        return replace(access, code_provider=code_provider or access.code_provider)
    profile = site if isinstance(site, SiteProfile) else SiteProfile.load(site, base_url=base_url)
    credentials = credentials or Credentials.resolve(interactive=interactive)
    code_provider = code_provider or _default_code_provider(profile, credentials, interactive)
    return SiteAccess(profile, credentials, code_provider, (credentials.password,))


def _default_code_provider(profile: SiteProfile, credentials: Credentials,
                           interactive: bool) -> CodeProvider:
    """A profile's SMS inbox (a sandbox served elsewhere) when its token is set; otherwise
    the person at the keyboard, or for an unattended run no source at all."""
    if "sms_inbox" in profile.urls and os.environ.get(ENV_INBOX_TOKEN):
        return SandboxInbox(profile.url("sms_inbox", username=credentials.username))
    return PromptCode() if interactive else NoCodeSource()


class NoCodeSource:
    """The code provider of an unattended run given none: a site that asks for a code gets
    a clear refusal (and one sign-in attempt), never a prompt nobody answers."""

    async def __call__(self, username: str) -> str:
        raise AuthError(f"the site asked {username!r} for a 2FA code and this unattended run "
                        "has no code source: give --code-command or --code-webhook (or "
                        "code_command / code_webhook in the job file)")


def _mapping(synonyms: str | Path):
    from .vehicles import CheckboxMappingService

    return CheckboxMappingService(synonyms)


async def _discard(warming: asyncio.Task[WorkerPool]) -> None:
    """Stop opening a pool, or close the one opened; nobody is waiting for it."""
    warming.cancel()
    await asyncio.wait([warming])
    if not warming.cancelled() and warming.exception() is None:
        await warming.result().close()


async def _bounded_close(thing: Any, seconds: float, *, method: str = "close") -> bool:
    """Close ``thing`` within ``seconds``; False when it did not answer in time."""
    try:
        async with asyncio.timeout(seconds):
            await getattr(thing, method)()
    except TimeoutError:
        log.warning("%s did not answer %s within %g s; let go of",
                    type(thing).__name__, method, seconds)
        return False
    return True
