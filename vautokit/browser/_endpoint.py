"""Browser endpoints: the local Chromium, a DevTools (CDP) URL or a Playwright server URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit, urlunsplit

from playwright.async_api import Browser, BrowserType
from playwright.async_api import Error as PlaywrightError

from ..errors import ConfigError, EndpointUnreachableError, EndpointVersionError

LOCAL = "local"
_CDP_PREFIX = "cdp+"
_QUERY = re.compile(r"\?[^\s'\"]*")
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
        if spec != LOCAL and urlsplit(spec).scheme not in {"http", "https", "ws", "wss"}:
            raise ConfigError("endpoints", _without_query(text),
                              "'local', an http(s):// DevTools URL or a ws(s):// Playwright "
                              "server URL, optionally followed by #capacity")
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
        """The URL without credentials or query (tokens live there): safe for logs and reports."""
        if self.kind is EndpointKind.LOCAL:
            return LOCAL
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        prefix = _CDP_PREFIX if self.cdp else ""
        return prefix + urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))

    def __str__(self) -> str:
        return self.label if self.capacity is None else f"{self.label}#{self.capacity}"

    def __repr__(self) -> str:
        return f"Endpoint({str(self)!r})"


def _without_query(text: str) -> str:
    """Endpoint text for error messages: tokens ride in the query string."""
    return text.split("?", 1)[0]


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
    return EndpointUnreachableError(endpoint.label, _QUERY.sub("", detail))
