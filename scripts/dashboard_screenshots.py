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
                "--LabApp.expose_app_in_browser=True",
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

    def log_tail(self, lines: int = 15) -> str:
        """The server's last log lines (no secret: the server runs without token or password)."""
        log = (self.workdir / "jupyterlab.log").read_text(errors="replace").splitlines()
        return "\n".join(log[-lines:])

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
    ``tables`` and ``review`` are read once every cell has run; ``diagnosis`` says why not,
    when they did not all run (the kernel's state and the server's last log lines).
    """

    snapshots: list[Snapshot] = field(default_factory=list)
    boards: list[list[Snapshot]] = field(default_factory=list)
    outputs: str = ""
    prompts: list[str] = field(default_factory=list)
    seconds: float = 0.0
    tables: list[str] = field(default_factory=list)
    review: list[dict[str, str]] = field(default_factory=list)
    review_status: str = ""
    diagnosis: str = ""

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


KERNEL_STATE = """name => {
  const shell = window.jupyterapp?.shell;
  if (!shell) return 'JupyterLab not started yet';
  const panel = [...shell.widgets('main')].find(w => w.context?.path === name);
  const kernel = panel?.sessionContext?.session?.kernel;
  if (!panel?.context?.isReady || !kernel) return 'no kernel yet';
  const cells = panel.content.widgets.length + '/' + panel.content.model.cells.length + ' cells';
  return kernel.connectionStatus + ' ' + kernel.status + ' ' + cells;
}"""
"""What the notebook's own session says: its kernel's connection and status, and how many of
its cells are on the page (read through ``window.jupyterapp``, exposed by the server's
``expose_app_in_browser``, as JupyterLab's own UI tests do)."""
KERNEL_READY = f"""name => {{
  const state = ({KERNEL_STATE})(name).match(/^connected idle (\\d+)\\/(\\d+) cells$/);
  return state !== null && state[1] === state[2];
}}"""


async def kernel_state(page: Page, name: str) -> str:
    return await page.evaluate(KERNEL_STATE, name)


async def wait_for_kernel(page: Page, name: str, timeout: float) -> str:
    """Wait until the notebook's kernel is connected and idle with every cell on the page;
    returns '' then, or the last state seen when ``timeout`` ran out. The execution
    indicator in the toolbar is no such signal: on a loaded machine it reads idle before
    any kernel is connected, and a Run All given then starts a second connection that
    loses the widget models ("Error displaying widget: model not found")."""
    try:
        await page.wait_for_function(KERNEL_READY, arg=name, timeout=timeout * 1000,
                                     polling=POLL_MS)
    except PlaywrightTimeoutError:
        return await kernel_state(page, name)
    return ""


async def run_all_cells(page: Page) -> None:
    """Run > Run All Cells from the menu, as a person does."""
    await click_past_dialogs(page, page.locator(".lm-MenuBar-itemLabel", has_text="Run").first)
    await page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()


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
"""Seconds without any cell started, the kernel idle, after which Run All is given again
(the menu's click did not reach the notebook)."""


def not_started(prompts: list[str]) -> bool:
    """No cell has run or is queued: every prompt still reads '[ ]:'."""
    return bool(prompts) and all(p.strip("[]: ") == "" for p in prompts)


def all_ran(prompts: list[str]) -> bool:
    return bool(prompts) and all(p.strip("[]:").isdigit() for p in prompts)


async def answer_prompts(page: Page) -> None:
    """Answer a JupyterLab dialog with its default button (the preferred kernel, when it
    asks which one to start)."""
    accept = page.locator(".jp-Dialog .jp-mod-accept")
    if await accept.count():
        await accept.first.click(timeout=5_000)


async def watch_notebook(page: Page, url: str, *, name: str = NOTEBOOK.name,
                         timeout: float = 150.0, on_snapshot: Shot | None = None) -> Observed:
    """Open notebook ``name``, wait for its kernel, run every cell once, and record every
    dashboard until all ran; then read the displayed tables and the review form. When the
    kernel or the cells do not get there within ``timeout``, ``diagnosis`` says where
    they stood."""
    observed = Observed()
    began = time.monotonic()
    # A workspace of its own: the page holds this notebook only, not the ones opened before.
    await page.goto(f"{url}/lab/workspaces/{Path(name).stem}/tree/{name}")
    state = await wait_for_kernel(page, name, timeout)
    if state:
        observed.diagnosis = f"kernel not ready in {timeout:g} s: {state}"
    else:
        await run_all_cells(page)
        await _follow(page, name, observed, began + timeout, on_snapshot)
    observed.seconds = time.monotonic() - began
    observed.record(await page.evaluate(READ_DASHBOARDS), observed.seconds)
    observed.prompts = await page.evaluate(READ_PROMPTS)
    observed.tables = await page.evaluate(READ_TABLES)
    review = await page.evaluate(READ_REVIEW)
    observed.review, observed.review_status = review["rows"], review["status"]
    return observed


async def _follow(page: Page, name: str, observed: Observed, deadline: float,
                  on_snapshot: Shot | None) -> None:
    """Record the dashboards until every cell ran or an error shows, or ``deadline``."""
    began, asked = time.monotonic(), time.monotonic()
    while time.monotonic() < deadline:
        await answer_prompts(page)
        boards = await page.evaluate(READ_DASHBOARDS)
        for snapshot in observed.record(boards, time.monotonic() - began):
            if on_snapshot is not None:
                await on_snapshot(page, snapshot)
        observed.prompts = await page.evaluate(READ_PROMPTS)
        observed.outputs = await page.evaluate(READ_OUTPUTS)
        if observed.errors or all_ran(observed.prompts):
            return
        if (not_started(observed.prompts) and time.monotonic() - asked > RETRY_RUN_AFTER
                and not await wait_for_kernel(page, name, 0.1)):
            await run_all_cells(page)
            asked = time.monotonic()
        await page.wait_for_timeout(POLL_MS)
    observed.diagnosis = (f"not every cell ran in time; kernel: "
                          f"{await kernel_state(page, name)}")


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
                    if results[notebook.name].diagnosis:
                        results[notebook.name].diagnosis += f"\nserver log:\n{lab.log_tail()}"
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
