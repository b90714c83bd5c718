"""The peer of benchmarks/bench_peer.py: vautokit's sandbox job written in Crawlee for Python.

Runs in benchmarks/.peer-venv (see requirements.txt), never in vautokit's environment, and
imports nothing from vautokit. It is written the way a Crawlee user would write it:

- sign in once with plain Playwright (username, password, the 2FA code from the sandbox's
  SMS inbox), on the same browser executable and flags as vautokit;
- hand the signed-in cookies to the crawler through its SessionPool, so every page of the
  crawler's shared browser context carries the session (a ``storage_state`` is dropped by
  Crawlee's default persistent context, so cookies are the way in);
- a PlaywrightCrawler visits each vehicle's gauge page: Vehicle Info tab, VIN check, the
  Factory Equipment popup read (HTML text, or the PDF fetched and parsed with pypdf, as
  vautokit does), the boxes ticked, Save clicked, the saved status awaited.

Which labels to tick per vehicle comes precomputed by vautokit's own mapping in the job
file (``tick``), as does vautokit's VIN verdict on the grid's VIN (``open``): the comparison
is about the browser work. Everything else (pages, popups, saves) the peer does itself.

    benchmarks/.peer-venv/bin/python benchmarks/peer/crawlee_job.py < job.json

The job arrives on stdin (it holds the sandbox's password and inbox token: never argv or
disk); one JSON line with the timings goes to stdout.
"""

from __future__ import annotations

import asyncio
import io
import json
import re
import sys
import time
import urllib.request
from datetime import timedelta
from importlib.metadata import version

from crawlee import ConcurrencySettings, Request
from crawlee.crawlers import PlaywrightCrawler, PlaywrightCrawlingContext
from crawlee.sessions import Session, SessionPool
from playwright.async_api import Page, async_playwright
from pypdf import PdfReader

CHECKBOXES = "input[id^='ext-va-feature-checkbox-']"
STICKER_ANY = "div.window-sticker-details, a[href*='.pdf'], .no-sticker"
TICK_JS = """([selector, labels]) => {
  let clicked = 0;
  for (const box of document.querySelectorAll(selector))
    if (labels.includes(box.dataset.label) && !box.checked) { box.click(); clicked++; }
  return clicked;
}"""


def newest_code(inbox_url: str, token: str) -> str:
    """The newest unused 2FA code from the sandbox's SMS inbox (its out-of-band channel)."""
    request = urllib.request.Request(inbox_url, headers={"X-Inbox-Token": token})
    with urllib.request.urlopen(request, timeout=30) as answer:
        messages = json.load(answer)["messages"]
    text = next(m["text"] for m in messages if not m["used"])
    return re.search(r"\b(\d{6})\b", text).group(1)


