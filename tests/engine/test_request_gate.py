"""The request gate: no route (and so the HTTP cache) outside a pause, resources blocked by
type in the browser, a 429 seen in one context holding the account's other contexts, and a
context opened during a pause held until it ends."""

from __future__ import annotations

import asyncio
import http.server
import threading
import time
from collections.abc import Iterator

import pytest

from vautokit.processing._coordinator import AccountThrottle
from vautokit.processing._pool import _GATES, install_gate, resources_blocked

PAGE = b"<script src='/cached.js'></script><img src='/picture'><p id='shown'>shown</p>"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
       b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe"
       b"\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")


class Origin:
    """A local server that notes each request's path and when it arrived."""

    def __init__(self) -> None:
        self.hits: list[tuple[str, float]] = []
        origin = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                origin.hits.append((self.path, time.monotonic()))
                body, kind = {"/cached.js": (b"window.ran = true;", "text/javascript"),
                              "/picture": (PNG, "image/png")}.get(self.path,
                                                                 (PAGE, "text/html"))
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Cache-Control", "max-age=600")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def count(self, path: str) -> int:
        return sum(1 for hit, _ in self.hits if hit == path)


@pytest.fixture
def origin() -> Iterator[Origin]:
    served = Origin()
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    yield served
    served.server.shutdown()
    served.server.server_close()


async def test_outside_a_pause_nothing_is_routed_so_the_cache_serves_repeats(page, origin):
    """A route (even one that lets everything through) turns the browser's HTTP cache off;
    the gate routes nothing while the account is not paused."""
    await install_gate(page.context, AccountThrottle(), block_resources=True)
    for visit in ("/a", "/b"):
        await page.goto(origin.url + visit)
        assert await page.evaluate("window.ran") is True
    assert origin.count("/cached.js") == 1


@pytest.mark.parametrize("block", [True, False])
async def test_images_are_blocked_by_their_type_in_the_browser(page, origin, block):
    """The picture's URL names no image kind: only its type can block it."""
    context = page.context
    await install_gate(context, AccountThrottle(), block_resources=block)
    worker_page = await context.new_page()
    await resources_blocked(worker_page)
    for target in (page, worker_page):  # a page from before the gate, and one opened after
        await target.goto(origin.url + "/")
        assert await target.inner_text("#shown") == "shown"
    assert origin.count("/picture") == (0 if block else 1)  # the cache serves the second


async def test_a_context_opened_during_a_pause_sends_nothing_before_it_ends(page, origin):
    throttle = AccountThrottle(max_pause=120)
    throttle.pause(0.5)
    until = throttle.not_before
    await install_gate(page.context, throttle, block_resources=False)
    await page.goto(origin.url + "/")
    first = min(at for path, at in origin.hits if path == "/")
    assert first >= until


async def test_a_429_in_one_context_holds_the_other_contexts_until_its_pause_ends(page, origin):
    """Once the other context's hold is in place (its gate says so), its next request
    reaches the site no earlier than the pause's end: one clock (time.monotonic) for both."""
    throttle = AccountThrottle(max_pause=120)
    other = await page.context.browser.new_context()
    try:
        other_page = await other.new_page()
        for context in (page.context, other):
            await install_gate(context, throttle, block_resources=False)
        await page.route("**/busy", lambda route: route.fulfill(
            status=429, headers={"Retry-After": "1"}, body="Too Many Requests"))
        assert (await page.goto(origin.url + "/busy")).status == 429
        until = throttle.not_before
        await asyncio.wait_for(_GATES[other].held.wait(), timeout=30)
        await other_page.goto(origin.url + "/after")
    finally:
        await other.close()
    assert [at >= until for path, at in origin.hits if path == "/after"] == [True]
