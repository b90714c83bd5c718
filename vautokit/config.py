"""ParallelConfig: how a parallel run behaves, settable in code, environment or TOML."""

from __future__ import annotations

import math
import os
import stat
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from .browser._endpoint import Endpoint
from .errors import ConfigError

ENV_PREFIX = "VAUTOKIT_"
TRACE_MODES = ("off", "failures", "all")
MAX_SANDBOX_VEHICLES = 10_000
"""The largest sandbox inventory (``--vehicles``): the sandbox generates every vehicle and its
sticker up front, so an unbounded count would take the machine's memory; 10 000 is far above
any dealer's recent inventory and any benchmark here."""

# field name -> (low, high) inclusive bounds; None means unbounded on that side.
_BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "max_concurrency": (1, 64),
    "worker_timeout": (0.1, 3600),
    "error_threshold": (0.0, 1.0),
    "batch_size": (1, 1000),
    "max_retries": (0, 10),
    "backoff_base": (0.0, 60),
    "backoff_max": (0.0, 600),
    "recycle_after": (0, 100_000),
    "step_timeout": (0.1, 600),
    "error_window": (1, 10_000),
    "min_error_samples": (1, 10_000),
    "interrupt_grace": (0.0, 600),
    "endpoint_timeout": (0.1, 600),
    "endpoint_retry": (0.0, 3600),
    "max_pause": (0.0, 86_400),
    "keep_days": (0.0, 3650),
    "min_concurrency": (1, 64),
}


@dataclass(frozen=True)
class ParallelConfig:
    """Settings of a parallel run. Every field validates itself on creation."""

    max_concurrency: int = 3
    """Workers (isolated browser contexts) processing vehicles at once."""
    worker_timeout: float = 300.0
    """Seconds one vehicle may take on a worker before it counts as hung."""
    error_threshold: float = 0.5
    """Failure rate over the recent vehicles above which the run stops taking new ones."""
    batch_size: int = 5
    """Vehicles a worker leases from the shared queue at a time."""
    max_retries: int = 3
    """Extra attempts for a vehicle after transient failures."""
    backoff_base: float = 0.5
    """First backoff delay in seconds; doubles each retry, with jitter."""
    backoff_max: float = 30.0
    """Upper bound of one backoff delay in seconds."""
    recycle_after: int = 50
    """Recreate a worker's context after this many vehicles to bound memory (0: never)."""
    block_resources: bool = True
    """Skip images, fonts and media in worker contexts."""
    step_timeout: float = 30.0
    """Seconds one page action (navigation, click, wait) may take."""
    error_window: int = 10
    """How many recent vehicles the error threshold looks at."""
    min_error_samples: int = 5
    """Vehicles that must have finished before the error threshold can stop a run."""
    interrupt_grace: float = 10.0
    """Seconds in-flight vehicles get to finish after an interruption."""
    endpoints: tuple[str, ...] = ()
    """Browsers for the workers: ``local``, CDP ``http://host:9222`` or Playwright server
    ``ws://host:3000`` URLs, each optionally ``#capacity``. Empty: the local browser."""
    endpoint_timeout: float = 10.0
    """Seconds to wait when connecting to a browser endpoint."""
    endpoint_retry: float = 5.0
    """Seconds between attempts to reconnect a lost endpoint so its workers can return."""
    max_pause: float = 120.0
    """Longest Retry-After pause the run accepts; a longer one stops the run with the reason."""
    adaptive: bool = False
    """Let the run tune how many workers send at once, between min and max_concurrency."""
    min_concurrency: int = 1
    """The fewest workers an adaptive run keeps active."""
    screenshots: bool = True
    """Keep a small JPEG of the page when a vehicle fails or a step is retried."""
    trace: str = "off"
    """Playwright traces per vehicle: off, failures or all. Traces hold cookies (0600)."""
    keep_days: float = 30.0
    """Days a run's screenshots and traces are kept (0: deleted when the next run starts)."""

    def __post_init__(self) -> None:
        if not isinstance(self.endpoints, tuple | list) or not all(
                isinstance(e, str) for e in self.endpoints):
            raise ConfigError("endpoints", type(self.endpoints).__name__,
                              "a list of endpoint URLs")
        object.__setattr__(self, "endpoints", tuple(self.endpoints))
        self.browser_endpoints()
        self._check_each_field()
        self._check_fields_agree()

    def _check_each_field(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "endpoints":
                continue
            if f.name == "trace":
                if value not in TRACE_MODES:
                    raise ConfigError(f.name, value, f"one of {', '.join(TRACE_MODES)}")
                continue
            if f.type in ("bool", bool):
                if not isinstance(value, bool):
                    raise ConfigError(f.name, value, "true or false")
                continue
            low, high = _BOUNDS[f.name]
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            integral = f.type in ("int", int)
            if not numeric or (integral and not isinstance(value, int)):
                kind = "a whole number" if integral else "a number"
                raise ConfigError(f.name, value, f"{kind} from {low:g} to {high:g}")
            if not math.isfinite(value):
                raise ConfigError(f.name, value, f"a finite number from {low:g} to {high:g}")
            if (low is not None and value < low) or (high is not None and value > high):
                raise ConfigError(f.name, value, f"{low:g} to {high:g}")

    def _check_fields_agree(self) -> None:
        """Settings that are each in range but together would switch a safeguard off."""
        if self.min_error_samples > self.error_window:
            raise ConfigError("min_error_samples", self.min_error_samples,
                              f"at most error_window ({self.error_window}), or the error "
                              "threshold could never stop a run")
        if self.min_concurrency > self.max_concurrency:
            raise ConfigError("min_concurrency", self.min_concurrency,
                              f"at most max_concurrency ({self.max_concurrency})")

    def with_(self, **changes: Any) -> ParallelConfig:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)

    def browser_endpoints(self) -> list[Endpoint]:
        """The parsed ``endpoints``; the local browser when none are set."""
        return [Endpoint.parse(e) for e in self.endpoints] or [Endpoint()]

    def to_dict(self) -> dict[str, Any]:
        """The settings, with endpoint URLs stripped of tokens and credentials."""
        data = asdict(self)
        data["endpoints"] = [str(e) for e in self.browser_endpoints()] if self.endpoints else []
        return data

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"ParallelConfig({shown})"

    @classmethod
    def from_mapping(cls, values: dict[str, Any], *, base: ParallelConfig | None = None):
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ConfigError(unknown[0], values[unknown[0]], f"one of {sorted(known)}")
        return replace(base or cls(), **values)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, *, base: ParallelConfig | None = None):
        """Read ``VAUTOKIT_<FIELD>`` variables, e.g. ``VAUTOKIT_MAX_CONCURRENCY=4``."""
        return cls.from_mapping(_env_settings(environ), base=base)

    @classmethod
    def from_toml(cls, path: str | Path, *, base: ParallelConfig | None = None):
        """Read a TOML file; settings may sit at top level or under ``[parallel]``."""
        return cls.from_mapping(_toml_settings(Path(path)), base=base)

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> ParallelConfig:
        """Defaults, then the TOML file, then the environment, then ``overrides``.

        The layers are merged before validation, so settings that must agree (such as
        ``min_concurrency`` and ``max_concurrency``) may come from different layers.
        """
        settings = _toml_settings(Path(path)) if path else {}
        return cls.from_mapping({**settings, **_env_settings(), **overrides})


