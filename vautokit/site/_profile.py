"""Site profiles: a site's URLs and selectors as data, so a changed site is a data fix."""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args
from urllib.parse import urljoin, urlsplit

from ..browser import redact_urls
from ..errors import ProfileError

if TYPE_CHECKING:
    from ._heal import Healer

REQUIRED_URLS = ("login", "dashboard", "inventory", "gauge")
REQUIRED_PATTERNS = ("vehicle_id", "sticker_request", "save_request")
REQUIRED_SELECTORS = (
    "username_input", "next_button", "password_input", "signin_button", "login_error",
    "two_factor_select", "two_factor_input", "two_factor_submit", "logged_in_marker",
    "session_expired", "grid_row", "grid_link", "grid_stock", "grid_vin", "grid_age",
    "grid_dealer", "mask", "next_page", "filters_button", "age_min", "age_max", "apply_filters",
    "saved_filters_trigger", "saved_filter_item", "gauge_iframe", "tab", "tab_label",
    "active_tab", "vin_value", "factory_equipment", "sticker_details", "sticker_pdf_link",
    "sticker_missing", "option_checkbox", "save_button", "save_done", "save_failed",
)
OPTIONAL_SELECTORS = ("modal_close", "dismiss_dialog")
"""Keys a profile may leave out or empty: ``dismiss_dialog`` closes a dialog some sites put
over their pages after sign-in ("what's new"); without it there is nothing to close."""
SECTIONS = ("urls", "patterns", "selectors")
StickerRead = Literal["request", "window"]
STICKER_READS: tuple[str, ...] = get_args(StickerRead)
"""How a profile's window sticker is read (``sticker_read``): ``request`` fetches the page
the Factory Equipment button opens, with the session's cookies, and reads its HTML without
rendering it, in the window only when that page as served shows no sticker; ``window`` lets
the site open its window and reads the sticker there."""
BUILTIN = ("sandbox", "vauto")
OVERRIDES_ENV = "VAUTOKIT_PROFILES"
DEFAULT_OVERRIDES = Path(".vautokit") / "profiles"


@dataclass(frozen=True)
class SiteProfile:
    """URLs and selectors of one site, validated when loaded."""

    name: str
    base_url: str
    urls: dict[str, str]
    selectors: dict[str, str]
    patterns: dict[str, str]
    sticker_read: StickerRead = "request"
    """One of :data:`STICKER_READS`: how the window sticker is read."""
    source: str = field(default="", compare=False)
    overrides: dict[str, str] = field(default_factory=dict, compare=False)
    """Keys the user's override file changed (key -> its value there), for every report."""
    override_path: Path | None = field(default=None, compare=False)
    """The user's override file merged over this profile, when there is one."""
    healer: Healer | None = field(default=None, compare=False, repr=False)
    """Tries the locators that worked last when a selector fails (site/_heal.py)."""

    def __post_init__(self) -> None:
        if self.base_url and not _is_web_address(self.base_url):
            raise ProfileError(f"base URL {_shown(self.base_url)!r} is not an "
                               "http(s) address with a host (and a port of 1 to 65535): give "
                               "one like https://www2.vauto.com or http://127.0.0.1:8765")
        if self.sticker_read not in STICKER_READS:
            raise ProfileError(f"site profile {self.source or self.name}: sticker_read "
                               f"{self.sticker_read!r} is not one of "
                               f"{', '.join(map(repr, STICKER_READS))}")

    @classmethod
    def load(cls, name_or_path: str | Path = "sandbox", *, base_url: str | None = None,
             overrides: bool = True, heal: bool = True):
        """A built-in profile by name (``sandbox``, ``vauto``) or a TOML file by path.

        The user's override file for the profile's name (``.vautokit/profiles/<name>.toml``,
        or in ``$VAUTOKIT_PROFILES``: what ``vautokit doctor --accept`` writes) is merged
        over it key by key unless ``overrides=False``. With ``heal`` (the default) a key
        that stops matching during a run is looked for by its fingerprint (site/_heal.py).
        """
        from ._heal import Healer

        text, source = _read(name_or_path)
        data = _parse(text, source)
        name = str(data.get("name", Path(str(name_or_path)).stem))
        for section, keys in (("urls", REQUIRED_URLS), ("patterns", REQUIRED_PATTERNS),
                              ("selectors", REQUIRED_SELECTORS)):
            table = data.get(section)
            if not isinstance(table, dict):
                raise ProfileError(f"site profile {source}: missing section [{section}]")
            missing = [k for k in keys if not isinstance(table.get(k), str)]
            if missing:
                raise ProfileError(
                    f"site profile {source}: [{section}] lacks {', '.join(missing)}")
        path = overrides_path(name)
        changed: dict[str, str] = {}
        if overrides and path.is_file():
            written = _parse(path.read_text(encoding="utf-8"), str(path))
            changed = _merge_overrides(data, written, str(path))
        for key, pattern in data["patterns"].items():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ProfileError(f"site profile {source}: [patterns] {key} is not a valid "
                                   f"regular expression ({exc})") from exc
        base = base_url or os.environ.get("VAUTOKIT_BASE_URL") or data.get("base_url", "")
        return cls(name=name, base_url=base, urls=dict(data["urls"]),
                   selectors=dict(data["selectors"]), patterns=dict(data["patterns"]),
                   sticker_read=data.get("sticker_read", "request"), source=source,
                   overrides=changed, override_path=path if changed else None,
                   healer=Healer(name) if heal else None)

    def with_base_url(self, base_url: str) -> SiteProfile:
        return replace(self, base_url=base_url)

    def has_selector(self, key: str) -> bool:
        return bool(self.selectors.get(key))

    @property
    def overrides_note(self) -> str | None:
        """One line for reports: which keys the user's override file changes, and where."""
        if not self.overrides:
            return None
        return (f"site profile {self.name!r}: {len(self.overrides)} key(s) overridden by "
                f"{self.override_path}: {', '.join(sorted(self.overrides))}")

    def url(self, key: str, **params: object) -> str:
        """Absolute URL of ``key`` with ``{params}`` filled in."""
        if not self.base_url:
            raise ProfileError(f"site profile {self.name!r} has no base_url: pass base_url= "
                               "or set VAUTOKIT_BASE_URL")
        template = self.urls.get(key)
        if not template:
            raise ProfileError(f"site profile {self.name!r} has no URL {key!r}")
        return urljoin(self.base_url.rstrip("/") + "/", template.format(**params).lstrip("/"))

    def has_url(self, key: str) -> bool:
        return bool(self.urls.get(key))

    @property
    def ping_url(self) -> str | None:
        """The cheap page a worker's health check loads, if the site has one."""
        return self.url("ping") if self.has_url("ping") else None

    def selector(self, key: str) -> str:
        try:
            return self.selectors[key]
        except KeyError:
            raise ProfileError(f"site profile {self.name!r} has no selector {key!r}") from None


