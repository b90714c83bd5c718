"""Screenshots of the live dashboard in a real JupyterLab: at the start, mid-run and at the end.

    .venv/bin/python scripts/dashboard_screenshots.py [--out docs/img] [--time-scale 0.15]

Starts JupyterLab on 127.0.0.1 (offline, no token, a temporary root directory, the kernel of
this Python), opens notebooks/01_quickstart.ipynb in Chromium through Playwright, runs every
cell and photographs the first dashboard. The same harness drives the browser test
(tests/toolkit/test_jupyterlab.py), which runs every notebook under Run All in one server, so
what the README shows is what the test checks.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import Locator, Page, async_playwright
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from vautokit.browser import BrowserLauncher, resolve_browser

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
NOTEBOOK = NOTEBOOKS / "01_quickstart.ipynb"
ERROR_TEXTS = ("Traceback", "Error displaying widget", "Failed to load model")
POLL_MS = 100


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class JupyterLab:
    """A JupyterLab server for one temporary directory: offline, no token, no browser."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.root = workdir / "root"
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        lab = self.workdir / "lab"
        return [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1",
                f"--port={self.port}", "--ServerApp.port_retries=0",
                "--ServerApp.token=", "--ServerApp.password=",
                "--ServerApp.disable_check_xsrf=True", f"--ServerApp.root_dir={self.root}",
                "--ServerApp.allow_root=True", "--LabApp.news_url=None",
                "--LabApp.extension_manager=readonly",
                "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
                f"--LabApp.user_settings_dir={lab / 'settings'}",
                f"--LabApp.workspaces_dir={lab / 'workspaces'}"]

    def environment(self) -> dict[str, str]:
        """Config, data and runtime dirs of its own; this Python's bin first on PATH."""
        env = dict(os.environ)
        for name in ("CONFIG", "DATA", "RUNTIME"):
            env[f"JUPYTER_{name}_DIR"] = str(self.workdir / name.lower())
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        return env

    def start(self, timeout: float = 60.0) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self._write_notebook_settings()
        log = (self.workdir / "jupyterlab.log").open("w")
        self.process = subprocess.Popen(self.command(), env=self.environment(), stdout=log,
                                        stderr=subprocess.STDOUT, cwd=self.root)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited: see {self.workdir / 'jupyterlab.log'}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/status", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(f"JupyterLab did not answer in {timeout:g} s")

    def _write_notebook_settings(self) -> None:
        """Turn notebook windowing off: cells out of view keep their DOM for the checks; and
        start the preferred kernel without asking: the "Select Kernel" dialog, when it shows
        after the kernel looked idle (a loaded machine), blocks the Run menu."""
        settings = self.workdir / "lab" / "settings" / "@jupyterlab" / "notebook-extension"
        settings.mkdir(parents=True, exist_ok=True)
        (settings / "tracker.jupyterlab-settings").write_text(
            '{"windowingMode": "none", "autoStartDefaultKernel": true}')

    def shut_kernels_down(self) -> None:
        """End every kernel (one notebook's), so the next notebook has the machine."""
        for kernel in self._api("GET", "/api/kernels"):
            self._api("DELETE", f"/api/kernels/{kernel['id']}")

    def _api(self, method: str, path: str) -> object:
        request = urllib.request.Request(f"{self.url}{path}", method=method)
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def stop(self) -> None:
        """Shut the kernels down through the API, then the server; kill only if it hangs."""
        if self.process is None:
            return
        if self.process.poll() is None:
            with contextlib.suppress(OSError):
                self.shut_kernels_down()
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> JupyterLab:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def prepare_notebook(root: Path, notebook: Path = NOTEBOOK, **parameters: object) -> Path:
    """Copy ``notebook`` into ``root`` with its parameters cell set to ``parameters``."""
    book = json.loads(notebook.read_text())
    for cell in book["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            lines = [line for line in "".join(cell["source"]).splitlines()
                     if line.split("=")[0].strip() not in parameters]
            lines += [f"{name} = {value!r}" for name, value in parameters.items()]
            cell["source"] = "\n".join(lines)
    target = root / notebook.name
    target.write_text(json.dumps(book))
    return target


@dataclass
class Snapshot:
    """What the page shows of one dashboard at one moment."""

    at: float
    overall: str
    rows: list[str]
    states: list[str]


@dataclass
class Observed:
    """Everything the browser showed while the notebook ran.

    ``snapshots`` follow the first dashboard, ``boards`` every dashboard (in page order);
    ``tables`` and ``review`` are read once every cell has run.
    """

    snapshots: list[Snapshot] = field(default_factory=list)
    boards: list[list[Snapshot]] = field(default_factory=list)
    outputs: str = ""
    prompts: list[str] = field(default_factory=list)
    seconds: float = 0.0
    tables: list[str] = field(default_factory=list)
    review: list[dict[str, str]] = field(default_factory=list)
    review_status: str = ""

    def record(self, boards: list[dict], at: float) -> list[Snapshot]:
        """Keep what changed on each dashboard; returns the new snapshots of the first."""
        while len(self.boards) < len(boards):
            self.boards.append([])
        for seen, board in zip(self.boards, boards, strict=False):
            snapshot = Snapshot(at, **board)
            if not seen or (snapshot.overall, snapshot.rows) != (seen[-1].overall,
                                                                 seen[-1].rows):
                seen.append(snapshot)
        first = self.boards[0] if self.boards else []
        new = first[len(self.snapshots):]
        self.snapshots.extend(new)
        return new

    @property
    def errors(self) -> list[str]:
        return [text for text in ERROR_TEXTS if text in self.outputs]


