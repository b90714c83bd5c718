"""Launching Chromium with the flags that work headless, as root, offline."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from playwright.async_api import Browser, BrowserType, Playwright, async_playwright

from ._resolve import BrowserChoice, note_playwright_path, resolve_browser

log = logging.getLogger(__name__)

_MARK = "--vautokit-launch="
"""An argument Chromium ignores, unique per launch: how a frozen browser's process is found."""

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


NODE_COMPILE_CACHE = "NODE_COMPILE_CACHE"


async def start_driver() -> Playwright:
    """Start the Playwright driver (a Node program) with Node's compile cache.

    On every start the driver compiles Playwright's JavaScript bundle anew: 0.3-0.5 s of a
    run's start on 2 cores. Node keeps the compiled code in a directory between runs when
    ``NODE_COMPILE_CACHE`` names one, which cut the driver's start by about 0.1 s
    (benchmarks/results/overhead.start.md). Nothing else changes: the same driver, the
    same browser; a directory Node cannot write is skipped by Node itself.
    """
    with _compile_cache(driver_cache_dir()):
        return await async_playwright().start()


def driver_cache_dir() -> Path:
    """Where the driver's compiled code is kept: the user's cache directory."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "vautokit" / "node-compile-cache"


@contextlib.contextmanager
def _compile_cache(directory: Path) -> Iterator[None]:
    """``NODE_COMPILE_CACHE`` set while the driver process is spawned, unless the user set
    one (theirs is used); this process's environment is as it was afterwards."""
    if os.environ.get(NODE_COMPILE_CACHE) is not None:
        yield
        return
    os.environ[NODE_COMPILE_CACHE] = str(directory)
    try:
        yield
    finally:
        os.environ.pop(NODE_COMPILE_CACHE, None)


@dataclass
class BrowserLauncher:
    """Launches the resolved Chromium; keeps the choice so relaunches use the same build."""

    executable: str | None = None
    headless: bool = True
    extra_args: tuple[str, ...] = ()
    choice: BrowserChoice | None = field(default=None, init=False)
    _marks: weakref.WeakKeyDictionary[Browser, str] = field(
        default_factory=weakref.WeakKeyDictionary, init=False, repr=False, compare=False)
    """Each launched browser's mark on its command line, to find its process by."""

    def resolve(self) -> BrowserChoice:
        if self.choice is None:
            self.choice = resolve_browser(self.executable, headless=self.headless)
            log.info("using %s from %s: %s", self.choice.build, self.choice.source,
                     self.choice.executable)
        return self.choice

    async def launch(self, browser_type: BrowserType) -> Browser:
        """Launch with ``playwright.chromium`` (or any page's ``browser.browser_type``).

        The first launch resolves the build with what this driver knows of Playwright's
        own browsers, rather than starting a driver of its own to ask."""
        if self.choice is None:
            note_playwright_path(browser_type.executable_path)
        choice = self.resolve()
        mark = f"{_MARK}{secrets.token_hex(8)}"
        browser = await browser_type.launch(
            headless=self.headless,
            args=[*CHROMIUM_ARGS, *self.extra_args, mark],
            **choice.launch_kwargs,
        )
        self._marks[browser] = mark
        return browser

    def kill(self, browser: Browser) -> int:
        """Kill a browser this launcher started that no longer answers (frozen, hung): its
        process and every process below it. Returns how many were killed."""
        mark = self._marks.pop(browser, None)
        if mark is None:
            return 0
        roots = [p for p in browser_process_tree() if _has_mark(p, mark)]
        doomed = {p.pid: p for root in roots for p in [root, *_children(root)]}
        for process in doomed.values():
            with contextlib.suppress(psutil.Error):
                process.kill()
        psutil.wait_procs(list(doomed.values()), timeout=5)
        log.warning("killed %d processes of a browser that stopped answering", len(doomed))
        return len(doomed)


def _has_mark(process: psutil.Process, mark: str) -> bool:
    try:
        return mark in process.cmdline()
    except psutil.Error:
        return False


def _children(process: psutil.Process) -> list[psutil.Process]:
    try:
        return process.children(recursive=True)
    except psutil.Error:
        return []


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
