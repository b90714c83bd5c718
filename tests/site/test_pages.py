"""Sessions, the inventory grid, the modal, the popup sticker and saving, in a real browser."""

import json

import pytest

from vautokit.vehicles import GaugePage, InventoryFilterService, WindowStickerService


async def test_pages_need_a_session(site, page):
    response = await page.goto(site.url + "/Va/Inventory/Vehicles.aspx")
    assert response.ok and "/login" in page.url
    data = await page.request.get(site.url + "/Va/Inventory/Data.ashx")
    assert data.status == 401
    save = await page.request.post(site.url + "/Va/Inventory/SaveOptions.ashx",
                                   data=json.dumps({"vehicleId": 1, "checked": []}))
    assert save.status == 401


async def test_other_dealers_vehicles_are_forbidden(site, signed_in):
    other = site.vehicles_of(site.other_account.username)[0]
    response = await signed_in.goto(f"{site.url}/Va/Inventory/GaugePage.aspx?vehicleId={other.id}")
    assert response.status == 403
    save = await signed_in.request.post(site.url + "/Va/Inventory/SaveOptions.ashx",
                                        data=json.dumps({"vehicleId": other.id, "checked": []}))
    assert save.status == 403
    assert site.audit_log() == []


async def test_expired_session_shows_the_message_box(site, signed_in):
    site.expire_sessions()
    await signed_in.goto(site.url + "/Va/Inventory/GaugePage.aspx?vehicleId=1")
    assert await signed_in.locator(".x-message-box", has_text="Session Expired").count() == 1


async def test_idle_sessions_expire_on_the_sandbox_clock(site, signed_in):
    site.advance_clock(site.behavior.idle_timeout + 1)
    response = await signed_in.request.get(site.url + "/Va/api/ping")
    assert response.status == 401 and "expired" in await response.text()


async def test_grid_pages_and_filters(site, signed_in, profile):
    inventory = InventoryFilterService(profile, timeout=10)
    everything = await inventory.collect(signed_in, saved_filter=None)
    mine = site.vehicles_of()
    assert [link.vin for link in everything] == [v.vin for v in mine]  # 100 rows over 5 pages
    recent = await inventory.collect(signed_in)
    assert {link.stock for link in recent} == {v.stock for v in mine if v.age_days <= 1}
    aged = await inventory.collect(signed_in, age_min=30, age_max=60)
    assert {link.stock for link in aged} == {v.stock for v in mine if 30 <= v.age_days <= 60}
    frame = inventory.to_frame(recent)
    assert list(frame.columns)[:3] == ["id", "vin", "stock"] and len(frame) == len(recent)


async def test_modal_opens_gauge_page_and_popup_sticker(site, signed_in, profile):
    inventory = InventoryFilterService(profile, timeout=10)
    link = (await inventory.collect(signed_in, saved_filter=None, limit=1))[0]
    spec = site.vehicle(int(link.id))
    gauge = GaugePage(profile, timeout=10)
    frame = await gauge.open(signed_in, link, "modal")
    assert frame.name == "GaugePageIFrame" and frame.url.endswith(f"vehicleId={link.id}")
    assert await gauge.shown_vin(frame) == spec.page_vin
    if spec.sticker_kind == "none":
        pytest.skip("first vehicle has no sticker")
    sticker = await WindowStickerService(profile, timeout=10).read(frame, link.vin)
    assert sticker.source == spec.sticker_kind
    assert [line.text for line in sticker.lines] == sorted(
        (t for _, t in spec.sticker), key=[t for _, t in sorted(
            spec.sticker, key=lambda st: _SECTION_ORDER.index(st[0]))].index)
    await gauge.close_modal(signed_in)
    assert not await signed_in.locator("#vehicleWindow").is_visible()


_SECTION_ORDER = ["Standard Equipment", "Interior", "Exterior", "Mechanical",
                  "Comfort & Convenience", "Safety & Security", "Optional Equipment", "Packages"]


async def test_save_persists_and_is_audited(site, signed_in, profile):
    spec = next(v for v in site.vehicles_of() if v.vin_valid and v.vin == v.page_vin)
    gauge = GaugePage(profile, timeout=10)
    await signed_in.goto(f"{site.url}/Va/Inventory/GaugePage.aspx?vehicleId={spec.id}")
    frame = signed_in.main_frame
    boxes = await gauge.boxes(frame)
    assert len(boxes) >= 60
    target = next(label for label, (_, on) in boxes.items() if not on)
    from vautokit.vehicles import Change

    await gauge.apply(frame, Change(to_check=[target]), boxes)
    await gauge.save(frame)
    assert site.saved_state()[spec.id] == set(spec.initial) | {target}
    (row,) = site.audit_log()
    assert (row.account, row.vehicle_id, row.before) == (site.account.username, spec.id,
                                                         sorted(spec.initial))
    assert target in row.after
    await signed_in.reload()
    assert (await gauge.boxes(signed_in.main_frame))[target][1] is True
