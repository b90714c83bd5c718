"""The sandbox records what it served (kind, start, end, injected latency), and a stretch of
wall time is split into the site's share and ours from those rows."""

from __future__ import annotations

import time

import aiohttp
import pytest

from vautokit.sandbox import Sandbox
from vautokit.sandbox._served import Served, ServedRecorder, path_kind, site_time

GAUGE_LATENCY = 0.04
SIGNIN_LATENCY = 0.03


def _row(start: float, end: float, injected: float = 0.0, kind: str = "gauge") -> Served:
    return Served(kind, f"/{kind}", start, end, injected, 200)


def test_site_time_is_the_union_of_serving_clipped_to_the_stretch():
    rows = [_row(10.0, 12.0, injected=1.0),   # half inside the stretch
            _row(13.0, 14.0, injected=0.5),   # inside, overlapping the next
            _row(13.5, 15.0, injected=0.0),   # inside
            _row(20.0, 21.0, injected=1.0)]   # outside
    share = site_time(rows, 11.0, 16.0)
    assert share.requests == 3
    assert share.serving == pytest.approx(1.0 + 2.0)  # 11-12, then 13-15 counted once
    assert share.injected == pytest.approx(0.5 + 0.5)  # half of the first, all of the second
    assert site_time(rows, 16.0, 19.0) == site_time([], 0.0, 1.0)


def test_engine_wall_stamps_convert_to_the_recorder_clock():
    recorder = ServedRecorder()
    wall, mono = time.time(), time.monotonic()
    assert recorder.to_monotonic(wall) == pytest.approx(mono, abs=0.05)


def test_path_kinds_name_the_steps_pages():
    assert path_kind("/Va/Inventory/GaugePage.aspx") == "gauge"
    assert path_kind("/Va/Inventory/FactoryEquipment.aspx") == "sticker"
    assert path_kind("/Va/Inventory/SaveOptions.ashx") == "save"
    assert path_kind("/login/password") == "signin"
    assert path_kind("/elsewhere") == "other"


async def _sign_in(http: aiohttp.ClientSession, site: Sandbox) -> None:
    await http.post(f"{site.url}/login/username", data={"username": site.account.username})
    await http.post(f"{site.url}/login/password", data={"password": site.account.password})
    await http.post(f"{site.url}/login/send-code")
    answer = await http.post(f"{site.url}/login/verify", data={"code": site.current_code()})
    assert answer.status == 200


async def test_the_sandbox_records_each_request_and_its_injected_latency():
    latency = {"signin": SIGNIN_LATENCY, "grid": 0.0, "gauge": GAUGE_LATENCY, "sticker": 0.0,
               "save": 0.0}
    async with Sandbox(3, profile="fast", latency=latency) as site, \
            aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        await _sign_in(http, site)
        vehicle = site.vehicles_of()[0].id
        before = time.monotonic()  # the recorder's own clock: one source
        assert (await http.get(f"{site.url}/Va/Inventory/GaugePage.aspx",
                               params={"vehicleId": vehicle})).status == 200
        between = time.monotonic()  # the recorder's own clock: one source
        assert (await http.get(f"{site.url}/Va/api/ping")).status == 200
        after = time.monotonic()  # the recorder's own clock: one source
        rows = site.served.rows()

        # the password page (GET, after the username's redirect), then the password (POST)
        shown, posted = [r for r in rows if r.path == "/login/password"]
        assert (shown.kind, shown.injected) == ("signin", 0.0)
        assert (posted.kind, posted.injected) == ("signin", SIGNIN_LATENCY)
        assert shown.end <= posted.start
        gauge = next(r for r in rows if r.kind == "gauge")
        assert gauge.injected == GAUGE_LATENCY and gauge.status == 200
        assert gauge.start <= gauge.end
        assert all(r.injected == 0.0 for r in rows if r not in (posted, gauge))

        opening = site_time(rows, before, between)
        assert opening.requests == 1 and opening.injected == pytest.approx(GAUGE_LATENCY)
        assert opening.serving == pytest.approx(gauge.seconds)
        pinging = site_time(rows, between, after)
        assert pinging.requests == 1 and pinging.injected == 0.0

        site.reset()
        assert site.served.rows() == []
