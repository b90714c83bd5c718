"""The sandbox server: aiohttp on 127.0.0.1, in a thread of its own, over a SQLite file.

aiohttp rather than Starlette/uvicorn: its AppRunner/TCPSite start inside any event loop
(a notebook's, a test's or a private one) without taking over the process, it binds port 0
and reports the real port, and it is one dependency instead of two.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from . import _pages as pages
from ._behavior import Behavior, behavior
from ._drift import Drift, apply_drifts, drifts
from ._generator import GeneratorSettings, VehicleSpec, generate_inventory
from ._pdf import sticker_pdf
from ._served import ServedRecorder
from ._store import AuditRow, Store

log = logging.getLogger(__name__)

COOKIE = "VautoSession"
FLOW_COOKIE = "BridgeFlow"
CODE_LIFETIME = 300.0
DASHBOARD = "/Va/Dashboard/ProvisionEnterprise/Default.aspx"
INBOX_TOKEN_HEADER = "X-Inbox-Token"  # or ?token=; SandboxInbox sends the header
SMS_TEXT = "One-time Bridge ID code: {code}. Code expires in 5 minutes."
SMS_SENDER = "+15550100"  # the number the sandbox's texts come from
SMS_SECRET_HEADER = "X-Vautokit-Secret"  # what WebhookCodeReceiver checks
LOCKED = "Your account is locked. Try again later or contact your administrator."
MAX_ID = 2**31 - 1
MAX_PAGE = 100_000
MAX_AGE = 100_000


@dataclass(frozen=True)
class Account:
    username: str
    password: str
    dealer: str

    def __repr__(self) -> str:  # never show the password
        return f"Account(username={self.username!r}, dealer={self.dealer!r})"


@dataclass(frozen=True)
class RequestRecord:
    at: float
    """When it arrived, on ``time.monotonic()``: the clock of Retry-After windows here and of
    the engine's pauses, so the two can be set side by side."""
    account: str | None
    path: str
    status: int


@dataclass(frozen=True)
class RateWindow:
    """A Retry-After window on ``time.monotonic()`` (not the sandbox clock, which
    ``advance_clock`` moves to age sessions: a window lasts real seconds)."""

    account: str
    start: float
    end: float


