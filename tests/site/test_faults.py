"""Each fault profile does what it says, reproducibly."""

import pytest
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from vautokit.errors import RateLimitedError, SelectorNotFoundError
from vautokit.sandbox import CHAOS, REALISTIC, behavior
from vautokit.site import require


def _gauge(site, vehicle_id=1):
    return f"{site.url}/Va/Inventory/GaugePage.aspx?vehicleId={vehicle_id}"


async def test_server_errors_then_recovery(site, signed_in):
    site.set_behavior(error_rate=1.0, max_faults_per_vehicle=2)
    statuses = [(await signed_in.goto(_gauge(site))).status for _ in range(3)]
    assert statuses == [500, 500, 200]


async def test_rate_limit_sends_retry_after_and_blocks_the_account(site, signed_in):
    site.set_behavior(rate_limit_rate=1.0, retry_after=30)
    first = await signed_in.goto(_gauge(site))
    assert first.status == 429 and first.headers["retry-after"] == "30"
    other_page = await signed_in.request.get(site.url + "/Va/api/ping")
    assert other_page.status == 429  # the whole account waits, not one page


async def test_too_many_requests_in_flight_is_429(site, signed_in):
    site.set_behavior(max_in_flight=0)
    response = await signed_in.request.get(site.url + "/Va/api/ping")
    assert response.status == 429 and int(response.headers["retry-after"]) >= 1


async def test_hung_responses_hang(site, signed_in):
    site.set_behavior(hang_rate=1.0, hang_seconds=30)
    with pytest.raises(PlaywrightTimeoutError):
        await signed_in.goto(_gauge(site), timeout=500)


async def test_wrong_tab_opens_and_expiry_fires_after_n_gauges(site, signed_in):
    site.set_behavior(wrong_tab_rate=1.0, expire_after_gauges=2)
    await signed_in.goto(_gauge(site))
    active = signed_in.locator("ul.x-tab-strip li.x-tab-strip-active")
    assert await active.inner_text() != "Vehicle Info"
    await signed_in.goto(_gauge(site, 2))
    await signed_in.goto(_gauge(site, 3))
    assert await signed_in.locator(".x-message-box", has_text="Session Expired").count() == 1


def test_profiles_are_seeded_and_reproducible():
    a, b = behavior("realistic", seed=3), behavior("realistic", seed=3)
    assert [a.delay("gauge", str(i)) for i in range(5)] == [b.delay("gauge", str(i))
                                                             for i in range(5)]
    assert 1.0 < REALISTIC.delay("sticker", "x") < 20.0
    assert CHAOS.error_rate > 0 and CHAOS.expire_after_gauges
    assert behavior("fast").delay("gauge", "x") == 0.0
    with pytest.raises(ValueError, match="unknown sandbox profile"):
        behavior("nope")


async def test_a_selector_awaited_on_the_sites_error_page_is_that_error_not_a_changed_site(
        site, signed_in, profile):
    site.set_behavior(rate_limit_rate=1.0, retry_after=30)
    await signed_in.goto(_gauge(site))  # the account's 429 page, where the tabs should be
    with pytest.raises(RateLimitedError, match="gauge page"):
        await require(signed_in, profile, "tab", "gauge page", timeout=0.2)
    site.set_behavior(rate_limit_rate=0.0)
    site.rate_windows.clear()
    await signed_in.goto(_gauge(site))
    await signed_in.evaluate("document.querySelector('ul.x-tab-strip').remove()")
    with pytest.raises(SelectorNotFoundError, match="'tab'"):  # a real change still says so
        await require(signed_in, profile, "tab", "gauge page", timeout=0.2)