def overrides_path(name: str) -> Path:
    """Where the user's override file of profile ``name`` lives."""
    return Path(os.environ.get(OVERRIDES_ENV) or DEFAULT_OVERRIDES) / f"{name}.toml"


def write_overrides(name: str, changes: dict[str, dict[str, str]]) -> Path:
    """Merge ``changes`` ({section: {key: value}}) into the override file of ``name``.

    Only changed keys are written; keys already there and not changed stay as they were.
    """
    path = overrides_path(name)
    current = _parse(path.read_text(encoding="utf-8"), str(path)) if path.is_file() else {}
    for section, keys in changes.items():
        if section not in SECTIONS:
            raise ProfileError(f"override of profile {name!r}: unknown section [{section}]; "
                               f"use one of {list(SECTIONS)}")
        current.setdefault(section, {}).update(keys)
    lines = [f"# Overrides of the {name!r} site profile, merged over it key by key.",
             "# Written by `vautokit doctor --accept`; delete a key to use the built-in one."]
    for section in SECTIONS:
        if current.get(section):
            lines.append(f"\n[{section}]")
            lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}"
                      for key, value in sorted(current[section].items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _parse(text: str, source: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"site profile {source}: not valid TOML ({exc})") from exc


def _merge_overrides(data: dict, override: dict, source: str) -> dict[str, str]:
    """Put the override's keys into ``data``; returns key -> value of each one changed."""
    changed: dict[str, str] = {}
    for section in SECTIONS:
        table = override.get(section, {})
        if not isinstance(table, dict):
            raise ProfileError(f"profile override {source}: [{section}] must be a table")
        for key, value in table.items():
            if not isinstance(value, str):
                raise ProfileError(f"profile override {source}: [{section}] {key} must be a "
                                   "string")
            if data[section].get(key) != value:
                changed[key] = value
            data[section][key] = value
    return changed


def _read(name_or_path: str | Path) -> tuple[str, str]:
    text_name = str(name_or_path)
    if text_name in BUILTIN:
        resource = resources.files("vautokit.site") / "profiles" / f"{text_name}.toml"
        return resource.read_text(encoding="utf-8"), f"built-in {text_name!r}"
    path = Path(name_or_path)
    if not path.is_file():
        raise ProfileError(f"site profile {text_name!r} not found: give one of {list(BUILTIN)} "
                           "or the path of a TOML profile file")
    return path.read_text(encoding="utf-8"), str(path)


def _is_web_address(url: str) -> bool:
    try:
        parts = urlsplit(url)
        port_ok = parts.port != 0  # reading the port raises ValueError when out of range
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and port_ok


def _shown(url: str) -> str:
    """A rejected address without any user:password, query or token it may carry."""
    if "://" in url:
        return redact_urls(url)
    return url.rpartition("@")[2]
