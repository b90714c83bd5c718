"""The window sticker read by request: the site's own click names the page, which is fetched
and read in Python, with the window as the fallback. In a real browser on the sandbox."""

from __future__ import annotations

import logging
import socket
import traceback

import pytest

from tests.reading import by_window
from vautokit import Automation
from vautokit.errors import (
    NoStickerError,
    RateLimitedError,
    SessionExpiredError,
    TransientSiteError,
    WorkerCrashedError,
)
from vautokit.processing import AccountThrottle
from vautokit.sandbox._drift import drifts
from vautokit.site import translated_request
from vautokit.vehicles import WindowStickerService
from vautokit.vehicles._sticker_html import inner_text, parse

STICKER_PATH = "/Va/Inventory/FactoryEquipment.aspx"
SECTION_ORDER = ["Standard Equipment", "Interior", "Exterior", "Mechanical",
                 "Comfort & Convenience", "Safety & Security", "Optional Equipment", "Packages"]


def of_kind(site, kind: str, count: int = 1):
    return [v for v in site.vehicles_of() if v.sticker_kind == kind][:count]


def sticker_requests(site) -> int:
    return sum(1 for record in site.request_log if record.path == STICKER_PATH)


async def on_gauge(page, profile, vehicle):
    await page.goto(profile.url("gauge", vehicle_id=vehicle.id))
    return page


def in_page_order(vehicle) -> list[str]:
    """The spec's lines in the order the sticker page lists them (section by section)."""
    return [text for _, text in sorted(vehicle.sticker,
                                       key=lambda st: SECTION_ORDER.index(st[0]))]


@pytest.mark.parametrize("missing_note", [None, "text=/not available/i"],
                         ids=["css", "vauto-text-note"])
async def test_a_sticker_read_by_request_opens_no_window_for_any_kind(site, signed_in, profile,
                                                                     missing_note):
    """HTML, a PDF link and the "not available" note, each read from one request with no
    window opened; vAuto's ``text=`` note is read in Python too."""
    if missing_note:
        profile.selectors["sticker_missing"] = missing_note
    service = WindowStickerService(profile, timeout=10)
    context = signed_in.context
    (html,), (pdf,), (none,) = of_kind(site, "html"), of_kind(site, "pdf"), of_kind(site, "none")
    for vehicle in (html, pdf, none):
        await on_gauge(signed_in, profile, vehicle)
        pages, asked = len(context.pages), sticker_requests(site)
        if vehicle is none:
            with pytest.raises(NoStickerError):
                await service.read(signed_in, vehicle.vin)
        else:
            sticker = await service.read(signed_in, vehicle.vin)
            assert sticker.source == vehicle.sticker_kind
            assert [line.text for line in sticker.lines] == in_page_order(vehicle)
        assert len(context.pages) == pages, f"a window opened for the {vehicle.sticker_kind}"
        assert sticker_requests(site) == asked + 1


async def test_request_and_window_read_the_same_lines_from_every_html_sticker(
        site, signed_in, profile):
    by_request = WindowStickerService(profile, timeout=10)
    in_window = WindowStickerService(by_window(profile), timeout=10)
    vehicles = of_kind(site, "html", 8)
    assert len(vehicles) == 8
    for vehicle in vehicles:
        await on_gauge(signed_in, profile, vehicle)
        pages = len(signed_in.context.pages)
        requested = await by_request.read(signed_in, vehicle.vin)
        assert len(signed_in.context.pages) == pages  # read without a window
        windowed = await in_window.read(signed_in, vehicle.vin)
        assert in_window.window_of(signed_in) is not None  # read in one
        assert requested.lines == windowed.lines
        assert (requested.source, windowed.source) == ("html", "html")


@pytest.fixture
def script_sticker(site):
    """The session's sandbox serving its sticker pages built by script, for one test."""
    site.drift = drifts(["script_sticker"])
    yield site
    site.drift = drifts([])


async def test_a_sticker_built_by_script_is_read_in_the_window_from_then_on(
        script_sticker, signed_in, profile, caplog):
    """The page as served shows no sticker: the button is clicked again and the window reads
    it; the next vehicle goes straight to the window (one sticker request)."""
    site = script_sticker
    service = WindowStickerService(profile, timeout=10)
    first, second = of_kind(site, "html", 2)
    caplog.set_level(logging.INFO, logger="vautokit.vehicles._sticker")
    for vehicle, requests in ((first, 2), (second, 1)):
        await on_gauge(signed_in, profile, vehicle)
        asked = sticker_requests(site)
        sticker = await service.read(signed_in, vehicle.vin)
        assert [line.text for line in sticker.lines] == in_page_order(vehicle)
        assert sticker_requests(site) - asked == requests, vehicle
        assert service.window_of(signed_in) is not None
    told = [r for r in caplog.records if "builds its window sticker in the browser" in r.message]
    assert len(told) == 1 and told[0].levelno == logging.INFO


async def test_an_expired_session_ends_as_session_expired_and_keeps_the_request(
        site, signed_in, profile, login):
    """The sticker's request meets the expiry (a page with no sticker): the window shows why.
    A fallback that ends in an error leaves the next vehicle's sticker to the request."""
    service = WindowStickerService(profile, timeout=3)
    expired, later = of_kind(site, "html", 2)
    await on_gauge(signed_in, profile, expired)
    site.expire_sessions()
    with pytest.raises(SessionExpiredError):
        await service.read(signed_in, expired.vin)
    await login.login(signed_in)
    await on_gauge(signed_in, profile, later)
    pages, asked = len(signed_in.context.pages), sticker_requests(site)
    sticker = await service.read(signed_in, later.vin)
    assert [line.text for line in sticker.lines] == in_page_order(later)
    assert sticker_requests(site) == asked + 1 and len(signed_in.context.pages) == pages


