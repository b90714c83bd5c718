"""Launching Chromium with the flags that work headless, as root, offline."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import psutil
from playwright.async_api import Browser, BrowserType

from ._resolve import BrowserChoice, resolve_browser

log = logging.getLogger(__name__)

CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
"""Playwright adds its own headless defaults. Further flags that turn off work a worker never
needs (in-process GPU, no site isolation, a renderer per site, no rasterizer) saved no
measurable CPU per vehicle over the headless shell (benchmarks/bench_cpu.py), so none is here."""


@dataclass
class BrowserLauncher:
    """Launches the resolved Chromium; keeps the choice so relaunches use the same build."""

    executable: str | None = None
    headless: bool = True
    extra_args: tuple[str, ...] = ()
    choice: BrowserChoice | None = field(default=None, init=False)

    def resolve(self) -> BrowserChoice:
        if self.choice is None:
            self.choice = resolve_browser(self.executable, headless=self.headless)
            log.info("using %s from %s: %s", self.choice.build, self.choice.source,
                     self.choice.executable)
        return self.choice

    async def launch(self, browser_type: BrowserType) -> Browser:
        """Launch with ``playwright.chromium`` (or any page's ``browser.browser_type``)."""
        choice = self.resolve()
        return await browser_type.launch(
            headless=self.headless,
            args=[*CHROMIUM_ARGS, *self.extra_args],
            **choice.launch_kwargs,
        )


def browser_process_tree(root_pid: int | None = None) -> list[psutil.Process]:
    """Chromium processes below ``root_pid`` (default: this process)."""
    try:
        root = psutil.Process(root_pid)
        children = root.children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    result = []
    for proc in children:
        try:
            name = proc.name().lower()
        except psutil.Error:
            continue
        if "chrom" in name or "headless_shell" in name:
            result.append(proc)
    return result
