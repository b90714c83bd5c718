"""The sandbox is as strict as vAuto: sessions end, codes lock, the inbox is private, input is
validated. Plain HTTP against the running sandbox (aiohttp's client, its own cookie jar)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import aiohttp
import pytest

from vautokit.auth import SandboxInbox
from vautokit.errors import AuthError, TwoFactorError
from vautokit.sandbox._pages import OPTION_LABELS

PING = "/Va/api/ping"
SAVE = "/Va/Inventory/SaveOptions.ashx"
GRID = "/Va/Inventory/Data.ashx"
INBOX = "/sms/inbox"


@pytest.fixture
async def http(site) -> AsyncIterator[aiohttp.ClientSession]:
    """A client with its own cookies; unsafe=True because the sandbox's host is an IP address."""
    async with aiohttp.ClientSession(site.url, cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        yield http


async def _post_form(http, path: str, form: dict[str, str]) -> tuple[int, str]:
    async with http.post(path, data=form) as response:
        return response.status, await response.text()


async def _to_code_step(http, site) -> None:
    """Username and the right password, then ask for the SMS: the flow waits for a code."""
    await _post_form(http, "/login/username", {"username": site.account.username})
    await _post_form(http, "/login/password", {"password": site.account.password})
    async with http.post("/login/send-code") as response:
        assert "verificationCode" in await response.text()


async def _sign_in(http, site) -> str:
    """A full sign-in over HTTP; returns the session cookie's value."""
    await _to_code_step(http, site)
    status, _ = await _post_form(http, "/login/verify", {"code": site.current_code()})
    assert status == 200
    return _session_cookie(http)


def _session_cookie(http) -> str:
    return next(c.value for c in http.cookie_jar if c.key == "VautoSession")


async def _status(http, method: str, path: str, **kwargs) -> int:
    async with http.request(method, path, allow_redirects=False, **kwargs) as response:
        await response.read()
        return response.status


# sessions ----------------------------------------------------------------------------------
async def test_logout_ends_the_session_on_the_server(site, http):
    token = await _sign_in(http, site)
    async with aiohttp.ClientSession(site.url, cookie_jar=aiohttp.CookieJar(unsafe=True)) as other:
        await _sign_in(other, site)
        assert await _status(http, "GET", PING) == 200
        assert await _status(http, "GET", "/logout") == 302
        kept = {"VautoSession": token}  # a client that ignores the cookie's deletion
        async with http.get(PING, cookies=kept) as response:
            assert response.status == 401 and "expired" in await response.text()
        assert await _status(other, "GET", PING) == 200  # only that session ended


# 2FA lockout --------------------------------------------------------------------------------
async def test_five_wrong_codes_lock_the_account_even_across_fresh_sign_ins(site, http):
    for _ in range(site.behavior.lockout_failures):
        http.cookie_jar.clear()
        await _to_code_step(http, site)  # a right password does not forgive wrong codes
        status, text = await _post_form(http, "/login/verify", {"code": "000000"})
        assert status == 200 and "not valid" in text
    status, text = await _post_form(http, "/login/verify", {"code": site.current_code()})
    assert "locked" in text
    assert not any(c.key == "VautoSession" for c in http.cookie_jar)
    http.cookie_jar.clear()
    await _post_form(http, "/login/username", {"username": site.account.username})
    status, text = await _post_form(http, "/login/password", {"password": site.account.password})
    assert "locked" in text
    assert site.login_count() == 0
    assert site.failed_logins(step="code") == site.behavior.lockout_failures + 1
    assert site.failed_logins() == site.behavior.lockout_failures + 2


async def test_a_right_code_forgives_earlier_wrong_ones(site, http):
    for _ in range(site.behavior.lockout_failures - 1):
        await _to_code_step(http, site)
        await _post_form(http, "/login/verify", {"code": "000000"})
        http.cookie_jar.clear()
    await _sign_in(http, site)
    http.cookie_jar.clear()
    await _to_code_step(http, site)
    _, text = await _post_form(http, "/login/verify", {"code": "000000"})
    assert "not valid" in text  # the count started again: no lockout yet
    assert site.failed_logins(site.account.username) == site.behavior.lockout_failures
    assert site.failed_logins(site.other_account.username) == 0


# the SMS inbox ------------------------------------------------------------------------------
async def test_the_inbox_answers_only_with_the_sandbox_token(site, http):
    await _to_code_step(http, site)
    user = {"user": site.account.username}
    assert await _status(http, "GET", INBOX, params=user) == 401
    assert await _status(http, "GET", INBOX, params={**user, "token": "guess"}) == 403
    assert await _status(http, "GET", INBOX, params=user,
                         headers={"X-Inbox-Token": site.inbox_token + "x"}) == 403
    for how in ({"params": {**user, "token": site.inbox_token}},
                {"params": user, "headers": {"X-Inbox-Token": site.inbox_token}}):
        async with http.get(INBOX, **how) as response:
            messages = (await response.json())["messages"]
        assert site.current_code() in messages[0]["text"]
    assert await _status(http, "GET", INBOX, params={"token": site.inbox_token}) == 400


async def test_a_token_header_of_raw_bytes_is_refused_not_a_crash(site):
    host, port = site.url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(b"GET /sms/inbox?user=x HTTP/1.1\r\nHost: sandbox\r\n"
                 b"X-Inbox-Token: \xff\xfe\r\nConnection: close\r\n\r\n")
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    assert status_line.split()[1] == b"403"


async def test_the_inbox_token_stays_out_of_reprs_and_errors(site, profile, monkeypatch):
    url = profile.url("sms_inbox", username=site.account.username)
    assert site.inbox_token not in repr(site)
    assert site.inbox_token not in repr(SandboxInbox(url, site.inbox_token))
    wrong_token = "not-" + site.inbox_token
    with pytest.raises(TwoFactorError, match="refused its token") as refused:
        await SandboxInbox(url, wrong_token)(site.account.username)
    assert wrong_token not in str(refused.value)
    monkeypatch.delenv("VAUTOKIT_INBOX_TOKEN", raising=False)
    with pytest.raises(AuthError, match="VAUTOKIT_INBOX_TOKEN"):
        SandboxInbox(url)
    monkeypatch.setenv("VAUTOKIT_INBOX_TOKEN", site.inbox_token)
    with pytest.raises(TwoFactorError, match="no new code"):  # let in, but nothing was sent
        await SandboxInbox(url, attempts=1)(site.account.username)


# save validation ----------------------------------------------------------------------------
async def _save(http, body: object) -> tuple[int, str]:
    async with http.post(SAVE, data=json.dumps(body),
                         headers={"Content-Type": "application/json"}) as response:
        return response.status, await response.text()


async def test_save_accepts_only_a_list_of_known_labels(site, http):
    await _sign_in(http, site)
    vehicle = site.vehicles_of()[0]
    before = site.saved_state()[vehicle.id]
    status, text = await _save(http, {"vehicleId": vehicle.id, "checked": "abc"})
    assert status == 400 and "list of option labels" in text
    status, text = await _save(http, {"vehicleId": vehicle.id,
                                      "checked": ["Sunroof", "Flux Capacitor", "Warp Drive"]})
    assert status == 400 and "'Flux Capacitor'" in text and "'Warp Drive'" in text
    assert "Sunroof" not in text
    for checked in ([1, 2], [None], {"Sunroof": True}, None):
        assert (await _save(http, {"vehicleId": vehicle.id, "checked": checked}))[0] == 400
    for vehicle_id in ("1", 1.0, True, -1, 0, None, 2**63, [1]):
        assert (await _save(http, {"vehicleId": vehicle_id, "checked": []}))[0] == 400
    assert site.saved_state()[vehicle.id] == before and site.audit_log() == []
    label = sorted(OPTION_LABELS - before)[0]
    status, text = await _save(http, {"vehicleId": vehicle.id, "checked": [label]})
    assert status == 200 and site.saved_state()[vehicle.id] == {label}


# malformed input everywhere -----------------------------------------------------------------
MALFORMED_SIGNED_IN: list[tuple[str, str, dict]] = [
    ("GET", GRID + "?page=abc", {}),
    ("GET", GRID + "?page=-1", {}),
    ("GET", GRID + "?page=0", {}),
    ("GET", GRID + "?page=1.5", {}),
    ("GET", GRID + "?page=" + "9" * 5000, {}),
    ("GET", GRID + "?ageMin=x", {}),
    ("GET", GRID + "?ageMax=-3", {}),
    ("GET", GRID + "?ageMin=99999999999999999999999", {}),
    ("GET", "/Va/Inventory/GaugePage.aspx", {}),
    ("GET", "/Va/Inventory/GaugePage.aspx?vehicleId=abc", {}),
    ("GET", "/Va/Inventory/GaugePage.aspx?vehicleId=-1", {}),
    ("GET", "/Va/Inventory/GaugePage.aspx?vehicleId=99999999999999999999", {}),
    ("GET", "/Va/Inventory/FactoryEquipment.aspx?vehicleId=%00", {}),
    ("GET", "/Va/Inventory/FactoryEquipment.aspx", {}),
    ("GET", "/Va/Inventory/WindowSticker.pdf?vehicleId=1e3", {}),
    ("GET", "/Va/Inventory/WindowSticker.pdf?vehicleId=", {}),
    ("POST", SAVE, {"data": b"{not json"}),
    ("POST", SAVE, {"data": b"\xff\xfe\x00garbage"}),
    ("POST", SAVE, {"data": b""}),
    ("POST", SAVE, {"data": b"[" * 100_000}),
    ("POST", SAVE, {"json": [1, 2]}),
    ("POST", SAVE, {"json": "text"}),
    ("POST", SAVE, {"json": {"checked": []}}),
    ("POST", SAVE, {"json": {"vehicleId": 1}}),
    ("POST", SAVE, {"json": {"vehicleId": float("nan"), "checked": []}}),
]

MALFORMED_SIGN_IN: list[tuple[str, str, str, dict]] = [  # (stage to reach first, method, path, ...)
    ("", "POST", "/login/username", {}),
    ("", "POST", "/login/username", {"json": {"username": "x"}}),
    ("", "POST", "/login/username", {"data": b"\xff=\xff",
                                     "headers": {"Content-Type": "multipart/form-data"}}),
    ("password", "POST", "/login/password", {}),
    ("password", "POST", "/login/password", {"data": {"user": "x"}}),
    ("code", "POST", "/login/verify", {}),
    ("code", "POST", "/login/verify", {"data": b"code",
                                       "headers": {"Content-Type": "text/plain"}}),
]


@pytest.mark.parametrize(("method", "path", "kwargs"), MALFORMED_SIGNED_IN)
async def test_malformed_requests_get_a_400(site, http, method, path, kwargs):
    await _sign_in(http, site)
    async with http.request(method, path, allow_redirects=False, **kwargs) as response:
        assert response.status == 400, await response.text()
        assert len(await response.text()) < 200
    assert site.audit_log() == []


@pytest.mark.parametrize(("stage", "method", "path", "kwargs"), MALFORMED_SIGN_IN)
async def test_malformed_sign_in_forms_get_a_400(site, http, stage, method, path, kwargs):
    if stage == "password":
        await _post_form(http, "/login/username", {"username": site.account.username})
    if stage == "code":
        await _to_code_step(http, site)
    assert await _status(http, method, path, **kwargs) == 400
    assert site.failed_logins() == 0 and site.login_count() == 0


ROUTES = [
    ("GET", "/"), ("GET", "/login"), ("POST", "/login/username"), ("GET", "/login/password"),
    ("POST", "/login/password"), ("POST", "/login/send-code"), ("POST", "/login/verify"),
    ("GET", "/logout"), ("GET", INBOX), ("GET", "/Va/Dashboard/ProvisionEnterprise/Default.aspx"),
    ("GET", "/Va/Inventory/Vehicles.aspx"), ("GET", GRID), ("GET", "/Va/Inventory/GaugePage.aspx"),
    ("GET", "/Va/Inventory/FactoryEquipment.aspx"), ("GET", "/Va/Inventory/WindowSticker.pdf"),
    ("POST", SAVE), ("GET", PING), ("GET", "/favicon.ico"),
]
BAD_VALUES = ["", "-1", "0", "abc", "1.5", "1e9", "%00", "%ff%fe", "%ED%A0%80", "[]", "{}",
              "null", "9" * 40, "-" + "9" * 40, "' OR 1=1 --", "<script>", "1,2", " 1"]
BAD_BODIES: list[dict] = [
    {"data": b""}, {"data": b"\x00\xff"}, {"data": b"{"}, {"json": None}, {"json": 3},
    {"json": {"vehicleId": "x", "checked": "abc"}}, {"json": {"vehicleId": 1, "checked": [[]]}},
    {"data": {"username": "", "password": "", "code": ""}},
    {"data": {"username": "a" * 10_000, "password": "\x00", "code": "12345\u0661"}},
    {"data": b"--x\r\nbroken", "headers": {"Content-Type": "multipart/form-data; boundary=x"}},
    {"data": b"a=%ff&b", "headers": {"Content-Type": "application/x-www-form-urlencoded; "
                                                     "charset=no-such-charset"}},
]
PARAMS = ("page", "ageMin", "ageMax", "vehicleId", "user", "token")


async def _fuzz_route(http, method: str, path: str, headers: dict) -> list[str]:
    """One route with every bad value in every parameter, and bad bodies if it takes a POST."""
    server_errors = []
    for value in BAD_VALUES:
        query = "&".join(f"{name}={value}" for name in PARAMS)
        if await _status(http, method, f"{path}?{query}", headers=headers) >= 500:
            server_errors.append(f"{method} {path}?{query}")
    for body in BAD_BODIES if method == "POST" else []:
        if await _status(http, method, path, **{"headers": headers, **body}) >= 500:
            server_errors.append(f"{method} {path} {body}")
    return server_errors


async def _reach(stage: str, http, site) -> None:
    if stage == "password":
        await _post_form(http, "/login/username", {"username": site.account.username})
    elif stage == "code":
        await _to_code_step(http, site)
    elif stage == "signed in":
        await _sign_in(http, site)


@pytest.mark.parametrize("stage", ["anonymous", "password", "code", "signed in"])
async def test_fuzzing_every_route_never_gets_a_server_error(site, stage):
    server_errors = []
    for method, path in ROUTES:
        for headers in ({}, {"X-Inbox-Token": site.inbox_token}):
            jar = aiohttp.CookieJar(unsafe=True)
            async with aiohttp.ClientSession(site.url, cookie_jar=jar) as http:
                await _reach(stage, http, site)
                server_errors += await _fuzz_route(http, method, path, headers)
    assert server_errors == []
    assert site.audit_log() == []
    assert all(record.status < 500 for record in site.request_log)