@pytest.mark.parametrize("fault", ["429", "500"])
async def test_an_error_status_on_the_sticker_request_is_reported_as_in_the_window(
        site, signed_in, profile, fault):
    (vehicle,) = of_kind(site, "html")
    await on_gauge(signed_in, profile, vehicle)
    site.set_behavior(rate_limit_rate=1.0 if fault == "429" else 0.0,
                      error_rate=1.0 if fault == "500" else 0.0, hang_rate=0.0,
                      max_faults_per_vehicle=1, retry_after=7)
    pages, asked = len(signed_in.context.pages), sticker_requests(site)
    with pytest.raises((RateLimitedError, TransientSiteError)) as failed:
        await WindowStickerService(profile, timeout=10).read(signed_in, vehicle.vin)
    if fault == "429":
        assert isinstance(failed.value, RateLimitedError) and failed.value.retry_after == 7
    else:
        assert isinstance(failed.value, TransientSiteError) and failed.value.status == 500
    assert sticker_requests(site) == asked + 1  # the request's answer, no window asked
    assert len(signed_in.context.pages) == pages


async def test_a_failed_request_says_what_failed_without_the_session_cookie(page):
    """The request client's errors list the request's headers, the cookie among them."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    await page.context.add_cookies([{"name": "session", "value": "SECRET-COOKIE-VALUE",
                                     "url": f"http://127.0.0.1:{port}"}])
    with pytest.raises(TransientSiteError) as failed:
        async with translated_request("window sticker"):
            await page.context.request.get(f"http://127.0.0.1:{port}/sticker", timeout=5000)
    assert "window sticker" in str(failed.value) and "ECONNREFUSED" in str(failed.value)
    assert "SECRET-COOKIE-VALUE" in str(failed.value.__context__)  # what Playwright said
    shown = "".join(traceback.format_exception(failed.value))
    assert "ECONNREFUSED" in shown and "SECRET-COOKIE-VALUE" not in shown
    await page.context.close()
    with pytest.raises(WorkerCrashedError):
        async with translated_request("window sticker", worker_id=3):
            await page.context.request.get(f"http://127.0.0.1:{port}/sticker")


@pytest.mark.parametrize("html", [
    "<div id=s><h3>Interior</h3><ul><li>Heated <b>front</b> <span>seats</span></li>"
    "<li><a href='#'>Power</a><em>fold</em> mirrors</li></ul><div>Sunroof<div>Panoramic"
    "</div></div>Tail text</div>",
    "<div id=s><p>VIN 1FT</p><p>Line one<br>Line two</p><table><tr><td>Moonroof</td>"
    "<td>$995</td></tr><tr><th>Total</th></tr></table></div>",
    "<div id=s>\n  <p>  Bose\n\t Premium   <b> Audio </b> </p><pre> 9  speakers\n x</pre></div>",
    "<div id=s><style>li{color:red}</style><script>var x = 1;</script><template><li>t</li>"
    "</template><!-- c --><li>Shown</li><li hidden>Hidden</li><li style='display:none'>No</li>"
    "<span style='display:block'>Own line</span>Last</div>",
    "<div id=s><div>a<br></div><div>b</div> <div style='display:inline'>c</div> d</div>",
], ids=["blocks-and-inline", "paragraphs-br-cells", "white-space", "not-rendered", "edges"])
async def test_inner_text_in_python_is_the_browsers(page, html):
    await page.set_content(html)
    assert inner_text(parse(html.encode()).select_one("#s")) == \
        await page.eval_on_selector("#s", "element => element.innerText")


async def test_a_sticker_page_answered_as_a_pdf_is_read_as_one(site, signed_in, profile):
    """A site whose button opens the PDF itself: the request's content type says so."""
    (vehicle,) = of_kind(site, "pdf")
    profile.patterns["sticker_request"] = "WindowSticker.pdf"
    await on_gauge(signed_in, profile, vehicle)
    await signed_in.evaluate("""id => document.querySelector('#factoryEquipment').onclick =
        () => window.open('/Va/Inventory/WindowSticker.pdf?vehicleId=' + id, 'sticker')""",
                             vehicle.id)
    pages = len(signed_in.context.pages)
    sticker = await WindowStickerService(profile, timeout=5).read(signed_in, vehicle.vin)
    assert sticker.source == "pdf"
    assert [line.text for line in sticker.lines] == in_page_order(vehicle)
    assert len(signed_in.context.pages) == pages


async def test_the_stickers_own_request_waits_out_the_accounts_pause(site, signed_in, profile):
    """The browser's requests wait out a 429's pause at the context's request gate; the
    sticker's request does not pass through it, so it waits for the account itself."""
    throttle = AccountThrottle()
    service = WindowStickerService(profile, timeout=10, hold=throttle.wait)
    (vehicle,) = of_kind(site, "html")
    await on_gauge(signed_in, profile, vehicle)
    throttle.pause(1.0)
    await service.read(signed_in, vehicle.vin)
    (arrived,) = [record.at for record in site.request_log if record.path == STICKER_PATH]
    assert arrived >= throttle.not_before


def test_a_run_holds_its_sticker_requests_on_the_accounts_pause(site):
    va = Automation(site)
    assert va.services.sticker.hold == va.coordinator.throttle.wait
