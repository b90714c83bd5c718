"""Browser endpoints: the local Chromium, a DevTools (CDP) URL or a Playwright server URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from playwright.async_api import Browser, BrowserType
from playwright.async_api import Error as PlaywrightError

from ..errors import ConfigError, EndpointUnreachableError, EndpointVersionError

LOCAL = "local"
_CDP_PREFIX = "cdp+"
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s'\"<>]+")
_TOKEN_SEGMENT = re.compile(r"^(?=.*\d)[A-Za-z0-9_\-.~]{16,}$|^[0-9a-fA-F-]{16,}$")
_SECRET_NAMES = frozenset({"token", "key", "apikey", "api-key", "secret", "auth", "password"})
_BARE_QUERY = re.compile(r"\?[^\s'\"()]+")
REDACTED = "***"
_CAPACITY = re.compile(r"^(?P<url>.+?)#(?P<capacity>\d+)$")


class EndpointKind(StrEnum):
    LOCAL = "local"
    CDP = "cdp"
    PLAYWRIGHT = "playwright"


@dataclass(frozen=True)
class Endpoint:
    """Where worker contexts live, and how many of them it takes at most.

    Written as text: ``local``; ``http://host:9222`` or a ``ws://.../devtools/browser/...``
    URL (Chromium's ``--remote-debugging-port``); ``cdp+wss://...`` for any other WebSocket
    that speaks CDP (Browserless); ``ws://host:3000/...`` (``playwright run-server``). Each
    may end in ``#N`` for a capacity of N contexts; the fragment is never sent, so no URL
    loses meaning.
    """

    url: str = LOCAL
    capacity: int | None = None
    cdp: bool = False
    """A WebSocket URL that speaks CDP rather than Playwright's protocol."""

    @classmethod
    def parse(cls, text: str | Endpoint) -> Endpoint:
        if isinstance(text, Endpoint):
            return text
        spec = text.strip()
        capacity, cdp = None, spec.startswith(_CDP_PREFIX)
        spec = spec.removeprefix(_CDP_PREFIX)
        if match := _CAPACITY.match(spec):
            spec, capacity = match["url"], int(match["capacity"])
            if capacity < 1:
                raise ConfigError("endpoints", _without_query(text),
                                  "a capacity of at least 1 after '#'")
        if spec == LOCAL:
            return cls(spec, capacity, cdp)
        shown = _without_query(text)
        try:
            parts = urlsplit(spec)
        except ValueError:
            raise ConfigError("endpoints", shown, "a well-formed URL such as "
                              "http://127.0.0.1:9222 (an IPv6 host goes in brackets: "
                              "http://[::1]:9222)") from None
        if parts.scheme not in {"http", "https", "ws", "wss"}:
            raise ConfigError("endpoints", shown,
                              "'local', an http(s):// DevTools URL or a ws(s):// Playwright "
                              "server URL, optionally followed by #capacity")
        try:
            port_usable = parts.port is None or parts.port > 0
        except ValueError:
            port_usable = False
        if not port_usable:
            raise ConfigError("endpoints", shown,
                              "a port from 1 to 65535, e.g. http://127.0.0.1:9222")
        if not parts.hostname:
            raise ConfigError("endpoints", shown, "a URL with a host, e.g. http://127.0.0.1:9222")
        return cls(spec, capacity, cdp)

    @property
    def kind(self) -> EndpointKind:
        if self.url == LOCAL:
            return EndpointKind.LOCAL
        parts = urlsplit(self.url)
        if self.cdp or parts.scheme in {"http", "https"} or "/devtools/browser/" in parts.path:
            return EndpointKind.CDP
        return EndpointKind.PLAYWRIGHT

    @property
    def label(self) -> str:
        """The URL without credentials, query or path tokens: safe for logs and reports."""
        if self.kind is EndpointKind.LOCAL:
            return LOCAL
        prefix = _CDP_PREFIX if self.cdp else ""
        return prefix + redact_url(self.url).rstrip("/")

    def __str__(self) -> str:
        return self.label if self.capacity is None else f"{self.label}#{self.capacity}"

    def __repr__(self) -> str:
        return f"Endpoint({str(self)!r})"


def _without_query(text: str) -> str:
    """Endpoint text for error messages: no credentials, query or path tokens."""
    return redact_urls(text)


def redact_url(url: str) -> str:
    """``url`` without what may be secret: user and password, query, fragment, and path
    segments that look like tokens (long random-looking ones, or those after ``/token/``)."""
    scheme, _, rest = url.partition("://")
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    host, tail = rest[:end].rpartition("@")[2], rest[end:]
    path = re.split(r"[?#]", tail, maxsplit=1)[0]
    segments = path.split("/")
    for i, segment in enumerate(segments):
        after_secret_name = i > 0 and segments[i - 1].lower() in _SECRET_NAMES
        if segment and (after_secret_name or _TOKEN_SEGMENT.match(segment)):
            segments[i] = REDACTED
    return f"{scheme}://{host}{'/'.join(segments)}"


def redact_urls(text: str) -> str:
    """Every URL in ``text`` redacted as :func:`redact_url` does (for errors and logs), and
    query strings dropped where a message shows a URL without its scheme."""
    return _BARE_QUERY.sub("", _URL.sub(lambda m: redact_url(m.group(0)), text))


async def connect(endpoint: Endpoint, browser_type: BrowserType, *, timeout: float) -> Browser:
    """Connect to a remote endpoint; errors name the endpoint and what to fix."""
    try:
        if endpoint.kind is EndpointKind.CDP:
            return await browser_type.connect_over_cdp(endpoint.url, timeout=timeout * 1000)
        return await browser_type.connect(endpoint.url, timeout=timeout * 1000)
    except PlaywrightError as exc:
        raise endpoint_error(endpoint, exc) from None


def endpoint_error(endpoint: Endpoint, exc: Exception) -> Exception:
    """Turn a connection failure into an error of ours, without the URL's token."""
    text = str(exc)
    if "version mismatch" in text.lower() or "428 Precondition" in text:
        versions = re.findall(r"(server|client) version: (v[\d.]+)", text)
        detail = ", ".join(f"{who} {version}" for who, version in versions) or "HTTP 428"
        return EndpointVersionError(endpoint.label, detail)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    detail = lines[0] if lines else type(exc).__name__
    return EndpointUnreachableError(endpoint.label, redact_urls(detail))
