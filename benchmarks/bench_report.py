"""Report size and speed: a run of N vehicles (failures with real screenshots) rendered to HTML,
then opened in Chromium.

    python benchmarks/bench_report.py [--vehicles 300,1000] [--repeats 3]

Records are built directly (timings, outcomes, unmatched phrases) so the figures do not
depend on the sandbox's latency; the screenshots are real captures of sandbox pages.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from _common import REPO, save
from playwright.async_api import Browser, async_playwright

from vautokit import Sandbox
from vautokit.browser import BrowserLauncher
from vautokit.processing import Evidence, RunResult
from vautokit.report import Report

sys.path.insert(0, str(REPO))
from tests.synthetic import synthetic_run

VIEWPORT = {"width": 1280, "height": 800}
FAILURE_RATE = 0.05


def run_of(n: int, shots: list[str], seed: int = 7) -> RunResult:
    """``n`` vehicles on 4 workers; about one in twenty fails, pointing at one of ``shots``."""
    failing = {i: [shots[i % len(shots)]] for i in range(0, n, round(1 / FAILURE_RATE))}
    return synthetic_run(n, 4, seed=seed, evidence=failing)


async def screenshots(browser: Browser, site: Sandbox, root: Path, count: int) -> list[str]:
    """``count`` failure screenshots, copies of three real captures of sandbox pages."""
    evidence = Evidence(root, "bench")
    page = await browser.new_page(viewport=VIEWPORT)
    captured = []
    for n, path in enumerate(("/", "/sms/inbox", "/nowhere")):
        await page.goto(site.url + path)
        captured.append(await evidence.capture(page, n, "failed"))
    await page.close()
    paths = []
    for i in range(count):
        copy = evidence.directory / f"v{i:04d}-a1-copy.jpg"
        shutil.copy(captured[i % 3], copy)
        paths.append(evidence.relative(copy))
    return paths


async def load_figures(browser: Browser, path: Path) -> dict:
    """Load time and first paint as Chromium measures them, and the page's height."""
    page = await browser.new_page(viewport=VIEWPORT)
    began = time.perf_counter()
    await page.goto(path.as_uri(), wait_until="load")
    wall = time.perf_counter() - began
    timing = await page.evaluate("""async () => {
        const nav = performance.getEntriesByType('navigation')[0];
        const paint = await new Promise(done => new PerformanceObserver(
            list => done(list.getEntries()[0])).observe({type: 'paint', buffered: true}));
        return {load: nav.loadEventEnd, paint: paint.startTime,
                height: document.documentElement.scrollHeight,
                summary: document.querySelector('#summary').getBoundingClientRect().bottom};
    }""")
    await page.close()
    return {"load_ms": timing["load"], "first_paint_ms": timing["paint"],
            "goto_ms": wall * 1000, "height_px": timing["height"],
            "summary_bottom_px": timing["summary"]}


async def main(args: argparse.Namespace) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp, Sandbox(10, profile="fast") as site:
        root = Path(tmp)
        async with async_playwright() as pw:
            browser = await BrowserLauncher().launch(pw.chromium)
            shots = await screenshots(browser, site, root, 60)
            for n in [int(x) for x in args.vehicles.split(",")]:
                result = run_of(n, shots)
                report = Report(f"{n} vehicles", {"run": result}, evidence_root=root)
                renders = []
                for _ in range(args.repeats):
                    began = time.perf_counter()
                    path = report.to_html(root / f"report-{n}.html")
                    renders.append(time.perf_counter() - began)
                began = time.perf_counter()
                report.export_csv(root / f"csv-{n}")
                csv_seconds = time.perf_counter() - began
                loads = [await load_figures(browser, path) for _ in range(args.repeats)]
                rows.append({"vehicles": n, "failed": result.outcomes["failed"],
                             "size_kib": path.stat().st_size / 1024,
                             "render_s": statistics.median(renders), "csv_s": csv_seconds,
                             **{k: statistics.median(x[k] for x in loads) for k in loads[0]}})
            await browser.close()
    save("report", {"Report of one run, by vehicles": pd.DataFrame(rows)},
         {"viewport": f"{VIEWPORT['width']}x{VIEWPORT['height']}", "repeats": args.repeats,
          "failure_rate": FAILURE_RATE, "workers": 4})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vehicles", default="300,1000")
    parser.add_argument("--repeats", type=int, default=3)
    asyncio.run(main(parser.parse_args()))