READ_DASHBOARDS = """() => [...document.querySelectorAll('.vautokit-dashboard')].map(board => {
  const rows = [...board.querySelectorAll('.vautokit-row')];
  return {overall: board.querySelector('.vautokit-overall')?.innerText ?? '',
          rows: rows.map(r => r.innerText.replace(/\\s+/g, ' ').trim()),
          states: rows.map(r => r.querySelector('.vautokit-badge')?.innerText ?? '')};
})"""
READ_TABLES = """() => [...document.querySelectorAll('.jp-OutputArea-output table')]
  .map(t => t.innerText)"""
READ_REVIEW = """() => {
  const rows = [...document.querySelectorAll('.vautokit-review-row')].map(r => ({
    phrase: (r.querySelector('.vautokit-review-phrase')?.innerText ?? '').split('\\n')[0].trim(),
    choice: r.querySelector('select')?.selectedOptions[0]?.textContent ?? ''}));
  const status = document.querySelector('.vautokit-review-status')?.innerText ?? '';
  return {rows, status};
}"""
READ_PROMPTS = """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
  .map(p => p.innerText.trim())"""
READ_OUTPUTS = """() => [...document.querySelectorAll('.jp-OutputArea-output')]
  .map(o => o.innerText).join('\\n')"""

Shot = Callable[[Page, Snapshot], Awaitable[None]]


async def run_all_cells(page: Page) -> bool:
    """Wait for the notebook's kernel, then Run > Run All Cells from the menu. False, and
    nothing clicked, when the kernel is not idle within a minute (still starting on a loaded
    machine: a fresh-clone CI saw one take longer): the caller's loop asks again later,
    within its own time limit, rather than failing there."""
    await page.locator(".jp-Notebook").first.wait_for(timeout=60_000)
    try:
        await page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").first.wait_for(
            timeout=60_000)
    except PlaywrightTimeoutError:
        return False
    await click_past_dialogs(page, page.locator(".lm-MenuBar-itemLabel", has_text="Run").first)
    await page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    return True


DIALOG_ROUNDS = 12
"""Tries at a click that a JupyterLab dialog may cover, each after answering what it asks."""


async def click_past_dialogs(page: Page, target: Locator) -> None:
    """Click ``target``; a dialog that opens over it (any JupyterLab question) is answered
    with its default button first, however late it appears."""
    for attempt in range(1, DIALOG_ROUNDS + 1):
        await answer_prompts(page)
        try:
            await target.click(timeout=5_000)
            return
        except PlaywrightTimeoutError:
            if attempt == DIALOG_ROUNDS:
                raise


RETRY_RUN_AFTER = 20.0
"""Seconds without any cell started after which Run All is given once more."""


def not_started(prompts: list[str]) -> bool:
    """No cell has run or is running: every prompt still reads '[ ]:'."""
    return bool(prompts) and all(p.strip("[]: ") == "" for p in prompts)


def stalled(prompts: list[str]) -> bool:
    """Some cells ran, none is running and later ones never started: Run All met a notebook
    whose later cells had not loaded yet (seen once on a loaded machine: '[1]:', '[ ]:'...)."""
    marks = [p.strip("[]: ") for p in prompts]
    return (any(m.isdigit() for m in marks) and "" in marks and "*" not in marks)


def skipped_ahead(prompts: list[str]) -> bool:
    """A cell ran while an earlier one never did: Run All met a notebook still loading."""
    never_ran = [p.strip("[]: ") == "" for p in prompts]
    return any(earlier and not later for earlier, later in itertools.pairwise(never_ran))


async def answer_prompts(page: Page) -> None:
    """Answer a JupyterLab dialog with its default button (the preferred kernel, when it
    asks which one to start)."""
    accept = page.locator(".jp-Dialog .jp-mod-accept")
    if await accept.count():
        await accept.first.click(timeout=5_000)