class Sandbox:
    """A local imitation of vAuto with known ground truth.

    Use ``with Sandbox() as site`` in scripts, ``async with Sandbox() as site`` in notebooks,
    or ``start()``/``stop()``. ``site.url`` is the base URL; ``site.account`` holds the demo
    credentials (random per instance unless given). The SMS inbox answers only callers that
    show ``site.inbox_token`` (random per instance, never in ``repr``).
    """

    def __init__(
        self,
        vehicles: int = 100,
        *,
        profile: str | Behavior = "fast",
        seed: int = 7,
        password: str | None = None,
        other_vehicles: int = 10,
        generator: GeneratorSettings | None = None,
        db_path: str | Path | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        drift: Iterable[str | Drift] = (),
        sms_webhook: str | None = None,
        sms_webhook_secret: str | None = None,
        **behavior_changes,
    ) -> None:
        self.behavior = behavior(profile, seed=seed, **behavior_changes)
        self.drift = drifts(drift)  # how the site changed under a working profile (_drift.py)
        self.account = Account("demo@dealer.test", password or secrets.token_urlsafe(12),
                               "Sandbox Motors")
        self.inbox_token = secrets.token_urlsafe(24)
        # Where the 2FA text also goes, as an SMS gateway would POST it (Twilio's form).
        self.sms_webhook = sms_webhook
        self._sms_webhook_secret = sms_webhook_secret
        self.other_account = Account("other@dealer2.test", secrets.token_urlsafe(12),
                                     "Second Street Autos")
        self.specs: list[VehicleSpec] = generate_inventory(
            vehicles, seed=seed, account=self.account.username, dealer=self.account.dealer,
            settings=generator)
        self.specs += generate_inventory(
            other_vehicles, seed=seed, account=self.other_account.username,
            dealer=self.other_account.dealer, first_id=vehicles + 1, settings=generator)
        self._tmp = None if db_path else tempfile.TemporaryDirectory(prefix="vautokit-sandbox-")
        self.db_path = Path(db_path) if db_path else Path(self._tmp.name) / "vauto.sqlite"
        self.host, self._port = host, port
        self.store: Store | None = None
        self.request_log: list[RequestRecord] = []
        self.served = ServedRecorder()  # what was served and when, for benchmarks
        self.rate_windows: list[RateWindow] = []
        self.clock_offset = 0.0
        self._counters: Counter[str] = Counter()
        self._faults: Counter[str] = Counter()
        self._in_flight: Counter[str] = Counter()
        self._gauges: Counter[str] = Counter()
        self._expiry_fired = False
        self._pdf_cache: dict[int, bytes] = {}
        self._saved = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None

    def __repr__(self) -> str:
        where = self.url if self.running else "stopped"
        return (f"Sandbox({where}, profile={self.behavior.name!r}, "
                f"vehicles={len(self.vehicles_of())}, user={self.account.username!r})")

    # lifecycle ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        if self._runner is None:
            raise RuntimeError("the sandbox is not running: call start() or use `with`")
        return f"http://{self.host}:{self._port}"

    @property
    def running(self) -> bool:
        return self._runner is not None

    def start(self) -> Sandbox:
        """Start serving in a background thread; returns once the port is bound."""
        if self.running:
            return self
        self.store = Store(self.db_path)
        self.reset()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="vautokit-sandbox",
                                        daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._serve(), self._loop).result(timeout=30)
        log.info("sandbox serving at %s (%s profile)", self.url, self.behavior.name)
        return self

    async def _serve(self) -> None:
        app = web.Application(middlewares=[self._middleware, self._drifted])
        self._routes(app)
        self._runner = web.AppRunner(app, handler_cancellation=True, access_log=None,
                                     shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self._port)
        await site.start()
        self._port = self._runner.addresses[0][1]

    def stop(self) -> None:
        """Stop serving and release the database (idempotent)."""
        if self._loop is None:
            return
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=30)
            self._runner = None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()
        self._loop = None
        if self.store:
            self.store.close()
            self.store = None
        if self._tmp:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    async def __aenter__(self) -> Sandbox:
        return await asyncio.to_thread(self.start)

    async def __aexit__(self, *exc) -> None:
        await asyncio.to_thread(self.stop)

    # Python API: ground truth, saved state, out-of-band codes, fault controls ------------
    def reset(self) -> None:
        """Fresh state: accounts, vehicles with their initial options, no sessions or audit."""
        store = self._require_store()
        store.clear()
        for acct in (self.account, self.other_account):
            store.add_account(acct.username, acct.password, acct.dealer)
        store.add_vehicles(self.specs)
        self.request_log.clear()
        self.served.clear()
        self.rate_windows.clear()
        self._counters.clear()
        self._faults.clear()
        self._gauges.clear()
        self._expiry_fired = False
        self.clock_offset = 0.0

    def _require_store(self) -> Store:
        if self.store is None:
            raise RuntimeError("the sandbox is not running: call start() or use `with`")
        return self.store

    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance_clock(self, seconds: float) -> None:
        """Move the sandbox clock on (ages sessions and 2FA codes without waiting)."""
        self.clock_offset += seconds

    def current_code(self, username: str | None = None) -> str | None:
        """The newest unused 2FA code sent to ``username`` (the out-of-band SMS)."""
        rows = self._require_store().codes(username or self.account.username)
        return rows[0]["code"] if rows and not rows[0]["used"] else None

    def site_access(self, username: str | None = None, *, password: str | None = None):
        """Profile, credentials, code provider and secrets of one of this sandbox's dealer
        accounts (the first by default): a :class:`~vautokit.sandbox._access.SiteAccess`."""
        from ._access import sandbox_access

        return sandbox_access(self, username, password=password)

    def vehicle(self, vehicle_id: int) -> VehicleSpec:
        return next(v for v in self.specs if v.id == vehicle_id)

    def vehicles_of(self, username: str | None = None) -> list[VehicleSpec]:
        username = username or self.account.username
        return [v for v in self.specs if v.account == username]

    def ground_truth(self) -> dict[int, set[str]]:
        return {v.id: set(v.truth) for v in self.specs}

    def saved_state(self) -> dict[int, set[str]]:
        store = self._require_store()
        return {v.id: set(json.loads(store.vehicle(v.id)["options"])) for v in self.specs}

    def audit_log(self) -> list[AuditRow]:
        return self._require_store().audit()

    def wait_for_saves(self, count: int, timeout: float) -> bool:
        """Block until the audit log holds ``count`` saves (an event, not a sleep)."""
        with self._saved:
            return self._saved.wait_for(lambda: len(self.audit_log()) >= count, timeout)

    def session_tokens(self) -> list[str]:
        """Every session cookie value issued so far (for secret scans)."""
        return self._require_store().session_tokens()

    def login_count(self, username: str | None = None) -> int:
        return self._require_store().login_count(username or self.account.username)

    def failed_logins(self, username: str | None = None, *, step: str | None = None) -> int:
        """Rejected sign-in attempts of ``username`` since the last reset.

        Counts wrong passwords (``step="password"``), wrong or expired 2FA codes
        (``step="code"``) and attempts refused because the account was locked; both by default.
        """
        return self._require_store().failed_signins(username or self.account.username, step)

    def expire_sessions(self, username: str | None = None) -> None:
        """End every session of ``username`` now, as vAuto does after idling."""
        self._require_store().revoke_sessions(username or self.account.username)

    def set_sticker(self, vehicle_id: int, lines: list[tuple[str, str]] | None = None, *,
                    kind: str = "html", pdf_bytes: bytes | None = None) -> None:
        """Replace a vehicle's sticker (for bad-input checks): lines, kind, or raw PDF bytes."""
        store = self._require_store()
        store.set_sticker(vehicle_id, kind, json.dumps(lines or []))
        self._pdf_cache.pop(vehicle_id, None)
        if pdf_bytes is not None:
            self._pdf_cache[vehicle_id] = pdf_bytes

    def set_behavior(self, **changes) -> None:
        """Change latency or faults of the running sandbox."""
        self.behavior = self.behavior.with_(**changes)

    # HTTP ---------------------------------------------------------------------------------
    def _routes(self, app: web.Application) -> None:
        add = app.router.add_route
        add("GET", "/", self._root)
        add("GET", "/login", self._login_page)
        add("POST", "/login/username", self._login_username)
        add("GET", "/login/password", self._password_page)
        add("POST", "/login/password", self._login_password)
        add("POST", "/login/send-code", self._send_code)
        add("POST", "/login/verify", self._verify)
        add("GET", "/logout", self._logout)
        add("GET", "/sms/inbox", self._inbox)
        add("GET", DASHBOARD, self._dashboard)
        add("GET", "/Va/Inventory/Vehicles.aspx", self._inventory)
        add("GET", "/Va/Inventory/Data.ashx", self._grid_data)
        add("GET", "/Va/Inventory/GaugePage.aspx", self._gauge)
        add("GET", "/Va/Inventory/FactoryEquipment.aspx", self._sticker)
        add("GET", "/Va/Inventory/WindowSticker.pdf", self._sticker_pdf)
        add("POST", "/Va/Inventory/SaveOptions.ashx", self._save)
        add("GET", "/Va/api/ping", self._ping)
        add("GET", "/favicon.ico", self._favicon)

    def _session_account(self, request: web.Request) -> str | None:
        token = request.cookies.get(COOKIE)
        row = self.store.session(token) if token else None
        return row["account"] if row else None

    @web.middleware
    async def _middleware(self, request: web.Request, handler):
        serving = self.served.begin()
        account = self._session_account(request)
        arrived = time.monotonic()
        response: web.StreamResponse | None = None
        if account and not request.path.startswith(("/login", "/sms", "/favicon")):
            response = self._rate_gate(account, arrived)
        try:
            if response is None:
                if account:
                    self._in_flight[account] += 1
                try:
                    response = await handler(request)
                finally:
                    if account:
                        self._in_flight[account] -= 1
        except web.HTTPException as exc:
            response = exc
        self.request_log.append(RequestRecord(arrived, account, request.path, response.status))
        self.served.end(serving, request.path, response.status)
        if isinstance(response, web.HTTPException):
            raise response
        return response

    @web.middleware
    async def _drifted(self, request: web.Request, handler):
        """Every HTML page as the drifted site serves it (markup and script alike)."""
        response = await handler(request)
        if self.drift and isinstance(response, web.Response) \
                and response.content_type == "text/html" and response.body is not None:
            response.text = apply_drifts(self.drift, response.text)
        return response

    def _rate_gate(self, account: str, now: float) -> web.Response | None:
        for window in self.rate_windows:
            if window.account == account and window.start <= now < window.end:
                return _too_many(max(1, round(window.end - now)))
        limit = self.behavior.max_in_flight
        if limit is not None and self._in_flight[account] >= limit:
            return self._open_window(account, now)
        return None

    def _open_window(self, account: str, now: float) -> web.Response:
        seconds = self.behavior.retry_after
        self.rate_windows.append(RateWindow(account, now, now + seconds))
        return _too_many(seconds)

    def _auth(self, request: web.Request, *, data: bool = False) -> tuple[str, str]:
        """(account, token) of a live session, or the response vAuto gives without one."""
        token = request.cookies.get(COOKIE)
        row = self.store.session(token) if token else None
        if row is None:
            if data:
                raise web.HTTPUnauthorized(text='{"error": "not signed in"}',
                                           content_type="application/json")
            raise web.HTTPFound("/login")
        now, b = self.now(), self.behavior
        if row["revoked"] or now - row["last_seen"] > b.idle_timeout \
                or now - row["created"] > b.absolute_timeout:
            if data:
                raise web.HTTPUnauthorized(text='{"error": "session expired"}',
                                           content_type="application/json")
            raise web.HTTPOk(text=pages.session_expired(), content_type="text/html")
        self.store.touch_session(token)
        return row["account"], token

    def _owned_vehicle(self, account: str, vehicle_id: int):
        row = self.store.vehicle(vehicle_id)
        if row is None:
            raise web.HTTPNotFound(text="no such vehicle")
        if row["account"] != account:
            raise web.HTTPForbidden(text="this vehicle belongs to another dealership")
        return row

    async def _inject(self, step: str, vehicle_id: int, account: str) -> web.Response | None:
        """Latency and faults for one request; a response means the fault answers instead."""
        b = self.behavior
        key = f"{step}:{vehicle_id}"
        self._counters[key] += 1
        draw_key = f"{key}:{self._counters[key]}"
        if self._faults[key] < b.max_faults_per_vehicle:
            if b.draws("hang", draw_key, b.hang_rate):
                self._faults[key] += 1
                await self.served.latency(b.hang_seconds)
            elif b.draws("429", draw_key, b.rate_limit_rate):
                self._faults[key] += 1
                return self._open_window(account, time.monotonic())
            elif b.draws("500", draw_key, b.error_rate):
                self._faults[key] += 1
                await self.served.latency(b.delay(step, draw_key))
                return web.Response(status=500, text="Server Error in '/Va' Application.")
        await self.served.latency(b.delay(step, draw_key))
        return None

    async def _root(self, request: web.Request) -> web.Response:
        return _redirect("/login")

    async def _favicon(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    # sign-in --------------------------------------------------------------------------------
    async def _login_page(self, request: web.Request) -> web.Response:
        return _html(pages.signin_username())

    async def _login_username(self, request: web.Request) -> web.Response:
        username = (await _form_field(request, "username")).strip()
        if not username:
            return _html(pages.signin_username("Enter your username."))
        flow = self.store.new_flow(username, "password")
        response = _redirect("/login/password")
        response.set_cookie(FLOW_COOKIE, flow, httponly=True, samesite="Lax")
        return response

    def _flow(self, request: web.Request, stage: str):
        flow = self.store.flow(request.cookies.get(FLOW_COOKIE, ""))
        if flow is None or flow["stage"] != stage:
            raise web.HTTPFound("/login")
        return flow

    async def _password_page(self, request: web.Request) -> web.Response:
        return _html(pages.signin_password(self._flow(request, "password")["account"]))

    async def _login_password(self, request: web.Request) -> web.Response:
        flow = self._flow(request, "password")
        username = flow["account"]
        password = await _form_field(request, "password")
        await self.served.latency(self.behavior.delay("signin", f"pw:{username}"))
        b = self.behavior
        if self.store.locked(username):
            self.store.record_refusal(username, "password")
            return _html(pages.signin_password(username, LOCKED))
        if not self.store.check_password(username, password):
            self.store.record_failure(username, "password", b.lockout_failures, b.lockout_seconds)
            return _html(pages.signin_password(
                username, "The username or password you entered is incorrect."))
        self.store.reset_failures(username, "password")
        if not b.two_factor:
            return self._signed_in(username)
        self.store.set_flow_stage(flow["token"], "select")
        return _html(pages.verify_select())

    async def _send_code(self, request: web.Request) -> web.Response:
        flow = self._flow(request, "select")
        code = self.store.new_code(flow["account"])
        if self.sms_webhook:
            await self._text_to_webhook(code)
        self.store.set_flow_stage(flow["token"], "code")
        return _html(pages.verify_code())

    async def _text_to_webhook(self, code: str) -> None:
        """POST the 2FA text to ``sms_webhook`` the way Twilio does; a failed delivery is
        logged (never the code) and the sign-in goes on, as a lost SMS would."""
        headers = {SMS_SECRET_HEADER: self._sms_webhook_secret} if self._sms_webhook_secret \
            else {}
        form = {"From": SMS_SENDER, "Body": SMS_TEXT.format(code=code)}
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http, \
                    http.post(self.sms_webhook, data=form, headers=headers) as response:
                if response.status != 200:
                    log.warning("SMS webhook answered HTTP %s", response.status)
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.warning("SMS webhook unreachable: %s", type(exc).__name__)

    async def _verify(self, request: web.Request) -> web.Response:
        """Check a 2FA code; wrong or expired codes count towards a lockout like passwords."""
        flow = self._flow(request, "code")
        username = flow["account"]
        code = (await _form_field(request, "code")).strip()
        if self.store.locked(username):
            self.store.record_refusal(username, "code")
            return _html(pages.verify_code(LOCKED))
        match = next((r for r in self.store.codes(username) if r["code"] == code), None)
        if match is None or match["used"]:
            error = "That code is not valid. Check the code and try again."
        elif self.now() - match["created"] > CODE_LIFETIME:
            error = "This code has expired. Request a new code."
        else:
            self.store.use_code(match["id"])
            self.store.reset_failures(username, "code")
            return self._signed_in(username)
        b = self.behavior
        self.store.record_failure(username, "code", b.lockout_failures, b.lockout_seconds)
        return _html(pages.verify_code(error))

    def _signed_in(self, username: str) -> web.Response:
        response = _redirect(DASHBOARD)
        response.set_cookie(COOKIE, self.store.new_session(username), httponly=True,
                            samesite="Lax", path="/")
        response.del_cookie(FLOW_COOKIE)
        return response

    async def _logout(self, request: web.Request) -> web.Response:
        """End the session on the server too: its cookie no longer works, even if kept."""
        token = request.cookies.get(COOKIE)
        if token:
            self.store.revoke_session(token)
        response = _redirect("/login")
        response.del_cookie(COOKIE, path="/")
        return response

    def _check_inbox_token(self, request: web.Request) -> None:
        shown = request.headers.get(INBOX_TOKEN_HEADER) or request.query.get("token")
        if not shown:
            raise web.HTTPUnauthorized(
                text=f"the SMS inbox needs this sandbox's inbox token (Sandbox.inbox_token, "
                     f"printed by `vautokit sandbox`) in the {INBOX_TOKEN_HEADER} header "
                     "or ?token=")
        if not secrets.compare_digest(shown.encode(errors="surrogateescape"),
                                      self.inbox_token.encode()):
            raise web.HTTPForbidden(text="wrong inbox token: use this sandbox's inbox_token")

    async def _inbox(self, request: web.Request) -> web.Response:
        self._check_inbox_token(request)
        user = request.query.get("user", "").strip()
        if not user:
            raise _bad("user is required: /sms/inbox?user=<username>")
        messages = [{"text": SMS_TEXT.format(code=r["code"]),
                     "sent_at": r["created"], "used": bool(r["used"])}
                    for r in self.store.codes(user)]
        return web.json_response({"user": user, "messages": messages})

    # pages ----------------------------------------------------------------------------------
    async def _dashboard(self, request: web.Request) -> web.Response:
        account, _ = self._auth(request)
        return _html(pages.dashboard(account, self.store.account(account)["dealer"]))

    async def _ping(self, request: web.Request) -> web.Response:
        account, _ = self._auth(request, data=True)
        return web.json_response({"ok": True, "user": account})

    async def _inventory(self, request: web.Request) -> web.Response:
        self._auth(request)
        b = self.behavior
        return _html(pages.inventory(int(b.mask_linger * b.time_scale * 1000),
                                     int(b.combo_delay * 1000)))

    async def _grid_data(self, request: web.Request) -> web.Response:
        account, _ = self._auth(request, data=True)
        page = _int_param(request, "page", low=1, high=MAX_PAGE) or 1
        rows = self.store.vehicles(account, _int_param(request, "ageMin", low=0, high=MAX_AGE),
                                   _int_param(request, "ageMax", low=0, high=MAX_AGE))
        await self.served.latency(self.behavior.delay("grid", f"grid:{page}:{len(rows)}"))
        pages_total = max(1, -(-len(rows) // 20))
        chunk = rows[(page - 1) * 20: page * 20]
        return web.json_response({"page": page, "pages": pages_total, "total": len(rows), "rows": [
            {"id": r["id"], "stock": r["stock"], "vin": r["vin"], "age": r["age_days"],
             "dealer": r["dealer"], "title": f"{r['year']} {r['make']} {r['model']} {r['trim']}"}
            for r in chunk]})

    def _expire_if_due(self, account: str) -> None:
        limit = self.behavior.expire_after_gauges
        self._gauges[account] += 1
        if limit and not self._expiry_fired and self._gauges[account] > limit:
            self._expiry_fired = True
            self.store.revoke_sessions(account)

    async def _gauge(self, request: web.Request) -> web.Response:
        with_session = self._session_account(request)
        if with_session:
            self._expire_if_due(with_session)
        account, _ = self._auth(request)
        row = self._owned_vehicle(account, _vehicle_id_param(request))
        fault = await self._inject("gauge", row["id"], account)
        if fault:
            return fault
        b = self.behavior
        n = self._counters[f"gauge:{row['id']}"]
        tab = "Vehicle Info"
        if b.draws("tab", f"{row['id']}:{n}", b.wrong_tab_rate):
            tab = "Media" if n % 2 else "Pricing"
        vehicle = {"id": row["id"], "page_vin": row["page_vin"], "stock": row["stock"],
                   "title": f"{row['year']} {row['make']} {row['model']} {row['trim']}"}
        return _html(pages.gauge(vehicle, set(json.loads(row["options"])), tab,
                                 int(b.mask_linger * b.time_scale * 1000)))

    async def _sticker(self, request: web.Request) -> web.Response:
        account, _ = self._auth(request)
        row = self._owned_vehicle(account, _vehicle_id_param(request))
        fault = await self._inject("sticker", row["id"], account)
        if fault:
            return fault
        if row["sticker_kind"] == "none":
            return _html(pages.sticker_missing())
        if row["sticker_kind"] == "pdf":
            return _html(pages.sticker_pdf_link(row["id"]))
        title = f"{row['year']} {row['make']} {row['model']} {row['trim']}"
        return _html(pages.sticker_html(title, row["vin"], json.loads(row["sticker"])))

    async def _sticker_pdf(self, request: web.Request) -> web.Response:
        account, _ = self._auth(request, data=True)
        row = self._owned_vehicle(account, _vehicle_id_param(request))
        if row["sticker_kind"] != "pdf":
            raise web.HTTPNotFound(text="no PDF sticker for this vehicle")
        if row["id"] not in self._pdf_cache:
            title = f"{row['year']} {row['make']} {row['model']} {row['trim']}"
            self._pdf_cache[row["id"]] = sticker_pdf(title, row["vin"], json.loads(row["sticker"]))
        return web.Response(body=self._pdf_cache[row["id"]], content_type="application/pdf")

    async def _save(self, request: web.Request) -> web.Response:
        account, _ = self._auth(request, data=True)
        vehicle_id, checked = _save_body(await _json_body(request))
        row = self._owned_vehicle(account, vehicle_id)
        fault = await self._inject("save", row["id"], account)
        if fault:
            return fault
        audit = self.store.save_options(account, row["id"], checked)
        with self._saved:
            self._saved.notify_all()
        return web.json_response({"ok": True, "saved": audit.after})


def _html(text: str) -> web.Response:
    return web.Response(text=text, content_type="text/html")


def _redirect(location: str) -> web.Response:
    return web.Response(status=302, headers={"Location": location})


def _too_many(seconds: int) -> web.Response:
    return web.Response(status=429, text="Too Many Requests", headers={"Retry-After": str(seconds)})


# input validation: malformed requests get a 400 that says what is wrong, never a 500 ----------
def _bad(message: str) -> web.HTTPBadRequest:
    return web.HTTPBadRequest(text=message)


def _int_param(request: web.Request, name: str, *, low: int, high: int) -> int | None:
    """An optional whole-number query parameter within [low, high]; None when absent."""
    text = request.query.get(name, "")
    return _whole_number(name, text, low, high) if text else None


def _vehicle_id_param(request: web.Request) -> int:
    text = request.query.get("vehicleId", "")
    if not text:
        raise _bad("vehicleId is required")
    return _whole_number("vehicleId", text, 1, MAX_ID)


def _whole_number(name: str, text: str, low: int, high: int) -> int:
    digits = text.removeprefix("-")
    if (not (digits.isascii() and digits.isdigit()) or len(digits) > len(str(high))
            or not low <= int(text) <= high):
        raise _bad(f"{name} must be a whole number from {low} to {high}")
    return int(text)


async def _form_field(request: web.Request, name: str) -> str:
    """One text field of a posted form; absent, repeated as a file or unreadable is a 400."""
    try:
        form = await request.post()
    except (ValueError, LookupError, HttpProcessingError):  # bad encoding, charset, multipart
        raise _bad("the form could not be read: post it as "
                   "application/x-www-form-urlencoded") from None
    value = form.get(name)
    if value is None:
        raise _bad(f"the form lacks the field {name!r}")
    if not isinstance(value, str):
        raise _bad(f"the field {name!r} must be text, not a file")
    return value


async def _json_body(request: web.Request) -> Any:
    try:
        return json.loads(await request.read())
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise _bad("body must be JSON") from None


def _save_body(payload: Any) -> tuple[int, list[str]]:
    """(vehicleId, checked labels) of a save, checked against the labels the gauge page shows."""
    if not isinstance(payload, dict):
        raise _bad('body must be a JSON object: {"vehicleId": <id>, "checked": [<label>, ...]}')
    missing = [key for key in ("vehicleId", "checked") if key not in payload]
    if missing:
        raise _bad(f"body lacks {', '.join(missing)}")
    vehicle_id, checked = payload["vehicleId"], payload["checked"]
    if type(vehicle_id) is not int or not 1 <= vehicle_id <= MAX_ID:
        raise _bad("vehicleId must be a positive whole number")
    if not isinstance(checked, list) or not all(isinstance(label, str) for label in checked):
        raise _bad("checked must be a list of option labels (strings)")
    unknown = sorted(set(checked) - pages.OPTION_LABELS)
    if unknown:
        named = ", ".join(repr(label[:60]) for label in unknown[:10])
        more = f" and {len(unknown) - 10} more" if len(unknown) > 10 else ""
        raise _bad(f"unknown option labels: {named}{more}")
    return vehicle_id, checked