def check_sandbox_vehicles(count: object, *, option: str = "vehicles") -> int:
    """``count`` when it is a sandbox inventory size from 1 to ``MAX_SANDBOX_VEHICLES``.

    Otherwise a ConfigError naming ``option`` (``--vehicles`` on the command line) and the
    bound, before the sandbox generates anything.
    """
    if isinstance(count, bool) or not isinstance(count, int) \
            or not 1 <= count <= MAX_SANDBOX_VEHICLES:
        raise ConfigError(option, count, f"a whole number from 1 to {MAX_SANDBOX_VEHICLES}")
    return count


def _env_settings(environ: dict[str, str] | None = None) -> dict[str, Any]:
    environ = dict(os.environ if environ is None else environ)
    values: dict[str, Any] = {}
    for f in fields(ParallelConfig):
        raw = environ.get(ENV_PREFIX + f.name.upper())
        if raw is not None:
            values[f.name] = _parse_env_value(f.name, str(f.type), raw)
    return values


def _read_regular_file(path: Path) -> str:
    """The text of ``path`` when it is a regular file; a FIFO, device or socket is refused.

    Reading a FIFO waits for a writer forever and a device may never end, so the kind is
    checked before opening; the open does not wait (O_NONBLOCK) and the kind is checked once
    more on the open file, in case the path was swapped in between.
    """
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise ConfigError("config file", str(path), "a regular TOML file, not a FIFO, device "
                          "or socket")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise ConfigError("config file", str(path), "a regular TOML file, not a FIFO, "
                              "device or socket")
        return handle.read().decode("utf-8")


def _toml_settings(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(_read_regular_file(path))
    except FileNotFoundError as exc:
        raise ConfigError("config file", str(path), "an existing TOML file") from exc
    except IsADirectoryError as exc:
        raise ConfigError("config file", str(path), "a TOML file, not a folder") from exc
    except OSError as exc:
        raise ConfigError("config file", str(path),
                          f"a readable TOML file ({exc.strerror})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError("config file", str(path), f"valid TOML ({exc})") from exc
    settings = data.get("parallel", data)
    if not isinstance(settings, dict):
        raise ConfigError("parallel", settings, f"a table of settings in {path}: a line "
                          "[parallel] followed by lines such as max_concurrency = 4")
    return settings


def _parse_env_value(name: str, type_name: str, raw: str) -> Any:
    text = raw.strip()
    try:
        if type_name == "bool":
            lowered = text.lower()
            if lowered not in {"1", "0", "true", "false", "yes", "no"}:
                raise ValueError(text)
            return lowered in {"1", "true", "yes"}
        if type_name == "str":
            return text
        if type_name.startswith("tuple"):
            return tuple(part.strip() for part in text.split(",") if part.strip())
        if type_name == "int":
            return int(text)
        return float(text)
    except ValueError as exc:
        raise ConfigError(ENV_PREFIX + name.upper(), raw, f"a {type_name} value") from exc