async def watch_notebook(page: Page, url: str, *, name: str = NOTEBOOK.name,
                         timeout: float = 150.0, on_snapshot: Shot | None = None) -> Observed:
    """Open notebook ``name``, run every cell, and record every dashboard until all ran;
    then read the displayed tables and the review form."""
    observed = Observed()
    began = time.monotonic()
    # A workspace of its own: the page holds this notebook only, not the ones opened before.
    await page.goto(f"{url}/lab/workspaces/{Path(name).stem}/tree/{name}")
    await run_all_cells(page)
    asked, rerun, changed, last = time.monotonic(), False, time.monotonic(), None
    while time.monotonic() - began < timeout:
        await answer_prompts(page)
        boards = await page.evaluate(READ_DASHBOARDS)
        for snapshot in observed.record(boards, time.monotonic() - began):
            if on_snapshot is not None:
                await on_snapshot(page, snapshot)
        observed.prompts = await page.evaluate(READ_PROMPTS)
        observed.outputs = await page.evaluate(READ_OUTPUTS)
        if observed.prompts != last:
            last, changed = observed.prompts, time.monotonic()
        if not_started(observed.prompts) and time.monotonic() - asked > RETRY_RUN_AFTER:
            await run_all_cells(page)  # the kernel was not ready for the last Run All
            asked = time.monotonic()
        elif (stalled(observed.prompts) and time.monotonic() - changed > RETRY_RUN_AFTER
              and time.monotonic() - asked > RETRY_RUN_AFTER):
            await run_all_cells(page)  # the last Run All met cells not loaded yet
            asked = time.monotonic()
        if skipped_ahead(observed.prompts):  # outputs of a run out of order say nothing yet
            if not rerun:
                rerun = await run_all_cells(page)
        elif observed.errors or (observed.prompts and all(
                p.strip("[]:").isdigit() for p in observed.prompts)):
            break
        await page.wait_for_timeout(POLL_MS)
    observed.seconds = time.monotonic() - began
    observed.record(await page.evaluate(READ_DASHBOARDS), observed.seconds)
    observed.tables = await page.evaluate(READ_TABLES)
    review = await page.evaluate(READ_REVIEW)
    observed.review, observed.review_status = review["rows"], review["status"]
    return observed


async def observe(workdir: Path, *, time_scale: float, on_snapshot: Shot | None = None,
                  chromium: str | None = None) -> Observed:
    """Serve a copy of notebook 01 from a fresh JupyterLab and watch it run in Chromium."""
    runs = {NOTEBOOK: {"time_scale": time_scale}}
    observed = await observe_all(workdir, runs, on_snapshot=on_snapshot, chromium=chromium)
    return observed[NOTEBOOK.name]


async def observe_all(workdir: Path, notebooks: dict[Path, dict[str, object]], *,
                      on_snapshot: Shot | None = None, chromium: str | None = None,
                      timeout: float = 300.0) -> dict[str, Observed]:
    """Serve copies of ``notebooks`` (each with its parameters) from one JupyterLab and run
    each under Run All in turn, in one Chromium; each notebook's kernel ends before the
    next starts."""
    results: dict[str, Observed] = {}
    with JupyterLab(workdir) as lab:
        for notebook, parameters in notebooks.items():
            prepare_notebook(lab.root, notebook, **parameters)
        async with async_playwright() as pw:
            browser = await BrowserLauncher(executable=chromium or _full_build()).launch(
                pw.chromium)
            try:
                for notebook in notebooks:
                    page = await browser.new_page(viewport={"width": 1400, "height": 1000})
                    results[notebook.name] = await watch_notebook(
                        page, lab.url, name=notebook.name, timeout=timeout,
                        on_snapshot=on_snapshot)
                    await page.close()
                    lab.shut_kernels_down()
            finally:
                await browser.close()
    return results


def _full_build() -> str | None:
    """JupyterLab's UI is checked in a full Chromium build, as a person sees it: the headless
    shell (the workers' default) does not run JupyterLab's menus the same way."""
    return resolve_browser(headless=False).executable


class Photographer:
    """Takes the start, mid-run and end pictures of the first dashboard as they happen."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.taken: dict[str, Path] = {}

    async def __call__(self, page: Page, snapshot: Snapshot) -> None:
        moment = self._moment(snapshot)
        if moment is None or moment in self.taken:
            return
        path = self.out / f"dashboard-{moment}.png"
        await page.locator(".vautokit-dashboard").first.screenshot(path=str(path))
        self.taken[moment] = path

    @staticmethod
    def _moment(snapshot: Snapshot) -> str | None:
        if snapshot.overall.startswith("done"):
            return "end"
        finished = snapshot.overall.split("/", 1)[0]
        if snapshot.rows and finished.isdigit():
            return "start" if finished == "0" else "mid" if "busy" in snapshot.states else None
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--time-scale", type=float, default=0.15,
                        help="slower than the notebook's default so mid-run is visible")
    parser.add_argument("--chromium", default=None, help="Chromium executable to use")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    photographer = Photographer(args.out)
    with tempfile.TemporaryDirectory() as tmp:
        observed = asyncio.run(observe(Path(tmp), time_scale=args.time_scale,
                                       on_snapshot=photographer, chromium=args.chromium))
    if observed.errors:
        sys.exit(f"the notebook showed errors: {observed.errors}")
    for moment in ("start", "mid", "end"):
        print(moment, photographer.taken.get(moment, "not captured"))


if __name__ == "__main__":
    main()
