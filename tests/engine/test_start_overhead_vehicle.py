"""Round trips of ours inside a vehicle (issue 22), folded where the page answers the same:
ticking and reading back is one evaluation; the option boxes are read, and the sticker
window's tracking installed, while the element they follow is still awaited. Each test fails
when its fold is taken out. (Not folded: the active tab's count and text, as one
``all_inner_texts`` call: it evaluates in the page's main world, where Playwright then
compiles its selector engine a second time per document, 6 ms more of ours and 13 ms more
CPU per vehicle; benchmarks/results/overhead.start.md.)"""

from __future__ import annotations

import asyncio

from playwright.async_api import Frame

from vautokit.vehicles import GaugePage, VehicleLink, WindowStickerService
from vautokit.vehicles._gauge import _READ_BOXES_JS
from vautokit.vehicles._models import Change

BOX = """document.body.insertAdjacentHTML('beforeend',
  '<input type="checkbox" id="ext-va-feature-checkbox-1">'
  + '<label for="ext-va-feature-checkbox-1">Sunroof</label>')"""


def record_evaluations(monkeypatch) -> tuple[list[str], asyncio.Event]:
    """Every ``Frame.evaluate`` of the test, by its script; the event is set on the first."""
    scripts, sent = [], asyncio.Event()
    evaluate = Frame.evaluate

    async def recorded(frame, expression, arg=None):
        scripts.append(expression)
        sent.set()
        return await evaluate(frame, expression, arg)

    monkeypatch.setattr(Frame, "evaluate", recorded)
    return scripts, sent


def a_vehicle(site, profile) -> tuple[object, VehicleLink]:
    vehicle = next(v for v in site.vehicles_of() if v.vin_valid and v.vin == v.page_vin)
    return vehicle, VehicleLink(id=str(vehicle.id), vin=vehicle.vin, stock="S", title="T",
                                age_days=None, dealer="",
                                gauge_url=profile.url("gauge", vehicle_id=vehicle.id))


async def test_ticking_and_reading_back_is_one_round_trip(site, signed_in, profile,
                                                          monkeypatch):
    gauge = GaugePage(profile, timeout=10)
    frame = await gauge.open(signed_in, a_vehicle(site, profile)[1])
    boxes = await gauge.boxes(frame)
    off = sorted(label for label, (_, on) in boxes.items() if not on)[:2]
    on = sorted(label for label, (_, checked) in boxes.items() if checked)[:1]
    scripts, _ = record_evaluations(monkeypatch)
    await gauge.apply(frame, Change(to_check=off, to_uncheck=on), boxes)
    assert len(scripts) == 1
    monkeypatch.undo()
    now = await gauge.boxes(frame)
    assert all(now[label][1] for label in off) and not any(now[label][1] for label in on)


async def test_the_boxes_are_read_while_the_first_box_is_awaited(page, profile, monkeypatch):
    await page.set_content("<p>options load later</p>")
    scripts, sent = record_evaluations(monkeypatch)
    reading = asyncio.create_task(GaugePage(profile, timeout=10).boxes(page.main_frame))
    await asyncio.wait_for(sent.wait(), 10)  # read before any box is there
    await page.evaluate(BOX)
    boxes = await asyncio.wait_for(reading, 10)
    assert boxes == {"Sunroof": ("ext-va-feature-checkbox-1", False)}
    assert scripts.count(_READ_BOXES_JS) == 2  # the early read, and again once a box showed


async def test_sticker_windows_are_tracked_while_the_button_is_awaited(page, profile,
                                                                      monkeypatch):
    await page.set_content("<p>the Factory Equipment button shows later</p>")
    _, sent = record_evaluations(monkeypatch)
    sticker = WindowStickerService(profile, timeout=10)
    reading = asyncio.create_task(sticker.read(page.main_frame, "VIN"))
    await asyncio.wait_for(sent.wait(), 10)
    tracked = await page.evaluate("() => Array.isArray(window.__vautokitWindows)")
    reading.cancel()
    await asyncio.gather(reading, return_exceptions=True)
    assert tracked

