"""Two pages of one browser context read window stickers at once: each gets its own answer.

Each reads its sticker in the window (``sticker_read = "window"``), where a page could catch
the other page's popup; a sticker read by request is its own page's request."""

import asyncio

import pytest

from tests.reading import by_window
from vautokit.errors import TransientSiteError
from vautokit.vehicles import WindowStickerService


def _html_sticker_vehicles(site, count):
    return [v for v in site.vehicles_of() if v.sticker_kind == "html"][:count]


async def _gauge_page(context, profile, vehicle):
    page = await context.new_page()
    page.set_default_timeout(10_000)
    await page.goto(profile.url("gauge", vehicle_id=vehicle.id))
    return page


async def test_concurrent_sticker_reads_in_one_context_each_get_their_own(site, signed_in,
                                                                         profile):
    """The first sticker request of each vehicle fails with 500, later ones succeed.

    Vehicle A has already spent its failure, so read together A must succeed and B must
    fail: a page that caught the other page's response would get the other outcome.
    """
    good, failing = _html_sticker_vehicles(site, 2)
    page_a = await _gauge_page(signed_in.context, profile, good)
    page_b = await _gauge_page(signed_in.context, profile, failing)
    service = WindowStickerService(by_window(profile), timeout=10)
    site.set_behavior(error_rate=1.0, hang_rate=0.0, rate_limit_rate=0.0,
                      max_faults_per_vehicle=1)
    with pytest.raises(TransientSiteError):
        await service.read(page_a, good.vin)

    read_a, read_b = await asyncio.gather(service.read(page_a, good.vin),
                                          service.read(page_b, failing.vin),
                                          return_exceptions=True)

    assert isinstance(read_b, TransientSiteError), read_b
    assert not isinstance(read_a, BaseException), read_a
    assert {line.text for line in read_a.lines} == {text for _, text in good.sticker}
