"""ParallelConfig: how a parallel run behaves, settable in code, environment or TOML."""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from .browser._endpoint import Endpoint
from .errors import ConfigError

ENV_PREFIX = "VAUTOKIT_"

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

    def __post_init__(self) -> None:
        if isinstance(self.endpoints, str) or not all(
                isinstance(e, str) for e in self.endpoints):
            raise ConfigError("endpoints", type(self.endpoints).__name__,
                              "a list of endpoint URLs")
        object.__setattr__(self, "endpoints", tuple(self.endpoints))
        self.browser_endpoints()
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "endpoints":
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
            if (low is not None and value < low) or (high is not None and value > high):
                raise ConfigError(f.name, value, f"{low:g} to {high:g}")

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
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is not None:
                values[f.name] = _parse_env_value(f.name, str(f.type), raw)
        return cls.from_mapping(values, base=base)

    @classmethod
    def from_toml(cls, path: str | Path, *, base: ParallelConfig | None = None):
        """Read a TOML file; settings may sit at top level or under ``[parallel]``."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text())
        except FileNotFoundError as exc:
            raise ConfigError("config file", str(path), "an existing TOML file") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError("config file", str(path), f"valid TOML ({exc})") from exc
        return cls.from_mapping(data.get("parallel", data), base=base)

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> ParallelConfig:
        """Defaults, then the TOML file, then the environment, then ``overrides``."""
        config = cls.from_toml(path) if path else cls()
        return cls.from_env(base=config).with_(**overrides)


def _parse_env_value(name: str, type_name: str, raw: str) -> Any:
    text = raw.strip()
    try:
        if type_name == "bool":
            lowered = text.lower()
            if lowered not in {"1", "0", "true", "false", "yes", "no"}:
                raise ValueError(text)
            return lowered in {"1", "true", "yes"}
        if type_name.startswith("tuple"):
            return tuple(part.strip() for part in text.split(",") if part.strip())
        if type_name == "int":
            return int(text)
        return float(text)
    except ValueError as exc:
        raise ConfigError(ENV_PREFIX + name.upper(), raw, f"a {type_name} value") from exc
