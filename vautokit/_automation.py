"""Automation: the one object a notebook or script needs. Sign in once, then process."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, BrowserContext, Page, Playwright, async_playwright

from ._asyncutil import run_sync
from .auth import (
    CodeProvider,
    Credentials,
    LoginService,
    PromptCode,
    SandboxInbox,
    write_private_json,
)
from .browser import BrowserLauncher
from .config import ParallelConfig
from .errors import VautokitError
from .processing import (
    Coordinator,
    ParallelVehicleProcessor,
    RunJournal,
    RunResult,
    StatusBus,
    VehicleServices,
    WorkerPool,
)
from .sandbox import Sandbox
from .site import SiteProfile
from .vehicles import Mode, Strategy, VehicleLink

log = logging.getLogger(__name__)


class Automation:
    """A signed-in main page plus everything needed to process vehicles from it.

    ``site`` is a running :class:`Sandbox`, a profile name (``"vauto"``) or a
    :class:`SiteProfile`. Use ``async with Automation(site) as va:`` in a notebook.
    """

    def __init__(self, site: Sandbox | SiteProfile | str = "vauto", *,
                 credentials: Credentials | None = None,
                 two_factor: CodeProvider | None = None,
                 config: ParallelConfig | None = None,
                 launcher: BrowserLauncher | None = None,
                 timeout: float | None = None,
                 synonyms: str | Path | None = None) -> None:
        self.config = config or ParallelConfig()
        self.timeout = timeout or self.config.step_timeout
        if isinstance(site, Sandbox):
            self.profile = SiteProfile.load("sandbox", base_url=site.url)
            credentials = credentials or Credentials(site.account.username, site.account.password)
            two_factor = two_factor or SandboxInbox(self.profile.url(
                "sms_inbox", username=credentials.username), token=site.inbox_token)
        else:
            self.profile = site if isinstance(site, SiteProfile) else SiteProfile.load(site)
            credentials = credentials or Credentials.resolve()
            two_factor = two_factor or PromptCode()
        self.launcher = launcher or BrowserLauncher()
        self.login = LoginService(self.profile, credentials, two_factor, timeout=self.timeout)
        self.status = StatusBus()
        self.coordinator = Coordinator(self.login, self.config, self.status)
        self.services = VehicleServices(self.profile, timeout=self.timeout,
                                        **({"mapping": _mapping(synonyms)} if synonyms else {}))
        self.playwright: Playwright | None = None
        self.browser: Browser | None = None
        self.context: BrowserContext | None = None
        self.page: Page | None = None

    async def start(self) -> Automation:
        """Launch Chromium and sign the main page in."""
        if self.page is not None:
            return self
        self.playwright = await async_playwright().start()
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
        """Close the page, its context and the browser; leaves no Chromium behind."""
        for closing in (self.context, self.browser):
            if closing is not None:
                await closing.close()
        if self.playwright is not None:
            await self.playwright.stop()
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
        """The vehicle links a saved filter (or an age range) selects, every page of them."""
        return await self.services.inventory.collect(
            self._require_page(), saved_filter=saved_filter, age_min=age_min, age_max=age_max,
            limit=limit)

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
        to take them from the journal).
        """
        from .notebook import attach_progress

        processor = self.processor(config=config, mode=mode, dry_run=dry_run, pool=pool)
        resuming = journal is not None and run_id is not None and journal.has_run(run_id)
        shown = journal.links(run_id) if resuming else list({v.id: v for v in links}.values())
        display = attach_progress(self.status, progress, links=shown)
        try:
            return await processor.process_vehicles(links, self._require_page(),
                                                    sequential=sequential, journal=journal,
                                                    run_id=run_id)
        finally:
            display.close()

    async def save_session(self, path: str | Path) -> Path:
        """Keep the signed-in storage state on purpose: a file only its owner can read (0600).

        It holds live cookies: delete it when done. vautokit itself never writes one.
        """
        return write_private_json(path, await self.context.storage_state())

    def secret_values(self) -> list[str]:
        """Password and cookie values, for redaction of anything this run shares."""
        values = [self.login.credentials.password]
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


def _mapping(synonyms: str | Path):
    from .vehicles import CheckboxMappingService

    return CheckboxMappingService(synonyms)


async def arun_job(site: Sandbox | SiteProfile | str = "vauto", *, limit: int | None = None,
                   saved_filter: str | None = "Recent Inventory", sequential: bool = False,
                   **kwargs: Any) -> RunResult:
    """Sign in, collect the filtered vehicles, process them; the whole job in one call."""
    process_keys = {"mode", "dry_run", "progress", "config"}
    process_kwargs = {k: kwargs.pop(k) for k in list(kwargs) if k in process_keys}
    async with Automation(site, **kwargs) as va:
        links = await va.vehicles(saved_filter=saved_filter, limit=limit)
        return await va.process(links, sequential=sequential, **process_kwargs)


def run_job(site: Sandbox | SiteProfile | str = "vauto", **kwargs: Any) -> RunResult:
    """Sync twin of :func:`arun_job` for scripts (also safe inside a running kernel)."""
    return run_sync(arun_job(site, **kwargs))