async def sign_in(job: dict) -> tuple[list[dict], str]:
    """Bridge ID sign-in in a browser of its own; the session cookies and the browser version."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**launch_options(job))
        context = await browser.new_context()
        page = await context.new_page()
        await page.goto(job["url"] + "/login")
        await page.fill("input#username", job["username"])
        await page.click("role=button[name='Next']")
        await page.fill("input[type=password]", job["password"])
        await page.click("button[type=submit]:has-text('Sign in')")
        await page.click("role=button[name='Select']")
        await page.locator("input#verificationCode").wait_for()
        inbox = f"{job['url']}/sms/inbox?user={job['username']}"
        code = await asyncio.to_thread(newest_code, inbox, job["inbox_token"])
        await page.fill("input#verificationCode", code)
        await page.click("role=button[name='Verify']")
        await page.locator("#mainMenu").wait_for()
        cookies, browser_version = await context.cookies(), browser.version
        await browser.close()
    return cookies, browser_version


def launch_options(job: dict) -> dict:
    return {"executable_path": job["executable"], "args": job["args"], "headless": True}


def signed_in_sessions(cookies: list[dict]) -> SessionPool:
    """A session pool whose every session carries the signed-in cookies."""
    def create() -> Session:
        session = Session(max_usage_count=10_000)
        session.cookies.set_cookies_from_playwright_format(cookies)
        return session
    return SessionPool(max_pool_size=1, create_session_function=create)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


async def read_sticker(page: Page) -> str | None:
    """The Factory Equipment popup's text (a PDF's text when it links one); None when absent."""
    async with page.expect_popup() as opened:
        await page.click("#factoryEquipment")
    popup = await opened.value
    try:
        await popup.wait_for_load_state("domcontentloaded")
        await popup.locator(STICKER_ANY).first.wait_for(state="attached")
        if await popup.locator(".no-sticker").count():
            return None
        pdf = popup.locator("a[href*='.pdf']")
        if await pdf.count():
            answer = await popup.context.request.get(await pdf.first.evaluate("a => a.href"))
            return await asyncio.to_thread(pdf_text, await answer.body())
        return await popup.locator("div.window-sticker-details").inner_text()
    finally:
        await popup.close()


async def save(page: Page) -> None:
    async with page.expect_response(
            lambda r: "SaveOptions" in r.url and r.request.method == "POST") as answer:
        await page.click("#saveOptions")
    if not (await answer.value).ok:
        raise RuntimeError(f"save answered HTTP {(await answer.value).status}")
    await page.locator("#saveStatus[data-state='saved']").wait_for()


def crawler_for(job: dict, cookies: list[dict], outcomes: dict[str, str]) -> PlaywrightCrawler:
    workers = job["workers"]
    # Crawlee's defaults start at desired_concurrency=10; capped here at the run's ceiling.
    ceiling = job["max_concurrency"]
    concurrency = (ConcurrencySettings(max_concurrency=ceiling,
                                       desired_concurrency=min(10, ceiling))
                   if workers is None else
                   ConcurrencySettings(min_concurrency=workers, max_concurrency=workers,
                                       desired_concurrency=workers))
    crawler = PlaywrightCrawler(
        browser_launch_options=launch_options(job), headless=True,
        concurrency_settings=concurrency, session_pool=signed_in_sessions(cookies),
        request_handler_timeout=timedelta(seconds=job["timeout"]),
        navigation_timeout=timedelta(seconds=job["timeout"]))

    @crawler.router.default_handler
    async def vehicle(context: PlaywrightCrawlingContext) -> None:
        page, wanted = context.page, context.request.user_data
        active = page.locator("ul.x-tab-strip li.x-tab-strip-active")
        if "Vehicle Info" not in await active.inner_text():
            await page.click("ul.x-tab-strip li[data-tab='Vehicle Info']")
        shown = (await page.locator("[data-field=vin]").inner_text()).strip().upper()
        if shown != wanted["vin"].strip().upper():
            outcomes[wanted["id"]] = "vin mismatch"
            return
        if await read_sticker(page) is None:
            outcomes[wanted["id"]] = "no sticker"
            return
        if not await page.evaluate(TICK_JS, [CHECKBOXES, wanted["tick"]]):
            outcomes[wanted["id"]] = "unchanged"
            return
        await save(page)
        outcomes[wanted["id"]] = "updated"

    return crawler


async def run(job: dict) -> dict:
    started = time.perf_counter()
    cookies, browser_version = await sign_in(job)
    signed_in = time.perf_counter()
    outcomes: dict[str, str] = {v["id"]: "invalid vin" for v in job["vehicles"]
                                if not v["open"]}
    crawler = crawler_for(job, cookies, outcomes)
    requests = [Request.from_url(v["gauge_url"], unique_key=v["id"],
                                 user_data={"id": v["id"], "vin": v["vin"], "tick": v["tick"]})
                for v in job["vehicles"] if v["open"]]
    stats = await crawler.run(requests)
    done = time.perf_counter()
    return {"wall_seconds": done - started, "process_seconds": done - signed_in,
            "vehicles": len(job["vehicles"]), "outcomes": outcomes,
            "failed_requests": stats.requests_failed,
            "retries": sum(i * n for i, n in enumerate(stats.retry_histogram)),
            "browser_version": browser_version, "crawlee": version("crawlee"),
            "playwright": version("playwright")}


def main() -> None:
    startup_cpu = time.process_time()  # interpreter and imports: no browser started yet
    report = asyncio.run(run(json.load(sys.stdin)))
    print(json.dumps({**report, "startup_cpu_seconds": startup_cpu}))


if __name__ == "__main__":
    main()
